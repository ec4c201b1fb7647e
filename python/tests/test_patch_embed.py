"""patch_embed.py: the vision towers' patch embeddings as matmuls give what their Conv3d gives."""

import pytest
import torch

from observe_worker import families, patch_embed
from observe_worker.policy import Policy


@pytest.mark.parametrize("model_type", sorted(families.FAMILIES))
def test_loaded_models_embed_patches_with_a_matmul(tiny_family_dir, model_type):
    """Every Qwen tower's patch embed is switched, nothing else is, and the checkpoint's names stay."""
    model = Policy.load(tiny_family_dir(model_type), seed=0).model
    switched = [name for name, m in model.named_modules() if type(m) is patch_embed.MatmulConv3d]
    plain = [name for name, m in model.named_modules() if type(m) is torch.nn.Conv3d]
    assert not plain
    assert switched == ([] if model_type == "internvl" else ["model.visual.patch_embed.proj"])
    fresh = families.FAMILIES[model_type].model_cls().from_pretrained(tiny_family_dir(model_type))
    assert model.state_dict().keys() == fresh.state_dict().keys()


@pytest.mark.parametrize("bias", [False, True])  # Qwen2/2.5-VL: no bias; Qwen3-VL: bias
def test_the_matmul_matches_the_convolution_forward_and_backward(bias):
    torch.manual_seed(0)
    conv = torch.nn.Conv3d(3, 32, (2, 14, 14), stride=(2, 14, 14), bias=bias)
    matmul = torch.nn.Conv3d(3, 32, (2, 14, 14), stride=(2, 14, 14), bias=bias)
    matmul.load_state_dict(conv.state_dict())
    assert patch_embed.as_matmuls(matmul) == 1 and type(matmul) is patch_embed.MatmulConv3d
    patches = torch.randn(50, 3, 2, 14, 14)
    ours, theirs = matmul(patches), conv(patches)
    assert ours.shape == theirs.shape == (50, 32, 1, 1, 1)
    assert torch.allclose(ours, theirs, rtol=1e-5, atol=1e-5)
    (ours ** 2).sum().backward()
    (theirs ** 2).sum().backward()
    for a, b in zip(matmul.parameters(), conv.parameters()):
        assert torch.allclose(a.grad, b.grad, rtol=1e-4, atol=1e-4)
    # an input that is not one patch per row takes the convolution itself
    frames = torch.randn(2, 3, 4, 28, 28)
    assert torch.allclose(matmul(frames), conv(frames), rtol=1e-5, atol=1e-5)


def test_other_convolutions_are_left_alone():
    overlapping = torch.nn.Conv3d(3, 8, 3, stride=1)
    padded = torch.nn.Conv3d(3, 8, 2, stride=2, padding=1)
    grouped = torch.nn.Conv3d(4, 8, 2, stride=2, groups=2)
    assert patch_embed.as_matmuls(torch.nn.Sequential(overlapping, padded, grouped)) == 0
    assert all(type(m) is torch.nn.Conv3d for m in (overlapping, padded, grouped))
