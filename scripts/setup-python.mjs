// `npm run setup:python`: the repository's worker venv (.venv), from the checkout's python/
// folder (editable, with the dev extra), by the same code as `npx observe-run setup`.
// Runs after the build (prepare / pretest), which it needs.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { setupWorkerEnv } from "../packages/bridge/dist/python-setup.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
try {
  setupWorkerEnv({ venv: join(root, ".venv"), source: { path: join(root, "python"), editable: true, extras: ["dev"] }, log: console.log });
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
