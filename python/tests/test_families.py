"""Every model family end to end on its tiny checkpoint (CPU, float32): load, generate, score, train, save, LoRA, freezing.

Each tiny checkpoint is built once per session by `tiny_model.build_tiny_model(family=...)`
and loaded exactly as a real one is (the family's transformers class, AutoProcessor).
"""

import json
import os
import shutil
import warnings

import numpy as np
import pytest
import torch

from observe_worker import families
from observe_worker.errors import ModelLoadError
from observe_worker.policy import LoraSettings, Policy, PromptInput
from observe_worker.tiny_model import RESPONSE_TAGS
from recipe import adamw

# log_probs must reproduce generate's log-probs of the same tokens to this absolute tolerance
# (float32 on CPU; measured max differences are 5e-7 to 1e-6 for every family).
LOGPROB_ATOL = 1e-4
# A saved and reloaded checkpoint scores the same: identical float32 weights, identical kernels.
RELOAD_ATOL = 1e-6

FAMILIES = list(families.FAMILIES)


@pytest.fixture(scope="session", params=FAMILIES)
def family_dir(request, tiny_family_dir):
    """(family, directory of its tiny checkpoint); Qwen2.5-VL's is the suite's shared one."""
    return families.FAMILIES[request.param], tiny_family_dir(request.param)


def sample(policy, prompts, n=2, seed=0):
    return policy.generate(prompts, n=n, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=8, seed=seed)


def rows(out):
    return [c.prompt_index for c in out.completions], [c.token_ids for c in out.completions]


def max_diff(a, b):
    return max(float(np.abs(x - y).max()) for x, y in zip(a, b) if len(x))


def test_tiny_checkpoint_loads_as_a_real_one(family_dir):
    from transformers import AutoProcessor

    family, path = family_dir
    with open(os.path.join(path, "config.json"), encoding="utf-8") as f:
        config = json.load(f)
    assert config["model_type"] == family.model_type
    assert config["architectures"] == [family.model_class]
    model = family.model_cls().from_pretrained(path)
    assert sum(p.numel() for p in model.parameters()) < 1_000_000
    processor = AutoProcessor.from_pretrained(path)
    assert processor.chat_template
    tok = processor.tokenizer
    for token in list(RESPONSE_TAGS) + list(family.placeholders):
        assert len(tok.encode(token, add_special_tokens=False)) == 1, token
    assert family.vision_parameters(model), "the family's vision tower is in the model"


def test_generate_with_one_and_two_images_matches_log_probs(family_dir, prompts):
    family, path = family_dir
    policy = Policy.load(path, seed=0)
    assert policy.info["model_type"] == family.model_type
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = sample(policy, prompts)
        policy.log_probs(prompts, *rows(out))
    # The KV cache goes in under the name the installed transformers takes (5.40 drops `past_key_values`).
    assert not [w for w in caught if "past_key_values" in str(w.message)]
    assert len(out.completions) == 2 * len(prompts)
    # Two images make a longer prompt than one image of the same text would.
    assert out.prompt_num_tokens[1] > out.prompt_num_tokens[2]
    index, responses = rows(out)
    assert all(len(r) for r in responses)
    banned = set(policy.banned_ids.tolist())
    assert banned and not banned & {int(t) for r in responses for t in r}
    scored = policy.log_probs(prompts, index, responses)
    assert max_diff(scored, [c.logprobs for c in out.completions]) < LOGPROB_ATOL


def test_positive_advantage_raises_the_sequence_log_prob(family_dir, prompts):
    _, path = family_dir
    policy = Policy.load(path, optimizer=adamw(1e-3), seed=0)
    index, responses = rows(sample(policy, prompts[:2], n=1))
    before = policy.log_probs(prompts, index, responses)
    stats = policy.train_step(prompts, index, responses, np.ones(len(responses), np.float32), old_logprobs=before, lr=1e-3)
    assert stats["grad_norm"] > 0 and np.isfinite(stats["loss"])
    after = policy.log_probs(prompts, index, responses)
    for b, a in zip(before, after):
        assert a.sum() > b.sum()


def test_save_and_reload_score_identically(family_dir, prompts, tmp_path):
    family, path = family_dir
    policy = Policy.load(path, optimizer=adamw(1e-3), seed=0)
    index, responses = rows(sample(policy, prompts, n=1))
    policy.train_step(prompts, index, responses, np.ones(len(responses), np.float32), lr=1e-3)
    trained = policy.log_probs(prompts, index, responses)
    saved = str(tmp_path / "ckpt")
    policy.save_checkpoint(saved)
    with open(os.path.join(saved, "config.json"), encoding="utf-8") as f:
        assert json.load(f)["architectures"] == [family.model_class]
    assert max_diff(Policy.load(saved, seed=0).log_probs(prompts, index, responses), trained) < RELOAD_ATOL
    # And resuming into a fresh policy restores the same weights.
    fresh = Policy.load(path, optimizer=adamw(1e-3), seed=0)
    assert fresh.load_checkpoint(saved)
    assert max_diff(fresh.log_probs(prompts, index, responses), trained) < RELOAD_ATOL


