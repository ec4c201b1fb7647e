import { resolveConfig } from "../config/index.js";
import { learningRate } from "./lr-schedule.js";

const optim = (over: object) => resolveConfig({
  data: { train_files: "x.jsonl" }, worker: { actor: { model: { model_path: "m" }, optim: { lr: 1e-6, ...over } } },
}).worker.actor.optim;

test("lr_warmup_steps counts rollout steps, as EasyR1 and verl do; the lr rises with each optimizer step inside them", () => {
  // 10 rollout steps x 4 updates; 2 warm-up rollout steps are 8 updates.
  const o = optim({ lr_warmup_steps: 2, lr_scheduler_type: "constant" });
  const lrs = Array.from({ length: 40 }, (_, k) => learningRate(k, 40, o, 4));
  expect(lrs.slice(0, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((k) => (1e-6 * k) / 8));
  expect(new Set(lrs.slice(8))).toEqual(new Set([1e-6]));
});

test("lr_warmup_ratio is a share of the run, then cosine down to lr * min_lr_ratio", () => {
  const o = optim({ lr_warmup_ratio: 0.1, lr_scheduler_type: "cosine", min_lr_ratio: 0.1 });
  expect(learningRate(0, 100, o, 4)).toBeCloseTo(1e-7, 15); // 1 of 10 warm-up updates
  expect(learningRate(9, 100, o, 4)).toBeCloseTo(1e-6, 15);
  expect(learningRate(10, 100, o, 4)).toBeCloseTo(1e-6, 15); // cosine starts at the peak
  expect(learningRate(55, 100, o, 4)).toBeCloseTo(0.55e-6, 15); // halfway: the mean of peak and floor
  expect(learningRate(100, 100, o, 4)).toBeCloseTo(1e-7, 15);
});
