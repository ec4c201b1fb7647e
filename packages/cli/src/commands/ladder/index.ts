// `observe-run ladder build --config FILE --out DIR`: NeuraLadder estimation, resumable.
import { buildNeuraLadder, droppedRowsNotice, loadConfig } from "@observe-r1/trainer";
import type { CommandModule } from "yargs";

interface Args {
  config: string;
  overrides: string[];
  out: string;
  python?: string;
}

const build: CommandModule<object, Args> = {
  command: "build [overrides..]",
  describe: "Estimate each sample's difficulty with the model and write the easy-to-hard ladder",
  builder: (y) =>
    y
      .option("config", { type: "string", demandOption: true, describe: "training config (data, model, data.curriculum.estimate)" })
      .positional("overrides", { type: "string", array: true, default: [], describe: "key.path=value overrides" })
      .option("out", { type: "string", default: "runs/ladder", describe: "output directory (estimates.jsonl makes it resumable)" })
      .option("python", { type: "string" }),
  handler: async (args) => {
    const config = loadConfig({ file: args.config, overrides: args.overrides });
    const stop = new AbortController();
    process.once("SIGINT", () => stop.abort());
    const { ladder, files, estimated, reused, warnings, dataset, invalidRows } =
      await buildNeuraLadder(config, { outDir: args.out, python: args.python, signal: stop.signal });
    if (invalidRows) console.log(droppedRowsNotice("train", dataset, invalidRows));
    console.log(`estimated ${estimated} samples (${reused} reused from ${files.estimates})`);
    console.log("difficulty  estimated  kept  dropped(easy/low-complexity)");
    for (const l of ladder.levels) {
      console.log(`${l.difficulty.toFixed(3).padStart(10)}  ${String(l.estimated).padStart(9)}  ${String(l.kept).padStart(4)}  ${l.droppedEasy}/${l.droppedLowComplexity}`);
    }
    console.log(`ladder: ${files.ladder} (${ladder.entries.length} samples in ${ladder.stages.length} stages)`);
    console.log(`review: ${files.review} (${ladder.review.length} samples nobody solved: check their answers)`);
    for (const w of warnings) console.warn(`warning: ${w}`);
  },
};

export const ladderCommand: CommandModule<object, object> = {
  command: "ladder <command>",
  describe: "NeuraLadder curriculum tools",
  builder: (y) => y.command(build).demandCommand(1),
  handler: () => undefined,
};
