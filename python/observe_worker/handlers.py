"""One handler per request: protobuf + frames in, protobuf + frames out.

Only translation lives here; the model work is in policy.py and the modules it lists.
"""

from __future__ import annotations

import time

import numpy as np

from . import gc_heap
from .errors import BadRequest, ImageError, ModelNotLoaded
from .images import DecodedImages, check_images, decode_image
from .protocol import Payloads, ReplyBuilder
from .proto import observe_pb2 as pb
from .rollout import build_rollout

_KL_PENALTY = {
    pb.KL_PENALTY_KL: "kl",
    pb.KL_PENALTY_ABS: "abs",
    pb.KL_PENALTY_MSE: "mse",
    pb.KL_PENALTY_LOW_VAR_KL: "low_var_kl",
}
_LOSS_AGG = {
    pb.LOSS_AGG_MODE_TOKEN_MEAN: "token-mean",
    pb.LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN: "seq-mean-token-mean",
    pb.LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM: "seq-mean-token-sum",
    pb.LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM: "seq-mean-token-sum-norm",
}
_LOSS_TYPE = {
    pb.LOSS_TYPE_DEFAULT: "default",
    pb.LOSS_TYPE_GSPO: "gspo",
    pb.LOSS_TYPE_GSPO_TOKEN: "gspo_token",
}
_FINISH = {"stop": pb.FINISH_REASON_STOP, "length": pb.FINISH_REASON_LENGTH}


