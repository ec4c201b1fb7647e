// The run configuration: EasyR1/verl key names, Observe-R1 knobs beside them.
// Defaults reproduce the recipe in docs/method.md section 6 wherever it states a value;
// elsewhere they follow EasyR1's. Every object is strict so a mistyped key is an error.
import * as z from "zod";

/** A strict config section whose missing keys are filled from the defaults of its fields. */
function section<T extends z.ZodRawShape>(shape: T) {
  // prefault (not default): zod 4 parses the `{}` so nested field defaults apply.
  return z.strictObject(shape).prefault({} as never);
}

const positiveInt = () => z.number().int().min(1);
const fraction = () => z.number().min(0).max(1);
/** EasyR1 convention: -1 disables a periodic action (validation, saving). */
const everyNSteps = (fallback: number) =>
  z
    .number()
    .int()
    .refine((v) => v === -1 || v >= 1, { message: "must be -1 (disabled) or a positive integer" })
    .default(fallback)
    .describe("-1 (disabled) or a positive integer");

/** One path or a list of paths; always a list once parsed. */
const fileList = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? [v] : v),
    z.array(z.string().min(1)),
  ).describe("a file path or a list of file paths");

export const ADV_ESTIMATORS = ["grpo", "dr_grpo", "rloo", "reinforce_plus_plus_baseline"] as const;
export const KL_PENALTIES = ["kl", "abs", "mse", "low_var_kl"] as const;
/** verl's loss_agg_mode names (core_algos.agg_loss). */
export const LOSS_AGG_MODES = ["token-mean", "seq-mean-token-mean", "seq-mean-token-sum", "seq-mean-token-sum-norm"] as const;
export type LossAggMode = (typeof LOSS_AGG_MODES)[number];
/** EasyR1's loss_avg_mode values, accepted as aliases of loss_agg_mode. */
const LOSS_AVG_ALIASES = { token: "token-mean", seq: "seq-mean-token-mean" } as const satisfies Record<string, LossAggMode>;
/** EasyR1's worker.actor.loss_type values (the importance ratio). */
export const LOSS_TYPES = ["default", "gspo", "gspo_token"] as const;
export const SAMPLERS = ["ladder", "random", "online"] as const;
export const ROLLOUT_ENGINES = ["hf", "vllm"] as const;
export const LOGGERS = ["console", "file", "tensorboard", "wandb", "mlflow", "swanlab", "trackio"] as const;

const curriculum = section({
  /** ladder: file order (stages in order, as the recipe reads its ladder unshuffled); random: the shuffled baseline; online: re-ranks by observed group accuracy. */
  sampler: z.enum(SAMPLERS).default("ladder"),
  /** Per-sample fields written by `observe-run ladder build`; samplers read them from Sample.meta. */
  difficulty_key: z.string().min(1).default("difficulty"),
  /** Per-sample field holding the ladder stage (written by `observe-run ladder build`); reported as curriculum/stage. */
  stage_key: z.string().min(1).default("stage"),
  /** NeuraLadder estimation (docs/method.md section 1). */
  estimate: section({
    /** Rollouts per sample; difficulty = 1 - correct / n. */
    n: positiveInt().default(8),
    /** Sampling temperature of those rollouts. */
    temperature: z.number().min(0).default(1.0),
    /** Appended to the problem for the easy filter's final-answer-only attempt. */
    direct_answer_prompt: z.string().default("Please only give the final answer. For example, A."),
    /** true: drop samples the model answers correctly without reasoning (direct_answer_prompt, greedy). */
    easy_filter: z.boolean().default(true),
    /** Difficulty-0 samples whose complexity is below this quantile are dropped. */
    low_complexity_quantile: fraction().default(0.25),
  }),
  /** Stage mixing: mostly the stage's own level plus up to `max_neighbours` nearby levels. */
  mix: section({
    /** Fraction of a stage drawn from its own difficulty level. */
    own_level_fraction: fraction().default(0.6),
    /** Neighbouring levels a stage may borrow the rest from. */
    max_neighbours: z.number().int().min(0).default(4),
  }),
  /** Online curriculum: each sample's ladder difficulty is a prior worth `prior_strength` rollouts, updated by the group accuracy seen in training. */
  online: section({
    /** Rollouts' worth of weight the ladder difficulty keeps against the accuracy observed in training. */
    prior_strength: z.number().positive().default(8),
  }),
});

