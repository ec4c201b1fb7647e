"""FSDP2 for the policy: how the model is sharded, called, saved and loaded across ranks.

Units: each language-model decoder layer is its own FSDP2 unit; the root unit
holds the rest (embeddings, vision tower, final norm, LM head). The vision
tower stays in the root on purpose: a rank whose micro-batch has no image
skips it, and a unit skipped on one rank but run on another would deadlock.

State dicts go through torch.distributed.checkpoint's full-state API, in one
format for one process and for N, so a checkpoint written by N ranks loads
into M (the model in the Hugging Face layout, the optimizer keyed by parameter
names).
"""

from __future__ import annotations

import inspect
import types

import torch
from torch.distributed.checkpoint.state_dict import (
    StateDictOptions,
    get_model_state_dict,
    get_optimizer_state_dict,
    set_model_state_dict,
    set_optimizer_state_dict,
)

from .distributed import World

_FULL = StateDictOptions(full_state_dict=True, cpu_offload=True)


def shard(model, world: World, *, compute_dtype: torch.dtype, offload_params: bool) -> None:
    """Shard `model` in place over all ranks (FSDP2 `fully_shard`), moving it to this rank's device."""
    from torch.distributed.device_mesh import init_device_mesh
    from torch.distributed.fsdp import CPUOffloadPolicy, MixedPrecisionPolicy, OffloadPolicy, fully_shard

    device = world.device()
    mesh = init_device_mesh(device.type, (world.size,))
    param_dtype = next(model.parameters()).dtype
    # float32 master weights, bf16 compute: gather in bf16, reduce gradients in float32.
    mp = MixedPrecisionPolicy(param_dtype=compute_dtype, reduce_dtype=torch.float32) \
        if compute_dtype != param_dtype else MixedPrecisionPolicy()
    # Pinned host memory needs CUDA; on CPU ranks the offload path still runs (the same code as on GPUs).
    offload = CPUOffloadPolicy(pin_memory=device.type == "cuda") if offload_params else OffloadPolicy()
    for layer in model.model.language_model.layers:
        fully_shard(layer, mesh=mesh, mp_policy=mp, offload_policy=offload)
    fully_shard(model, mesh=mesh, mp_policy=mp, offload_policy=offload)


def install_forward(model, family) -> None:
    """Give `model` an `observe_forward(pick, head=None, **inputs)` method: hidden states -> logits at the
    picked positions, or whatever `head(lm_head, picked_hidden)` makes of them (a tensor, or a tuple whose
    first item carries the gradient).

    The policy calls the inner language model and applies the LM head only where
    it needs logits (a full-vocabulary logits tensor per position would dominate
    memory). Routing that through one method on the root module, registered with
    FSDP2, makes the root's parameters (the LM head's among them) gathered for it;
    without FSDP it is a plain method. The KV cache goes in as `cache=`, whatever the
    installed transformers calls it.
    """
    from torch.distributed.fsdp import register_fsdp_forward_method

    def observe_forward(self, pick, head=None, **inputs):
        if "cache" in inputs and cache_kwarg != "cache":
            inputs[cache_kwarg] = inputs.pop("cache")
        hidden = self.model(**inputs).last_hidden_state
        out = head(self.lm_head, pick(hidden)) if head is not None else self.lm_head(pick(hidden))
        if sharded and inputs.get("pixel_values") is None and inputs.get("pixel_values_videos") is None \
                and torch.is_grad_enabled():
            zero = _unused_vision_tower(self, family)
            out = out + zero if isinstance(out, torch.Tensor) else (out[0] + zero, *out[1:])
        return out

    from torch.distributed.fsdp import FSDPModule

    sharded = isinstance(model, FSDPModule)
    # Callers pass the KV cache as `cache`, transformers' name since 5.2x; older releases (the vLLM lane's 5.19)
    # call it past_key_values, which 5.40 drops.
    cache_kwarg = "cache" if "cache" in inspect.signature(model.model.forward).parameters else "past_key_values"
    model.observe_forward = types.MethodType(observe_forward, model)
    register_fsdp_forward_method(model, "observe_forward")  # a no-op when the model is not sharded


