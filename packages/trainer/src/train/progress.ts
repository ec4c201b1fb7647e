// One status line per step (a redrawn bar on a TTY): step, ETA, reward, accuracy, length, timings.
export class Progress {
  private readonly started = Date.now();
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly label: string, private readonly total: number, private readonly first = 0) {}

  update(done: number, fields: Record<string, string>): void {
    const fraction = this.total ? done / this.total : 1;
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = (done - this.first) / Math.max(elapsed, 1e-9);
    const eta = rate > 0 ? (this.total - done) / rate : NaN;
    const width = 20;
    const filled = Math.round(fraction * width);
    const bar = `[${"#".repeat(filled)}${".".repeat(width - filled)}]`;
    const parts = Object.entries(fields).map(([k, v]) => `${k} ${v}`).join(" | ");
    const line = `${this.label} ${bar} ${done}/${this.total} ETA ${formatSeconds(eta)} | ${parts}`;
    if (this.tty) process.stderr.write(`\r\x1b[2K${line}${done >= this.total ? "\n" : ""}`);
    else process.stderr.write(line + "\n");
  }

  /** Prints a message without corrupting the bar. */
  log(message: string): void {
    process.stderr.write(this.tty ? `\r\x1b[2K${message}\n` : message + "\n");
  }
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return "--";
  if (s < 60) return `${s.toFixed(0)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.round((s % 3600) / 60)).padStart(2, "0")}m`;
}
