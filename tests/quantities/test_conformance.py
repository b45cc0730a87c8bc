"""Run the peer conformance suites when ../shared is present; report the scores."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # conformance.py sits beside this file

from conformance import EXCLUSIONS, SUITES, load_exclusions, score_file  # noqa: E402

FILES = sorted(SUITES.glob("*.jsonl")) if SUITES.is_dir() else []


@pytest.mark.skipif(not FILES, reason="../shared/conformance is not present")
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_suite_scores_at_least_f1_0_97(path: Path, conformance_scores: dict) -> None:
    score = score_file(path, load_exclusions())
    conformance_scores[path.name] = score
    assert score.f1 >= 0.97, "\n".join(score.misses)


def test_every_exclusion_has_a_reason_and_names_a_case() -> None:
    import yaml

    entries = yaml.safe_load(EXCLUSIONS.read_text(encoding="utf-8"))
    for entry in entries:
        assert set(entry) <= {"id", "surface", "reason"}, entry
        assert entry["reason"].strip(), entry
        assert entry["id"].startswith(("rt-currency-en-", "rt-percent-en-", "q3-en-")), entry
