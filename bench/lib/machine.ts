// The machine a bench ran on, as every bench's JSON records it (figures only compare on the same machine and load).
import { cpus, loadavg, totalmem } from "node:os";

export function machineInfo(loadAtStart: number[]) {
  return {
    cpu_count: cpus().length,
    cpu_model: cpus()[0]?.model ?? "",
    total_memory_bytes: totalmem(),
    load_average_at_start: loadAtStart,
    load_average_at_end: loadavg(),
    platform: `${process.platform} ${process.arch}`,
    node_version: process.version,
  };
}
