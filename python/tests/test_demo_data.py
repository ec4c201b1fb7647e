"""The demo dataset: files and fields, determinism, verifiable answers that match the pictures."""

import hashlib
import json
import os
import random
import re

import numpy as np
import pytest
from PIL import Image

from observe_worker.demo_data import (
    BACKGROUND,
    CELL,
    COLORS,
    DEFAULT_TASKS,
    FORMAT_INSTRUCTION,
    TASK_LEVELS,
    TASKS,
    generate_dataset,
    main,
    make_sample,
)

FORMAT = re.compile(r"^<observe>.+?</observe><think>.+?</think><answer>(.+?)</answer>$", re.S)
TAGS = ["<observe>", "</observe>", "<think>", "</think>", "<answer>", "</answer>"]
ANSWERS = {
    "color": set(COLORS),
    "color_mc": set("ABCD"),
    "size": {"big", "small"},
    "fill": {"solid", "hollow"},
    "position": set("ABC"),
    "shape": {"circle", "square", "triangle"},
    "count3": {"1", "2", "3"},
    "count_color": {"1", "2", "3", "4"},
    "more": set(COLORS),
    "count6": {str(i) for i in range(1, 7)},
    "bigger": {"A", "B"},
}


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def digest_dir(path):
    h = hashlib.sha256()
    for root, _, files in sorted(os.walk(path)):
        for name in sorted(files):
            p = os.path.join(root, name)
            h.update(os.path.relpath(p, path).encode())
            h.update(open(p, "rb").read())
    return h.hexdigest()


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo-data")
    summary = generate_dataset(str(out), train=40, val=20, sft=30, seed=3, tasks=TASKS)
    return out, summary


def test_files_and_fields(dataset):
    out, summary = dataset
    assert summary["image_tokens"] == 9
    for split, count in (("train", 40), ("val", 20), ("sft", 30)):
        rows = read_jsonl(out / f"{split}.jsonl")
        assert len(rows) == count == summary["splits"][split]["count"]
        for row in rows:
            keys = {"id", "problem", "answer", "images", "task", "level"} | ({"response"} if split == "sft" else set())
            assert set(row) == keys
            assert row["id"].startswith(split + "-")
            assert row["task"] in TASKS and row["level"] == TASK_LEVELS[row["task"]]
            assert 0 <= row["level"] <= 1
            assert row["problem"].endswith(FORMAT_INSTRUCTION)
            assert row["answer"] in ANSWERS[row["task"]], row
            assert len(row["images"]) == 1
            with Image.open(out / row["images"][0]) as img:  # relative to the jsonl file
                assert img.format == "PNG" and img.mode == "RGB" and img.size == (84, 84)
    ids = [r["id"] for s in ("train", "val", "sft") for r in read_jsonl(out / f"{s}.jsonl")]
    assert len(set(ids)) == len(ids)


def test_every_family_appears(dataset):
    out, _ = dataset
    seen = {r["task"] for r in read_jsonl(out / "train.jsonl")}
    assert seen == set(TASKS)


def test_sft_responses_are_correct_and_in_format(dataset):
    out, _ = dataset
    for row in read_jsonl(out / "sft.jsonl"):
        text = row["response"]
        m = FORMAT.match(text)
        assert m, text
        assert all(text.count(t) == 1 for t in TAGS)
        assert m.group(1).strip() == row["answer"]
        assert len(text) < 100  # short, so generation on CPU stays fast


