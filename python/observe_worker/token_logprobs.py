"""Log-probs of given tokens straight from the last hidden states, a few rows at a time.

Scoring needs, at each response position, log p(target) (and the entropy as a metric)
under logits = LM head(hidden), banned tokens masked, divided by the temperature.
Done on the whole batch at once, that is a [tokens, vocab] float32 tensor written and
read 6-8 times forward and as many backward (0.6 GB per 1,000 tokens at a 152k
vocabulary). Here the head, mask, temperature and softmax run on CHUNK_ROWS rows at a
time, and the backward recomputes each chunk's logits instead of keeping them (unless
the probabilities are small enough to keep): the same numbers up to float summation
order, and no full-vocabulary tensor.

The recompute-in-backward scheme follows verl's FusedLinearForPPO
(verl/utils/experimental/torch_functional.py); unlike it, the entropy here is a metric
and gets no gradient, and banned tokens are masked as in the plain path.
"""

from __future__ import annotations

import torch

# Rows per chunk: verl's default chunk_size. At a 152k vocabulary a chunk is 0.3 GB of float32 and its
# head matmul stays efficient.
CHUNK_ROWS = 512
# A training pass keeps its probabilities for the backward, instead of recomputing the head there, up to
# this size: 64 MiB of float32, so a tiny model's whole micro-batch but only 110 positions at a 152k
# vocabulary. Head forward + backward at 992 x 3,020 (CPU, 2 threads): 11.5 ms kept, 15 ms recomputed,
# 13-22 ms unchunked.
KEEP_PROBS_ELEMENTS = 1 << 24


def lm_head_logprobs(
    lm_head: torch.nn.Module, hidden: torch.Tensor, targets: torch.Tensor, *, banned: torch.Tensor,
    temperature: float, with_entropy: bool,
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """(log-probs [N] float32, entropies [N] float32 without gradient, or None) of `targets` after `hidden` [N, H].

    A plain bias-free Linear head (every supported family's) takes the chunked path; any other
    head (a LoRA-wrapped one, say) is called as a module, so its own forward runs.
    """
    banned = banned.to(hidden.device)
    if type(lm_head) is torch.nn.Linear and lm_head.bias is None:
        logp, entropy = _ChunkedHeadLogProbs.apply(
            hidden, lm_head.weight, targets, banned, float(temperature), with_entropy, CHUNK_ROWS,
        )
        return logp, entropy if with_entropy else None
    return plain_logprobs(lm_head(hidden), targets, banned=banned, temperature=temperature, with_entropy=with_entropy)


def plain_logprobs(
    logits: torch.Tensor, targets: torch.Tensor, *, banned: torch.Tensor, temperature: float, with_entropy: bool,
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """The same from full logits [N, V]: the definition the chunked path must match."""
    logp_all = torch.log_softmax(scaled_logits(logits, banned, temperature), dim=-1)
    logp = logp_all.gather(-1, targets[:, None]).squeeze(-1)
    entropy = None
    if with_entropy:
        with torch.no_grad():
            entropy = -(logp_all.exp() * logp_all).sum(-1)
    return logp, entropy


def scaled_logits(logits: torch.Tensor, banned: torch.Tensor, temperature: float) -> torch.Tensor:
    """The distribution's logits, for scoring and sampling alike: float32, banned tokens at -1e9 (finite:
    entropy sums p * log p, and 0 * -inf is nan), divided by the temperature.

    `.float()` copies lower-precision logits; float32 ones are a fresh head output, safe to change in place
    (a linear layer keeps its input and weight for the backward, not its output).
    """
    out = logits.float().index_fill_(-1, banned, -1e9)
    return out if temperature == 1.0 else out.div_(temperature)


class _ChunkedHeadLogProbs(torch.autograd.Function):
    @staticmethod
    def forward(ctx, hidden, weight, targets, banned, temperature, with_entropy, rows):
        # The head runs under whatever autocast the caller set; the backward recomputes under the same.
        device_type = hidden.device.type
        ctx.autocast = (device_type, torch.is_autocast_enabled(device_type), torch.get_autocast_dtype(device_type))
        n = hidden.shape[0]
        kept = [] if any(ctx.needs_input_grad[:2]) and n * weight.shape[0] <= KEEP_PROBS_ELEMENTS else None
        logp = torch.empty(n, dtype=torch.float32, device=hidden.device)
        entropy = torch.empty(n if with_entropy else 0, dtype=torch.float32, device=hidden.device)
        for s in range(0, n, rows):
            e = min(s + rows, n)
            logp_all = torch.log_softmax(scaled_logits(hidden[s:e] @ weight.t(), banned, temperature), dim=-1)
            logp[s:e] = logp_all.gather(-1, targets[s:e, None]).squeeze(-1)
            if with_entropy or kept is not None:
                probs = logp_all.exp()
                if with_entropy:
                    entropy[s:e] = torch.linalg.vecdot(probs, logp_all).neg_()
                if kept is not None:
                    kept.append(probs)
        ctx.save_for_backward(hidden, weight, targets, banned)
        ctx.temperature, ctx.rows, ctx.kept = temperature, rows, kept
        ctx.mark_non_differentiable(entropy)
        return logp, entropy

    @staticmethod
    def backward(ctx, grad_logp, _grad_entropy):
        # d logp[t] / d z = onehot(t) - softmax(z), z the scaled logits, so with g the incoming gradient
        # (over the temperature): d hidden = g * (W[t] - p @ W) and d W = scatter(t, g * h) - p^T @ (g * h).
        # Two matmuls over the probabilities and no [rows, vocab] gradient tensor. A banned column's logit
        # is a constant: its probability is exactly 0, and a banned target gets no onehot term.
        hidden, weight, targets, banned = ctx.saved_tensors
        need_hidden, need_weight = ctx.needs_input_grad[0], ctx.needs_input_grad[1]
        grad_hidden = torch.empty_like(hidden) if need_hidden else None
        grad_weight = torch.zeros(weight.shape, dtype=torch.float32, device=weight.device) if need_weight else None
        device_type, enabled, dtype = ctx.autocast
        n = hidden.shape[0]
        with torch.autocast(device_type, dtype=dtype, enabled=enabled):
            for k, s in enumerate(range(0, n, ctx.rows)):
                e = min(s + ctx.rows, n)
                h, t = hidden[s:e], targets[s:e]
                probs = ctx.kept[k] if ctx.kept is not None else \
                    torch.softmax(scaled_logits(h @ weight.t(), banned, ctx.temperature), dim=-1)
                probs = probs.to(dtype if enabled else weight.dtype)  # once for both matmuls, not once per call
                g = (grad_logp[s:e, None].float() / ctx.temperature).to(hidden.dtype)
                g_target = g * ~torch.isin(t, banned)[:, None]
                if need_hidden:
                    grad_hidden[s:e] = weight[t] * g_target - (probs @ weight) * g
                if need_weight:
                    grad_weight.index_add_(0, t, (h * g_target).float())
                    grad_weight -= probs.t() @ (h * g)
        grad_weight = grad_weight.to(weight.dtype) if need_weight else None
        return grad_hidden, grad_weight, None, None, None, None, None
