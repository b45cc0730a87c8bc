"""Score the extractor against the peer conformance suites in ../shared/conformance.

A predicted quantity matches an expected one of the same kind when their
spans overlap (our spans include qualifier words the peers leave out).
Precision, recall and F1 count matches; value accuracy is the share of
matches whose value agrees (a range is compared by its midpoint, as the
peers give ranges).  Cases listed in ``conformance_exclusions.yaml`` are
left out, each with its reason.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from factlint import Quantity, find_quantities

SUITES = Path(__file__).resolve().parents[3] / "shared" / "conformance"
EXCLUSIONS = Path(__file__).with_name("conformance_exclusions.yaml")


@dataclass
class Score:
    """Counts for one suite file."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    values_right: int = 0
    values_checked: int = 0
    excluded: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.values_right / self.values_checked if self.values_checked else 1.0


def load_exclusions() -> dict[str, list[dict[str, Any]]]:
    """Return the excluded cases by line id."""
    entries = yaml.safe_load(EXCLUSIONS.read_text(encoding="utf-8"))
    by_id: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        by_id.setdefault(entry["id"], []).append(entry)
    return by_id


def score_file(path: Path, exclusions: dict[str, list[dict[str, Any]]]) -> Score:
    """Score every line of one suite file."""
    score = Score()
    for raw in path.read_text(encoding="utf-8").splitlines():
        case = json.loads(raw)
        _score_case(case, exclusions.get(case["id"], []), score)
    return score


def _score_case(case: dict[str, Any], excluded: list[dict[str, Any]], score: Score) -> None:
    if any("surface" not in e for e in excluded):
        score.excluded += len(case["expected"]) or 1
        return
    skip = {e["surface"] for e in excluded}
    expected = [e for e in case["expected"] if e["surface"] not in skip]
    ignored = [e for e in case["expected"] if e["surface"] in skip]
    score.excluded += len(ignored)
    found = [q for q in find_quantities(case["text"]) if q.kind in case["annotated_kinds"]]
    found = [
        q
        for q in found
        if any(_overlaps(q, e) for e in expected) or not any(_overlaps(q, e) for e in ignored)
    ]
    for item in expected:
        match = next((q for q in found if q.kind == item["kind"] and _overlaps(q, item)), None)
        if match is None:
            score.false_negatives += 1
            score.misses.append(f"{case['id']}: missed {item['surface']!r}")
            continue
        found.remove(match)
        score.true_positives += 1
        _score_value(case["id"], match, item, score)
    for extra in found:
        score.false_positives += 1
        score.misses.append(f"{case['id']}: spurious {extra.text!r}")


def _overlaps(q: Quantity, item: dict[str, Any]) -> bool:
    return q.start < item["end"] and item["start"] < q.end


def _score_value(case_id: str, q: Quantity, item: dict[str, Any], score: Score) -> None:
    if item["value"] is None:
        return
    score.values_checked += 1
    value = q.value
    if value is None and q.low is not None and q.high is not None:
        value = (q.low + q.high) / 2
    if value is not None and math.isclose(value, item["value"], rel_tol=1e-9):
        score.values_right += 1
    else:
        score.misses.append(f"{case_id}: {q.text!r} read as {value}, expected {item['value']}")
