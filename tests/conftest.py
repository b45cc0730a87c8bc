"""Shared test set-up: collect the conformance scores and print them at the end."""

from __future__ import annotations

from typing import Any

import pytest

SCORES_KEY = pytest.StashKey[dict[str, Any]]()


@pytest.fixture(autouse=True)
def _cache_in_a_temporary_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Keep the command line's cache out of the working tree while testing."""
    monkeypatch.setenv("FACTLINT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def conformance_scores(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Return the run-wide dict the conformance tests record their scores in."""
    return request.config.stash.setdefault(SCORES_KEY, {})


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Show precision, recall, F1 and value accuracy of each conformance suite."""
    scores = terminalreporter.config.stash.get(SCORES_KEY, {})
    if not scores:
        return
    terminalreporter.section("conformance (../shared/conformance)")
    for name, s in sorted(scores.items()):
        terminalreporter.write_line(
            f"{name:32} precision {s.precision:.3f}  recall {s.recall:.3f}  "
            f"F1 {s.f1:.3f}  value accuracy {s.value_accuracy:.3f}  "
            f"(tp {s.true_positives}, fp {s.false_positives}, fn {s.false_negatives}, "
            f"excluded {s.excluded})"
        )
