"""Bind each quantity to the fact its sentence states, with whose it is and when.

A quantity takes the fact whose cue word stands nearest to it in its
sentence (no farther than ``MAX_CUE_DISTANCE`` words, and not across another
quantity of the same kind, which owns that cue).  A quantity with no cue of
its own continues the fact of the quantity before it in the sentence
("revenue of $870 million last year and $2 billion in 2025").  Its subject
and agent come from ``roles.py``; its period key (a year or quarter,
"current" or "earlier") and how it is stated are read here.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from factlint.claims.entities import Mention
from factlint.claims.model import FactSpec, Modality, PackCues
from factlint.claims.periods import BASELINE_BEFORE, Period
from factlint.claims.roles import NOT_A_COMPANY, raiser_named, roles, stated_owner
from factlint.claims.text import WORD, Sentence, in_brackets_after, word_distance
from factlint.quantities import Quantity

__all__ = ["MAX_CUE_DISTANCE", "Binding", "bind_sentence"]

MAX_CUE_DISTANCE = 10
# Endings that turn a cue into a word for people ("investors", "buyers").
_PEOPLE = frozenset({"or", "ors", "er", "ers", "ors'", "ers'"})


class Binding(NamedTuple):
    """What one quantity of a sentence states, before it becomes a Claim."""

    quantity: Quantity
    fact: FactSpec
    subject: str | None
    agent: str | None
    period: str
    modality: Modality


def bind_sentence(
    text: str,
    offset: int,
    quantities: Sequence[Quantity],
    periods: Sequence[Period | None],
    facts: Sequence[tuple[FactSpec, PackCues]],
    mentions: Sequence[Mention],
    topic: str | None,
    date: datetime.date | None,
    recent: dict[str, str],
) -> list[Binding]:
    """Bind the quantities of one sentence (``text`` starts at ``offset``).

    ``recent`` maps fact ids to the subject last bound to them in the
    document; it is read for ``refers_to`` and updated here.
    """
    sentence = Sentence.of(text, offset, tuple((m.start, m.end) for m in mentions))
    chosen = _facts_of(sentence, quantities, facts)
    cues_of = dict(facts)
    clauses = [_clause(sentence, quantities, i) for i in range(len(quantities))]
    deal_periods = [
        (period, pick[0])
        for period, pick, clause in zip(periods, chosen, clauses, strict=True)
        if pick and pick[0].timing == "deal" and not _CONTRAST.search(clause)
    ]
    set_against = [
        (period, pick[0])
        for period, pick, clause in zip(periods, chosen, clauses, strict=True)
        if pick and period and date and period.year < date.year and _CONTRAST.search(clause)
    ]
    bindings: list[Binding] = []
    for index, quantity in enumerate(quantities):
        pick = chosen[index]
        if pick is None:
            continue
        spec, cue_at = pick
        cues = cues_of[spec]
        clause = clauses[index]
        if any(_phrase(c).search(clause) for c in cues.forecasts):
            continue  # "the £1.18bn analysts had expected" is no figure of the company's
        here = {b.fact.id: b.subject for b in bindings if b.subject}
        deal = next((here[f] for f in spec.refers_to if f in here), None)
        # A round told about "the startup" is the last round's company's.
        chain = ((spec.id,) if spec.subject_from == "context" else ()) + spec.refers_to
        referent = next((recent[f] for f in chain if f in recent), topic)
        subject, agent = roles(sentence, quantity, quantities, cue_at, spec, mentions, referent)
        if spec.agent and subject is None:
            subject = deal  # "closed a $300 million round ..., which took an 8% stake"
        elif (
            not spec.agent
            and subject != NOT_A_COMPANY
            and not stated_owner(sentence, quantity, cue_at, mentions)
        ):
            context = spec.subject_from == "context" and not raiser_named(
                sentence, quantity.start - sentence.offset
            )
            subject = deal or (referent if context else None) or subject
        if subject:
            recent[spec.id] = subject
        # Another figure of the same fact is the fact at another time: it dates nothing here.
        dating = [p for p, other in deal_periods if other is not spec]
        newer = any(other is spec for _, other in set_against) and periods[index] is None
        period = _period_label(clause, spec, cues, periods[index], date, dating, newer)
        bindings.append(Binding(quantity, spec, subject, agent, period, _modality(sentence, cues)))
    return bindings


def _facts_of(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    facts: Sequence[tuple[FactSpec, PackCues]],
) -> list[tuple[FactSpec, int | None] | None]:
    """Choose each quantity's fact: its nearest cue's, or the one before it continues.

    A price of one unit ("$26 a share") states no fact, and neither does a
    figure continuing it ("above the $23-$25 range"); a yearly flow ("€420
    million a year") is never a deal's amount or value, which are stocks;
    and a figure in brackets in the unit of the one before it ("Net income:
    $48.2 million ($44.0 million)") is another period's, which it does not name.
    The parts of a total ("the $180 million round includes $110 million from
    ...") are not the total's fact either.
    """
    previous: dict[str, FactSpec | None] = {}
    return [_fact_of(sentence, quantities, i, facts, previous) for i in range(len(quantities))]


def _fact_of(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    index: int,
    facts: Sequence[tuple[FactSpec, PackCues]],
    previous: dict[str, FactSpec | None],
) -> tuple[FactSpec, int | None] | None:
    """Choose one quantity's fact; ``previous`` holds the fact each kind continues."""
    quantity = quantities[index]
    end = quantity.end - sentence.offset
    if _compares(sentence, quantities, index):
        return None
    unit_price = _UNIT_PRICE.match(sentence.text, end) is not None
    if unit_price or _part_of(sentence, quantities, index):
        previous[quantity.kind] = None  # what follows continues neither
    if unit_price:
        return None
    flow = _FLOW.match(sentence.text, end) is not None
    usable = [f for f in facts if not (flow and f[0].timing == "deal")]
    baseline = previous.get(quantity.kind) if _is_baseline(sentence, quantity) else None
    found = None if baseline else _nearest_fact(sentence, quantity, quantities, usable)
    spec = found[0] if found else baseline or previous.get(quantity.kind)
    if spec is None or (flow and spec.timing == "deal"):
        return None
    previous[quantity.kind] = spec
    return spec, found[1] if found else None


# A cue after "for" and bare words names what money is set aside for.
_PURPOSE = regex.compile(r"(?i)\bfor\s+(?:(?!(?:a|an|the|its|their|his|her)\b)[a-z-]+\s+){0,2}\Z")


def _part_of(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether a figure is said to be part of the figure of its kind before it."""
    before = [q for q in quantities[:index] if q.kind == quantities[index].kind]
    if not before:
        return False
    gap = (before[-1].end - sentence.offset, quantities[index].start - sentence.offset)
    return _INCLUDES.search(sentence.text, *gap) is not None


_INCLUDES = regex.compile(
    r"(?i)\b(?:includ(?:es|ed|ing)|of\s+which|(?:split|divided|broken\s+down)\s+into"
    r"|consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing)|made\s+up\s+of)\b"
)


def _compares(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether a figure in brackets sets the one before it against another period's."""
    return (
        in_brackets_after(sentence.text, sentence.offset, quantities, index)
        and quantities[index].currency == quantities[index - 1].currency
    )


def _is_baseline(sentence: Sentence, quantity: Quantity) -> bool:
    """Tell whether a figure is what the one before it is compared with ("up from $450 million").

    A baseline states the same fact as that figure, at another time, even
    when a cue of another fact stands nearer ("up from $450 million when it
    raised its Series B").
    """
    return BASELINE_BEFORE.search(sentence.text, 0, quantity.start - sentence.offset) is not None


# What follows a price of one unit: "$26 a share", "410p per share", "$5 each".
_UNIT_PRICE = regex.compile(
    r"(?i)\s*(?:(?:a|an|per)\s+(?:share|unit|ticket|seat|barrel|ounce|tonne|ton|item|head"
    r"|person|vehicle|car|home|house)\b|per\s+(?:ADS|ADR)\b|each\b|apiece\b)"
)
# What follows a flow over time: "€420 million a year", "$3 billion annually".
_FLOW = regex.compile(
    r"(?i)\s*(?:(?:a|per|each|every)\s+(?:year|month|week|day|quarter|annum)\b|annually\b)"
)


def _nearest_fact(
    sentence: Sentence,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    facts: Sequence[tuple[FactSpec, PackCues]],
) -> tuple[FactSpec, int] | None:
    """Return the fact whose cue is nearest the quantity, and where the cue is."""
    start, end = quantity.start - sentence.offset, quantity.end - sentence.offset
    best: tuple[int, FactSpec, int] | None = None
    before = _word_before(sentence, start)
    for spec, _ in facts:
        if spec.kind != quantity.kind or before in spec.not_after:
            continue
        others = [m.span() for c in spec.not_cues for m in _phrase(c).finditer(sentence.text)]
        for at in _cue_positions(sentence, spec.cues):
            if _PURPOSE.search(sentence.text, 0, at) or any(a <= at < b for a, b in others):
                continue  # "set aside $9.5 million for possible loan losses": not a loss
            distance = word_distance(sentence, at, start, end)
            if distance > MAX_CUE_DISTANCE or _owned_elsewhere(sentence, at, quantity, quantities):
                continue
            if at >= end and _CLAUSE_BREAK.search(sentence.text, end, at):
                continue  # a cue after a comma opens another clause ("..., as sales rose")
            if best is None or distance < best[0]:
                best = (distance, spec, at)
    return (best[1], best[2]) if best else None


@functools.cache
def _phrase(words: str) -> regex.Pattern[str]:
    """Compile a cue phrase matched case-insensitively, across line wraps."""
    return regex.compile(r"(?i)\b" + r"\s+".join(map(regex.escape, words.split())) + r"\b")


def _word_before(sentence: Sentence, start: int) -> str:
    """Return the lower-cased word right before an offset ("" at the start)."""
    at = bisect.bisect_left(sentence.word_starts, start) - 1
    return sentence.words[at] if at >= 0 else ""


def _cue_positions(sentence: Sentence, cues: Sequence[str]) -> list[int]:
    """Return where any cue of a list stands in a sentence, outside names."""
    return [at for at in _cue_matches(sentence, cues) if not sentence.in_name(at)]


def _cue_matches(sentence: Sentence, cues: Sequence[str]) -> list[int]:
    """Return where any cue of a list stands in a sentence (word-start matches)."""
    found = []
    for cue in cues:
        cue = cue.lower()
        if " " in cue:
            found += [m.start() for m in _phrase(cue).finditer(sentence.text)]
            continue
        for at, word in zip(sentence.word_starts, sentence.words, strict=True):
            if word in (cue, cue + "s") or (
                len(cue) >= 4 and word.startswith(cue) and word[len(cue) :] not in _PEOPLE
            ):
                found.append(at)
    return found


def _owned_elsewhere(
    sentence: Sentence, at: int, quantity: Quantity, quantities: Sequence[Quantity]
) -> bool:
    """Tell whether the cue belongs to another quantity of the same kind.

    It does when that quantity stands between the cue and this one, or
    stands nearer the cue: "processed $18 billion in payments and had
    revenue of $95 million" binds "revenue" to the $95 million only.  At
    equal distance a cue belongs to the figure after it: in "earning $142
    million on revenue of $3.4 billion" "revenue" is the $3.4 billion's.
    """
    cue = at + sentence.offset
    low, high = sorted((cue, quantity.start))
    own = _cue_distance(
        sentence, at, quantity.start - sentence.offset, quantity.end - sentence.offset
    )
    for other in quantities:
        if other is quantity or other.kind != quantity.kind:
            continue
        if low < other.start < high:
            return True
        offsets = (other.start - sentence.offset, other.end - sentence.offset)
        theirs = _cue_distance(sentence, at, *offsets)
        if theirs < own or (theirs == own and other.start > cue > quantity.start):
            return True
    return False


_CLAUSE_BREAK = regex.compile(r"[,;:()—–]|\b(?:while|whereas|but|although|though)\b")


def _cue_distance(sentence: Sentence, at: int, start: int, end: int) -> int:
    """Return words between cue and figure, counting a clause break as five more."""
    low, high = (at, start) if at < start else (end, at)
    broken = _CLAUSE_BREAK.search(sentence.text, low, high) is not None
    return word_distance(sentence, at, start, end) + (5 if broken else 0)


def _clause(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> str:
    """Return the words that belong to one quantity.

    That is the text from the previous quantity to the next one, less the
    last four words before the next one, which lead into it ("$8 billion,
    up from the roughly $5 billion": "up from" is about the $5 billion).
    """
    start = quantities[index - 1].end - sentence.offset if index else 0
    if index + 1 == len(quantities):
        return sentence.text[start:]
    end = quantities[index + 1].start - sentence.offset
    words = [
        m.start()
        for m in WORD.finditer(sentence.text, quantities[index].end - sentence.offset, end)
    ]
    return sentence.text[
        start : words[-4] if len(words) >= 4 else quantities[index].end - sentence.offset
    ]


def _period_label(
    clause: str,
    spec: FactSpec,
    cues: PackCues,
    period: Period | None,
    date: datetime.date | None,
    deal_periods: Sequence[Period | None] = (),
    newer: bool = False,
) -> str:
    """Return the period key of a claim: a year or quarter, "current" or "earlier".

    A deal figure dated before the article's year keeps that year ("paid $90
    million for 60% of X in 2022" dates the whole deal), so two earlier
    deals of different years are never compared; an earlier figure of no
    known year ("was last valued at") is "earlier".
    """
    if spec.timing == "period":
        return _period_text(period) if period else ""
    past = [p for p in (period, *deal_periods) if p and date and p.year < date.year]
    if past:
        return str(past[0].year)  # an earlier deal of a known year
    if _marked_earlier(clause, cues) and not newer:
        return "earlier"
    if period is None or date is None or period.year >= date.year:
        return "current"
    return _period_text(period)


# A figure set against another ("up from $1.2 billion in 2023") dates only itself.
_CONTRAST = regex.compile(
    r"(?i)\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bthan\b"
    r"|\b(?:double|triple|twice|half)\b"
)


def _marked_earlier(clause: str, cues: PackCues) -> bool:
    """Tell whether a figure's own words mark it as from before ("last valued", "up from")."""
    return any(_phrase(c).search(clause) for c in cues.earlier)


def _period_text(period: Period) -> str:
    """Return "2024" or "2024-Q3"."""
    return f"{period.year}-Q{period.quarter}" if period.quarter else str(period.year)


def _modality(sentence: Sentence, cues: PackCues) -> Modality:
    """Return how a sentence states its figures: talks, projected, hedged or reported."""
    kinds: tuple[tuple[Modality, tuple[str, ...]], ...] = (
        ("talks", cues.talks),
        ("projected", cues.projected),
        ("hedged", cues.hedged),
    )
    for modality, stems in kinds:
        if _cue_positions(sentence, stems):
            return modality
    return "reported"
