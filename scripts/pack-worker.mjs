// prepack of @observe-r1/bridge: build the Python worker (python/, with its generated protobuf
// code) into a wheel inside the package, so `npx observe-run setup` installs the worker of this
// very version wherever the npm packages go. Uses the checkout's venv (npm run setup:python).
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "packages", "bridge", "worker");
const python = process.env.OBSERVE_PYTHON || join(root, ".venv", "bin", "python");
if (!existsSync(python)) {
  console.error(`pack-worker: no Python at ${python}; run npm run setup:python first (the wheel is built with its setuptools)`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync(python, ["-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "--wheel-dir", out, join(root, "python")], { stdio: "inherit" });
// The build leaves python/build/ behind; it is not part of the source.
rmSync(join(root, "python", "build"), { recursive: true, force: true });
console.log(`pack-worker: ${readdirSync(out).join(", ")}`);
