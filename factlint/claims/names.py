"""Find known names in a sentence by looking them up, word by word.

A corpus of thousands of articles knows thousands of names.  One regular
expression alternating all of them costs, at every position of every
sentence, time in proportion to the number of names, so a check would grow
with the square of the corpus.  Here each name is filed under its first
word; a sentence is read once, and at each place a word may start only the
names filed under the words found there are compared.

A name matches where it stands as whole words (no word character right
before or after it), its words separated by any one whitespace character;
of several names starting at one place the longest wins, and the search
goes on after it.  ``ignore_case`` compares capitals only, for headlines
written in capitals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from factlint.lazyregex import compile_lazily

__all__ = ["Found", "NameIndex", "leading_run", "word_runs"]

# Where a name may start: a visible character with no word character before
# it; its empty group means no run to test, so every such place is compared.
_START = compile_lazily(r"(?<!\w)\S()")
_RUN_START = compile_lazily(r"(?<!\w)(\w+)")
_RUN = compile_lazily(r"\w+")
_WORD_CHAR = compile_lazily(r"\w")
_NOT_WORD_CHAR = compile_lazily(r"\W")
_SPACE = compile_lazily(r"\s")
_POSSESSIVE = compile_lazily(r"['’]s\b|(?<=s)['’](?![\w'’])")  # "Meta's", "Crestline Ferries'"


class Found(NamedTuple):
    """A known name in a sentence: the name as filed, its span, and a possessive 's."""

    name: str
    start: int
    end: int
    possessive: bool


class NameIndex:
    """Names filed under their first word, exactly and in capitals.

    Most words of a sentence start no name, so each place is first tested
    by its leading run of word characters (the ``leading_run`` of a name
    stands whole in any text that holds the name), and only the places
    that pass are compared with the names filed there.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._exact: dict[str, list[str]] = {}
        self._upper: dict[str, list[str]] = {}
        self._runs: set[str] = set()
        self._odd = False  # whether a name starts with a character that is not a word's
        spelt = {" ".join(n.split()) for n in names if n.strip()}
        for name in sorted(spelt, key=len, reverse=True):
            first = name.split(" ", 1)[0]
            self._exact.setdefault(first, []).append(name)
            self._upper.setdefault(first.upper(), []).append(name)
            self._runs.add(leading_run(name))
            self._odd = self._odd or not _WORD_CHAR.match(name)

    def find(self, text: str, start: int = 0, ignore_case: bool = False) -> Iterator[Found]:
        """Yield the known names of ``text`` from ``start`` on, left to right, never overlapping."""
        filed = self._upper if ignore_case else self._exact
        if not filed:
            return
        at = start
        for begin in (_START if self._odd else _RUN_START).finditer(text, start):
            if begin.start() < at or (begin[1] and begin[1].upper() not in self._runs):
                continue
            found = self._longest_at(text, begin.start(), filed, ignore_case)
            if found is not None:
                possessive = _POSSESSIVE.match(text, found[1])
                end = possessive.end() if possessive else found[1]
                yield Found(found[0], begin.start(), end, bool(possessive))
                at = end

    def _longest_at(
        self, text: str, at: int, filed: dict[str, list[str]], ignore_case: bool
    ) -> tuple[str, int] | None:
        """Return the longest name starting at ``at``, with where it ends, if any."""
        candidates = [
            name
            for first in _first_words(_token_at(text, at))
            for name in filed.get(first.upper() if ignore_case else first, ())
        ]
        for name in sorted(candidates, key=len, reverse=True):
            end = at + len(name)
            if _WORD_CHAR.match(text, end) or end > len(text):
                continue
            written = _SPACE.sub(" ", text[at:end])
            if (written.upper() == name.upper()) if ignore_case else (written == name):
                return name, end
        return None


def leading_run(name: str) -> str:
    """Return the first run of word characters of a name, in capitals ("ROLLS" of Rolls-Royce)."""
    run = _RUN.search(name)
    return run[0].upper() if run else ""


def word_runs(text: str) -> set[str]:
    """Return every run of word characters of a text, in capitals.

    A text can hold a name only if it holds the name's ``leading_run``.
    """
    return {run.upper() for run in _RUN.findall(text)}


def _first_words(token: str) -> Iterator[str]:
    """Yield each beginning of a token a name's first word could be.

    That is the whole token, and every part of it followed by a character
    that ends a word ("Acme" of "Acme's" or "Acme,").
    """
    yield token
    for end in _NOT_WORD_CHAR.finditer(token, 1):
        yield token[: end.start()]


def _token_at(text: str, at: int) -> str:
    """Return the run of visible characters starting at ``at``."""
    end = _SPACE.search(text, at)
    return text[at : end.start() if end else len(text)]
