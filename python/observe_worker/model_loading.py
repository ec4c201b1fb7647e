"""Loading a checkpoint: device and dtype, the model (sharded or offloaded), the processor, frozen parts.

Every check that a directory holds a usable checkpoint lives here, so a bad
path fails with one kind of message whichever command loads it.
"""

from __future__ import annotations

import json
import os

import torch

from . import distributed, families, fast_vision, patch_embed, sharding
from .errors import BadRequest, CheckpointError, ModelLoadError
from .families import Family

DTYPES = {"float32": torch.float32, "fp32": torch.float32, "bfloat16": torch.bfloat16, "bf16": torch.bfloat16,
          "float16": torch.float16, "fp16": torch.float16}


def quiet_transformers():
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def expected_checkpoint_hint() -> str:
    return (
        f"expected a checkpoint directory with config.json (model_type one of {families.supported()}), model "
        "weights and processor files, such as Qwen/Qwen2.5-VL-3B-Instruct downloaded locally or one made by "
        "`npx observe-run tiny-model DIR --family MODEL_TYPE`"
    )


def check_model_dir(model_path: str) -> Family:
    """The family of the checkpoint in `model_path`, or ModelLoadError saying what is wrong."""
    if not os.path.isdir(model_path):
        raise ModelLoadError(f"model path {model_path}: no such directory; {expected_checkpoint_hint()}")
    config_path = os.path.join(model_path, "config.json")
    if not os.path.isfile(config_path):
        raise ModelLoadError(f"model path {model_path}: config.json is missing; {expected_checkpoint_hint()}")
    try:
        with open(config_path, encoding="utf-8") as f:
            config = json.load(f)
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"model config {config_path}: cannot be read ({exc}); {expected_checkpoint_hint()}") from exc
    model_type = config.get("model_type") if isinstance(config, dict) else None
    family = families.lookup(model_type)
    if family is None:
        raise ModelLoadError(
            f"model config {config_path}: model_type {model_type!r} is not supported; {expected_checkpoint_hint()}"
        )
    return family



def load_processor(model_path: str, min_pixels: int | None = None, max_pixels: int | None = None):
    """A checkpoint's processor (tokenizer, image processor, chat template) under the given pixel budget."""
    from transformers import AutoProcessor

    family = check_model_dir(model_path)
    quiet_transformers()
    try:
        processor = AutoProcessor.from_pretrained(model_path)
    except Exception as exc:
        raise ModelLoadError(
            f"model path {model_path}: the processor (tokenizer, image processor, chat template) could not be "
            f"loaded ({type(exc).__name__}: {exc}); {expected_checkpoint_hint()}"
        ) from exc
    # Images are fitted to data.min/max_pixels before the processor sees them (images.fit_image, as EasyR1), which
    # then rounds them within the checkpoint's own bounds; the range rides on the processor to where images meet it.
    if min_pixels is not None and max_pixels is not None and min_pixels > max_pixels:
        raise BadRequest(f"min_pixels {min_pixels} is larger than max_pixels {max_pixels}")
    processor.image_pixels = (min_pixels, max_pixels) if family.pixel_range and (min_pixels or max_pixels) else None
    if family.pixel_range and family.video:
        # A video frame gets at most 768 tokens' worth of pixels, under data.max_pixels, as in qwen-vl-utils
        # (EasyR1's video reader: VIDEO_MAX_TOKEN_NUM x (patch x merge)^2), whatever the checkpoint's file says.
        vp = processor.video_processor
        frame_max = VIDEO_FRAME_MAX_TOKENS * (vp.patch_size * vp.merge_size) ** 2
        _set_pixel_range(vp, min_pixels, frame_max if max_pixels is None else min(int(max_pixels), frame_max))
    if family.video and hasattr(processor.video_processor, "cap_pixels_per_frame"):
        # A long video's frames share a total pixel budget, as in qwen-vl-utils (EasyR1's video reader).
        processor.video_processor.cap_pixels_per_frame = True
    if getattr(processor, "chat_template", None) is None:
        raise ModelLoadError(f"model path {model_path}: no chat template found; {expected_checkpoint_hint()}")
    return processor


# qwen-vl-utils' VIDEO_MAX_TOKEN_NUM: the most vision tokens one video frame may cost.
VIDEO_FRAME_MAX_TOKENS = 768


