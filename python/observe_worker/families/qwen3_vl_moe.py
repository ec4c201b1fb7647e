"""Qwen3-VL mixture of experts (Qwen/Qwen3-VL-30B-A3B-Instruct).

The router's load-balancing loss is not part of the RL loss. transformers adds
it only in Qwen3VLMoeForConditionalGeneration.forward, when output_router_logits
is set and labels are given; the policy never calls that forward (it runs the
inner model and the LM head itself, sharding.install_forward), and `prepare`
switches output_router_logits off so the router logits are not even recorded.
verl does the same (its Megatron config sets moe_router_load_balancing_type
"none"; its FSDP actor reads logits only): RL steps are small, and a
balancing term would move the routing away from what the rollout sampled.

vLLM (vllm/model_executor/models/qwen3_vl_moe.py): Qwen3-VL's names; the fused
experts are read in the checkpoint layout (is_fused_checkpoint_transposed),
which transformers 5 transposes on load (conversion_mapping.py "qwen3_vl_moe"),
so weight sync transposes them back.
"""

from .base import QWEN_PLACEHOLDERS, QWEN_TEXT_STACKED, Family, VllmNames
from .qwen3_vl import QWEN3_VISION_STACKED, QWEN3_VL_PREFIXES


def _no_router_outputs(model) -> None:
    model.config.get_text_config().output_router_logits = False


FAMILY = Family(
    model_type="qwen3_vl_moe",
    model_class="Qwen3VLMoeForConditionalGeneration",
    placeholders=QWEN_PLACEHOLDERS,
    vision_modules=("model.visual",),
    mrope=True,
    video=True,
    vllm=VllmNames(
        prefixes=QWEN3_VL_PREFIXES,
        stacked=QWEN_TEXT_STACKED + QWEN3_VISION_STACKED,
        transposed=(".mlp.experts.gate_up_proj", ".mlp.experts.down_proj"),
    ),
    prepare=_no_router_outputs,
    lora_expert_parameters=(
        ("gate_proj", "mlp.experts.gate_up_proj"), ("up_proj", "mlp.experts.gate_up_proj"),
        ("down_proj", "mlp.experts.down_proj"),
    ),
)
