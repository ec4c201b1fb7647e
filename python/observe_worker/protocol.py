"""Wire format: [Envelope, payload frames...] (see proto/observe.proto).

Bulk arrays are raw little-endian frames described by `Envelope.frames`; this
module converts between them and numpy arrays, validating sizes so that a
malformed request becomes a `BadRequest`, never a crash.
"""

from __future__ import annotations

import numpy as np
from google.protobuf.message import DecodeError

from .errors import BadRequest
from .proto import observe_pb2 as pb

PROTOCOL_VERSION: int = pb.PROTOCOL_VERSION_CURRENT

_NUMPY_OF_DTYPE = {
    pb.DTYPE_UINT8: np.dtype("<u1"),
    pb.DTYPE_INT32: np.dtype("<i4"),
    pb.DTYPE_FLOAT32: np.dtype("<f4"),
}
_DTYPE_OF_NUMPY = {v: k for k, v in _NUMPY_OF_DTYPE.items()}


def decode(frames: list[bytes]) -> tuple[pb.Envelope, list[memoryview]]:
    """Parse a message; payload frames stay zero-copy memoryviews."""
    if not frames:
        raise BadRequest("empty message: expected an Envelope frame followed by payload frames")
    envelope = pb.Envelope()
    try:
        envelope.ParseFromString(frames[0])
    except DecodeError as exc:
        raise BadRequest(f"the first frame is not an observe.v1.Envelope ({exc})") from None
    payloads = [memoryview(f) for f in frames[1:]]
    if len(envelope.frames) != len(payloads):
        raise BadRequest(
            f"envelope describes {len(envelope.frames)} payload frames but {len(payloads)} arrived"
        )
    return envelope, payloads


def encode(envelope: pb.Envelope, payloads: list[bytes | memoryview] = ()) -> list[bytes | memoryview]:
    return [envelope.SerializeToString(), *payloads]


class Payloads:
    """Named access to a message's payload frames."""

    def __init__(self, envelope: pb.Envelope, payloads: list[memoryview]):
        self._frames = {f.name: (i, f) for i, f in enumerate(envelope.frames)}
        self._descriptors = list(envelope.frames)
        self._payloads = payloads

    @property
    def descriptors(self) -> list[pb.Frame]:
        return self._descriptors

    def __contains__(self, name: str) -> bool:
        return name in self._frames

    def raw(self, index: int) -> memoryview:
        if index >= len(self._payloads):
            raise BadRequest(f"payload frame {index} referenced but only {len(self._payloads)} frames arrived")
        return self._payloads[index]

    def array(self, name: str, *, expected_len: int | None = None) -> np.ndarray:
        if name not in self._frames:
            raise BadRequest(f"missing payload frame {name!r}")
        index, desc = self._frames[name]
        dtype = _NUMPY_OF_DTYPE.get(desc.dtype)
        if dtype is None:
            raise BadRequest(f"payload frame {name!r} has unsupported dtype {desc.dtype}")
        data = self._payloads[index]
        count = int(np.prod(desc.shape)) if len(desc.shape) else len(data) // dtype.itemsize
        if count * dtype.itemsize != len(data):
            raise BadRequest(
                f"payload frame {name!r}: shape {list(desc.shape)} of {dtype} needs "
                f"{count * dtype.itemsize} bytes, got {len(data)}"
            )
        if expected_len is not None and count != expected_len:
            raise BadRequest(f"payload frame {name!r} holds {count} values, expected {expected_len}")
        arr = np.frombuffer(data, dtype=dtype, count=count)
        return arr.reshape(tuple(desc.shape)) if len(desc.shape) > 1 else arr


class ReplyBuilder:
    """Collects numpy arrays as payload frames for a reply."""

    def __init__(self) -> None:
        self.frames: list[pb.Frame] = []
        self.payloads: list[bytes | memoryview] = []

    def add(self, name: str, array: np.ndarray) -> None:
        array = np.ascontiguousarray(array)
        dtype = _DTYPE_OF_NUMPY.get(array.dtype.newbyteorder("<"))
        if dtype is None:
            raise TypeError(f"cannot send {array.dtype} arrays; use uint8, int32 or float32")
        self.frames.append(pb.Frame(name=name, dtype=dtype, shape=list(array.shape)))
        self.payloads.append(memoryview(array).cast("B"))
