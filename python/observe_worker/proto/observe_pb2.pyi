from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ProtocolVersion(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PROTOCOL_VERSION_UNSPECIFIED: _ClassVar[ProtocolVersion]
    PROTOCOL_VERSION_CURRENT: _ClassVar[ProtocolVersion]

class DType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DTYPE_UNSPECIFIED: _ClassVar[DType]
    DTYPE_UINT8: _ClassVar[DType]
    DTYPE_INT32: _ClassVar[DType]
    DTYPE_FLOAT32: _ClassVar[DType]

class FinishReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    FINISH_REASON_UNSPECIFIED: _ClassVar[FinishReason]
    FINISH_REASON_STOP: _ClassVar[FinishReason]
    FINISH_REASON_LENGTH: _ClassVar[FinishReason]

class ModelRole(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MODEL_ROLE_UNSPECIFIED: _ClassVar[ModelRole]
    MODEL_ROLE_POLICY: _ClassVar[ModelRole]
    MODEL_ROLE_REFERENCE: _ClassVar[ModelRole]

class KlPenalty(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    KL_PENALTY_UNSPECIFIED: _ClassVar[KlPenalty]
    KL_PENALTY_KL: _ClassVar[KlPenalty]
    KL_PENALTY_ABS: _ClassVar[KlPenalty]
    KL_PENALTY_MSE: _ClassVar[KlPenalty]
    KL_PENALTY_LOW_VAR_KL: _ClassVar[KlPenalty]

class LossType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LOSS_TYPE_UNSPECIFIED: _ClassVar[LossType]
    LOSS_TYPE_DEFAULT: _ClassVar[LossType]
    LOSS_TYPE_GSPO: _ClassVar[LossType]
    LOSS_TYPE_GSPO_TOKEN: _ClassVar[LossType]

class LossAggMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    LOSS_AGG_MODE_UNSPECIFIED: _ClassVar[LossAggMode]
    LOSS_AGG_MODE_TOKEN_MEAN: _ClassVar[LossAggMode]
    LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN: _ClassVar[LossAggMode]
    LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM: _ClassVar[LossAggMode]
    LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM: _ClassVar[LossAggMode]
PROTOCOL_VERSION_UNSPECIFIED: ProtocolVersion
PROTOCOL_VERSION_CURRENT: ProtocolVersion
DTYPE_UNSPECIFIED: DType
DTYPE_UINT8: DType
DTYPE_INT32: DType
DTYPE_FLOAT32: DType
FINISH_REASON_UNSPECIFIED: FinishReason
FINISH_REASON_STOP: FinishReason
FINISH_REASON_LENGTH: FinishReason
MODEL_ROLE_UNSPECIFIED: ModelRole
MODEL_ROLE_POLICY: ModelRole
MODEL_ROLE_REFERENCE: ModelRole
KL_PENALTY_UNSPECIFIED: KlPenalty
KL_PENALTY_KL: KlPenalty
KL_PENALTY_ABS: KlPenalty
KL_PENALTY_MSE: KlPenalty
KL_PENALTY_LOW_VAR_KL: KlPenalty
LOSS_TYPE_UNSPECIFIED: LossType
LOSS_TYPE_DEFAULT: LossType
LOSS_TYPE_GSPO: LossType
LOSS_TYPE_GSPO_TOKEN: LossType
LOSS_AGG_MODE_UNSPECIFIED: LossAggMode
LOSS_AGG_MODE_TOKEN_MEAN: LossAggMode
LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN: LossAggMode
LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM: LossAggMode
LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM: LossAggMode

class Frame(_message.Message):
    __slots__ = ("name", "dtype", "shape")
    NAME_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    SHAPE_FIELD_NUMBER: _ClassVar[int]
    name: str
    dtype: DType
    shape: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, name: _Optional[str] = ..., dtype: _Optional[_Union[DType, str]] = ..., shape: _Optional[_Iterable[int]] = ...) -> None: ...

class Error(_message.Message):
    __slots__ = ("type", "message", "traceback")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    TRACEBACK_FIELD_NUMBER: _ClassVar[int]
    type: str
    message: str
    traceback: str
    def __init__(self, type: _Optional[str] = ..., message: _Optional[str] = ..., traceback: _Optional[str] = ...) -> None: ...

class Envelope(_message.Message):
    __slots__ = ("request_id", "is_reply", "error", "frames", "handler_seconds", "hello", "hello_ack", "heartbeat", "load_model", "load_model_reply", "generate", "generate_reply", "log_probs", "log_probs_reply", "train_step", "train_step_reply", "save_checkpoint", "save_checkpoint_reply", "load_checkpoint", "load_checkpoint_reply", "health", "health_reply", "shutdown", "shutdown_reply", "echo", "echo_reply", "sft_step", "sft_step_reply", "tokenize", "tokenize_reply", "encode_prompts", "encode_prompts_reply", "check_images", "check_images_reply")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    IS_REPLY_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    FRAMES_FIELD_NUMBER: _ClassVar[int]
    HANDLER_SECONDS_FIELD_NUMBER: _ClassVar[int]
    HELLO_FIELD_NUMBER: _ClassVar[int]
    HELLO_ACK_FIELD_NUMBER: _ClassVar[int]
    HEARTBEAT_FIELD_NUMBER: _ClassVar[int]
    LOAD_MODEL_FIELD_NUMBER: _ClassVar[int]
    LOAD_MODEL_REPLY_FIELD_NUMBER: _ClassVar[int]
    GENERATE_FIELD_NUMBER: _ClassVar[int]
    GENERATE_REPLY_FIELD_NUMBER: _ClassVar[int]
    LOG_PROBS_FIELD_NUMBER: _ClassVar[int]
    LOG_PROBS_REPLY_FIELD_NUMBER: _ClassVar[int]
    TRAIN_STEP_FIELD_NUMBER: _ClassVar[int]
    TRAIN_STEP_REPLY_FIELD_NUMBER: _ClassVar[int]
    SAVE_CHECKPOINT_FIELD_NUMBER: _ClassVar[int]
    SAVE_CHECKPOINT_REPLY_FIELD_NUMBER: _ClassVar[int]
    LOAD_CHECKPOINT_FIELD_NUMBER: _ClassVar[int]
    LOAD_CHECKPOINT_REPLY_FIELD_NUMBER: _ClassVar[int]
    HEALTH_FIELD_NUMBER: _ClassVar[int]
    HEALTH_REPLY_FIELD_NUMBER: _ClassVar[int]
    SHUTDOWN_FIELD_NUMBER: _ClassVar[int]
    SHUTDOWN_REPLY_FIELD_NUMBER: _ClassVar[int]
    ECHO_FIELD_NUMBER: _ClassVar[int]
    ECHO_REPLY_FIELD_NUMBER: _ClassVar[int]
    SFT_STEP_FIELD_NUMBER: _ClassVar[int]
    SFT_STEP_REPLY_FIELD_NUMBER: _ClassVar[int]
    TOKENIZE_FIELD_NUMBER: _ClassVar[int]
    TOKENIZE_REPLY_FIELD_NUMBER: _ClassVar[int]
    ENCODE_PROMPTS_FIELD_NUMBER: _ClassVar[int]
    ENCODE_PROMPTS_REPLY_FIELD_NUMBER: _ClassVar[int]
    CHECK_IMAGES_FIELD_NUMBER: _ClassVar[int]
    CHECK_IMAGES_REPLY_FIELD_NUMBER: _ClassVar[int]
    request_id: int
    is_reply: bool
    error: Error
    frames: _containers.RepeatedCompositeFieldContainer[Frame]
    handler_seconds: float
    hello: Hello
    hello_ack: HelloAck
    heartbeat: Heartbeat
    load_model: LoadModelRequest
    load_model_reply: LoadModelReply
    generate: GenerateRequest
    generate_reply: GenerateReply
    log_probs: LogProbsRequest
    log_probs_reply: LogProbsReply
    train_step: TrainStepRequest
    train_step_reply: TrainStepReply
    save_checkpoint: SaveCheckpointRequest
    save_checkpoint_reply: SaveCheckpointReply
    load_checkpoint: LoadCheckpointRequest
    load_checkpoint_reply: LoadCheckpointReply
    health: HealthRequest
    health_reply: HealthReply
    shutdown: ShutdownRequest
    shutdown_reply: ShutdownReply
    echo: EchoRequest
    echo_reply: EchoReply
    sft_step: SftStepRequest
    sft_step_reply: SftStepReply
    tokenize: TokenizeRequest
    tokenize_reply: TokenizeReply
    encode_prompts: EncodePromptsRequest
    encode_prompts_reply: EncodePromptsReply
    check_images: CheckImagesRequest
    check_images_reply: CheckImagesReply
    def __init__(self, request_id: _Optional[int] = ..., is_reply: bool = ..., error: _Optional[_Union[Error, _Mapping]] = ..., frames: _Optional[_Iterable[_Union[Frame, _Mapping]]] = ..., handler_seconds: _Optional[float] = ..., hello: _Optional[_Union[Hello, _Mapping]] = ..., hello_ack: _Optional[_Union[HelloAck, _Mapping]] = ..., heartbeat: _Optional[_Union[Heartbeat, _Mapping]] = ..., load_model: _Optional[_Union[LoadModelRequest, _Mapping]] = ..., load_model_reply: _Optional[_Union[LoadModelReply, _Mapping]] = ..., generate: _Optional[_Union[GenerateRequest, _Mapping]] = ..., generate_reply: _Optional[_Union[GenerateReply, _Mapping]] = ..., log_probs: _Optional[_Union[LogProbsRequest, _Mapping]] = ..., log_probs_reply: _Optional[_Union[LogProbsReply, _Mapping]] = ..., train_step: _Optional[_Union[TrainStepRequest, _Mapping]] = ..., train_step_reply: _Optional[_Union[TrainStepReply, _Mapping]] = ..., save_checkpoint: _Optional[_Union[SaveCheckpointRequest, _Mapping]] = ..., save_checkpoint_reply: _Optional[_Union[SaveCheckpointReply, _Mapping]] = ..., load_checkpoint: _Optional[_Union[LoadCheckpointRequest, _Mapping]] = ..., load_checkpoint_reply: _Optional[_Union[LoadCheckpointReply, _Mapping]] = ..., health: _Optional[_Union[HealthRequest, _Mapping]] = ..., health_reply: _Optional[_Union[HealthReply, _Mapping]] = ..., shutdown: _Optional[_Union[ShutdownRequest, _Mapping]] = ..., shutdown_reply: _Optional[_Union[ShutdownReply, _Mapping]] = ..., echo: _Optional[_Union[EchoRequest, _Mapping]] = ..., echo_reply: _Optional[_Union[EchoReply, _Mapping]] = ..., sft_step: _Optional[_Union[SftStepRequest, _Mapping]] = ..., sft_step_reply: _Optional[_Union[SftStepReply, _Mapping]] = ..., tokenize: _Optional[_Union[TokenizeRequest, _Mapping]] = ..., tokenize_reply: _Optional[_Union[TokenizeReply, _Mapping]] = ..., encode_prompts: _Optional[_Union[EncodePromptsRequest, _Mapping]] = ..., encode_prompts_reply: _Optional[_Union[EncodePromptsReply, _Mapping]] = ..., check_images: _Optional[_Union[CheckImagesRequest, _Mapping]] = ..., check_images_reply: _Optional[_Union[CheckImagesReply, _Mapping]] = ...) -> None: ...

class Hello(_message.Message):
    __slots__ = ("protocol_version", "worker_id", "pid", "python_version", "torch_version", "transformers_version", "device", "cuda_device_count", "vllm_version", "worker_version", "world_size")
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKER_ID_FIELD_NUMBER: _ClassVar[int]
    PID_FIELD_NUMBER: _ClassVar[int]
    PYTHON_VERSION_FIELD_NUMBER: _ClassVar[int]
    TORCH_VERSION_FIELD_NUMBER: _ClassVar[int]
    TRANSFORMERS_VERSION_FIELD_NUMBER: _ClassVar[int]
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    CUDA_DEVICE_COUNT_FIELD_NUMBER: _ClassVar[int]
    VLLM_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORKER_VERSION_FIELD_NUMBER: _ClassVar[int]
    WORLD_SIZE_FIELD_NUMBER: _ClassVar[int]
    protocol_version: int
    worker_id: str
    pid: int
    python_version: str
    torch_version: str
    transformers_version: str
    device: str
    cuda_device_count: int
    vllm_version: str
    worker_version: str
    world_size: int
    def __init__(self, protocol_version: _Optional[int] = ..., worker_id: _Optional[str] = ..., pid: _Optional[int] = ..., python_version: _Optional[str] = ..., torch_version: _Optional[str] = ..., transformers_version: _Optional[str] = ..., device: _Optional[str] = ..., cuda_device_count: _Optional[int] = ..., vllm_version: _Optional[str] = ..., worker_version: _Optional[str] = ..., world_size: _Optional[int] = ...) -> None: ...

class HelloAck(_message.Message):
    __slots__ = ("protocol_version", "accepted", "reason")
    PROTOCOL_VERSION_FIELD_NUMBER: _ClassVar[int]
    ACCEPTED_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    protocol_version: int
    accepted: bool
    reason: str
    def __init__(self, protocol_version: _Optional[int] = ..., accepted: bool = ..., reason: _Optional[str] = ...) -> None: ...

class Heartbeat(_message.Message):
    __slots__ = ("unix_time", "busy_with")
    UNIX_TIME_FIELD_NUMBER: _ClassVar[int]
    BUSY_WITH_FIELD_NUMBER: _ClassVar[int]
    unix_time: float
    busy_with: str
    def __init__(self, unix_time: _Optional[float] = ..., busy_with: _Optional[str] = ...) -> None: ...

class OptimizerConfig(_message.Message):
    __slots__ = ("lr", "beta1", "beta2", "weight_decay", "max_grad_norm", "eps")
    LR_FIELD_NUMBER: _ClassVar[int]
    BETA1_FIELD_NUMBER: _ClassVar[int]
    BETA2_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_DECAY_FIELD_NUMBER: _ClassVar[int]
    MAX_GRAD_NORM_FIELD_NUMBER: _ClassVar[int]
    EPS_FIELD_NUMBER: _ClassVar[int]
    lr: float
    beta1: float
    beta2: float
    weight_decay: float
    max_grad_norm: float
    eps: float
    def __init__(self, lr: _Optional[float] = ..., beta1: _Optional[float] = ..., beta2: _Optional[float] = ..., weight_decay: _Optional[float] = ..., max_grad_norm: _Optional[float] = ..., eps: _Optional[float] = ...) -> None: ...

class LoadModelRequest(_message.Message):
    __slots__ = ("model_path", "load_reference", "optimizer", "dtype", "min_pixels", "max_pixels", "seed", "gradient_checkpointing", "lora", "rollout", "offload", "freeze_vision_tower", "padding_free")
    MODEL_PATH_FIELD_NUMBER: _ClassVar[int]
    LOAD_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    OPTIMIZER_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    MIN_PIXELS_FIELD_NUMBER: _ClassVar[int]
    MAX_PIXELS_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    GRADIENT_CHECKPOINTING_FIELD_NUMBER: _ClassVar[int]
    LORA_FIELD_NUMBER: _ClassVar[int]
    ROLLOUT_FIELD_NUMBER: _ClassVar[int]
    OFFLOAD_FIELD_NUMBER: _ClassVar[int]
    FREEZE_VISION_TOWER_FIELD_NUMBER: _ClassVar[int]
    PADDING_FREE_FIELD_NUMBER: _ClassVar[int]
    model_path: str
    load_reference: bool
    optimizer: OptimizerConfig
    dtype: str
    min_pixels: int
    max_pixels: int
    seed: int
    gradient_checkpointing: bool
    lora: LoraConfig
    rollout: RolloutConfig
    offload: OffloadConfig
    freeze_vision_tower: bool
    padding_free: bool
    def __init__(self, model_path: _Optional[str] = ..., load_reference: bool = ..., optimizer: _Optional[_Union[OptimizerConfig, _Mapping]] = ..., dtype: _Optional[str] = ..., min_pixels: _Optional[int] = ..., max_pixels: _Optional[int] = ..., seed: _Optional[int] = ..., gradient_checkpointing: bool = ..., lora: _Optional[_Union[LoraConfig, _Mapping]] = ..., rollout: _Optional[_Union[RolloutConfig, _Mapping]] = ..., offload: _Optional[_Union[OffloadConfig, _Mapping]] = ..., freeze_vision_tower: bool = ..., padding_free: bool = ...) -> None: ...

class RolloutConfig(_message.Message):
    __slots__ = ("engine", "gpu_memory_utilization", "tensor_parallel_size", "max_model_len", "max_images_per_prompt", "enforce_eager", "free_cache_engine", "weight_bucket_bytes")
    ENGINE_FIELD_NUMBER: _ClassVar[int]
    GPU_MEMORY_UTILIZATION_FIELD_NUMBER: _ClassVar[int]
    TENSOR_PARALLEL_SIZE_FIELD_NUMBER: _ClassVar[int]
    MAX_MODEL_LEN_FIELD_NUMBER: _ClassVar[int]
    MAX_IMAGES_PER_PROMPT_FIELD_NUMBER: _ClassVar[int]
    ENFORCE_EAGER_FIELD_NUMBER: _ClassVar[int]
    FREE_CACHE_ENGINE_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_BUCKET_BYTES_FIELD_NUMBER: _ClassVar[int]
    engine: str
    gpu_memory_utilization: float
    tensor_parallel_size: int
    max_model_len: int
    max_images_per_prompt: int
    enforce_eager: bool
    free_cache_engine: bool
    weight_bucket_bytes: int
    def __init__(self, engine: _Optional[str] = ..., gpu_memory_utilization: _Optional[float] = ..., tensor_parallel_size: _Optional[int] = ..., max_model_len: _Optional[int] = ..., max_images_per_prompt: _Optional[int] = ..., enforce_eager: bool = ..., free_cache_engine: bool = ..., weight_bucket_bytes: _Optional[int] = ...) -> None: ...

class OffloadConfig(_message.Message):
    __slots__ = ("offload_params", "offload_optimizer", "offload_reference")
    OFFLOAD_PARAMS_FIELD_NUMBER: _ClassVar[int]
    OFFLOAD_OPTIMIZER_FIELD_NUMBER: _ClassVar[int]
    OFFLOAD_REFERENCE_FIELD_NUMBER: _ClassVar[int]
    offload_params: bool
    offload_optimizer: bool
    offload_reference: bool
    def __init__(self, offload_params: bool = ..., offload_optimizer: bool = ..., offload_reference: bool = ...) -> None: ...

class LoraConfig(_message.Message):
    __slots__ = ("rank", "alpha", "target_modules", "dropout")
    RANK_FIELD_NUMBER: _ClassVar[int]
    ALPHA_FIELD_NUMBER: _ClassVar[int]
    TARGET_MODULES_FIELD_NUMBER: _ClassVar[int]
    DROPOUT_FIELD_NUMBER: _ClassVar[int]
    rank: int
    alpha: float
    target_modules: _containers.RepeatedScalarFieldContainer[str]
    dropout: float
    def __init__(self, rank: _Optional[int] = ..., alpha: _Optional[float] = ..., target_modules: _Optional[_Iterable[str]] = ..., dropout: _Optional[float] = ...) -> None: ...

class LoadModelReply(_message.Message):
    __slots__ = ("model_type", "num_parameters", "device", "dtype", "vocab_size", "eos_token_id", "pad_token_id", "world_size", "sharding", "rollout_engine", "padding_free")
    MODEL_TYPE_FIELD_NUMBER: _ClassVar[int]
    NUM_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    DTYPE_FIELD_NUMBER: _ClassVar[int]
    VOCAB_SIZE_FIELD_NUMBER: _ClassVar[int]
    EOS_TOKEN_ID_FIELD_NUMBER: _ClassVar[int]
    PAD_TOKEN_ID_FIELD_NUMBER: _ClassVar[int]
    WORLD_SIZE_FIELD_NUMBER: _ClassVar[int]
    SHARDING_FIELD_NUMBER: _ClassVar[int]
    ROLLOUT_ENGINE_FIELD_NUMBER: _ClassVar[int]
    PADDING_FREE_FIELD_NUMBER: _ClassVar[int]
    model_type: str
    num_parameters: int
    device: str
    dtype: str
    vocab_size: int
    eos_token_id: int
    pad_token_id: int
    world_size: int
    sharding: str
    rollout_engine: str
    padding_free: bool
    def __init__(self, model_type: _Optional[str] = ..., num_parameters: _Optional[int] = ..., device: _Optional[str] = ..., dtype: _Optional[str] = ..., vocab_size: _Optional[int] = ..., eos_token_id: _Optional[int] = ..., pad_token_id: _Optional[int] = ..., world_size: _Optional[int] = ..., sharding: _Optional[str] = ..., rollout_engine: _Optional[str] = ..., padding_free: bool = ...) -> None: ...

class ImageRef(_message.Message):
    __slots__ = ("frame", "source")
    FRAME_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    frame: int
    source: str
    def __init__(self, frame: _Optional[int] = ..., source: _Optional[str] = ...) -> None: ...

class VideoRef(_message.Message):
    __slots__ = ("file", "frames", "fps")
    FILE_FIELD_NUMBER: _ClassVar[int]
    FRAMES_FIELD_NUMBER: _ClassVar[int]
    FPS_FIELD_NUMBER: _ClassVar[int]
    file: ImageRef
    frames: _containers.RepeatedCompositeFieldContainer[ImageRef]
    fps: float
    def __init__(self, file: _Optional[_Union[ImageRef, _Mapping]] = ..., frames: _Optional[_Iterable[_Union[ImageRef, _Mapping]]] = ..., fps: _Optional[float] = ...) -> None: ...

class Prompt(_message.Message):
    __slots__ = ("system", "text", "images", "videos")
    SYSTEM_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    VIDEOS_FIELD_NUMBER: _ClassVar[int]
    system: str
    text: str
    images: _containers.RepeatedCompositeFieldContainer[ImageRef]
    videos: _containers.RepeatedCompositeFieldContainer[VideoRef]
    def __init__(self, system: _Optional[str] = ..., text: _Optional[str] = ..., images: _Optional[_Iterable[_Union[ImageRef, _Mapping]]] = ..., videos: _Optional[_Iterable[_Union[VideoRef, _Mapping]]] = ...) -> None: ...

class SamplingParams(_message.Message):
    __slots__ = ("n", "temperature", "top_p", "top_k", "max_new_tokens", "seed")
    N_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    TOP_P_FIELD_NUMBER: _ClassVar[int]
    TOP_K_FIELD_NUMBER: _ClassVar[int]
    MAX_NEW_TOKENS_FIELD_NUMBER: _ClassVar[int]
    SEED_FIELD_NUMBER: _ClassVar[int]
    n: int
    temperature: float
    top_p: float
    top_k: int
    max_new_tokens: int
    seed: int
    def __init__(self, n: _Optional[int] = ..., temperature: _Optional[float] = ..., top_p: _Optional[float] = ..., top_k: _Optional[int] = ..., max_new_tokens: _Optional[int] = ..., seed: _Optional[int] = ...) -> None: ...

class GenerateRequest(_message.Message):
    __slots__ = ("prompts", "sampling", "skip_failed_prompts")
    PROMPTS_FIELD_NUMBER: _ClassVar[int]
    SAMPLING_FIELD_NUMBER: _ClassVar[int]
    SKIP_FAILED_PROMPTS_FIELD_NUMBER: _ClassVar[int]
    prompts: _containers.RepeatedCompositeFieldContainer[Prompt]
    sampling: SamplingParams
    skip_failed_prompts: bool
    def __init__(self, prompts: _Optional[_Iterable[_Union[Prompt, _Mapping]]] = ..., sampling: _Optional[_Union[SamplingParams, _Mapping]] = ..., skip_failed_prompts: bool = ...) -> None: ...

class Completion(_message.Message):
    __slots__ = ("prompt_index", "text", "finish_reason", "num_tokens")
    PROMPT_INDEX_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    FINISH_REASON_FIELD_NUMBER: _ClassVar[int]
    NUM_TOKENS_FIELD_NUMBER: _ClassVar[int]
    prompt_index: int
    text: str
    finish_reason: FinishReason
    num_tokens: int
    def __init__(self, prompt_index: _Optional[int] = ..., text: _Optional[str] = ..., finish_reason: _Optional[_Union[FinishReason, str]] = ..., num_tokens: _Optional[int] = ...) -> None: ...

class GenerateReply(_message.Message):
    __slots__ = ("completions", "prompt_num_tokens", "failed_prompts", "weight_sync_s")
    COMPLETIONS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_NUM_TOKENS_FIELD_NUMBER: _ClassVar[int]
    FAILED_PROMPTS_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_SYNC_S_FIELD_NUMBER: _ClassVar[int]
    completions: _containers.RepeatedCompositeFieldContainer[Completion]
    prompt_num_tokens: _containers.RepeatedScalarFieldContainer[int]
    failed_prompts: _containers.RepeatedCompositeFieldContainer[FailedPrompt]
    weight_sync_s: float
    def __init__(self, completions: _Optional[_Iterable[_Union[Completion, _Mapping]]] = ..., prompt_num_tokens: _Optional[_Iterable[int]] = ..., failed_prompts: _Optional[_Iterable[_Union[FailedPrompt, _Mapping]]] = ..., weight_sync_s: _Optional[float] = ...) -> None: ...

class FailedPrompt(_message.Message):
    __slots__ = ("prompt_index", "error")
    PROMPT_INDEX_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    prompt_index: int
    error: str
    def __init__(self, prompt_index: _Optional[int] = ..., error: _Optional[str] = ...) -> None: ...

class SequenceBatch(_message.Message):
    __slots__ = ("prompts", "prompt_index", "response_lengths")
    PROMPTS_FIELD_NUMBER: _ClassVar[int]
    PROMPT_INDEX_FIELD_NUMBER: _ClassVar[int]
    RESPONSE_LENGTHS_FIELD_NUMBER: _ClassVar[int]
    prompts: _containers.RepeatedCompositeFieldContainer[Prompt]
    prompt_index: _containers.RepeatedScalarFieldContainer[int]
    response_lengths: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, prompts: _Optional[_Iterable[_Union[Prompt, _Mapping]]] = ..., prompt_index: _Optional[_Iterable[int]] = ..., response_lengths: _Optional[_Iterable[int]] = ...) -> None: ...

class LogProbsRequest(_message.Message):
    __slots__ = ("batch", "role", "micro_batch_size", "temperature", "max_tokens_per_micro_batch")
    BATCH_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    MICRO_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_PER_MICRO_BATCH_FIELD_NUMBER: _ClassVar[int]
    batch: SequenceBatch
    role: ModelRole
    micro_batch_size: int
    temperature: float
    max_tokens_per_micro_batch: int
    def __init__(self, batch: _Optional[_Union[SequenceBatch, _Mapping]] = ..., role: _Optional[_Union[ModelRole, str]] = ..., micro_batch_size: _Optional[int] = ..., temperature: _Optional[float] = ..., max_tokens_per_micro_batch: _Optional[int] = ...) -> None: ...

class LogProbsReply(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class TrainStepRequest(_message.Message):
    __slots__ = ("batch", "lr", "clip_ratio_low", "clip_ratio_high", "kl_coef", "kl_penalty", "use_kl_loss", "advantage_clip", "loss_agg_mode", "micro_batch_size", "temperature", "kl_loss_type", "loss_scale_factor", "gamma", "clip_ratio_dual", "loss_type", "max_tokens_per_micro_batch")
    BATCH_FIELD_NUMBER: _ClassVar[int]
    LR_FIELD_NUMBER: _ClassVar[int]
    CLIP_RATIO_LOW_FIELD_NUMBER: _ClassVar[int]
    CLIP_RATIO_HIGH_FIELD_NUMBER: _ClassVar[int]
    KL_COEF_FIELD_NUMBER: _ClassVar[int]
    KL_PENALTY_FIELD_NUMBER: _ClassVar[int]
    USE_KL_LOSS_FIELD_NUMBER: _ClassVar[int]
    ADVANTAGE_CLIP_FIELD_NUMBER: _ClassVar[int]
    LOSS_AGG_MODE_FIELD_NUMBER: _ClassVar[int]
    MICRO_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    TEMPERATURE_FIELD_NUMBER: _ClassVar[int]
    KL_LOSS_TYPE_FIELD_NUMBER: _ClassVar[int]
    LOSS_SCALE_FACTOR_FIELD_NUMBER: _ClassVar[int]
    GAMMA_FIELD_NUMBER: _ClassVar[int]
    CLIP_RATIO_DUAL_FIELD_NUMBER: _ClassVar[int]
    LOSS_TYPE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_PER_MICRO_BATCH_FIELD_NUMBER: _ClassVar[int]
    batch: SequenceBatch
    lr: float
    clip_ratio_low: float
    clip_ratio_high: float
    kl_coef: float
    kl_penalty: KlPenalty
    use_kl_loss: bool
    advantage_clip: float
    loss_agg_mode: LossAggMode
    micro_batch_size: int
    temperature: float
    kl_loss_type: KlPenalty
    loss_scale_factor: float
    gamma: float
    clip_ratio_dual: float
    loss_type: LossType
    max_tokens_per_micro_batch: int
    def __init__(self, batch: _Optional[_Union[SequenceBatch, _Mapping]] = ..., lr: _Optional[float] = ..., clip_ratio_low: _Optional[float] = ..., clip_ratio_high: _Optional[float] = ..., kl_coef: _Optional[float] = ..., kl_penalty: _Optional[_Union[KlPenalty, str]] = ..., use_kl_loss: bool = ..., advantage_clip: _Optional[float] = ..., loss_agg_mode: _Optional[_Union[LossAggMode, str]] = ..., micro_batch_size: _Optional[int] = ..., temperature: _Optional[float] = ..., kl_loss_type: _Optional[_Union[KlPenalty, str]] = ..., loss_scale_factor: _Optional[float] = ..., gamma: _Optional[float] = ..., clip_ratio_dual: _Optional[float] = ..., loss_type: _Optional[_Union[LossType, str]] = ..., max_tokens_per_micro_batch: _Optional[int] = ...) -> None: ...

class TrainStepReply(_message.Message):
    __slots__ = ("loss", "pg_loss", "kl", "clipfrac", "grad_norm", "entropy", "lr", "num_tokens", "ppo_kl", "perf", "kl_loss", "clipfrac_higher", "clipfrac_lower", "clipfrac_dual", "advantages_mean", "advantages_max", "advantages_min")
    LOSS_FIELD_NUMBER: _ClassVar[int]
    PG_LOSS_FIELD_NUMBER: _ClassVar[int]
    KL_FIELD_NUMBER: _ClassVar[int]
    CLIPFRAC_FIELD_NUMBER: _ClassVar[int]
    GRAD_NORM_FIELD_NUMBER: _ClassVar[int]
    ENTROPY_FIELD_NUMBER: _ClassVar[int]
    LR_FIELD_NUMBER: _ClassVar[int]
    NUM_TOKENS_FIELD_NUMBER: _ClassVar[int]
    PPO_KL_FIELD_NUMBER: _ClassVar[int]
    PERF_FIELD_NUMBER: _ClassVar[int]
    KL_LOSS_FIELD_NUMBER: _ClassVar[int]
    CLIPFRAC_HIGHER_FIELD_NUMBER: _ClassVar[int]
    CLIPFRAC_LOWER_FIELD_NUMBER: _ClassVar[int]
    CLIPFRAC_DUAL_FIELD_NUMBER: _ClassVar[int]
    ADVANTAGES_MEAN_FIELD_NUMBER: _ClassVar[int]
    ADVANTAGES_MAX_FIELD_NUMBER: _ClassVar[int]
    ADVANTAGES_MIN_FIELD_NUMBER: _ClassVar[int]
    loss: float
    pg_loss: float
    kl: float
    clipfrac: float
    grad_norm: float
    entropy: float
    lr: float
    num_tokens: int
    ppo_kl: float
    perf: StepPerf
    kl_loss: float
    clipfrac_higher: float
    clipfrac_lower: float
    clipfrac_dual: float
    advantages_mean: float
    advantages_max: float
    advantages_min: float
    def __init__(self, loss: _Optional[float] = ..., pg_loss: _Optional[float] = ..., kl: _Optional[float] = ..., clipfrac: _Optional[float] = ..., grad_norm: _Optional[float] = ..., entropy: _Optional[float] = ..., lr: _Optional[float] = ..., num_tokens: _Optional[int] = ..., ppo_kl: _Optional[float] = ..., perf: _Optional[_Union[StepPerf, _Mapping]] = ..., kl_loss: _Optional[float] = ..., clipfrac_higher: _Optional[float] = ..., clipfrac_lower: _Optional[float] = ..., clipfrac_dual: _Optional[float] = ..., advantages_mean: _Optional[float] = ..., advantages_max: _Optional[float] = ..., advantages_min: _Optional[float] = ...) -> None: ...

class StepPerf(_message.Message):
    __slots__ = ("max_memory_allocated_bytes", "max_memory_reserved_bytes", "cpu_memory_used_bytes", "micro_batches")
    MAX_MEMORY_ALLOCATED_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_MEMORY_RESERVED_BYTES_FIELD_NUMBER: _ClassVar[int]
    CPU_MEMORY_USED_BYTES_FIELD_NUMBER: _ClassVar[int]
    MICRO_BATCHES_FIELD_NUMBER: _ClassVar[int]
    max_memory_allocated_bytes: int
    max_memory_reserved_bytes: int
    cpu_memory_used_bytes: int
    micro_batches: int
    def __init__(self, max_memory_allocated_bytes: _Optional[int] = ..., max_memory_reserved_bytes: _Optional[int] = ..., cpu_memory_used_bytes: _Optional[int] = ..., micro_batches: _Optional[int] = ...) -> None: ...

class SftStepRequest(_message.Message):
    __slots__ = ("batch", "lr", "micro_batch_size", "max_tokens_per_micro_batch")
    BATCH_FIELD_NUMBER: _ClassVar[int]
    LR_FIELD_NUMBER: _ClassVar[int]
    MICRO_BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    MAX_TOKENS_PER_MICRO_BATCH_FIELD_NUMBER: _ClassVar[int]
    batch: SequenceBatch
    lr: float
    micro_batch_size: int
    max_tokens_per_micro_batch: int
    def __init__(self, batch: _Optional[_Union[SequenceBatch, _Mapping]] = ..., lr: _Optional[float] = ..., micro_batch_size: _Optional[int] = ..., max_tokens_per_micro_batch: _Optional[int] = ...) -> None: ...

class SftStepReply(_message.Message):
    __slots__ = ("loss", "grad_norm", "entropy", "lr", "num_tokens", "perf")
    LOSS_FIELD_NUMBER: _ClassVar[int]
    GRAD_NORM_FIELD_NUMBER: _ClassVar[int]
    ENTROPY_FIELD_NUMBER: _ClassVar[int]
    LR_FIELD_NUMBER: _ClassVar[int]
    NUM_TOKENS_FIELD_NUMBER: _ClassVar[int]
    PERF_FIELD_NUMBER: _ClassVar[int]
    loss: float
    grad_norm: float
    entropy: float
    lr: float
    num_tokens: int
    perf: StepPerf
    def __init__(self, loss: _Optional[float] = ..., grad_norm: _Optional[float] = ..., entropy: _Optional[float] = ..., lr: _Optional[float] = ..., num_tokens: _Optional[int] = ..., perf: _Optional[_Union[StepPerf, _Mapping]] = ...) -> None: ...

class TokenizeRequest(_message.Message):
    __slots__ = ("texts", "add_eos")
    TEXTS_FIELD_NUMBER: _ClassVar[int]
    ADD_EOS_FIELD_NUMBER: _ClassVar[int]
    texts: _containers.RepeatedScalarFieldContainer[str]
    add_eos: bool
    def __init__(self, texts: _Optional[_Iterable[str]] = ..., add_eos: bool = ...) -> None: ...

class TokenizeReply(_message.Message):
    __slots__ = ("lengths",)
    LENGTHS_FIELD_NUMBER: _ClassVar[int]
    lengths: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, lengths: _Optional[_Iterable[int]] = ...) -> None: ...

class EncodePromptsRequest(_message.Message):
    __slots__ = ("prompts", "model_path", "min_pixels", "max_pixels", "count_only")
    PROMPTS_FIELD_NUMBER: _ClassVar[int]
    MODEL_PATH_FIELD_NUMBER: _ClassVar[int]
    MIN_PIXELS_FIELD_NUMBER: _ClassVar[int]
    MAX_PIXELS_FIELD_NUMBER: _ClassVar[int]
    COUNT_ONLY_FIELD_NUMBER: _ClassVar[int]
    prompts: _containers.RepeatedCompositeFieldContainer[Prompt]
    model_path: str
    min_pixels: int
    max_pixels: int
    count_only: bool
    def __init__(self, prompts: _Optional[_Iterable[_Union[Prompt, _Mapping]]] = ..., model_path: _Optional[str] = ..., min_pixels: _Optional[int] = ..., max_pixels: _Optional[int] = ..., count_only: bool = ...) -> None: ...

class EncodePromptsReply(_message.Message):
    __slots__ = ("num_tokens", "image_tokens", "video_tokens", "rendered")
    NUM_TOKENS_FIELD_NUMBER: _ClassVar[int]
    IMAGE_TOKENS_FIELD_NUMBER: _ClassVar[int]
    VIDEO_TOKENS_FIELD_NUMBER: _ClassVar[int]
    RENDERED_FIELD_NUMBER: _ClassVar[int]
    num_tokens: _containers.RepeatedScalarFieldContainer[int]
    image_tokens: _containers.RepeatedScalarFieldContainer[int]
    video_tokens: _containers.RepeatedScalarFieldContainer[int]
    rendered: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, num_tokens: _Optional[_Iterable[int]] = ..., image_tokens: _Optional[_Iterable[int]] = ..., video_tokens: _Optional[_Iterable[int]] = ..., rendered: _Optional[_Iterable[str]] = ...) -> None: ...

