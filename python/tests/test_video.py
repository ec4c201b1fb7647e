"""Video prompts (data.video_key): decoding, sampling, placement, token counts, generate, score, train.

A tiny MP4 is made here with PyAV and encoded with the tiny Qwen2.5-VL checkpoint's real processor.
"""

import io
import time

import numpy as np
import pytest
from PIL import Image

from observe_worker.encoding import PromptInput, count_prompt_tokens, encode_prompt, user_content
from observe_worker.errors import BadRequest, ImageError
from observe_worker.videos import decode_video, frames_video, sampler

# A frame side of 56 pixels = 2x2 merged tokens under this range (28 x 28 pixels per token).
MIN_PIXELS, MAX_PIXELS = 28 * 28, 56 * 56
CLIP_FRAMES, CLIP_FPS = 20, 10


def frame(k: int, size=(64, 48)) -> np.ndarray:
    """Frame k of the test clip: a white square moving right over a background that brightens."""
    w, h = size
    a = np.zeros((h, w, 3), np.uint8)
    a[..., 0] = 10 * k
    a[10:26, 2 * k : 2 * k + 16] = 255
    return a


def make_mp4(frames: int = CLIP_FRAMES, fps: int = CLIP_FPS) -> bytes:
    import av

    buf = io.BytesIO()
    with av.open(buf, mode="w", format="mp4") as container:
        stream = container.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = 64, 48, "yuv420p"
        for k in range(frames):
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame(k), format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buf.getvalue()


@pytest.fixture(scope="module")
def clip() -> bytes:
    return make_mp4()


@pytest.fixture(scope="module")
def processor(tiny_model_dir):
    from observe_worker.model_loading import load_processor

    return load_processor(tiny_model_dir, MIN_PIXELS, MAX_PIXELS)


@pytest.fixture(scope="module")
def video(processor, clip):
    return decode_video(clip, "clip.mp4", sampler(processor, 2.0))


def test_a_file_is_sampled_at_the_fps_from_its_first_frame_to_its_last(video):
    # 20 frames at 10 fps are 2 s; at 2 fps that is 4 frames, at round(linspace(0, 19, 4)) as qwen-vl-utils
    # (EasyR1's video reader) takes them; Qwen2-VL's processor sampler would take 0, 5, 10, 15.
    assert video.frames.shape == (4, 48, 64, 3)
    assert list(video.metadata.frames_indices) == [0, 6, 13, 19]
    assert video.metadata.sampled_fps == 2.0
    # The decoded frames are the clip's (lossy codec: close, not equal).
    assert np.abs(video.frames[1].astype(int) - frame(6).astype(int)).mean() < 8


def test_a_video_frame_costs_at_most_768_tokens_under_max_pixels(tiny_model_dir):
    """qwen-vl-utils' per-frame ceiling (VIDEO_MAX_TOKEN_NUM x 28^2 for Qwen2.5-VL), which data.max_pixels lowers but
    never raises; images are fitted to data.max_pixels themselves (images.fit_image)."""
    from observe_worker.model_loading import load_processor

    for max_pixels, frame_max in [(4_194_304, 768 * 28 * 28), (200_704, 200_704), (None, 768 * 28 * 28)]:
        processor = load_processor(tiny_model_dir, 3136, max_pixels)
        assert processor.video_processor.size.longest_edge == frame_max, max_pixels
        assert processor.image_pixels == (3136, max_pixels)


def test_a_video_file_encodes_with_grid_and_seconds_per_patch(processor, video):
    start = time.perf_counter()
    encoded = encode_prompt(processor, PromptInput("", "<video>What moves?", [], [video]))
    took = time.perf_counter() - start
    grid = encoded.video_grid_thw.tolist()
    assert grid == [[2, 4, 4]]  # 4 frames in temporal patches of 2; 56x56 -> 4x4 patches
    video_tokens = int((encoded.mm_token_type_ids == 2).sum())
    assert video_tokens == 2 * 4 * 4 // 4 == 8
    assert encoded.pixel_values_videos.shape[0] == 2 * 4 * 4
    assert encoded.second_per_grid_ts.tolist() == [1.0]  # temporal patch of 2 frames at 2 fps (EasyR1: 2 / fps)
    assert encoded.pixel_values is None
    print(f"video tokens {video_tokens}, encode {took * 1000:.1f} ms")


def test_a_list_of_frames_is_a_video_taken_at_the_fps(processor, make_image):
    frames = [Image.fromarray(frame(k)) for k in range(5)]
    video = frames_video(frames, "frames/", 4.0)
    encoded = encode_prompt(processor, PromptInput("", "What happens?", [], [video]))
    assert encoded.video_grid_thw.tolist() == [[3, 4, 4]]  # 5 frames: the processor repeats the last
    assert encoded.second_per_grid_ts.tolist() == [0.5]


def test_counted_tokens_equal_the_encoded_length(processor, video, make_image):
    prompt = PromptInput("Be brief.", "Compare <image> with <video>.", [make_image(56, 84)], [video])
    encoded = encode_prompt(processor, prompt)
    count = count_prompt_tokens(processor, prompt)
    assert count.num_tokens == encoded.num_tokens
    assert (count.image_tokens, count.video_tokens) == (int((encoded.mm_token_type_ids == 1).sum()), 8)
    assert count.rendered == encoded.rendered


