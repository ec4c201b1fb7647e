"""Qwen2-style language-model passes on the model's own weights without the transformers module stack:
the prompt and response passes of shared-prompt scoring (log_probs, train_step, sft_step) and the `hf`
engine's prefill (the same prompt pass) and decode steps.

Through transformers' modules each pass is about a thousand small ops (mask building, M-RoPE
recomposition, per-module wrappers, a cache that grows by concatenation); on a small model that costs more
than the arithmetic. Measured on the tiny checkpoint (2 CPU threads): 31 decode steps at 128 rows 101 -> 48
ms; one response pass of 32 x 32 tokens after 4 cached prompts 6.3 -> 4.5 ms without gradients; a bench
step's reference log-probs 76 -> 66 ms with the prompt pass too. torch.compile of the language model saved
10% of decoding after a 45 s compile. The arithmetic is the same, op for op: RMSNorm, q/k/v with bias,
rotary, grouped-query attention, SwiGLU, final norm, on the modules' own parameter tensors (no copies;
fusing q/k/v and gate/up into one matmul each measured no faster), so gradients reach those parameters as
through transformers. The vision tower is the model's own module (for Qwen2.5-VL with fast_vision.py's
forward); its features replace the placeholder tokens as in the model's forward. A generated token's three
M-RoPE components are equal, so decoding rotates with plain rotary; the scoring passes take cos/sin from the
model's own rotary module.

vLLM does the same for every model it serves: its own implementation over the checkpoint's weights.
Here it is limited to what `supported` accepts (the family's `qwen2_decoder`, exactly those module types,
default rope, no sliding window, no attention dropout); everything else runs through transformers.
python/tests/test_fast_qwen2.py holds every pass to the transformers forward.
"""

from __future__ import annotations

from types import SimpleNamespace

import torch
import torch.nn.functional as F

_LINEARS = ("q_proj", "k_proj", "v_proj", "o_proj")
_MLP = ("gate_proj", "up_proj", "down_proj")


def supported(model, family) -> bool:
    """Whether `model`'s passes after a prompt cache can run here: a Qwen2-style language model built of plain
    modules (LoRA-wrapped or FSDP-sharded ones, another rope or attention, or attention dropout in train mode
    run through transformers)."""
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
    dropout = model.training and any(layer.self_attn.attention_dropout > 0 for layer in lm.layers)
    return (
        plain
        and not dropout
        and getattr(lm.rotary_emb, "rope_type", None) == "default"
        and not getattr(config, "use_sliding_window", False)
        and config.hidden_act == "silu"
        and config._attn_implementation in ("sdpa", "eager")
    )


class PromptCache:
    """Each layer's keys and values [rows, kv_heads, L, head_dim] after `prompt_pass`, laid out as transformers'
    DynamicCache holds them (`layers[i].keys`, `layers[i].values`)."""

    def __init__(self):
        self.layers: list[SimpleNamespace] = []


def prompt_pass(model, input_ids: torch.Tensor, attention_mask: torch.Tensor, position_ids: torch.Tensor,
                vision: dict) -> tuple[torch.Tensor, PromptCache]:
    """The final hidden states [rows, L, hidden] of left-padded prompts `input_ids` [rows, L] and their keys and
    values for the passes that follow. The images and videos in `vision` (the model's pixel inputs) go through
    the model's vision tower and take the places of their placeholder tokens, as in the model's forward.

    `attention_mask` [rows, L] is 1 on real tokens; a real token attends to the real tokens up to itself. A
    padding position attends only to itself: no real token reads it, but its keys and values must stay finite
    (PyTorch's CPU kernels return zeros for a query with nothing to attend to; the diagonal spares every
    kernel the case).
    """
    lm = model.model.language_model
    rows, width = input_ids.shape
    x = _with_vision(model, input_ids, F.embedding(input_ids, lm.embed_tokens.weight), vision).view(rows * width, -1)
    cos, sin = (t[:, None] for t in lm.rotary_emb(x, position_ids))  # [rows, 1, L, head_dim], over the heads
    causal = torch.ones(width, width, dtype=torch.bool, device=x.device).tril()
    itself = torch.eye(width, dtype=torch.bool, device=x.device)
    mask = ((causal & attention_mask.bool()[:, None, :]) | itself)[:, None]  # [rows, 1, L, L]
    cache = PromptCache()

    def keep(keys, values):
        cache.layers.append(SimpleNamespace(keys=keys, values=values))
        return keys, values

    for layer in lm.layers:
        x = _Layer(layer)(x, rows, width, cos, sin, keep, mask)
    return F.rms_norm(x, (x.shape[-1],), lm.norm.weight, lm.norm.variance_epsilon).view(rows, width, -1), cache


