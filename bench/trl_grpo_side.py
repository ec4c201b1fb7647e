"""TRL's side of `npm run bench -- vs-trl`: TRL's GRPOTrainer, paced one rollout at a time.

Runs in the bench's own venv (.venv-trl, made by bench/vs-trl.ts), never the worker's.
Reads a JSON spec (argv[1]) that vs-trl.ts writes, builds a GRPOTrainer on the same
checkpoint and prompts as the observe-r1 side, and trains with it, pausing at every
rollout boundary so the two sides can take turns (A, B, A, B ...) under the same load.

Protocol, one JSON object per line: this process writes {"event": "ready", ...} once the
trainer is built, then waits for a line "step" (or "quit") on stdin; after each rollout
(generation + `updates` optimizer steps) it writes {"event": "step", ...} with per-phase
seconds and waits again. Everything else (TRL, transformers, warnings) goes to stderr.

Per-phase times come from wrapping the trainer's own methods (trl 1.13.0):
- gen:    _generate (chat template + processor over the prompts, model.generate, decoding)
- old:    _get_per_token_logps_and_entropies(self.model) under no_grad, in
          _generate_and_score_completions (TRL computes it when gradient_accumulation_steps
          is not a multiple of steps_per_generation * num_iterations)
- ref:    the same with self.ref_model (beta > 0)
- reward: _calculate_rewards
- score_other: the rest of _generate_and_score_completions (the processor again over
          the images for the forward pass, padding, group advantages)
- update: the rest of the rollout's wall time: the training_step forward/backward passes,
          optimizer steps, and the Trainer loop around them
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict

# The protocol owns the real stdout; anything else printed goes to stderr.
PROTO = os.fdopen(os.dup(1), "w", buffering=1)
os.dup2(2, 1)


def send(obj: dict) -> None:
    PROTO.write(json.dumps(obj) + "\n")


def wait_for_turn() -> None:
    line = sys.stdin.readline()
    if line.strip() != "step":  # "quit" or the bench went away
        PROTO.flush()
        os._exit(0)


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    import torch

    torch.set_num_threads(spec["threads"])
    import datasets
    import transformers
    import trl
    from PIL import Image
    from transformers import TrainerCallback
    from trl import GRPOConfig, GRPOTrainer

    transformers.utils.logging.set_verbosity_error()
    datasets.disable_progress_bars()

    rows = []
    for p in spec["prompts"]:
        messages = ([{"role": "system", "content": p["system"]}] if p.get("system") else []) + [
            {"role": "user", "content": p["text"]}
        ]
        rows.append({"prompt": messages, "image": Image.open(p["image"]).convert("RGB")})
    dataset = datasets.Dataset.from_list(rows)

    # observe-r1 keeps vision placeholders out of the sampling distribution (policy.py, banned_ids); a sampled
    # one would break the next forward pass (image tokens without image features), so TRL gets the same ban.
    tokenizer = transformers.AutoTokenizer.from_pretrained(spec["model"])
    banned = sorted({tokenizer.convert_tokens_to_ids(t) for t in spec["banned_tokens"]} - {None, tokenizer.unk_token_id})

    n = spec["n"]
    micro = spec["micro_batch"]
    per_update = spec["responses_per_update"]
    per_rollout = spec["prompts_per_rollout"] * n
    updates = per_rollout // per_update
    opt = spec["optimizer"]
    args = GRPOConfig(
        output_dir=spec["output_dir"],
        use_cpu=True,
        bf16=False,
        fp16=False,
        gradient_checkpointing=False,  # TRL's default is True; observe-r1's is off
        seed=spec["seed"],
        # One rollout of prompts_per_rollout prompts x n; `updates` optimizer steps of per_update responses each, in
        # forward/backward passes of `micro` responses: generation_batch_size = micro * steps_per_generation.
        num_generations=n,
        per_device_train_batch_size=micro,
        gradient_accumulation_steps=per_update // micro,
        steps_per_generation=per_rollout // micro,
        num_iterations=1,
        max_steps=spec["rollouts"] * updates,
        max_completion_length=spec["max_new_tokens"],
        temperature=spec["temperature"],
        top_p=1.0,
        top_k=0,
        generation_kwargs={"suppress_tokens": banned},
        beta=spec["kl_coef"],
        epsilon=spec["clip_ratio_low"],
        epsilon_high=spec["clip_ratio_high"],
        loss_type="dapo",  # token mean over the update's responses, as observe-r1's token-mean
        scale_rewards="group",
        learning_rate=opt["lr"],
        lr_scheduler_type="constant",
        warmup_steps=0,
        optim="adamw_torch_fused",  # torch.optim.AdamW(fused=True), as observe-r1 builds it on one device (policy.py)
        adam_beta1=opt["betas"][0],
        adam_beta2=opt["betas"][1],
        adam_epsilon=opt["eps"],
        weight_decay=opt["weightDecay"],
        max_grad_norm=opt["maxGradNorm"],
        model_init_kwargs={"dtype": "float32"},
        report_to="none",
        logging_strategy="no",
        save_strategy="no",
        disable_tqdm=True,
        dataloader_num_workers=0,
        shuffle_dataset=False,  # rollout k takes prompts [k * prompts_per_rollout, (k + 1) * prompts_per_rollout), as observe-r1
    )

    def even_token_share(completion_ids, **_):
        """The bench's stand-in reward, the same on both sides: the share of even token ids."""
        return [sum(1 for t in ids if t % 2 == 0) / max(1, len(ids)) for ids in completion_ids]

    trainer = GRPOTrainer(model=spec["model"], reward_funcs=even_token_share, args=args, train_dataset=dataset)

    phases: dict[str, float] = defaultdict(float)
    rollout_prompt_ids: list[list[int]] = []  # the current rollout's distinct prompts, as tokenized

    def timed(name, fn):
        def wrapper(*a, **k):
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                phases[name] += time.perf_counter() - t0

        return wrapper

    logps = trainer._get_per_token_logps_and_entropies

    def scoring(model, *a, **k):
        if torch.is_grad_enabled():  # compute_loss: part of the update
            return logps(model, *a, **k)
        return timed("ref" if model is trainer.ref_model else "old", logps)(model, *a, **k)

    tokenize = trainer._tokenize_prompts

    def tokenize_and_keep(prompts):
        out = tokenize(prompts)
        distinct = {tuple(map(int, ids)): None for ids in out[0]}
        rollout_prompt_ids[:] = [list(ids) for ids in distinct]
        return out

    trainer._get_per_token_logps_and_entropies = scoring
    trainer._tokenize_prompts = tokenize_and_keep
    trainer._generate = timed("gen", trainer._generate)
    trainer._calculate_rewards = timed("reward", trainer._calculate_rewards)
    trainer._generate_and_score_completions = timed("rollout", trainer._generate_and_score_completions)

    clock = {"t0": 0.0}

    class Pace(TrainerCallback):
        def on_train_begin(self, args, state, control, **kwargs):
            send({"event": "ready", "versions": {
                "python": sys.version.split()[0], "torch": torch.__version__, "transformers": transformers.__version__,
                "trl": trl.__version__, "accelerate": __import__("accelerate").__version__,
                "datasets": datasets.__version__,
            }, "torch_threads": torch.get_num_threads(), "updates_per_rollout": updates,
                "steps_per_generation": args.steps_per_generation, "generation_batch_size": args.generation_batch_size,
                "gradient_accumulation_steps": args.gradient_accumulation_steps,
                "num_parameters": sum(p.numel() for p in trainer.model.parameters())})
            wait_for_turn()
            phases.clear()
            clock["t0"] = time.perf_counter()

        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step % updates:
                return
            wall = time.perf_counter() - clock["t0"]
            p = dict(phases)
            rollout = p.pop("rollout", 0.0)
            known = sum(p.get(k, 0.0) for k in ("gen", "old", "ref", "reward"))
            metrics = trainer._metrics["train"]
            send({"event": "step", "step_s": wall, "gen_s": p.get("gen", 0.0), "old_s": p.get("old", 0.0),
                  "ref_s": p.get("ref", 0.0), "reward_s": p.get("reward", 0.0), "score_other_s": rollout - known,
                  "update_s": wall - rollout, "mean_response_tokens": metrics["completions/mean_length"][-1],
                  "optimizer_steps": state.global_step,
                  "prompt_ids": rollout_prompt_ids})
            wait_for_turn()
            phases.clear()
            clock["t0"] = time.perf_counter()

    trainer.add_callback(Pace())
    trainer.train()
    PROTO.flush()


if __name__ == "__main__":
    try:
        main()
    except BaseException as exc:  # the bench reads stderr's tail; say what failed on the protocol too
        send({"event": "error", "error": f"{type(exc).__name__}: {exc}"})
        raise
