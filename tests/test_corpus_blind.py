"""A third story corpus, written blind to the code and the other corpora.

Wire stories, press releases, blog posts with bullet lists, newsletters and
explainers about venture rounds, strategic stakes, results, spending plans,
acquisitions and market-share breakdowns.  The harness is
``tests/stories.py``.  Run ``python tests/test_corpus_blind.py`` for a score
over all stories (``-v`` explains each failing story).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from stories import check_story, check_well_formed, score, stories, story_params

CORPUS = Path(__file__).parent / "corpus_blind"

# Stories factlint does not read right yet; each must keep failing until fixed.
KNOWN_GAPS: dict[str, str] = {
    "kelso-brightwater": "buying the 82% not already owned and holding 18% are one stake "
    "slot, read as a contradiction, so the implied valuation is never checked",
    "norrland-capex": "a year seven words after a figure and its bracketed conversion is "
    "not attached, so the spending clash is reported between other articles",
}


def test_there_are_enough_stories() -> None:
    assert len(stories(CORPUS)) >= 8


@pytest.mark.parametrize("story", stories(CORPUS), ids=lambda s: s.name)
def test_expectations_are_well_formed(story: Path) -> None:
    check_well_formed(story)


@pytest.mark.parametrize("story", story_params(CORPUS, KNOWN_GAPS), ids=lambda s: s.name)
def test_story(story: Path) -> None:
    check_story(story)


if __name__ == "__main__":
    score(CORPUS, verbose="-v" in sys.argv)
