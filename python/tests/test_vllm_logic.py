"""The vLLM adapter's pure logic (observe_worker/vllm_engine.py), on CPU and without vLLM.

Request building, sampling options, output conversion, weight-name mapping
and bucket planning are checked against the tiny model's real processor and
parameter names; the VllmRollout glue (sleep/wake, cache resets, one call per
weight bucket) runs against a stand-in engine. The real engine is exercised by
test_vllm_gpu.py where CUDA and vLLM are present.
"""

from __future__ import annotations

import importlib.abc
import re
import sys
import types
from dataclasses import dataclass, field

import numpy as np
import pytest
import torch

from observe_worker import families
from observe_worker import vllm_engine as ve
from observe_worker.encoding import PromptInput, encode_prompt
from observe_worker.errors import BadRequest
from observe_worker.vllm_errors import VllmRolloutError, VllmUnavailable


# ---------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def processor(tiny_model_dir):
    from transformers import AutoProcessor

    return AutoProcessor.from_pretrained(tiny_model_dir)


@pytest.fixture(scope="module")
def hf_params(tiny_model_dir):
    """(name, shape, dtype) of the tiny model's parameters as transformers 5 names them."""
    from transformers import Qwen2_5_VLForConditionalGeneration

    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(tiny_model_dir)
    return [(n, tuple(p.shape), p.dtype) for n, p in model.named_parameters()]


@pytest.fixture(scope="module")
def checkpoint_names(tiny_model_dir):
    """The tensor names inside the tiny checkpoint's safetensors file (the original Qwen layout)."""
    import os

    from safetensors import safe_open

    with safe_open(os.path.join(tiny_model_dir, "model.safetensors"), "pt") as f:
        return list(f.keys())


# ---------------------------------------------------------------------------- bucket planning


def test_buckets_empty_and_single():
    assert ve.plan_weight_buckets([], 100) == []
    assert ve.plan_weight_buckets([("a", (10,), torch.float32)], 100) == [["a"]]


def test_buckets_fill_exactly_then_split():
    four = lambda name: (name, (2,), torch.float16)  # 4 bytes  # noqa: E731
    assert ve.plan_weight_buckets([four("a"), four("b")], 8) == [["a", "b"]]
    assert ve.plan_weight_buckets([four("a"), four("b"), four("c")], 8) == [["a", "b"], ["c"]]
    assert ve.plan_weight_buckets([four("a"), four("b"), four("c")], 9) == [["a", "b"], ["c"]]
    assert ve.plan_weight_buckets([four("a"), four("b"), four("c")], 12) == [["a", "b", "c"]]


def test_oversized_tensor_gets_its_own_bucket_and_order_is_kept():
    items = [("s1", (2,), "float32"), ("big", (100,), "float32"), ("s2", (2,), "float32"), ("s3", (2,), "float32")]
    assert ve.plan_weight_buckets(items, 16) == [["s1"], ["big"], ["s2", "s3"]]
    # oversized first and last
    assert ve.plan_weight_buckets([("big", (10,), 4), ("s", (1,), 4)], 8) == [["big"], ["s"]]
    assert ve.plan_weight_buckets([("s", (1,), 4), ("big", (10,), 4)], 8) == [["s"], ["big"]]
    assert ve.plan_weight_buckets([("b1", (10,), 4), ("b2", (10,), 4)], 8) == [["b1"], ["b2"]]


def test_bucket_sizes_follow_dtype():
    bf16 = [("a", (4,), torch.bfloat16), ("b", (4,), torch.bfloat16)]  # 8 bytes each
    f32 = [("a", (4,), torch.float32), ("b", (4,), torch.float32)]  # 16 bytes each
    assert ve.plan_weight_buckets(bf16, 16) == [["a", "b"]]
    assert ve.plan_weight_buckets(f32, 16) == [["a"], ["b"]]
    assert ve.plan_weight_buckets([("a", (4,), "bf16"), ("b", (4,), 2)], 16) == [["a", "b"]]


def test_zero_sized_tensor_and_scalar():
    items = [("empty", (0, 5), torch.float32), ("scalar", (), torch.float32), ("x", (3,), torch.float32)]
    assert ve.plan_weight_buckets(items, 16) == [["empty", "scalar", "x"]]


def test_bucket_plan_rejects_bad_input():
    with pytest.raises(BadRequest, match="bucket_bytes"):
        ve.plan_weight_buckets([("a", (1,), 4)], 0)
    with pytest.raises(BadRequest, match="twice"):
        ve.plan_weight_buckets([("a", (1,), 4), ("a", (1,), 4)], 10)
    with pytest.raises(BadRequest, match="dtype"):
        ve.plan_weight_buckets([("a", (1,), "float8_unknown")], 10)


