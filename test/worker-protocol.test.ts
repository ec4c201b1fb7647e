// The wire protocol against a real worker process: handshake, heartbeats,
// malformed requests, version mismatch, worker death and clean shutdown.
import { join } from "node:path";
import { execa } from "execa";
import {
  Controller,
  PROTOCOL_VERSION,
  ProtocolMismatchError,
  resolvePython,
  WorkerExitedError,
  WorkerRequestError,
} from "@observe-r1/bridge";
import { buildTinyModel, FIXTURES, memoryLogger, startWorker } from "./helpers.js";

describe("worker protocol", () => {
  test("handshake reports the worker's environment and health answers", async () => {
    const worker = await startWorker();
    try {
      expect(worker.hello.protocolVersion).toBe(PROTOCOL_VERSION);
      expect(worker.hello.torchVersion).toMatch(/^\d+\.\d+/);
      expect(worker.hello.pid).toBe(worker.pid);
      const health = await worker.health();
      expect(health.modelLoaded).toBe(false);
      expect(["cpu", "cuda"]).toContain(health.device);
    } finally {
      await worker.close();
    }
  });

  test("an undecodable message and an unknown method get errors; the worker keeps serving", async () => {
    const worker = await startWorker();
    try {
      // Garbage with no request id: nothing to answer, but the worker must survive it.
      await worker.connection["controller"].send(worker.workerId, [Buffer.from([0xff, 0xff, 0xff])]);
      // An envelope whose body uses a field number this protocol does not define (99).
      const unknownMethod = worker.connection.requestFrames("futureMethod", (requestId) => {
        const header = Buffer.concat([Buffer.from([0x08]), varint(requestId), Buffer.from([0x9a, 0x06, 0x00])]);
        return [header];
      }, 10_000);
      await expect(unknownMethod).rejects.toThrow(WorkerRequestError);
      await expect(unknownMethod).rejects.toThrow(/no known method/);
      // Frames that do not match their descriptors.
      const badFrames = worker.connection.request("logProbs", { batch: { prompts: [], promptIndex: [0], responseLengths: [3] } });
      await expect(badFrames).rejects.toThrow(/BadRequest/);
      const health = await worker.health();
      expect(health.uptimeS).toBeGreaterThan(0);
    } finally {
      await worker.close();
    }
  });

  test("a model call before load_model is a clear error", async () => {
    const worker = await startWorker();
    try {
      await expect(worker.generate([{ text: "hi" }])).rejects.toThrow(/load_model first/);
    } finally {
      await worker.close();
    }
  });

  test("a protocol version mismatch names both versions", async () => {
    const controller = await Controller.bind({ logger: memoryLogger() });
    try {
      const waiting = controller.waitForWorker("old-worker");
      const old = execa(resolvePython(), [join(FIXTURES, "mismatched_worker.py"), controller.endpoint, "old-worker", "999"], {
        env: { PYTHONPATH: join(FIXTURES, "../../python") },
      });
      await expect(waiting).rejects.toThrow(ProtocolMismatchError);
      await expect(waiting).rejects.toThrow(`this controller speaks protocol ${PROTOCOL_VERSION}, worker "old-worker" speaks protocol 999`);
      const { stdout } = await old;
      expect(stdout).toContain("accepted=False");
      expect(stdout).toContain("999");
    } finally {
      controller.close();
    }
  });

  test("SIGKILL mid-request rejects promptly with method, signal and stderr; a new worker then works", async () => {
    const worker = await startWorker();
    try {
      await worker.loadModel({ modelPath: await buildTinyModel() });
      const pending = worker.generate([{ text: "a long answer, please" }], { n: 8, maxNewTokens: 4000 });
      // The worker's heartbeats say what it is computing: kill it only once it is inside generate.
      while (worker.connection.busyWith !== "generate") await new Promise((r) => setTimeout(r, 50));
      const started = Date.now();
      process.kill(worker.pid!, "SIGKILL");
      const error = await pending.catch((e: Error) => e);
      expect(error).toBeInstanceOf(WorkerExitedError);
      expect((error as WorkerExitedError).signal).toBe("SIGKILL");
      expect((error as Error).message).toMatch(/^generate: the Python worker was killed by SIGKILL/);
      expect((error as Error).message).toContain("connecting to"); // the stderr tail
      expect(Date.now() - started).toBeLessThan(5000);
      await expect(worker.health()).rejects.toThrow(WorkerExitedError);
    } finally {
      await worker.close(); // also when an assertion failed: a leaked worker would keep jest alive
    }

    const next = await startWorker();
    try {
      expect((await next.health()).modelLoaded).toBe(false);
    } finally {
      await next.close();
    }
  });

  test("close() shuts the worker down and leaves no process behind", async () => {
    const worker = await startWorker();
    const pid = worker.pid!;
    const t0 = Date.now();
    await worker.close();
    const result = await worker.process;
    expect({ exitCode: result.exitCode, signal: result.signal }).toEqual({ exitCode: 0, signal: undefined });
    expect(Date.now() - t0).toBeLessThan(4000); // exited on request, no kill escalation
    expect(() => process.kill(pid, 0)).toThrow();
  });
});

function varint(n: number): Buffer {
  const bytes: number[] = [];
  do {
    bytes.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n > 0);
  return Buffer.from(bytes);
}
