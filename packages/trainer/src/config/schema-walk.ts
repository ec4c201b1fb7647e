// Reads the zod schema as data: which dotted keys exist, and what a key accepts.
// Used to suggest the closest valid key and to say what is allowed.
import type * as z from "zod";

type AnySchema = z.ZodType;
type Def = { type: string; [k: string]: unknown };

const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that hold one inner schema and do not change which keys exist. */
const WRAPPERS = new Set(["default", "prefault", "optional", "nullable", "readonly", "catch", "nonoptional"]);

/** The schema with wrappers, preprocessors and transforms peeled off, plus what they said. */
export function unwrap(schema: AnySchema): { inner: AnySchema; nullable: boolean; description?: string } {
  let s = schema;
  let nullable = false;
  let description = s.description;
  for (;;) {
    const def = defOf(s);
    if (def.type === "nullable") nullable = true;
    let next: AnySchema | undefined;
    if (WRAPPERS.has(def.type)) next = def.innerType as AnySchema;
    else if (def.type === "pipe") {
      // preprocess = pipe(transform, schema); a .transform() = pipe(schema, transform)
      const input = def.in as AnySchema;
      next = defOf(input).type === "transform" ? (def.out as AnySchema) : input;
    }
    if (!next) return { inner: s, nullable, description };
    s = next;
    description ??= s.description;
  }
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> | undefined {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  return def.type === "object" ? (def.shape as Record<string, AnySchema>) : undefined;
}

/** Every leaf and section key of the schema as a dotted path, parents before children. */
export function keyPaths(schema: AnySchema, prefix = ""): string[] {
  const shape = shapeOf(schema);
  if (!shape) return [];
  const out: string[] = [];
  for (const [key, child] of Object.entries(shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path, ...keyPaths(child, path));
  }
  return out;
}

/** The schema that validates the value at `path` (object keys and list indices), if any. */
export function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let s: AnySchema | undefined = schema;
  for (const seg of path) {
    if (!s) return undefined;
    const { inner } = unwrap(s);
    const def = defOf(inner);
    if (def.type === "object") s = (def.shape as Record<string, AnySchema>)[String(seg)];
    else if (def.type === "array") s = def.element as AnySchema;
    else if (def.type === "tuple") s = (def.items as AnySchema[])[Number(seg)];
    else if (def.type === "record") s = def.valueType as AnySchema;
    else return undefined;
  }
  return s;
}

/** A short phrase for what the schema accepts, e.g. "an integer", "one of: grpo, rloo". */
export function describeAllowed(schema: AnySchema): string {
  const { inner, nullable, description } = unwrap(schema);
  const base = description ?? describeInner(inner);
  return nullable ? `${base}, or null` : base;
}

function describeInner(s: AnySchema): string {
  const def = defOf(s);
  switch (def.type) {
    case "number": {
      const isInt = (s as unknown as { isInt?: boolean }).isInt;
      return isInt ? "an integer" : "a number";
    }
    case "string":
      return "a string";
    case "boolean":
      return "true or false";
    case "enum":
      return `one of: ${Object.values(def.entries as Record<string, string>).join(", ")}`;
    case "array":
      return `a list of ${plural(describeAllowed(def.element as AnySchema))}`;
    case "tuple":
      return `a list of ${(def.items as AnySchema[]).length} values [${(def.items as AnySchema[])
        .map((i) => describeAllowed(i))
        .join(", ")}]`;
    case "object":
      return "a mapping (a YAML section)";
    case "record":
      return "a mapping of names to values";
    default:
      return def.type;
  }
}

function plural(phrase: string): string {
  if (phrase.startsWith("one of:")) return `values (${phrase})`;
  return phrase.replace(/^an? /, "").replace(/^(\w+)/, "$1s");
}

/** The default a key gets when it is not set (`.default(...)`), if it has one. */
export function defaultOf(schema: AnySchema): { value: unknown } | undefined {
  let s: AnySchema | undefined = schema;
  while (s) {
    const def = defOf(s);
    if (def.type === "default") return { value: def.defaultValue };
    s = WRAPPERS.has(def.type) && def.type !== "prefault" ? (def.innerType as AnySchema) : undefined;
  }
  return undefined;
}
