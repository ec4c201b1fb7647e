export { evaluate, type EvalOptions, type EvalRecord, type EvalResult } from "./evaluate.js";
