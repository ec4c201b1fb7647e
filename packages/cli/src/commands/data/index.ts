// `observe-run data check --config FILE [key.path=value ...]`: the pre-flight check of the train
// and val data, with the same code `observe-run train` runs before training.
import { spawnWorker } from "@observe-r1/bridge";
import { checkSplit, loadConfig, promptTemplate, splitReport, type SplitCheck, type SplitReport, toPrompt } from "@observe-r1/trainer";
import type { CommandModule } from "yargs";

interface Args {
  config: string;
  overrides: string[];
  show: number;
  json: boolean;
  python?: string;
}

const check: CommandModule<object, Args> = {
  command: "check [overrides..]",
  describe: "Validate every train/val row as training will: fields, images (fully decoded), prompt tokens",
  builder: (y) =>
    y
      .option("config", { type: "string", demandOption: true, describe: "training config (data.*, the model for its processor)" })
      .positional("overrides", { type: "string", array: true, default: [], describe: "key.path=value overrides" })
      .option("show", { type: "number", default: 0, describe: "print the first N prompts as the model sees them" })
      .option("json", { type: "boolean", default: false, describe: "print one JSON object instead of text" })
      .option("python", { type: "string", describe: "Python with the worker installed (default: OBSERVE_PYTHON or .venv)" }),
  handler: async (args) => {
    const config = loadConfig({ file: args.config, overrides: args.overrides });
    const { data } = config;
    const worker = await spawnWorker({ python: args.python });
    try {
      const train = await checkSplit(config, "train", data.train_files, worker);
      const val = data.val_files.length ? await checkSplit(config, "val", data.val_files, worker) : undefined;
      const template = promptTemplate(data.format_prompt);
      const shown = train.dataset.samples.slice(0, Math.max(0, args.show));
      const encoded = shown.length
        ? await worker.countPromptTokens(shown.map((s) => toPrompt(s, template)), {
          modelPath: config.worker.actor.model.model_path, minPixels: data.min_pixels, maxPixels: data.max_pixels,
        })
        : [];
      const examples = encoded.map((e) => e.rendered);
      const report = { ...splitReport(train, config), examples, ...(val && { val: splitReport(val, config) }) };
      if (args.json) {
        console.log(JSON.stringify(report, null, 2));
      } else {
        printSplit("train", train, report);
        if (val) printSplit("val", val, report.val!);
        examples.forEach((text, i) => console.log(`\n--- prompt ${i + 1} (${shown[i]!.id}, ${encoded[i]!.numTokens} tokens) ---\n${text}`));
      }
      const bad = (r: SplitReport) => r.invalid > 0 && !data.skip_invalid || (r.overlong > 0 && !data.filter_overlong_prompts);
      if (bad(report) || (report.val && bad(report.val))) process.exitCode = 1; // training would refuse this data
    } finally {
      await worker.close();
    }
  },
};

function printSplit(split: string, check: SplitCheck, r: SplitReport): void {
  const t = r.prompt_tokens;
  console.log(`${split}: ${r.files.join(", ")}`);
  console.log(`  rows ${r.rows}, valid ${r.valid}, invalid ${r.invalid}, over data.max_prompt_length=${r.max_prompt_length}: ${r.overlong}`);
  for (const [code, { rows, first }] of Object.entries(r.invalid_by_reason)) console.log(`  invalid, ${code}: ${rows} (${first})`);
  for (const row of check.dataset.invalid.slice(0, 3)) console.log(`    e.g. ${row.reasons.map((x) => x.message).join("; ")}`);
  if (r.overlong_first) console.log(`  overlong: ${r.overlong_first}`);
  const images = Object.entries(r.images_per_row).map(([n, rows]) => `${n}: ${rows}`).join(", ");
  console.log(`  images per row (valid rows): ${images || "none"}`);
  console.log(
    `  prompt tokens min/median/max ${t.min}/${t.median}/${t.max} (text ${t.text.min}/${t.text.median}/${t.text.max}, ` +
    `image ${t.image.min}/${t.image.median}/${t.image.max}` +
    `${t.video.max > 0 ? `, video ${t.video.min}/${t.video.median}/${t.video.max}` : ""}); counted in ${r.count_seconds} s${r.count_cached ? " (cached)" : ""}`,
  );
}

export const dataCommand: CommandModule<object, object> = {
  command: "data <command>",
  describe: "Dataset tools",
  builder: (y) => y.command(check).demandCommand(1),
  handler: () => undefined,
};
