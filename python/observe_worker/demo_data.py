"""A procedurally generated visual reasoning dataset for the CPU demo.

Every sample is a small rendered picture (PIL) of coloured shapes on a grid of
28x28-pixel cells, one shape per cell, so an image of S x S pixels is exactly
(S/28)^2 vision tokens for Qwen2.5-VL (84x84: 9 tokens) and each token sees one
cell. Questions come in task families of increasing difficulty, each with a
short answer that can be checked exactly (a colour or shape word, a digit, or a
multiple-choice letter):

    family        level  question                                       answer
    color         0.10   What color is the shape? (one large shape)     red / green / blue / yellow
    size          0.20   Is the shape big or small?                     big / small
    color_mc      0.25   What color is it? A. red B. green C. blue ...  A / B / C / D
    fill          0.30   Is the shape solid or hollow?                  solid / hollow
    position      0.40   Where is the shape? A. left B. middle C. right A / B / C
    shape         0.45   What shape is it? (one large shape)            circle / square / triangle
    count3        0.55   How many shapes are there? (1-3)               1..3
    count_color   0.65   How many red shapes are there? (two colours)   1..4
    more          0.75   Are there more red or blue shapes?             a colour word
    count6        0.85   How many shapes are there? (1-6)               1..6
    bigger        0.95   Which shape is bigger? A. circle B. square     A / B

DEFAULT_TASKS, the families written unless --tasks says otherwise, leave out
position, count_color and bigger: the tiny demo model cannot learn them within
the demo's few minutes (its rotary embedding hardly distinguishes image rows and
columns), so they only add noise there; larger models can use them.

`level` is the family's intended difficulty (0 easy .. 1 hard); the ladder
estimates the real difficulty for a given model.

    python -m observe_worker.demo_data OUT_DIR --train 256 --val 128 --sft 512 --seed 0

writes OUT_DIR/images/*.png, OUT_DIR/train.jsonl, OUT_DIR/val.jsonl and
OUT_DIR/sft.jsonl. Each row: {"id", "problem", "answer", "images", "task",
"level"} with image paths relative to the jsonl file; sft.jsonl rows (a separate
set of scenes) add "response", a correct answer in the Observe-R1 format

    <observe>2 red, 1 blue</observe><think>2+1=3</think><answer> 3</answer>

kept short (about 20 tokens) so the tiny model's generation stays fast. The same
arguments always give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

CELL = 28  # pixels per cell = one Qwen2.5-VL vision token (patch 14, spatial merge 2)

COLORS = {
    "red": (220, 40, 40),
    "green": (40, 170, 60),
    "blue": (40, 80, 220),
    "yellow": (235, 200, 30),
}
COLOR_NAMES = list(COLORS)
SHAPES = ["circle", "square", "triangle"]
BACKGROUND = (235, 235, 235)

FORMAT_INSTRUCTION = "Answer in <observe></observe><think></think><answer></answer> format."

# family name -> intended difficulty; the order is the order of difficulty.
TASK_LEVELS = {
    "color": 0.1,
    "size": 0.2,
    "color_mc": 0.25,
    "fill": 0.3,
    "position": 0.4,
    "shape": 0.45,
    "count3": 0.55,
    "count_color": 0.65,
    "more": 0.75,
    "count6": 0.85,
    "bigger": 0.95,
}
TASKS = list(TASK_LEVELS)
DEFAULT_TASKS = ["color", "size", "color_mc", "fill", "shape", "count3", "more", "count6"]


@dataclass
class Item:
    cell: int  # index in the grid, row-major
    shape: str
    color: str
    size: str = "big"  # "big" | "small" (inside its cell) | "full" (the whole picture)
    hollow: bool = False  # outline only


@dataclass
class Sample:
    task: str
    question: str
    answer: str
    response: str
    items: list[Item] = field(default_factory=list)


# ---------------------------------------------------------------- rendering


def render(items: list[Item], image_size: int, rng: random.Random) -> Image.Image:
    """Draw the items, one per grid cell, with a little positional jitter inside the cell."""
    img = Image.new("RGB", (image_size, image_size), BACKGROUND)
    draw = ImageDraw.Draw(img)
    per_row = image_size // CELL
    for it in items:
        if it.size == "full":  # one large shape over the whole picture (the easiest families)
            half = rng.randint(image_size * 3 // 8, image_size * 7 // 16)
            slack = image_size // 2 - half - 1
            cx = image_size // 2 + rng.randint(-slack, slack)
            cy = image_size // 2 + rng.randint(-slack, slack)
        else:
            row, col = divmod(it.cell, per_row)
            half = rng.randint(10, 12) if it.size == "big" else rng.randint(4, 6)
            slack = CELL // 2 - half - 1
            cx = col * CELL + CELL // 2 + rng.randint(-slack, slack)
            cy = row * CELL + CELL // 2 + rng.randint(-slack, slack)
        box = (cx - half, cy - half, cx + half, cy + half)
        color = COLORS[it.color]
        fill, outline, width = (None, color, max(2, half // 6)) if it.hollow else (color, None, 0)
        if it.shape == "circle":
            draw.ellipse(box, fill=fill, outline=outline, width=width)
        elif it.shape == "square":
            draw.rectangle(box, fill=fill, outline=outline, width=width)
        else:
            points = [(cx, cy - half), (cx - half, cy + half), (cx + half, cy + half)]
            if it.hollow:
                draw.line(points + [points[0]], fill=color, width=width, joint="curve")
            else:
                draw.polygon(points, fill=fill)
    return img


# ---------------------------------------------------------------- task families


def _cells(rng: random.Random, image_size: int, k: int) -> list[int]:
    per_row = image_size // CELL
    return sorted(rng.sample(range(per_row * per_row), k))


def _counts_text(items: list[Item]) -> tuple[str, list[int]]:
    """'2 red, 1 blue' (colours in a fixed order) and the counts in that order."""
    counts = [(c, sum(1 for it in items if it.color == c)) for c in COLOR_NAMES]
    counts = [(c, k) for c, k in counts if k]
    return ", ".join(f"{k} {c}" for c, k in counts), [k for _, k in counts]


def _response(observe: str, think: str, answer: str) -> str:
    # " blue" is one token of the tiny model's vocabulary, "blue" three: the space keeps responses short.
    return f"<observe>{observe}</observe><think>{think}</think><answer> {answer}</answer>"


def _single(rng: random.Random, image_size: int) -> list[Item]:
    return [Item(0, rng.choice(SHAPES), rng.choice(COLOR_NAMES), "full")]


def _task_color(rng, image_size):
    items = _single(rng, image_size)
    it = items[0]
    return Sample("color", "What color is the shape?", it.color,
                  _response(f"a {it.color} {it.shape}", f"it is {it.color}", it.color), items)


def _task_shape(rng, image_size):
    items = _single(rng, image_size)
    it = items[0]
    return Sample("shape", "What shape is it?", it.shape,
                  _response(f"a {it.color} {it.shape}", f"it is a {it.shape}", it.shape), items)


def _task_size(rng, image_size):
    big = rng.random() < 0.5
    it = Item(_cells(rng, image_size, 1)[0], rng.choice(SHAPES), rng.choice(COLOR_NAMES), "full" if big else "small")
    word = "big" if big else "small"
    return Sample("size", "Is the shape big or small?", word,
                  _response(f"a {word} {it.color} {it.shape}", f"it is {word}", word), [it])


def _task_color_mc(rng, image_size):
    items = _single(rng, image_size)
    it = items[0]
    letter = "ABCD"[COLOR_NAMES.index(it.color)]
    options = " ".join(f"{'ABCD'[i]}. {c}" for i, c in enumerate(COLOR_NAMES))
    return Sample("color_mc", f"What color is it? {options}", letter,
                  _response(f"a {it.color} {it.shape}", f"{it.color} is {letter}", letter), items)


def _task_fill(rng, image_size):
    items = _single(rng, image_size)
    it = items[0]
    it.hollow = rng.random() < 0.5
    word = "hollow" if it.hollow else "solid"
    return Sample("fill", "Is the shape solid or hollow?", word,
                  _response(f"a {word} {it.color} {it.shape}", f"it is {word}", word), items)


def _columns(image_size: int) -> list[str]:
    return ["left", "right"] if image_size // CELL == 2 else ["left", "middle", "right"]


def _task_position(rng, image_size):
    per_row = image_size // CELL
    names = _columns(image_size)
    it = Item(_cells(rng, image_size, 1)[0], rng.choice(SHAPES), rng.choice(COLOR_NAMES))
    where = names[(it.cell % per_row) * len(names) // per_row]
    letter = "ABC"[names.index(where)]
    options = " ".join(f"{'ABC'[i]}. {n}" for i, n in enumerate(names))
    return Sample("position", f"Where is the shape? {options}", letter,
                  _response(f"a {it.color} {it.shape} {'in' if where == 'middle' else 'on'} the {where}",
                            f"{where} is {letter}", letter), [it])


def _count(rng, image_size, task, lo, hi):
    k = rng.randint(lo, hi)
    items = [Item(c, rng.choice(SHAPES), rng.choice(COLOR_NAMES)) for c in _cells(rng, image_size, k)]
    text, counts = _counts_text(items)
    think = "+".join(str(x) for x in counts) + f"={k}"
    return Sample(task, "How many shapes are there?", str(k), _response(text, think, str(k)), items)


def _task_count3(rng, image_size):
    return _count(rng, image_size, "count3", 1, 3)


def _task_count6(rng, image_size):
    cells = (image_size // CELL) ** 2
    return _count(rng, image_size, "count6", 1, min(6, cells))


def _two_colors(rng, image_size, total_lo, total_hi, distinct):
    a, b = rng.sample(COLOR_NAMES, 2)
    while True:
        total = rng.randint(total_lo, total_hi)
        na = rng.randint(1, total - 1)
        nb = total - na
        if not distinct or na != nb:
            break
    colors = [a] * na + [b] * nb
    rng.shuffle(colors)
    items = [Item(c, rng.choice(SHAPES), col) for c, col in zip(_cells(rng, image_size, total), colors)]
    return a, b, na, nb, items


def _task_count_color(rng, image_size):
    cells = (image_size // CELL) ** 2
    a, b, na, nb, items = _two_colors(rng, image_size, 2, min(5, cells), distinct=False)
    ask, n = (a, na) if rng.random() < 0.5 else (b, nb)
    text, _ = _counts_text(items)
    return Sample("count_color", f"How many {ask} shapes are there?", str(n),
                  _response(text, f"{ask} is {n}", str(n)), items)


def _task_more(rng, image_size):
    cells = (image_size // CELL) ** 2
    a, b, na, nb, items = _two_colors(rng, image_size, 3, min(7, cells), distinct=True)
    first, second = sorted([a, b], key=COLOR_NAMES.index)
    if rng.random() < 0.5:
        first, second = second, first
    winner = a if na > nb else b
    big, small = max(na, nb), min(na, nb)
    text, _ = _counts_text(items)
    return Sample("more", f"Are there more {first} or {second} shapes?", winner,
                  _response(text, f"{big}>{small}", winner), items)


def _task_bigger(rng, image_size):
    s1, s2 = rng.sample(SHAPES, 2)
    big_first = rng.random() < 0.5
    c1, c2 = _cells(rng, image_size, 2)
    if rng.random() < 0.5:
        c1, c2 = c2, c1
    col1, col2 = rng.choice(COLOR_NAMES), rng.choice(COLOR_NAMES)
    items = [Item(c1, s1, col1, "big" if big_first else "small"), Item(c2, s2, col2, "small" if big_first else "big")]
    letter = "A" if big_first else "B"
    observe = f"big {s1}, small {s2}" if big_first else f"small {s1}, big {s2}"
    return Sample("bigger", f"Which shape is bigger? A. {s1} B. {s2}", letter,
                  _response(observe, f"{letter} is big", letter), items)


_FAMILIES = {
    "color": _task_color,
    "size": _task_size,
    "color_mc": _task_color_mc,
    "fill": _task_fill,
    "position": _task_position,
    "shape": _task_shape,
    "count3": _task_count3,
    "count_color": _task_count_color,
    "more": _task_more,
    "count6": _task_count6,
    "bigger": _task_bigger,
}


def make_sample(rng: random.Random, task: str, image_size: int = 84) -> tuple[Sample, Image.Image]:
    """One sample of a family and its rendered image."""
    if task not in _FAMILIES:
        raise ValueError(f"unknown task {task!r}; use one of {', '.join(TASKS)}")
    sample = _FAMILIES[task](rng, image_size)
    return sample, render(sample.items, image_size, rng)


# ---------------------------------------------------------------- writing


def _split(out_dir: str, name: str, count: int, seed: int, tasks: list[str], image_size: int,
           with_response: bool) -> list[dict]:
    # Each split draws from its own stream, so changing one split's size leaves the others unchanged.
    rng = random.Random(f"observe-demo/{seed}/{name}")
    order = [tasks[i % len(tasks)] for i in range(count)]
    rng.shuffle(order)
    rows = []
    for i, task in enumerate(order):
        sample, image = make_sample(rng, task, image_size)
        sid = f"{name}-{i:05d}"
        rel = f"images/{sid}.png"
        image.save(os.path.join(out_dir, rel), format="PNG", optimize=False)
        row = {
            "id": sid,
            "problem": f"{sample.question} {FORMAT_INSTRUCTION}",
            "answer": sample.answer,
            "images": [rel],
            "task": task,
            "level": TASK_LEVELS[task],
        }
        if with_response:
            row["response"] = sample.response
        rows.append(row)
    with open(os.path.join(out_dir, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def generate_dataset(
    out_dir: str,
    *,
    train: int = 256,
    val: int = 128,
    sft: int = 512,
    seed: int = 0,
    image_size: int = 84,
    tasks: list[str] | None = None,
) -> dict:
    """Write the dataset into out_dir; returns a summary (counts per split and family)."""
    tasks = list(tasks or DEFAULT_TASKS)
    for t in tasks:
        if t not in _FAMILIES:
            raise ValueError(f"unknown task {t!r}; use one of {', '.join(TASKS)}")
    if image_size < 2 * CELL or image_size % CELL:
        raise ValueError(f"image size {image_size}: use a multiple of {CELL} of at least {2 * CELL}")
    for name, n in (("train", train), ("val", val), ("sft", sft)):
        if n < 0:
            raise ValueError(f"--{name} must be >= 0, got {n}")
    os.makedirs(os.path.join(out_dir, "images"), exist_ok=True)
    summary = {"seed": seed, "image_size": image_size, "image_tokens": (image_size // CELL) ** 2, "splits": {}}
    for name, n, resp in (("train", train, False), ("val", val, False), ("sft", sft, True)):
        rows = _split(out_dir, name, n, seed, tasks, image_size, resp)
        per_task: dict[str, int] = {}
        for r in rows:
            per_task[r["task"]] = per_task.get(r["task"], 0) + 1
        summary["splits"][name] = {"count": len(rows), "tasks": per_task}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m observe_worker.demo_data",
        description="Write the demo's procedurally generated visual reasoning dataset (images + jsonl).",
    )
    parser.add_argument("out_dir", help="directory to write (created if missing)")
    parser.add_argument("--train", type=int, default=256, help="training questions (default 256)")
    parser.add_argument("--val", type=int, default=128, help="held-out questions (default 128)")
    parser.add_argument("--sft", type=int, default=512, help="warm-up samples with responses (default 512)")
    parser.add_argument("--seed", type=int, default=0, help="seed (default 0)")
    parser.add_argument("--image-size", type=int, default=84, help="image side in pixels, a multiple of 28 (default 84)")
    parser.add_argument("--tasks", default=",".join(DEFAULT_TASKS),
                        help=f"comma-separated families from {','.join(TASKS)}, or 'all' (default {','.join(DEFAULT_TASKS)})")
    args = parser.parse_args(argv)
    tasks = TASKS if args.tasks.strip() == "all" else [t.strip() for t in args.tasks.split(",") if t.strip()]
    try:
        summary = generate_dataset(args.out_dir, train=args.train, val=args.val, sft=args.sft, seed=args.seed,
                                   image_size=args.image_size, tasks=tasks)
    except ValueError as exc:
        parser.error(str(exc))
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
