// A YAML config file read into plain data, remembering the line of every key
// so that later errors can point at file:line.
import { readFileSync } from "node:fs";
import { isMap, isScalar, LineCounter, parseDocument, type Node } from "yaml";
import type { ConfigProblem } from "./errors.js";

/** Dotted key -> where it was set ("file.yaml:12" or "command line"). */
export type Origins = Map<string, string>;

export interface ConfigSource {
  value: Record<string, unknown>;
  origins: Origins;
  problems: ConfigProblem[];
}

export function readYamlConfig(file: string): ConfigSource {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : String(err);
    return { value: {}, origins: new Map(), problems: [{ key: "", origin: file, message: `cannot read config: ${reason}` }] };
  }
  return parseYamlConfig(text, file);
}

/** Parses YAML text; `file` only names the source in messages. */
export function parseYamlConfig(text: string, file: string): ConfigSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number) => `${file}:${lineCounter.linePos(offset).line}`;

  const problems: ConfigProblem[] = doc.errors.map((e) => ({
    key: "",
    origin: at(e.pos[0]),
    message: `YAML syntax error: ${e.message}`,
  }));
  if (problems.length > 0) return { value: {}, origins: new Map(), problems };

  const origins: Origins = new Map();
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { value: {}, origins, problems };
  }
  if (!isMap(contents)) {
    return { value: {}, origins, problems: [{ key: "", origin: at(contents.range[0]), message: "the config must be a YAML mapping (key: value lines)" }] };
  }
  recordOrigins(contents, "", origins, at, problems);
  return { value: doc.toJS() as Record<string, unknown>, origins, problems };
}

function recordOrigins(
  node: Node,
  prefix: string,
  origins: Origins,
  at: (offset: number) => string,
  problems: ConfigProblem[],
): void {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = pair.key as Node | null;
    if (!isScalar(key) || typeof key.value !== "string") {
      problems.push({
        key: prefix,
        origin: key?.range ? at(key.range[0]) : "unknown",
        message: "config keys must be plain names",
      });
      continue;
    }
    const path = prefix ? `${prefix}.${key.value}` : key.value;
    if (key.range) origins.set(path, at(key.range[0]));
    if (pair.value) recordOrigins(pair.value as Node, path, origins, at, problems);
  }
}
