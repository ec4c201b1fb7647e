// Run checkpoints: <run>/checkpoints/global_step_N/{actor/, state.json}. Each is
// written aside and renamed into place, so a crash never leaves a half checkpoint;
// latest.json (also replaced atomically) names the newest complete one.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkerClient } from "@observe-r1/bridge";

export interface RunState {
  step: number;
  optimizerStep: number;
  epoch: number;
  sampler: unknown;
  /** Steps online filtering left empty, in a row up to this one (the run stops at MAX_EMPTY_STEPS_IN_A_ROW); absent in older checkpoints. */
  emptyStepsInARow?: number;
  /** Samples dropped at runtime so far (summary.json's total); absent in older checkpoints. */
  droppedAtRuntime?: number;
  configHash: string;
  savedAt: string;
}

export interface Checkpoint {
  dir: string;
  actorDir: string;
  state: RunState;
}

const LATEST = "latest.json";

export class CheckpointManager {
  constructor(
    readonly root: string,
    /** trainer.save_limit: keep this many newest checkpoints; -1 keeps all. */
    private readonly limit: number,
  ) {}

  async save(worker: WorkerClient, state: RunState): Promise<Checkpoint> {
    mkdirSync(this.root, { recursive: true });
    const name = `global_step_${state.step}`;
    const dir = join(this.root, name);
    const tmp = join(this.root, `.${name}.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp);
    await worker.saveCheckpoint(join(tmp, "actor"), { includeOptimizer: true });
    writeFileSync(join(tmp, "state.json"), JSON.stringify(state, null, 2) + "\n");
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    writeAtomic(join(this.root, LATEST), JSON.stringify({ step: state.step, dir: name }) + "\n");
    this.prune();
    return { dir, actorDir: join(dir, "actor"), state };
  }

  /**
   * Removes checkpoint folders (and latest.json) left half-written by a process that died
   * during a save; those of a live process (another run sharing the folder) stay.
   */
  removeStale(): string[] {
    if (!existsSync(this.root)) return [];
    const removed: string[] = [];
    for (const name of readdirSync(this.root)) {
      const m = /^(?:\.global_step_\d+|latest\.json)\.tmp-(\d+)$/.exec(name);
      if (!m || processAlive(Number(m[1]))) continue;
      rmSync(join(this.root, name), { recursive: true, force: true });
      removed.push(name);
    }
    return removed;
  }

  /** The newest complete checkpoint, or undefined for a fresh run. */
  latest(): Checkpoint | undefined {
    const tracker = join(this.root, LATEST);
    if (!existsSync(tracker)) return undefined;
    const { dir } = JSON.parse(readFileSync(tracker, "utf8")) as { dir: string };
    return this.load(join(this.root, dir));
  }

  load(dir: string): Checkpoint {
    const stateFile = join(dir, "state.json");
    if (!existsSync(stateFile)) {
      throw new Error(`${dir} is not a run checkpoint (no state.json); point trainer.load_checkpoint_path at a global_step_N directory`);
    }
    return { dir, actorDir: join(dir, "actor"), state: JSON.parse(readFileSync(stateFile, "utf8")) as RunState };
  }

  private prune(): void {
    if (this.limit < 1) return;
    const steps = readdirSync(this.root)
      .map((name) => /^global_step_(\d+)$/.exec(name))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]))
      .sort((a, b) => b - a);
    for (const step of steps.slice(this.limit)) rmSync(join(this.root, `global_step_${step}`), { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
