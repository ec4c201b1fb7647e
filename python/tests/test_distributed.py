"""Two ranks (torchrun, gloo, FSDP2 on CPU) against one process, on the same batch (distributed_step.py).

Tolerances: AdamW's first step moves each weight by about lr * g / |g|, which
amplifies float-rounding differences in near-zero gradient entries (gradients
summed over ranks in another order). So updated weights are compared by the
relative size of the difference of the updates, and element-wise against a
small fraction of lr; losses and log-probs are compared tightly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
import torch
from safetensors.torch import load_file

HERE = os.path.dirname(__file__)
SCRIPT = os.path.join(HERE, "distributed_step.py")


def _run(args: list[str], out_dir: str, result: str = "result.json", **env: str) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": "1", **env}
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
    with open(os.path.join(out_dir, result), encoding="utf-8") as f:
        return json.load(f)


@pytest.fixture(scope="module")
def runs(tiny_model_dir, tmp_path_factory):
    one, two = str(tmp_path_factory.mktemp("one-rank")), str(tmp_path_factory.mktemp("two-ranks"))
    single = _run([sys.executable, SCRIPT, tiny_model_dir, one], one)
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2"]
    double = _run([*torchrun, SCRIPT, tiny_model_dir, two, os.path.join(one, "checkpoint")], two)
    return {"model": tiny_model_dir, "one": (one, single), "two": (two, double)}


def _weights(path: str) -> dict[str, torch.Tensor]:
    return load_file(os.path.join(path, "model.safetensors"))


def test_two_ranks_are_sharded(runs):
    info = runs["two"][1]["info"]
    assert info["world_size"] == 2 and info["sharding"] == "fsdp2"
    assert runs["one"][1]["info"]["sharding"] == "none"


@pytest.mark.parametrize("step", ["ppo", "sft"])
def test_step_metrics_match_one_process(runs, step):
    one, two = runs["one"][1][step], runs["two"][1][step]
    assert two["num_tokens"] == one["num_tokens"] == 28
    for key in ("loss", "entropy", "grad_norm"):
        assert two[key] == pytest.approx(one[key], rel=1e-4), key
    assert one["grad_norm"] > 0


def test_updated_weights_match_one_process(runs):
    base, one, two = _weights(runs["model"]), _weights(runs["one"][0] + "/checkpoint"), _weights(runs["two"][0] + "/checkpoint")
    assert set(one) == set(two)
    lr = runs["one"][1]["lr"]
    update_sq = sum(float(((one[k] - base[k]) ** 2).sum()) for k in one)
    diff_sq = sum(float(((one[k] - two[k]) ** 2).sum()) for k in one)
    assert update_sq > 0
    assert (diff_sq / update_sq) ** 0.5 < 1e-3
    assert max(float((one[k] - two[k]).abs().max()) for k in one) < 0.1 * lr


def test_greedy_generation_is_split_and_gathered_in_order(runs):
    one, two = runs["one"][1], runs["two"][1]
    assert two["prompt_num_tokens"] == one["prompt_num_tokens"]
    assert [c["prompt_index"] for c in two["greedy"]] == [0, 0, 1, 1, 2, 2]
    assert [c["token_ids"] for c in two["greedy"]] == [c["token_ids"] for c in one["greedy"]]
    assert [c["text"] for c in two["greedy"]] == [c["text"] for c in one["greedy"]]


def test_two_rank_checkpoint_loads_into_one_process(runs):
    from distributed_step import batch

    from observe_worker.policy import Policy
    from recipe import adamw

    two_dir, two = runs["two"]
    policy = Policy.load(runs["model"], optimizer=adamw(1e-2), seed=0)
    assert policy.load_checkpoint(os.path.join(two_dir, "checkpoint")) is True  # optimizer state restored too
    prompts, prompt_index, responses, _ = batch()
    mine = policy.log_probs(prompts, prompt_index, responses)
    for a, b in zip(mine, two["logprobs_after"]):
        np.testing.assert_allclose(a, np.asarray(b, dtype=np.float32), atol=1e-5, rtol=0)
    with open(os.path.join(two_dir, "checkpoint", "config.json"), encoding="utf-8") as f:
        assert json.load(f)["architectures"] == ["Qwen2_5_VLForConditionalGeneration"]


def test_one_process_checkpoint_loads_into_two_ranks(runs):
    one, two = runs["one"][1], runs["two"][1]
    for a, b in zip(two["logprobs_loaded"], one["logprobs_after"]):
        np.testing.assert_allclose(np.asarray(a), np.asarray(b), atol=1e-5, rtol=0)


def test_two_rank_checkpoint_loads_with_from_pretrained(runs):
    from transformers import Qwen2_5_VLForConditionalGeneration

    model, info = Qwen2_5_VLForConditionalGeneration.from_pretrained(
        os.path.join(runs["two"][0], "checkpoint"), output_loading_info=True
    )
    assert not info["missing_keys"] and not info["unexpected_keys"] and not info["mismatched_keys"]


def test_process_group_backend_carries_cpu_tensors_on_gpus():
    from torch.distributed.distributed_c10d import BackendConfig

    from observe_worker.distributed import process_group_backend

    # GPUs: NCCL for CUDA tensors, gloo for the CPU DTensors of FSDP2's CPU offload (clipping, full_tensor).
    gpu = BackendConfig(process_group_backend(cuda=True)).get_device_backend_map()
    assert gpu == {"cpu": "gloo", "cuda": "nccl"}
    assert process_group_backend(cuda=False) == "gloo"


def test_two_ranks_with_cpu_offload_match_one_process(runs, tmp_path):
    """FSDP2 + CPUOffloadPolicy on two gloo ranks: the same step as one process without offload."""
    out = str(tmp_path)
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2"]
    offloaded = _run([*torchrun, SCRIPT, runs["model"], out], out, OBSERVE_TEST_OFFLOAD="1")
    assert offloaded["offload_policy"] == "CPUOffloadPolicy"
    assert runs["two"][1]["offload_policy"] == "OffloadPolicy"
    one = runs["one"][1]
    for step in ("ppo", "sft"):
        for key in ("loss", "entropy", "grad_norm"):
            assert offloaded[step][key] == pytest.approx(one[step][key], rel=1e-4), (step, key)
    for a, b in zip(offloaded["logprobs_after"], one["logprobs_after"]):
        np.testing.assert_allclose(np.asarray(a), np.asarray(b), atol=1e-4, rtol=0)


def test_resume_reads_the_checkpoint_on_rank_0_only(tiny_model_dir, tmp_path):
    """Two ranks resume from a checkpoint: the next step matches an uninterrupted run, and only rank 0
    opened the checkpoint's files (the rest got their shards by broadcast)."""
    out = str(tmp_path)
    torchrun = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2"]
    _run([*torchrun, os.path.join(HERE, "distributed_resume.py"), tiny_model_dir, out], out, result="result-0.json")
    ranks = []
    for rank in (0, 1):
        with open(os.path.join(out, f"result-{rank}.json"), encoding="utf-8") as f:
            ranks.append(json.load(f))
    for r in ranks:
        assert r["optimizer_restored"] is True and r["steps"] == 2  # one step saved, one after resuming
        for key in ("loss", "entropy", "grad_norm"):
            assert r["resumed"][key] == pytest.approx(r["uninterrupted"][key], rel=1e-6, abs=1e-7), key
        for a, b in zip(r["resumed_logprobs"], r["uninterrupted_logprobs"]):
            np.testing.assert_allclose(np.asarray(a), np.asarray(b), atol=1e-6, rtol=0)
    print("files opened while loading, by rank:", [r["opened_while_loading"] for r in ranks])
    assert {"config.json", "optimizer.pt", "observe_checkpoint.json"} <= set(ranks[0]["opened_while_loading"])
    assert ranks[1]["opened_while_loading"] == []


def test_internvl_two_ranks_match_one_process(tiny_family_dir, tmp_path):
    """A rank whose micro-batch holds no image runs the vision tower on the family's blank image (InternVL:
    a whole tile, not Qwen's patches), so FSDP2's gradient reduce-scatter still matches."""
    model = tiny_family_dir("internvl")
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    os.makedirs(one), os.makedirs(two)
    single = _run([sys.executable, SCRIPT, model, one], one)
    double = _run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2", SCRIPT, model, two],
                  two)
    assert double["info"]["sharding"] == "fsdp2" and double["info"]["model_type"] == "internvl"
    for step in ("ppo", "sft"):
        for key in ("loss", "entropy", "grad_norm"):
            assert double[step][key] == pytest.approx(single[step][key], rel=1e-4), (step, key)
    for a, b in zip(single["logprobs_after"], double["logprobs_after"], strict=True):
        assert np.abs(np.asarray(a) - np.asarray(b)).max() < 1e-4
