// `observe-run eval [--config FILE] [--model DIR] [--data FILE ...] [key.path=value ...]`: accuracy, format rate
// and length, per level and per source, evaluated as the run's validation is (its config's data keys, pixel
// bounds, prompt template, val sampling and reward). Without --config the schema's defaults apply.
import { evaluateModel, loadConfig, type Metrics } from "@observe-r1/trainer";
import type { CommandModule } from "yargs";

interface Args {
  config?: string;
  overrides: string[];
  model?: string;
  data?: string[];
  out: string;
  "prompt-key"?: string;
  "answer-key"?: string;
  "image-key"?: string;
  "video-key"?: string;
  "video-fps"?: number;
  "max-new-tokens"?: number;
  temperature?: number;
  n?: number;
  "batch-size"?: number;
  "format-prompt"?: string;
  "skip-invalid"?: boolean;
  python?: string;
}

/** Each flag is a shorthand for one config key; a key=value override after them wins. */
const FLAG_KEYS = {
  model: "worker.actor.model.model_path",
  data: "data.val_files",
  "prompt-key": "data.prompt_key",
  "answer-key": "data.answer_key",
  "image-key": "data.image_key",
  "video-key": "data.video_key",
  "video-fps": "data.video_fps",
  "max-new-tokens": "data.max_response_length",
  temperature: "worker.rollout.val_override_config.temperature",
  n: "worker.rollout.val_override_config.n",
  "batch-size": "data.val_batch_size",
  "format-prompt": "data.format_prompt",
  "skip-invalid": "data.skip_invalid",
} as const satisfies Partial<Record<keyof Args, string>>;

export const evalCommand: CommandModule<object, Args> = {
  command: "eval [overrides..]",
  describe: "Evaluate a model on JSONL/Parquet data (MathVista-like: image, question, answer, choices) as the run's validation does",
  builder: (y) =>
    y
      .option("config", { type: "string", describe: "the run's config: data keys, pixels, template, val sampling, reward, GPUs and engine (default: the schema's, i.e. 8 GPUs with vLLM)" })
      .positional("overrides", { type: "string", array: true, default: [], describe: "key.path=value overrides" })
      .option("model", { type: "string", describe: `checkpoint directory (${FLAG_KEYS.model}; default: the config's)` })
      .option("data", { type: "string", array: true, describe: `JSONL or Parquet file(s) (${FLAG_KEYS.data}; default: the config's)` })
      .option("out", { type: "string", default: "runs/eval", describe: "directory for eval.json and per-sample results" })
      .option("prompt-key", { type: "string", describe: `${FLAG_KEYS["prompt-key"]}, e.g. question for MathVista` })
      .option("answer-key", { type: "string", describe: FLAG_KEYS["answer-key"] })
      .option("image-key", { type: "string", describe: `${FLAG_KEYS["image-key"]}, e.g. decoded_image for MathVista` })
      .option("video-key", { type: "string", describe: FLAG_KEYS["video-key"] })
      .option("video-fps", { type: "number", describe: FLAG_KEYS["video-fps"] })
      .option("max-new-tokens", { type: "number", describe: FLAG_KEYS["max-new-tokens"] })
      .option("temperature", { type: "number", describe: `${FLAG_KEYS.temperature} (0 = greedy)` })
      .option("n", { type: "number", describe: `${FLAG_KEYS.n}: responses per question; accuracy is mean@n, plus pass@n` })
      .option("batch-size", { type: "number", describe: `${FLAG_KEYS["batch-size"]}: prompts per generate call` })
      .option("format-prompt", { type: "string", describe: `${FLAG_KEYS["format-prompt"]}: prompt template file with {{ content }}` })
      .option("skip-invalid", { type: "boolean", describe: `${FLAG_KEYS["skip-invalid"]}: skip bad rows (listed in OUT/invalid_rows.eval.jsonl)` })
      .option("python", { type: "string" }),
  handler: async (args) => {
    if (!args.config && !args.model) throw new Error("observe-run eval needs --model DIR or --config FILE (whose worker.actor.model.model_path is evaluated)");
    const flags = Object.entries(FLAG_KEYS).flatMap(([flag, key]) => {
      const value = args[flag as keyof typeof FLAG_KEYS];
      return value === undefined ? [] : [`${key}=${JSON.stringify(value)}`]; // JSON is YAML: paths and lists stay intact
    });
    // Eval reads no training data, but a config without --config has none to satisfy the schema: the eval data stands in.
    const trainStandIn = args.config || !args.data ? [] : [`data.train_files=${JSON.stringify(args.data)}`];
    const config = loadConfig({ file: args.config, overrides: [...trainStandIn, ...flags, ...args.overrides] });
    const run = await evaluateModel(config, { out: args.out, python: args.python });
    printSummary(run.metrics);
    console.log(`wrote ${run.files.metrics} and ${run.files.samples}`);
  },
};

function printSummary(m: Metrics): void {
  console.log(`accuracy ${m.accuracy!.toFixed(3)} | format ${m.format!.toFixed(3)} | response length ${m.response_length!.toFixed(1)}`);
  for (const [k, v] of Object.entries(m)) if (k.includes("_by_") || k.startsWith("reward/")) console.log(`  ${k.padEnd(40)} ${v.toFixed(3)}`);
}
