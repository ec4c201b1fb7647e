"""The chunked LM-head log-probs (token_logprobs.py) against the plain full-logits definition."""

import numpy as np
import pytest
import torch

from observe_worker import families, token_logprobs
from observe_worker.policy import Policy
from observe_worker.token_logprobs import lm_head_logprobs, plain_logprobs
from same_step import assert_same_step, well_conditioned_adamw

LR = 1e-3


def _plain(head, hidden, targets, **kwargs):
    return plain_logprobs(torch.nn.functional.linear(hidden, head.weight), targets, **kwargs)


def _scores_and_grads(fn, head, hidden, targets, weights, **kwargs):
    head.zero_grad(set_to_none=True)
    h = hidden.detach().clone().requires_grad_(True)
    logp, entropy = fn(head, h, targets, **kwargs)
    (logp * weights).sum().backward()
    return logp.detach(), entropy, h.grad, head.weight.grad


@pytest.mark.parametrize("keep_probs", [True, False], ids=["kept", "recomputed"])
@pytest.mark.parametrize("temperature", [1.0, 0.6])
def test_chunks_match_the_full_logits(monkeypatch, temperature, keep_probs):
    """Several chunks and a ragged last one, the backward on kept or recomputed probabilities;
    a banned target scores about -1e9."""
    monkeypatch.setattr(token_logprobs, "CHUNK_ROWS", 7)
    monkeypatch.setattr(token_logprobs, "KEEP_PROBS_ELEMENTS", token_logprobs.KEEP_PROBS_ELEMENTS if keep_probs else 0)
    torch.manual_seed(0)
    n, hidden_size, vocab = 40, 16, 301
    head = torch.nn.Linear(hidden_size, vocab, bias=False)
    hidden = torch.randn(n, hidden_size) * 3
    targets = torch.randint(0, vocab, (n,))
    banned = torch.tensor([5, 300, 17])
    targets[11] = 17
    weights = torch.linspace(-1, 1, n)
    args = dict(banned=banned, temperature=temperature, with_entropy=True)
    lp, ent, gh, gw = _scores_and_grads(lm_head_logprobs, head, hidden, targets, weights, **args)
    lp0, ent0, gh0, gw0 = _scores_and_grads(_plain, head, hidden, targets, weights, **args)
    assert lp[11] < -1e8 and lp0[11] == lp[11]
    assert torch.allclose(lp, lp0, atol=1e-5) and torch.allclose(ent, ent0, atol=1e-5)
    assert not ent.requires_grad
    assert torch.allclose(gh, gh0, atol=1e-6) and torch.allclose(gw, gw0, atol=1e-6)
    assert gw[banned].abs().max() == 0  # a banned column's logit is a constant


@pytest.mark.parametrize("keep_probs", [True, False], ids=["kept", "recomputed"])
def test_bfloat16_autocast_matches_the_plain_path(monkeypatch, keep_probs):
    """The recomputing backward runs the head under the forward's autocast, as the plain path's backward does."""
    monkeypatch.setattr(token_logprobs, "KEEP_PROBS_ELEMENTS", token_logprobs.KEEP_PROBS_ELEMENTS if keep_probs else 0)
    torch.manual_seed(1)
    head = torch.nn.Linear(32, 500, bias=False)
    hidden, targets, weights = torch.randn(600, 32), torch.randint(0, 500, (600,)), torch.randn(600)
    args = dict(banned=torch.tensor([3]), temperature=1.0, with_entropy=False)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        lp, ent, gh, gw = _scores_and_grads(lm_head_logprobs, head, hidden, targets, weights, **args)
        lp0, _, gh0, gw0 = _scores_and_grads(_plain, head, hidden, targets, weights, **args)
    assert ent is None and lp.dtype == torch.float32 and gw.dtype == torch.float32
    assert (lp - lp0).abs().max() < 1e-5  # the same bf16 matmul, the rest in float32
    assert (gh - gh0).abs().max() <= 1e-2 * gh0.abs().max()  # bf16 gradients, summed in another order
    assert (gw - gw0).abs().max() <= 1e-2 * gw0.abs().max()


