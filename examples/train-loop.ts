// A training run from a script: live metrics from onStep, and your own rule for when to stop.
// Run: npx tsx examples/train-loop.ts
import { loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import { demoData, ladderFile, ROOT, tinyModel } from "./setup.js";

const model = await tinyModel();
const data = await demoData();

// 1. The demo's config (the recipe's keys, demo sizes), shrunk further with key=value overrides as on the command line.
const config = loadConfig({
  file: "examples/configs/demo.yaml",
  overrides: [
    `data.train_files=${ladderFile(data)}`, `data.val_files=${data}/val.jsonl`, `worker.actor.model.model_path=${model}`,
    "data.rollout_batch_size=4", "worker.rollout.n=4", "worker.actor.global_batch_size=4", "data.max_response_length=16",
    "data.val_batch_size=16", "trainer.max_steps=20", "trainer.val_freq=-1", "trainer.val_before_train=false",
    "trainer.save_freq=-1", "trainer.find_last_checkpoint=false", `trainer.save_checkpoint_path=${ROOT}/train-loop`,
    "trainer.logger=[file]", // metrics.jsonl only: the lines below replace the progress line
  ],
});

// 2. Custom stopping: Ctrl-C's path (an AbortSignal) saves a checkpoint after the current step and returns.
//    Here: stop when mean response length has not shortened for 3 steps, or after 6 steps at most.
const stop = new AbortController();
let best = Infinity;
let sinceBest = 0;
const result = await trainObserveR1(config, {
  signal: stop.signal,
  onStep: (step, m) => {
    // Live metrics, under verl/EasyR1 names (the same as metrics.jsonl and the trackers).
    console.log(`step ${step}: reward ${m["reward/overall"]!.toFixed(3)} | accuracy ${m["reward/accuracy"]!.toFixed(3)} | ` +
      `length ${m["response_length/mean"]!.toFixed(1)} | kl ${m["actor/kl"]!.toFixed(4)} | ${m["timing_s/step"]!.toFixed(1)} s`);
    const length = m["response_length/mean"]!;
    if (length < best) [best, sinceBest] = [length, 0];
    else sinceBest += 1;
    if (sinceBest >= 3 || step >= 6) {
      console.log(`stopping at step ${step} (${sinceBest >= 3 ? "length plateaued" : "step budget"})`);
      stop.abort();
    }
  },
});

// 3. What came out: the run folder (config.yaml, metrics.jsonl, checkpoints/) and the checkpoint to resume from.
console.log(`ran ${result.steps} steps, stopped early: ${result.stoppedEarly}; checkpoint ${result.lastCheckpoint}`);
console.log(`chart it: npx observe-run report ${result.runDir}`);
