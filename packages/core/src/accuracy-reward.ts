/**
 * Accuracy reward (docs/method.md section 3): 1 when the first <answer>...</answer>
 * is equivalent to the ground truth, else 0. An unparseable ground truth scores 0
 * and is reported as a data error (the recipe scored it 1).
 */
import { extractAnswer } from "./answer.js";
import { checkBoolean, checkKnownKeys, checkNumber, CoreConfigError } from "./errors.js";
import { MathVerifier, type Explanation, type PreparedGold } from "./verifier/verify.js";

export interface AccuracyConfig {
  /** Relative tolerance for numeric equality. */
  tolerance: number;
  /** Read the last \boxed{} when the response has no answer tag (EasyR1 math format). */
  fallbackToBoxed: boolean;
  /** Name of the tag holding the final answer. */
  answerTag: string;
}

export const DEFAULT_ACCURACY_CONFIG: Readonly<AccuracyConfig> = Object.freeze({
  tolerance: 1e-6,
  fallbackToBoxed: false,
  answerTag: "answer",
});

export function resolveAccuracyConfig(partial: Partial<AccuracyConfig> = {}, key = "algorithm.accuracy"): AccuracyConfig {
  checkKnownKeys(partial, ["tolerance", "fallbackToBoxed", "answerTag"], key);
  const answerTag = partial.answerTag ?? DEFAULT_ACCURACY_CONFIG.answerTag;
  if (typeof answerTag !== "string" || !/^[A-Za-z][\w-]*$/.test(answerTag)) {
    throw new CoreConfigError(`${key}.answerTag`, `invalid tag name ${JSON.stringify(answerTag)}`, 'Use a bare name like "answer"');
  }
  return {
    tolerance: checkNumber(partial.tolerance ?? DEFAULT_ACCURACY_CONFIG.tolerance, `${key}.tolerance`, { min: 0, max: 0.5 }),
    fallbackToBoxed: checkBoolean(partial.fallbackToBoxed ?? DEFAULT_ACCURACY_CONFIG.fallbackToBoxed, `${key}.fallbackToBoxed`),
    answerTag,
  };
}

export interface AccuracyResult {
  accuracy: 0 | 1;
  /** The extracted answer text, null when the response has none. */
  answer: string | null;
  /** Which extraction rule picked the compared value out of the answer (boxed, answer-cue, whole, ...). */
  rule: Explanation["answer"]["rule"];
  dataError: string | null;
}

/** Holds one verifier (and its caches) for many calls. */
export class AccuracyScorer {
  readonly verifier: MathVerifier;

  constructor(readonly config: AccuracyConfig = DEFAULT_ACCURACY_CONFIG) {
    this.verifier = new MathVerifier({ tolerance: config.tolerance });
  }

  extract(response: string): string | null {
    return extractAnswer(response, { tag: this.config.answerTag, fallbackToBoxed: this.config.fallbackToBoxed });
  }

  /** `choices`: the row's option texts (MathVista-style multiple choice), so gold "145°" also matches its letter. */
  prepareGold(gold: string, choices?: readonly string[] | null): PreparedGold {
    return this.verifier.prepareGold(gold, choices);
  }

  score(response: string, groundTruth: string, choices?: readonly string[] | null): AccuracyResult {
    const answer = this.extract(response);
    const verdict = this.verifier.explain(answer, groundTruth, choices);
    return { accuracy: verdict.correct ? 1 : 0, answer, rule: verdict.answer.rule, dataError: verdict.dataError };
  }
}

let defaultScorer: AccuracyScorer | undefined;

/** One-off convenience with the default config; use AccuracyScorer for a custom one. */
export function accuracyReward(response: string, groundTruth: string, choices?: readonly string[] | null): AccuracyResult {
  defaultScorer ??= new AccuracyScorer();
  return defaultScorer.score(response, groundTruth, choices);
}
