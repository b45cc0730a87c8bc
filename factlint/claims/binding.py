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
from factlint.claims.periods import Period
from factlint.claims.roles import raiser_named, roles, stated_owner
from factlint.claims.text import WORD, Sentence, word_distance
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
    sentence = Sentence.of(text, offset)
    chosen = _facts_of(sentence, quantities, facts)
    cues_of = dict(facts)
    clauses = [_clause(sentence, quantities, i) for i in range(len(quantities))]
    deal_periods = [
        period
        for period, pick, clause in zip(periods, chosen, clauses, strict=True)
        if pick and pick[0].timing == "deal" and not _CONTRAST.search(clause)
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
        elif not spec.agent and not stated_owner(sentence, quantity, cue_at, mentions):
            context = spec.subject_from == "context" and not raiser_named(
                sentence, quantity.start - sentence.offset
            )
            subject = deal or (referent if context else None) or subject
        if subject:
            recent[spec.id] = subject
        period = _period_label(clause, spec, cues, periods[index], date, deal_periods)
        bindings.append(Binding(quantity, spec, subject, agent, period, _modality(sentence, cues)))
    return bindings


def _facts_of(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    facts: Sequence[tuple[FactSpec, PackCues]],
) -> list[tuple[FactSpec, int | None] | None]:
    """Choose each quantity's fact: its nearest cue's, or the one before it continues."""
    chosen: list[tuple[FactSpec, int | None] | None] = []
    previous: dict[str, FactSpec] = {}
    for quantity in quantities:
        found = _nearest_fact(sentence, quantity, quantities, facts)
        spec = found[0] if found else previous.get(quantity.kind)
        if spec is not None:
            previous[quantity.kind] = spec
        chosen.append((spec, found[1] if found else None) if spec else None)
    return chosen


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
        for at in _cue_positions(sentence, spec.cues):
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
    revenue of $95 million" binds "revenue" to the $95 million only.
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
        if _cue_distance(sentence, at, *offsets) < own:
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
    if _marked_earlier(clause, cues):
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
