"""Experiment trackers (trainer.logger): one logging process, each tracker through its own library.

The TypeScript trainer starts `python -m observe_worker.trackers BACKEND...` and talks JSON lines:

    stdin  {"init": {"project", "experiment", "run_dir", "config",   once, after the setup succeeded
                     "resume_step"}}                                  (the checkpoint's step, or null: a new run)
           {"log": {"step": N, "metrics": {...}}}                    every step (metrics.jsonl's names)
           {"close": {"exit_code": 0 | 1}}                           or end of input: finish every tracker
    stdout {"imported": [...]} | {"ready": {backend: where}} | {"closed": true} | {"error": "..."}

The libraries are imported first, so a missing one stops the run before any work with the pip command
that installs it. The process ignores SIGINT (a terminal Ctrl-C reaches the whole process group): the
trainer saves a checkpoint and then closes it. End of input without "close" (the trainer died) still
finishes every tracker, marked failed, so no run is left open. Metric names are verl/EasyR1's, as in metrics.jsonl;
only mlflow renames `@` (not allowed in its keys) to `_at_`, as verl does.

A resumed run (`observe-run train --resume`) continues each tracker's run: the run ids are kept in
RUN_DIR/trackers.json, and TensorBoard drops what the stopped run logged after the checkpoint.
"""

from __future__ import annotations

import json
import math
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

# backend -> (module imported, pip extra of observe-worker that installs it)
LIBRARIES = {
    "tensorboard": "tensorboard",
    "wandb": "wandb",
    "mlflow": "mlflow",
    "swanlab": "swanlab",
    "trackio": "trackio",
}


# Each tracker's run id, written at init, so that a resumed run logs into the same runs.
RUN_IDS_FILE = "trackers.json"


def install_hint(backends: list[str]) -> str:
    """The pip command that installs these trackers into this Python."""
    extras = ",".join(backends)
    checkout = Path(__file__).resolve().parent.parent
    target = f"-e '{checkout}[{extras}]'" if (checkout / "pyproject.toml").exists() else f"'observe-worker[{extras}]'"
    return f"{sys.executable} -m pip install {target}"


def check_imports(backends: list[str]) -> None:
    missing = []
    for backend in backends:
        try:
            __import__(LIBRARIES[backend])
        except ImportError:
            missing.append(backend)
    if missing:
        raise RuntimeError(
            f"trainer.logger: {', '.join(missing)} needs its Python package, which is not installed in {sys.executable}; "
            f"install it with: {install_hint(missing)}"
        )


def flat_params(config: dict, prefix: str = "") -> dict[str, str]:
    """The config as dotted keys (worker.rollout.n) with JSON values, for trackers that take flat parameters."""
    out: dict[str, str] = {}
    for key, value in config.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            out.update(flat_params(value, name + "."))
        else:
            out[name] = value if isinstance(value, str) else json.dumps(value)
    return out


def finite(metrics: dict) -> dict[str, float]:
    # JSON has no NaN: the trainer's NaN arrives as null and is left out, as a missing point.
    return {k: float(v) for k, v in metrics.items() if isinstance(v, (int, float)) and math.isfinite(v)}


class TensorBoard:
    def __init__(self, project: str, experiment: str, run_dir: str, config: dict, resume: dict | None) -> None:
        import yaml
        from torch.utils.tensorboard import SummaryWriter

        # TENSORBOARD_DIR as in verl; else beside the run's metrics.jsonl.
        self.where = os.environ.get("TENSORBOARD_DIR") or os.path.join(run_dir, "tensorboard")
        self.id = None
        # Resumed: the events a stopped run wrote after its checkpoint are dropped (the steps are redone).
        self.writer = SummaryWriter(self.where, purge_step=resume["step"] + 1 if resume else None)
        if not resume:
            self.writer.add_text("config", "```yaml\n" + yaml.safe_dump(config, sort_keys=False) + "```", 0)
        self.writer.flush()

    def log(self, step: int, metrics: dict[str, float]) -> None:
        for key, value in metrics.items():
            self.writer.add_scalar(key, value, step)
        self.writer.flush()

    def finish(self, exit_code: int) -> None:
        self.writer.close()


class Wandb:
    def __init__(self, project: str, experiment: str, run_dir: str, config: dict, resume: dict | None) -> None:
        import wandb

        # WANDB_MODE (offline), WANDB_DIR, WANDB_API_KEY ... are wandb's own; its folder defaults to the run directory.
        # Resumed, the same run continues; the steps it already has (logged after the checkpoint, and redone
        # bit-identically) are the ones wandb ignores as out of order.
        same = {"id": resume["id"], "resume": "allow"} if resume and resume["id"] else {}
        self.run = wandb.init(project=project, name=experiment, config=config,
                              dir=None if os.environ.get("WANDB_DIR") else run_dir, **same)
        self.id = self.run.id
        self.where = self.run.url or self.run.dir

    def log(self, step: int, metrics: dict[str, float]) -> None:
        self.run.log(metrics, step=step)

    def finish(self, exit_code: int) -> None:
        self.run.finish(exit_code=exit_code)


