// The report's input was missing or unreadable. The message says what, where and what to do,
// because the usual cause is a wrong RUN_DIR or a run that never logged a step.
export class ReportInputError extends Error {
  override readonly name = "ReportInputError";
  constructor(
    readonly what: string,
    readonly where: string,
    readonly fix: string,
  ) {
    super(`${what}: ${where}. ${fix}`);
  }
}