const data = section({
  /** Training data: JSONL or Parquet files (EasyR1 / Hugging Face layout). */
  train_files: fileList(),
  /** Validation data; empty: no validation. */
  val_files: fileList().default([]),
  /** Row field holding the problem text (`<image>` marks where each image goes). */
  prompt_key: z.string().min(1).default("problem"),
  /** Row field holding the ground-truth answer. */
  answer_key: z.string().min(1).default("answer"),
  /** Row field holding the images: file paths or {bytes, path} structs, one or a list. */
  image_key: z.string().min(1).default("images"),
  /**
   * Row field holding the videos (Qwen2-VL, Qwen2.5-VL, Qwen3-VL, Qwen3.5 families): a list whose entries are each
   * a video file (path or {bytes, path} struct; MP4, WebM, ...) or a list of frame images. `<video>` marks where each goes.
   */
  video_key: z.string().min(1).default("videos"),
  /** Frames per second sampled from a video file; a video given as frames is taken to be at this rate. */
  video_fps: z.number().positive().default(2.0),
  /** Base directory for relative image and video paths; null: the directory of the data file. */
  image_dir: z.string().nullable().default(null),
  /** Prompt tokens (chat template and image tokens included) a prompt may have. */
  max_prompt_length: positiveInt().default(9216),
  /** Tokens a response may have (generation stops there); also the default loss_scale_factor. */
  max_response_length: positiveInt().default(8192),
  /** Prompts per rollout batch (verl's data.train_batch_size). */
  rollout_batch_size: positiveInt().default(128),
  /** Validation prompts per generate call. */
  val_batch_size: z
    .number()
    .int()
    .refine((v) => v === -1 || v >= 1, { message: "must be -1 (all at once) or a positive integer" })
    .default(-1)
    .describe("-1 (all at once) or a positive integer"),
  /**
   * Path to a Jinja prompt template, as EasyR1's (e.g. `{{ content | trim }} You FIRST think ...`): rendered with the
   * problem text as `content` (Jinja2's defaults), it is the user turn; null: the built-in Observe-R1 format prompt.
   */
  format_prompt: z.string().nullable().default(null),
  /** Seed of sampling, shuffling and the worker's torch generator. */
  seed: z.number().int().default(1),
  /**
   * Images are resized (aspect kept) to at least this many pixels, as EasyR1's process_image does before the processor
   * rounds them to its patch grid within the checkpoint's own bounds.
   */
  min_pixels: positiveInt().default(4 * 28 * 28),
  /** Images are resized (aspect kept) to at most this many pixels (EasyR1's rule, as min_pixels); video frames too. */
  max_pixels: positiveInt().default(10000 * 16 * 16),
  /** true: drop invalid rows and record them in the run directory instead of failing. */
  skip_invalid: z.boolean().default(false),
  /** true (EasyR1's default): drop prompts over max_prompt_length tokens; false: they are an error. */
  filter_overlong_prompts: z.boolean().default(true),
  format: section({
    /** Format reward for a response in the <observe>/<think>/<answer> format (docs/method.md section 2). */
    score: z.number().min(0).default(0.5),
    /** true: also accept <observe> nested inside <think> (the recipe's variant), with the exactly-once checks. */
    allow_nested_observe: z.boolean().default(false),
  }),
  curriculum,
});

