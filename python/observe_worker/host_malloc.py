"""glibc malloc settings for the worker process: keep freed tensor memory for reuse instead of
handing it back to the kernel after every op.

PyTorch's CPU tensors come from malloc. By default glibc serves blocks over a sliding
threshold (128 KB at start) with mmap and unmaps them when freed, and trims the heap top
beyond twice that, so a training step's activations are faulted in page by page, step after
step: 10,000-40,000 minor page faults and ~50 ms of system time per bench step on the tiny
model, against ~10 faults and 6-20 ms with these settings (bench workload, 2 CPU threads).
Serving blocks up to 32 MB from the heap and trimming it only past 256 MB free keeps those
pages mapped; it costs at most that much resident memory held back, and larger blocks (model
weights, big buffers) still come and go by mmap. PyTorch's performance guide suggests the same
end by swapping in jemalloc or tcmalloc; this needs no extra library.

A user's own MALLOC_MMAP_THRESHOLD_ / MALLOC_TRIM_THRESHOLD_ (glibc's environment knobs) win;
elsewhere than glibc (macOS, musl) this does nothing.
"""

from __future__ import annotations

import ctypes
import os

MMAP_THRESHOLD = 32 << 20  # glibc's ceiling for it on 64-bit
TRIM_THRESHOLD = 256 << 20
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # mallopt parameter numbers (malloc.h)


def keep_freed_memory() -> bool:
    """Apply the settings above; True when glibc took them."""
    if "MALLOC_MMAP_THRESHOLD_" in os.environ or "MALLOC_TRIM_THRESHOLD_" in os.environ:
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
