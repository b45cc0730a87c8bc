"""The seed articles in ../shared report exactly what ../shared/ACCEPTANCE.md asks.

F1 (implied valuation 004:7 vs 002:18) and F2 (2025 revenue 002:19 vs
004:11) at warning or above, each naming the other location as related,
and nothing else at warning or above. Skipped when ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint.linter import check_documents, read_all

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is not present")


def where(path: str, line: int) -> str:
    return f"{Path(path).name[:3]}:{line}"


@pytest.fixture(scope="module")
def report():
    documents, errors = read_all([str(SEEDS)])
    assert errors == []
    return check_documents(documents)


def places(diagnostic) -> set[str]:
    return {where(diagnostic.path, diagnostic.line)} | {
        where(r.path, r.line) for r in diagnostic.related
    }


def test_exactly_the_two_genuine_contradictions(report):
    serious = [d for d in report.diagnostics if d.severity in ("warning", "error")]
    found = sorted((d.rule, frozenset(places(d))) for d in serious)
    assert found == [
        ("deals.implied-valuation", frozenset({"002:18", "004:7"})),
        ("financials.revenue-agrees", frozenset({"002:19", "004:11"})),
    ]


def test_implied_valuation_message_states_both_figures_and_the_arithmetic(report):
    (f1,) = [d for d in report.diagnostics if d.rule == "deals.implied-valuation"]
    assert f1.message == (
        "'$14 billion' for a '49%' stake implies a valuation of about $28.6 billion "
        "(27.3-29.9), above the stated 'as high as $25 billion'"
    )


def test_revenue_message_states_both_figures(report):
    (f2,) = [d for d in report.diagnostics if d.rule == "financials.revenue-agrees"]
    assert "'$2.5 billion'" in f2.message and "'$2 billion'" in f2.message
    assert "2025" in f2.message
