"""Bind each quantity to the fact its sentence states, with whose it is and when.

A quantity takes the fact whose cue word stands nearest to it in its
sentence (no farther than ``MAX_CUE_DISTANCE`` words, and not across another
quantity of the same kind, which owns that cue).  A quantity with no cue of
its own continues the fact of the quantity before it in the sentence
("revenue of $870 million last year and $2 billion in 2025").  Its subject
is the company the figure is about, its agent the party acting on it, found
from possessives ("Meta's $14B investment"), prepositions ("in Scale AI",
"from Meta"), the sentence's subject, or the topic that "the company" and
"its" point back to.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from factlint.claims.entities import BACK_REFERENCE, Mention
from factlint.claims.model import FactSpec, Modality, PackCues
from factlint.claims.periods import Period
from factlint.quantities import Quantity

__all__ = ["MAX_CUE_DISTANCE", "Binding", "bind_sentence"]

MAX_CUE_DISTANCE = 10
_WORD = regex.compile(r"[A-Za-z][A-Za-z’'-]*")
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


class _Sentence(NamedTuple):
    """A sentence's text and its words, for cue and role lookups."""

    text: str
    offset: int
    word_starts: list[int]
    words: list[str]


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
    sentence = _Sentence(text, offset, *_words(text))
    chosen = _facts_of(sentence, quantities, facts)
    clauses = [_clause(sentence, quantities, i) for i in range(len(quantities))]
    deal_periods = [
        period
        for period, pick, clause in zip(periods, chosen, clauses, strict=True)
        if pick and pick[0].timing == "deal" and not _CONTRAST.search(clause)
    ]
    bindings: list[Binding] = []
    for index, quantity in enumerate(quantities):
        if chosen[index] is None:
            continue
        spec, cue_at = chosen[index]  # type: ignore[misc]
        cues = dict(facts)[spec]
        clause = clauses[index]
        if any(_phrase(c).search(clause) for c in cues.forecasts):
            continue  # "the £1.18bn analysts had expected" is no figure of the company's
        here = {b.fact.id: b.subject for b in bindings if b.subject}
        deal = next((here[f] for f in spec.refers_to if f in here), None)
        # A round told about "the startup" is the last round's company's.
        chain = ((spec.id,) if spec.subject_from == "context" else ()) + spec.refers_to
        referent = next((recent[f] for f in chain if f in recent), topic)
        subject, agent = _roles(sentence, quantity, quantities, cue_at, spec, mentions, referent)
        if spec.agent and subject is None:
            subject = deal  # "closed a $300 million round ..., which took an 8% stake"
        elif not spec.agent and not _stated_owner(sentence, quantity, cue_at, mentions):
            context = spec.subject_from == "context" and not _raiser_named(
                sentence, quantity.start - sentence.offset
            )
            subject = deal or (referent if context else None) or subject
        if subject:
            recent[spec.id] = subject
        period = _period_label(clause, spec, cues, periods[index], date, deal_periods)
        bindings.append(Binding(quantity, spec, subject, agent, period, _modality(sentence, cues)))
    return bindings


