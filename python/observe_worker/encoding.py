"""Turn prompts and responses into model inputs, the same way for every caller.

`encode_prompt` is the one place a prompt becomes tokens: generate, log_probs,
train_step and sft_step all go through it, so the policy scores exactly the
tokens it sampled from. The collate functions build padded batches with the
family's position ids (3-D M-RoPE for Qwen, 1-D otherwise) computed from the
attention mask, so a padded row gets the same positions as the same sequence alone.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from dataclasses import dataclass, fields
from typing import Callable

import torch
from PIL import Image

from .errors import BadRequest


# Where an image goes in the prompt text (EasyR1's convention, verl/utils/dataset.py
# _build_messages): the text is split at each placeholder and the images fill the gaps in
# order. Text without a placeholder gets its images before it.
IMAGE_PLACEHOLDER = "<image>"


@dataclass
class PromptInput:
    """One prompt: system message ("" = the template's default), text, and its images.

    Each IMAGE_PLACEHOLDER in `text` marks where the next image goes; with none, the
    images come before the text.
    """

    system: str
    text: str
    images: list[Image.Image]


@dataclass
class EncodedPrompt:
    """A prompt after the chat template and the processor (a single sequence, no padding)."""

    input_ids: torch.Tensor  # [L] int64
    mm_token_type_ids: torch.Tensor  # [L] int64: 0 text, 1 image, 2 video
    pixel_values: torch.Tensor | None  # [patches, C*T*P*P] for all images of this prompt
    image_grid_thw: torch.Tensor | None  # [images, 3]
    rendered: str = ""  # the chat-template text the processor expanded (one image pad per image)

    @property
    def num_tokens(self) -> int:
        return int(self.input_ids.shape[0])


def build_messages(prompt: PromptInput, index: int = 0) -> list[dict]:
    """Chat messages: optional system turn, then a user turn with the images placed in the text."""
    messages: list[dict] = []
    if prompt.system:
        messages.append({"role": "system", "content": [{"type": "text", "text": prompt.system}]})
    messages.append({"role": "user", "content": user_content(prompt.text, len(prompt.images or []), index)})
    return messages


def user_content(text: str, num_images: int, index: int = 0) -> list[dict]:
    """The user turn's content list: text split at each <image>, the images in the gaps.

    Empty text pieces are left out (as EasyR1 does), so "<image>What?" is [image, text].
    """
    pieces = text.split(IMAGE_PLACEHOLDER)
    placeholders = len(pieces) - 1
    if placeholders == 0:
        return [{"type": "image"} for _ in range(num_images)] + [{"type": "text", "text": text}]
    if placeholders != num_images:
        raise BadRequest(
            f"prompt {index}: the text has {placeholders} {IMAGE_PLACEHOLDER} placeholder(s) but {num_images} "
            f"image(s) came with it; send one image per placeholder, or no placeholder to put the images first"
        )
    content: list[dict] = []
    for i, piece in enumerate(pieces):
        if i > 0:
            content.append({"type": "image"})
        if piece:
            content.append({"type": "text", "text": piece})
    return content


def render_prompt(processor, prompt: PromptInput, index: int = 0) -> str:
    """The chat-template text of one prompt (with the generation prompt), one image pad per image."""
    for j, image in enumerate(prompt.images or []):
        if not isinstance(image, Image.Image):
            raise BadRequest(f"prompt {index}, image {j}: expected a PIL image, got {type(image).__name__}")
    return processor.apply_chat_template(build_messages(prompt, index), add_generation_prompt=True, tokenize=False)


def encode_prompt(processor, prompt: PromptInput, index: int = 0) -> EncodedPrompt:
    """Render the chat template and run the processor on one prompt."""
    images = list(prompt.images or [])
    text = render_prompt(processor, prompt, index)
    try:
        out = processor(text=[text], images=images or None, return_tensors="pt")
    except Exception as exc:  # the processor reports bad images as assorted ValueErrors
        raise BadRequest(f"prompt {index}: the processor could not encode the prompt ({exc})") from exc
    input_ids = out["input_ids"][0].long()
    mm = out.get("mm_token_type_ids")
    if mm is None:  # processors without M-RoPE do not return it (nor all have a video token)
        mm = torch.zeros_like(input_ids)
        for kind, token_id in ((1, getattr(processor, "image_token_id", None)), (2, getattr(processor, "video_token_id", None))):
            if token_id is not None:
                mm[input_ids == token_id] = kind
    else:
        mm = mm[0].long()
    pixel_values = out.get("pixel_values") if images else None
    grid = out.get("image_grid_thw") if images else None
    return EncodedPrompt(
        input_ids=input_ids, mm_token_type_ids=mm, pixel_values=pixel_values, image_grid_thw=grid, rendered=text
    )


class EncodingCache:
    """Encoded prompts by content, so one rollout's passes (generate, log-probs, every mini-batch update)
    run the processor once per prompt instead of once per pass.

    Keyed by a digest of the whole prompt (text and pixels); bounded
    in bytes (an image's pixel values can take tens of MB), least recently used out first.
    """

    def __init__(self, max_bytes: int = 512 * 2**20):
        self.max_bytes = max_bytes
        self.bytes = 0
        self.entries: OrderedDict[bytes, tuple[EncodedPrompt, int]] = OrderedDict()

    def encode(self, processor, prompt: PromptInput, index: int = 0) -> EncodedPrompt:
        key = _prompt_digest(prompt)
        if key in self.entries:
            self.entries.move_to_end(key)
            return self.entries[key][0]
        encoded = encode_prompt(processor, prompt, index)
        tensors = [getattr(encoded, f.name) for f in fields(encoded)]
        size = sum(t.numel() * t.element_size() for t in tensors if isinstance(t, torch.Tensor))
        self.entries[key] = (encoded, size)
        self.bytes += size
        while self.bytes > self.max_bytes and self.entries:
            _, (_, dropped) = self.entries.popitem(last=False)
            self.bytes -= dropped
        return encoded


def _prompt_digest(prompt: PromptInput) -> bytes:
    """A digest of everything in the prompt (every field, so a field added later is never left out of the key)."""
    h = hashlib.blake2b(digest_size=20)

    def feed(value) -> None:
        if isinstance(value, Image.Image):
            h.update(f"image {value.mode} {value.width}x{value.height}:".encode())
            h.update(value.tobytes())
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


def count_prompt_tokens(processor, prompt: PromptInput, index: int = 0) -> tuple[int, int, str]:
    """(tokens, image tokens, chat-template text) of a prompt, equal to what encode_prompt gives,
    without the pixel work: the rendered text's tokens, each image pad counted as the processor
    expands it (its own _get_num_multimodal_tokens, which vLLM uses for the same purpose)."""
    text = render_prompt(processor, prompt, index)
    num_text = len(processor.tokenizer(text)["input_ids"])
    images = list(prompt.images or [])
    if not images:
        return num_text, 0, text
    sizes = [(img.height, img.width) for img in images]
    per_image = list(processor._get_num_multimodal_tokens(image_sizes=sizes).num_image_tokens)
    image_tokens = sum(per_image)
    return num_text - len(images) + image_tokens, image_tokens, text  # each image's one pad becomes its tokens


RopeIndexFn = Callable[..., tuple[torch.Tensor, torch.Tensor]]


def _vision_inputs(prompts: list[EncodedPrompt], device) -> tuple[torch.Tensor | None, torch.Tensor | None]:
    pixels = [p.pixel_values for p in prompts if p.pixel_values is not None]
    grids = [p.image_grid_thw for p in prompts if p.image_grid_thw is not None]
    if not pixels:
        return None, None
    return torch.cat(pixels, 0).to(device), torch.cat(grids, 0).to(device) if grids else None  # no grid: tiles


def _positions(rope_index: RopeIndexFn, input_ids, mm_types, grid, attention_mask) -> torch.Tensor:
    position_ids, _ = rope_index(
        input_ids, mm_token_type_ids=mm_types, image_grid_thw=grid, attention_mask=attention_mask
    )
    return position_ids  # [3, B, L] (M-RoPE) or [B, L]


@dataclass
class PromptBatch:
    """Left-padded prompts for generation; `next_position[b]` is the position of the first new token."""

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    position_ids: torch.Tensor
    pixel_values: torch.Tensor | None
    image_grid_thw: torch.Tensor | None
    next_position: torch.Tensor  # [B]


def collate_prompts(prompts: list[EncodedPrompt], pad_id: int, rope_index: RopeIndexFn, device) -> PromptBatch:
    """Left-pad prompts so that every row's last token is its generation prompt."""
    width = max(p.num_tokens for p in prompts)
    bsz = len(prompts)
    input_ids = torch.full((bsz, width), pad_id, dtype=torch.long)
    mm_types = torch.zeros((bsz, width), dtype=torch.long)
    attention_mask = torch.zeros((bsz, width), dtype=torch.long)
    for b, p in enumerate(prompts):
        input_ids[b, width - p.num_tokens :] = p.input_ids
        mm_types[b, width - p.num_tokens :] = p.mm_token_type_ids
        attention_mask[b, width - p.num_tokens :] = 1
    pixel_values, grid = _vision_inputs(prompts, device)
    input_ids, mm_types, attention_mask = input_ids.to(device), mm_types.to(device), attention_mask.to(device)
    position_ids = _positions(rope_index, input_ids, mm_types, grid, attention_mask)
    # The prompt ends with text, whose M-RoPE components are equal: one position per row.
    last = position_ids[..., -1]
    next_position = (last[0] if last.dim() == 2 else last) + 1
    return PromptBatch(input_ids, attention_mask, position_ids, pixel_values, grid, next_position)


@dataclass
class SequenceBatch:
    """Right-padded prompt+response rows for scoring, and where the response tokens sit.

    The logits at (pred_rows[k], pred_cols[k]) predict targets[k], the k-th response
    token of the batch (row-major); seq_ids[k] says which row it belongs to.
    """

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    position_ids: torch.Tensor
    pixel_values: torch.Tensor | None
    image_grid_thw: torch.Tensor | None
    pred_rows: torch.Tensor
    pred_cols: torch.Tensor
    targets: torch.Tensor
    seq_ids: torch.Tensor
    lengths: list[int]


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
    pixel_values, grid = _vision_inputs(prompts, device)
    input_ids, mm_types, attention_mask = input_ids.to(device), mm_types.to(device), attention_mask.to(device)
    position_ids = _positions(rope_index, input_ids, mm_types, grid, attention_mask)
    pred_rows = torch.cat(rows).to(device)
    pred_cols = torch.cat(cols).to(device)
    targets = torch.cat([r.long() for r in responses]).to(device)
    return SequenceBatch(
        input_ids=input_ids,
        attention_mask=attention_mask,
        position_ids=position_ids,
        pixel_values=pixel_values,
        image_grid_thw=grid,
        pred_rows=pred_rows,
        pred_cols=pred_cols,
        targets=targets,
        seq_ids=pred_rows,
        lengths=lengths,
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
    response_ids = torch.full((bsz, width), pad_id, dtype=torch.long)
    response_mask = torch.zeros((bsz, width), dtype=torch.long)
    offsets = [0]
    first_dest, rest_dest, rest_rows, rest_cols = [], [], [], []
    for b, (r, n) in enumerate(zip(responses, lengths)):
        response_ids[b, :n] = r
        response_mask[b, :n] = 1
        if n:
            first_dest.append(offsets[-1])
        # token t > 0 is predicted at the response position t - 1
        rest_dest.extend(range(offsets[-1] + 1, offsets[-1] + n))
        rest_rows.extend([b] * max(n - 1, 0))
        rest_cols.extend(range(n - 1))
        offsets.append(offsets[-1] + n)
    response_ids, response_mask = response_ids.to(device), response_mask.to(device)
    attention_mask = torch.cat([prompt.attention_mask[row_prompt], response_mask], dim=1)
    steps = torch.arange(width, device=device)
    positions = prompt.next_position[row_prompt][:, None] + steps[None, :]  # the responses are text
    rope_dims = prompt.position_ids.shape[:-2]  # (3,) for M-RoPE, () for 1-D positions
    position_ids = positions.view(*(1 for _ in rope_dims), bsz, width).expand(*rope_dims, bsz, width)
    nonempty = [b for b, n in enumerate(lengths) if n]
    long = lambda values: torch.tensor(values, dtype=torch.long, device=device)  # noqa: E731
    seq_ids = torch.cat([torch.full((n,), b, dtype=torch.long) for b, n in enumerate(lengths)]).to(device)
    return SharedPromptBatch(
        prompt=prompt,
        row_prompt=row_prompt,
        response_ids=response_ids,
        attention_mask=attention_mask,
        position_ids=position_ids,
        first_prompt_rows=row_prompt[long(nonempty)],
        pred_rows=long(rest_rows),
        pred_cols=long(rest_cols),
        order=torch.argsort(long(first_dest + rest_dest)),
        targets=torch.cat([r.long() for r in responses]).to(device),
        seq_ids=seq_ids,
        lengths=lengths,
    )
