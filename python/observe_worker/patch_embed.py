"""Vision patch embeddings as matmuls.

The Qwen-VL vision towers embed patches with an nn.Conv3d whose kernel is the whole patch (kernel ==
stride, no padding), fed one patch per row ([patches, channels, t, h, w]). Each output is then one dot
product of a patch with the kernel, a plain matmul, but the convolution kernels handle the shape badly:
on CPU (2 threads), 144 patches take 0.47 ms forward and 2.88 ms forward+backward as a convolution,
0.10 and 0.63 ms as a matmul; on GPUs PyTorch 2.9+ dropped
cuDNN for 3-D convolutions (pytorch#166122; transformers#45750 measured Qwen3-VL's patch embed 50,000x
slower than nn.Linear on Blackwell in bf16). vLLM computes these layers as matmuls for the same reason
(Conv3dLayer._forward_mulmat, vllm/model_executor/layers/conv.py).

`as_matmuls` switches such modules to MatmulConv3d in place: same parameters (names, shapes, storage),
so checkpoints, optimizer state and weight sync are untouched.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


class MatmulConv3d(torch.nn.Conv3d):
    """A Conv3d whose kernel tiles its input exactly, computed as a matmul when each input is one patch."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.dim() != 5 or tuple(x.shape[2:]) != self.kernel_size:
            return super().forward(x)
        out = F.linear(x.reshape(len(x), -1), self.weight.view(self.out_channels, -1), self.bias)
        return out.view(len(x), self.out_channels, 1, 1, 1)


def as_matmuls(model: torch.nn.Module) -> int:
    """Switch every patch-tiling Conv3d of `model` to MatmulConv3d; the number switched."""
    switched = 0
    for module in model.modules():
        if type(module) is torch.nn.Conv3d and module.kernel_size == module.stride and module.groups == 1 \
                and not any(module.padding) and module.dilation == (1, 1, 1) and module.padding_mode == "zeros":
            module.__class__ = MatmulConv3d
            switched += 1
    return switched