def test_bucket_plan_on_the_tiny_model(hf_params):
    limit = 16 * 1024
    sizes = {n: ve.tensor_nbytes(s, torch.bfloat16) for n, s, _ in hf_params}
    buckets = ve.plan_weight_buckets([(n, s, torch.bfloat16) for n, s, _ in hf_params], limit)
    assert [n for b in buckets for n in b] == [n for n, _, _ in hf_params]  # order kept, nothing lost or split
    assert len(buckets) > 1
    for b in buckets:
        total = sum(sizes[n] for n in b)
        assert total <= limit or len(b) == 1
    # a bucket is only closed early when the next tensor would not fit
    flat = [n for b in buckets for n in b]
    for b, nxt in zip(buckets, buckets[1:]):
        assert sum(sizes[n] for n in b) + sizes[nxt[0]] > limit or sum(sizes[n] for n in b) >= limit, flat


def test_buckets_keep_a_module_together():
    module = lambda name: name.split(".")[0]  # noqa: E731
    four = lambda name: (name, (1,), torch.float32)  # noqa: E731
    items = [four("a.q"), four("a.k"), four("a.v"), four("b.w"), four("b.b"), four("c.w")]
    # 8 bytes would cut a.q|a.k|a.v by size; the module stays whole (oversized: alone)
    assert ve.plan_weight_buckets(items, 8, module_of=module) == [["a.q", "a.k", "a.v"], ["b.w", "b.b"], ["c.w"]]
    assert ve.plan_weight_buckets(items, 20, module_of=module) == [["a.q", "a.k", "a.v", "b.w", "b.b"], ["c.w"]]
    # a module's weights that arrive apart travel together, where the first one was
    apart = [four("a.w"), four("b.w"), four("a.b")]
    assert ve.plan_weight_buckets(apart, 8, module_of=module) == [["a.w", "a.b"], ["b.w"]]
    assert ve.plan_weight_buckets(apart, 8) == [["a.w", "b.w"], ["a.b"]]  # without modules: by bytes alone


def test_vllm_module_of():
    m = ve.vllm_module_of
    assert m("language_model.model.layers.0.self_attn.q_proj.weight") == "language_model.model.layers.0.self_attn.qkv_proj"
    assert m("language_model.model.layers.0.self_attn.v_proj.bias") == "language_model.model.layers.0.self_attn.qkv_proj"
    assert m("language_model.model.layers.1.mlp.up_proj.weight") == "language_model.model.layers.1.mlp.gate_up_proj"
    assert m("visual.blocks.0.attn.qkv.bias") == m("visual.blocks.0.attn.qkv.weight") == "visual.blocks.0.attn.qkv"
    assert m("visual.blocks.0.mlp.gate_proj.bias") == "visual.blocks.0.mlp.gate_up_proj"
    assert m("language_model.model.norm.weight") == "language_model.model.norm"


@pytest.mark.parametrize("limit", [1, 4 * 1024, 16 * 1024, 64 * 1024])
def test_bucket_plan_never_splits_a_tiny_model_module(hf_params, limit):
    vllm_name = dict(ve.weights_to_sync([n for n, _, _ in hf_params], tie_word_embeddings=False))
    items = [(n, s, torch.bfloat16) for n, s, _ in hf_params]
    buckets = ve.plan_weight_buckets(items, limit, module_of=lambda n: ve.vllm_module_of(vllm_name[n]))
    assert sorted(n for b in buckets for n in b) == sorted(vllm_name)
    home: dict[str, int] = {}
    for i, bucket in enumerate(buckets):
        for n in bucket:
            assert home.setdefault(ve.vllm_module_of(vllm_name[n]), i) == i, f"{n}: its module is split across buckets"
    assert len(buckets) > 1
    sizes = {n: ve.tensor_nbytes(s, torch.bfloat16) for n, s, _ in hf_params}
    for bucket in buckets:  # over the limit only when the bucket is one module
        assert sum(sizes[n] for n in bucket) <= limit or len({ve.vllm_module_of(vllm_name[n]) for n in bucket}) == 1


# ---------------------------------------------------------------------------- name mapping


def test_map_param_name_examples():
    m = ve.map_param_name
    assert m("model.language_model.layers.0.self_attn.q_proj.weight") == "language_model.model.layers.0.self_attn.q_proj.weight"
    assert m("model.language_model.embed_tokens.weight") == "language_model.model.embed_tokens.weight"
    assert m("model.visual.blocks.1.attn.qkv.bias") == "visual.blocks.1.attn.qkv.bias"
    assert m("model.visual.merger.mlp.0.weight") == "visual.merger.mlp.0.weight"
    assert m("lm_head.weight") == "language_model.lm_head.weight"
    # original Qwen checkpoint names
    assert m("model.layers.0.mlp.up_proj.weight") == "language_model.model.layers.0.mlp.up_proj.weight"
    assert m("visual.patch_embed.proj.weight") == "visual.patch_embed.proj.weight"
    # wrappers that rename without changing the tensor
    assert m("model.language_model.layers.0._checkpoint_wrapped_module.mlp.down_proj.weight") == (
        "language_model.model.layers.0.mlp.down_proj.weight"
    )
    assert m("module.model.visual.blocks.0.norm1.weight") == "visual.blocks.0.norm1.weight"
    with pytest.raises(BadRequest, match="not a qwen2_5_vl parameter"):
        m("base_model.model.model.language_model.layers.0.self_attn.q_proj.lora_A.weight")


