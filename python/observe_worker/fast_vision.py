"""Qwen2.5-VL's vision tower without its per-call layout loops and per-window attention calls.

On every call, transformers' tower rebuilds each image's layout in Python loops over the images:
- rotary positions;
- the order of windows;
- segment bounds.
Without flash-attention, it then runs one SDPA call per window and per frame: a 448x448 image has 16 windows
per windowed block.

Here each image size's layout is built once and kept (`layout`), and the windows or frames of equal length
attend in one batched SDPA call. The arithmetic is transformers' sdpa path, op for op, on the blocks' own
modules and parameters (the projections, MLPs and merger are called as modules, so a LoRA-wrapped one runs
its own forward). Only the segment batching and the layout bookkeeping differ.

Measured on the tiny checkpoint (CPU, 2 threads):
- 4 images: 2.6 -> 1.3 ms without gradients, 5.9 -> 4.0 ms forward and backward;
- 16 images: 9.6 -> 3.9 ms.

transformers' own forward still runs where this one would differ from it:
- another attention implementation (flash-attention has varlen kernels; eager does its own softmax);
- gradient checkpointing in a training pass;
- FSDP-sharded blocks (their parameters are gathered by their own forward);
- a request for hidden states or attentions.

python/tests/test_fast_vision.py holds this forward to transformers' forward.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from .fast_qwen2 import rotate
from .lru import SizedLRU


@dataclass(frozen=True)
class Layout:
    """One image's (or video's) patches as the tower attends over them.

    The attributes are:
    - `order` [P]: the processor's patch rows in window order;
    - `positions` [P, 2]: each of those patches' (row, column) in its frame;
    - `merged_back` [P / merge^2]: the window-ordered merged tokens back in the processor's order;
    - `windows`: patches per window, in order;
    - `frames`: patches per frame.
    """

    order: torch.Tensor
    positions: torch.Tensor
    merged_back: torch.Tensor
    windows: tuple[int, ...]
    frames: tuple[int, ...]

    def nbytes(self) -> int:
        return sum(t.numel() * t.element_size() for t in (self.order, self.positions, self.merged_back))


# 16k-patch images take ~0.6 MB each; a few hundred sizes fit.
_LAYOUTS: SizedLRU[Layout] = SizedLRU(128 << 20, Layout.nbytes)


def layout(t: int, h: int, w: int, merge: int, window: int) -> Layout:
    """The layout of a t x h x w patch grid.

    `merge` is the spatial merge size. `window` is the side of an attention window, in merged tokens.

    The processor emits the patches of each merge x merge block together, block by block in row-major order,
    frame after frame. Windows tile each frame's grid of merged tokens row-major from the top left; the last
    row and column of windows may be partial.
    """
    key = (t, h, w, merge, window)
    found = _LAYOUTS.get(key)
    if found is not None:
        return found
    rows, cols, unit = h // merge, w // merge, merge * merge
    merged = torch.arange(t * rows * cols).view(t, rows, cols)
    in_windows, windows = [], []
    for frame in merged:
        for r in range(0, rows, window):
            for c in range(0, cols, window):
                block = frame[r:r + window, c:c + window].reshape(-1)
                in_windows.append(block)
                windows.append(len(block) * unit)
    merged_order = torch.cat(in_windows)
    order = (merged_order[:, None] * unit + torch.arange(unit)).reshape(-1)
    token, within = (order // unit) % (rows * cols), order % unit
    positions = torch.stack([(token // cols) * merge + within // merge, (token % cols) * merge + within % merge], -1)
    found = Layout(order, positions, torch.argsort(merged_order), tuple(windows), (h * w,) * t)
    return _LAYOUTS.put(key, found)


@functools.cache
def _fast_class():
    from transformers.modeling_outputs import BaseModelOutputWithPooling
    from transformers.models.qwen2_5_vl.modeling_qwen2_5_vl import (
        Qwen2_5_VisionTransformerPretrainedModel, Qwen2_5_VLRMSNorm,
    )

    class FastQwen2_5VisionTower(Qwen2_5_VisionTransformerPretrainedModel):
        def forward(self, hidden_states, grid_thw, **kwargs):
            if not self._runs_fast(kwargs):
                return super().forward(hidden_states, grid_thw=grid_thw, **kwargs)
            merge = self.spatial_merge_size
            layouts = [layout(t, h, w, merge, self.window_size // merge // self.patch_size)
                       for t, h, w in grid_thw.tolist()]
            starts = list(itertools.accumulate((len(lay.order) for lay in layouts[:-1]), initial=0))
            device = hidden_states.device
            order = torch.cat([lay.order + s for lay, s in zip(layouts, starts)]).to(device)
            back = torch.cat([lay.merged_back + s // self.spatial_merge_unit for lay, s in zip(layouts, starts)])
            windows = [n for lay in layouts for n in lay.windows]
            frames = [n for lay in layouts for n in lay.frames]
            positions = torch.cat([lay.positions for lay in layouts]).to(device)

            x = self.patch_embed(hidden_states).index_select(0, order)
            cos, sin = self._rotary(positions)
            for number, block in enumerate(self.blocks):
                segments = frames if number in self.fullatt_block_indexes else windows
                x = x + self._attention(block.attn, _norm(block.norm1, x), cos, sin, segments)
                x = x + block.mlp(_norm(block.norm2, x))
            merged = self.merger(x).index_select(0, back.to(device))
            return BaseModelOutputWithPooling(last_hidden_state=x, pooler_output=merged)

        def _runs_fast(self, kwargs) -> bool:
            from torch.distributed.fsdp import FSDPModule

            training = self.training and torch.is_grad_enabled()
            return (
                all(v is None or v is False for v in kwargs.values())
                and not (self.config.output_hidden_states or self.config.output_attentions)
                and self.config._attn_implementation == "sdpa"
                and not (training and any(getattr(b, "gradient_checkpointing", False) for b in self.blocks))
                and not any(isinstance(m, FSDPModule) for m in self.blocks)
                and not isinstance(self, FSDPModule)
            )

        def _rotary(self, positions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            """cos, sin [P, 1, head_dim] float32 of (row, column) positions: the row's angles, then the column's,
            repeated (transformers' axial rope, Qwen2_5_VLVisionRotaryEmbedding)."""
            rope = self.rotary_pos_emb
            freqs = positions[..., None].float() * rope.inv_freq.float()  # [P, 2, head_dim / 4]
            angles = torch.cat([freqs[:, 0], freqs[:, 1]], -1)
            angles = torch.cat([angles, angles], -1)
            scale = getattr(rope, "attention_scaling", 1.0)
            return (angles.cos() * scale)[:, None], (angles.sin() * scale)[:, None]

        @staticmethod
        def _attention(attn, x: torch.Tensor, cos, sin, segments: list[int]) -> torch.Tensor:
            """Qwen2_5_VLVisionAttention's forward (sdpa), each segment attending within itself."""
            length = x.shape[0]
            q, k, v = attn.qkv(x).reshape(length, 3, attn.num_heads, -1).unbind(1)  # [P, heads, head_dim]
            q, k = (rotate(t.float(), cos, sin).to(t.dtype) for t in (q, k))
            out = _segmented_attention(q, k, v, segments, attn.scaling)
            return attn.proj(out.reshape(length, -1))

    def _norm(module, x):
        if type(module) is Qwen2_5_VLRMSNorm:  # the same arithmetic in one op
            return F.rms_norm(x, (x.shape[-1],), module.weight, module.variance_epsilon)
        return module(x)

    return FastQwen2_5VisionTower


def _segmented_attention(q, k, v, segments: list[int], scale: float) -> torch.Tensor:
    """Attention of q, k, v [P, heads, head_dim] within consecutive segments of the given lengths -> [P, heads,
    head_dim]. The segments of one length go through one SDPA call as a batch."""
    heads = q.shape[1]

    def attend(rows: int, length: int, pick=None):
        q_, k_, v_ = (t if pick is None else t.index_select(0, pick) for t in (q, k, v))
        batch = [t.view(rows, length, heads, -1).transpose(1, 2) for t in (q_, k_, v_)]
        return F.scaled_dot_product_attention(*batch, scale=scale).transpose(1, 2).reshape(rows * length, heads, -1)

    if len(set(segments)) == 1:
        return attend(len(segments), segments[0])
    by_length: dict[int, list[int]] = {}
    for start, n in zip(itertools.accumulate(segments[:-1], initial=0), segments):
        by_length.setdefault(n, []).append(start)
    outs, picked = [], []
    for n, group in by_length.items():
        pick = (torch.tensor(group)[:, None] + torch.arange(n)).reshape(-1).to(q.device)
        outs.append(attend(len(group), n, pick))
        picked.append(pick)
    return torch.cat(outs).index_select(0, torch.argsort(torch.cat(picked)))


def install(model: torch.nn.Module) -> int:
    """Switch every Qwen2.5-VL vision tower of `model` to the forward above, in place (same parameters and
    names); the number switched."""
    from transformers.models.qwen2_5_vl.modeling_qwen2_5_vl import Qwen2_5_VisionTransformerPretrainedModel

    switched = 0
    for module in model.modules():
        if type(module) is Qwen2_5_VisionTransformerPretrainedModel:
            module.__class__ = _fast_class()
            switched += 1
    return switched
