"""Offloading on one GPU: the offloaded state really waits in CPU memory, and training is unchanged by it.

Runs only where CUDA is available; elsewhere the module is skipped with the reason
(offloading is a no-op on a CPU device).
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

if not torch.cuda.is_available():
    _REASON = "test_offload_gpu: no CUDA GPU visible; offloading only moves memory on a GPU"
    print(f"SKIP {_REASON}")
    pytest.skip(_REASON, allow_module_level=True)

from observe_worker.policy import OffloadSettings, Policy, PromptInput  # noqa: E402
from recipe import adamw  # noqa: E402


def _step(policy, make_image):
    prompts = [PromptInput("", "What is shown?", [make_image(56, 56, "red")])]
    responses = [np.arange(20, 28, dtype=np.int32), np.arange(30, 35, dtype=np.int32)]
    return policy.train_step(prompts, [0, 0], responses, np.asarray([1.0, -1.0], np.float32), lr=1e-3)


def test_offloaded_policy_trains_like_a_resident_one(tiny_model_dir, make_image):
    kwargs = dict(optimizer=adamw(1e-3), seed=0, dtype="float32", load_reference=True)
    resident = Policy.load(tiny_model_dir, **kwargs)
    offloaded = Policy.load(tiny_model_dir, offload=OffloadSettings(True, True, True), **kwargs)
    assert all(p.device.type == "cpu" for p in offloaded.model.parameters())
    assert all(p.device.type == "cpu" for p in offloaded.reference.parameters())
    a, b = _step(resident, make_image), _step(offloaded, make_image)
    assert b["loss"] == pytest.approx(a["loss"], rel=1e-5)
    assert all(p.device.type == "cpu" for p in offloaded.model.parameters())
    states = [v for s in offloaded.optimizer.state.values() for k, v in s.items() if k != "step"]
    assert states and all(t.device.type == "cpu" for t in states)
    for p, q in zip(resident.model.parameters(), offloaded.model.parameters()):
        torch.testing.assert_close(p.detach().cpu(), q.detach(), atol=1e-5, rtol=0)