def test_every_tiny_model_name_maps_and_is_a_fixed_point(hf_params):
    names = [n for n, _, _ in hf_params]
    mapped = [ve.map_param_name(n) for n in names]
    assert len(set(mapped)) == len(names)
    for n, v in zip(names, mapped):
        assert v.startswith(("language_model.model.", "visual.", "language_model.lm_head.")), (n, v)
        assert ve.map_param_name(v) == v  # vLLM's own mapper leaves it unchanged too
        if n.startswith("model.visual."):
            assert v == n[len("model."):]
        else:
            assert v == "language_model.model." + n[len("model.language_model."):]


def test_checkpoint_and_trainer_names_map_to_the_same_vllm_names(hf_params, checkpoint_names):
    # The tiny checkpoint is stored with the original Qwen names (model.layers.*, visual.*),
    # the trainer's transformers 5 model names them model.language_model.*, model.visual.*:
    # both must reach the same vLLM parameters.
    assert {ve.map_param_name(n) for n, _, _ in hf_params} == {ve.map_param_name(n) for n in checkpoint_names}


def _vllm_param_pattern(name: str) -> str:
    return re.sub(r"\.\d+\.", ".N.", name)


def test_fused_targets_match_vllms_qwen2_5_vl_modules(hf_params):
    targets = {}
    for n, _, _ in hf_params:
        param, shard = ve.vllm_param_target(ve.map_param_name(n))
        targets.setdefault(_vllm_param_pattern(param), set()).add(shard)
    # vLLM 0.33.0's parameter names for Qwen2.5-VL (qwen2_5_vl.py, qwen2.py), per layer/block
    expected = {
        "visual.patch_embed.proj.weight": {None},
        "visual.blocks.N.norm1.weight": {None},
        "visual.blocks.N.norm2.weight": {None},
        "visual.blocks.N.attn.qkv.weight": {None},  # already fused in the HF model: split by its weight loader
        "visual.blocks.N.attn.qkv.bias": {None},
        "visual.blocks.N.attn.proj.weight": {None},
        "visual.blocks.N.attn.proj.bias": {None},
        "visual.blocks.N.mlp.gate_up_proj.weight": {0, 1},
        "visual.blocks.N.mlp.gate_up_proj.bias": {0, 1},
        "visual.blocks.N.mlp.down_proj.weight": {None},
        "visual.blocks.N.mlp.down_proj.bias": {None},
        "visual.merger.ln_q.weight": {None},
        "visual.merger.mlp.N.weight": {None},
        "visual.merger.mlp.N.bias": {None},
        "language_model.model.embed_tokens.weight": {None},
        "language_model.model.layers.N.self_attn.qkv_proj.weight": {"q", "k", "v"},
        "language_model.model.layers.N.self_attn.qkv_proj.bias": {"q", "k", "v"},
        "language_model.model.layers.N.self_attn.o_proj.weight": {None},
        "language_model.model.layers.N.mlp.gate_up_proj.weight": {0, 1},
        "language_model.model.layers.N.mlp.down_proj.weight": {None},
        "language_model.model.layers.N.input_layernorm.weight": {None},
        "language_model.model.layers.N.post_attention_layernorm.weight": {None},
        "language_model.model.norm.weight": {None},
    }
    assert targets == expected
    assert ve.vllm_param_target("language_model.lm_head.weight") == ("language_model.lm_head.weight", None)


def test_weights_to_sync_drops_the_tied_lm_head(tiny_model_dir):
    from transformers import Qwen2_5_VLForConditionalGeneration

    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(tiny_model_dir)
    state_names = list(model.state_dict().keys())  # a state dict may carry lm_head.weight as well
    tied = ve.weights_to_sync(state_names, tie_word_embeddings=True)
    assert all(v != "language_model.lm_head.weight" for _, v in tied)
    assert {v for _, v in tied} == {ve.map_param_name(n) for n, _ in model.named_parameters()}
    untied = ve.weights_to_sync(["lm_head.weight", "model.language_model.norm.weight"], tie_word_embeddings=False)
    assert untied == [("lm_head.weight", "language_model.lm_head.weight"),
                      ("model.language_model.norm.weight", "language_model.model.norm.weight")]
    with pytest.raises(BadRequest, match="both map"):
        ve.weights_to_sync(["model.layers.0.mlp.up_proj.weight", "model.language_model.layers.0.mlp.up_proj.weight"],
                           tie_word_embeddings=True)


