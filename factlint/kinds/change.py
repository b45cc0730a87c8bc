"""Kind ``change``: a stated change must agree with its endpoints.

A sentence that states a change and both its endpoints ("rose 25% to $150
million from $100 million", "tripled from $40 million to $90 million")
makes an arithmetic claim: the "to" figure is the "from" figure times the
change.  Changes are multipliers ("doubled", "halved", "fell by half",
"cut in half", "grew tenfold"; "more than doubled" and "nearly tripled"
are bounds, "roughly doubled" is not checked) or percentages after a verb
or before a noun ("rose 25%", "down 10%", "a 20% increase").  Endpoints
are the figures right after "from" and "to" in the change's clause, of
the same kind; "double that to $2 billion" starts from the nearest
earlier figure of that kind in the sentence, or else the last one of the
previous sentence.  A change missing an endpoint is not checked, nor are
percentage points.  Every figure is widened by its rounding, and the
change also by ``tolerance`` (a fraction of the change: 2% of a 7.5% rise,
of the 100% "doubled" adds); a change is reported, at its "to" figure,
only when no values inside those intervals make it true (between
percentages, a percent change may also be meant as points).

Options: ``severity``, ``message``, ``tolerance``.  Message fields:
``{change}`` (the change words), ``{start}`` (the "from" figure),
``{end}`` (the "to" figure), ``{expected}`` (start times the change),
``{expected_range}`` (that product over the figures' rounding).

    kind: change
    severity: info
    tolerance: 0.02
    message: "{change} from {start} gives {expected} ({expected_range}), not {end}"

FAIL: "Revenue rose 25% to $150 million from $100 million" ($125 million).
PASS: "Sales fell 10% to $90 million from $100 million"; "doubled to $2
billion from $1 billion".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from itertools import chain
from typing import Literal, NamedTuple

import regex

from factlint.claims import Claim, Location
from factlint.diagnostics import Finding
from factlint.documents import Document
from factlint.documents.sentences import Span
from factlint.figures import amount, amount_range
from factlint.kinds.base import Corpus, RuleBase, fill
from factlint.kinds.facts import label
from factlint.lazyregex import compile_lazily
from factlint.quantities import Quantity

__all__ = ["SCOPE", "FIELDS", "KIND", "ChangeRule", "check"]

KIND = "change"
SCOPE = "document"  # a change and its endpoints stand in one sentence
FIELDS = ("change", "start", "end", "expected", "expected_range")

Interval = tuple[float, float]
_INF = float("inf")
_UP = (
    r"r(?:ose|is(?:e[sn]?|ing))|gr(?:ew|ow(?:s|n|ing)?)|increas(?:e[sd]?|ing)|jump(?:s|ed|ing)?"
    r"|climb(?:s|ed|ing)?|gain(?:s|ed|ing)?|surg(?:e[sd]?|ing)|soar(?:s|ed|ing)?"
    r"|advanc(?:e[sd]?|ing)|expand(?:s|ed|ing)?|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|up"
)
_DOWN = (
    r"f(?:ell|all(?:s|en|ing)?)|drop(?:s|ped|ping)?|declin(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)"
    r"|slid(?:es?|ing)?|slip(?:s|ped|ping)?|s(?:ank|unk|ink(?:s|ing)?)|shr(?:ank|unk|ink(?:s|ing)?)"
    r"|plung(?:e[sd]?|ing)|tumbl(?:e[sd]?|ing)|dip(?:s|ped|ping)?|cut(?:s|ting)?"
    r"|slash(?:es|ed|ing)?|reduc(?:e[sd]?|ing)|lower(?:s|ed|ing)?|down"
)
_UP_NOUN = r"increase|rise|jump|gain|growth|climb|surge|boost|hike"
_DOWN_NOUN = r"decline|decrease|drop|fall|cut|reduction|slide|plunge|dip|slump"
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_NUMBERS |= {"nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "hundred": 100, "thousand": 1000}
_STEMS = {"doubl": 2.0, "tripl": 3.0, "quadrupl": 4.0, "quintupl": 5.0, "halv": 0.5}
_HEDGES = r"more\s+than|over|at\s+least|nearly|almost|close\s+to|just\s+under|roughly|about|around"
_MULTIPLIER = compile_lazily(
    rf"\b(?:(?P<hedge>{_HEDGES})\s{{1,3}})?(?:(?P<stem>{'|'.join(_STEMS)})(?:e[sd]?|ing)"
    rf"(?![-\w])(?!\s+down\b)|(?:(?P<fell>{_DOWN})\s{{1,3}}(?:an?\s{{1,3}})?)?(?P<n>\d{{1,4}}"
    rf"(?:\.\d{{1,2}})?|{'|'.join(_NUMBERS)})-?fold\b(?P<cut>\s{{1,3}}(?:{_DOWN_NOUN})\b)?"
    rf"|(?:(?P<down>{_DOWN})(?:\s{{1,3}}[\w'’]{{1,20}}){{0,2}}?\s{{1,3}}(?:by|in)|(?:{_UP})"
    rf"\s{{1,3}}by)\s{{1,3}}half\b)(?P<that>\s{{1,3}}that\b)?",
    regex.IGNORECASE,
)
# What every multiplier holds: searched first, as most sentences have none
# and the full pattern costs ten times as much to run over a sentence.
_MULTIPLIER_HINT = compile_lazily(rf"fold|half|{'|'.join(_STEMS)}", regex.IGNORECASE)
_VERB_BEFORE = compile_lazily(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s{{1,3}}(?:by\s{{1,3}})?\Z", regex.IGNORECASE
)
_NOUN_AFTER = compile_lazily(
    rf"\A\s{{1,3}}(?:(?:annual|yearly|year-(?:over|on)-year)\s{{1,3}})?"
    rf"(?:(?P<up>{_UP_NOUN})|(?P<down>{_DOWN_NOUN}))\b",
    regex.IGNORECASE,
)
_TO = compile_lazily(
    r"(?<!\b(?:compared|relative|close|equal|similar|next)\s{1,3})\bto\s{1,3}\Z", regex.IGNORECASE
)
_FROM = compile_lazily(r"\bfrom\s{1,3}\Z", regex.IGNORECASE)
_BOUNDARY = compile_lazily(
    r";|\b(?:and|but|while|whereas|although|though|yet|as|after)\b", regex.IGNORECASE
)


class ChangeRule(RuleBase):
    """A stated change must agree with the figures it starts and ends at."""

    kind: Literal["change"]


class _Change(NamedTuple):
    """One stated change: its words, and the factor or percentage it claims."""

    start: int
    end: int
    words: str
    nominal: float  # the factor as stated
    factor: Interval | None  # the factors a multiplier allows; None for a percentage
    percent: Quantity | None
    down: bool
    back: bool  # "double that": the start is an earlier figure


class _Sentence(NamedTuple):
    """A sentence of the prose, the document's quantities, and the previous sentence's."""

    prose: str
    span: Span
    quantities: Sequence[Quantity]
    starts: Sequence[int]  # where each quantity starts, for bisection
    earlier: Sequence[Quantity]

    def within(self, low: int, high: int) -> Sequence[Quantity]:
        """Return the quantities that start from ``low`` to before ``high``."""
        return self.quantities[
            bisect.bisect_left(self.starts, low) : bisect.bisect_left(self.starts, high)
        ]

    def covers(self, offset: int) -> bool:
        """Tell whether a quantity's text holds an offset ("as" in "as high as")."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return index >= 0 and self.quantities[index].end > offset


