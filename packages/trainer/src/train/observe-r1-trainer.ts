// The Observe-R1 RL loop. Read it top to bottom: each step samples prompts from the
// curriculum, generates n responses each, scores them (format + accuracy + bonus),
// turns rewards into dynamically weighted group advantages, and runs PPO updates
// on the worker; it logs metrics, validates and checkpoints on schedule.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  type Completion, consoleLogger, type Logger, type PromptInput, type SequenceBatch, silentLogger, type StepPerf, type WorkerClient,
} from "@observe-r1/bridge";
import { configHash, needsReference, type ObserveConfig, saveResolvedConfig, worldSize } from "../config/index.js";
import {
  droppedRowsNotice, isVisionModel, missingImagesWarning, type Sample, writeInvalidRows,
} from "../data/index.js";
import { checkSplit, splitReport, summaryLine, trainingData } from "../data-check/index.js";
import { evaluate, validationOptions } from "../eval/evaluate.js";
import type { RewardPlugin } from "../reward-plugins/index.js";
import { type Checkpoint, CheckpointManager } from "./checkpoints.js";
import { learningRate } from "./lr-schedule.js";
import { levelKey, mean, meanBy, type Metrics, MetricsWriter, weightedMean } from "./metrics.js";
import { Progress } from "./progress.js";
import { pythonTrackers, Trackers } from "./trackers.js";
import { withoutFailedPrompts } from "./failed-prompts.js";
import { promptTemplate, toPrompt } from "./prompt.js";
import { filterScores, groupsInBand, MAX_EMPTY_STEPS_IN_A_ROW } from "./online-filter.js";
import { BatchScorer, loadConfiguredRewardPlugin, type ScoredBatch, scoringConfig } from "./scoring.js";
import { createSampler } from "./samplers.js";
import { microBatching, modelDtype, openWorker, optimizerOptions, rolloutOptions, scoringTemperature, updateOptions } from "./worker-options.js";

export interface TrainOptions {
  /** Continue from the newest checkpoint of the run (also trainer.find_last_checkpoint). */
  resume?: boolean;
  /** Aborting saves a checkpoint after the current step and returns (Ctrl-C). */
  signal?: AbortSignal;
  /** A running worker to train on instead of starting one: its model is replaced, and it is left open. */
  worker?: WorkerClient;
  /** Where the log lines of a worker started here go; default silent (the progress line is the UI). */
  workerLogger?: Logger;
  python?: string;
  /** Called after each step's metrics are written (notebooks, tests, custom stopping). */
  onStep?: (step: number, metrics: Metrics) => void;
}

export interface TrainResult {
  runDir: string;
  steps: number;
  lastCheckpoint?: string;
  stoppedEarly: boolean;
  finalValidation?: Metrics;
}

