// One configuration problem, and the error that reports all of them at once.

export interface ConfigProblem {
  /** Full dotted key, e.g. "worker.rollout.n"; list items as "trainer.logger[1]"; "" for the file itself. */
  key: string;
  /** Where the value came from: "file.yaml:12", "command line", or "default" / "not set". */
  origin: string;
  /** What is wrong and what to do. */
  message: string;
  /** The offending value, when there is one. */
  value?: unknown;
}

export function formatProblem(p: ConfigProblem): string {
  const value = "value" in p ? ` = ${JSON.stringify(p.value)}` : "";
  const key = p.key === "" ? "" : `${p.key}${value} `;
  return `${key}(${p.origin}): ${p.message}`;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly ConfigProblem[]) {
    const n = problems.length;
    super(
      `Invalid configuration (${n} problem${n === 1 ? "" : "s"}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join("\n"),
    );
  }
}
