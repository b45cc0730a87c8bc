"""Find the period a figure is about: a year, or a quarter of a year.

"$870 million in 2024" and "$2.5 billion by 2025" are different facts, so a
claim's key holds its period.  The period comes from the time expressions
of the figure's own sentence ("in 2024", "fiscal 2024", "Q3 2024", "the
third quarter", "last year"); relative ones are resolved against the
document's date.  A sentence with several figures is read as a whole, so
that "from $870 million in 2024 to $2.5 billion by 2025" gives each
figure its own year rather than the nearest one.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Sequence
from typing import NamedTuple

import regex

from factlint.claims.text import RELATIVE_ASIDE
from factlint.lazyregex import compile_lazily

__all__ = [
    "BASELINE_BEFORE",
    "MOVE_IN",
    "REACHES",
    "Period",
    "a_year_before",
    "find_periods",
    "named_periods",
    "year_before",
]


class Period(NamedTuple):
    """A calendar or fiscal year, or one quarter (1 to 4) or half (1 or 2) of it."""

    year: int
    quarter: int | None = None
    half: int | None = None


class _Expression(NamedTuple):
    """A time expression found in a sentence and the period it names.

    ``period`` is None where the expression names no usable period: a
    relative one without a document date, a half year of no year, or a baseline
    ("since 2019", "a year earlier") that is never the figure's own period.
    ``contrast`` marks an expression led by a baseline word ("since",
    "from"), unless a "when" clause follows it: "since 2024, when investors
    priced it at €1.1 billion" dates that clause's figures.  ``back`` marks a
    baseline one year before the period the text around it names ("a year
    earlier", "the year-ago quarter").
    """

    start: int
    end: int
    period: Period | None
    contrast: bool = False
    back: bool = False


_ADJACENT_WORDS = 6  # a time expression this close after a figure belongs to it
_ADJACENT_CHARS = 80
_TRAILING_WORDS = 10  # after the last figure of a sentence
_TRAILING_CHARS = 120
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_QUARTER_WORDS |= {"fourth": 4, "4th": 4}
_STEPS = {"last": -1, "past": -1, "this": 0, "current": 0, "next": 1}

_S = r"[\s-]{1,3}"  # a space or hyphen between words: "third-quarter"
_FISCAL = rf"(?:fiscal{_S})?"
_YEAR4 = r"(?:19\d\d|20\d\d)"
_YEAR_END = r"(?![\w%]|[.,]\d|\s{1,2}(?:million|billion|trillion|thousand|[mb]n)\b)"
_YEAR = (
    rf"(?P<year>(?:fiscal(?:{_S}year)?{_S}|FY[\s-]?)?{_YEAR4}(?:[-–/](?:{_YEAR4}|\d\d(?!\d)))?"
    rf"|(?:FY[\s-]?'?|')\d\d){_YEAR_END}"
)
_QWORD = r"(?P<qword>first|second|third|fourth|1st|2nd|3rd|4th)"
_HALF = r"(?P<half>(?:first|second|1st|2nd)[\s-]{1,3}half|H[12](?!-\w)|[12]H)(?!\w)"
_OF_YEAR = rf"(?:[\s-]{{1,3}}(?:of{_S}|in{_S})?(?:the{_S})?{_YEAR})?"
_ALTERNATIVES = (
    # "2024 third quarter", "fiscal 2024 Q4", "2024 first half"
    rf"{_YEAR}{_S}(?:{_QWORD}{_S}{_FISCAL}quarter(?!\w)|Q(?P<qnum>[1-4])(?!\w)|{_HALF})",
    # "Q3", "Q3 2024", "Q3 FY24", "Q3'24"; "3Q24", "3Q 2024"
    rf"Q(?P<qnum>[1-4])(?:[\s-]{{0,3}}(?:of{_S})?{_YEAR})?(?!\w)",
    rf"(?P<qnum>[1-4])Q(?:[\s-]{{0,2}}(?:{_YEAR}|(?P<year>\d\d)))?(?!\w)",
    # "the third quarter of 2024", "fiscal third-quarter", "fourth fiscal quarter"
    rf"{_FISCAL}{_QWORD}{_S}{_FISCAL}quarter(?!\w){_OF_YEAR}",
    rf"{_HALF}{_OF_YEAR}",
    rf"(?P<step>last|this|next|current|past){_S}{_FISCAL}(?P<unit>year|quarter)(?!\w)",
    r"(?P<baseline>(?:a|the|one)\s{1,3}year\s{1,3}(?:earlier|before|ago|prior)"
    r"|(?:the\s{1,3})?same\s{1,3}(?:quarter|period|half|three\s{1,3}months)\s{1,3}"
    r"(?:(?:of\s{1,3})?last|(?:of\s{1,3})?the\s{1,3}(?:previous|prior)|a)\s{1,3}year"
    r"(?:\s{1,3}(?:earlier|before|ago))?"
    r"|(?:prior|previous|preceding|year-ago|year-earlier)[\s-]{1,3}(?:fiscal[\s-]{1,3})?"
    r"(?:year|quarter|period)|year-ago|year-earlier)(?!\w)",
    _YEAR,
)
_BASELINE_WORDS = (
    r"(?P<since>since|from|over|on(?=\s{1,3}(?:the|a)\s|\s{1,3}(?:19|20)\d\d\b)|versus|vs\.?"
    r"|than(?:\s{1,3}in)?"
    r"|compared\s{1,3}(?:with|to)"
    r"|double|triple|twice|(?:two|three|four|five|\d{1,2})\s{1,3}times)"
    r"\s{1,3}(?:(?:early|mid|late|the\s{1,3}end\s{1,3}of)[\s-]{1,3}|the\s{1,3}(?=year-))?"
)
_TIME = compile_lazily(
    rf"(?<![\w\p{{Sc}}]|\d[.,])(?:{_BASELINE_WORDS})?(?:{'|'.join(_ALTERNATIVES)})", regex.I
)
# Every time expression holds a digit or one of these words; a sentence
# without any is passed by before the full pattern is tried at each position.
_TIME_HINT = compile_lazily(r"\d|year|quarter|half|period", regex.I)
_WORD = compile_lazily(r"\S{1,100}")
# "and" ends the figure's clause only before a verb ("$5 billion and expects
# ... in 2026"), not inside a noun phrase ("on plants and equipment in 2026").
_CLAUSE_BREAK = compile_lazily(
    r"[,;:!?—–]|\s-\s|\b(?:but|while|whereas|compared|versus|vs|than)\b"
    r"|\band\b(?=(?:\s+\w+){0,3}?\s+(?:expects?|expected|plans?|planned|said|says|will|would"
    r"|is|was|are|were|has|had|have|aims?|hopes?|raised|posted|reported|made|sees|saw|"
    r"forecasts?|projects?|targets?)\b)",
    regex.I,
)


def find_periods(
    sentence: str,
    quantity_spans: Sequence[tuple[int, int]],
    document_date: datetime.date | None,
) -> list[Period | None]:
    """Find the period of every figure of a sentence.

    Each time expression belongs to the nearest figure on its left when it
    follows that figure closely (at most six words, no comma or "and"
    between: "$870 million in revenue last year"), else to the nearest
    figure on its right ("In 2024, X closed a $1 billion round").  A figure
    takes its closest expression after it, else its closest one before it;
    a figure with none takes the last leading expression before it, as in
    "In 2024, X raised $1 billion, valuing it at $14 billion".

    Args:
        sentence: The text of one sentence.
        quantity_spans: (start, end) of each figure in ``sentence``.
        document_date: The document's date, for "last year" and the like.

    Returns:
        One period (or None) a figure, in the order of ``quantity_spans``.
    """
    order, spans, after, before = _owned(sentence, quantity_spans, document_date)
    leading = [x for found in before for x in found if not _labels_bracket(sentence, x)]
    periods: list[Period | None] = [None] * len(spans)
    reference: Period | None = None  # the period of the last dated figure before
    for rank, index in enumerate(order):
        baseline = BASELINE_BEFORE.search(sentence, 0, spans[rank][0]) is not None
        periods[index] = _choose(
            sentence, spans[rank], after[rank], before[rank], leading, baseline
        )
        if periods[index] is None and _back(after[rank]):
            periods[index] = year_before(reference)
        reference = periods[index] or reference
    return periods


def a_year_before(sentence: str, quantity_spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Tell for each figure whether its own words put it a year back ("a year earlier").

    Such a figure is the year-earlier one of the period the text around it
    names: under "First-quarter results:", "a loss of $18 million a year
    earlier" is the loss of the first quarter a year before.
    """
    order, _, after, _ = _owned(sentence, quantity_spans, None)
    back = [False] * len(order)
    for rank, index in enumerate(order):
        back[index] = _back(after[rank])
    return back


def year_before(period: Period | None) -> Period | None:
    """Return the same quarter or year one year earlier."""
    return period._replace(year=period.year - 1) if period else None


def _back(after: Sequence[_Expression]) -> bool:
    """Tell whether a figure's own expression after it is a year-back baseline."""
    return bool(after) and after[0].back


def _owned(
    sentence: str,
    quantity_spans: Sequence[tuple[int, int]],
    document_date: datetime.date | None,
) -> tuple[list[int], list[tuple[int, int]], list[list[_Expression]], list[list[_Expression]]]:
    """Give each figure the time expressions it owns, after it and before it.

    A "when" clause happens in the year before it, so that year dates its
    figure too: in "raised $310 million in 2023, when a round valued it at
    $2.6 billion" both are of 2023.

    Returns the figures' order by place, their spans in that order, and per
    figure in that order the expressions after it and before it.
    """
    order = sorted(range(len(quantity_spans)), key=lambda i: quantity_spans[i])
    spans = [quantity_spans[i] for i in order]
    after: list[list[_Expression]] = [[] for _ in spans]
    before: list[list[_Expression]] = [[] for _ in spans]
    for expression in _time_expressions(sentence, document_date):
        owner = _owner(sentence, spans, expression)
        if owner is not None:
            (after if owner[1] else before)[owner[0]].append(expression)
            if owner[1] and owner[0] + 1 < len(spans) and _WHEN.match(sentence, expression.end):
                before[owner[0] + 1].append(expression)
    _share_with_levels(sentence, spans, after)
    return order, spans, after, before


def _share_with_levels(
    sentence: str, spans: list[tuple[int, int]], after: list[list[_Expression]]
) -> None:
    """Give a change the expressions of the level it reaches, when it has none of its own.

    "rose 24% to $2.95 billion in the first quarter" states one change of
    one quarter: the quarter follows the level, but dates the change too;
    so does "a 16% rise in 2024 revenue to €268 million", the other way.
    A baseline ("from $1 billion to $2 billion in 2025") reaches nothing.
    """
    for rank in range(len(spans) - 2, -1, -1):
        reaches = REACHES.fullmatch(sentence, spans[rank][1], spans[rank + 1][0])
        if reaches and not after[rank] and not BASELINE_BEFORE.search(sentence, 0, spans[rank][0]):
            after[rank] = after[rank + 1]
        moved = _MOVE_TO.fullmatch(sentence, spans[rank][1], spans[rank + 1][0])
        if moved and not after[rank + 1]:
            after[rank + 1] = after[rank]  # "a 16% rise in 2024 revenue to €268 million"


# What joins a change to the level it reaches: "rose 24% to $2.95 billion".
REACHES = compile_lazily(r",?\s{1,3}to\s{1,3}", regex.I)
# A change told as a noun, up to the measure it moves: "rise in ", "fall in ".
MOVE_IN = r"(?:rise|increase|jump|gain|climb|fall|drop|decline|slide)\s{1,3}in\s{1,3}"
# A change told as a noun, its measure and the level it reaches: " rise in 2024 revenue to ".
_MOVE_TO = compile_lazily(rf"\s{{1,3}}{MOVE_IN}[^,;:()]{{1,40}}?\s{{1,3}}to\s{{1,3}}", regex.I)


# A figure right after these words is what another is compared with ("up from
# $450 million", "55% above the £3.1bn paid in 2019", "double the €1.2 billion",
# "three times the $1.1 billion").
BASELINE_BEFORE = compile_lazily(
    r"(?i)\b(?:(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:(?:the|its|their)\s+)?"
    r"|(?:above|below|beyond|short\s+of|double|triple|twice|half"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+times)"
    r"\s+(?:the|its|their)\s+"
    r"|(?:markup|mark-up|premium|discount|uplift)\s+(?:on|to|over)\s+(?:the|its|their)\s+)\Z"
)


