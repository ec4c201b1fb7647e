"""LoRA on the tiny checkpoint: only adapters train, the reference is the base, merged export, round trip (CPU, fp32)."""

import json
import os
import warnings

import numpy as np
import pytest
import torch

from observe_worker.errors import BadRequest, CheckpointError
from observe_worker.lora import ADAPTER_DIR
from observe_worker.policy import LoraSettings, Policy, PromptInput
from recipe import adamw

# Reference log-probs are the base model's exactly: the adapter-disabled forward
# runs the same base kernels on the same weights (measured difference 0).
REFERENCE_ATOL = 1e-6
# A merged export computes (W + s*B@A) x instead of W x + s*B(A x): float32
# rounding only (measured max ~5e-7 on the tiny model).
MERGED_ATOL = 1e-5


@pytest.fixture(scope="module")
def prompts(make_image):
    return [
        PromptInput("", "What is shown?", [make_image(56, 56, "red")]),
        PromptInput("", "What is 12 + 30?", []),
    ]


@pytest.fixture(scope="module")
def base_policy(tiny_model_dir):
    return Policy.load(tiny_model_dir, seed=0)


@pytest.fixture(scope="module")
def batch(base_policy, prompts):
    out = base_policy.generate(prompts, n=2, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=8, seed=1)
    return [c.prompt_index for c in out.completions], [c.token_ids for c in out.completions]


def lora_policy(path, lr=1e-2, load_reference=False, **lora):
    return Policy.load(path, optimizer=adamw(lr), seed=0, load_reference=load_reference,
                       lora=LoraSettings(**{"rank": 4, **lora}))


