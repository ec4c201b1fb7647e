// Creates the project's Python venv (.venv) for the worker, idempotently.
// torch/torchvision are pinned: on this project's CPU machines the pinned wheels
// come from local disk (an unpinned torch would download several GB), and the
// pair 2.14.1 + 0.29.1 is the one whose torchvision imports (see DESIGN.md).
// GPU users skip this and point OBSERVE_PYTHON at their own CUDA env (README).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { arch } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const venv = join(root, ".venv");
const python = join(venv, "bin", "python");
const stampFile = join(venv, ".observe-setup-stamp");

const TORCH_PINS = arch() === "arm64"
  ? ["torch==2.9.1", "torchvision==0.24.1"]
  : ["torch==2.14.1", "torchvision==0.29.1"];

const stamp = createHash("sha256")
  .update(readFileSync(join(root, "python/pyproject.toml")))
  .update(TORCH_PINS.join(","))
  .digest("hex");

if (existsSync(python) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
  console.log(`python venv ${venv} is up to date`);
  process.exit(0);
}

const run = (cmd, args) => {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
};

const basePython = process.env.OBSERVE_BASE_PYTHON ?? ["python3.11", "python3"].find((p) => {
  try {
    execFileSync(p, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
});
if (!basePython) {
  console.error("setup:python needs Python 3.10+ (python3.11 or python3 on PATH, or OBSERVE_BASE_PYTHON)");
  process.exit(1);
}

const started = Date.now();
if (!existsSync(python)) run(basePython, ["-m", "venv", venv]);
run(python, ["-m", "pip", "install", "--quiet", "--upgrade", "pip"]);
run(python, ["-m", "pip", "install", "--quiet", ...TORCH_PINS]);
run(python, ["-m", "pip", "install", "--quiet", "-e", `${join(root, "python")}[dev]`, ...TORCH_PINS]);
writeFileSync(stampFile, stamp);
console.log(`python venv ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${python}`);