def named_periods(sentence: str, document_date: datetime.date | None) -> list[Period]:
    """Return the periods a sentence names, figures or not, in order."""
    return [x.period for x in _time_expressions(sentence, document_date) if x.period]


def _time_expressions(sentence: str, document_date: datetime.date | None) -> list[_Expression]:
    """Find the time expressions of a sentence, in order, with their periods."""
    expressions: list[_Expression] = []
    if not _TIME_HINT.search(sentence):
        return expressions  # most sentences name no time: pass them by at one cheap scan
    for match in _TIME.finditer(sentence):
        baseline = bool(match.group("since")) and not _WHEN.match(sentence, match.end())
        period = None if baseline else _resolve(match, document_date)
        back = not baseline and bool(_YEAR_BACK.fullmatch(match.group("baseline") or ""))
        expressions.append(_Expression(*match.span(), period, baseline, back))
    return expressions


# Baselines one year back: "a year earlier", "the year-ago quarter", "the prior
# year"; not "the previous quarter", one quarter back.
_YEAR_BACK = compile_lazily(
    r"(?:a|the|one)\s{1,3}year\s{1,3}(?:earlier|before|ago|prior)"
    r"|(?:the\s{1,3})?same\s{1,3}\w+(?:\s{1,3}months)?\s{1,3}(?:of\s{1,3})?"
    r"(?:last|the\s{1,3}(?:previous|prior)|a)\s{1,3}year(?:\s{1,3}\w+)?"
    r"|(?:year-ago|year-earlier)(?:[\s-]{1,3}\w+)?"
    r"|(?:prior|previous|preceding)[\s-]{1,3}(?:fiscal[\s-]{1,3})?year",
    regex.I,
)


