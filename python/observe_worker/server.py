"""The worker's ZeroMQ side: one I/O thread, compute on the main thread.

The I/O thread owns the DEALER socket. It answers heartbeats at once (even while
the model computes), rejects undecodable requests, and queues the rest for the
main thread, which sends replies back through an inproc PAIR socket. Any request
error becomes an error reply; the worker keeps serving.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
import time
import traceback

import zmq

from . import __version__
from . import distributed
from .errors import BadRequest, WorkerError
from .handlers import Handlers
from .protocol import PROTOCOL_VERSION, Payloads, decode, encode
from .proto import observe_pb2 as pb

log = logging.getLogger("observe_worker")

_REPLIES = "inproc://observe-worker-replies"
EXIT_GROUP_OUT_OF_STEP = 5

# Requests every rank of a torchrun group runs (they touch the sharded model);
# the rest (health, tokenize, echo) rank 0 answers alone.
_ALL_RANKS = {"load_model", "generate", "log_probs", "train_step", "sft_step", "save_checkpoint", "load_checkpoint"}


class CurveKeys:
    """Client-side CURVE keys (Z85 text) for a tcp:// controller."""

    def __init__(self, server_public: str, public: str, secret: str):
        self.server_public, self.public, self.secret = server_public, public, secret

    @classmethod
    def from_env(cls) -> "CurveKeys | None":
        server = os.environ.get("OBSERVE_CURVE_SERVER_KEY")
        if not server:
            return None
        public, secret = os.environ.get("OBSERVE_CURVE_PUBLIC_KEY"), os.environ.get("OBSERVE_CURVE_SECRET_KEY")
        if not public or not secret:
            raise SystemExit(
                "OBSERVE_CURVE_SERVER_KEY is set but OBSERVE_CURVE_PUBLIC_KEY/OBSERVE_CURVE_SECRET_KEY are not: "
                "give the worker the client key pair the controller wrote into its run directory"
            )
        return cls(server, public, secret)


def _hello(worker_id: str) -> pb.Hello:
    import platform

    import torch
    import transformers

    try:
        import vllm  # noqa: F401  (optional)

        vllm_version = vllm.__version__
    except Exception:
        vllm_version = ""
    cuda = torch.cuda.is_available()
    return pb.Hello(
        protocol_version=PROTOCOL_VERSION,
        worker_id=worker_id,
        pid=os.getpid(),
        python_version=platform.python_version(),
        torch_version=torch.__version__,
        transformers_version=transformers.__version__,
        device="cuda" if cuda else "cpu",
        cuda_device_count=torch.cuda.device_count() if cuda else 0,
        vllm_version=vllm_version,
        worker_version=__version__,
        world_size=distributed.world().size,
    )


