"""Helpers for kind tests: check a few in-memory articles with the built-in packs."""

from __future__ import annotations

import pytest

from factlint.documents import parse_document
from factlint.linter import Report, check_documents


@pytest.fixture
def check():
    def run(**articles: str) -> Report:
        documents = [
            parse_document(text, f"{name.replace('_', '-')}.md") for name, text in articles.items()
        ]
        return check_documents(documents)

    return run


def rules_fired(report: Report, level: tuple[str, ...] = ("warning", "error")) -> list[str]:
    return sorted(d.rule for d in report.diagnostics if d.severity in level)
