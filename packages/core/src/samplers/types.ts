/**
 * Samplers yield the prompt batches of training as dataset indices. Each has a
 * JSON-serialisable state; restoring it continues with exactly the batches the
 * original would have produced.
 */
import { checkBoolean, checkNumber, CoreInputError } from "../errors.js";

export interface SamplerOptions {
  /** Prompts per rollout batch (data.rollout_batch_size). */
  batchSize: number;
  /** Skip an epoch's final partial batch, as EasyR1's train dataloader does. */
  dropLast: boolean;
}

export const DEFAULT_SAMPLER_OPTIONS: Readonly<SamplerOptions> = Object.freeze({ batchSize: 128, dropLast: true });

export function resolveSamplerOptions(partial: Partial<SamplerOptions> = {}, key = "data"): SamplerOptions {
  return {
    batchSize: checkNumber(partial.batchSize ?? DEFAULT_SAMPLER_OPTIONS.batchSize, `${key}.rollout_batch_size`, { min: 1, integer: true }),
    dropLast: checkBoolean(partial.dropLast ?? DEFAULT_SAMPLER_OPTIONS.dropLast, `${key}.drop_last`),
  };
}

export interface Sampler<State extends { kind: string }> {
  readonly kind: State["kind"];
  /** Indices of the next batch; a new epoch starts when the current one is used up. */
  nextBatch(): number[];
  /** Completed epochs. */
  readonly epoch: number;
  readonly batchesPerEpoch: number;
  state(): State;
}

export function batchesPerEpoch(size: number, opts: SamplerOptions): number {
  return opts.dropLast ? Math.floor(size / opts.batchSize) : Math.ceil(size / opts.batchSize);
}

export function checkSize(size: number, opts: SamplerOptions, what: string): void {
  if (size === 0) throw new CoreInputError(`${what}: the dataset is empty`);
  if (opts.dropLast && size < opts.batchSize) {
    throw new CoreInputError(
      `${what}: ${size} samples cannot fill one batch of ${opts.batchSize}; lower data.rollout_batch_size or set drop_last false`,
    );
  }
}

/** FNV-1a over a list of numbers: detects a changed dataset or ladder on restore. */
export function fingerprint(values: ArrayLike<number>): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < values.length; i++) {
    const v = Math.round(values[i]! * 1e6);
    for (let b = 0; b < 4; b++) {
      h ^= (v >>> (8 * b)) & 0xff;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return `${values.length}:${h.toString(16)}`;
}

export function checkStateKind(state: { kind?: unknown; version?: unknown }, kind: string): void {
  if (!state || state.kind !== kind) throw new CoreInputError(`expected a "${kind}" sampler state, got ${JSON.stringify(state?.kind)}`);
  if (state.version !== 1) throw new CoreInputError(`unsupported ${kind} sampler state version ${JSON.stringify(state.version)}`);
}