# "since 2024, when investors priced it at ...": the clause after "when" is in 2024.
_WHEN = compile_lazily(r",?\s{1,3}when\b", regex.I)


def _owner(
    sentence: str, spans: list[tuple[int, int]], expression: _Expression
) -> tuple[int, bool] | None:
    """Return the figure an expression belongs to, and whether it follows it.

    The figure is the one the expression closely follows, else the next one
    (always when the expression owns it: "6.2% more than this year's AED
    67.3 billion"); None for an expression overlapping a figure ("$2025
    million") or after the last figure without following it closely.
    """
    left = bisect.bisect_right(spans, expression.start, key=lambda span: span[1]) - 1
    right = bisect.bisect_left(spans, expression.end, key=lambda span: span[0])
    if right != left + 1:
        return None
    last = right == len(spans)
    if not last and (
        _labels_bracket(sentence, expression)
        or _OWNS_NEXT.fullmatch(sentence, expression.end, spans[right][0])
    ):
        return right, False
    if left >= 0 and _adjacent(sentence[spans[left][1] : expression.start], last):
        return left, True
    return None if last or _in_aside(sentence, spans, left, expression) else (right, False)


# A time in the possessive owns the figure right after it: "this year's AED 67.3 billion".
_OWNS_NEXT = compile_lazily(r"['’]s\s{1,3}")


