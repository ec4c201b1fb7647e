// Transport: control RPC latency and 1-16 MiB bulk throughput, bridge vs raw pyzmq.
// Issue 2 and DESIGN.md "Budgets"; both are measured in the same run.
//
//   npm run bench -- transport [--rpc-iters 2000] [--rounds 5] [--window 4] [--mib-per-round 256]
//
// - Spawns the real worker (`python -m observe_worker`, ipc://) and measures
//   - the control RPC round trip: `health()`, sequential, p50/p99 after a warm-up;
//     for diagnosis also a heartbeat round trip, which the worker's I/O thread
//     answers itself (no hop to the main thread);
//   - one-way bulk: `echo([payload])` without returnPayloads (the payload crosses
//     controller -> worker, a small ack comes back) for 1, 4 and 16 MiB payloads,
//     sequential (one call in flight: the headline figure) and pipelined
//     (`--window` calls in flight). GB/s = payload bytes / wall time of a round of
//     max(8, mib-per-round / size) calls, 1 GB = 1e9 bytes; median of `--rounds`
//     rounds after a warm-up round.
// - Runs the same traffic through bench/raw_pyzmq.py (a ROUTER process and a DEALER
//   process, no protobuf, no threads, no bridge). The machine may be shared, so the
//   two are measured in alternating rounds, each under the same load.
// Prints a table and writes bench/results/transport.json. Timing only; nothing asserts.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { randomFillSync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { machineInfo } from "./lib/machine.js";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { resolvePython, silentLogger, type SpawnedWorker, spawnWorker } from "../packages/bridge/src/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const MIB = 1 << 20;
const SIZES = [1 * MIB, 4 * MIB, 16 * MIB];

