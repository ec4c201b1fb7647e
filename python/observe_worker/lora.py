"""LoRA adapters (through peft) on the policy's model.

The adapters are injected into the policy's model in place, so the policy keeps
calling the same Hugging Face modules; only the adapter weights require grad.
The reference policy is the same model with the adapters switched off
(`LoraAdapter.disabled()`), so no second copy is held.

Checkpoint layout with LoRA (written by Policy.save_checkpoint):

    ckpt/                      the merged model (base + adapters) in HF layout, processor, optimizer.pt
    ckpt/adapter/              the adapter alone, peft layout (adapter_config.json, adapter_model.safetensors)

The merged weights are computed out of place (W + scale * B @ A per adapted layer),
so saving never touches the base weights being trained around.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from dataclasses import dataclass, field

import torch

from . import families
from .errors import BadRequest, CheckpointError, ModelLoadError

__all__ = ["DEFAULT_TARGET_MODULES", "ADAPTER_DIR", "LoraSettings", "LoraAdapter"]

# The config's default (worker.actor.lora.target_modules): every linear layer outside the vision tower and the
# output head, whatever the family calls it (Qwen3.5's linear-attention in_proj_*/out_proj too), and fused MoE experts.
DEFAULT_TARGET_MODULES = ("all-linear",)
ADAPTER_DIR = "adapter"
_ADAPTER_WEIGHTS = "adapter_model.safetensors"
_ADAPTER_CONFIG = "adapter_config.json"


@dataclass
class LoraSettings:
    """rank >= 1; alpha None means 2 * rank; target_modules are module-name suffixes, or ["all-linear"]."""

    rank: int
    alpha: float | None = None
    target_modules: list[str] = field(default_factory=lambda: list(DEFAULT_TARGET_MODULES))
    dropout: float = 0.0
    freeze_vision_tower: bool = True

    def validated(self) -> "LoraSettings":
        if int(self.rank) != self.rank or self.rank < 1:
            raise BadRequest(f"lora rank must be an integer >= 1, got {self.rank}")
        alpha = 2.0 * self.rank if self.alpha is None else float(self.alpha)
        if not alpha > 0:
            raise BadRequest(f"lora alpha must be > 0, got {self.alpha}")
        if not 0.0 <= self.dropout < 1.0:
            raise BadRequest(f"lora dropout must be in [0, 1), got {self.dropout}")
        targets = [t.strip() for t in (self.target_modules or DEFAULT_TARGET_MODULES) if t and t.strip()]
        if not targets:
            targets = list(DEFAULT_TARGET_MODULES)
        return LoraSettings(int(self.rank), alpha, targets, float(self.dropout), bool(self.freeze_vision_tower))


def _peft():
    try:
        import peft
    except ImportError as exc:  # pragma: no cover - peft is a dependency of the worker
        raise ModelLoadError(
            "LoRA needs the peft package, which is not installed in this Python environment; "
            "run `pip install -e python` (or `pip install peft`)"
        ) from exc
    return peft


class LoraAdapter:
    """The peft wrapper around a policy model whose layers carry one LoRA adapter ("default")."""

    def __init__(self, peft_model, settings: LoraSettings):
        self.peft_model = peft_model
        self.settings = settings

    @classmethod
    def attach(cls, model, settings: LoraSettings) -> "LoraAdapter":
        """Inject adapters into `model` in place and freeze everything else."""
        peft = _peft()
        s = settings.validated()
        family = families.of_model(model)
        # The family's vision tower gets no adapters (and stays frozen) unless asked.
        vision = "|".join(re.escape(m) for m in family.vision_modules)
        exclude = rf"({vision})(\..*)?" if s.freeze_vision_tower else None
        all_linear = [t.lower() for t in s.target_modules] == ["all-linear"]
        targets = "all-linear" if all_linear else list(s.target_modules)
        # MoE experts are fused parameters that all-linear does not see; they follow the projections they fuse.
        experts = sorted({param for fused, param in family.lora_expert_parameters if all_linear or fused in targets})
        config = peft.LoraConfig(
            r=s.rank,
            lora_alpha=s.alpha,
            lora_dropout=s.dropout,
            target_modules=targets,
            target_parameters=experts or None,
            exclude_modules=exclude,
            bias="none",
        )
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", FutureWarning)  # peft asks transformers a deprecated question
                peft_model = peft.get_peft_model(model, config)
        except ValueError as exc:
            raise BadRequest(
                f"lora target_modules {s.target_modules}: {exc}. Name module-name suffixes of linear layers, "
                "such as q_proj, v_proj, gate_proj, or all-linear"
            ) from exc
        adapter = cls(peft_model, s)
        if s.freeze_vision_tower:
            for _, p in family.vision_parameters(model):
                p.requires_grad_(False)
        return adapter

    # ---------------------------------------------------------------- views

    def layers(self):
        """(name, lora layer) pairs, names relative to the policy's HF model."""
        from peft.tuners.lora import LoraLayer

        base = self.peft_model.base_model.model
        return [(name, m) for name, m in base.named_modules() if isinstance(m, LoraLayer)]

    def trainable_parameters(self) -> list[torch.nn.Parameter]:
        return [p for p in self.peft_model.parameters() if p.requires_grad]

    def info(self) -> dict:
        s = self.settings
        return {
            "rank": s.rank, "alpha": s.alpha, "target_modules": list(s.target_modules), "dropout": s.dropout,
            "freeze_vision_tower": s.freeze_vision_tower, "adapted_modules": len(self.layers()),
            "trainable_parameters": int(sum(p.numel() for p in self.trainable_parameters())),
        }

    def disabled(self):
        """Context in which the model computes with the base weights only (the reference policy)."""
        return self.peft_model.disable_adapter()

    # ---------------------------------------------------------------- checkpoints

    @torch.no_grad()
    def merged_state_dict(self, model) -> dict[str, torch.Tensor]:
        """The state dict of `model` with every adapter folded into its base weight, under the plain HF names.

        Merged weights are new tensors (on CPU); the model and its base weights are not modified.
        """
        lora = dict(self.layers())
        out: dict[str, torch.Tensor] = {}
        for key, value in model.state_dict().items():
            owner = next((n for n in _prefixes(key) if n in lora), None)
            if owner is None or key[len(owner) + 1:].startswith("base_layer."):
                out[_plain(key)] = value
            # lora_A / lora_B / ... parameters are folded in below
        for name, layer in lora.items():
            # A Linear's adapter changes its weight; a ParamWrapper's (MoE experts) the parameter it names.
            param = getattr(layer, "parameter_name", None) or "weight"
            merged = getattr(layer.get_base_layer(), param).detach().clone()
            for adapter in layer.active_adapters:
                if adapter in layer.lora_A:
                    merged += layer.get_delta_weight(adapter).to(merged.dtype)
            out[f"{_plain(name)}.{param}"] = merged.cpu()
        return out

    def save(self, directory: str) -> None:
        """Write the adapter alone (peft layout, safetensors) into `directory`."""
        self.peft_model.save_pretrained(directory, safe_serialization=True)

    def read(self, checkpoint: str) -> dict[str, torch.Tensor]:
        """Adapter weights of checkpoint dir `checkpoint`, checked against this model. Touches nothing."""
        from peft.utils import get_peft_model_state_dict
        from safetensors.torch import load_file

        directory = os.path.join(checkpoint, ADAPTER_DIR)
        weights = os.path.join(directory, _ADAPTER_WEIGHTS)
        if not os.path.isfile(weights):
            raise CheckpointError(
                f"checkpoint {checkpoint}: {os.path.join(ADAPTER_DIR, _ADAPTER_WEIGHTS)} is missing, so it holds no "
                "LoRA adapter (it was saved without LoRA, or is incomplete); load it as the model path instead, "
                "or resume from a checkpoint saved with LoRA"
            )
        try:
            with open(os.path.join(directory, _ADAPTER_CONFIG), encoding="utf-8") as f:
                saved_rank = json.load(f).get("r")
            state = load_file(weights, device=str(next(self.peft_model.parameters()).device))
        except Exception as exc:
            raise CheckpointError(
                f"checkpoint {directory}: the adapter could not be read ({type(exc).__name__}: {exc})"
            ) from exc
        if saved_rank is not None and saved_rank != self.settings.rank:
            raise CheckpointError(
                f"checkpoint {directory}: the adapter has rank {saved_rank}, this model was loaded with lora rank "
                f"{self.settings.rank}; load the model with the same LoRA settings"
            )
        expected = get_peft_model_state_dict(self.peft_model)
        missing = sorted(set(expected) - set(state))
        extra = sorted(set(state) - set(expected))
        bad = [k for k in expected if k in state and tuple(state[k].shape) != tuple(expected[k].shape)]
        if missing or extra or bad:
            what = (missing and f"missing {missing[0]}") or (extra and f"unexpected {extra[0]}") or f"mis-shaped {bad[0]}"
            raise CheckpointError(
                f"checkpoint {directory}: the adapter does not fit this model ({len(missing)} missing, {len(extra)} "
                f"unexpected, {len(bad)} mis-shaped weights, e.g. {what}); load the model with the LoRA settings "
                "the checkpoint was trained with"
            )
        return state

    @torch.no_grad()
    def load(self, state: dict[str, torch.Tensor]) -> None:
        """Copy adapter weights returned by `read` into the model."""
        from peft.utils import set_peft_model_state_dict

        set_peft_model_state_dict(self.peft_model, state)


def _plain(key: str) -> str:
    """A name without peft's `base_layer` steps (wrappers nest: experts.base_layer.base_layer.down_proj)."""
    return ".".join(part for part in key.split(".") if part != "base_layer")


def _prefixes(key: str):
    """'a.b.c.weight' -> 'a.b.c', 'a.b', 'a' (longest first)."""
    parts = key.split(".")
    for i in range(len(parts) - 1, 0, -1):
        yield ".".join(parts[:i])
