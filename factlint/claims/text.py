"""A sentence as the claims stage reads it: its text, offset and words.

Cue lookups and role lookups both work on word positions, so the words are
found once per sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from factlint.lazyregex import compile_lazily
from factlint.quantities import Quantity

__all__ = [
    "CLAUSE_BREAK",
    "LEADS_TO",
    "RELATIVE_ASIDE",
    "RELATIVE_CLAUSE",
    "REST_BEFORE",
    "SPEECH",
    "WORD",
    "Sentence",
    "converts",
    "in_brackets_after",
    "unpossessed",
    "word_distance",
    "words_of",
]

WORD = compile_lazily(r"[A-Za-z][A-Za-z’'-]*")
# Where one clause of a sentence ends and another begins.
CLAUSE_BREAK = compile_lazily(r"[,;:()—–]|\b(?:while|whereas|but|although|though)\b")
# A cue leading to its figure through "at": "values the brewery at £120 million",
# past up to four words naming the company ("values the Leeds pie maker at").
LEADS_TO = compile_lazily(r"[\w-]+\s+(?:[A-Za-z][\w'’-]*\s+){0,4}?at\s+")
# Words naming the rest of a whole right before a figure: "the remaining 51%".
REST_BEFORE = compile_lazily(r"(?i)\b(?:the|its|their)\s+(?:remaining|other|residual)\s*\Z")
# A relative clause after a name, to the next clause break: ", which will keep 55%".
RELATIVE_CLAUSE = (
    r",\s+(?:(?:both|all|each|some|most|one|none|either|neither)\s+of\s+)?(?:which|whom?|whose)\s+"
    r"[^,;:()—–]*"
)
# The same clause closed by a comma: an aside (", which Ostra controls,").
RELATIVE_ASIDE = compile_lazily(RELATIVE_CLAUSE + ",")
# Verbs that attribute words to a speaker: "said", "told", "expects".
SPEECH = (
    r"(?:said|says|say|told|tells|added|adds|explained|noted|insisted|argued|warned|stressed"
    r"|conceded|admitted|acknowledged|predicted|expects|expected|estimated|estimates"
    r"|believes|believed|thinks|thought|reckons|reckoned|welcomed|declined|wrote|writes"
    r"|repeated|confirmed|cautioned|promised|pledged|reminded|guided|called|pointed|blamed"
    r"|blames|credited|credits)"
)
_POSSESSIVE_END = compile_lazily(r"['’]s\Z")


def unpossessed(written: str) -> str:
    """Return a name as written without its possessive ending: "Harbor Labs's" -> "Harbor Labs"."""
    return _POSSESSIVE_END.sub("", written)


class Sentence(NamedTuple):
    """A sentence's text and its words, for cue and role lookups.

    ``names`` holds the spans of the names in it: a cue word inside a name
    ("Kestrel Pay", "Solvane Investment Authority") says nothing about a figure.
    """

    text: str
    offset: int
    word_starts: list[int]
    words: list[str]
    names: tuple[tuple[int, int], ...] = ()
    # Where each list of cues stands, found once for all the sentence's figures.
    cues_found: dict[object, list[int]] | None = None

    @classmethod
    def of(cls, text: str, offset: int, names: tuple[tuple[int, int], ...] = ()) -> Sentence:
        """Read a sentence's words once."""
        return cls(text, offset, *words_of(text), names, {})

    def in_name(self, at: int) -> bool:
        """Tell whether an offset of the text falls inside a name."""
        return any(start <= at < end for start, end in self.names)


def words_of(text: str) -> tuple[list[int], list[str]]:
    """Return the start offsets and lower-cased forms of a sentence's words."""
    found = list(WORD.finditer(text))
    return [m.start() for m in found], [m.group(0).lower() for m in found]


def word_distance(sentence: Sentence, at: int, start: int, end: int) -> int:
    """Return how many words lie between a cue at ``at`` and a span (0 inside it).

    A name counts as one word however many it has: "a stake in MziziPesa
    to Abu Dhabi-based Aramis Capital for $180 million" is no farther from
    its cue than "a stake in Brio to Zeta for $180 million" but for the
    words that are no name.
    """
    if start <= at < end:
        return 0
    starts = sentence.word_starts
    if at < start:
        first, last = bisect.bisect_right(starts, at), bisect.bisect_left(starts, start)
    else:
        first, last = bisect.bisect_left(starts, end), bisect.bisect_left(starts, at)
    return last - first - _name_words_beyond_one(sentence, first, last)


def _name_words_beyond_one(sentence: Sentence, first: int, last: int) -> int:
    """Count the words past the first of each name among words ``first`` to ``last``."""
    beyond = 0
    for name_start, name_end in sentence.names:
        inside = min(bisect.bisect_left(sentence.word_starts, name_end), last) - max(
            bisect.bisect_left(sentence.word_starts, name_start), first
        )
        beyond += max(inside - 1, 0)
    return beyond


def in_brackets_after(text: str, offset: int, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether a figure stands alone in brackets right after a figure of its kind.

    Such a figure restates the one before it in another currency ("¥48
    billion ($325 million)"), or, in the same unit, sets it against another
    period's ("$48.2 million ($44.0 million)").
    """
    if index == 0 or quantities[index].kind != quantities[index - 1].kind:
        return False
    before = text[quantities[index - 1].end - offset : quantities[index].start - offset]
    after = text[quantities[index].end - offset : quantities[index].end - offset + 3]
    return bool(_OPEN_BRACKET.fullmatch(before) and after.lstrip().startswith(")"))


_OPEN_BRACKET = compile_lazily(r"\s*\(\s*(?:about|around|roughly|some|approximately|or|~)?\s*")


def converts(text: str, offset: int, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether a money figure restates the one right before it in another currency.

    In brackets ("¥48 billion ($325 million)") or after "or" ("17 trillion
    won, or roughly $12.2 billion").  In the same currency a figure in
    brackets sets the one before it against another period's ("$48.2
    million ($44.0 million)"), and one after "or" is an alternative.
    """
    if index == 0 or quantities[index].kind != "money":
        return False
    here, before = quantities[index], quantities[index - 1]
    if here.currency == before.currency:
        return False
    if in_brackets_after(text, offset, quantities, index):
        return True
    return (
        before.kind == "money"
        and before.currency is not None
        and here.currency is not None
        and _OR_AS_MUCH.fullmatch(text, before.end - offset, here.start - offset) is not None
    )


# ", or roughly ": what leads from a figure to the same sum in another currency.
_OR_AS_MUCH = compile_lazily(
    r"(?i),?\s+or\s+(?:about|around|roughly|some|approximately|nearly|almost)?\s*"
)
