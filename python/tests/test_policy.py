"""Policy on the tiny checkpoint: loading, generation, scoring and updates (float32, CPU)."""

import json

import numpy as np
import pytest
import torch

from observe_worker.errors import BadRequest, ModelLoadError, ModelNotLoaded
from observe_worker.model_loading import gradient_checkpointing_on
from observe_worker.policy import LoraSettings, Policy, PromptInput

# log_probs must reproduce generate's log-probs of the same tokens to this absolute tolerance
# (float32 on CPU; measured max differences are about 1e-6).
LOGPROB_ATOL = 1e-4


@pytest.fixture(scope="module")
def prompts(make_image):
    return [
        PromptInput("", "What is shown?", [make_image(56, 56, "red")]),
        PromptInput("Answer briefly.", "Count the shapes in this picture, please.", [make_image(84, 112, "green")]),
        PromptInput("", "Compare the two images.", [make_image(56, 84, "yellow"), make_image(112, 56, "gray")]),
        PromptInput("", "What is 12 + 30?", []),
    ]


def sample(policy, prompts, n=2, seed=0, **kwargs):
    args = dict(n=n, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=12, seed=seed)
    args.update(kwargs)
    return policy.generate(prompts, **args)


# ---------------------------------------------------------------- load


def test_info(inference_policy):
    info = inference_policy.info
    assert info["model_type"] == "qwen2_5_vl"
    assert info["device"] == "cpu" and info["dtype"] == "float32"
    assert 0 < info["num_parameters"] < 5_000_000
    tok = inference_policy.processor.tokenizer
    assert info["eos_token_id"] == tok.convert_tokens_to_ids("<|im_end|>")
    assert info["pad_token_id"] == tok.convert_tokens_to_ids("<|endoftext|>")
    assert info["vocab_size"] == len(tok)


def test_load_missing_dir(tmp_path):
    missing = str(tmp_path / "nope")
    with pytest.raises(ModelLoadError) as err:
        Policy.load(missing)
    msg = str(err.value)
    assert missing in msg and "qwen2_5_vl" in msg and "tiny-model" in msg


def test_load_other_model_type(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "llama"}))
    with pytest.raises(ModelLoadError) as err:
        Policy.load(str(tmp_path))
    msg = str(err.value)
    assert str(tmp_path) in msg and "'llama'" in msg and "qwen2_5_vl" in msg


def test_load_dir_without_config(tmp_path):
    with pytest.raises(ModelLoadError, match="config.json is missing"):
        Policy.load(str(tmp_path))


def test_min_max_pixels_reach_the_processor(tiny_model_dir, make_image):
    small = Policy.load(tiny_model_dir, max_pixels=56 * 56, min_pixels=28 * 28)
    out = small.generate([PromptInput("", "hi", [make_image(112, 112)])], n=1, temperature=0, top_p=1, top_k=0,
                         max_new_tokens=1, seed=0)
    full = Policy.load(tiny_model_dir).generate([PromptInput("", "hi", [make_image(112, 112)])], n=1, temperature=0,
                                                top_p=1, top_k=0, max_new_tokens=1, seed=0)
    # 112x112 is 16 image tokens by default, 4 when fitted to 56*56 pixels
    assert full.prompt_num_tokens[0] - out.prompt_num_tokens[0] == 12


# ---------------------------------------------------------------- generate


def test_generate_shapes_and_order(inference_policy, prompts):
    res = sample(inference_policy, prompts, n=3)
    assert len(res.prompt_num_tokens) == len(prompts)
    assert len(res.completions) == 3 * len(prompts)
    assert [c.prompt_index for c in res.completions] == [i for i in range(len(prompts)) for _ in range(3)]
    eos = set(inference_policy.info["eos_token_ids"])
    for c in res.completions:
        assert c.token_ids.dtype == np.int32 and c.logprobs.dtype == np.float32
        assert c.token_ids.shape == c.logprobs.shape and 1 <= len(c.token_ids) <= 12
        assert np.all(c.logprobs <= 0) and np.all(np.isfinite(c.logprobs))
        assert isinstance(c.text, str)
        if c.finish_reason == "stop":
            assert int(c.token_ids[-1]) in eos and not eos & set(c.token_ids[:-1].tolist())
        else:
            assert c.finish_reason == "length" and len(c.token_ids) == 12
            assert not eos & set(c.token_ids.tolist())
    # prompt lengths: the text-only prompt is the chat template's tokens; images add their image tokens
    # (56x56 -> 4, 84x112 -> 12, 56x84 + 112x56 -> 6 + 8)
    proc = inference_policy.processor
    text_only = proc.apply_chat_template(
        [{"role": "user", "content": [{"type": "text", "text": prompts[3].text}]}], add_generation_prompt=True,
        tokenize=False,
    )
    assert res.prompt_num_tokens[3] == len(proc.tokenizer(text_only)["input_ids"])
    for i, image_tokens in enumerate([4, 12, 14]):
        assert res.prompt_num_tokens[i] > image_tokens + 20


