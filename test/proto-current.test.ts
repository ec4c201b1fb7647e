// The generated protobuf code of both languages is checked in; prove it matches proto/observe.proto.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "@observe-r1/bridge";
import { execa } from "execa";

test("generated TypeScript and Python protobuf code is current (run `npm run proto` if not)", async () => {
  const out = mkdtempSync(join(tmpdir(), "observe-proto-"));
  await execa("node", [join(PROJECT_ROOT, "scripts/gen-proto.mjs"), join(out, "ts"), join(out, "py")], { cwd: PROJECT_ROOT });
  const pairs = [
    ["ts/observe.js", "packages/bridge/generated/observe.js"],
    ["ts/observe.d.ts", "packages/bridge/generated/observe.d.ts"],
    ["py/observe_pb2.py", "python/observe_worker/proto/observe_pb2.py"],
    ["py/observe_pb2.pyi", "python/observe_worker/proto/observe_pb2.pyi"],
  ];
  for (const [fresh, checkedIn] of pairs) {
    expect({ file: checkedIn, same: readFileSync(join(out, fresh!), "utf8") === readFileSync(join(PROJECT_ROOT, checkedIn!), "utf8") })
      .toEqual({ file: checkedIn, same: true });
  }
});
