"""Token-level RL quantities: KL estimators, token advantages, PPO-clip loss, loss aggregation.

Pure tensor functions (no model), so each can be checked by hand. See docs/method.md §6.
"""

from __future__ import annotations

from typing import NamedTuple

import torch

KL_PENALTIES = ("kl", "abs", "mse", "low_var_kl")
# Estimators with a useful expected gradient as a loss term. k1 ("kl") is not one:
# E_pi[grad (log pi - log ref)] = E_pi[grad log pi] = 0, so a k1 loss adds only noise.
KL_LOSS_TYPES = ("abs", "mse", "low_var_kl")
LOSS_TYPES = ("default", "gspo", "gspo_token")
LOSS_AGG_MODES = ("token-mean", "seq-mean-token-mean", "seq-mean-token-sum", "seq-mean-token-sum-norm")


def kl_penalty(logp: torch.Tensor, ref_logp: torch.Tensor, kind: str) -> torch.Tensor:
    """Per-token KL(pi || pi_ref) estimate from log-probs of the sampled tokens.

    kl: k1 = logp - ref; abs: |k1|; mse: k1^2 / 2;
    low_var_kl: k3 = exp(ref - logp) - (ref - logp) - 1, clamped to [-10, 10].
    """
    diff = logp - ref_logp
    if kind == "kl":
        return diff
    if kind == "abs":
        return diff.abs()
    if kind == "mse":
        return 0.5 * diff.square()
    if kind == "low_var_kl":
        log_ratio = torch.clamp(-diff, min=-20.0, max=20.0)
        return torch.clamp(torch.exp(log_ratio) - log_ratio - 1.0, min=-10.0, max=10.0)
    raise ValueError(f"unknown kl_penalty {kind!r}; use one of {', '.join(KL_PENALTIES)}")


def kl_loss_type_problem(kind: str) -> str | None:
    """Why `kind` cannot be the KL loss estimator, or None when it can."""
    if kind == "kl":
        return (
            "kl_loss_type 'kl' (k1 = log pi - log pi_ref) has zero expected gradient as a loss "
            "(E_pi[grad log pi] = 0), so it would not pull the policy toward the reference; use low_var_kl "
            "(k3, verl's default kl_loss_type) or mse (k2, whose expected gradient is that of KL(pi || ref)). "
            "k1 is right for the reward-side penalty (algorithm.kl_penalty)"
        )
    if kind not in KL_LOSS_TYPES:
        return f"unknown kl_loss_type {kind!r}; use one of {', '.join(KL_LOSS_TYPES)}"
    return None


def token_advantages(
    seq_advantage: float,
    old_logp: torch.Tensor,
    ref_logp: torch.Tensor | None,
    *,
    kl_coef: float,
    kl_kind: str,
    advantage_clip: float,
    gamma: float = 1.0,
) -> torch.Tensor:
    """Token advantages of one response of T tokens.

    Every token starts from the sequence advantage. With ref_logp given and
    kl_coef > 0, token t also receives the reward r_t = -kl_coef * kl(old_t, ref_t),
    and its advantage adds the return R_t = r_t + gamma * R_{t+1} (gamma = 1, the
    recipe: sum_{s >= t} r_s). Then clamp to [-advantage_clip, advantage_clip]
    (0 disables clamping): the one clamp, after the KL returns (docs/method.md §6).
    """
    adv = torch.full_like(old_logp, float(seq_advantage), dtype=torch.float32)
    if ref_logp is not None and kl_coef > 0 and old_logp.numel() > 0:
        rewards = -kl_coef * kl_penalty(old_logp.float(), ref_logp.float(), kl_kind)
        adv = adv + _returns(rewards, gamma)
    if advantage_clip and advantage_clip > 0:
        adv = torch.clamp(adv, min=-advantage_clip, max=advantage_clip)
    return adv


def _returns(rewards: torch.Tensor, gamma: float) -> torch.Tensor:
    """R_t = r_t + gamma * R_{t+1}, R_T = 0."""
    if gamma == 1.0:
        return torch.flip(torch.cumsum(torch.flip(rewards, dims=[0]), dim=0), dims=[0])
    out = torch.empty_like(rewards)
    running = 0.0
    for t in range(rewards.shape[0] - 1, -1, -1):
        running = float(rewards[t]) + gamma * running
        out[t] = running
    return out


