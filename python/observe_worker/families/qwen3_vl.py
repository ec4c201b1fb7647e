"""Qwen3-VL, dense (Qwen/Qwen3-VL-2B-Instruct).

Positions: interleaved M-RoPE from get_rope_index, called as for Qwen2.5-VL
(transformers 5.24 gives every Qwen family the same keyword signature); the
vision tower (model.visual) includes its deepstack mergers.
vLLM (vllm/model_executor/models/qwen3_vl.py): Qwen3VLForConditionalGeneration's
prefixes (no bare "model." fallback); the vision tower fuses attn.q/k/v into
attn.qkv (Qwen3_VisionTransformer.hf_to_vllm_mapper), the language model is Qwen3's.
"""

from .base import QWEN_PLACEHOLDERS, QWEN_TEXT_STACKED, Family, VllmNames

QWEN3_VL_PREFIXES = (
    ("model.visual.", "visual."),
    ("lm_head.", "language_model.lm_head."),
    ("model.language_model.", "language_model.model."),
)
QWEN3_VISION_STACKED = (
    ("visual.", "attn.q.", "attn.qkv.", "q"),
    ("visual.", "attn.k.", "attn.qkv.", "k"),
    ("visual.", "attn.v.", "attn.qkv.", "v"),
)

FAMILY = Family(
    model_type="qwen3_vl",
    model_class="Qwen3VLForConditionalGeneration",
    placeholders=QWEN_PLACEHOLDERS,
    vision_modules=("model.visual",),
    mrope=True,
    video=True,
    vllm=VllmNames(prefixes=QWEN3_VL_PREFIXES, stacked=QWEN_TEXT_STACKED + QWEN3_VISION_STACKED),
)
