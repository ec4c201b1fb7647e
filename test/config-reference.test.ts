// docs/config.md is generated from the config schema; prove the checked-in file is current.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "@observe-r1/bridge";
import { CONFIG_KEYS } from "@observe-r1/trainer";
import { execa } from "execa";

test("docs/config.md is current (run `node scripts/gen-config-reference.mjs` if not) and lists every key with a meaning", async () => {
  const fresh = join(mkdtempSync(join(tmpdir(), "observe-config-ref-")), "config.md");
  await execa("node", [join(PROJECT_ROOT, "scripts/gen-config-reference.mjs"), fresh], { cwd: PROJECT_ROOT });
  const text = readFileSync(fresh, "utf8");
  expect(readFileSync(join(PROJECT_ROOT, "docs/config.md"), "utf8") === text).toBe(true);
  const rows = text.split("\n").filter((l) => l.startsWith("| `"));
  const leaves = CONFIG_KEYS.filter((k) => !CONFIG_KEYS.some((o) => o.startsWith(`${k}.`)));
  expect(rows.map((r) => r.split("`")[1])).toEqual(leaves);
  // every row has a default (or says required) and a meaning
  for (const row of rows) {
    const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    expect({ row, cells: cells.length, empty: cells.filter((c) => !c).length }).toEqual({ row, cells: 4, empty: 0 });
  }
  expect(text).toContain("| `algorithm.kl_loss_type` | `low_var_kl` |");
});
