"""Qwen3.5 (model_type qwen3_5, e.g. Qwen/Qwen3.5-27B): natively multimodal, hybrid attention.

Its language model interleaves Gated DeltaNet (linear attention) layers with
full attention; the vision tower and M-RoPE positions are Qwen3-VL's.
vLLM (vllm/model_executor/models/qwen3_5.py): Qwen3_5ForConditionalGeneration
takes Qwen3-VL's prefixes (and drops "mtp."); Qwen3_5Model fuses the linear
attention's in_proj_qkv/in_proj_z into in_proj_qkvz and in_proj_b/in_proj_a into
in_proj_ba, on top of Qwen3-Next's q/k/v and gate/up fusion.
"""

from .base import QWEN_PLACEHOLDERS, QWEN_TEXT_STACKED, Family, VllmNames
from .qwen3_vl import QWEN3_VISION_STACKED, QWEN3_VL_PREFIXES

FAMILY = Family(
    model_type="qwen3_5",
    model_class="Qwen3_5ForConditionalGeneration",
    placeholders=QWEN_PLACEHOLDERS,
    vision_modules=("model.visual",),
    mrope=True,
    video=True,
    # Measured on the tiny checkpoint: packed log-probs differ from padded by 7e-4.
    packing_problem=(
        "its Gated DeltaNet (linear-attention) layers run a packed sequence as one convolution and recurrence (transformers' "
        "torch kernels take no sequence boundaries), so each row's state leaks into the next"
    ),
    vllm=VllmNames(
        prefixes=QWEN3_VL_PREFIXES,
        stacked=QWEN_TEXT_STACKED + QWEN3_VISION_STACKED + (
            ("language_model.model.", ".in_proj_qkv", ".in_proj_qkvz", (0, 1, 2)),
            ("language_model.model.", ".in_proj_z", ".in_proj_qkvz", 3),
            ("language_model.model.", ".in_proj_b", ".in_proj_ba", 0),
            ("language_model.model.", ".in_proj_a", ".in_proj_ba", 1),
        ),
    ),
)