def test_generate_is_reproducible(inference_policy, prompts):
    a = sample(inference_policy, prompts, seed=7)
    b = sample(inference_policy, prompts, seed=7)
    c = sample(inference_policy, prompts, seed=8)
    for x, y in zip(a.completions, b.completions):
        assert np.array_equal(x.token_ids, y.token_ids) and np.array_equal(x.logprobs, y.logprobs)
    assert any(not np.array_equal(x.token_ids, z.token_ids) for x, z in zip(a.completions, c.completions))
    # the n samples of one prompt differ from each other
    assert not np.array_equal(a.completions[0].token_ids, a.completions[1].token_ids)


def test_top_k_and_top_p_keep_what_transformers_warpers_keep():
    """The filters against transformers' own TopKLogitsWarper then TopPLogitsWarper (generate's order): the
    same tokens kept, in the same proportions."""
    from transformers.generation.logits_process import TopKLogitsWarper, TopPLogitsWarper

    from observe_worker.hf_generation import _filtered_probs

    scaled = torch.randn((4, 3020), generator=torch.Generator().manual_seed(3)) * 3
    for top_k, top_p in [(0, 0.9), (50, 1.0), (50, 0.9), (5, 0.5), (0, 0.2)]:
        weights = _filtered_probs(torch.softmax(scaled, -1), scaled, top_k, top_p)
        expected = scaled.clone()
        if top_k:
            expected = TopKLogitsWarper(top_k)(None, expected)
        if top_p < 1:
            expected = TopPLogitsWarper(top_p)(None, expected)
        expected = torch.softmax(expected, -1)
        assert torch.equal(weights > 0, expected > 0), (top_k, top_p)
        assert torch.allclose(weights / weights.sum(-1, keepdim=True), expected, atol=1e-6), (top_k, top_p)
        assert (weights > 0).sum(-1).min() >= 1


def test_greedy_ignores_seed_and_matches_across_samples(inference_policy, prompts):
    a = sample(inference_policy, prompts[:2], n=2, seed=1, temperature=0.0)
    b = sample(inference_policy, prompts[:2], n=2, seed=2, temperature=0.0)
    for x, y in zip(a.completions, b.completions):
        assert np.array_equal(x.token_ids, y.token_ids)
    assert np.array_equal(a.completions[0].token_ids, a.completions[1].token_ids)


def test_top_k_one_is_greedy(inference_policy, prompts):
    greedy = sample(inference_policy, prompts[:1], n=1, temperature=0.0)
    top1 = sample(inference_policy, prompts[:1], n=1, temperature=0.7, top_k=1)
    assert np.array_equal(greedy.completions[0].token_ids, top1.completions[0].token_ids)


def test_generate_rejects_bad_arguments(inference_policy, prompts):
    with pytest.raises(BadRequest):
        sample(inference_policy, prompts, n=0)
    with pytest.raises(BadRequest):
        sample(inference_policy, prompts, top_p=0.0)
    with pytest.raises(BadRequest):
        sample(inference_policy, prompts, temperature=-1.0)


# ---------------------------------------------------------------- log_probs


def test_log_probs_match_generate(inference_policy, prompts):
    for temperature in (1.0, 0.7):
        res = sample(inference_policy, prompts, n=2, seed=3, temperature=temperature)
        idx = [c.prompt_index for c in res.completions]
        toks = [c.token_ids for c in res.completions]
        scored = inference_policy.log_probs(prompts, idx, toks, temperature=temperature)
        diff = max(float(np.abs(s - c.logprobs).max()) for s, c in zip(scored, res.completions))
        assert diff < LOGPROB_ATOL, diff


