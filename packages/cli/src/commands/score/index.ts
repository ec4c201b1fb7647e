// `observe-run score FILE.jsonl`: a reward debugger. Scores lines of
// {"response", "answer", optional "group", "length" and "choices"} with the Observe-R1 rewards
// (or a reward plug-in) and prints one JSON object per line, then a summary line.
import { readFileSync } from "node:fs";
import type { CommandModule } from "yargs";
import {
  ADVANTAGE_ESTIMATORS, AccuracyScorer, createFormatChecker, GroupScorer, resolveScoringConfig, type AdvantageEstimator, type ScoringConfig, type ScoringConfigInput,
} from "@observe-r1/core";
import type { RewardScore } from "@observe-r1/trainer";

export interface ScoreOptions {
  config?: ScoringConfigInput;
  /** worker.reward.reward_function: score with this plug-in instead of the built-in rewards. */
  rewardFunction?: string;
  /** worker.reward.reward_function_kwargs. */
  rewardFunctionKwargs?: Record<string, unknown>;
  python?: string;
}

/**
 * A run's scoring (`observe-run score --config FILE`): data.format, algorithm.* and worker.reward.* as training reads
 * them, each flag given on the command line (`flags`) over them, as `observe-run train` takes key=value overrides.
 */
export async function scoreOptionsFromConfig(file: string, flags: ScoreOptions): Promise<ScoreOptions> {
  const { loadConfig, scoringConfig } = await import("@observe-r1/trainer");
  const run = loadConfig({ file });
  const base = scoringConfig(run);
  const over = flags.config ?? {};
  const config = Object.fromEntries(Object.entries(base).map(([section, values]) => [
    section, { ...values, ...(over as Record<string, object | undefined>)[section] },
  ])) as ScoringConfigInput;
  const own = flags.rewardFunction === undefined;
  return {
    config,
    rewardFunction: own ? run.worker.reward.reward_function ?? undefined : flags.rewardFunction,
    rewardFunctionKwargs: own ? run.worker.reward.reward_function_kwargs : flags.rewardFunctionKwargs,
    python: flags.python,
  };
}

/** One output object per non-blank input line, in input order. */
export type ScoreRecord =
  | {
      line: number;
      format: number | null;
      accuracy: number | null;
      reward: number;
      extracted?: string | null;
      /** Which extraction rule picked the compared value (boxed, final-answer, answer-cue, whole, math-span, last-number, choice-letter). */
      answer_rule?: string | null;
      scores?: Record<string, number>;
      data_error?: string;
      group?: string | number;
      bonus?: number | null;
      advantage?: number;
      weight?: number;
    }
  | { line: number; error: string };

export interface ScoreSummary {
  lines: number;
  scored: number;
  errors: number;
  data_errors: number;
  format_ok: number;
  mean_accuracy: number | null;
  mean_reward: number | null;
  groups: number;
  bonus_awarded: number;
  bonus_skipped_without_length: number;
  zero_weight_groups: number;
}

interface Row {
  line: number;
  response: string;
  answer: string;
  group?: string | number;
  length?: number;
  /** Option texts of a multiple-choice row (MathVista's `choices`), in letter order. */
  choices?: string[];
}

/** Parses JSONL text; malformed lines become error records naming their line number. */
export function parseScoreLines(text: string): { rows: Row[]; errors: { line: number; error: string }[] } {
  const rows: Row[] = [];
  const errors: { line: number; error: string }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "") return;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      errors.push({ line, error: `not valid JSON (${(e as Error).message})` });
      return;
    }
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      errors.push({ line, error: 'expected an object like {"response": "...", "answer": "..."}' });
      return;
    }
    const o = obj as Record<string, unknown>;
    const answer = o.answer ?? o.ground_truth;
    if (typeof o.response !== "string") {
      errors.push({ line, error: '"response" is missing or not a string' });
      return;
    }
    if (typeof answer !== "string" && typeof answer !== "number") {
      errors.push({ line, error: '"answer" (or "ground_truth") is missing or not a string' });
      return;
    }
    if (o.length !== undefined && !(Number.isInteger(o.length) && (o.length as number) >= 0)) {
      errors.push({ line, error: `"length" must be a token count (integer >= 0), got ${JSON.stringify(o.length)}` });
      return;
    }
    if (o.group !== undefined && typeof o.group !== "string" && typeof o.group !== "number") {
      errors.push({ line, error: `"group" must be a string or number, got ${JSON.stringify(o.group)}` });
      return;
    }
    if (o.choices !== undefined && !(Array.isArray(o.choices) && o.choices.every((c) => typeof c === "string" || typeof c === "number"))) {
      errors.push({ line, error: `"choices" must be a list of option texts like ["120°", "145°"], got ${JSON.stringify(o.choices)}` });
      return;
    }
    const choices = o.choices === undefined ? undefined : (o.choices as Array<string | number>).map(String);
    rows.push({ line, response: o.response, answer: String(answer), group: o.group as Row["group"], length: o.length as number | undefined, choices });
  });
  return { rows, errors };
}