def _unused_vision_tower(model, family) -> torch.Tensor:
    """Zero, computed through the vision tower on the family's smallest blank image.

    FSDP2 reduce-scatters the gradients of a unit's parameters together; on a rank
    whose micro-batch has no image the vision tower gets no gradient and the
    reduce-scatter would not match the other ranks'. This gives it zero gradients.
    """
    device = next(model.lm_head.parameters()).device
    out = model.model.get_image_features(**family.blank_image(model.config.vision_config, device)).pooler_output
    return sum(t.sum() for t in out) * 0.0


def full_model_state(model) -> dict[str, torch.Tensor]:
    """The whole model's state dict on CPU: on every rank without FSDP, on rank 0 only with it (others get {})."""
    state = get_model_state_dict(model, options=_FULL)
    if getattr(model.config.get_text_config(), "tie_word_embeddings", False):
        state.pop("lm_head.weight", None)  # the same tensor as the input embeddings; Hugging Face saves it once
    return state


def _from_rank0(model, **options) -> StateDictOptions:
    """Loading a full state: with FSDP2 rank 0 alone holds it (the others pass {}) and broadcasts it
    tensor by tensor; each rank keeps its shard."""
    from torch.distributed.fsdp import FSDPModule

    return StateDictOptions(full_state_dict=True, broadcast_from_rank0=isinstance(model, FSDPModule), **options)


def check_full_state(model, optimizer, state: dict, opt_state: dict | None, path: str) -> None:
    """Raise CheckpointError unless full states `state` / `opt_state` fit `model` and `optimizer`.

    torch's loaders find a misfit too, but under broadcast_from_rank0 on rank 0 alone,
    mid-broadcast, with the other ranks waiting for tensors that never come.
    """
    from .errors import CheckpointError

    shapes = {k: tuple(v.shape) for k, v in model.state_dict().items()}  # DTensors: the global shapes
    wrong = [k for k, v in state.items() if k in shapes and tuple(v.shape) != shapes[k]]
    missing = [k for k in shapes if k not in state]
    if wrong or missing:
        k = (wrong or missing)[0]
        raise CheckpointError(
            f"checkpoint {path}: weights do not fit this model ({len(wrong)} mis-shaped, {len(missing)} missing, "
            f"e.g. {k}: {tuple(state[k].shape) if k in state else 'missing'} where the model has {shapes[k]})"
        )
    if opt_state is None:
        return
    names = {name for name, p in model.named_parameters() if p.requires_grad}
    saved = {n for group in opt_state.get("param_groups", []) for n in group.get("params", [])}
    if saved - names:
        odd = sorted(saved - names)
        raise CheckpointError(
            f"checkpoint {path}: the optimizer state does not fit this model (it holds {len(odd)} parameters "
            f"this model does not train, e.g. {odd[0]}); delete its optimizer file to resume with a fresh optimizer"
        )


def load_full_model_state(model, state: dict[str, torch.Tensor]) -> None:
    """Load a full (unsharded) state dict (see _from_rank0). Call on every rank."""
    set_model_state_dict(model, state, options=_from_rank0(model, strict=True))


def full_optimizer_state(model, optimizer) -> dict:
    """The optimizer state keyed by parameter names, unsharded, on CPU (rank 0 only with FSDP)."""
    return get_optimizer_state_dict(model, optimizer, options=_FULL)


def load_full_optimizer_state(model, optimizer, state: dict) -> None:
    """Load a full optimizer state keyed by parameter names (see _from_rank0). Call on every rank."""
    set_optimizer_state_dict(model, optimizer, optim_state_dict=state, options=_from_rank0(model))


def local_value(t) -> torch.Tensor:
    """A DTensor's full value (a replicated norm, for instance); plain tensors pass through."""
    return t.full_tensor() if hasattr(t, "full_tensor") else t
