"""The token-level RL quantities, checked by hand."""

import math

import pytest
import torch

from observe_worker.losses import (
    aggregate, importance_log_ratio, kl_loss_type_problem, kl_penalty, ppo_clip_terms, token_advantages,
)


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


def test_kl_estimator_gradients_by_hand():
    # d/d logp at logp = -1, ref = -1.5 (diff = 0.5):
    # k1: 1; abs: sign(diff) = 1; k2 = diff^2/2: diff = 0.5; k3 = e^(ref-logp) - (ref-logp) - 1: 1 - e^(ref-logp) = 1 - e^-0.5
    expected = {"kl": 1.0, "abs": 1.0, "mse": 0.5, "low_var_kl": 1 - math.exp(-0.5)}
    for kind, grad in expected.items():
        logp = torch.tensor(-1.0, requires_grad=True)
        kl_penalty(logp, torch.tensor(-1.5), kind).backward()
        assert logp.grad.item() == pytest.approx(grad, rel=1e-6), kind
    # abs below the reference: the sign flips
    logp = torch.tensor(-2.0, requires_grad=True)
    kl_penalty(logp, torch.tensor(-1.0), "abs").backward()
    assert logp.grad.item() == -1.0
    # k3's clamp at 10 (as verl's) stops the gradient far from the reference
    logp = torch.tensor(-30.0, requires_grad=True)
    kl_penalty(logp, torch.tensor(0.0), "low_var_kl").backward()
    assert logp.grad.item() == 0.0


def test_expected_kl_loss_gradients_on_a_categorical():
    """Exact expectations over pi (no sampling) of each estimator's gradient as a loss, against true KL gradients.

    pi = softmax(theta), ref fixed. A KL loss term is mean_t est(log pi(x_t), log ref(x_t)) with x_t ~ pi, so its
    expected gradient is sum_x pi(x) * d est(log pi(x), log ref(x)) / d theta (samples are not differentiated).
    """
    theta = torch.tensor([0.3, -0.2, 1.1, -0.7, 0.0], dtype=torch.float64, requires_grad=True)
    ref_logp = torch.log_softmax(torch.tensor([0.0, 0.4, 0.2, -0.3, 0.5], dtype=torch.float64), 0)

    def expected_grad(kind):
        logp = torch.log_softmax(theta, 0)
        per_token = kl_penalty(logp, ref_logp, kind)
        (g,) = torch.autograd.grad((logp.exp().detach() * per_token).sum(), theta)
        return g

    def true_grad(forward: bool):
        logp = torch.log_softmax(theta, 0)
        p, r = logp.exp(), ref_logp.exp()
        kl = (p * (logp - ref_logp)).sum() if forward else (r * (ref_logp - logp)).sum()
        (g,) = torch.autograd.grad(kl, theta)
        return g

    forward, reverse = true_grad(True), true_grad(False)
    assert forward.norm() > 0.1 and reverse.norm() > 0.1
    # k1: zero expected gradient, the reason it is refused as a loss
    assert expected_grad("kl").abs().max() < 1e-12
    # k2: exactly the gradient of KL(pi || ref); k3: exactly the gradient of KL(ref || pi) (they agree near ref)
    assert torch.allclose(expected_grad("mse"), forward, atol=1e-12)
    assert torch.allclose(expected_grad("low_var_kl"), reverse, atol=1e-12)
    cos = torch.nn.functional.cosine_similarity(expected_grad("low_var_kl"), forward, dim=0)
    assert cos > 0.9


def test_kl_loss_type_refuses_k1_and_unknown():
    assert "zero expected gradient" in kl_loss_type_problem("kl") and "low_var_kl" in kl_loss_type_problem("kl")
    assert "unknown" in kl_loss_type_problem("k9")
    assert all(kl_loss_type_problem(k) is None for k in ("abs", "mse", "low_var_kl"))


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
    # 0 disables the clamp (the only one: the controller sends sequence advantages unclipped)
    assert torch.allclose(token_advantages(50.0, old, None, kl_coef=0, kl_kind="kl", advantage_clip=0), t(50, 50, 50))
    # the clamp comes after the KL returns: 9.95 + 0.1 would pass a clamp applied to the sequence advantage only
    assert torch.allclose(token_advantages(9.95, old, ref, kl_coef=0.1, kl_kind="kl", advantage_clip=10), t(10, 10, 10))
    assert token_advantages(1.0, t(), t(), kl_coef=0.1, kl_kind="kl", advantage_clip=10).numel() == 0


