// `observe-run report RUN_DIR`: turn a run's metrics.jsonl into report.html and one SVG per chart.
import { ReportInputError, writeReport } from "@observe-r1/trainer";
import type { CommandModule } from "yargs";

interface Args {
  "run-dir": string;
}

export const reportCommand: CommandModule<object, Args> = {
  command: "report <run-dir>",
  describe: "Write RUN_DIR/report.html (charts of rewards, accuracy, length, KL, levels, curriculum, timing) and RUN_DIR/report/*.svg",
  builder: (y) =>
    y.positional("run-dir", { type: "string", demandOption: true, describe: "a training run's directory (holds metrics.jsonl)" }),
  handler: (args) => {
    try {
      const written = writeReport(args["run-dir"], { warn: (m) => console.error(`warning: ${m}`) });
      console.log(written.html);
      for (const svg of written.svgs) console.log(svg);
    } catch (e) {
      // A wrong RUN_DIR or a corrupt metrics.jsonl is the user's to fix: the message says how, a stack trace would bury it.
      if (!(e instanceof ReportInputError)) throw e;
      console.error(`error: ${e.message}`);
      process.exitCode = 1;
    }
  },
};
