"""Checkpoints: round trip, optimizer state, atomic replacement, errors."""

import hashlib
import os

import numpy as np
import pytest
import torch

from observe_worker import checkpoint as ckpt
from observe_worker.errors import CheckpointError
from observe_worker.policy import PromptInput


@pytest.fixture(scope="module")
def batch(make_image):
    prompts = [PromptInput("", "What is shown?", [make_image(56, 56)]), PromptInput("", "Say something.", [])]
    return prompts, [0, 0, 1], [np.array([5, 6, 7, 8], np.int32), np.array([9, 10], np.int32), np.array([11, 12, 13], np.int32)]


def _trained(make_trainable, batch):
    prompts, idx, toks = batch
    policy = make_trainable()
    policy.train_step(prompts, idx, toks, np.array([1.0, -1.0, 0.5], np.float32), lr=1e-3)
    return policy


def _digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_round_trip_into_a_fresh_policy(make_trainable, batch, tmp_path):
    prompts, idx, toks = batch
    policy = _trained(make_trainable, batch)
    path = str(tmp_path / "step-1")
    size = policy.save_checkpoint(path)
    assert size == sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path))
    for name in ["config.json", "model.safetensors", "tokenizer.json", "optimizer.pt", "observe_checkpoint.json"]:
        assert os.path.isfile(os.path.join(path, name)), name
    expected = policy.log_probs(prompts, idx, toks)

    # as a model directory, like any Qwen2.5-VL checkpoint
    reloaded = make_trainable(path)
    got = reloaded.log_probs(prompts, idx, toks)
    assert all(np.array_equal(a, b) for a, b in zip(expected, got))

    # into a running policy: weights replaced and optimizer state restored
    fresh = make_trainable()
    assert fresh.load_checkpoint(path) is True
    got = fresh.log_probs(prompts, idx, toks)
    assert all(np.array_equal(a, b) for a, b in zip(expected, got))
    saved, restored = policy.optimizer.state_dict(), fresh.optimizer.state_dict()
    assert saved["state"].keys() == restored["state"].keys()
    for k in saved["state"]:
        for name in ("exp_avg", "exp_avg_sq", "step"):
            assert torch.equal(saved["state"][k][name], restored["state"][k][name])
    assert fresh.steps == 1

    # the next step continues identically from the restored state
    adv = np.array([0.5, 0.5, -1.0], np.float32)
    policy.train_step(prompts, idx, toks, adv, lr=1e-3)
    fresh.train_step(prompts, idx, toks, adv, lr=1e-3)
    a, b = policy.log_probs(prompts, idx, toks), fresh.log_probs(prompts, idx, toks)
    assert max(np.abs(x - y).max() for x, y in zip(a, b)) < 1e-6


def test_without_optimizer_state(make_trainable, batch, tmp_path):
    policy = _trained(make_trainable, batch)
    path = str(tmp_path / "weights-only")
    policy.save_checkpoint(path, include_optimizer=False)
    assert not os.path.exists(os.path.join(path, "optimizer.pt"))
    assert make_trainable().load_checkpoint(path) is False


def test_reference_is_untouched(make_trainable, batch, tmp_path):
    prompts, idx, toks = batch
    policy = _trained(make_trainable, batch)
    path = str(tmp_path / "ckpt")
    policy.save_checkpoint(path)
    other = make_trainable(load_reference=True)
    before = other.log_probs(prompts, idx, toks, role="reference")
    other.load_checkpoint(path)
    after = other.log_probs(prompts, idx, toks, role="reference")
    assert all(np.array_equal(a, b) for a, b in zip(before, after))
    assert not all(np.array_equal(a, b) for a, b in zip(before, other.log_probs(prompts, idx, toks)))


def test_failed_save_keeps_the_previous_checkpoint(make_trainable, batch, tmp_path, monkeypatch):
    policy = _trained(make_trainable, batch)
    path = str(tmp_path / "latest")
    policy.save_checkpoint(path)
    before = {f: _digest(os.path.join(path, f)) for f in os.listdir(path)}
    prompts, idx, toks = batch
    policy.train_step(prompts, idx, toks, np.array([1.0, 1.0, 1.0], np.float32), lr=1e-3)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ckpt, "save_optimizer_state", disk_full)  # fails after the weights were written
    with pytest.raises(CheckpointError) as err:
        policy.save_checkpoint(path)
    assert path in str(err.value) and "No space left" in str(err.value)
    assert {f: _digest(os.path.join(path, f)) for f in os.listdir(path)} == before
    assert os.listdir(tmp_path) == ["latest"]  # no temporary directory left behind

    monkeypatch.undo()
    policy.save_checkpoint(path)  # a later save replaces it
    assert _digest(os.path.join(path, "model.safetensors")) != before["model.safetensors"]
    assert sorted(os.listdir(tmp_path)) == ["latest"]


def test_load_checkpoint_errors(make_trainable, batch, tmp_path):
    policy = _trained(make_trainable, batch)
    missing = str(tmp_path / "missing")
    with pytest.raises(CheckpointError, match="no such directory") as err:
        policy.load_checkpoint(missing)
    assert missing in str(err.value)

    path = str(tmp_path / "ckpt")
    policy.save_checkpoint(path)
    weights = os.path.join(path, "model.safetensors")
    data = open(weights, "rb").read()
    with open(weights, "wb") as f:
        f.write(data[: len(data) // 3])
    with pytest.raises(CheckpointError) as err:
        policy.load_checkpoint(path)
    assert path in str(err.value)

    with open(weights, "wb") as f:
        f.write(data)
    with open(os.path.join(path, "optimizer.pt"), "wb") as f:
        f.write(b"not a torch file")
    with pytest.raises(CheckpointError, match="optimizer") as err:
        policy.load_checkpoint(path)
    assert "optimizer.pt" in str(err.value)


def test_optimizer_file_is_never_unpickled(tmp_path):
    class Boom:
        def __reduce__(self):
            return (os.system, ("echo pwned",))

    torch.save({"state": {}, "param_groups": [], "x": Boom()}, str(tmp_path / "optimizer.pt"))
    with pytest.raises(CheckpointError, match="optimizer"):
        ckpt.load_optimizer_state(str(tmp_path), "cpu")
