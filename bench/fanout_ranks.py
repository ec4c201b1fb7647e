"""Run under torchrun by bench/fanout.ts: time distributed.broadcast_request, rank 0 -> all ranks.

Every request that touches the model goes through it under torchrun, so its
cost is added to each such request. Prints one JSON line (rank 0).
"""

from __future__ import annotations

import json
import statistics
import sys
import time

from observe_worker import distributed

SIZES_MIB = (0, 1, 4, 16)
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20


def main() -> None:
    world = distributed.init_from_env()
    results = {"world_size": world.size}
    for mib in SIZES_MIB:
        frames = [b"h" * 200, b"x" * (mib << 20)] if world.is_main else None
        times = []
        for i in range(ROUNDS + 2):
            t0 = time.perf_counter()
            got = distributed.broadcast_request(frames)
            distributed.all_reduce_max(0.0)  # the time until the last rank has the request
            if i >= 2:  # warm-up
                times.append(time.perf_counter() - t0)
            assert len(got[1]) == mib << 20
        med = statistics.median(times)
        results[f"{mib}MiB"] = {"median_ms": med * 1e3, "gbps": (mib << 20) / med / 1e9 if mib else None}
    distributed.broadcast_request([])
    if world.is_main:
        print(json.dumps(results))
    distributed.shutdown()


if __name__ == "__main__":
    main()
