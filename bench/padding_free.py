"""Scoring layouts timed on CPU (not run by tests): packed (worker.actor.padding_free) vs padded rows vs
shared prompts, for log_probs and train_step.

    .venv/bin/python -m observe_worker.tiny_model /tmp/m30 --preset 30m
    .venv/bin/python bench/padding_free.py /tmp/m30 --threads 2

16 prompts (one image each, four sizes) x 8 responses x 32 tokens, micro-batch 32. The three
layouts run in turn, --repeats rounds after a warm-up round, so a busy machine slows them alike;
each figure is the best of its rounds. One JSON object is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from PIL import Image  # noqa: E402

from observe_worker.policy import OptimizerSettings, Policy, PromptInput  # noqa: E402


def load(model: str, layout: str) -> Policy:
    settings = OptimizerSettings(lr=1e-6, beta1=0.9, beta2=0.95, weight_decay=0.0, max_grad_norm=1.0, eps=1e-8)
    policy = Policy.load(model, optimizer=settings, seed=0, padding_free=layout == "packed")
    if layout == "padded":
        policy.cache_copies_rows = False  # the whole-row layout, as for models whose cache cannot copy rows
    return policy


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--prompts", type=int, default=16)
    ap.add_argument("--n", type=int, default=8)
    ap.add_argument("--tokens", type=int, default=32)
    ap.add_argument("--micro-batch", type=int, default=32)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(0)
    sizes = [(56, 56), (84, 112), (112, 56), (140, 140)]
    prompts = [PromptInput("", f"Question {i}: what is in the picture?",
                           [Image.fromarray(rng.integers(0, 255, (*sizes[i % 4], 3), dtype=np.uint8))])
               for i in range(args.prompts)]
    index = [i for i in range(args.prompts) for _ in range(args.n)]
    out = {"model": args.model, "threads": args.threads, "prompts": args.prompts, "n": args.n, "tokens": args.tokens,
           "micro_batch": args.micro_batch}
    policies = {layout: load(args.model, layout) for layout in ("packed", "padded", "shared")}
    some = policies["packed"]
    allowed = np.setdiff1d(np.arange(1000, some.vocab_size), some.banned_ids.numpy())
    responses = [rng.choice(allowed, args.tokens).astype(np.int32) for _ in index]
    advantages = rng.normal(0, 1, len(index)).astype(np.float32)
    calls = {
        "log_probs_s": lambda p: p.log_probs(prompts, index, responses, micro_batch_size=args.micro_batch),
        "train_step_s": lambda p: p.train_step(prompts, index, responses, advantages, lr=1e-6,
                                               micro_batch_size=args.micro_batch),
    }
    times: dict[str, list[float]] = {}
    for round_ in range(args.repeats + 1):
        for what, call in calls.items():
            for layout, policy in policies.items():
                start = time.perf_counter()
                call(policy)
                if round_:  # round 0 warms up (prompt encoding, optimizer state)
                    times.setdefault(f"{what}/{layout}", []).append(time.perf_counter() - start)
    out.update({k: round(min(v), 3) for k, v in times.items()})
    out["prompt_tokens"] = sorted({some._encode(prompts)[i].num_tokens for i in range(args.prompts)})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
