/**
 * Online curriculum (beyond the paper). Every training step measures a prompt's
 * group accuracy p: a fresh difficulty estimate for free. This sampler keeps a
 * Beta-style estimate per sample (the ladder's difficulty as a prior worth
 * `priorStrength` rollouts), and pools what it learns by prior level so unseen
 * samples of a level that turned out easier or harder move too. What comes next
 * is re-ranked by: the sample's stage difficulty + (estimate - prior). With no
 * observations that is exactly the ladder order.
 */
import { checkNumber, CoreInputError } from "../errors.js";
import { batchesPerEpoch, checkSize, checkStateKind, fingerprint, resolveSamplerOptions, type Sampler, type SamplerOptions } from "./types.js";

export interface OnlineItem {
  /** Dataset index. */
  index: number;
  /** Prior difficulty in [0, 1] (the ladder's). */
  difficulty: number;
  stage: number;
}

export interface OnlineSamplerOptions extends SamplerOptions {
  /** How many rollouts the prior difficulty is worth (N of the ladder estimation). */
  priorStrength: number;
}

export interface OnlineSamplerState {
  kind: "online";
  version: 1;
  fingerprint: string;
  batchSize: number;
  dropLast: boolean;
  priorStrength: number;
  epoch: number;
  /** Positions (in ladder order) already served this epoch, in serving order. */
  used: number[];
  /** Per position: observed responses and incorrect ones. */
  trials: number[];
  failures: number[];
  /** Pooled evidence per prior level, stored as is so a restore is bit-exact. */
  poolExcess: number[];
  poolTrials: number[];
}

export class OnlineSampler implements Sampler<OnlineSamplerState> {
  readonly kind = "online";
  readonly batchesPerEpoch: number;
  private readonly opts: OnlineSamplerOptions;
  private readonly fp: string;
  private readonly positionOf = new Map<number, number>();
  private readonly prior: Float64Array;
  private readonly stageBase: Float64Array;
  private readonly pool: Int32Array;
  private readonly trials: Float64Array;
  private readonly failures: Float64Array;
  // Pooled evidence per prior level: sum(failures - prior * trials) and sum(trials).
  private readonly poolExcess: Float64Array;
  private readonly poolTrials: Float64Array;
  private usedFlags: Uint8Array;
  private used: number[] = [];
  private _epoch = 0;

  /** `items` in ladder order. */
  constructor(private readonly items: readonly OnlineItem[], options: Partial<OnlineSamplerOptions> = {}) {
    this.opts = {
      ...resolveSamplerOptions(options),
      priorStrength: checkNumber(options.priorStrength ?? 8, "data.curriculum.online.priorStrength", { min: 0, exclusiveMin: true }),
    };
    const n = items.length;
    checkSize(n, this.opts, "online sampler");
    this.batchesPerEpoch = batchesPerEpoch(n, this.opts);
    this.prior = new Float64Array(n);
    this.stageBase = new Float64Array(n);
    this.pool = new Int32Array(n);
    this.trials = new Float64Array(n);
    this.failures = new Float64Array(n);
    this.usedFlags = new Uint8Array(n);
    const pools = new Map<number, number>();
    const stageSum = new Map<number, [number, number]>();
    items.forEach((it, pos) => {
      if (this.positionOf.has(it.index)) throw new CoreInputError(`online sampler: dataset index ${it.index} appears twice`);
      if (!(it.difficulty >= 0 && it.difficulty <= 1)) throw new CoreInputError(`online sampler: difficulty of index ${it.index} is ${it.difficulty}, expected [0, 1]`);
      this.positionOf.set(it.index, pos);
      this.prior[pos] = it.difficulty;
      const key = Math.round(it.difficulty * 1e6);
      if (!pools.has(key)) pools.set(key, pools.size);
      this.pool[pos] = pools.get(key)!;
      const s = stageSum.get(it.stage) ?? [0, 0];
      s[0] += it.difficulty;
      s[1]++;
      stageSum.set(it.stage, s);
    });
    items.forEach((it, pos) => {
      const [sum, count] = stageSum.get(it.stage)!;
      this.stageBase[pos] = sum / count;
    });
    this.poolExcess = new Float64Array(pools.size);
    this.poolTrials = new Float64Array(pools.size);
    this.fp = fingerprint(items.flatMap((it) => [it.index, it.difficulty, it.stage]));
  }

