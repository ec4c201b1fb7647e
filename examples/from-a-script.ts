// The README's "Use it from a script": one worker, generate, one RL update, a checkpoint.
// Needs runs/tiny-model (npx observe-run tiny-model runs/tiny-model); run: npx tsx examples/from-a-script.ts
import { imageFromFile, spawnWorker } from "@observe-r1/bridge";
import { optimizerOptions, resolveConfig, updateOptions } from "@observe-r1/trainer";

// The worker takes no defaults: every optimizer and update setting comes from a config (here the recipe's).
const config = resolveConfig({ data: { train_files: "train.jsonl" }, worker: { actor: { model: { model_path: "runs/tiny-model" } } } });
const worker = await spawnWorker();                      // python -m observe_worker over ipc://
await worker.loadModel({ modelPath: "runs/tiny-model", loadReference: true, optimizer: optimizerOptions(config) });
const prompt = { text: "How many shapes?", images: [imageFromFile("test/fixtures/shapes.png")] };
const { completions } = await worker.generate([prompt], { n: 8, temperature: 1.0, maxNewTokens: 256 });
const batch = { prompts: [prompt], sequences: completions.map((c) => ({ promptIndex: 0, responseIds: c.tokenIds })) };
const metrics = await worker.trainStep(batch, {
  ...updateOptions(config),                              // clip ratios, KL, advantage clip, loss aggregation, ...
  advantages: completions.map((c) => (c.text.includes("<answer>") ? 1 : -1)),
  oldLogprobs: completions.map((c) => c.logprobs),
  lr: 1e-6,
});
await worker.saveCheckpoint("runs/my-run/step-1");       // atomic, safetensors + optimizer state
await worker.close();                                    // no orphan Python, Node exits by itself
