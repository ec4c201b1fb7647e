"""Runs Python's math_verify on verifier cases for `bench/verifier.ts`: reads a JSON list of
{gold, prediction} on stdin, writes a JSON list of {correct, ms} to stdout (one entry per case).
Bare strings are wrapped in $...$ so math_verify's LaTeX extraction sees them as math."""
import json
import sys
import time

from math_verify import parse, parser, verify

# math_verify memoises parsed strings; each timed run starts cold, as ours does (a fresh
# verifier per run). Its compiled-regex caches stay warm, like our module-level regexes.
RESULT_CACHES = [parser.parse_latex_cached, parser.parse_expr_cached, parser.extract_latex]


def wrap(s: str) -> str:
    return s if ("$" in s or "\\(" in s or "\\[" in s or "\\boxed" in s) else f"${s}$"


def main() -> None:
    cases = json.load(sys.stdin)
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    out = []
    for case in cases:
        times = []
        correct = False
        for _ in range(repeats):
            for cache in RESULT_CACHES:
                cache.cache_clear()
            t0 = time.perf_counter()
            try:
                correct = bool(verify(parse(wrap(case["gold"])), parse(wrap(case["prediction"]))))
            except Exception:  # math_verify raises on some inputs; that case is simply not matched
                correct = False
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        out.append({"correct": correct, "ms": times[len(times) // 2]})
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
