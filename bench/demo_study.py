"""Learnability study for the CPU demo (not run by tests).

Uses observe_worker.policy.Policy directly in one process to check that the tiny
Qwen2.5-VL model, on the procedurally generated demo dataset, (a) learns the
Observe-R1 answer format from a short SFT warm-up without saturating accuracy,
and (b) then measurably improves held-out accuracy through a short GRPO phase.

    .venv/bin/python bench/demo_study.py --seed 0 --out bench/results/demo_study.json

Every phase prints its wall time; the result is one JSON object per run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import sys
import time

T0 = time.time()
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# Appended, so that PYTHONPATH can point at another copy of the worker package.
sys.path.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python"))

import numpy as np  # noqa: E402
import torch  # noqa: E402
from PIL import Image  # noqa: E402

from observe_worker.demo_data import generate_dataset  # noqa: E402
from observe_worker.policy import OptimizerSettings, Policy, PromptInput  # noqa: E402

FORMAT_RE = re.compile(r"<observe>.+?</observe>\s*<think>.+?</think>\s*<answer>.+?</answer>", re.S)
TAGS = ["<observe>", "</observe>", "<think>", "</think>", "<answer>", "</answer>"]
ANSWER_RE = re.compile(r"<answer>(.*?)</answer>", re.S)


def format_ok(text: str) -> bool:
    return all(text.count(t) == 1 for t in TAGS) and FORMAT_RE.search(text) is not None


def correct(text: str, gold: str) -> bool:
    m = ANSWER_RE.search(text)
    return m is not None and m.group(1).strip().lower() == gold.strip().lower()


def log(*a):
    print(f"[{time.time() - T0:7.1f}s]", *a, flush=True)


def load_rows(path: str) -> list[dict]:
    base = os.path.dirname(path)
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            r["_prompt"] = PromptInput(system="", text=r["problem"],
                                       images=[Image.open(os.path.join(base, p)).convert("RGB") for p in r["images"]])
            rows.append(r)
    return rows


def evaluate(policy: Policy, rows: list[dict], max_new_tokens: int, batch: int = 64) -> dict:
    fmt = acc = 0
    per_task: dict[str, list[int]] = {}
    lengths = []
    for s in range(0, len(rows), batch):
        chunk = rows[s:s + batch]
        out = policy.generate([r["_prompt"] for r in chunk], n=1, temperature=0.0, top_p=1.0, top_k=0,
                              max_new_tokens=max_new_tokens, seed=0)
        for r, c in zip(chunk, out.completions):
            f, a = format_ok(c.text), correct(c.text, r["answer"])
            fmt += f
            acc += a
            lengths.append(len(c.token_ids))
            per_task.setdefault(r["task"], []).append(int(a))
    n = len(rows)
    return {
        "format": fmt / n,
        "accuracy": acc / n,
        "mean_len": float(np.mean(lengths)),
        "per_task": {k: round(sum(v) / len(v), 3) for k, v in sorted(per_task.items())},
        "example": out.completions[0].text,
    }


def response_ids(policy: Policy, text: str) -> np.ndarray:
    tok = policy.processor.tokenizer
    ids = tok(text, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
    return np.asarray(ids, dtype=np.int64)


def sft(policy: Policy, rows: list[dict], steps: int, batch: int, lr: float, seed: int, warmup: int,
        val_rows=None, eval_every: int = 0, max_new_tokens: int = 32, schedule: str = "cosine") -> list[float]:
    rng = random.Random(seed)
    order: list[int] = []
    losses = []
    ids = [response_ids(policy, r["response"]) for r in rows]
    for step in range(steps):
        if len(order) < batch:
            more = list(range(len(rows)))
            rng.shuffle(more)
            order += more
        pick, order = order[:batch], order[batch:]
        # linear warmup then cosine to 10%
        if step < warmup:
            cur = lr * (step + 1) / warmup
        elif schedule == "constant":
            cur = lr
        else:
            prog = (step - warmup) / max(1, steps - warmup)
            cur = lr * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * prog)))
        st = policy.sft_step([rows[i]["_prompt"] for i in pick], list(range(batch)), [ids[i] for i in pick], lr=cur)
        losses.append(st["loss"])
        if eval_every and (step + 1) % eval_every == 0:
            ev = evaluate(policy, val_rows, max_new_tokens)
            log(f"SFT step {step + 1} loss {st['loss']:.3f} val format {ev['format']:.3f} accuracy {ev['accuracy']:.3f} {ev['per_task']}")
    return losses


def rl(policy: Policy, rows: list[dict], args, val_rows, budget_s: float) -> list[dict]:
    rng = random.Random(args.seed + 1)
    order: list[int] = []
    hist = []
    t_start = time.time()
    tok = policy.processor.tokenizer
    banned = np.array([tok.convert_tokens_to_ids(t) for t in
                       ["<|image_pad|>", "<|video_pad|>", "<|vision_start|>", "<|vision_end|>", "<|vision_pad|>"]])
    dropped = 0
    for step in range(args.rl_steps):
        if time.time() - t_start > budget_s:
            log(f"RL budget of {budget_s}s reached after {step} steps")
            break
        if len(order) < args.rl_prompts:
            more = list(range(len(rows)))
            rng.shuffle(more)
            order += more
        pick, order = order[:args.rl_prompts], order[args.rl_prompts:]
        prompts = [rows[i]["_prompt"] for i in pick]
        t0 = time.time()
        out = policy.generate(prompts, n=args.n, temperature=1.0, top_p=1.0, top_k=0,
                              max_new_tokens=args.max_new_tokens, seed=args.seed * 100003 + step)
        t_gen = time.time() - t0
        comps = out.completions
        acc = np.array([correct(c.text, rows[pick[c.prompt_index]]["answer"]) for c in comps], dtype=np.float64)
        fmt = np.array([format_ok(c.text) for c in comps], dtype=np.float64)
        reward = acc + 0.5 * fmt
        adv = np.zeros_like(reward)
        for g in range(len(pick)):
            sl = slice(g * args.n, (g + 1) * args.n)
            r = reward[sl]
            a = (r - r.mean()) / (r.std(ddof=1) + 1e-9)
            if args.dynamic_weighting:
                p = acc[sl].mean()
                a = a * 4 * 1.8 * p * (1 - p)
            adv[sl] = a
        # A sampled vision placeholder token (an untrained model can emit one) would be taken for an image
        # slot when the sequence is scored again, so such responses are left out of the update.
        keep = [k for k, c in enumerate(comps) if len(c.token_ids) > 0 and not np.isin(c.token_ids, banned).any()]
        dropped += len(comps) - len(keep)
        t1 = time.time()
        stats = {}
        mb = args.rl_minibatches
        # Mini-batches hold whole groups (all responses of a prompt): each train_step call
        # then re-encodes only its own prompts (the processor costs ~5 ms per prompt).
        groups = list(range(len(pick)))
        rng.shuffle(groups)
        for j in range(mb):
            mine = set(groups[j::mb])
            part = [k for k in keep if comps[k].prompt_index in mine]
            if not part:
                continue
            stats = policy.train_step(prompts, [comps[k].prompt_index for k in part], [comps[k].token_ids for k in part],
                                      adv[part], old_logprobs=[comps[k].logprobs for k in part], lr=args.rl_lr)
        t_upd = time.time() - t1
        rec = {"step": step, "acc": float(acc.mean()), "fmt": float(fmt.mean()),
               "len": float(np.mean([len(c.token_ids) for c in comps])), "gen_s": round(t_gen, 2),
               "upd_s": round(t_upd, 2), "grad_norm": round(stats.get("grad_norm", 0.0), 3),
               "entropy": round(stats.get("entropy", 0.0), 3), "clipfrac": round(stats.get("clipfrac", 0.0), 3),
               "dropped": dropped}
        if args.eval_every and (step + 1) % args.eval_every == 0:
            rec["val"] = evaluate(policy, val_rows, args.max_new_tokens)["accuracy"]
        hist.append(rec)
        log(json.dumps(rec))
    return hist


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--work", default="/tmp/demo_study")
    ap.add_argument("--train", type=int, default=256)
    ap.add_argument("--val", type=int, default=128)
    ap.add_argument("--sft-data", type=int, default=512)
    ap.add_argument("--image-size", type=int, default=84)
    ap.add_argument("--tasks", default="")
    ap.add_argument("--model-args", default="", help="extra tiny_model arguments as JSON, e.g. '{\"preset\": \"demo\"}'")
    ap.add_argument("--sft-steps", type=int, default=60)
    ap.add_argument("--sft-batch", type=int, default=32)
    ap.add_argument("--sft-lr", type=float, default=3e-3)
    ap.add_argument("--sft-warmup", type=int, default=5)
    ap.add_argument("--sft-eval-every", type=int, default=0)
    ap.add_argument("--sft-schedule", choices=["cosine", "constant"], default="cosine")
    ap.add_argument("--rl-steps", type=int, default=40)
    ap.add_argument("--rl-budget-s", type=float, default=240)
    ap.add_argument("--rl-prompts", type=int, default=16)
    ap.add_argument("--rl-minibatches", type=int, default=1)
    ap.add_argument("--n", type=int, default=8)
    ap.add_argument("--rl-lr", type=float, default=1e-3)
    ap.add_argument("--dynamic-weighting", action="store_true")
    ap.add_argument("--max-new-tokens", type=int, default=32)
    ap.add_argument("--eval-every", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (1 is fastest for the tiny model)")
    ap.add_argument("--out", default="")
    ap.add_argument("--save-sft", default="", help="save the policy after SFT here")
    ap.add_argument("--load-sft", default="", help="start from this saved post-SFT policy (skips SFT)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)

    from observe_worker import tiny_model

    model_args = json.loads(args.model_args) if args.model_args else {}
    tag = "-".join(f"{k}{v}" for k, v in sorted(model_args.items())) or "default"
    model_dir = os.path.join(args.work, f"model-{tag}-s{args.seed}")
    if not os.path.isfile(os.path.join(model_dir, "model.safetensors")):
        tiny_model.build_tiny_model(model_dir, seed=args.seed, **model_args)
    data_dir = os.path.join(args.work, f"data-s{args.seed}-i{args.image_size}-{args.train}-{args.val}-{args.sft_data}-{args.tasks or 'all'}")
    if not os.path.isfile(os.path.join(data_dir, "sft.jsonl")):
        generate_dataset(data_dir, train=args.train, val=args.val, sft=args.sft_data, seed=args.seed,
                         image_size=args.image_size, tasks=args.tasks.split(",") if args.tasks else None)
    log("model and data ready")
    train_rows = load_rows(os.path.join(data_dir, "train.jsonl"))
    val_rows = load_rows(os.path.join(data_dir, "val.jsonl"))
    sft_rows = load_rows(os.path.join(data_dir, "sft.jsonl"))
    policy = Policy.load(model_dir, optimizer=OptimizerSettings(lr=args.sft_lr), seed=args.seed)
    log(f"policy loaded: {policy.info['num_parameters']} params")
    result = {"args": vars(args)}

    t = time.time()
    if args.load_sft:
        policy.load_checkpoint(args.load_sft)
        args.sft_steps = 0
    losses = sft(policy, sft_rows, args.sft_steps, args.sft_batch, args.sft_lr, args.seed, args.sft_warmup,
                 val_rows, args.sft_eval_every, args.max_new_tokens, args.sft_schedule)
    result["sft_s"] = round(time.time() - t, 1)
    if args.save_sft:
        policy.save_checkpoint(args.save_sft, include_optimizer=False)
    result["sft_loss"] = [round(x, 3) for x in losses[:: max(1, len(losses) // 10)]] + [round(x, 3) for x in losses[-1:]]
    log(f"SFT {args.sft_steps} steps in {result['sft_s']}s, loss {result['sft_loss']}")
    t = time.time()
    result["post_sft"] = evaluate(policy, val_rows, args.max_new_tokens)
    result["eval_s"] = round(time.time() - t, 1)
    log(f"post-SFT val ({len(val_rows)}) in {result['eval_s']}s: {json.dumps(result['post_sft'])}")

    t = time.time()
    result["rl"] = rl(policy, train_rows, args, val_rows, args.rl_budget_s)
    result["rl_s"] = round(time.time() - t, 1)
    result["post_rl"] = evaluate(policy, val_rows, args.max_new_tokens)
    log(f"RL {len(result['rl'])} steps in {result['rl_s']}s; post-RL val: {json.dumps(result['post_rl'])}")
    result["total_s"] = round(time.time() - T0, 1)
    summary = {k: result[k] for k in ("sft_s", "rl_s", "total_s")}
    summary.update({"acc_sft": result["post_sft"]["accuracy"], "fmt_sft": result["post_sft"]["format"],
                    "acc_rl": result["post_rl"]["accuracy"], "fmt_rl": result["post_rl"]["format"]})
    log("SUMMARY " + json.dumps(summary))
    if args.out:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "a", encoding="utf-8") as f:
            f.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