# ---------------------------------------------------------------------------- requests


def _prompts(make_image, counts):
    colors = ["red", "green", "yellow", "white"]
    return [
        PromptInput(system="" if k % 2 == 0 else "Look closely.", text=f"How many shapes? ({k})",
                    images=[make_image(56 + 28 * j, 56, colors[j % 4]) for j in range(k)])
        for k in counts
    ]


def test_build_requests_with_zero_one_two_images(processor, make_image):
    prompts = _prompts(make_image, [0, 1, 2])
    requests = ve.build_requests(prompts, processor)
    assert len(requests) == 3
    assert set(requests[0]) == {"prompt"}
    for req, p in zip(requests, prompts):
        assert req["prompt"].count("<|image_pad|>") == len(p.images)
        assert req["prompt"].count("<|vision_start|>") == len(p.images)
        assert req["prompt"].endswith("<|im_start|>assistant\n")
        assert p.text in req["prompt"]
        if p.images:
            assert set(req) == {"prompt", "multi_modal_data"}
            assert set(req["multi_modal_data"]) == {"image"}
            assert [id(i) for i in req["multi_modal_data"]["image"]] == [id(i) for i in p.images]
    assert "Look closely." in requests[1]["prompt"]
    assert "You are a helpful assistant." in requests[0]["prompt"]  # the template's default system turn


def test_build_requests_gives_the_tokens_policy_encodes(processor, make_image):
    # vLLM runs the same HF processor on the text and images; the ids must be those encode_prompt makes.
    prompts = _prompts(make_image, [0, 1, 2])
    for i, (req, p) in enumerate(zip(ve.build_requests(prompts, processor), prompts)):
        images = req.get("multi_modal_data", {}).get("image")
        ids = processor(text=[req["prompt"]], images=images or None, return_tensors="pt")["input_ids"][0]
        assert torch.equal(ids, encode_prompt(processor, p, i).input_ids)
    # the text alone tokenizes without added special tokens (vLLM tokenizes the prompt string itself)
    tok = processor.tokenizer
    text = ve.build_requests(prompts[:1], processor)[0]["prompt"]
    assert tok.encode(text) == tok.encode(text, add_special_tokens=False)


def test_build_requests_copies_and_limits(processor, make_image):
    prompts = _prompts(make_image, [1, 0])
    reqs = ve.build_requests(prompts, processor, copies=3)
    assert len(reqs) == 6
    assert all(r["prompt"] == reqs[0]["prompt"] for r in reqs[:3])
    assert all(r["prompt"] == reqs[3]["prompt"] for r in reqs[3:])
    assert reqs[0] is not reqs[1] and reqs[0]["multi_modal_data"] is not reqs[1]["multi_modal_data"]
    with pytest.raises(BadRequest, match="at most 1 per prompt"):
        ve.build_requests(_prompts(make_image, [2]), processor, max_images=1)
    with pytest.raises(BadRequest, match="expected a PIL image"):
        ve.build_requests([PromptInput(system="", text="x", images=[np.zeros((4, 4, 3))])], processor)
    with pytest.raises(BadRequest, match="list"):
        ve.build_requests("not a list", processor)
    assert ve.build_requests([], processor) == []


def test_vision_placeholders_are_banned_as_single_tokens(processor):
    tok = processor.tokenizer
    words = ve.vision_placeholder_words(tok)
    assert words == list(families.DEFAULT.placeholders)
    for w in words:
        assert tok.encode(w, add_special_tokens=False) == [tok.convert_tokens_to_ids(w)]


# ---------------------------------------------------------------------------- sampling


def test_sampling_kwargs_sampled():
    kw = ve.sampling_params_kwargs(n=4, temperature=0.7, top_p=0.9, top_k=-1, max_new_tokens=32,
                                   stop_token_ids=[3002, 3000, 3002], banned_words=["<|image_pad|>"], seed=5)
    assert kw == {
        "n": 4, "temperature": 0.7, "top_p": 0.9, "top_k": 0, "max_tokens": 32, "logprobs": 0,
        "flat_logprobs": True, "detokenize": False, "repetition_penalty": 1.0, "ignore_eos": False,
        "stop_token_ids": [3000, 3002], "bad_words": ["<|image_pad|>"], "seed": 5,
    }
    assert ve.sampling_params_kwargs(n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=1)["top_k"] == 0
    assert ve.sampling_params_kwargs(n=1, temperature=1.0, top_p=1.0, top_k=7, max_new_tokens=1)["top_k"] == 7


