"""Diagnostics built in memory that exercise what the output formats must survive."""

from __future__ import annotations

import pytest

from factlint.diagnostics import Diagnostic, Related
from factlint.reporters.run import Run

SUMMARY = {"files": 4, "quantities": 9, "claims": 7, "diagnostics": 3}


def related(path: str, line: int, column: int, message: str) -> Related:
    return Related(
        path=path,
        line=line,
        column=column,
        end_line=line,
        end_column=column + 5,
        message=message,
    )


@pytest.fixture
def diagnostics() -> tuple[Diagnostic, ...]:
    return (
        Diagnostic(
            rule="financials.revenue-agrees",
            severity="error",
            path="news/Q3 report – Zürich.md",
            line=9,
            column=46,
            end_line=9,
            end_column=58,
            message=(
                "Revenue (2025): '$750 million' here, 100% off 'about $600 million'\n"
                "in talks.md:12, per the CFO, said: 'no'\r"
            ),
            fact="financials.revenue of Globex Robotics (2025)",
            related=(
                related("archive/old, notes.md", 12, 58, "states 'about $600 million'"),
                related("/srv/desk/ünïcode notes.md", 3, 1, "states '30%'"),
                related("talks:2025.md", 7, 20, "states '$3.3 Billion', roughly"),
            ),
        ),
        Diagnostic(
            rule="deals.implied-valuation",
            severity="warning",
            path="deal.md",
            line=5,
            column=18,
            end_line=6,
            end_column=2,
            message="'$3.3 Billion' for a '30%' stake implies about $11 billion",
            fact="deals.valuation of Globex Robotics (current)",
            related=(related("news/Q3 report – Zürich.md", 2, 4, "states '$8 billion'"),),
        ),
        Diagnostic(
            rule="breakdowns.parts-sum",
            severity="info",
            path="deal.md",
            line=20,
            column=1,
            end_line=20,
            end_column=9,
            message="Parts add up to $90 million, not $100 million",
            fact="breakdowns.revenue of Globex Robotics (2025)",
        ),
    )


@pytest.fixture
def run(diagnostics: tuple[Diagnostic, ...]) -> Run:
    return Run(diagnostics=diagnostics, summary=SUMMARY, rules={})


@pytest.fixture
def empty_run() -> Run:
    return Run(diagnostics=(), summary={**SUMMARY, "diagnostics": 0}, rules={})
