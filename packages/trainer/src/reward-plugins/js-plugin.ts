/**
 * JavaScript / TypeScript reward plug-ins, loaded with a dynamic import. The
 * function gets the batch (or one input, for reward_type "sequential") and the
 * kwargs object as second argument; it may be async.
 *
 * .ts files are loaded through tsx's loader API (`tsImport`); tsx must be
 * installed (`npm i -D tsx`). Without it, a .ts plug-in loads only when the
 * process already runs under a TypeScript loader (npx tsx, jest).
 */
import { pathToFileURL } from "node:url";
import { normalizeScore, normalizeScores } from "./scores.js";
import { RewardPluginError, type LoadRewardPluginOptions, type RewardFunctionSpec, type RewardInput, type RewardPlugin, type RewardScore } from "./types.js";

type JsRewardFunction = (input: unknown, kwargs: Record<string, unknown>) => unknown;

export async function loadJsRewardPlugin(spec: RewardFunctionSpec, options: LoadRewardPluginOptions = {}): Promise<RewardPlugin> {
  const mod = await importPluginModule(spec);
  const fn = (mod[spec.functionName] ?? (spec.functionName === "default" ? undefined : mod.default?.[spec.functionName])) as unknown;
  if (typeof fn !== "function") {
    const exported = Object.keys(mod).filter((k) => typeof mod[k] === "function");
    throw new RewardPluginError(spec, `no exported function "${spec.functionName}" (exported functions: ${exported.join(", ") || "none"})`);
  }
  const call = fn as JsRewardFunction;
  const kwargs = options.kwargs ?? {};
  const sequential = options.rewardType === "sequential";

  return {
    spec,
    async score(inputs: readonly RewardInput[]): Promise<RewardScore[]> {
      if (sequential) {
        const out: RewardScore[] = [];
        for (let i = 0; i < inputs.length; i++) {
          let raw: unknown;
          try {
            raw = await call(inputs[i], kwargs);
          } catch (e) {
            throw new RewardPluginError(spec, `raised ${errorText(e)}`, i, stackOf(e));
          }
          out.push(normalizeScore(raw, i, spec));
        }
        return out;
      }
      let raw: unknown;
      try {
        raw = await call(inputs, kwargs);
      } catch (e) {
        // The batch failed: find the first sample that fails on its own, so the error can name it.
        const index = await firstFailing(call, inputs, kwargs);
        throw new RewardPluginError(spec, `raised ${errorText(e)}`, index, stackOf(e));
      }
      return normalizeScores(raw, inputs.length, spec);
    },
    async close() {},
  };
}

async function firstFailing(call: JsRewardFunction, inputs: readonly RewardInput[], kwargs: Record<string, unknown>): Promise<number | null> {
  for (let i = 0; i < inputs.length; i++) {
    try {
      await call([inputs[i]], kwargs);
    } catch {
      return i;
    }
  }
  return null; // fails only as a batch
}

async function importPluginModule(spec: RewardFunctionSpec): Promise<Record<string, any>> {
  const url = pathToFileURL(spec.file).href;
  try {
    if (spec.language !== "typescript") return await import(url);
    const tsx = await optionalImport("tsx/esm/api");
    if (tsx?.tsImport) {
      try {
        return await tsx.tsImport(url, import.meta.url);
      } catch (e) {
        // Hosts that refuse loader hooks (jest) transpile TypeScript themselves.
        if (!/module\.register/.test(String((e as Error)?.message))) throw e;
      }
    }
    return await import(url);
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_UNKNOWN_FILE_EXTENSION") {
      throw new RewardPluginError(spec, "cannot load a TypeScript file without tsx; install it (npm i -D tsx) or compile the plug-in to .mjs");
    }
    throw new RewardPluginError(spec, `failed to load: ${errorText(e)}`, null, stackOf(e));
  }
}

async function optionalImport(name: string): Promise<any> {
  try {
    return await import(name);
  } catch {
    return undefined;
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function stackOf(e: unknown): string | null {
  return e instanceof Error && e.stack ? e.stack : null;
}