def _with_vision(model, input_ids: torch.Tensor, embeds: torch.Tensor, vision: dict) -> torch.Tensor:
    """`embeds` with each image's and video's features in place of its placeholder tokens."""
    kinds = (("pixel_values", "image_grid_thw", model.config.image_token_id, model.model.get_image_features),
             ("pixel_values_videos", "video_grid_thw", model.config.video_token_id, model.model.get_video_features))
    for pixels, grid, token, encode in kinds:
        if vision.get(pixels) is None:
            continue
        features = torch.cat(encode(vision[pixels], vision[grid]).pooler_output).to(embeds.dtype)
        places = input_ids == token
        if int(places.sum()) != len(features):  # masked_scatter would silently take the first ones
            raise ValueError(f"{pixels}: {len(features)} vision features for {int(places.sum())} placeholder tokens")
        embeds = embeds.masked_scatter(places[..., None], features)
    return embeds


def response_pass(model, cache, input_ids: torch.Tensor, position_ids: torch.Tensor,
                  attention_mask: torch.Tensor) -> torch.Tensor:
    """The final hidden states [rows, W, hidden] of right-padded `input_ids` [rows, W] after row r's prompt
    in `cache` (a PromptCache or a transformers cache, read and left unchanged).

    `attention_mask` [rows, prompt + W] is 1 where a token is real (prompt columns as the cache's rows were
    padded); `position_ids` [3, rows, W] (M-RoPE) or [rows, W]. Token i attends to its prompt's real tokens
    and its row's real tokens up to i, the mask transformers builds for the same call.
    """
    lm = model.model.language_model
    rows, width = input_ids.shape
    x = F.embedding(input_ids.reshape(-1), lm.embed_tokens.weight)  # [rows * W, hidden]
    cos, sin = (t[:, None] for t in lm.rotary_emb(x, position_ids))  # [rows, 1, W, head_dim], over the heads
    prompt = cache.layers[0].keys.shape[2]
    real = attention_mask.bool()
    causal = torch.ones(width, width, dtype=torch.bool, device=x.device).tril()
    mask = torch.cat([real[:, None, :prompt].expand(rows, width, prompt), causal & real[:, None, prompt:]], -1)
    mask = mask[:, None]  # [rows, 1, W, prompt + W]
    for layer, cached in zip(lm.layers, cache.layers):
        x = _Layer(layer)(x, rows, width, cos, sin, _after(cached), mask)
    return F.rms_norm(x, (x.shape[-1],), lm.norm.weight, lm.norm.variance_epsilon).view(rows, width, -1)


def _after(cached):
    """A response pass's attend(): the cached prompt's keys and values, then the pass's own."""
    return lambda keys, values: (torch.cat([cached.keys, keys], 2), torch.cat([cached.values, values], 2))


class FastDecoder:
    """Decode steps after a prefill: `step(tokens, positions, t)` -> the next-token logits [rows, vocab]
    for rows that have `cache`'s prompt (left-padded per `mask`) and t tokens generated before `tokens`.

    `mask` [rows, prompt + max_new_tokens] is 1 where a row attends (0 on left padding). The prefill cache's
    tensors are copied into buffers sized for the whole response, each of its rows `repeats` times in a row
    (the samples of one prompt), and written in place as tokens arrive, so the caller can drop `cache`
    afterwards.
    """

    def __init__(self, model, cache, mask: torch.Tensor, max_new_tokens: int, repeats: int = 1):
        lm = model.model.language_model
        self.embed = lm.embed_tokens.weight
        self.norm = (lm.norm.weight, lm.norm.variance_epsilon)
        self.head = (model.lm_head.weight, model.lm_head.bias)
        self.inv_freq = lm.rotary_emb.inv_freq
        self.rope_scale = lm.rotary_emb.attention_scaling
        self.prompt_len = cache.layers[0].keys.shape[2]
        self.mask = mask.bool()[:, None, None, :]
        self.layers = [(_Layer(layer), _DecodeCache(cached, self.prompt_len + max_new_tokens, repeats))
                       for layer, cached in zip(lm.layers, cache.layers)]

    def step(self, tokens: torch.Tensor, positions: torch.Tensor, t: int) -> torch.Tensor:
        x = F.embedding(tokens, self.embed)  # [rows, hidden]
        freqs = positions[:, None].float() * self.inv_freq.float()
        angles = torch.cat((freqs, freqs), -1)
        # [rows, 1, 1, head_dim], broadcast over heads; in the hidden states' dtype, as transformers' rotary returns it
        cos = (angles.cos() * self.rope_scale).to(x.dtype)[:, None, None]
        sin = (angles.sin() * self.rope_scale).to(x.dtype)[:, None, None]
        slot = self.prompt_len + t
        mask = self.mask[..., : slot + 1]
        for layer, cache in self.layers:
            cache.slot = slot
            x = layer(x, len(tokens), 1, cos, sin, cache, mask, _single_query_attention)
        weight, eps = self.norm
        return F.linear(F.rms_norm(x, (x.shape[-1],), weight, eps), *self.head)


