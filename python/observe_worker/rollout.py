"""Who generates rollouts: `worker.rollout.engine = hf | vllm`.

    rollout = build_rollout(req.rollout, policy, model_path=..., dtype=policy.compute_dtype, seed=...)
    result = rollout.generate(prompts, n=8, temperature=1.0, top_p=1.0, top_k=0, max_new_tokens=512, seed=step)
    ... policy.train_step(...) ...  # as many optimizer steps as the rollout feeds
    rollout.mark_updated(policy)    # after each: cheap, nothing is copied yet
    result = rollout.generate(...)  # the first generate after an update loads the weights once
    rollout.last_weight_sync_s      # seconds that load took in the last generate (0.0 for hf, or none due)
    rollout.close()

"hf" is the policy's own `generate` (CPU users, tests). "vllm" is vllm_engine.VllmRollout
colocated with the trainer; under torchrun every rank holds one vLLM worker
(external_launcher) and ranks `rank // tensor_parallel_size` form one data-parallel
group that generates one contiguous slice of the prompts (see dp_prompt_range).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .distributed import gather_generate, rank_local, split_range, world
from .errors import BadRequest

if TYPE_CHECKING:
    from .policy import GenerateResult, Policy
    from .proto import observe_pb2 as pb

__all__ = ["ENGINES", "HfRollout", "VllmEngineRollout", "build_rollout", "dp_prompt_range"]

ENGINES = ("hf", "vllm")


class HfRollout:
    """The policy generates its own rollouts; its weights are the trainer's, so nothing is synced."""

    engine = "hf"
    last_weight_sync_s = 0.0

    def __init__(self, policy: Policy):
        self.policy = policy

    def generate(self, prompts, *, n, temperature, top_p, top_k, max_new_tokens, seed) -> GenerateResult:
        return self.policy.generate(prompts, n=n, temperature=temperature, top_p=top_p, top_k=top_k,
                                    max_new_tokens=max_new_tokens, seed=seed)

    def mark_updated(self, policy: Policy) -> None:
        pass

    def close(self) -> None:
        self.policy = None


class VllmEngineRollout:
    """A colocated vLLM engine (vllm_engine.VllmRollout), data-parallel across torchrun ranks."""

    engine = "vllm"

    def __init__(self, vllm_rollout, *, tensor_parallel_size: int):
        self.vllm = vllm_rollout
        self.tensor_parallel_size = tensor_parallel_size
        self._updated: Policy | None = None  # a policy whose newer weights vLLM does not hold yet
        self.last_weight_sync_s = 0.0

    def mark_updated(self, policy: Policy) -> None:
        """`policy`'s weights changed (an optimizer step, a loaded checkpoint); the next generate loads them.

        A rollout feeds several optimizer steps (worker.actor.global_batch_size), so the weights are
        copied once per rollout, not once per step, and vLLM stays asleep through the updates.
        """
        self._updated = policy

    def generate(self, prompts, *, n, temperature, top_p, top_k, max_new_tokens, seed) -> GenerateResult:
        self.last_weight_sync_s = 0.0
        if self._updated is not None:
            # On every rank, before the prompts are split: gathering FSDP2 DTensors is collective.
            self.last_weight_sync_s = self.vllm.sync_weights(self._updated.weights_for_sync())
            self._updated = None
        world, rank = _world()
        if world == 1:
            return self.vllm.generate(prompts, n=n, temperature=temperature, top_p=top_p, top_k=top_k,
                                      max_new_tokens=max_new_tokens, seed=seed)
        start, stop = dp_prompt_range(len(prompts), rank=rank, world_size=world,
                                      tensor_parallel_size=self.tensor_parallel_size)
        # vLLM's data-parallel engines step in lockstep (an all-reduce per step, dummy batches on
        # idle ranks), so every group must enter the engine loop while any has work: a group left
        # without prompts generates prompt 0 and discards it. With no prompts at all, nobody runs.
        empty = start == stop
        mine = prompts[:1] if empty else prompts[start:stop]
        # The seed is offset by the slice start so that groups draw from different streams
        # (VllmRollout numbers its request seeds from 0 within each call).
        # A refusal on one group (a prompt too long for it) reaches every rank before the gather.
        local = rank_local("generate (vLLM)", lambda: self.vllm.generate(
            mine, n=n, temperature=temperature, top_p=top_p, top_k=top_k, max_new_tokens=max_new_tokens,
            seed=seed + start))
        tok = self.vllm.tokenizer
        # The ranks of one tensor-parallel group hold the same outputs; only its first rank contributes them.
        contributes = not empty and rank % self.tensor_parallel_size == 0
        return gather_generate(local if contributes else None, start, len(prompts),
                               lambda ids: tok.decode(ids, skip_special_tokens=True))

    def close(self) -> None:
        if self.vllm is not None:
            self.vllm.close()
            self.vllm = None