  get epoch(): number {
    return this._epoch;
  }

  /** Records a training group for dataset `index`: `correct` of `total` responses were right. */
  observe(index: number, correct: number, total: number): void {
    const pos = this.positionOf.get(index);
    if (pos === undefined) throw new CoreInputError(`online sampler: unknown dataset index ${index}`);
    if (!(total > 0 && correct >= 0 && correct <= total)) throw new CoreInputError(`online sampler: bad observation ${correct}/${total} for index ${index}`);
    const fails = total - correct;
    this.trials[pos]! += total;
    this.failures[pos]! += fails;
    const p = this.pool[pos]!;
    this.poolExcess[p]! += fails - this.prior[pos]! * total;
    this.poolTrials[p]! += total;
  }

  /** Current difficulty estimate of dataset `index`. */
  estimate(index: number): number {
    const pos = this.positionOf.get(index);
    if (pos === undefined) throw new CoreInputError(`online sampler: unknown dataset index ${index}`);
    return this.estimateAt(pos);
  }

  private estimateAt(pos: number): number {
    const k0 = this.opts.priorStrength;
    const prior = this.prior[pos]!;
    if (this.trials[pos]! > 0) return (prior * k0 + this.failures[pos]!) / (k0 + this.trials[pos]!);
    const p = this.pool[pos]!;
    const shift = this.poolExcess[p]! / (this.poolTrials[p]! + k0); // shrunk towards no shift
    return Math.min(1, Math.max(0, prior + shift));
  }

  nextBatch(): number[] {
    const n = this.items.length;
    const b = this.opts.batchSize;
    const left = n - this.used.length;
    if (left === 0 || (this.opts.dropLast && left < b)) {
      this._epoch++;
      this.used = [];
      this.usedFlags.fill(0);
    }
    const candidates: { pos: number; key: number }[] = [];
    for (let pos = 0; pos < n; pos++) {
      if (!this.usedFlags[pos]) candidates.push({ pos, key: this.stageBase[pos]! + this.estimateAt(pos) - this.prior[pos]! });
    }
    candidates.sort((x, y) => x.key - y.key || x.pos - y.pos);
    const batch: number[] = [];
    for (const c of candidates.slice(0, b)) {
      this.usedFlags[c.pos] = 1;
      this.used.push(c.pos);
      batch.push(this.items[c.pos]!.index);
    }
    return batch;
  }

  state(): OnlineSamplerState {
    const { batchSize, dropLast, priorStrength } = this.opts;
    return {
      kind: "online", version: 1, fingerprint: this.fp, batchSize, dropLast, priorStrength,
      epoch: this._epoch, used: [...this.used], trials: Array.from(this.trials), failures: Array.from(this.failures),
      poolExcess: Array.from(this.poolExcess), poolTrials: Array.from(this.poolTrials),
    };
  }

  static fromState(items: readonly OnlineItem[], state: OnlineSamplerState): OnlineSampler {
    checkStateKind(state, "online");
    const s = new OnlineSampler(items, { batchSize: state.batchSize, dropLast: state.dropLast, priorStrength: state.priorStrength });
    if (s.fp !== state.fingerprint) {
      throw new CoreInputError(`the ladder differs from the one in the checkpoint (${s.fp} vs ${state.fingerprint}); resume with the ladder file the run started with`);
    }
    if (state.trials.length !== items.length || state.failures.length !== items.length) {
      throw new CoreInputError("online sampler state does not match the number of samples");
    }
    if (state.poolExcess.length !== s.poolExcess.length || state.poolTrials.length !== s.poolTrials.length) {
      throw new CoreInputError("online sampler state does not match the ladder's difficulty levels");
    }
    s._epoch = state.epoch;
    s.trials.set(state.trials);
    s.failures.set(state.failures);
    s.poolExcess.set(state.poolExcess);
    s.poolTrials.set(state.poolTrials);
    for (const pos of state.used) {
      s.usedFlags[pos] = 1;
      s.used.push(pos);
    }
    return s;
  }
}