class Handlers:
    def __init__(self) -> None:
        self.policy = None
        self.rollout = None  # who generates: rollout.py (the policy itself, or vLLM)
        self.model_path = ""
        self.started = time.monotonic()
        self._bare_processor = None  # (settings, processor) loaded without a model, for encode_prompts
        self.images = DecodedImages()  # a rollout's requests repeat its prompts' images

    def handle(self, kind: str, envelope: pb.Envelope, payloads: Payloads):
        handler = getattr(self, kind, None)
        if handler is None:
            raise BadRequest(f"{kind!r} is not a request this worker serves")
        out = ReplyBuilder()
        return handler(getattr(envelope, kind), payloads, out), out

    def _processor(self, model_path: str, min_pixels: int | None, max_pixels: int | None):
        """A checkpoint's processor alone, and its family, kept for the next request with the same settings."""
        from .model_loading import check_model_dir, load_processor

        key = (model_path, min_pixels, max_pixels)
        if self._bare_processor is None or self._bare_processor[0] != key:
            self._bare_processor = (key, (load_processor(model_path, min_pixels, max_pixels), check_model_dir(model_path)))
        return self._bare_processor[1]

    def _require_policy(self, method: str):
        if self.policy is None:
            raise ModelNotLoaded(f"{method} needs a model: send load_model first")
        return self.policy

    def _sequences(self, method: str, batch: pb.SequenceBatch, payloads: Payloads):
        """(policy, prompts, prompt_index, responses): a malformed batch is reported before a missing model."""
        index, responses = _check_sequences(batch, payloads)
        policy = self._require_policy(method)
        return policy, _prompts(batch.prompts, payloads, policy.processor, policy.family, self.images), index, responses

    # ---- model ---------------------------------------------------------------------

    def load_model(self, req: pb.LoadModelRequest, payloads: Payloads, out: ReplyBuilder) -> pb.LoadModelReply:
        from .policy import LoraSettings, OffloadSettings, OptimizerSettings, Policy

        optimizer = None
        if req.HasField("optimizer"):
            optimizer = OptimizerSettings(**_required(
                req.optimizer, "load_model.optimizer", "lr", "beta1", "beta2", "weight_decay", "max_grad_norm", "eps"))
        lora = None
        if req.HasField("lora") and req.lora.rank > 0:
            c = req.lora
            lora = LoraSettings(
                rank=c.rank, alpha=c.alpha or None, target_modules=list(c.target_modules) or None,
                dropout=c.dropout, freeze_vision_tower=req.freeze_vision_tower,
            )
        if self.rollout is not None:  # free the old engine and model before loading the next ones
            self.rollout.close()
            self.rollout = None
        if self.policy is not None:
            self.policy = None
            _release_memory()
        self.policy = Policy.load(
            req.model_path,
            load_reference=req.load_reference,
            optimizer=optimizer,
            dtype=req.dtype or "auto",
            min_pixels=req.min_pixels or None,
            max_pixels=req.max_pixels or None,
            seed=req.seed,
            gradient_checkpointing=req.gradient_checkpointing,
            freeze_vision_tower=req.freeze_vision_tower,
            padding_free=req.padding_free,
            lora=lora,
            offload=OffloadSettings(
                offload_params=req.offload.offload_params, offload_optimizer=req.offload.offload_optimizer,
                offload_reference=req.offload.offload_reference,
            ),
        )
        try:
            self.rollout = build_rollout(
                req.rollout if req.HasField("rollout") else None, self.policy, model_path=req.model_path,
                dtype=self.policy.compute_dtype, seed=req.seed,
            )
        except BaseException:
            self.policy = None  # a model that cannot generate is not loaded: the error reply says why
            raise
        self.model_path = req.model_path
        gc_heap.freeze()  # the model lives until the next load: keep full collections off it (gc_heap.py)
        info = self.policy.info
        return pb.LoadModelReply(
            model_type=info["model_type"], num_parameters=info["num_parameters"], device=info["device"],
            dtype=info["dtype"], vocab_size=info["vocab_size"], eos_token_id=info["eos_token_id"],
            pad_token_id=info["pad_token_id"], rollout_engine=self.rollout.engine, world_size=info["world_size"],
            sharding=info["sharding"], padding_free=info["padding_free"],
        )

    def generate(self, req: pb.GenerateRequest, payloads: Payloads, out: ReplyBuilder) -> pb.GenerateReply:
        s = req.sampling
        if s.n < 1 or s.max_new_tokens < 1:
            raise BadRequest(f"generate needs sampling.n >= 1 and sampling.max_new_tokens >= 1 (got n={s.n}, "
                             f"max_new_tokens={s.max_new_tokens})")
        policy = self._require_policy("generate")
        prompts, problems = _decode_prompts(req.prompts, payloads, policy.processor, policy.family, self.images)
        # One bad prompt need not cost the batch (skip_failed_prompts); a batch with nothing left does.
        if problems and not (req.skip_failed_prompts and len(problems) < len(prompts)):
            raise _image_error(problems, len(prompts))
        keep = [i for i in range(len(prompts)) if i not in problems]
        result = self.rollout.generate(
            [prompts[i] for i in keep], n=s.n, temperature=s.temperature, top_p=s.top_p or 1.0,
            top_k=s.top_k, max_new_tokens=s.max_new_tokens, seed=s.seed,
        )
        completions = result.completions
        num_tokens = [0] * len(prompts)
        for k, i in enumerate(keep):
            num_tokens[i] = result.prompt_num_tokens[k]
        out.add("token_ids", _concat([c.token_ids for c in completions], np.int32))
        out.add("logprobs", _concat([c.logprobs for c in completions], np.float32))
        return pb.GenerateReply(
            prompt_num_tokens=num_tokens,
            completions=[
                pb.Completion(prompt_index=keep[c.prompt_index], text=c.text, finish_reason=_FINISH[c.finish_reason],
                              num_tokens=len(c.token_ids))
                for c in completions
            ],
            failed_prompts=[pb.FailedPrompt(prompt_index=i, error="; ".join(m)) for i, m in sorted(problems.items())],
            weight_sync_s=self.rollout.last_weight_sync_s,
        )

    def log_probs(self, req: pb.LogProbsRequest, payloads: Payloads, out: ReplyBuilder) -> pb.LogProbsReply:
        policy, prompts, index, responses = self._sequences("log_probs", req.batch, payloads)
        role = "reference" if req.role == pb.MODEL_ROLE_REFERENCE else "policy"
        logprobs = policy.log_probs(prompts, index, responses, role=role, micro_batch_size=req.micro_batch_size,
                                    max_tokens_per_micro_batch=req.max_tokens_per_micro_batch,
                                    temperature=req.temperature or 1.0)
        out.add("logprobs", _concat(logprobs, np.float32))
        return pb.LogProbsReply()

    def train_step(self, req: pb.TrainStepRequest, payloads: Payloads, out: ReplyBuilder) -> pb.TrainStepReply:
        policy, prompts, index, responses = self._sequences("train_step", req.batch, payloads)
        total = sum(len(r) for r in responses)
        advantages = payloads.array("advantages", expected_len=len(responses))
        settings = _required(req, "train_step", "lr", "clip_ratio_low", "clip_ratio_high", "clip_ratio_dual", "kl_coef", "use_kl_loss",
                             "advantage_clip", "temperature", "loss_scale_factor", "gamma")
        settings.update(
            kl_penalty=_enum(req, "train_step", "kl_penalty", _KL_PENALTY),
            kl_loss_type=_enum(req, "train_step", "kl_loss_type", _KL_PENALTY),
            loss_agg_mode=_enum(req, "train_step", "loss_agg_mode", _LOSS_AGG),
            loss_type=_enum(req, "train_step", "loss_type", _LOSS_TYPE),
        )
        metrics = policy.train_step(
            prompts, index, responses, advantages,
            old_logprobs=_split_optional(payloads, "old_logprobs", responses, total),
            ref_logprobs=_split_optional(payloads, "ref_logprobs", responses, total),
            micro_batch_size=req.micro_batch_size, max_tokens_per_micro_batch=req.max_tokens_per_micro_batch, **settings,
        )
        reply = _metrics_reply(pb.TrainStepReply, metrics)
        self.rollout.mark_updated(policy)
        reply.perf.CopyFrom(_step_perf(policy, metrics))
        return reply

    def sft_step(self, req: pb.SftStepRequest, payloads: Payloads, out: ReplyBuilder) -> pb.SftStepReply:
        policy, prompts, index, responses = self._sequences("sft_step", req.batch, payloads)
        metrics = policy.sft_step(prompts, index, responses, lr=req.lr, micro_batch_size=req.micro_batch_size,
                                  max_tokens_per_micro_batch=req.max_tokens_per_micro_batch)
        reply = _metrics_reply(pb.SftStepReply, metrics)
        self.rollout.mark_updated(policy)
        reply.perf.CopyFrom(_step_perf(policy, metrics))
        return reply

    def tokenize(self, req: pb.TokenizeRequest, payloads: Payloads, out: ReplyBuilder) -> pb.TokenizeReply:
        policy = self._require_policy("tokenize")
        ids = policy.tokenize(list(req.texts), add_eos=req.add_eos)
        out.add("token_ids", _concat(ids, np.int32))
        return pb.TokenizeReply(lengths=[len(i) for i in ids])

    def check_images(self, req: pb.CheckImagesRequest, payloads: Payloads, out: ReplyBuilder) -> pb.CheckImagesReply:
        return pb.CheckImagesReply(errors=check_images([bytes(payloads.raw(r.frame)) for r in req.images],
                                                       [r.source for r in req.images]))

    def encode_prompts(self, req: pb.EncodePromptsRequest, payloads: Payloads, out: ReplyBuilder):
        from .encoding import count_prompt_tokens, encode_prompts

        if req.model_path:
            processor, family = self._processor(req.model_path, req.min_pixels or None, req.max_pixels or None)
        else:
            policy = self._require_policy("encode_prompts")
            processor, family = policy.processor, policy.family
        # Not self.images: data checks scan whole datasets, whose images no rollout request repeats soon.
        prompts = _prompts(req.prompts, payloads, processor, family, DecodedImages())
        if req.count_only:
            counts = [count_prompt_tokens(processor, p, i) for i, p in enumerate(prompts)]
            return pb.EncodePromptsReply(
                num_tokens=[c.num_tokens for c in counts], image_tokens=[c.image_tokens for c in counts],
                video_tokens=[c.video_tokens for c in counts], rendered=[c.rendered for c in counts],
            )
        encoded = encode_prompts(processor, prompts, list(range(len(prompts))))
        out.add("token_ids", _concat([e.input_ids.numpy() for e in encoded], np.int32))
        return pb.EncodePromptsReply(
            num_tokens=[e.num_tokens for e in encoded],
            image_tokens=[int((e.mm_token_type_ids == 1).sum()) for e in encoded],
            video_tokens=[int((e.mm_token_type_ids == 2).sum()) for e in encoded],
            rendered=[e.rendered for e in encoded],
        )

    # ---- checkpoints, health ------------------------------------------------------

    def save_checkpoint(self, req: pb.SaveCheckpointRequest, payloads: Payloads, out: ReplyBuilder):
        policy = self._require_policy("save_checkpoint")
        if not req.path:
            raise BadRequest("save_checkpoint needs a path")
        written = policy.save_checkpoint(req.path, include_optimizer=req.include_optimizer)
        return pb.SaveCheckpointReply(path=req.path, bytes_written=written)

    def load_checkpoint(self, req: pb.LoadCheckpointRequest, payloads: Payloads, out: ReplyBuilder):
        policy = self._require_policy("load_checkpoint")
        restored = policy.load_checkpoint(req.path)
        self.rollout.mark_updated(policy)  # the rollout engine must generate with the loaded weights too
        return pb.LoadCheckpointReply(optimizer_restored=restored)

    def echo(self, req: pb.EchoRequest, payloads: Payloads, out: ReplyBuilder) -> pb.EchoReply:
        received = 0
        for i, desc in enumerate(payloads.descriptors):
            data = payloads.raw(i)
            received += len(data)
            if req.return_payloads:
                out.frames.append(desc)
                out.payloads.append(data)
        return pb.EchoReply(bytes_received=received)

    def health(self, req: pb.HealthRequest, payloads: Payloads, out: ReplyBuilder) -> pb.HealthReply:
        import torch

        reply = pb.HealthReply(
            device="cuda" if torch.cuda.is_available() else "cpu",
            model_loaded=self.policy is not None,
            model_path=self.model_path,
            uptime_s=time.monotonic() - self.started,
        )
        if self.policy is not None:
            for key, value in self.policy.memory_stats().items():
                setattr(reply, key, int(value))
        return reply