def test_sampling_kwargs_greedy():
    kw = ve.sampling_params_kwargs(n=1, temperature=0, top_p=0.5, top_k=20, max_new_tokens=8, seed=3)
    assert kw["temperature"] == 0.0 and kw["top_k"] == 0 and kw["top_p"] == 1.0 and "seed" not in kw
    with pytest.raises(BadRequest, match="n=1"):
        ve.sampling_params_kwargs(n=2, temperature=0, top_p=1, top_k=0, max_new_tokens=8)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"temperature": -1}, "temperature must be >= 0"),
        ({"temperature": float("nan")}, "temperature must be >= 0"),
        ({"temperature": 2.5}, "at most 2.0"),
        ({"temperature": 0.005}, "below 0.01"),
        ({"top_p": 0.0}, "top_p"),
        ({"top_p": 1.5}, "top_p"),
        ({"max_new_tokens": 0}, "max_new_tokens"),
        ({"n": 0}, "n must be at least 1"),
    ],
)
def test_sampling_kwargs_rejects(change, message):
    args = dict(n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=4) | change
    with pytest.raises(BadRequest, match=message):
        ve.sampling_params_kwargs(**args)


def test_samples_per_request_and_seeds():
    assert ve.samples_per_request(4, 1.0) == (4, 1)
    assert ve.samples_per_request(4, 0) == (1, 4)
    assert ve.samples_per_request(1, 0) == (1, 1)
    with pytest.raises(BadRequest):
        ve.samples_per_request(0, 1.0)
    seeds = ve.request_seeds(7, 5, 4)
    assert seeds == ve.request_seeds(7, 5, 4)
    children = [s + j for s in seeds for j in range(4)]
    assert len(set(children)) == 20 and max(children) < 2**31
    assert ve.request_seeds(8, 5, 4) != seeds
    assert ve.filters_change_logprobs(0, 1.0) is False
    assert ve.filters_change_logprobs(-1, 1.0) is False
    assert ve.filters_change_logprobs(5, 1.0) is True
    assert ve.filters_change_logprobs(0, 0.9) is True


# ---------------------------------------------------------------------------- outputs


@dataclass
class FakeLogprob:
    logprob: float
    rank: int | None = 1
    decoded_token: str | None = None


@dataclass
class FakeCompletion:
    index: int
    token_ids: list[int]
    logprobs: list | None
    finish_reason: str | None
    text: str = ""
    cumulative_logprob: float | None = None
    stop_reason: object = None


@dataclass
class FakeRequestOutput:
    prompt_token_ids: list[int]
    outputs: list[FakeCompletion] = field(default_factory=list)
    request_id: str = "0"
    finished: bool = True


def _sample(index, ids, lps, reason):
    return FakeCompletion(index=index, token_ids=ids, logprobs=[{t: FakeLogprob(lp)} for t, lp in zip(ids, lps)],
                          finish_reason=reason)


def test_outputs_to_completions():
    outputs = [
        FakeRequestOutput(prompt_token_ids=list(range(11)), outputs=[
            _sample(1, [5, 6, 7], [-1.0, -2.0, -3.0], "length"),  # given out of order
            _sample(0, [8, 3002], [-0.5, -0.25], "stop"),
        ]),
        FakeRequestOutput(prompt_token_ids=list(range(7)), outputs=[
            _sample(0, [3002], [-0.125], "stop"),
            _sample(1, [9, 9], [-4.0, -5.0], "length"),
        ]),
    ]
    res = ve.completions_from_outputs(outputs, requests_per_prompt=1, eos_ids=[3002, 3000],
                                      decode=lambda ids: " ".join(map(str, ids)))
    assert res.prompt_num_tokens == [11, 7]
    assert [c.prompt_index for c in res.completions] == [0, 0, 1, 1]
    first, second = res.completions[:2]
    assert first.token_ids.tolist() == [8, 3002] and first.finish_reason == "stop"
    assert first.token_ids.dtype == np.int32 and first.logprobs.dtype == np.float32
    np.testing.assert_array_equal(first.logprobs, [-0.5, -0.25])
    assert second.token_ids.tolist() == [5, 6, 7] and second.finish_reason == "length"
    np.testing.assert_array_equal(second.logprobs, [-1.0, -2.0, -3.0])
    assert first.text == "8 3002"


