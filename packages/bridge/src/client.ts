// Typed calls to one worker: load a model, generate, score, train, checkpoint.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { WorkerConnection, WorkerHello } from "./controller.js";
import { type NamedPayloads, pb, readArray, toNumber } from "./wire.js";

export interface ImageInput {
  /** Encoded image bytes (PNG, JPEG, ...). */
  data: Uint8Array;
  /** Where it came from, for error messages (a file path, "train.jsonl row 12"). */
  source: string;
}

/** A video: a video file's bytes (`data`: MP4, WebM, ...) or its frames as encoded images; the worker decodes either. */
export interface VideoInput {
  data?: Uint8Array;
  /** Without `data`: the frames, in order. */
  frames?: ImageInput[];
  /** Where it came from, for error messages. */
  source: string;
  /** data.video_fps: a file is sampled at this many frames per second; a list of frames was taken at it. */
  fps: number;
}

/**
 * One chat prompt. Each `<image>` (`<video>`) in `text` marks where the next image (video)
 * goes (EasyR1's convention); text without placeholders of a kind gets those first.
 */
export interface PromptInput {
  system?: string;
  text: string;
  images?: ImageInput[];
  videos?: VideoInput[];
}

/** Which checkpoint's processor encodes prompts, under which pixel budget (data.min_pixels / max_pixels). */
export interface ProcessorOptions {
  modelPath: string;
  minPixels?: number;
  maxPixels?: number;
}

/** A prompt's size as the model sees it (see WorkerClient.countPromptTokens). */
export interface PromptTokenCount {
  numTokens: number;
  /** Of those, image tokens. */
  imageTokens: number;
  /** Of those, video tokens. */
  videoTokens: number;
  /** The chat-template text, special tokens included, one image pad per image. */
  rendered: string;
}

/** A prompt as the model sees it (see WorkerClient.encodePrompts). */
export interface EncodedPrompt {
  /** Token ids after the chat template and the processor (image pads expanded). */
  tokenIds: Int32Array;
  /** Of those, the image pad tokens. */
  imageTokens: number;
  /** Of those, the video pad tokens. */
  videoTokens: number;
  /** The chat-template text, special tokens included, one image pad per image. */
  rendered: string;
}

export interface LoadModelOptions {
  modelPath: string;
  loadReference?: boolean;
  /** Omit for inference only. Every field is required: the run config (schema) holds the defaults, the worker none. */
  optimizer?: OptimizerOptions;
  dtype?: "auto" | "float32" | "bfloat16" | "float16";
  minPixels?: number;
  maxPixels?: number;
  seed?: number;
  gradientCheckpointing?: boolean;
  /** true: score each micro-batch packed into one sequence without padding (worker.actor.padding_free); absent: false. */
  paddingFree?: boolean;
  /** true: the vision tower gets no gradient, no optimizer state and no LoRA adapters; absent: false (it trains). */
  freezeVisionTower?: boolean;
  /**
   * LoRA adapters (peft); rank 0 or absent: full fine-tuning. Only the adapters train and the reference
   * is the adapter-disabled model. alpha defaults to 2 * rank; targetModules (module-name suffixes, or
   * ["all-linear"]) to ["all-linear"]: every linear layer outside the vision tower and the output head.
   */
  lora?: { rank: number; alpha?: number; targetModules?: string[]; dropout?: number };
  /** Which engine generates; absent: "hf" (the policy itself generates, as on CPU). */
  rollout?: RolloutOptions;
  /** Memory savers (EasyR1's worker.actor.offload / worker.ref.offload); absent: nothing offloaded. */
  offload?: OffloadOptions;
}

/** AdamW settings (worker.actor.optim and max_grad_norm; @observe-r1/trainer's optimizerOptions(config) builds them). */
export interface OptimizerOptions {
  lr: number;
  betas: [number, number];
  weightDecay: number;
  /** 0 disables gradient clipping. */
  maxGradNorm: number;
  eps: number;
}

export type RolloutEngine = "hf" | "vllm";