const algorithm = section({
  /**
   * Sequence advantages per group of rollout.n responses (verl's names): grpo (r - mean) / (std + 1e-9); dr_grpo r - mean;
   * rloo r - mean of the others; reinforce_plus_plus_baseline r - group mean, whitened over the batch's tokens.
   * Differences from verl: a group of one response gets advantage 0 (verl keeps r, or whitens it); the KL-in-reward
   * penalty joins each token's advantage after whitening (verl sums it into the score before the group mean).
   */
  adv_estimator: z.enum(ADV_ESTIMATORS).default("grpo"),
  /** Discount of the per-token KL rewards in each token's return, R_t = r_t + gamma * R_{t+1} (1: the recipe's suffix sum). */
  gamma: z.number().min(0).max(1).default(1.0),
  /** true: no reference model and no KL term at all. */
  disable_kl: z.boolean().default(false),
  /** false: KL is a per-token reward penalty (the recipe); true: a loss term (kl_loss_type). */
  use_kl_loss: z.boolean().default(false),
  /** Estimator of the per-token KL reward penalty (use_kl_loss false): kl = k1 = log pi - log pi_ref, the recipe's. */
  kl_penalty: z.enum(KL_PENALTIES).default("kl"),
  /** Estimator of the KL loss term (use_kl_loss true), verl's kl_loss_type: low_var_kl = k3, mse = k2, abs. Not kl: k1 has zero expected gradient. */
  kl_loss_type: z.enum(KL_PENALTIES).default("low_var_kl"),
  /** Weight of the KL term (reward penalty or loss); 0 (or disable_kl): no reference model is loaded. */
  kl_coef: z.number().min(0).default(0.01),
  /**
   * DAPO's dynamic sampling (EasyR1's name): groups whose mean filter_key score is not strictly between filter_low and
   * filter_high (all right or all wrong: every advantage 0) are dropped and more prompts generated until the rollout batch
   * is full or trainer.max_try_make_batch rounds ran; reported as data/filtered_groups and data/generation_rounds.
   */
  online_filtering: z.boolean().default(false),
  /** The per-response score online filtering averages per group: overall (the reward), accuracy, format, or a reward plug-in's sub-score. */
  filter_key: z.string().min(1).default("overall"),
  /** Groups whose mean filter_key score is at or below this are dropped (EasyR1's 0.01). */
  filter_low: z.number().default(0.01),
  /** Groups whose mean filter_key score is at or above this are dropped (EasyR1's 0.99). */
  filter_high: z.number().default(0.99),
  /** true: responses cut at data.max_response_length get no loss (DAPO's overlong filtering); they still count in their group's baseline. Reported as data/masked_truncated. */
  mask_truncated: z.boolean().default(false),
  /** Token advantages (sequence advantage + KL-in-reward returns) are clamped to [-advantage_clip, advantage_clip], once, in the worker (docs/method.md section 6); 0 disables. */
  advantage_clip: z.number().min(0).default(10),
  bonus: section({
    /** Bonus for the shortest correct response of a group (docs/method.md section 4). */
    enable: z.boolean().default(true),
    /** Added to the reward of the group's shortest correct response. */
    coef: z.number().min(0).default(0.2),
    /** No bonus for a winner shorter than this many tokens (a floor against one-line answers). */
    min_length: z.number().int().min(0).default(100),
  }),
  accuracy: section({
    /** Relative tolerance when the accuracy reward compares numbers (0.5 vs 1/2 vs 50%). */
    tolerance: z.number().min(0).max(0.5).default(1e-6),
    /** Tag whose first occurrence holds the final answer the accuracy reward reads (docs/method.md section 3). */
    answer_tag: z.string().regex(/^[A-Za-z][\w-]*$/, "a bare tag name like answer").default("answer"),
    /** Read the last \boxed{} when a response has no answer tag (prompts in EasyR1's math format ask for \boxed{}). */
    fallback_to_boxed: z.boolean().default(false),
  }),
  dynamic_weight: section({
    /** Dynamic weighting: A *= 4 * sigma * p * (1 - p), p the group's fraction correct (docs/method.md section 5). */
    enable: z.boolean().default(true),
    /** Peak weight, reached by a group with half its responses correct. */
    sigma: z.number().min(0).default(1.8),
  }),
});

/** Memory savers (EasyR1): keep parameters / optimizer state in CPU memory while they are not in use. */
const offload = section({
  /** The policy's parameters stay in CPU memory between requests (one GPU) or are offloaded by FSDP2 (several). */
  offload_params: z.boolean().default(false),
  /** AdamW's state stays in CPU memory between updates. */
  offload_optimizer: z.boolean().default(false),
});

