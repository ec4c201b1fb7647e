"""fast_qwen2.py against the transformers forward it stands in for: the same logits step by step after a
left-padded multimodal prefill, the same generations, and the transformers path wherever it does not apply."""

import numpy as np
import pytest
import torch
from transformers import DynamicCache

from observe_worker import families, fast_qwen2
from observe_worker.encoding import collate_prompts
from observe_worker.hf_generation import _last_position
from observe_worker.policy import LoraSettings, Policy
from recipe import adamw

QWEN2_DECODERS = [name for name, family in families.FAMILIES.items() if family.qwen2_decoder]


def decode_both(policy, prompts, *, copies: int, steps: int):
    """Per decode step, (fast logits, transformers logits) for the same tokens after the same prefill."""
    model = policy.model
    model.eval()
    encoded = [policy.encodings.encode(policy.processor, p, i) for i, p in enumerate(prompts)]
    batch = collate_prompts(encoded, policy.pad_id, policy._rope_index, policy.device)
    cache = DynamicCache(config=model.config.text_config)
    out = []
    with torch.no_grad(), policy._autocast():
        model.observe_forward(_last_position, input_ids=batch.input_ids, attention_mask=batch.attention_mask,
                              position_ids=batch.position_ids, cache=cache, use_cache=True, **batch.model_vision)
        cache.batch_repeat_interleave(copies)
        mask = batch.attention_mask.repeat_interleave(copies, 0)
        rows = mask.shape[0]
        full = torch.cat([mask, mask.new_ones(rows, steps)], 1)
        fast = fast_qwen2.FastDecoder(model, cache, full, steps)
        position = batch.next_position.repeat_interleave(copies, 0)
        tokens = torch.Generator().manual_seed(0)
        for t in range(steps):
            token = torch.randint(0, model.config.text_config.vocab_size, (rows,), generator=tokens)
            ours = fast.step(token, position, t).float()
            theirs = model.observe_forward(
                _last_position, input_ids=token[:, None], attention_mask=full[:, : mask.shape[1] + t + 1],
                position_ids=position.view(1, rows, 1).expand(3, rows, 1), cache=cache, use_cache=True,
            ).float()
            out.append((ours, theirs))
            position = position + 1
    return out


@pytest.mark.parametrize("model_type", QWEN2_DECODERS)
def test_steps_match_the_transformers_forward(tiny_family_dir, prompts, model_type):
    policy = Policy.load(tiny_family_dir(model_type), seed=0)
    assert fast_qwen2.supported(policy.model, policy.family)
    # prompts of different lengths (left padding), with 0, 1 and 2 images; 3 rows per prompt share its cache
    for t, (ours, theirs) in enumerate(decode_both(policy, prompts, copies=3, steps=5)):
        assert ours.shape == theirs.shape == (9, policy.model.config.text_config.vocab_size)
        assert torch.allclose(ours, theirs, atol=1e-5, rtol=0), f"step {t}: {(ours - theirs).abs().max():.2e}"


@pytest.mark.parametrize("trainable", [True, False], ids=["fp32-weights-autocast", "bf16-weights"])
def test_steps_match_in_bfloat16(tiny_model_dir, prompts, trainable):
    # a trainable policy keeps float32 weights under bfloat16 autocast; an inference one holds bfloat16 weights
    policy = Policy.load(tiny_model_dir, optimizer=adamw(1e-3) if trainable else None, dtype="bfloat16", seed=0)
    assert policy.compute_dtype == torch.bfloat16
    assert policy.param_dtype == (torch.float32 if trainable else torch.bfloat16)
    for t, (ours, theirs) in enumerate(decode_both(policy, prompts, copies=2, steps=4)):
        # measured bit-identical on CPU (a bfloat16 ulp at these logits is 0.008, which a wrong rotary stays under)
        assert (ours - theirs).abs().max() <= 1e-6, f"step {t}: {(ours - theirs).abs().max():.2e}"


def test_generate_is_unchanged(inference_policy, prompts, monkeypatch):
    def run(temperature):
        return inference_policy.generate(prompts, n=4, temperature=temperature, top_p=0.9, top_k=50,
                                         max_new_tokens=12, seed=3)

    fast = [run(0.0), run(1.0)]
    monkeypatch.setattr(fast_qwen2, "supported", lambda model, family: False)
    slow = [run(0.0), run(1.0)]
    for a, b in zip(fast, slow):
        assert [c.text for c in a.completions] == [c.text for c in b.completions]
        for x, y in zip(a.completions, b.completions):
            assert np.array_equal(x.token_ids, y.token_ids)
            assert np.allclose(x.logprobs, y.logprobs, atol=1e-5)
    assert len({tuple(c.token_ids) for c in fast[1].completions}) > 1  # sampling did vary across rows


