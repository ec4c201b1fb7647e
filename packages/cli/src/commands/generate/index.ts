// `observe-run generate --model DIR --image FILE --prompt TEXT -n K`: see the model answer.
import { imageFromFile, spawnWorker } from "@observe-r1/bridge";
import type { CommandModule } from "yargs";

interface Args {
  model: string;
  image: string[];
  prompt: string;
  system?: string;
  n: number;
  "max-new-tokens": number;
  temperature: number;
  "top-p": number;
  seed: number;
  python?: string;
}

export const generateCommand: CommandModule<object, Args> = {
  command: "generate",
  describe: "Sample K responses from a model for one prompt with images",
  builder: (y) =>
    y
      .option("model", { type: "string", demandOption: true, describe: "Qwen2.5-VL checkpoint directory" })
      .option("image", { type: "string", array: true, default: [], describe: "image file (repeat for several)" })
      .option("prompt", { type: "string", demandOption: true, describe: "the user question" })
      .option("system", { type: "string", describe: "system prompt (default: the chat template's)" })
      .option("n", { alias: "k", type: "number", default: 1, describe: "number of responses" })
      .option("max-new-tokens", { type: "number", default: 128 })
      .option("temperature", { type: "number", default: 1.0, describe: "0 = greedy" })
      .option("top-p", { type: "number", default: 1.0 })
      .option("seed", { type: "number", default: 0 })
      .option("python", { type: "string", describe: "Python with the worker installed (default: OBSERVE_PYTHON or .venv)" }),
  handler: async (args) => {
    const images = args.image.map(imageFromFile); // a missing file fails here, naming it
    const worker = await spawnWorker({ python: args.python });
    try {
      const info = await worker.loadModel({ modelPath: args.model });
      console.error(`loaded ${info.modelType} (${(info.numParameters / 1e6).toFixed(2)}M parameters) on ${info.device}`);
      const result = await worker.generate([{ system: args.system, text: args.prompt, images }], {
        n: args.n, maxNewTokens: args.maxNewTokens, temperature: args.temperature, topP: args.topP, seed: args.seed,
      });
      result.completions.forEach((c, i) => {
        console.log(`--- response ${i + 1}/${result.completions.length} (${c.tokenIds.length} tokens, ${c.finishReason})`);
        console.log(c.text);
      });
    } finally {
      await worker.close();
    }
  },
};
