"""What a model family is: the facts that differ between vision-language models, as data.

Each family module (qwen2_5_vl.py, internvl.py, ...) builds one `Family`; the
code that uses them (policy, scoring, update, checkpoints, vLLM) never asks
which family it holds, only what the family says.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import torch

from ..errors import BadRequest


@dataclass(frozen=True)
class VllmNames:
    """How vLLM names this family's weights (its model class's `hf_to_vllm_mapper` and fused modules).

    prefixes: (Hugging Face prefix, vLLM prefix) pairs applied in order, each at most once.
    stacked:  (vLLM prefix, name piece, fused piece, shard id): weights vLLM fuses into one
              parameter, so a weight-sync bucket must carry them together.
    transposed: parameter-name suffixes whose in-memory layout (transformers converts on
              load) is the transpose (dims 1, 2) of the checkpoint layout vLLM reads.
    """

    prefixes: tuple[tuple[str, str], ...]
    stacked: tuple[tuple[str, str, str, str | int | tuple | None], ...] = ()
    transposed: tuple[str, ...] = ()

    @property
    def roots(self) -> tuple[str, ...]:
        """The prefixes every vLLM name of this family starts with."""
        return tuple(dict.fromkeys(new for _, new in self.prefixes))


def qwen_blank_image(vision_config, device: torch.device) -> dict[str, torch.Tensor]:
    """One merge unit of patches (spatial_merge_size^2, zeros) with its [1, m, m] grid: the Qwen vision towers'."""
    m = vision_config.spatial_merge_size
    features = vision_config.in_channels * vision_config.temporal_patch_size * vision_config.patch_size ** 2
    return {"pixel_values": torch.zeros((m * m, features), device=device),
            "image_grid_thw": torch.tensor([[1, m, m]], device=device)}


@dataclass(frozen=True)
class Family:
    """One model family. `model_type` is config.json's; `model_class` the transformers class,
    also the architecture a saved config.json names."""

    model_type: str
    model_class: str
    # Tokens only the processor places (image slots and their brackets): banned from sampling.
    placeholders: tuple[str, ...]
    # Submodules that form the vision tower, its projector into the language model included.
    vision_modules: tuple[str, ...]
    # True: 3-D M-RoPE positions from the model's get_rope_index; False: 1-D positions.
    mrope: bool
    vllm: VllmNames
    # Whether prompts may hold videos (data.video_key): the processor samples and patches them and the
    # model's get_rope_index places them. False where the worker does not take them (InternVL).
    video: bool = False
    # Whether min_pixels/max_pixels (data.min_pixels, data.max_pixels) set the image processor's pixel
    # range; False where images are cut into fixed-size tiles (their count is the processor's own setting).
    pixel_range: bool = True
    # Why the family's modelling code cannot score rows packed into one sequence (worker.actor.padding_free,
    # scoring.py); None: it can (each attention layer keeps rows apart by their position ids).
    packing_problem: str | None = None
    # The language model's layers are Qwen2's (RMSNorm, q/k/v with bias and no q/k norm, SwiGLU, rotary whose
    # M-RoPE components agree for generated tokens): fast_qwen2.py can run the hf engine's decode steps.
    qwen2_decoder: bool = False
    # Called on every loaded model (the MoE family uses it to switch the router's aux outputs off).
    prepare: Callable[[torch.nn.Module], None] | None = field(default=None, compare=False)
    # Fused expert weights (nn.Parameters, not Linear layers) as (the projection they fuse, parameter path):
    # LoRA adapts a parameter when its projection is targeted, or with all-linear (peft's target_parameters).
    lora_expert_parameters: tuple[tuple[str, str], ...] = ()
    # The smallest image the vision tower takes, as get_image_features' keyword arguments (vision config,
    # device): FSDP2 runs it on a rank whose micro-batch has no image (sharding.py).
    blank_image: Callable[[object, torch.device], dict[str, torch.Tensor]] = field(default=qwen_blank_image, compare=False)

    def model_cls(self):
        import transformers

        return getattr(transformers, self.model_class)

    def rope_index(self, model, input_ids, *, mm_token_type_ids, attention_mask, image_grid_thw=None,
                   video_grid_thw=None, second_per_grid_ts=None):
        """(position_ids, deltas) as get_rope_index returns them: [3, B, L] with M-RoPE, else [B, L]
        counted over the attention mask (so padding does not shift a row's positions).

        second_per_grid_ts (Qwen2.5-VL's processor alone gives it) spaces a video's temporal patches
        by their seconds; Qwen3-VL puts timestamps in the text instead."""
        if self.mrope:
            timing = {} if second_per_grid_ts is None else {"second_per_grid_ts": second_per_grid_ts}
            return model.model.get_rope_index(
                input_ids, mm_token_type_ids=mm_token_type_ids, image_grid_thw=image_grid_thw,
                video_grid_thw=video_grid_thw, attention_mask=attention_mask, **timing,
            )
        positions = (attention_mask.long().cumsum(-1) - 1).clamp(min=0)
        return positions, None

    def check_videos(self, count: int) -> None:
        """Refuse `count` > 0 videos for a family that does not take them, naming those that do."""
        if count and not self.video:
            from . import FAMILIES  # the registry imports this module

            takes = ", ".join(f.model_type for f in FAMILIES.values() if f.video)
            raise BadRequest(
                f"{count} video(s) sent to a {self.model_type} model, which does not take video here; "
                f"video works with {takes}. Drop data.video_key's column or train one of those families"
            )

    def vision_parameters(self, model) -> list[tuple[str, torch.nn.Parameter]]:
        """The (name, parameter) pairs of the vision tower inside `model`."""
        prefixes = tuple(m + "." for m in self.vision_modules)
        return [(n, p) for n, p in model.named_parameters() if n.startswith(prefixes)]


# The Qwen vision-language tokens (Qwen2-VL to Qwen3.5 share them).
QWEN_PLACEHOLDERS = ("<|image_pad|>", "<|video_pad|>", "<|vision_start|>", "<|vision_end|>", "<|vision_pad|>")

# Stacked language-model weights of vLLM's Qwen2/Qwen3 decoders (qwen2.py, qwen3.py load_weights).
QWEN_TEXT_STACKED = (
    ("language_model.model.", ".q_proj", ".qkv_proj", "q"),
    ("language_model.model.", ".k_proj", ".qkv_proj", "k"),
    ("language_model.model.", ".v_proj", ".qkv_proj", "v"),
    ("language_model.model.", ".gate_proj", ".gate_up_proj", 0),
    ("language_model.model.", ".up_proj", ".gate_up_proj", 1),
)
