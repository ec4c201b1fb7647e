// `observe-run train --config FILE [key.path=value ...]`: the Observe-R1 RL loop.
import { loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import type { CommandModule } from "yargs";

interface Args {
  config: string;
  overrides: string[];
  resume: boolean;
  python?: string;
}

export const trainCommand: CommandModule<object, Args> = {
  command: "train [overrides..]",
  describe: "Train with Observe-R1 GRPO (EasyR1-style YAML config, key.path=value overrides)",
  builder: (y) =>
    y
      .option("config", { type: "string", demandOption: true, describe: "YAML config, e.g. examples/configs/demo.yaml" })
      .positional("overrides", { type: "string", array: true, default: [], describe: "key.path=value overrides" })
      .option("resume", { type: "boolean", default: false, describe: "continue from the run's newest checkpoint" })
      .option("python", { type: "string", describe: "Python with the worker installed (default: OBSERVE_PYTHON or .venv)" }),
  handler: async (args) => {
    const config = loadConfig({ file: args.config, overrides: args.overrides });
    // Ctrl-C: finish the current step, save a checkpoint, exit cleanly. A second Ctrl-C exits at once.
    const stop = new AbortController();
    const onSigint = () => {
      if (stop.signal.aborted) process.exit(130);
      process.stderr.write("\nstopping after this step and saving a checkpoint (Ctrl-C again to quit now)\n");
      stop.abort();
    };
    process.on("SIGINT", onSigint);
    try {
      const result = await trainObserveR1(config, { resume: args.resume, signal: stop.signal, python: args.python });
      console.log(`run directory: ${result.runDir} (metrics.jsonl, config.yaml, checkpoints/)`);
      if (result.lastCheckpoint) console.log(`last checkpoint: ${result.lastCheckpoint}`);
      if (result.stoppedEarly) {
        const again = ["observe-run train", ...process.argv.slice(3).filter((a) => a !== "--resume"), "--resume"].join(" ");
        console.log(`stopped early; resume with: ${again}`);
        process.exitCode = 130;
      }
    } finally {
      process.off("SIGINT", onSigint);
    }
  },
};
