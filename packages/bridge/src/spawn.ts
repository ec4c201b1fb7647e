// Worker supervision: start `python -m observe_worker`, stream its log, notice
// its death at once, and shut it down so that Node exits with no orphan Python.
import { randomBytes } from "node:crypto";
import { execa, type ResultPromise } from "execa";
import { DEFAULT_TIMEOUTS, type Timeouts, WorkerClient } from "./client.js";
import { Controller, type ControllerOptions } from "./controller.js";
import { WorkerExitedError, WorkerTimeoutError } from "./errors.js";
import { type DistributedOptions, workerCommand } from "./launch.js";
import { consoleLogger, type Logger, logWorkerLine } from "./logger.js";
import { pythonEnv, resolvePython } from "./python.js";

export interface SpawnWorkerOptions {
  /** Python executable; default OBSERVE_PYTHON, then the project's .venv. */
  python?: string;
  /** Share one controller between several workers; default: a private one owned by this worker. */
  controller?: Controller;
  controllerOptions?: ControllerOptions;
  logger?: Logger;
  env?: Record<string, string>;
  workerId?: string;
  /** Python startup (importing torch) is slow on a cold disk. */
  handshakeTimeoutMs?: number;
  timeouts?: Partial<Timeouts>;
  /** Extra worker CLI arguments. */
  args?: string[];
  /**
   * Several processes (torchrun): one per GPU, or gloo processes on a CPU machine. Rank 0 talks to the
   * controller and drives the others; with several nodes the commands for the other nodes are logged.
   */
  distributed?: DistributedOptions;
}

const STDERR_TAIL_LINES = 20;

export class SpawnedWorker extends WorkerClient {
  private closing?: Promise<void>;

  constructor(
    client: WorkerClient,
    readonly process: ResultPromise,
    private readonly controller: Controller,
    private readonly ownsController: boolean,
    private readonly exited: Promise<void>,
  ) {
    super(client.connection, client.timeouts);
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Asks the worker to stop, then escalates to SIGTERM and SIGKILL; always resolves. */
  close(graceMs = 5000): Promise<void> {
    this.closing ??= (async () => {
      if (this.process.exitCode === null && this.process.signalCode === null) {
        await this.connection.request("shutdown", {}, [], graceMs).catch(() => undefined);
        if (!(await settlesWithin(this.exited, graceMs))) {
          this.process.kill("SIGTERM");
          if (!(await settlesWithin(this.exited, 3000))) this.process.kill("SIGKILL");
        }
        await this.exited;
      }
      this.connection.fail((m) => new Error(`${m}: the worker was closed`));
      if (this.ownsController) this.controller.close();
    })();
    return this.closing;
  }
}

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

export async function spawnWorker(options: SpawnWorkerOptions = {}): Promise<SpawnedWorker> {
  const logger = options.logger ?? consoleLogger;
  const python = resolvePython(options.python);
  const ownsController = !options.controller;
  const controller = options.controller ?? (await Controller.bind({ logger, ...options.controllerOptions }));
  const workerId = options.workerId ?? `worker-${randomBytes(4).toString("hex")}`;

  let command;
  try {
    command = workerCommand({ python, endpoint: controller.endpoint, workerId, distributed: options.distributed, args: options.args });
  } catch (err) {
    if (ownsController) controller.close();
    throw err;
  }
  if (command.otherNodes.length) {
    logger.warn(`worker "${workerId}" spans ${options.distributed!.nnodes} nodes (${command.worldSize} processes) and waits for the others; ` +
      "start it on every other node, from the same checkout and Python environment:\n" + command.otherNodes.map((c) => `  ${c}`).join("\n"));
  }

  const child = execa(
    command.file,
    command.args,
    {
      env: pythonEnv(options.env), // the checkout's worker, even when the env only has its dependencies
      stdin: "pipe", // its closing tells the worker we are gone
      stdout: "pipe",
      stderr: "pipe",
      reject: false,
      // Its own process group: a terminal Ctrl-C (SIGINT to the foreground group) reaches only the
      // controller, which finishes the step and saves; the worker must not die mid-step. It still
      // never outlives us: it exits when its stdin closes, which happens however Node ends.
      detached: true,
      buffer: false,
    },
  );

  const tail: string[] = [];
  const onLine = (line: string) => {
    if (!line) return;
    tail.push(line);
    if (tail.length > STDERR_TAIL_LINES) tail.shift();
    logWorkerLine(logger, workerId, line);
  };
  lines(child.stderr!, onLine);
  lines(child.stdout!, onLine);

  // On exit, every pending and later call rejects, naming the method, exit status and stderr tail.
  const exited = child.then((result) => {
    // torchrun's ranks share this stdin; ending it makes any rank left behind (torchrun killed) exit too.
    child.stdin?.destroy();
    controller.abandonWorker(workerId, (method) =>
      new WorkerExitedError(method, result.exitCode, result.signal ?? undefined, [...tail]));
  });

  // Across nodes, rank 0 may wait for the other nodes to be started by hand before it connects.
  const handshakeMs = options.handshakeTimeoutMs ?? (command.otherNodes.length ? 30 * 60_000 : 120_000);
  const timer = setTimeout(() => controller.abandonWorker(workerId, (method) => new WorkerTimeoutError(method, handshakeMs,
    `worker "${workerId}" (${python}) never connected to ${controller.endpoint}` +
    (command.otherNodes.length ? "; were the other nodes started with the commands logged above?" : ""))), handshakeMs);
  let connection;
  try {
    connection = await controller.waitForWorker(workerId);
  } catch (err) {
    // torchrun passes SIGTERM on to its ranks; SIGKILL would leave them behind.
    child.kill(command.worldSize > 1 ? "SIGTERM" : "SIGKILL");
    if (!(await settlesWithin(exited, 5000))) child.kill("SIGKILL");
    await exited;
    if (ownsController) controller.close();
    throw err;
  } finally {
    clearTimeout(timer);
  }
  const client = new WorkerClient(connection, { ...DEFAULT_TIMEOUTS, ...options.timeouts });
  return new SpawnedWorker(client, child, controller, ownsController, exited);
}

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    const parts = (rest + chunk).split(/\r?\n/);
    rest = parts.pop() ?? "";
    parts.forEach(onLine);
  });
  stream.on("end", () => onLine(rest));
}
