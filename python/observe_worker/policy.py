"""The policy the worker trains: a vision-language model, its processor, an optional frozen reference and AdamW.

Plain Python and torch, no messaging: the ZeroMQ server calls these methods.
This file holds the state and loading; each group of methods has its own module:

    hf_generation.py  generate (the `hf` rollout engine)
    scoring.py        log_probs, and the scoring the update shares
    actor.py          train_step (PPO/GSPO), sft_step
    checkpoint.py     save_checkpoint, load_checkpoint
    model_loading.py  device, dtype, weights, processor, frozen parts
    families/         what differs between model families (class, placeholders, positions, vision tower)

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
import os
import resource
from dataclasses import dataclass

import numpy as np
import torch

from . import distributed, families
from .actor import ActorMixin
from .checkpoint import CheckpointMixin
from .completions import Completion, GenerateResult
from .encoding import EncodedPrompt, EncodingCache, PromptInput
from .errors import BadRequest
from .hf_generation import HfGenerationMixin
from .lora import LoraAdapter, LoraSettings
from .model_loading import freeze_vision_tower as freeze_vision
from .model_loading import (
    check_model_dir, enable_gradient_checkpointing, gradient_checkpointing_on, load_model, load_processor,
    quiet_transformers, resolve_compute_dtype, resolve_device,
)
from .offload import OffloadSettings, resident
from .scoring import ScoringMixin

__all__ = ["PromptInput", "OptimizerSettings", "LoraSettings", "OffloadSettings", "Completion", "GenerateResult", "Policy",
           "load_processor"]


@dataclass
class OptimizerSettings:
    """AdamW settings, all given: defaults live in the controller's config schema (worker.actor.optim)."""

    lr: float
    beta1: float
    beta2: float
    weight_decay: float
    max_grad_norm: float  # 0 disables clipping
    eps: float


