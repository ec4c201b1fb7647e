// `observe-run tiny-model DIR`: write a tiny random Qwen2.5-VL checkpoint, offline.
import type { CommandModule } from "yargs";
import { runPythonModule } from "../../python.js";

interface Args {
  dir: string;
  seed: number;
  python?: string;
}

export const tinyModelCommand: CommandModule<object, Args> = {
  command: "tiny-model <dir>",
  describe: "Write a tiny random Qwen2.5-VL checkpoint (HF layout, loads like the 3B model) for tests and demos",
  builder: (y) =>
    y
      .positional("dir", { type: "string", demandOption: true, describe: "output directory" })
      .option("seed", { type: "number", default: 0, describe: "seed of the random weights" })
      .option("python", { type: "string", describe: "Python with the worker installed (default: OBSERVE_PYTHON or .venv)" }),
  handler: async (args) => {
    const result = await runPythonModule("observe_worker.tiny_model", [args.dir, "--seed", String(args.seed)], {
      python: args.python,
      inherit: true,
    });
    if (result.exitCode !== 0) {
      throw new Error(`tiny-model failed (exit ${result.exitCode}); see the Python output above`);
    }
  },
};