/** Scores a JSONL file's text. Rows sharing a "group" are scored as one group (bonus, weight, advantage). */
export async function scoreText(text: string, options: ScoreOptions = {}): Promise<{ records: ScoreRecord[]; summary: ScoreSummary }> {
  const config = resolveScoringConfig(options.config);
  const { rows, errors } = parseScoreLines(text);
  const records = new Map<number, ScoreRecord>();
  for (const e of errors) records.set(e.line, e);

  // Groups in order of first appearance; ungrouped rows are groups of one without bonus/advantage.
  const groups = new Map<string, Row[]>();
  const singles: Row[] = [];
  for (const r of rows) {
    if (r.group === undefined) singles.push(r);
    else {
      const key = JSON.stringify(r.group);
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  }
  for (const [key, members] of groups) {
    const answers = new Set(members.map((m) => m.answer));
    if (answers.size > 1) {
      for (const m of members) {
        records.set(m.line, { line: m.line, error: `group ${key} has different answers (${[...answers].map((a) => JSON.stringify(a)).join(", ")}); a group is n responses to one prompt` });
      }
      groups.delete(key);
    }
  }

  // The trainer (and pythonia) load only when a plug-in is asked for.
  const plugin = options.rewardFunction
    ? await (await import("@observe-r1/trainer")).loadRewardPlugin(options.rewardFunction, { python: options.python, kwargs: options.rewardFunctionKwargs })
    : null;
  try {
    // Per-row rewards: built-in format + accuracy, or the plug-in's overall score.
    const base = new Map<number, { format: number | null; accuracy: number | null; reward: number; extracted?: string | null; answer_rule?: string | null; scores?: Record<string, number>; data_error?: string }>();
    const scorable = [...singles, ...[...groups.values()].flat()];
    if (plugin) {
      const scores: RewardScore[] = await plugin.score(scorable.map((r) => ({ response: r.response, response_length: r.length ?? 0, ground_truth: r.answer })));
      scorable.forEach((r, i) => {
        const s = scores[i]!;
        const { overall, ...named } = s;
        base.set(r.line, { format: s.format ?? null, accuracy: s.accuracy ?? null, reward: overall, scores: named });
      });
    } else {
      // The same two rewards scoreGroups adds up, kept per row so the output can show them.
      const format = createFormatChecker(config.format);
      const accuracy = new AccuracyScorer(config.accuracy);
      for (const r of scorable) {
        const f = format(r.response);
        const a = accuracy.score(r.response, r.answer, r.choices);
        base.set(r.line, {
          format: f, accuracy: a.accuracy, reward: f + a.accuracy, extracted: a.answer, answer_rule: a.rule,
          ...(a.dataError ? { data_error: a.dataError } : {}),
        });
      }
    }
    for (const r of singles) records.set(r.line, { line: r.line, ...base.get(r.line)! });

    // Groups: bonus (when every member has a length), dynamic weight and advantages.
    let bonusAwarded = 0;
    let bonusSkipped = 0;
    let zeroWeight = 0;
    for (const [, members] of groups) {
      const withLengths = members.every((m) => m.length !== undefined);
      if (config.bonus.enabled && !withLengths) bonusSkipped++;
      const cfg: ScoringConfig = { ...config, bonus: { ...config.bonus, enabled: config.bonus.enabled && withLengths } };
      const accuracy = members.map((m) => base.get(m.line)!.accuracy);
      if (accuracy.some((a) => a === null) && (cfg.bonus.enabled || cfg.dynamicWeight.enabled)) {
        for (const m of members) {
          records.set(m.line, { line: m.line, error: 'the reward function returned no "accuracy" score, which the bonus and dynamic weighting need; return it, or pass --no-bonus --no-dynamic-weight' });
        }
        continue;
      }
      const done = new GroupScorer(cfg).finishGroups({
        reward: members.map((m) => base.get(m.line)!.reward),
        accuracy: accuracy.map((a) => a ?? 0),
        lengths: withLengths ? members.map((m) => m.length!) : undefined,
        groupSize: members.length,
      });
      if (done.bonusIndex[0]! >= 0) bonusAwarded++;
      if (done.groupWeight[0] === 0) zeroWeight++;
      members.forEach((m, i) => {
        records.set(m.line, {
          line: m.line, group: m.group!, ...base.get(m.line)!, reward: done.reward[i]!,
          bonus: cfg.bonus.enabled ? done.bonus[i]! : null, weight: done.groupWeight[0]!, advantage: done.advantage[i]!,
        });
      });
    }

    const ordered = [...records.values()].sort((a, b) => a.line - b.line);
    const scored = ordered.filter((r): r is Exclude<ScoreRecord, { error: string }> => !("error" in r));
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    const summary: ScoreSummary = {
      lines: ordered.length,
      scored: scored.length,
      errors: ordered.length - scored.length,
      data_errors: scored.filter((r) => r.data_error).length,
      format_ok: scored.filter((r) => (r.format ?? 0) > 0).length,
      mean_accuracy: mean(scored.flatMap((r) => (r.accuracy === null ? [] : [r.accuracy]))),
      mean_reward: mean(scored.map((r) => r.reward)),
      groups: groups.size,
      bonus_awarded: bonusAwarded,
      bonus_skipped_without_length: bonusSkipped,
      zero_weight_groups: zeroWeight,
    };
    return { records: ordered, summary };
  } finally {
    await plugin?.close();
  }
}

export async function scoreFile(file: string, options: ScoreOptions = {}) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return scoreText(text, options);
}

