// `observe-run eval --model DIR --data FILE`: accuracy, format rate and length, per level and per source.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnWorker } from "@observe-r1/bridge";
import { droppedRowsNotice, evaluate, loadDataset, type Metrics, Progress, promptTemplate, writeInvalidRows } from "@observe-r1/trainer";
import type { CommandModule } from "yargs";

interface Args {
  model: string;
  data: string[];
  out: string;
  "prompt-key": string;
  "answer-key": string;
  "image-key": string;
  "video-key": string;
  "video-fps": number;
  "max-new-tokens": number;
  temperature: number;
  n: number;
  "batch-size": number;
  "format-prompt"?: string;
  "skip-invalid": boolean;
  python?: string;
}

export const evalCommand: CommandModule<object, Args> = {
  command: "eval",
  describe: "Evaluate a model on JSONL/Parquet data (MathVista-like: image, question, answer, choices)",
  builder: (y) =>
    y
      .option("model", { type: "string", demandOption: true, describe: "Qwen2.5-VL checkpoint directory" })
      .option("data", { type: "string", array: true, demandOption: true, describe: "JSONL or Parquet file(s)" })
      .option("out", { type: "string", default: "runs/eval", describe: "directory for eval.json and per-sample results" })
      .option("prompt-key", { type: "string", default: "problem", describe: "e.g. question for MathVista" })
      .option("answer-key", { type: "string", default: "answer" })
      .option("image-key", { type: "string", default: "images", describe: "e.g. decoded_image for MathVista" })
      .option("video-key", { type: "string", default: "videos", describe: "video files or lists of frames" })
      .option("video-fps", { type: "number", default: 2, describe: "frames per second sampled from a video" })
      .option("max-new-tokens", { type: "number", default: 1024 })
      .option("temperature", { type: "number", default: 0, describe: "0 = greedy" })
      .option("n", { type: "number", default: 1, describe: "responses per question: accuracy is mean@n, plus pass@n" })
      .option("batch-size", { type: "number", default: 16, describe: "prompts per generate call" })
      .option("format-prompt", { type: "string", describe: "prompt template file with {{ content }}" })
      .option("skip-invalid", { type: "boolean", default: false, describe: "skip bad rows (listed in OUT/invalid_rows.eval.jsonl)" })
      .option("python", { type: "string" }),
  handler: async (args) => {
    const data = await loadDataset(args.data, {
      promptKey: args.promptKey, answerKey: args.answerKey, imageKey: args.imageKey, videoKey: args.videoKey,
      videoFps: args.videoFps, imageDir: null,
      maxPromptLength: 1 << 30, minPixels: 3136, maxPixels: 2560000, maxImages: 0, skipInvalid: args.skipInvalid,
    });
    const worker = await spawnWorker({ python: args.python });
    try {
      await worker.loadModel({ modelPath: args.model });
      const progress = new Progress("eval", data.samples.length);
      const result = await evaluate(worker, data.samples, {
        sampling: { temperature: args.temperature, maxNewTokens: args.maxNewTokens },
        n: args.n,
        template: promptTemplate(args.formatPrompt ?? null),
        scoring: {},
        batchSize: args.batchSize,
        difficultyKey: "difficulty",
        onProgress: (done) => progress.update(done, {}),
      });
      mkdirSync(args.out, { recursive: true });
      writeFileSync(join(args.out, "eval.json"), JSON.stringify({ model: args.model, data: args.data, samples: data.samples.length, skipped: data.invalid.length, ...result.metrics }, null, 2) + "\n");
      writeFileSync(join(args.out, "eval_samples.jsonl"), result.records.map((r) => JSON.stringify(r)).join("\n") + "\n");
      if (data.invalid.length) console.log(droppedRowsNotice("eval", data, writeInvalidRows(args.out, data, "eval").file));
      printSummary(result.metrics);
      console.log(`wrote ${join(args.out, "eval.json")} and ${join(args.out, "eval_samples.jsonl")}`);
    } finally {
      await worker.close();
    }
  },
};

function printSummary(m: Metrics): void {
  console.log(`accuracy ${m.accuracy!.toFixed(3)} | format ${m.format!.toFixed(3)} | response length ${m.response_length!.toFixed(1)}`);
  for (const [k, v] of Object.entries(m)) if (k.includes("_by_")) console.log(`  ${k.padEnd(40)} ${v.toFixed(3)}`);
}

