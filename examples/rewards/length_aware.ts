// A TypeScript reward plug-in, same convention as a Python one (inputs in, one score per input out).
// Use it with worker.reward.reward_function=examples/rewards/length_aware.ts:lengthAware
interface RewardInput { response: string; response_length: number; ground_truth: string }

/** Accuracy by substring, minus a small cost per token beyond `budget` (kwargs come from reward_function_kwargs). */
export function lengthAware(inputs: RewardInput[], kwargs: { budget?: number } = {}) {
  const budget = kwargs.budget ?? 100;
  return inputs.map((x) => {
    const answer = /<answer>([\s\S]*?)<\/answer>/.exec(x.response)?.[1]?.trim() ?? "";
    const accuracy = answer.includes(x.ground_truth) ? 1 : 0;
    const overLength = Math.max(0, x.response_length - budget) / budget;
    return { overall: accuracy - 0.5 * overLength, accuracy, over_length: overLength };
  });
}
