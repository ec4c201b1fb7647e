// Data-parallel rollouts: one generate batch spread over several workers that share
// a controller (spawned here, or remote workers that connected to it). Chunks go to
// the least-loaded live worker; a worker that dies mid-chunk is reported and its
// chunk is run again on the others. Training calls stay on the trainer's own worker.
import type { GenerateResult, LoadModelOptions, ModelInfo, PromptInput, SamplingOptions } from "./client.js";
import { Controller } from "./controller.js";
import { WorkerExitedError, WorkerTimeoutError } from "./errors.js";
import { consoleLogger, type Logger } from "./logger.js";
import { type SpawnedWorker, spawnWorker, type SpawnWorkerOptions } from "./spawn.js";

/** What the pool needs of a worker; a WorkerClient or SpawnedWorker is one. */
export interface PoolWorker {
  readonly workerId: string;
  readonly connection: { readonly pendingCount: number };
  generate(prompts: PromptInput[], sampling?: SamplingOptions): Promise<GenerateResult>;
  loadModel(opts: LoadModelOptions): Promise<ModelInfo>;
  /** Called by WorkerPool.close() where present (SpawnedWorker). */
  close?(): Promise<void>;
}

export interface WorkerPoolOptions {
  logger?: Logger;
  /**
   * Prompts per chunk. Default: the batch split evenly over the workers alive at the
   * call (one chunk each). A fixed size makes the samples independent of how many
   * workers are alive, not only of which worker ran which chunk.
   */
  chunkSize?: number;
  /** Called once per lost worker, after the warning is logged. */
  onWorkerLost?: (workerId: string, error: Error) => void;
}

export interface PoolWorkerStats {
  workerId: string;
  alive: boolean;
  /** generate chunks sent to this worker (retried ones included). */
  requests: number;
  /** Chunks it answered, and the prompts in them. */
  completed: number;
  prompts: number;
  /** Why it was dropped from the pool. */
  failure?: Error;
}

/** Every worker of the pool is gone; `failures` says how each one was lost. */
export class WorkerPoolExhaustedError extends Error {
  constructor(readonly method: string, readonly failures: Array<{ workerId: string; error: Error }>) {
    const lines = failures.map(({ workerId, error }) => `  worker "${workerId}": ${error.message.replace(/\n/g, "\n    ")}`);
    super(`${method}: no live worker left in the pool of ${failures.length}:\n${lines.join("\n")}`);
    this.name = "WorkerPoolExhaustedError";
  }
}

/**
 * Seed of the chunk that starts at prompt `firstPromptIndex`: a function of the request's
 * seed and that index only, so a chunk gives the same samples on whichever worker runs it
 * (and on a retry). The chunk at index 0 keeps the request's seed: a one-chunk batch is
 * exactly what a single worker would return.
 */