def check(rule: ChangeRule, corpus: Corpus) -> Iterator[Finding]:
    """Yield one finding per change its endpoints contradict."""
    by_path: dict[str, dict[tuple[int, int], Claim]] = {}
    for c in reversed(corpus.claims):
        by_path.setdefault(c.location.path, {})[(c.quantity.start, c.quantity.end)] = c
    for document, found, spans in zip(
        corpus.documents, corpus.quantities, corpus.sentences, strict=True
    ):
        claims = by_path.get(document.path, {})
        for change, start, end in _statements(document.prose, found, spans):
            if _contradicts(change, start, end, rule.tolerance):
                yield _finding(rule, document, claims, (change, start, end))


def _statements(
    prose: str, quantities: Sequence[Quantity], spans: Sequence[Span]
) -> Iterator[tuple[_Change, Quantity, Quantity]]:
    """Yield each change a sentence states, with its start and end figures."""
    starts = [q.start for q in quantities]
    earlier: Sequence[Quantity] = ()
    for span in spans:
        sentence = _Sentence(prose, span, quantities, starts, earlier)
        inside = sentence.within(span.start, span.end)
        found = (
            [_multiplier(m) for m in _MULTIPLIER.finditer(prose, span.start, span.end)]
            if _MULTIPLIER_HINT.search(prose, span.start, span.end)
            else []
        )
        found += [_percent_change(prose, span, q) for q in inside]
        changes = sorted((c for c in found if c is not None), key=lambda c: c.start)
        for i, change in enumerate(changes):
            pair = _endpoints(sentence, changes, i)
            if pair is not None:
                yield change, *pair
        earlier = inside


