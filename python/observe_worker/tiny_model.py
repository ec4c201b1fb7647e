"""Build a tiny, randomly initialised vision-language checkpoint, fully offline (Qwen2.5-VL by default).

The directory it writes has the Hugging Face layout of Qwen/Qwen2.5-VL-3B-Instruct
(config.json, model.safetensors, generation_config.json, tokenizer.json,
tokenizer_config.json, chat template, preprocessor_config.json, video processor
config), so `AutoProcessor.from_pretrained(dir)` and
`Qwen2_5_VLForConditionalGeneration.from_pretrained(dir)` load it exactly as they
would load the real model. Only the sizes differ: a ~0.5M-parameter model and a
byte-level BPE tokenizer of a few thousand tokens trained here on built-in text.
Patch size 14, spatial merge 2 and temporal patch 2 are the real model's, so the
number of image tokens per image is identical.

    python -m observe_worker.tiny_model OUT_DIR [--family MODEL_TYPE] [--seed N] [--preset default|demo] [--hidden-size H ...]

`--family` names another supported family (families/) by its model_type; its
config and processor come from tiny_families.py, in the layout
`processor.save_pretrained` writes, with the same tokenizer and response tags.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys

# The special tokens of the Qwen2.5 tokenizer, in the order Qwen numbers them
# (after the BPE vocabulary). `special=True`: skipped when decoding with
# skip_special_tokens.
QWEN_SPECIAL_TOKENS = [
    "<|endoftext|>",
    "<|im_start|>",
    "<|im_end|>",
    "<|object_ref_start|>",
    "<|object_ref_end|>",
    "<|box_start|>",
    "<|box_end|>",
    "<|quad_start|>",
    "<|quad_end|>",
    "<|vision_start|>",
    "<|vision_end|>",
    "<|vision_pad|>",
    "<|image_pad|>",
    "<|video_pad|>",
]

# Observe-R1's response tags: single tokens that stay visible when decoding.
RESPONSE_TAGS = ["<observe>", "</observe>", "<think>", "</think>", "<answer>", "</answer>"]

# Same pre-tokenisation regex as the Qwen2 tokenizer (digits split one by one).
_PRETOKENIZE_REGEX = (
    r"""(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"""
)

# Written for this project: the shape of an Observe-R1 chat turn (the official
# Qwen2.5-VL template's behaviour: default system prompt, one
# <|vision_start|><|image_pad|><|vision_end|> per image, optional "Picture N: "
# labels, videos as <|video_pad|>).
CHAT_TEMPLATE = (
    "{%- set ns = namespace(images=0, videos=0) -%}\n"
    "{%- for message in messages -%}\n"
    "  {%- if loop.first and message['role'] != 'system' -%}\n"
    "    {{- '<|im_start|>system\\nYou are a helpful assistant.<|im_end|>\\n' -}}\n"
    "  {%- endif -%}\n"
    "  {{- '<|im_start|>' + message['role'] + '\\n' -}}\n"
    "  {%- if message['content'] is string -%}\n"
    "    {{- message['content'] -}}\n"
    "  {%- else -%}\n"
    "    {%- for part in message['content'] -%}\n"
    "      {%- if part['type'] == 'image' or 'image' in part or 'image_url' in part -%}\n"
    "        {%- set ns.images = ns.images + 1 -%}\n"
    "        {%- if add_vision_id -%}{{- 'Picture ' + ns.images|string + ': ' -}}{%- endif -%}\n"
    "        {{- '<|vision_start|><|image_pad|><|vision_end|>' -}}\n"
    "      {%- elif part['type'] == 'video' or 'video' in part -%}\n"
    "        {%- set ns.videos = ns.videos + 1 -%}\n"
    "        {%- if add_vision_id -%}{{- 'Video ' + ns.videos|string + ': ' -}}{%- endif -%}\n"
    "        {{- '<|vision_start|><|video_pad|><|vision_end|>' -}}\n"
    "      {%- elif 'text' in part -%}\n"
    "        {{- part['text'] -}}\n"
    "      {%- endif -%}\n"
    "    {%- endfor -%}\n"
    "  {%- endif -%}\n"
    "  {{- '<|im_end|>\\n' -}}\n"
    "{%- endfor -%}\n"
    "{%- if add_generation_prompt -%}{{- '<|im_start|>assistant\\n' -}}{%- endif -%}\n"
)

_ENGLISH = """
Look at the picture carefully before you answer the question. The image shows a
triangle with two equal sides, a circle inside a square, and a bar chart with five
bars. First observe what the image shows, then think step by step, and finally give
the answer. The answer is the value of x. Which of the following is correct? Choose
the best option from A, B, C and D. The red line is longer than the blue line. The
area of the rectangle is the product of its length and its width. The perimeter of a
square is four times its side. What is the total number of apples in the basket? There
are three cats and two dogs in the garden. The table lists the population of each
city in the year. How many degrees is the angle between the two lines? The graph of
the function crosses the axis at two points. If the price goes up by ten percent, the
new price is higher. We know that the sum of the angles of a triangle is one hundred
and eighty degrees. Therefore the missing angle is the difference. So the final answer
is the number in the box. The student reads the question, writes the equation, solves
it and checks the result. A helpful assistant describes the scene, reasons about it
and states a short answer. The chart shows that sales increased in March and fell in
June. The largest value belongs to the third bar, and the smallest to the first one.
The speed of the car is the distance divided by the time. The probability of drawing
a red ball from the bag is the number of red balls over the number of all balls. The
diameter of the circle is twice the radius, and its circumference is pi times the
diameter. In the figure, point A lies on the circle and the line through B and C is a
tangent. The volume of the cube is the cube of its edge. Look at the map: the river
flows from the north to the south and the bridge is east of the town. Count the
objects: there is one large sphere, two small cubes and a green cylinder behind them.
Is the number of blue objects greater than the number of yellow objects? Yes, it is.
No, it is not. The median of the data is the middle value after sorting. The mean is
the sum divided by the count. Subtract all red things and count what is left.
"""


_MORE_WORDS = """
above across after again against along among angle answer apple area arrow average axis
bag ball bar base basket because before behind below between big bird black blue boat
book bottom box boy bridge brown building bus but by calculate car center chart check
child choose circle city clock close color column compare cone contain coordinate corner
correct count cube curve cylinder data day decrease degree denominator describe determine
diagram difference digit direction distance divide dog double down draw each edge equal
equation estimate even event every example expression face factor false figure find first
flower follow formula fraction frequency function girl given graph gray great green group
half height hexagon highest horizontal hour house hundred image increase inside integer
intersect interval label large least left length less line list long lowest many mark
maximum measure meter middle minimum minus minute money month more most multiply near
negative next number numerator object odd opposite option orange order origin outside
pair parallel part pattern pentagon people percent perpendicular person pie plane plot
plus point polygon positive power price prime prism purple pyramid quarter question
radius random range rate ratio reason rectangle red region remainder result rhombus
right root round row rule scale scene second segment sequence shade shape share short
side similar simplify slope small solid solution solve speed sphere square statement
straight subtract sum surface symmetry table tall temperature tenth term thousand ticket
time together top total train trapezoid tree triangle true twice under unit upper value
variable vertex vertical volume week weight white whole width year yellow zero
theorem proof lemma hypothesis conclusion observe think answer reasoning evidence
system user assistant helpful please only give final step
"""


def _training_text(seed: int) -> list[str]:
    """English prose, math, tag-shaped responses and pseudo-words, for BPE training."""
    rng = random.Random(seed)
    lines = [line.strip() for line in _ENGLISH.strip().splitlines() if line.strip()]
    words = sorted(set(_MORE_WORDS.split()) | {w.strip(".,?:").lower() for line in lines for w in line.split()})
    text = list(lines) + [line.lower() for line in lines]
    for _ in range(4):
        text += [" ".join(w.capitalize() if i == 0 else w for i, w in enumerate(rng.sample(words, 12))) + "." for _ in range(100)]
        text += [" ".join(words)]
    # Pronounceable pseudo-words give BPE enough distinct, repeated pieces for a few thousand merges.
    onsets = ["", "b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "st", "tr", "pl", "ch", "sh", "th"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
    codas = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ng"]
    pseudo = ["".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(rng.randint(1, 3))) for _ in range(3000)]
    text += [" ".join(pseudo[i : i + 10]) for i in range(0, len(pseudo), 10)] * 2
    ops = ["+", "-", "*", "/", "=", "<", ">", "^", "\\leq", "\\geq"]
    latex = ["x", "y", "z", "a", "b", "n", "\\frac", "\\sqrt", "\\pi", "\\times", "\\angle", "\\boxed", "\\text", "\\circ", "cm", "kg", "%"]
    for _ in range(800):
        a, b = rng.randint(0, 999), rng.randint(0, 999)
        op, w = rng.choice(ops), rng.choice(latex)
        text.append(f"{a} {op} {b} = {rng.randint(0, 9999)}; {w}{{{a}}}{{{b}}} {rng.random():.3f} ({a}, {b})")
        text.append(
            f"<observe> {rng.choice(lines)} </observe> <think> {a} {op} {b} </think> <answer> {rng.choice('ABCD')} </answer>"
        )
    text += ["0123456789 " * 4, "Question: Answer: Options: (A) (B) (C) (D) Step 1: Step 2: Step 3:"]
    return text


def _build_tokenizer(seed: int, vocab_size: int = 3000, extra_specials: tuple[str, ...] = ()):
    """Train a byte-level BPE with the Qwen2 pipeline; add Qwen specials (and a family's), then the tags."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(unk_token=None, fuse_unk=False, byte_fallback=False))
    tok.normalizer = normalizers.NFC()
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Split(Regex(_PRETOKENIZE_REGEX), behavior="isolated", invert=False),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False),
        ]
    )
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        special_tokens=[],
    )
    tok.train_from_iterator(_training_text(seed), trainer=trainer)
    tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t in QWEN_SPECIAL_TOKENS + list(extra_specials)])
    tok.add_tokens([AddedToken(t, special=False, normalized=False) for t in RESPONSE_TAGS])
    return tok


