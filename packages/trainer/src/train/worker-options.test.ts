// worker.actor.dynamic_batching becomes a token budget per pass, EasyR1's: the micro-batch size times the
// longest sequence the data allows; off, the passes are micro-batches of rows.
import { resolveConfig } from "../config/index.js";
import { microBatching, updateOptions } from "./worker-options.js";

const config = (actor: Record<string, unknown>) => resolveConfig({
  data: { train_files: "x.jsonl", max_prompt_length: 1000, max_response_length: 200 },
  worker: { actor: { model: { model_path: "m" }, micro_batch_size_per_device_for_update: 2, micro_batch_size_per_device_for_experience: 8, ...actor } },
});

test("off (the default): rows per pass only", () => {
  expect(microBatching(config({}), "update")).toEqual({ microBatchSize: 2 });
  expect(microBatching(config({}), "experience")).toEqual({ microBatchSize: 8 });
});

test("on: each pass's budget is its micro-batch size x (max_prompt_length + max_response_length), and train steps carry it", () => {
  const on = config({ dynamic_batching: true });
  expect(microBatching(on, "update")).toEqual({ microBatchSize: 2, maxTokensPerMicroBatch: 2400 });
  expect(microBatching(on, "experience")).toEqual({ microBatchSize: 8, maxTokensPerMicroBatch: 9600 });
  expect(updateOptions(on)).toMatchObject({ microBatchSize: 2, maxTokensPerMicroBatch: 2400 });
});
