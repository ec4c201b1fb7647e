export { MathVerifier, DEFAULT_VERIFIER_CONFIG, resolveVerifierConfig, type PreparedGold, type Verdict, type VerifierConfig } from "./verify.js";
export { answerChoiceLetter, goldChoiceLetter } from "./choice.js";
export { normalizeAnswer, type NormalizedAnswer } from "./normalize.js";
export { latexToMathjs } from "./latex-to-mathjs.js";
export type { CompiledExpr, MathBackend } from "./backend.js";
