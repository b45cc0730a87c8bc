"""A sentence as the claims stage reads it: its text, offset and words.

Cue lookups and role lookups both work on word positions, so the words are
found once per sentence.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

__all__ = ["WORD", "Sentence", "word_distance", "words_of"]

WORD = regex.compile(r"[A-Za-z][A-Za-z’'-]*")


class Sentence(NamedTuple):
    """A sentence's text and its words, for cue and role lookups."""

    text: str
    offset: int
    word_starts: list[int]
    words: list[str]

    @classmethod
    def of(cls, text: str, offset: int) -> Sentence:
        """Read a sentence's words once."""
        return cls(text, offset, *words_of(text))


def words_of(text: str) -> tuple[list[int], list[str]]:
    """Return the start offsets and lower-cased forms of a sentence's words."""
    found = list(WORD.finditer(text))
    return [m.start() for m in found], [m.group(0).lower() for m in found]


def word_distance(sentence: Sentence, at: int, start: int, end: int) -> int:
    """Return how many words lie between a cue at ``at`` and a span (0 inside it)."""
    if start <= at < end:
        return 0
    if at < start:
        return bisect.bisect_left(sentence.word_starts, start) - bisect.bisect_right(
            sentence.word_starts, at
        )
    return bisect.bisect_left(sentence.word_starts, at) - bisect.bisect_left(
        sentence.word_starts, end
    )
