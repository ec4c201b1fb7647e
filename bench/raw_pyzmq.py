"""Raw pyzmq baseline for bench/transport.ts: the same traffic with no bridge.

Two processes, as with the real controller and worker: this one binds a ROUTER
(the controller's role) and starts a copy of itself that connects a DEALER (the
worker's role) over ipc:// in a private temporary directory. No protobuf, no
threads: the DEALER answers each message from its one thread.

- RPC: a 16-byte request frame, a 16-byte reply; sequential; per-call times in ms.
- bulk: a 16-byte header frame plus one payload frame of `size` bytes, answered by
  a 16-byte ack; `iters` messages with at most `window` unanswered (1 = sequential).
Both sides use copy=False (zero-copy sends and receives), the best pyzmq offers.

With --serve (how bench/transport.ts runs it, so that the two are measured in
alternating rounds under the same machine load) it reads one JSON command per
line on stdin and answers one JSON line on stdout:

    {"op": "rpc", "iters": 500}                            -> {"times_ms": [...]}
    {"op": "bulk", "size": 1048576, "iters": 64, "window": 1} -> {"seconds": 0.05}
    {"op": "quit"}

Without --serve it runs a default schedule and prints a JSON summary:

    .venv/bin/python bench/raw_pyzmq.py
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import zmq

REQUEST = b"rpc-request-0000"  # about the size of a small protobuf Envelope
ACK = b"ack-reply-000000"
QUIT = b"quit"


def _exit_when_stdin_closes() -> None:
    """No orphans: the parent holds our stdin open; EOF means it is gone."""
    try:
        while os.read(sys.stdin.fileno(), 4096):
            pass
    finally:
        os._exit(4)


def dealer(endpoint: str) -> int:
    """The worker's role: answer every message with a small ack, exit on QUIT."""
    threading.Thread(target=_exit_when_stdin_closes, daemon=True).start()
    ctx = zmq.Context()
    sock = ctx.socket(zmq.DEALER)
    sock.setsockopt(zmq.LINGER, 0)
    sock.setsockopt(zmq.ROUTING_ID, b"raw-dealer")
    sock.connect(endpoint)
    sock.send(b"hello")
    try:
        while True:
            frames = sock.recv_multipart(copy=False)
            if frames[0].bytes == QUIT:
                break
            sum(len(f.buffer) for f in frames[1:])  # look at the payloads as a handler would
            sock.send(ACK)
    finally:
        sock.close(linger=0)
        ctx.term()
    return 0


class Controller:
    """The controller's role: a ROUTER and the DEALER process it started."""

    def __init__(self) -> None:
        self.run_dir = tempfile.mkdtemp(prefix="observe-raw-pyzmq-")
        os.chmod(self.run_dir, 0o700)
        endpoint = f"ipc://{self.run_dir}/raw.sock"
        self.ctx = zmq.Context()
        self.router = self.ctx.socket(zmq.ROUTER)
        self.router.setsockopt(zmq.LINGER, 0)
        self.router.setsockopt(zmq.ROUTER_MANDATORY, 1)
        self.router.setsockopt(zmq.SNDHWM, 0)
        self.router.setsockopt(zmq.RCVHWM, 0)
        self.router.bind(endpoint)
        # stdin=PIPE: the child's stdin closes when we go (however we go), and it then exits.
        self.child = subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--role", "dealer", "--endpoint", endpoint],
            stdin=subprocess.PIPE,
        )
        if not self.router.poll(30_000):
            self.close()
            raise SystemExit("raw pyzmq: the DEALER process never connected")
        self.peer, hello = self.router.recv_multipart()
        assert hello == b"hello", hello
        self.payloads: dict[int, bytes] = {}

    def rpc(self, iters: int) -> list[float]:
        router, peer = self.router, self.peer
        times_ms = []
        for _ in range(iters):
            t0 = time.perf_counter_ns()
            router.send_multipart([peer, REQUEST])
            router.recv_multipart(copy=False)
            times_ms.append((time.perf_counter_ns() - t0) / 1e6)
        return times_ms

    def bulk(self, size: int, iters: int, window: int) -> float:
        """Seconds for `iters` one-way messages of `size` bytes, at most `window` unanswered."""
        payload = self.payloads.get(size)
        if payload is None:
            payload = self.payloads[size] = os.urandom(size)
        router, peer = self.router, self.peer
        sent = acked = 0
        t0 = time.perf_counter_ns()
        while acked < iters:
            while sent < iters and sent - acked < window:
                router.send_multipart([peer, REQUEST, payload], copy=False)
                sent += 1
            router.recv_multipart(copy=False)
            acked += 1
        return (time.perf_counter_ns() - t0) / 1e9

    def close(self) -> None:
        try:
            if self.child.poll() is None:
                self.router.send_multipart([self.peer, QUIT])
                self.child.wait(timeout=5)
        except Exception:
            pass
        finally:
            if self.child.poll() is None:
                self.child.kill()
                self.child.wait()
            self.router.close(linger=0)
            self.ctx.term()
            shutil.rmtree(self.run_dir, ignore_errors=True)


def versions() -> dict:
    return {
        "python_version": sys.version.split()[0],
        "pyzmq_version": zmq.__version__,
        "libzmq_version": zmq.zmq_version(),
    }


def serve(ctl: Controller) -> None:
    print(json.dumps({"ready": True, **versions()}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd["op"] == "rpc":
            out = {"times_ms": ctl.rpc(int(cmd["iters"]))}
        elif cmd["op"] == "bulk":
            out = {"seconds": ctl.bulk(int(cmd["size"]), int(cmd["iters"]), int(cmd["window"]))}
        elif cmd["op"] == "quit":
            break
        else:
            out = {"error": f"unknown op {cmd['op']!r}"}
        print(json.dumps(out), flush=True)


def standalone(ctl: Controller) -> None:
    times = sorted(ctl.rpc(2200)[200:])
    result = {**versions(), "rpc_p50_ms": statistics.median(times), "rpc_p99_ms": times[int(0.99 * (len(times) - 1))]}
    for size in (1 << 20, 4 << 20, 16 << 20):
        iters = max(8, (256 << 20) // size)
        for name, window in (("gbps", 1), ("pipelined_gbps", 4)):
            ctl.bulk(size, iters, window)
            rounds = [size * iters / ctl.bulk(size, iters, window) / 1e9 for _ in range(5)]
            result[f"{name}_{size >> 20}mib"] = statistics.median(rounds)
    print(json.dumps(result, indent=2))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--role", choices=["controller", "dealer"], default="controller")
    parser.add_argument("--endpoint", help="(dealer role) the ROUTER endpoint to connect to")
    parser.add_argument("--serve", action="store_true", help="take commands on stdin (see above)")
    args = parser.parse_args()
    if args.role == "dealer":
        return dealer(args.endpoint)
    ctl = Controller()
    try:
        serve(ctl) if args.serve else standalone(ctl)
    finally:
        ctl.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
