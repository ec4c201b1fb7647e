/**
 * Parity mode: judges (prediction, gold) pairs with Python's math_verify (the
 * recipe's verifier, with its extraction settings) through the shared pythonia
 * bridge, so the TypeScript verifier can be compared with it on real data.
 */
import { acquirePythonHost, releasePythonHost } from "./python-host.js";

export interface MathVerifyParity {
  /** False when math_verify is not installed in that Python (pip install math-verify). */
  readonly available: boolean;
  /** One verdict per pair: true/false, or null when math_verify cannot parse the gold. */
  judge(pairs: readonly { pred: string; gold: string }[]): Promise<(boolean | null)[]>;
  close(): Promise<void>;
}

export async function createMathVerifyParity(options: { python?: string } = {}): Promise<MathVerifyParity> {
  const host = await acquirePythonHost(options.python);
  let closed = false;
  const probe = await host.call<{ available: boolean }>("observe_math_verify", "[]");
  return {
    available: probe.available,
    async judge(pairs) {
      if (!probe.available) throw new Error("math_verify is not installed in the plug-in Python; pip install math-verify");
      const reply = await host.call<{ results: (boolean | null)[] }>("observe_math_verify", JSON.stringify(pairs.map((p) => [p.pred, p.gold])));
      return reply.results;
    },
    async close() {
      if (closed) return;
      closed = true;
      await releasePythonHost();
    },
  };
}