def train(policy, prompts, batch, steps=1):
    index, responses = batch
    adv = np.array([1.0, -1.0] * (len(responses) // 2), dtype=np.float32)
    for _ in range(steps):
        old = policy.log_probs(prompts, index, responses)
        stats = policy.train_step(prompts, index, responses, adv, old_logprobs=old, lr=1e-2)
        assert stats["grad_norm"] > 0
    return stats


def max_diff(a, b):
    assert len(a) == len(b)
    return max(float(np.abs(x - y).max()) for x, y in zip(a, b))


def snapshot(policy, adapters: bool):
    return {n: p.detach().clone() for n, p in policy.model.named_parameters() if ("lora_" in n) == adapters}


def test_only_adapters_train_and_reference_is_the_base(tiny_model_dir, base_policy, prompts, batch):
    policy = lora_policy(tiny_model_dir, load_reference=True)
    assert policy.reference is None  # no second copy: the reference is the adapter-disabled model
    assert policy.info["has_reference"] and policy.info["lora"]["rank"] == 4
    trainable = {n for n, p in policy.model.named_parameters() if p.requires_grad}
    assert trainable and all(".lora_A." in n or ".lora_B." in n for n in trainable)
    assert not any("visual" in n for n in trainable)  # vision tower frozen, no adapters there
    suffixes = {n.split(".lora_")[0].rsplit(".", 1)[-1] for n in trainable}
    assert suffixes == {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"}
    opt_params = {id(p) for g in policy.optimizer.param_groups for p in g["params"]}
    assert opt_params == {id(p) for p in policy.model.parameters() if p.requires_grad}

    index, responses = batch
    base_lp = base_policy.log_probs(prompts, index, responses)
    assert max_diff(policy.log_probs(prompts, index, responses, role="reference"), base_lp) <= REFERENCE_ATOL
    # fresh adapters (B = 0) do not change the policy either
    assert max_diff(policy.log_probs(prompts, index, responses), base_lp) <= REFERENCE_ATOL

    base_before, lora_before = snapshot(policy, adapters=False), snapshot(policy, adapters=True)
    train(policy, prompts, batch)
    base_after, lora_after = snapshot(policy, adapters=False), snapshot(policy, adapters=True)
    assert base_before.keys() == base_after.keys()
    assert all(torch.equal(base_before[n], base_after[n]) for n in base_before)  # bit-identical
    changed = [n for n in lora_before if not torch.equal(lora_before[n], lora_after[n])]
    assert any(".lora_B." in n for n in changed)

    assert max_diff(policy.log_probs(prompts, index, responses), base_lp) > 1e-3  # the policy moved
    assert max_diff(policy.log_probs(prompts, index, responses, role="reference"), base_lp) <= REFERENCE_ATOL


def test_merged_export_and_round_trip(tiny_model_dir, prompts, batch, tmp_path):
    from transformers import Qwen2_5_VLForConditionalGeneration

    index, responses = batch
    policy = lora_policy(tiny_model_dir)
    train(policy, prompts, batch, steps=2)
    trained = policy.log_probs(prompts, index, responses)
    path = str(tmp_path / "ckpt")
    assert policy.save_checkpoint(path) > 0
    assert os.path.isfile(os.path.join(path, ADAPTER_DIR, "adapter_model.safetensors"))
    assert os.path.isfile(os.path.join(path, ADAPTER_DIR, "adapter_config.json"))
    manifest = json.loads(open(os.path.join(path, "observe_checkpoint.json")).read())
    assert manifest["lora"]["rank"] == 4 and manifest["lora"]["merged"] is True

    # the merged model is a plain HF checkpoint: no missing, unexpected or LoRA keys
    model, info = Qwen2_5_VLForConditionalGeneration.from_pretrained(path, output_loading_info=True)
    assert not info["missing_keys"] and not info["unexpected_keys"] and not info["mismatched_keys"]
    assert not any("lora" in n or "base_layer" in n for n, _ in model.named_parameters())
    del model
    merged = Policy.load(path, seed=0)
    assert max_diff(merged.log_probs(prompts, index, responses), trained) <= MERGED_ATOL

    # round trip: a fresh LoRA policy on the base model resumes adapters and optimizer state
    resumed = lora_policy(tiny_model_dir)
    assert resumed.load_checkpoint(path) is True
    assert resumed.steps == policy.steps == 2
    assert max_diff(resumed.log_probs(prompts, index, responses), trained) == 0.0
    assert max_diff(resumed.log_probs(prompts, index, responses, role="reference"),
                    policy.log_probs(prompts, index, responses, role="reference")) == 0.0
    # the next step is the same in both (same adapters, same AdamW moments)
    train(policy, prompts, batch)
    train(resumed, prompts, batch)
    assert max_diff(resumed.log_probs(prompts, index, responses), policy.log_probs(prompts, index, responses)) <= 1e-6

    # the adapter directory also loads with plain peft on top of the base model
    from peft import PeftModel

    base = Qwen2_5_VLForConditionalGeneration.from_pretrained(tiny_model_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # peft asks transformers a deprecated question
        peft_model = PeftModel.from_pretrained(base, os.path.join(path, ADAPTER_DIR))
    assert sum(1 for n, _ in peft_model.named_parameters() if "lora_A" in n) == manifest["lora"]["adapted_modules"]


def test_lora_checkpoint_errors(tiny_model_dir, tmp_path):
    full = Policy.load(tiny_model_dir, optimizer=adamw(1e-3), seed=0)
    plain = str(tmp_path / "plain")
    full.save_checkpoint(plain)
    policy = lora_policy(tiny_model_dir)
    with pytest.raises(CheckpointError, match="holds no LoRA adapter"):
        policy.load_checkpoint(plain)
    other = str(tmp_path / "rank8")
    lora_policy(tiny_model_dir, rank=8).save_checkpoint(other)
    with pytest.raises(CheckpointError, match="rank 8"):
        policy.load_checkpoint(other)


def test_lora_settings(tiny_model_dir):
    with pytest.raises(BadRequest, match="rank"):
        lora_policy(tiny_model_dir, rank=0)
    with pytest.raises(BadRequest, match="target_modules"):
        lora_policy(tiny_model_dir, target_modules=["no_such_proj"])
    # vision tower unfrozen: adapters go into the vision blocks' matching projections too
    policy = Policy.load(tiny_model_dir, seed=0, lora=LoraSettings(rank=2, alpha=4, target_modules=["all-linear"],
                                                                    freeze_vision_tower=False))
    names = {n.split(".lora_")[0] for n, _ in policy.model.named_parameters() if ".lora_A." in n}
    assert any("visual" in n for n in names) and not any(n.endswith("lm_head") for n in names)
    assert policy.info["lora"]["alpha"] == 4.0
