// The checks behind `observe-run doctor`. Each yields rows; a failed required row fails the command.
import { PROTOCOL_VERSION, resolvePython, runPythonModule, silentLogger, spawnWorker } from "@observe-r1/bridge";
import * as zmq from "zeromq";

export interface Row {
  name: string;
  status: "ok" | "fail" | "optional-missing";
  detail: string;
  hint?: string;
}

const SETUP_HINT = "run `npx observe-run setup` (the worker's venv; in a checkout: npm run setup:python), or install the worker into the env OBSERVE_PYTHON points at";

export function checkNode(): Row {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  const ok = major > 20 || (major === 20 && minor >= 19);
  return { name: "node", status: ok ? "ok" : "fail", detail: process.versions.node, hint: ok ? undefined : "install Node >= 20.19" };
}

export function checkZeromq(): Row {
  return { name: "zeromq (node)", status: "ok", detail: `${zmq.version} (curve=${zmq.capability.curve ? "yes" : "no"})` };
}

interface PythonReport {
  python: string;
  executable: string;
  packages: Record<string, { ok: boolean; version?: string; error?: string; required: boolean }>;
  cuda: { available: boolean; devices: string[]; torch_cuda?: string; error?: string };
  worker_protocol?: number;
  worker_protocol_error?: string;
}

export async function checkPython(pythonOption?: string): Promise<{ rows: Row[]; report?: PythonReport }> {
  let python: string;
  try {
    python = resolvePython(pythonOption);
  } catch (err) {
    return { rows: [{ name: "python", status: "fail", detail: "not found", hint: (err as Error).message }] };
  }
  const result = await runPythonModule("observe_worker.doctor", [], { python }).catch((err: Error) => err);
  if (result instanceof Error) {
    return { rows: [{ name: "python", status: "fail", detail: `${python}: ${result.message.split("\n").join(" | ")}`, hint: SETUP_HINT }] };
  }
  const report = JSON.parse(String(result.stdout).trim().split("\n").pop()!) as PythonReport;
  const rows: Row[] = [{ name: "python", status: "ok", detail: `${report.python} (${report.executable})` }];
  for (const [name, pkg] of Object.entries(report.packages)) {
    if (pkg.ok) rows.push({ name, status: "ok", detail: pkg.version ?? "" });
    else if (pkg.required) rows.push({ name, status: "fail", detail: pkg.error ?? "missing", hint: SETUP_HINT });
    else rows.push({ name, status: "optional-missing", detail: "not installed (only for the vllm rollout engine on GPUs)", hint: "pip install -e 'python[gpu]' in a CUDA env" });
  }
  rows.push(
    report.cuda.available
      ? { name: "cuda", status: "ok", detail: `${report.cuda.devices.length} device(s): ${report.cuda.devices.join(", ")}` }
      : { name: "cuda", status: "optional-missing", detail: "no GPU visible: the worker runs on CPU", hint: "for GPUs, point OBSERVE_PYTHON at a CUDA build of torch" },
  );
  return { rows, report };
}

export async function checkHandshake(pythonOption?: string): Promise<Row[]> {
  const started = Date.now();
  try {
    const worker = await spawnWorker({ python: pythonOption, logger: silentLogger, handshakeTimeoutMs: 60_000 });
    try {
      const health = await worker.health();
      const ms = Date.now() - started;
      return [
        { name: "worker handshake", status: "ok", detail: `pid ${worker.pid} on ${health.device}, ready in ${ms} ms` },
        { name: "protocol version", status: "ok", detail: `controller ${PROTOCOL_VERSION}, worker ${worker.hello.protocolVersion}` },
      ];
    } finally {
      await worker.close();
    }
  } catch (err) {
    const mismatch = /protocol version mismatch/.test((err as Error).message);
    return [{
      name: mismatch ? "protocol version" : "worker handshake",
      status: "fail",
      detail: (err as Error).message.split("\n")[0]!,
      hint: mismatch ? "install the worker of this version: npx observe-run setup (in a checkout: npm run setup:python)" : SETUP_HINT,
    }];
  }
}
