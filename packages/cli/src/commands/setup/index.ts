// `observe-run setup [--gpu] [--venv DIR]`: the worker's Python environment, from the worker
// package that ships with this version (so both sides speak the same protocol).
import { resolve } from "node:path";
import { setupWorkerEnv, USER_VENV, venvPython } from "@observe-r1/bridge";
import type { CommandModule } from "yargs";

interface Args {
  gpu: boolean;
  extras?: string;
  venv?: string;
  python?: string;
}

export const setupCommand: CommandModule<object, Args> = {
  command: "setup",
  describe: "Create or update the Python venv the worker runs in (pinned torch + this version's worker); idempotent",
  builder: (y) =>
    y
      .option("gpu", { type: "boolean", default: false, describe: "CUDA machine: install vLLM and the CUDA torch it pins instead of the CPU pins" })
      .option("extras", { type: "string", describe: "more of the worker's pip extras, comma-separated (e.g. tensorboard,wandb)" })
      .option("venv", { type: "string", describe: `where (default ${USER_VENV}, where the worker is looked for)` })
      .option("python", { type: "string", describe: "Python 3.10+ to create the venv with (default python3.11, then python3)" }),
  handler: (args) => {
    const extras = (args.extras ?? "").split(",").map((e) => e.trim()).filter(Boolean);
    const result = setupWorkerEnv({ venv: args.venv, gpu: args.gpu, extras, basePython: args.python });
    const isDefault = resolve(result.venv) === resolve(USER_VENV);
    console.log(isDefault
      ? `the worker will run with ${result.python} (found by default; OBSERVE_PYTHON or --python override it)`
      : `to use it, set: export OBSERVE_PYTHON=${venvPython(result.venv)}`);
  },
};