def _in_aside(
    sentence: str, spans: list[tuple[int, int]], left: int, expression: _Expression
) -> bool:
    """Tell whether an expression stands in an aside about a name, closed before the next figure.

    "Birch, which bought the mill in 2019, will keep 70%" and "Birch, the
    chain founded in 1996, is selling 20%": the year is of the aside's own
    deed, not of the figure after it.
    """
    start = spans[left][1] if left >= 0 else 0
    opened = _ASIDE_OPENS.search(sentence, start, expression.start)
    return opened is not None and "," in sentence[expression.end : spans[left + 1][0]]


# A relative clause or a description opening an aside, with no comma after it yet.
_ASIDE_OPENS = compile_lazily(r",\s{1,3}(?:which|who|whose|the|a|an)\b[^,]*\Z", regex.I)


def _labels_bracket(sentence: str, expression: _Expression) -> bool:
    """Tell whether an expression labels the figures of its bracket: "(2023: $94 million)".

    Such a label dates what it introduces inside the bracket, never the
    figure the bracket follows: "£88m (2023: £94m)" sets 2024's £88m against
    2023's £94m.
    """
    return (
        _BRACKET_OPENS.search(sentence, 0, expression.start) is not None
        and _LABEL_ENDS.match(sentence, expression.end) is not None
    )


_BRACKET_OPENS = compile_lazily(r"\(\s*\Z")
_LABEL_ENDS = compile_lazily(r"\s*:")


