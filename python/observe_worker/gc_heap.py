"""Python's cyclic garbage collector, kept off the loaded model.

A loaded model is hundreds of thousands of Python objects (modules, parameters, the processor,
the optimizer's state dicts, the libraries behind them), and they live until the next
load_model. CPython's full (generation 2) collection walks every one of them, so once in a while
a training step stalled: in the worker over the bridge on the tiny bench model (423,000 tracked
objects), one full collection in ~16 s of steps took 183 ms, half a step, to find 2,372 objects
of garbage. After a load the worker collects once and freezes what is left (`gc.freeze()`): the
collector skips frozen objects, so later collections walk only what the steps made. vLLM does the
same once its engine is up (vllm/utils/gc_utils.py, freeze_gc_heap).

Freezing changes nothing for objects freed by reference counting, which is almost all of them.
Reference cycles among frozen objects are only found after `release`, which the worker calls
before it loads the next model, so a replaced model is freed in full.
"""

from __future__ import annotations

import gc


def freeze() -> None:
    """Collect, then move every tracked object into the permanent generation."""
    gc.collect()  # garbage frozen now would never be collected
    gc.freeze()


def release() -> None:
    """Make frozen objects collectable again and collect: what a dropped model held is freed now."""
    gc.unfreeze()
    gc.collect()
