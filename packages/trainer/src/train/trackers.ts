// Experiment trackers of trainer.logger (tensorboard, wandb, mlflow, swanlab, trackio), each through its
// own Python library in one logging process (python/observe_worker/trackers.py, which documents the
// messages). console (the progress line) and file (metrics.jsonl) stay in the trainer itself.
import { execa, type ResultPromise } from "execa";
import { pythonEnv, resolvePython } from "@observe-r1/bridge";
import type { ObserveConfig } from "../config/index.js";
import type { Metrics } from "./metrics.js";

export const PYTHON_TRACKERS = ["tensorboard", "wandb", "mlflow", "swanlab", "trackio"] as const;
export type PythonTracker = (typeof PYTHON_TRACKERS)[number];

type Message = { imported?: string[]; ready?: Record<string, string>; closed?: boolean; error?: string };

/** The trackers of trainer.logger that need the logging process. */
export function pythonTrackers(config: ObserveConfig): PythonTracker[] {
  return PYTHON_TRACKERS.filter((t) => (config.trainer.logger as readonly string[]).includes(t));
}

export class Trackers {
  private readonly waiting: Array<(m: Message) => void> = [];
  private failure?: string;
  private warned = false;

  private constructor(private readonly child: ResultPromise, private readonly print: (line: string) => void) {
    child.stdin!.on("error", () => {}); // a write after the process ended; its exit is reported below
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      let nl;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.trim()) this.receive(JSON.parse(line) as Message);
      }
    });
    let errBuffered = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      errBuffered += chunk.toString("utf8");
      const lines = errBuffered.split("\n");
      errBuffered = lines.pop()!;
      for (const l of lines) if (l.trim()) print(`[trackers] ${l}`);
    });
    void child.then((result) => {
      this.failure ??= `the tracker process exited (${result.signal ?? `exit ${result.exitCode}`})`;
      for (const resolve of this.waiting.splice(0)) resolve({ error: this.failure });
    });
  }

  /**
   * Starts the logging process and imports the trackers' libraries: a missing one is an error that
   * names the pip command installing it, before any work is done.
   */
  static async start(backends: PythonTracker[], options: { python?: string; print: (line: string) => void }): Promise<Trackers> {
    const child = execa(resolvePython(options.python), ["-m", "observe_worker.trackers", ...backends], {
      env: pythonEnv(), stdin: "pipe", stdout: "pipe", stderr: "pipe", reject: false, buffer: false,
      // Its own process group: a terminal Ctrl-C reaches only the trainer, which saves and then closes the
      // trackers. It never outlives us: the end of its stdin finishes every tracker and ends it.
      detached: true,
    });
    const trackers = new Trackers(child, options.print);
    const reply = await trackers.next();
    if (!reply.imported) {
      await trackers.close(1);
      throw new Error(reply.error ?? "trainer.logger: the tracker process did not start");
    }
    return trackers;
  }

  /**
   * Opens each tracker's run with the resolved config; returns where each one logs. `resumeStep` (the checkpoint a
   * resumed run starts from) continues the runs the stopped one logged to (their ids are in RUN_DIR/trackers.json).
   */
  async init(run: { project: string; experiment: string; runDir: string; config: ObserveConfig; resumeStep?: number }): Promise<Record<string, string>> {
    this.send({
      init: { project: run.project, experiment: run.experiment, run_dir: run.runDir, config: run.config, resume_step: run.resumeStep ?? null },
    });
    const reply = await this.next();
    if (!reply.ready) throw new Error(`trainer.logger: a tracker failed to start: ${reply.error}`);
    return reply.ready;
  }

  /** One step's metrics (metrics.jsonl's names). A tracker failing mid-run is said once; training goes on. */
  log(step: number, metrics: Metrics): void {
    if (this.failure) {
      if (!this.warned) this.print(`warning: trainer.logger: the trackers stopped (${this.failure}); metrics.jsonl still gets every step`);
      this.warned = true;
      return;
    }
    this.send({ log: { step, metrics } });
  }

  /** Finishes every tracker's run (exit code 0: finished, else failed) and waits for the process to end. */
  async close(exitCode: 0 | 1): Promise<void> {
    if (this.child.exitCode === null && this.child.stdin?.writable) {
      this.child.stdin.end(JSON.stringify({ close: { exit_code: exitCode } }) + "\n");
    }
    const timer = setTimeout(() => {
      this.print("warning: trainer.logger: the trackers did not finish within 120 s; stopping them");
      this.child.kill("SIGKILL");
    }, 120_000);
    await this.child;
    clearTimeout(timer);
  }

  private receive(message: Message): void {
    if (message.error) this.failure = message.error;
    const resolve = this.waiting.shift();
    if (resolve) resolve(message);
    else if (message.error) this.print(`warning: trainer.logger: ${message.error}`);
  }

  private next(): Promise<Message> {
    if (this.failure && this.child.exitCode !== null) return Promise.resolve({ error: this.failure });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private send(message: object): void {
    if (!this.failure) this.child.stdin!.write(JSON.stringify(message) + "\n");
  }
}