def test_placeholders_place_videos_like_images():
    assert user_content("A <video> B <image> C", 1, num_videos=1) == [
        {"type": "text", "text": "A "}, {"type": "video"}, {"type": "text", "text": " B "}, {"type": "image"},
        {"type": "text", "text": " C"},
    ]
    # No placeholder of a kind: those first, images before videos.
    assert user_content("<image>Q", 1, num_videos=2) == [
        {"type": "video"}, {"type": "video"}, {"type": "image"}, {"type": "text", "text": "Q"},
    ]
    assert user_content("Q", 1, num_videos=1) == [{"type": "image"}, {"type": "video"}, {"type": "text", "text": "Q"}]
    with pytest.raises(BadRequest, match=r"prompt 2: the text has 2 <video> placeholder\(s\) but 1 video"):
        user_content("<video> and <video>", 0, 2, num_videos=1)


def test_bad_videos_say_which_and_why(processor):
    sample = sampler(processor, 2.0)
    with pytest.raises(ImageError, match=r"video row 3 videos\[0\]: .* not a video PyAV can decode"):
        decode_video(b"\x00\x00\x00\x18ftypmp42" + b"garbage" * 50, "row 3 videos[0]", sample)
    with pytest.raises(ImageError, match="video a.mp4: the video bytes are empty"):
        decode_video(b"", "a.mp4", sample)
    with pytest.raises(ImageError, match="frames differ in size"):
        frames_video([Image.new("RGB", (8, 8)), Image.new("RGB", (9, 8))], "f", 2.0)
    with pytest.raises(BadRequest, match="fps must be > 0"):
        sampler(processor, 0.0)


def test_a_family_without_video_refuses_it_naming_those_with():
    from observe_worker.families import FAMILIES

    FAMILIES["qwen2_5_vl"].check_videos(2)
    with pytest.raises(BadRequest, match=r"internvl model, which does not take video.*qwen2_5_vl, qwen2_vl, qwen3_vl"):
        FAMILIES["internvl"].check_videos(1)


@pytest.fixture(scope="module")
def policy(tiny_model_dir):
    from observe_worker.policy import Policy
    from recipe import adamw

    return Policy.load(tiny_model_dir, optimizer=adamw(1e-3), seed=0, min_pixels=MIN_PIXELS, max_pixels=MAX_PIXELS)


def test_generate_score_and_train_on_a_video_prompt(policy, video, make_image):
    prompts = [
        PromptInput("", "<video>What moves?", [], [video]),
        PromptInput("", "Is <image> in <video>?", [make_image(56, 56)], [video]),
    ]
    res = policy.generate(prompts, n=2, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=8, seed=1)
    assert res.prompt_num_tokens[0] == encode_prompt(policy.processor, prompts[0]).num_tokens
    idx = [c.prompt_index for c in res.completions]
    toks = [c.token_ids for c in res.completions]
    scored = policy.log_probs(prompts, idx, toks)
    diff = max(float(np.abs(s - c.logprobs).max()) for s, c in zip(scored, res.completions))
    assert diff < 1e-4, diff

    adv = np.zeros(len(toks), np.float32)
    adv[0] = 1.0
    policy.train_step(prompts, idx, toks, adv, lr=1e-3)
    after = policy.log_probs(prompts, idx, toks)
    assert float(after[0].sum() - scored[0].sum()) > 0.5


def test_the_vision_tower_sees_the_video(policy, video):
    """Different frames give different log-probs: the video reaches the model, not just its pads."""
    still = frames_video([Image.fromarray(frame(0))] * 4, "still", 2.0)
    toks = [np.array([5, 6, 7], np.int32)]
    moving = policy.log_probs([PromptInput("", "<video>", [], [video])], [0], toks)[0]
    frozen = policy.log_probs([PromptInput("", "<video>", [], [still])], [0], toks)[0]
    assert np.abs(moving - frozen).max() > 1e-5


def test_video_positions_step_by_seconds(policy, video):
    """Qwen2.5-VL's M-RoPE: a video's temporal patches are tokens_per_second * seconds apart (the adapter
    passes second_per_grid_ts to get_rope_index)."""
    from observe_worker.encoding import collate_prompts

    encoded = encode_prompt(policy.processor, PromptInput("", "<video>", [], [video]))
    batch = collate_prompts([encoded], policy.pad_id, policy._rope_index, policy.device)
    times = batch.position_ids[0, 0][encoded.mm_token_type_ids == 2]  # temporal component of the video tokens
    per_patch = 4 * 4 // 4
    step = policy.model.config.vision_config.tokens_per_second * 1.0  # 1 s per temporal patch at 2 fps
    assert float(times[per_patch] - times[0]) == step and bool((times[:per_patch] == times[0]).all())


@pytest.mark.parametrize("family", ["qwen2_vl", "qwen3_vl", "qwen3_vl_moe", "qwen3_5"])
def test_the_other_video_families_encode_generate_and_score(tmp_path, clip, family):
    """Each family that takes video: its processor samples and expands the clip (Qwen3-VL with a timestamp
    per temporal patch), and generated log-probs equal the rescored ones."""
    from observe_worker.policy import Policy
    from observe_worker.tiny_model import build_tiny_model

    build_tiny_model(str(tmp_path), seed=0, family=family)
    policy = Policy.load(str(tmp_path), seed=0, min_pixels=32 * 32, max_pixels=64 * 64)
    clip_video = decode_video(clip, "clip.mp4", sampler(policy.processor, 2.0))
    prompt = PromptInput("", "What moves in <video>?", [], [clip_video])
    encoded = encode_prompt(policy.processor, prompt)
    assert encoded.video_grid_thw.tolist()[0][0] == 2
    assert count_prompt_tokens(policy.processor, prompt).num_tokens == encoded.num_tokens
    res = policy.generate([prompt], n=1, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=6, seed=0)
    c = res.completions[0]
    scored = policy.log_probs([prompt], [0], [c.token_ids])[0]
    assert float(np.abs(scored - c.logprobs).max()) < 1e-4