def _release_memory() -> None:
    """Free what a dropped model held now: transformers modules sit in reference cycles, which refcounting
    alone leaves for a later collection (and a frozen heap for none), so a reloaded worker would hold two
    models (and their GPU memory)."""
    import torch

    gc_heap.release()
    if torch.cuda.is_available():
        torch.cuda.empty_cache()


def _step_perf(policy, metrics: dict) -> pb.StepPerf:
    """The `perf` of a train/SFT step reply: peak memory since the previous step, and the step's passes."""
    return pb.StepPerf(**policy.peak_memory(), micro_batches=int(metrics["micro_batches"]))


def _metrics_reply(message_type, metrics: dict):
    """Fills a reply from a metrics dict, coercing to each field's type (num_tokens is an integer)."""
    fields = message_type.DESCRIPTOR.fields_by_name
    values = {
        k: int(v) if fields[k].type == fields[k].TYPE_UINT32 else float(v) for k, v in metrics.items() if k in fields
    }
    return message_type(**values)


# ---- request decoding helpers ---------------------------------------------------------


def _required(msg, where: str, *names: str) -> dict:
    """The named optional fields of `msg`; a missing one is an error (the controller's config holds the defaults)."""
    missing = [n for n in names if not msg.HasField(n)]
    if missing:
        raise BadRequest(
            f"{where}: {', '.join(missing)} not set; the worker takes no defaults for these. Send every value "
            "(WorkerClient fills them from the run config: @observe-r1/trainer's updateOptions / optimizerOptions)"
        )
    return {n: getattr(msg, n) for n in names}


