"""Decode image bytes sent by the controller into RGB PIL images, and fit them to data.min/max_pixels."""

from __future__ import annotations

import hashlib
import io
import math
import os
import warnings
import weakref
from concurrent.futures import ThreadPoolExecutor

from PIL import Image, UnidentifiedImageError

from .errors import ImageError
from .lru import SizedLRU

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


class DecodedImages(SizedLRU[Image.Image]):
    """Decoded images by a digest of their encoded bytes, so the images a rollout's requests repeat (generate,
    log-probs, every mini-batch update) are decoded once: a 1024x768 JPEG takes ~7 ms to decode and a PNG
    ~20 ms, on the worker's main thread while the accelerator waits.

    Bounded in decoded bytes, least recently used out first; the default holds a 512-prompt rollout of
    1024x768 images. A failed decode is not kept: a bad image is reported every time it is sent. The
    images handed out are shared between requests and must not be changed in place (nothing does:
    fitting and the processor make new ones).
    """

    def __init__(self, max_bytes: int = 2 * 2**30):
        super().__init__(max_bytes, _decoded_bytes)

    def decode(self, data: bytes, source: str) -> Image.Image:
        key = hashlib.blake2b(data, digest_size=20).digest()
        if (image := self.get(key)) is not None:
            return image
        image = decode_image(data, source)
        _register_content_key(image, b"encoded " + key)
        return self.put(key, image)


def _decoded_bytes(image: Image.Image) -> int:
    return image.width * image.height * len(image.getbands())


# Content keys of images decoded from known bytes, by object: hashing those bytes' digest is enough to
# identify the pixels, where hashing the pixels takes ~5 ms for a 1024x768 image (encoding.py's cache key).
_CONTENT_KEYS: dict[int, tuple[weakref.ref, bytes]] = {}


def _register_content_key(image: Image.Image, key: bytes) -> None:
    ident = id(image)

    def forget(ref: weakref.ref) -> None:
        if _CONTENT_KEYS.get(ident, (None,))[0] is ref:
            del _CONTENT_KEYS[ident]

    _CONTENT_KEYS[ident] = (weakref.ref(image, forget), key)


def content_key(image: Image.Image) -> bytes:
    """A key equal for equal pixels: the digest of the bytes the image was decoded from (DecodedImages), or of
    its mode, size and pixels."""
    entry = _CONTENT_KEYS.get(id(image))
    if entry is not None and entry[0]() is image:
        return entry[1]
    h = hashlib.blake2b(digest_size=20)
    h.update(f"image {image.mode} {image.width}x{image.height}:".encode())
    h.update(image.tobytes())
    return b"pixels " + h.digest()


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