def test_outputs_from_greedy_copies_and_plain_dicts():
    # greedy n=2 is sent as two requests per prompt; plain dicts and float log-probs work as well
    def req(n_prompt, ids):
        return {"prompt_token_ids": [0] * n_prompt,
                "outputs": [{"index": 0, "token_ids": ids, "logprobs": [{t: -0.5} for t in ids], "finish_reason": "stop"}]}

    outputs = [req(4, [1, 3002]), req(4, [1, 3002]), req(6, [2, 3002]), req(6, [2, 3002])]
    res = ve.completions_from_outputs(outputs, requests_per_prompt=2, eos_ids=[3002], decode=lambda ids: "")
    assert res.prompt_num_tokens == [4, 6]
    assert [c.prompt_index for c in res.completions] == [0, 0, 1, 1]
    assert [c.token_ids.tolist() for c in res.completions] == [[1, 3002], [1, 3002], [2, 3002], [2, 3002]]
    assert ve.completions_from_outputs([], requests_per_prompt=2, eos_ids=[1], decode=str).completions == []


def test_outputs_errors():
    ok = lambda reason="stop": FakeRequestOutput([1, 2], [_sample(0, [3002], [-1.0], reason)])  # noqa: E731
    conv = lambda outs, k=1: ve.completions_from_outputs(outs, requests_per_prompt=k, eos_ids=[3002], decode=str)  # noqa: E731
    for reason in ("abort", "error", "repetition", None):
        with pytest.raises(VllmRolloutError, match="reason"):
            conv([ok(reason)])
    with pytest.raises(VllmRolloutError, match="log-probs for 2 tokens"):
        conv([FakeRequestOutput([1], [FakeCompletion(0, [4, 3002], [{4: FakeLogprob(-1.0)}], "stop")])])
    with pytest.raises(VllmRolloutError, match="logprobs=0"):
        conv([FakeRequestOutput([1], [FakeCompletion(0, [4], None, "length")])])
    with pytest.raises(VllmRolloutError, match="lack the sampled token 4"):
        conv([FakeRequestOutput([1], [FakeCompletion(0, [4], [{5: FakeLogprob(-1.0)}], "length")])])
    with pytest.raises(VllmRolloutError, match="no completion"):
        conv([FakeRequestOutput([1], [])])
    with pytest.raises(VllmRolloutError, match="groups of 2"):
        conv([ok(), ok(), ok()], k=2)


# ---------------------------------------------------------------------------- engine arguments


def test_engine_kwargs():
    kw = ve.engine_kwargs("/m", tensor_parallel_size=2, gpu_memory_utilization=0.4, max_model_len=4096,
                          max_images_per_prompt=3, seed=1)
    assert kw["model"] == "/m" and kw["tensor_parallel_size"] == 2 and kw["gpu_memory_utilization"] == 0.4
    assert kw["enable_sleep_mode"] is True
    assert kw["limit_mm_per_prompt"] == {"image": 3, "video": 0}
    assert kw["logprobs_mode"] == "processed_logprobs"
    assert kw["generation_config"] == "vllm"
    assert kw["max_model_len"] == 4096 and kw["dtype"] == "bfloat16"
    # Images come fitted to data.min/max_pixels (encoding.fitted_images); vLLM's processor keeps the checkpoint's bounds.
    assert "mm_processor_kwargs" not in kw
    assert "distributed_executor_backend" not in kw
    torchrun = ve.engine_kwargs("/m", tensor_parallel_size=2, world_size=8)
    assert torchrun["distributed_executor_backend"] == "external_launcher" and torchrun["data_parallel_size"] == 4
    assert ve.engine_kwargs("/m", extra={"enforce_eager": True})["enforce_eager"] is True
    for bad in ({"tensor_parallel_size": 0}, {"gpu_memory_utilization": 1.5}, {"gpu_memory_utilization": 0},
                {"max_images_per_prompt": -1}, {"dtype": "int8"}, {"tensor_parallel_size": 3, "world_size": 8}):
        with pytest.raises(BadRequest):
            ve.engine_kwargs("/m", **bad)


# ---------------------------------------------------------------------------- vLLM missing


def test_missing_vllm_gives_a_clear_error(tiny_model_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "vllm", None)  # makes `import vllm` raise ImportError
    with pytest.raises(VllmUnavailable) as info:
        ve.VllmRollout(tiny_model_dir)
    msg = str(info.value)
    assert "vLLM is not installed" in msg
    assert "pip install -e 'python[gpu]'" in msg and "CUDA" in msg
    assert "worker.rollout.engine=hf" in msg
    assert isinstance(info.value, BadRequest) and info.value.type == "VllmUnavailable"


class _BrokenVllmFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "vllm":
            raise OSError("libcudart.so.13: cannot open shared object file")
        return None


def test_broken_vllm_install_gives_a_clear_error(monkeypatch):
    monkeypatch.delitem(sys.modules, "vllm", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_BrokenVllmFinder(), *sys.meta_path])
    with pytest.raises(VllmUnavailable, match="installed but cannot be imported.*libcudart"):
        ve.import_vllm()