const actor = section({
  /**
   * Prompts per PPO mini-batch, as in EasyR1: the worker updates on
   * global_batch_size * rollout.n responses. 8 * 8 = the recipe's 64 responses,
   * so 128 prompts give 16 optimizer steps per rollout batch.
   */
  global_batch_size: positiveInt().default(8),
  /** Responses per device per forward/backward pass. */
  micro_batch_size_per_device_for_update: positiveInt().default(2),
  /** Responses per device per log-prob pass (old and reference log-probs). */
  micro_batch_size_per_device_for_experience: positiveInt().default(4),
  /** Gradients are clipped to this global norm before each optimizer step. */
  max_grad_norm: z.number().gt(0).default(1.0),
  /**
   * The importance ratio of the policy loss (EasyR1's names): default = PPO's per-token ratio; gspo = GSPO's
   * length-normalised sequence ratio exp(mean_t(log pi - log pi_old)) on every token of the sequence; gspo_token =
   * the same value with each token's own gradient (GSPO-token, what verl's loss_mode gspo computes).
   */
  loss_type: z.enum(LOSS_TYPES).default("default"),
  /** PPO clip: for a negative advantage the ratio counts no lower than 1 - clip_ratio_low (actor/clipfrac_lower). null: 0.2, or 3e-4 for gspo / gspo_token (the GSPO paper's, as verl's and EasyR1's GSPO examples). */
  clip_ratio_low: z.number().min(0).nullable().default(null),
  /** PPO clip: for a positive advantage the ratio counts no higher than 1 + clip_ratio_high; above clip_ratio_low it is DAPO's clip-higher (actor/clipfrac_higher). null: 0.2, or 4e-4 for gspo / gspo_token. */
  clip_ratio_high: z.number().min(0).nullable().default(null),
  /** Dual-clip PPO (EasyR1's clip_ratio_dual, verl's clip_ratio_c): for a negative advantage the ratio counts at most this much, so one stale token cannot dominate (actor/clipfrac_dual). */
  clip_ratio_dual: z.number().gt(1).default(3.0),
  /** Passes over each rollout batch's mini-batches. */
  ppo_epochs: positiveInt().default(1),
  /**
   * EasyR1's key (true there): score each micro-batch as one sequence without padding, its rows kept apart by
   * their position ids, for the policy and the reference alike; false: padded rows, or each prompt once with its
   * responses on its KV cache. Same log-probs and updates either way. It pays off with flash_attention_2's varlen
   * kernels; the worker loads transformers' default sdpa, where keeping the rows apart takes a tokens x tokens mask:
   * slower. CPU, 2 threads, 16 prompts x 8 responses x 32 tokens, micro-batch 32, packed / padded / shared-prompt:
   * tiny model log_probs 2.4 / 1.4 / 0.7 s, train_step 6.9 / 3.9 / 2.3 s; 30m preset log_probs 21 / 24 / 25 s,
   * train_step 92 / 75 / 60 s. Qwen3.5 is refused (its linear-attention layers would mix the rows).
   */
  padding_free: z.boolean().default(false),
  /**
   * EasyR1's key (true there): cut each update and log-prob call into passes by tokens rather than rows. A pass
   * takes consecutive responses while their prompt + response tokens fit micro_batch_size_per_device_for_update
   * (or _for_experience) x (data.max_prompt_length + data.max_response_length), so short responses share a pass
   * and a pass never holds more tokens than the fixed split's worst case. Consecutive rather than balanced as
   * EasyR1's: a prompt's responses stay in one pass, where the prompt runs once. Same log-probs and updates either
   * way (up to float summation order).
   */
  dynamic_batching: z.boolean().default(false),
  /**
   * How token losses become the mini-batch loss (verl's loss_agg_mode): token-mean (the recipe) averages over all
   * response tokens; seq-mean-token-mean averages per-sequence means; seq-mean-token-sum averages per-sequence sums;
   * seq-mean-token-sum-norm (Dr.GRPO) averages per-sequence sums divided by the constant loss_scale_factor.
   * null: seq-mean-token-mean for loss_type gspo / gspo_token (GSPO's 1/G sum_i 1/|y_i| sum_t), else
   * seq-mean-token-sum-norm for adv_estimator dr_grpo, else token-mean.
   */
  loss_agg_mode: z.enum(LOSS_AGG_MODES).nullable().default(null),
  /** EasyR1's name, an alias: token = token-mean, seq = seq-mean-token-mean. null: use loss_agg_mode. */
  loss_avg_mode: z.enum(["token", "seq"]).nullable().default(null),
  /** The constant divisor of seq-mean-token-sum-norm (Dr.GRPO's generation budget); null: data.max_response_length. */
  loss_scale_factor: positiveInt().nullable().default(null),
  model: section({
    /** The policy's checkpoint: a local Qwen2.5-VL directory (config, weights, processor); also the reference. */
    model_path: z.string().min(1).describe("a directory holding a transformers checkpoint"),
    /** EasyR1's key, accepted for its configs: the processor (tokenizer included) always comes from model_path, so only null (or model_path itself) is allowed. */
    tokenizer_path: z.string().nullable().default(null),
    /** auto: bf16 where the device supports it, fp32 on CPU. */
    torch_dtype: z.enum(["auto", "float32", "bfloat16", "float16"]).default("auto"),
    /** Recompute activations in the backward pass: less memory, about a third more compute. */
    enable_gradient_checkpointing: z.boolean().default(true),
    /** EasyR1's key: Qwen2.5-VL is built into transformers, so no checkpoint code is ever run; only false is allowed. */
    trust_remote_code: z.literal(false).default(false).describe("false (checkpoint code is never run)"),
    /** true: the vision tower (model.visual) gets no gradient, no optimizer state and no LoRA adapters; its weights stay as loaded. */
    freeze_vision_tower: z.boolean().default(false),
  }),
  optim: section({
    /** Peak learning rate of AdamW. */
    lr: z.number().gt(0).default(1e-6),
    /** Cosine decays to lr * min_lr_ratio: 1e-6 -> 1e-7. */
    min_lr_ratio: fraction().default(0.1),
    /** Learning-rate schedule after warm-up. */
    lr_scheduler_type: z.enum(["constant", "cosine", "linear"]).default("cosine"),
    /** Fraction of the run spent warming up linearly from 0 (the lr rises with each optimizer step). */
    lr_warmup_ratio: fraction().default(0.03),
    /** Warm-up length in rollout steps, as EasyR1 and verl count it; overrides lr_warmup_ratio when set. */
    lr_warmup_steps: z.number().int().min(0).nullable().default(null),
    /** AdamW's betas (the recipe's 0.9, 0.95). */
    betas: z.tuple([fraction(), fraction()]).default([0.9, 0.95]),
    /** AdamW's decoupled weight decay. */
    weight_decay: z.number().min(0).default(0),
    /** AdamW's epsilon (torch's default). */
    eps: z.number().gt(0).default(1e-8),
    /** EasyR1's key; AdamW (fp32 state) is the one optimizer. */
    strategy: z.enum(["adamw"]).default("adamw"),
  }),
  offload,
  /** rank 0 disables LoRA. */
  lora: section({
    /** LoRA rank (peft); 0: full fine-tuning. Only the adapters train, and the reference is the adapter-disabled model. */
    rank: z.number().int().min(0).default(0),
    /** LoRA scaling alpha (the update is scaled by alpha / rank). */
    alpha: positiveInt().default(64),
    /**
     * Comma-separated module-name suffixes to adapt, or all-linear (the language model's linear layers). A MoE model's
     * fused experts (Qwen3-VL-MoE's gate_up_proj / down_proj parameters) are adapted with all-linear or when
     * gate_proj, up_proj or down_proj is named (peft's target_parameters).
     */
    target_modules: z.string().min(1).default("all-linear"),
  }),
});

