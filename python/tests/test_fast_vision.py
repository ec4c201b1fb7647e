"""fast_vision.py against transformers' Qwen2.5-VL vision tower: the same features and gradients for images of
one size, of several sizes (partial windows, segments of several lengths) and videos, and transformers' own
forward where the fast one does not apply."""

import pytest
import torch
from transformers.models.qwen2_5_vl.modeling_qwen2_5_vl import Qwen2_5_VisionTransformerPretrainedModel as Tower

from observe_worker import families, fast_vision
from observe_worker.policy import Policy
from recipe import adamw

# [t, h, w] patch grids. The tiny tower's windows are 4 x 4 merged tokens (8 x 8 patches).
GRIDS = {
    "one size": [[1, 6, 6]] * 4,
    "several sizes": [[1, 6, 6], [1, 10, 14], [1, 18, 20], [1, 8, 8]],
    "with a video": [[2, 4, 8], [1, 6, 6], [3, 10, 6]],
}


def tower_inputs(tower, grids, seed=0):
    grid = torch.tensor(grids)
    patch = tower.patch_embed
    width = patch.in_channels * patch.temporal_patch_size * patch.patch_size ** 2
    pixels = torch.randn(int(grid.prod(-1).sum()), width, generator=torch.Generator().manual_seed(seed))
    return pixels, grid


def both(tower, pixels, grid):
    """(fast, transformers) forward outputs of the same tower."""
    ours = tower(pixels, grid_thw=grid)
    theirs = Tower.forward(tower, pixels, grid_thw=grid)
    return ours, theirs


@pytest.fixture(scope="module")
def tower(tiny_model_dir):
    return Policy.load(tiny_model_dir, optimizer=adamw(1e-3), seed=0).model.model.visual


@pytest.mark.parametrize("model_type", sorted(families.FAMILIES))
def test_only_qwen2_5_vl_towers_are_switched_and_names_stay(tiny_family_dir, model_type):
    model = Policy.load(tiny_family_dir(model_type), seed=0).model
    switched = [name for name, m in model.named_modules() if isinstance(m, fast_vision._fast_class())]
    assert switched == (["model.visual"] if model_type == "qwen2_5_vl" else [])
    fresh = families.FAMILIES[model_type].model_cls().from_pretrained(tiny_family_dir(model_type))
    assert model.state_dict().keys() == fresh.state_dict().keys()


@pytest.mark.parametrize("case", sorted(GRIDS))
def test_features_and_gradients_match_transformers(tower, case):
    pixels, grid = tower_inputs(tower, GRIDS[case])
    with torch.no_grad():
        ours, theirs = both(tower, pixels, grid)
    assert ours.pooler_output.shape == theirs.pooler_output.shape == (int(grid.prod(-1).sum()) // 4, 64)
    torch.testing.assert_close(ours.pooler_output, theirs.pooler_output, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(ours.last_hidden_state, theirs.last_hidden_state, rtol=1e-6, atol=1e-6)

    grads = []
    for forward in (tower, lambda p, grid_thw: Tower.forward(tower, p, grid_thw=grid_thw)):
        tower.zero_grad(set_to_none=True)
        weights = torch.linspace(-1, 1, ours.pooler_output.numel()).view_as(ours.pooler_output)
        source = pixels.clone().requires_grad_()
        (forward(source, grid_thw=grid).pooler_output * weights).sum().backward()
        grads.append([source.grad] + [p.grad.clone() for p in tower.parameters()])
    for a, b in zip(*grads):
        torch.testing.assert_close(a, b, rtol=1e-5, atol=1e-7)


def test_bfloat16_matches_transformers_exactly(tiny_model_dir, tower):
    """Under autocast (fp32 weights) and with bf16 weights: the same ops in the same order, so the same bits."""
    pixels, grid = tower_inputs(tower, GRIDS["several sizes"])
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
        ours, theirs = both(tower, pixels, grid)
    assert ours.pooler_output.dtype == theirs.pooler_output.dtype == torch.bfloat16
    assert torch.equal(ours.pooler_output, theirs.pooler_output)
    bf16 = Policy.load(tiny_model_dir, seed=0, dtype="bfloat16").model.model.visual
    with torch.no_grad():
        ours, theirs = both(bf16, pixels.bfloat16(), grid)
    assert ours.pooler_output.dtype == torch.bfloat16
    assert torch.equal(ours.pooler_output, theirs.pooler_output)


def test_the_layout_matches_transformers_helpers():
    vision_utils = pytest.importorskip("transformers.vision_utils")
    for t, h, w in [[1, 6, 6], [1, 18, 20], [3, 10, 6], [1, 32, 32], [2, 2, 30]]:
        grid = torch.tensor([[t, h, w]])
        ours = fast_vision.layout(t, h, w, merge=2, window=4)
        index, cu_windows = vision_utils.get_vision_window_index(grid, spatial_merge_size=2, window_size=112,
                                                                 patch_size=14)
        assert torch.equal(torch.argsort(ours.merged_back), index)
        assert list(ours.windows) == torch.diff(cu_windows).tolist()
        positions = vision_utils.get_vision_position_ids(grid, 2)
        assert torch.equal(ours.positions, positions[ours.order])
        assert sorted(ours.order.tolist()) == list(range(t * h * w))


def test_transformers_forward_runs_when_the_fast_one_would_differ(tiny_model_dir, tower, monkeypatch):
    calls = []
    real = fast_vision._segmented_attention
    monkeypatch.setattr(fast_vision, "_segmented_attention", lambda *a: calls.append(1) or real(*a))
    pixels, grid = tower_inputs(tower, GRIDS["one size"])
    with torch.no_grad():
        tower(pixels, grid_thw=grid)
        assert len(calls) == len(tower.blocks)
        calls.clear()
        tower(pixels, grid_thw=grid, output_attentions=True)  # asks for what only transformers' forward records
    assert not calls

    policy = Policy.load(tiny_model_dir, optimizer=adamw(1e-3), seed=0, gradient_checkpointing=True)
    checkpointed = policy.model.model.visual
    checkpointed.train()
    out = checkpointed(pixels, grid_thw=grid).pooler_output
    assert not calls
    with torch.no_grad():
        torch.testing.assert_close(checkpointed(pixels, grid_thw=grid).pooler_output, out)
    assert len(calls) == len(tower.blocks)  # without gradients there is nothing to checkpoint


def test_processor_output_for_photo_sized_images_matches_transformers(tiny_model_dir, tower):
    """Images as the processor patches them at sizes real datasets have (448x336, 640x480, 224x896): many full
    windows plus partial ones at the right and bottom edges, three image sizes in one call."""
    from conftest import draw_image

    processor = Policy.load(tiny_model_dir, seed=0).processor
    images = [draw_image(448, 336), draw_image(640, 480, "green"), draw_image(224, 896, "yellow")]
    out = processor.image_processor(images=images, return_tensors="pt")
    grid = out["image_grid_thw"]
    assert len({tuple(g) for g in grid.tolist()}) == 3 and int(grid.prod(-1).sum()) > 2000
    with torch.no_grad():
        ours, theirs = both(tower, out["pixel_values"], grid)
    torch.testing.assert_close(ours.pooler_output, theirs.pooler_output, rtol=1e-6, atol=1e-6)
