"""Memory savers for one GPU, as EasyR1's `offload` options: keep state in CPU memory between uses.

- offload_params: the policy's weights live on the CPU and visit the GPU for each request.
- offload_optimizer: AdamW's moments live on the CPU and visit the GPU for each optimizer step.
- offload_reference: the frozen reference visits the GPU only to score.

The GPU memory they free goes to the rollout engine (vLLM's KV cache) between
steps, at the price of host-device copies. On a CPU device they do nothing.
Under FSDP2 the same options become FSDP2's CPUOffloadPolicy (sharding.py).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class OffloadSettings:
    offload_params: bool = False
    offload_optimizer: bool = False
    offload_reference: bool = False


@contextlib.contextmanager
def resident(module: torch.nn.Module | None, device: torch.device, offloaded: bool):
    """Have `module` on `device` inside the block; back to the CPU after it when `offloaded`."""
    if module is None or not offloaded or device.type == "cpu":
        yield
        return
    module.to(device)  # Parameter objects are kept, so the optimizer still refers to them
    try:
        yield
    finally:
        module.to("cpu")
        torch.cuda.empty_cache()


def move_optimizer_state(optimizer: torch.optim.Optimizer, device: torch.device | str) -> None:
    for state in optimizer.state.values():
        for key, value in state.items():
            if isinstance(value, torch.Tensor) and key != "step":  # AdamW keeps `step` on the CPU
                state[key] = value.to(device, non_blocking=True)


@contextlib.contextmanager
def optimizer_resident(optimizer: torch.optim.Optimizer, device: torch.device, offloaded: bool):
    """Have the optimizer's state on `device` for the step; back to the CPU after it when `offloaded`."""
    if not offloaded or device.type == "cpu":
        yield
        return
    move_optimizer_state(optimizer, device)
    try:
        yield
    finally:
        move_optimizer_state(optimizer, "cpu")
        torch.cuda.empty_cache()