def test_padded_micro_batches_equal_single_sequences(inference_policy, prompts):
    res = sample(inference_policy, prompts, n=2, seed=4)
    idx = [c.prompt_index for c in res.completions]
    # responses of very different lengths so rows are padded
    toks = [c.token_ids[: 1 + (k * 5) % 12] for k, c in enumerate(res.completions)]
    full = inference_policy.log_probs(prompts, idx, toks, micro_batch_size=0)
    by3 = inference_policy.log_probs(prompts, idx, toks, micro_batch_size=3)
    alone = [inference_policy.log_probs([prompts[i]], [0], [t])[0] for i, t in zip(idx, toks)]
    for f, m, a, t in zip(full, by3, alone, toks):
        assert f.shape == t.shape == a.shape
        assert np.abs(f - a).max() < LOGPROB_ATOL and np.abs(m - a).max() < LOGPROB_ATOL


def test_shared_prompt_scoring_equals_whole_sequences(make_trainable, prompts):
    """Each distinct prompt runs once and its keys/values serve all its responses: same log-probs and gradients
    as scoring every prompt+response row whole (the layout gradient checkpointing still uses)."""
    from observe_worker.encoding import collate_sequences, collate_shared_prompts

    policy = make_trainable()
    res = sample(policy, prompts, n=3, seed=6)
    idx = [c.prompt_index for c in res.completions]
    toks = [torch.from_numpy(c.token_ids[: (k * 5) % 13].astype(np.int64)) for k, c in enumerate(res.completions)]
    assert any(len(t) == 0 for t in toks) and any(len(t) == 1 for t in toks)  # empty and one-token rows too
    encoded = policy._encode(prompts)
    rows = [encoded[i] for i in idx]
    layouts = {
        "whole": collate_sequences(rows, toks, policy.pad_id, policy._rope_index, policy.device),
        "shared": collate_shared_prompts(rows, idx, toks, policy.pad_id, policy._rope_index, policy.device),
    }
    assert layouts["shared"].prompt.input_ids.shape[0] == len(prompts)  # 12 rows, 4 prompt passes
    logp, grads = {}, {}
    for name, batch in layouts.items():
        policy.model.zero_grad(set_to_none=True)
        lp, _ = policy._score(policy.model, batch, 0.8, with_entropy=False)
        (lp * torch.linspace(-1, 1, lp.shape[0])).sum().backward()
        logp[name] = lp.detach()
        grads[name] = {n: p.grad.clone() for n, p in policy.model.named_parameters() if p.grad is not None}
    assert torch.equal(layouts["shared"].targets, layouts["whole"].targets)
    assert (logp["shared"] - logp["whole"]).abs().max() < LOGPROB_ATOL
    assert grads["shared"].keys() == grads["whole"].keys() and any("visual" in n for n in grads["whole"])
    for n, g in grads["whole"].items():
        assert (grads["shared"][n] - g).abs().max() <= 1e-4 * g.abs().max() + 1e-8, n


def test_gradient_checkpointing_scores_whole_sequences(make_trainable, prompts):
    """Gradient checkpointing drops the KV cache in training passes, so the update falls back to whole rows."""
    policy = make_trainable(gradient_checkpointing=True)
    plain = make_trainable()
    idx, toks = _one_batch(policy, prompts)
    adv = np.array([1.0, -0.5, 0.25, -1.0], np.float32)
    a = policy.train_step(prompts, idx, toks, adv, lr=1e-3)
    b = plain.train_step(prompts, idx, toks, adv, lr=1e-3)
    assert a["grad_norm"] == pytest.approx(b["grad_norm"], rel=1e-4)


@pytest.mark.parametrize("extra", [{}, {"freeze_vision_tower": True}, {"lora": LoraSettings(rank=2)}],
                         ids=["plain", "frozen-vision-tower", "lora"])
