"""Turn prompts and responses into model inputs, the same way for every caller.

`encode_prompt` is the one place a prompt becomes tokens: generate, log_probs,
train_step and sft_step all go through it, so the policy scores exactly the
tokens it sampled from. The collate functions build padded batches with the
family's position ids (3-D M-RoPE for Qwen, 1-D otherwise) computed from the
attention mask, so a padded row gets the same positions as the same sequence alone;
collate_packed lays the same rows end to end, without padding, on those positions.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from dataclasses import dataclass, field, fields
from typing import Callable

import numpy as np
import torch
from PIL import Image

from .errors import BadRequest
from .images import content_key, fit_image, fitted_size
from .lru import SizedLRU
from .videos import Video


# Where an image (a video) goes in the prompt text (EasyR1's convention, verl/utils/dataset.py
# _build_messages): the text is split at each placeholder and the images (videos) fill the
# gaps in order. Text without placeholders of a kind gets those items before it.
IMAGE_PLACEHOLDER = "<image>"
VIDEO_PLACEHOLDER = "<video>"
_PLACEHOLDERS = re.compile(f"({re.escape(IMAGE_PLACEHOLDER)}|{re.escape(VIDEO_PLACEHOLDER)})")


@dataclass
class PromptInput:
    """One prompt: system message ("" = the template's default), text, its images and videos.

    Each IMAGE_PLACEHOLDER (VIDEO_PLACEHOLDER) in `text` marks where the next image
    (video) goes; with none of a kind, those come before the text, images first.
    """

    system: str
    text: str
    images: list[Image.Image]
    videos: list[Video] = field(default_factory=list)


@dataclass
class EncodedPrompt:
    """A prompt after the chat template and the processor (a single sequence, no padding)."""

    input_ids: torch.Tensor  # [L] int64
    mm_token_type_ids: torch.Tensor  # [L] int64: 0 text, 1 image, 2 video
    pixel_values: torch.Tensor | None  # [patches, C*T*P*P] for all images of this prompt
    image_grid_thw: torch.Tensor | None  # [images, 3]
    rendered: str = ""  # the chat-template text the processor expanded (one image pad per image)
    pixel_values_videos: torch.Tensor | None = None  # [patches, C*T*P*P] for all videos of this prompt
    video_grid_thw: torch.Tensor | None = None  # [videos, 3]
    second_per_grid_ts: torch.Tensor | None = None  # [videos]: seconds per temporal patch (Qwen2.5-VL's M-RoPE)
    # [3, L] (M-RoPE) or [L]: the tokens' positions, from the family's rope index on first collate_prompts
    positions: torch.Tensor | None = None

    @property
    def num_tokens(self) -> int:
        return int(self.input_ids.shape[0])


def build_messages(prompt: PromptInput, index: int = 0) -> list[dict]:
    """Chat messages: optional system turn, then a user turn with the images placed in the text."""
    messages: list[dict] = []
    if prompt.system:
        messages.append({"role": "system", "content": [{"type": "text", "text": prompt.system}]})
    content = user_content(prompt.text, len(prompt.images or []), index, num_videos=len(prompt.videos or []))
    messages.append({"role": "user", "content": content})
    return messages


def user_content(text: str, num_images: int, index: int = 0, num_videos: int = 0) -> list[dict]:
    """The user turn's content list: text split at each <image> and <video>, the items in the gaps.

    Empty text pieces are left out (as EasyR1 does), so "<image>What?" is [image, text].
    """
    pieces = _PLACEHOLDERS.split(text)  # text, placeholder, text, ...
    content: list[dict] = []
    for kind, placeholder, count in (("image", IMAGE_PLACEHOLDER, num_images), ("video", VIDEO_PLACEHOLDER, num_videos)):
        placeholders = pieces[1::2].count(placeholder)
        if placeholders == 0:
            content += [{"type": kind} for _ in range(count)]
        elif placeholders != count:
            raise BadRequest(
                f"prompt {index}: the text has {placeholders} {placeholder} placeholder(s) but {count} {kind}(s) came "
                f"with it; send one {kind} per placeholder, or no placeholder to put the {kind}s first"
            )
    for i, piece in enumerate(pieces):
        if i % 2:
            content.append({"type": "image" if piece == IMAGE_PLACEHOLDER else "video"})
        elif piece:
            content.append({"type": "text", "text": piece})
    return content


def render_prompt(processor, prompt: PromptInput, index: int = 0) -> str:
    """The chat-template text of one prompt (with the generation prompt), one image (video) pad per image (video)."""
    for j, image in enumerate(prompt.images or []):
        if not isinstance(image, Image.Image):
            raise BadRequest(f"prompt {index}, image {j}: expected a PIL image, got {type(image).__name__}")
    for j, video in enumerate(prompt.videos or []):
        if not isinstance(video, Video):
            raise BadRequest(f"prompt {index}, video {j}: expected a decoded Video (videos.py), got {type(video).__name__}")
    return processor.apply_chat_template(build_messages(prompt, index), add_generation_prompt=True, tokenize=False)


def encode_prompt(processor, prompt: PromptInput, index: int = 0) -> EncodedPrompt:
    """Render the chat template and run the processor on one prompt."""
    text = render_prompt(processor, prompt, index)
    images, videos = fitted_images(processor, prompt), list(prompt.videos or [])
    # Videos come sampled (videos.py): the processor only resizes and patches their frames.
    video_kwargs = dict(videos=[v.frames for v in videos], video_metadata=[v.metadata for v in videos],
                        do_sample_frames=False) if videos else {}
    try:
        out = processor(text=[text], images=images or None, return_tensors="pt", **video_kwargs)
    except Exception as exc:  # the processor reports bad images as assorted ValueErrors
        raise BadRequest(f"prompt {index}: the processor could not encode the prompt ({exc})") from exc
    seconds = out.get("second_per_grid_ts") if videos else None
    mm = out.get("mm_token_type_ids")
    return _encoded(
        processor, out["input_ids"][0], None if mm is None else mm[0], text,
        pixel_values=out.get("pixel_values") if images else None, image_grid_thw=out.get("image_grid_thw") if images else None,
        pixel_values_videos=out.get("pixel_values_videos") if videos else None,
        video_grid_thw=out.get("video_grid_thw") if videos else None,
        second_per_grid_ts=torch.as_tensor(seconds, dtype=torch.float32) if seconds is not None else None,
    )


def encode_prompts(processor, prompts: list[PromptInput], indices: list[int]) -> list[EncodedPrompt]:
    """encode_prompt for each prompt (`indices` name them in errors), in one processor call where that gives
    the same tensors: the processor's per-call overhead is most of a small prompt's cost (16 demo prompts with
    84x84 images: 40 ms one by one, 12 ms together).

    Batched when every image has a grid (the Qwen processors: a prompt's pixel rows are its images' t*h*w
    patches) and no prompt has a video; anything else, and any batch the processor rejects, goes one prompt
    at a time, so an error names its prompt."""
    one_by_one = lambda: [encode_prompt(processor, p, i) for p, i in zip(prompts, indices)]  # noqa: E731
    if len(prompts) < 2 or any(p.videos for p in prompts):
        return one_by_one()
    texts = [render_prompt(processor, p, i) for p, i in zip(prompts, indices)]
    images = [fitted_images(processor, p) for p in prompts]
    flat = [image for ims in images for image in ims]
    try:
        out = processor(text=texts, images=flat or None, return_tensors="pt", padding=True)
    except Exception:
        return one_by_one()
    grid = out.get("image_grid_thw")
    if flat and (grid is None or len(grid) != len(flat)):
        return one_by_one()
    real = out["attention_mask"].bool()
    mm = out.get("mm_token_type_ids")
    pixels = torch.split(out["pixel_values"], grid.prod(-1).tolist()) if flat else []
    encoded, first = [], 0
    for b, (text, ims) in enumerate(zip(texts, images)):
        mine = slice(first, first + len(ims))
        first += len(ims)
        encoded.append(_encoded(
            processor, out["input_ids"][b][real[b]], None if mm is None else mm[b][real[b]], text,
            pixel_values=torch.cat(pixels[mine]) if ims else None, image_grid_thw=grid[mine] if ims else None,
        ))
    return encoded


def _encoded(processor, input_ids: torch.Tensor, mm: torch.Tensor | None, text: str, **vision) -> EncodedPrompt:
    """An EncodedPrompt from one prompt's processor outputs; without the processor's mm_token_type_ids (processors
    without M-RoPE do not return it, nor do all have a video token) the kinds come from the pad tokens."""
    input_ids = input_ids.long()
    if mm is None:
        mm = torch.zeros_like(input_ids)
        for kind, token_id in ((1, getattr(processor, "image_token_id", None)), (2, getattr(processor, "video_token_id", None))):
            if token_id is not None:
                mm[input_ids == token_id] = kind
    return EncodedPrompt(input_ids=input_ids, mm_token_type_ids=mm.long(), rendered=text, **vision)


def default_cache_bytes() -> int:
    """EncodingCache's bound: a quarter of the machine's memory, at most 16 GiB.

    It must hold a whole rollout's prompts: the passes walk them in the same order, so an LRU cache even
    slightly too small finds none of them again. A 1024x768 image encodes to 18 MB of float32 pixel values
    (27 ms of processor time on a CPU core), so the recipe's 128-prompt rollout needs 2.3 GB; 16 GiB holds
    ~900 such prompts. EasyR1 keeps the same pixel values in host memory for the whole rollout (its
    DataProto's multi_modal_inputs).
    """
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # not POSIX
        memory = 16 * 2**30
    return min(16 * 2**30, memory // 4)


class EncodingCache(SizedLRU[EncodedPrompt]):
    """Encoded prompts by content, so one rollout's passes (generate, log-probs, every mini-batch update)
    run the processor once per prompt instead of once per pass.

    Keyed by a digest of the whole prompt (text and images: images.content_key); bounded in bytes
    (default_cache_bytes), least recently used out first.
    """

    def __init__(self, max_bytes: int | None = None):
        super().__init__(default_cache_bytes() if max_bytes is None else max_bytes, _encoded_bytes)

    def encode(self, processor, prompt: PromptInput, index: int = 0) -> EncodedPrompt:
        return self.encode_all(processor, {index: prompt})[index]

    def encode_all(self, processor, prompts: dict[int, PromptInput]) -> dict[int, EncodedPrompt]:
        """Each prompt's encoding by index; the ones not cached are encoded together (encode_prompts)."""
        keys = {i: _prompt_digest(p) for i, p in prompts.items()}
        found = {i: self.get(key) for i, key in keys.items()}
        missing = {keys[i]: i for i, e in found.items() if e is None}  # one encoding per distinct prompt
        fresh = dict(zip(missing, encode_prompts(processor, [prompts[i] for i in missing.values()], list(missing.values()))))
        for key, encoded in fresh.items():
            self.put(key, encoded)
        return {i: fresh[keys[i]] if found[i] is None else found[i] for i in prompts}


def _encoded_bytes(encoded: EncodedPrompt) -> int:
    tensors = [getattr(encoded, f.name) for f in fields(encoded)]
    return sum(t.numel() * t.element_size() for t in tensors if isinstance(t, torch.Tensor))


def _prompt_digest(prompt: PromptInput) -> bytes:
    """A digest of everything in the prompt (every field, so a field added later is never left out of the key)."""
    h = hashlib.blake2b(digest_size=20)

    def feed(value) -> None:
        if isinstance(value, Image.Image):
            h.update(b"image:" + content_key(value))
        elif isinstance(value, np.ndarray):  # a video's frames
            h.update(f"array {value.dtype} {value.shape}:".encode())
            h.update(np.ascontiguousarray(value).tobytes())
        elif dataclasses.is_dataclass(value):  # a Video, its metadata
            h.update(f"{type(value).__name__}:".encode())
            for f in fields(value):
                h.update(f.name.encode())
                feed(getattr(value, f.name))
        elif isinstance(value, dict):
            h.update(f"dict {len(value)}:".encode())
            for k in sorted(value, key=str):
                feed(str(k))
                feed(value[k])
        elif isinstance(value, (list, tuple)):
            h.update(f"list {len(value)}:".encode())
            for item in value:
                feed(item)
        elif isinstance(value, (bytes, bytearray, memoryview)):
            h.update(f"bytes {len(value)}:".encode())
            h.update(value)
        elif value is None or isinstance(value, (str, int, float)):
            text = repr(value).encode("utf-8")
            h.update(f"{type(value).__name__} {len(text)}:".encode())
            h.update(text)
        else:
            raise TypeError(f"prompt field of type {type(value).__name__} has no cache key; teach _prompt_digest it")

    for f in fields(prompt):
        h.update(f.name.encode())
        feed(getattr(prompt, f.name))
    return h.digest()


@dataclass
class PromptCount:
    """A prompt's size as encode_prompt gives it: tokens, of those image and video tokens, the chat-template text."""

    num_tokens: int
    image_tokens: int
    video_tokens: int
    rendered: str


def fitted_images(processor, prompt: PromptInput) -> list[Image.Image]:
    """The prompt's images as the processor takes them: fitted to the data's pixel range (images.fit_image), which
    load_processor left on the processor."""
    return [fit_image(img, getattr(processor, "image_pixels", None)) for img in prompt.images or []]


def count_prompt_tokens(processor, prompt: PromptInput, index: int = 0) -> PromptCount:
    """The size of a prompt, equal to what encode_prompt gives, without the image pixel work:
    the rendered text's tokens, each image pad counted as the processor expands it (its own
    _get_num_multimodal_tokens, which vLLM uses for the same purpose).

    A prompt with videos is encoded: the processor expands a video into more than its pads
    (Qwen3-VL puts a timestamp and vision markers before each temporal patch), and decoding
    the video costs more than its pixel work anyway."""
    if prompt.videos:
        e = encode_prompt(processor, prompt, index)
        kinds = e.mm_token_type_ids
        return PromptCount(e.num_tokens, int((kinds == 1).sum()), int((kinds == 2).sum()), e.rendered)
    text = render_prompt(processor, prompt, index)
    num_text = len(processor.tokenizer(text)["input_ids"])
    images = list(prompt.images or [])
    if not images:
        return PromptCount(num_text, 0, 0, text)
    pixels = getattr(processor, "image_pixels", None) or (None, None)
    sizes = [fitted_size(img.width, img.height, *pixels)[::-1] for img in images]  # (height, width)
    per_image = list(processor._get_num_multimodal_tokens(image_sizes=sizes).num_image_tokens)
    image_tokens = sum(per_image)
    return PromptCount(num_text - len(images) + image_tokens, image_tokens, 0, text)  # each image's one pad becomes its tokens


RopeIndexFn = Callable[..., tuple[torch.Tensor, torch.Tensor]]


# The EncodedPrompt fields a batch concatenates over its prompts, by the model's keyword for them.
_VISION_FIELDS = ("pixel_values", "image_grid_thw", "pixel_values_videos", "video_grid_thw", "second_per_grid_ts")
# Those the model's forward takes; second_per_grid_ts only shapes the positions (rope_index).
MODEL_VISION_INPUTS = ("pixel_values", "image_grid_thw", "pixel_values_videos", "video_grid_thw")


def _vision_inputs(prompts: list[EncodedPrompt], device, names=_VISION_FIELDS) -> dict[str, torch.Tensor]:
    """The batch's vision tensors, each kind concatenated over the prompts in order; kinds none has are left out.
    (Images without a grid are InternVL's tiles.)"""
    out = {}
    for name in names:
        parts = [getattr(p, name) for p in prompts if getattr(p, name) is not None]
        if parts:
            out[name] = torch.cat(parts, 0).to(device)
    return out


# What the rope index reads of the vision inputs.
_GRID_FIELDS = ("image_grid_thw", "video_grid_thw", "second_per_grid_ts")


def _positions(rope_index: RopeIndexFn, input_ids, mm_types, vision: dict, attention_mask) -> torch.Tensor:
    grids = {k: vision[k] for k in _GRID_FIELDS if k in vision}
    position_ids, _ = rope_index(input_ids, mm_token_type_ids=mm_types, attention_mask=attention_mask, **grids)
    return position_ids  # [3, B, L] (M-RoPE) or [B, L]


@dataclass
class PromptBatch:
    """Left-padded prompts for generation; `next_position[b]` is the position of the first new token."""

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    position_ids: torch.Tensor
    vision: dict[str, torch.Tensor]  # the model's vision inputs (pixel_values, image_grid_thw, *_videos, ...)
    next_position: torch.Tensor  # [B]

    @property
    def model_vision(self) -> dict[str, torch.Tensor]:
        return {k: v for k, v in self.vision.items() if k in MODEL_VISION_INPUTS}


def collate_prompts(prompts: list[EncodedPrompt], pad_id: int, rope_index: RopeIndexFn, device) -> PromptBatch:
    """Left-pad prompts so that every row's last token is its generation prompt.

    A prompt's positions do not depend on its batch, so each is computed once (one rope-index call for the
    prompts that have none yet) and kept on the EncodedPrompt, as EasyR1 computes them once per sample: a
    rollout's log-prob and update passes reuse the generation pass's. Padding columns get position 0 (masked).
    """
    todo = list({id(p): p for p in prompts if p.positions is None}.values())
    if todo:
        ids, types, mask = _left_padded(todo, pad_id, device)
        positions = _positions(rope_index, ids, types, _vision_inputs(todo, device, _GRID_FIELDS), mask)
        for b, p in enumerate(todo):
            p.positions = positions[..., b, positions.shape[-1] - p.num_tokens:].clone()
    input_ids, mm_types, attention_mask = _left_padded(prompts, pad_id, device)
    width = input_ids.shape[1]
    rope_dims = prompts[0].positions.shape[:-1]  # (3,) for M-RoPE, () for 1-D positions
    position_ids = torch.zeros((*rope_dims, len(prompts), width), dtype=torch.long, device=device)
    for b, p in enumerate(prompts):
        position_ids[..., b, width - p.num_tokens:] = p.positions
    # The prompt ends with text, whose M-RoPE components are equal: one position per row.
    last = position_ids[..., -1]
    next_position = (last[0] if last.dim() == 2 else last) + 1
    return PromptBatch(input_ids, attention_mask, position_ids, _vision_inputs(prompts, device), next_position)


def _left_padded(prompts: list[EncodedPrompt], pad_id: int, device) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(input_ids, mm_token_type_ids, attention_mask) [B, longest], each prompt right-aligned."""
    width = max(p.num_tokens for p in prompts)
    bsz = len(prompts)
    input_ids = torch.full((bsz, width), pad_id, dtype=torch.long)
    mm_types = torch.zeros((bsz, width), dtype=torch.long)
    attention_mask = torch.zeros((bsz, width), dtype=torch.long)
    for b, p in enumerate(prompts):
        input_ids[b, width - p.num_tokens :] = p.input_ids
        mm_types[b, width - p.num_tokens :] = p.mm_token_type_ids
        attention_mask[b, width - p.num_tokens :] = 1
    return input_ids.to(device), mm_types.to(device), attention_mask.to(device)


@dataclass
class SequenceBatch:
    """Right-padded prompt+response rows for scoring, and where the response tokens sit.

    The logits at (pred_rows[k], pred_cols[k]) predict targets[k], the k-th response
    token of the batch (row-major); seq_ids[k] says which row it belongs to.
    """

    input_ids: torch.Tensor
    attention_mask: torch.Tensor | None  # None when packed (collate_packed)
    position_ids: torch.Tensor
    vision: dict[str, torch.Tensor]
    pred_rows: torch.Tensor
    pred_cols: torch.Tensor
    targets: torch.Tensor
    seq_ids: torch.Tensor
    lengths: list[int]

    model_vision = PromptBatch.model_vision


def collate_sequences(
    prompts: list[EncodedPrompt], responses: list[torch.Tensor], pad_id: int, rope_index: RopeIndexFn, device
) -> SequenceBatch:
    """Concatenate each prompt with its response and right-pad the rows.

    Right padding keeps every query row attending to at least one real token, so
    no row is fully masked (which gives NaNs in some attention kernels).
    """
    lengths = [int(r.shape[0]) for r in responses]
    totals = [p.num_tokens + n for p, n in zip(prompts, lengths)]
    width = max(totals)
    bsz = len(prompts)
    input_ids = torch.full((bsz, width), pad_id, dtype=torch.long)
    mm_types = torch.zeros((bsz, width), dtype=torch.long)
    attention_mask = torch.zeros((bsz, width), dtype=torch.long)
    rows, cols = [], []
    for b, (p, r) in enumerate(zip(prompts, responses)):
        lp, n = p.num_tokens, lengths[b]
        input_ids[b, :lp] = p.input_ids
        input_ids[b, lp : lp + n] = r
        mm_types[b, :lp] = p.mm_token_type_ids
        attention_mask[b, : lp + n] = 1
        rows.append(torch.full((n,), b, dtype=torch.long))
        cols.append(torch.arange(lp - 1, lp - 1 + n, dtype=torch.long))
    vision = _vision_inputs(prompts, device)
    input_ids, mm_types, attention_mask = input_ids.to(device), mm_types.to(device), attention_mask.to(device)
    position_ids = _positions(rope_index, input_ids, mm_types, vision, attention_mask)
    pred_rows = torch.cat(rows).to(device)
    pred_cols = torch.cat(cols).to(device)
    targets = torch.cat([r.long() for r in responses]).to(device)
    return SequenceBatch(
        input_ids=input_ids,
        attention_mask=attention_mask,
        position_ids=position_ids,
        vision=vision,
        pred_rows=pred_rows,
        pred_cols=pred_cols,
        targets=targets,
        seq_ids=pred_rows,
        lengths=lengths,
    )


def collate_packed(
    prompts: list[EncodedPrompt], responses: list[torch.Tensor], pad_id: int, rope_index: RopeIndexFn, device
) -> SequenceBatch:
    """The rows of `collate_sequences` concatenated into one sequence without padding (batch 1, no mask).

    Each token keeps the position it has in its padded row, so the rows stay
    apart by their positions alone: transformers (masking_utils
    find_packed_sequence_indices, with attention_mask None and no cache) starts a
    new sequence wherever the position does not grow by one and builds a
    block-causal mask; flash_attention_2 turns the same positions into varlen
    boundaries. M-RoPE positions are not 1-D, so the Qwen models take a 4-row
    position_ids whose row 0 is each row's plain token index (what the mask is
    built from), followed by the 3 M-RoPE rows.
    """
    padded = collate_sequences(prompts, responses, pad_id, rope_index, device)
    keep = padded.attention_mask.bool()
    starts = keep.sum(-1).cumsum(0) - keep.sum(-1)  # where each row begins in the packed sequence
    token_index = keep.long().cumsum(-1) - 1
    if padded.position_ids.dim() == 3:  # M-RoPE [3, B, W] -> [4, 1, T]
        position_ids = torch.cat([token_index[keep][None], padded.position_ids[:, keep]])[:, None]
    else:
        position_ids = padded.position_ids[keep][None]
    return dataclasses.replace(
        padded,
        input_ids=padded.input_ids[keep][None],
        attention_mask=None,
        position_ids=position_ids,
        pred_rows=torch.zeros_like(padded.pred_rows),
        pred_cols=starts[padded.pred_rows] + padded.pred_cols,
    )


@dataclass
class SharedPromptBatch:
    """Responses scored after their prompts, each distinct prompt run once.

    GRPO scores n responses per prompt. Instead of n copies of prompt+response,
    the distinct prompts run once (left-padded, exactly as for generation) and
    their keys and values serve every response after them; gradients reach the
    prompt through them. Same numbers as a SequenceBatch, (n-1) x prompt tokens
    fewer. targets/seq_ids/lengths mean what they mean there; `order` puts the
    logits of [each row's first token; the later tokens] into row-major order.
    """

    prompt: PromptBatch
    row_prompt: torch.Tensor  # [rows]: the prompt batch row each response follows
    response_ids: torch.Tensor  # [rows, W] right-padded
    attention_mask: torch.Tensor  # [rows, prompt width + W]
    position_ids: torch.Tensor  # [3, rows, W] (M-RoPE) or [rows, W]
    first_prompt_rows: torch.Tensor  # prompt row predicting each non-empty response's first token
    pred_rows: torch.Tensor  # response-pass positions predicting the later tokens
    pred_cols: torch.Tensor
    order: torch.Tensor
    targets: torch.Tensor
    seq_ids: torch.Tensor
    lengths: list[int]


def collate_shared_prompts(
    prompts: list[EncodedPrompt], prompt_ids: list[int], responses: list[torch.Tensor], pad_id: int,
    rope_index: RopeIndexFn, device,
) -> SharedPromptBatch:
    """Batch responses whose prompts repeat: `prompt_ids[b]` identifies row b's prompt (equal ids, one prompt run)."""
    distinct = list(dict.fromkeys(prompt_ids))
    slot = {pid: i for i, pid in enumerate(distinct)}
    prompt = collate_prompts([prompts[prompt_ids.index(pid)] for pid in distinct], pad_id, rope_index, device)
    row_prompt = torch.tensor([slot[pid] for pid in prompt_ids], dtype=torch.long, device=device)
    lengths = [int(r.shape[0]) for r in responses]
    width, bsz = max(lengths), len(responses)
    lengths_t = torch.tensor(lengths, dtype=torch.long)
    response_ids = torch.nn.utils.rnn.pad_sequence([r.long() for r in responses], batch_first=True, padding_value=pad_id)
    response_mask = (torch.arange(width)[None, :] < lengths_t[:, None]).long()
    # Token j of the flat targets is row seq_ids[j]'s token_index[j]: the first is predicted by the prompt pass,
    # token t > 0 at the response position t - 1.
    seq_ids = torch.repeat_interleave(torch.arange(bsz), lengths_t)
    flat = torch.arange(len(seq_ids))
    token_index = flat - (lengths_t.cumsum(0) - lengths_t)[seq_ids]
    later = token_index > 0
    response_ids, response_mask = response_ids.to(device), response_mask.to(device)
    attention_mask = torch.cat([prompt.attention_mask[row_prompt], response_mask], dim=1)
    steps = torch.arange(width, device=device)
    positions = prompt.next_position[row_prompt][:, None] + steps[None, :]  # the responses are text
    rope_dims = prompt.position_ids.shape[:-2]  # (3,) for M-RoPE, () for 1-D positions
    position_ids = positions.view(*(1 for _ in rope_dims), bsz, width).expand(*rope_dims, bsz, width)
    firsts = flat[~later]  # one per non-empty row, in row order
    return SharedPromptBatch(
        prompt=prompt,
        row_prompt=row_prompt,
        response_ids=response_ids,
        attention_mask=attention_mask,
        position_ids=position_ids,
        first_prompt_rows=row_prompt[seq_ids[firsts].to(device)],
        pred_rows=seq_ids[later].to(device),
        pred_cols=(token_index[later] - 1).to(device),
        order=torch.argsort(torch.cat([firsts, flat[later]])).to(device),
        targets=torch.cat([r.long() for r in responses]).to(device),
        seq_ids=seq_ids.to(device),
        lengths=lengths,
    )