def test_lora_trains_adapters_only(family_dir, prompts):
    family, path = family_dir
    policy = Policy.load(path, optimizer=adamw(1e-2), seed=0, lora=LoraSettings(rank=4))
    named = dict(policy.model.named_parameters())
    trainable = {n for n, p in named.items() if p.requires_grad}
    assert trainable and all("lora_" in n for n in trainable)
    vision = tuple(m + "." for m in family.vision_modules)
    assert not [n for n in trainable if n.startswith(vision)]  # the vision tower gets no adapters by default
    # ... and every other linear layer but the output head does, whatever the family calls it (Qwen3.5's
    # linear-attention projections included): the default is the config's all-linear.
    plain = Policy.load(path, seed=0).model
    linear = [n for n, m in plain.named_modules() if isinstance(m, torch.nn.Linear) and not n.startswith(vision) and n != "lm_head"]
    assert linear and [n for n in linear if not any(f"{n}.lora_A." in t for t in trainable)] == []
    before = {n: p.detach().clone() for n, p in named.items()}
    index, responses = rows(sample(policy, prompts[:2], n=1))
    policy.train_step(prompts, index, responses, np.ones(len(responses), np.float32), lr=1e-2)
    changed = {n for n, p in named.items() if not torch.equal(p, before[n])}
    assert changed and changed <= trainable


@pytest.mark.parametrize("targets", [["all-linear"], None], ids=["all-linear", "default-list"])
def test_lora_adapts_fused_experts_and_merges_as_peft_does(family_dir, prompts, targets):
    """Fused MoE experts (parameters, not Linear layers) get adapters when their projections are targeted, and
    the merged export (checkpoints, vLLM weight sync) equals peft's own merge_and_unload, on every family."""
    import copy

    family, path = family_dir
    policy = Policy.load(path, optimizer=adamw(1e-2), seed=0, lora=LoraSettings(rank=4, target_modules=targets))
    index, responses = rows(sample(policy, prompts[:2], n=1))
    policy.train_step(prompts, index, responses, np.array([1.0, -1.0], np.float32), lr=1e-2)  # B moves off zero
    trainable = [n for n, p in policy.model.named_parameters() if p.requires_grad]
    for _, parameter in family.lora_expert_parameters:
        owner = parameter.rsplit(".", 1)[0]
        assert any(f".{owner}." in n and "lora_A" in n for n in trainable), parameter
    ours = policy.lora.merged_state_dict(policy.model)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = copy.deepcopy(policy.lora.peft_model).merge_and_unload().state_dict()
    assert set(ours) == set(theirs)
    base = Policy.load(path, seed=0).model.state_dict()
    assert any(not torch.equal(ours[k], base[k]) for k in ours)  # the adapters changed something
    for key, value in theirs.items():
        assert torch.allclose(ours[key], value.cpu(), atol=1e-6), key


def test_freeze_vision_tower_freezes_exactly_the_vision_modules(family_dir, prompts):
    family, path = family_dir
    policy = Policy.load(path, optimizer=adamw(1e-3), seed=0, freeze_vision_tower=True)
    vision = {n for n, _ in family.vision_parameters(policy.model)}
    frozen = {n for n, p in policy.model.named_parameters() if not p.requires_grad}
    assert vision and frozen == vision
    before = {n: p.detach().clone() for n, p in policy.model.named_parameters()}
    index, responses = rows(sample(policy, prompts[:2], n=1))
    policy.train_step(prompts, index, responses, np.ones(len(responses), np.float32), lr=1e-3)
    after = dict(policy.model.named_parameters())
    assert all(torch.equal(after[n], before[n]) for n in vision)
    assert any(not torch.equal(after[n], before[n]) for n in after if n not in vision)


def test_moe_router_aux_loss_stays_out_of_the_rl_loss(tmp_path, prompts, request):
    """Even a checkpoint asking for router logits (output_router_logits, a large router_aux_loss_coef)
    trains exactly as one that does not: the load-balancing loss is not added (families/qwen3_vl_moe.py)."""
    from observe_worker.tiny_model import build_tiny_model

    plain = str(tmp_path / "moe")
    build_tiny_model(plain, seed=0, family="qwen3_vl_moe")
    asking = str(tmp_path / "moe-aux")
    shutil.copytree(plain, asking)
    config_path = os.path.join(asking, "config.json")
    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)
    config["text_config"].update(output_router_logits=True, router_aux_loss_coef=10.0)
    with open(config_path, "w", encoding="utf-8") as f:
        json.dump(config, f)

    results = []
    for path in (plain, asking):
        policy = Policy.load(path, optimizer=adamw(1e-3), seed=0)
        assert policy.model.config.get_text_config().output_router_logits is False
        index, responses = rows(sample(policy, prompts[:2], n=1))
        stats = policy.train_step(prompts, index, responses, np.ones(len(responses), np.float32), lr=1e-3)
        assert stats["loss"] == pytest.approx(stats["pg_loss"])
        results.append(policy.log_probs(prompts, index, responses))
    assert max_diff(*results) == 0.0


def test_unsupported_model_type_lists_the_supported_ones(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "gemma3"}))
    with pytest.raises(ModelLoadError) as err:
        Policy.load(str(tmp_path))
    assert "'gemma3'" in str(err.value)
    assert all(model_type in str(err.value) for model_type in families.FAMILIES)


def test_pixel_range_applies_where_the_family_has_one(family_dir, make_image):
    """data.min_pixels/max_pixels bound a Qwen image processor; InternVL's fixed tiles ignore them."""
    family, path = family_dir
    prompt = [PromptInput("", "hi", [make_image(112, 112)])]

    def prompt_tokens(**pixels):
        out = Policy.load(path, **pixels).generate(prompt, n=1, temperature=0, top_p=1, top_k=0, max_new_tokens=1, seed=0)
        return out.prompt_num_tokens[0]

    full, small = prompt_tokens(), prompt_tokens(min_pixels=32 * 32, max_pixels=64 * 64)
    assert (small < full) if family.pixel_range else (small == full)
