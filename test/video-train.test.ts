// Video rows (data.video_key, EasyR1's `videos` column): the data check counts their tokens as the worker
// encodes them, a video that does not decode is a named invalid row, and `observe-run train` runs on them.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { pythonEnv, resolvePython, type SpawnedWorker } from "@observe-r1/bridge";
import { checkSplit, loadConfig, promptTemplate, toPrompt, trainObserveR1 } from "@observe-r1/trainer";
import { buildTinyModel, startWorker, tinyRunOverrides } from "./helpers.js";

const run = promisify(execFile);
let dir: string;
let dataFile: string;
let model: string;
let worker: SpawnedWorker;

// A 2 s clip (20 frames at 10 fps, 64x48, a square moving right) and 3 PNG frames, made with PyAV and Pillow.
const MAKE_MEDIA = `
import av, numpy as np, sys
from PIL import Image
out = sys.argv[1]
def frame(k):
    a = np.zeros((48, 64, 3), np.uint8); a[..., 0] = 10 * k; a[10:26, 2 * k:2 * k + 16] = 255
    return a
with av.open(out + "/clip.mp4", mode="w") as c:
    s = c.add_stream("mpeg4", rate=10); s.width, s.height, s.pix_fmt = 64, 48, "yuv420p"
    for k in range(20):
        c.mux(s.encode(av.VideoFrame.from_ndarray(frame(k), format="rgb24")))
    c.mux(s.encode())
for k in range(3):
    Image.fromarray(frame(3 * k)).save(f"{out}/f{k}.png")
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "observe-video-"));
  [model] = await Promise.all([buildTinyModel(), run(resolvePython(), ["-c", MAKE_MEDIA, dir], { env: pythonEnv() })]);
  writeFileSync(join(dir, "broken.mp4"), "not a video");
  const rows = [
    { id: "file0", problem: "<video>Which way does the square move?", answer: "right", videos: ["clip.mp4"] },
    { id: "frames0", problem: "What changes in <video>?", answer: "color", videos: [["f0.png", "f1.png", "f2.png"]] },
    { id: "file1", problem: "How many squares?", answer: "1", videos: ["clip.mp4"] },
    { id: "frames1", problem: "<video>Is it bright?", answer: "no", videos: [["f2.png", "f1.png", "f0.png"]] },
  ];
  dataFile = join(dir, "train.jsonl");
  writeFileSync(dataFile, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  worker = await startWorker();
}, 240_000);
afterAll(() => worker?.close());

test("the data check counts video tokens as the worker encodes them, and names a video that does not decode", async () => {
  const broken = join(dir, "with-broken.jsonl");
  writeFileSync(broken, readFileSync(dataFile, "utf8") + JSON.stringify({ id: "bad", problem: "<video>?", answer: "x", videos: ["broken.mp4"] }) + "\n");
  const config = loadConfig({ file: "examples/configs/demo.yaml", overrides: tinyRunOverrides({ train: broken, model, runDir: dir }) });
  const check = await checkSplit(config, "train", [broken], worker, { cacheDir: join(dir, "cache") });
  expect(check.dataset.samples.map((s) => s.id)).toEqual(["file0", "frames0", "file1", "frames1"]);
  expect(check.dataset.invalid).toEqual([expect.objectContaining({
    id: "bad", reasons: [{ code: "video_undecodable", message: expect.stringMatching(/broken\.mp4: .*not a video PyAV can decode/) }],
  })]);
  // 64x48 frames under data.max_pixels=12544 become 56x56 (2x2 tokens); the clip at 2 fps is 4 frames = 2
  // temporal patches, 3 frames pad to 2 as well: 8 video tokens each, no image tokens.
  expect(check.tokens.map((t) => [t.image, t.video])).toEqual([[0, 8], [0, 8], [0, 8], [0, 8]]);
  const prompts = check.dataset.samples.map((s) => toPrompt(s, promptTemplate(null)));
  const encoded = await worker.encodePrompts(prompts, { modelPath: model, minPixels: 3136, maxPixels: 12544 });
  expect(encoded.map((e) => e.videoTokens)).toEqual([8, 8, 8, 8]);
}, 120_000);

test("observe-run train: three RL steps on a video dataset with Qwen2.5-VL", async () => {
  const runDir = mkdtempSync(join(tmpdir(), "observe-run-video-"));
  const started = performance.now();
  const result = await trainObserveR1(loadConfig({
    file: "examples/configs/demo.yaml", overrides: [...tinyRunOverrides({ train: dataFile, model, runDir }), "data.video_fps=2"],
  }));
  expect(result.steps).toBe(3);
  const metrics = readFileSync(join(runDir, "metrics.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, number>);
  expect(metrics.map((m) => m.step)).toEqual([1, 2, 3]);
  for (const m of metrics) expect(Number.isFinite(m["actor/grad_norm"])).toBe(true);
  console.log(`video train: 3 steps in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 300_000);
