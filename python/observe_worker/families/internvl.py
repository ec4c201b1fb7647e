"""InternVL in the Hugging Face layout (model_type internvl, e.g. OpenGVLab/InternVL3-1B-hf).

Unlike Qwen: each image becomes <img> + image_seq_length <IMG_CONTEXT> tokens per
448-pixel tile + </img> (the processor tiles the image, no grid), positions are
plain 1-D, and the vision tower is an InternViT plus a separate projector
(model.vision_tower, model.multi_modal_projector). The language model is Qwen2.
vLLM (registry: InternVLForConditionalGeneration -> interns1.py
InternS1ForConditionalGeneration): hf_to_vllm_mapper moves model.language_model.,
model.vision_tower., model.multi_modal_projector. and lm_head.; its vision
tower keeps q/k/v separate, the Qwen2 language model fuses as usual.
"""

import torch

from .base import QWEN_TEXT_STACKED, Family, VllmNames


def _blank_tile(vision_config, device: torch.device) -> dict[str, torch.Tensor]:
    """One black tile at the vision tower's image size ([1, C, H, W]): InternViT takes whole tiles, not patches."""
    size = vision_config.image_size
    height, width = (size, size) if isinstance(size, int) else size
    return {"pixel_values": torch.zeros((1, vision_config.num_channels, height, width), device=device)}


FAMILY = Family(
    model_type="internvl",
    model_class="InternVLForConditionalGeneration",
    placeholders=("<IMG_CONTEXT>", "<img>", "</img>", "<video>"),
    vision_modules=("model.vision_tower", "model.multi_modal_projector"),
    mrope=False,
    pixel_range=False,  # 448-pixel tiles, up to the processor's max_patches: min/max_pixels do not apply
    blank_image=_blank_tile,
    vllm=VllmNames(
        prefixes=(
            ("lm_head.", "language_model.lm_head."),
            ("model.language_model.", "language_model.model."),
            ("model.vision_tower.", "vision_tower."),
            ("model.multi_modal_projector.", "multi_modal_projector."),
        ),
        stacked=QWEN_TEXT_STACKED,
    ),
)
