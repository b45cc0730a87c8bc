"""Split prose into paragraphs and sentences, as offset spans into the text.

A figure's context, the period or the subject it is about, is read from
its sentence, so every later stage needs sentence boundaries that neither
split "$1.5 billion" or "U.S. Steel" nor merge a heading into the next
paragraph.  Splitting works on ``Document.prose`` (non-prose blanked, same
offsets), with compiled patterns and work per boundary, not per character,
so it stays linear on long texts.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import NamedTuple

import regex

from factlint.lazyregex import compile_lazily

__all__ = ["Span", "line_starts", "paragraphs", "sentence_at", "sentences"]


class Span(NamedTuple):
    """A stretch of text, from ``start`` to just before ``end``."""

    start: int
    end: int


_BLANK_LINE_BREAK = compile_lazily(r"\n[^\S\n]*\n")
# A line break in line mode ends a paragraph, unless the next line goes on
# with a lowercase word or a figure ("valued at\n$4.5 billion").
_LINE_BREAK = compile_lazily(r"\n(?![^\S\n]{0,1000}(?:\p{Ll}|\p{Sc}|\d[\d,.]*(?!\d*[.)][^\S\n])))")
_BLANK_LINE = compile_lazily(r"^[^\S\n]*$", regex.M)
_FEW_BLANKS = 5  # line mode below one blank line per this many lines
# Matched at the start of each line only, never searched for across the text.
_BLOCK_START = compile_lazily(
    r"[^\S\n]{0,3}(?:>[^\S\n]?){0,3}(?P<mark>#{1,6}|[-*+•]|\d{1,3}[.)])(?=[^\S\n]|$)",
    regex.M,
)
_BOUNDARY = compile_lazily(
    r"[.!?]{1,5}[)\]\"'”’*_]{0,4}(?=\s{1,1000}[(\[\"'“‘*_]{0,3}[\p{Lu}\p{N}\p{Sc}])"
)
# A figure alone, as a bold lead-in is: "**$86.4 million", "**58%", "_€1.2bn".
_LEAD_FIGURE = compile_lazily(
    r"\s*[*_]{1,2}(?:\p{Sc}|[A-Z]{1,3}\$?\s?)?\d[\d,.]*(?:\s?(?:%|percent|million|billion"
    r"|trillion|bn|mn|m|k|crore|lakh))?"
)
_WORD_BEFORE = compile_lazily(r"[\w.-]{1,30}\Z")
_INITIALISM = compile_lazily(r"(?:\w\.){1,5}\w")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sen rep gov gen rev hon jr sr st mt ft no vs inc corp co ltd llc plc"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# US states as datelines abbreviate them ("KANSAS CITY, Mo. (Wire) -"), as
# written: a capital keeps "he fell ill." a sentence's end.
_STATES = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo"
    " Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo".split()
)
_LETTER_NAMES = ("Series", "Class", "Plan", "Phase", "Round", "Tier")


def paragraphs(prose: str) -> list[Span]:
    """Split prose into paragraphs, trimmed of surrounding whitespace.

    Blank lines separate paragraphs.  A text with fewer than one blank line
    per five lines (many plain-text articles put each paragraph or heading
    on its own line) is split at every line break instead, except before a
    line that starts with a lowercase letter, which continues its paragraph.

    Args:
        prose: The prose mask of a document (or any text).

    Returns:
        Non-empty spans in order, offsets into ``prose``.
    """
    return list(_trimmed(prose, _between(prose, _paragraph_breaks(prose))))


def sentences(prose: str) -> list[Span]:
    """Split prose into sentences, trimmed of surrounding whitespace.

    A sentence ends at ``.``, ``!`` or ``?`` (closing quotes and brackets
    included) before whitespace and a capital, a digit or a currency sign,
    but not after an abbreviation ("Mr.", "Inc.", "U.S.", "Sept."), an
    initial ("J. Smith") or inside a number ("$1.5 billion").  Headings and
    list items start sentences of their own, and a heading ends with its line.

    Args:
        prose: The prose mask of a document (or any text).

    Returns:
        Non-empty, non-overlapping spans in order, offsets into ``prose``.
    """
    blocks = _block_breaks(prose)
    starts = list(blocks)
    found: list[Span] = []
    for paragraph in paragraphs(prose):
        for start, end, search_from in _segments(prose, paragraph, starts, blocks):
            found.extend(_trimmed(prose, _split_segment(prose, start, end, search_from)))
    return found


def sentence_at(spans: list[Span], offset: int) -> Span | None:
    """Find the span holding an offset, by bisection.

    Args:
        spans: Spans in order and not overlapping, as ``sentences`` returns.
        offset: An offset into the text.

    Returns:
        The span with ``start <= offset < end``, or None between spans.
    """
    index = bisect.bisect_right(spans, offset, key=lambda span: span.start) - 1
    if index >= 0 and offset < spans[index].end:
        return spans[index]
    return None


def _paragraph_breaks(prose: str) -> Iterator[Span]:
    """Find the separators between paragraphs: blank lines, or line breaks."""
    body = prose.strip()
    lines = body.count("\n") + 1
    blanks = sum(1 for _ in _BLANK_LINE.finditer(body))
    pattern = _LINE_BREAK if blanks * _FEW_BLANKS < lines else _BLANK_LINE_BREAK
    return (Span(*match.span()) for match in pattern.finditer(prose))


def _between(prose: str, separators: Iterator[Span]) -> Iterator[Span]:
    """Yield the stretches of text that lie between the separators."""
    done = 0
    for start, end in separators:
        yield Span(done, start)
        done = end
    yield Span(done, len(prose))


def _trimmed(prose: str, spans: Iterator[Span]) -> Iterator[Span]:
    """Trim whitespace off each span and drop those left empty."""
    for start, end in spans:
        chunk = prose[start:end]
        left = len(chunk) - len(chunk.lstrip())
        right = len(chunk.rstrip())
        if right > left:
            yield Span(start + left, start + right)


def line_starts(prose: str) -> Iterator[int]:
    """Yield where each line of a text starts."""
    at = 0
    for line in prose.split("\n"):
        yield at
        at += len(line) + 1


def _block_breaks(prose: str) -> dict[int, tuple[int, int]]:
    """Map where each heading or list item starts to (marker end, item end).

    The item end is the end of the line for a heading, else -1: a list
    item may wrap onto further lines and still be one item.
    """
    blocks: dict[int, tuple[int, int]] = {}
    for match in filter(None, (_BLOCK_START.match(prose, at) for at in line_starts(prose))):
        line_end = -1
        if match.group("mark")[0] == "#":
            line_end = prose.find("\n", match.end())
            line_end = len(prose) if line_end == -1 else line_end
        blocks[match.start()] = (match.end(), line_end)
    return blocks


def _segments(
    prose: str, paragraph: Span, starts: list[int], blocks: dict[int, tuple[int, int]]
) -> Iterator[tuple[int, int, int]]:
    """Cut a paragraph where headings and list items start or headings end.

    Yields (start, end, where to look for sentence ends): a list marker
    such as "1." is never taken for the end of a sentence.
    """
    start = search_from = paragraph.start
    first = bisect.bisect_left(starts, prose.rfind("\n", 0, paragraph.start) + 1)
    for key in starts[first : bisect.bisect_left(starts, paragraph.end)]:
        marker_end, heading_end = blocks[key]
        cut = max(key, paragraph.start)
        if cut > start:
            yield start, cut, search_from
            start = cut
        search_from = marker_end
        if heading_end != -1 and heading_end < paragraph.end:
            yield start, heading_end, search_from
            start = search_from = heading_end
    yield start, paragraph.end, search_from


def _split_segment(prose: str, start: int, end: int, search_from: int) -> Iterator[Span]:
    """Split one segment at the sentence ends found in it."""
    for match in _BOUNDARY.finditer(prose, search_from, end):
        if _ends_sentence(prose, match, start):
            yield Span(start, match.end())
            start = match.end()
    yield Span(start, end)


def _ends_sentence(prose: str, match: regex.Match[str], floor: int) -> bool:
    """Say whether punctuation ends a sentence, not an abbreviation or initial.

    A figure standing alone as a lead-in ("**$86.4 million.** Its revenue for
    the quarter") is what the words after it describe, so it ends no sentence.
    """
    if _LEAD_FIGURE.fullmatch(prose, floor, match.start()):
        return False
    if not match.group().startswith(".") or match.group().startswith(".."):
        return True
    found = _WORD_BEFORE.search(prose, max(floor, match.start() - 30), match.start())
    word = found.group().lstrip(".-") if found else ""
    if word.lower() in _ABBREVIATIONS or word in _STATES or _INITIALISM.fullmatch(word):
        return False
    if len(word) == 1 and word.isupper():
        before = prose[max(floor, match.start() - 9) : match.start() - 1]
        return before.rstrip().endswith(_LETTER_NAMES)
    return True
