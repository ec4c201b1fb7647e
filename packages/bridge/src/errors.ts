// Errors the bridge raises. Each message says what, where and what to do.

/** The worker answered a request with an error (a bad model dir, an undecodable image...). */
export class WorkerRequestError extends Error {
  constructor(
    readonly method: string,
    readonly type: string,
    message: string,
    readonly remoteTraceback = "",
  ) {
    super(`${method} failed in the worker (${type}): ${message}`);
    this.name = "WorkerRequestError";
  }
}

/** The worker process exited while requests were pending (or before answering the handshake). */
export class WorkerExitedError extends Error {
  constructor(
    readonly method: string,
    readonly exitCode: number | undefined,
    readonly signal: string | undefined,
    readonly stderrTail: string[],
  ) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
    const tail = stderrTail.length ? `\nLast worker stderr lines:\n  ${stderrTail.join("\n  ")}` : " (no stderr output)";
    super(`${method}: the Python worker ${how}.${tail}`);
    this.name = "WorkerExitedError";
  }
}

export class WorkerTimeoutError extends Error {
  constructor(readonly method: string, readonly timeoutMs: number, detail = "") {
    super(`${method}: no answer from the worker within ${timeoutMs} ms${detail ? ` (${detail})` : ""}; ` +
      "raise the timeout if the work is legitimately slow, or check the worker log");
    this.name = "WorkerTimeoutError";
  }
}

export class ProtocolMismatchError extends Error {
  constructor(readonly controllerVersion: number, readonly workerVersion: number, readonly workerId: string) {
    super(
      `protocol version mismatch: this controller speaks protocol ${controllerVersion}, worker "${workerId}" ` +
        `speaks protocol ${workerVersion}. Install matching versions of the npm packages and the ` +
        "observe_worker Python package: `npx observe-run setup` installs the worker that ships with these npm packages " +
        "(in a checkout of observe-r1: npm run setup:python).",
    );
    this.name = "ProtocolMismatchError";
  }
}
