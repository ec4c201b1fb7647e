"""One training step on the tiny model, run alone or under torchrun (test_distributed.py drives it).

    python distributed_step.py MODEL_DIR OUT_DIR
    python -m torch.distributed.run --standalone --nproc-per-node 2 distributed_step.py MODEL_DIR OUT_DIR [LOAD_DIR]

Greedy generation, then one PPO step and one SFT step (micro-batches of 2, so
ranks get unequal numbers of rows), then log-probs of the batch. Writes
OUT_DIR/result.json (rank 0) and OUT_DIR/checkpoint (model and optimizer after
the steps). With LOAD_DIR (a checkpoint written by another number of ranks), it
then loads that and records its log-probs too. Under torchrun the policy is sharded with FSDP2 and uses
gradient checkpointing, the GPU default.
"""

from __future__ import annotations

import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(__file__))

from conftest import draw_image  # noqa: E402

from observe_worker import distributed  # noqa: E402
from observe_worker.offload import OffloadSettings  # noqa: E402
from observe_worker.policy import Policy, PromptInput  # noqa: E402
from recipe import adamw  # noqa: E402


def batch():
    """Five responses to three prompts: uneven over two ranks, and one rank's rows hold no image."""
    prompts = [
        PromptInput("", "What is shown?", [draw_image(56, 56, "red")]),
        PromptInput("Answer briefly.", "Count the shapes.", [draw_image(84, 112, "green"), draw_image(56, 56, "blue")]),
        PromptInput("", "What is 12 + 30?", []),
    ]
    rng = np.random.default_rng(0)
    prompt_index = [0, 0, 1, 2, 2]
    responses = [rng.integers(10, 200, size=n).astype(np.int32) for n in (5, 9, 3, 7, 4)]
    advantages = np.asarray([1.0, -0.5, 0.25, -1.0, 0.75], dtype=np.float32)
    return prompts, prompt_index, responses, advantages


LR = 1e-2


def main(model_dir: str, out_dir: str, load_dir: str | None) -> None:
    world = distributed.init_from_env()
    prompts, prompt_index, responses, advantages = batch()
    # OBSERVE_TEST_OFFLOAD=1: FSDP2 keeps parameters, gradients and optimizer state on the CPU (CPUOffloadPolicy).
    offload = OffloadSettings(offload_params=True, offload_optimizer=True) \
        if os.environ.get("OBSERVE_TEST_OFFLOAD") == "1" else OffloadSettings()
    policy = Policy.load(model_dir, optimizer=adamw(LR), seed=0, gradient_checkpointing=world.active, offload=offload)
    greedy = policy.generate(prompts, n=2, temperature=0.0, top_p=1.0, top_k=0, max_new_tokens=6, seed=0)
    old = policy.log_probs(prompts, prompt_index, responses)
    ppo = policy.train_step(prompts, prompt_index, responses, advantages, old_logprobs=old, lr=LR, micro_batch_size=2)
    sft = policy.sft_step(prompts, prompt_index, responses, lr=LR, micro_batch_size=2)
    after = policy.log_probs(prompts, prompt_index, responses, micro_batch_size=3)
    policy.save_checkpoint(os.path.join(out_dir, "checkpoint"))
    loaded = None
    if load_dir:
        policy.load_checkpoint(load_dir)
        loaded = policy.log_probs(prompts, prompt_index, responses)
    if world.is_main:
        with open(os.path.join(out_dir, "result.json"), "w", encoding="utf-8") as f:
            json.dump({
                "world_size": world.size,
                "info": policy.info,
                "offload_policy": _offload_policy(policy.model),
                "lr": LR,
                "ppo": ppo,
                "sft": sft,
                "logprobs_after": [x.tolist() for x in after],
                "logprobs_loaded": [x.tolist() for x in loaded] if loaded is not None else None,
                "greedy": [{"prompt_index": c.prompt_index, "token_ids": c.token_ids.tolist(), "text": c.text,
                            "finish_reason": c.finish_reason} for c in greedy.completions],
                "prompt_num_tokens": greedy.prompt_num_tokens,
            }, f)
    distributed.shutdown()
    # Skip interpreter finalization: gloo's worker threads can still hold tensors then, and freeing them
    # without the GIL aborts the process ("terminate called without an active exception", rarely).
    sys.stdout.flush(), sys.stderr.flush()
    os._exit(0)


def _offload_policy(model) -> str | None:
    """The name of the FSDP2 offload policy the root unit runs with (None without FSDP2)."""
    state = getattr(model, "_get_fsdp_state", None)
    group = state()._fsdp_param_group if state else None
    return type(group.offload_policy).__name__ if group is not None else None


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