def test_no_gpu_gives_a_clear_error(tiny_model_dir, monkeypatch):
    monkeypatch.setattr(ve, "import_vllm", lambda: types.SimpleNamespace())
    monkeypatch.setattr(ve, "vllm_runs_on_cpu", lambda: False)  # a GPU build of vLLM
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(VllmUnavailable, match="no CUDA GPU"):
        ve.VllmRollout(tiny_model_dir)


# ---------------------------------------------------------------------------- VllmRollout glue on a stand-in engine


class FakeSamplingParams:
    def __init__(self, **kwargs):
        self.kwargs = kwargs


class FakeLLM:
    """Records the calls VllmRollout makes; answers generate with canned outputs."""

    instances: list["FakeLLM"] = []

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.calls: list[tuple] = []
        self.rpc_batches: list[list[tuple[str, torch.Tensor]]] = []
        self.llm_engine = types.SimpleNamespace(reset_encoder_cache=lambda: self.calls.append(("reset_encoder_cache",)))
        FakeLLM.instances.append(self)

    def sleep(self, level=1):
        self.calls.append(("sleep", level))

    def wake_up(self, tags=None):
        self.calls.append(("wake_up", tuple(tags or ())))
        return True

    def reset_mm_cache(self):
        self.calls.append(("reset_mm_cache",))

    def reset_prefix_cache(self):
        self.calls.append(("reset_prefix_cache",))
        return True

    def collective_rpc(self, method, timeout=None, args=(), kwargs=None):
        if method is ve._repack_tied_lm_head:
            self.calls.append(("repack_tied_lm_head",))
            return [None]
        if method is ve._float32_params:  # a bfloat16 engine with no float32 parameters
            return [set()]
        assert method == "reload_weights" and kwargs["is_checkpoint_format"] is True
        batch = kwargs["weights_iterator"]
        self.rpc_batches.append(batch)
        self.calls.append(("collective_rpc", len(batch)))
        return [None]

    def generate(self, prompts, sampling_params, use_tqdm=True):
        self.calls.append(("generate", len(prompts)))
        self.last_generate = (prompts, sampling_params)
        outs = []
        for r, params in enumerate(sampling_params):
            n = params.kwargs["n"]
            samples = [_sample(j, [100 + r, 3002], [-1.0, -0.5], "stop") for j in range(n)]
            outs.append(FakeRequestOutput(prompt_token_ids=[0] * (10 + r), outputs=samples))
        return outs


@pytest.fixture()
def fake_rollout(tiny_model_dir, monkeypatch):
    FakeLLM.instances.clear()
    fake_vllm = types.SimpleNamespace(LLM=FakeLLM, SamplingParams=FakeSamplingParams, __version__="0.33.0")
    monkeypatch.setattr(ve, "import_vllm", lambda: fake_vllm)
    monkeypatch.setattr(ve, "vllm_runs_on_cpu", lambda: False)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "current_device", lambda: 0)
    monkeypatch.setenv("VLLM_ENABLE_V1_MULTIPROCESSING", "1")  # restored after the test; the rollout sets "0"

    def make(**kwargs):
        rollout = ve.VllmRollout(tiny_model_dir, **kwargs)
        rollout.device = torch.device("cpu")  # no GPU here: "transfer" to CPU
        return rollout

    return make


def test_rollout_generate_flow(fake_rollout, make_image):
    import os

    rollout = fake_rollout(max_images_per_prompt=2, gpu_memory_utilization=0.3)
    llm = FakeLLM.instances[-1]
    assert os.environ["VLLM_ENABLE_V1_MULTIPROCESSING"] == "0"
    assert llm.kwargs["enable_sleep_mode"] is True and llm.kwargs["gpu_memory_utilization"] == 0.3
    assert llm.calls == [("sleep", 1)]  # asleep until the first generate
    assert rollout.eos_ids == [3000, 3002]  # generation_config's EOS ids and the tokenizer's

    prompts = _prompts(make_image, [0, 2])
    llm.calls.clear()
    res = rollout.generate(prompts, n=3, temperature=0.9, top_p=1.0, top_k=0, max_new_tokens=5, seed=11)
    assert llm.calls == [("wake_up", ("weights", "kv_cache")), ("generate", 2), ("reset_mm_cache",),
                         ("reset_encoder_cache",), ("sleep", 1)]
    sent, params = llm.last_generate
    assert [("multi_modal_data" in r) for r in sent] == [False, True]
    assert [p.kwargs["seed"] for p in params] == ve.request_seeds(11, 2, 3)
    assert all(p.kwargs["n"] == 3 and p.kwargs["temperature"] == 0.9 and p.kwargs["logprobs"] == 0 for p in params)
    assert params[0].kwargs["bad_words"] == list(families.DEFAULT.placeholders)
    assert params[0].kwargs["stop_token_ids"] == [3000, 3002]
    assert res.prompt_num_tokens == [10, 11]
    assert [c.prompt_index for c in res.completions] == [0, 0, 0, 1, 1, 1]
    assert rollout.last_logprobs_filtered is False

    llm.calls.clear()
    res = rollout.generate(prompts, n=2, temperature=0, top_p=1.0, top_k=0, max_new_tokens=5, seed=0)
    sent, params = llm.last_generate
    assert len(sent) == 4 and all(p.kwargs["n"] == 1 and "seed" not in p.kwargs for p in params)
    assert [c.prompt_index for c in res.completions] == [0, 0, 1, 1]
    assert res.prompt_num_tokens == [10, 12]

    rollout.generate(prompts, n=1, temperature=1.0, top_p=0.9, top_k=0, max_new_tokens=5, seed=0)
    assert rollout.last_logprobs_filtered is True
    with pytest.raises(BadRequest, match="at most 2 per prompt"):
        rollout.generate(_prompts(make_image, [3]), n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=5, seed=0)
    assert rollout.generate([], n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=5, seed=0).completions == []


