"""The real vLLM rollout path on a GPU: generation, log-probs against Policy, bucketed weight sync, sleep levels.

Runs only where CUDA is available and vLLM imports (`pip install -e 'python[gpu]'`
in a CUDA environment); everywhere else the whole module is skipped with the
reason (`pytest -rs` prints it).

Tolerance: the policy and vLLM both compute in bfloat16 with different
kernels, so per-token log-probs of the same tokens must agree within
LOGPROB_ATOL (0.05 nats, max over tokens).
"""

from __future__ import annotations

import numpy as np
import pytest
import torch


def _skip_reason() -> str | None:
    if not torch.cuda.is_available():
        return "test_vllm_gpu: no CUDA GPU visible (torch.cuda.is_available() is False); the vLLM path needs one"
    try:
        import vllm  # noqa: F401
    except Exception as exc:  # not installed, or a broken CUDA install
        return f"test_vllm_gpu: vLLM does not import ({type(exc).__name__}: {exc}); install with pip install -e 'python[gpu]'"
    return None


_REASON = _skip_reason()
if _REASON is not None:
    print(f"SKIP {_REASON}")
    pytest.skip(_REASON, allow_module_level=True)

from observe_worker.encoding import PromptInput, encode_prompt  # noqa: E402
from observe_worker.policy import Policy  # noqa: E402
from observe_worker.vllm_engine import (  # noqa: E402
    VllmRollout,
    map_param_name,
    vllm_param_target,
    weights_to_sync,
)
from observe_worker.vllm_errors import VllmRolloutError  # noqa: E402
from recipe import adamw  # noqa: E402

LOGPROB_ATOL = 0.05


@pytest.fixture(scope="module")
def policy(tiny_model_dir):
    return Policy.load(tiny_model_dir, seed=0)  # inference-only, bfloat16 on CUDA


@pytest.fixture(scope="module")
def rollout(tiny_model_dir):
    r = VllmRollout(
        tiny_model_dir,
        gpu_memory_utilization=0.25,
        max_model_len=1024,
        max_images_per_prompt=2,
        dtype="bfloat16",
        enforce_eager=True,
        seed=0,
    )
    yield r
    r.close()


@pytest.fixture(scope="module")
def prompts(make_image):
    return [
        PromptInput(system="", text="Describe the picture.", images=[]),
        PromptInput(system="", text="What shape is it?", images=[make_image(56, 56, "red")]),
        PromptInput(system="Compare them.", text="Which is larger?",
                    images=[make_image(112, 56, "green"), make_image(56, 84, "yellow")]),
    ]


def _check_against_policy(policy, prompts, result, temperature):
    completions = result.completions
    got = policy.log_probs(prompts, [c.prompt_index for c in completions], [c.token_ids for c in completions],
                           temperature=temperature if temperature > 0 else 1.0)
    worst = max(float(np.max(np.abs(g - c.logprobs))) for g, c in zip(got, completions) if len(c.token_ids))
    assert worst <= LOGPROB_ATOL, f"vLLM and Policy log-probs differ by up to {worst:.4f} nats"
    return got


def test_vllm_generate_matches_policy(rollout, policy, prompts):
    res = rollout.generate(prompts, n=2, temperature=0.8, top_p=1.0, top_k=0, max_new_tokens=12, seed=0)
    assert [c.prompt_index for c in res.completions] == [0, 0, 1, 1, 2, 2]
    assert res.prompt_num_tokens == [encode_prompt(policy.processor, p, i).num_tokens for i, p in enumerate(prompts)]
    banned = set(policy.banned_ids.tolist())
    for c in res.completions:
        assert c.token_ids.dtype == np.int32 and c.logprobs.dtype == np.float32
        assert len(c.token_ids) == len(c.logprobs) >= 1
        assert not banned.intersection(c.token_ids.tolist())
        assert np.all(c.logprobs <= 0)
        if c.finish_reason == "stop":
            assert int(c.token_ids[-1]) in policy.eos_ids
        else:
            assert c.finish_reason == "length" and len(c.token_ids) == 12
    _check_against_policy(policy, prompts, res, 0.8)
    # same seed, same samples
    again = rollout.generate(prompts, n=2, temperature=0.8, top_p=1.0, top_k=0, max_new_tokens=12, seed=0)
    assert [c.token_ids.tolist() for c in again.completions] == [c.token_ids.tolist() for c in res.completions]


