"""The policy the worker trains: a Qwen2.5-VL model, its processor, an optional frozen reference and AdamW.

Plain Python and torch, no messaging: the ZeroMQ server calls these methods.

    policy = Policy.load("ckpt/tiny", optimizer=OptimizerSettings(lr=1e-6, beta1=0.9, beta2=0.95, weight_decay=0.0, max_grad_norm=1.0, eps=1e-8), load_reference=True)
    out = policy.generate(prompts, n=8, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=512, seed=0)
    stats = policy.train_step(prompts, prompt_index, responses, advantages, lr=1e-6)

Precision: on CUDA with dtype bf16 (the default there), a policy with an
optimizer keeps float32 master weights and AdamW state and computes in bf16
under autocast (bf16 weights cannot absorb updates of lr 1e-6); inference-only
policies hold bf16 weights. The reference is scored exactly as the policy is, so
KL is 0 before the first update: on one device it holds the policy's float32
weights under the same autocast (a bf16 copy would run its norms, embeddings and
residual stream in bf16 and differ by ~2e-3 in log-prob); under FSDP2 both
compute with bf16 parameters (sharding.py's mixed precision). On CPU everything
is float32 unless dtype says otherwise.

LoRA (`lora=LoraSettings(rank=...)`, see lora.py): adapters only are trained (the
base stays in the compute dtype, adapters in float32), and the reference is the
same model with the adapters disabled instead of a second copy.

Under torchrun (see distributed.py) every rank builds the same Policy, the model
is sharded with FSDP2 (sharding.py), and each method splits its rows or prompts
into contiguous per-rank slices, runs them in lockstep (equal numbers of
forward passes on every rank) and returns the full result on every rank.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import resource
from dataclasses import dataclass, field

import numpy as np
import torch

from . import checkpoint as ckpt
from . import distributed, sharding
from .encoding import (
    EncodedPrompt,
    PromptInput,
    SequenceBatch,
    collate_prompts,
    collate_sequences,
    encode_prompt,
    render_prompt,
)
from .errors import BadRequest, CheckpointError, ModelLoadError, ModelNotLoaded
from .lora import LoraAdapter, LoraSettings, vision_prefix
from .offload import OffloadSettings, optimizer_resident, resident
from .losses import (
    KL_PENALTIES, LOSS_AGG_MODES, LOSS_TYPES, aggregate, importance_log_ratio, kl_loss_type_problem, ppo_clip_terms,
    token_advantages,
)
from .losses import kl_penalty as kl_estimate

__all__ = ["PromptInput", "OptimizerSettings", "LoraSettings", "OffloadSettings", "Completion", "GenerateResult", "Policy"]

_DTYPES = {"float32": torch.float32, "fp32": torch.float32, "bfloat16": torch.bfloat16, "bf16": torch.bfloat16,
           "float16": torch.float16, "fp16": torch.float16}


@dataclass
class OptimizerSettings:
    """AdamW settings, all given: defaults live in the controller's config schema (worker.actor.optim)."""

    lr: float
    beta1: float
    beta2: float
    weight_decay: float
    max_grad_norm: float  # 0 disables clipping
    eps: float


@dataclass
class Completion:
    prompt_index: int
    token_ids: np.ndarray  # int32 [T], includes the EOS token when finish_reason == "stop"
    logprobs: np.ndarray  # float32 [T], log-prob of each token under softmax(logits / temperature)
    text: str
    finish_reason: str  # "stop" | "length"


@dataclass
class GenerateResult:
    prompt_num_tokens: list[int]
    completions: list[Completion] = field(default_factory=list)


def _quiet_transformers():
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def _expected_checkpoint_hint() -> str:
    return (
        "expected a Qwen2.5-VL checkpoint directory with config.json (model_type qwen2_5_vl), model weights "
        "and processor files, such as Qwen/Qwen2.5-VL-3B-Instruct downloaded locally or one made by "
        "`npx observe-run tiny-model DIR`"
    )


def _check_model_dir(model_path: str) -> None:
    if not os.path.isdir(model_path):
        raise ModelLoadError(f"model path {model_path}: no such directory; {_expected_checkpoint_hint()}")
    config_path = os.path.join(model_path, "config.json")
    if not os.path.isfile(config_path):
        raise ModelLoadError(f"model path {model_path}: config.json is missing; {_expected_checkpoint_hint()}")
    try:
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"model config {config_path}: cannot be read ({exc}); {_expected_checkpoint_hint()}") from exc
    model_type = config.get("model_type") if isinstance(config, dict) else None
    if model_type != "qwen2_5_vl":
        raise ModelLoadError(
            f"model config {config_path}: model_type is {model_type!r}, not 'qwen2_5_vl'; {_expected_checkpoint_hint()}"
        )


