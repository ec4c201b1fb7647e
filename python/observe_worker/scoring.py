"""Scoring: per-token log-probs (and entropies) of given responses under the policy or the reference.

`ScoringMixin` is part of `Policy` (policy.py). The update (actor.py) scores
through `_score` too, so training and `log_probs` compute the same numbers.
"""

from __future__ import annotations

import contextlib

import numpy as np
import torch

from . import distributed, fast_qwen2
from .encoding import (
    PromptInput, SequenceBatch, SharedPromptBatch, collate_packed, collate_sequences, collate_shared_prompts,
)
from .errors import BadRequest, ModelNotLoaded
from .token_logprobs import lm_head_logprobs


class ScoringMixin:
    def _check_sequences(self, prompts, prompt_index, responses) -> list[torch.Tensor]:
        if len(prompt_index) != len(responses):
            raise BadRequest(
                f"prompt_index has {len(prompt_index)} entries but there are {len(responses)} responses; "
                "give one prompt index per response"
            )
        for k, pi in enumerate(prompt_index):
            if not 0 <= int(pi) < len(prompts):
                raise BadRequest(f"response {k}: prompt_index {pi} is out of range for {len(prompts)} prompts")
        arrays = []
        for k, r in enumerate(responses):
            arr = np.asarray(r)
            if arr.size == 0:
                arr = arr.astype(np.int64).reshape(0)
            if arr.ndim != 1 or not np.issubdtype(arr.dtype, np.integer):
                raise BadRequest(f"response {k}: token ids must be a 1-D integer array, got shape {arr.shape} {arr.dtype}")
            arrays.append(arr)
        if not arrays:
            return []
        # one range check and one conversion for the whole batch; per response only to name a bad one
        flat = np.concatenate(arrays).astype(np.int64)
        if flat.size and (flat.min() < 0 or flat.max() >= self.vocab_size):
            k, arr = next((k, a) for k, a in enumerate(arrays)
                          if a.size and (a.min() < 0 or a.max() >= self.vocab_size))
            raise BadRequest(
                f"response {k}: token id out of range [0, {self.vocab_size}) (min {arr.min()}, max {arr.max()})"
            )
        return list(torch.from_numpy(flat).split([len(a) for a in arrays]))

    def _micro_batches(self, encoded, prompt_index, resp, micro_batch_size: int,
                       max_tokens: int = 0) -> list[range | None]:
        """This rank's micro-batches of rows 0..len(resp)-1: `micro_batch_size` rows each (<= 0: one per rank),
        or with `max_tokens` > 0 (worker.actor.dynamic_batching) consecutive rows while their prompt + response
        tokens fit max_tokens (a longer row alone).

        Under FSDP2 every rank must run the same number of forward passes, so a rank
        with fewer micro-batches gets trailing None entries: padding passes whose result
        is discarded (and whose loss is multiplied by zero). Every rank computes every
        rank's split, so they agree without a collective.
        """
        w = self.world
        slices = [distributed.split_range(len(resp), r, w.size) for r in range(w.size)]
        if max_tokens > 0:
            tokens = [encoded[int(prompt_index[k])].num_tokens + len(resp[k]) for k in range(len(resp))]
            split = [_by_tokens(sl, tokens, max_tokens) for sl in slices]
        else:
            size = max(micro_batch_size if micro_batch_size > 0 else max(len(sl) for sl in slices), 1)
            split = [[range(s, min(s + size, sl.stop)) for s in range(sl.start, sl.stop, size)] for sl in slices]
        mine: list[range | None] = list(split[w.rank])
        return mine + [None] * (max(len(b) for b in split) - len(mine))

    def _score(self, model, batch: SequenceBatch | SharedPromptBatch, temperature: float, with_entropy: bool):
        """Log-probs (and entropies) of the response tokens of a collated batch, float32 [N]."""

        def head(targets):  # observe_forward's head: the scores of `targets` at the picked positions
            return lambda lm_head, hidden: lm_head_logprobs(
                lm_head, hidden, targets, banned=self.banned_ids, temperature=temperature, with_entropy=with_entropy)

        with self._autocast():
            if isinstance(batch, SharedPromptBatch):
                return self._shared_prompt_scores(model, batch, head, fast_qwen2.supported(model, self.family))
            return model.observe_forward(
                lambda hidden: _hidden_at(hidden, batch.pred_rows, batch.pred_cols),
                head(batch.targets),
                input_ids=batch.input_ids,
                attention_mask=batch.attention_mask,
                position_ids=batch.position_ids,
                use_cache=False,
                **batch.model_vision,
            )

    @staticmethod
    def _shared_prompt_scores(model, batch: SharedPromptBatch, head, fast: bool):
        """(log-probs, entropies) of every response token, row-major: the prompts once, then the responses on
        their cache (both passes through fast_qwen2 where `fast`). The two passes score [each response's first
        token; the later tokens]; `order` sorts them."""
        from transformers import DynamicCache

        prompt = batch.prompt
        pass_targets = torch.empty_like(batch.targets)
        pass_targets[batch.order] = batch.targets  # the targets in the passes' order
        firsts = len(batch.first_prompt_rows)
        # prompts are left-padded: the last position predicts the first token
        last = lambda hidden: hidden[:, -1].index_select(0, batch.first_prompt_rows)  # noqa: E731
        if fast:
            hidden, cache = fast_qwen2.prompt_pass(model, prompt.input_ids, prompt.attention_mask, prompt.position_ids,
                                                   prompt.model_vision)
            parts = [head(pass_targets[:firsts])(model.lm_head, last(hidden))]
        else:
            cache = DynamicCache(config=model.config.get_text_config())
            parts = [model.observe_forward(
                last, head(pass_targets[:firsts]), input_ids=prompt.input_ids, attention_mask=prompt.attention_mask,
                position_ids=prompt.position_ids, cache=cache, use_cache=True, **prompt.model_vision,
            )]
        if batch.pred_rows.numel():
            _select_cache_rows(cache, batch.row_prompt)  # each response reads its own prompt's keys and values
            pick = lambda hidden: _hidden_at(hidden, batch.pred_rows, batch.pred_cols)  # noqa: E731
            later = head(pass_targets[firsts:])
            if fast:
                hidden = fast_qwen2.response_pass(model, cache, batch.response_ids, batch.position_ids,
                                                  batch.attention_mask)
                parts.append(later(model.lm_head, pick(hidden)))
            else:
                parts.append(model.observe_forward(
                    pick, later, input_ids=batch.response_ids, attention_mask=batch.attention_mask,
                    position_ids=batch.position_ids, cache=cache, use_cache=True,
                ))
        logp = torch.cat([p[0] for p in parts])[batch.order]
        entropy = None if parts[0][1] is None else torch.cat([p[1] for p in parts])[batch.order]
        return logp, entropy

    def _collate(self, encoded, prompt_index, responses, rows) -> SequenceBatch | SharedPromptBatch:
        prompts = [encoded[int(prompt_index[k])] for k in rows]
        picked = [responses[k] for k in rows]
        if self.padding_free:  # one layout for every pass: no padding, no prompt cache
            return collate_packed(prompts, picked, self.pad_id, self._rope_index, self.device)
        # Gradient checkpointing drops the cache in training passes (transformers' GradientCheckpointingLayer),
        # so those score whole sequences, as do models whose cache rows cannot be copied (policy.py).
        if not self.cache_copies_rows or (self.checkpoints_activations and torch.is_grad_enabled()):
            return collate_sequences(prompts, picked, self.pad_id, self._rope_index, self.device)
        return collate_shared_prompts(prompts, [int(prompt_index[k]) for k in rows], picked, self.pad_id,
                                      self._rope_index, self.device)

    @torch.no_grad()
    def log_probs(
        self,
        prompts: list[PromptInput],
        prompt_index: list[int],
        responses: list[np.ndarray],
        *,
        role: str = "policy",
        micro_batch_size: int = 0,
        max_tokens_per_micro_batch: int = 0,
        temperature: float = 1.0,
    ) -> list[np.ndarray]:
        """Per-token log-probs (float32) of each response after its prompt, under the policy or the reference."""
        context = contextlib.nullcontext()
        if role == "policy":
            model = self.model
        elif role == "reference" and self.lora is not None:
            model, context = self.model, self.lora.disabled()
        elif role == "reference":
            if self.reference is None:
                raise ModelNotLoaded(
                    "log_probs(role='reference'): no reference model is loaded; load the model with load_reference=True"
                )
            model = self.reference
        else:
            raise BadRequest(f"role {role!r}: use 'policy' or 'reference'")
        if not temperature > 0:
            raise BadRequest(f"temperature must be > 0 for log_probs, got {temperature}")
        resp = self._check_sequences(prompts, prompt_index, responses)
        if not resp:
            return []
        encoded = self._encode(prompts, {int(i) for i in prompt_index})
        self._set_training(model, False)
        out: list[np.ndarray] = []
        with context, self._resident(model):
            for rows in self._micro_batches(encoded, prompt_index, resp, micro_batch_size, max_tokens_per_micro_batch):
                batch = self._collate(encoded, prompt_index, resp, rows or range(1))
                logp, _ = self._score(model, batch, temperature, with_entropy=False)
                if rows is not None:
                    out.extend(torch.split(logp.cpu(), batch.lengths))
        return self._gather_rows([x.numpy().astype(np.float32) for x in out])

    def _gather_rows(self, local: list[np.ndarray]) -> list[np.ndarray]:
        """Every rank's per-row arrays, in global row order (rows were split in contiguous slices)."""
        if not self.world.active:
            return local
        lengths = distributed.all_gather_ragged(np.asarray([len(x) for x in local], dtype=np.int64))
        values = distributed.all_gather_ragged(np.concatenate(local) if local else np.zeros(0, np.float32))
        out: list[np.ndarray] = []
        for ls, vs in zip(lengths, values):
            if len(ls):
                out.extend(np.split(vs, np.cumsum(ls)[:-1]))
        return out

    def _padding_pass(self, encoded, prompt_index, resp, temperature: float) -> None:
        """A forward and backward that changes nothing, so this rank keeps step with ranks that have more rows."""
        batch = self._collate(encoded, prompt_index, resp, range(1))
        logp, _ = self._score(self.model, batch, temperature, with_entropy=False)
        (logp.sum() * 0.0).backward()


