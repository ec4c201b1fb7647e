// An ablation of the method's parts: the full Observe-R1 recipe against the same run with one part
// taken out (the difficulty ladder -> shuffled data, the concise-answer bonus, the dynamic weighting),
// printed as a table. Run: npx tsx examples/ablation.ts   (MODEL=runs/demo/sft-model for meaningful numbers)
import { loadConfig, trainObserveR1, type Metrics } from "@observe-r1/trainer";
import { demoData, ladderFile, ROOT, tinyModel } from "./setup.js";

// A random tiny model scores ~0 everywhere: the table shows the mechanics. After `npm run demo`,
// MODEL=runs/demo/sft-model gives a model that answers, and then larger trainer.max_steps show the differences.
const model = process.env.MODEL ?? (await tinyModel());
const data = await demoData();
const ladder = ladderFile(data);

// Each arm is a list of key=value overrides on the same base; only the named part changes.
const arms: Record<string, string[]> = {
  "full recipe": [],
  "shuffled (no ladder)": ["data.curriculum.sampler=random"],
  "no length bonus": ["algorithm.bonus.enable=false"],
  "no dynamic weighting": ["algorithm.dynamic_weight.enable=false"],
};
const base = [
  `data.train_files=${ladder}`, `data.val_files=${data}/val.jsonl`, `worker.actor.model.model_path=${model}`,
  "data.rollout_batch_size=4", "worker.rollout.n=4", "worker.actor.global_batch_size=4", "data.max_response_length=16",
  "data.val_batch_size=32", "trainer.max_steps=3", "trainer.val_freq=3", "trainer.val_before_train=false",
  "trainer.save_freq=-1", "trainer.find_last_checkpoint=false", "trainer.logger=[file]", "data.seed=1",
];

const rows: Array<{ arm: string; last: Metrics; val: Metrics }> = [];
for (const [arm, overrides] of Object.entries(arms)) {
  const runDir = `${ROOT}/ablation/${arm.replace(/\W+/g, "-").replace(/-$/, "")}`;
  const config = loadConfig({ file: "examples/configs/demo.yaml", overrides: [...base, `trainer.save_checkpoint_path=${runDir}`, ...overrides] });
  let last: Metrics = {};
  const result = await trainObserveR1(config, { onStep: (_, m) => void (last = m) });
  rows.push({ arm, last, val: result.finalValidation ?? {} });
}

// The table: the last step's training reward and length, and held-out accuracy after training.
const cell = (v: number | undefined) => (v === undefined ? "-" : v.toFixed(3)).padStart(10);
console.log(`\n${"arm".padEnd(22)}${"reward".padStart(10)}${"bonus".padStart(10)}${"length".padStart(10)}${"val acc".padStart(10)}`);
for (const { arm, last, val } of rows) {
  console.log(`${arm.padEnd(22)}${cell(last["reward/overall"])}${cell(last["reward/bonus"])}${cell(last["response_length/mean"])}${cell(val["val/accuracy"])}`);
}