def _set_pixel_range(ip, min_pixels: int | None, max_pixels: int | None) -> None:
    """Override an image (video) processor's pixel budget per image (frame): its size shortest_edge/longest_edge
    are pixel counts. EasyR1 applies data.min_pixels/max_pixels to video frames too (process_video)."""
    size = dict(ip.size) if not hasattr(ip.size, "__dataclass_fields__") else {
        k: getattr(ip.size, k) for k in ip.size.__dataclass_fields__ if getattr(ip.size, k) is not None
    }
    lo = int(min_pixels) if min_pixels is not None else size.get("shortest_edge")
    hi = int(max_pixels) if max_pixels is not None else size.get("longest_edge")
    if lo is not None and hi is not None and lo > hi:
        raise BadRequest(f"min_pixels {lo} is larger than max_pixels {hi}")
    size["shortest_edge"], size["longest_edge"] = lo, hi
    ip.size = type(ip.size)(**size) if not isinstance(ip.size, dict) else size



def write_plain_architecture(directory: str, family: Family) -> None:
    """save_pretrained names the model's class in config.json; under FSDP2 that class is a wrapper subclass."""
    path = os.path.join(directory, "config.json")
    with open(path, encoding="utf-8") as f:
        config = json.load(f)
    config["architectures"] = [family.model_class]
    with open(path, "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2, sort_keys=True)
        f.write("\n")


def freeze_vision_tower(model, family: Family) -> None:
    params = family.vision_parameters(model)
    if not params:
        raise BadRequest(f"freeze_vision_tower: this model has no vision tower ({', '.join(family.vision_modules)}) to freeze")
    for _, p in params:
        p.requires_grad_(False)



def resolve_device(device: str | None, world: distributed.World) -> torch.device:
    """The device to compute on: the rank's own under torchrun, else `device`, else CUDA when present."""
    try:
        dev = world.device() if world.active else torch.device(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    except RuntimeError as exc:
        raise BadRequest(f"device {device!r}: not a torch device name ({exc}); use cpu, cuda or cuda:N") from exc
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ModelLoadError(f"device {device!r} was requested but CUDA is not available here; use device cpu")
    return dev


def resolve_compute_dtype(dtype: str, device: torch.device, trainable: bool) -> torch.dtype:
    """The dtype forward passes run in: `auto` is bf16 on a GPU that has it, else float32."""
    if dtype == "auto":
        compute = torch.bfloat16 if device.type == "cuda" and torch.cuda.is_bf16_supported() else torch.float32
    elif dtype in DTYPES:
        compute = DTYPES[dtype]
    else:
        raise BadRequest(f"dtype {dtype!r}: use auto, float32, bfloat16 or float16")
    if trainable and compute == torch.float16:
        raise BadRequest("dtype float16 cannot be trained here (it needs loss scaling); use bfloat16 or float32 for training")
    return compute


def load_model(model_path: str, family: Family, *, dtype: torch.dtype, device: torch.device, world: distributed.World,
               compute_dtype: torch.dtype, offloaded: bool):
    """The checkpoint's model with parameters in `dtype`: sharded under torchrun, else on `device` unless offloaded."""
    try:
        model, loading = family.model_cls().from_pretrained(model_path, dtype=dtype, output_loading_info=True)
    except Exception as exc:
        raise ModelLoadError(
            f"model path {model_path}: the weights could not be loaded ({type(exc).__name__}: {exc}); "
            f"{expected_checkpoint_hint()}"
        ) from exc
    missing = list(loading.get("missing_keys") or []) + [str(k) for k in loading.get("mismatched_keys") or []]
    if missing:
        raise ModelLoadError(
            f"model path {model_path}: {len(missing)} weights are missing or mis-shaped (e.g. {missing[0]}); "
            "the checkpoint is incomplete or from another architecture"
        )
    if family.prepare is not None:
        family.prepare(model)
    patch_embed.as_matmuls(model)
    fast_vision.install(model)
    if world.active:  # fully_shard moves each rank's shard to its device
        sharding.shard(model, world, compute_dtype=compute_dtype, offload_params=offloaded)
    elif not offloaded:  # an offloaded model waits in CPU memory and visits the GPU per request
        model.to(device)
    sharding.install_forward(model, family)
    return model


def read_full_weights(path: str, dtype: torch.dtype, family: Family) -> dict:
    """The full state dict of checkpoint `path` in `dtype`, checked against this architecture."""
    try:
        loaded, info = family.model_cls().from_pretrained(path, dtype=dtype, output_loading_info=True)
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


def gradient_checkpointing_on(model) -> bool:
    """Whether the model recomputes activations in its backward (transformers >= 5.2x: activation checkpointing)."""
    on = getattr(model, "is_activation_checkpointing", None)
    return bool(model.is_gradient_checkpointing if on is None else on)


def enable_gradient_checkpointing(model) -> None:
    if hasattr(model, "activation_checkpointing_enable"):  # transformers >= 5.x name
        model.activation_checkpointing_enable(activation_checkpointing_kwargs={"use_reentrant": False})
    else:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