def _policy_resident(method):
    """Run a Policy method with the policy model on its device (see offload.py)."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._resident(self.model):
            return method(self, *args, **kwargs)

    return wrapper


class Policy:
    """A Qwen2.5-VL policy with generation, scoring and PPO/SFT updates. Build it with `Policy.load`."""

    def __init__(self, model, processor, *, reference, optimizer, settings, device, compute_dtype, model_path,
                 lora: LoraAdapter | None = None, offload: OffloadSettings = OffloadSettings()):
        self.model = model
        self.processor = processor
        self.reference = reference
        self.lora = lora
        self.optimizer: torch.optim.Optimizer | None = optimizer
        self.settings: OptimizerSettings | None = settings
        self.device = device
        self.compute_dtype = compute_dtype
        self.param_dtype = next(model.parameters()).dtype
        self.model_path = model_path
        self.world = distributed.world()
        # Under FSDP2 offloading is FSDP2's own (sharding.py); here it is between requests on one device.
        self.offload = OffloadSettings() if self.world.active else offload
        self.steps = 0
        tok = processor.tokenizer
        self.pad_id = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
        eos = set()
        gen_eos = getattr(model.generation_config, "eos_token_id", None)
        for e in gen_eos if isinstance(gen_eos, (list, tuple)) else [gen_eos]:
            if e is not None:
                eos.add(int(e))
        if tok.eos_token_id is not None:
            eos.add(int(tok.eos_token_id))
        self.eos_ids = sorted(eos)
        # Vision placeholders only ever come from the processor. A sampled one (an
        # untrained model can) would be taken for an image slot by the next forward
        # pass, so the policy's distribution excludes them, in sampling and scoring alike.
        placeholders = ["<|image_pad|>", "<|video_pad|>", "<|vision_start|>", "<|vision_end|>", "<|vision_pad|>"]
        ids = [tok.convert_tokens_to_ids(t) for t in placeholders]
        self.banned_ids = torch.tensor(
            sorted({i for i in ids if isinstance(i, int) and i >= 0 and i != tok.unk_token_id}), dtype=torch.long
        )
        self.vocab_size = int(model.config.text_config.vocab_size)
        self.info = {
            "model_type": model.config.model_type,
            "num_parameters": int(sum(p.numel() for p in model.parameters())),
            "device": str(device),
            "dtype": str(compute_dtype).replace("torch.", ""),
            "param_dtype": str(self.param_dtype).replace("torch.", ""),
            "vocab_size": self.vocab_size,
            "eos_token_id": int(tok.eos_token_id) if tok.eos_token_id is not None else self.eos_ids[0],
            "eos_token_ids": list(self.eos_ids),
            "pad_token_id": int(self.pad_id),
            "has_reference": reference is not None or lora is not None,
            "trainable": optimizer is not None,
            "world_size": self.world.size,
            "sharding": "fsdp2" if self.world.active else "none",
        }
        if lora is not None:
            self.info["lora"] = lora.info()

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(
        cls,
        model_path: str,
        *,
        load_reference: bool = False,
        optimizer: OptimizerSettings | None = None,
        dtype: str = "auto",
        min_pixels: int | None = None,
        max_pixels: int | None = None,
        seed: int = 0,
        gradient_checkpointing: bool = False,
        freeze_vision_tower: bool = False,
        device: str | None = None,
        lora: LoraSettings | None = None,
        offload: OffloadSettings = OffloadSettings(),
    ) -> "Policy":
        """Load model and processor from a Qwen2.5-VL checkpoint directory.

        With `lora`, adapters are attached and only they train; the reference is then
        the adapter-disabled model whatever `load_reference` says (no copy is loaded).
        """
        _check_model_dir(model_path)
        from transformers import Qwen2_5_VLForConditionalGeneration

        _quiet_transformers()
        world = distributed.world()
        if world.active and lora is not None:
            raise BadRequest(
                f"LoRA runs in one process; this worker has {world.size} ranks (torchrun). LoRA is the way to fit a "
                "large model on one GPU: set trainer.n_gpus_per_node=1 trainer.nnodes=1, or drop worker.actor.lora"
            )
        try:
            dev = world.device() if world.active else torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
        except RuntimeError as exc:
            raise BadRequest(f"device {device!r}: not a torch device name ({exc}); use cpu, cuda or cuda:N") from exc
        if dev.type == "cuda" and not torch.cuda.is_available():
            raise ModelLoadError(f"device {device!r} was requested but CUDA is not available here; use device cpu")
        if dtype == "auto":
            compute = torch.bfloat16 if dev.type == "cuda" and torch.cuda.is_bf16_supported() else torch.float32
        elif dtype in _DTYPES:
            compute = _DTYPES[dtype]
        else:
            raise BadRequest(f"dtype {dtype!r}: use auto, float32, bfloat16 or float16")
        if optimizer is not None and compute == torch.float16:
            raise BadRequest(
                "dtype float16 cannot be trained here (it needs loss scaling); use bfloat16 or float32 for training"
            )
        param_dtype = torch.float32 if optimizer is not None and lora is None else compute
        torch.manual_seed(seed)

        processor = load_processor(model_path, min_pixels, max_pixels)

        def load_model(dt, offloaded: bool):
            try:
                m, loading = Qwen2_5_VLForConditionalGeneration.from_pretrained(
                    model_path, dtype=dt, output_loading_info=True
                )
            except Exception as exc:
                raise ModelLoadError(
                    f"model path {model_path}: the weights could not be loaded ({type(exc).__name__}: {exc}); "
                    f"{_expected_checkpoint_hint()}"
                ) from exc
            missing = list(loading.get("missing_keys") or []) + [str(k) for k in loading.get("mismatched_keys") or []]
            if missing:
                raise ModelLoadError(
                    f"model path {model_path}: {len(missing)} weights are missing or mis-shaped (e.g. {missing[0]}); "
                    "the checkpoint is incomplete or from another architecture"
                )
            if world.active:  # fully_shard moves each rank's shard to its device
                sharding.shard(m, world, compute_dtype=compute, offload_params=offloaded)
            elif not offloaded:  # an offloaded model waits in CPU memory and visits the GPU per request
                m.to(dev)
            sharding.install_forward(m)
            return m

        # FSDP2 offloads parameters, gradients and optimizer state together.
        model = load_model(param_dtype, offload.offload_params or (world.active and offload.offload_optimizer))
        model.eval()
        adapter = LoraAdapter.attach(model, lora) if lora is not None else None
        if optimizer is None:
            model.requires_grad_(False)
        elif freeze_vision_tower and adapter is None:
            # No gradient, so no optimizer state (the optimizer below takes trainable parameters only) and no change.
            _freeze_vision_tower(model)
        elif gradient_checkpointing:
            if hasattr(model, "activation_checkpointing_enable"):  # transformers >= 5.x name
                model.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
            else:
                model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        reference = None
        if load_reference and adapter is None:
            # The same numerics as the policy: its parameter dtype on one device (FSDP2 casts both to `compute`).
            reference = load_model(compute if world.active else param_dtype, offload.offload_reference).eval()
            reference.requires_grad_(False)
        opt = None
        if optimizer is not None:
            opt = torch.optim.AdamW(
                [p for p in model.parameters() if p.requires_grad],
                lr=optimizer.lr,
                betas=(optimizer.beta1, optimizer.beta2),
                eps=optimizer.eps,
                weight_decay=optimizer.weight_decay,
            )
        return cls(
            model,
            processor,
            reference=reference,
            optimizer=opt,
            settings=optimizer,
            device=dev,
            compute_dtype=compute,
            model_path=model_path,
            lora=adapter,
            offload=offload,
        )

    # ------------------------------------------------------------------ helpers

    def _autocast(self):
        if self.compute_dtype != self.param_dtype and self.device.type in ("cuda", "cpu"):
            return torch.autocast(device_type=self.device.type, dtype=self.compute_dtype)
        return contextlib.nullcontext()

    def _resident(self, model):
        """Bring an offloaded model to the device for one request (a no-op unless offloading on a GPU)."""
        offloaded = self.offload.offload_reference if model is self.reference else self.offload.offload_params
        return resident(model, self.device, offloaded)

    def _rope_index(self, *args, **kwargs):
        return self.model.model.get_rope_index(*args, **kwargs)

    def _encode(self, prompts: list[PromptInput], needed: set[int] | None = None) -> dict[int, EncodedPrompt]:
        if not isinstance(prompts, (list, tuple)):
            raise BadRequest("prompts must be a list")
        wanted = range(len(prompts)) if needed is None else sorted(needed)
        return {i: encode_prompt(self.processor, prompts[i], i) for i in wanted}

    def _check_sequences(self, prompts, prompt_index, responses) -> list[torch.Tensor]:
        if len(prompt_index) != len(responses):
            raise BadRequest(
                f"prompt_index has {len(prompt_index)} entries but there are {len(responses)} responses; "
                "give one prompt index per response"
            )
        out = []
        for k, (pi, r) in enumerate(zip(prompt_index, responses)):
            if not 0 <= int(pi) < len(prompts):
                raise BadRequest(f"response {k}: prompt_index {pi} is out of range for {len(prompts)} prompts")
            arr = np.asarray(r)
            if arr.size == 0:
                arr = arr.astype(np.int64).reshape(0)
            if arr.ndim != 1 or not np.issubdtype(arr.dtype, np.integer):
                raise BadRequest(f"response {k}: token ids must be a 1-D integer array, got shape {arr.shape} {arr.dtype}")
            if arr.size and (arr.min() < 0 or arr.max() >= self.vocab_size):
                raise BadRequest(
                    f"response {k}: token id out of range [0, {self.vocab_size}) (min {arr.min()}, max {arr.max()})"
                )
            out.append(torch.from_numpy(arr.astype(np.int64)))
        return out

    def _micro_batches(self, count: int, micro_batch_size: int) -> list[range | None]:
        """This rank's micro-batches of rows 0..count-1 (micro_batch_size <= 0: one per rank).

        Under FSDP2 every rank must run the same number of forward passes, so a rank
        with fewer rows gets trailing None entries: padding passes whose result is
        discarded (and whose loss is multiplied by zero).
        """
        w = self.world
        slices = [distributed.split_range(count, r, w.size) for r in range(w.size)]
        size = micro_batch_size if micro_batch_size > 0 else max(len(sl) for sl in slices)
        size = max(size, 1)
        mine = slices[w.rank]
        batches: list[range | None] = [range(s, min(s + size, mine.stop)) for s in range(mine.start, mine.stop, size)]
        most = max(-(-len(sl) // size) for sl in slices)
        return batches + [None] * (most - len(batches))

    def _score(self, model, batch: SequenceBatch, temperature: float, with_entropy: bool):
        """Log-probs (and entropies) of the response tokens of a collated batch, float32 [N]."""
        with self._autocast():
            logits = model.observe_forward(
                lambda hidden: hidden[batch.pred_rows, batch.pred_cols],
                input_ids=batch.input_ids,
                attention_mask=batch.attention_mask,
                position_ids=batch.position_ids,
                pixel_values=batch.pixel_values,
                image_grid_thw=batch.image_grid_thw,
                use_cache=False,
            )
        logits = self._mask_banned(logits.float()) / temperature
        logp_all = torch.log_softmax(logits, dim=-1)
        logp = logp_all.gather(-1, batch.targets[:, None]).squeeze(-1)
        entropy = None
        if with_entropy:
            with torch.no_grad():
                entropy = -(logp_all.exp() * logp_all).sum(-1)
        return logp, entropy

    def _collate(self, encoded, prompt_index, responses, rows) -> SequenceBatch:
        return collate_sequences(
            [encoded[int(prompt_index[k])] for k in rows],
            [responses[k] for k in rows],
            self.pad_id,
            self._rope_index,
            self.device,
        )

    # ------------------------------------------------------------------ generate

    def tokenize(self, texts: list[str], *, add_eos: bool = False) -> list[np.ndarray]:
        """Token ids of response texts; with add_eos each ends with the end-of-turn token."""
        tok = self.processor.tokenizer
        end_of_turn = tok.eos_token_id if tok.eos_token_id is not None else self.eos_ids[0]
        eos = [int(end_of_turn)] if add_eos else []
        return [np.asarray(tok.encode(t, add_special_tokens=False) + eos, dtype=np.int32) for t in texts]

    def _mask_banned(self, logits: torch.Tensor) -> torch.Tensor:
        if self.banned_ids.numel() == 0:
            return logits
        logits = logits.clone()
        logits[..., self.banned_ids.to(logits.device)] = -1e9  # finite: entropy sums p*log p, and 0*-inf is nan
        return logits

    @torch.no_grad()
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
        """Sample n responses per prompt, prompt-major (prompt 0's n samples first).

        temperature 0 is greedy (log-probs then under temperature 1); top_k <= 0 and
        top_p = 1 disable those filters. The recorded log-prob of a token is under
        the unfiltered softmax(logits / temperature), the distribution log_probs and
        train_step use. Reproducible for a given seed and batch.
        """
        if n < 1:
            raise BadRequest(f"n must be at least 1, got {n}")
        if max_new_tokens < 1:
            raise BadRequest(f"max_new_tokens must be at least 1, got {max_new_tokens}")
        if temperature < 0 or not np.isfinite(temperature):
            raise BadRequest(f"temperature must be >= 0 (0 = greedy), got {temperature}")
        if not 0 < top_p <= 1:
            raise BadRequest(f"top_p must be in (0, 1], got {top_p}")
        if not prompts:
            return GenerateResult(prompt_num_tokens=[], completions=[])
        w = self.world
        mine = distributed.split_range(len(prompts), w.rank, w.size)
        if w.active:  # the checks without pixel work, on the whole batch: bad input fails every rank alike
            for i, p in enumerate(prompts):
                render_prompt(self.processor, p, i)
        # A rank with no prompts of its own still runs every forward pass (FSDP2 gathers
        # collectively), on a copy of prompt 0 whose samples it throws away. Encoding is this
        # rank's own work: the ranks agree on its outcome before the first collective.
        order = distributed.rank_local(
            "generate", lambda: [encode_prompt(self.processor, prompts[i], i) for i in (mine or range(1))])
        with self._resident(self.model):
            local = self._generate_slice(
                order, n=n, temperature=temperature, top_p=top_p, top_k=top_k,
                max_new_tokens=max_new_tokens, seed=int(seed) + mine.start,
            )
        if not w.active:
            return local
        tok = self.processor.tokenizer
        return distributed.gather_generate(
            local if len(mine) else None, mine.start, len(prompts),
            lambda ids: tok.decode(ids.tolist(), skip_special_tokens=True),
        )

    def _generate_slice(self, order, *, n, temperature, top_p, top_k, max_new_tokens, seed) -> GenerateResult:
        self.model.eval()
        model = self.model
        batch = collate_prompts(order, self.pad_id, self._rope_index, self.device)
        gen = torch.Generator(device=self.device)
        gen.manual_seed(int(seed))

        from transformers import DynamicCache

        cache = DynamicCache(config=model.config.text_config)
        with self._autocast():
            logits = model.observe_forward(
                _last_position,
                input_ids=batch.input_ids,
                attention_mask=batch.attention_mask,
                position_ids=batch.position_ids,
                pixel_values=batch.pixel_values,
                image_grid_thw=batch.image_grid_thw,
                past_key_values=cache,
                use_cache=True,
            ).float()
        if n > 1:
            cache.batch_repeat_interleave(n)
            logits = logits.repeat_interleave(n, dim=0)
        rows = logits.shape[0]
        attention_mask = batch.attention_mask.repeat_interleave(n, dim=0)
        position = batch.next_position.repeat_interleave(n, dim=0)
        eos = torch.tensor(self.eos_ids, device=self.device)
        greedy = temperature == 0
        tokens = torch.full((rows, max_new_tokens), self.pad_id, dtype=torch.long, device=self.device)
        logps = torch.zeros((rows, max_new_tokens), dtype=torch.float32, device=self.device)
        lengths = torch.zeros(rows, dtype=torch.long, device=self.device)
        finished = torch.zeros(rows, dtype=torch.bool, device=self.device)
        stopped = torch.zeros(rows, dtype=torch.bool, device=self.device)
        for t in range(max_new_tokens):
            logits = self._mask_banned(logits)
            scaled = logits if greedy else logits / temperature
            logp_all = torch.log_softmax(scaled, dim=-1)
            if greedy:
                token = scaled.argmax(-1)
            else:
                token = torch.multinomial(_filtered_probs(scaled, top_k, top_p), 1, generator=gen).squeeze(-1)
            token = torch.where(finished, torch.full_like(token, self.pad_id), token)
            tokens[:, t] = token
            logps[:, t] = logp_all.gather(-1, token[:, None]).squeeze(-1)
            lengths += (~finished).long()
            hit_eos = torch.isin(token, eos) & ~finished
            stopped |= hit_eos
            finished |= hit_eos
            if t == max_new_tokens - 1 or distributed.all_true(bool(finished.all()), self.device):
                break
            attention_mask = torch.cat([attention_mask, torch.ones((rows, 1), dtype=attention_mask.dtype, device=self.device)], 1)
            with self._autocast():
                logits = model.observe_forward(
                    _last_position,
                    input_ids=token[:, None],
                    attention_mask=attention_mask,
                    position_ids=position.view(1, rows, 1).expand(3, rows, 1),
                    past_key_values=cache,
                    use_cache=True,
                ).float()
            position = position + 1

        tokens_np = tokens.cpu().numpy()
        logps_np = logps.cpu().numpy()
        lengths_np = lengths.cpu().numpy()
        stopped_np = stopped.cpu().numpy()
        tok = self.processor.tokenizer
        completions = []
        for r in range(rows):
            ids = tokens_np[r, : lengths_np[r]].astype(np.int32)
            completions.append(
                Completion(
                    prompt_index=r // n,
                    token_ids=ids,
                    logprobs=logps_np[r, : lengths_np[r]].astype(np.float32),
                    text=tok.decode(ids.tolist(), skip_special_tokens=True),
                    finish_reason="stop" if stopped_np[r] else "length",
                )
            )
        return GenerateResult(prompt_num_tokens=[p.num_tokens for p in order], completions=completions)

    # ------------------------------------------------------------------ scoring

    @torch.no_grad()
    def log_probs(
        self,
        prompts: list[PromptInput],
        prompt_index: list[int],
        responses: list[np.ndarray],
        *,
        role: str = "policy",
        micro_batch_size: int = 0,
        temperature: float = 1.0,
    ) -> list[np.ndarray]:
        """Per-token log-probs (float32) of each response after its prompt, under the policy or the reference."""
        context = contextlib.nullcontext()
        if role == "policy":
            model = self.model
        elif role == "reference" and self.lora is not None:
            model, context = self.model, self.lora.disabled()
        elif role == "reference":
            if self.reference is None:
                raise ModelNotLoaded(
                    "log_probs(role='reference'): no reference model is loaded; load the model with load_reference=True"
                )
            model = self.reference
        else:
            raise BadRequest(f"role {role!r}: use 'policy' or 'reference'")
        if not temperature > 0:
            raise BadRequest(f"temperature must be > 0 for log_probs, got {temperature}")
        resp = self._check_sequences(prompts, prompt_index, responses)
        if not resp:
            return []
        encoded = self._encode(prompts, {int(i) for i in prompt_index})
        model.eval()
        out: list[np.ndarray] = []
        with context, self._resident(model):
            for rows in self._micro_batches(len(resp), micro_batch_size):
                batch = self._collate(encoded, prompt_index, resp, rows or range(1))
                logp, _ = self._score(model, batch, temperature, with_entropy=False)
                if rows is not None:
                    out.extend(torch.split(logp.cpu(), batch.lengths))
        return self._gather_rows([x.numpy().astype(np.float32) for x in out])

    def _gather_rows(self, local: list[np.ndarray]) -> list[np.ndarray]:
        """Every rank's per-row arrays, in global row order (rows were split in contiguous slices)."""
        if not self.world.active:
            return local
        lengths = distributed.all_gather_ragged(np.asarray([len(x) for x in local], dtype=np.int64))
        values = distributed.all_gather_ragged(np.concatenate(local) if local else np.zeros(0, np.float32))
        out: list[np.ndarray] = []
        for ls, vs in zip(lengths, values):
            if len(ls):
                out.extend(np.split(vs, np.cumsum(ls)[:-1]))
        return out

    def _padding_pass(self, encoded, prompt_index, resp, temperature: float) -> None:
        """A forward and backward that changes nothing, so this rank keeps step with ranks that have more rows."""
        batch = self._collate(encoded, prompt_index, resp, range(1))
        logp, _ = self._score(self.model, batch, temperature, with_entropy=False)
        (logp.sum() * 0.0).backward()

    # ------------------------------------------------------------------ training

    def _require_optimizer(self, what: str) -> torch.optim.Optimizer:
        if self.optimizer is None:
            raise ModelNotLoaded(
                f"{what}: the model was loaded for inference only; load it with optimizer settings to train"
            )
        return self.optimizer

    def _finish_step(self, opt: torch.optim.Optimizer) -> float:
        max_norm = self.settings.max_grad_norm if self.settings else 0.0
        params = [p for p in self.model.parameters() if p.requires_grad]
        if max_norm and max_norm > 0:
            grad_norm = torch.nn.utils.clip_grad_norm_(params, max_norm)
        else:
            grad_norm = torch.nn.utils.get_total_norm([p.grad for p in params if p.grad is not None])
        grad_norm = float(sharding.local_value(grad_norm))  # under FSDP2 a replicated DTensor: the same on every rank
        if np.isfinite(grad_norm):
            with optimizer_resident(opt, self.device, self.offload.offload_optimizer):
                opt.step()
            self.steps += 1
        # A non-finite gradient skips the update; the caller sees grad_norm = inf/nan.
        opt.zero_grad(set_to_none=True)
        self.model.eval()
        return grad_norm

    def _set_lr(self, opt: torch.optim.Optimizer, lr: float) -> None:
        if not lr >= 0 or not np.isfinite(lr):
            raise BadRequest(f"lr must be a finite number >= 0, got {lr}")
        for group in opt.param_groups:
            group["lr"] = float(lr)

    def _aligned(self, name: str, values, resp: list[torch.Tensor]) -> list[torch.Tensor] | None:
        if values is None:
            return None
        if len(values) != len(resp):
            raise BadRequest(f"{name} has {len(values)} entries but there are {len(resp)} responses")
        out = []
        for k, (v, r) in enumerate(zip(values, resp)):
            arr = np.asarray(v, dtype=np.float32)
            if arr.shape != (r.shape[0],):
                raise BadRequest(
                    f"{name}[{k}]: {arr.shape[0] if arr.ndim == 1 else arr.shape} values for a response of {r.shape[0]} tokens"
                )
            out.append(torch.from_numpy(arr))
        return out

    @_policy_resident
    def train_step(
        self,
        prompts: list[PromptInput],
        prompt_index: list[int],
        responses: list[np.ndarray],
        advantages: np.ndarray,
        *,
        old_logprobs: list[np.ndarray] | None = None,
        ref_logprobs: list[np.ndarray] | None = None,
        lr: float,
        clip_ratio_low: float = 0.2,
        clip_ratio_high: float = 0.2,
        clip_ratio_dual: float = 3.0,
        loss_type: str = "default",
        kl_coef: float = 0.0,
        kl_penalty: str = "kl",
        kl_loss_type: str = "low_var_kl",
        use_kl_loss: bool = False,
        advantage_clip: float = 10.0,
        gamma: float = 1.0,
        loss_agg_mode: str = "token-mean",
        loss_scale_factor: float = 0.0,
        micro_batch_size: int = 0,
        temperature: float = 1.0,
    ) -> dict[str, float]:
        """One PPO-clip optimizer step over the whole batch (gradients accumulated over micro-batches).

        KL to the reference (docs/method.md §6): with use_kl_loss False, kl_coef > 0 and
        ref_logprobs given, -kl_coef * kl_penalty(old, ref) is a per-token reward whose
        suffix sum joins each token's advantage; with use_kl_loss True the loss
        gains kl_coef * kl_loss_type(current, ref), aggregated like the policy loss
        (verl's separate kl_penalty / kl_loss_type). The `kl` metric is the k3
        estimate of KL(pi || ref) whichever estimator trains, so runs compare.
        """
        opt = self._require_optimizer("train_step")
        if kl_penalty not in KL_PENALTIES:
            raise BadRequest(f"kl_penalty {kl_penalty!r}: use one of {', '.join(KL_PENALTIES)}")
        if use_kl_loss and (problem := kl_loss_type_problem(kl_loss_type)):
            raise BadRequest(problem)
        if loss_agg_mode not in LOSS_AGG_MODES:
            raise BadRequest(f"loss_agg_mode {loss_agg_mode!r}: use one of {', '.join(LOSS_AGG_MODES)}")
        if loss_agg_mode == "seq-mean-token-sum-norm" and not loss_scale_factor > 0:
            raise BadRequest(f"loss_agg_mode seq-mean-token-sum-norm needs loss_scale_factor > 0 (its constant divisor, "
                             f"e.g. the maximum response length), got {loss_scale_factor}")
        if not temperature > 0:
            raise BadRequest(f"temperature must be > 0 for train_step, got {temperature}")
        if not 0 <= gamma <= 1:
            raise BadRequest(f"gamma must be in [0, 1], got {gamma}")
        if not advantage_clip >= 0:
            raise BadRequest(f"advantage_clip must be >= 0 (0 disables the clamp), got {advantage_clip}")
        if clip_ratio_low < 0 or clip_ratio_high < 0:
            raise BadRequest(f"clip ratios must be >= 0, got low {clip_ratio_low}, high {clip_ratio_high}")
        if loss_type not in LOSS_TYPES:
            raise BadRequest(f"loss_type {loss_type!r}: use one of {', '.join(LOSS_TYPES)}")
        if not clip_ratio_dual > 1:
            raise BadRequest(f"clip_ratio_dual must be > 1 (the dual-clip bound on the ratio when A < 0), got {clip_ratio_dual}")
        resp = self._check_sequences(prompts, prompt_index, responses)
        adv = np.asarray(advantages, dtype=np.float32).reshape(-1)
        if adv.shape[0] != len(resp):
            raise BadRequest(f"advantages has {adv.shape[0]} values but there are {len(resp)} responses")
        if not np.all(np.isfinite(adv)):
            raise BadRequest("advantages contain NaN or infinity")
        old = self._aligned("old_logprobs", old_logprobs, resp)
        ref = self._aligned("ref_logprobs", ref_logprobs, resp)
        if use_kl_loss and kl_coef > 0 and ref is None:
            raise BadRequest("use_kl_loss with kl_coef > 0 needs ref_logprobs (log-probs under the reference model)")
        total_tokens = sum(int(r.shape[0]) for r in resp)
        if total_tokens == 0:
            raise BadRequest("train_step: the responses hold no tokens")
        total_seqs = len(resp)
        self._set_lr(opt, lr)
        encoded = self._encode(prompts, {int(i) for i in prompt_index})

        self.model.train()
        opt.zero_grad(set_to_none=True)
        sums = {"pg_loss": 0.0, "kl_loss": 0.0, "kl": 0.0, "clipfrac_higher": 0.0, "clipfrac_lower": 0.0, "clipfrac_dual": 0.0,
                "entropy": 0.0, "ppo_kl": 0.0}
        try:
            for rows in self._micro_batches(total_seqs, micro_batch_size):
                if rows is None:
                    self._padding_pass(encoded, prompt_index, resp, temperature)
                    continue
                batch = self._collate(encoded, prompt_index, resp, rows)
                logp, entropy = self._score(self.model, batch, temperature, with_entropy=True)
                dev = logp.device
                old_mb = torch.cat([old[k] for k in rows]).to(dev) if old is not None else logp.detach()
                ref_mb = torch.cat([ref[k] for k in rows]).to(dev) if ref is not None else None
                old_split = torch.split(old_mb, batch.lengths)
                ref_split = torch.split(ref_mb, batch.lengths) if ref_mb is not None else [None] * len(rows)
                tok_adv = torch.cat([
                    token_advantages(
                        float(adv[k]),
                        old_split[j],
                        ref_split[j],
                        kl_coef=0.0 if use_kl_loss else kl_coef,
                        kl_kind=kl_penalty,
                        advantage_clip=advantage_clip,
                        gamma=gamma,
                    )
                    for j, k in enumerate(rows)
                ]).to(dev)
                lengths = torch.tensor(batch.lengths, device=dev)
                log_ratio = importance_log_ratio(logp, old_mb, batch.seq_ids, len(rows), lengths, loss_type)
                pg_tok, clipped = ppo_clip_terms(log_ratio, tok_adv, clip_ratio_low, clip_ratio_high, clip_ratio_dual)
                agg = lambda v: aggregate(v, batch.seq_ids, len(rows), lengths, loss_agg_mode, total_tokens, total_seqs,  # noqa: E731
                                          loss_scale_factor)
                pg_loss = agg(pg_tok)
                loss = pg_loss
                if ref_mb is not None:
                    if use_kl_loss and kl_coef > 0:
                        kl_loss = agg(kl_estimate(logp, ref_mb, kl_loss_type))
                        loss = loss + kl_coef * kl_loss
                        sums["kl_loss"] += float(kl_loss.detach())
                    sums["kl"] += float(kl_estimate(logp.detach(), ref_mb, "low_var_kl").sum())
                # The loss is normalised by the global batch's totals; FSDP2 averages gradients
                # over ranks, so scaling by the world size makes that average the global sum.
                (loss * self.world.size).backward()
                sums["pg_loss"] += float(pg_loss.detach())
                for name, flags in clipped._asdict().items():
                    sums[f"clipfrac_{name}"] += float(flags.sum())
                sums["entropy"] += float(entropy.sum())
                sums["ppo_kl"] += float((old_mb - logp.detach()).sum())
            sums = distributed.all_reduce_sums(sums)
            grad_norm = self._finish_step(opt)
        except BaseException:
            opt.zero_grad(set_to_none=True)
            self.model.eval()
            raise
        kl_term = kl_coef * sums["kl_loss"] if use_kl_loss else 0.0
        return {
            "loss": sums["pg_loss"] + kl_term,
            "pg_loss": sums["pg_loss"],
            "kl": sums["kl"] / total_tokens,
            "kl_loss": sums["kl_loss"],
            "clipfrac": (sums["clipfrac_higher"] + sums["clipfrac_lower"]) / total_tokens,
            "clipfrac_higher": sums["clipfrac_higher"] / total_tokens,
            "clipfrac_lower": sums["clipfrac_lower"] / total_tokens,
            "clipfrac_dual": sums["clipfrac_dual"] / total_tokens,
            "grad_norm": grad_norm,
            "entropy": sums["entropy"] / total_tokens,
            "ppo_kl": sums["ppo_kl"] / total_tokens,
            "lr": float(lr),
            "num_tokens": float(total_tokens),
        }

    @_policy_resident
    def sft_step(
        self,
        prompts: list[PromptInput],
        prompt_index: list[int],
        responses: list[np.ndarray],
        *,
        lr: float,
        micro_batch_size: int = 0,
    ) -> dict[str, float]:
        """One optimizer step of cross-entropy on the response tokens (token mean over the batch)."""
        opt = self._require_optimizer("sft_step")
        resp = self._check_sequences(prompts, prompt_index, responses)
        total_tokens = sum(int(r.shape[0]) for r in resp)
        if total_tokens == 0:
            raise BadRequest("sft_step: the responses hold no tokens")
        self._set_lr(opt, lr)
        encoded = self._encode(prompts, {int(i) for i in prompt_index})
        self.model.train()
        opt.zero_grad(set_to_none=True)
        loss_sum = 0.0
        entropy_sum = 0.0
        try:
            for rows in self._micro_batches(len(resp), micro_batch_size):
                if rows is None:
                    self._padding_pass(encoded, prompt_index, resp, 1.0)
                    continue
                batch = self._collate(encoded, prompt_index, resp, rows)
                logp, entropy = self._score(self.model, batch, 1.0, with_entropy=True)
                loss = -logp.sum() / total_tokens
                (loss * self.world.size).backward()  # see train_step: FSDP2 averages over ranks
                loss_sum += float(loss.detach())
                entropy_sum += float(entropy.sum())
            totals = distributed.all_reduce_sums({"loss": loss_sum, "entropy": entropy_sum})
            loss_sum, entropy_sum = totals["loss"], totals["entropy"]
            grad_norm = self._finish_step(opt)
        except BaseException:
            opt.zero_grad(set_to_none=True)
            self.model.eval()
            raise
        return {
            "loss": loss_sum,
            "grad_norm": grad_norm,
            "entropy": entropy_sum / total_tokens,
            "lr": float(lr),
            "num_tokens": float(total_tokens),
        }

    # ------------------------------------------------------------------ checkpoints

    def save_checkpoint(self, path: str, include_optimizer: bool = True) -> int:
        """Write the policy (HF layout, safetensors), processor and optimizer state atomically. Returns bytes written.

        With LoRA the HF-layout model is the merged one (base + adapters) and the
        adapter alone goes to `<path>/adapter/` (peft layout).
        """
        from .lora import ADAPTER_DIR

        with_opt = include_optimizer and self.optimizer is not None
        # Gathering is collective (every rank takes part); then rank 0 alone writes.
        state = sharding.full_model_state(self.model) if self.lora is None else self.lora.merged_state_dict(self.model)
        opt_state = sharding.full_optimizer_state(self.model, self.optimizer) if with_opt else None
        if not self.world.is_main:
            return 0

        def write(tmp: str) -> dict:
            self.model.save_pretrained(tmp, state_dict=state)
            if self.lora is not None:
                self.lora.save(os.path.join(tmp, ADAPTER_DIR))
            _write_plain_architecture(tmp)
            self.processor.save_pretrained(tmp)
            if with_opt:
                ckpt.save_optimizer_state(opt_state, tmp)
            manifest = {
                "has_optimizer": with_opt,
                "optimizer_steps": self.steps,
                "param_dtype": str(self.param_dtype).replace("torch.", ""),
                "base_model": os.path.abspath(self.model_path),
            }
            if self.lora is not None:
                manifest["lora"] = {**self.lora.info(), "adapter_dir": ADAPTER_DIR, "merged": True}
            return manifest

        return ckpt.write_atomically(path, write)

    def load_checkpoint(self, path: str) -> bool:
        """Replace the policy weights from checkpoint `path`; restore the optimizer state when it is there.

        Returns True when optimizer state was restored. The reference model is not touched.
        With LoRA only the adapter (`<path>/adapter/`) is read; the base weights stay.
        Checkpoints hold full (unsharded) state, so one saved by N ranks loads into M. Under
        FSDP2 rank 0 alone reads the files and broadcasts them tensor by tensor, each rank
        keeping its shard: 8 ranks of a 7B model would otherwise each hold its 28 GB of
        weights and 56 GB of AdamW state in host memory at once.
        """
        if self.lora is not None:
            ckpt.check_checkpoint_dir(path)
            adapter_state = self.lora.read(path)
            opt_state = ckpt.load_optimizer_state(path) if self.optimizer is not None else None
            steps = ckpt.optimizer_steps(path)
            self.lora.load(adapter_state)
        else:
            def read():
                ckpt.check_checkpoint_dir(path)
                state = self._read_full_weights(path)
                opt = ckpt.load_optimizer_state(path) if self.optimizer is not None else None
                # A misfit must surface here, on rank 0, before the broadcast the other ranks wait in.
                sharding.check_full_state(self.model, self.optimizer, state, opt, path)
                return state, opt, ckpt.optimizer_steps(path)

            # Every rank learns whether rank 0 could read (rank_local) and whether there is optimizer state.
            state, opt_state, steps = distributed.rank_local(
                "load_checkpoint", read if self.world.is_main else lambda: ({}, None, None))
            has_opt, steps = distributed.from_main([opt_state is not None, -1 if steps is None else steps])
            opt_state = (opt_state or {}) if has_opt else None
            steps = None if steps < 0 else steps
            try:
                with torch.no_grad():
                    sharding.load_full_model_state(self.model, state)
            except RuntimeError as exc:
                raise CheckpointError(f"checkpoint {path}: weights do not fit this model ({exc})") from exc
        if opt_state is None:
            return False
        try:
            sharding.load_full_optimizer_state(self.model, self.optimizer, opt_state)
        except (ValueError, KeyError, RuntimeError) as exc:
            raise CheckpointError(
                f"checkpoint {path}: the optimizer state does not fit this model ({exc}); "
                f"delete {os.path.join(path, ckpt.OPTIMIZER_FILE)} to resume with a fresh optimizer"
            ) from exc
        if steps is not None:
            self.steps = steps
        return True

    def _read_full_weights(self, path: str) -> dict:
        """The full state dict of checkpoint `path`, checked against this architecture."""
        from transformers import Qwen2_5_VLForConditionalGeneration

        try:
            loaded, info = Qwen2_5_VLForConditionalGeneration.from_pretrained(
                path, dtype=self.param_dtype, output_loading_info=True
            )
        except Exception as exc:
            raise CheckpointError(
                f"checkpoint {path}: the weights could not be read ({type(exc).__name__}: {exc}); "
                "the checkpoint is incomplete or corrupt"
            ) from exc
        missing = list(info.get("missing_keys") or [])
        mismatched = list(info.get("mismatched_keys") or [])
        if missing or mismatched:
            what = missing or [str(m) for m in mismatched]
            raise CheckpointError(
                f"checkpoint {path}: weights do not match this model ({len(what)} missing or mis-shaped, e.g. "
                f"{what[0]}); it was saved from a different architecture"
            )
        state = loaded.state_dict()
        del loaded
        return state

    def weights_for_sync(self) -> dict[str, torch.Tensor]:
        """The policy's weights under the plain Hugging Face names, for a rollout engine (vLLM).

        With LoRA the adapters are merged in; under FSDP2 the values are sharded
        DTensors (the consumer gathers them bucket by bucket, on every rank).
        """
        if self.lora is not None:
            return self.lora.merged_state_dict(self.model)
        return self.model.state_dict()

    # ------------------------------------------------------------------ memory

    def memory_stats(self) -> dict:
        stats = {"rss_bytes": _rss_bytes()}
        if self.device.type == "cuda":
            stats["memory_allocated_bytes"] = int(torch.cuda.memory_allocated(self.device))
            stats["max_memory_allocated_bytes"] = int(torch.cuda.max_memory_allocated(self.device))
        else:
            stats["memory_allocated_bytes"] = 0
            stats["max_memory_allocated_bytes"] = 0
        return stats

    def peak_memory(self) -> dict[str, int]:
        """Peak device memory since the previous call (max over ranks; collective) and this process's RSS."""
        allocated = reserved = 0
        if self.device.type == "cuda":
            allocated = torch.cuda.max_memory_allocated(self.device)
            reserved = torch.cuda.max_memory_reserved(self.device)
            torch.cuda.reset_peak_memory_stats(self.device)
        return {
            "max_memory_allocated_bytes": int(distributed.all_reduce_max(allocated)),
            "max_memory_reserved_bytes": int(distributed.all_reduce_max(reserved)),
            "cpu_memory_used_bytes": _rss_bytes(),
        }



def _write_plain_architecture(directory: str) -> None:
    """save_pretrained names the model's class in config.json; under FSDP2 that class is a wrapper subclass."""
    path = os.path.join(directory, "config.json")
    with open(path, encoding="utf-8") as f:
        config = json.load(f)
    config["architectures"] = ["Qwen2_5_VLForConditionalGeneration"]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2, sort_keys=True)
        f.write("\n")


