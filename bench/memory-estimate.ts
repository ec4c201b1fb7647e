// GPU memory per device for Qwen2.5-VL-3B/7B, estimated from parameter counts (not measured).
//
//   npm run bench -- memory-estimate [--gpu-gib 80] [key.path=value ...]
//
// Each setup reads its example config (GPUs, LoRA rank, vLLM share, offload, KL), so the
// figures follow the configs; overrides apply to every setup. Two phases share each GPU:
// rollout (vLLM awake) and update (vLLM asleep, worker.rollout.free_cache_engine). The
// update phase leaves out activations: they grow with sequence length and micro-batch size
// (worker.actor.micro_batch_size_per_device_*) and gradient checkpointing keeps them small.
import { join } from "node:path";
import { loadConfig, needsReference, type ObserveConfig } from "../packages/trainer/src/index.js";

const GIB = 2 ** 30;

/** Qwen2.5-VL's vision tower (the same ViT at 3B and 7B). */
const VISION_PARAMS = 0.67e9;

/** Shapes from the Hugging Face config.json of each checkpoint; totals include the ~0.67B vision tower. */
interface ModelShape {
  name: string;
  params: number;
  hidden: number;
  intermediate: number;
  layers: number;
  /** key/value width: kv heads * head dim (grouped-query attention) */
  kvDim: number;
  vocab: number;
  tiedEmbeddings: boolean;
}

const QWEN_3B: ModelShape = {
  name: "Qwen2.5-VL-3B", params: 3.75e9, hidden: 2048, intermediate: 11008, layers: 36, kvDim: 2 * 128, vocab: 151936, tiedEmbeddings: true,
};
const QWEN_7B: ModelShape = {
  name: "Qwen2.5-VL-7B", params: 8.29e9, hidden: 3584, intermediate: 18944, layers: 28, kvDim: 4 * 128, vocab: 152064, tiedEmbeddings: false,
};

/** One decoder layer's linear weights: q, o (h x h), k, v (h x kv), gate, up, down (h x I). */
const layerParams = (m: ModelShape) => 2 * m.hidden * m.hidden + 2 * m.hidden * m.kvDim + 3 * m.hidden * m.intermediate;

/** LoRA adds rank * (in + out) per adapted linear layer; "all-linear" on the language model. */
const loraParams = (m: ModelShape, rank: number) =>
  m.layers * rank * (2 * (m.hidden + m.hidden) + 2 * (m.hidden + m.kvDim) + 3 * (m.hidden + m.intermediate));

interface Part {
  what: string;
  gib: number;
  phase: "both" | "rollout" | "update";
}

function estimate(m: ModelShape, c: ObserveConfig, gpuGib: number): { title: string; parts: Part[] } {
  const ranks = Math.max(1, c.trainer.n_gpus_per_node) * c.trainer.nnodes;
  const { rank } = c.worker.actor.lora;
  const off = c.worker.actor.offload;
  const r = c.worker.rollout;
  const b = (n: number) => n / GIB;
  const parts: Part[] = [];
  if (rank > 0) {
    const lora = loraParams(m, rank);
    parts.push({ what: `base weights, bf16: 2 B x ${fmtB(m.params)} params`, gib: b(2 * m.params), phase: "both" });
    parts.push({
      what: `LoRA rank ${rank} (${fmtB(lora)} params): fp32 weights + grads + AdamW m, v = 16 B each`,
      gib: b(16 * lora), phase: "both",
    });
    parts.push({ what: "reference policy: the base with adapters disabled, no copy", gib: 0, phase: "both" });
  } else {
    // FSDP2: fp32 master weights and grads (4 + 4 B) and AdamW's two moments (8 B), each rank holding 1/ranks.
    const weightsGrads = off.offload_params ? 0 : 8;
    const adam = off.offload_optimizer ? 0 : 8;
    parts.push({
      what: `fp32 weights + grads${adam ? " + AdamW m, v" : ""}: ${weightsGrads + adam} B x ${fmtB(m.params)} / ${ranks} ranks` +
        `${off.offload_params ? " (weights offloaded)" : ""}${off.offload_optimizer ? " (optimizer offloaded)" : ""}`,
      gib: b(((weightsGrads + adam) * m.params) / ranks), phase: "both",
    });
    if (needsReference(c)) {
      const refOff = c.worker.ref.offload.offload_params;
      parts.push({ what: `reference policy, bf16: 2 B x ${fmtB(m.params)} / ${ranks}${refOff ? " (offloaded)" : ""}`,
        gib: refOff ? 0 : b((2 * m.params) / ranks), phase: "both" });
    }
    // Unsharded while in use: the root unit (embeddings, lm_head and the vision tower, which sharding.py keeps
    // in the root) and two decoder layers (one computing, one prefetched), in bf16, plus their bf16 grads
    // before the reduce-scatter.
    const root = m.vocab * m.hidden * (m.tiedEmbeddings ? 1 : 2) + VISION_PARAMS;
    parts.push({
      what: "all-gathered bf16 units + their grads: embeddings/lm_head/vision tower + 2 layers",
      gib: b(2 * 2 * (root + 2 * layerParams(m))), phase: "update",
    });
  }
  if (r.engine === "vllm") {
    const weights = b((2 * m.params) / r.tensor_parallel_size);
    parts.push({ what: `vLLM weights, bf16: 2 B x ${fmtB(m.params)} / TP ${r.tensor_parallel_size}`, gib: weights, phase: "rollout" });
    const rest = r.gpu_memory_utilization * gpuGib - weights;
    parts.push({
      what: `vLLM KV cache + activations: the rest of ${r.gpu_memory_utilization} x ${gpuGib} GiB` +
        (rest <= 0 ? " (NONE LEFT: raise gpu_memory_utilization or tensor_parallel_size)" : ""),
      gib: Math.max(0, rest), phase: r.free_cache_engine ? "rollout" : "both",
    });
  }
  parts.push({ what: "CUDA context, NCCL buffers (rough)", gib: 1, phase: "both" });
  const how = rank > 0 ? `LoRA rank ${rank}` : "full fine-tuning, FSDP2";
  const title = `${m.name}, ${how}, ${ranks} GPU${ranks > 1 ? "s" : ""}, vLLM TP ${r.tensor_parallel_size} at ` +
    `gpu_memory_utilization ${r.gpu_memory_utilization}`;
  return { title, parts };
}