def _multiplier(match: regex.Match[str]) -> _Change | None:
    """Read a multiplier: "doubled", "fell by half", "tenfold" ("fell tenfold" divides)."""
    if match["stem"]:
        factor = _STEMS[match["stem"].lower()]
    elif match["n"]:
        factor = float(_NUMBERS.get(match["n"].lower()) or match["n"])
        factor = 1 / factor if match["fell"] or match["cut"] else factor
    else:
        factor = 0.5 if match["down"] else 1.5
    hedged = _hedged(factor, (match["hedge"] or "").lower())
    if hedged is None:
        return None
    return _Change(*match.span(), match[0], factor, hedged, None, factor < 1, bool(match["that"]))


def _hedged(factor: float, hedge: str) -> Interval | None:
    """Return the factors a hedged multiplier allows; None for a rough one ("about")."""
    if not hedge:
        return factor, factor
    if hedge.startswith(("more", "over", "at")):
        return (factor, _INF) if factor > 1 else (0.0, factor)
    if hedge.startswith(("nearly", "almost", "close", "just")):
        return (1.0, factor) if factor > 1 else (factor, 1.0)
    return None


def _percent_change(prose: str, span: Span, quantity: Quantity) -> _Change | None:
    """Read a percentage as a change when a verb precedes it or a noun follows it."""
    if quantity.kind != "percent" or quantity.unit is not None:
        return None
    base = max(span.start, quantity.start - 30)
    verb = _VERB_BEFORE.search(prose[base : quantity.start])
    found = verb or _NOUN_AFTER.match(prose[quantity.end : span.end])
    if found is None:
        return None
    start = base + verb.start() if verb else quantity.start
    end = quantity.end if verb else quantity.end + found.end()
    down = bool(found["down"])
    nominal = 1 + (-1 if down else 1) * _nominal(quantity) / 100
    return _Change(start, end, prose[start:end], nominal, None, quantity, down, False)


def _endpoints(
    sentence: _Sentence, changes: Sequence[_Change], i: int
) -> tuple[Quantity, Quantity] | None:
    """Find a change's "from" and "to" figures: after it in its clause, else before it."""
    change, prose = changes[i], sentence.prose
    left, right = _clause(sentence, changes, i)
    ahead = [q for q in sentence.within(change.end, right) if _usable(q, change)]
    near = ahead + [q for q in reversed(sentence.within(left, change.start)) if _usable(q, change)]
    end = next((q for q in near if _after(prose, q, _TO)), None)
    if end is None:
        return None
    start = next((q for q in near if _after(prose, q, _FROM) and _alike(q, end)), None)
    if start is None and change.back:  # the nearest earlier figure, or the last one before
        own = sentence.within(sentence.span.start, change.start)
        before = chain(reversed(own), reversed(sentence.earlier))
        start = next((q for q in before if _usable(q, change) and _alike(q, end)), None)
    return None if start is None else (start, end)


def _clause(sentence: _Sentence, changes: Sequence[_Change], i: int) -> tuple[int, int]:
    """Return where a change's clause starts and ends (the next change ends it too)."""
    low = changes[i - 1].end if i else sentence.span.start
    high = changes[i + 1].start if i + 1 < len(changes) else sentence.span.end
    words = _BOUNDARY.finditer(sentence.prose, low, high)
    cuts = [m.span() for m in words if not sentence.covers(m.start())]
    left = max((e for s, e in cuts if e <= changes[i].start), default=low)
    right = min((s for s, e in cuts if s >= changes[i].end), default=high)
    return left, right


def _usable(figure: Quantity, change: _Change) -> bool:
    """Tell whether a figure can be an endpoint: not the change, not points, not negative."""
    return figure is not change.percent and figure.unit in (None, "cent") and (figure.low or 0) >= 0


def _after(prose: str, figure: Quantity, marker: regex.Pattern[str]) -> bool:
    """Tell whether a figure comes right after a marker word ("to", "from")."""
    return marker.search(prose[max(0, figure.start - 24) : figure.start]) is not None


