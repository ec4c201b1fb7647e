"""Decode videos sent by the controller into sampled RGB frames for the processor.

A dataset's video is a video file (MP4, WebM, ...: decoded with PyAV) or a list of
frame images. A file is sampled at `fps` frames per second: the count is the processor's
(its video processor's sample_frames: Qwen2-VL's and Qwen3-VL's differ in rounding and
frame limits), the frames are spread as qwen-vl-utils spreads them (`sampler`); a
list of frames is taken as already sampled at `fps`. The frames keep their source
size: the processor resizes them within its pixel range, as it does images.

EasyR1 (verl/utils/dataset.py process_video -> qwen_vl_utils fetch_video) samples the
same way: nframes = total / source fps * fps, clamped to [4, 768] and to a multiple of
the temporal patch size, at round(linspace(0, total - 1, nframes)); the sampled rate sets
Qwen2.5-VL's second_per_grid_ts. Each frame gets at most 768 tokens' worth of pixels
(model_loading.load_processor), as there.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Callable

import numpy as np
from PIL import Image

from .errors import BadRequest, ImageError
from .images import MAX_IMAGE_PIXELS

# More frames than this in one file is refused before decoding (a bad header, or a film).
MAX_VIDEO_FRAMES = 100_000

Sampler = Callable[..., "np.ndarray"]  # (metadata) -> frame indices


@dataclass
class Video:
    """A video as the processor takes it: the sampled frames and where they sit in the source."""

    frames: np.ndarray  # [T, H, W, 3] uint8
    metadata: object  # transformers VideoMetadata: source fps, total frames, sampled indices
    source: str


def sampler(processor, fps: float) -> Sampler:
    """Frame indices at `fps` frames per second: as many as the processor's sampler takes for this family (Qwen2-VL's
    and Qwen3-VL's round and limit the count differently), spread from the first frame to the last as qwen-vl-utils
    spreads them (round(linspace(0, total - 1, n))). Qwen2-VL's own sampler steps by total / n from frame 0 and never
    reaches the last: at 20 frames and n = 4 it takes 0, 5, 10, 15 where qwen-vl-utils takes 0, 6, 13, 19."""
    import torch

    vp = getattr(processor, "video_processor", None)
    if vp is None:
        raise BadRequest("this model's processor takes no video")
    if not fps > 0:
        raise BadRequest(f"video fps must be > 0 (data.video_fps), got {fps}")

    def indices(metadata) -> np.ndarray:
        n = len(vp.sample_frames(metadata, fps=fps))
        return torch.linspace(0, metadata.total_num_frames - 1, n).round().long().numpy()

    return indices


def decode_video(data: bytes, source: str, sample: Sampler) -> Video:
    """Decode a video file's bytes and keep the frames `sample` picks, as RGB."""
    import av
    from transformers.video_utils import VideoMetadata

    if not data:
        raise ImageError(f"video {source}: the video bytes are empty; check that the dataset row holds a video")
    try:
        with av.open(io.BytesIO(bytes(data))) as container:
            if not container.streams.video:
                raise ImageError(f"video {source}: the file has no video stream; store a video (MP4, WebM, ...)")
            stream = container.streams.video[0]
            rate = stream.average_rate or stream.guessed_rate
            if not rate:
                raise ImageError(f"video {source}: the file does not say its frame rate; re-encode it (e.g. ffmpeg -r 30)")
            total = stream.frames or sum(1 for p in container.demux(stream) if p.size)  # some containers do not count
            if total < 1:
                raise ImageError(f"video {source}: the video has no frames")
            if total > MAX_VIDEO_FRAMES or stream.width * stream.height > MAX_IMAGE_PIXELS:
                raise ImageError(
                    f"video {source}: {total} frames of {stream.width}x{stream.height} is over the limits "
                    f"({MAX_VIDEO_FRAMES} frames, {MAX_IMAGE_PIXELS} pixels); cut or downscale the video"
                )
            metadata = VideoMetadata(total_num_frames=int(total), fps=float(rate), width=stream.width,
                                     height=stream.height, duration=total / float(rate), video_backend="pyav")
            try:
                indices = [int(i) for i in sample(metadata)]
            except (ValueError, ZeroDivisionError) as exc:  # the sampler's limits (fewer frames than a temporal patch)
                raise ImageError(f"video {source}: cannot sample {total} frames ({exc})") from None
            wanted = set(indices)
            container.seek(0)
            frames: dict[int, np.ndarray] = {}
            for i, frame in enumerate(container.decode(stream)):
                if i > indices[-1]:
                    break
                if i in wanted:
                    frames[i] = frame.to_ndarray(format="rgb24")
    except ImageError:
        raise
    except (av.error.FFmpegError, ValueError, OSError) as exc:
        raise ImageError(
            f"video {source}: {len(data)} bytes are not a video PyAV can decode ({exc}); store MP4 or WebM, "
            "or re-encode the file"
        ) from None
    missing = [i for i in indices if i not in frames]
    if missing:  # the header counted more frames than the stream holds
        raise ImageError(f"video {source}: frame {missing[0]} of {total} could not be decoded; the file is truncated")
    metadata.frames_indices = indices
    return Video(frames=np.stack([frames[i] for i in indices]), metadata=metadata, source=source)


def frames_video(images: list[Image.Image], source: str, fps: float) -> Video:
    """A video given as its frames (decoded images), taken as sampled at `fps`."""
    from transformers.video_utils import VideoMetadata

    if not images:
        raise ImageError(f"video {source}: the list of frames is empty")
    sizes = {img.size for img in images}
    if len(sizes) > 1:
        raise ImageError(
            f"video {source}: its frames differ in size ({', '.join(f'{w}x{h}' for w, h in sorted(sizes))}); "
            "give every frame of a video the same size"
        )
    if not fps > 0:
        raise BadRequest(f"video {source}: fps must be > 0 (data.video_fps), got {fps}")
    (width, height), n = images[0].size, len(images)
    metadata = VideoMetadata(total_num_frames=n, fps=float(fps), width=width, height=height, duration=n / fps,
                             video_backend="frames", frames_indices=list(range(n)))
    return Video(frames=np.stack([np.asarray(img.convert("RGB")) for img in images]), metadata=metadata, source=source)