def test_deterministic_for_a_seed(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate_dataset(str(a), train=12, val=6, sft=6, seed=5)
    generate_dataset(str(b), train=12, val=6, sft=6, seed=5)
    generate_dataset(str(c), train=12, val=6, sft=6, seed=6)
    assert digest_dir(a) == digest_dir(b)
    assert digest_dir(a) != digest_dir(c)


def test_splits_do_not_depend_on_each_others_size(tmp_path):
    generate_dataset(str(tmp_path / "small"), train=4, val=6, sft=2, seed=1)
    generate_dataset(str(tmp_path / "large"), train=30, val=6, sft=9, seed=1)
    assert (tmp_path / "small" / "val.jsonl").read_bytes() == (tmp_path / "large" / "val.jsonl").read_bytes()


def _pixels(img):
    return np.asarray(img).reshape(-1, 3)


def _color_counts(img):
    px = _pixels(img)
    return {name: int(np.all(px == rgb, axis=1).sum()) for name, rgb in COLORS.items()}


def _occupied_cells(img):
    arr = np.asarray(img)
    n = arr.shape[0] // CELL
    occupied = []
    for r in range(n):
        for c in range(n):
            block = arr[r * CELL:(r + 1) * CELL, c * CELL:(c + 1) * CELL].reshape(-1, 3)
            occupied.append(bool(np.any(np.any(block != BACKGROUND, axis=1))))
    return occupied


@pytest.mark.parametrize("seed", range(20))
def test_answers_match_the_pictures(seed):
    rng = random.Random(seed)
    for task in TASKS:
        sample, img = make_sample(rng, task, 84)
        counts = _color_counts(img)
        drawn = {c for c, k in counts.items() if k}
        if task in ("color", "color_mc", "shape", "size", "fill"):
            assert len(drawn) == 1
            color = drawn.pop()
            if task == "color":
                assert sample.answer == color
            if task == "color_mc":
                assert sample.answer == "ABCD"[list(COLORS).index(color)]
            if task == "size":
                assert (counts[color] > 600) == (sample.answer == "big")
            if task == "fill":
                # the middle of an outline is background, the middle of a solid shape is not
                arr = np.asarray(img)
                ys, xs = np.nonzero(np.all(arr == COLORS[color], axis=2))
                centre = arr[int(ys.mean()), int(xs.mean())]
                assert tuple(centre) == (BACKGROUND if sample.answer == "hollow" else COLORS[color])
        elif task in ("count3", "count6"):
            assert sum(_occupied_cells(img)) == int(sample.answer)
        elif task == "count_color":
            asked = re.search(r"How many (\w+) shapes", sample.question).group(1)
            assert asked in drawn
            assert len(sample.items) == sum(_occupied_cells(img))
            assert sum(it.color == asked for it in sample.items) == int(sample.answer)
        elif task == "more":
            a, b = re.search(r"more (\w+) or (\w+) shapes", sample.question).groups()
            na = sum(it.color == a for it in sample.items)
            nb = sum(it.color == b for it in sample.items)
            assert na != nb and sample.answer == (a if na > nb else b)
            assert drawn == {a, b}
        elif task == "position":
            cols = [i % 3 for i, occ in enumerate(_occupied_cells(img)) if occ]
            assert len(cols) == 1 and sample.answer == "ABC"[cols[0]]
        elif task == "bigger":
            big = [it for it in sample.items if it.size == "big"]
            assert len(big) == 1 and len(sample.items) == 2
            assert sample.answer == ("A" if sample.items[0].size == "big" else "B")


def test_image_size_sets_the_vision_token_count(tmp_path):
    summary = generate_dataset(str(tmp_path), train=6, val=0, sft=0, seed=0, image_size=56, tasks=["count6", "color"])
    assert summary["image_tokens"] == 4
    for row in read_jsonl(tmp_path / "train.jsonl"):
        with Image.open(tmp_path / row["images"][0]) as img:
            assert img.size == (56, 56)
        if row["task"] == "count6":
            assert 1 <= int(row["answer"]) <= 4  # no more shapes than cells


def test_cli(tmp_path, capsys):
    assert main([str(tmp_path / "d"), "--train", "3", "--val", "2", "--sft", "1", "--seed", "2"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["splits"]["train"]["count"] == 3
    assert {r["task"] for r in read_jsonl(tmp_path / "d" / "train.jsonl")} <= set(DEFAULT_TASKS)
    with pytest.raises(SystemExit):
        main([str(tmp_path / "e"), "--tasks", "colour"])
    with pytest.raises(SystemExit):
        main([str(tmp_path / "e"), "--image-size", "60"])