class Server:
    def __init__(
        self,
        endpoint: str,
        worker_id: str,
        *,
        curve: CurveKeys | None = None,
        heartbeat_interval_s: float = 1.0,
        controller_timeout_s: float = 30.0,
    ):
        self.endpoint = endpoint
        self.worker_id = worker_id
        self.curve = curve
        self.heartbeat_interval_s = heartbeat_interval_s
        self.controller_timeout_s = controller_timeout_s
        self.context = zmq.Context()
        self.requests: queue.Queue = queue.Queue()
        self.busy_with = ""
        self.stopping = threading.Event()
        self.accepted = threading.Event()
        self.exit_code = 0
        self.handlers = Handlers()

    # ---- I/O thread -------------------------------------------------------------

    def _connect(self) -> zmq.Socket:
        sock = self.context.socket(zmq.DEALER)
        sock.setsockopt(zmq.LINGER, 0)
        sock.setsockopt_string(zmq.ROUTING_ID, self.worker_id)
        if self.curve:
            sock.curve_serverkey = self.curve.server_public.encode()
            sock.curve_publickey = self.curve.public.encode()
            sock.curve_secretkey = self.curve.secret.encode()
        sock.connect(self.endpoint)
        return sock

    def _io_loop(self, replies_in: zmq.Socket) -> None:
        dealer = self._connect()
        dealer.send_multipart(encode(pb.Envelope(hello=_hello(self.worker_id))))
        poller = zmq.Poller()
        poller.register(dealer, zmq.POLLIN)
        poller.register(replies_in, zmq.POLLIN)
        last_heard = time.monotonic()
        last_beat = 0.0
        try:
            while not self.stopping.is_set():
                now = time.monotonic()
                if now - last_beat >= self.heartbeat_interval_s and self.accepted.is_set():
                    beat = pb.Heartbeat(unix_time=time.time(), busy_with=self.busy_with)
                    dealer.send_multipart(encode(pb.Envelope(heartbeat=beat)))
                    last_beat = now
                if now - last_heard > self.controller_timeout_s:
                    log.error(
                        "no message from the controller at %s for %.0f s; exiting",
                        self.endpoint, self.controller_timeout_s,
                    )
                    self._stop(3)
                    break
                events = dict(poller.poll(timeout=int(self.heartbeat_interval_s * 1000 / 2)))
                if replies_in in events:
                    dealer.send_multipart(replies_in.recv_multipart(copy=False), copy=False)
                if dealer in events:
                    frames = dealer.recv_multipart(copy=False)
                    last_heard = time.monotonic()
                    self._on_message(dealer, [f.buffer for f in frames])
        finally:
            dealer.close(linger=200)

    def _on_message(self, dealer: zmq.Socket, frames: list[memoryview]) -> None:
        request_id = 0
        try:
            envelope, payloads = decode(frames)
            request_id = envelope.request_id
            kind = envelope.WhichOneof("body")
            if kind == "hello_ack":
                self._on_hello_ack(envelope.hello_ack)
            elif kind == "heartbeat":
                if not envelope.is_reply:  # the controller's ping: answer now
                    beat = pb.Heartbeat(unix_time=time.time(), busy_with=self.busy_with)
                    dealer.send_multipart(encode(pb.Envelope(request_id=request_id, is_reply=True, heartbeat=beat)))
            elif kind == "shutdown":
                dealer.send_multipart(
                    encode(pb.Envelope(request_id=request_id, is_reply=True, shutdown_reply=pb.ShutdownReply()))
                )
                log.info("shutdown requested by the controller")
                self._stop(0)
            elif kind is None:
                raise BadRequest(
                    "request has no known method: the envelope body is empty or uses a field this worker "
                    f"(protocol {PROTOCOL_VERSION}) does not know; is the controller a newer version?"
                )
            elif not self.accepted.is_set():
                raise BadRequest(f"{kind} arrived before the handshake completed")
            else:
                self.requests.put((request_id, kind, envelope, payloads))
        except WorkerError as exc:
            dealer.send_multipart(encode(_error_reply(request_id, exc.type, str(exc))))
        except Exception as exc:  # never let one bad message kill the I/O thread
            dealer.send_multipart(encode(_error_reply(request_id, "InternalError", str(exc), traceback.format_exc())))

    def _on_hello_ack(self, ack: pb.HelloAck) -> None:
        if not ack.accepted:
            log.error("controller rejected this worker: %s", ack.reason)
            self._stop(2)
            return
        if ack.protocol_version != PROTOCOL_VERSION:
            log.error(
                "protocol version mismatch: controller speaks %d, worker speaks %d; install matching versions",
                ack.protocol_version, PROTOCOL_VERSION,
            )
            self._stop(2)
            return
        self.accepted.set()

    def _stop(self, code: int) -> None:
        self.exit_code = code
        self.stopping.set()
        self.requests.put(None)

    # ---- compute (main thread) ----------------------------------------------------

    def serve(self) -> int:
        replies_in = self.context.socket(zmq.PAIR)
        replies_in.bind(_REPLIES)
        replies_out = self.context.socket(zmq.PAIR)
        replies_out.connect(_REPLIES)
        io = threading.Thread(target=self._io_loop, args=(replies_in,), name="observe-io", daemon=True)
        io.start()
        log.info("worker %s (pid %d) connecting to %s", self.worker_id, os.getpid(), self.endpoint)
        while True:
            item = self.requests.get()
            if item is None:
                break
            request_id, kind, envelope, payloads = item
            self.busy_with = kind
            started = time.perf_counter()
            try:
                if distributed.world().active and kind in _ALL_RANKS:
                    distributed.broadcast_request([envelope.SerializeToString(), *payloads])
                    body, reply_frames = _handle_on_every_rank(self.handlers, kind, envelope, payloads)
                else:
                    body, reply_frames = self.handlers.handle(kind, envelope, Payloads(envelope, payloads))
                reply = pb.Envelope(request_id=request_id, is_reply=True, frames=reply_frames.frames,
                                    handler_seconds=time.perf_counter() - started)
                getattr(reply, f"{kind}_reply").CopyFrom(body)
                replies_out.send_multipart(encode(reply, reply_frames.payloads), copy=False)
            except WorkerError as exc:
                log.warning("%s failed: %s", kind, exc)
                replies_out.send_multipart(encode(_error_reply(request_id, exc.type, str(exc))))
            except Exception as exc:
                log.exception("%s failed", kind)
                replies_out.send_multipart(
                    encode(_error_reply(request_id, "InternalError", f"{kind}: {exc}", traceback.format_exc()))
                )
                if distributed.world().active and kind in _ALL_RANKS:
                    # The other ranks may be waiting in a collective this rank left: the group is no
                    # longer in step, so exit (torchrun stops the rest) rather than hang.
                    log.error("exiting: rank 0 failed mid-request and the process group may be out of step")
                    self._stop(EXIT_GROUP_OUT_OF_STEP)
            finally:
                self.busy_with = ""
        if distributed.world().active and self.exit_code != EXIT_GROUP_OUT_OF_STEP:
            distributed.broadcast_request([])  # release the followers (a broken group could not hear it)
        io.join(timeout=2)
        replies_out.close(linger=0)
        replies_in.close(linger=0)
        self.context.term()
        return self.exit_code