def _alike(one: Quantity, other: Quantity) -> bool:
    """Tell whether two figures can be compared: same kind, unit and currency."""
    same = one is not other and (one.kind, one.unit) == (other.kind, other.unit)
    return same and len({one.currency, other.currency} - {None}) < 2


def _contradicts(change: _Change, start: Quantity, end: Quantity, tolerance: float) -> bool:
    """Tell whether no values inside the figures' intervals make the change true.

    The endpoints allow their rounding only, as their digits tell how exact
    they are; the tolerance widens the change itself.  A slack on the levels
    would swallow small changes whole: 2% on "£468" is a quarter of a 7.5%
    rise.  Between percentages, a percent change may also be meant as points.
    """
    first, last = _bounds(start, 0.0), _bounds(end, 0.0)
    if _meets(_times(first, _factor(change, tolerance)), last):
        return False
    if change.percent is None or end.kind != "percent":
        return True
    low, high = _bounds(change.percent, tolerance)
    points = (-high, -low) if change.down else (low, high)
    return not _meets((first[0] + points[0], first[1] + points[1]), last)


def _factor(change: _Change, tolerance: float) -> Interval:
    """Return the factors a change allows, the change widened by ``tolerance`` of itself.

    A percentage is widened like any figure; a multiplier by a fraction of
    what it adds or takes away ("doubled" adds 100%: 1.98 to 2.02 at 2%).
    """
    if change.factor is not None or change.percent is None:
        low, high = change.factor or (0.0, _INF)
        return max(0.0, low - abs(low - 1) * tolerance), high + abs(high - 1) * tolerance
    low, high = _bounds(change.percent, tolerance)
    if change.down:
        return max(0.0, 1 - high / 100), max(0.0, 1 - low / 100)
    return 1 + low / 100, 1 + high / 100


def _bounds(figure: Quantity, tolerance: float) -> Interval:
    """Return a non-negative figure's interval, open sides as 0 and infinity."""
    low, high = figure.interval(tolerance)
    return max(0.0, low or 0.0), _INF if high is None else high


def _times(one: Interval, other: Interval) -> Interval:
    """Multiply two non-negative intervals (zero times infinity is zero)."""
    low = 0.0 if 0.0 in (one[0], other[0]) else one[0] * other[0]
    high = 0.0 if 0.0 in (one[1], other[1]) else one[1] * other[1]
    return low, high


def _meets(one: Interval, other: Interval) -> bool:
    """Tell whether two intervals share a point."""
    return one[0] <= other[1] and other[0] <= one[1]


def _nominal(figure: Quantity) -> float:
    """Return a figure's stated value, or the middle of its finite bounds."""
    bounds = [b for b in (figure.low, figure.high) if b is not None]
    return figure.value if figure.value is not None else sum(bounds) / max(1, len(bounds))


def _finding(
    rule: ChangeRule,
    document: Document,
    claims: Mapping[tuple[int, int], Claim],
    statement: tuple[_Change, Quantity, Quantity],
) -> Finding:
    """Report a contradicted change at its "to" figure."""
    change, start, end = statement
    low, high = _times(_bounds(start, 0.0), _factor(change, 0.0))
    expected = _nominal(start) * change.nominal
    values = {
        "change": repr(" ".join(change.words.split())),
        "start": repr(start.text),
        "end": repr(end.text),
        "expected": amount(expected, end.kind, start.currency or end.currency),
        "expected_range": amount_range(low, high, end.kind) if high < _INF else "unbounded",
    }
    primary = _claim(document, claims, end)
    related = tuple(_claim(document, claims, q) for q in (start, change.percent) if q is not None)
    fact = label(primary.key) if primary.subject else primary.fact
    return Finding(primary=primary, related=related, message=fill(rule.message, values), fact=fact)


def _claim(document: Document, claims: Mapping[tuple[int, int], Claim], figure: Quantity) -> Claim:
    """Return the claim at a figure, or a bare "change" claim when no fact bound it."""
    found = claims.get((figure.start, figure.end))
    if found is not None:
        return found
    line, column = document.line_column(figure.start)
    end_line, end_column = document.line_column(figure.end)
    where = Location(
        path=document.path, line=line, column=column, end_line=end_line, end_column=end_column
    )
    low, high = figure.interval()
    return Claim(
        fact=KIND,
        subject=None,
        period="",
        modality="reported",
        quantity=figure,
        location=where,
        low=low,
        high=high,
    )