def test_rollout_sync_weights_sends_buckets(fake_rollout, tiny_model_dir):
    from transformers import Qwen2_5_VLForConditionalGeneration

    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(tiny_model_dir)
    rollout = fake_rollout(bucket_bytes=64 * 1024)
    llm = FakeLLM.instances[-1]
    llm.calls.clear()
    seconds = rollout.sync_weights(model.state_dict())
    assert seconds > 0 and rollout.last_sync["seconds"] == seconds
    names = [n for n, _ in model.named_parameters()]
    # one call per bucket, never one per tensor
    assert len(llm.rpc_batches) == rollout.last_sync["buckets"] > 1
    assert len(llm.rpc_batches) < len(names)
    sent = [name for batch in llm.rpc_batches for name, _ in batch]
    assert sent == [ve.map_param_name(n) for n in names]  # lm_head (tied) left out, order kept
    # no vLLM module (q/k/v, gate/up, a weight and its bias) is split between two calls
    home: dict[str, int] = {}
    for i, batch in enumerate(llm.rpc_batches):
        for name, _ in batch:
            assert home.setdefault(ve.vllm_module_of(name), i) == i, f"{name}: its module is split across buckets"
    for batch in llm.rpc_batches:
        for name, t in batch:
            assert t.dtype == torch.bfloat16
    state = model.state_dict()
    got = dict(p for batch in llm.rpc_batches for p in batch)
    torch.testing.assert_close(got["language_model.model.embed_tokens.weight"],
                               state["model.language_model.embed_tokens.weight"].to(torch.bfloat16))
    assert llm.calls[0] == ("wake_up", ("weights",))
    # the tied lm_head is re-processed once, after the last bucket (its packed copy on vLLM's CPU platform)
    assert llm.calls[-5:] == [("collective_rpc", len(llm.rpc_batches[-1])), ("repack_tied_lm_head",),
                              ("reset_prefix_cache",), ("reset_mm_cache",), ("reset_encoder_cache",)]
    assert rollout.last_sync["bytes"] == sum(t.numel() * 2 for _, t in model.named_parameters())


def test_rollout_sleep_level_2_needs_a_sync(fake_rollout, tiny_model_dir, make_image):
    from transformers import Qwen2_5_VLForConditionalGeneration

    rollout = fake_rollout(sleep_level=2)
    llm = FakeLLM.instances[-1]
    assert llm.calls == [("sleep", 2)]
    prompts = _prompts(make_image, [1])
    with pytest.raises(VllmRolloutError, match="sync_weights"):
        rollout.generate(prompts, n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=4, seed=0)
    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(tiny_model_dir)
    rollout.sync_weights(model.named_parameters())
    res = rollout.generate(prompts, n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=4, seed=0)
    assert len(res.completions) == 1
    with pytest.raises(VllmRolloutError, match="sync_weights"):  # slept at level 2 again
        rollout.generate(prompts, n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=4, seed=0)
    with pytest.raises(BadRequest, match="sleep_level"):
        fake_rollout(sleep_level=3)


def test_rollout_on_vllms_cpu_platform_never_sleeps(fake_rollout, monkeypatch, make_image):
    monkeypatch.setattr(ve, "vllm_runs_on_cpu", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    rollout = fake_rollout(sleep_between_steps=True)
    llm = FakeLLM.instances[-1]
    assert llm.kwargs["enable_sleep_mode"] is False  # vLLM's CPU platform refuses sleep mode
    assert rollout.device == torch.device("cpu") and llm.calls == []
    rollout.generate(_prompts(make_image, [1]), n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=4, seed=0)
    assert [c[0] for c in llm.calls] == ["generate", "reset_mm_cache", "reset_encoder_cache"]