def _enum(msg, where: str, name: str, names: dict):
    """An enum field's name; UNSPECIFIED (not set) or an unknown value is an error."""
    value = getattr(msg, name)
    if value not in names:
        raise BadRequest(f"{where}: {name} not set (or unknown value {value}); send one of {', '.join(names.values())}")
    return names[value]


def _decode_prompts(prompts, payloads: Payloads, processor, family,
                    images: DecodedImages) -> tuple[list, dict[int, list[str]]]:
    """Every prompt with its images and videos decoded, and per prompt whose media did not decode, why
    (naming each source). Videos are sampled by `processor`'s sampler; a family without video refuses them."""
    from .policy import PromptInput

    family.check_videos(sum(len(p.videos) for p in prompts))
    decoded, problems = [], {}
    for i, p in enumerate(prompts):
        decoded_images, videos = [], []
        for ref in p.images:
            try:
                decoded_images.append(images.decode(bytes(payloads.raw(ref.frame)), ref.source or f"prompt {i}"))
            except ImageError as exc:
                problems.setdefault(i, []).append(str(exc))
        for j, ref in enumerate(p.videos):
            try:
                videos.append(_decode_video(ref, payloads, processor, f"prompt {i} video {j}"))
            except ImageError as exc:
                problems.setdefault(i, []).append(str(exc))
        decoded.append(PromptInput(system=p.system, text=p.text, images=decoded_images, videos=videos))
    return decoded, problems