def importance_log_ratio(
    logp: torch.Tensor, old_logp: torch.Tensor, seq_ids: torch.Tensor, num_rows: int, lengths: torch.Tensor, loss_type: str
) -> torch.Tensor:
    """Per-token log importance ratio for each loss type (tokens of num_rows sequences, seq_ids the row of each).

    default (PPO): log r_t = logp_t - old_t.
    gspo (arXiv 2507.18071, eq. 7): every token of sequence i carries log s_i = (1/|y_i|) sum_t (logp_t - old_t),
      the length-normalised sequence log-ratio, with its gradient through all the sequence's tokens.
    gspo_token (eq. 13): log s_i,t = sg[log s_i] + logp_t - sg[logp_t]: the value of s_i, and the gradient of
      token t alone, so per-token advantages weight their own tokens (equal to gspo when A is the same on every token).
    Same as EasyR1's compute_policy_loss (loss_type gspo / gspo_token) and verl's compute_policy_loss_gspo (gspo_token).
    """
    diff = logp - old_logp
    if loss_type == "default":
        return diff
    if loss_type not in LOSS_TYPES:
        raise ValueError(f"unknown loss_type {loss_type!r}; use one of {', '.join(LOSS_TYPES)}")
    per_seq = torch.zeros(num_rows, dtype=diff.dtype, device=diff.device).index_add(0, seq_ids, diff)
    seq_log_ratio = (per_seq / lengths.clamp(min=1).to(diff.dtype))[seq_ids]
    if loss_type == "gspo":
        return seq_log_ratio
    return seq_log_ratio.detach() + logp - logp.detach()


class ClipFractions(NamedTuple):
    """Per-token 0/1 flags of which clip bound set the loss (they never overlap)."""

    higher: torch.Tensor  # A > 0 and ratio > 1 + clip_high: the clip-higher bound (DAPO)
    lower: torch.Tensor  # A < 0 and ratio < 1 - clip_low: the lower bound
    dual: torch.Tensor  # A < 0 and ratio > clip_dual: the dual-clip bound (Ye et al. 2019, arXiv 1912.09729)


def ppo_clip_terms(
    log_ratio: torch.Tensor, adv: torch.Tensor, clip_low: float, clip_high: float, clip_dual: float
) -> tuple[torch.Tensor, ClipFractions]:
    """Per-token dual-clip PPO loss from the log importance ratio, and which bound was active.

    r = exp(log_ratio); L = max(-A r, -A clip(r, 1 - clip_low, 1 + clip_high)),
    and for A < 0 also L = min(L, -A clip_dual): a token with a negative advantage whose
    ratio went above clip_dual stops pushing (its loss is a constant). verl's
    compute_policy_loss_vanilla (clip_ratio_c) and EasyR1's compute_policy_loss
    (clip_ratio_dual) have the same loss; verl's pg_clipfrac is higher + lower and its
    pg_clipfrac_lower is `dual` here. EasyR1 names the same two quantities
    pg_clipfrac_higher / pg_clipfrac_lower; here higher / lower name the ratio bound.
    """
    ratio = torch.exp(torch.clamp(log_ratio, min=-20.0, max=20.0))
    unclipped = -adv * ratio
    clipped = -adv * torch.clamp(ratio, 1.0 - clip_low, 1.0 + clip_high)
    loss = torch.maximum(unclipped, clipped)
    dual_bound = -adv * clip_dual
    negative = adv < 0
    dual = negative & (loss > dual_bound)
    loss = torch.where(negative, torch.minimum(loss, dual_bound), loss)
    took_clip = clipped > unclipped
    flags = ClipFractions(
        higher=(took_clip & (ratio > 1.0)).float(), lower=(took_clip & (ratio < 1.0)).float(), dual=dual.float()
    )
    return loss, flags


def aggregate(
    values: torch.Tensor,
    seq_ids: torch.Tensor,
    num_rows: int,
    lengths: torch.Tensor,
    mode: str,
    total_tokens: int,
    total_seqs: int,
    scale_factor: float = 0.0,
) -> torch.Tensor:
    """This micro-batch's share of the whole batch's aggregated loss (verl's loss_agg_mode names).

    values: per-token values of the micro-batch, seq_ids: row of each token,
    lengths: tokens per row. Shares of all micro-batches sum to the aggregate of
    the whole batch (total_tokens tokens in total_seqs sequences), so gradients
    accumulated over micro-batches equal the full-batch gradient.

    token-mean: sum / total_tokens. seq-mean-token-mean: mean over sequences of
    each one's token mean. seq-mean-token-sum: mean over sequences of token sums.
    seq-mean-token-sum-norm (Dr.GRPO): mean over sequences of token sums divided by
    the constant scale_factor (the generation budget), so no sequence's tokens are
    down-weighted for its length. verl's agg_loss divides the micro-batch's sum by
    the factor and leaves the sequence mean to its micro-batch scaling; here the
    whole batch's sequence count divides, as in the Dr.GRPO paper.
    """
    if mode == "token-mean":
        return values.sum() / max(total_tokens, 1)
    if mode == "seq-mean-token-sum-norm":
        if not scale_factor > 0:
            raise ValueError(f"seq-mean-token-sum-norm needs a scale_factor > 0, got {scale_factor}")
        return values.sum() / (max(total_seqs, 1) * scale_factor)
    per_seq = torch.zeros(num_rows, dtype=values.dtype, device=values.device).index_add(0, seq_ids, values)
    if mode == "seq-mean-token-mean":
        per_seq = per_seq / lengths.clamp(min=1).to(values.dtype)
    elif mode != "seq-mean-token-sum":
        raise ValueError(f"unknown loss_agg_mode {mode!r}; use one of {', '.join(LOSS_AGG_MODES)}")
    return per_seq.sum() / max(total_seqs, 1)
