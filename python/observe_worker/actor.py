"""The actor's update: one PPO-clip (or GSPO) optimizer step, and the SFT step the demo warms up with.

`ActorMixin` is part of `Policy` (policy.py); the loss terms themselves are in losses.py.
"""

from __future__ import annotations

import functools
import math

import numpy as np
import torch

from . import distributed, sharding
from .encoding import PromptInput
from .errors import BadRequest, ModelNotLoaded
from .losses import (
    KL_PENALTIES, LOSS_AGG_MODES, LOSS_TYPES, aggregate, importance_log_ratio, kl_loss_type_problem, ppo_clip_terms,
    token_advantages,
)
from .losses import kl_penalty as kl_estimate
from .offload import optimizer_resident


def _policy_resident(method):
    """Run a Policy method with the policy model on its device (see offload.py)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._resident(self.model):
            return method(self, *args, **kwargs)

    return wrapper


class ActorMixin:
    def _require_optimizer(self, what: str) -> torch.optim.Optimizer:
        if self.optimizer is None:
            raise ModelNotLoaded(
                f"{what}: the model was loaded for inference only; load it with optimizer settings to train"
            )
        return self.optimizer

    def _finish_step(self, opt: torch.optim.Optimizer) -> float:
        max_norm = self.settings.max_grad_norm if self.settings else 0.0
        params = [p for group in opt.param_groups for p in group["params"]]  # the trainable ones (Policy.load)
        if max_norm and max_norm > 0:
            grad_norm = torch.nn.utils.clip_grad_norm_(params, max_norm)
        else:
            grad_norm = torch.nn.utils.get_total_norm([p.grad for p in params if p.grad is not None])
        grad_norm = float(sharding.local_value(grad_norm))  # under FSDP2 a replicated DTensor: the same on every rank
        if np.isfinite(grad_norm):
            with optimizer_resident(opt, self.device, self.offload.offload_optimizer):
                opt.step()
            self.steps += 1
        # A non-finite gradient skips the update; the caller sees grad_norm = inf/nan.
        opt.zero_grad(set_to_none=True)
        return grad_norm

    def _set_lr(self, opt: torch.optim.Optimizer, lr: float) -> None:
        if not lr >= 0 or not np.isfinite(lr):
            raise BadRequest(f"lr must be a finite number >= 0, got {lr}")
        for group in opt.param_groups:
            group["lr"] = float(lr)

    def _aligned(self, name: str, values, resp: list[torch.Tensor]) -> list[torch.Tensor] | None:
        if values is None:
            return None
        if len(values) != len(resp):
            raise BadRequest(f"{name} has {len(values)} entries but there are {len(resp)} responses")
        out = []
        for k, (v, r) in enumerate(zip(values, resp)):
            arr = np.asarray(v, dtype=np.float32)
            if arr.shape != (r.shape[0],):
                raise BadRequest(
                    f"{name}[{k}]: {arr.shape[0] if arr.ndim == 1 else arr.shape} values for a response of {r.shape[0]} tokens"
                )
            out.append(torch.from_numpy(arr))
        return out

    @_policy_resident
    def train_step(
        self,
        prompts: list[PromptInput],
        prompt_index: list[int],
        responses: list[np.ndarray],
        advantages: np.ndarray,
        *,
        old_logprobs: list[np.ndarray] | None = None,
        ref_logprobs: list[np.ndarray] | None = None,
        lr: float,
        clip_ratio_low: float = 0.2,
        clip_ratio_high: float = 0.2,
        clip_ratio_dual: float = 3.0,
        loss_type: str = "default",
        kl_coef: float = 0.0,
        kl_penalty: str = "kl",
        kl_loss_type: str = "low_var_kl",
        use_kl_loss: bool = False,
        advantage_clip: float = 10.0,
        gamma: float = 1.0,
        loss_agg_mode: str = "token-mean",
        loss_scale_factor: float = 0.0,
        micro_batch_size: int = 0,
        max_tokens_per_micro_batch: int = 0,
        temperature: float = 1.0,
    ) -> dict[str, float]:
        """One PPO-clip optimizer step over the whole batch (gradients accumulated over micro-batches).

        KL to the reference (docs/method.md §6): with use_kl_loss False, kl_coef > 0 and
        ref_logprobs given, -kl_coef * kl_penalty(old, ref) is a per-token reward whose
        suffix sum joins each token's advantage; with use_kl_loss True the loss
        gains kl_coef * kl_loss_type(current, ref), aggregated like the policy loss
        (verl's separate kl_penalty / kl_loss_type). The `kl` metric is the k3
        estimate of KL(pi || ref) whichever estimator trains, so runs compare.
        """
        opt = self._require_optimizer("train_step")
        if kl_penalty not in KL_PENALTIES:
            raise BadRequest(f"kl_penalty {kl_penalty!r}: use one of {', '.join(KL_PENALTIES)}")
        if use_kl_loss and (problem := kl_loss_type_problem(kl_loss_type)):
            raise BadRequest(problem)
        if loss_agg_mode not in LOSS_AGG_MODES:
            raise BadRequest(f"loss_agg_mode {loss_agg_mode!r}: use one of {', '.join(LOSS_AGG_MODES)}")
        if loss_agg_mode == "seq-mean-token-sum-norm" and not loss_scale_factor > 0:
            raise BadRequest(f"loss_agg_mode seq-mean-token-sum-norm needs loss_scale_factor > 0 (its constant divisor, "
                             f"e.g. the maximum response length), got {loss_scale_factor}")
        if not temperature > 0:
            raise BadRequest(f"temperature must be > 0 for train_step, got {temperature}")
        if not 0 <= gamma <= 1:
            raise BadRequest(f"gamma must be in [0, 1], got {gamma}")
        if not advantage_clip >= 0:
            raise BadRequest(f"advantage_clip must be >= 0 (0 disables the clamp), got {advantage_clip}")
        if clip_ratio_low < 0 or clip_ratio_high < 0:
            raise BadRequest(f"clip ratios must be >= 0, got low {clip_ratio_low}, high {clip_ratio_high}")
        if loss_type not in LOSS_TYPES:
            raise BadRequest(f"loss_type {loss_type!r}: use one of {', '.join(LOSS_TYPES)}")
        if not clip_ratio_dual > 1:
            raise BadRequest(f"clip_ratio_dual must be > 1 (the dual-clip bound on the ratio when A < 0), got {clip_ratio_dual}")
        resp = self._check_sequences(prompts, prompt_index, responses)
        adv = np.asarray(advantages, dtype=np.float32).reshape(-1)
        if adv.shape[0] != len(resp):
            raise BadRequest(f"advantages has {adv.shape[0]} values but there are {len(resp)} responses")
        if not np.all(np.isfinite(adv)):
            raise BadRequest("advantages contain NaN or infinity")
        old = self._aligned("old_logprobs", old_logprobs, resp)
        ref = self._aligned("ref_logprobs", ref_logprobs, resp)
        if use_kl_loss and kl_coef > 0 and ref is None:
            raise BadRequest("use_kl_loss with kl_coef > 0 needs ref_logprobs (log-probs under the reference model)")
        total_tokens = sum(int(r.shape[0]) for r in resp)
        if total_tokens == 0:
            raise BadRequest("train_step: the responses hold no tokens")
        total_seqs = len(resp)
        self._set_lr(opt, lr)
        encoded = self._encode(prompts, {int(i) for i in prompt_index})

        self._set_training(self.model, True)
        opt.zero_grad(set_to_none=True)
        sums = {"pg_loss": 0.0, "kl_loss": 0.0, "kl": 0.0, "clipfrac_higher": 0.0, "clipfrac_lower": 0.0, "clipfrac_dual": 0.0,
                "entropy": 0.0, "ppo_kl": 0.0, "advantages": 0.0}
        adv_max, adv_min = -math.inf, math.inf
        try:
            passes = self._micro_batches(encoded, prompt_index, resp, micro_batch_size, max_tokens_per_micro_batch)
            for rows in passes:
                if rows is None:
                    self._padding_pass(encoded, prompt_index, resp, temperature)
                    continue
                batch = self._collate(encoded, prompt_index, resp, rows)
                logp, entropy = self._score(self.model, batch, temperature, with_entropy=True)
                dev = logp.device
                old_mb = torch.cat([old[k] for k in rows]).to(dev) if old is not None else logp.detach()
                ref_mb = torch.cat([ref[k] for k in rows]).to(dev) if ref is not None else None
                old_split = torch.split(old_mb, batch.lengths)
                ref_split = torch.split(ref_mb, batch.lengths) if ref_mb is not None else [None] * len(rows)
                tok_adv = torch.cat([
                    token_advantages(
                        float(adv[k]),
                        old_split[j],
                        ref_split[j],
                        kl_coef=0.0 if use_kl_loss else kl_coef,
                        kl_kind=kl_penalty,
                        advantage_clip=advantage_clip,
                        gamma=gamma,
                    )
                    for j, k in enumerate(rows)
                ]).to(dev)
                sums["advantages"] += float(tok_adv.sum())
                if tok_adv.numel():
                    adv_max, adv_min = max(adv_max, float(tok_adv.max())), min(adv_min, float(tok_adv.min()))
                lengths = torch.tensor(batch.lengths, device=dev)
                log_ratio = importance_log_ratio(logp, old_mb, batch.seq_ids, len(rows), lengths, loss_type)
                pg_tok, clipped = ppo_clip_terms(log_ratio, tok_adv, clip_ratio_low, clip_ratio_high, clip_ratio_dual)
                agg = lambda v: aggregate(v, batch.seq_ids, len(rows), lengths, loss_agg_mode, total_tokens, total_seqs,  # noqa: E731
                                          loss_scale_factor)
                pg_loss = agg(pg_tok)
                loss = pg_loss
                if ref_mb is not None:
                    if use_kl_loss and kl_coef > 0:
                        kl_loss = agg(kl_estimate(logp, ref_mb, kl_loss_type))
                        loss = loss + kl_coef * kl_loss
                        sums["kl_loss"] += float(kl_loss.detach())
                    sums["kl"] += float(kl_estimate(logp.detach(), ref_mb, "low_var_kl").sum())
                # The loss is normalised by the global batch's totals; FSDP2 averages gradients
                # over ranks, so scaling by the world size makes that average the global sum.
                (loss * self.world.size).backward()
                sums["pg_loss"] += float(pg_loss.detach())
                for name, flags in clipped._asdict().items():
                    sums[f"clipfrac_{name}"] += float(flags.sum())
                sums["entropy"] += float(entropy.sum())
                sums["ppo_kl"] += float((old_mb - logp.detach()).sum())
            sums = distributed.all_reduce_sums(sums)
            adv_max, adv_min = distributed.all_reduce_max(adv_max), -distributed.all_reduce_max(-adv_min)
            grad_norm = self._finish_step(opt)
        except BaseException:
            opt.zero_grad(set_to_none=True)
            self._set_training(self.model, False)
            raise
        kl_term = kl_coef * sums["kl_loss"] if use_kl_loss else 0.0
        return {
            "loss": sums["pg_loss"] + kl_term,
            "pg_loss": sums["pg_loss"],
            "kl": sums["kl"] / total_tokens,
            "kl_loss": sums["kl_loss"],
            "clipfrac": (sums["clipfrac_higher"] + sums["clipfrac_lower"]) / total_tokens,
            "clipfrac_higher": sums["clipfrac_higher"] / total_tokens,
            "clipfrac_lower": sums["clipfrac_lower"] / total_tokens,
            "clipfrac_dual": sums["clipfrac_dual"] / total_tokens,
            "grad_norm": grad_norm,
            "entropy": sums["entropy"] / total_tokens,
            "ppo_kl": sums["ppo_kl"] / total_tokens,
            "advantages_mean": sums["advantages"] / total_tokens,
            "advantages_max": adv_max,
            "advantages_min": adv_min,
            "lr": float(lr),
            "num_tokens": float(total_tokens),
            "micro_batches": len(passes),
        }

    @_policy_resident
    def sft_step(
        self,
        prompts: list[PromptInput],
        prompt_index: list[int],
        responses: list[np.ndarray],
        *,
        lr: float,
        micro_batch_size: int = 0,
        max_tokens_per_micro_batch: int = 0,
    ) -> dict[str, float]:
        """One optimizer step of cross-entropy on the response tokens (token mean over the batch)."""
        opt = self._require_optimizer("sft_step")
        resp = self._check_sequences(prompts, prompt_index, responses)
        total_tokens = sum(int(r.shape[0]) for r in resp)
        if total_tokens == 0:
            raise BadRequest("sft_step: the responses hold no tokens")
        self._set_lr(opt, lr)
        encoded = self._encode(prompts, {int(i) for i in prompt_index})
        self._set_training(self.model, True)
        opt.zero_grad(set_to_none=True)
        loss_sum = 0.0
        entropy_sum = 0.0
        try:
            passes = self._micro_batches(encoded, prompt_index, resp, micro_batch_size, max_tokens_per_micro_batch)
            for rows in passes:
                if rows is None:
                    self._padding_pass(encoded, prompt_index, resp, 1.0)
                    continue
                batch = self._collate(encoded, prompt_index, resp, rows)
                logp, entropy = self._score(self.model, batch, 1.0, with_entropy=True)
                loss = -logp.sum() / total_tokens
                (loss * self.world.size).backward()  # see train_step: FSDP2 averages over ranks
                loss_sum += float(loss.detach())
                entropy_sum += float(entropy.sum())
            totals = distributed.all_reduce_sums({"loss": loss_sum, "entropy": entropy_sum})
            loss_sum, entropy_sum = totals["loss"], totals["entropy"]
            grad_norm = self._finish_step(opt)
        except BaseException:
            opt.zero_grad(set_to_none=True)
            self._set_training(self.model, False)
            raise
        return {
            "loss": loss_sum,
            "grad_norm": grad_norm,
            "entropy": entropy_sum / total_tokens,
            "lr": float(lr),
            "num_tokens": float(total_tokens),
            "micro_batches": len(passes),
        }