def test_the_head_gradient_is_closer_to_float64_than_the_plain_path():
    """The backward adds each target's onehot term on its own instead of inside the probabilities' matmul."""
    torch.manual_seed(0)
    n, hidden_size, vocab = 300, 64, 3020
    head = torch.nn.Linear(hidden_size, vocab, bias=False)
    hidden, targets, weights = torch.randn(n, hidden_size), torch.randint(0, vocab, (n,)), torch.randn(n) * 0.01
    args = dict(banned=torch.tensor([5, 7]), temperature=0.8, with_entropy=False)
    chunked = _scores_and_grads(lm_head_logprobs, head, hidden, targets, weights, **args)[2:]
    plain = _scores_and_grads(_plain, head, hidden, targets, weights, **args)[2:]
    head64 = torch.nn.Linear(hidden_size, vocab, bias=False).double()
    head64.weight.data.copy_(head.weight.double())
    exact = _scores_and_grads(_plain, head64, hidden.double(), targets, weights.double(), **args)[2:]
    for got, reference, truth in zip(chunked, plain, exact):
        error, reference_error = (got.double() - truth).abs().max(), (reference.double() - truth).abs().max()
        assert 2 * error < reference_error and error < 1e-6 * truth.abs().max()


def test_a_frozen_head_gets_no_gradient():
    head = torch.nn.Linear(8, 50, bias=False).requires_grad_(False)
    hidden = torch.randn(5, 8, requires_grad=True)
    logp, _ = lm_head_logprobs(head, hidden, torch.arange(5), banned=torch.tensor([0]), temperature=1.0,
                               with_entropy=False)
    logp.sum().backward()
    assert head.weight.grad is None and hidden.grad is not None and hidden.grad.abs().sum() > 0


def test_other_heads_run_their_own_forward():
    """A wrapped head (LoRA, say) must not be bypassed by reading its weight."""

    class BoostedHead(torch.nn.Linear):
        def forward(self, x):
            return super().forward(x) + torch.nn.functional.one_hot(torch.tensor(4), self.out_features) * 30.0

    head = BoostedHead(8, 50, bias=False)
    logp, _ = lm_head_logprobs(head, torch.randn(3, 8), torch.full((3,), 4), banned=torch.tensor([0]),
                               temperature=1.0, with_entropy=False)
    assert (logp > -1e-3).all()  # token 4 gets nearly all the mass, as the head's forward says


@pytest.mark.parametrize("model_type", sorted(families.FAMILIES))
def test_policy_training_matches_the_plain_head(model_type, tiny_family_dir, prompts):
    """End to end on each family's tiny model: log-probs and a PPO step through the chunked head equal those
    through the plain head (the same weights; the head made a subclass so it takes the plain path)."""
    path = tiny_family_dir(model_type)
    fused, plain = (Policy.load(path, optimizer=well_conditioned_adamw(LR), seed=0) for _ in range(2))

    class PlainPathHead(torch.nn.Linear):
        pass

    plain.model.lm_head.__class__ = PlainPathHead
    res = fused.generate(prompts, n=3, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=10, seed=2)
    index, resp = [c.prompt_index for c in res.completions], [c.token_ids for c in res.completions]
    current = fused.log_probs(prompts, index, resp, temperature=0.7)
    assert max(np.abs(a - b).max() for a, b in zip(current, plain.log_probs(prompts, index, resp, temperature=0.7))) \
        < 1e-5
    rng = np.random.default_rng(0)
    old = [x + rng.normal(0, 0.3, x.shape).astype(np.float32) for x in current]  # some ratios clip
    ref = [x + rng.normal(0, 0.1, x.shape).astype(np.float32) for x in current]
    adv = rng.normal(0, 1, len(resp)).astype(np.float32)
    kwargs = dict(old_logprobs=old, ref_logprobs=ref, lr=LR, use_kl_loss=True, kl_coef=0.1, micro_batch_size=4,
                  temperature=0.7)
    a, b = (p.train_step(prompts, index, resp, adv, **kwargs) for p in (plain, fused))
    assert a["clipfrac"] > 0 and a["kl"] > 0
    assert_same_step(a, b, plain.model, fused.model, lr=LR, weight_tol=1e-3)
