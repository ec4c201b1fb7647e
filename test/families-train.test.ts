// `observe-run train` on tiny checkpoints of the other model families: three RL steps each, checkpoints in the family's layout.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, trainObserveR1 } from "@observe-r1/trainer";
import { buildTinyModel, FIXTURES, tinyRunOverrides } from "./helpers.js";

let dataFile: string;

beforeAll(() => {
  dataFile = join(mkdtempSync(join(tmpdir(), "observe-families-")), "train.jsonl");
  const rows = ["3", "red", "B", "2"].map((answer, i) => ({
    id: `q${i}`, problem: `Question ${i} about the picture?`, answer, images: [join(FIXTURES, i % 2 ? "shapes.png" : "triangle.jpg")],
  }));
  writeFileSync(dataFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
});

// Every family besides the default (which the other trainer tests run): Qwen2-VL, Qwen3-VL dense and MoE,
// Qwen3.5 with hybrid linear attention, and InternVL outside Qwen (1-D positions, tiled images).
test.each([
  ["qwen2_vl", "Qwen2VLForConditionalGeneration"],
  ["qwen3_vl", "Qwen3VLForConditionalGeneration"],
  ["qwen3_vl_moe", "Qwen3VLMoeForConditionalGeneration"],
  ["qwen3_5", "Qwen3_5ForConditionalGeneration"],
  ["internvl", "InternVLForConditionalGeneration"],
])(
  "%s: three steps train and save a checkpoint of that architecture",
  async (family, architecture) => {
    const model = await buildTinyModel(family);
    const runDir = mkdtempSync(join(tmpdir(), `observe-run-${family}-`));
    const result = await trainObserveR1(loadConfig({
      file: "examples/configs/demo.yaml",
      overrides: [...tinyRunOverrides({ train: dataFile, model, runDir }), "trainer.save_freq=3"],
    }));
    expect(result.steps).toBe(3);
    const metrics = readFileSync(join(runDir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);
    expect(metrics.map((m) => m.step)).toEqual([1, 2, 3]);
    for (const m of metrics) expect(Number.isFinite(m["actor/grad_norm"])).toBe(true);
    const saved = JSON.parse(readFileSync(join(runDir, "checkpoints/global_step_3/actor/config.json"), "utf8")) as Record<string, unknown>;
    expect(saved).toMatchObject({ model_type: family, architectures: [architecture] });
  },
  240_000,
);
