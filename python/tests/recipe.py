"""The recipe's AdamW settings for tests. Runs get them from the controller's config schema
(worker.actor.optim), the one place defaults live; the worker takes none of its own."""

from observe_worker.policy import OptimizerSettings


def adamw(lr: float) -> OptimizerSettings:
    return OptimizerSettings(lr=lr, beta1=0.9, beta2=0.95, weight_decay=0.0, max_grad_norm=1.0, eps=1e-8)