def test_kl_in_reward_joins_after_the_sequence_advantage_for_every_estimator():
    """The controller sends sequence advantages (reinforce_plus_plus_baseline's already whitened over the batch);
    each token's KL return is added here, unwhitened, at kl_coef scale. verl differs for reinforce_plus_plus_baseline:
    it sums the KL penalties into the score before the group mean and the whitening (documented in the config)."""
    old, ref = t(-1.0, -2.0), t(-1.2, -2.5)  # k1 = [0.2, 0.5] -> rewards -0.01 * k1 = [-0.002, -0.005]
    whitened = -1.2345
    adv = token_advantages(whitened, old, ref, kl_coef=0.01, kl_kind="kl", advantage_clip=10)
    assert torch.allclose(adv, t(whitened - 0.007, whitened - 0.005))


def test_token_advantages_discount_kl_rewards_by_gamma():
    old, ref = t(-1.0, -2.0, -3.0), t(-1.5, -2.0, -2.0)
    # rewards [-0.05, 0, 0.1]; gamma 0.5: R2 = 0.1, R1 = 0 + 0.05 = 0.05, R0 = -0.05 + 0.025 = -0.025
    adv = token_advantages(1.0, old, ref, kl_coef=0.1, kl_kind="kl", advantage_clip=0, gamma=0.5)
    assert torch.allclose(adv, t(0.975, 1.05, 1.1))
    # gamma 0: each token's own penalty only
    adv = token_advantages(1.0, old, ref, kl_coef=0.1, kl_kind="kl", advantage_clip=0, gamma=0.0)
    assert torch.allclose(adv, t(0.95, 1.0, 1.1))


def test_ppo_clip_terms_each_bound_by_hand():
    """clip_ratio_low 0.2, clip_ratio_high 0.28 (clip-higher), clip_ratio_dual 3."""
    ratio = t(1.5, 1.1, 0.5, 4.0, 1.0, 0.7, 1.5)
    adv = t(1.0, 1.0, -1.0, -1.0, -2.0, 0.5, -1.0)
    logp = ratio.log().requires_grad_()
    loss, flags = ppo_clip_terms(logp, adv, 0.2, 0.28, 3.0)
    # 0: A>0, r 1.5 -> -min(1.5, 1.28) = -1.28 (higher)    1: A>0, r 1.1 inside -> -1.1
    # 2: A<0, r 0.5 -> max(0.5, 0.8) = 0.8 (lower)          3: A<0, r 4 -> min(max(4, 1.28), 3) = 3 (dual)
    # 4: A=-2, r 1 -> 2                                      5: A>0, r 0.7: PPO leaves a falling ratio alone -> -0.35
    # 6: A<0, r 1.5 between 1 + high and the dual bound -> 1.5 (no clip: the ratio is not clipped upward for A<0)
    assert torch.allclose(loss, t(-1.28, -1.1, 0.8, 3.0, 2.0, -0.35, 1.5))
    assert flags.higher.tolist() == [1, 0, 0, 0, 0, 0, 0]
    assert flags.lower.tolist() == [0, 0, 1, 0, 0, 0, 0]
    assert flags.dual.tolist() == [0, 0, 0, 1, 0, 0, 0]
    # d loss / d logp = -A r where no bound is active, 0 where one is.
    loss.sum().backward()
    assert torch.allclose(logp.grad, t(0.0, -1.1, 0.0, 0.0, 2.0, -0.35, 1.5))


def test_ppo_clip_terms_each_key_moves_its_bound():
    ratio = t(1.5, 0.5, 4.0)
    adv = t(1.0, -1.0, -1.0)
    base, _ = ppo_clip_terms(ratio.log(), adv, 0.2, 0.28, 3.0)
    higher, flags = ppo_clip_terms(ratio.log(), adv, 0.2, 0.6, 3.0)  # 1 + 0.6 > 1.5: no longer clipped
    assert torch.allclose(higher - base, t(-1.5 + 1.28, 0.0, 0.0)) and flags.higher.sum() == 0
    lower, flags = ppo_clip_terms(ratio.log(), adv, 0.6, 0.28, 3.0)  # 1 - 0.6 < 0.5: no longer clipped
    assert torch.allclose(lower - base, t(0.0, 0.5 - 0.8, 0.0)) and flags.lower.sum() == 0
    dual, flags = ppo_clip_terms(ratio.log(), adv, 0.2, 0.28, 5.0)  # 4 < 5: the unclipped ratio counts
    assert torch.allclose(dual - base, t(0.0, 0.0, 4.0 - 3.0)) and flags.dual.sum() == 0


