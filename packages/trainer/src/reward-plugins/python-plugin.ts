/**
 * Python reward plug-ins (EasyR1 files such as examples/reward_function/math.py),
 * run through pythonia and called once per batch.
 */
import { acquirePythonHost, releasePythonHost } from "./python-host.js";
import { normalizeScores } from "./scores.js";
import { RewardPluginError, type LoadRewardPluginOptions, type RewardFunctionSpec, type RewardInput, type RewardPlugin, type RewardScore } from "./types.js";

type LoadReply = { key: string } | { error: string; trace?: string };
type CallReply = { scores: unknown } | { error: string; trace: string | null; index: number | null };

export async function loadPythonRewardPlugin(spec: RewardFunctionSpec, options: LoadRewardPluginOptions = {}): Promise<RewardPlugin> {
  const host = await acquirePythonHost(options.python);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await releasePythonHost();
  };
  let key: string;
  try {
    const reply = await host.call<LoadReply>("observe_load", spec.file, spec.functionName);
    if ("error" in reply) throw new RewardPluginError(spec, reply.error, null, reply.trace ?? null);
    key = reply.key;
  } catch (e) {
    await close();
    throw e;
  }
  const payloadBase = { kwargs: options.kwargs ?? {}, sequential: options.rewardType === "sequential" };

  return {
    spec,
    async score(inputs: readonly RewardInput[]): Promise<RewardScore[]> {
      if (closed) throw new RewardPluginError(spec, "the plug-in was closed");
      const reply = await host.call<CallReply>("observe_call", key, JSON.stringify({ ...payloadBase, inputs }));
      if ("error" in reply) throw new RewardPluginError(spec, `raised ${reply.error}`, reply.index, reply.trace);
      return normalizeScores(reply.scores, inputs.length, spec);
    },
    close,
  };
}
