// Reads what a run directory holds for the report: metrics.jsonl (required), config.yaml and the
// eval_before/eval_after.json files (optional: the report is still worth having without them).
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { ReportInputError } from "./errors.js";
import { type MetricRow, parseMetrics } from "./metrics.js";

/** An eval_*.json as `observe-run eval` writes it; breakdown entries are a rate or an object holding `accuracy`. */
export interface EvalResult {
  accuracy?: number;
  format?: number;
  response_length?: number;
  by_level?: Record<string, unknown>;
  by_source?: Record<string, unknown>;
}

export interface RunInputs {
  runDir: string;
  runName: string;
  rows: MetricRow[];
  evalBefore?: EvalResult;
  evalAfter?: EvalResult;
}

export function readRunDir(runDir: string, warn: (message: string) => void): RunInputs {
  const dir = resolve(runDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ReportInputError(
      "run directory not found",
      dir,
      "Pass the directory a training run wrote (it holds metrics.jsonl and config.yaml), e.g. `observe-run report runs/demo`",
    );
  }
  const metricsPath = join(dir, "metrics.jsonl");
  if (!existsSync(metricsPath)) {
    throw new ReportInputError(
      "no metrics.jsonl in the run directory",
      metricsPath,
      "Check RUN_DIR is a training run's directory; a run writes metrics.jsonl after its first step, so wait for one step or start `observe-run train`",
    );
  }
  const parsed = parseMetrics(readFileSync(metricsPath, "utf8"), metricsPath);
  parsed.warnings.forEach(warn);
  return {
    runDir: dir,
    runName: readRunName(dir, warn),
    rows: parsed.rows,
    evalBefore: readEval(join(dir, "eval_before.json"), warn),
    evalAfter: readEval(join(dir, "eval_after.json"), warn),
  };
}

/** "project/experiment" from the resolved config, else the directory's name. */
function readRunName(dir: string, warn: (message: string) => void): string {
  const path = join(dir, "config.yaml");
  if (existsSync(path)) {
    try {
      const trainer = (parseYaml(readFileSync(path, "utf8")) as { trainer?: Record<string, unknown> } | null)?.trainer;
      const parts = [trainer?.project_name, trainer?.experiment_name].filter((p): p is string => typeof p === "string" && p !== "");
      if (parts.length) return parts.join("/");
    } catch (e) {
      warn(`${path}: not read (${(e as Error).message.split("\n")[0]}); naming the run after its directory`);
    }
  }
  return basename(dir);
}

function readEval(path: string, warn: (message: string) => void): EvalResult | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const value: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as EvalResult;
    warn(`${path}: not a JSON object; left out of the report`);
  } catch (e) {
    warn(`${path}: not read (${(e as Error).message}); left out of the report`);
  }
  return undefined;
}