const rollout = section({
  /** vllm: colocated with the trainer on the same GPUs (EasyR1's default); hf: the policy generates itself (CPU, tests). */
  engine: z.enum(ROLLOUT_ENGINES).default("vllm"),
  /** Responses per prompt (the group size); at least 2. */
  n: positiveInt().default(8),
  /** Sampling temperature of rollouts (0: greedy); log-probs are scored at the same temperature. */
  temperature: z.number().min(0).default(1.0),
  /** Nucleus sampling of rollouts; 1: off. */
  top_p: z.number().gt(0).max(1).default(1.0),
  /** Top-k sampling of rollouts; -1 (or 0): off. */
  top_k: z.number().int().min(-1).default(-1),
  /** vllm: fraction of each GPU's memory for its weights + KV cache (the recipe's 0.6). */
  gpu_memory_utilization: z.number().gt(0).max(1).default(0.6),
  /** vllm: GPUs per engine; must divide trainer.n_gpus_per_node. */
  tensor_parallel_size: positiveInt().default(1),
  /** vllm: prompt + response tokens per sequence; null: data.max_prompt_length + data.max_response_length (as EasyR1). */
  max_model_len: positiveInt().nullable().default(null),
  /** vllm: no CUDA graphs (less memory, slower decoding). */
  enforce_eager: z.boolean().default(false),
  /** vllm: sleep between rollouts so the update gets the memory back (verl's free_cache_engine). */
  free_cache_engine: z.boolean().default(true),
  /** Maximum images per prompt; 0: no limit. */
  limit_images: z.number().int().min(0).default(0),
  /** Sampling used for validation and `observe-run eval`. */
  val_override_config: section({
    /** Responses per validation question: val/accuracy is mean@n, and with n > 1 val/pass@<n> is reported. */
    n: positiveInt().default(1),
    /** Validation sampling temperature (0: greedy). */
    temperature: z.number().min(0).default(0.6),
    /** Validation nucleus sampling. */
    top_p: z.number().gt(0).max(1).default(0.95),
  }),
});

const ref = section({
  /** The reference policy's weights stay in CPU memory between its log-prob passes. */
  offload: section({
    /** The reference's weights stay in CPU memory between its log-prob passes. */
    offload_params: z.boolean().default(false),
  }),
});

