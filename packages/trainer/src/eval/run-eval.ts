// `observe-run eval` as a function: one config decides the data as validation takes it (keys, pixel bounds,
// the full data check), the model as training loads it, the sampling (worker.rollout.val_override_config)
// and the scoring (the built-in reward or the run's plug-in), so an eval reproduces the run's val/ metrics.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Logger, silentLogger, type WorkerClient } from "@observe-r1/bridge";
import type { ObserveConfig } from "../config/index.js";
import { droppedRowsNotice, type LoadedDataset, writeInvalidRows } from "../data/index.js";
import { checkSplit, splitReport, summaryLine, trainingData } from "../data-check/index.js";
import type { RewardPlugin } from "../reward-plugins/index.js";
import type { Metrics } from "../train/metrics.js";
import { Progress } from "../train/progress.js";
import { loadConfiguredRewardPlugin } from "../train/scoring.js";
import { generationModel, openWorker } from "../train/worker-options.js";
import { evaluate, validationOptions } from "./evaluate.js";

export const EVAL_FILES = { metrics: "eval.json", samples: "eval_samples.jsonl" } as const;

export interface EvalRunOptions {
  /** Directory for eval.json, eval_samples.jsonl and the dropped rows. */
  out: string;
  /** A running worker to use instead of starting one (left open); else the config's GPUs. */
  worker?: WorkerClient;
  python?: string;
  workerLogger?: Logger;
  /** Where the data check's summary and the dropped-rows notice go; default stdout. */
  say?: (line: string) => void;
}

export interface EvalRun {
  metrics: Metrics;
  /** The data as evaluated: `invalid` holds the rows left out (data.skip_invalid, data.filter_overlong_prompts). */
  dataset: LoadedDataset;
  files: { metrics: string; samples: string; invalidRows?: string };
}

/** Evaluates worker.actor.model.model_path on data.val_files. */
export async function evaluateModel(config: ObserveConfig, options: EvalRunOptions): Promise<EvalRun> {
  const { data } = config;
  const say = options.say ?? console.log;
  if (data.val_files.length === 0) throw new Error("nothing to evaluate: pass --data FILE (or set data.val_files in the config)");
  mkdirSync(options.out, { recursive: true });
  const { worker, close } = await openWorker(config, { worker: options.worker, python: options.python, logger: options.workerLogger ?? silentLogger });
  let plugin: RewardPlugin | undefined;
  try {
    const check = await checkSplit(config, "eval", data.val_files, worker);
    say(summaryLine(splitReport(check, config), "eval"));
    const dataset = trainingData(check, config);
    const invalidRows = dataset.invalid.length ? writeInvalidRows(options.out, dataset, "eval").file : undefined;
    if (invalidRows) say(droppedRowsNotice("eval", dataset, invalidRows));
    await worker.loadModel(generationModel(config));
    plugin = await loadConfiguredRewardPlugin(config, options.python);
    const progress = new Progress("eval", dataset.samples.length);
    const result = await evaluate(worker, dataset.samples, { ...validationOptions(config, plugin), onProgress: (done) => progress.update(done, {}) });
    const files = { metrics: join(options.out, EVAL_FILES.metrics), samples: join(options.out, EVAL_FILES.samples), invalidRows };
    writeFileSync(files.metrics, JSON.stringify({
      model: config.worker.actor.model.model_path, data: data.val_files, samples: dataset.samples.length, skipped: dataset.invalid.length,
      ...result.metrics,
    }, null, 2) + "\n");
    writeFileSync(files.samples, result.records.map((r) => JSON.stringify(r) + "\n").join(""));
    return { metrics: result.metrics, dataset, files };
  } finally {
    await plugin?.close();
    await close();
  }
}