def test_other_models_decode_through_transformers(tiny_family_dir, tiny_model_dir):
    plain = Policy.load(tiny_model_dir, seed=0)
    assert fast_qwen2.supported(plain.model, plain.family)
    # LoRA wraps the linear layers in modules with their own forward
    lora = Policy.load(tiny_model_dir, optimizer=adamw(1e-3), seed=0, lora=LoraSettings(rank=4))
    assert not fast_qwen2.supported(lora.model, lora.family)
    # q/k norms and interleaved M-RoPE (Qwen3-VL) are not Qwen2's layers
    qwen3 = Policy.load(tiny_family_dir("qwen3_vl"), seed=0)
    assert not qwen3.family.qwen2_decoder and not fast_qwen2.supported(qwen3.model, qwen3.family)
    # another rope type falls back too
    plain.model.model.language_model.rotary_emb.rope_type = "dynamic"
    assert not fast_qwen2.supported(plain.model, plain.family)
    # attention dropout only matters in train mode, where these passes do not apply it
    plain.model.model.language_model.rotary_emb.rope_type = "default"
    for layer in plain.model.model.language_model.layers:
        layer.self_attn.attention_dropout = 0.1
    assert fast_qwen2.supported(plain.model, plain.family)
    plain.model.train()
    assert not fast_qwen2.supported(plain.model, plain.family)


def score_and_train(policy, prompts):
    """log_probs of responses of unequal lengths (one with a single token, one empty) after prompts with 0, 1
    and 2 images, then one train_step: (log-probs, metrics, the gradients the optimizer stepped on)."""
    rng = np.random.default_rng(0)
    vocab = policy.model.config.text_config.vocab_size
    index = [0, 0, 1, 2, 1, 2, 0]
    responses = [rng.integers(0, vocab, n) for n in (5, 1, 9, 3, 0, 7, 6)]
    logp = policy.log_probs(prompts, index, responses, micro_batch_size=4)
    grads = {}
    step = policy._finish_step

    def keep_gradients(opt):
        grads.update({name: p.grad.clone() for name, p in policy.model.named_parameters() if p.grad is not None})
        return step(opt)

    policy._finish_step = keep_gradients
    metrics = policy.train_step(prompts, index, responses, np.linspace(-1, 1, len(responses)).astype(np.float32),
                                old_logprobs=logp, ref_logprobs=[x - 0.1 for x in logp], lr=1e-2, kl_coef=0.1,
                                use_kl_loss=True, micro_batch_size=4)
    return logp, metrics, grads


@pytest.mark.parametrize("model_type", QWEN2_DECODERS)
def test_scoring_passes_match_the_transformers_forward(tiny_family_dir, prompts, model_type, monkeypatch):
    """Scoring and an update with both passes here and through transformers: the same log-probs, the same
    metrics, the same gradients (float32 on CPU: all but one of the tied embedding's entries bit-identical)."""
    assert sorted(len(p.images) for p in prompts) == [0, 1, 2]
    make = lambda: Policy.load(tiny_family_dir(model_type), optimizer=adamw(1e-2), seed=0)  # noqa: E731
    calls = []
    for name in ("prompt_pass", "response_pass"):
        real = getattr(fast_qwen2, name)
        monkeypatch.setattr(fast_qwen2, name, lambda *a, real=real, name=name: calls.append(name) or real(*a))
    fast = score_and_train(make(), prompts)
    assert calls == ["prompt_pass", "response_pass"] * 4  # two micro-batches, scored then trained
    monkeypatch.setattr(fast_qwen2, "supported", lambda model, family: False)
    slow = score_and_train(make(), prompts)
    assert len(calls) == 8
    for ours, theirs in zip(fast[0], slow[0]):
        assert ours.shape == theirs.shape and np.allclose(ours, theirs, atol=1e-5, rtol=0)
    for key in ("loss", "pg_loss", "kl", "entropy", "grad_norm"):
        assert fast[1][key] == pytest.approx(slow[1][key], rel=1e-5, abs=1e-7), key
    assert fast[2].keys() == slow[2].keys() and len(fast[2]) == len(list(make().model.parameters()))
    for name, grad in fast[2].items():
        theirs = slow[2][name]
        assert torch.allclose(grad, theirs, rtol=1e-4, atol=1e-6 * float(theirs.abs().max())), name


def test_scoring_passes_match_in_bfloat16(tiny_model_dir, prompts, monkeypatch):
    """Under bfloat16 autocast the log-probs are bit-identical; the backward rounds in other places, so each
    gradient agrees to bfloat16 precision."""
    make = lambda: Policy.load(tiny_model_dir, optimizer=adamw(1e-2), dtype="bfloat16", seed=0)  # noqa: E731
    fast = score_and_train(make(), prompts)
    monkeypatch.setattr(fast_qwen2, "supported", lambda model, family: False)
    slow = score_and_train(make(), prompts)
    for ours, theirs in zip(fast[0], slow[0]):
        assert np.array_equal(ours, theirs)
    errors = {name: ((g - slow[2][name]).norm() / slow[2][name].norm()).item() for name, g in fast[2].items()}
    # bfloat16 rounds at 2^-8 relative; measured at most 1.2% (a k_proj bias, whose gradient is rounding noise:
    # softmax ignores what it adds to every key of a query), 0.7% elsewhere
    assert max(errors.values()) < 3e-2, max(errors.items(), key=lambda kv: kv[1])