interface ScoreArgs {
  file: string;
  config?: string;
  "reward-function"?: string;
  python?: string;
  "format-score"?: number;
  "allow-nested-observe"?: boolean;
  "answer-tag"?: string;
  "fallback-to-boxed"?: boolean;
  tolerance?: number;
  bonus?: boolean;
  "bonus-coef"?: number;
  "min-length"?: number;
  "dynamic-weight"?: boolean;
  sigma?: number;
  estimator?: string;
}

export const scoreCommand: CommandModule<object, ScoreArgs> = {
  command: "score <file>",
  describe: "Score a JSONL file of {response, answer[, group, length, choices]} with the Observe-R1 rewards: one JSON line per input, then a summary",
  builder: (y) =>
    y
      .positional("file", { type: "string", demandOption: true, describe: "JSONL file; one object per line" })
      .option("config", { type: "string", describe: "a run's config: score as its training does (data.format, algorithm.*, worker.reward.*); the flags below override it" })
      .option("reward-function", { type: "string", describe: "score with a plug-in instead: path/file.py:fn or path/file.ts:fn (worker.reward.reward_function)" })
      .option("python", { type: "string", describe: "Python for .py plug-ins (default: OBSERVE_PYTHON or the nearest .venv)" })
      .option("format-score", { type: "number", describe: "format reward (data.format.score, default 0.5)" })
      .option("allow-nested-observe", { type: "boolean", describe: "accept <observe> inside <think>" })
      .option("answer-tag", { type: "string", describe: "tag holding the final answer (default answer)" })
      .option("fallback-to-boxed", { type: "boolean", describe: "read the last \\boxed{} when there is no answer tag" })
      .option("tolerance", { type: "number", describe: "relative tolerance for numbers (default 1e-6)" })
      .option("bonus", { type: "boolean", describe: "concise-answer bonus (--no-bonus to disable; default on)" })
      .option("bonus-coef", { type: "number", describe: "algorithm.bonus.coef (default 0.2)" })
      .option("min-length", { type: "number", describe: "algorithm.bonus.min_length in tokens (default 100)" })
      .option("dynamic-weight", { type: "boolean", describe: "dynamic weighting (--no-dynamic-weight to disable; default on)" })
      .option("sigma", { type: "number", describe: "algorithm.dynamic_weight.sigma (default 1.8)" })
      .option("estimator", { type: "string", choices: [...ADVANTAGE_ESTIMATORS], describe: "algorithm.adv_estimator (default grpo)" }) as never,
  handler: async (args) => {
    const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
    const config: ScoringConfigInput = {
      format: defined({ score: args["format-score"], allowNestedObserve: args["allow-nested-observe"] }),
      accuracy: defined({ answerTag: args["answer-tag"], fallbackToBoxed: args["fallback-to-boxed"], tolerance: args.tolerance }),
      bonus: defined({ enabled: args.bonus, coef: args["bonus-coef"], minLength: args["min-length"] }),
      dynamicWeight: defined({ enabled: args["dynamic-weight"], sigma: args.sigma }),
      advantage: defined({ estimator: args.estimator as AdvantageEstimator | undefined }),
    };
    const flags: ScoreOptions = { config, rewardFunction: args["reward-function"], python: args.python };
    const { records, summary } = await scoreFile(args.file, args.config ? await scoreOptionsFromConfig(args.config, flags) : flags);
    const out: string[] = [];
    for (const r of records) {
      out.push(JSON.stringify(r));
      if ("error" in r) console.error(`${args.file}:${r.line}: ${r.error}`);
    }
    out.push(JSON.stringify({ summary }));
    process.stdout.write(out.join("\n") + "\n");
    if (summary.errors > 0) process.exitCode = 1;
  },
};
