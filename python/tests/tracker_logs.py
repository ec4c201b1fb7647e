"""Reads trainer.logger's tracker logs back, offline, each with the tracker's own reader.

    python tracker_logs.py ROOT      prints {backend: {"metrics": {name: {step: value}}, "config": ..., "status": ...}}

ROOT is where tracker_env(ROOT) pointed the trackers (and the trainer's run directory for the local
folders). Used by test_trackers.py and by test/trackers.test.ts (the trainer end to end).
"""

from __future__ import annotations

import glob
import importlib.util
import json
import os
import subprocess
import sys
from collections import defaultdict

BACKENDS = ["tensorboard", "wandb", "mlflow", "swanlab", "trackio"]


def tracker_env(root: str) -> dict[str, str]:
    """Every tracker offline and local, under ROOT: the environment the trackers and the readers share."""
    return {
        "WANDB_MODE": "offline", "WANDB_SILENT": "true", "WANDB_DIR": root,
        "MLFLOW_TRACKING_URI": f"file:{root}/mlruns", "MLFLOW_ALLOW_FILE_STORE": "true",
        "SWANLAB_MODE": "offline", "SWANLAB_LOG_DIR": f"{root}/swanlog",
        "TRACKIO_DIR": f"{root}/trackio",
        "TENSORBOARD_DIR": f"{root}/tensorboard",
    }


def missing() -> list[str]:
    return [b for b in BACKENDS if importlib.util.find_spec(b) is None]


def read_tensorboard(root: str) -> dict:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    acc = EventAccumulator(f"{root}/tensorboard", size_guidance={"scalars": 0, "tensors": 0})
    acc.Reload()
    metrics = {tag: {e.step: e.value for e in acc.Scalars(tag)} for tag in acc.Tags()["scalars"]}
    text = acc.Tensors("config/text_summary")[0].tensor_proto.string_val[0].decode()
    return {"metrics": metrics, "config": text}


def read_wandb(root: str) -> dict:
    # wandb's own reader of a run's .wandb transaction log (the Python datastore is gone since 0.2x). A resumed
    # offline run is a second folder with the same run id (`wandb sync` uploads both into that run): read in
    # order, later values win.
    wandb_cli = os.path.join(os.path.dirname(sys.executable), "wandb")
    metrics: dict = defaultdict(dict)
    config, status, ids = None, None, []
    for run_dir in sorted(glob.glob(f"{root}/wandb/offline-run-*")):
        ids.append(run_dir.rsplit("-", 1)[-1])
        out = subprocess.run([wandb_cli, "leet", "inspect", "--json", run_dir], capture_output=True, text=True,
                             stdin=subprocess.DEVNULL, check=True, timeout=120).stdout
        for line in out.splitlines():
            record = json.loads(line)
            if record["type"] == "history":
                item = record["history"]["item"]
                for key, value in item.items():
                    if not key.startswith("_"):
                        metrics[key][int(item["_step"])] = value
            elif record["type"] == "run":
                config = record["run"].get("config")
            elif record["type"] == "config" and config is None:
                config = record["config"]
            elif record["type"] == "exit":
                status = record["exit"].get("exit_code", 0)
    return {"metrics": dict(metrics), "config": config, "status": status, "run_ids": ids}


def read_mlflow(root: str) -> dict:
    from mlflow.tracking import MlflowClient

    client = MlflowClient(f"file:{root}/mlruns")
    runs = [r for e in client.search_experiments() for r in client.search_runs([e.experiment_id])]
    (run,) = runs
    metrics = {key: {m.step: m.value for m in client.get_metric_history(run.info.run_id, key)} for key in run.data.metrics}
    return {"metrics": metrics, "config": run.data.params, "status": run.info.status,
            "experiment": client.get_experiment(run.info.experiment_id).name, "run_name": run.info.run_name}


def read_swanlab(root: str) -> dict:
    # swanlab's own reader of its offline run log (what `swanlab sync` uploads). A resumed offline run is a second
    # folder with the same run id: read in order, later values win.
    import yaml
    from google.protobuf.json_format import MessageToDict
    from swanlab.proto.swanlab.record.v1.record_pb2 import Record
    from swanlab.sdk.internal.core_python.store import DataStoreReader

    metrics: dict = defaultdict(dict)
    status, ids = None, []
    for run_dir in sorted(glob.glob(f"{root}/swanlog/run-*")):
        ids.append(run_dir.rsplit("-", 1)[-1])
        (path,) = glob.glob(f"{run_dir}/run-*.swanlab")
        reader = DataStoreReader()
        reader.open(path)
        for data in reader:
            record = Record()
            record.ParseFromString(data)
            kind = record.WhichOneof("record_type")
            if kind == "scalar":
                metrics[record.scalar.key][int(record.scalar.step)] = record.scalar.value.number
            elif kind == "finish":
                status = MessageToDict(record.finish).get("state")
        reader.close()
    with open(glob.glob(f"{root}/swanlog/run-*/files/config.yaml")[0]) as f:
        config = {k: v["value"] for k, v in yaml.safe_load(f).items()}
    return {"metrics": dict(metrics), "config": config, "status": status, "run_ids": ids}


def read_trackio(root: str) -> dict:
    from pathlib import Path

    import trackio.sqlite_storage
    from trackio.sqlite_storage import SQLiteStorage

    trackio.sqlite_storage.TRACKIO_DIR = Path(f"{root}/trackio")  # read at import: a second root in one process

    (project,) = [os.path.basename(p)[: -len(".db")] for p in glob.glob(f"{root}/trackio/*.db")]
    (run,) = SQLiteStorage.get_runs(project)
    metrics: dict = defaultdict(dict)
    for row in SQLiteStorage.get_logs(project, run):
        for key, value in row.items():
            if key not in ("step", "timestamp"):
                metrics[key][int(row["step"])] = value
    config = {k: v for k, v in SQLiteStorage.get_run_config(project, run).items() if not k.startswith("_")}
    return {"metrics": dict(metrics), "config": config, "project": project, "run_name": run}


READERS = {"tensorboard": read_tensorboard, "wandb": read_wandb, "mlflow": read_mlflow, "swanlab": read_swanlab, "trackio": read_trackio}


def read_all(root: str, backends: list[str]) -> dict:
    os.environ.update(tracker_env(root))  # the readers look where the trackers wrote
    return {b: READERS[b](root) for b in backends}


if __name__ == "__main__":
    result = read_all(sys.argv[1], sys.argv[2].split(","))
    print(json.dumps(result, default=str))
