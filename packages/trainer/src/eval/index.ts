export { evaluate, validationOptions, type EvalOptions, type EvalRecord, type EvalResult } from "./evaluate.js";
export { EVAL_FILES, evaluateModel, type EvalRun, type EvalRunOptions } from "./run-eval.js";
