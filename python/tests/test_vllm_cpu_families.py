"""The vLLM CPU lane for the families other than Qwen2.5-VL (test_vllm_cpu.py): generate with images,
log-probs against Policy, and a train step followed by the weight sync.

Each family's tiny checkpoint has head size 32 (tiny_model --head-dim 32; vLLM's CPU attention takes
32, 64, 80, ... only) and gets one engine, started once (tens of seconds on a small box).
Every family runs on vLLM's CPU build; those it runs in bfloat16 only are BF16_ONLY, and a test
asserts that float32 still fails there with the error named, so the list stays true.

Tolerance: float32 engines must match the float32 Policy within test_vllm_cpu's LOGPROB_ATOL
(1e-4 nats; measured about 1e-6 before and after the sync). A bfloat16 engine is held to
test_vllm_gpu's bfloat16 tolerance, 0.05 nats (qwen3_5 measured 0.0025 before and 0.036 after
the sync: the trained model's sharper logits; its synced engine matches a fresh engine on the
trained weights exactly). The updates move the log-probs by several nats, so a sync that
fails, or NaN, is caught either way.
"""

from __future__ import annotations

import re
import time

import numpy as np
import pytest

from test_vllm_cpu import FIGURES, LOGPROB_ATOL, SAMPLED, _assert_follows, _train, _worst, prompts  # noqa: F401

from observe_worker.encoding import encode_prompt
from observe_worker.policy import Policy
from observe_worker.rollout import VllmEngineRollout
from observe_worker.tiny_model import build_tiny_model
from observe_worker.vllm_engine import VllmRollout
from recipe import adamw

FAMILIES = ["qwen2_vl", "qwen3_vl", "qwen3_vl_moe", "qwen3_5", "internvl"]
# Families vLLM's CPU build runs in bfloat16 only, with the error float32 gives. qwen3_5: its Gated
# DeltaNet layers (vllm/model_executor/layers/mamba/ops/cpu/gdn_attention.py, cpu_gdn_attention_core).
BF16_ONLY = {"qwen3_5": "CPU GDN attention requires BF16."}
BF16_LOGPROB_ATOL = 0.05  # test_vllm_gpu.py's LOGPROB_ATOL


def _checkpoint(tmp_path_factory, family: str) -> str:
    out = str(tmp_path_factory.mktemp(f"tiny-{family}-head32"))
    build_tiny_model(out, seed=0, head_dim=32, family=family)
    return out


def _start(path: str, dtype: str) -> VllmRollout:
    return VllmRollout(path, max_model_len=1024, max_images_per_prompt=2, dtype=dtype, enforce_eager=True, seed=0)


@pytest.fixture(scope="module", params=FAMILIES)
def family_engine(request, tmp_path_factory):
    family = request.param
    path = _checkpoint(tmp_path_factory, family)
    t0 = time.perf_counter()
    rollout = _start(path, "bfloat16" if family in BF16_ONLY else "float32")
    FIGURES[f"{family}_engine_start_s"] = time.perf_counter() - t0
    yield family, path, VllmEngineRollout(rollout, tensor_parallel_size=1)
    rollout.close()
    print(f"\nCPU vLLM {family}: " + ", ".join(f"{k} {v:.3g}" for k, v in FIGURES.items() if k.startswith(family)))


def test_generate_and_the_weight_sync_follow_the_policy(family_engine, prompts):  # noqa: F811
    family, path, engine = family_engine
    atol = BF16_LOGPROB_ATOL if family in BF16_ONLY else LOGPROB_ATOL
    policy = Policy.load(path, optimizer=adamw(5e-2), seed=0)
    res = engine.generate(prompts, seed=0, **SAMPLED)
    assert engine.last_weight_sync_s == 0.0
    # vLLM's processor expands each image into as many tokens as the policy's
    assert res.prompt_num_tokens == [encode_prompt(policy.processor, p, i).num_tokens for i, p in enumerate(prompts)]
    banned = set(policy.banned_ids.tolist())
    for c in res.completions:
        assert len(c.token_ids) == len(c.logprobs) >= 1
        assert not banned.intersection(c.token_ids.tolist())  # vision placeholders are never sampled
    FIGURES[f"{family}_logprob_diff_before_sync"] = _assert_follows(policy, prompts, res, f"{family}, fresh engine", atol)

    for _ in range(2):  # two optimizer steps, one sync
        _train(policy, prompts, res, lr=5e-2)
    engine.mark_updated(policy)
    moved = _worst(policy, prompts, res)
    assert moved > 10 * atol, f"the updates moved the log-probs by only {moved:.3g}"
    after = engine.generate(prompts, seed=4, **SAMPLED)
    assert engine.last_weight_sync_s > 0
    FIGURES[f"{family}_logprob_diff_after_sync"] = _assert_follows(policy, prompts, after, f"{family}, after the sync",
                                                                   atol)
    FIGURES[f"{family}_weight_sync_s"] = engine.last_weight_sync_s


@pytest.mark.parametrize("family", sorted(BF16_ONLY))
def test_bf16_only_families_still_fail_in_float32(family, tmp_path_factory, prompts):  # noqa: F811
    rollout = _start(_checkpoint(tmp_path_factory, family), "float32")
    try:
        with pytest.raises(Exception, match=re.escape(BF16_ONLY[family])):
            rollout.generate(prompts[:1], n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=2, seed=0)
    finally:
        rollout.close()
