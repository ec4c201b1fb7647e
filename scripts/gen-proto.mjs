// Regenerates the protobuf code of both languages from proto/observe.proto.
// TypeScript: protobufjs static module + typings. Python: grpc_tools.protoc (_pb2).
// The outputs are checked in; test/proto-current.test.ts proves they are current.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outTs = process.argv[2] ?? join(root, "packages/bridge/generated");
const outPy = process.argv[3] ?? join(root, "python/observe_worker/proto");
const python = process.env.OBSERVE_PYTHON ?? join(root, ".venv/bin/python");
const bin = (name) => join(root, "node_modules/.bin", name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: "inherit" });

mkdirSync(outTs, { recursive: true });
mkdirSync(outPy, { recursive: true });
run(bin("pbjs"), ["-t", "static-module", "-w", "es6", "--es6", "--no-verify", "--no-delimited",
  "--no-beautify", "-o", join(outTs, "observe.js"), "proto/observe.proto"]);
run(bin("pbts"), ["--no-comments", "-o", join(outTs, "observe.d.ts"), join(outTs, "observe.js")]);
run(python, ["-m", "grpc_tools.protoc", "-Iproto", `--python_out=${outPy}`, `--pyi_out=${outPy}`, "proto/observe.proto"]);