def _handle_on_every_rank(handlers: Handlers, kind: str, envelope: pb.Envelope, payloads: list):
    """Run a request every rank runs; then all ranks agree on its outcome (one small all-reduce).

    A WorkerError is raised where the group is in step: before the request's first
    collective, or at an agreement point (distributed.rank_local) that every rank
    reaches. So any rank's WorkerError, rank 0's or another's, becomes rank 0's error
    reply naming the rank, and the group serves the next request. Anything else
    propagates: the group may be out of step (a rank left a collective).
    """
    error, result = None, None
    try:
        result = handlers.handle(kind, envelope, Payloads(envelope, payloads))
    except WorkerError as exc:
        error = exc
    distributed.raise_failures(kind, error)
    return result


def follow() -> int:
    """Ranks > 0: run every request rank 0 broadcasts, until it says stop.

    Request errors are agreed with rank 0, which reports them (_handle_on_every_rank);
    anything else means this rank is out of step with the group, so it exits and
    torchrun stops the others.
    """
    handlers = Handlers()
    rank = distributed.world().rank
    while True:
        frames = distributed.broadcast_request(None)
        if not frames:
            return 0
        envelope = pb.Envelope()
        envelope.ParseFromString(frames[0])
        kind = envelope.WhichOneof("body")
        try:
            _handle_on_every_rank(handlers, kind, envelope, [memoryview(f) for f in frames[1:]])
        except WorkerError as exc:
            log.debug("rank %d: %s failed (rank 0 reports it): %s", rank, kind, exc)
        except Exception:
            log.exception("rank %d: %s failed; leaving the process group", rank, kind)
            return EXIT_GROUP_OUT_OF_STEP


def _error_reply(request_id: int, type_: str, message: str, tb: str = "") -> pb.Envelope:
    return pb.Envelope(
        request_id=request_id, is_reply=True, error=pb.Error(type=type_, message=message, traceback=tb)
    )


def watch_stdin_and_exit() -> None:
    """Exit when stdin closes: the controller that spawned us is gone (no orphans)."""

    def watch() -> None:
        try:  # os.read, not sys.stdin: a daemon thread blocked in a buffered read aborts interpreter exit
            while os.read(sys.stdin.fileno(), 4096):
                pass
        except Exception:
            pass
        log.error("controller closed our stdin; exiting")
        os._exit(4)

    threading.Thread(target=watch, name="observe-stdin", daemon=True).start()