def test_gradient_checkpointing_is_on_whatever_else_is_asked(make_trainable, extra):
    """worker.actor.model.enable_gradient_checkpointing holds beside freeze_vision_tower and LoRA (it was dropped
    when the vision tower was frozen)."""
    policy = make_trainable(gradient_checkpointing=True, **extra)
    assert gradient_checkpointing_on(policy.model)
    assert not gradient_checkpointing_on(make_trainable(**extra).model)


def test_reference_log_probs(inference_policy, prompts, tiny_model_dir):
    res = sample(inference_policy, prompts[:2], n=1)
    idx = [c.prompt_index for c in res.completions]
    toks = [c.token_ids for c in res.completions]
    ref = inference_policy.log_probs(prompts, idx, toks, role="reference")
    pol = inference_policy.log_probs(prompts, idx, toks)
    assert all(np.abs(a - b).max() < LOGPROB_ATOL for a, b in zip(ref, pol))
    no_ref = Policy.load(tiny_model_dir)
    with pytest.raises(ModelNotLoaded, match="load_reference"):
        no_ref.log_probs(prompts, idx, toks, role="reference")


def test_log_probs_validate_inputs(inference_policy, prompts):
    with pytest.raises(BadRequest, match="prompt_index"):
        inference_policy.log_probs(prompts, [0, 1], [np.array([1, 2], np.int32)])
    with pytest.raises(BadRequest, match="out of range"):
        inference_policy.log_probs(prompts, [9], [np.array([1, 2], np.int32)])
    with pytest.raises(BadRequest, match="token id"):
        inference_policy.log_probs(prompts, [0], [np.array([10**6], np.int32)])
    # the whole batch is range-checked at once; the error still names the offending response
    ok = np.array([1, 2], np.int32)
    with pytest.raises(BadRequest, match=r"response 2: token id out of range .*min -1"):
        inference_policy.log_probs(prompts, [0, 0, 1], [ok, np.zeros(0, np.int32), np.array([3, -1], np.int32)])
    with pytest.raises(BadRequest, match="response 1: token ids must be a 1-D integer array"):
        inference_policy.log_probs(prompts, [0, 0], [ok, np.array([1.5])])
    scores = inference_policy.log_probs(prompts, [0, 1, 1], [ok, [], np.array([4], np.int64)])
    assert [len(x) for x in scores] == [2, 0, 1]


# ---------------------------------------------------------------- train_step


def _one_batch(policy, prompts):
    res = sample(policy, prompts[:2], n=2, seed=5)
    return [c.prompt_index for c in res.completions], [c.token_ids for c in res.completions]


def test_train_step_reports_the_token_advantages_the_loss_used(make_trainable, prompts):
    """critic/advantages/* as verl/EasyR1 log them: over response tokens, KL-in-reward returns included, clamped."""
    policy = make_trainable()
    idx, toks = _one_batch(policy, prompts)
    adv = np.array([1.0, -0.5, 0.25, -1.0], np.float32)
    old = policy.log_probs(prompts, idx, toks)
    ref = [o - 0.05 * (k + 1) for k, o in enumerate(old)]  # k1 KL of 0.05, 0.1, ... per token
    kl_coef, clip = 2.0, 1.2
    m = policy.train_step(prompts, idx, toks, adv, old_logprobs=old, ref_logprobs=ref, lr=1e-3, kl_coef=kl_coef,
                          kl_penalty="kl", advantage_clip=clip)
    # By hand: token t's reward is -kl_coef * (old_t - ref_t); its advantage adds the rewards from t on.
    per_token = []
    for a, o, r in zip(adv, old, ref):
        rewards = -kl_coef * (o.astype(np.float64) - r)
        per_token.append(np.clip(a + np.cumsum(rewards[::-1])[::-1], -clip, clip))
    every = np.concatenate(per_token)
    assert m["advantages_mean"] == pytest.approx(every.mean(), rel=1e-5)
    assert (m["advantages_max"], m["advantages_min"]) == pytest.approx((every.max(), every.min()), rel=1e-5)
    assert m["advantages_min"] == pytest.approx(-clip)  # the clamp is part of what is reported