def _freeze_vision_tower(model) -> None:
    prefix = vision_prefix(model)
    if prefix is None:
        raise BadRequest("freeze_vision_tower: this model has no vision tower (model.visual) to freeze")
    for name, p in model.named_parameters():
        if name.startswith(prefix + "."):
            p.requires_grad_(False)


def _last_position(hidden: torch.Tensor) -> torch.Tensor:
    return hidden[:, -1]


def load_processor(model_path: str, min_pixels: int | None = None, max_pixels: int | None = None):
    """A checkpoint's processor (tokenizer, image processor, chat template) under the given pixel budget."""
    from transformers import AutoProcessor

    _check_model_dir(model_path)
    _quiet_transformers()
    try:
        processor = AutoProcessor.from_pretrained(model_path)
    except Exception as exc:
        raise ModelLoadError(
            f"model path {model_path}: the processor (tokenizer, image processor, chat template) could not be "
            f"loaded ({type(exc).__name__}: {exc}); {_expected_checkpoint_hint()}"
        ) from exc
    if min_pixels is not None or max_pixels is not None:
        _set_pixel_range(processor, min_pixels, max_pixels)
    if getattr(processor, "chat_template", None) is None:
        raise ModelLoadError(f"model path {model_path}: no chat template found; {_expected_checkpoint_hint()}")
    return processor


