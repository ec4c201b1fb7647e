"""Save, resume and take the next step on two ranks (test_distributed.py drives it under torchrun).

    python -m torch.distributed.run --standalone --nproc-per-node 2 distributed_resume.py MODEL_DIR OUT_DIR

Uninterrupted: step 1, save, step 2. Resumed: a fresh policy loads the checkpoint,
then step 2. Each rank records which files under the checkpoint it opened while
loading (Python's "open" audit events: config.json, the manifest, optimizer.pt;
safetensors maps the weights file from Rust, which no audit hook sees, but
from_pretrained reads config.json first). Writes OUT_DIR/result-RANK.json.
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))

from distributed_step import LR, batch  # noqa: E402

from observe_worker import distributed  # noqa: E402
from observe_worker.policy import Policy  # noqa: E402
from recipe import adamw  # noqa: E402

_opened: list[str] | None = None  # recording when a list


def _audit(event: str, args) -> None:
    if event == "open" and _opened is not None and isinstance(args[0], (str, bytes, os.PathLike)):
        _opened.append(os.fsdecode(args[0]))


def _step(policy: Policy) -> dict:
    prompts, prompt_index, responses, advantages = batch()
    old = policy.log_probs(prompts, prompt_index, responses)
    return policy.train_step(prompts, prompt_index, responses, advantages, old_logprobs=old, lr=LR,
                             micro_batch_size=2)


def main(model_dir: str, out_dir: str) -> None:
    global _opened
    world = distributed.init_from_env()
    prompts, prompt_index, responses, _ = batch()
    ckpt = os.path.join(out_dir, "checkpoint")

    policy = Policy.load(model_dir, optimizer=adamw(LR), seed=0)
    _step(policy)
    policy.save_checkpoint(ckpt)
    uninterrupted = _step(policy)
    uninterrupted_logprobs = policy.log_probs(prompts, prompt_index, responses)
    del policy

    resumed_policy = Policy.load(model_dir, optimizer=adamw(LR), seed=0)
    sys.addaudithook(_audit)
    _opened = []
    restored = resumed_policy.load_checkpoint(ckpt)
    opened, _opened = [f for f in _opened if os.path.abspath(f).startswith(os.path.abspath(ckpt))], None
    resumed = _step(resumed_policy)
    resumed_logprobs = resumed_policy.log_probs(prompts, prompt_index, responses)

    with open(os.path.join(out_dir, f"result-{world.rank}.json"), "w", encoding="utf-8") as f:
        json.dump({
            "rank": world.rank,
            "optimizer_restored": restored,
            "steps": resumed_policy.steps,
            "opened_while_loading": sorted(set(os.path.relpath(p, ckpt) for p in opened)),
            "uninterrupted": uninterrupted,
            "resumed": resumed,
            "uninterrupted_logprobs": [x.tolist() for x in uninterrupted_logprobs],
            "resumed_logprobs": [x.tolist() for x in resumed_logprobs],
        }, f)
    distributed.shutdown()
    # Skip interpreter finalization: gloo's worker threads can still hold tensors then, and freeing them
    # without the GIL aborts the process ("terminate called without an active exception", rarely).
    sys.stdout.flush(), sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