const reward = section({
  /**
   * `file.ts:fn` or `file.py:fn`; null: the built-in Observe-R1 format + accuracy reward. The "accuracy" and "format"
   * it returns replace the built-in ones in training, validation, `observe-run eval` and the NeuraLadder estimates; the
   * bonus, dynamic weighting, filter_key=accuracy and the ladder need its "accuracy" (an error without it).
   */
  reward_function: z
    .string()
    .regex(/^.+\.(ts|js|mjs|py):[A-Za-z_$][\w$]*$/, { message: "must look like path/to/file.ts:fn or path/to/file.py:fn" })
    .nullable()
    .default(null),
  /** Extra keyword arguments passed to reward_function with every call. */
  reward_function_kwargs: z.record(z.string(), z.unknown()).default({}),
  /**
   * DAPO's soft overlong punishment (verl's reward_model.overlong_buffer): a response longer than
   * data.max_response_length - len tokens gets (max_response_length - len - length) / len * penalty_factor
   * (down to -penalty_factor at the limit) added to its reward before the advantages; reported as reward/overlong.
   */
  overlong_buffer: section({
    /** true: a response longer than data.max_response_length - len tokens gets (max_response_length - len - length) / len * penalty_factor added to its reward (built-in reward and plug-ins alike). */
    enable: z.boolean().default(false),
    /** Tokens before data.max_response_length over which the penalty grows (DAPO: 4096 of 20480). */
    len: positiveInt().default(4096),
    /** The penalty at the length limit (DAPO: 1.0, the size of its accuracy reward). */
    penalty_factor: z.number().min(0).default(1.0),
  }),
});

const trainer = section({
  /** Passes over the training data (unless max_steps stops earlier). */
  total_epochs: positiveInt().default(1),
  /** Rollout steps; null: as many as total_epochs gives. */
  max_steps: positiveInt().nullable().default(null),
  /** Names the run directory checkpoints/<project_name>/<experiment_name>. */
  project_name: z.string().min(1).default("observe_r1"),
  /** Names the run directory checkpoints/<project_name>/<experiment_name>. */
  experiment_name: z.string().min(1).default("default"),
  /**
   * Where metrics go, any combination: console (the progress line), file (metrics.jsonl in the run
   * directory), tensorboard, wandb, mlflow, swanlab, trackio (each through its own Python library, installed
   * with the worker's pip extra of the same name, e.g. observe-worker[tensorboard]). Every tracker gets
   * the resolved config once and metrics.jsonl's metric names every step; where each one writes is
   * printed at start (TENSORBOARD_DIR, WANDB_MODE/WANDB_DIR, MLFLOW_TRACKING_URI, SWANLAB_MODE/SWANLAB_LOG_DIR,
   * TRACKIO_DIR are honoured; local folders default to the run directory).
   */
  logger: z.array(z.enum(LOGGERS)).default(["console", "file"]),
  /** Above 1, the worker is launched by torchrun across nodes; this machine is node 0. */
  nnodes: positiveInt().default(1),
  /**
   * Worker processes per node (torchrun, one per GPU). 0: one process on the CPU. On a machine without
   * CUDA, 2 or more means that many CPU processes (gloo backend): how multi-GPU code is tested on CPU.
   */
  n_gpus_per_node: z.number().int().min(0).default(8),
  /** Node 0's address that every node can reach (torchrun --master-addr); required when nnodes > 1. */
  master_addr: z.string().min(1).nullable().default(null),
  /** Node 0's rendezvous port (torchrun --master-port). */
  master_port: z.number().int().min(1).max(65535).default(29500),
  /** Validate every this many steps (and after the last). */
  val_freq: everyNSteps(-1),
  /** Validate once before the first step (step 0 in metrics.jsonl). */
  val_before_train: z.boolean().default(true),
  /** Save a checkpoint every this many steps (and after the last, and on Ctrl-C). */
  save_freq: everyNSteps(20),
  /** Keep at most this many checkpoints, deleting the oldest. */
  save_limit: everyNSteps(-1),
  /** null: checkpoints/<project_name>/<experiment_name>. */
  save_checkpoint_path: z.string().nullable().default(null),
  /** Resume from this checkpoint directory (global_step_N); null: see find_last_checkpoint. */
  load_checkpoint_path: z.string().nullable().default(null),
  /** Resume from the run directory's newest checkpoint when there is one. */
  find_last_checkpoint: z.boolean().default(true),
  /**
   * algorithm.online_filtering: generation rounds per step at most (EasyR1's trainer.max_try_make_batch); then the step
   * trains on the groups kept, with a warning, or is skipped (data/skipped) when none were. -1: no limit but one epoch's
   * worth of rounds. Five skipped steps in a row stop the run with what to check.
   */
  max_try_make_batch: z.number().int().refine((v) => v === -1 || v >= 1, { message: "must be -1 (no limit) or a positive integer" })
    .default(20).describe("-1 (no limit) or a positive integer"),
});

