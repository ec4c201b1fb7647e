/** The ladder as the paper trains on it: stages in order, the same order every epoch. */
import { CoreInputError } from "../errors.js";
import { batchesPerEpoch, checkSize, checkStateKind, fingerprint, resolveSamplerOptions, type Sampler, type SamplerOptions } from "./types.js";

export interface LadderSamplerState {
  kind: "ladder";
  version: 1;
  fingerprint: string;
  batchSize: number;
  dropLast: boolean;
  epoch: number;
  cursor: number;
}

export class LadderSampler implements Sampler<LadderSamplerState> {
  readonly kind = "ladder";
  readonly batchesPerEpoch: number;
  private readonly opts: SamplerOptions;
  private readonly fp: string;
  private _epoch = 0;
  private cursor = 0;

  /** `order`: dataset indices in ladder order (stage 0 first). */
  constructor(private readonly order: readonly number[], options: Partial<SamplerOptions> = {}) {
    this.opts = resolveSamplerOptions(options);
    checkSize(order.length, this.opts, "ladder sampler");
    this.batchesPerEpoch = batchesPerEpoch(order.length, this.opts);
    this.fp = fingerprint(order);
  }

  get epoch(): number {
    return this._epoch;
  }

  nextBatch(): number[] {
    const n = this.order.length;
    const b = this.opts.batchSize;
    if (this.cursor >= n || (this.opts.dropLast && n - this.cursor < b)) {
      this._epoch++;
      this.cursor = 0;
    }
    const batch = this.order.slice(this.cursor, this.cursor + b);
    this.cursor += batch.length;
    return batch;
  }

  state(): LadderSamplerState {
    const { batchSize, dropLast } = this.opts;
    return { kind: "ladder", version: 1, fingerprint: this.fp, batchSize, dropLast, epoch: this._epoch, cursor: this.cursor };
  }

  static fromState(order: readonly number[], state: LadderSamplerState): LadderSampler {
    checkStateKind(state, "ladder");
    const s = new LadderSampler(order, { batchSize: state.batchSize, dropLast: state.dropLast });
    if (s.fp !== state.fingerprint) {
      throw new CoreInputError(`the ladder differs from the one in the checkpoint (${s.fp} vs ${state.fingerprint}); resume with the ladder file the run started with`);
    }
    s._epoch = state.epoch;
    s.cursor = state.cursor;
    return s;
  }
}
