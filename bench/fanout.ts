// Request fan-out under torchrun: how long rank 0 takes to hand a request to the other ranks (gloo, CPU).
// npm run bench -- fanout [--nproc 2] [--rounds 20]; writes bench/results/fanout.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT, pythonEnv, resolvePython } from "@observe-r1/bridge";
import { execa } from "execa";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const nproc = arg("nproc", 2);
const rounds = arg("rounds", 20);

const { stdout } = await execa(resolvePython(), [
  "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", String(nproc), join(PROJECT_ROOT, "bench", "fanout_ranks.py"), String(rounds),
], { env: { ...pythonEnv(), OMP_NUM_THREADS: "1" }, stderr: "inherit" });
const result = JSON.parse(stdout.trim().split("\n").at(-1)!);

console.log(`request fan-out, rank 0 -> ${nproc - 1} other rank(s), gloo on CPU, median of ${rounds}:`);
console.log("| payload | median ms | GB/s |\n| --- | --- | --- |");
for (const [size, r] of Object.entries(result).filter(([k]) => k.endsWith("MiB")) as [string, { median_ms: number; gbps: number | null }][]) {
  console.log(`| ${size} | ${r.median_ms.toFixed(2)} | ${r.gbps === null ? "-" : r.gbps.toFixed(2)} |`);
}
mkdirSync(join(PROJECT_ROOT, "bench", "results"), { recursive: true });
writeFileSync(join(PROJECT_ROOT, "bench", "results", "fanout.json"),
  JSON.stringify({ ...result, nproc, rounds, cpus: cpus().length, loadavg: loadavg() }, null, 2) + "\n");
