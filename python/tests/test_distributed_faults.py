"""Faults at scale, on a real two-rank worker (torchrun, gloo on CPU, FSDP2): this test is its controller.

A failure that only one rank sees must come back as rank 0's error reply, naming
what failed and on which rank, within seconds rather than the control group's
24 h timeout, and the same group must serve the next request.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time

import pytest
import zmq
from PIL import Image

from conftest import draw_image
from observe_worker.protocol import PROTOCOL_VERSION, decode, encode
from observe_worker.proto import observe_pb2 as pb

# Generous for a loaded 2-core machine, far below the 24 h a hang would take.
REPLY_TIMEOUT_S = 120


def _png(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


class Controller:
    """The controller's side of the wire protocol, enough to drive one worker."""

    def __init__(self, endpoint: str):
        self.context = zmq.Context()
        self.router = self.context.socket(zmq.ROUTER)
        self.router.setsockopt(zmq.LINGER, 0)
        self.router.bind(endpoint)
        self.worker_id = b""
        self.next_id = 1

    def _recv(self, deadline: float) -> tuple[pb.Envelope, list]:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not self.router.poll(int(left * 1000)):
                raise TimeoutError(f"no reply within {REPLY_TIMEOUT_S} s: the worker group hangs")
            worker_id, *frames = self.router.recv_multipart()
            self.worker_id = worker_id
            envelope, payloads = decode(frames)
            if envelope.WhichOneof("body") != "heartbeat":
                return envelope, payloads

    def handshake(self, timeout_s: float) -> pb.Hello:
        envelope, _ = self._recv(time.monotonic() + timeout_s)
        assert envelope.WhichOneof("body") == "hello"
        ack = pb.Envelope(hello_ack=pb.HelloAck(protocol_version=PROTOCOL_VERSION, accepted=True))
        self.router.send_multipart([self.worker_id, *encode(ack)])
        return envelope.hello

    def call(self, field: str, request, payloads: list[bytes] = (), frames=()) -> tuple[pb.Envelope, float]:
        """(reply envelope, seconds it took)."""
        request_id, self.next_id = self.next_id, self.next_id + 1
        envelope = pb.Envelope(request_id=request_id, frames=list(frames))
        getattr(envelope, field).CopyFrom(request)
        start = time.monotonic()
        self.router.send_multipart([self.worker_id, *encode(envelope, list(payloads))])
        while True:
            reply, _ = self._recv(start + REPLY_TIMEOUT_S)
            if reply.request_id == request_id:
                return reply, time.monotonic() - start

    def close(self) -> None:
        self.router.close(linger=0)
        self.context.term()


@pytest.fixture()
def group(tmp_path):
    endpoint = f"ipc://{tmp_path}/ctl.sock"
    controller = Controller(endpoint)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OBSERVE_LOG_LEVEL": "WARNING"}
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2",
           "-m", "observe_worker", "--endpoint", endpoint, "--controller-timeout", "600"]
    log = open(tmp_path / "worker.log", "w")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    try:
        hello = controller.handshake(timeout_s=REPLY_TIMEOUT_S)
        assert hello.world_size == 2
        yield controller, proc
        reply, _ = controller.call("shutdown", pb.ShutdownRequest())
        assert reply.WhichOneof("body") == "shutdown_reply"
        assert proc.wait(timeout=60) == 0
    except BaseException:
        print((tmp_path / "worker.log").read_text()[-6000:])
        raise
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, 9)
        proc.wait()
        log.close()
        controller.close()


def _generate_request(images: list[bytes]) -> tuple[pb.GenerateRequest, list[bytes], list[pb.Frame]]:
    """One prompt per image; over two ranks rank 0 owns the first half (and the remainder), rank 1 the rest."""
    prompts = [pb.Prompt(text="What is shown?", images=[pb.ImageRef(frame=i, source=f"image-{i}.png")])
               for i in range(len(images))]
    frames = [pb.Frame(name=f"image{i}", dtype=pb.DTYPE_UINT8, shape=[len(b)]) for i, b in enumerate(images)]
    sampling = pb.SamplingParams(n=1, temperature=0.0, top_p=1.0, max_new_tokens=3, seed=0)
    return pb.GenerateRequest(prompts=prompts, sampling=sampling), images, frames


def test_a_prompt_only_rank_1_owns_fails_fast_and_the_group_serves_on(group, tiny_model_dir):
    controller, proc = group
    reply, _ = controller.call("load_model", pb.LoadModelRequest(model_path=tiny_model_dir, seed=0))
    assert reply.WhichOneof("body") == "load_model_reply", reply.error.message
    assert reply.load_model_reply.sharding == "fsdp2"

    good = _png(draw_image(56, 56, "red"))
    # Decodes fine (so every rank's whole-batch checks pass), but the processor refuses an aspect
    # ratio above 200: only the rank that encodes prompt 2, rank 1, fails.
    sliver = _png(Image.new("RGB", (1, 300), "green"))
    reply, took = controller.call("generate", *_generate_request([good, good, sliver]))
    assert reply.HasField("error"), "a bad prompt must fail the request"
    message = reply.error.message
    print(f"error reply after {took:.2f} s: {reply.error.type}: {message}")
    assert reply.error.type == "BadRequest"  # the original error's type, not a generic one
    assert "generate failed on rank 1 of 2" in message
    assert "prompt 2" in message and "aspect ratio" in message  # the global index, and why
    assert took < 60
    assert proc.poll() is None, "the group must survive a request error"

    # The same group serves the next request.
    reply, took = controller.call("generate", *_generate_request([good, good, good]))
    assert reply.WhichOneof("body") == "generate_reply", reply.error.message
    print(f"next generate succeeded after {took:.2f} s")
    assert [c.prompt_index for c in reply.generate_reply.completions] == [0, 1, 2]


def test_a_checkpoint_only_rank_0_reads_fails_on_every_rank(group, tiny_model_dir, tmp_path):
    """Rank 0 alone reads a checkpoint (the rest get it by broadcast): a read error there reaches them too."""
    controller, proc = group
    reply, _ = controller.call("load_model", pb.LoadModelRequest(model_path=tiny_model_dir, seed=0))
    assert reply.WhichOneof("body") == "load_model_reply", reply.error.message
    missing = str(tmp_path / "no-such-checkpoint")
    reply, took = controller.call("load_checkpoint", pb.LoadCheckpointRequest(path=missing))
    print(f"error reply after {took:.2f} s: {reply.error.type}: {reply.error.message}")
    assert reply.error.type == "CheckpointError"
    assert "load_checkpoint failed on rank 0 of 2" in reply.error.message and "no such directory" in reply.error.message
    assert proc.poll() is None
    reply, _ = controller.call("load_checkpoint", pb.LoadCheckpointRequest(path=tiny_model_dir))
    assert reply.WhichOneof("body") == "load_checkpoint_reply", reply.error.message
