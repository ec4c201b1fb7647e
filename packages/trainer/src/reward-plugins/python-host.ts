/**
 * One Python process per Node process, through pythonia, shared by every .py
 * plug-in (and the math_verify parity check). pythonia starts its interpreter when
 * it is first imported and reads PYTHON_BIN then, so the interpreter is chosen
 * here before that import: OBSERVE_PYTHON, then PYTHON_BIN, then the nearest
 * .venv/bin/python above the working directory, then python3.
 *
 * Reference counted: the last release() ends the Python process, so the Node
 * process can exit (pythonia's IPC channel would otherwise keep it alive).
 */
import { existsSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// The Python side of the bridge. Loads plug-ins like EasyR1 does (importlib from a
// path), calls them with JSON in and out, finds the failing sample when a batch raises,
// and keeps the plug-in's print() output off stdout (the score command writes JSONL there).
const HOST_PY = String.raw`
import contextlib, importlib.util, json, os, sys, traceback

_functions = {}

def _jsonable(o):
    if hasattr(o, "item"):
        return o.item()
    if hasattr(o, "tolist"):
        return o.tolist()
    return float(o)

def observe_load(path, name):
    folder = os.path.dirname(path)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    module_name = "observe_reward_" + str(len(_functions)) + "_" + os.path.splitext(os.path.basename(path))[0]
    spec = importlib.util.spec_from_file_location(module_name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        with contextlib.redirect_stdout(sys.stderr):
            spec.loader.exec_module(module)
    except BaseException:
        return json.dumps({"error": "failed to import: " + traceback.format_exc(limit=-3).strip().splitlines()[-1], "trace": traceback.format_exc()})
    fn = getattr(module, name, None)
    if not callable(fn):
        names = sorted(k for k, v in vars(module).items() if callable(v) and not k.startswith("_") and getattr(v, "__module__", None) == module_name)
        return json.dumps({"error": "no function %r (functions defined: %s)" % (name, ", ".join(names) or "none")})
    key = "%s:%s" % (path, name)
    _functions[key] = fn
    return json.dumps({"key": key})

def _fail(exc_text, trace, index):
    return json.dumps({"error": exc_text, "trace": trace, "index": index})

def observe_call(key, payload):
    fn = _functions[key]
    request = json.loads(payload)
    inputs, kwargs = request["inputs"], request["kwargs"]
    with contextlib.redirect_stdout(sys.stderr):
        if request["sequential"]:
            out = []
            for i, item in enumerate(inputs):
                try:
                    out.append(fn(item, **kwargs))
                except Exception as e:
                    return _fail("%s: %s" % (type(e).__name__, e), traceback.format_exc(), i)
        else:
            try:
                out = fn(inputs, **kwargs)
            except Exception as e:
                index = None
                for i, item in enumerate(inputs):
                    try:
                        fn([item], **kwargs)
                    except Exception:
                        index = i
                        break
                return _fail("%s: %s" % (type(e).__name__, e), traceback.format_exc(), index)
    try:
        return json.dumps({"scores": out}, default=_jsonable, allow_nan=True)
    except Exception as e:
        return _fail("returned something that is not numbers: %s" % e, None, None)

def observe_math_verify(payload):
    try:
        from math_verify import parse, verify, StringExtractionConfig, LatexExtractionConfig, ExprExtractionConfig
    except ImportError:
        return json.dumps({"available": False})
    cfg = [StringExtractionConfig(), LatexExtractionConfig(), ExprExtractionConfig()]
    out = []
    for pred, gold in json.loads(payload):
        gold_parsed = parse(gold, extraction_config=cfg)
        if not gold_parsed:
            out.append(None)
            continue
        try:
            out.append(bool(verify(gold_parsed, parse(pred, extraction_config=cfg))))
        except Exception:
            out.append(False)
    return json.dumps({"available": True, "results": out})
`;

export interface PythonHost {
  /** The interpreter pythonia runs. */
  readonly executable: string;
  /** Calls a function of the host module with string arguments; returns its JSON string result parsed. */
  call<T>(fn: "observe_load" | "observe_call" | "observe_math_verify", ...args: string[]): Promise<T>;
}

interface Bridge {
  host: PythonHost;
  refs: number;
  exit: () => void;
  dir: string;
}

let shared: Bridge | null = null;
let starting: Promise<Bridge> | null = null;

/** The interpreter a new bridge would use (see the module comment for the order). */
export function choosePython(explicit?: string): string {
  if (explicit) return explicit;
  if (process.env.OBSERVE_PYTHON) return process.env.OBSERVE_PYTHON;
  if (process.env.PYTHON_BIN) return process.env.PYTHON_BIN;
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const candidate = join(dir, ".venv", "bin", "python");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return "python3";
  }
}

/** Starts (or shares) the bridge; pair every acquire with one release. */
export async function acquirePythonHost(python?: string): Promise<PythonHost> {
  const wanted = choosePython(python);
  let bridge = shared;
  if (!bridge) {
    starting ??= start(wanted);
    try {
      bridge = shared = await starting;
    } finally {
      starting = null;
    }
  }
  if (python && !samePath(python, bridge.host.executable)) {
    throw new Error(
      `the Python bridge already runs ${bridge.host.executable}, but ${python} was requested; one Node process holds one interpreter (pythonia), so use the same interpreter for every .py plug-in`,
    );
  }
  bridge.refs++;
  return bridge.host;
}

export async function releasePythonHost(): Promise<void> {
  if (!shared) return;
  if (--shared.refs > 0) return;
  const s = shared;
  shared = null;
  s.exit();
  rmSync(s.dir, { recursive: true, force: true });
}

async function start(python: string): Promise<Bridge> {
  // pythonia reads PYTHON_BIN when it spawns its interpreter: at its first import, and
  // again on the first use after an exit().
  process.env.PYTHON_BIN = python;
  let pythonia: typeof import("pythonia");
  try {
    pythonia = await import("pythonia");
  } catch (e) {
    throw new Error(`Python reward plug-ins need the pythonia package (npm i pythonia): ${(e as Error).message}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "observe-r1-py-"));
  const file = join(dir, "observe_reward_host.py");
  writeFileSync(file, HOST_PY);
  let module: any;
  let executable: string;
  try {
    const sys = await pythonia.python("sys");
    executable = await sys.executable;
    module = await pythonia.python(file);
  } catch (e) {
    pythonia.python.exit();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`could not start Python (${python}) through pythonia: ${(e as Error).message}. Set OBSERVE_PYTHON to a working interpreter`);
  }
  const host: PythonHost = {
    executable,
    async call<T>(fn: string, ...args: string[]): Promise<T> {
      const text: string = await module[fn](...args);
      return JSON.parse(text) as T;
    },
  };
  return { host, refs: 0, exit: () => pythonia.python.exit(), dir };
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}
