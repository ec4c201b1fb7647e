"""Rollout engines behind one interface (observe_worker/rollout.py) and their wiring into the handlers.

The hf engine runs for real on the tiny model. The vllm engine cannot run on CPU: here it
must fail with the install hint; its wiring (config -> VllmRollout, weight sync after an
update, data-parallel slicing under torchrun) is checked against stand-ins.
The real engine is exercised by test_vllm_gpu.py.
"""

from __future__ import annotations

import gc
import sys
import types
import weakref

import numpy as np
import pytest
import torch

from observe_worker import rollout as ro
from observe_worker import vllm_engine as ve
from observe_worker.doctor import vllm_engine_status
from observe_worker.encoding import PromptInput
from observe_worker.errors import BadRequest, WorkerError
from observe_worker.handlers import Handlers
from observe_worker.policy import Completion, GenerateResult
from observe_worker.proto import observe_pb2 as pb
from observe_worker.protocol import Payloads
from observe_worker.vllm_errors import VllmUnavailable

def _prompt(text: str, images=()) -> PromptInput:
    return PromptInput(system="", text=text, images=list(images))


SAMPLING = dict(n=2, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=6, seed=7)


def _vllm_runs_here() -> bool:
    try:
        import vllm  # noqa: F401
    except Exception:
        return False
    return torch.cuda.is_available()


# ---------------------------------------------------------------------------- hf engine


@pytest.mark.parametrize("config", [None, pb.RolloutConfig(), pb.RolloutConfig(engine="hf", tensor_parallel_size=2)])
def test_hf_engine_generates_as_the_policy(inference_policy, tiny_model_dir, make_image, config):
    rollout = ro.build_rollout(config, inference_policy, model_path=tiny_model_dir, seed=0)
    assert rollout.engine == "hf"
    prompts = [_prompt("What is 2+2?"), _prompt("Describe it.", [make_image(40, 32)])]
    got = rollout.generate(prompts, **SAMPLING)
    want = inference_policy.generate(prompts, **SAMPLING)
    assert got.prompt_num_tokens == want.prompt_num_tokens
    assert len(got.completions) == len(want.completions) == 4
    for a, b in zip(got.completions, want.completions):
        assert (a.prompt_index, a.text, a.finish_reason) == (b.prompt_index, b.text, b.finish_reason)
        np.testing.assert_array_equal(a.token_ids, b.token_ids)
        np.testing.assert_array_equal(a.logprobs, b.logprobs)
    rollout.mark_updated(inference_policy)  # the policy generates itself: nothing to copy
    rollout.generate(prompts[:1], **SAMPLING)
    assert rollout.last_weight_sync_s == 0.0
    rollout.close()


def test_unknown_engine_is_a_bad_request(inference_policy, tiny_model_dir):
    with pytest.raises(BadRequest, match=r"worker.rollout.engine='sglang'.*use one of: hf, vllm"):
        ro.build_rollout(pb.RolloutConfig(engine="sglang"), inference_policy, model_path=tiny_model_dir)


# ---------------------------------------------------------------------------- vllm engine where it cannot run


def _assert_install_hint(exc: VllmUnavailable) -> None:
    msg = str(exc)
    assert "worker.rollout.engine=vllm" in msg
    assert "pip install -e 'python[gpu]'" in msg and "CUDA" in msg
    assert "worker.rollout.engine=hf" in msg
    # a WorkerError: the server turns it into an error reply of this type, not an InternalError
    assert isinstance(exc, WorkerError) and exc.type == "VllmUnavailable"


@pytest.mark.skipif(_vllm_runs_here(), reason="vLLM and CUDA are present: test_vllm_gpu.py runs the real engine")
def test_vllm_engine_here_says_what_to_install(inference_policy, tiny_model_dir):
    with pytest.raises(VllmUnavailable) as info:
        ro.build_rollout(pb.RolloutConfig(engine="vllm"), inference_policy, model_path=tiny_model_dir)
    _assert_install_hint(info.value)


