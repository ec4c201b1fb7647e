"""Prompt encoding: where the images go in the token sequence (the real tiny processor)."""

import re

import pytest
import torch

from observe_worker.encoding import PromptInput, encode_prompt, user_content
from observe_worker.errors import BadRequest


@pytest.fixture(scope="module")
def processor(tiny_model_dir):
    from transformers import AutoProcessor

    return AutoProcessor.from_pretrained(tiny_model_dir)


def user_turn(processor, encoded) -> str:
    """The user turn of the encoded ids, decoded, each run of image pads shown as [pad xN]."""
    text = processor.tokenizer.decode(encoded.input_ids)
    turn = text.split("<|im_start|>user\n", 1)[1].split("<|im_end|>", 1)[0]
    return re.sub(r"(?:<\|image_pad\|>)+", lambda m: f"[pad x{m.group(0).count('<|image_pad|>')}]", turn)


def pads(encoded) -> list[int]:
    """Image pad tokens per image, from the processor's grids (2x2 patches merge into one token)."""
    return [int(g.prod()) // 4 for g in encoded.image_grid_thw]


def test_one_placeholder_puts_the_image_there_and_drops_the_literal(processor, make_image):
    encoded = encode_prompt(processor, PromptInput("", "Look at this: <image> What color is it?", [make_image(56, 56)]))
    (n,) = pads(encoded)
    assert user_turn(processor, encoded) == f"Look at this: <|vision_start|>[pad x{n}]<|vision_end|> What color is it?"
    assert "<image>" not in processor.tokenizer.decode(encoded.input_ids)
    assert int((encoded.mm_token_type_ids == 1).sum()) == n


def test_two_placeholders_take_the_images_in_order(processor, make_image):
    # Different sizes give different pad counts, so a swapped order would show.
    first, second = make_image(56, 56), make_image(28, 84)
    encoded = encode_prompt(processor, PromptInput("", "<image>Left, and right:<image> Which is bigger?", [first, second]))
    a, b = pads(encoded)
    assert (a, b) == (4, 8)
    assert user_turn(processor, encoded) == (
        f"<|vision_start|>[pad x{a}]<|vision_end|>Left, and right:<|vision_start|>[pad x{b}]<|vision_end|> Which is bigger?"
    )


def test_text_without_a_placeholder_keeps_the_images_first(processor, make_image):
    encoded = encode_prompt(processor, PromptInput("", "How many shapes?", [make_image(56, 56), make_image(56, 56)]))
    assert user_turn(processor, encoded) == (
        "<|vision_start|>[pad x4]<|vision_end|><|vision_start|>[pad x4]<|vision_end|>How many shapes?"
    )


def test_placeholder_count_must_match_the_images(processor, make_image):
    with pytest.raises(BadRequest, match=r"prompt 3: the text has 2 <image> placeholder\(s\) but 1 image\(s\)"):
        encode_prompt(processor, PromptInput("", "<image> and <image>", [make_image(56, 56)]), index=3)
    with pytest.raises(BadRequest, match=r"1 <image> placeholder\(s\) but 0 image\(s\)"):
        encode_prompt(processor, PromptInput("", "What is in <image>?", []))


def test_empty_text_pieces_are_left_out():
    # As EasyR1's _build_messages: a placeholder at either end adds no empty text item.
    assert user_content("<image>", 1) == [{"type": "image"}]
    assert user_content("a<image><image>b", 2) == [
        {"type": "text", "text": "a"}, {"type": "image"}, {"type": "image"}, {"type": "text", "text": "b"},
    ]


@pytest.mark.parametrize(
    "text,sizes",
    [("How many?", []), ("<image> What color?", [(56, 56)]), ("Left <image> right <image>?", [(28, 84), (300, 200)]),
     ("no placeholder", [(1000, 30), (64, 64)])],
)
def test_counting_without_pixels_equals_encoding(processor, make_image, text, sizes):
    from observe_worker.encoding import count_prompt_tokens

    prompt = PromptInput("Be brief.", text, [make_image(w, h) for w, h in sizes])
    encoded = encode_prompt(processor, prompt)
    count = count_prompt_tokens(processor, prompt)
    assert (count.num_tokens, count.image_tokens) == (encoded.num_tokens, int((encoded.mm_token_type_ids == 1).sum()))
    assert count.rendered == encoded.rendered


@pytest.mark.parametrize("min_pixels,max_pixels", [(3136, 12544), (100000, 2560000)])
def test_counting_follows_the_pixel_budget(tiny_model_dir, make_image, min_pixels, max_pixels):
    from observe_worker.encoding import count_prompt_tokens
    from observe_worker.policy import load_processor

    processor = load_processor(tiny_model_dir, min_pixels, max_pixels)
    prompt = PromptInput("", "x <image> y <image>", [make_image(1000, 700), make_image(30, 90)])
    encoded = encode_prompt(processor, prompt)
    count = count_prompt_tokens(processor, prompt)
    assert (count.num_tokens, count.image_tokens) == (encoded.num_tokens, int((encoded.mm_token_type_ids == 1).sum()))


@pytest.mark.parametrize("size,pixels,grid", [
    # EasyR1 (verl/utils/dataset.py process_image): 300x300 under min_pixels 262144 is scaled by sqrt(262144 / 90000)
    # to 512x512 (sides truncated), which the processor rounds to 504x504: 36x36 patches. Given the range itself,
    # the processor would have ceiled to 532x532 (38x38).
    ((300, 300), (262144, 4194304), [1, 36, 36]),
    # 2000x1000 over max_pixels 500000 is halved to 1000x500, rounded to 1008x504 (72x36 patches); the processor
    # alone would have floored to 980x476 (70x34).
    ((2000, 1000), (3136, 500000), [1, 36, 72]),
    ((84, 56), (3136, 500000), [1, 4, 6]),  # inside the range: untouched
])
def test_images_are_fitted_to_the_pixel_range_as_easyr1_fits_them(tiny_model_dir, make_image, size, pixels, grid):
    from observe_worker.encoding import count_prompt_tokens
    from observe_worker.policy import load_processor

    processor = load_processor(tiny_model_dir, *pixels)
    prompt = PromptInput("", "<image> what?", [make_image(*size)])
    encoded = encode_prompt(processor, prompt)
    assert encoded.image_grid_thw.tolist() == [grid]
    count = count_prompt_tokens(processor, prompt)  # the same size, without the pixel work
    assert (count.num_tokens, count.image_tokens) == (encoded.num_tokens, grid[1] * grid[2] // 4)


def _counting(processor, calls: list):
    """A class whose instances act as the real processor, appending to `calls` at each call that does pixel work."""

    class Counting:
        def __getattr__(self, name):
            return getattr(processor, name)

        def __call__(self, *args, **kwargs):
            calls.append(1)
            return processor(*args, **kwargs)

    return Counting


def test_encoding_cache_runs_the_processor_once_per_distinct_prompt(processor, make_image):
    import torch

    from observe_worker.encoding import EncodingCache

    calls = []
    Counting = _counting(processor, calls)
    counting, cache = Counting(), EncodingCache()
    red = PromptInput("", "<image>What color?", [make_image(56, 56, "red")])
    again = PromptInput("", "<image>What color?", [make_image(56, 56, "red")])  # equal content, other objects
    blue = PromptInput("", "<image>What color?", [make_image(56, 56, "blue")])
    first = cache.encode(counting, red)
    assert cache.encode(counting, again) is first and len(calls) == 1
    other = cache.encode(counting, blue)
    assert len(calls) == 2 and not torch.equal(other.pixel_values, first.pixel_values)
    fresh = encode_prompt(processor, red)
    assert torch.equal(fresh.input_ids, first.input_ids) and torch.equal(fresh.pixel_values, first.pixel_values)
    # bounded in bytes: with room for one entry, the least recently used one goes
    small = EncodingCache(max_bytes=cache.size // 2 + 1)
    small.encode(counting, red), small.encode(counting, blue)
    assert len(small.entries) == 1 and small.size <= small.max_size
    small.encode(counting, red)
    assert len(calls) == 5  # red was evicted, so it was encoded again


def test_the_default_encoding_cache_holds_a_rollout_of_large_images(tiny_model_dir):
    """Every pass of a rollout walks its prompts in the same order: a cache one prompt short of the rollout
    finds none of them again. 30 prompts with 1024x768 images (540 MB of pixel values, more than the old
    512 MB bound) are encoded once over two walks."""
    import numpy as np
    from PIL import Image

    from observe_worker.encoding import EncodingCache, default_cache_bytes
    from observe_worker.policy import load_processor

    processor = load_processor(tiny_model_dir, 4 * 28 * 28, 10000 * 16 * 16)  # the recipe's data.min/max_pixels
    calls = []
    Counting = _counting(processor, calls)
    rng = np.random.default_rng(0)
    rollout = [PromptInput("", "<image>What is shown?", [Image.fromarray(rng.integers(0, 256, (768, 1024, 3), np.uint8))])
               for _ in range(30)]
    cache = EncodingCache()
    for _ in range(2):
        for i, prompt in enumerate(rollout):
            cache.encode(Counting(), prompt, i)
    assert len(calls) == 30 and cache.size > 512 * 2**20
    assert cache.max_size == default_cache_bytes() <= 16 * 2**30


def test_prompt_positions_are_computed_once_and_match_the_batch_rope_index(inference_policy, prompts):
    """collate_prompts keeps each prompt's positions: the same as the family's rope index over the padded
    batch at every real token, whatever batch the prompt is in later, without another rope-index call."""
    from observe_worker.encoding import _left_padded, _positions, _vision_inputs, collate_prompts

    policy = inference_policy
    encoded = [encode_prompt(policy.processor, p, i) for i, p in enumerate(prompts)]  # fresh: no positions yet
    calls = []

    def counted(*args, **kwargs):
        calls.append(args[0].shape)
        return policy._rope_index(*args, **kwargs)

    batch = collate_prompts(encoded, policy.pad_id, counted, policy.device)
    ids, types, mask = _left_padded(encoded, policy.pad_id, policy.device)
    expected = _positions(policy._rope_index, ids, types, _vision_inputs(encoded, policy.device), mask)
    real = mask.bool()
    assert len(calls) == 1 and batch.position_ids.shape == expected.shape == (3, 3, ids.shape[1])
    assert torch.equal(batch.position_ids[:, real], expected[:, real])
    assert torch.equal(batch.next_position, expected[0, :, -1] + 1)
    # images push the later text positions below the token count (M-RoPE), so this is not just arange
    assert int(batch.next_position[0]) < encoded[0].num_tokens

    again = collate_prompts([encoded[2], encoded[0], encoded[0]], policy.pad_id, counted, policy.device)
    assert len(calls) == 1
    for row, p in enumerate([encoded[2], encoded[0], encoded[0]]):
        assert torch.equal(again.position_ids[:, row, -p.num_tokens:], p.positions)
    assert again.next_position.tolist() == [batch.next_position[i].item() for i in (2, 0, 0)]


@pytest.mark.parametrize("model_type", ["qwen2_5_vl", "qwen2_vl", "qwen3_vl", "qwen3_5", "internvl"])
def test_prompts_encoded_together_equal_one_by_one(tiny_family_dir, make_image, model_type):
    """encode_prompts runs the processor once over several prompts (right-padded) and cuts its outputs back
    per prompt: the same token ids, token kinds, pixel rows and grids as one call per prompt."""
    from observe_worker.encoding import encode_prompts
    from observe_worker.policy import load_processor

    processor = load_processor(tiny_family_dir(model_type))
    prompts = [
        PromptInput("", "What is 12 + 30?", []),
        PromptInput("Answer briefly.", "Compare <image> with <image>.", [make_image(56, 84, "yellow"), make_image(112, 56, "gray")]),
        PromptInput("", "What is shown? Think step by step, then answer in a word.", [make_image(56, 56, "red")]),
        PromptInput("", "<image>Which is larger?", [make_image(84, 84, "blue")]),
    ]
    together = encode_prompts(processor, prompts, [0, 1, 2, 3])
    for i, (ours, prompt) in enumerate(zip(together, prompts)):
        alone = encode_prompt(processor, prompt, i)
        assert ours.rendered == alone.rendered
        for name in ("input_ids", "mm_token_type_ids", "pixel_values", "image_grid_thw"):
            a, b = getattr(ours, name), getattr(alone, name)
            assert (a is None) == (b is None), (i, name)
            assert a is None or (a.shape == b.shape and torch.equal(a, b)), (i, name)


def test_a_bad_prompt_among_others_is_named(tiny_model_dir, make_image):
    from observe_worker.encoding import encode_prompts
    from observe_worker.policy import load_processor

    processor = load_processor(tiny_model_dir)
    prompts = [PromptInput("", "fine", [make_image(56, 56, "red")]), PromptInput("", "<image><image>", [make_image(56, 56, "red")])]
    with pytest.raises(BadRequest, match="prompt 7: the text has 2 <image> placeholder"):
        encode_prompts(processor, prompts, [6, 7])