const argv = process.argv.slice(2);
function arg(name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(argv[i + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer, got ${argv[i + 1]}`);
  return value;
}
const RPC_ITERS = arg("rpc-iters", 2000);
const RPC_WARMUP = arg("rpc-warmup", 200);
const RPC_CHUNKS = 4; // bridge and raw alternate in this many chunks of RPC_ITERS / RPC_CHUNKS calls
const ROUNDS = arg("rounds", 7);
const WINDOW = arg("window", 4);
const BYTES_PER_ROUND = arg("mib-per-round", 256) * MIB;
const MIN_ITERS = 8;

type Mode = "sequential" | "pipelined";
const MODES: Array<[Mode, number]> = [["sequential", 1], ["pipelined", WINDOW]];

const sortNum = (xs: number[]) => [...xs].sort((a, b) => a - b);
function percentile(xs: number[], q: number): number {
  const s = sortNum(xs);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))]! : NaN;
}
const median = (xs: number[]) => percentile(xs, 0.5);
const nowNs = () => process.hrtime.bigint();
const secondsSince = (t0: bigint) => Number(nowNs() - t0) / 1e9;

/** bench/raw_pyzmq.py --serve: one JSON command per line in, one JSON answer per line out. */
class RawPyzmq {
  private readonly answers: AsyncIterator<string>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams, private stderrTail: string[]) {
    this.answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  }

  static async start(python: string): Promise<{ raw: RawPyzmq; versions: Record<string, string> }> {
    const child = spawn(python, [join(HERE, "raw_pyzmq.py"), "--serve"], { stdio: ["pipe", "pipe", "pipe"] });
    const tail: string[] = [];
    child.stderr.setEncoding("utf8").on("data", (s: string) => tail.push(...s.split("\n").filter(Boolean).slice(-10)));
    const raw = new RawPyzmq(child, tail);
    const ready = await raw.next();
    return { raw, versions: ready as Record<string, string> };
  }

  async command(cmd: object): Promise<Record<string, unknown>> {
    this.child.stdin.write(`${JSON.stringify(cmd)}\n`);
    return this.next();
  }

  private async next(): Promise<Record<string, unknown>> {
    const { value, done } = await this.answers.next();
    if (done) throw new Error(`bench/raw_pyzmq.py exited (code ${this.child.exitCode}): ${this.stderrTail.join("\n")}`);
    const answer = JSON.parse(value) as Record<string, unknown>;
    if (answer.error) throw new Error(`bench/raw_pyzmq.py: ${String(answer.error)}`);
    return answer;
  }

  async rpc(iters: number): Promise<number[]> {
    return (await this.command({ op: "rpc", iters })).times_ms as number[];
  }

  async bulk(size: number, iters: number, window: number): Promise<number> {
    return (await this.command({ op: "bulk", size, iters, window })).seconds as number;
  }

  /** Asks it to quit; kills it if it has not exited within 5 s. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.stdin.end(`${JSON.stringify({ op: "quit" })}\n`);
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}

async function timeCalls(n: number, call: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = nowNs();
    await call();
    times.push(secondsSince(t0) * 1e3);
  }
  return times;
}

/** Seconds for `iters` echo calls carrying `payload`, at most `window` in flight. */
async function bridgeBulk(worker: SpawnedWorker, payload: Uint8Array, iters: number, window: number): Promise<number> {
  let started = 0;
  const t0 = nowNs();
  const lane = async () => {
    while (started < iters) {
      started++;
      const { bytesReceived } = await worker.echo([payload]);
      if (bytesReceived !== payload.byteLength) throw new Error(`echo: the worker got ${bytesReceived} bytes of ${payload.byteLength}`);
    }
  };
  await Promise.all(Array.from({ length: window }, lane));
  return secondsSince(t0);
}

interface Side { rpcMs: number[]; bulk: Record<string, Record<Mode, number[]>> }

async function measure(worker: SpawnedWorker, raw: RawPyzmq) {
  const bridge: Side = { rpcMs: [], bulk: {} };
  const base: Side = { rpcMs: [], bulk: {} };
  const heartbeatMs: number[] = [];
  const heartbeat = () => worker.connection.request("heartbeat", { unixTime: Date.now() / 1000 }, [], 30_000);

  await timeCalls(RPC_WARMUP, () => worker.health());
  await timeCalls(RPC_WARMUP, heartbeat);
  await raw.rpc(RPC_WARMUP);
  const chunk = Math.ceil(RPC_ITERS / RPC_CHUNKS);
  for (let c = 0; c < RPC_CHUNKS; c++) {
    bridge.rpcMs.push(...(await timeCalls(chunk, () => worker.health())));
    heartbeatMs.push(...(await timeCalls(chunk, heartbeat)));
    base.rpcMs.push(...(await raw.rpc(chunk)));
  }

  for (const size of SIZES) {
    const payload = randomFillSync(new Uint8Array(size));
    const iters = Math.max(MIN_ITERS, Math.floor(BYTES_PER_ROUND / size));
    const gbps = (seconds: number) => (size * iters) / seconds / 1e9;
    bridge.bulk[size] = { sequential: [], pipelined: [] };
    base.bulk[size] = { sequential: [], pipelined: [] };
    for (const [mode, window] of MODES) {
      await bridgeBulk(worker, payload, iters, window); // warm-up rounds
      await raw.bulk(size, iters, window);
      for (let r = 0; r < ROUNDS; r++) {
        // Alternate who goes first so that a load change mid-round favours neither.
        const ours = async () => bridge.bulk[size]![mode].push(gbps(await bridgeBulk(worker, payload, iters, window)));
        const theirs = async () => base.bulk[size]![mode].push(gbps(await raw.bulk(size, iters, window)));
        if (r % 2 === 0) { await ours(); await theirs(); } else { await theirs(); await ours(); }
      }
    }
  }
  return { bridge, base, heartbeatMs };
}

async function main(): Promise<void> {
  const python = resolvePython();
  const startedAt = new Date().toISOString();
  const t0 = nowNs();
  const loadAtStart = loadavg();
  console.log(`transport bench: ${cpus().length} CPUs, load average ${loadAtStart.map((l) => l.toFixed(2)).join(" ")}; ` +
    `RPC ${RPC_ITERS} calls each; bulk ${ROUNDS} rounds of ~${BYTES_PER_ROUND / MIB} MiB per size and mode; pipelined window ${WINDOW}`);

  let worker: SpawnedWorker | undefined;
  let raw: RawPyzmq | undefined;
  let results;
  let versions: Record<string, string>;
  let hello: SpawnedWorker["hello"];
  try {
    worker = await spawnWorker({ logger: silentLogger });
    hello = worker.hello;
    ({ raw, versions } = await RawPyzmq.start(python));
    console.log(`measuring: worker pid ${worker.pid}; raw pyzmq ${versions.pyzmq_version} (libzmq ${versions.libzmq_version})...`);
    results = await measure(worker, raw);
  } finally {
    await Promise.all([worker?.close(), raw?.close()]);
  }
  const { bridge, base, heartbeatMs } = results;

  const fmt = (x: number, digits = 3) => x.toFixed(digits);
  const rpcP50 = median(bridge.rpcMs), rpcP99 = percentile(bridge.rpcMs, 0.99);
  const rawP50 = median(base.rpcMs), rawP99 = percentile(base.rpcMs, 0.99);
  const gb = (side: Side, size: number, mode: Mode) => median(side.bulk[size]![mode]);
  // Round r of the bridge ran right next to round r of raw pyzmq: compare them pairwise.
  const ratio = (size: number, mode: Mode) => median(bridge.bulk[size]![mode].map((g, r) => g / base.bulk[size]![mode][r]!));

  const rows: string[][] = [["", "bridge", "raw pyzmq", "bridge/raw", "target", ""]];
  rows.push(["RPC p50, ms (health)", fmt(rpcP50), fmt(rawP50), fmt(rpcP50 / rawP50, 2), "<= 0.5", rpcP50 <= 0.5 ? "met" : "MISSED"]);
  rows.push(["RPC p99, ms (health)", fmt(rpcP99), fmt(rawP99), fmt(rpcP99 / rawP99, 2), "", ""]);
  rows.push(["  heartbeat p50, ms (I/O thread only)", fmt(median(heartbeatMs)), "", "", "", ""]);
  rows.push(["  heartbeat p99, ms (I/O thread only)", fmt(percentile(heartbeatMs, 0.99)), "", "", "", ""]);
  for (const [mode] of MODES) {
    for (const size of SIZES) {
      const ours = gb(bridge, size, mode), theirs = gb(base, size, mode);
      const met = ours >= 1 && ratio(size, mode) >= 0.7;
      rows.push([
        `bulk ${size / MIB} MiB, GB/s, ${mode === "sequential" ? "sequential" : `pipelined x${WINDOW}`}`,
        fmt(ours, 2), fmt(theirs, 2), fmt(ratio(size, mode), 2),
        mode === "sequential" ? ">= 1, >= 0.7x" : "", mode === "sequential" ? (met ? "met" : "MISSED") : "",
      ]);
    }
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ").trimEnd();
  console.log(`\n${line(rows[0]!)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${rows.slice(1).map(line).join("\n")}`);

  const result: Record<string, unknown> = {
    timestamp: startedAt,
    rpc_p50_ms: rpcP50,
    rpc_p99_ms: rpcP99,
    raw_pyzmq_rpc_p50_ms: rawP50,
    raw_pyzmq_rpc_p99_ms: rawP99,
    heartbeat_p50_ms: median(heartbeatMs),
    heartbeat_p99_ms: percentile(heartbeatMs, 0.99),
  };
  for (const size of SIZES) {
    const tag = `${size / MIB}mib`;
    result[`bulk_gbps_${tag}`] = gb(bridge, size, "sequential");
    result[`raw_pyzmq_gbps_${tag}`] = gb(base, size, "sequential");
    result[`bulk_vs_raw_${tag}`] = ratio(size, "sequential");
    result[`bulk_pipelined_gbps_${tag}`] = gb(bridge, size, "pipelined");
    result[`raw_pyzmq_pipelined_gbps_${tag}`] = gb(base, size, "pipelined");
    result[`bulk_pipelined_vs_raw_${tag}`] = ratio(size, "pipelined");
  }
  const seq = SIZES.map((s) => gb(bridge, s, "sequential"));
  const ratios = SIZES.map((s) => ratio(s, "sequential"));
  const targets = {
    rpc_p50_le_0_5_ms: rpcP50 <= 0.5,
    bulk_ge_1_gbps: Math.min(...seq) >= 1,
    bulk_ge_0_7x_raw_pyzmq: Math.min(...ratios) >= 0.7,
  };
  result.targets = targets;
  result.method = {
    transport: "ipc:// on one machine; controller ROUTER (Node, zeromq.js) <-> worker DEALER (Python, pyzmq), separate processes",
    rpc: `health() round trips, sequential, ${RPC_ITERS} calls after ${RPC_WARMUP} warm-up calls; heartbeat_*: the same with a ` +
      "heartbeat request, which the worker's I/O thread answers without the hop to its main thread; raw pyzmq: a 16-byte " +
      "request and a 16-byte reply between a ROUTER process and a DEALER process",
    bulk: "echo() with one payload frame, one way (controller -> worker) with a small ack. bulk_gbps_* and raw_pyzmq_gbps_*: " +
      `sequential (1 call in flight); *_pipelined_*: ${WINDOW} in flight. GB/s = 1e9 payload bytes per second of wall time ` +
      `over a round of max(${MIN_ITERS}, ${BYTES_PER_ROUND} bytes / size) calls; median of ${ROUNDS} rounds after a warm-up round. ` +
      "*_vs_raw_*: median over rounds of bridge GB/s / raw pyzmq GB/s of the round run next to it",
    interleaving: `bridge and raw pyzmq run in alternating chunks (RPC: ${RPC_CHUNKS} chunks each) and rounds (bulk), so both see the same machine load`,
  };
  result.samples = {
    bridge: { bulk_gbps_rounds: bridge.bulk },
    raw_pyzmq: { bulk_gbps_rounds: base.bulk },
  };
  result.machine = {
    ...machineInfo(loadAtStart),
    python_version: versions.python_version,
    worker_python_version: hello.pythonVersion,
    pyzmq_version: versions.pyzmq_version,
    libzmq_version: versions.libzmq_version,
    worker_torch_version: hello.torchVersion,
  };
  result.wall_s = secondsSince(t0);

  const out = join(HERE, "results", "transport.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\ntargets: RPC p50 <= 0.5 ms ${targets.rpc_p50_le_0_5_ms ? "met" : "MISSED"}; ` +
    `bulk >= 1 GB/s ${targets.bulk_ge_1_gbps ? "met" : "MISSED"}; ` +
    `bulk >= 0.7x raw pyzmq ${targets.bulk_ge_0_7x_raw_pyzmq ? "met" : "MISSED"} (sequential, all sizes)`);
  console.log(`wrote ${out} in ${fmt(result.wall_s as number, 1)} s`);
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exitCode = 1;
});
