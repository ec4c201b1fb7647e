import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import {
  ConfigError,
  configHash,
  loadConfig,
  parseOverride,
  resolveConfig,
  responsesPerRollout,
  responsesPerUpdate,
  saveResolvedConfig,
  updatesPerRollout,
  type ConfigProblem,
} from "./index.js";

const REPO = resolve(process.cwd());
const MINIMAL = { data: { train_files: "train.jsonl" }, worker: { actor: { model: { model_path: "model" } } } };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "observe-config-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function writeYaml(text: string, name = "run.yaml"): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The problems of a load that must fail. */
function problemsOf(load: () => unknown): readonly ConfigProblem[] {
  try {
    load();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("defaults", () => {
  test("reproduce the docs/method.md section 6 recipe", () => {
    const c = resolveConfig(MINIMAL);
    expect(c.algorithm).toMatchObject({
      adv_estimator: "grpo",
      kl_coef: 0.01,
      kl_penalty: "kl",
      kl_loss_type: "low_var_kl",
      use_kl_loss: false,
      advantage_clip: 10,
      bonus: { enable: true, coef: 0.2, min_length: 100 },
      dynamic_weight: { enable: true, sigma: 1.8 },
    });
    expect(c.data).toMatchObject({
      prompt_key: "problem",
      answer_key: "answer",
      image_key: "images",
      max_prompt_length: 9216,
      max_response_length: 8192,
      rollout_batch_size: 128,
      min_pixels: 4 * 28 * 28,
      max_pixels: 2_560_000,
      skip_invalid: false,
      format: { score: 0.5, allow_nested_observe: false },
      curriculum: { sampler: "ladder" },
    });
    expect(c.worker.rollout).toMatchObject({ n: 8, temperature: 1.0, top_p: 1.0, gpu_memory_utilization: 0.6 });
    expect(c.worker.actor).toMatchObject({ clip_ratio_low: 0.2, clip_ratio_high: 0.2, max_grad_norm: 1.0 });
    const { optim } = c.worker.actor;
    expect(optim).toMatchObject({ lr: 1e-6, lr_warmup_ratio: 0.03, betas: [0.9, 0.95], weight_decay: 0, strategy: "adamw" });
    expect(optim.lr * optim.min_lr_ratio).toBeCloseTo(1e-7, 12);
    // 128 prompts * 8 = 1024 responses, trained in mini-batches of 64: 16 optimizer steps.
    expect(responsesPerRollout(c)).toBe(1024);
    expect(responsesPerUpdate(c)).toBe(64);
    expect(updatesPerRollout(c)).toBe(16);
  });

  test("scale-out keys: EasyR1 names, nothing offloaded, vLLM sleeps between rollouts", () => {
    const c = resolveConfig(MINIMAL);
    expect(c.worker.rollout).toMatchObject({
      engine: "vllm", tensor_parallel_size: 1, max_model_len: null, limit_images: 0, enforce_eager: false, free_cache_engine: true,
    });
    expect(c.worker.actor.offload).toEqual({ offload_params: false, offload_optimizer: false });
    expect(c.worker.ref.offload).toEqual({ offload_params: false });
    expect(c.worker.actor).toMatchObject({ micro_batch_size_per_device_for_update: 2, micro_batch_size_per_device_for_experience: 4 });
    expect(c.trainer).toMatchObject({ n_gpus_per_node: 8, nnodes: 1, master_addr: null, master_port: 29500 });
  });

  test("a single train file becomes a list and the checkpoint path is derived", () => {
    const c = resolveConfig({ ...MINIMAL, trainer: { project_name: "p", experiment_name: "e" } });
    expect(c.data.train_files).toEqual(["train.jsonl"]);
    expect(c.trainer.save_checkpoint_path).toBe("checkpoints/p/e");
  });

  test("the required keys are named when missing", () => {
    const problems = problemsOf(() => resolveConfig({}));
    expect(problems.map((p) => [p.key, p.origin])).toEqual([
      ["data.train_files", "not set"],
      ["worker.actor.model.model_path", "not set"],
    ]);
    expect(problems[0]!.message).toContain("data.train_files=");
  });
});

describe("shipped example configs", () => {
  test("demo.yaml parses and is small enough for a CPU", () => {
    const c = loadConfig({ file: join(REPO, "examples/configs/demo.yaml") });
    expect(c.worker.rollout.engine).toBe("hf");
    expect(c.trainer.n_gpus_per_node).toBe(0);
    expect(c.worker.actor.model.model_path).toBe("runs/demo/sft-model"); // what `observe-run demo` writes
    // One step's rollouts must stay a few hundred short responses on 2 cores.
    expect(c.data.rollout_batch_size * c.worker.rollout.n).toBeLessThanOrEqual(128);
    expect(c.data.max_response_length).toBeLessThanOrEqual(64);
    // About 0.6 s a step on an idle 2-core box (the demo model): the whole demo stays under 5 minutes.
    expect(c.trainer.max_steps).toBeGreaterThanOrEqual(20);
    expect(c.trainer.max_steps).toBeLessThanOrEqual(200);
  });

  test("qwen2_5_vl_3b_observe_r1.yaml is the 8-GPU recipe", () => {
    const c = loadConfig({ file: join(REPO, "examples/configs/qwen2_5_vl_3b_observe_r1.yaml") });
    expect(c.trainer.n_gpus_per_node).toBe(8);
    expect(c.worker.rollout.engine).toBe("vllm");
    expect(c.data.max_pixels).toBe(10000 * 16 * 16);
    expect(c.data.min_pixels).toBe(3136);
    expect(responsesPerRollout(c)).toBe(1024);
    expect(responsesPerUpdate(c)).toBe(64);
    expect(c.worker.rollout).toMatchObject({ gpu_memory_utilization: 0.6, tensor_parallel_size: 1, free_cache_engine: true });
    expect(c.worker.actor.lora.rank).toBe(0); // full fine-tuning
    expect(c).toEqual(resolveConfig({ ...c })); // already resolved: parsing again changes nothing
  });

  test("qwen2_5_vl_7b_lora_1gpu.yaml: LoRA on one GPU, the recipe's batch sizes", () => {
    const c = loadConfig({ file: join(REPO, "examples/configs/qwen2_5_vl_7b_lora_1gpu.yaml") });
    expect(c.trainer).toMatchObject({ n_gpus_per_node: 1, nnodes: 1 });
    expect(c.worker.actor.lora.rank).toBeGreaterThan(0);
    expect(c.worker.actor.model.model_path).toContain("7B");
    expect(c.worker.rollout.engine).toBe("vllm");
    expect(responsesPerRollout(c)).toBe(1024);
    expect(responsesPerUpdate(c)).toBe(64);
    expect(c).toEqual(resolveConfig({ ...c }));
  });
});

describe("unknown keys", () => {
  test("name the full key, file:line and the closest valid key", () => {
    const file = writeYaml(
      [
        "data:",
        "  train_files: t.jsonl",
        "worker:",
        "  actor:",
        "    model:",
        "      model_path: m",
        "  rollout:",
        "    temprature: 0.7", // line 8
      ].join("\n"),
    );
    const [p, ...rest] = problemsOf(() => loadConfig({ file }));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ key: "worker.rollout.temprature", origin: `${file}:8` });
    expect(p!.message).toContain("did you mean worker.rollout.temperature?");
  });

  test("a key in the wrong section points to where it lives", () => {
    const problems = problemsOf(() => resolveConfig({ ...MINIMAL, data: { ...MINIMAL.data, lr: 1e-5 } }));
    expect(problems[0]!.message).toContain("did you mean worker.actor.optim.lr?");
  });

  test("an unknown override says it came from the command line", () => {
    const problems = problemsOf(() =>
      loadConfig({ overrides: ["data.train_files=t.jsonl", "worker.actor.model.model_path=m", "algorithm.kl_cof=0.1"] }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: "algorithm.kl_cof", origin: "command line" });
    expect(problems[0]!.message).toContain("did you mean algorithm.kl_coef?");
  });

  test("with nothing close, the valid keys of the section are listed", () => {
    const problems = problemsOf(() => resolveConfig({ ...MINIMAL, algorithm: { zzzzzzzzzz: 1 } }));
    expect(problems[0]!.message).toMatch(/valid keys here: adv_estimator, gamma, .*dynamic_weight/);
  });
});

