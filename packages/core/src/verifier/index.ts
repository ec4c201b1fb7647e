export { MathVerifier, DEFAULT_VERIFIER_CONFIG, resolveVerifierConfig, type Explanation, type PreparedGold, type Verdict, type VerifierConfig } from "./verify.js";
export { answerChoiceLetter, goldChoice, goldChoiceLetter, type GoldChoice } from "./choice.js";
export { answerCandidates, type Candidate, type ExtractionRule } from "./extract.js";
export { normalizeAnswer, type NormalizedAnswer } from "./normalize.js";
export { latexToMathjs } from "./latex-to-mathjs.js";
export type { CompiledExpr, MathBackend } from "./backend.js";
