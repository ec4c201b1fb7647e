"""Model checkpoints: the Hugging Face layout plus optimizer state, written atomically.

A checkpoint directory is loadable by `from_pretrained` like any Qwen2.5-VL
checkpoint (config.json, model.safetensors, processor and tokenizer files) and
adds `optimizer.pt` (a torch state dict: tensors and plain values only, read
back with `weights_only=True`) and `observe_checkpoint.json`.

Saving writes everything into a hidden sibling directory, then swaps it into
place with renames, so a failed or interrupted save never damages the
checkpoint that was there before.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import tempfile
import uuid
from typing import Callable

import torch

from .errors import CheckpointError

OPTIMIZER_FILE = "optimizer.pt"
MANIFEST_FILE = "observe_checkpoint.json"
CHECKPOINT_FORMAT = 1


def _dir_bytes(path: str) -> int:
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            total += os.path.getsize(os.path.join(root, name))
    return total


def _fsync_tree(path: str) -> None:
    for root, _, files in os.walk(path):
        for name in files:
            fd = os.open(os.path.join(root, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: str, write: Callable[[str], dict]) -> int:
    """Call write(tmp_dir) -> manifest, then move tmp_dir to `path`. Returns the bytes written.

    An existing `path` is moved aside first and deleted only after the new
    directory is in place; if the process dies between the two renames the old
    checkpoint survives as `<path>.old-<id>` (load_checkpoint names it).
    """
    path = os.path.abspath(path)
    parent = os.path.dirname(path)
    name = os.path.basename(path)
    try:
        os.makedirs(parent, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=f".{name}.tmp-", dir=parent)
    except OSError as exc:
        raise CheckpointError(f"checkpoint {path}: cannot create a directory in {parent} ({exc}); check the path and permissions") from exc
    try:
        manifest = write(tmp)
        manifest = {"format": CHECKPOINT_FORMAT, **manifest}
        with open(os.path.join(tmp, MANIFEST_FILE), "w", encoding="utf-8") as f:
            json.dump(manifest, f, indent=2)
            f.write("\n")
        _fsync_tree(tmp)
        size = _dir_bytes(tmp)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, CheckpointError):
            raise
        if not isinstance(exc, Exception):
            raise
        raise CheckpointError(
            f"checkpoint {path}: writing failed ({type(exc).__name__}: {exc}); the previous checkpoint, if any, "
            "is unchanged. Check free disk space and permissions, then save again"
        ) from exc
    old = None
    try:
        if os.path.lexists(path):
            old = f"{path}.old-{uuid.uuid4().hex[:8]}"
            os.rename(path, old)
        os.rename(tmp, path)
    except OSError as exc:
        if old is not None and not os.path.lexists(path):
            os.rename(old, path)
            old = None
        shutil.rmtree(tmp, ignore_errors=True)
        raise CheckpointError(f"checkpoint {path}: cannot move the new checkpoint into place ({exc})") from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    try:
        fd = os.open(parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
    return size


def check_checkpoint_dir(path: str) -> None:
    """Raise CheckpointError unless `path` looks like a Qwen2.5-VL checkpoint directory."""
    if not os.path.isdir(path):
        leftovers = sorted(glob.glob(glob.escape(os.path.abspath(path)) + ".old-*"))
        hint = (
            f"; a save was interrupted and the previous checkpoint is at {leftovers[-1]}: rename it to {path}"
            if leftovers
            else ""
        )
        raise CheckpointError(f"checkpoint {path}: no such directory{hint}")
    config_path = os.path.join(path, "config.json")
    try:
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
    except FileNotFoundError:
        raise CheckpointError(f"checkpoint {path}: config.json is missing; this is not a model checkpoint") from None
    except (OSError, ValueError) as exc:
        raise CheckpointError(f"checkpoint {config_path}: cannot read the config ({exc})") from exc
    if config.get("model_type") != "qwen2_5_vl":
        raise CheckpointError(
            f"checkpoint {config_path}: model_type is {config.get('model_type')!r}, expected 'qwen2_5_vl'"
        )


def save_optimizer_state(state: dict, directory: str) -> None:
    """`state`: the full optimizer state keyed by parameter names (sharding.full_optimizer_state)."""
    torch.save(state, os.path.join(directory, OPTIMIZER_FILE))


def load_optimizer_state(path: str, device="cpu") -> dict | None:
    """The optimizer state dict saved in checkpoint `path`, or None if it has none. Never unpickles objects."""
    file = os.path.join(path, OPTIMIZER_FILE)
    if not os.path.exists(file):
        return None
    try:
        return torch.load(file, map_location=device, weights_only=True)
    except Exception as exc:
        raise CheckpointError(
            f"checkpoint {file}: cannot read the optimizer state ({type(exc).__name__}: {exc}); "
            "the file is corrupt or was not written by observe-r1. Delete it to resume with a fresh optimizer"
        ) from exc


def optimizer_steps(path: str) -> int | None:
    """The optimizer steps checkpoint `path`'s manifest records, or None where it cannot say."""
    try:
        with open(os.path.join(path, MANIFEST_FILE), encoding="utf-8") as f:
            return int(json.load(f)["optimizer_steps"])
    except (OSError, ValueError, TypeError, KeyError):
        return None
