// The controller's logger. Worker log lines are routed here by level.
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const consoleLogger: Logger = {
  debug: (m) => { if (process.env.OBSERVE_DEBUG) console.error(m); },
  info: (m) => console.error(m),
  warn: (m) => console.error(m),
  error: (m) => console.error(m),
};

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Routes a worker stderr line ("LEVEL name: message" from Python logging) to the right level. */
export function logWorkerLine(logger: Logger, workerId: string, line: string): void {
  const text = `[${workerId}] ${line}`;
  if (/^(ERROR|CRITICAL)\b|Traceback/.test(line)) logger.error(text);
  else if (/^WARNING\b/.test(line)) logger.warn(text);
  else if (/^DEBUG\b/.test(line)) logger.debug(text);
  else logger.info(text);
}
