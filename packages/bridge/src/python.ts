// Which Python runs the worker: explicit option, then OBSERVE_PYTHON, then the
// checkout's venv (`npm run setup:python`), then the per-user venv of `observe-run setup`.
import { existsSync } from "node:fs";
import { execa } from "execa";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { USER_VENV, venvPython } from "./python-setup.js";

/** The repository root (this file lives in packages/bridge/{src,dist}/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const PROJECT_VENV_PYTHON = venvPython(join(PROJECT_ROOT, ".venv"));

export function resolvePython(explicit?: string): string {
  const chosen = explicit ?? process.env.OBSERVE_PYTHON;
  if (chosen) return chosen;
  for (const python of [PROJECT_VENV_PYTHON, venvPython(USER_VENV)]) if (existsSync(python)) return python;
  throw new Error(
    `no Python for the worker: OBSERVE_PYTHON is not set and neither ${PROJECT_VENV_PYTHON} nor ${venvPython(USER_VENV)} exists. ` +
      "Run `npx observe-run setup` (add --gpu on a CUDA machine) to create the worker's venv, or set OBSERVE_PYTHON " +
      "to a Python that has the worker installed (for example your CUDA environment).",
  );
}

/** Environment for any Python process of ours: the checkout's worker package comes first on PYTHONPATH. */
export function pythonEnv(extra: Record<string, string> = {}): Record<string, string> {
  const checkout = join(PROJECT_ROOT, "python");
  const path = [existsSync(checkout) ? checkout : "", process.env.PYTHONPATH ?? ""].filter(Boolean).join(":");
  return { PYTHONUNBUFFERED: "1", HF_HUB_OFFLINE: "1", PYTHONPATH: path, ...extra };
}

/** Runs `python -m module args...` with the worker's interpreter and environment; rejects with its stderr tail on failure. */
export async function runPythonModule(module: string, args: string[], opts: { python?: string; inherit?: boolean } = {}) {
  const result = await execa(resolvePython(opts.python), ["-m", module, ...args], {
    env: pythonEnv(),
    stdio: opts.inherit ? "inherit" : "pipe",
    reject: false,
  });
  if (result.exitCode !== 0) {
    const tail = opts.inherit ? "see the output above" : String(result.stderr).trim().split("\n").slice(-5).join("\n");
    throw new Error(`python -m ${module} ${args.join(" ")} failed (exit ${result.exitCode}): ${tail}`);
  }
  return result;
}
