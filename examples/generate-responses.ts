// Generate and look at responses: what does the model answer, and how would the rewards read it?
// Run: npx tsx examples/generate-responses.ts
import { spawnWorker } from "@observe-r1/bridge";
import { AccuracyScorer, createFormatChecker } from "@observe-r1/core";
import { datasetOptions, loadDataset, promptTemplate, resolveConfig, sampleChoices, toPrompt } from "@observe-r1/trainer";
import { demoData, tinyModel } from "./setup.js";

// 1. A model and questions with images (see setup.ts; put your own checkpoint and data file here).
const model = await tinyModel();
const data = await demoData();

// 2. The data as training reads it: the config's keys (data.prompt_key, data.image_key, ...), the same row checks.
const config = resolveConfig({ data: { train_files: `${data}/val.jsonl` }, worker: { actor: { model: { model_path: model } } } });
const { samples } = await loadDataset(config.data.train_files, datasetOptions(config));
const questions = samples.slice(0, 3);

// 3. One worker (a Python process holding the model); 4 responses per question at temperature 1.
const worker = await spawnWorker();
try {
  await worker.loadModel({ modelPath: model });
  const template = promptTemplate(config.data.format_prompt); // the recipe's <observe>/<think>/<answer> instructions
  const { completions } = await worker.generate(questions.map((s) => toPrompt(s, template)), { n: 4, temperature: 1.0, maxNewTokens: 24, seed: 0 });

  // 4. Look at them, scored as training scores them: format (the tags, in order) and accuracy (the verifier).
  const format = createFormatChecker();
  const accuracy = new AccuracyScorer();
  for (const [i, q] of questions.entries()) {
    console.log(`\n${q.id}: ${q.prompt.slice(0, 70)}...  (answer: ${q.answer})`);
    for (const c of completions.filter((c) => c.promptIndex === i)) {
      const judged = accuracy.score(c.text, q.answer, sampleChoices(q));
      console.log(`  format ${format(c.text) > 0 ? 1 : 0} | accuracy ${judged.accuracy} | ${String(c.tokenIds.length).padStart(2)} tokens (${c.finishReason}) | ` +
        JSON.stringify(c.text.slice(0, 60)));
    }
  }
  // A random tiny model writes noise; the demo's SFT model (npm run demo: runs/demo/sft-model) writes the format.
} finally {
  await worker.close(); // no Python process left behind
}