def _decode_video(ref: pb.VideoRef, payloads: Payloads, processor, where: str):
    """A video file (sampled at ref.fps) or a list of frames (taken at ref.fps)."""
    from .videos import decode_video, frames_video, sampler

    if ref.HasField("file"):
        return decode_video(bytes(payloads.raw(ref.file.frame)), ref.file.source or where, sampler(processor, ref.fps))
    frames = [decode_image(bytes(payloads.raw(f.frame)), f.source or f"{where} frame {k}") for k, f in enumerate(ref.frames)]
    first = ref.frames[0].source if ref.frames and ref.frames[0].source else ""
    return frames_video(frames, f"{where} ({len(frames)} frames from {first})" if first else where, ref.fps)


def _image_error(problems: dict[int, list[str]], num_prompts: int) -> ImageError:
    lines = [f"prompt {i}: {m}" for i, messages in sorted(problems.items()) for m in messages]
    return ImageError(
        f"{len(lines)} of the batch's images could not be decoded, so the batch of {num_prompts} "
        "prompts was not run (fix or drop these and resend):\n" + "\n".join(lines)
    )


def _prompts(prompts, payloads: Payloads, processor, family, images: DecodedImages) -> list:
    """Decode every prompt's images and videos; report all bad ones at once."""
    decoded, problems = _decode_prompts(prompts, payloads, processor, family, images)
    if problems:
        raise _image_error(problems, len(prompts))
    return decoded


def _check_sequences(batch: pb.SequenceBatch, payloads: Payloads) -> tuple[list[int], list[np.ndarray]]:
    """The batch's prompt indices and responses, checked against its frames (no model needed)."""
    n = len(batch.prompt_index)
    if len(batch.response_lengths) != n:
        raise BadRequest(f"batch has {n} prompt_index entries but {len(batch.response_lengths)} response_lengths")
    bad = [i for i in batch.prompt_index if i >= len(batch.prompts)]
    if bad:
        raise BadRequest(f"prompt_index {bad[0]} is out of range: the batch carries {len(batch.prompts)} prompts")
    lengths = list(batch.response_lengths)
    ids = payloads.array("response_ids", expected_len=sum(lengths))
    return list(batch.prompt_index), _split(ids, lengths)


def _split(flat: np.ndarray, lengths: list[int]) -> list[np.ndarray]:
    return np.split(flat, np.cumsum(lengths)[:-1]) if lengths else []


def _split_optional(payloads: Payloads, name: str, responses: list[np.ndarray], total: int):
    if name not in payloads:
        return None
    return _split(payloads.array(name, expected_len=total), [len(r) for r in responses])


def _concat(arrays: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate([np.asarray(a, dtype=dtype) for a in arrays]) if arrays else np.zeros(0, dtype=dtype)
