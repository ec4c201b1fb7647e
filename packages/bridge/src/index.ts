// @observe-r1/bridge: talk to the Python worker over ZeroMQ + protobuf.
export * from "./client.js";
export { Controller, type ControllerOptions, WorkerConnection, type WorkerHello } from "./controller.js";
export { curveWorkerEnv, type CurveKeys, type CurveKeyPair, generateCurveKeys, writeCurveKeys } from "./endpoint.js";
export * from "./errors.js";
export { DEFAULT_MASTER_PORT, type DistributedOptions, shellQuote, type WorkerCommand, workerCommand, type WorkerCommandOptions } from "./launch.js";
export { consoleLogger, type Logger, silentLogger } from "./logger.js";
export { PROJECT_ROOT, PROJECT_VENV_PYTHON, pythonEnv, resolvePython, runPythonModule } from "./python.js";
export { basePython, type SetupOptions, type SetupResult, setupWorkerEnv, shippedWorker, TORCH_PINS, USER_VENV, venvPython, type WorkerSource } from "./python-setup.js";
export { SpawnedWorker, spawnWorker, type SpawnWorkerOptions } from "./spawn.js";
export { PROTOCOL_VERSION } from "./wire.js";
export { chunkSeed, isWorkerLost, type PoolWorker, type PoolWorkerStats, WorkerPool, WorkerPoolExhaustedError, type WorkerPoolOptions } from "./worker-pool.js";