const fmtB = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)}B` : `${(n / 1e6).toFixed(0)}M`);
const sum = (parts: Part[], phase: "rollout" | "update") =>
  parts.filter((p) => p.phase === "both" || p.phase === phase).reduce((s, p) => s + p.gib, 0);

// ---- main ----------------------------------------------------------------------------------
const args = process.argv.slice(2);
const gpuAt = args.indexOf("--gpu-gib");
const gpuGib = gpuAt >= 0 ? Number(args[gpuAt + 1]) : 80;
if (!(gpuGib > 0)) throw new Error(`--gpu-gib must be a positive number of GiB, got ${args[gpuAt + 1]}`);
const overrides = args.filter((a, i) => a.includes("=") && i !== gpuAt + 1);
const configs = join(import.meta.dirname, "..", "examples", "configs");
const recipe = loadConfig({ file: join(configs, "qwen2_5_vl_3b_observe_r1.yaml"), overrides });
const lora1 = loadConfig({ file: join(configs, "qwen2_5_vl_7b_lora_1gpu.yaml"), overrides });
const setups = [
  { model: QWEN_3B, config: recipe, file: "qwen2_5_vl_3b_observe_r1.yaml" },
  { model: QWEN_7B, config: recipe, file: "qwen2_5_vl_3b_observe_r1.yaml with the 7B model" },
  { model: QWEN_3B, config: lora1, file: "qwen2_5_vl_7b_lora_1gpu.yaml with the 3B model" },
  { model: QWEN_7B, config: lora1, file: "qwen2_5_vl_7b_lora_1gpu.yaml" },
];

console.log(`GPU memory per device, ESTIMATED from parameter counts (not measured); 1 GiB = 2^30 bytes; ${gpuGib} GiB GPUs.`);
console.log("Activations are not included (they depend on sequence length and micro-batch size).\n");
const rows: string[][] = [];
for (const { model, config, file } of setups) {
  const { title, parts } = estimate(model, config, gpuGib);
  console.log(`${title}  [${file}]`);
  for (const p of parts) console.log(`  ${p.what.padEnd(86)} ${p.gib.toFixed(2).padStart(6)}  ${p.phase}`);
  const [rollout, update] = [sum(parts, "rollout"), sum(parts, "update")];
  const warn = Math.max(rollout, update) > gpuGib ? "  (does not fit)" : "";
  console.log(`  => rollout phase ${rollout.toFixed(1)} GiB, update phase ${update.toFixed(1)} GiB + activations${warn}\n`);
  rows.push([title.split(", vLLM")[0]!, `${config.worker.rollout.gpu_memory_utilization}`, rollout.toFixed(0), update.toFixed(0)]);
}
console.log("| setup | vLLM share | rollout phase (GiB/GPU) | update phase (GiB/GPU, + activations) |");
console.log("| --- | --- | --- | --- |");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