def test_train_steps_run_in_train_mode_and_every_other_pass_in_eval_mode(make_trainable, prompts):
    """Consecutive updates stay in train mode (one switch per rollout); generate and log_probs switch back, so
    dropout never reaches them. With attention dropout at 0.5, a pass in train mode would not repeat."""
    policy = make_trainable()
    for module in policy.model.modules():
        if hasattr(module, "attention_dropout"):
            module.attention_dropout = 0.5
    idx, toks = _one_batch(policy, prompts)
    adv = np.array([1.0, -0.5, 0.25, -1.0], np.float32)
    for _ in range(2):
        policy.train_step(prompts, idx, toks, adv, lr=1e-3)
        assert policy.model.training
    first, second = policy.log_probs(prompts, idx, toks), policy.log_probs(prompts, idx, toks)
    assert not policy.model.training
    assert all(np.array_equal(a, b) for a, b in zip(first, second))
    policy.train_step(prompts, idx, toks, adv, lr=1e-3)
    greedy = [policy.generate(prompts[:1], n=1, temperature=0, top_p=1, top_k=0, max_new_tokens=6, seed=s)
              for s in (0, 1)]
    assert np.array_equal(greedy[0].completions[0].token_ids, greedy[1].completions[0].token_ids)
    assert not policy.model.training


@pytest.mark.parametrize("sign", [1.0, -1.0])
def test_advantage_sign_moves_log_prob(make_trainable, prompts, sign):
    policy = make_trainable(lr=1e-3)
    idx, toks = _one_batch(policy, prompts)
    before = policy.log_probs(prompts, idx, toks)
    adv = np.zeros(len(toks), np.float32)
    adv[0] = sign
    stats = policy.train_step(prompts, idx, toks, adv, lr=1e-3)
    after = policy.log_probs(prompts, idx, toks)
    change = float(after[0].sum() - before[0].sum())
    assert change * sign > 0.5, change
    for key in ["loss", "pg_loss", "kl", "clipfrac", "grad_norm", "entropy", "ppo_kl", "lr", "num_tokens"]:
        assert isinstance(stats[key], float), key
    assert stats["num_tokens"] == sum(len(t) for t in toks)
    assert stats["clipfrac"] == 0.0 and stats["ppo_kl"] == 0.0  # on-policy: ratio 1
    assert stats["kl"] == 0.0 and stats["lr"] == 1e-3 and stats["grad_norm"] > 0


def test_micro_batches_accumulate_to_the_full_batch_step(make_trainable, prompts):
    a, b = make_trainable(), make_trainable()
    idx, toks = _one_batch(a, prompts)
    old = a.log_probs(prompts, idx, toks)
    adv = np.array([1.0, -0.5, 0.25, -1.0], np.float32)
    for mode in ["token-mean", "seq-mean-token-mean", "seq-mean-token-sum", "seq-mean-token-sum-norm"]:
        sa = a.train_step(prompts, idx, toks, adv, old_logprobs=old, lr=1e-3, loss_agg_mode=mode, loss_scale_factor=12)
        sb = b.train_step(prompts, idx, toks, adv, old_logprobs=old, lr=1e-3, loss_agg_mode=mode, loss_scale_factor=12,
                          micro_batch_size=1)
        assert sa["grad_norm"] == pytest.approx(sb["grad_norm"], rel=1e-4)
        assert sa["loss"] == pytest.approx(sb["loss"], rel=1e-4, abs=1e-6)
    la, lb = a.log_probs(prompts, idx, toks), b.log_probs(prompts, idx, toks)
    assert max(np.abs(x - y).max() for x, y in zip(la, lb)) < 1e-4
    # after two steps from the same old log-probs the ratio is off 1: clipping statistics are live
    s = a.train_step(prompts, idx, toks, adv, old_logprobs=old, lr=1e-3)
    assert s["ppo_kl"] != 0.0