def build_rollout(
    config: pb.RolloutConfig | None,
    policy: Policy,
    *,
    model_path: str,
    dtype=None,
    seed: int = 0,
):
    """The rollout engine `config.engine` names ("hf" when unset), generating with `policy`'s weights.

    `dtype`: the policy's compute dtype (a torch.dtype or its name; default policy.compute_dtype),
    which vLLM runs in. Zero-valued numeric fields of `config` (proto3's "unset") take
    VllmRollout's defaults. Raises VllmUnavailable (a BadRequest) where vLLM is not
    installed or no CUDA GPU is visible.
    """
    engine = (config.engine if config is not None else "").strip().lower() or "hf"
    if engine not in ENGINES:
        raise BadRequest(
            f"worker.rollout.engine={config.engine!r} is not an engine this worker has; use one of: {', '.join(ENGINES)}"
        )
    if engine == "hf":
        return HfRollout(policy)

    from .vllm_engine import VllmRollout

    tp = config.tensor_parallel_size or 1
    options = {"gpu_memory_utilization": config.gpu_memory_utilization,
               "max_images_per_prompt": config.max_images_per_prompt,
               "bucket_bytes": config.weight_bucket_bytes}
    if dtype is None:
        dtype = policy.compute_dtype
    vllm_rollout = VllmRollout(
        model_path,
        processor=policy.processor,  # same chat template and tokenizer as the policy
        tensor_parallel_size=tp,
        max_model_len=config.max_model_len or None,
        dtype=str(dtype).replace("torch.", ""),
        seed=seed,
        enforce_eager=config.enforce_eager,
        sleep_between_steps=config.free_cache_engine,
        **{k: v for k, v in options.items() if v},
    )
    return VllmEngineRollout(vllm_rollout, tensor_parallel_size=tp)


def dp_prompt_range(num_prompts: int, *, rank: int, world_size: int, tensor_parallel_size: int) -> tuple[int, int]:
    """[start, stop) of the prompts that this rank's data-parallel group generates.

    Group g = rank // tensor_parallel_size of world_size // tensor_parallel_size groups
    gets a contiguous slice; sizes differ by at most one, the first groups take the extra
    prompts, and groups beyond the number of prompts get an empty slice.
    """
    if tensor_parallel_size < 1 or world_size < 1 or world_size % tensor_parallel_size:
        raise BadRequest(
            f"tensor_parallel_size {tensor_parallel_size} does not divide the {world_size} torchrun processes"
        )
    if not 0 <= rank < world_size:
        raise BadRequest(f"rank {rank} is outside a world of {world_size} processes")
    groups = world_size // tensor_parallel_size
    r = split_range(num_prompts, rank // tensor_parallel_size, groups)
    return r.start, r.stop


def _world() -> tuple[int, int]:
    """(world size, rank) of this worker's torchrun group, or (1, 0) in a single process."""
    w = world()
    return w.size, w.rank