def _adjacent(gap: str, last: bool = False) -> bool:
    """Say whether the words between a figure and an expression join them.

    After the sentence's last figure no other figure can claim the
    expression, so it may stand a little farther, as long as the figure's
    clause goes on ("the €2.3 billion raised for the Corran Head farm in 2023").
    """
    words, chars = (
        (_TRAILING_WORDS, _TRAILING_CHARS) if last else (_ADJACENT_WORDS, _ADJACENT_CHARS)
    )
    if len(gap) > chars or len(gap.split()) > words:
        return False
    return _CLAUSE_BREAK.search(_LIST_COMMA.sub(" ", gap)) is None


# A comma between the items of a list of things ("on depots, trams and
# signalling in 2026") continues the figure's phrase; it breaks no clause.
_LIST_ITEM = r"(?:\s+[a-z][\w'-]*){1,3}"
_LIST_COMMA = compile_lazily(rf",(?={_LIST_ITEM}(?:,{_LIST_ITEM})*\s+(?:and|or)\s)")


def _choose(
    sentence: str,
    span: tuple[int, int],
    after: list[_Expression],
    before: list[_Expression],
    leading: list[_Expression],
    baseline: bool = False,
) -> Period | None:
    """Pick a figure's period: its own expression after it, before it, or inherited.

    A leading expression is not inherited past a semicolon: in "its Series B
    in 2023 valued it at $180 million; this round values it at $250 million"
    the second figure is not of 2023; nor out of a relative aside: in "X,
    which led the 2022 round at a $560 million valuation, sat out the
    top-up, which valued Y at $310 million" the top-up is not of 2022.
    """
    after = [x for x in after if not x.contrast] or ([] if before else after)
    if after:
        return after[0].period
    if baseline:
        return None  # "to $413 million from $382 million": the baseline has no period of its own
    before = [x for x in before if not x.contrast]
    if before:
        return before[-1].period
    asides = [found.span() for found in RELATIVE_ASIDE.finditer(sentence, 0, span[0])]
    earlier = [
        x
        for x in leading
        if x.end <= span[0]
        and ";" not in sentence[x.end : span[0]]
        and not any(a <= x.start < b <= span[0] for a, b in asides)
    ]
    return earlier[-1].period if earlier else None


def _half(written: str) -> int:
    """Return 1 or 2 for a half written "first half", "H1", "2H" and the like."""
    return 2 if written.lower().startswith(("second", "2nd", "h2", "2h")) else 1


def _resolve(match: regex.Match[str], today: datetime.date | None) -> Period | None:
    """Turn a matched time expression into the period it names."""
    if match.group("baseline"):
        return None
    if match.group("half"):
        year = _year(match.group("year"))
        return None if year is None else Period(year, half=_half(match.group("half")))
    if match.group("step"):
        return _relative(match.group("step").lower(), match.group("unit").lower(), today)
    quarter = _quarter(match)
    year = _year(match.group("year"))
    if year is None and quarter is not None and today is not None:
        year = today.year - 1 if quarter > _quarter_of(today) else today.year
    return None if year is None else Period(year, quarter)


def _relative(step: str, unit: str, today: datetime.date | None) -> Period | None:
    """Resolve "last year", "this quarter" and the like against the document date."""
    if today is None or (step == "past" and unit == "year"):
        return None  # "over the past year" is a trailing twelve months
    if unit == "year":
        return Period(today.year + _STEPS[step])
    count = today.year * 4 + _quarter_of(today) - 1 + _STEPS[step]
    return Period(count // 4, count % 4 + 1)


def _quarter(match: regex.Match[str]) -> int | None:
    if match.group("qnum"):
        return int(match.group("qnum"))
    word = match.group("qword")
    return _QUARTER_WORDS[word.lower()] if word else None


_YEAR_DIGITS = compile_lazily(r"\d{4}|\d\d(?!\d)")


def _year(text: str | None) -> int | None:
    """Read "2024", "fiscal 2024", "FY24" or "'24" as a four-digit year.

    A year split over two ("2024-25", "2024/2025": a fiscal year or a
    season) is the year it ends in; a span of more ("2025-2030") is its first.
    """
    if not text:
        return None
    years = [_four_digits(d) for d in _YEAR_DIGITS.findall(text)]
    if len(years) == 2 and years[1] == years[0] + 1:
        return years[1]
    return years[0] if years else None


def _four_digits(digits: str) -> int:
    """Read a year of two or four digits ("25", "2025") as four."""
    number = int(digits)
    if len(digits) == 4:
        return number
    return 1900 + number if number >= 90 else 2000 + number


def _quarter_of(day: datetime.date) -> int:
    return (day.month - 1) // 3 + 1
