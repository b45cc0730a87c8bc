"""Find the date a document was published, to resolve "last year" and "this quarter".

A relative time expression ("$870 million in revenue last year") names a
period only once the article's own date is known.  That date comes from the
front matter when there is one, else from a "Published:" line or a dateline
among the first or last lines of the text, where news sites print it.
"""

from __future__ import annotations

import datetime
from typing import Any

import regex

from factlint.documents.reader import Document
from factlint.lazyregex import compile_lazily

__all__ = ["document_date", "parse_date"]

_EDGE_LINES = 10  # how many non-empty lines to read at the top and the bottom
_LINE_CHARS = 300  # datelines and bylines are short: read no further into a line
_METADATA_KEYS = ("date", "published")
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
    )
}

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s{1,3})?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATE = (
    rf"(?<!\w){_WEEKDAY}(?:"
    rf"(?P<iso_y>{_YEAR})(?P<sep>[-/])(?P<iso_m>[01]?\d)(?P=sep)(?P<iso_d>[0-3]?\d)(?!\d)"
    rf"|(?P<mdy_m>{_MONTH})\s{{1,3}}(?P<mdy_d>[0-3]?\d){_ORDINAL}(?!\d),?\s{{0,3}}"
    rf"(?P<mdy_y>{_YEAR})"
    rf"|(?P<dmy_d>[0-3]?\d){_ORDINAL}\s{{1,3}}(?:of\s{{1,3}})?(?P<dmy_m>{_MONTH}),?\s{{1,3}}"
    rf"(?P<dmy_y>{_YEAR}))"
)
_TIME = (
    r"(?:(?:[T ,]{1,3}|\s{1,3}at\s{1,3})\d{1,2}[:.]\d\d(?::\d\d(?:\.\d{1,9})?)?"
    r"\s{0,2}(?:[ap]\.?m\.?)?\s{0,2}(?:Z|[+-]\d\d:?\d\d|\(?[a-z]{2,5}\)?)?)?"
)
_SINGLE_DATE = compile_lazily(rf"\s{{0,20}}{_DATE}{_TIME}\s{{0,20}}", regex.I)
_LINE_DATE = compile_lazily(rf"{_DATE}{_TIME}", regex.I)
_LABELED_DATE = compile_lazily(
    r"(?<=^[\s*_>#(\[]{0,8}|[|·•–—]\s{0,3})"
    r"(?P<label>(?:originally\s{1,3})?(?:published|posted|date)|(?:last\s{1,3})?updated)"
    rf"(?:\s{{1,3}}on)?\s{{0,3}}[:\-–—]?\s{{0,3}}{_DATE}",
    regex.I,
)
_MARKUP = " \t\r*_>#`"
_SEPARATORS = "|·•–—-,(/"
_BYLINE = compile_lazily(r"^\W{0,3}by\s", regex.I)


def parse_date(text: str) -> datetime.date | None:
    """Read one date written alone, as in front matter or a "Published:" line.

    Accepts "2025-06-08", "Jun 8, 2025", "June 09, 2025", "8 June 2025",
    "June 8 2025" and "Sept. 3, 2024", with an optional weekday before and an
    optional time of day after ("2025-06-08T10:00:00Z", "June 8, 2025 10:32 AM ET").

    Args:
        text: The string holding nothing but the date (surrounding blanks allowed).

    Returns:
        The date, or None if the text is not one date or names no real day.
    """
    match = _SINGLE_DATE.fullmatch(text)
    return None if match is None else _date_of(match)


def document_date(document: Document) -> datetime.date | None:
    """Find the date a document was published.

    The front matter ``date`` (or ``published``) wins; else the first
    "Published:"/"Posted:"/"Date:" line, then the first "Updated:" line, then
    the first bare date or dateline ("WASHINGTON, June 8, 2025 —", "By Jane
    Doe | June 8, 2025") among the first and last ten non-empty lines.

    Args:
        document: The parsed document.

    Returns:
        The publication date, or None if the document does not state one.
    """
    for key in _METADATA_KEYS:
        found = _metadata_date(document.metadata.get(key))
        if found is not None:
            return found
    return _text_date(document.prose)


def _metadata_date(value: Any) -> datetime.date | None:
    """Accept a YAML date or datetime, or a string parse_date reads."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return parse_date(value) if isinstance(value, str) else None


def _text_date(prose: str) -> datetime.date | None:
    """Rank the dates found on the edge lines and keep the best, first one."""
    lines = [line for line in prose.splitlines() if line.strip()]
    edge = lines[:_EDGE_LINES] + lines[_EDGE_LINES:][-_EDGE_LINES:]
    best: tuple[int, datetime.date] | None = None
    for line in edge:
        found = _line_date(_head(line))
        if found is not None and (best is None or found[0] < best[0]):
            best = found
            if best[0] == 0:
                break
    return None if best is None else best[1]


def _head(line: str) -> str:
    """Cut a long line, marking the cut so no date seems to end the line there."""
    return line if len(line) <= _LINE_CHARS else line[:_LINE_CHARS] + " …"


def _line_date(line: str) -> tuple[int, datetime.date] | None:
    """Return a line's date with its rank: 0 published, 1 updated, 2 bare."""
    labeled = _LABELED_DATE.search(line)
    if labeled is not None:
        found = _date_of(labeled)
        if found is not None:
            rank = 1 if labeled.group("label").lower().endswith("updated") else 0
            return rank, found
    for match in _LINE_DATE.finditer(line):
        if _stands_alone(line, match):
            found = _date_of(match)
            if found is not None:
                return 2, found
    return None


def _stands_alone(line: str, match: regex.Match[str]) -> bool:
    """Say whether a date is set apart from prose, as in a dateline or byline.

    "June 8, 2025", "WASHINGTON, June 8, 2025 — Acme said..." and "By Jane Doe
    | June 8, 2025" qualify; "Acme was founded on June 8, 2015." does not.
    """
    before = line[: match.start()].rstrip(_MARKUP)
    after = line[match.end() :].lstrip(_MARKUP).lstrip(".)]")
    left = not before or before[-1] in _SEPARATORS or bool(_BYLINE.match(before))
    right = not after.strip(_MARKUP) or after[0] in _SEPARATORS.replace(",", "")
    return left and right


def _date_of(match: regex.Match[str]) -> datetime.date | None:
    """Build the date a _DATE match names; None for a day that does not exist."""
    for form in ("iso", "mdy", "dmy"):
        year = match.group(f"{form}_y")
        if year is not None:
            month = match.group(f"{form}_m")
            number = int(month) if month.isdigit() else _MONTH_NUMBERS[month[:3].lower()]
            return _valid_date(int(year), number, int(match.group(f"{form}_d")))
    return None


def _valid_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None
