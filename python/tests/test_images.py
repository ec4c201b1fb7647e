import io

import pytest
from PIL import Image

from observe_worker.errors import ImageError
from observe_worker.images import decode_image


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