class CheckImagesRequest(_message.Message):
    __slots__ = ("images",)
    IMAGES_FIELD_NUMBER: _ClassVar[int]
    images: _containers.RepeatedCompositeFieldContainer[ImageRef]
    def __init__(self, images: _Optional[_Iterable[_Union[ImageRef, _Mapping]]] = ...) -> None: ...

class CheckImagesReply(_message.Message):
    __slots__ = ("errors",)
    ERRORS_FIELD_NUMBER: _ClassVar[int]
    errors: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, errors: _Optional[_Iterable[str]] = ...) -> None: ...

class SaveCheckpointRequest(_message.Message):
    __slots__ = ("path", "include_optimizer")
    PATH_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_OPTIMIZER_FIELD_NUMBER: _ClassVar[int]
    path: str
    include_optimizer: bool
    def __init__(self, path: _Optional[str] = ..., include_optimizer: bool = ...) -> None: ...

class SaveCheckpointReply(_message.Message):
    __slots__ = ("path", "bytes_written")
    PATH_FIELD_NUMBER: _ClassVar[int]
    BYTES_WRITTEN_FIELD_NUMBER: _ClassVar[int]
    path: str
    bytes_written: int
    def __init__(self, path: _Optional[str] = ..., bytes_written: _Optional[int] = ...) -> None: ...