/** Rollout engine settings; every field but engine only matters for vllm. */
export interface RolloutOptions {
  engine: RolloutEngine;
  /** Fraction of GPU memory vLLM may take for weights + KV cache (default 0.6, the recipe's). */
  gpuMemoryUtilization?: number;
  tensorParallelSize?: number;
  /** Prompt + response tokens; 0 or absent: from the model config. */
  maxModelLen?: number;
  /** vLLM's limit_mm_per_prompt for images; 0 or absent: the worker's default. */
  maxImagesPerPrompt?: number;
  /** No CUDA graphs: slower decoding, less memory, faster start. */
  enforceEager?: boolean;
  /** Sleep vLLM between rollouts so training gets its memory back (default true). */
  freeCacheEngine?: boolean;
  /** Weight sync bucket size; 0 or absent: the worker's default (512 MiB). */
  weightBucketBytes?: number;
}

export interface OffloadOptions {
  offloadParams?: boolean;
  offloadOptimizer?: boolean;
  offloadReference?: boolean;
}

export interface ModelInfo {
  modelType: string;
  numParameters: number;
  device: string;
  dtype: string;
  vocabSize: number;
  eosTokenId: number;
  padTokenId: number;
  /** torch.distributed processes holding the policy (1 without torchrun). */
  worldSize: number;
  /** "none" or "fsdp2". */
  sharding: string;
  rolloutEngine: RolloutEngine;
  /** Whether the worker scores micro-batches packed without padding (false from a worker that predates it). */
  paddingFree: boolean;
}

export interface SamplingOptions {
  n?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  maxNewTokens?: number;
  seed?: number;
}

export interface Completion {
  promptIndex: number;
  text: string;
  finishReason: "stop" | "length";
  tokenIds: Int32Array;
  logprobs: Float32Array;
}

export interface GenerateResult {
  /** Prompt-major: prompt 0's n samples first. */
  completions: Completion[];
  /** One per prompt; 0 for a failed prompt. */
  promptNumTokens: number[];
  /** Prompts left out because their images did not decode (only with skipFailedPrompts). */
  failedPrompts: Array<{ promptIndex: number; error: string }>;
  /**
   * Seconds the worker spent loading the policy's updated weights into its rollout engine before this
   * generate (vllm: the first generate after train/SFT steps or a loaded checkpoint); 0 or absent otherwise.
   */
  weightSyncS?: number;
}

/** Responses to score or train on; prompts are shared by their n responses. */
export interface SequenceBatch {
  prompts: PromptInput[];
  sequences: Array<{ promptIndex: number; responseIds: Int32Array }>;
}

export type KlPenalty = "kl" | "abs" | "mse" | "low_var_kl";
/** verl's loss_agg_mode names; seq-mean-token-sum-norm is Dr.GRPO's (token sums / lossScaleFactor, mean over sequences). */
export type LossAggMode = "token-mean" | "seq-mean-token-mean" | "seq-mean-token-sum" | "seq-mean-token-sum-norm";

/**
 * How the worker turns advantages into an update. Every field is required, so the run config (the schema) is the
 * one place defaults live; @observe-r1/trainer's updateOptions(config) builds these from a config.
 */
/** The importance ratio (EasyR1's loss_type): per token (PPO), or GSPO's length-normalised sequence ratio. */
export type LossType = "default" | "gspo" | "gspo_token";

export interface UpdateOptions {
  lossType: LossType;
  clipRatioLow: number;
  clipRatioHigh: number;
  /** Dual-clip PPO (> 1): for a negative advantage the ratio counts at most this much. */
  clipRatioDual: number;
  /** 0: no KL term. */
  klCoef: number;
  /** The per-token reward penalty's estimator (useKlLoss false). */
  klPenalty: KlPenalty;
  /** The KL loss estimator (useKlLoss true); never "kl" (k1 has zero expected gradient as a loss). */
  klLossType: KlPenalty;
  useKlLoss: boolean;
  /** Clamp token advantages to [-c, c]; 0 disables. */
  advantageClip: number;
  /** Discount of the per-token KL rewards in each token's return (1: the recipe's plain suffix sum). */
  gamma: number;
  lossAggMode: LossAggMode;
  /** The constant divisor of seq-mean-token-sum-norm (Dr.GRPO: the maximum response length). */
  lossScaleFactor: number;
  /** Log-probs of softmax(logits / temperature), the sampling distribution. */
  temperature: number;
}

