"""Sampling with the training model itself (the `hf` rollout engine): a KV-cached loop, temperature, top-k/top-p.

`HfGenerationMixin` is part of `Policy` (policy.py), whose model, processor,
encoding and banned-token mask it uses; vllm_engine.py is the other engine. The
prefill and decode steps of Qwen2-style models run in fast_qwen2.py, those of
every other model through transformers.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from . import distributed, fast_qwen2
from .completions import Completion, GenerateResult
from .encoding import PromptInput, collate_prompts, render_prompt
from .errors import BadRequest
from .token_logprobs import scaled_logits


class HfGenerationMixin:
    @torch.no_grad()
    def generate(
        self,
        prompts: list[PromptInput],
        *,
        n: int,
        temperature: float,
        top_p: float,
        top_k: int,
        max_new_tokens: int,
        seed: int,
    ) -> GenerateResult:
        """Sample n responses per prompt, prompt-major (prompt 0's n samples first).

        temperature 0 is greedy (log-probs then under temperature 1); top_k <= 0 and
        top_p = 1 disable those filters. The recorded log-prob of a token is under
        the unfiltered softmax(logits / temperature), the distribution log_probs and
        train_step use. Reproducible for a given seed and batch.
        """
        if n < 1:
            raise BadRequest(f"n must be at least 1, got {n}")
        if max_new_tokens < 1:
            raise BadRequest(f"max_new_tokens must be at least 1, got {max_new_tokens}")
        if temperature < 0 or not np.isfinite(temperature):
            raise BadRequest(f"temperature must be >= 0 (0 = greedy), got {temperature}")
        if not 0 < top_p <= 1:
            raise BadRequest(f"top_p must be in (0, 1], got {top_p}")
        if not prompts:
            return GenerateResult(prompt_num_tokens=[], completions=[])
        w = self.world
        mine = distributed.split_range(len(prompts), w.rank, w.size)
        if w.active:  # the checks without pixel work, on the whole batch: bad input fails every rank alike
            for i, p in enumerate(prompts):
                render_prompt(self.processor, p, i)
        # A rank with no prompts of its own still runs every forward pass (FSDP2 gathers
        # collectively), on a copy of prompt 0 whose samples it throws away. Encoding is this
        # rank's own work: the ranks agree on its outcome before the first collective.
        order = distributed.rank_local(
            "generate", lambda: list(self.encodings.encode_all(self.processor, {i: prompts[i] for i in (mine or range(1))}).values()))
        with self._resident(self.model):
            local = self._generate_slice(
                order, n=n, temperature=temperature, top_p=top_p, top_k=top_k,
                max_new_tokens=max_new_tokens, seed=int(seed) + mine.start,
            )
        if not w.active:
            return local
        tok = self.processor.tokenizer
        return distributed.gather_generate(
            local if len(mine) else None, mine.start, len(prompts),
            lambda ids: tok.decode(ids.tolist(), skip_special_tokens=True),
        )

    def _generate_slice(self, order, *, n, temperature, top_p, top_k, max_new_tokens, seed) -> GenerateResult:
        self._set_training(self.model, False)
        model = self.model
        gen = torch.Generator(device=self.device)
        gen.manual_seed(int(seed))

        from transformers import DynamicCache

        # A Qwen2-style decoder runs the prefill and the decode steps on its weights directly (fast_qwen2.py).
        fast = fast_qwen2.supported(model, self.family)
        # The prompt's cache is copied for its n samples, or each prompt runs n times where it cannot be.
        copies = 1 if self.cache_copies_rows else n
        batch = collate_prompts([p for p in order for _ in range(copies)], self.pad_id, self._rope_index, self.device)
        with self._autocast():
            if fast:
                hidden, cache = fast_qwen2.prompt_pass(model, batch.input_ids, batch.attention_mask,
                                                       batch.position_ids, batch.model_vision)
                logits = model.lm_head(_last_position(hidden)).float()
            else:
                cache = DynamicCache(config=model.config.text_config)
                logits = model.observe_forward(
                    _last_position,
                    input_ids=batch.input_ids,
                    attention_mask=batch.attention_mask,
                    position_ids=batch.position_ids,
                    cache=cache,
                    use_cache=True,
                    **batch.model_vision,
                ).float()
        repeats = n // copies
        if repeats > 1:
            logits = logits.repeat_interleave(repeats, dim=0)
            if not fast:  # the fast decoder copies each prompt's rows into its buffers itself
                cache.batch_repeat_interleave(repeats)
        rows = logits.shape[0]
        # Each new token's position: one per row, repeated over the M-RoPE components if the family has them.
        rope_dims = batch.position_ids.shape[:-2]
        # The prompt's mask then one column per new token, sliced as the sequence grows (no per-token cat).
        prompt_mask = batch.attention_mask.repeat_interleave(repeats, dim=0)
        full_mask = torch.cat([prompt_mask, prompt_mask.new_ones((rows, max_new_tokens))], 1)
        position = batch.next_position.repeat_interleave(repeats, dim=0)
        if fast:
            decode = fast_qwen2.FastDecoder(model, cache, full_mask, max_new_tokens, repeats).step
            cache = None  # copied into the decoder's buffers
        else:
            def decode(token, position, t):
                return model.observe_forward(
                    _last_position,
                    input_ids=token[:, None],
                    attention_mask=full_mask[:, : prompt_mask.shape[1] + t + 1],
                    position_ids=position.view(*(1 for _ in rope_dims), rows, 1).expand(*rope_dims, rows, 1),
                    cache=cache,
                    use_cache=True,
                )
        eos = torch.tensor(self.eos_ids, device=self.device)
        greedy = temperature == 0
        tokens = torch.full((rows, max_new_tokens), self.pad_id, dtype=torch.long, device=self.device)
        logps = torch.zeros((rows, max_new_tokens), dtype=torch.float32, device=self.device)
        lengths = torch.zeros(rows, dtype=torch.long, device=self.device)
        finished = torch.zeros(rows, dtype=torch.bool, device=self.device)
        stopped = torch.zeros(rows, dtype=torch.bool, device=self.device)
        banned = self.banned_ids.to(self.device)
        # Inference mode skips autograd's per-op bookkeeping (version counters, view tracking): 5% of generate on
        # the tiny model. Only the loop: what it creates is never cached for a later pass with gradients.
        with torch.inference_mode():
            for t in range(max_new_tokens):
                # vision placeholders are never sampled (policy.py); greedy decoding reads the unscaled logits
                scaled = scaled_logits(logits, banned, 1.0 if greedy else temperature)
                # One softmax per step serves the draw and the recorded log-prob: log p of a drawn token is within
                # float32 rounding of log_softmax's (a token with p below 1e-38 is never drawn).
                probs = torch.softmax(scaled, dim=-1)
                if greedy:
                    token = scaled.argmax(-1)
                else:
                    token = sample_tokens(_filtered_probs(probs, scaled, top_k, top_p), gen)
                logps[:, t] = probs.gather(-1, token[:, None]).squeeze(-1).log_()
                token = torch.where(finished, torch.full_like(token, self.pad_id), token)
                tokens[:, t] = token
                lengths += (~finished).long()
                hit_eos = torch.isin(token, eos) & ~finished
                stopped |= hit_eos
                finished |= hit_eos
                if t == max_new_tokens - 1 or distributed.all_true(bool(finished.all()), self.device):
                    break
                with self._autocast():
                    logits = decode(token, position, t).float()
                position = position + 1

        tokens_np = tokens.cpu().numpy()
        logps_np = logps.cpu().numpy()
        lengths_np = lengths.cpu().numpy()
        stopped_np = stopped.cpu().numpy()
        tok = self.processor.tokenizer
        completions = []
        for r in range(rows):
            ids = tokens_np[r, : lengths_np[r]].astype(np.int32)
            completions.append(
                Completion(
                    prompt_index=r // n,
                    token_ids=ids,
                    logprobs=logps_np[r, : lengths_np[r]].astype(np.float32),
                    text=tok.decode(ids.tolist(), skip_special_tokens=True),
                    finish_reason="stop" if stopped_np[r] else "length",
                )
            )
        return GenerateResult(prompt_num_tokens=[p.num_tokens for p in order], completions=completions)


def _last_position(hidden: torch.Tensor) -> torch.Tensor:
    return hidden[:, -1]


def _filtered_probs(probs: torch.Tensor, scaled: torch.Tensor, top_k: int, top_p: float) -> torch.Tensor:
    """Sampling weights after top-k then top-p (nucleus) filtering: `probs` [B, V] = softmax(`scaled`) with the
    dropped tokens at 0, not renormalised (sample_tokens draws in proportion to the weights). Top-p counts mass
    within what top-k kept, as transformers' warpers do."""
    if top_k and 0 < top_k < scaled.shape[-1]:
        kth = torch.topk(scaled, top_k, dim=-1).values[..., -1:]
        probs = probs.masked_fill(scaled < kth, 0.0)
    if top_p < 1.0:
        sorted_probs, sorted_idx = torch.sort(probs, dim=-1, descending=True)
        cumulative = torch.cumsum(sorted_probs, dim=-1)
        before = cumulative - sorted_probs  # mass of strictly more likely tokens
        drop_sorted = before >= top_p * cumulative[..., -1:]
        drop_sorted[..., 0] = False
        drop = torch.zeros_like(drop_sorted).scatter(-1, sorted_idx, drop_sorted)
        probs = probs.masked_fill(drop, 0.0)
    return probs


def sample_tokens(probs: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """One token per row of `probs` [B, V], drawn in proportion to probs[b, v] (a row need not sum to 1).

    Inverse-CDF sampling in two levels: one uniform draw per row picks a block of
    about sqrt(V) tokens by the blocks' cumulative mass, then a token within that
    block. One pass over the probabilities and a single random number per row; a
    draw per vocabulary entry (torch.multinomial, or the exponential race) cost
    7-10 ms per decode step at 128 x 3000 on CPU. Block masses are float32 sums
    (a float64 copy of [B, V] cost more than the rest of the draw); cumulative sums
    run in float64, so a token's chance is its probability to ~1e-7 relative, and a
    zero-probability token is never drawn.
    """
    rows, vocab = probs.shape
    block = max(1, math.isqrt(vocab))
    whole = vocab // block  # blocks of exactly `block` tokens; a shorter last block holds the rest
    block_mass = probs[:, : whole * block].reshape(rows, whole, block).sum(-1)
    if whole * block < vocab:
        block_mass = torch.cat([block_mass, probs[:, whole * block:].sum(-1, keepdim=True)], -1)
    block_cdf = block_mass.double().cumsum(-1)  # [B, blocks]
    # Targets stay strictly under the total mass, so the first cumulative sum above one (searchsorted with
    # right=True) always ends a block, and then a token, of positive mass, whatever the rounding.
    total = block_cdf[:, -1:]
    target = torch.rand((rows, 1), generator=gen, dtype=torch.float64, device=probs.device) * total
    target = torch.minimum(target, _just_below(total))
    picked = torch.searchsorted(block_cdf, target, right=True)
    before = torch.nn.functional.pad(block_cdf, (1, 0)).gather(-1, picked)  # <= target
    columns = picked * block + torch.arange(block, device=probs.device)  # [B, block]; past V only in the last block
    within = probs.gather(-1, columns.clamp_max(vocab - 1)).masked_fill_(columns >= vocab, 0.0)
    within_cdf = within.cumsum(-1, dtype=torch.float64)
    index = torch.searchsorted(within_cdf, torch.minimum(target - before, _just_below(within_cdf[:, -1:])), right=True)
    return columns.gather(-1, index).squeeze(-1)


def _just_below(x: torch.Tensor) -> torch.Tensor:
    """The largest float under each (positive) entry of x."""
    return x.nextafter(torch.zeros_like(x))
