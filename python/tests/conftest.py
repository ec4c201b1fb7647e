"""Shared fixtures: one tiny Qwen2.5-VL checkpoint per session, built offline."""

import os
import sys

# This checkout's worker package comes first, here and in the processes tests start, whichever checkout the
# venv's editable install points at (several worktrees may share one venv).
_PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, _PYTHON_DIR)
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (_PYTHON_DIR, os.environ.get("PYTHONPATH")) if p)

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest
from PIL import Image, ImageDraw


def draw_image(width: int, height: int, color: str = "red") -> Image.Image:
    """A small RGB test image: a coloured background with a blue ellipse and a line."""
    img = Image.new("RGB", (width, height), color)
    d = ImageDraw.Draw(img)
    d.ellipse((4, 4, width - 4, height - 4), fill="blue")
    d.line((0, 0, width, height), fill="white", width=3)
    return img


@pytest.fixture(scope="session")
def make_image():
    return draw_image


@pytest.fixture(scope="session")
def prompts(make_image):
    """One image, two images at different sizes, and text only; a module with its own `prompts` overrides it."""
    from observe_worker.encoding import PromptInput

    return [
        PromptInput("", "What is shown?", [make_image(56, 56, "red")]),
        PromptInput("Answer briefly.", "Compare <image> with <image>.", [make_image(56, 84, "yellow"), make_image(112, 56, "gray")]),
        PromptInput("", "What is 12 + 30?", []),
    ]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> str:
    from observe_worker.tiny_model import build_tiny_model

    out = str(tmp_path_factory.mktemp("tiny-qwen2_5_vl"))
    build_tiny_model(out, seed=0)
    return out


@pytest.fixture(scope="session")
def tiny_family_dir(tmp_path_factory, tiny_model_dir):
    """model_type -> the directory of that family's tiny checkpoint, built once per session (Qwen2.5-VL's is
    tiny_model_dir)."""
    from observe_worker import families
    from observe_worker.tiny_model import build_tiny_model

    built = {families.DEFAULT.model_type: tiny_model_dir}

    def get(model_type: str) -> str:
        if model_type not in built:
            out = str(tmp_path_factory.mktemp(f"tiny-{model_type}"))
            build_tiny_model(out, seed=0, family=model_type)
            built[model_type] = out
        return built[model_type]

    return get


@pytest.fixture(scope="session")
def inference_policy(tiny_model_dir):
    """A read-only policy with a reference model; tests must not train it."""
    from observe_worker.policy import Policy

    return Policy.load(tiny_model_dir, load_reference=True, seed=0)


@pytest.fixture()
def make_trainable(tiny_model_dir):
    """Factory for fresh trainable policies (each test that trains gets its own)."""
    from observe_worker.policy import Policy
    from recipe import adamw

    def make(path: str | None = None, lr: float = 1e-3, **kwargs):
        return Policy.load(path or tiny_model_dir, optimizer=adamw(lr), seed=0, **kwargs)

    return make


@pytest.fixture(autouse=True)
def _unfreeze_the_heap():
    """A worker's load_model freezes the whole process's heap (gc_heap.py), this test process's too: thaw it
    after each test so that one test's objects never outlive it by being frozen."""
    yield
    import gc

    gc.unfreeze()


def pytest_sessionfinish(session, exitstatus):
    """OBSERVE_FAIL_ON_SKIP=1 (npm run test:vllm): a skipped test fails the run, so a lane that
    silently lost its engine cannot pass."""
    if os.environ.get("OBSERVE_FAIL_ON_SKIP") != "1" or exitstatus not in (0, 5):  # 5: nothing ran (all skipped)
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter is not None else []
    if skipped:
        reporter.write_line(f"OBSERVE_FAIL_ON_SKIP=1: {len(skipped)} test(s) skipped; this run requires all of them", red=True)
        session.exitstatus = 1