/** How a call's rows are cut into forward(/backward) passes. */
export interface MicroBatching {
  /** Responses per pass; 0 or absent: all at once. */
  microBatchSize?: number;
  /**
   * > 0 (worker.actor.dynamic_batching): passes of consecutive rows holding at most this many prompt + response
   * tokens (a longer row alone), in place of microBatchSize rows.
   */
  maxTokensPerMicroBatch?: number;
}

export interface TrainStepOptions extends UpdateOptions, MicroBatching {
  advantages: Float32Array | number[];
  oldLogprobs?: Float32Array[];
  refLogprobs?: Float32Array[];
  lr: number;
}

/** Time and memory of a step as the worker measured them; peaks are the maximum over ranks. */
export interface StepPerf {
  /** torch.cuda.max_memory_allocated since the previous report; 0 on CPU. */
  maxMemoryAllocatedBytes: number;
  maxMemoryReservedBytes: number;
  /** Resident set size of the worker (rank 0). */
  cpuMemoryUsedBytes: number;
  /** Forward/backward passes the step ran on each rank (micro-batches, padding passes included). */
  microBatches: number;
}

export interface TrainStepMetrics {
  loss: number;
  pgLoss: number;
  /** KL(pi || ref) per token, k3 estimate whichever estimator trains; 0 without a reference. */
  kl: number;
  /** The KL loss term before klCoef (useKlLoss), aggregated like the policy loss; 0 otherwise. */
  klLoss: number;
  /** Fraction of tokens a PPO clip bound set: clipfracHigher + clipfracLower. */
  clipfrac: number;
  /** A > 0 and the ratio above 1 + clipRatioHigh. */
  clipfracHigher: number;
  /** A < 0 and the ratio below 1 - clipRatioLow. */
  clipfracLower: number;
  /** A < 0 and the ratio above clipRatioDual. */
  clipfracDual: number;
  /** The advantages the loss used, over response tokens (KL-in-reward returns included, clamped): verl's critic/advantages/*. */
  advantagesMean: number;
  advantagesMax: number;
  advantagesMin: number;
  gradNorm: number;
  entropy: number;
  lr: number;
  numTokens: number;
  ppoKl: number;
  perf: StepPerf;
}

export interface SftStepMetrics {
  loss: number;
  gradNorm: number;
  entropy: number;
  lr: number;
  numTokens: number;
  perf: StepPerf;
}

export interface Health {
  device: string;
  modelLoaded: boolean;
  modelPath: string;
  memoryAllocatedBytes: number;
  maxMemoryAllocatedBytes: number;
  rssBytes: number;
  uptimeS: number;
}

