import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveConfig } from "../config/index.js";
import {
  datasetOptions,
  DatasetValidationError,
  droppedRowsNotice,
  imageProcessorGeometry,
  isVisionModel,
  loadDataset,
  missingImagesWarning,
  writeInvalidRows,
  type DatasetOptions,
  type InvalidRow,
} from "./index.js";
import { encodePng, HF_IMAGE_STRUCT, writeParquet } from "./test-support/fixtures.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "observe-data-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The data.* defaults (recipe limits), through the real config path. */
function options(over: Partial<DatasetOptions> = {}): DatasetOptions {
  const config = resolveConfig({ data: { train_files: "x.jsonl" }, worker: { actor: { model: { model_path: "m" } } } });
  return { ...datasetOptions(config), ...over };
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const jsonl = (rows: unknown[]) => rows.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n") + "\n";

/** The error a load must throw. */
async function rejection(p: Promise<unknown>): Promise<DatasetValidationError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DatasetValidationError) return err;
    throw err;
  }
  throw new Error("expected a DatasetValidationError");
}

describe("JSONL", () => {
  test("images as paths (relative to the data file), {bytes} structs, data: URIs and lists", async () => {
    const red = encodePng(40, 30);
    const blue = encodePng(20, 50);
    write("data/img/red.png", red);
    write("data/img/blue.png", blue);
    const b64 = Buffer.from(blue).toString("base64");
    const file = write(
      "data/train.jsonl",
      jsonl([
        { id: "q1", problem: "<image> How many?", answer: "3", images: ["img/red.png"], source: "synth", choices: ["2", "3"] },
        { problem: "Compare", answer: 12, images: [{ bytes: b64, path: "blue.png" }, { bytes: null, path: "img/red.png" }] },
        { problem: "One image, not a list", answer: "B", images: "img/blue.png" },
        { problem: "Data URI", answer: "x", images: [`data:image/png;base64,${b64}`] },
        { problem: "No image at all", answer: "yes" },
      ]),
    );
    const { samples, invalid, rows } = await loadDataset(file, options());
    expect(invalid).toEqual([]);
    expect(rows).toBe(5);
    expect(samples.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);

    const [s0, s1, s2, s3, s4] = samples;
    expect(s0).toMatchObject({ id: "q1", prompt: "<image> How many?", answer: "3", meta: { source: "synth", choices: ["2", "3"] } });
    expect(s0!.images).toHaveLength(1);
    expect(Buffer.from(s0!.images[0]!.bytes).equals(Buffer.from(red))).toBe(true);
    expect(s0!.images[0]).toMatchObject({ source: join(dir, "data/img/red.png"), width: 40, height: 30 });

    expect(s1!.id).toBe(`${file}#1`); // no id field: file and row
    expect(s1!.answer).toBe("12"); // numeric answers become text
    expect(s1!.images.map((i) => [i.width, i.height])).toEqual([[20, 50], [40, 30]]);
    expect(Buffer.from(s1!.images[0]!.bytes).equals(Buffer.from(blue))).toBe(true);
    expect(s1!.images[0]!.source).toBe(`${file} row 1 images[0]`);

    expect(s2!.images.map((i) => i.width)).toEqual([20]);
    expect(s3!.images.map((i) => i.height)).toEqual([50]);
    expect(s4!.images).toEqual([]);
  });

  test("videos (data.video_key): files in any image form, or lists of frames; bad ones named", async () => {
    write("data/clip.mp4", "bytes the worker decodes");
    write("data/f0.png", encodePng(8, 6));
    write("data/f1.png", encodePng(8, 6));
    const file = write(
      "data/train.jsonl",
      jsonl([
        { problem: "<video> What moves?", answer: "a", videos: ["clip.mp4"] },
        { problem: "Frames:", answer: "b", videos: [["f0.png", "f1.png"]], images: ["f0.png"] },
        { problem: "<video> and <video>?", answer: "c", videos: ["clip.mp4"] },
        { problem: "Missing", answer: "d", videos: ["gone.mp4", ["f0.png", "nope.png"]] },
        { problem: "Odd", answer: "e", videos: [7] },
      ]),
    );
    const { samples, invalid } = await loadDataset(file, { ...options(), skipInvalid: true });
    expect(samples[0]!.videos).toEqual([{ kind: "file", bytes: expect.any(Uint8Array), source: join(dir, "data/clip.mp4"), fps: 2 }]);
    expect(samples[0]!.meta).toEqual({});
    const frames = samples[1]!.videos[0]!;
    expect(frames).toMatchObject({ kind: "frames", source: `${file} row 1 videos[0]`, fps: 2 });
    expect(frames.kind === "frames" && frames.frames.map((f) => [f.source, f.width])).toEqual([[join(dir, "data/f0.png"), 8], [join(dir, "data/f1.png"), 8]]);
    expect(samples[1]!.images).toHaveLength(1);
    expect(invalid.map((r) => r.reasons.map((x) => x.code))).toEqual([
      ["video_count_mismatch"], ["video_unreadable", "image_unreadable"], ["bad_field_type"],
    ]);
    expect(invalid[0]!.reasons[0]!.message).toMatch(/2 <video> placeholders but the row has 1 video;/);
    expect(invalid[1]!.reasons[0]!.message).toBe(`video ${join(dir, "data/gone.mp4")}: not found`);
    expect(invalid[2]!.reasons[0]!.message).toMatch(/videos\[0\]: a video must be a path, a \{bytes, path\} struct or a list of frame images, got number 7/);
  });

  test("configurable keys and data.image_dir", async () => {
    write("pics/a.png", encodePng(10, 10));
    const file = write("q.jsonl", jsonl([{ question: "Q", solution: "S", image: "a.png" }]));
    const { samples } = await loadDataset(
      file,
      options({ promptKey: "question", answerKey: "solution", imageKey: "image", imageDir: join(dir, "pics") }),
    );
    expect(samples[0]).toMatchObject({ prompt: "Q", answer: "S", images: [{ width: 10, height: 10 }] });
  });

  test("a JSON array file reads like JSONL", async () => {
    const file = write("rows.json", JSON.stringify([{ problem: "a", answer: "1" }, { problem: "b", answer: "2" }]));
    const { samples } = await loadDataset(file, options());
    expect(samples.map((s) => s.prompt)).toEqual(["a", "b"]);
  });
});

