"""worker.actor.padding_free: each micro-batch scored as one sequence without padding (encoding.collate_packed),
proven equal to padded rows on every family that packs (CPU, float32), and refused on those that cannot."""

import numpy as np
import pytest
import torch

from observe_worker import families
from observe_worker.encoding import collate_packed, collate_sequences
from observe_worker.errors import BadRequest
from observe_worker.policy import Policy
from recipe import adamw
from same_step import STEP_KEYS, assert_same_step, well_conditioned_adamw

PACKING = [m for m, f in families.FAMILIES.items() if f.packing_problem is None]
REFUSED = [m for m, f in families.FAMILIES.items() if f.packing_problem is not None]
# Packed and padded rows run the same kernels on differently shaped inputs: measured differences are 0 to 1e-6.
LOGPROB_ATOL = 1e-5
LR = 1e-3


def responses(policy, prompts):
    """Three responses per prompt cut to different lengths (0 to 10 tokens, one of exactly 1)."""
    out = policy.generate(prompts, n=3, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=10, seed=0)
    index = [c.prompt_index for c in out.completions]
    cut = [c.token_ids[: (k * 4) % 11] for k, c in enumerate(out.completions)]
    assert any(len(r) == 1 for r in cut) and len({len(r) for r in cut}) > 3
    return index, cut


def layouts_score(policy, prompts, index, resp):
    """Log-probs and gradients of one weighted sum, for the padded and the packed layout of the same rows."""
    encoded = policy._encode(prompts)
    rows = [encoded[i] for i in index]
    toks = [torch.from_numpy(r.astype(np.int64)) for r in resp]
    out = {}
    for name, collate in (("padded", collate_sequences), ("packed", collate_packed)):
        batch = collate(rows, toks, policy.pad_id, policy._rope_index, policy.device)
        policy.model.zero_grad(set_to_none=True)
        lp, _ = policy._score(policy.model, batch, 0.8, with_entropy=False)
        (lp * torch.linspace(-1, 1, lp.shape[0])).sum().backward()
        grads = {n: p.grad.clone() for n, p in policy.model.named_parameters() if p.grad is not None}
        out[name] = (batch, lp.detach(), grads)
    return out


@pytest.mark.parametrize("model_type", PACKING)
def test_packed_layout_scores_and_differentiates_as_padded_rows(model_type, tiny_family_dir, prompts):
    policy = Policy.load(tiny_family_dir(model_type), optimizer=adamw(LR), seed=0)
    index, resp = responses(policy, prompts)
    out = layouts_score(policy, prompts, index, resp)
    (padded, lp_pad, g_pad), (packed, lp_pack, g_pack) = out["padded"], out["packed"]
    assert packed.input_ids.shape == (1, sum(int(m.sum()) for m in padded.attention_mask))  # no pad token
    assert packed.attention_mask is None
    assert torch.equal(packed.targets, padded.targets) and torch.equal(packed.seq_ids, padded.seq_ids)
    assert (lp_pack - lp_pad).abs().max() < LOGPROB_ATOL
    assert g_pack.keys() == g_pad.keys() and any(n.startswith(families.FAMILIES[model_type].vision_modules) for n in g_pad)
    for n, g in g_pad.items():
        assert (g_pack[n] - g).abs().max() <= 1e-4 * g.abs().max() + 1e-8, n


@pytest.mark.parametrize("model_type", PACKING)
def test_packed_log_probs_equal_padded_for_policy_and_reference(model_type, tiny_family_dir, prompts):
    path = tiny_family_dir(model_type)
    plain = Policy.load(path, load_reference=True, seed=0)
    packed = Policy.load(path, load_reference=True, seed=0, padding_free=True)
    assert packed.info["padding_free"] and not plain.info["padding_free"]
    index, resp = responses(plain, prompts)
    for role in ("policy", "reference"):
        for micro in (0, 4):  # one pack of 9 rows; packs of 4, 4 and 1
            a = plain.log_probs(prompts, index, resp, role=role, micro_batch_size=micro)
            b = packed.log_probs(prompts, index, resp, role=role, micro_batch_size=micro)
            assert [len(x) for x in b] == [len(r) for r in resp]
            assert max(float(np.abs(x - y).max()) for x, y in zip(a, b) if len(x)) < LOGPROB_ATOL, (role, micro)


@pytest.mark.parametrize("model_type", PACKING)
def test_packed_train_step_equals_padded(model_type, tiny_family_dir, prompts):
    """Same metrics and the same weights after one PPO step; the padded side scores whole padded rows
    (gradient checkpointing keeps training passes off the shared-prompt cache)."""
    path = tiny_family_dir(model_type)
    padded = Policy.load(path, optimizer=well_conditioned_adamw(LR), seed=0, gradient_checkpointing=True)
    packed = Policy.load(path, optimizer=well_conditioned_adamw(LR), seed=0, padding_free=True)
    index, resp = responses(padded, prompts)
    rng = np.random.default_rng(0)
    current = padded.log_probs(prompts, index, resp)
    old = [x + rng.normal(0, 0.3, x.shape).astype(np.float32) for x in current]  # some ratios clip
    ref = [x + rng.normal(0, 0.1, x.shape).astype(np.float32) for x in current]
    adv = rng.normal(0, 1, len(resp)).astype(np.float32)
    kwargs = dict(old_logprobs=old, ref_logprobs=ref, lr=LR, use_kl_loss=True, kl_coef=0.1, micro_batch_size=4)
    a = padded.train_step(prompts, index, resp, adv, **kwargs)
    b = packed.train_step(prompts, index, resp, adv, **kwargs)
    assert a["clipfrac"] > 0 and a["kl"] > 0
    assert_same_step(a, b, padded.model, packed.model, lr=LR,
                     keys=STEP_KEYS + ("kl", "clipfrac_higher", "clipfrac_lower"))
    after_a = padded.model.state_dict()
    moved = max(float((after_a[n] - w).abs().max()) for n, w in Policy.load(path, seed=0).model.state_dict().items())
    assert moved > LR / 2  # the step did move the weights


@pytest.mark.parametrize("model_type", REFUSED)
def test_a_family_that_cannot_pack_is_refused_at_load(model_type, tiny_family_dir, prompts):
    path = tiny_family_dir(model_type)
    with pytest.raises(BadRequest, match=rf"{model_type}.*padding_free=false"):
        Policy.load(path, padding_free=True)
    # The refusal is earned: packed rows would score differently. If this fails, transformers now keeps the rows
    # apart for this family: lift its packing_problem.
    policy = Policy.load(path, optimizer=adamw(LR), seed=0)
    out = layouts_score(policy, prompts, *responses(policy, prompts))
    assert (out["packed"][1] - out["padded"][1]).abs().max() > 10 * LOGPROB_ATOL
