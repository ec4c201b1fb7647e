/**
 * The EasyR1 / verl reward function convention, so existing reward files work
 * unchanged: a batch function receives a list of dicts
 *   {"response": str, "response_length": int, "ground_truth": str, ...}
 * (plus `worker.reward.reward_function_kwargs` as keyword arguments) and returns one
 * dict per input with "overall" and optional named sub-scores such as "format" and
 * "accuracy", which become metrics. In training, `...` is the row's id and its other
 * fields (everything but the prompt, answer and images: `data_source`, `extra_info`, ...).
 */
export interface RewardInput {
  response: string;
  /** Response length in tokens. */
  response_length: number;
  ground_truth: string;
  [extra: string]: unknown;
}

export interface RewardScore {
  overall: number;
  /** Named sub-scores ("format", "accuracy", ...), reported as metrics. */
  [name: string]: number;
}

/** "batch": fn(list_of_inputs) once per batch (the default); "sequential": fn(input) per sample. */
export type RewardType = "batch" | "sequential";

export interface RewardFunctionSpec {
  /** Absolute path of the file. */
  file: string;
  functionName: string;
  language: "python" | "javascript" | "typescript";
}

export interface RewardPlugin {
  readonly spec: RewardFunctionSpec;
  /** Scores one batch: one call into the plug-in (batch type), one score per input. */
  score(inputs: readonly RewardInput[]): Promise<RewardScore[]>;
  /** Releases what the plug-in holds (the Python process for .py plug-ins). Idempotent. */
  close(): Promise<void>;
}

export interface LoadRewardPluginOptions {
  /** Directory relative paths are resolved against (the config file's folder); default cwd. */
  baseDir?: string;
  /** worker.reward.reward_function_kwargs, passed as keyword arguments (Python) or a second argument (JS/TS). */
  kwargs?: Record<string, unknown>;
  /** worker.reward.reward_type; default "batch". */
  rewardType?: RewardType;
  /** Python interpreter for .py plug-ins; default OBSERVE_PYTHON, then PYTHON_BIN, then the nearest .venv. */
  python?: string;
}

/** An error raised inside a plug-in or by its output: says which file, function and sample. */
export class RewardPluginError extends Error {
  override readonly name = "RewardPluginError";
  constructor(
    readonly spec: Pick<RewardFunctionSpec, "file" | "functionName">,
    readonly problem: string,
    readonly sampleIndex: number | null = null,
    readonly detail: string | null = null,
  ) {
    super(
      `reward function ${spec.functionName} in ${spec.file}` +
        (sampleIndex === null ? "" : ` (sample ${sampleIndex})`) +
        `: ${problem}` +
        (detail ? `\n${detail.trimEnd()}` : ""),
    );
  }
}
