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
    try:
        from observe_worker.protocol import PROTOCOL_VERSION

        report["worker_protocol"] = PROTOCOL_VERSION
    except Exception as exc:
        report["worker_protocol_error"] = f"{type(exc).__name__}: {exc}"
    return report


if __name__ == "__main__":
    print(json.dumps(inspect()))
