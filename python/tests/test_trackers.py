"""The trackers' logging process (observe_worker.trackers), read back with each tracker's own reader, offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from observe_worker import trackers
from tracker_logs import BACKENDS, missing, read_all, tracker_env

CONFIG = {"data": {"train_files": ["a.jsonl"], "rollout_batch_size": 4}, "worker": {"rollout": {"n": 8}}, "trainer": {"logger": ["console", "tensorboard"]}}
STEPS = {
    0: {"val/accuracy": 0.25, "val/pass@4": 0.5},
    1: {"reward/overall": 0.5, "actor/kl": 0.0, "response_length/mean": 12.0, "accuracy_by_level/0.125": 1.0, "actor/entropy": None},
    2: {"reward/overall": 0.75, "actor/kl": 0.01, "response_length/mean": 11.0, "accuracy_by_level/0.125": 0.5},
}


def start(backends: list[str], root: str) -> subprocess.Popen:
    env = {**os.environ, **tracker_env(root)}
    return subprocess.Popen([sys.executable, "-m", "observe_worker.trackers", *backends], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)


def reply(proc: subprocess.Popen) -> dict:
    return json.loads(proc.stdout.readline())


@pytest.fixture(scope="module")
def available() -> list[str]:
    absent = missing()
    if absent:
        # Never silent: the reason names the command that installs what is missing.
        print(f"\nSKIPPED trackers {absent}: not installed; install with: {trackers.install_hint(absent)}", file=sys.stderr)
    return [b for b in BACKENDS if b not in absent]


def run_trackers(backends: list[str], root: str, close: dict | None, steps: dict = STEPS, resume_step: int | None = None) -> None:
    proc = start(backends, root)
    assert reply(proc) == {"imported": backends}
    init = {"project": "proj", "experiment": "exp", "run_dir": root, "config": CONFIG, "resume_step": resume_step}
    proc.stdin.write(json.dumps({"init": init}) + "\n")
    proc.stdin.flush()
    ready = reply(proc)["ready"]
    assert sorted(ready) == sorted(backends)
    for step, metrics in steps.items():
        proc.stdin.write(json.dumps({"log": {"step": step, "metrics": metrics}}) + "\n")
    if close is not None:
        proc.stdin.write(json.dumps({"close": close}) + "\n")
    proc.stdin.close()  # without "close": the trainer died
    assert reply(proc) == {"closed": True}
    assert proc.wait(timeout=120) == 0


def test_every_tracker_gets_the_config_once_and_every_step_under_metrics_jsonl_names(available, tmp_path):
    if not available:
        pytest.skip(f"no tracker installed; install with: {trackers.install_hint(BACKENDS)}")
    root = str(tmp_path)
    run_trackers(available, root, close={"exit_code": 0})
    logs = read_all(root, available)
    for backend, log in logs.items():
        metrics = log["metrics"]
        for step, values in STEPS.items():
            for name, value in values.items():
                # mlflow alone renames '@' (not allowed in its keys), as verl does
                key = name.replace("@", "_at_") if backend == "mlflow" else name
                if value is None:  # NaN in the trainer, null on the wire: no point
                    assert step not in metrics.get(key, {}), (backend, key)
                else:
                    assert metrics[key][step] == pytest.approx(value), (backend, key, step)
    if "tensorboard" in logs:
        assert "rollout_batch_size: 4" in logs["tensorboard"]["config"]
    if "mlflow" in logs:
        assert logs["mlflow"]["status"] == "FINISHED"
        assert (logs["mlflow"]["experiment"], logs["mlflow"]["run_name"]) == ("proj", "exp")
        assert logs["mlflow"]["config"]["worker.rollout.n"] == "8"
        assert logs["mlflow"]["config"]["trainer.logger"] == '["console", "tensorboard"]'
    if "wandb" in logs:
        assert logs["wandb"]["status"] == 0
    if "swanlab" in logs:
        assert logs["swanlab"]["status"] == "RUN_STATE_FINISHED"
        assert logs["swanlab"]["config"]["worker"] == {"rollout": {"n": 8}}
    if "trackio" in logs:
        assert logs["trackio"]["config"]["data"]["rollout_batch_size"] == 4
        assert (logs["trackio"]["project"], logs["trackio"]["run_name"]) == ("proj", "exp")


def test_a_trainer_that_dies_leaves_no_run_open_the_runs_end_as_failed(available, tmp_path):
    closable = [b for b in available if b in ("mlflow", "wandb", "swanlab")]
    if not closable:
        pytest.skip(f"mlflow, wandb, swanlab not installed; install with: {trackers.install_hint(['mlflow', 'wandb', 'swanlab'])}")
    root = str(tmp_path)
    run_trackers(closable, root, close=None)
    logs = read_all(root, closable)
    assert logs.get("mlflow", {"status": "FAILED"})["status"] == "FAILED"
    assert logs.get("wandb", {"status": 1})["status"] == 1
    assert logs.get("swanlab", {"status": "RUN_STATE_CRASHED"})["status"] == "RUN_STATE_CRASHED"
    # and what was logged before is kept
    for log in logs.values():
        assert log["metrics"]["reward/overall"][2] == pytest.approx(0.75)


def test_a_missing_library_is_named_with_the_pip_command_that_installs_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "wandb", None)  # import wandb now raises ImportError
    with pytest.raises(RuntimeError) as err:
        trackers.check_imports(["wandb"])
    message = str(err.value)
    assert "trainer.logger: wandb needs its Python package" in message
    assert f"{sys.executable} -m pip install -e '" in message and "/python[wandb]'" in message


def test_an_unknown_tracker_is_refused(tmp_path):
    proc = start(["clearml"], str(tmp_path))
    assert "unknown tracker(s) ['clearml']" in reply(proc)["error"]
    assert proc.wait(timeout=60) == 2


def test_a_resumed_run_continues_each_trackers_run(available, tmp_path):
    """A run killed after logging step 3 of a checkpoint at step 2, then resumed: one run per tracker with every
    step, the redone step 3 as the resumed run logged it (bit-identical in training; different here to tell)."""
    if not available:
        pytest.skip(f"no tracker installed; install with: {trackers.install_hint(BACKENDS)}")
    root = str(tmp_path)
    run_trackers(available, root, close=None, steps={1: {"x": 1.0}, 2: {"x": 2.0}, 3: {"x": 3.0}})  # killed
    first_ids = json.loads((tmp_path / trackers.RUN_IDS_FILE).read_text())
    run_trackers(available, root, close={"exit_code": 0}, steps={3: {"x": 30.0}, 4: {"x": 4.0}}, resume_step=2)
    assert json.loads((tmp_path / trackers.RUN_IDS_FILE).read_text()) == first_ids
    logs = read_all(root, available)  # mlflow's and trackio's readers insist on a single run
    for backend, log in logs.items():
        assert log["metrics"]["x"] == pytest.approx({1: 1.0, 2: 2.0, 3: 30.0, 4: 4.0}), backend
        if "run_ids" in log:  # an offline resume is a second local folder of the same run
            assert len(log["run_ids"]) == 2 and set(log["run_ids"]) == {first_ids[backend]}, backend
    if "mlflow" in logs:
        assert logs["mlflow"]["status"] == "FINISHED"
