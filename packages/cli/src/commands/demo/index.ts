// `observe-run demo`: the README's main job, CPU only, minutes.
import { runDemo } from "@observe-r1/trainer";
import type { CommandModule } from "yargs";

interface Args {
  out: string;
  seed: number;
  quick: boolean;
  overrides: string[];
  python?: string;
}

export const demoCommand: CommandModule<object, Args> = {
  command: "demo [overrides..]",
  describe: "Tiny model + rendered dataset -> SFT cold start -> NeuraLadder -> Observe-R1 RL -> eval before/after -> report",
  builder: (y) =>
    y
      .option("out", { type: "string", default: "runs/demo", describe: "output directory" })
      .option("seed", { type: "number", default: 0 })
      .option("quick", { type: "boolean", default: false, describe: "a seconds-long smoke version" })
      .positional("overrides", { type: "string", array: true, default: [], describe: "key.path=value overrides of examples/configs/demo.yaml" })
      .option("python", { type: "string" }),
  handler: async (args) => {
    const started = Date.now();
    const stop = new AbortController();
    process.once("SIGINT", () => stop.abort());
    const { runDir, before, after, report } = await runDemo({
      outDir: args.out, seed: args.seed, quick: args.quick, overrides: args.overrides, python: args.python, signal: stop.signal,
    });
    const f = (x: number | undefined) => (x ?? NaN).toFixed(3);
    console.log(`\nheld-out accuracy ${f(before.accuracy)} -> ${f(after.accuracy)} | format ${f(before.format)} -> ${f(after.format)} | ` +
      `response length ${f(before.response_length)} -> ${f(after.response_length)}`);
    console.log(`run: ${runDir} | report: ${report} | ${((Date.now() - started) / 60000).toFixed(1)} min`);
  },
};
