"""Decode image bytes sent by the controller into RGB PIL images, and fit them to data.min/max_pixels."""

from __future__ import annotations

import io
import math
import os
import warnings
from concurrent.futures import ThreadPoolExecutor

from PIL import Image, UnidentifiedImageError

from .errors import ImageError

# A decoded image larger than this many pixels is refused (decompression bombs);
# Qwen2.5-VL resizes to max_pixels anyway, so real inputs stay far below it.
MAX_IMAGE_PIXELS = 20000 * 20000


def decode_image(data: bytes, source: str) -> Image.Image:
    """Decode `data` (PNG, JPEG, WebP, ...) into a fully loaded RGB image.

    `source` names where the bytes came from (a dataset row, a file path) and is
    repeated in every error so the user can find the bad image.
    """
    if data is None or len(data) == 0:
        raise ImageError(f"image {source}: the image bytes are empty; check that the dataset row holds image data")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(bytes(data))) as img:
                width, height = img.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise ImageError(
                        f"image {source}: {width}x{height} pixels is larger than the limit of "
                        f"{MAX_IMAGE_PIXELS} pixels; downscale the image"
                    )
                img.load()  # decode now: truncated data fails here, not later inside the processor
                rgb = img.convert("RGB")
    except ImageError:
        raise
    except UnidentifiedImageError:
        raise ImageError(
            f"image {source}: {len(data)} bytes are not an image format Pillow can read "
            f"(starts with {bytes(data[:8])!r}); store PNG or JPEG bytes"
        ) from None
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageError(
            f"image {source}: the image data is truncated or corrupt ({exc}); re-encode or replace the image"
        ) from None
    if rgb.width < 1 or rgb.height < 1:
        raise ImageError(f"image {source}: the image has no pixels ({rgb.width}x{rgb.height})")
    return rgb


def check_images(images: list[bytes], sources: list[str]) -> list[str]:
    """Decode each image fully, as decode_image does for generate: "" where it decodes, else why.

    Threads run the decoders in parallel (Pillow's codecs release the GIL).
    """

    def check(item: tuple[bytes, str]) -> str:
        try:
            decode_image(*item)
            return ""
        except ImageError as exc:
            return str(exc)

    if len(images) < 2:
        return [check(item) for item in zip(images, sources)]
    with ThreadPoolExecutor(max_workers=min(len(images), os.cpu_count() or 1)) as pool:
        return list(pool.map(check, zip(images, sources)))


def fitted_size(width: int, height: int, min_pixels: int | None, max_pixels: int | None) -> tuple[int, int]:
    """The size an image gets under data.min_pixels / data.max_pixels, as EasyR1 fits it (verl/utils/dataset.py
    process_image): above max_pixels both sides scale by sqrt(max_pixels / area), below min_pixels by
    sqrt(min_pixels / area), each side truncated to an integer. The processor then rounds the result to its patch
    grid within the checkpoint's own bounds, as in EasyR1; data.min/max_pixels are not given to it."""
    if max_pixels and width * height > max_pixels:
        scale = math.sqrt(max_pixels / (width * height))
        width, height = int(width * scale), int(height * scale)
    if min_pixels and width * height < min_pixels:
        scale = math.sqrt(min_pixels / (width * height))
        width, height = int(width * scale), int(height * scale)
    return width, height


def fit_image(image: Image.Image, pixels: tuple[int | None, int | None] | None) -> Image.Image:
    """`image` resized to fitted_size (Pillow's default resampling, as EasyR1); the same image when it fits."""
    if pixels is None:
        return image
    size = fitted_size(image.width, image.height, *pixels)
    return image if size == image.size else image.resize(size)
