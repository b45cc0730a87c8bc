"""A fresh blind story corpus, written from the documented intent only.

Wire stories, press releases, blog posts with bullet lists and analyses
about funding rounds with valuations, strategic stakes, quarterly and annual
results, and spending plans.  The harness is
``tests/stories.py``.  Run ``python tests/test_corpus_fresh.py`` for a score
over all stories (``-v`` explains each failing story).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from stories import check_story, check_well_formed, score, stories, story_params

CORPUS = Path(__file__).parent / "corpus_fresh"

# Stories factlint does not read right yet; each must keep failing until fixed.
KNOWN_GAPS: dict[str, str] = {
    "astrava-capex": "'spend $12 billion on new plants and equipment in 2026': the 'and' "
    "inside the noun phrase keeps the year from the figure",
    "marlow-q2": "a growth rate in a wire story gets no quarter, so one of the three "
    "clashing growth figures is left out",
    "orrin-tidewell": "'X's deal with Y values the battery maker at $4.5 billion' gives the "
    "valuation to X, so the implied valuation is never checked",
}


def test_there_are_enough_stories() -> None:
    assert len(stories(CORPUS)) >= 6


@pytest.mark.parametrize("story", stories(CORPUS), ids=lambda s: s.name)
def test_expectations_are_well_formed(story: Path) -> None:
    check_well_formed(story)


@pytest.mark.parametrize("story", story_params(CORPUS, KNOWN_GAPS), ids=lambda s: s.name)
def test_story(story: Path) -> None:
    check_story(story)


if __name__ == "__main__":
    score(CORPUS, verbose="-v" in sys.argv)