# Rows are picked with index_select, not advanced indexing: the backward of `x[rows]` is an accumulating
# index_put, of x.index_select(0, rows) an index_add, ~6x faster on CPU (0.62 vs 0.11 ms for a layer's
# [4, 2, 68, 16] keys picked for 32 responses, forward and backward).


def _hidden_at(hidden: torch.Tensor, rows: torch.Tensor, cols: torch.Tensor) -> torch.Tensor:
    """hidden[rows, cols] for a [batch, length, H] tensor."""
    return hidden.flatten(0, 1).index_select(0, rows * hidden.shape[1] + cols)


def _select_cache_rows(cache, rows: torch.Tensor) -> None:
    """cache.batch_select_indices(rows), by index_select where a layer holds plain key/value tensors."""
    for layer in cache.layers:
        keys, values = getattr(layer, "keys", None), getattr(layer, "values", None)
        if isinstance(keys, torch.Tensor) and isinstance(values, torch.Tensor) and keys.numel():
            layer.keys, layer.values = keys.index_select(0, rows), values.index_select(0, rows)
        else:
            layer.batch_select_indices(rows)


def _by_tokens(rows: range, tokens: list[int], max_tokens: int) -> list[range]:
    """`rows` cut into runs of consecutive rows whose token counts sum to at most max_tokens (a longer row alone).
    Consecutive, not balanced like verl's rearrange_micro_batches: a prompt's responses stay together, so the
    shared-prompt layout still runs each prompt once."""
    out: list[range] = []
    start, used = rows.start, 0
    for k in rows:
        if k > start and used + tokens[k] > max_tokens:
            out.append(range(start, k))
            start, used = k, 0
        used += tokens[k]
    if start < rows.stop:
        out.append(range(start, rows.stop))
    return out