def _facts_of(
    sentence: _Sentence,
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


def _words(text: str) -> tuple[list[int], list[str]]:
    """Return the start offsets and lower-cased forms of a sentence's words."""
    found = list(_WORD.finditer(text))
    return [m.start() for m in found], [m.group(0).lower() for m in found]


def _nearest_fact(
    sentence: _Sentence,
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
            distance = _word_distance(sentence, at, start, end)
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


def _word_before(sentence: _Sentence, start: int) -> str:
    """Return the lower-cased word right before an offset ("" at the start)."""
    at = bisect.bisect_left(sentence.word_starts, start) - 1
    return sentence.words[at] if at >= 0 else ""


def _cue_positions(sentence: _Sentence, cues: Sequence[str]) -> list[int]:
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


def _word_distance(sentence: _Sentence, at: int, start: int, end: int) -> int:
    """Return how many words lie between a cue and a quantity span."""
    if start <= at < end:
        return 0
    if at < start:
        return bisect.bisect_left(sentence.word_starts, start) - bisect.bisect_right(
            sentence.word_starts, at
        )
    return bisect.bisect_left(sentence.word_starts, at) - bisect.bisect_left(
        sentence.word_starts, end
    )


def _owned_elsewhere(
    sentence: _Sentence, at: int, quantity: Quantity, quantities: Sequence[Quantity]
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


def _cue_distance(sentence: _Sentence, at: int, start: int, end: int) -> int:
    """Return words between cue and figure, counting a clause break as five more."""
    low, high = (at, start) if at < start else (end, at)
    broken = _CLAUSE_BREAK.search(sentence.text, low, high) is not None
    return _word_distance(sentence, at, start, end) + (5 if broken else 0)


def _roles(
    sentence: _Sentence,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    cue_at: int | None,
    spec: FactSpec,
    mentions: Sequence[Mention],
    topic: str | None,
) -> tuple[str | None, str | None]:
    """Return the subject and agent of a bound quantity."""
    start = quantity.start - sentence.offset
    anchor = min(start, cue_at) if cue_at is not None else start
    owner = _possessive_before(sentence.text, anchor, mentions, topic)
    if spec.agent:
        target = _target(sentence, quantity, quantities, mentions) or (
            topic if _DESCRIBED_TARGET.search(sentence.text, start) else None
        )
        agent = (
            _after_preposition(mentions, 0, ("from", "by"))
            or owner
            or _acting_party(sentence.text, mentions, start, target)
        )
        return target, agent if agent != target else None
    return owner or _named_after_cue(mentions, cue_at) or _described_counterpart(
        sentence.text, mentions, cue_at
    ) or _sentence_subject(sentence.text, mentions, start, topic), None


_RAISING = frozenset("raise raises raised raising closed closes secured secures landed".split())


def _raiser_named(sentence: _Sentence, start: int) -> bool:
    """Tell whether a raising verb comes before the figure: its subject is the raiser."""
    before = bisect.bisect_left(sentence.word_starts, start)
    return any(word in _RAISING for word in sentence.words[:before])


def _stated_owner(
    sentence: _Sentence, quantity: Quantity, cue_at: int | None, mentions: Sequence[Mention]
) -> bool:
    """Tell whether the figure's owner is written at it: "X's revenue", "valuation of X"."""
    start = quantity.start - sentence.offset
    anchor = min(start, cue_at) if cue_at is not None else start
    owner = _possessive_before(sentence.text, anchor, mentions, None)
    return owner is not None or _named_after_cue(mentions, cue_at) is not None


def _possessive_before(
    text: str, anchor: int, mentions: Sequence[Mention], topic: str | None
) -> str | None:
    """Return the owner named right before the figure or cue ("Meta's", "its")."""
    window = text[max(0, anchor - 40) : anchor]
    for mention in reversed(mentions):
        if mention.possessive and anchor - 40 <= mention.end <= anchor:
            between = text[mention.end : anchor]
            if len(_WORD.findall(between)) <= 3:
                return mention.entity
    if regex.search(r"(?i)\bits\s+(?:\w+\s+){0,2}\Z", window):
        own = _free_mentions(text, [m for m in mentions if m.end <= anchor])
        return own[0].entity if own and not BACK_REFERENCE.match(text.lstrip()) else topic
    return None


def _target(
    sentence: _Sentence,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    mentions: Sequence[Mention],
) -> str | None:
    """Return the company money goes into: "in X" or "into X" nearest the figure.

    Looked for after the figure up to the next figure, then back to the one
    before ("a 12% stake in X for $1 billion"), then anywhere after, then
    anywhere before.
    """
    offset = sentence.offset
    starts = [q.start - offset for q in quantities]
    ends = [q.end - offset for q in quantities]
    at = quantities.index(quantity)
    start, end = starts[at], ends[at]
    following = starts[at + 1] if at + 1 < len(quantities) else len(sentence.text)
    preceding = ends[at - 1] if at else 0
    targets = [
        m
        for m in mentions
        if _names_a_target(sentence.text, m)
        and (m.after_preposition != "of" or end <= m.start <= end + 25)
    ]
    for low, high in ((end, following), (preceding, start), (end, len(sentence.text)), (0, start)):
        inside = sorted(
            (m for m in targets if low <= m.start < high),
            key=lambda m: (_TARGET_RANK.get(m.after_preposition or "", 0), m.start),
        )
        if inside:
            return (inside[0] if low >= end else inside[-1]).entity
    return None


# What introduces the company money goes into: "in X" and "into X" first,
# then "of X" right after the figure ("60% of X") and "for X" ("paid $2
# billion for X"), or X as the object of a buying verb ("agreed to buy X").
_TARGET_RANK = {"in": 0, "into": 0, "": 1, "of": 2, "for": 2}
_BUYING = regex.compile(
    r"(?i)\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|purchasing"
    r"|take\s+over|takes\s+over|took\s+over|taking\s+over)\s+(?:[\w-]+\s+){0,2}\Z"
)


def _names_a_target(text: str, mention: Mention) -> bool:
    """Tell whether a name stands where the company invested in is written."""
    if mention.after_preposition in _TARGET_RANK:
        return True
    return mention.after_preposition is None and bool(
        _BUYING.search(text, max(0, mention.start - 40), mention.start)
    )


def _after_preposition(
    mentions: Sequence[Mention], start: int, prepositions: tuple[str, ...]
) -> str | None:
    """Return the first name after ``start`` that follows one of the prepositions."""
    for mention in mentions:
        if mention.start >= start and mention.after_preposition in prepositions:
            return mention.entity
    return None


_RELATED_PARTY = regex.compile(
    r"(?i)(?:its|their|the\s+company['’]s)\s+(?:\w+\s+){0,2}?"
    r"(?:rivals?|competitors?|parent|subsidiary|unit|division|owner|founders?|investors?"
    r"|backers?|partners?|customers?|suppliers?|peers?|acquirer|buyer|lender)\b"
)


def _free_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Return names that can act: not after a preposition, not inside an appositive."""
    asides = [m.span() for m in _APPOSITIVE.finditer(text)]
    return [
        m
        for m in mentions
        if m.after_preposition is None and not any(a <= m.start < b for a, b in asides)
    ]


_APPOSITIVE = regex.compile(r",\s+(?:the|a|an|its|which|who)\b[^,]{0,100},")


def _acting_party(
    text: str, mentions: Sequence[Mention], start: int, target: str | None
) -> str | None:
    """Return the party acting: the nearest free-standing name before, else after.

    Names inside an appositive ("Meta, the parent of Facebook and Instagram,
    is ...") describe another name and never act.
    """
    free = [m for m in _free_mentions(text, mentions) if m.entity != target]
    before = [m for m in free if m.start < start]
    if before:
        return before[-1].entity
    return free[0].entity if free else None


def _named_after_cue(mentions: Sequence[Mention], cue_at: int | None) -> str | None:
    """Return a name standing right after the cue ("value Scale AI", "valuation of X")."""
    if cue_at is None:
        return None
    for mention in mentions:
        if cue_at < mention.start <= cue_at + 25 and mention.after_preposition in (
            None,
            "of",
            "for",
        ):
            return mention.entity
    return None


def _described_counterpart(
    text: str, mentions: Sequence[Mention], cue_at: int | None
) -> str | None:
    """Return the company a description after the cue stands for.

    In "X's deal with Y values the battery maker at $4.5 billion" the
    description names the other party of the deal, written after "with",
    "in" or "into".
    """
    if cue_at is None or not _DESCRIPTION.match(text, cue_at):
        return None
    party = [m for m in mentions if m.after_preposition in ("with", "in", "into")]
    return party[0].entity if party else None


# "a 20% stake in the company": the company the text is about.
_DESCRIBED_TARGET = regex.compile(
    r"(?i)\b(?:in|into)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:company|startup|firm|maker"
    r"|group|business|provider|developer|manufacturer|operator|unicorn)\b"
)

_DESCRIPTION = regex.compile(
    r"(?i)[a-z]+\s+the\s+(?:[\w-]+\s+){0,2}?(?:company|startup|firm|maker|group|business"
    r"|provider|developer|manufacturer|operator|lender|bank|insurer|retailer|unicorn)\b"
)


def _sentence_subject(
    text: str, mentions: Sequence[Mention], start: int, topic: str | None
) -> str | None:
    """Return the sentence's subject before the figure, or the topic it points back to.

    "Its rival, X, ..." is about X, not about the topic: an opening that
    names another party related to the topic takes the name that follows.
    """
    if _RELATED_PARTY.match(text.lstrip()):
        named = [m for m in mentions if m.start < start]
        return named[0].entity if named else None
    opening = BACK_REFERENCE.match(text.lstrip())
    if opening:
        return topic
    for mention in mentions:
        if mention.start < start and mention.after_preposition is None:
            return mention.entity
    return topic


def _clause(sentence: _Sentence, quantities: Sequence[Quantity], index: int) -> str:
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
        for m in _WORD.finditer(sentence.text, quantities[index].end - sentence.offset, end)
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


def _modality(sentence: _Sentence, cues: PackCues) -> Modality:
    """Return how a sentence states its figures: talks, projected, hedged or reported."""
    for modality, stems in (
        ("talks", cues.talks),
        ("projected", cues.projected),
        ("hedged", cues.hedged),
    ):
        if _cue_positions(sentence, stems):
            return modality  # type: ignore[return-value]
    return "reported"
