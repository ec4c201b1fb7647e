import io

import pytest
from PIL import Image

from observe_worker.errors import ImageError
from observe_worker import images
from observe_worker.encoding import EncodingCache, PromptInput
from observe_worker.images import DecodedImages, content_key, decode_image


def _encode(img, fmt):
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    return buf.getvalue()


@pytest.mark.parametrize("mode,fmt", [("RGB", "PNG"), ("RGBA", "PNG"), ("L", "JPEG"), ("P", "GIF")])
def test_decodes_to_rgb(mode, fmt):
    img = decode_image(_encode(Image.new(mode, (30, 20)), fmt), "row 3")
    assert img.mode == "RGB" and img.size == (30, 20)


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"", "empty"),
        (b"this is not an image at all", "not an image"),
    ],
)
def test_bad_bytes_name_source(data, reason):
    with pytest.raises(ImageError) as err:
        decode_image(data, "train.jsonl:17 images[0]")
    assert "train.jsonl:17 images[0]" in str(err.value)
    assert reason in str(err.value)


def test_truncated_image_names_source():
    data = _encode(Image.new("RGB", (64, 64), "green"), "PNG")
    with pytest.raises(ImageError) as err:
        decode_image(data[: len(data) // 2], "sample 42")
    assert "sample 42" in str(err.value) and "truncated" in str(err.value)


def _corrupt_body(data: bytes) -> bytes:
    """The PNG with its pixel data (IDAT) replaced by bytes that are not a deflate stream; chunk CRCs stay valid."""
    import struct
    import zlib

    at = data.index(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[at : at + 4])
    garbage = bytes((7 * i + 3) % 256 for i in range(length))
    chunk = data[at : at + 4] + b"IDAT" + garbage + struct.pack(">I", zlib.crc32(b"IDAT" + garbage))
    return data[:at] + chunk + data[at + 12 + length :]


def test_check_images_decodes_fully_in_parallel():
    from observe_worker.images import check_images

    good = _encode(Image.new("RGB", (64, 64), "green"), "PNG")
    bad = _corrupt_body(good)
    assert len(bad) == len(good) and Image.open(io.BytesIO(bad)).size == (64, 64)  # the header is fine
    errors = check_images([good, bad, good, b"nope"], ["a.png", "b.png", "c.png", "d.png"])
    assert errors[0] == errors[2] == ""
    assert errors[1].startswith("image b.png: the image data is truncated or corrupt")
    assert errors[3].startswith("image d.png:")


def _counting_decodes(monkeypatch) -> list[str]:
    """Records each source Pillow really decodes (the real decoder still runs)."""
    seen: list[str] = []
    real = images.decode_image
    monkeypatch.setattr(images, "decode_image", lambda data, source: seen.append(source) or real(data, source))
    return seen


def test_decoded_images_decode_repeated_bytes_once(monkeypatch):
    seen = _counting_decodes(monkeypatch)
    red, blue = _encode(Image.new("RGB", (30, 20), "red"), "PNG"), _encode(Image.new("RGB", (30, 20), "blue"), "JPEG")
    cache = DecodedImages()
    first = cache.decode(red, "row 1")
    assert cache.decode(bytes(red), "row 9") is first  # equal bytes, whoever sends them
    other = cache.decode(blue, "row 2")
    assert seen == ["row 1", "row 2"] and other.getpixel((0, 0))[2] > 200
    assert cache.size == 2 * 30 * 20 * 3


def test_decoded_images_drop_the_least_recently_used_past_the_bound(monkeypatch):
    seen = _counting_decodes(monkeypatch)
    data = [_encode(Image.new("RGB", (10, 10), (k, 0, 0)), "PNG") for k in range(3)]
    cache = DecodedImages(max_bytes=2 * 10 * 10 * 3)
    for k in (0, 1, 0, 2, 0, 1):  # 1 is least recent when 2 arrives
        cache.decode(data[k], f"image {k}")
    assert seen == ["image 0", "image 1", "image 2", "image 1"] and cache.size <= cache.max_size


def test_decoded_images_report_a_bad_image_every_time():
    cache = DecodedImages()
    bad = _encode(Image.new("RGB", (30, 20)), "PNG")[:40]
    for source in ("row 1", "row 2"):
        with pytest.raises(ImageError, match=source):
            cache.decode(bad, source)
    assert not cache.entries and cache.size == 0


def test_content_key_of_a_decoded_image_comes_from_its_bytes(monkeypatch, tiny_model_dir):
    """The encoded-prompt cache keys images by content_key: an image from DecodedImages by its bytes' digest
    (no pass over the pixels), any other by its pixels; equal content, equal key."""
    data = _encode(Image.new("RGB", (30, 20), "green"), "PNG")
    decoded = DecodedImages().decode(data, "row 1")
    again = DecodedImages().decode(data, "row 2")  # another cache, another object: the same key
    copy = decoded.copy()
    assert content_key(decoded) == content_key(again) != content_key(copy)
    assert content_key(copy) == content_key(Image.new("RGB", (30, 20), "green"))
    assert content_key(copy) != content_key(Image.new("RGB", (30, 20), "red"))
    with monkeypatch.context() as m:
        m.setattr(Image.Image, "tobytes", lambda self, *a: pytest.fail("hashed the pixels"))
        assert content_key(decoded).startswith(b"encoded ")

    from observe_worker import encoding
    from observe_worker.model_loading import load_processor

    processor_calls, encode = [], encoding.encode_prompt
    monkeypatch.setattr(encoding, "encode_prompt", lambda *a: processor_calls.append(a[2]) or encode(*a))
    cache, processor = EncodingCache(), load_processor(tiny_model_dir, None, None)
    first = cache.encode(processor, PromptInput(system="", text="what?", images=[decoded]), 0)
    assert cache.encode(processor, PromptInput(system="", text="what?", images=[again]), 1) is first
    assert processor_calls == [0] and first.pixel_values.numel() > 0
