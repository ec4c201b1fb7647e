"""The token-level RL quantities, checked by hand."""

import math

import pytest
import torch

from observe_worker.losses import aggregate, kl_penalty, ppo_clip_terms, token_advantages


def t(*xs):
    return torch.tensor(xs, dtype=torch.float32)


def test_kl_estimators():
    logp, ref = t(-1.0, -2.0), t(-1.5, -1.0)
    assert torch.allclose(kl_penalty(logp, ref, "kl"), t(0.5, -1.0))
    assert torch.allclose(kl_penalty(logp, ref, "abs"), t(0.5, 1.0))
    assert torch.allclose(kl_penalty(logp, ref, "mse"), t(0.125, 0.5))
    # k3 = exp(ref - logp) - (ref - logp) - 1
    k3 = [math.exp(-0.5) + 0.5 - 1, math.exp(1.0) - 1.0 - 1]
    assert torch.allclose(kl_penalty(logp, ref, "low_var_kl"), t(*k3))
    assert kl_penalty(t(-30.0), t(0.0), "low_var_kl").item() == 10.0  # clamped like verl
    with pytest.raises(ValueError):
        kl_penalty(logp, ref, "k9")


def test_token_advantages_kl_in_reward():
    old, ref = t(-1.0, -2.0, -3.0), t(-1.5, -2.0, -2.0)
    # k1 = [0.5, 0, -1] -> rewards -0.1*k1 = [-0.05, 0, 0.1] -> suffix sums [0.05, 0.1, 0.1]
    adv = token_advantages(1.0, old, ref, kl_coef=0.1, kl_kind="kl", advantage_clip=0)
    assert torch.allclose(adv, t(1.05, 1.1, 1.1))
    clipped = token_advantages(1.0, old, ref, kl_coef=0.1, kl_kind="kl", advantage_clip=1.08)
    assert torch.allclose(clipped, t(1.05, 1.08, 1.08))
    # no reference or kl_coef 0: every token gets the sequence advantage
    assert torch.allclose(token_advantages(-2.0, old, None, kl_coef=0.1, kl_kind="kl", advantage_clip=10), t(-2, -2, -2))
    assert torch.allclose(token_advantages(-2.0, old, ref, kl_coef=0.0, kl_kind="kl", advantage_clip=10), t(-2, -2, -2))
    assert torch.allclose(token_advantages(50.0, old, None, kl_coef=0, kl_kind="kl", advantage_clip=10), t(10, 10, 10))
    assert token_advantages(1.0, t(), t(), kl_coef=0.1, kl_kind="kl", advantage_clip=10).numel() == 0


def test_ppo_clip_terms():
    old = t(0.0, 0.0, 0.0, 0.0)
    logp = t(math.log(1.5), math.log(1.5), math.log(0.5), math.log(1.1))
    adv = t(1.0, -1.0, -1.0, 1.0)
    loss, clipped, ppo_kl = ppo_clip_terms(logp, old, adv, 0.2, 0.28)
    # ratio 1.5, A>0: min(1.5, 1.28) -> loss -1.28 (clipped)
    # ratio 1.5, A<0: max(1.5, 1.28) -> loss 1.5 (not clipped)
    # ratio 0.5, A<0: max(-(-0.5), 0.8) -> loss 0.8 (clipped)
    # ratio 1.1, A>0: inside the band -> -1.1
    assert torch.allclose(loss, t(-1.28, 1.5, 0.8, -1.1))
    assert clipped.tolist() == [1.0, 0.0, 1.0, 0.0]
    assert torch.allclose(ppo_kl, -logp)


@pytest.mark.parametrize("mode", ["token-mean", "seq-mean-token-mean", "seq-mean-token-sum"])
def test_aggregate_shares_sum_to_the_full_batch(mode):
    values = [t(1.0, 2.0, 3.0), t(4.0), t(5.0, 6.0)]
    expected = {
        "token-mean": 21.0 / 6,
        "seq-mean-token-mean": (2.0 + 4.0 + 5.5) / 3,
        "seq-mean-token-sum": (6.0 + 4.0 + 11.0) / 3,
    }[mode]

    def share(seqs):
        v = torch.cat(seqs)
        ids = torch.cat([torch.full((len(s),), j) for j, s in enumerate(seqs)])
        lengths = torch.tensor([len(s) for s in seqs])
        return aggregate(v, ids, len(seqs), lengths, mode, total_tokens=6, total_seqs=3)

    assert share(values).item() == pytest.approx(expected)
    assert (share(values[:1]) + share(values[1:])).item() == pytest.approx(expected)