def test_vllm_greedy_copies(rollout, policy, prompts):
    res = rollout.generate(prompts, n=2, temperature=0, top_p=1.0, top_k=0, max_new_tokens=8, seed=0)
    pairs = [res.completions[i:i + 2] for i in range(0, 6, 2)]
    for a, b in pairs:
        assert a.token_ids.tolist() == b.token_ids.tolist()
    _check_against_policy(policy, prompts, res, 0)


def test_vllm_parameter_names_match_the_mapping(rollout, tiny_model_dir):
    from transformers import Qwen2_5_VLForConditionalGeneration

    hf = Qwen2_5_VLForConditionalGeneration.from_pretrained(tiny_model_dir)
    expected = {vllm_param_target(v)[0] for _, v in weights_to_sync([n for n, _ in hf.named_parameters()],
                                                                    tie_word_embeddings=rollout.tie_word_embeddings)}
    rollout.wake_up(("weights",))
    names = rollout.llm.apply_model(lambda model: sorted(n for n, _ in model.named_parameters()))[0]
    assert set(names) == expected, (sorted(set(names) - expected), sorted(expected - set(names)))
    assert all(map_param_name(n) == n for n in names)


def test_vllm_sync_weights_then_sleep_level_2(rollout, policy, prompts):
    before = rollout.generate(prompts, n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=10, seed=3)
    old = [c.logprobs for c in before.completions]
    gen = torch.Generator(device="cpu").manual_seed(0)
    with torch.no_grad():
        for p in policy.model.parameters():
            p.add_((torch.randn(p.shape, generator=gen) * 0.05).to(p.device, p.dtype))
    changed = policy.log_probs(prompts, [c.prompt_index for c in before.completions],
                               [c.token_ids for c in before.completions])
    assert max(float(np.max(np.abs(a - b))) for a, b in zip(changed, old)) > 10 * LOGPROB_ATOL

    seconds = rollout.sync_weights(policy.model.named_parameters(), bucket_bytes=32 * 1024)
    assert seconds > 0 and rollout.last_sync["buckets"] > 1
    print(f"weight sync: {seconds:.3f}s, {int(rollout.last_sync['buckets'])} buckets, {int(rollout.last_sync['bytes'])} bytes")
    after = rollout.generate(prompts, n=2, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=10, seed=4)
    _check_against_policy(policy, prompts, after, 1.0)

    # Level 2 drops the weights on sleep: a generate without a sync is refused, a sync restores them.
    rollout.sleep_level = 2
    rollout.generate(prompts, n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=4, seed=5)
    with pytest.raises(VllmRolloutError, match="sync_weights"):
        rollout.generate(prompts, n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=4, seed=5)
    rollout.sync_weights(dict(policy.model.named_parameters()))
    res = rollout.generate(prompts, n=2, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=10, seed=6)
    _check_against_policy(policy, prompts, res, 1.0)


def test_vllm_follows_a_lora_policy_after_each_update(rollout, tiny_model_dir, prompts):
    """The worker's path (rollout.py): after a LoRA update the merged weights go to vLLM, which then samples
    with the updated policy's log-probs."""
    from observe_worker.policy import LoraSettings
    from observe_worker.rollout import VllmEngineRollout

    lora = Policy.load(tiny_model_dir, optimizer=adamw(5e-2), lora=LoraSettings(rank=8), seed=0)
    engine = VllmEngineRollout(rollout, tensor_parallel_size=1)
    engine.mark_updated(lora)
    first = engine.generate(prompts, n=2, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=10, seed=7)
    lora.train_step(prompts, [c.prompt_index for c in first.completions], [c.token_ids for c in first.completions],
                    np.linspace(-1, 1, len(first.completions)).astype(np.float32), lr=5e-2)
    engine.mark_updated(lora)
    after = engine.generate(prompts, n=2, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=10, seed=8)
    assert engine.last_weight_sync_s > 0
    _check_against_policy(lora, prompts, after, 1.0)
