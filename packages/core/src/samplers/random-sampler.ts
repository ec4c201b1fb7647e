/** The shuffled baseline: a fresh seeded permutation of the dataset every epoch. */
import { Rng } from "../rng.js";
import { CoreInputError } from "../errors.js";
import { batchesPerEpoch, checkSize, checkStateKind, resolveSamplerOptions, type Sampler, type SamplerOptions } from "./types.js";

export interface RandomSamplerState {
  kind: "random";
  version: 1;
  size: number;
  seed: number;
  batchSize: number;
  dropLast: boolean;
  epoch: number;
  cursor: number;
}

export class RandomSampler implements Sampler<RandomSamplerState> {
  readonly kind = "random";
  readonly batchesPerEpoch: number;
  private readonly opts: SamplerOptions;
  private _epoch = 0;
  private cursor = 0;
  private perm: number[];

  constructor(private readonly size: number, private readonly seed: number, options: Partial<SamplerOptions> = {}) {
    this.opts = resolveSamplerOptions(options);
    checkSize(size, this.opts, "random sampler");
    this.batchesPerEpoch = batchesPerEpoch(size, this.opts);
    this.perm = this.permutation(0);
  }

  get epoch(): number {
    return this._epoch;
  }

  // Derived from (seed, epoch) alone, so the state needs no permutation.
  private permutation(epoch: number): number[] {
    return Rng.fromSeed(`${this.seed}:${epoch}`).shuffle(Array.from({ length: this.size }, (_, i) => i));
  }

  nextBatch(): number[] {
    const b = this.opts.batchSize;
    if (this.cursor >= this.size || (this.opts.dropLast && this.size - this.cursor < b)) {
      this._epoch++;
      this.cursor = 0;
      this.perm = this.permutation(this._epoch);
    }
    const batch = this.perm.slice(this.cursor, this.cursor + b);
    this.cursor += batch.length;
    return batch;
  }

  state(): RandomSamplerState {
    const { batchSize, dropLast } = this.opts;
    return { kind: "random", version: 1, size: this.size, seed: this.seed, batchSize, dropLast, epoch: this._epoch, cursor: this.cursor };
  }

  static fromState(size: number, state: RandomSamplerState): RandomSampler {
    checkStateKind(state, "random");
    if (state.size !== size) throw new CoreInputError(`the dataset has ${size} samples but the checkpoint's sampler had ${state.size}; resume with the same data`);
    const s = new RandomSampler(size, state.seed, { batchSize: state.batchSize, dropLast: state.dropLast });
    s._epoch = state.epoch;
    s.cursor = state.cursor;
    s.perm = s.permutation(state.epoch);
    return s;
  }
}
