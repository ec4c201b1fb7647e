"""The families other than Qwen2.5-VL for `tiny_model.py --family NAME`: config and processor of each.

Each builder returns (config, model class, processor) for sizes `dims` (tiny_model.PRESETS)
and a tokenizer that already holds the Qwen special tokens, the response tags
and the family's `extra_tokens`. The sizes are tiny; everything a real
checkpoint of the family fixes (patch size, merge size, token scheme) is the real one.
"""

from __future__ import annotations

# Tokens the InternVL tokenizer adds to Qwen2's (InternVL3-*-hf tokenizer_config.json).
INTERNVL_TOKENS = {"start_image_token": "<img>", "end_image_token": "</img>", "context_image_token": "<IMG_CONTEXT>",
                   "video_token": "<video>"}

# A chat template in the Qwen shape, with InternVL's image slot (<IMG_CONTEXT>, which the
# processor expands to <img> + tokens per tile + </img>).
INTERNVL_CHAT_TEMPLATE = (
    "{%- for message in messages -%}\n"
    "  {%- if loop.first and message['role'] != 'system' -%}\n"
    "    {{- '<|im_start|>system\\nYou are a helpful assistant.<|im_end|>\\n' -}}\n"
    "  {%- endif -%}\n"
    "  {{- '<|im_start|>' + message['role'] + '\\n' -}}\n"
    "  {%- if message['content'] is string -%}{{- message['content'] -}}\n"
    "  {%- else -%}\n"
    "    {%- for part in message['content'] -%}\n"
    "      {%- if part['type'] == 'image' or 'image' in part or 'image_url' in part -%}{{- '<IMG_CONTEXT>\\n' -}}\n"
    "      {%- elif part['type'] == 'video' or 'video' in part -%}{{- '<video>\\n' -}}\n"
    "      {%- elif 'text' in part -%}{{- part['text'] -}}\n"
    "      {%- endif -%}\n"
    "    {%- endfor -%}\n"
    "  {%- endif -%}\n"
    "  {{- '<|im_end|>\\n' -}}\n"
    "{%- endfor -%}\n"
    "{%- if add_generation_prompt -%}{{- '<|im_start|>assistant\\n' -}}{%- endif -%}\n"
)

EXTRA_TOKENS = {"internvl": tuple(INTERNVL_TOKENS.values())}


def _text(dims, vocab_size, ids, **extra) -> dict:
    return dict(
        vocab_size=vocab_size, hidden_size=dims["hidden_size"], intermediate_size=dims["intermediate_size"],
        num_hidden_layers=dims["layers"], num_attention_heads=dims["heads"], num_key_value_heads=dims["kv_heads"],
        hidden_act="silu", max_position_embeddings=32768, rms_norm_eps=1e-6,
        bos_token_id=ids["<|endoftext|>"], eos_token_id=ids["<|im_end|>"], pad_token_id=ids["<|endoftext|>"],
        tie_word_embeddings=True, use_cache=True, **extra,
    )


def _qwen_tokens(ids) -> dict:
    return dict(image_token_id=ids["<|image_pad|>"], video_token_id=ids["<|video_pad|>"],
                vision_start_token_id=ids["<|vision_start|>"], vision_end_token_id=ids["<|vision_end|>"],
                tie_word_embeddings=True)


def _qwen_processor(cls_name: str, tokenizer, chat_template: str, patch: int):
    import transformers
    from transformers import Qwen2VLImageProcessor

    factor = patch * 2  # patch size times the 2x2 spatial merge: the side of one image token
    image = Qwen2VLImageProcessor(min_pixels=factor * factor, max_pixels=factor * factor * 1280, patch_size=patch,
                                  temporal_patch_size=2, merge_size=2, image_mean=[0.5, 0.5, 0.5], image_std=[0.5, 0.5, 0.5])
    video_cls = transformers.Qwen3VLVideoProcessor if patch == 16 else transformers.Qwen2VLVideoProcessor
    video = video_cls(patch_size=patch, temporal_patch_size=2, merge_size=2)
    return getattr(transformers, cls_name)(image_processor=image, tokenizer=tokenizer, video_processor=video,
                                           chat_template=chat_template)


