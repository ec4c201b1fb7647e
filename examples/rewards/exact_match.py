"""Reward plug-ins in EasyR1's convention: fn(list of {response, response_length, ground_truth, ...}) -> list of scores.

Use one in training with worker.reward.reward_function=examples/rewards/exact_match.py:exact_match.
"""

import re


def exact_match(reward_inputs, strip_units=True):
    """1 when the text inside <answer>...</answer> equals the ground truth exactly (after trimming)."""
    scores = []
    for item in reward_inputs:
        found = re.search(r"<answer>(.*?)</answer>", item["response"], re.DOTALL)
        answer = found.group(1).strip() if found else ""
        truth = str(item["ground_truth"]).strip()
        if strip_units:
            answer, truth = answer.rstrip("°"), truth.rstrip("°")
        accuracy = 1.0 if answer == truth else 0.0
        scores.append({"overall": accuracy, "accuracy": accuracy, "has_answer": 1.0 if found else 0.0})
    return scores


def exact_match_buggy(reward_inputs):
    """The same idea with a typical bug: the answer is under "ground_truth", not "answer"."""
    return [{"overall": 1.0 if item["answer"] in item["response"] else 0.0} for item in reward_inputs]
