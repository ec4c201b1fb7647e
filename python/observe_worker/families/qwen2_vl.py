"""Qwen2-VL (Qwen/Qwen2-VL-2B-Instruct).

vLLM (vllm/model_executor/models/qwen2_vl.py): the same prefixes as Qwen2.5-VL;
its vision tower keeps the Hugging Face attn.qkv and mlp.fc1/fc2 as they are,
so only the Qwen2 language model fuses weights.
"""

from .base import QWEN_PLACEHOLDERS, QWEN_TEXT_STACKED, Family, VllmNames
from .qwen2_5_vl import QWEN_VL_PREFIXES

FAMILY = Family(
    model_type="qwen2_vl",
    model_class="Qwen2VLForConditionalGeneration",
    placeholders=QWEN_PLACEHOLDERS,
    vision_modules=("model.visual",),
    mrope=True,
    video=True,
    qwen2_decoder=True,
    vllm=VllmNames(prefixes=QWEN_VL_PREFIXES, stacked=QWEN_TEXT_STACKED),
)
