"""Model checkpoints: the Hugging Face layout plus optimizer state, written atomically.

A checkpoint directory is loadable by `from_pretrained` like any checkpoint of
its family (config.json, model.safetensors, processor and tokenizer files) and
adds `optimizer.pt` (a torch state dict: tensors and plain values only, read
back with `weights_only=True`) and `observe_checkpoint.json`.

Saving writes everything into a hidden sibling directory, then swaps it into
place with renames, so a failed or interrupted save never damages the
checkpoint that was there before. `CheckpointMixin` saves and resumes a `Policy`.
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

from . import distributed, families, sharding
from .errors import CheckpointError
from .model_loading import read_full_weights, write_plain_architecture

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
    """Raise CheckpointError unless `path` looks like a checkpoint directory of a supported family."""
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
    if families.lookup(config.get("model_type")) is None:
        raise CheckpointError(
            f"checkpoint {config_path}: model_type {config.get('model_type')!r} is not supported; "
            f"expected one of {families.supported()}"
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


class CheckpointMixin:
    """Part of `Policy` (policy.py): saving and resuming its weights and optimizer state."""

    def save_checkpoint(self, path: str, include_optimizer: bool = True) -> int:
        """Write the policy (HF layout, safetensors), processor and optimizer state atomically. Returns bytes written.

        With LoRA the HF-layout model is the merged one (base + adapters) and the
        adapter alone goes to `<path>/adapter/` (peft layout).
        """
        from .lora import ADAPTER_DIR

        with_opt = include_optimizer and self.optimizer is not None
        # Gathering is collective (every rank takes part); then rank 0 alone writes.
        state = sharding.full_model_state(self.model) if self.lora is None else self.lora.merged_state_dict(self.model)
        opt_state = sharding.full_optimizer_state(self.model, self.optimizer) if with_opt else None
        if not self.world.is_main:
            return 0

        def write(tmp: str) -> dict:
            self.model.save_pretrained(tmp, state_dict=state)
            if self.lora is not None:
                self.lora.save(os.path.join(tmp, ADAPTER_DIR))
            write_plain_architecture(tmp, self.family)
            self.processor.save_pretrained(tmp)
            if with_opt:
                save_optimizer_state(opt_state, tmp)
            manifest = {
                "has_optimizer": with_opt,
                "optimizer_steps": self.steps,
                "param_dtype": str(self.param_dtype).replace("torch.", ""),
                "base_model": os.path.abspath(self.model_path),
            }
            if self.lora is not None:
                manifest["lora"] = {**self.lora.info(), "adapter_dir": ADAPTER_DIR, "merged": True}
            return manifest

        return write_atomically(path, write)

    def load_checkpoint(self, path: str) -> bool:
        """Replace the policy weights from checkpoint `path`; restore the optimizer state when it is there.

        Returns True when optimizer state was restored. The reference model is not touched.
        With LoRA only the adapter (`<path>/adapter/`) is read; the base weights stay.
        Checkpoints hold full (unsharded) state, so one saved by N ranks loads into M. Under
        FSDP2 rank 0 alone reads the files and broadcasts them tensor by tensor, each rank
        keeping its shard: 8 ranks of a 7B model would otherwise each hold its 28 GB of
        weights and 56 GB of AdamW state in host memory at once.
        """
        if self.lora is not None:
            check_checkpoint_dir(path)
            adapter_state = self.lora.read(path)
            opt_state = load_optimizer_state(path) if self.optimizer is not None else None
            steps = optimizer_steps(path)
            self.lora.load(adapter_state)
        else:
            def read():
                check_checkpoint_dir(path)
                state = read_full_weights(path, self.param_dtype, self.family)
                opt = load_optimizer_state(path) if self.optimizer is not None else None
                # A misfit must surface here, on rank 0, before the broadcast the other ranks wait in.
                sharding.check_full_state(self.model, self.optimizer, state, opt, path)
                return state, opt, optimizer_steps(path)

            # Every rank learns whether rank 0 could read (rank_local) and whether there is optimizer state.
            state, opt_state, steps = distributed.rank_local(
                "load_checkpoint", read if self.world.is_main else lambda: ({}, None, None))
            has_opt, steps = distributed.from_main([opt_state is not None, -1 if steps is None else steps])
            opt_state = (opt_state or {}) if has_opt else None
            steps = None if steps < 0 else steps
            try:
                with torch.no_grad():
                    sharding.load_full_model_state(self.model, state)
            except RuntimeError as exc:
                raise CheckpointError(f"checkpoint {path}: weights do not fit this model ({exc})") from exc
        if opt_state is None:
            return False
        try:
            sharding.load_full_optimizer_state(self.model, self.optimizer, opt_state)
        except (ValueError, KeyError, RuntimeError) as exc:
            raise CheckpointError(
                f"checkpoint {path}: the optimizer state does not fit this model ({exc}); "
                f"delete {os.path.join(path, OPTIMIZER_FILE)} to resume with a fresh optimizer"
            ) from exc
        if steps is not None:
            self.steps = steps
        return True
