"""Errors the worker reports to the controller.

Each carries a stable `type` (its class name) and a message that says what went
wrong, where, and what to do. The server turns them into an `Error` reply; any
other exception becomes an `InternalError` with its traceback.
"""


class WorkerError(Exception):
    """Base class: an error whose message is meant for the user."""

    @property
    def type(self) -> str:
        return type(self).__name__


class BadRequest(WorkerError):
    """The request is malformed: missing fields, wrong frame sizes, unknown method."""


class ModelLoadError(WorkerError):
    """The model directory is missing or is not a Qwen2.5-VL checkpoint."""


class ModelNotLoaded(WorkerError):
    """A model operation arrived before load_model."""


class ImageError(WorkerError):
    """An image could not be decoded; the message names its source."""


class CheckpointError(WorkerError):
    """A checkpoint could not be written or read."""


class RankFailure(WorkerError):
    """Work failed on some ranks of a torchrun group; every rank raises this at the same point.

    Its `type` is the original error's when the failing ranks agree on one (an
    ImageError on rank 1 is still an ImageError to the controller); the message
    names the ranks and what each reported.
    """

    def __init__(self, message: str, type_: str = ""):
        super().__init__(message)
        self._type = type_

    @property
    def type(self) -> str:
        return self._type or "RankFailure"
