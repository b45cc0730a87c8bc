"""A second story corpus, written apart from the first: euro, pound, yen and kronor
amounts, quarters and fiscal years, acquisitions, numbers in words, ranges,
hedges, headlines in capitals, roundups naming several companies.

The harness is ``tests/stories.py``.  Run ``python tests/test_corpus_more.py`` for a score
over all stories (``-v`` explains each failing story).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from stories import check_story, check_well_formed, score, stories, story_params

CORPUS = Path(__file__).parent / "corpus_more"

# Stories factlint does not read right yet; each must keep failing until fixed.
KNOWN_GAPS: dict[str, str] = {
    "peregrine-series-c": "'The wearables maker' after a bold lead-in is not resolved, and "
    "a talks range is given to the lead investor",
    "vindel-talks": "a figure of speech in a quote ('a 24% stake in the future of "
    "shopping') is read as a stake and given the article's other deal",
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