class Mlflow:
    def __init__(self, project: str, experiment: str, run_dir: str, config: dict, resume: dict | None) -> None:
        import mlflow

        # MLFLOW_TRACKING_URI is mlflow's own (default: its local store); experiment = project, run = experiment, as in verl.
        self.mlflow = mlflow
        if resume and resume["id"]:
            # Parameters are logged once: mlflow refuses to change one, and a resumed config may (trainer.max_steps).
            self.run = mlflow.start_run(run_id=resume["id"])
        else:
            self.run = mlflow.start_run(experiment_id=mlflow.set_experiment(project).experiment_id, run_name=experiment)
            mlflow.log_params(flat_params(config))
        self.id = self.run.info.run_id
        self.where = f"{mlflow.get_tracking_uri()} (run {self.run.info.run_id})"

    def log(self, step: int, metrics: dict[str, float]) -> None:
        self.mlflow.log_metrics({k.replace("@", "_at_"): v for k, v in metrics.items()}, step=step)

    def finish(self, exit_code: int) -> None:
        self.mlflow.end_run(status="FINISHED" if exit_code == 0 else "FAILED")


class Swanlab:
    def __init__(self, project: str, experiment: str, run_dir: str, config: dict, resume: dict | None) -> None:
        import swanlab

        # SWANLAB_MODE (cloud, local, offline) and SWANLAB_API_KEY are swanlab's own; SWANLAB_LOG_DIR as in verl.
        self.swanlab = swanlab
        log_dir = os.environ.get("SWANLAB_LOG_DIR") or os.path.join(run_dir, "swanlog")
        same = {"id": resume["id"], "resume": "allow"} if resume and resume["id"] else {}
        self.run = swanlab.init(project=project, name=experiment, config=config, log_dir=log_dir, **same)
        self.id = self.run.id
        self.where = log_dir

    def log(self, step: int, metrics: dict[str, float]) -> None:
        self.swanlab.log(metrics, step=step)

    def finish(self, exit_code: int) -> None:
        self.swanlab.finish(state="success" if exit_code == 0 else "crashed")


class Trackio:
    def __init__(self, project: str, experiment: str, run_dir: str, config: dict, resume: dict | None) -> None:
        import trackio

        # TRACKIO_DIR / TRACKIO_SPACE_ID are trackio's own (default: its local store under ~/.cache/huggingface).
        # Its runs are named: a resumed run continues the one of the same project and experiment name.
        self.trackio = trackio
        self.id = None
        self.run = trackio.init(project=project, name=experiment, config=config, auto_log_cpu=False, auto_log_gpu=False,
                                resume="allow" if resume else "never")
        self.where = f'project {project}, run {experiment} (trackio show --project "{project}")'

    def log(self, step: int, metrics: dict[str, float]) -> None:
        self.trackio.log(metrics, step=step)

    def finish(self, exit_code: int) -> None:
        self.trackio.finish()


def read_run_ids(run_dir: str) -> dict[str, str]:
    try:
        with open(os.path.join(run_dir, RUN_IDS_FILE), encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        return {}  # the stopped run had no trackers: the resumed one starts new runs


def write_run_ids(run_dir: str, ids: dict[str, str]) -> None:
    os.makedirs(run_dir, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=run_dir, prefix=RUN_IDS_FILE)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(ids, f, indent=2)
    os.replace(tmp, os.path.join(run_dir, RUN_IDS_FILE))


TRACKERS = {"tensorboard": TensorBoard, "wandb": Wandb, "mlflow": Mlflow, "swanlab": Swanlab, "trackio": Trackio}


def main(argv: list[str]) -> int:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Messages come on fd 0; a library that asks a question (a login prompt) reads /dev/null and fails at once.
    channel = os.fdopen(os.dup(0), "r", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    sys.stdin = open(os.devnull, encoding="utf-8")
    # Only our messages go to stdout; the libraries' own prints go to stderr, which the trainer shows.
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    def send(message: dict) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    unknown = [b for b in argv if b not in TRACKERS]
    if unknown or not argv:
        send({"error": f"unknown tracker(s) {unknown}; known: {', '.join(TRACKERS)}"})
        return 2
    try:
        check_imports(argv)
    except RuntimeError as e:
        send({"error": str(e)})
        return 1
    send({"imported": argv})

    trackers: dict[str, Any] = {}
    exit_code = 1  # end of input without "close": the trainer died, so the runs end as failed
    try:
        for line in channel:
            message = json.loads(line)
            if "init" in message:
                init = message["init"]
                step = init.get("resume_step")
                ids = read_run_ids(init["run_dir"]) if step is not None else {}
                for backend in argv:
                    resume = {"step": int(step), "id": ids.get(backend)} if step is not None else None
                    try:
                        trackers[backend] = TRACKERS[backend](init["project"], init["experiment"], init["run_dir"], init["config"], resume)
                    except Exception as e:  # noqa: BLE001 - any library failure is reported, named
                        raise RuntimeError(f"{backend}: {type(e).__name__}: {e}") from e
                write_run_ids(init["run_dir"], {**ids, **{b: t.id for b, t in trackers.items() if t.id}})
                send({"ready": {b: t.where for b, t in trackers.items()}})
            elif "log" in message:
                metrics = finite(message["log"]["metrics"])
                for tracker in trackers.values():
                    tracker.log(int(message["log"]["step"]), metrics)
            elif "close" in message:
                exit_code = int(message["close"].get("exit_code", 0))
                break
    except Exception as e:  # noqa: BLE001
        send({"error": str(e)})
        exit_code = 1
    # End of input without "close" (the trainer is gone) finishes the runs all the same.
    for backend, tracker in trackers.items():
        try:
            tracker.finish(exit_code)
        except Exception as e:  # noqa: BLE001
            print(f"trackers: {backend} did not finish cleanly: {e}", file=sys.stderr)
    send({"closed": True})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
