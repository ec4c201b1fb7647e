"""What a rollout engine returns: completions with their sampled-token log-probs (HF and vLLM alike)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


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