const rawConfig = z.strictObject({
  data,
  algorithm,
  worker: section({ actor, rollout, ref, reward }),
  trainer,
});

export const ConfigSchema = rawConfig
  .superRefine((cfg, ctx) => {
    for (const p of crossFieldProblems(cfg)) {
      ctx.addIssue({ code: "custom", path: p.path, message: p.message, params: { value: valueAt(cfg, p.path) } });
    }
  })
  .transform((cfg) => ({
    ...cfg,
    worker: { ...cfg.worker, actor: { ...cfg.worker.actor, ...lossAggregation(cfg) } },
    trainer: {
      ...cfg.trainer,
      save_checkpoint_path:
        cfg.trainer.save_checkpoint_path ?? `checkpoints/${cfg.trainer.project_name}/${cfg.trainer.experiment_name}`,
    },
  }));

/** The resolved run configuration (all defaults filled). */
export type ObserveConfig = z.output<typeof ConfigSchema>;
/** What a YAML file or a library caller may write: every key with a default is optional. */
export type ObserveConfigInput = z.input<typeof ConfigSchema>;

/** GSPO's clip range (arXiv 2507.18071 section 5.1: 3e-4 / 4e-4, also in verl's and EasyR1's GSPO examples); PPO's 0.2 otherwise. */
const CLIP_RANGE = { default: [0.2, 0.2], gspo: [3e-4, 4e-4], gspo_token: [3e-4, 4e-4] } as const;

/**
 * The loss the worker uses: clip range of the loss type unless set; loss_agg_mode, else its EasyR1 alias, else
 * GSPO's sequence mean for gspo*, else the estimator's own (Dr.GRPO's for dr_grpo).
 */
function lossAggregation(cfg: z.output<typeof rawConfig>): {
  clip_ratio_low: number; clip_ratio_high: number; loss_agg_mode: LossAggMode; loss_avg_mode: null; loss_scale_factor: number;
} {
  const actor = cfg.worker.actor;
  const fromAlias = actor.loss_avg_mode === null ? null : LOSS_AVG_ALIASES[actor.loss_avg_mode];
  const byLoss: LossAggMode = actor.loss_type !== "default" ? "seq-mean-token-mean"
    : cfg.algorithm.adv_estimator === "dr_grpo" ? "seq-mean-token-sum-norm" : "token-mean";
  const [low, high] = CLIP_RANGE[actor.loss_type];
  return {
    clip_ratio_low: actor.clip_ratio_low ?? low,
    clip_ratio_high: actor.clip_ratio_high ?? high,
    loss_agg_mode: actor.loss_agg_mode ?? fromAlias ?? byLoss,
    loss_avg_mode: null,
    loss_scale_factor: actor.loss_scale_factor ?? cfg.data.max_response_length,
  };
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let v = root;
  for (const seg of path) v = (v as Record<string, unknown> | undefined)?.[seg];
  return v;
}