# Model sizes. "default" is the ~0.37M-parameter model the tests use; the others
# trade speed for capacity (the demo's learnability study, bench/demo_study.py,
# picks one; "30m", ~30M parameters, is the larger model of bench/vs-trl.ts).
PRESETS = {
    "default": dict(hidden_size=64, intermediate_size=172, layers=2, heads=4, kv_heads=2,
                    vision_hidden_size=32, vision_intermediate_size=64, vision_depth=2, vision_heads=2),
    "demo": dict(hidden_size=128, intermediate_size=344, layers=2, heads=4, kv_heads=2,
                 vision_hidden_size=64, vision_intermediate_size=128, vision_depth=2, vision_heads=2),
    "30m": dict(hidden_size=512, intermediate_size=1792, layers=8, heads=8, kv_heads=2,
                vision_hidden_size=128, vision_intermediate_size=256, vision_depth=2, vision_heads=2),
}


DEFAULT_FAMILY = "qwen2_5_vl"


def build_tiny_model(out_dir: str, seed: int = 0, preset: str = "default", head_dim: int | None = None,
                     family: str = DEFAULT_FAMILY, **sizes) -> None:
    """Write a tiny random checkpoint of `family` (a model_type; model, tokenizer, processor) into out_dir.

    `preset` names an entry of PRESETS; keyword arguments (hidden_size,
    intermediate_size, layers, heads, kv_heads, vision_hidden_size,
    vision_intermediate_size, vision_depth, vision_heads) override its sizes.
    `head_dim` sets the language model's attention head size instead of `heads`:
    heads = hidden_size / head_dim (kv_heads the largest divisor of heads up to the
    preset's). vLLM's CPU attention takes head sizes 32, 64, 80, 96, ... only, so
    the default model (head size 16) needs head_dim=32 there.
    """
    from .tiny_families import BUILDERS

    if family != DEFAULT_FAMILY and family not in BUILDERS:
        raise ValueError(f"unknown family {family!r}; use one of {', '.join([DEFAULT_FAMILY, *BUILDERS])}")
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; use one of {', '.join(PRESETS)}")
    unknown = set(sizes) - set(PRESETS["default"])
    if unknown:
        raise ValueError(f"unknown size argument(s) {', '.join(sorted(unknown))}; use {', '.join(PRESETS['default'])}")
    dims = {**PRESETS[preset], **{k: int(v) for k, v in sizes.items() if v is not None}}
    if head_dim is not None:
        heads, rem = divmod(dims["hidden_size"], int(head_dim))
        if head_dim < 2 or rem or heads < 1:
            raise ValueError(f"head_dim {head_dim} must divide hidden_size {dims['hidden_size']}")
        if sizes.get("heads") is not None and int(sizes["heads"]) != heads:
            raise ValueError(f"heads {sizes['heads']} and head_dim {head_dim} disagree: hidden_size {dims['hidden_size']} "
                             f"/ {head_dim} is {heads} heads; give one of them")
        dims["heads"] = heads
        if sizes.get("kv_heads") is None:
            dims["kv_heads"] = max(k for k in range(1, min(heads, dims["kv_heads"]) + 1) if heads % k == 0)
    head_dim, rem = divmod(dims["hidden_size"], dims["heads"])
    if rem or head_dim % 2 or dims["heads"] % dims["kv_heads"]:
        raise ValueError(
            f"hidden_size {dims['hidden_size']} must split into {dims['heads']} heads of an even size, "
            f"and heads must be a multiple of kv_heads {dims['kv_heads']}"
        )
    # Qwen2.5-VL's 3D rope splits half the head dimension into (time, height, width) sections.
    half = head_dim // 2
    mrope = [half - 2 * (half * 3 // 8), half * 3 // 8, half * 3 // 8]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import (
        Qwen2_5_VLConfig,
        Qwen2_5_VLForConditionalGeneration,
        Qwen2Tokenizer,
        Qwen2VLImageProcessor,
        Qwen2VLVideoProcessor,
    )
    from transformers.utils import logging as hf_logging

    os.makedirs(out_dir, exist_ok=True)
    if family != DEFAULT_FAMILY:
        _build_family(out_dir, family, seed, preset, dims)
        return
    backend = _build_tokenizer(seed)
    ids = {t: backend.token_to_id(t) for t in QWEN_SPECIAL_TOKENS + RESPONSE_TAGS}
    vocab_size = backend.get_vocab_size(with_added_tokens=True)

    verbosity = hf_logging.get_verbosity()
    bars_were_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    try:
        tokenizer = Qwen2Tokenizer(
            tokenizer_object=backend,
            unk_token=None,
            bos_token=None,
            eos_token="<|im_end|>",
            pad_token="<|endoftext|>",
            model_max_length=131072,
            clean_up_tokenization_spaces=False,
            errors="replace",
            split_special_tokens=False,
        )
        image_processor = Qwen2VLImageProcessor(
            min_pixels=56 * 56,
            max_pixels=28 * 28 * 1280,
            patch_size=14,
            temporal_patch_size=2,
            merge_size=2,
            image_mean=[0.48145466, 0.4578275, 0.40821073],
            image_std=[0.26862954, 0.26130258, 0.27577711],
        )
        video_processor = Qwen2VLVideoProcessor(patch_size=14, temporal_patch_size=2, merge_size=2)
        hidden = dims["hidden_size"]
        config = Qwen2_5_VLConfig(
            text_config=dict(
                vocab_size=vocab_size,
                hidden_size=hidden,
                intermediate_size=dims["intermediate_size"],
                num_hidden_layers=dims["layers"],
                num_attention_heads=dims["heads"],
                num_key_value_heads=dims["kv_heads"],
                hidden_act="silu",
                max_position_embeddings=32768,
                rms_norm_eps=1e-6,
                rope_parameters={"rope_type": "default", "rope_theta": 1000000.0, "mrope_section": mrope},
                bos_token_id=ids["<|endoftext|>"],
                eos_token_id=ids["<|im_end|>"],
                pad_token_id=ids["<|endoftext|>"],
                tie_word_embeddings=True,
                use_cache=True,
            ),
            vision_config=dict(
                depth=dims["vision_depth"],
                hidden_size=dims["vision_hidden_size"],
                intermediate_size=dims["vision_intermediate_size"],
                num_heads=dims["vision_heads"],
                in_channels=3,
                patch_size=14,
                spatial_merge_size=2,
                temporal_patch_size=2,
                tokens_per_second=2,
                window_size=112,
                out_hidden_size=hidden,
                fullatt_block_indexes=[dims["vision_depth"] - 1],
                hidden_act="silu",
            ),
            image_token_id=ids["<|image_pad|>"],
            video_token_id=ids["<|video_pad|>"],
            vision_start_token_id=ids["<|vision_start|>"],
            vision_end_token_id=ids["<|vision_end|>"],
            tie_word_embeddings=True,
        )
        torch.manual_seed(seed)
        with torch.device("cpu"):
            model = Qwen2_5_VLForConditionalGeneration(config).to(torch.float32).eval()
        model.generation_config = _generation_config(ids)
        model.save_pretrained(out_dir)
        # The file layout of Qwen/Qwen2.5-VL-3B-Instruct: tokenizer files, preprocessor_config.json,
        # chat_template.json; plus video_preprocessor_config.json, which transformers 5 reads for
        # the video processor that Qwen2_5_VLProcessor requires.
        tokenizer.save_pretrained(out_dir)
        video_processor.save_pretrained(out_dir)
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars_were_enabled:
            hf_logging.enable_progress_bar()
    image_config = {
        "min_pixels": 56 * 56,
        "max_pixels": 28 * 28 * 1280,
        "patch_size": 14,
        "temporal_patch_size": 2,
        "merge_size": 2,
        "image_mean": image_processor.image_mean,
        "image_std": image_processor.image_std,
        "image_processor_type": "Qwen2VLImageProcessor",
        "processor_class": "Qwen2_5_VLProcessor",
    }
    _write_json(os.path.join(out_dir, "preprocessor_config.json"), image_config)
    _write_json(os.path.join(out_dir, "chat_template.json"), {"chat_template": CHAT_TEMPLATE})
    # Stale files of an older layout would shadow the ones above.
    for stale in ("processor_config.json", "chat_template.jinja"):
        if os.path.exists(os.path.join(out_dir, stale)):
            os.remove(os.path.join(out_dir, stale))

    _write_json(
        os.path.join(out_dir, "observe_tiny_model.json"),
        {"seed": seed, "note": "random weights, built by observe_worker.tiny_model; not a trained model"}
        | ({} if dims == PRESETS["default"] else {"preset": preset, "sizes": dims}),
    )


def _generation_config(ids: dict):
    from transformers import GenerationConfig

    return GenerationConfig(
        bos_token_id=ids["<|endoftext|>"],
        pad_token_id=ids["<|endoftext|>"],
        eos_token_id=[ids["<|im_end|>"], ids["<|endoftext|>"]],
        do_sample=True,
        temperature=1.0,
        top_p=1.0,
        top_k=0,
        repetition_penalty=1.0,
    )


def _build_family(out_dir: str, family: str, seed: int, preset: str, dims: dict) -> None:
    """A family of tiny_families.py: its config and processor, saved as save_pretrained lays them out."""
    import torch
    from transformers import Qwen2Tokenizer
    from transformers.utils import logging as hf_logging

    from .tiny_families import BUILDERS, CHAT_TEMPLATES, EXTRA_TOKENS, TOKENIZER_EXTRAS

    extra = EXTRA_TOKENS.get(family, ())
    backend = _build_tokenizer(seed, extra_specials=extra)
    ids = {t: backend.token_to_id(t) for t in QWEN_SPECIAL_TOKENS + RESPONSE_TAGS + list(extra)}
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()
    try:
        tokenizer = Qwen2Tokenizer(
            tokenizer_object=backend, unk_token=None, bos_token=None, eos_token="<|im_end|>", pad_token="<|endoftext|>",
            model_max_length=131072, clean_up_tokenization_spaces=False, errors="replace", split_special_tokens=False,
            **TOKENIZER_EXTRAS.get(family, {}),
        )
        config, model_cls, processor = BUILDERS[family](
            dims, backend.get_vocab_size(with_added_tokens=True), ids, tokenizer, CHAT_TEMPLATES.get(family, CHAT_TEMPLATE))
        torch.manual_seed(seed)
        with torch.device("cpu"):
            model = model_cls(config).to(torch.float32).eval()
        model.generation_config = _generation_config(ids)
        model.save_pretrained(out_dir)
        _to_checkpoint_layout(out_dir, family)
        processor.save_pretrained(out_dir)
    finally:
        hf_logging.set_verbosity(verbosity)
    _write_json(
        os.path.join(out_dir, "observe_tiny_model.json"),
        {"seed": seed, "family": family, "note": "random weights, built by observe_worker.tiny_model; not a trained model"}
        | ({} if dims == PRESETS["default"] else {"preset": preset, "sizes": dims}),
    )


def _to_checkpoint_layout(out_dir: str, family: str) -> None:
    """Rewrite the weights transformers keeps transposed in memory (the family's vllm.transposed) in the
    layout of the family's real checkpoints, which vLLM reads: save_pretrained writes the in-memory one."""
    from safetensors.torch import load_file, save_file

    from . import families

    suffixes = families.FAMILIES[family].vllm.transposed
    if not suffixes:
        return
    path = os.path.join(out_dir, "model.safetensors")
    tensors = load_file(path)
    for name in tensors:
        if name.endswith(suffixes):
            tensors[name] = tensors[name].transpose(1, 2).contiguous()
    save_file(tensors, path, metadata={"format": "pt"})


def _write_json(path: str, value: dict) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(value, f, indent=2)
        f.write("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m observe_worker.tiny_model",
        description="Write a tiny random vision-language checkpoint (offline) for tests and smoke runs.",
    )
    parser.add_argument("out_dir", help="directory to write (created if missing)")
    parser.add_argument("--family", default=DEFAULT_FAMILY,
                        help=f"model family, as config.json's model_type (default {DEFAULT_FAMILY}); "
                             "qwen2_vl, qwen3_vl, qwen3_vl_moe, qwen3_5 or internvl")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random weights (default 0)")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="default",
                        help="model size: default (~0.37M parameters, for tests), demo (larger, for the CPU demo) or 30m (benches)")
    for name in PRESETS["default"]:
        parser.add_argument("--" + name.replace("_", "-"), type=int, default=None, dest=name,
                            help=f"override the preset's {name}")
    parser.add_argument("--head-dim", type=int, default=None, dest="head_dim",
                        help="attention head size of the language model (heads = hidden_size / head_dim); "
                             "vLLM's CPU backend needs 32, 64, 80, ... (the default model has 16)")
    args = parser.parse_args(argv)
    sizes = {k: getattr(args, k) for k in PRESETS["default"] if getattr(args, k) is not None}
    try:
        build_tiny_model(args.out_dir, seed=args.seed, preset=args.preset, head_dim=args.head_dim, family=args.family, **sizes)
    except ValueError as exc:
        parser.error(str(exc))
    print(args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
