"""The `hf` engine's decode steps for Qwen2-style language models, on the model's own weights
without the transformers module stack.

A decode step feeds one token per row through the language model. Through transformers'
modules that is about a thousand small ops per step (mask building, M-RoPE recomposition,
per-module wrappers, a cache grown by concatenation), which on a small model costs twice the
arithmetic: 31 steps at 128 rows on the tiny checkpoint took 101 ms that way and 48 ms here
(2 CPU threads; torch.compile of the language model saved 10% after a 45 s compile). The
arithmetic is the same: RMSNorm, q/k/v with bias, rotary, grouped-query attention over the
cache, SwiGLU, final norm and LM head, on the modules' own parameter tensors (no copies; fusing
q/k/v and gate/up into one matmul each measured no faster here). A generated token's
three M-RoPE components are equal, so M-RoPE reduces to plain rotary at that position. The
prompt's KV cache from the transformers prefill is copied into buffers sized for the whole
response, written in place as tokens arrive.

vLLM does the same for every model it serves: its own implementation over the checkpoint's
weights. Here it is limited to what `supported` accepts (the family's `qwen2_decoder`, exactly
those module types, default rope, no sliding window); everything else decodes through
transformers. python/tests/test_fast_decode.py holds it to the transformers forward.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

_LINEARS = ("q_proj", "k_proj", "v_proj", "o_proj")
_MLP = ("gate_proj", "up_proj", "down_proj")


def supported(model, family) -> bool:
    """Whether `model`'s decode steps can run here: a Qwen2-style language model built of plain
    modules (LoRA-wrapped or FSDP-sharded ones, or another rope or attention, decode through transformers)."""
    from torch.distributed.fsdp import FSDPModule

    if not family.qwen2_decoder or isinstance(model, FSDPModule):
        return False
    lm = model.model.language_model
    config = lm.config
    linears = [(getattr(layer.self_attn, name), name != "o_proj") for layer in lm.layers for name in _LINEARS]
    linears += [(getattr(layer.mlp, name), False) for layer in lm.layers for name in _MLP]
    # exactly nn.Linear (a LoRA or quantised wrapper has its own forward), biased where Qwen2's are
    plain = type(lm.embed_tokens) is torch.nn.Embedding and type(model.lm_head) is torch.nn.Linear and all(
        type(module) is torch.nn.Linear and (module.bias is not None) == biased for module, biased in linears
    )
    return (
        plain
        and getattr(lm.rotary_emb, "rope_type", None) == "default"
        and not getattr(config, "use_sliding_window", False)
        and config.hidden_act == "silu"
        and config._attn_implementation in ("sdpa", "eager")
    )


class FastDecoder:
    """Decode steps after a prefill: `step(tokens, positions, t)` -> the next-token logits [rows, vocab]
    for rows that have `cache`'s prompt (left-padded per `mask`) and t tokens generated before `tokens`.

    `mask` [rows, prompt + max_new_tokens] is 1 where a row attends (0 on left padding). The prefill cache's
    tensors are copied, so the caller can drop `cache` afterwards.
    """

    def __init__(self, model, cache, mask: torch.Tensor, max_new_tokens: int):
        lm = model.model.language_model
        self.embed = lm.embed_tokens.weight
        self.norm = (lm.norm.weight, lm.norm.variance_epsilon)
        self.head = (model.lm_head.weight, model.lm_head.bias)
        self.inv_freq = lm.rotary_emb.inv_freq
        self.rope_scale = lm.rotary_emb.attention_scaling
        self.prompt_len = cache.layers[0].keys.shape[2]
        self.mask = mask.bool()[:, None, None, :]
        self.layers = [_Layer(layer, cache.layers[i], self.prompt_len + max_new_tokens) for i, layer in enumerate(lm.layers)]

    def step(self, tokens: torch.Tensor, positions: torch.Tensor, t: int) -> torch.Tensor:
        x = F.embedding(tokens, self.embed)  # [rows, hidden]
        freqs = positions[:, None].float() * self.inv_freq.float()
        angles = torch.cat((freqs, freqs), -1)
        # [rows, 1, head_dim], broadcast over heads; in the hidden states' dtype, as transformers' rotary returns it
        cos = (angles.cos() * self.rope_scale).to(x.dtype)[:, None]
        sin = (angles.sin() * self.rope_scale).to(x.dtype)[:, None]
        slot = self.prompt_len + t
        mask = self.mask[..., : slot + 1]
        for layer in self.layers:
            x = layer(x, cos, sin, slot, mask)
        weight, eps = self.norm
        return F.linear(F.rms_norm(x, (x.shape[-1],), weight, eps), *self.head)


class _Layer:
    def __init__(self, layer, cached, capacity: int):
        attn, mlp = layer.self_attn, layer.mlp
        self.heads, self.kv_heads = attn.config.num_attention_heads, attn.config.num_key_value_heads
        self.head_dim, self.scaling = attn.head_dim, attn.scaling
        self.norms = ((layer.input_layernorm.weight, layer.input_layernorm.variance_epsilon),
                      (layer.post_attention_layernorm.weight, layer.post_attention_layernorm.variance_epsilon))
        self.q, self.k, self.v = ((m.weight, m.bias) for m in (attn.q_proj, attn.k_proj, attn.v_proj))
        self.o = attn.o_proj.weight
        self.gate, self.up, self.down = mlp.gate_proj.weight, mlp.up_proj.weight, mlp.down_proj.weight
        self.cache = []
        for prefix in (cached.keys, cached.values):
            rows, kv_heads, length, head_dim = prefix.shape
            buffer = prefix.new_empty(rows, kv_heads, capacity, head_dim)
            buffer[:, :, :length] = prefix
            self.cache.append(buffer)

    def __call__(self, x, cos, sin, slot: int, mask):
        rows, hidden = x.shape
        (w1, eps1), (w2, eps2) = self.norms
        h = F.rms_norm(x, (hidden,), w1, eps1)
        q, k, v = F.linear(h, *self.q), F.linear(h, *self.k), F.linear(h, *self.v)
        q = _rotate(q.view(rows, self.heads, self.head_dim), cos, sin)
        keys, values = self.cache
        keys[:, :, slot] = _rotate(k.view(rows, self.kv_heads, self.head_dim), cos, sin)
        values[:, :, slot] = v.view(rows, self.kv_heads, self.head_dim)
        out = F.scaled_dot_product_attention(
            q[:, :, None], keys[:, :, : slot + 1], values[:, :, : slot + 1], attn_mask=mask, scale=self.scaling,
            enable_gqa=self.heads != self.kv_heads,
        )
        x = x + F.linear(out.reshape(rows, self.heads * self.head_dim), self.o)
        h = F.rms_norm(x, (hidden,), w2, eps2)
        return x + F.linear(F.silu(F.linear(h, self.gate)) * F.linear(h, self.up), self.down)


def _rotate(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotary embedding (transformers' rotate_half convention) of x [rows, heads, head_dim]."""
    half = x.shape[-1] // 2
    return x * cos + torch.cat((-x[..., half:], x[..., :half]), -1) * sin