export function chunkSeed(seed: number, firstPromptIndex: number): number {
  if (firstPromptIndex === 0) return seed >>> 0;
  let h = (seed ^ Math.imul(firstPromptIndex, 0x9e3779b1)) >>> 0; // then murmur3's finalizer (a bijection on uint32)
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Errors that mean the worker is gone (not that the request was bad). */
export function isWorkerLost(err: unknown): boolean {
  if (err instanceof WorkerExitedError || err instanceof WorkerTimeoutError) return true;
  // Plain errors from the controller: a send to a disconnected peer, a closed worker or controller.
  return err instanceof Error && /could not send to worker|the worker was closed|the controller was closed/.test(err.message);
}

interface Member<W> {
  worker: W;
  alive: boolean;
  requests: number;
  completed: number;
  prompts: number;
  failure?: Error;
}

interface Chunk {
  start: number;
  prompts: PromptInput[];
}

export class WorkerPool<W extends PoolWorker = PoolWorker> {
  private readonly members: Array<Member<W>> = [];
  private readonly logger: Logger;
  private cursor = 0; // round-robin tie break among equally loaded workers
  private closing?: Promise<void>;

  constructor(
    workers: Iterable<W>,
    private readonly options: WorkerPoolOptions & { ownedController?: Controller } = {},
  ) {
    this.logger = options.logger ?? consoleLogger;
    if (options.chunkSize !== undefined && !(Number.isInteger(options.chunkSize) && options.chunkSize >= 1)) {
      throw new Error(`WorkerPool: chunkSize must be a positive integer, got ${options.chunkSize}`);
    }
    for (const w of workers) this.add(w);
  }

  /** Spawns `count` workers on one new controller; close() stops them and the controller. */
  static async spawn(count: number, options: Omit<SpawnWorkerOptions, "controller"> & WorkerPoolOptions = {}): Promise<WorkerPool<SpawnedWorker>> {
    if (!(Number.isInteger(count) && count >= 1)) throw new Error(`WorkerPool.spawn: count must be a positive integer, got ${count}`);
    const controller = await Controller.bind({ logger: options.logger, ...options.controllerOptions });
    const spawned = await Promise.allSettled(Array.from({ length: count }, (_, i) =>
      spawnWorker({ ...options, controller, workerId: options.workerId && `${options.workerId}-${i}` })));
    const workers = spawned.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    const failed = spawned.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failed) {
      await Promise.all(workers.map((w) => w.close()));
      controller.close();
      throw failed.reason;
    }
    return new WorkerPool(workers, { ...options, ownedController: controller });
  }

  /** Adds a worker (one that connected later, say); load its model before it gets chunks. */
  add(worker: W): void {
    if (this.members.some((m) => m.worker.workerId === worker.workerId)) {
      throw new Error(`WorkerPool: worker "${worker.workerId}" is already in the pool`);
    }
    this.members.push({ worker, alive: true, requests: 0, completed: 0, prompts: 0 });
  }

  get workers(): W[] {
    return this.members.map((m) => m.worker);
  }

  get liveWorkers(): W[] {
    return this.members.filter((m) => m.alive).map((m) => m.worker);
  }

  stats(): PoolWorkerStats[] {
    return this.members.map(({ worker, alive, requests, completed, prompts, failure }) =>
      ({ workerId: worker.workerId, alive, requests, completed, prompts, ...(failure && { failure }) }));
  }

  /** Loads the same model on every live worker; a worker lost meanwhile is dropped. */
  async loadModel(opts: LoadModelOptions): Promise<ModelInfo> {
    const live = this.members.filter((m) => m.alive);
    if (!live.length) throw this.exhausted("loadModel");
    const settled = await Promise.allSettled(live.map((m) => m.worker.loadModel(opts)));
    const infos: Array<[string, ModelInfo]> = [];
    let firstError: unknown;
    settled.forEach((s, i) => {
      const member = live[i]!;
      if (s.status === "fulfilled") infos.push([member.worker.workerId, s.value]);
      else if (isWorkerLost(s.reason)) this.markLost(member, s.reason as Error, "loadModel");
      else firstError ??= s.reason;
    });
    if (firstError !== undefined) throw firstError;
    if (!infos.length) throw this.exhausted("loadModel");
    const [firstId, first] = infos[0]!;
    for (const [id, info] of infos.slice(1)) {
      for (const key of ["modelType", "vocabSize", "eosTokenId", "padTokenId"] as const) {
        if (info[key] !== first[key]) {
          throw new Error(`loadModel: workers disagree on ${key} (worker "${firstId}": ${first[key]}, worker "${id}": ${info[key]}); ` +
            "every rollout worker must load the same model");
        }
      }
    }
    return first;
  }

  /**
   * Same contract as WorkerClient.generate: prompt-major, n completions per prompt,
   * prompt indices into `prompts`. The batch is cut into chunks run concurrently, one at a
   * time per worker, least-loaded worker first; a lost worker's chunk is retried elsewhere.
   */
  async generate(prompts: PromptInput[], sampling: SamplingOptions = {}): Promise<GenerateResult> {
    if (prompts.length === 0) return { completions: [], promptNumTokens: [], failedPrompts: [] };
    const liveCount = this.members.filter((m) => m.alive).length;
    if (!liveCount) throw this.exhausted("generate");
    const size = this.options.chunkSize ?? Math.ceil(prompts.length / liveCount);
    const chunks: Chunk[] = [];
    for (let start = 0; start < prompts.length; start += size) chunks.push({ start, prompts: prompts.slice(start, start + size) });
    const results = await this.runChunks(chunks, sampling);

    const n = sampling.n ?? 1;
    const out: GenerateResult = { completions: [], promptNumTokens: [], failedPrompts: [] };
    chunks.forEach((chunk, i) => {
      const r = results[i]!;
      if (r.completions.length !== chunk.prompts.length * n || r.promptNumTokens.length !== chunk.prompts.length) {
        throw new Error(`generate: a worker answered ${r.completions.length} completions for ${chunk.prompts.length} prompts ` +
          `(${chunk.start}..${chunk.start + chunk.prompts.length - 1}) with n=${n}`);
      }
      for (const c of r.completions) out.completions.push({ ...c, promptIndex: c.promptIndex + chunk.start });
      out.promptNumTokens.push(...r.promptNumTokens);
    });
    return out;
  }

  /** Closes the workers that can be closed (spawned ones) and a controller made by spawn(). */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all(this.members.map((m) => m.worker.close?.()));
      this.options.ownedController?.close();
    })();
    return this.closing;
  }

  private runChunks(chunks: Chunk[], sampling: SamplingOptions): Promise<GenerateResult[]> {
    const results: GenerateResult[] = new Array(chunks.length);
    const queue = chunks.map((_, i) => i);
    const busy = new Set<Member<W>>(); // this call's workers with a chunk in flight
    let remaining = chunks.length;
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (err?: unknown) => {
        if (done) return;
        done = true;
        if (err === undefined) resolve(results);
        else reject(err);
      };
      const pump = () => {
        if (done) return;
        while (queue.length) {
          const member = this.pick(busy);
          if (!member) break;
          dispatch(member, queue.shift()!);
        }
        if (queue.length && busy.size === 0) finish(this.exhausted("generate"));
      };
      const dispatch = (member: Member<W>, index: number) => {
        const chunk = chunks[index]!;
        busy.add(member);
        member.requests += 1;
        let reply: Promise<GenerateResult>;
        try {
          // Sent now (not on a later tick): the connection's pendingCount rises at once.
          reply = member.worker.generate(chunk.prompts, { ...sampling, seed: chunkSeed(sampling.seed ?? 0, chunk.start) });
        } catch (err) {
          reply = Promise.reject(err);
        }
        reply.then(
          (result) => {
            busy.delete(member);
            member.completed += 1;
            member.prompts += chunk.prompts.length;
            results[index] = result;
            if (--remaining === 0) finish();
            else pump();
          },
          (err: unknown) => {
            busy.delete(member);
            if (!isWorkerLost(err)) return finish(err); // a bad request fails on any worker: no retry
            this.markLost(member, err as Error, `generate (prompts ${chunk.start}..${chunk.start + chunk.prompts.length - 1})`);
            queue.unshift(index);
            pump();
          },
        );
      };
      pump();
    });
  }

  /** The live worker, not busy with this call, with the fewest pending requests; ties go round-robin. */
  private pick(busy: Set<Member<W>>): Member<W> | undefined {
    let best: Member<W> | undefined;
    let bestLoad = Infinity;
    const count = this.members.length;
    for (let k = 0; k < count; k++) {
      const member = this.members[(this.cursor + k) % count]!;
      if (!member.alive || busy.has(member)) continue;
      const load = member.worker.connection.pendingCount;
      if (load < bestLoad) [best, bestLoad] = [member, load];
    }
    if (best) this.cursor = (this.members.indexOf(best) + 1) % count;
    return best;
  }

  private markLost(member: Member<W>, error: Error, during: string): void {
    if (!member.alive) return;
    member.alive = false;
    member.failure = error;
    const live = this.members.filter((m) => m.alive).map((m) => `"${m.worker.workerId}"`);
    const next = live.length ? `retrying on ${live.length} live worker(s): ${live.join(", ")}` : "no live worker left";
    this.logger.warn(`worker pool: lost worker "${member.worker.workerId}" during ${during}: ${error.message}\n(${next})`);
    this.options.onWorkerLost?.(member.worker.workerId, error);
  }

  private exhausted(method: string): WorkerPoolExhaustedError {
    return new WorkerPoolExhaustedError(method, this.members.map((m) => ({
      workerId: m.worker.workerId,
      error: m.failure ?? new Error("no failure recorded"),
    })));
  }
}