def test_clip_fractions_report_each_bound(make_trainable, prompts):
    """Old log-probs shifted by -0.5 / +0.5 on alternate tokens give ratios e^0.5 = 1.65 and e^-0.5 = 0.61:
    each clip bound then shows up in its own fraction, and only when it binds (lr 0: no weight moves)."""
    policy = make_trainable()
    idx, toks = _one_batch(policy, prompts)
    logp = policy.log_probs(prompts, idx, toks)
    shift = [np.where(np.arange(len(lp)) % 2 == 0, -0.5, 0.5).astype(np.float32) for lp in logp]
    old = [lp + d for lp, d in zip(logp, shift)]
    adv = np.array([1.0, -1.0, 1.0, -1.0], np.float32)
    wide = policy.train_step(prompts, idx, toks, adv, old_logprobs=old, lr=0.0,
                             clip_ratio_low=0.99, clip_ratio_high=100.0, clip_ratio_dual=100.0)
    assert wide["clipfrac"] == wide["clipfrac_higher"] == wide["clipfrac_lower"] == wide["clipfrac_dual"] == 0.0
    s = policy.train_step(prompts, idx, toks, adv, old_logprobs=old, lr=0.0,
                          clip_ratio_low=0.2, clip_ratio_high=0.28, clip_ratio_dual=1.5)
    total = sum(len(t) for t in toks)
    up = [int((d < 0).sum()) for d in shift]  # tokens with ratio 1.65
    down = [int((d > 0).sum()) for d in shift]  # tokens with ratio 0.61
    higher = (up[0] + up[2]) / total  # A > 0, 1.65 > 1.28
    lower = (down[1] + down[3]) / total  # A < 0, 0.61 < 0.8
    dual = (up[1] + up[3]) / total  # A < 0, 1.65 > 1.5
    assert min(higher, lower, dual) > 0
    assert s["clipfrac_higher"] == pytest.approx(higher)
    assert s["clipfrac_lower"] == pytest.approx(lower)
    assert s["clipfrac_dual"] == pytest.approx(dual)
    assert s["clipfrac"] == pytest.approx(higher + lower)
    # dual bound above 1.65: those tokens train unclipped again
    loose = policy.train_step(prompts, idx, toks, adv, old_logprobs=old, lr=0.0,
                              clip_ratio_low=0.2, clip_ratio_high=0.28, clip_ratio_dual=2.0)
    assert loose["clipfrac_dual"] == 0.0 and loose["pg_loss"] > s["pg_loss"]


def test_kl_options(make_trainable, prompts, tiny_model_dir):
    policy = make_trainable(load_reference=True)
    idx, toks = _one_batch(policy, prompts)
    adv = np.array([1.0, -1.0, 0.5, -0.5], np.float32)
    policy.train_step(prompts, idx, toks, adv, lr=1e-2)  # move away from the reference
    ref = policy.log_probs(prompts, idx, toks, role="reference")
    for kind in ["kl", "abs", "mse", "low_var_kl"]:  # reward-side estimators
        s = policy.train_step(prompts, idx, toks, adv, ref_logprobs=ref, kl_coef=0.1, kl_penalty=kind, lr=1e-4)
        # the kl metric is the k3 estimate whatever the reward estimator: positive away from the reference
        assert s["kl"] > 0 and s["loss"] == s["pg_loss"] and s["kl_loss"] == 0.0
    for kind in ["low_var_kl", "mse", "abs"]:  # loss estimators, with the reward estimator left at k1
        s = policy.train_step(prompts, idx, toks, adv, ref_logprobs=ref, kl_coef=0.1, kl_penalty="kl",
                              kl_loss_type=kind, use_kl_loss=True, lr=1e-4)
        # token-mean aggregation: the KL loss term is kl_coef times the mean token estimate
        assert s["loss"] - s["pg_loss"] == pytest.approx(0.1 * s["kl_loss"], rel=1e-4)
        assert s["kl_loss"] > 0
        if kind == "low_var_kl":
            assert s["kl_loss"] == pytest.approx(s["kl"], rel=1e-4)
    with pytest.raises(BadRequest, match="zero expected gradient"):
        policy.train_step(prompts, idx, toks, adv, ref_logprobs=ref, kl_coef=0.1, kl_loss_type="kl", use_kl_loss=True,
                          lr=1e-4)
    with pytest.raises(BadRequest, match="kl_penalty"):
        policy.train_step(prompts, idx, toks, adv, ref_logprobs=ref, kl_coef=0.1, kl_penalty="k2", lr=1e-4)
    with pytest.raises(BadRequest, match="ref_logprobs"):
        policy.train_step(prompts, idx, toks, adv, kl_coef=0.1, use_kl_loss=True, lr=1e-4)


