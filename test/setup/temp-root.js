// Jest global setup/teardown: every temporary folder of a test run (the tests' own mkdtemp
// folders, the workers' sockets, Python's tempfile) goes under one folder, removed at the end,
// so `npm test` leaves nothing in /tmp even when a test fails before its own cleanup.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function setup() {
  const root = mkdtempSync(join(tmpdir(), "observe-jest-"));
  process.env.OBSERVE_JEST_TMP = root;
  process.env.TMPDIR = root; // read by os.tmpdir() in the test workers and by the Python processes they start
}

export function teardown() {
  if (process.env.OBSERVE_JEST_TMP) rmSync(process.env.OBSERVE_JEST_TMP, { recursive: true, force: true });
}
