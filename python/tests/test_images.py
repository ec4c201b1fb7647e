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
