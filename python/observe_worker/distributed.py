"""torch.distributed for the worker: one process per GPU (or per CPU slot) under torchrun.

Rank 0 alone talks to the controller over ZeroMQ. Every request that touches
the model is re-broadcast to the other ranks (`broadcast_request`, raw bytes
over a gloo group, never pickles) and every rank runs the same handler, so
collectives (FSDP2 all-gathers, gradient reduce-scatters) line up. Work is
split by contiguous slices (`split_range`) and results come back to every rank
(`all_gather_ragged`, `gather_generate`).

Without torchrun (WORLD_SIZE unset or 1) `world()` is a single rank and every
helper here is the identity, so single-process code pays nothing.
"""

from __future__ import annotations

import datetime
import logging
import os
from dataclasses import dataclass

import numpy as np
import torch

log = logging.getLogger("observe_worker")

# Followers wait in a broadcast while the controller does its own work (scoring,
# validation, a user's reward function), so the control group must not time out.
_CONTROL_TIMEOUT = datetime.timedelta(hours=24)


@dataclass(frozen=True)
class World:
    rank: int = 0
    size: int = 1
    local_rank: int = 0

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def active(self) -> bool:
        return self.size > 1

    def device(self) -> torch.device:
        return torch.device("cuda", self.local_rank) if torch.cuda.is_available() else torch.device("cpu")


_world = World()
_control = None  # gloo group for request fan-out and result gathering (CPU tensors even under NCCL)


def world() -> World:
    return _world


def init_from_env() -> World:
    """Join the process group torchrun describes (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_*); no-op without it."""
    global _world, _control
    size = int(os.environ.get("WORLD_SIZE", "1"))
    if size <= 1 or _world.active:
        return _world
    import torch.distributed as dist

    rank, local_rank = int(os.environ["RANK"]), int(os.environ.get("LOCAL_RANK", "0"))
    if torch.cuda.is_available():
        torch.cuda.set_device(local_rank)
        dist.init_process_group(process_group_backend(cuda=True), device_id=torch.device("cuda", local_rank))
        _control = dist.new_group(backend="gloo", timeout=_CONTROL_TIMEOUT)
    else:
        dist.init_process_group(process_group_backend(cuda=False), timeout=_CONTROL_TIMEOUT)
        _control = None  # the default group is gloo already
    _world = World(rank=rank, size=size, local_rank=local_rank)
    log.info("rank %d of %d joined (%s)", rank, size, dist.get_backend())
    return _world


def process_group_backend(*, cuda: bool) -> str:
    """The default group's backend. On GPUs: NCCL for CUDA tensors and gloo for CPU ones.

    FSDP2 with CPU offload (sharding.shard) keeps parameters and gradients as CPU
    DTensors, so gradient clipping and full_tensor() run collectives on CPU tensors,
    which NCCL cannot carry. The offload setting arrives with load_model, after the
    group exists, so the CPU backend is always there (as verl's FSDP workers do); it
    costs nothing until a CPU collective runs.
    """
    return "cpu:gloo,cuda:nccl" if cuda else "gloo"


def shutdown(graceful: bool = True) -> None:
    """Leave the process group. Graceful: wait for every rank first, because a rank that tears
    gloo down while a peer still talks to it can abort ("terminate called without an active
    exception"). Not graceful (the group is out of step): leave at once."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        if graceful:
            dist.barrier(group=_control)
        dist.destroy_process_group()


def split_range(count: int, part: int, parts: int) -> range:
    """The `part`-th of `parts` contiguous, near-equal slices of range(count) (earlier slices get the remainder)."""
    base, extra = divmod(count, parts)
    start = part * base + min(part, extra)
    return range(start, start + base + (1 if part < extra else 0))


# ---- request fan-out ---------------------------------------------------------------


def broadcast_request(frames: list[bytes] | None) -> list[bytes]:
    """Rank 0 passes a request's frames; every rank returns them. An empty list means "stop"."""
    import torch.distributed as dist

    if _world.is_main:
        lengths = torch.tensor([len(f) for f in frames], dtype=torch.int64)
        count = torch.tensor([len(frames)], dtype=torch.int64)
    else:
        count = torch.zeros(1, dtype=torch.int64)
    dist.broadcast(count, src=0, group=_control)
    if int(count) == 0:
        return []
    if not _world.is_main:
        lengths = torch.zeros(int(count), dtype=torch.int64)
    dist.broadcast(lengths, src=0, group=_control)
    total = int(lengths.sum())
    if _world.is_main:
        # one copy of the payloads into a writable buffer torch can wrap
        data = torch.frombuffer(bytearray().join(frames), dtype=torch.uint8) if total else torch.zeros(0, dtype=torch.uint8)
    else:
        data = torch.zeros(total, dtype=torch.uint8)
    if total:
        dist.broadcast(data, src=0, group=_control)
    raw = data.numpy().tobytes()
    out, at = [], 0
    for n in lengths.tolist():
        out.append(raw[at:at + n])
        at += n
    return out


