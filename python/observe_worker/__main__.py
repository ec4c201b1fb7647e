"""`python -m observe_worker --endpoint ENDPOINT`: serve one controller."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings

from . import host_malloc

# Deprecation notices addressed to the libraries' own callers (transformers telling its model code that
# `past_key_values` becomes `cache`, ...): nothing a user of the worker can act on.
LIBRARY_MODULES = r"(transformers|torch|torchvision|peft|accelerate|safetensors)(\.|$)"


def quiet_library_warnings() -> None:
    """Silences the libraries' deprecation warnings; shows every other warning once per process.

    Python's own "once per place" is not enough: each warnings.catch_warnings() (image decoding, LoRA
    loading) resets what was shown, so the same warning came back with every batch.
    """
    for category in (FutureWarning, DeprecationWarning, PendingDeprecationWarning):
        warnings.filterwarnings("ignore", category=category, module=LIBRARY_MODULES)
    shown: set[tuple[type, str]] = set()
    show = warnings.showwarning

    def once(message, category, filename, lineno, file=None, line=None):
        key = (category, str(message))
        if key not in shown:
            shown.add(key)
            show(message, category, filename, lineno, file, line)

    warnings.showwarning = once


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="observe_worker", description=__doc__)
    parser.add_argument("--endpoint", required=True, help="controller ROUTER endpoint, e.g. ipc:///run/x/ctl.sock")
    parser.add_argument("--worker-id", default=f"worker-{os.getpid()}", help="stable ZeroMQ routing id")
    parser.add_argument("--heartbeat-interval", type=float, default=1.0, help="seconds between heartbeats")
    parser.add_argument("--controller-timeout", type=float, default=30.0,
                        help="exit after this many seconds without hearing from the controller")
    parser.add_argument("--watch-stdin", action="store_true",
                        help="exit when stdin closes (set by the controller that spawns us)")
    parser.add_argument("--log-level", default=os.environ.get("OBSERVE_LOG_LEVEL", "INFO"))
    args = parser.parse_args(argv)

    logging.basicConfig(
        stream=sys.stderr, level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for a hub from a worker
    host_malloc.keep_freed_memory()  # before the first tensor: see host_malloc.py
    quiet_library_warnings()

    from . import distributed
    from .server import EXIT_GROUP_OUT_OF_STEP, CurveKeys, Server, follow, watch_stdin_and_exit

    world = distributed.init_from_env()  # under torchrun: join the group; rank 0 serves, the rest follow
    code = EXIT_GROUP_OUT_OF_STEP  # unless we return normally
    try:
        if not world.is_main:
            code = follow()
            return code
        if args.watch_stdin:
            watch_stdin_and_exit()
        server = Server(
            args.endpoint, args.worker_id, curve=CurveKeys.from_env(),
            heartbeat_interval_s=args.heartbeat_interval, controller_timeout_s=args.controller_timeout,
        )
        code = server.serve()
        return code
    finally:
        distributed.shutdown(graceful=code != EXIT_GROUP_OUT_OF_STEP)


def exit_now(code: int) -> None:
    """Leave without interpreter finalization. A torchrun rank's gloo objects can outlive
    destroy_process_group and abort the process while Python tears down
    ("terminate called without an active exception", pytorch/pytorch#179291), turning
    a finished run into a failed one; the work is done and flushed by then."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_code = main()
    if "WORLD_SIZE" in os.environ and int(os.environ["WORLD_SIZE"]) > 1:
        exit_now(exit_code)
    sys.exit(exit_code)
