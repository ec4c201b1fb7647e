"""Qwen2.5-VL (Qwen/Qwen2.5-VL-3B-Instruct): the family the project started with.

vLLM names (vllm/model_executor/models/qwen2_5_vl.py, 0.32.0 and 0.33.0):
Qwen2_5_VLForConditionalGeneration.hf_to_vllm_mapper's prefixes; the vision
tower fuses attn.q/k/v into attn.qkv and mlp.gate/up into mlp.gate_up_proj
(Qwen2_5_VisionTransformer.hf_to_vllm_mapper), the language model is Qwen2's.
"""

from .base import QWEN_PLACEHOLDERS, QWEN_TEXT_STACKED, Family, VllmNames

# transformers >= 4.52 names first, then the original checkpoint names.
QWEN_VL_PREFIXES = (
    ("model.language_model.", "language_model.model."),
    ("model.visual.", "visual."),
    ("lm_head.", "language_model.lm_head."),
    ("model.", "language_model.model."),
)

FAMILY = Family(
    model_type="qwen2_5_vl",
    model_class="Qwen2_5_VLForConditionalGeneration",
    placeholders=QWEN_PLACEHOLDERS,
    vision_modules=("model.visual",),
    mrope=True,
    video=True,
    qwen2_decoder=True,
    vllm=VllmNames(
        prefixes=QWEN_VL_PREFIXES,
        stacked=QWEN_TEXT_STACKED + (
            ("visual.", ".attn.q.", ".attn.qkv.", "q"),
            ("visual.", ".attn.k.", ".attn.qkv.", "k"),
            ("visual.", ".attn.v.", ".attn.qkv.", "v"),
            ("visual.", ".mlp.gate_proj.", ".mlp.gate_up_proj.", 0),
            ("visual.", ".mlp.up_proj.", ".mlp.gate_up_proj.", 1),
        ),
    ),
)