def test_kl_loss_holds_the_policy_near_the_reference(make_trainable, prompts):
    """10 steps pushing away from the reference, same seed and data: a k3 KL loss keeps KL(pi || ref) lower."""
    adv = np.array([1.0, -1.0, 0.5, -0.5], np.float32)

    def run(use_kl_loss: bool) -> list[float]:
        policy = make_trainable(load_reference=True)
        idx, toks = _one_batch(policy, prompts)
        ref = policy.log_probs(prompts, idx, toks, role="reference")
        kls = []
        for _ in range(10):
            s = policy.train_step(prompts, idx, toks, adv, ref_logprobs=ref, kl_coef=1.0 if use_kl_loss else 0.0,
                                  kl_loss_type="low_var_kl", use_kl_loss=use_kl_loss, lr=1e-3)
            kls.append(s["kl"])
        return kls

    free, held = run(False), run(True)
    print("kl without / with the KL loss:", [round(k, 4) for k in free], [round(k, 4) for k in held])
    assert free[0] == pytest.approx(0.0, abs=1e-6) and held[0] == pytest.approx(0.0, abs=1e-6)  # same start
    assert free[-1] > 0.05, free
    assert held[-1] < 0.5 * free[-1], (held, free)


@pytest.mark.parametrize("mode", ["full", "lora", "offload"])
def test_reference_is_scored_like_the_policy_so_kl_starts_at_zero(make_trainable, prompts, mode):
    """bf16 compute (CPU autocast here, as on GPUs): float32 master weights must not make the policy differ from its reference."""
    from observe_worker.policy import LoraSettings, OffloadSettings

    extra = {"lora": dict(lora=LoraSettings(rank=4)),
             "offload": dict(offload=OffloadSettings(offload_params=True, offload_optimizer=True, offload_reference=True)),
             "full": {}}[mode]
    policy = make_trainable(load_reference=True, dtype="bfloat16", **extra)
    idx, toks = _one_batch(policy, prompts)
    pol = policy.log_probs(prompts, idx, toks)
    ref = policy.log_probs(prompts, idx, toks, role="reference")
    assert max(float(np.abs(a - b).max()) for a, b in zip(pol, ref)) == 0.0
    # the first step's KL (measured before its update) is 0, and the k1 reward penalty adds nothing
    adv = np.array([1.0, -1.0, 0.5, -0.5], np.float32)
    s = policy.train_step(prompts, idx, toks, adv, old_logprobs=pol, ref_logprobs=ref, kl_coef=0.1, lr=1e-3)
    assert s["kl"] == 0.0 and s["ppo_kl"] == 0.0


@pytest.mark.parametrize("freeze", [True, False])
def test_freeze_vision_tower(make_trainable, prompts, tiny_model_dir, tmp_path, freeze):
    """Frozen: no grads, no optimizer state, every visual.* tensor of a checkpoint after 2 steps equals the initial one."""
    from safetensors.torch import load_file

    policy = make_trainable(lr=1e-2, freeze_vision_tower=freeze)
    visual = {n for n, _ in policy.model.named_parameters() if ".visual." in f".{n}"}
    assert visual
    trainable = {n for n, p in policy.model.named_parameters() if p.requires_grad}
    assert (trainable & visual == set()) == freeze and trainable - visual
    idx, toks = _one_batch(policy, prompts)  # prompts 0 and 1 carry images: the vision tower is in the graph
    adv = np.array([1.0, -1.0, 0.5, -0.5], np.float32)
    for _ in range(2):
        policy.train_step(prompts, idx, toks, adv, lr=1e-2)
    in_optimizer = {id(p) for g in policy.optimizer.param_groups for p in g["params"]}
    params = dict(policy.model.named_parameters())
    assert any(id(params[n]) in in_optimizer for n in visual) != freeze
    assert all(not policy.optimizer.state.get(params[n]) for n in visual) == freeze
    policy.save_checkpoint(str(tmp_path / "ckpt"))
    initial = load_file(f"{tiny_model_dir}/model.safetensors")
    saved = load_file(str(tmp_path / "ckpt" / "model.safetensors"))
    vis_keys = [k for k in saved if ".visual." in f".{k}"]
    assert vis_keys and set(vis_keys) <= set(initial)
    changed = [k for k in vis_keys if not torch.equal(saved[k], initial[k])]
    assert (changed == []) == freeze, changed[:3]
    # the language model trains either way
    assert any(not torch.equal(saved[k], initial[k]) for k in saved if k in initial and k not in vis_keys)