export async function trainObserveR1(config: ObserveConfig, options: TrainOptions = {}): Promise<TrainResult> {
  const { data, algorithm, trainer } = config;
  const actor = config.worker.actor;
  const rollout = config.worker.rollout;
  const runDir = trainer.save_checkpoint_path ?? join("checkpoints", trainer.project_name, trainer.experiment_name);
  const say = (m: string) => process.stderr.write(m + "\n");

  // ---- start: a new run or a resumed one, said first. Nothing in an existing run folder changes
  // until the setup below succeeds (config.yaml, metrics), so a failed start loses nothing.
  const hash = configHash(config);
  const checkpoints = new CheckpointManager(join(runDir, "checkpoints"), trainer.save_limit);
  const stale = checkpoints.removeStale();
  if (stale.length) say(`removed ${stale.length} half-written checkpoint(s) of a run that died while saving: ${stale.join(", ")}`);
  const resumeFrom = startingPoint(checkpoints, config, options.resume ?? false, runDir, say);
  mkdirSync(runDir, { recursive: true });

  // ---- worker: one process, or a torchrun group whose rank 0 talks to us -------------------------
  // Started first: it decodes every image of the data up front, before the model loads.
  const { worker, close } = await openWorker(config, {
    worker: options.worker,
    python: options.python,
    // Across nodes the worker log carries the commands for the other nodes and their joining, so it is shown.
    logger: options.workerLogger ?? (trainer.nnodes > 1 ? consoleLogger : silentLogger),
  });

  // Errors before the model loads are the setup's own; from there on they name the step and the checkpoint.
  let plugin: RewardPlugin | undefined;
  let trackers: Trackers | undefined;
  let step = 0;
  let lastCheckpoint: string | undefined;
  let setupDone = false;
  let failed = false;
  try {
    // ---- trackers: their libraries are imported first, so a missing one stops here with its pip command ----
    const trackerNames = pythonTrackers(config);
    if (trackerNames.length) trackers = await Trackers.start(trackerNames, { python: options.python, print: say });

    // ---- data: the same check as `observe-run data check` (rows, images decoded, prompt tokens) ----
    const checked = async (split: "train" | "val", files: string[]) => {
      const check = await checkSplit(config, split, files, worker);
      say(summaryLine(splitReport(check, config), split));
      return trainingData(check, config);
    };
    const train = await checked("train", data.train_files);
    const val = data.val_files.length ? await checked("val", data.val_files) : undefined;
    const visionModel = isVisionModel(actor.model.model_path);
    for (const [split, dataset] of [["train", train], ["val", val]] as const) {
      if (!dataset) continue;
      if (dataset.invalid.length) say(droppedRowsNotice(split, dataset, writeInvalidRows(runDir, dataset, split).file));
      const warning = visionModel ? missingImagesWarning(split, dataset, data.image_key) : undefined;
      if (warning) say(warning);
    }
    const template = promptTemplate(data.format_prompt);

    // ---- state: fresh or resumed ---------------------------------------------------------
    if (resumeFrom && resumeFrom.state.configHash !== hash) {
      say(`warning: the config differs from the one ${resumeFrom.dir} was trained with (hash ${resumeFrom.state.configHash.slice(0, 12)} vs ${hash.slice(0, 12)})`);
    }
    const sampler = createSampler(config, train.samples, resumeFrom?.state.sampler);
    const totalSteps = trainer.max_steps ?? trainer.total_epochs * sampler.batchesPerEpoch;
    const updatesPerStep = Math.ceil(data.rollout_batch_size / actor.global_batch_size) * actor.ppo_epochs;
    const totalOptimizerSteps = totalSteps * updatesPerStep;
    step = resumeFrom?.state.step ?? 0;
    let optimizerStep = resumeFrom?.state.optimizerStep ?? 0;

    plugin = await loadConfiguredRewardPlugin(config, options.python);
    lastCheckpoint = resumeFrom?.dir;
    setupDone = true;
    saveResolvedConfig(runDir, config);
    // trainer.logger: file is metrics.jsonl, console the progress line, the others the trackers started above.
    const metricsFile = trainer.logger.includes("file") ? new MetricsWriter(runDir) : undefined;
    metricsFile?.truncateAfter(resumeFrom ? step : -1);
    const record = (at: number, metrics: Metrics) => {
      metricsFile?.write(at, metrics);
      trackers?.log(at, metrics);
    };
    if (trackers) {
      const resumeStep = resumeFrom ? step : undefined;
      const where = await trackers.init({ project: trainer.project_name, experiment: trainer.experiment_name, runDir, config, resumeStep });
      for (const [name, place] of Object.entries(where)) say(`${name}: ${place}${resumeStep === undefined ? "" : ` (continued from step ${resumeStep})`}`);
    }
    const model = await worker.loadModel({
      modelPath: actor.model.model_path,
      loadReference: needsReference(config),
      optimizer: optimizerOptions(config),
      dtype: modelDtype(config),
      minPixels: data.min_pixels,
      maxPixels: data.max_pixels,
      seed: data.seed,
      gradientCheckpointing: actor.model.enable_gradient_checkpointing,
      freezeVisionTower: actor.model.freeze_vision_tower,
      paddingFree: actor.padding_free,
      lora: actor.lora.rank > 0
        ? { rank: actor.lora.rank, alpha: actor.lora.alpha, targetModules: actor.lora.target_modules.split(",").map((m) => m.trim()).filter(Boolean) }
        : undefined,
      rollout: rolloutOptions(config),
      offload: {
        offloadParams: actor.offload.offload_params, offloadOptimizer: actor.offload.offload_optimizer,
        offloadReference: config.worker.ref.offload.offload_params,
      },
    });
    // A worker that ignored the request (an older version) would silently train on one device or generate with hf.
    if (model.worldSize !== worldSize(config) || model.rolloutEngine !== rollout.engine) {
      throw new Error(`the worker runs ${model.worldSize} process(es) with the ${model.rolloutEngine} rollout engine, but the config asks for ` +
        `${worldSize(config)} (trainer.n_gpus_per_node=${trainer.n_gpus_per_node} x trainer.nnodes=${trainer.nnodes}) with ` +
        `worker.rollout.engine=${rollout.engine}; update the worker's Python package (pip install -e python) or change the config`);
    }
    if (model.paddingFree !== actor.padding_free) {
      throw new Error(`worker.actor.padding_free=${actor.padding_free}, but the worker scores ${model.paddingFree ? "packed" : "padded"} ` +
        "sequences; update the worker's Python package (pip install -e python)");
    }
    if (resumeFrom) await worker.loadCheckpoint(resumeFrom.actorDir);
    say(`${model.modelType} ${(model.numParameters / 1e6).toFixed(2)}M params on ${model.device} | world size ${model.worldSize}` +
      `, sharding ${model.sharding}, rollout engine ${model.rolloutEngine} | ${train.samples.length} train samples` +
      `${val ? `, ${val.samples.length} val` : ""} | ${totalSteps} steps x ${data.rollout_batch_size} prompts x ${rollout.n} responses` +
      `${resumeFrom ? ` | resumed at step ${step}` : ""}`);

    const scorer = new BatchScorer(config, plugin);
    const update = updateOptions(config);
    /** Validation metrics, and the weight sync (vllm) its first generate did when it followed an update. */
    const validate = async (): Promise<{ metrics: Metrics; weightSyncS: number } | undefined> => {
      if (!val) return undefined;
      const result = await evaluate(worker, val.samples, validationOptions(config, plugin));
      return { metrics: Object.fromEntries(Object.entries(result.metrics).map(([k, v]) => [`val/${k}`, v])), weightSyncS: result.weightSyncS };
    };

    if (trainer.val_before_train && step === 0 && val) {
      const valMetrics = (await validate())!.metrics;
      record(0, valMetrics);
      say(`validation before training: accuracy ${valMetrics["val/accuracy"]!.toFixed(3)}, format ${valMetrics["val/format"]!.toFixed(3)}`);
    }

    const progress = new Progress("train", totalSteps, step);
    let droppedAtRuntime = resumeFrom?.state.droppedAtRuntime ?? 0;
    let warnedUnreadBoxed = false; // said once per run, not every step
    let finalValidation: Metrics | undefined;
    let emptyStepsInARow = resumeFrom?.state.emptyStepsInARow ?? 0;
    const due = (freq: number) => freq > 0 && (step % freq === 0 || step === totalSteps);
    /** Checkpoint on schedule, always on the last step, and when asked to stop; the sampler's state includes every refill. */
    const saveIfDue = async () => {
      if (due(trainer.save_freq) || options.signal?.aborted) {
        const saved = await checkpoints.save(worker, {
          step, optimizerStep, epoch: sampler.epoch, sampler: sampler.state(), emptyStepsInARow, droppedAtRuntime, configHash: hash,
          savedAt: new Date().toISOString(),
        });
        lastCheckpoint = saved.dir;
      }
    };
    while (step < totalSteps && !options.signal?.aborted) {
      step += 1;
      const timing: Metrics = {};
      const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
        const t0 = performance.now();
        try {
          return await work();
        } finally {
          timing[`timing_s/${name}`] = (timing[`timing_s/${name}`] ?? 0) + (performance.now() - t0) / 1000;
        }
      };
      const stepStart = performance.now();
      const workerSecondsAtStart = worker.workerSeconds;

      // 1-5. prompts from the curriculum, n responses each, rewards, bonus, weighted group advantages.
      // With algorithm.online_filtering, groups whose mean filter_key score is outside (filter_low, filter_high)
      // are dropped and more prompts generated, up to trainer.max_try_make_batch rounds (-1: one epoch's worth).
      const samples: Sample[] = [];
      const prompts: PromptInput[] = [];
      const completions: Completion[] = [];
      let dropped = 0;
      let weightSyncS = 0;
      let rounds = 0;
      let filteredGroups = 0;
      let firstScored: ScoredBatch | undefined;
      const maxRounds = !algorithm.online_filtering ? 1 : trainer.max_try_make_batch > 0 ? trainer.max_try_make_batch : sampler.batchesPerEpoch;
      while (samples.length < data.rollout_batch_size && rounds < maxRounds) {
        rounds += 1;
        let roundIndices = sampler.nextBatch();
        let roundSamples = roundIndices.map((i) => train.samples[i]!);
        let roundPrompts = roundSamples.map((s) => toPrompt(s, template));
        // a prompt whose images fail in the worker is dropped from the step
        const generated = await timed("gen", () => worker.generate(roundPrompts, {
          n: rollout.n, temperature: rollout.temperature, topP: rollout.top_p, topK: rollout.top_k,
          maxNewTokens: data.max_response_length, seed: data.seed * 1_000_003 + step + (rounds - 1) * REFILL_SEED_STRIDE,
        }, { skipFailedPrompts: true }));
        weightSyncS += generated.weightSyncS ?? 0;
        const { kept, completions: roundCompletions } = withoutFailedPrompts(generated, roundPrompts.length);
        if (generated.failedPrompts.length > 0) {
          dropped += generated.failedPrompts.length;
          for (const f of generated.failedPrompts) progress.log(`warning: step ${step}: dropped sample ${roundSamples[f.promptIndex]!.id}: ${f.error}`);
          [roundIndices, roundSamples, roundPrompts] = [kept.map((g) => roundIndices[g]!), kept.map((g) => roundSamples[g]!), kept.map((g) => roundPrompts[g]!)];
        }
        const roundScored = await timed("reward", () => scorer.score(roundSamples, roundCompletions, rollout.n));
        for (const e of roundScored.dataErrors) progress.log(`data error: ${e}`);
        // the online curriculum learns each prompt's difficulty from its group accuracy, filtered or not
        roundIndices.forEach((index, g) => sampler.observe?.(index, Math.round(roundScored.groupAccuracy[g]! * rollout.n), rollout.n));
        const keep = algorithm.online_filtering
          ? groupsInBand(filterScores(roundScored, algorithm.filter_key), rollout.n, algorithm.filter_low, algorithm.filter_high)
          : roundSamples.map(() => true);
        firstScored ??= roundScored;
        for (let g = 0; g < roundSamples.length; g++) {
          if (!keep[g]) {
            filteredGroups += 1;
            continue;
          }
          if (samples.length === data.rollout_batch_size) break; // a full batch; the rest of this round is unused
          samples.push(roundSamples[g]!);
          prompts.push(roundPrompts[g]!);
          const at = prompts.length - 1;
          for (const c of roundCompletions.slice(g * rollout.n, (g + 1) * rollout.n)) completions.push({ ...c, promptIndex: at });
        }
      }
      droppedAtRuntime += dropped;
      if (algorithm.online_filtering && samples.length < data.rollout_batch_size) {
        progress.log(`warning: step ${step}: online filtering kept ${samples.length} of ${data.rollout_batch_size} groups after ${rounds} ` +
          `generation round(s) (trainer.max_try_make_batch=${trainer.max_try_make_batch}); ${samples.length ? "training on those" : "skipping the step"}`);
      }
      emptyStepsInARow = samples.length === 0 ? emptyStepsInARow + 1 : 0;
      if (emptyStepsInARow >= MAX_EMPTY_STEPS_IN_A_ROW) {
        throw new Error(`online filtering kept no group in ${emptyStepsInARow} steps in a row: every group's mean ${algorithm.filter_key} ` +
          `score fell outside (algorithm.filter_low=${algorithm.filter_low}, algorithm.filter_high=${algorithm.filter_high}), so nothing trains. ` +
          `Check the reward on a few responses (are all right or all wrong?), widen the band, or set algorithm.online_filtering=false`);
      }
      if (samples.length === 0) {
        // nothing to train on: the step is counted (data/skipped) and the sampler has moved on
        const metrics: Metrics = { epoch: sampler.epoch, "data/skipped": 1, "data/filtered_groups": filteredGroups, "data/generation_rounds": rounds,
          "data/dropped_at_runtime": dropped, ...timing, "timing_s/step": (performance.now() - stepStart) / 1000 };
        record(step, metrics);
        options.onStep?.(step, metrics);
        await saveIfDue();
        continue;
      }
      const batch: SequenceBatch = { prompts, sequences: completions.map((c) => ({ promptIndex: c.promptIndex, responseIds: c.tokenIds })) };
      // Log-probs under the sampling temperature, as the rollout drew them (verl does the same).
      const experience = { ...microBatching(config, "experience"), temperature: scoringTemperature(config) };

      // The old policy's log-probs: hf generation returns the policy's own. vLLM's come from other kernels and
      // precision, so the policy recomputes them (as EasyR1 does) and the PPO ratio starts at 1 up to the rounding
      // of two passes of the same weights (their layouts and micro-batches may differ).
      const oldLogprobs = rollout.engine === "vllm"
        ? await timed("old", () => worker.logProbs(batch, { role: "policy", ...experience }))
        : completions.map((c) => c.logprobs);

      // Advantages of the kept groups, scored together (a batch-level estimator sees exactly the batch it trains on).
      const scored = algorithm.online_filtering ? await timed("reward", () => scorer.score(samples, completions, rollout.n)) : firstScored!;
      if (scored.unanswered.boxed > 0 && !warnedUnreadBoxed) {
        warnedUnreadBoxed = true;
        const tag = algorithm.accuracy.answer_tag;
        progress.log(`warning: step ${step}: ${scored.unanswered.boxed} of ${completions.length} responses have no <${tag}> tag but a \\boxed{} answer, ` +
          `which the accuracy reward does not read (it scores them 0); if your prompt asks for \\boxed{}, set algorithm.accuracy.fallback_to_boxed=true`);
      }

      // 6. reference log-probs for the KL term
      const refLogprobs = needsReference(config)
        ? await timed("ref", () => worker.logProbs(batch, { role: "reference", ...experience }))
        : undefined;

      // 7. PPO updates in mini-batches of global_batch_size prompts (x n responses)
      // With algorithm.mask_truncated, responses cut at the length limit are left out of the loss (DAPO's
      // overlong filtering); a mini-batch left empty skips its update but keeps its place in the lr schedule.
      const inLoss = (r: number) => !algorithm.mask_truncated || completions[r]!.finishReason !== "length";
      const updates: Metrics[] = [];
      const perfs: StepPerf[] = [];
      for (let epoch = 0; epoch < actor.ppo_epochs; epoch++) {
        for (let p0 = 0; p0 < samples.length; p0 += actor.global_batch_size) {
          const rows = range(p0 * rollout.n, Math.min(samples.length, p0 + actor.global_batch_size) * rollout.n).filter(inLoss);
          const lr = learningRate(optimizerStep, totalOptimizerSteps, actor.optim, updatesPerStep);
          if (rows.length === 0) {
            optimizerStep += 1;
            continue;
          }
          const mini: SequenceBatch = { prompts, sequences: rows.map((r) => batch.sequences[r]!) };
          const m = await timed("update", () => worker.trainStep(mini, {
            advantages: rows.map((r) => scored.advantage[r]!),
            oldLogprobs: rows.map((r) => oldLogprobs[r]!),
            refLogprobs: refLogprobs && rows.map((r) => refLogprobs[r]!),
            lr, ...update,
          }));
          optimizerStep += 1;
          const { perf, ...scalars } = m;
          updates.push(scalars);
          perfs.push(perf);
        }
      }

      // 9. metrics
      const lengths = completions.map((c) => c.tokenIds.length);
      const levels = samples.map((s) => levelKey(s.meta[data.curriculum.difficulty_key]));
      const stages = samples.map((s) => s.meta[data.curriculum.stage_key]).filter((v): v is number => typeof v === "number");
      // The worker loads updated weights into vLLM once per rollout, in the first generate after the updates
      // (so timing_s/gen includes it); reported on its own as well, as verl does.
      timing["timing_s/weight_sync"] = weightSyncS;
      timing["timing_s/step"] = (performance.now() - stepStart) / 1000;
      // Everything but the worker's handlers: rewards, batching, the wire and the loop itself.
      timing["timing_s/controller"] = Math.max(0, timing["timing_s/step"] - (worker.workerSeconds - workerSecondsAtStart));
      const metrics: Metrics = {
        epoch: sampler.epoch,
        "reward/overall": mean(scored.reward),
        "reward/format": mean(scored.format),
        "reward/accuracy": mean(scored.accuracy),
        "reward/bonus": mean(scored.bonus),
        ...(config.worker.reward.overlong_buffer.enable ? { "reward/overlong": mean(scored.overlong) } : {}),
        ...Object.fromEntries(Object.entries(scored.extra).map(([k, v]) => [`reward/${k}`, mean(v)])),
        "reward/data_errors": scored.dataErrors.length,
        "reward/no_answer": scored.unanswered.count / completions.length,
        "data/dropped_at_runtime": dropped,
        ...(algorithm.online_filtering ? { "data/skipped": 0, "data/filtered_groups": filteredGroups, "data/generation_rounds": rounds } : {}),
        ...(algorithm.mask_truncated ? { "data/masked_truncated": completions.filter((_, r) => !inLoss(r)).length } : {}),
        // Over response tokens of the advantages the loss used (KL-in-reward returns, clamp), as verl's metrics.
        "critic/advantages/mean": weightedMean(updates.map((u) => u.advantagesMean!), updates.map((u) => u.numTokens!)),
        "critic/advantages/max": updates.length ? Math.max(...updates.map((u) => u.advantagesMax!)) : 0,
        "critic/advantages/min": updates.length ? Math.min(...updates.map((u) => u.advantagesMin!)) : 0,
        "response_length/mean": mean(lengths),
        "response_length/max": Math.max(...lengths),
        "response_length/clip_ratio": mean(completions.map((c) => (c.finishReason === "length" ? 1 : 0))),
        "actor/pg_loss": mean(updates.map((u) => u.pgLoss!)),
        "actor/kl": mean(updates.map((u) => u.kl!)),
        ...(algorithm.use_kl_loss ? { "actor/kl_loss": mean(updates.map((u) => u.klLoss!)) } : {}),
        "actor/entropy": mean(updates.map((u) => u.entropy!)),
        "actor/clipfrac": mean(updates.map((u) => u.clipfrac!)),
        "actor/clipfrac_higher": mean(updates.map((u) => u.clipfracHigher!)),
        "actor/clipfrac_lower": mean(updates.map((u) => u.clipfracLower!)),
        "actor/clipfrac_dual": mean(updates.map((u) => u.clipfracDual!)),
        "actor/grad_norm": mean(updates.map((u) => u.gradNorm!)),
        "actor/ppo_kl": mean(updates.map((u) => u.ppoKl!)),
        "actor/lr": updates.at(-1)?.lr ?? 0,
        ...timing,
        "perf/throughput": lengths.reduce((a, b) => a + b, 0) / timing["timing_s/step"]!,
        "perf/controller_share": timing["timing_s/controller"] / timing["timing_s/step"],
        ...memoryMetrics(perfs),
        "perf/micro_batches": perfs.reduce((sum, p) => sum + p.microBatches, 0),
        ...(stages.length ? { "curriculum/stage": mean(stages) } : {}),
        ...meanBy("accuracy_by_level", levels, groupMeans(scored.accuracy, rollout.n)),
      };
      if (due(trainer.val_freq)) {
        const validation = (await validate())!;
        finalValidation = validation.metrics;
        Object.assign(metrics, finalValidation);
        // Validation right after the updates generates first, so it loads this step's weights into vLLM.
        metrics["timing_s/weight_sync"] = metrics["timing_s/weight_sync"]! + validation.weightSyncS;
      }
      record(step, metrics);
      options.onStep?.(step, metrics);
      if (trainer.logger.includes("console")) progress.update(step, {
        reward: metrics["reward/overall"]!.toFixed(3),
        acc: metrics["reward/accuracy"]!.toFixed(3),
        len: metrics["response_length/mean"]!.toFixed(1),
        gen: `${timing["timing_s/gen"]!.toFixed(1)}s`,
        update: `${(timing["timing_s/update"] ?? 0).toFixed(1)}s`,
        ...(metrics["val/accuracy"] !== undefined ? { "val acc": metrics["val/accuracy"]!.toFixed(3) } : {}),
      });

      // 10. checkpoint (and always on the last step or when asked to stop)
      await saveIfDue();
    }
    const stoppedEarly = step < totalSteps;
    if (stoppedEarly) say(`stopped at step ${step}; resume with --resume (checkpoint ${lastCheckpoint})`);
    writeFileSync(join(runDir, "summary.json"), JSON.stringify({ steps: step, totalSteps, lastCheckpoint, droppedAtRuntime, finalValidation }, null, 2) + "\n");
    return { runDir, steps: step, lastCheckpoint, stoppedEarly, finalValidation };
  } catch (err) {
    failed = true;
    if (!setupDone) throw err;
    const next = lastCheckpoint
      ? `the last good checkpoint is ${lastCheckpoint}; fix the cause and rerun with --resume to continue from it`
      : "no checkpoint was written yet; fix the cause and rerun the same command (it starts over)";
    throw new Error(`training failed at step ${step}: ${(err as Error).message}\n${next}`, { cause: err });
  } finally {
    await trackers?.close(failed ? 1 : 0); // finished, or marked failed, on Ctrl-C and errors alike
    await plugin?.close();
    await close();
  }
}