def test_vllm_engine_without_vllm_says_what_to_install(inference_policy, tiny_model_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", None)  # `import vllm` raises ImportError, on any machine
    with pytest.raises(VllmUnavailable, match="vLLM is not installed") as info:
        ro.build_rollout(pb.RolloutConfig(engine="vllm"), inference_policy, model_path=tiny_model_dir)
    _assert_install_hint(info.value)


# ---------------------------------------------------------------------------- vllm engine wiring (stand-ins)


class RecordingVllmRollout:
    """Stands in for vllm_engine.VllmRollout: records its arguments, calls and weight syncs."""

    instances: list["RecordingVllmRollout"] = []

    def __init__(self, model_path, **kwargs):
        self.model_path, self.kwargs = model_path, kwargs
        self.tokenizer = kwargs["processor"].tokenizer
        self.generated: list[tuple[list, dict]] = []
        self.synced: list = []
        self.closed = False
        RecordingVllmRollout.instances.append(self)

    def generate(self, prompts, **sampling):
        self.generated.append((list(prompts), sampling))
        return GenerateResult(
            prompt_num_tokens=[3] * len(prompts),
            completions=[Completion(i, np.array([5], np.int32), np.array([-0.5], np.float32), "x", "length")
                         for i in range(len(prompts))],
        )

    def sync_weights(self, named_tensors):
        self.synced.append(named_tensors)
        return 0.25

    def close(self):
        self.closed = True


@pytest.fixture()
def fake_policy(inference_policy):
    weights = {"model.language_model.embed_tokens.weight": torch.zeros(2, 2)}
    return types.SimpleNamespace(processor=inference_policy.processor, compute_dtype=torch.bfloat16,
                                 weights_for_sync=lambda: weights)


@pytest.fixture()
def recording(monkeypatch):
    RecordingVllmRollout.instances.clear()
    monkeypatch.setattr(ve, "VllmRollout", RecordingVllmRollout)
    return RecordingVllmRollout.instances


def test_vllm_config_defaults_for_unset_fields(fake_policy, recording):
    rollout = ro.build_rollout(pb.RolloutConfig(engine="vllm"), fake_policy, model_path="/m", seed=3)
    assert rollout.engine == "vllm"
    kw = recording[-1].kwargs
    assert recording[-1].model_path == "/m"
    assert kw["processor"] is fake_policy.processor
    assert kw["tensor_parallel_size"] == 1 and kw["max_model_len"] is None
    assert kw["dtype"] == "bfloat16" and kw["seed"] == 3  # the policy's compute dtype
    assert kw["enforce_eager"] is False and kw["sleep_between_steps"] is False
    # proto3 zeros are "unset": VllmRollout's own defaults apply
    assert not {"gpu_memory_utilization", "max_images_per_prompt", "bucket_bytes"} & kw.keys()


def test_vllm_config_is_passed_through(fake_policy, recording):
    config = pb.RolloutConfig(engine="VLLM", gpu_memory_utilization=0.4, tensor_parallel_size=2, max_model_len=4096,
                              max_images_per_prompt=3, enforce_eager=True, free_cache_engine=True,
                              weight_bucket_bytes=1 << 20)
    ro.build_rollout(config, fake_policy, model_path="/m", dtype=torch.float32)
    kw = recording[-1].kwargs
    assert kw["gpu_memory_utilization"] == pytest.approx(0.4)
    assert (kw["tensor_parallel_size"], kw["max_model_len"], kw["max_images_per_prompt"]) == (2, 4096, 3)
    assert kw["enforce_eager"] is True and kw["sleep_between_steps"] is True
    assert kw["bucket_bytes"] == 1 << 20 and kw["dtype"] == "float32"


def test_vllm_syncs_once_per_rollout_not_per_update(fake_policy, recording):
    rollout = ro.build_rollout(pb.RolloutConfig(engine="vllm"), fake_policy, model_path="/m")
    engine = recording[-1]
    res = rollout.generate([_prompt("a")], **SAMPLING)  # one process: straight through
    assert engine.generated == [([_prompt("a")], SAMPLING)] and len(res.completions) == 1
    assert engine.synced == [] and rollout.last_weight_sync_s == 0.0  # vLLM loaded the same checkpoint
    for _ in range(3):  # three optimizer steps of one rollout: nothing copied yet
        rollout.mark_updated(fake_policy)
    assert engine.synced == []
    rollout.generate([_prompt("b")], **SAMPLING)
    assert engine.synced == [fake_policy.weights_for_sync()] and rollout.last_weight_sync_s == 0.25
    rollout.generate([_prompt("c")], **SAMPLING)  # no update since: no copy
    assert len(engine.synced) == 1 and rollout.last_weight_sync_s == 0.0
    rollout.mark_updated(fake_policy)
    rollout.generate([_prompt("d")], **SAMPLING)
    assert len(engine.synced) == 2 and rollout.last_weight_sync_s == 0.25
    rollout.close()
    assert engine.closed


# ---------------------------------------------------------------------------- data-parallel slices


def _slices(total: int, world: int, tp: int) -> list[tuple[int, int]]:
    return [ro.dp_prompt_range(total, rank=r, world_size=world, tensor_parallel_size=tp) for r in range(world)]


@pytest.mark.parametrize("total, expected", [
    (0, [(0, 0), (0, 0)]),
    (1, [(0, 1), (1, 1)]),  # fewer prompts than groups: the second group idles
    (2, [(0, 1), (1, 2)]),
    (3, [(0, 2), (2, 3)]),
    (8, [(0, 4), (4, 8)]),
    (9, [(0, 5), (5, 9)]),
])
def test_dp_slices_world_4_tp_2(total, expected):
    got = _slices(total, world=4, tp=2)
    assert got[0] == got[1] and got[2] == got[3]  # the ranks of one TP group get the same prompts
    assert [got[0], got[2]] == expected


@pytest.mark.parametrize("total", [0, 1, 3, 4, 7, 64, 65])
@pytest.mark.parametrize("world, tp", [(1, 1), (4, 1), (4, 4), (8, 2), (6, 3)])
def test_dp_slices_cover_every_prompt_once_in_order(total, world, tp):
    groups = _slices(total, world, tp)[::tp]
    assert [i for a, b in groups for i in range(a, b)] == list(range(total))
    sizes = [b - a for a, b in groups]
    assert max(sizes) - min(sizes) <= 1 and sizes == sorted(sizes, reverse=True)


def test_dp_slices_reject_a_bad_layout():
    with pytest.raises(BadRequest, match="tensor_parallel_size 3 does not divide the 4 torchrun processes"):
        ro.dp_prompt_range(5, rank=0, world_size=4, tensor_parallel_size=3)
    with pytest.raises(BadRequest, match="rank 4 is outside a world of 4"):
        ro.dp_prompt_range(5, rank=4, world_size=4, tensor_parallel_size=2)


@pytest.fixture()
def gathered(monkeypatch):
    """A stand-in for observe_worker.distributed.gather_generate that records its arguments."""
    calls = []

    def gather_generate(local, first_prompt, total_prompts, decode):
        calls.append((local, first_prompt, total_prompts, decode([1])))
        return GenerateResult(prompt_num_tokens=[0] * total_prompts)

    monkeypatch.setattr(ro, "gather_generate", gather_generate)
    return calls


@pytest.mark.parametrize("rank, prompts, sent, first, contributes", [
    (0, 5, [0, 1, 2], 0, True),    # group 0, its first TP rank
    (1, 5, [0, 1, 2], 0, False),   # group 0, second TP rank: same prompts, contributes nothing
    (2, 5, [3, 4], 3, True),       # group 1
    (3, 5, [3, 4], 3, False),
    (2, 1, [0], 1, False),         # group 1 has no prompt: it runs prompt 0 to keep vLLM's DP in step, and drops it
])
def test_vllm_generate_under_torchrun(fake_policy, recording, gathered, monkeypatch, rank, prompts, sent, first,
                                      contributes):
    monkeypatch.setattr(ro, "_world", lambda: (4, rank))
    rollout = ro.build_rollout(pb.RolloutConfig(engine="vllm", tensor_parallel_size=2), fake_policy, model_path="/m")
    batch = [_prompt(f"p{i}") for i in range(prompts)]
    rollout.generate(batch, **SAMPLING)
    (got_prompts, sampling), = recording[-1].generated
    assert got_prompts == [batch[i] for i in sent]
    assert sampling == {**SAMPLING, "seed": SAMPLING["seed"] + first}  # each group its own seed stream
    (local, first_prompt, total, decoded), = gathered
    assert (first_prompt, total) == (first, prompts)
    assert (local is not None) == contributes
    assert decoded == fake_policy.processor.tokenizer.decode([1], skip_special_tokens=True)


# ---------------------------------------------------------------------------- handlers


# Every setting, as the controller sends them (the worker takes no defaults of its own).
ADAMW = dict(lr=1e-3, beta1=0.9, beta2=0.95, weight_decay=0.0, max_grad_norm=1.0, eps=1e-8)
UPDATE = dict(lr=1e-3, clip_ratio_low=0.2, clip_ratio_high=0.2, clip_ratio_dual=3.0, kl_coef=0.0, kl_penalty=pb.KL_PENALTY_KL,
              kl_loss_type=pb.KL_PENALTY_LOW_VAR_KL, use_kl_loss=False, advantage_clip=10.0,
              loss_agg_mode=pb.LOSS_AGG_MODE_TOKEN_MEAN, loss_type=pb.LOSS_TYPE_DEFAULT, loss_scale_factor=8.0, temperature=1.0, gamma=1.0)


def _request(kind: str, body, frames: dict[str, np.ndarray] | None = None):
    envelope = pb.Envelope(**{kind: body})
    views = []
    for name, array in (frames or {}).items():
        envelope.frames.append(pb.Frame(name=name, dtype=pb.DTYPE_INT32, shape=list(array.shape)))
        views.append(memoryview(np.ascontiguousarray(array, dtype="<i4")).cast("B"))
    return kind, envelope, Payloads(envelope, views)


def test_handlers_use_the_rollout_engine(tiny_model_dir):
    h = Handlers()
    reply, _ = h.handle(*_request("load_model", pb.LoadModelRequest(
        model_path=tiny_model_dir, optimizer=pb.OptimizerConfig(**ADAMW), seed=0)))
    assert reply.rollout_engine == "hf" and h.rollout.engine == "hf" and not reply.padding_free

    calls = []
    generate = h.rollout.generate
    h.rollout.generate = lambda prompts, **kw: calls.append(kw) or generate(prompts, **kw)
    reply, out = h.handle(*_request("generate", pb.GenerateRequest(
        prompts=[pb.Prompt(text="hi")], sampling=pb.SamplingParams(n=2, temperature=1.0, max_new_tokens=3, seed=1))))
    assert len(calls) == 1 and calls[0]["top_p"] == 1.0 and len(reply.completions) == 2

    updated = []
    h.rollout.mark_updated = lambda policy: updated.append(policy)
    batch = pb.SequenceBatch(prompts=[pb.Prompt(text="hi")], prompt_index=[0], response_lengths=[2])
    reply, _ = h.handle(*_request("sft_step", pb.SftStepRequest(batch=batch, lr=1e-3),
                                  {"response_ids": np.array([20, 21])}))
    assert reply.HasField("perf") and updated == [h.policy]

    old = h.rollout
    closed = []
    old.close = lambda: closed.append(True)
    reply, _ = h.handle(*_request("load_model", pb.LoadModelRequest(
        model_path=tiny_model_dir, rollout=pb.RolloutConfig(engine="hf"), padding_free=True)))
    assert closed == [True] and h.rollout is not old and reply.rollout_engine == "hf"
    assert reply.padding_free and h.policy.padding_free


def test_handlers_decode_a_rollouts_images_once(tiny_model_dir, monkeypatch):
    """generate, log_probs and train_step of one rollout carry the same image bytes: Pillow decodes them once,
    and the encoded prompt is found again by the bytes' digest."""
    import io

    from PIL import Image

    from observe_worker import encoding, images

    decoded, encoded = [], []
    decode, encode = images.decode_image, encoding.encode_prompt
    monkeypatch.setattr(images, "decode_image", lambda data, source: decoded.append(source) or decode(data, source))
    monkeypatch.setattr(encoding, "encode_prompt", lambda *a: encoded.append(a[2]) or encode(*a))
    buf = io.BytesIO()
    Image.new("RGB", (56, 56), "orange").save(buf, format="PNG")
    png = np.frombuffer(buf.getvalue(), dtype=np.uint8)

    def request(kind, body, arrays):
        envelope = pb.Envelope(**{kind: body})
        for name, array in arrays.items():
            dtype = pb.DTYPE_UINT8 if array.dtype == np.uint8 else pb.DTYPE_INT32
            envelope.frames.append(pb.Frame(name=name, dtype=dtype, shape=list(array.shape)))
        views = [memoryview(np.ascontiguousarray(a, dtype=a.dtype.newbyteorder("<"))).cast("B") for a in arrays.values()]
        return kind, envelope, Payloads(envelope, views)

    prompt = pb.Prompt(text="What colour?", images=[pb.ImageRef(frame=0, source="row 7")])
    h = Handlers()
    h.handle(*_request("load_model", pb.LoadModelRequest(
        model_path=tiny_model_dir, optimizer=pb.OptimizerConfig(**ADAMW), seed=0)))
    reply, _ = h.handle(*request("generate", pb.GenerateRequest(
        prompts=[prompt], sampling=pb.SamplingParams(n=2, temperature=1.0, max_new_tokens=3, seed=1)), {"image": png}))
    lengths = [c.num_tokens for c in reply.completions]
    response_ids = np.arange(sum(lengths), dtype=np.int32) % 50 + 20
    batch = pb.SequenceBatch(prompts=[prompt], prompt_index=[0, 0], response_lengths=lengths)
    arrays = {"image": png, "response_ids": response_ids}
    h.handle(*request("log_probs", pb.LogProbsRequest(batch=batch), arrays))
    h.handle(*request("sft_step", pb.SftStepRequest(batch=batch, lr=1e-3), arrays))
    assert decoded == ["row 7"] and encoded == [0]


def test_handlers_load_model_again_frees_the_previous_model_first(tiny_model_dir, monkeypatch):
    """One worker serves several phases (the demo: SFT, then ladder and RL): each load_model replaces the model,
    and the old policy, reference and optimizer are gone before the next load allocates."""
    from observe_worker.policy import Policy

    h = Handlers()
    h.handle(*_request("load_model", pb.LoadModelRequest(
        model_path=tiny_model_dir, optimizer=pb.OptimizerConfig(**ADAMW), load_reference=True, seed=0)))
    batch = pb.SequenceBatch(prompts=[pb.Prompt(text="hi")], prompt_index=[0], response_lengths=[2])
    h.handle(*_request("sft_step", pb.SftStepRequest(batch=batch, lr=1e-3), {"response_ids": np.array([20, 21])}))
    old = [weakref.ref(o) for o in (h.policy.model, h.policy.reference, h.policy.optimizer)]
    # the loaded model sits in the frozen heap (gc_heap.py), which the next load must thaw to free it
    assert gc.get_freeze_count() > 0

    alive_at_load = []
    load = Policy.load
    monkeypatch.setattr(Policy, "load", lambda *a, **kw: alive_at_load.append([r() is not None for r in old]) or load(*a, **kw))
    reply, _ = h.handle(*_request("load_model", pb.LoadModelRequest(model_path=tiny_model_dir, seed=0)))
    assert alive_at_load == [[False, False, False]]
    assert h.policy.reference is None and h.policy.optimizer is None and reply.rollout_engine == "hf"


def test_handlers_train_step_reports_zero_sync_for_hf(tiny_model_dir):
    h = Handlers()
    h.handle(*_request("load_model", pb.LoadModelRequest(model_path=tiny_model_dir,
                                                         optimizer=pb.OptimizerConfig(**ADAMW), seed=0)))
    batch = pb.SequenceBatch(prompts=[pb.Prompt(text="hi")], prompt_index=[0, 0], response_lengths=[2, 1])
    envelope_frames = {"response_ids": np.array([20, 21, 22])}
    reply, _ = h.handle(*_train_step(pb.TrainStepRequest(batch=batch, **UPDATE), envelope_frames))
    assert reply.HasField("perf") and reply.perf.max_memory_allocated_bytes == 0  # on CPU
    reply, _ = h.handle(*_request("generate", pb.GenerateRequest(
        prompts=[pb.Prompt(text="hi")], sampling=pb.SamplingParams(n=1, temperature=1.0, max_new_tokens=2, seed=1))))
    assert reply.weight_sync_s == 0.0


def test_handlers_sync_vllm_once_per_rollout_and_after_a_checkpoint(tiny_model_dir, recording, tmp_path):
    """Optimizer steps and a loaded checkpoint only mark the policy updated; the next generate copies the weights
    into the engine once and reports the seconds in its reply."""
    h = Handlers()
    h.handle(*_request("load_model", pb.LoadModelRequest(model_path=tiny_model_dir,
                                                         optimizer=pb.OptimizerConfig(**ADAMW), seed=0)))
    h.rollout = ro.VllmEngineRollout(ve.VllmRollout("/m", processor=h.policy.processor), tensor_parallel_size=1)
    engine = recording[-1]
    generate = _request("generate", pb.GenerateRequest(
        prompts=[pb.Prompt(text="hi")], sampling=pb.SamplingParams(n=1, temperature=1.0, max_new_tokens=2, seed=1)))
    batch = pb.SequenceBatch(prompts=[pb.Prompt(text="hi")], prompt_index=[0, 0], response_lengths=[2, 1])
    for _ in range(2):
        h.handle(*_train_step(pb.TrainStepRequest(batch=batch, **UPDATE), {"response_ids": np.array([20, 21, 22])}))
    assert engine.synced == []
    reply, _ = h.handle(*generate)
    assert reply.weight_sync_s == 0.25 and len(engine.synced) == 1
    reply, _ = h.handle(*generate)
    assert reply.weight_sync_s == 0.0 and len(engine.synced) == 1

    h.handle(*_request("save_checkpoint", pb.SaveCheckpointRequest(path=str(tmp_path / "ckpt"), include_optimizer=False)))
    h.handle(*_request("load_checkpoint", pb.LoadCheckpointRequest(path=str(tmp_path / "ckpt"))))
    assert len(engine.synced) == 1
    reply, _ = h.handle(*generate)
    assert reply.weight_sync_s == 0.25 and len(engine.synced) == 2


def _train_step(body: pb.TrainStepRequest, frames: dict[str, np.ndarray]):
    kind, envelope, _ = _request("train_step", body, frames)
    advantages = np.array([1.0, -1.0], dtype="<f4")
    envelope.frames.append(pb.Frame(name="advantages", dtype=pb.DTYPE_FLOAT32, shape=[2]))
    views = [memoryview(np.ascontiguousarray(frames["response_ids"], dtype="<i4")).cast("B"),
             memoryview(advantages).cast("B")]
    return kind, envelope, Payloads(envelope, views)


def test_handlers_refuse_a_missing_setting_instead_of_guessing(tiny_model_dir):
    h = Handlers()
    without_beta2 = {k: v for k, v in ADAMW.items() if k != "beta2"}
    with pytest.raises(BadRequest, match=r"load_model.optimizer: beta2 not set"):
        h.handle(*_request("load_model", pb.LoadModelRequest(model_path=tiny_model_dir,
                                                             optimizer=pb.OptimizerConfig(**without_beta2))))
    # 0 is a value, not a missing one: max_grad_norm 0 (no clipping) and weight decay 0 load
    h.handle(*_request("load_model", pb.LoadModelRequest(model_path=tiny_model_dir, seed=0,
                                                         optimizer=pb.OptimizerConfig(**{**ADAMW, "max_grad_norm": 0.0}))))
    assert h.policy.settings.beta2 == pytest.approx(0.95) and h.policy.settings.max_grad_norm == 0.0

    batch = pb.SequenceBatch(prompts=[pb.Prompt(text="hi")], prompt_index=[0, 0], response_lengths=[2, 1])
    frames = {"response_ids": np.array([20, 21, 22])}
    for field in ["clip_ratio_high", "clip_ratio_dual", "advantage_clip", "temperature", "use_kl_loss", "gamma"]:
        partial = {k: v for k, v in UPDATE.items() if k != field}
        with pytest.raises(BadRequest, match=rf"train_step: {field} not set"):
            h.handle(*_train_step(pb.TrainStepRequest(batch=batch, **partial), frames))
    for field in ["kl_penalty", "kl_loss_type", "loss_agg_mode", "loss_type"]:  # enums: UNSPECIFIED is missing
        partial = {k: v for k, v in UPDATE.items() if k != field}
        with pytest.raises(BadRequest, match=rf"train_step: {field} not set"):
            h.handle(*_train_step(pb.TrainStepRequest(batch=batch, **partial), frames))
    # advantage_clip 0 is sent explicitly and disables the clamp
    reply, _ = h.handle(*_train_step(pb.TrainStepRequest(batch=batch, **{**UPDATE, "advantage_clip": 0.0}), frames))
    assert reply.num_tokens == 3


@pytest.mark.skipif(_vllm_runs_here(), reason="vLLM and CUDA are present")
def test_handlers_vllm_load_fails_cleanly(tiny_model_dir):
    h = Handlers()
    with pytest.raises(VllmUnavailable) as info:
        h.handle(*_request("load_model", pb.LoadModelRequest(
            model_path=tiny_model_dir, rollout=pb.RolloutConfig(engine="vllm"))))
    _assert_install_hint(info.value)
    assert h.policy is None and h.rollout is None  # not half loaded: the next generate asks for load_model
    with pytest.raises(WorkerError, match="send load_model first"):
        h.handle(*_request("generate", pb.GenerateRequest(
            prompts=[pb.Prompt(text="hi")], sampling=pb.SamplingParams(n=1, max_new_tokens=2))))


# ---------------------------------------------------------------------------- doctor


def test_doctor_vllm_status():
    missing = vllm_engine_status({"ok": False, "error": "ModuleNotFoundError: No module named 'vllm'"},
                                 {"available": False, "torch_cuda": ""}, "0.33.0")
    assert missing["ready"] is False and missing["installed"] is False and missing["pinned"] == "0.33.0"
    assert missing["problems"] == ["vLLM is not installed", "no CUDA GPU is visible (torch is a CPU build)"]
    assert "pip install -e 'python[gpu]'" in missing["hint"]

    broken = vllm_engine_status({"ok": False, "error": "OSError: libcudart.so.13"}, {"available": True}, "0.33.0")
    assert broken["problems"] == ["vLLM is installed but cannot be imported (OSError: libcudart.so.13)"]

    ready = vllm_engine_status({"ok": True, "version": "0.33.0+cu130"}, {"available": True}, "0.33.0")
    assert ready == {"ready": True, "installed": True, "version": "0.33.0+cu130", "pinned": "0.33.0",
                     "matches_pin": True}

    other = vllm_engine_status({"ok": True, "version": "0.34.1"}, {"available": True}, "0.33.0")
    assert other["ready"] is True and other["matches_pin"] is False
    assert other["problems"] == ["vLLM 0.34.1 is installed; the adapter is written against vLLM 0.33.0 "
                                 "(`pip install vllm==0.33.0`)"]

    no_gpu = vllm_engine_status({"ok": True, "version": "0.33.0"}, {"available": False, "torch_cuda": "13.0"},
                                "0.33.0")
    assert no_gpu["ready"] is False and no_gpu["problems"] == ["no CUDA GPU is visible (torch built for CUDA 13.0)"]

    cpu = vllm_engine_status({"ok": True, "version": "0.32.0"}, {"available": False, "torch_cuda": "13.0"}, "0.32.0",
                             cpu_build=True)  # vLLM's CPU build (the CPU test lane): no GPU needed
    assert cpu == {"ready": True, "installed": True, "version": "0.32.0", "pinned": "0.32.0", "matches_pin": True,
                   "platform": "cpu"}