describe("validation", () => {
  /** One file with one problem per row; returns the path. Line numbers are 1-based; line 3 is blank. */
  function badFile(): string {
    write("ok.png", encodePng(28, 28));
    write("corrupt.png", Buffer.from("definitely not a png"));
    write("cut.png", encodePng(64, 64).subarray(0, 60));
    write("huge.png", encodePng(1000, 1000));
    return write(
      "bad.jsonl",
      jsonl([
        { id: "good", problem: "fine", answer: "1", images: ["ok.png"] }, // line 1
        { id: "no-answer", problem: "where is the answer?", images: ["ok.png"] }, // line 2
        "", // line 3: blank, not a row
        { id: "empty-prompt", problem: "  ", answer: "1" }, // line 4
        { id: "missing-image", problem: "p", answer: "1", images: ["nowhere.png"] }, // line 5
        { id: "corrupt-image", problem: "p", answer: "1", images: ["corrupt.png"] }, // line 6
        { id: "cut-image", problem: "p", answer: "1", images: ["cut.png"] }, // line 7
        { id: "huge-image", problem: "p", answer: "1", images: ["huge.png"] }, // line 8
        "{not json", // line 9
        { id: "placeholders", problem: "<image> vs <image>", answer: "1", images: ["ok.png"] }, // line 10
        { id: "good", problem: "same id again", answer: "1" }, // line 11
      ]),
    );
  }

  const expected: [number, string, RegExp][] = [
    [2, "missing_answer", /missing "answer" \(row fields: id, problem, images; data.answer_key/],
    [4, "missing_prompt", /"problem" is empty/],
    [5, "image_unreadable", /nowhere\.png: not found/],
    [6, "image_undecodable", /corrupt\.png: unknown image format/],
    [7, "image_undecodable", /cut\.png: truncated PNG/],
    [8, "image_too_large", /images need 1298 prompt tokens \(1000x1000: 1296.*data.max_prompt_length is 512; lower data.max_pixels/],
    [9, "invalid_json", /not valid JSON/],
    [10, "image_count_mismatch", /2 <image> placeholders but the row has 1 image; .*give the row one image per placeholder, or remove the placeholders/],
    [11, "duplicate_id", /id "good" already used at .*bad\.jsonl:1 \(row 0\)/],
  ];

  test("without skip_invalid: one error lists every bad row with file, line and reason", async () => {
    const file = badFile();
    const err = await rejection(loadDataset(file, options({ maxPromptLength: 512 })));
    expect(err.rows).toBe(10);
    expect(err.invalid.map((r) => [r.line, r.reasons[0]!.code])).toEqual(expected.map(([line, code]) => [line, code]));
    for (const [line, , message] of expected) {
      const row = err.invalid.find((r) => r.line === line)!;
      expect(row.reasons.map((r) => r.message).join("; ")).toMatch(message);
      expect(row.row).toBe(line <= 2 ? line - 1 : line - 2); // the blank line is not a row
    }
    expect(err.message).toContain(`9 of 10 rows in ${file} are invalid:`);
    expect(err.message).toContain(`${file}:8 (row 6): images need 1298 prompt tokens`);
    expect(err.message).toContain("set data.skip_invalid=true");
  });

  test("with skip_invalid: the good rows load and the bad ones are recorded in the run dir", async () => {
    const file = badFile();
    const data = await loadDataset(file, options({ maxPromptLength: 512, skipInvalid: true }));
    expect(data.samples.map((s) => s.id)).toEqual(["good"]);
    expect(data.invalid).toHaveLength(9);

    const runDir = join(dir, "run");
    const { summary, file: rowsFile } = writeInvalidRows(runDir, data, "train");
    expect(rowsFile).toBe(join(runDir, "invalid_rows.train.jsonl"));
    expect(summary).toMatchObject({ rows: 10, valid: 1, invalid: 9, by_reason: { image_undecodable: 2, missing_answer: 1 } });
    expect(droppedRowsNotice("train", data, rowsFile)).toBe(
      `train data: dropped 9 of 10 rows as invalid: 1 missing_answer (${file}:2 (row 1)), 1 missing_prompt (${file}:4 (row 2)), ` +
      `1 image_unreadable (${file}:5 (row 3)), 2 image_undecodable (${file} lines 6, 7), 1 image_too_large (${file}:8 (row 6)), ` +
      `1 invalid_json (${file}:9 (row 7)), 1 image_count_mismatch (${file}:10 (row 8)), 1 duplicate_id (${file}:11 (row 9)); ` +
      `each row and why: ${rowsFile}`,
    );
    const recorded = readFileSync(rowsFile, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as InvalidRow);
    expect(recorded.map((r) => r.line)).toEqual(expected.map(([line]) => line));
    expect(recorded[0]).toMatchObject({ file, row: 1, line: 2, id: "no-answer", reasons: [{ code: "missing_answer" }] });
    expect(JSON.parse(readFileSync(join(runDir, "data_validation.train.json"), "utf8"))).toEqual(summary);
  });

  test("a big image passes when the prompt budget allows it", async () => {
    write("huge.png", encodePng(1000, 1000));
    const file = write("one.jsonl", jsonl([{ problem: "p", answer: "1", images: ["huge.png"] }]));
    await expect(loadDataset(file, options({ maxPromptLength: 1298 }))).resolves.toMatchObject({ invalid: [] });
    await expect(loadDataset(file, options({ maxPromptLength: 1297 }))).rejects.toThrow(DatasetValidationError);
  });

  test("the text budget is checked when a tokenizer count is given", async () => {
    const file = write("t.jsonl", jsonl([{ problem: "word ".repeat(100), answer: "1" }]));
    const countTextTokens = (t: string) => t.split(/\s+/).filter(Boolean).length;
    const err = await rejection(loadDataset(file, options({ maxPromptLength: 50, countTextTokens })));
    expect(err.invalid[0]!.reasons[0]).toMatchObject({ code: "prompt_too_long" });
  });

  test("identical errors are listed once with a count and the first rows", async () => {
    const file = write("many.jsonl", jsonl(Array.from({ length: 25 }, (_, i) => (i === 3 ? { problem: "ok", answer: "1" } : { problem: `p${i}` }))));
    const err = await rejection(loadDataset(file, options()));
    expect(err.invalid).toHaveLength(24);
    const lines = err.message.split("\n").filter((l) => l.includes('missing "answer"'));
    expect(lines).toEqual([`  24 rows (${file} lines 1, 2, 3, 5, 6 and 19 more): missing "answer" (row fields: problem; data.answer_key names the field to use)`]);
  });

  test("an error lists the first 20 different errors and counts the rest", async () => {
    const file = write("many.jsonl", jsonl(Array.from({ length: 25 }, (_, i) => ({ problem: "p", answer: "1", images: [`missing${i}.png`] }))));
    const err = await rejection(loadDataset(file, options()));
    expect(err.message.split("\n").filter((l) => l.includes(": not found"))).toHaveLength(20);
    expect(err.message).toContain("... and 5 more invalid rows");
  });

  test("a dataset without images under data.image_key is named with the columns it has", async () => {
    write("ok.png", encodePng(28, 28));
    const file = write("noimg.jsonl", jsonl([{ problem: "p", answer: "1", image: "ok.png", source: "s" }, { problem: "q", answer: "2", picture: "ok.png" }]));
    const data = await loadDataset(file, options());
    expect(data.columns).toEqual(["problem", "answer", "image", "source", "picture"]);
    expect(missingImagesWarning("train", data, "images")).toBe(
      'warning: no train row has an image under data.image_key="images" (the rows have: problem, answer, image, source, picture), ' +
      "so the vision model trains on text alone; set data.image_key to the column that holds the images",
    );
    expect(missingImagesWarning("train", await loadDataset(file, options({ imageKey: "image" })), "image")).toBeUndefined();
  });

  test("a vision model is one whose config.json has a vision_config", () => {
    write("vl/config.json", JSON.stringify({ model_type: "qwen2_5_vl", vision_config: { depth: 2 } }));
    write("lm/config.json", JSON.stringify({ model_type: "qwen2" }));
    expect(isVisionModel(join(dir, "vl"))).toBe(true);
    expect(isVisionModel(join(dir, "lm"))).toBe(false);
    expect(isVisionModel(join(dir, "absent"))).toBe(false);
  });

  test("images are budgeted with the model's own patch factor: Qwen3-VL's 32, none for InternVL's tiles", async () => {
    write("qwen2_5/preprocessor_config.json", JSON.stringify({ patch_size: 14, merge_size: 2, min_pixels: 3136, max_pixels: 12845056 }));
    write("qwen2_defaults/preprocessor_config.json", JSON.stringify({ patch_size: 14, merge_size: 2 }));
    write("qwen3/processor_config.json", JSON.stringify({ // transformers 5's layout
      image_processor: { patch_size: 16, merge_size: 2, size: { shortest_edge: 4000, longest_edge: 16777216 } },
    }));
    write("internvl/preprocessor_config.json", JSON.stringify({ image_processor_type: "GotOcr2ImageProcessorFast", crop_size: { height: 448 } }));
    expect(imageProcessorGeometry(join(dir, "qwen2_5"))).toEqual({ factor: 28, minPixels: 3136, maxPixels: 12845056 });
    expect(imageProcessorGeometry(join(dir, "qwen2_defaults"))).toEqual({ factor: 28, minPixels: 56 * 56, maxPixels: 28 * 28 * 1280 });
    expect(imageProcessorGeometry(join(dir, "qwen3"))).toEqual({ factor: 32, minPixels: 4000, maxPixels: 16777216 });
    expect(imageProcessorGeometry(join(dir, "internvl"))).toBeNull();
    expect(imageProcessorGeometry(join(dir, "absent"))).toBeUndefined();
    const config = (model: string) => resolveConfig({
      data: { train_files: "x.jsonl", max_prompt_length: 3000 }, worker: { actor: { model: { model_path: join(dir, model) } } },
    });
    // 1600x1600 at max_pixels 2,560,000: 57x57 = 3,249 tokens by factor 28 (over 3,000), 50x50 = 2,500 by factor 32.
    write("big.png", encodePng(1600, 1600));
    const file = write("big.jsonl", jsonl([{ problem: "<image>What is it?", answer: "a", images: ["big.png"] }]));
    const refused = await rejection(loadDataset(file, datasetOptions(config("qwen2_5"))));
    expect(refused.invalid[0]!.reasons[0]).toMatchObject({ code: "image_too_large" });
    expect(refused.message).toContain("1600x1600: 3249");
    expect((await loadDataset(file, datasetOptions(config("qwen3")))).samples).toHaveLength(1);
    expect((await loadDataset(file, datasetOptions(config("internvl")))).samples).toHaveLength(1); // the worker counts tiles
  });

  test("files that cannot be used at all fail with their name", async () => {
    await expect(loadDataset(join(dir, "absent.jsonl"), options())).rejects.toThrow(/absent\.jsonl not found/);
    const csv = write("d.csv", "problem,answer\n");
    await expect(loadDataset(csv, options())).rejects.toThrow(/unsupported data file type ".csv"/);
  });
});

describe("Parquet (Hugging Face layout)", () => {
  test("images as list<struct<bytes, path>>, one image struct, paths and bad rows", async () => {
    const png = encodePng(56, 84);
    write("pq/side.png", encodePng(30, 20));
    const file = join(dir, "pq/train.parquet");
    const imageStruct = HF_IMAGE_STRUCT.kind === "struct" ? HF_IMAGE_STRUCT.children : [];
    writeParquet(
      file,
      [
        { name: "id", repetition: "REQUIRED", kind: "int64" },
        { name: "question", repetition: "OPTIONAL", kind: "string" },
        { name: "answer", repetition: "OPTIONAL", kind: "string" },
        { name: "images", repetition: "OPTIONAL", kind: "list", element: HF_IMAGE_STRUCT },
        { name: "data_source", repetition: "OPTIONAL", kind: "string" },
        { name: "image", repetition: "OPTIONAL", kind: "struct", children: imageStruct },
      ],
      [
        { id: 7, question: "two images", answer: "A", images: [{ bytes: png, path: "a.png" }, { bytes: null, path: "side.png" }], data_source: "geo" },
        { id: 8, question: "no answer", answer: null, images: [{ bytes: png, path: null }], data_source: "geo" },
        { id: 9, question: "corrupt bytes", answer: "C", images: [{ bytes: Buffer.from("garbage"), path: "g.png" }] },
        { id: 10, question: "no images", answer: "D", images: [], image: { bytes: png, path: null } },
      ],
    );
    const opts = options({ promptKey: "question", skipInvalid: true });
    const { samples, invalid } = await loadDataset(file, opts);

    expect(samples.map((s) => s.id)).toEqual(["7", "10"]);
    const [s7] = samples;
    expect(s7).toMatchObject({ prompt: "two images", answer: "A", meta: { data_source: "geo" } });
    expect(s7!.images.map((i) => [i.width, i.height, i.source])).toEqual([
      [56, 84, `${file} row 0 images[0]`],
      [30, 20, join(dir, "pq/side.png")],
    ]);
    expect(Buffer.from(s7!.images[0]!.bytes).equals(Buffer.from(png))).toBe(true);

    expect(invalid.map((r) => [r.row, r.line, r.id, r.reasons[0]!.code])).toEqual([
      [1, undefined, "8", "missing_answer"],
      [2, undefined, "9", "image_undecodable"],
    ]);

    // The single-image struct column, read through data.image_key.
    const single = await loadDataset(file, { ...opts, imageKey: "image" });
    expect(single.samples.find((s) => s.id === "10")!.images.map((i) => i.height)).toEqual([84]);

    const err = await rejection(loadDataset(file, { ...opts, skipInvalid: false }));
    expect(err.message).toContain(`${file} row 1: missing "answer"`);
  });
});
