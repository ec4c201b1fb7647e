// `npm run bench -- <name> [args...]` runs bench/<name>.ts with tsx, passing the args on.
// With no name (or an unknown one) it lists the benches in bench/ with their first comment line.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { constants } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "bench");
const [name, ...args] = process.argv.slice(2);

/** bench/<name>.ts files; scratch files (*.tmp.ts) and declarations are not benches. */
function benches() {
  if (!existsSync(benchDir)) return [];
  return readdirSync(benchDir)
    .filter((f) => /^[A-Za-z0-9_-]+\.ts$/.test(f))
    .sort()
    .map((f) => {
      const firstComment = readFileSync(join(benchDir, f), "utf8").split("\n").find((l) => l.startsWith("//"));
      return { name: f.slice(0, -3), summary: firstComment ? firstComment.replace(/^\/\/\s*/, "") : "" };
    });
}

function usage(problem) {
  const list = benches();
  const out = problem ? console.error : console.log;
  if (problem) out(problem);
  out("usage: npm run bench -- <name> [args...]   (runs bench/<name>.ts with tsx)\n");
  if (list.length === 0) out("no benches in bench/");
  const width = Math.max(0, ...list.map((b) => b.name.length));
  for (const b of list) out(`  ${b.name.padEnd(width)}  ${b.summary}`);
}

if (!name || name === "--help" || name === "-h") {
  usage();
  process.exit(0);
}
const file = join(benchDir, `${name}.ts`);
if (!/^[A-Za-z0-9_-]+$/.test(name) || !existsSync(file)) {
  usage(`no bench named "${name}" (looked for ${file})\n`);
  process.exit(2);
}

const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const child = spawn(process.execPath, [tsxCli, file, ...args], { cwd: root, stdio: "inherit" });
// Pass Ctrl-C and termination on so that the bench can shut its worker processes down.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("error", (err) => {
  console.error(`cannot start tsx for ${file}: ${err.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  process.exitCode = code ?? 128 + (constants.signals[signal] ?? 0);
});