class LoadCheckpointRequest(_message.Message):
    __slots__ = ("path",)
    PATH_FIELD_NUMBER: _ClassVar[int]
    path: str
    def __init__(self, path: _Optional[str] = ...) -> None: ...

class LoadCheckpointReply(_message.Message):
    __slots__ = ("optimizer_restored",)
    OPTIMIZER_RESTORED_FIELD_NUMBER: _ClassVar[int]
    optimizer_restored: bool
    def __init__(self, optimizer_restored: bool = ...) -> None: ...

class HealthRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class HealthReply(_message.Message):
    __slots__ = ("device", "model_loaded", "model_path", "memory_allocated_bytes", "max_memory_allocated_bytes", "rss_bytes", "uptime_s")
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    MODEL_LOADED_FIELD_NUMBER: _ClassVar[int]
    MODEL_PATH_FIELD_NUMBER: _ClassVar[int]
    MEMORY_ALLOCATED_BYTES_FIELD_NUMBER: _ClassVar[int]
    MAX_MEMORY_ALLOCATED_BYTES_FIELD_NUMBER: _ClassVar[int]
    RSS_BYTES_FIELD_NUMBER: _ClassVar[int]
    UPTIME_S_FIELD_NUMBER: _ClassVar[int]
    device: str
    model_loaded: bool
    model_path: str
    memory_allocated_bytes: int
    max_memory_allocated_bytes: int
    rss_bytes: int
    uptime_s: float
    def __init__(self, device: _Optional[str] = ..., model_loaded: bool = ..., model_path: _Optional[str] = ..., memory_allocated_bytes: _Optional[int] = ..., max_memory_allocated_bytes: _Optional[int] = ..., rss_bytes: _Optional[int] = ..., uptime_s: _Optional[float] = ...) -> None: ...

class EchoRequest(_message.Message):
    __slots__ = ("return_payloads",)
    RETURN_PAYLOADS_FIELD_NUMBER: _ClassVar[int]
    return_payloads: bool
    def __init__(self, return_payloads: bool = ...) -> None: ...

class EchoReply(_message.Message):
    __slots__ = ("bytes_received",)
    BYTES_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    bytes_received: int
    def __init__(self, bytes_received: _Optional[int] = ...) -> None: ...

class ShutdownRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ShutdownReply(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
