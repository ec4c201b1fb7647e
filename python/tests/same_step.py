"""Two PPO steps that must agree (a speed path against the plain one): the check test_packing,
test_token_logprobs and test_dynamic_batching share."""

import pytest
import torch

from observe_worker.policy import OptimizerSettings

STEP_KEYS = ("loss", "pg_loss", "kl_loss", "clipfrac", "entropy", "ppo_kl", "grad_norm")


def well_conditioned_adamw(lr: float) -> OptimizerSettings:
    """AdamW's first step moves each weight by lr * g / (|g| + eps): with eps 1e-8 a gradient of 1e-8 (an unused
    token's embedding) turns rounding noise into a tenth of lr, as it does between any two layouts. eps 1e-4
    keeps the step a faithful, well-conditioned image of the gradient."""
    return OptimizerSettings(lr=lr, beta1=0.9, beta2=0.95, weight_decay=0.0, max_grad_norm=1.0, eps=1e-4)


def assert_same_step(a: dict, b: dict, model_a, model_b, *, lr: float, weight_tol: float = 1e-4,
                     keys: tuple[str, ...] = STEP_KEYS) -> None:
    """Metrics within 1e-5 relative; every updated weight within weight_tol * lr, plus the float32 rounding
    of the weight itself (a norm weight near 1 rounds to 1.2e-7 steps)."""
    for key in keys:
        assert b[key] == pytest.approx(a[key], rel=1e-5, abs=1e-7), key
    after_a, ulps = model_a.state_dict(), 2 * torch.finfo(torch.float32).eps
    for name, w in model_b.state_dict().items():
        assert ((after_a[name] - w).abs() <= weight_tol * lr + ulps * w.abs()).all(), name