/** Constraints that span keys; they run only once every key has a valid value. */
function crossFieldProblems(cfg: z.output<typeof rawConfig>): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  const { data, algorithm, worker, trainer } = cfg;
  const { actor, rollout } = worker;
  if (data.rollout_batch_size % actor.global_batch_size !== 0) {
    problems.push({
      path: ["worker", "actor", "global_batch_size"],
      message: `must divide data.rollout_batch_size (${data.rollout_batch_size}); both count prompts`,
    });
  }
  const devices = Math.max(1, trainer.n_gpus_per_node) * trainer.nnodes;
  const responsesPerUpdate = actor.global_batch_size * rollout.n;
  if (responsesPerUpdate % devices !== 0) {
    problems.push({
      path: ["worker", "actor", "global_batch_size"],
      message: `global_batch_size * rollout.n (${responsesPerUpdate} responses) must split evenly over ${devices} devices`,
    });
  } else if ((responsesPerUpdate / devices) % actor.micro_batch_size_per_device_for_update !== 0) {
    problems.push({
      path: ["worker", "actor", "micro_batch_size_per_device_for_update"],
      message: `must divide the ${responsesPerUpdate / devices} responses each device gets per update (global_batch_size * rollout.n / devices)`,
    });
  }
  if (actor.loss_avg_mode !== null && actor.loss_agg_mode !== null && LOSS_AVG_ALIASES[actor.loss_avg_mode] !== actor.loss_agg_mode) {
    problems.push({
      path: ["worker", "actor", "loss_avg_mode"],
      message: `is EasyR1's alias for loss_agg_mode=${LOSS_AVG_ALIASES[actor.loss_avg_mode]}, which contradicts ` +
        `worker.actor.loss_agg_mode=${actor.loss_agg_mode}; set only loss_agg_mode`,
    });
  }
  const { model } = actor;
  if (rollout.n < 2) {
    problems.push({
      path: ["worker", "rollout", "n"],
      message: `is 1, so every group has one response and no baseline: each advantage would be 0 and nothing would train ` +
        `(${algorithm.adv_estimator} compares responses to the same prompt). Use 2 or more (the recipe: 8)`,
    });
  }
  if (model.tokenizer_path !== null && model.tokenizer_path !== model.model_path) {
    problems.push({
      path: ["worker", "actor", "model", "tokenizer_path"],
      message: `the tokenizer and processor are read from worker.actor.model.model_path (${model.model_path}); ` +
        "a separate tokenizer_path is not supported. Remove the key (or set it to null), or copy the tokenizer files into the model directory",
    });
  }
  if (algorithm.use_kl_loss && algorithm.kl_loss_type === "kl") {
    problems.push({
      path: ["algorithm", "kl_loss_type"],
      message: "kl (k1 = log pi - log pi_ref) cannot be the KL loss: its expected gradient is zero (E_pi[grad log pi] = 0), " +
        "so the loss would not pull the policy toward the reference. Use low_var_kl (k3, verl's default) or mse (k2); " +
        "k1 belongs in the reward (algorithm.use_kl_loss=false with algorithm.kl_penalty=kl, the recipe)",
    });
  }
  if (algorithm.use_kl_loss && algorithm.kl_penalty !== "kl" && algorithm.kl_penalty !== algorithm.kl_loss_type) {
    // EasyR1 has no kl_loss_type: its KL loss uses kl_penalty. Here (as in verl) the loss reads kl_loss_type, so an
    // EasyR1 config's kl_penalty would silently not apply.
    problems.push({
      path: ["algorithm", "kl_penalty"],
      message: `is ${algorithm.kl_penalty}, but with algorithm.use_kl_loss=true the KL loss uses algorithm.kl_loss_type ` +
        `(${algorithm.kl_loss_type}), as in verl; EasyR1 reads kl_penalty there. Set algorithm.kl_loss_type=${algorithm.kl_penalty} ` +
        "to use it (kl_penalty applies only to the KL in the reward, use_kl_loss=false)",
    });
  }
  if (algorithm.online_filtering && !(algorithm.filter_low < algorithm.filter_high)) {
    problems.push({
      path: ["algorithm", "filter_low"],
      message: `must be below algorithm.filter_high (${algorithm.filter_high}): groups are kept when filter_low < mean score < filter_high`,
    });
  }
  const overlong = worker.reward.overlong_buffer;
  if (overlong.enable && overlong.len > data.max_response_length) {
    problems.push({
      path: ["worker", "reward", "overlong_buffer", "len"],
      message: `must not exceed data.max_response_length (${data.max_response_length}): the penalty grows over the last len tokens of the budget`,
    });
  }
  if (data.min_pixels > data.max_pixels) {
    problems.push({ path: ["data", "min_pixels"], message: `must not exceed data.max_pixels (${data.max_pixels})` });
  }
  if (rollout.engine === "vllm" && trainer.n_gpus_per_node === 0) {
    problems.push({
      path: ["worker", "rollout", "engine"],
      message: "vllm needs GPUs but trainer.n_gpus_per_node is 0; use worker.rollout.engine=hf on CPU",
    });
  }
  // A vLLM engine's tensor-parallel group lives on one node, so it must divide the GPUs of each node.
  if (trainer.n_gpus_per_node > 0 && trainer.n_gpus_per_node % rollout.tensor_parallel_size !== 0) {
    problems.push({
      path: ["worker", "rollout", "tensor_parallel_size"],
      message: `must divide trainer.n_gpus_per_node (${trainer.n_gpus_per_node}); each vLLM engine uses tensor_parallel_size GPUs of one node`,
    });
  }
  if (rollout.max_model_len !== null && rollout.max_model_len < data.max_prompt_length + data.max_response_length) {
    problems.push({
      path: ["worker", "rollout", "max_model_len"],
      message: `must be at least data.max_prompt_length + data.max_response_length (${data.max_prompt_length + data.max_response_length}), or null`,
    });
  }
  if (trainer.nnodes > 1 && trainer.master_addr === null) {
    problems.push({
      path: ["trainer", "master_addr"],
      message: `is required for trainer.nnodes=${trainer.nnodes}: set it to this machine's address that the other nodes can reach`,
    });
  }
  return problems;
}