def _set_pixel_range(processor, min_pixels: int | None, max_pixels: int | None) -> None:
    """Override the image processor's pixel budget (its size shortest_edge/longest_edge are pixel counts)."""
    ip = processor.image_processor
    size = dict(ip.size) if not hasattr(ip.size, "__dataclass_fields__") else {
        k: getattr(ip.size, k) for k in ip.size.__dataclass_fields__ if getattr(ip.size, k) is not None
    }
    lo = int(min_pixels) if min_pixels is not None else size.get("shortest_edge")
    hi = int(max_pixels) if max_pixels is not None else size.get("longest_edge")
    if lo is not None and hi is not None and lo > hi:
        raise BadRequest(f"min_pixels {lo} is larger than max_pixels {hi}")
    size["shortest_edge"], size["longest_edge"] = lo, hi
    ip.size = type(ip.size)(**size) if not isinstance(ip.size, dict) else size


def _filtered_probs(scaled: torch.Tensor, top_k: int, top_p: float) -> torch.Tensor:
    """Sampling probabilities after top-k and top-p (nucleus) filtering of scaled logits [B, V]."""
    if top_k and 0 < top_k < scaled.shape[-1]:
        kth = torch.topk(scaled, top_k, dim=-1).values[..., -1:]
        scaled = scaled.masked_fill(scaled < kth, float("-inf"))
    if top_p < 1.0:
        sorted_logits, sorted_idx = torch.sort(scaled, dim=-1, descending=True)
        probs = torch.softmax(sorted_logits, dim=-1)
        before = torch.cumsum(probs, dim=-1) - probs  # mass of strictly more likely tokens
        drop_sorted = before >= top_p
        drop_sorted[..., 0] = False
        drop = torch.zeros_like(drop_sorted).scatter(-1, sorted_idx, drop_sorted)
        scaled = scaled.masked_fill(drop, float("-inf"))
    return torch.softmax(scaled, dim=-1)


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024
