// Which Python runs the worker: explicit option, then OBSERVE_PYTHON, then the
// project's own venv (created by `npm run setup:python`).
import { existsSync } from "node:fs";
import { execa } from "execa";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file lives in packages/bridge/{src,dist}/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export const PROJECT_VENV_PYTHON = join(PROJECT_ROOT, ".venv", process.platform === "win32" ? "Scripts/python.exe" : "bin/python");

export function resolvePython(explicit?: string): string {
  const chosen = explicit ?? process.env.OBSERVE_PYTHON;
  if (chosen) return chosen;
  if (existsSync(PROJECT_VENV_PYTHON)) return PROJECT_VENV_PYTHON;
  throw new Error(
    `no Python for the worker: ${PROJECT_VENV_PYTHON} does not exist and OBSERVE_PYTHON is not set. ` +
      "Run `npm run setup:python` to create the project venv, or set OBSERVE_PYTHON to a Python that has " +
      "`pip install -e python` done (for example your CUDA environment).",
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