export interface Timeouts {
  /** Model loading and checkpoint I/O. */
  loadMs: number;
  /** generate, log-probs, train steps: long on CPU, so generous; heartbeats catch a dead worker sooner. */
  computeMs: number;
  controlMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { loadMs: 10 * 60_000, computeMs: 60 * 60_000, controlMs: 30_000 };

/** Reads an image file for a prompt; a missing file is an error naming it. */
export function imageFromFile(path: string): ImageInput {
  const full = resolve(path);
  try {
    return { data: readFileSync(full), source: full };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`cannot read image ${full}: ${code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
}

const KL = { kl: pb.KlPenalty.KL_PENALTY_KL, abs: pb.KlPenalty.KL_PENALTY_ABS, mse: pb.KlPenalty.KL_PENALTY_MSE, low_var_kl: pb.KlPenalty.KL_PENALTY_LOW_VAR_KL };
const LOSS_AGG = {
  "token-mean": pb.LossAggMode.LOSS_AGG_MODE_TOKEN_MEAN,
  "seq-mean-token-mean": pb.LossAggMode.LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN,
  "seq-mean-token-sum": pb.LossAggMode.LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM,
  "seq-mean-token-sum-norm": pb.LossAggMode.LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM,
};

const LOSS_TYPE = {
  default: pb.LossType.LOSS_TYPE_DEFAULT,
  gspo: pb.LossType.LOSS_TYPE_GSPO,
  gspo_token: pb.LossType.LOSS_TYPE_GSPO_TOKEN,
} as const satisfies Record<LossType, number>;

type StepPerfReply = { maxMemoryAllocatedBytes?: number | { toNumber(): number } | null;
  maxMemoryReservedBytes?: number | { toNumber(): number } | null; cpuMemoryUsedBytes?: number | { toNumber(): number } | null;
  microBatches?: number | null };

/** An unset perf (an older worker) reads as zeros rather than failing the step. */
function stepPerf(p: StepPerfReply | null | undefined): StepPerf {
  return {
    maxMemoryAllocatedBytes: toNumber(p?.maxMemoryAllocatedBytes),
    maxMemoryReservedBytes: toNumber(p?.maxMemoryReservedBytes), cpuMemoryUsedBytes: toNumber(p?.cpuMemoryUsedBytes),
    microBatches: p?.microBatches ?? 0,
  };
}

/** The wire form of the rollout settings, defaults filled; absent stays unset (the worker's "hf"). */
function rolloutConfig(r: RolloutOptions | undefined) {
  return r && {
    engine: r.engine, gpuMemoryUtilization: r.gpuMemoryUtilization ?? 0.6, tensorParallelSize: r.tensorParallelSize ?? 1,
    maxModelLen: r.maxModelLen ?? 0, maxImagesPerPrompt: r.maxImagesPerPrompt ?? 0, enforceEager: r.enforceEager ?? false,
    freeCacheEngine: r.freeCacheEngine ?? true, weightBucketBytes: r.weightBucketBytes ?? 0,
  };
}

/** Prompts with their images and videos moved into payload frames (each image, video file or frame sent once). */
function packPrompts(prompts: PromptInput[], payloads: NamedPayloads) {
  const ref = (data: Uint8Array, source: string) => {
    payloads.push([`media${payloads.length}`, data]);
    return { frame: payloads.length - 1, source };
  };
  return prompts.map((p) => ({
    system: p.system ?? "",
    text: p.text,
    images: (p.images ?? []).map((img) => ref(img.data, img.source)),
    videos: (p.videos ?? []).map((v) => v.data
      ? { file: ref(v.data, v.source), fps: v.fps }
      : { frames: (v.frames ?? []).map((f) => ref(f.data, f.source)), fps: v.fps }),
  }));
}

function concat(parts: Array<Int32Array | Float32Array>, Ctor: typeof Int32Array | typeof Float32Array) {
  const out = new Ctor(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function split<T extends Int32Array | Float32Array>(flat: T, lengths: number[]): T[] {
  let offset = 0;
  return lengths.map((n) => flat.subarray(offset, (offset += n)) as T);
}

export class WorkerClient {
  constructor(
    readonly connection: WorkerConnection,
    readonly timeouts: Timeouts = DEFAULT_TIMEOUTS,
  ) {}

  get workerId(): string {
    return this.connection.workerId;
  }

  get hello(): WorkerHello {
    return this.connection.hello;
  }

  /** Seconds the worker has spent handling this client's requests so far (its compute, without the wire). */
  get workerSeconds(): number {
    return this.connection.workerSeconds;
  }

  /** Loads a model; on a worker that has one it replaces it, freeing the old model, reference, optimizer and engine first. */
  async loadModel(opts: LoadModelOptions): Promise<ModelInfo> {
    const o = opts.optimizer;
    const reply = await this.connection.request(
      "loadModel",
      {
        modelPath: resolve(opts.modelPath),
        loadReference: opts.loadReference ?? false,
        optimizer: o && {
          lr: o.lr, beta1: o.betas[0], beta2: o.betas[1], weightDecay: o.weightDecay, maxGradNorm: o.maxGradNorm, eps: o.eps,
        },
        dtype: opts.dtype ?? "auto",
        minPixels: opts.minPixels ?? 0,
        maxPixels: opts.maxPixels ?? 0,
        seed: opts.seed ?? 0,
        gradientCheckpointing: opts.gradientCheckpointing ?? false,
        paddingFree: opts.paddingFree ?? false,
        freezeVisionTower: opts.freezeVisionTower ?? false,
        lora: opts.lora && opts.lora.rank > 0
          ? {
            rank: opts.lora.rank, alpha: opts.lora.alpha ?? 0, targetModules: opts.lora.targetModules ?? [],
            dropout: opts.lora.dropout ?? 0,
          }
          : undefined,
        rollout: rolloutConfig(opts.rollout),
        offload: opts.offload && {
          offloadParams: opts.offload.offloadParams ?? false, offloadOptimizer: opts.offload.offloadOptimizer ?? false,
          offloadReference: opts.offload.offloadReference ?? false,
        },
      },
      [],
      this.timeouts.loadMs,
    );
    const r = reply.envelope.loadModelReply!;
    return {
      modelType: r.modelType ?? "", numParameters: toNumber(r.numParameters), device: r.device ?? "",
      dtype: r.dtype ?? "", vocabSize: r.vocabSize ?? 0, eosTokenId: r.eosTokenId ?? 0, padTokenId: r.padTokenId ?? 0,
      // Unset by a worker that predates them: one process, unsharded, generating itself.
      worldSize: r.worldSize || 1, sharding: r.sharding || "none", rolloutEngine: r.rolloutEngine === "vllm" ? "vllm" : "hf",
      paddingFree: r.paddingFree ?? false,
    };
  }

  /**
   * n completions per prompt. With skipFailedPrompts, a prompt whose images do not decode is
   * left out and listed in failedPrompts instead of failing the request (unless all fail).
   */
  async generate(prompts: PromptInput[], sampling: SamplingOptions = {}, opts: { skipFailedPrompts?: boolean } = {}): Promise<GenerateResult> {
    const payloads: NamedPayloads = [];
    const packed = packPrompts(prompts, payloads);
    const reply = await this.connection.request(
      "generate",
      {
        prompts: packed,
        skipFailedPrompts: opts.skipFailedPrompts ?? false,
        sampling: {
          n: sampling.n ?? 1, temperature: sampling.temperature ?? 1.0, topP: sampling.topP ?? 1.0,
          topK: sampling.topK ?? 0, maxNewTokens: sampling.maxNewTokens ?? 256, seed: sampling.seed ?? 0,
        },
      },
      payloads,
      this.timeouts.computeMs,
    );
    const r = reply.envelope.generateReply!;
    const completions = r.completions ?? [];
    const lengths = completions.map((c) => c.numTokens ?? 0);
    const tokenIds = split(readArray(reply, "token_ids", "int32"), lengths);
    const logprobs = split(readArray(reply, "logprobs", "float32"), lengths);
    return {
      promptNumTokens: r.promptNumTokens ?? [],
      failedPrompts: (r.failedPrompts ?? []).map((f) => ({ promptIndex: f.promptIndex ?? 0, error: f.error ?? "" })),
      weightSyncS: r.weightSyncS ?? 0,
      completions: completions.map((c, i) => ({
        promptIndex: c.promptIndex ?? 0,
        text: c.text ?? "",
        finishReason: c.finishReason === pb.FinishReason.FINISH_REASON_LENGTH ? "length" : "stop",
        tokenIds: tokenIds[i]!,
        logprobs: logprobs[i]!,
      })),
    };
  }

  /** Per-token log-probs of each response under the policy or the frozen reference. */
  async logProbs(
    batch: SequenceBatch,
    opts: MicroBatching & { role?: "policy" | "reference"; temperature?: number } = {},
  ): Promise<Float32Array[]> {
    const { body, payloads, lengths } = this.packBatch(batch);
    const role = opts.role === "reference" ? pb.ModelRole.MODEL_ROLE_REFERENCE : pb.ModelRole.MODEL_ROLE_POLICY;
    const reply = await this.connection.request(
      "logProbs",
      { batch: body, role, ...microBatching(opts), temperature: opts.temperature ?? 1.0 },
      payloads,
      this.timeouts.computeMs,
    );
    return split(readArray(reply, "logprobs", "float32"), lengths);
  }

  /** One optimizer step over the batch (PPO-clip, docs/method.md section 6). */
  async trainStep(batch: SequenceBatch, opts: TrainStepOptions): Promise<TrainStepMetrics> {
    const { body, payloads } = this.packBatch(batch);
    if (opts.advantages.length !== batch.sequences.length) {
      throw new Error(`trainStep: ${opts.advantages.length} advantages for ${batch.sequences.length} sequences`);
    }
    payloads.push(["advantages", Float32Array.from(opts.advantages)]);
    if (opts.oldLogprobs) payloads.push(["old_logprobs", concat(opts.oldLogprobs, Float32Array)]);
    if (opts.refLogprobs) payloads.push(["ref_logprobs", concat(opts.refLogprobs, Float32Array)]);
    const reply = await this.connection.request(
      "trainStep",
      {
        batch: body, lr: opts.lr, clipRatioLow: opts.clipRatioLow, clipRatioHigh: opts.clipRatioHigh, clipRatioDual: opts.clipRatioDual,
        lossType: LOSS_TYPE[opts.lossType], klCoef: opts.klCoef, klPenalty: KL[opts.klPenalty], useKlLoss: opts.useKlLoss, klLossType: KL[opts.klLossType],
        advantageClip: opts.advantageClip, gamma: opts.gamma, lossAggMode: LOSS_AGG[opts.lossAggMode], lossScaleFactor: opts.lossScaleFactor,
        ...microBatching(opts), temperature: opts.temperature,
      },
      payloads,
      this.timeouts.computeMs,
    );
    const r = reply.envelope.trainStepReply!;
    return {
      loss: r.loss ?? 0, pgLoss: r.pgLoss ?? 0, kl: r.kl ?? 0, klLoss: r.klLoss ?? 0, clipfrac: r.clipfrac ?? 0,
      clipfracHigher: r.clipfracHigher ?? 0, clipfracLower: r.clipfracLower ?? 0, clipfracDual: r.clipfracDual ?? 0, gradNorm: r.gradNorm ?? 0,
      advantagesMean: r.advantagesMean ?? 0, advantagesMax: r.advantagesMax ?? 0, advantagesMin: r.advantagesMin ?? 0,
      entropy: r.entropy ?? 0, lr: r.lr ?? 0, numTokens: r.numTokens ?? 0, ppoKl: r.ppoKl ?? 0, perf: stepPerf(r.perf),
    };
  }

  /** Decodes images fully, as generate would, without a model: "" for each that decodes, else why. */
  async checkImages(images: ImageInput[]): Promise<string[]> {
    const payloads: NamedPayloads = images.map((img, i) => [`image${i}`, img.data]);
    const refs = images.map((img, i) => ({ frame: i, source: img.source }));
    const reply = await this.connection.request("checkImages", { images: refs }, payloads, this.timeouts.computeMs);
    return reply.envelope.checkImagesReply?.errors ?? [];
  }

  /**
   * Prompts as the model sees them (chat template, processor), without generating. With
   * `processor`, that checkpoint's processor is used and no model needs to be loaded.
   */
  async encodePrompts(prompts: PromptInput[], processor?: ProcessorOptions): Promise<EncodedPrompt[]> {
    const { reply, counts } = await this.encodeRequest(prompts, processor, false);
    const ids = split(readArray(reply, "token_ids", "int32"), counts.map((c) => c.numTokens));
    return ids.map((tokenIds, i) => ({ tokenIds, imageTokens: counts[i]!.imageTokens, videoTokens: counts[i]!.videoTokens, rendered: counts[i]!.rendered }));
  }

  /** The token counts of encodePrompts without the token ids, several times faster (no pixel work). */
  async countPromptTokens(prompts: PromptInput[], processor?: ProcessorOptions): Promise<PromptTokenCount[]> {
    return (await this.encodeRequest(prompts, processor, true)).counts;
  }

  private async encodeRequest(prompts: PromptInput[], processor: ProcessorOptions | undefined, countOnly: boolean) {
    const payloads: NamedPayloads = [];
    const packed = packPrompts(prompts, payloads);
    const reply = await this.connection.request(
      "encodePrompts",
      {
        prompts: packed, modelPath: processor ? resolve(processor.modelPath) : "",
        minPixels: processor?.minPixels ?? 0, maxPixels: processor?.maxPixels ?? 0, countOnly,
      },
      payloads,
      this.timeouts.computeMs,
    );
    const r = reply.envelope.encodePromptsReply!;
    const counts = (r.numTokens ?? []).map((numTokens, i) => ({
      numTokens, imageTokens: r.imageTokens?.[i] ?? 0, videoTokens: r.videoTokens?.[i] ?? 0, rendered: r.rendered?.[i] ?? "",
    }));
    return { reply, counts };
  }

  /** Token ids of texts under the loaded model's tokenizer (addEos: end with the end-of-turn token). */
  async tokenize(texts: string[], opts: { addEos?: boolean } = {}): Promise<Int32Array[]> {
    const reply = await this.connection.request("tokenize", { texts, addEos: opts.addEos ?? false }, [], this.timeouts.controlMs);
    return split(readArray(reply, "token_ids", "int32"), reply.envelope.tokenizeReply?.lengths ?? []);
  }

  /** One supervised step (cross-entropy on the response tokens): the cold start before RL. */
  async sftStep(batch: SequenceBatch, opts: MicroBatching & { lr: number }): Promise<SftStepMetrics> {
    const { body, payloads } = this.packBatch(batch);
    const reply = await this.connection.request(
      "sftStep", { batch: body, lr: opts.lr, ...microBatching(opts) }, payloads, this.timeouts.computeMs,
    );
    const r = reply.envelope.sftStepReply!;
    return {
      loss: r.loss ?? 0, gradNorm: r.gradNorm ?? 0, entropy: r.entropy ?? 0, lr: r.lr ?? 0, numTokens: r.numTokens ?? 0,
      perf: stepPerf(r.perf),
    };
  }

  /** Atomic on the worker side: written aside, then renamed into place. */
  async saveCheckpoint(path: string, opts: { includeOptimizer?: boolean } = {}): Promise<{ path: string; bytesWritten: number }> {
    const reply = await this.connection.request(
      "saveCheckpoint", { path: resolve(path), includeOptimizer: opts.includeOptimizer ?? true }, [], this.timeouts.loadMs,
    );
    const r = reply.envelope.saveCheckpointReply!;
    return { path: r.path ?? "", bytesWritten: toNumber(r.bytesWritten) };
  }

  async loadCheckpoint(path: string): Promise<{ optimizerRestored: boolean }> {
    const reply = await this.connection.request("loadCheckpoint", { path: resolve(path) }, [], this.timeouts.loadMs);
    return { optimizerRestored: reply.envelope.loadCheckpointReply?.optimizerRestored ?? false };
  }

  async health(): Promise<Health> {
    const reply = await this.connection.request("health", {}, [], this.timeouts.controlMs);
    const r = reply.envelope.healthReply!;
    return {
      device: r.device ?? "", modelLoaded: r.modelLoaded ?? false, modelPath: r.modelPath ?? "",
      memoryAllocatedBytes: toNumber(r.memoryAllocatedBytes), maxMemoryAllocatedBytes: toNumber(r.maxMemoryAllocatedBytes),
      rssBytes: toNumber(r.rssBytes), uptimeS: r.uptimeS ?? 0,
    };
  }

  /** Sends raw payloads through the worker's I/O path (diagnostics, the transport benchmark). */
  async echo(payloads: Uint8Array[], opts: { returnPayloads?: boolean } = {}): Promise<{ bytesReceived: number; payloads: Buffer[] }> {
    const reply = await this.connection.request(
      "echo", { returnPayloads: opts.returnPayloads ?? false }, payloads.map((p, i) => [`p${i}`, p]), this.timeouts.controlMs,
    );
    return { bytesReceived: toNumber(reply.envelope.echoReply?.bytesReceived), payloads: reply.frames };
  }

  private packBatch(batch: SequenceBatch) {
    // Only the prompts the sequences use travel (a PPO mini-batch uses a quarter of the rollout's), renumbered in order.
    const used = [...new Set(batch.sequences.map((s) => s.promptIndex))].sort((a, b) => a - b);
    for (const i of used) {
      if (!Number.isInteger(i) || i < 0 || i >= batch.prompts.length) {
        throw new RangeError(`sequence promptIndex ${i} is out of range for ${batch.prompts.length} prompts; give each sequence the index of its prompt in batch.prompts`);
      }
    }
    const renumbered = new Map(used.map((i, k) => [i, k]));
    const payloads: NamedPayloads = [];
    const prompts = packPrompts(used.map((i) => batch.prompts[i]!), payloads);
    const lengths = batch.sequences.map((s) => s.responseIds.length);
    payloads.push(["response_ids", concat(batch.sequences.map((s) => s.responseIds), Int32Array)]);
    const body = { prompts, promptIndex: batch.sequences.map((s) => renumbered.get(s.promptIndex)!), responseLengths: lengths };
    return { body, payloads, lengths };
  }
}

function microBatching(opts: MicroBatching): { microBatchSize: number; maxTokensPerMicroBatch: number } {
  const max = opts.maxTokensPerMicroBatch ?? 0;
  if (!Number.isInteger(max) || max < 0) throw new RangeError(`maxTokensPerMicroBatch must be a non-negative integer, got ${max}`);
  return { microBatchSize: opts.microBatchSize ?? 0, maxTokensPerMicroBatch: max };
}