describe("invalid values", () => {
  test("name the key, the value and what is allowed; all problems come together", () => {
    const file = writeYaml(
      [
        "data:",
        "  train_files: t.jsonl",
        "  rollout_batch_size: many", // line 3
        "algorithm:",
        "  adv_estimator: ppo", // line 5
        "worker:",
        "  actor:",
        "    model:",
        "      model_path: m",
        "trainer:",
        "  logger: [console, clearml]", // line 11
      ].join("\n"),
    );
    const problems = problemsOf(() => loadConfig({ file, overrides: ["worker.rollout.n=0", "trainer.max_steps=2.5"] }));
    const byKey = Object.fromEntries(problems.map((p) => [p.key, p]));
    expect(Object.keys(byKey).sort()).toEqual(
      ["algorithm.adv_estimator", "data.rollout_batch_size", "trainer.logger[1]", "trainer.max_steps", "worker.rollout.n"].sort(),
    );
    expect(byKey["data.rollout_batch_size"]).toMatchObject({ value: "many", origin: `${file}:3`, message: "expected an integer" });
    expect(byKey["algorithm.adv_estimator"]).toMatchObject({
      value: "ppo",
      origin: `${file}:5`,
      message: "expected one of: grpo, dr_grpo, rloo, reinforce_plus_plus_baseline",
    });
    expect(byKey["trainer.logger[1]"]).toMatchObject({ value: "clearml", origin: `${file}:11` });
    expect(byKey["trainer.logger[1]"]!.message).toContain("console, file, tensorboard, wandb, mlflow, swanlab, trackio");
    expect(byKey["worker.rollout.n"]).toMatchObject({ value: 0, origin: "command line", message: "must be >= 1" });
    expect(byKey["trainer.max_steps"]).toMatchObject({ value: 2.5, message: "expected an integer, or null" });

    const text = new ConfigError(problems).message;
    expect(text).toContain("Invalid configuration (5 problems)");
    expect(text).toContain(`algorithm.adv_estimator = "ppo" (${file}:5): expected one of:`);
  });

  test("keys that only make sense together are checked together", () => {
    const problems = problemsOf(() =>
      resolveConfig({ ...MINIMAL, data: { ...MINIMAL.data, rollout_batch_size: 12 }, trainer: { n_gpus_per_node: 0 } }),
    );
    expect(problems.map((p) => p.key).sort()).toEqual(["worker.actor.global_batch_size", "worker.rollout.engine"]);
    expect(problems.find((p) => p.key === "worker.actor.global_batch_size")).toMatchObject({ value: 8 });
    expect(problems.find((p) => p.key === "worker.rollout.engine")!.message).toContain("worker.rollout.engine=hf");
  });

  test("scale-out keys are checked against the hardware and the lengths", () => {
    const at = (overrides: object) => problemsOf(() => resolveConfig({ ...MINIMAL, ...overrides }));
    // tensor parallelism inside a node: 3 does not divide 8 GPUs
    const tp = at({ worker: { ...MINIMAL.worker, rollout: { tensor_parallel_size: 3 } } });
    expect(tp.map((p) => p.key)).toEqual(["worker.rollout.tensor_parallel_size"]);
    expect(tp[0]!.message).toContain("must divide trainer.n_gpus_per_node (8)");
    // vLLM must fit the longest prompt plus the longest response
    const len = at({ worker: { ...MINIMAL.worker, rollout: { max_model_len: 4096 } } });
    expect(len.map((p) => [p.key, p.value])).toEqual([["worker.rollout.max_model_len", 4096]]);
    expect(len[0]!.message).toContain(`(${9216 + 8192})`);
    // several nodes need an address the other nodes can reach
    const nodes = at({ trainer: { nnodes: 2 } });
    expect(nodes.map((p) => p.key)).toEqual(["trainer.master_addr"]);
    expect(nodes[0]!.message).toContain("trainer.nnodes=2");
    expect(resolveConfig({ ...MINIMAL, trainer: { nnodes: 2, master_addr: "10.0.0.1" } }).trainer.master_addr).toBe("10.0.0.1");
    // CPU processes (gloo) are allowed: two processes on a machine without GPUs, hf rollouts
    const cpu = resolveConfig({ ...MINIMAL, worker: { ...MINIMAL.worker, rollout: { engine: "hf" } }, trainer: { n_gpus_per_node: 2 } });
    expect(cpu.trainer.n_gpus_per_node).toBe(2);
  });

  test("a k1 KL loss is refused, saying why and what to use", () => {
    const problems = problemsOf(() => resolveConfig({ ...MINIMAL, algorithm: { use_kl_loss: true, kl_loss_type: "kl" } }));
    expect(problems.map((p) => [p.key, p.value])).toEqual([["algorithm.kl_loss_type", "kl"]]);
    expect(problems[0]!.message).toContain("expected gradient is zero");
    expect(problems[0]!.message).toContain("low_var_kl");
    // k1 stays right for the reward penalty, and the loss default is k3
    expect(resolveConfig({ ...MINIMAL, algorithm: { kl_loss_type: "kl" } }).algorithm.kl_loss_type).toBe("kl");
    expect(resolveConfig({ ...MINIMAL, algorithm: { use_kl_loss: true } }).algorithm).toMatchObject({ kl_penalty: "kl", kl_loss_type: "low_var_kl" });
  });

  test("an EasyR1 config's kl_penalty for the KL loss is refused, naming verl's kl_loss_type that the loss reads", () => {
    const problems = problemsOf(() => resolveConfig({ ...MINIMAL, algorithm: { use_kl_loss: true, kl_penalty: "mse" } }));
    expect(problems.map((p) => [p.key, p.value])).toEqual([["algorithm.kl_penalty", "mse"]]);
    expect(problems[0]!.message).toContain("Set algorithm.kl_loss_type=mse");
    // The same estimator in both keys, the reward's k1, or KL in the reward: nothing to say.
    expect(resolveConfig({ ...MINIMAL, algorithm: { use_kl_loss: true, kl_penalty: "low_var_kl" } }).algorithm.kl_loss_type).toBe("low_var_kl");
    expect(resolveConfig({ ...MINIMAL, algorithm: { use_kl_loss: true, kl_penalty: "mse", kl_loss_type: "mse" } }).algorithm.kl_loss_type).toBe("mse");
    expect(resolveConfig({ ...MINIMAL, algorithm: { use_kl_loss: false, kl_penalty: "mse" } }).algorithm.kl_penalty).toBe("mse");
  });

  test("loss aggregation: verl's names, EasyR1's aliases, Dr.GRPO's by default for dr_grpo", () => {
    const actor = (over: object) => resolveConfig({ ...MINIMAL, ...over }).worker.actor;
    expect(actor({})).toMatchObject({ loss_agg_mode: "token-mean", loss_avg_mode: null, loss_scale_factor: 8192 });
    expect(actor({ algorithm: { adv_estimator: "dr_grpo" } }).loss_agg_mode).toBe("seq-mean-token-sum-norm");
    const withActor = (a: object, more: object = {}) => actor({ ...more, worker: { actor: { ...MINIMAL.worker.actor, ...a } } });
    expect(withActor({ loss_agg_mode: "seq-mean-token-sum" }, { algorithm: { adv_estimator: "dr_grpo" } }).loss_agg_mode).toBe("seq-mean-token-sum");
    expect(withActor({ loss_avg_mode: "seq" }).loss_agg_mode).toBe("seq-mean-token-mean");
    expect(withActor({ loss_avg_mode: "token" }, { algorithm: { adv_estimator: "dr_grpo" } }).loss_agg_mode).toBe("token-mean");
    expect(withActor({ loss_scale_factor: 4096 }).loss_scale_factor).toBe(4096);
    const clash = problemsOf(() => withActor({ loss_avg_mode: "seq", loss_agg_mode: "token-mean" }));
    expect(clash.map((p) => p.key)).toEqual(["worker.actor.loss_avg_mode"]);
    expect(clash[0]!.message).toContain("set only loss_agg_mode");
  });

  test("loss_type gspo / gspo_token: the GSPO paper's clip range and sequence-mean aggregation unless set", () => {
    const actor = (a: object) => resolveConfig({ ...MINIMAL, worker: { actor: { ...MINIMAL.worker.actor, ...a } } }).worker.actor;
    expect(actor({})).toMatchObject({ loss_type: "default", clip_ratio_low: 0.2, clip_ratio_high: 0.2, loss_agg_mode: "token-mean" });
    for (const loss_type of ["gspo", "gspo_token"]) {
      expect(actor({ loss_type })).toMatchObject({ clip_ratio_low: 3e-4, clip_ratio_high: 4e-4, loss_agg_mode: "seq-mean-token-mean" });
    }
    expect(actor({ loss_type: "gspo", clip_ratio_high: 1e-3, loss_agg_mode: "token-mean" }))
      .toMatchObject({ clip_ratio_low: 3e-4, clip_ratio_high: 1e-3, loss_agg_mode: "token-mean" });
  });

  test("EasyR1 keys the code cannot honour are refused with what to do, not silently ignored", () => {
    const withModel = (model: object) => ({ ...MINIMAL, worker: { actor: { model: { ...MINIMAL.worker.actor.model, ...model } } } });
    const tok = problemsOf(() => resolveConfig(withModel({ tokenizer_path: "other/tokenizer" })));
    expect(tok.map((p) => p.key)).toEqual(["worker.actor.model.tokenizer_path"]);
    expect(tok[0]!.message).toContain("model_path");
    expect(resolveConfig(withModel({ tokenizer_path: "model" })).worker.actor.model.tokenizer_path).toBe("model");
    expect(problemsOf(() => resolveConfig(withModel({ trust_remote_code: true }))).map((p) => p.key)).toEqual(["worker.actor.model.trust_remote_code"]);
    const strategy = problemsOf(() => resolveConfig({ ...MINIMAL, worker: { actor: { ...MINIMAL.worker.actor, optim: { strategy: "adamw_bf16" } } } }));
    expect(strategy.map((p) => p.key)).toEqual(["worker.actor.optim.strategy"]);
  });

  test("rollout.n = 1 is refused: a group of one has no baseline, so every advantage would be 0", () => {
    const problems = problemsOf(() => resolveConfig({ ...MINIMAL, worker: { ...MINIMAL.worker, rollout: { n: 1 } }, data: { ...MINIMAL.data, rollout_batch_size: 8 } }));
    expect(problems.map((p) => p.key)).toContain("worker.rollout.n");
    expect(problems.find((p) => p.key === "worker.rollout.n")!.message).toContain("advantage would be 0");
  });

  test("advantage_clip 0 disables the clamp; a negative one is refused", () => {
    expect(resolveConfig({ ...MINIMAL, algorithm: { advantage_clip: 0 } }).algorithm.advantage_clip).toBe(0);
    expect(problemsOf(() => resolveConfig({ ...MINIMAL, algorithm: { advantage_clip: -1 } })).map((p) => p.key)).toEqual(["algorithm.advantage_clip"]);
  });

  test("a YAML syntax error names file:line", () => {
    const file = writeYaml("data:\n  train_files: [a, b\ntrainer: {}\n");
    const problems = problemsOf(() => loadConfig({ file }));
    expect(problems[0]!.origin).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+$`));
    expect(problems[0]!.message).toContain("YAML syntax error");
  });

  test("a missing file says so", () => {
    const problems = problemsOf(() => loadConfig({ file: join(dir, "nope.yaml") }));
    expect(problems[0]!.message).toContain("file not found");
  });
});

describe("command-line overrides", () => {
  test.each([
    ["a.b=8", 8],
    ["a.b=1e-6", 1e-6],
    ["a.b=true", true],
    ["a.b=null", null],
    ["a.b=[console,tensorboard]", ["console", "tensorboard"]],
    ["a.b=runs/tiny-model", "runs/tiny-model"],
    ["a.b=x=y", "x=y"],
  ])("%s is read as YAML", (arg, value) => {
    expect(parseOverride(arg)).toEqual({ key: "a.b", value });
  });

  test("malformed overrides are reported", () => {
    expect(parseOverride("worker.rollout.n")).toHaveProperty("error");
    expect(parseOverride("=3")).toHaveProperty("error");
  });

  test("override the file, creating sections as needed", () => {
    const file = writeYaml("data:\n  train_files: t.jsonl\nworker:\n  actor:\n    model:\n      model_path: m\n");
    const c = loadConfig({
      file,
      overrides: ["worker.rollout.n=4", "trainer.logger=[console,tensorboard]", "data.train_files=[a.jsonl,b.parquet]"],
    });
    expect(c.worker.rollout.n).toBe(4);
    expect(c.trainer.logger).toEqual(["console", "tensorboard"]);
    expect(c.data.train_files).toEqual(["a.jsonl", "b.parquet"]);
  });

  test("a number where a name is expected is taken as the name", () => {
    const c = loadConfig({ overrides: ["data.train_files=t.jsonl", "worker.actor.model.model_path=m", "trainer.experiment_name=2024"] });
    expect(c.trainer.experiment_name).toBe("2024");
  });

  test("setting below a plain value is an error, reported with the rest", () => {
    const problems = problemsOf(() => loadConfig({ overrides: ["data.prompt_key=q", "data.prompt_key.x=1", "bogus"] }));
    const keys = problems.map((p) => p.key);
    expect(keys).toContain("data.prompt_key.x");
    expect(problems.find((p) => p.key === "data.prompt_key.x")!.message).toContain("data.prompt_key is a value");
    expect(problems.some((p) => p.message.includes('got "bogus"'))).toBe(true);
    expect(keys).toContain("data.train_files"); // schema problems still listed
  });
});

describe("saveResolvedConfig", () => {
  test("writes every key and a hash that round-trips", () => {
    const c = loadConfig({ file: join(REPO, "examples/configs/demo.yaml") });
    const { path, hash } = saveResolvedConfig(dir, c);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("gpu_memory_utilization: 0.6"); // a default, not in demo.yaml
    expect(readFileSync(join(dir, "config.sha256"), "utf8").trim()).toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    // Reloading the saved file gives the same config and so the same hash.
    const again = loadConfig({ file: path });
    expect(again).toEqual(c);
    expect(configHash(again)).toBe(hash);
  });

  test("the hash ignores key order and sees every value", () => {
    const c = resolveConfig(MINIMAL);
    const reordered = parseYaml(JSON.stringify(Object.fromEntries(Object.entries(c).reverse()))) as typeof c;
    expect(configHash(reordered)).toBe(configHash(c));
    const changed = resolveConfig({ ...MINIMAL, algorithm: { kl_coef: 0.02 } });
    expect(configHash(changed)).not.toBe(configHash(c));
  });
});