class _DecodeCache:
    """A layer's keys and values in buffers sized for the whole response: each step writes its token at `slot`
    and attends over everything up to it."""

    def __init__(self, cached, capacity: int, repeats: int):
        self.slot = 0
        self.keys, self.values = (self._buffer(prefix, capacity, repeats) for prefix in (cached.keys, cached.values))

    @staticmethod
    def _buffer(prefix: torch.Tensor, capacity: int, repeats: int) -> torch.Tensor:
        rows, kv_heads, length, head_dim = prefix.shape
        buffer = prefix.new_empty(rows * repeats, kv_heads, capacity, head_dim)
        buffer.view(rows, repeats, kv_heads, capacity, head_dim)[:, :, :, :length] = prefix[:, None]
        return buffer

    def __call__(self, keys: torch.Tensor, values: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        end = self.slot + 1
        self.keys[:, :, self.slot:end] = keys
        self.values[:, :, self.slot:end] = values
        return self.keys[:, :, :end], self.values[:, :, :end]


class _Layer:
    """One decoder layer's arithmetic on its modules' parameter tensors."""

    def __init__(self, layer):
        attn, mlp = layer.self_attn, layer.mlp
        self.heads, self.kv_heads = attn.config.num_attention_heads, attn.config.num_key_value_heads
        self.head_dim, self.scaling = attn.head_dim, attn.scaling
        self.norms = ((layer.input_layernorm.weight, layer.input_layernorm.variance_epsilon),
                      (layer.post_attention_layernorm.weight, layer.post_attention_layernorm.variance_epsilon))
        self.q, self.k, self.v = ((m.weight, m.bias) for m in (attn.q_proj, attn.k_proj, attn.v_proj))
        self.o = attn.o_proj.weight
        self.gate, self.up, self.down = mlp.gate_proj.weight, mlp.up_proj.weight, mlp.down_proj.weight

    def __call__(self, x, rows, length, cos, sin, attend, mask, attention=F.scaled_dot_product_attention):
        """x [rows * length, hidden] -> the same after the layer; `attend(k, v)` [rows, kv_heads, length, head_dim]
        gives the keys and values to attend over (the cache's and these), `attention` is SDPA or a stand-in. The
        matmuls take 2-D inputs, where a linear layer adds its bias inside the matmul."""
        hidden = x.shape[-1]
        (w1, eps1), (w2, eps2) = self.norms
        h = F.rms_norm(x, (hidden,), w1, eps1)
        q, k, v = F.linear(h, *self.q), F.linear(h, *self.k), F.linear(h, *self.v)
        q = rotate(q.view(rows, length, self.heads, self.head_dim).transpose(1, 2), cos, sin)
        k = rotate(k.view(rows, length, self.kv_heads, self.head_dim).transpose(1, 2), cos, sin)
        keys, values = attend(k, v.view(rows, length, self.kv_heads, self.head_dim).transpose(1, 2))
        out = attention(q, keys, values, attn_mask=mask, scale=self.scaling, enable_gqa=self.heads != self.kv_heads)
        x = x + F.linear(out.transpose(1, 2).reshape(rows * length, self.heads * self.head_dim), self.o)
        h = F.rms_norm(x, (hidden,), w2, eps2)
        return x + F.linear(F.silu(F.linear(h, self.gate)) * F.linear(h, self.up), self.down)


def _single_query_attention(q, keys, values, *, attn_mask, scale, enable_gqa):
    """SDPA for one query per row (a decode step): on CPU in float32 as two batched matmuls around a softmax,
    0.27 ms against SDPA's 0.50 ms at 128 rows x 4 heads over ~90 keys, equal within 5e-7; elsewhere (and
    under autocast) SDPA itself, so lower precisions keep its exact numbers.

    q [rows, heads, 1, head_dim] over keys and values [rows, kv_heads, L, head_dim], query head h reading kv head
    h // (heads / kv_heads) as SDPA's enable_gqa does; `attn_mask` [rows, 1, 1, L] is True where a row attends."""
    if q.device.type != "cpu" or keys.dtype != torch.float32 or torch.is_autocast_enabled("cpu"):
        return F.scaled_dot_product_attention(q, keys, values, attn_mask=attn_mask, scale=scale, enable_gqa=enable_gqa)
    rows, heads, _, head_dim = q.shape
    kv_heads, length = keys.shape[1], keys.shape[2]
    scores = torch.matmul(q.view(rows, kv_heads, heads // kv_heads, head_dim), keys.transpose(-1, -2)).mul_(scale)
    scores.masked_fill_(~attn_mask.view(rows, 1, 1, length), float("-inf"))
    return torch.matmul(torch.softmax(scores, -1), values).view(rows, heads, 1, head_dim)


def rotate(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotary embedding (transformers' rotate_half convention) of x [..., head_dim]."""
    half = x.shape[-1] // 2
    return x * cos + torch.cat((-x[..., half:], x[..., :half]), -1) * sin