def from_main(values: list[int]) -> list[int]:
    """Rank 0's integers on every rank (the other ranks' `values` only give the count)."""
    if not _world.active:
        return [int(v) for v in values]
    import torch.distributed as dist

    t = torch.tensor([int(v) for v in values], dtype=torch.int64)
    dist.broadcast(t, src=0, group=_control)
    return t.tolist()


# ---- collectives on results ------------------------------------------------------------


def all_reduce_sums(values: dict[str, float]) -> dict[str, float]:
    """Sum each value over ranks (float64 on the control group)."""
    if not _world.active:
        return values
    import torch.distributed as dist

    keys = sorted(values)
    t = torch.tensor([float(values[k]) for k in keys], dtype=torch.float64)
    dist.all_reduce(t, group=_control)
    return dict(zip(keys, t.tolist()))


def all_reduce_max(value: float) -> float:
    if not _world.active:
        return value
    import torch.distributed as dist

    t = torch.tensor([float(value)], dtype=torch.float64)
    dist.all_reduce(t, op=dist.ReduceOp.MAX, group=_control)
    return float(t)


def all_true(flag: bool, device: torch.device) -> bool:
    """True when `flag` holds on every rank (one small all-reduce on the model's device)."""
    if not _world.active:
        return flag
    import torch.distributed as dist

    t = torch.tensor([1 if flag else 0], dtype=torch.int32, device=device)
    dist.all_reduce(t, op=dist.ReduceOp.MIN)
    return bool(t.item())


def all_gather_ragged(local: np.ndarray) -> list[np.ndarray]:
    """Every rank's 1-D array (lengths may differ), in rank order."""
    if not _world.active:
        return [local]
    import torch.distributed as dist

    t = torch.from_numpy(np.ascontiguousarray(local))
    sizes = [torch.zeros(1, dtype=torch.int64) for _ in range(_world.size)]
    dist.all_gather(sizes, torch.tensor([t.numel()], dtype=torch.int64), group=_control)
    longest = max(int(s) for s in sizes)
    padded = torch.zeros(longest, dtype=t.dtype)
    padded[: t.numel()] = t
    parts = [torch.zeros(longest, dtype=t.dtype) for _ in range(_world.size)]
    dist.all_gather(parts, padded, group=_control)
    return [p[: int(s)].numpy() for p, s in zip(parts, sizes)]


def gather_generate(local, first_prompt: int, total_prompts: int, decode):
    """Merge every rank's GenerateResult for its slice of prompts into the full result, on every rank.

    `local` holds completions for prompts first_prompt.. (prompt indices relative
    to the slice), or None when this rank contributes nothing (a duplicate of
    another rank's work, such as a tensor-parallel peer). Texts are re-decoded
    from token ids by `decode`, so only numbers cross ranks.
    """
    from .completions import Completion, GenerateResult

    if not _world.active:
        return local
    completions = local.completions if local is not None else []
    header = np.asarray(
        [[first_prompt + c.prompt_index, len(c.token_ids), 1 if c.finish_reason == "stop" else 0] for c in completions],
        dtype=np.int64,
    ).reshape(-1)
    prompt_tokens = np.asarray(
        [[first_prompt + i, n] for i, n in enumerate(local.prompt_num_tokens)] if local is not None else [],
        dtype=np.int64,
    ).reshape(-1)
    tokens = np.concatenate([np.asarray(c.token_ids, dtype=np.int64) for c in completions]) if completions \
        else np.zeros(0, dtype=np.int64)
    logprobs = np.concatenate([np.asarray(c.logprobs, dtype=np.float32) for c in completions]) if completions \
        else np.zeros(0, dtype=np.float32)
    headers, prompt_parts = all_gather_ragged(header), all_gather_ragged(prompt_tokens)
    token_parts, logprob_parts = all_gather_ragged(tokens), all_gather_ragged(logprobs)

    num_tokens = [0] * total_prompts
    merged: list = []
    for h, pt, tok, lp in zip(headers, prompt_parts, token_parts, logprob_parts):
        for p, n in pt.reshape(-1, 2).tolist():
            num_tokens[p] = n
        at = 0
        for p, n, stop in h.reshape(-1, 3).tolist():
            ids = tok[at:at + n].astype(np.int32)
            merged.append(Completion(prompt_index=p, token_ids=ids, logprobs=lp[at:at + n].astype(np.float32),
                                     text=decode(ids), finish_reason="stop" if stop else "length"))
            at += n
    merged.sort(key=lambda c: c.prompt_index)  # stable: keeps each prompt's n samples in order
    return GenerateResult(prompt_num_tokens=num_tokens, completions=merged)


