// Shared by the cross-language tests: a real worker process, quiet logs.
import { join } from "node:path";
import { type Logger, PROJECT_ROOT, spawnWorker, type SpawnWorkerOptions } from "@observe-r1/bridge";

export const FIXTURES = join(PROJECT_ROOT, "test", "fixtures");

/** Collects worker log lines so tests can assert on them without printing. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (m: string) => void lines.push(m);
  return { lines, debug: push, info: push, warn: push, error: push };
}

export function startWorker(options: SpawnWorkerOptions = {}) {
  return spawnWorker({ logger: memoryLogger(), ...options });
}