/**
 * Where the run starts, said in the first line: trainer.load_checkpoint_path, else the newest
 * checkpoint when resuming (--resume or trainer.find_last_checkpoint, on by default as in EasyR1),
 * else a new run. --resume with nothing to resume is an error unless find_last_checkpoint allows a
 * fresh start.
 */
function startingPoint(checkpoints: CheckpointManager, config: ObserveConfig, resume: boolean, runDir: string, say: (m: string) => void): Checkpoint | undefined {
  const { trainer } = config;
  if (trainer.load_checkpoint_path) {
    const from = checkpoints.load(trainer.load_checkpoint_path);
    say(`resuming from ${from.dir} (step ${from.state.step}, trainer.load_checkpoint_path)`);
    return from;
  }
  const latest = checkpoints.latest();
  if (latest && (resume || trainer.find_last_checkpoint)) {
    say(`resuming from ${latest.dir} (step ${latest.state.step})` +
      (resume ? "" : "; trainer.find_last_checkpoint=true continues an existing run: set it to false or choose another trainer.save_checkpoint_path to start over"));
    return latest;
  }
  if (resume && !trainer.find_last_checkpoint) {
    throw new Error(`--resume: ${runDir} has no checkpoint to resume from (${checkpoints.root} holds none); run without --resume to start a new run`);
  }
  say(`starting a new run in ${runDir}` +
    (resume ? ` (--resume found no checkpoint there; trainer.find_last_checkpoint=true lets it start fresh)` : "") +
    (latest ? ` (trainer.find_last_checkpoint=false: its checkpoints up to step ${latest.state.step} will be replaced)` : ""));
  return undefined;
}

const GIB = 2 ** 30;

/** Peak memory over the step's updates, in GiB, under verl's metric names (allocated/reserved are 0 on CPU). */
function memoryMetrics(perfs: StepPerf[]): Metrics {
  const peak = (bytes: (p: StepPerf) => number) => perfs.reduce((m, p) => Math.max(m, bytes(p)), 0) / GIB;
  return {
    "perf/max_memory_allocated_gb": peak((p) => p.maxMemoryAllocatedBytes),
    "perf/max_memory_reserved_gb": peak((p) => p.maxMemoryReservedBytes),
    "perf/cpu_memory_used_gb": peak((p) => p.cpuMemoryUsedBytes),
  };
}

/** Refill rounds of a step sample with seeds this far apart (round 0 keeps the step's seed). */
const REFILL_SEED_STRIDE = 7_919_993;

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

/** Per-group means of a flat prompt-major array (groups of n). */
function groupMeans(values: ArrayLike<number>, n: number): number[] {
  return Array.from({ length: values.length / n }, (_, g) => {
    let s = 0;
    for (let i = g * n; i < (g + 1) * n; i++) s += values[i]!;
    return s / n;
  });
}
