// Score responses and debug a custom reward: the built-in reward's reading of each answer, then your
// own reward as a Python and a TypeScript plug-in, side by side, and what a broken plug-in tells you.
// Run: npx tsx examples/custom-reward.ts   (no model needed; `npx observe-run score FILE` does step 2 from a shell)
import { readFileSync } from "node:fs";
import { AccuracyScorer, createFormatChecker } from "@observe-r1/core";
import { loadRewardPlugin, type RewardInput } from "@observe-r1/trainer";

// 1. Responses to score: hand-written here (examples/responses.jsonl); in practice, a run's eval_samples.jsonl.
type Row = { response: string; answer: string; length?: number; choices?: string[] };
const rows = readFileSync("examples/responses.jsonl", "utf8").trim().split("\n").map((l) => JSON.parse(l) as Row);

// 2. The built-in reward: format (tags in order) and accuracy (the verifier), with the rule that read the answer.
const format = createFormatChecker();
const accuracy = new AccuracyScorer();
console.log("built-in reward:");
for (const r of rows) {
  const judged = accuracy.score(r.response, r.answer, r.choices);
  console.log(`  format ${format(r.response) > 0 ? 1 : 0} | accuracy ${judged.accuracy} | read ${JSON.stringify(judged.answer)} ` +
    `by ${judged.rule ?? "-"} vs ${JSON.stringify(r.answer)}`);
}

// 3. Your reward, in either language. Inputs follow EasyR1: {response, response_length, ground_truth, ...row fields}.
const inputs: RewardInput[] = rows.map((r) => ({ response: r.response, response_length: r.length ?? 50, ground_truth: r.answer }));
const python = await loadRewardPlugin("examples/rewards/exact_match.py:exact_match");           // a Python process
const typescript = await loadRewardPlugin("examples/rewards/length_aware.ts:lengthAware", { kwargs: { budget: 80 } });
try {
  const [py, ts] = [await python.score(inputs), await typescript.score(inputs)];
  console.log("\n  verifier | exact_match.py | length_aware.ts (overall, over_length) | answer");
  rows.forEach((r, i) => console.log(`  ${accuracy.score(r.response, r.answer, r.choices).accuracy}        | ` +
    `${py[i]!.overall}              | ${ts[i]!.overall.toFixed(2).padStart(5)} (${ts[i]!.over_length!.toFixed(2)})                  | ${r.answer}`));
  // Where they disagree is where to look: exact match misses "The answer is $12$.", "(B) 145°" and "\boxed{5}" = "\frac{10}{2}".
} finally {
  await python.close();
  await typescript.close();
}

// 4. A broken plug-in: the error names the file, the function, the sample and the Python traceback.
const buggy = await loadRewardPlugin("examples/rewards/exact_match.py:exact_match_buggy");
try {
  await buggy.score(inputs);
} catch (err) {
  console.log(`\nwhat a broken reward says:\n${(err as Error).message.split("\n").slice(0, 1).join("\n")}\n  ...`);
  console.log(`  last line: ${(err as Error).message.trim().split("\n").at(-1)}`);
} finally {
  await buggy.close();
}
