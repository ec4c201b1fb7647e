// `observe-run tiny-model DIR [--family MODEL_TYPE]`: write a tiny random vision-language checkpoint, offline.
import type { CommandModule } from "yargs";
import { runPythonModule } from "@observe-r1/bridge";

interface Args {
  dir: string;
  seed: number;
  family?: string;
  headDim?: number;
  python?: string;
}

export const tinyModelCommand: CommandModule<object, Args> = {
  command: "tiny-model <dir>",
  describe: "Write a tiny random vision-language checkpoint (HF layout, loads like the real model) for tests and demos",
  builder: (y) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "output directory" })
      .option("seed", { type: "number", default: 0, describe: "seed of the random weights" })
      .option("family", {
        type: "string",
        describe: "model family as config.json's model_type: qwen2_5_vl (default), qwen2_vl, qwen3_vl, qwen3_vl_moe, qwen3_5, internvl (the worker checks it)",
      })
      .option("head-dim", { type: "number", describe: "attention head size of the language model (default 16); vLLM's CPU backend needs 32, 64, 80, ..." })
      .option("python", { type: "string", describe: "Python with the worker installed (default: OBSERVE_PYTHON or .venv)" }),
  handler: async (args) => {
    const family = args.family === undefined ? [] : ["--family", args.family];
    const headDim = args.headDim === undefined ? [] : ["--head-dim", String(args.headDim)];
    await runPythonModule("observe_worker.tiny_model", [args.dir, "--seed", String(args.seed), ...family, ...headDim], { python: args.python, inherit: true });
  },
};