def _mrope(half: int) -> list[int]:
    """(time, height, width) sections of half a rotary dimension, in the real models' proportions."""
    hw = max(1, half * 5 // 16)
    return [half - 2 * hw, hw, hw]


def _qwen3_vision(dims, hidden: int, **extra) -> dict:
    return dict(depth=dims["vision_depth"], hidden_size=dims["vision_hidden_size"],
                intermediate_size=dims["vision_intermediate_size"], num_heads=dims["vision_heads"], in_channels=3,
                patch_size=16, spatial_merge_size=2, temporal_patch_size=2, out_hidden_size=hidden,
                num_position_embeddings=64, **extra)


def qwen2_vl(dims, vocab_size, ids, tokenizer, chat_template):
    from transformers import Qwen2VLConfig, Qwen2VLForConditionalGeneration

    half = dims["hidden_size"] // dims["heads"] // 2
    config = Qwen2VLConfig(
        text_config=_text(dims, vocab_size, ids, rope_parameters={
            "rope_type": "default", "rope_theta": 1000000.0, "mrope_section": [half - 2 * (half * 3 // 8), half * 3 // 8, half * 3 // 8]}),
        vision_config=dict(depth=dims["vision_depth"], embed_dim=dims["vision_hidden_size"], hidden_size=dims["hidden_size"],
                           mlp_ratio=dims["vision_intermediate_size"] // dims["vision_hidden_size"],
                           num_heads=dims["vision_heads"], in_channels=3, patch_size=14, spatial_merge_size=2,
                           temporal_patch_size=2),
        **_qwen_tokens(ids),
    )
    return config, Qwen2VLForConditionalGeneration, _qwen_processor("Qwen2VLProcessor", tokenizer, chat_template, 14)


def qwen3_vl(dims, vocab_size, ids, tokenizer, chat_template, moe: bool = False):
    import transformers

    head_dim = dims["hidden_size"] // dims["heads"]
    rope = {"rope_type": "default", "rope_theta": 5000000.0, "mrope_section": _mrope(head_dim // 2), "mrope_interleaved": True}
    # norm_topk_prob: transformers' router always renormalises the top-k weights; vLLM reads the flag (qwen3_moe.py).
    # moe_intermediate_size 96: a multiple of 32, which vLLM's CPU experts would pad to (and a reload does not,
    # cpu_moe.py), and neither it nor twice it equals hidden_size, so the expert tensors are not square and
    # transformers tells the checkpoint layout from its own (conversion_mapping Transpose check_dims).
    extra = dict(num_experts=4, num_experts_per_tok=2, moe_intermediate_size=96,
                 decoder_sparse_step=1, output_router_logits=False, router_aux_loss_coef=0.001,
                 norm_topk_prob=True) if moe else {}
    prefix = "Qwen3VLMoe" if moe else "Qwen3VL"
    config = getattr(transformers, prefix + "Config")(
        text_config=_text(dims, vocab_size, ids, head_dim=head_dim, rope_parameters=rope, **extra),
        vision_config=_qwen3_vision(dims, dims["hidden_size"], deepstack_visual_indexes=[0]),
        **_qwen_tokens(ids),
    )
    model_cls = getattr(transformers, prefix + "ForConditionalGeneration")
    return config, model_cls, _qwen_processor("Qwen3VLProcessor", tokenizer, chat_template, 16)


def qwen3_vl_moe(dims, vocab_size, ids, tokenizer, chat_template):
    return qwen3_vl(dims, vocab_size, ids, tokenizer, chat_template, moe=True)


def qwen3_5(dims, vocab_size, ids, tokenizer, chat_template):
    from transformers import Qwen3_5Config, Qwen3_5ForConditionalGeneration

    # Qwen3.5's shape: gated full attention on a quarter of the head (partial_rotary_factor 0.25) every
    # few Gated DeltaNet (linear attention) layers; here one of each.
    head_dim = 32
    rope = {"rope_type": "default", "rope_theta": 10000000.0, "mrope_section": _mrope(head_dim // 4 // 2),
            "mrope_interleaved": True, "partial_rotary_factor": 0.25}
    layer_types = ["linear_attention", "full_attention"] * (dims["layers"] // 2) + ["linear_attention"] * (dims["layers"] % 2)
    config = Qwen3_5Config(
        text_config=_text(dims, vocab_size, ids, head_dim=head_dim, rope_parameters=rope, layer_types=layer_types,
                          linear_conv_kernel_dim=4, linear_key_head_dim=64, linear_value_head_dim=64,
                          linear_num_key_heads=2, linear_num_value_heads=4),
        vision_config=_qwen3_vision(dims, dims["hidden_size"]),
        **_qwen_tokens(ids),
    )
    return config, Qwen3_5ForConditionalGeneration, _qwen_processor("Qwen3VLProcessor", tokenizer, chat_template, 16)


def internvl(dims, vocab_size, ids, tokenizer, chat_template):
    from transformers import (
        GotOcr2ImageProcessor, InternVLConfig, InternVLForConditionalGeneration, InternVLProcessor, InternVLVideoProcessor,
    )

    # Tiles of 56 pixels (448 in the real model): 4x4 patches of 14, pixel-shuffled by 0.5 to 2x2 = 4 tokens per tile.
    tile, tokens_per_tile = 56, 4
    config = InternVLConfig(
        vision_config=dict(hidden_size=dims["vision_hidden_size"], intermediate_size=dims["vision_intermediate_size"],
                           num_hidden_layers=dims["vision_depth"], num_attention_heads=dims["vision_heads"],
                           image_size=[tile, tile], patch_size=[14, 14]),
        text_config=dict(model_type="qwen2", **_text(dims, vocab_size, ids)),
        image_token_id=ids["<IMG_CONTEXT>"], downsample_ratio=0.5, projector_hidden_act="gelu",
        vision_feature_layer=-1, vision_feature_select_strategy="default", tie_word_embeddings=True,
    )
    image = GotOcr2ImageProcessor(size={"height": tile, "width": tile}, crop_to_patches=True, min_patches=1, max_patches=4,
                                  image_mean=[0.485, 0.456, 0.406], image_std=[0.229, 0.224, 0.225])
    video = InternVLVideoProcessor(size={"height": tile, "width": tile})
    processor = InternVLProcessor(image_processor=image, tokenizer=tokenizer, video_processor=video,
                                  image_seq_length=tokens_per_tile, chat_template=chat_template)
    return config, InternVLForConditionalGeneration, processor


BUILDERS = {"qwen2_vl": qwen2_vl, "qwen3_vl": qwen3_vl, "qwen3_vl_moe": qwen3_vl_moe, "qwen3_5": qwen3_5,
            "internvl": internvl}
CHAT_TEMPLATES = {"internvl": INTERNVL_CHAT_TEMPLATE}
TOKENIZER_EXTRAS = {"internvl": {"extra_special_tokens": INTERNVL_TOKENS}}
