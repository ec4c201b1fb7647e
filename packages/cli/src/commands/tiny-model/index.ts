// `observe-run tiny-model DIR`: write a tiny random Qwen2.5-VL checkpoint, offline.
import type { CommandModule } from "yargs";
import { runPythonModule } from "@observe-r1/bridge";

interface Args {
  dir: string;
  seed: number;
  headDim?: number;
  python?: string;
}

export const tinyModelCommand: CommandModule<object, Args> = {
  command: "tiny-model <dir>",
  describe: "Write a tiny random Qwen2.5-VL checkpoint (HF layout, loads like the 3B model) for tests and demos",
  builder: (y) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "output directory" })
      .option("seed", { type: "number", default: 0, describe: "seed of the random weights" })
      .option("head-dim", { type: "number", describe: "attention head size of the language model (default 16); vLLM's CPU backend needs 32, 64, 80, ..." })
      .option("python", { type: "string", describe: "Python with the worker installed (default: OBSERVE_PYTHON or .venv)" }),
  handler: async (args) => {
    const headDim = args.headDim === undefined ? [] : ["--head-dim", String(args.headDim)];
    await runPythonModule("observe_worker.tiny_model", [args.dir, "--seed", String(args.seed), ...headDim], { python: args.python, inherit: true });
  },
};
