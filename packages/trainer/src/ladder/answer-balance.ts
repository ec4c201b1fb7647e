// What the ladder's filters did to each source's answers. Dropping what the model already answers
// right removes, on a short-answer task, mostly the answer it is biased toward: in the demo the
// easy filter kept 33 "big" and 1 "small" of a 50/50 size task, and RL on that ladder taught
// "always big" (held-out size accuracy 0.81 -> 0.44). Nothing crashes; this makes it visible.
import type { DroppedSample } from "@observe-r1/core";
import { type Sample, sampleSource } from "../data/index.js";

/** One answer of one source, before and after the ladder's filters. */
export interface AnswerShift {
  source: string;
  answer: string;
  input: number;
  kept: number;
  /** Share of the source's rows with this answer, before and after. */
  inputShare: number;
  keptShare: number;
  /** Why the dropped ones went: counts per filter. */
  droppedBy: Partial<Record<DroppedSample["reason"], number>>;
}

// Short-answer sources only: with more distinct answers than this, answers are open-ended.
const MAX_DISTINCT_ANSWERS = 12;
// An answer is reported as thinned out when it was at least this common and this many rows ...
const MIN_INPUT_SHARE = 0.1;
const MIN_INPUT_ROWS = 8;
// ... and the ladder keeps less than this fraction of its former share.
const THINNED_RATIO = 1 / 3;

const NO_SOURCE = "(no source field)";

/** Per source with short answers, every answer's count before and after; warnings for answers the filters thinned out. */
export function answerBalance(samples: Sample[], dropped: DroppedSample[]): { shifts: AnswerShift[]; warnings: string[] } {
  const droppedById = new Map(dropped.map((d) => [String(d.id), d.reason]));
  const bySource = groupBy(samples, (s) => sampleSource(s) ?? NO_SOURCE);
  const shifts: AnswerShift[] = [];
  const warnings: string[] = [];
  for (const [source, rows] of bySource) {
    const byAnswer = groupBy(rows, (s) => s.answer.trim().toLowerCase());
    if (byAnswer.size < 2 || byAnswer.size > MAX_DISTINCT_ANSWERS) continue;
    const keptTotal = rows.filter((s) => !droppedById.has(s.id)).length;
    for (const [answer, group] of byAnswer) {
      const droppedBy: AnswerShift["droppedBy"] = {};
      for (const s of group) {
        const reason = droppedById.get(s.id);
        if (reason) droppedBy[reason] = (droppedBy[reason] ?? 0) + 1;
      }
      const kept = group.length - Object.values(droppedBy).reduce((a, b) => a + b, 0);
      const shift = {
        source, answer, input: group.length, kept, inputShare: group.length / rows.length,
        keptShare: keptTotal ? kept / keptTotal : 0, droppedBy,
      };
      shifts.push(shift);
      if (keptTotal > 0 && shift.input >= MIN_INPUT_ROWS && shift.inputShare >= MIN_INPUT_SHARE &&
        shift.keptShare < shift.inputShare * THINNED_RATIO) {
        const pct = (x: number) => `${Math.round(x * 100)}%`;
        const why = Object.entries(droppedBy).map(([reason, n]) => `${n} by the ${reason === "easy" ? "easy filter (data.curriculum.estimate.easy_filter)" : "low-complexity filter (data.curriculum.estimate.low_complexity_quantile)"}`).join(", ");
        warnings.push(`source "${source}": the ladder keeps ${kept} of ${shift.input} rows answered "${answer}" ` +
          `(${pct(shift.inputShare)} of the source before, ${pct(shift.keptShare)} after; dropped ${why}). ` +
          "Training on it can teach the other answers regardless of the input; see answerBalance in summary.json.");
      }
    }
  }
  return { shifts, warnings };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