class Policy(HfGenerationMixin, ScoringMixin, ActorMixin, CheckpointMixin):
    """A vision-language policy with generation, scoring and PPO/SFT updates. Build it with `Policy.load`."""

    def __init__(self, model, processor, *, reference, optimizer, settings, device, compute_dtype, model_path,
                 lora: LoraAdapter | None = None, offload: OffloadSettings = OffloadSettings(), padding_free: bool = False):
        self.model = model
        self.family = families.of_model(model)
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
        self.padding_free = padding_free  # score micro-batches packed into one sequence (scoring.py _collate)
        # Set at load (Policy.load); read per micro-batch, and asking the model walks all its modules.
        self.checkpoints_activations = gradient_checkpointing_on(model)
        self.steps = 0
        self.encodings = EncodingCache()
        from transformers import DynamicCache

        # A prompt's KV cache is shared by its n responses (generation, and scoring: scoring.py). Linear-attention
        # layers (Qwen3.5) keep states whose rows cannot be copied: such models run each row's prompt itself.
        self.cache_copies_rows = all(hasattr(layer, "batch_repeat_interleave") and hasattr(layer, "batch_select_indices")
                                     for layer in DynamicCache(config=model.config.get_text_config()).layers)
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
        ids = [tok.convert_tokens_to_ids(t) for t in self.family.placeholders]
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
            "padding_free": padding_free,
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
        padding_free: bool = False,
    ) -> "Policy":
        """Load model and processor from a checkpoint directory of a supported family (families/).

        With `lora`, adapters are attached and only they train; the reference is then
        the adapter-disabled model whatever `load_reference` says (no copy is loaded).
        With `padding_free`, policy and reference score each micro-batch packed into one
        sequence without padding (encoding.collate_packed); a family that cannot is refused.
        """
        family = check_model_dir(model_path)
        if padding_free and family.packing_problem:
            raise BadRequest(
                f"worker.actor.padding_free: {family.model_type} models cannot score packed sequences: "
                f"{family.packing_problem}. Set worker.actor.padding_free=false for this model"
            )
        quiet_transformers()
        world = distributed.world()
        if world.active and lora is not None:
            raise BadRequest(
                f"LoRA runs in one process; this worker has {world.size} ranks (torchrun). LoRA is the way to fit a "
                "large model on one GPU: set trainer.n_gpus_per_node=1 trainer.nnodes=1, or drop worker.actor.lora"
            )
        dev = resolve_device(device, world)
        compute = resolve_compute_dtype(dtype, dev, trainable=optimizer is not None)
        param_dtype = torch.float32 if optimizer is not None and lora is None else compute
        torch.manual_seed(seed)

        processor = load_processor(model_path, min_pixels, max_pixels)
        # FSDP2 offloads parameters, gradients and optimizer state together.
        model = load_model(model_path, family, dtype=param_dtype, device=dev, world=world, compute_dtype=compute,
                           offloaded=offload.offload_params or (world.active and offload.offload_optimizer))
        model.eval()
        adapter = LoraAdapter.attach(model, lora) if lora is not None else None
        if optimizer is None:
            model.requires_grad_(False)
        else:
            if freeze_vision_tower and adapter is None:
                # No gradient, so no optimizer state (the optimizer below takes trainable parameters only) and no change.
                freeze_vision(model, family)
            if gradient_checkpointing:
                enable_gradient_checkpointing(model)
        reference = None
        if load_reference and adapter is None:
            # The same numerics as the policy: its parameter dtype on one device (FSDP2 casts both to `compute`).
            reference = load_model(model_path, family, dtype=compute if world.active else param_dtype, device=dev, world=world,
                                   compute_dtype=compute, offloaded=offload.offload_reference).eval()
            reference.requires_grad_(False)
        opt = None
        if optimizer is not None:
            opt = torch.optim.AdamW(
                [p for p in model.parameters() if p.requires_grad],
                lr=optimizer.lr,
                betas=(optimizer.beta1, optimizer.beta2),
                eps=optimizer.eps,
                weight_decay=optimizer.weight_decay,
                # One fused kernel instead of per-tensor loops (3x faster on CPU here); FSDP2's sharded
                # parameters keep torch's default implementation.
                fused=None if world.active else True,
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
            padding_free=padding_free,
        )

    # ------------------------------------------------------------------ helpers

    def _autocast(self):
        if self.compute_dtype != self.param_dtype and self.device.type in ("cuda", "cpu"):
            return torch.autocast(device_type=self.device.type, dtype=self.compute_dtype)
        return contextlib.nullcontext()

    @staticmethod
    def _set_training(model, training: bool) -> None:
        """Train or eval mode (dropout, gradient checkpointing). Switching walks every module (~0.5 ms on a small
        model), so a model already in the mode is left as it is: a rollout's update steps switch once."""
        if model.training != training:
            model.train(training)

    def _resident(self, model):
        """Bring an offloaded model to the device for one request (a no-op unless offloading on a GPU)."""
        offloaded = self.offload.offload_reference if model is self.reference else self.offload.offload_params
        return resident(model, self.device, offloaded)

    def _rope_index(self, input_ids, **kwargs):
        """Position ids and deltas of a batch, as the family computes them (M-RoPE or 1-D)."""
        return self.family.rope_index(self.model, input_ids, **kwargs)

    def _encode(self, prompts: list[PromptInput], needed: set[int] | None = None) -> dict[int, EncodedPrompt]:
        if not isinstance(prompts, (list, tuple)):
            raise BadRequest("prompts must be a list")
        wanted = range(len(prompts)) if needed is None else sorted(needed)
        return self.encodings.encode_all(self.processor, {i: prompts[i] for i in wanted})

    # ------------------------------------------------------------------ text

    def tokenize(self, texts: list[str], *, add_eos: bool = False) -> list[np.ndarray]:
        """Token ids of response texts; with add_eos each ends with the end-of-turn token."""
        tok = self.processor.tokenizer
        end_of_turn = tok.eos_token_id if tok.eos_token_id is not None else self.eos_ids[0]
        eos = [int(end_of_turn)] if add_eos else []
        return [np.asarray(tok.encode(t, add_special_tokens=False) + eos, dtype=np.int32) for t in texts]

    # ------------------------------------------------------------------ weight export

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


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024