# ---- failures that only some ranks see ---------------------------------------------------
#
# A rank that raises while its peers go on into a collective leaves them waiting there
# (for the control group's 24 h). So rank-local work that can fail (encoding a rank's own
# prompts, its vLLM engine, a file only rank 0 reads) runs through `rank_local`, and every
# request ends with `raise_failures` (server.py): all ranks learn of any rank's error at
# the same point and raise together, and the group stays in step for the next request.


def failures(error: BaseException | None) -> list[tuple[int, str, str, bool]]:
    """(rank, error type, message, user-facing) for every rank whose `error` is set.

    Collective: call on every rank. User-facing means a WorkerError (bad input, a
    missing file), as opposed to a bug or a library's exception.
    """
    from .errors import WorkerError

    def describe(e: BaseException) -> tuple[str, str, bool]:
        user = isinstance(e, WorkerError)
        return (e.type if user else type(e).__name__), str(e), user

    if not _world.active:
        return [] if error is None else [(0, *describe(error))]
    if not all_reduce_max(0.0 if error is None else 1.0):  # the common case costs one tiny all-reduce
        return []
    if error is None:
        mine = b""
    else:
        type_, message, user = describe(error)
        mine = f"{int(user)}{type_}\n{message}".encode("utf-8", "replace")
    found = []
    for rank, part in enumerate(all_gather_ragged(np.frombuffer(bytearray(mine), dtype=np.uint8))):
        if len(part):
            head, _, message = part.tobytes().decode("utf-8", "replace").partition("\n")
            found.append((rank, head[1:], message, head[0] == "1"))
    return found


def raise_failures(what: str, error: BaseException | None) -> None:
    """Collective: raise on every rank if `error` (this rank's, or None) is set on any rank.

    The same error on every rank (bad input each rank saw alike) is raised as it is;
    otherwise a RankFailure names each failing rank and its error.
    """
    from .errors import RankFailure

    found = failures(error)
    if not found:
        return
    if not _world.active:
        raise error
    # The original type when every failing rank reports the same user-facing error type.
    types = {t if user else "" for _, t, _, user in found}
    type_ = types.pop() if len(types) == 1 else ""
    if len(found) == _world.size and len({m for _, _, m, _ in found}) == 1:
        if type_ and error is not None:
            raise error
        raise RankFailure(f"{what}: {found[0][2]}", type_) from error
    ranks = ", ".join(str(r) for r, *_ in found)
    detail = "; ".join(f"rank {r}: {t}: {m}" for r, t, m, _ in found)
    raise RankFailure(
        f"{what} failed on rank {ranks} of {_world.size} ({detail}). Every rank stopped this request at "
        "the same point, so the worker group is intact: fix or drop the input and resend",
        type_,
    ) from error


def rank_local(what: str, work):
    """`work()` (no collectives inside), then agree across ranks whether it failed anywhere.

    Every rank returns work()'s result, or every rank raises (raise_failures), so no rank
    is left waiting in the next collective for one that failed.
    """
    if not _world.active:
        return work()
    try:
        result, error = work(), None
    except Exception as exc:  # noqa: BLE001 - reported to every rank below
        result, error = None, exc
    raise_failures(what, error)
    return result
