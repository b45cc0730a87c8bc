"""Measure extraction throughput against one pass of a bare money/percent regex.

Generates a large corpus of news-like prose (mostly ordinary words, with
years, counts, money and percentages mixed in: about 1.3 quantities per
kilobyte, the density of business news articles), then prints the median throughput of
``find_quantities`` and of a single compiled ``regex`` pattern over the same
text, and their ratio.  Run: ``python benchmarks/extract.py [--mb 20]``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import regex

from factlint import find_quantities

# The floor: what any money/percent finder must at least do, one pass.
FLOOR = regex.compile(
    r"[$€£¥]\s?\d[\d,.]*(?:\s?(?:thousand|million|billion|trillion|bn|[mbk]))?"
    r"|\d[\d,.]*\s?(?:%|percent|per cent)"
)

_COMPANIES = ["Meta", "Scale AI", "Northwind", "Acme Corp", "Globex", "Initech", "Umbrella"]
_FILLER = [
    "The",
    "company",
    "said",
    "the",
    "deal",
    "would",
    "help",
    "it",
    "compete",
    "with",
    "rivals",
    "in",
    "the",
    "fast",
    "growing",
    "market",
    "for",
    "data",
    "services,",
    "according",
    "to",
    "people",
    "familiar",
    "with",
    "the",
    "matter",
    "who",
    "asked",
    "not",
    "to",
    "be",
    "named",
    "because",
    "the",
    "talks",
    "are",
    "private.",
    "Analysts",
    "expect",
    "more",
    "consolidation",
    "as",
    "investors",
    "look",
    "for",
    "returns",
    "and",
    "executives",
    "weigh",
    "the",
    "cost",
    "of",
    "building",
    "in-house.",
]
_FIGURE_RATE = 0.25  # share of sentences holding a number of any kind
_FIGURES = [
    "over ${n} billion",
    "${n}B",
    "${n}.{d} million",
    "{n}% stake",
    "nearly ${n} billion",
    "{n} percent",
    "€{n}m",
    "£{n}.{d}bn",
    "about {n} per cent",
    "${n}-{m} billion",
    "{n},000 employees",
    "in 20{y}",
    "Series F",
    "more than {n} million users",
]


def corpus(megabytes: float, seed: int = 7) -> str:
    """Return about ``megabytes`` of generated news-like prose."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        words = rng.sample(_FILLER, 18)
        if rng.random() < _FIGURE_RATE:
            figure = rng.choice(_FIGURES).format(
                n=rng.randint(1, 99),
                m=rng.randint(100, 120),
                d=rng.randint(1, 9),
                y=rng.randint(10, 29),
            )
            words.insert(rng.randint(0, 18), figure)
        words.insert(0, rng.choice(_COMPANIES))
        sentence = " ".join(words) + ". "
        parts.append(sentence)
        size += len(sentence)
    return "".join(parts)


def _median_seconds(run: object, repeat: int) -> float:
    """Return the median wall time of ``repeat`` calls of ``run``."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    """Print extraction throughput, floor throughput and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement")
    args = parser.parse_args()
    text = corpus(args.mb)
    megabytes = len(text.encode("utf-8")) / 1_000_000
    found = len(find_quantities(text))
    extract = _median_seconds(lambda: find_quantities(text), args.repeat)
    floor = _median_seconds(lambda: FLOOR.findall(text), args.repeat)
    print(f"corpus: {megabytes:.1f} MB, {found} quantities")
    print(f"extract: {megabytes / extract:.2f} MB/s (median of {args.repeat})")
    print(f"floor:   {megabytes / floor:.2f} MB/s (one pass of one compiled regex)")
    print(f"ratio:   {extract / floor:.2f}x the floor (target: at most 3x)")


if __name__ == "__main__":
    main()
