"""host_malloc.keep_freed_memory: a step's worth of tensor memory is reused, not faulted in again."""

import json
import subprocess
import sys

import pytest

from observe_worker import host_malloc

# Bursts of tensors of mixed sizes (256 KB to 6 MB, 170 MB in all), as a training step allocates and frees
# them: glibc unmaps or trims what each burst freed, so the next one faults its pages in again.
BURSTS = """
import json, resource, sys, torch
if sys.argv[1] == "keep":
    from observe_worker import host_malloc
    assert host_malloc.keep_freed_memory()
def burst(count):
    xs = [torch.ones(n) for n in [1 << 16, 1 << 18, 1 << 20, 3 << 19] * count]
    del xs
burst(15)
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for i in range(10):
    burst(15 if i % 2 else 4)
print(json.dumps(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before))
"""


def faults(mode: str) -> int:
    env = {"PATH": "/usr/bin:/bin", "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", BURSTS, mode], capture_output=True, text=True, env=env, check=True,
                         cwd=host_malloc.__file__.rsplit("/observe_worker/", 1)[0])
    return json.loads(out.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_freed_tensor_memory_is_reused():
    default, kept = faults("default"), faults("keep")
    assert default > 20_000, default  # measured ~42,000
    assert kept * 10 < default, (default, kept)  # measured ~1,300


def test_a_users_own_setting_wins(monkeypatch):
    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "131072")
    assert host_malloc.keep_freed_memory() is False
