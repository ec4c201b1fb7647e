"""Model families: everything that differs between the vision-language models the worker trains.

One small module per family describes it as a `Family` (base.py): the
transformers class, vision placeholder tokens, position ids (M-RoPE or 1-D),
the vision tower's modules and vLLM's weight names. The registry maps a
checkpoint's config.json `model_type` to its family; policy, scoring, update,
checkpoint and vLLM code ask the family and hold no family branches.
"""

from __future__ import annotations

from . import internvl, qwen2_5_vl, qwen2_vl, qwen3_5, qwen3_vl, qwen3_vl_moe
from .base import Family, VllmNames

__all__ = ["FAMILIES", "DEFAULT", "Family", "VllmNames", "lookup", "of_model", "supported"]

FAMILIES: dict[str, Family] = {
    f.model_type: f
    for f in (qwen2_5_vl.FAMILY, qwen2_vl.FAMILY, qwen3_vl.FAMILY, qwen3_vl_moe.FAMILY, qwen3_5.FAMILY, internvl.FAMILY)
}
DEFAULT = FAMILIES["qwen2_5_vl"]


def supported() -> str:
    return ", ".join(FAMILIES)


def lookup(model_type) -> Family | None:
    return FAMILIES.get(model_type) if isinstance(model_type, str) else None


def of_model(model) -> Family:
    """The family of a loaded model (its config's model_type, checked when the directory was)."""
    family = lookup(model.config.model_type)
    if family is None:
        raise ValueError(f"model_type {model.config.model_type!r} is not supported; supported: {supported()}")
    return family
