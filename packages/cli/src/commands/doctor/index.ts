// `observe-run doctor`: is everything the worker needs present and talking?
import type { CommandModule } from "yargs";
import { checkHandshake, checkNode, checkPython, checkZeromq, type Row } from "./checks.js";

const MARK = { ok: "ok", fail: "FAIL", "optional-missing": "--" } as const;

export function formatTable(rows: Row[]): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows.map((r) => `${MARK[r.status].padEnd(4)}  ${r.name.padEnd(width)}  ${r.detail}`).join("\n");
}

export const doctorCommand: CommandModule<object, { python?: string }> = {
  command: "doctor",
  describe: "Check Node, Python, torch, transformers, pyzmq, protobuf, CUDA, vLLM and a live worker handshake",
  builder: (y) => y.option("python", { type: "string", describe: "Python to check (default: OBSERVE_PYTHON or .venv)" }),
  handler: async (args) => {
    const rows: Row[] = [checkNode(), checkZeromq()];
    const python = await checkPython(args.python);
    rows.push(...python.rows);
    if (!python.rows.some((r) => r.status === "fail")) rows.push(...(await checkHandshake(args.python)));
    console.log(formatTable(rows));
    const failed = rows.filter((r) => r.status === "fail");
    if (failed.length) {
      console.log(`\n${failed.length} required check(s) failed. To fix:`);
      for (const r of failed) console.log(`  ${r.name}: ${r.hint ?? "see above"}`);
      process.exitCode = 1;
    } else {
      console.log("\nall required checks passed");
    }
  },
};
