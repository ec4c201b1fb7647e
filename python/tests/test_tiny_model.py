"""The tiny checkpoint loads like Qwen/Qwen2.5-VL-3B-Instruct and is reproducible."""

import hashlib
import json
import os

import pytest
import torch

from observe_worker.tiny_model import QWEN_SPECIAL_TOKENS, RESPONSE_TAGS, build_tiny_model, main


@pytest.fixture(scope="module")
def loaded(tiny_model_dir):
    from transformers import AutoProcessor, Qwen2_5_VLForConditionalGeneration

    processor = AutoProcessor.from_pretrained(tiny_model_dir)
    model = Qwen2_5_VLForConditionalGeneration.from_pretrained(tiny_model_dir)
    return processor, model


def test_layout_matches_the_real_checkpoint(tiny_model_dir):
    for name in [
        "config.json",
        "model.safetensors",
        "generation_config.json",
        "tokenizer.json",
        "tokenizer_config.json",
        "chat_template.json",
        "preprocessor_config.json",
        "video_preprocessor_config.json",
    ]:
        assert os.path.isfile(os.path.join(tiny_model_dir, name)), name
    with open(os.path.join(tiny_model_dir, "config.json")) as f:
        config = json.load(f)
    assert config["model_type"] == "qwen2_5_vl"
    vision = config["vision_config"]
    assert (vision["patch_size"], vision["spatial_merge_size"], vision["temporal_patch_size"]) == (14, 2, 2)
    with open(os.path.join(tiny_model_dir, "tokenizer_config.json")) as f:
        assert json.load(f)["tokenizer_class"] == "Qwen2Tokenizer"
    with open(os.path.join(tiny_model_dir, "preprocessor_config.json")) as f:
        assert json.load(f)["image_processor_type"] == "Qwen2VLImageProcessor"


def test_loads_with_auto_processor_and_model_class(loaded):
    processor, model = loaded
    assert type(processor).__name__ == "Qwen2_5_VLProcessor"
    assert type(processor.image_processor).__name__ == "Qwen2VLImageProcessor"
    assert type(model).__name__ == "Qwen2_5_VLForConditionalGeneration"
    assert sum(p.numel() for p in model.parameters()) < 5_000_000
    assert model.config.text_config.vocab_size == len(processor.tokenizer)
    assert 2000 <= len(processor.tokenizer) <= 5000


def test_special_tokens_and_tags_are_single_tokens(loaded):
    tok = loaded[0].tokenizer
    for t in QWEN_SPECIAL_TOKENS + RESPONSE_TAGS:
        ids = tok(t, add_special_tokens=False)["input_ids"]
        assert len(ids) == 1, t
        assert tok.convert_ids_to_tokens(ids[0]) == t
    assert tok.eos_token == "<|im_end|>" and tok.pad_token == "<|endoftext|>"
    ids = tok("<observe> a red circle </observe><|im_end|>", add_special_tokens=False)["input_ids"]
    assert tok.decode(ids, skip_special_tokens=True) == "<observe> a red circle </observe>"


def test_chat_template_renders_images_as_vision_tokens(loaded, make_image):
    processor = loaded[0]
    messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "What is shown?"}]}]
    text = processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    assert text == (
        "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n"
        "<|im_start|>user\n<|vision_start|><|image_pad|><|vision_end|>What is shown?<|im_end|>\n"
        "<|im_start|>assistant\n"
    )
    with_system = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    assert processor.apply_chat_template(with_system, add_generation_prompt=False, tokenize=False) == (
        "<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
    )
    out = processor(text=[text], images=[make_image(56, 56)], return_tensors="pt")
    # 56x56 -> 4x4 patches of 14 -> merged 2x2 -> 4 image tokens, as in the real model.
    assert (out["input_ids"] == processor.image_token_id).sum().item() == 4
    assert out["image_grid_thw"].tolist() == [[1, 4, 4]]


def test_forward_runs(loaded, make_image):
    processor, model = loaded
    messages = [{"role": "user", "content": [{"type": "image"}, {"type": "text", "text": "Count"}]}]
    text = processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False)
    inputs = processor(text=[text], images=[make_image(84, 56)], return_tensors="pt")
    with torch.no_grad():
        logits = model(**inputs).logits
    assert logits.shape == (1, inputs["input_ids"].shape[1], model.config.text_config.vocab_size)
    assert torch.isfinite(logits).all()


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_build_is_deterministic(tiny_model_dir, tmp_path):
    again = tmp_path / "again"
    other = tmp_path / "other"
    assert main([str(again)]) == 0  # the CLI entry point, seed 0 like the session model
    build_tiny_model(str(other), seed=1)
    for name in ["model.safetensors", "tokenizer.json", "config.json", "chat_template.json"]:
        assert _digest(os.path.join(tiny_model_dir, name)) == _digest(again / name), name
    assert _digest(os.path.join(tiny_model_dir, "model.safetensors")) != _digest(other / "model.safetensors")


def test_head_dim_option(tmp_path):
    """vLLM's CPU attention needs head sizes 32, 64, ...: head_dim sets the head count for the same width."""
    build_tiny_model(str(tmp_path / "h32"), head_dim=32)
    text = json.loads((tmp_path / "h32" / "config.json").read_text())["text_config"]
    assert (text["hidden_size"], text["num_attention_heads"], text["num_key_value_heads"]) == (64, 2, 2)
    assert sum(text["rope_parameters"]["mrope_section"]) == 16  # half the head size
    with pytest.raises(ValueError, match="head_dim 48 must divide hidden_size 64"):
        build_tiny_model(str(tmp_path / "bad"), head_dim=48)
    with pytest.raises(ValueError, match="heads 4 and head_dim 32 disagree"):
        build_tiny_model(str(tmp_path / "bad"), head_dim=32, heads=4)
