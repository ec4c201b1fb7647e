// A tcp:// controller is CURVE-encrypted and admits only the client keys it generated.
import { Controller, curveWorkerEnv, generateCurveKeys } from "@observe-r1/bridge";
import { memoryLogger, startWorker } from "./helpers.js";

test("tcp:// needs CURVE keys, binds to loopback, and lets only key holders through", async () => {
  await expect(Controller.bind({ endpoint: "tcp://127.0.0.1:0", logger: memoryLogger() })).rejects.toThrow(/needs CURVE keys/);

  const keys = generateCurveKeys(1);
  const controller = await Controller.bind({ endpoint: "tcp://127.0.0.1:0", curve: keys, logger: memoryLogger() });
  try {
    expect(controller.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    const good = await startWorker({ controller, env: curveWorkerEnv(keys) });
    expect((await good.health()).modelLoaded).toBe(false);
    await good.close();

    // Right server key, but a client key pair the controller never issued: the handshake never completes.
    const stranger = generateCurveKeys(1);
    const env = { ...curveWorkerEnv(stranger), OBSERVE_CURVE_SERVER_KEY: keys.server.publicKey };
    await expect(startWorker({ controller, env, handshakeTimeoutMs: 8000 })).rejects.toThrow(/never connected/);
    // No keys at all: a plain-text peer gets nothing through either.
    await expect(startWorker({ controller, handshakeTimeoutMs: 8000 })).rejects.toThrow(/never connected/);
  } finally {
    controller.close();
  }
});
