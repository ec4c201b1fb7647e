// A step goes on without the prompts the worker could not run (generate's skipFailedPrompts):
// the rest keep their order, and completions are renumbered to point into what is kept.
import type { Completion, GenerateResult } from "@observe-r1/bridge";

/** Positions of the prompts that produced completions, and those completions renumbered to them. */
export function withoutFailedPrompts(generated: GenerateResult, promptCount: number): { kept: number[]; completions: Completion[] } {
  const failed = new Set(generated.failedPrompts.map((f) => f.promptIndex));
  const kept = Array.from({ length: promptCount }, (_, g) => g).filter((g) => !failed.has(g));
  if (failed.size === 0) return { kept, completions: generated.completions };
  const position = new Map(kept.map((g, k) => [g, k]));
  return { kept, completions: generated.completions.map((c) => ({ ...c, promptIndex: position.get(c.promptIndex)! })) };
}
