// data.format_prompt is a Jinja template, rendered as EasyR1 renders it (jinja2 Template(text.strip()).render(content=...)):
// the same prompt text as Python's jinja2 for the constructs format prompts use, and a clear error for one that cannot work.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { execa } from "execa";
import type { Sample } from "../data/index.js";
import { problemText, promptTemplate, toPrompt } from "./prompt.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const python = process.env.OBSERVE_PYTHON ?? join(repoRoot, ".venv", "bin", "python");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "observe-prompt-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATES = {
  trim: "{{ content | trim }} First reason inside <think> </think>, then answer inside <answer> </answer>.\n",
  plain: "Question:\n{{ content }}\n\nAnswer with one word.",
  control: "{%- if content | length > 40 -%}\nLong question, take care.\n{%- endif %}\n{{ content | trim }}\n{# a comment #}Done.",
  filters: "{{ content | trim | upper }} / {{ content | replace('<image>', '[IMG]') | trim }}",
};
const PROBLEMS = ["  What is 2 + 3?  ", "<image>How many red shapes are there in the picture, counting the small ones?\n", "x"];

const sample = (problem: string): Sample => ({ id: "s", index: 0, prompt: problem, answer: "", images: [], videos: [], meta: {}, location: { file: "f", row: 0 } } as unknown as Sample);

test("renders format prompts as Python's jinja2 does (EasyR1's renderer)", async () => {
  const cases = Object.entries(TEMPLATES).flatMap(([name, text]) => {
    const file = join(dir, `${name}.jinja`);
    writeFileSync(file, text);
    // The content is the problem as prompts carry it (problemText: trimmed, choices listed).
    return PROBLEMS.map((problem) => ({ file, problem: problemText(sample(problem)) }));
  });
  const script = [
    "import json, sys", "from jinja2 import Template",
    "cases = json.load(sys.stdin)",
    "print(json.dumps([Template(open(c['file']).read().strip()).render(content=c['problem']) for c in cases]))",
  ].join("\n");
  const { stdout } = await execa(python, ["-c", script], { input: JSON.stringify(cases) });
  const expected = JSON.parse(stdout) as string[];
  const ours = cases.map((c) => toPrompt(sample(c.problem), promptTemplate(c.file)).text);
  expect(ours).toEqual(expected);
  expect(ours[0]).toBe("What is 2 + 3? First reason inside <think> </think>, then answer inside <answer> </answer>.");
});

test("a template that cannot render, or never uses the problem text, is refused when loaded", () => {
  const broken = join(dir, "broken.jinja");
  writeFileSync(broken, "{{ content | trim ");
  expect(() => promptTemplate(broken)).toThrow(/data\.format_prompt: .*broken\.jinja is not a Jinja template this can render/);
  const unused = join(dir, "unused.jinja");
  writeFileSync(unused, "Answer the question. {{ question }}");
  expect(() => promptTemplate(unused)).toThrow(/unused\.jinja never puts the problem text in: it needs \{\{ content \}\}/);
  expect(() => promptTemplate(join(dir, "missing.jinja"))).toThrow(/data\.format_prompt: cannot read .*missing\.jinja/);
});