def test_inference_only_policy_cannot_train(inference_policy, prompts):
    with pytest.raises(ModelNotLoaded, match="optimizer"):
        inference_policy.train_step(prompts, [0], [np.array([1, 2], np.int32)], np.array([1.0]), lr=1e-3)


def test_sft_step_teaches_stopping(make_trainable, prompts):
    policy = make_trainable(lr=1e-2)
    eos = policy.info["eos_token_id"]
    answer = policy.processor.tokenizer("<answer> 42 </answer>", add_special_tokens=False)["input_ids"]
    target = np.array(answer + [eos], np.int32)
    two = [prompts[0], prompts[3]]  # with and without an image
    for _ in range(40):
        stats = policy.sft_step(two, [0, 1], [target, target], lr=1e-2, micro_batch_size=1)
    assert stats["loss"] < 0.3 and stats["num_tokens"] == 2 * len(target)
    res = sample(policy, two, n=2, temperature=0.0, max_new_tokens=16)
    for c in res.completions:
        assert c.finish_reason == "stop"
        assert c.token_ids.tolist() == target.tolist()
        assert c.text == "<answer> 42 </answer>"  # tags kept, <|im_end|> skipped


def test_empty_response_scores_to_empty(inference_policy, prompts):
    out = inference_policy.log_probs(prompts, [3, 3], [np.array([], np.int32), [5, 6]])
    assert out[0].shape == (0,) and out[1].shape == (2,)


@pytest.mark.skipif(__import__("torch").cuda.is_available(), reason="checks the CPU-only error")
def test_cuda_requested_without_cuda(tiny_model_dir):
    with pytest.raises(ModelLoadError, match="CUDA is not available"):
        Policy.load(tiny_model_dir, device="cuda")


def test_sampled_tokens_follow_the_probabilities():
    from observe_worker.hf_generation import sample_tokens

    probs = torch.tensor([[0.5, 0.3, 0.2, 0.0], [0.0, 0.0, 1.0, 0.0], [0.1, 0.0, 0.0, 0.9]])
    gen = torch.Generator().manual_seed(0)
    draws = torch.stack([sample_tokens(probs, gen) for _ in range(20000)])  # [20000, 3]
    for row in range(3):
        freq = torch.bincount(draws[:, row], minlength=4).float() / draws.shape[0]
        assert (freq - probs[row]).abs().max() < 0.015, (row, freq)  # 4+ standard errors at n=20000
        assert freq[probs[row] == 0].sum() == 0  # a filtered token is never drawn
    again = torch.stack([sample_tokens(probs, torch.Generator().manual_seed(0)) for _ in range(3)])
    assert torch.equal(again[0], draws[0])  # a seed repeats


def test_sampled_tokens_follow_the_probabilities_over_a_real_vocabulary():
    """A vocabulary that does not split into equal blocks, with zero-mass blocks, a zero last entry
    and a spike: the two-level draw still matches p and never picks a zero-probability token."""
    from observe_worker.hf_generation import sample_tokens

    vocab = 3001
    gen = torch.Generator().manual_seed(1)
    probs = torch.rand((2, vocab), generator=gen) ** 4
    probs[0, 100:400] = 0  # several whole blocks of 54 without mass
    probs[0, -1] = 0
    probs[1, :] = 0
    probs[1, [7, 1500, 2999]] = torch.tensor([0.25, 0.5, 0.25])
    probs = probs / probs.sum(-1, keepdim=True)
    draws = torch.stack([sample_tokens(probs, gen) for _ in range(20000)])  # [20000, 2]
    freq = torch.stack([torch.bincount(draws[:, r], minlength=vocab).float() / draws.shape[0] for r in range(2)])
    assert freq[probs == 0].sum() == 0
    assert (freq[1] - probs[1]).abs().max() < 0.015
    # Row 0 spreads over 2,700 tokens: compare the mass of 30 bands of 100 tokens.
    assert (freq[0].view(-1)[:3000].view(30, 100).sum(-1) - probs[0, :3000].view(30, 100).sum(-1)).abs().max() < 0.015
