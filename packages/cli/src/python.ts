// Runs one of our Python modules with the worker's interpreter and environment.
import { pythonEnv, resolvePython } from "@observe-r1/bridge";
import { execa } from "execa";

export async function runPythonModule(module: string, args: string[], opts: { python?: string; inherit?: boolean } = {}) {
  return execa(resolvePython(opts.python), ["-m", module, ...args], {
    env: pythonEnv(),
    stdio: opts.inherit ? "inherit" : "pipe",
    reject: false,
  });
}