def _gspo_case(loss_type):
    """Sequence 0: two tokens, log-ratios 0.2 and -0.1 (mean 0.05); sequence 1: one token, log-ratio ln 1.5."""
    old = t(-1.0, -2.0, -1.0)
    logp = (old + t(0.2, -0.1, math.log(1.5))).requires_grad_()
    ids, lengths = torch.tensor([0, 0, 1]), torch.tensor([2, 1])
    log_ratio = importance_log_ratio(logp, old, ids, 2, lengths, loss_type)
    adv = t(1.0, 3.0, 1.0)  # per-token advantages differ within sequence 0
    loss, flags = ppo_clip_terms(log_ratio, adv, 0.2, 0.28, 3.0)
    loss.sum().backward()
    return log_ratio.detach(), loss.detach(), flags, logp.grad


def test_loss_type_default_is_the_token_ratio():
    log_ratio, loss, flags, grad = _gspo_case("default")
    assert torch.allclose(log_ratio, t(0.2, -0.1, math.log(1.5)))
    r0, r1 = math.exp(0.2), math.exp(-0.1)
    assert torch.allclose(loss, t(-r0, -3 * r1, -1.28))  # token 2: 1.5 clipped to 1.28
    assert torch.allclose(grad, t(-r0, -3 * r1, 0.0))


def test_loss_type_gspo_by_hand():
    log_ratio, loss, flags, grad = _gspo_case("gspo")
    s0 = math.exp(0.05)  # (0.2 - 0.1) / 2: the length-normalised sequence log-ratio
    assert torch.allclose(log_ratio, t(0.05, 0.05, math.log(1.5)))
    assert torch.allclose(loss, t(-s0, -3 * s0, -1.28))
    assert flags.higher.tolist() == [0, 0, 1]
    # d/dlogp_t of -(1 + 3) s0 with d s0 / d logp_t = s0 / 2: both tokens get -2 s0; the clipped sequence none
    assert torch.allclose(grad, t(-2 * s0, -2 * s0, 0.0))


def test_loss_type_gspo_token_by_hand():
    log_ratio, loss, flags, grad = _gspo_case("gspo_token")
    s0 = math.exp(0.05)
    assert torch.allclose(log_ratio, t(0.05, 0.05, math.log(1.5)))  # same value as gspo
    assert torch.allclose(loss, t(-s0, -3 * s0, -1.28))
    # each token's own advantage times the sequence ratio: -A_t s0
    assert torch.allclose(grad, t(-s0, -3 * s0, 0.0))


@pytest.mark.parametrize("mode", ["token-mean", "seq-mean-token-mean", "seq-mean-token-sum", "seq-mean-token-sum-norm"])
def test_aggregate_shares_sum_to_the_full_batch(mode):
    values = [t(1.0, 2.0, 3.0), t(4.0), t(5.0, 6.0)]
    expected = {
        "token-mean": 21.0 / 6,
        "seq-mean-token-mean": (2.0 + 4.0 + 5.5) / 3,
        "seq-mean-token-sum": (6.0 + 4.0 + 11.0) / 3,
        # Dr.GRPO: token sums over a constant budget (8 here), mean over sequences
        "seq-mean-token-sum-norm": (6.0 / 8 + 4.0 / 8 + 11.0 / 8) / 3,
    }[mode]

    def share(seqs):
        v = torch.cat(seqs)
        ids = torch.cat([torch.full((len(s),), j) for j, s in enumerate(seqs)])
        lengths = torch.tensor([len(s) for s in seqs])
        return aggregate(v, ids, len(seqs), lengths, mode, total_tokens=6, total_seqs=3, scale_factor=8)

    assert share(values).item() == pytest.approx(expected)
    assert (share(values[:1]) + share(values[1:])).item() == pytest.approx(expected)


def test_aggregation_weights_tokens_as_each_mode_says():
    """d loss / d value of each token: who counts how much (lengths 3 and 1, 4 tokens, budget 8)."""
    lengths, ids = torch.tensor([3, 1]), torch.tensor([0, 0, 0, 1])
    weights = {
        "token-mean": [1 / 4] * 4,                             # every token alike
        "seq-mean-token-mean": [1 / 6, 1 / 6, 1 / 6, 1 / 2],   # a short sequence's tokens weigh more
        "seq-mean-token-sum": [1 / 2] * 4,
        "seq-mean-token-sum-norm": [1 / 16] * 4,               # no length bias, constant scale
    }
    for mode, expected in weights.items():
        v = torch.zeros(4, requires_grad=True)
        aggregate(v, ids, 2, lengths, mode, total_tokens=4, total_seqs=2, scale_factor=8).backward()
        assert torch.allclose(v.grad, t(*expected)), mode
    with pytest.raises(ValueError, match="scale_factor"):
        aggregate(t(1.0), torch.tensor([0]), 1, torch.tensor([1]), "seq-mean-token-sum-norm", 1, 1)
