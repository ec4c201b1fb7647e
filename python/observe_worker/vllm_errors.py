"""Errors of the vLLM rollout engine (vllm_engine.py), kept apart so that they import without torch or vLLM."""

from __future__ import annotations

from .errors import BadRequest, WorkerError

INSTALL_HINT = (
    "install the GPU extra in a CUDA environment (`pip install -e 'python[gpu]'`), "
    "or set worker.rollout.engine=hf to generate with the Hugging Face model instead"
)


class VllmUnavailable(BadRequest):
    """worker.rollout.engine=vllm was asked for where vLLM cannot run: it is not installed, or no CUDA GPU is visible."""


class VllmRolloutError(WorkerError):
    """vLLM ran but returned something the worker cannot use (an aborted request, missing log-probs, unknown weights)."""
