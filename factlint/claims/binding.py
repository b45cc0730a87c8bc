"""Bind each quantity to the fact its sentence states, with whose it is and when.

A quantity takes the fact whose cue word stands nearest to it in its
sentence (no farther than ``MAX_CUE_DISTANCE`` words, and not across another
quantity of the same kind, which owns that cue).  A quantity with no cue of
its own continues the fact of the quantity before it in the sentence
("revenue of $870 million last year and $2 billion in 2025").  Its subject
and agent come from ``roles.py``; its period key (a year or quarter,
"current", "earlier" or "after"), what a change measures, and how it is
stated are read here.
"""

from __future__ import annotations

import bisect
import datetime
import functools
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import regex

from factlint.claims.entities import Mention
from factlint.claims.model import OTHER_MEASURE, FactSpec, Modality, PackCues
from factlint.claims.periods import BASELINE_BEFORE, MOVE_IN, REACHES, Period
from factlint.claims.roles import NOT_A_COMPANY, raiser_named, roles, stated_owner
from factlint.claims.text import (
    CLAUSE_BREAK,
    LEADS_TO,
    RELATIVE_ASIDE,
    RELATIVE_CLAUSE,
    REST_BEFORE,
    WORD,
    Sentence,
    converts,
    in_brackets_after,
    word_distance,
)
from factlint.lazyregex import compile_lazily
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
    measure: str | None = None
    sentence: int | None = None  # where its sentence starts in the document's prose


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
    persons: Sequence[tuple[int, int]] = (),
) -> list[Binding]:
    """Bind the quantities of one sentence (``text`` starts at ``offset``).

    ``recent`` maps fact ids to the subject last bound to them in the
    document; it is read for ``refers_to`` and updated here.  ``persons``
    gives where the sentence names people (start and end in ``text``).
    """
    names = sorted({(m.start, m.end) for m in mentions} | set(persons))  # people's too
    sentence = Sentence.of(text, offset, tuple(names))
    chosen = _facts_of(sentence, quantities, facts)
    cues_of = dict(facts)
    clauses = [_clause(sentence, quantities, i) for i in range(len(quantities))]
    baselines = [_is_baseline(sentence, q) for q in quantities]
    deal_periods = [
        (period, pick[0], quantity)
        for period, pick, clause, quantity in zip(periods, chosen, clauses, quantities, strict=True)
        if pick
        and pick[0].timing == "deal"
        and not _CONTRAST.search(clause)
        and not _RECALLED.match(clause)
    ]
    set_against = [
        (period, pick[0])
        for period, pick, clause in zip(periods, chosen, clauses, strict=True)
        if pick and period and date and period.year < date.year and _CONTRAST.search(clause)
    ]
    bindings: list[Binding] = []
    asides = _relative_asides(text) if deal_periods else []  # only a deal's year reads them
    for index, quantity in enumerate(quantities):
        pick = chosen[index]
        if converts(text, offset, quantities, index):
            # "17 trillion won (about $12.2 billion)": the same figure, stating what it does
            head = (
                bindings[-1]
                if bindings and bindings[-1].quantity is quantities[index - 1]
                else None
            )
            bindings += [head._replace(quantity=quantity)] if head else []
            continue
        if pick is None:
            continue
        spec, cue_at = pick
        cues = cues_of[spec]
        clause = clauses[index]
        if (
            _marked(clause, cues.forecasts)
            or _forecast_of_others(sentence, quantities, index, cues)
            or _estimated_by_person(sentence, quantities, index, cues, persons)
        ):
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
                sentence, quantity.start - sentence.offset, quantity.end - sentence.offset
            )
            subject = deal or (referent if context else None) or subject
            buyers = {b.agent for b in bindings if b.agent and b.fact.id in spec.refers_to}
            if subject in buyers:  # "X is paying $75m for 12.5%, which implies ...": not X's
                subject = referent if referent not in buyers else None
        compared = bindings[-1] if bindings and baselines[index] else None
        if (
            compared
            and compared.fact is spec
            and not stated_owner(sentence, quantity, cue_at, mentions)
        ):
            subject = compared.subject  # "values X at €2.7 billion, up from €1.2 billion": X's
        if subject:
            recent[spec.id] = subject
        # Another figure of the same fact is the fact at another time: it dates nothing here,
        # nor does a deal told with the figure this one is set against.
        set_at = _set_against_at(quantities, index, chosen, clauses, baselines)
        dating = [
            p
            for p, other, figure in deal_periods
            if other is not spec
            and _one_statement(text, offset, quantity, figure, asides)
            and figure.start < set_at
        ]
        newer = any(other is spec for _, other in set_against) and periods[index] is None
        left = _left_by_deal(sentence, quantity, clause, spec, cues)
        period = _period_label(clause, spec, cues, periods[index], date, dating, newer, left)
        paid = bindings[-1] if bindings and index else None
        if (
            period == "current"
            and paid is not None
            and paid.quantity is quantities[index - 1]
            and paid.fact.id in spec.bought_with
            and _buys_a_share(sentence, quantities, index - 1)
        ):
            period = paid.period  # "when Y paid €18 million for a 12% stake": one purchase
        if period == "current" and _rest_held(sentence, quantity, cue_at):
            period = "after"  # "the founding family holds the remaining 60%": no deal's stake
        if _level_left_from(sentence, quantity, spec, bindings):
            period = "earlier"  # "cut its stake to 42% from 51%": the holding before the deal
        elif period == "current" and spec.timing == "deal" and baselines[index]:
            period = "earlier"  # "55% above the £3.1bn Y paid for it": what the deal beats
        measure = _measure(sentence, quantities, index, chosen, facts) if spec.changes else None
        modality = _modality(sentence, quantity, cues)
        bindings.append(Binding(quantity, spec, subject, agent, period, modality, measure, offset))
    return _bought_together(bindings)


def _set_against_at(
    quantities: Sequence[Quantity],
    index: int,
    chosen: Sequence[tuple[FactSpec, int | None] | None],
    clauses: Sequence[str],
    baselines: Sequence[bool],
) -> float:
    """Return where the first later figure set against a figure, or its fact, starts.

    In "values X at €2.7 billion, up from €1.2 billion in 2022, when Y paid
    €300 million for 25%" the deal after the older figure is that figure's,
    and leaves the newer one current; so it does for a deal told before:
    in "a further 15% for €63 million values X at €420 million, up from the
    €280 million at which Y bought 25% in 2021" the €63 million is today's
    (``baselines``: which figures of the sentence are set against another).
    """
    pick = chosen[index]
    for later in range(index + 1, len(quantities)):
        other = chosen[later]
        if (
            pick
            and other
            and ((other[0] is pick[0] and _CONTRAST.search(clauses[later])) or baselines[later])
        ):
            return quantities[later].start
    return float("inf")


def _bought_together(bindings: list[Binding]) -> list[Binding]:
    """Give money with no company the company of the share its party gets in the sentence.

    In "X put in $30 million and now holds 12% of the company" the money and
    the percentage are one deal of one party: the company of the share is
    the company the money went into.
    """
    filled = []
    for b in bindings:
        bought = next(
            (
                other.subject
                for other in bindings
                if b.subject is None
                and b.agent
                and other.agent == b.agent
                and other.subject not in (None, NOT_A_COMPANY)
                and b.fact.id in other.fact.bought_with
            ),
            None,
        )
        filled.append(b._replace(subject=bought) if bought else b)
    return filled


def _one_statement(
    text: str, offset: int, one: Quantity, other: Quantity, asides: Sequence[tuple[int, int]]
) -> bool:
    """Tell whether two figures stand in one statement.

    A semicolon joins statements of their own, so a year in one dates no deal
    of the other: in "valued at $90 million; it was $40 million at its 2021
    round" the $90 million is current.  So does a relative clause set off by
    commas: in "X, which paid $90 million for 60% of Y in 2022, has since
    watched its value shrink to $120 million" the value is today's
    (``asides``: where the sentence's relative clauses stand).
    """
    low, high = sorted((one.start - offset, other.start - offset))
    if ";" in text[low:high]:
        return False
    return not any(
        (a <= one.start - offset < b) != (a <= other.start - offset < b) for a, b in asides
    )


def _relative_asides(text: str) -> list[tuple[int, int]]:
    """Return where a sentence's relative clauses set off by commas stand."""
    return [m.span() for m in RELATIVE_ASIDE.finditer(text)]


def _forecast_of_others(
    sentence: Sentence, quantities: Sequence[Quantity], index: int, cues: PackCues
) -> bool:
    """Tell whether forecasters say they expect a figure ("analysts at X now expect ... €175m").

    The forecaster and the forecasting word stand before the figure, a few
    words apart, in its clause: "profit of €190m beat what analysts expected"
    is the company's.  The forecasting word may open a "who" clause about
    the forecaster ("Analyst Ann Lee of X Bank, who expects sales of $90m"),
    or follow an aside that names the forecaster's job ("Ravi Menon, an
    analyst at Coldwater Research, expects"): the forecast is still the
    forecaster's.
    """
    start = quantities[index].start - sentence.offset
    low = quantities[index - 1].end - sentence.offset if index else 0
    who = [at for at in _cue_positions(sentence, cues.forecasters) if low <= at < start]
    verbs = _cue_positions(sentence, cues.projected)
    return any(
        w < v < start
        and not CLAUSE_BREAK.search(sentence.text, v, start)
        and (
            (
                word_distance(sentence, w, v, v) <= _FORECASTER_REACH
                and not CLAUSE_BREAK.search(sentence.text, w, v)
            )
            or _forecaster_who(sentence, w, v)
            or _FORECASTER_ASIDE.fullmatch(sentence.text, w, v) is not None
        )
        for w in who
        for v in verbs
    )


def _estimated_by_person(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    index: int,
    cues: PackCues,
    persons: Sequence[tuple[int, int]],
) -> bool:
    """Tell whether a person gives a figure as their own view ("Lee puts its value at $3bn").

    The person's name stands right before an ``estimates`` verb (a word or
    two apart, past an aside or the company the person is of: "Lee now
    puts", "Lee, an analyst at X, estimates", "Lee of X puts"), and the verb
    before the figure in its clause.
    """
    start = quantities[index].start - sentence.offset
    low = quantities[index - 1].end - sentence.offset if index else 0
    verbs = [at for at in _cue_positions(sentence, cues.estimates) if low <= at < start]
    for _, end in persons:
        aside = _ASIDE.match(sentence.text, end)
        past = aside.end() if aside else _past_employer(sentence, end)
        if any(
            past <= verb
            and word_distance(sentence, past, verb, verb) <= _ESTIMATOR_REACH
            and not CLAUSE_BREAK.search(sentence.text, past, start)
            for verb in verbs
        ):
            return True
    return False


def _past_employer(sentence: Sentence, end: int) -> int:
    """Return where a person's phrase ends, past the company named after them: "Lee of X"."""
    link = _OF_EMPLOYER.match(sentence.text, end)
    return next((high for low, high in sentence.names if link and low == link.end()), end)


_OF_EMPLOYER = compile_lazily(r"\s+(?:of|at|from|with)\s+")
# An aside after a person's name: ", an analyst at Harwick & Co.,".
_ASIDE = compile_lazily(r",[^,;:()]{1,80},")


_ESTIMATOR_REACH = 2  # words between a person's name and the verb: "Lee now puts"


def _forecaster_who(sentence: Sentence, at: int, verb: int) -> bool:
    """Tell whether a forecasting word opens a "who" clause right after the forecaster's phrase."""
    relative = _WHO_BEFORE.search(sentence.text, at, verb)
    return (
        relative is not None
        and not CLAUSE_BREAK.search(sentence.text, at, relative.start())
        and word_distance(sentence, at, relative.start(), relative.start()) <= _FORECASTER_NAME
    )


_FORECASTER_NAME = 8  # words of the forecaster's phrase: "Analyst Ann Lee of X Bank"
# An aside naming a person's job, up to the verb after it: "analyst at Coldwater Research, ".
_FORECASTER_ASIDE = compile_lazily(
    r"[\w-]+\s+(?:at|of|with|for|from)\s+[^,;:()]{1,60},\s+(?:[a-z]+\s+)?"
)
# ", who expects" or ", who now expects": the forecasting word opens the clause.
_WHO_BEFORE = compile_lazily(r",\s+who\s+(?:[a-z]+\s+)?\Z")


_FORECASTER_REACH = 4  # words between "analysts" and "expect": "Analysts at X Bank now expect"


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
    if _compares(sentence, quantities, index) or quantity.unit in _POINTS:
        return None  # "took 0.3 percentage points off its capital ratio": a ratio's move
    if _word_before(sentence, quantity.start - sentence.offset) in _DENIED:
        return None  # "not a penny more on the price": a figure denied states nothing
    # Money in cents or pence is a price of one unit: "its 5-cent dividend", "470p".
    unit_price = prices_one_unit(sentence, quantities, index)
    if _sizes_a_holder(sentence, quantity) or _share_of_money(sentence, quantities, index):
        return None
    if unit_price or _part_of(sentence, quantities, index):
        previous[quantity.kind] = None  # what follows continues neither
    if unit_price or _part_of_a_kind(sentence, quantities, index):
        return None
    carried = previous.get(quantity.kind)
    if carried and _names_other(sentence, quantities, index, carried):
        previous[quantity.kind] = None  # "taking its total funding to $65 million": no round
    flow = _FLOW.match(sentence.text, end) is not None
    usable = [f for f in facts if not (flow and f[0].timing == "deal")]
    baseline = previous.get(quantity.kind) if _is_baseline(sentence, quantity) else None
    listed = _next_item(sentence, quantities, index, previous.get(quantity.kind))
    found = None if baseline or listed else _nearest_fact(sentence, quantity, quantities, usable)
    if found is None and not (baseline or listed):
        found = _reached_by_change(sentence, quantities, index, usable, previous)
    bought = _bought(sentence, quantities, index, facts, previous)
    if found and bought and found[0] is not bought:
        found = None  # "paid €610 million for its 49% share": what money buys is a stake
    spec = (
        found[0]
        if found
        else baseline
        or listed
        or bought
        or _continued(sentence, quantities, index, previous.get(quantity.kind))
    )
    if spec is None or (flow and spec.timing == "deal"):
        return None
    if _pays_for_other(sentence, quantities, index, spec, found[1] if found else None):
        previous[quantity.kind] = None
        return None
    previous[quantity.kind] = spec
    return spec, found[1] if found else None


# Points of a percentage: how a ratio moves, never a stake, a share or a growth rate.
_POINTS = frozenset({"pp", "bp"})


def _reached_by_change(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    index: int,
    facts: Sequence[tuple[FactSpec, PackCues]],
    previous: dict[str, FactSpec | None],
) -> tuple[FactSpec, int] | None:
    """Return the fact of the level a change reaches, named by the cue before the change.

    In "revenue for the first quarter of 2025 rose 31% from a year earlier
    to 4.62 trillion won" the cue is far from the level, but the rise tells
    what the level is: revenue.
    """
    change = previous.get("percent")
    if not index or change is None or not change.changes:
        return None
    before, level = quantities[index - 1], quantities[index]
    if before.kind != "percent" or not _CHANGE_TO.fullmatch(
        sentence.text, before.end - sentence.offset, level.start - sentence.offset
    ):
        return None
    return _money_cue_before(sentence, before, facts)


# Words that deny the figure after them.
_DENIED = frozenset({"not", "never"})


def _continued(
    sentence: Sentence, quantities: Sequence[Quantity], index: int, spec: FactSpec | None
) -> FactSpec | None:
    """Return the fact a figure without a cue continues from the figure before it, if any.

    Not in a clause with a subject of its own, and not after a word that
    shows the figure is no such fact: "up 14% to £50 million, a margin of
    12%" states a level after "of", not a second rise.
    """
    if spec is None or _own_clause(sentence, quantities, index):
        return None
    start = quantities[index].start - sentence.offset
    if _BORROWED.search(sentence.text, max(0, start - 60), start):
        return None  # "will spend £85 million, and could borrow a further £20 million": debt
    after = _word_after(sentence, quantities[index].end - sentence.offset)
    before = _word_before(sentence, start)
    return None if before in spec.not_after or after in spec.not_before else spec


# Money a verb of borrowing or lending leads to, past a few words: "borrow a further ".
_BORROWED = compile_lazily(
    r"(?i)\b(?:borrow(?:s|ed|ing)?|lend(?:s|ing)?|lent)\s+(?:[a-z][\w-]*\s+){0,3}\Z"
)


def _same_kind_before(quantities: Sequence[Quantity], index: int) -> Quantity | None:
    """Return the last figure of the same kind before one, if any."""
    kind = quantities[index].kind
    return next((q for q in reversed(quantities[:index]) if q.kind == kind), None)


def _next_item(
    sentence: Sentence, quantities: Sequence[Quantity], index: int, spec: FactSpec | None
) -> FactSpec | None:
    """Return the part fact a figure goes on listing: "equities at 46%, private equity at 19%".

    The figure before must state a ``lists_parts`` fact through "at", and
    this one follow it the same way, after a comma or "and": the item's
    label names the part, and its cue words ("equity") name no fact.
    """
    before = _same_kind_before(quantities, index)
    if spec is None or not spec.lists_parts or before is None:
        return None
    offset = sentence.offset
    opens = _ITEM_AT.search(sentence.text, max(0, before.start - offset - 4), before.start - offset)
    gap = (before.end - offset, quantities[index].start - offset)
    return spec if opens and _NEXT_ITEM.fullmatch(sentence.text, *gap) else None


_ITEM_AT = compile_lazily(r"\bat\s+\Z")
# From one listed part to the next: ", private equity at ", " and cash at ".
_NEXT_ITEM = compile_lazily(r"(?i),?\s+(?:and\s+)?(?:[a-z][\w'’-]*\s+){1,5}?at\s+")


def _own_clause(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether a figure stands in a clause with a subject of its own.

    "The fund's value reached £1.84 billion, after the university drew £71
    million from it": the second figure is what another party did, not the
    first figure's fact at another time ("$870 million last year and $2
    billion in 2025"); so is a level a "which" clause puts on something
    ("paying £23m for 85%, which puts the brewery at roughly £27m").
    """
    before = _same_kind_before(quantities, index)
    if before is None:
        return False
    gap = (before.end - sentence.offset, quantities[index].start - sentence.offset)
    return (
        _SUBORDINATE.search(sentence.text, *gap) is not None
        or _NEW_SUBJECT.search(sentence.text, *gap) is not None
        or _WHICH_VERB.search(sentence.text, *gap) is not None
        or _past_aside(sentence, before, gap)
    )


def _past_aside(sentence: Sentence, before: Quantity, gap: tuple[int, int]) -> bool:
    """Tell whether the figure before stands in an aside that closed before this one's verb.

    "Harlow, which paid $80 million for it in 2019, will get $200 million":
    the aside tells what its name did once; the sentence's own verb states
    another thing.
    """
    opened = _ASIDE_OPEN.search(sentence.text, 0, before.start - sentence.offset)
    return opened is not None and _ASIDE_CLOSED.match(sentence.text, *gap) is not None


# ", after the university drew ", ", while the wage bill climbed to ": an opener,
# a subject and its verb, up to the figure.
_SUBORDINATE = compile_lazily(
    r"[,;—–]\s+(?:after|when|because|since|before|once|until|while|whereas)\s+"
    r"(?:[A-Z][\w'’-]*|the|a|an|its|their|his|her|this|that|it|they|he|she|we)\s+"
    r"(?:(?!(?:and|or)\b)[A-Za-z][\w'’-]*\s+){1,4}\Z"
)
# ", which puts the brewery at ": a relative clause putting a level on something.
_WHICH_VERB = compile_lazily(r",\s+which\s+(?:[a-z][\w'’-]*\s+){1,5}at\s+\Z")
# "; the buyout firm will walk away with ": a semicolon, a subject and its verb.
_NEW_SUBJECT = compile_lazily(
    r";\s+(?:[A-Z][\w'’-]*|the|its|their|his|her|this|that|it|they|he|she|we)\s+"
    r"(?:(?!(?:and|or)\b)[A-Za-z][\w'’-]*\s+){1,8}\Z"
)
# ", which paid ": an aside about a name, with no break up to its figure.
_ASIDE_OPEN = compile_lazily(RELATIVE_CLAUSE + r"\Z")
# "..., will get ": the aside closes and the sentence's own words lead to the figure.
_ASIDE_CLOSED = compile_lazily(r"[^,;:()—–]*,\s+(?:[a-z][\w'’-]*\s+){1,4}\Z")


# A cue after "for" and bare words names what money is set aside for.
_PURPOSE = compile_lazily(r"(?i)\bfor\s+(?:(?!(?:a|an|the|its|their|his|her)\b)[a-z-]+\s+){0,2}\Z")


def _part_of(
    sentence: Sentence, quantities: Sequence[Quantity], index: int, *, listed: bool = False
) -> bool:
    """Tell whether a figure is said to be part of the figure of its kind before it.

    With ``listed``, of any figure of its kind before it: in "the $36
    million includes $20 million of new shares and $16 million of existing
    shares" both are parts.
    """
    kind = quantities[index].kind
    start = quantities[index].start - sentence.offset
    before = [q for q in quantities[:index] if q.kind == kind]
    return any(
        _INCLUDES.search(sentence.text, q.end - sentence.offset, start)
        for q in (before if listed else before[-1:])
    )


def _part_of_a_kind(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether a figure is a part saying what kind of money the whole is made of.

    "$16 million of existing shares" or "$1 billion in stock", listed as a
    part of a figure before it, states no fact of its own, whatever cue its
    words hold; a part a named party pays ("of which Ostravan paid $1.2
    billion") does.
    """
    end = quantities[index].end - sentence.offset
    return bool(_MONEY_OF_A_KIND.match(sentence.text, end)) and _part_of(
        sentence, quantities, index, listed=True
    )


# What kind of money a part is: " of new shares", " in cash".
_MONEY_OF_A_KIND = compile_lazily(r"\s+(?:of|in)\s+(?!(?:which|it|its|the|a|an)\b)[a-z]")


_INCLUDES = compile_lazily(
    r"(?i)\b(?:includ(?:es|ed|ing)|of\s+which|(?:split|divided|broken\s+down)\s+into"
    r"|consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing)|made\s+up\s+of)\b"
)


def _names_other(
    sentence: Sentence, quantities: Sequence[Quantity], index: int, spec: FactSpec
) -> bool:
    """Tell whether a figure's own words say it is not a fact, though a cue of it stands there.

    "closed a $40 million round, taking its total funding to $65 million": a
    `not_cues` phrase ("total funding"), or a cue with a `not_after` word
    right before the figure ("funding to"), makes the figure a level of
    something else, not the round at another time, so it does not continue
    the round.  Its own words run from the figure of its kind before it, or
    the clause break after that, to the figure.
    """
    start = quantities[index].start - sentence.offset
    before = _same_kind_before(quantities, index)
    low = before.end - sentence.offset if before else 0
    low = max([low, *(m.end() for m in CLAUSE_BREAK.finditer(sentence.text, low, start))])
    if any(_phrase(c).search(sentence.text, low, start) for c in spec.not_cues):
        return True
    return _word_before(sentence, start) in spec.not_after and any(
        low <= at < start for at in _cue_positions(sentence, spec.cues)
    )


def _pays_for_other(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    index: int,
    spec: FactSpec,
    cue_at: int | None,
) -> bool:
    """Tell whether the words describing a figure say it pays for no part of the fact.

    "pays $150 million upfront and up to $1.2 billion in milestones" and
    "will pay an upfront fee of $150 million" are a licence's price, not an
    investment.
    """
    if not spec.not_for or _buys_a_share(sentence, quantities, index):
        return False  # "pay $150 million upfront for a 12% stake" buys a share
    spans = _describing(sentence, quantities, index, cue_at)
    return any(
        low <= at < high for at in _cue_positions(sentence, spec.not_for) for low, high in spans
    )


def _describing(
    sentence: Sentence, quantities: Sequence[Quantity], index: int, cue_at: int | None
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Return where the words describing a figure stand: from its cue to it, and after it.

    The words after it, past its conversion in brackets, end at the next
    figure, a clause break, or ten words on; the words from a cue before it
    count only within its clause.
    """
    text = sentence.text
    start = quantities[index].start - sentence.offset
    end = _figure_end(sentence, quantities, quantities[index])  # past "(about £55m)"
    following = [q.start - sentence.offset for q in quantities[index + 1 :]]
    after = next((at for at in following if at >= end), len(text))
    broken = CLAUSE_BREAK.search(text, end, after)
    first = bisect.bisect_left(sentence.word_starts, end)
    limit = sentence.word_starts[first + MAX_CUE_DISTANCE : first + MAX_CUE_DISTANCE + 1]
    stop = min(after, broken.start() if broken else after, *limit)
    lead = cue_at if cue_at is not None and cue_at < start else start
    if CLAUSE_BREAK.search(text, lead, start):
        lead = start
    return (lead, start), (end, stop)


def _bought(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    index: int,
    facts: Sequence[tuple[FactSpec, PackCues]],
    previous: dict[str, FactSpec | None],
) -> FactSpec | None:
    """Return the fact a figure states as one side of a purchase, cue or no cue.

    "paid €1.1 billion for another 25% of X": the 25% is bought with the
    investment, so it is a stake; "sold its 15% holding in the mill to Y in
    2021 for €135 million": the money is what the stake is bought with.
    """
    if index == 0:
        return None
    before = previous.get(quantities[index - 1].kind)
    if _buys_a_share(sentence, quantities, index - 1):
        kind = quantities[index].kind
        return next(
            (s for s, _ in facts if s.kind == kind and before and before.id in s.bought_with),
            None,
        )
    if before is None or not _paid_for(sentence, quantities, index):
        return None
    return next((s for s, _ in facts if s.id in before.bought_with), None)


def _paid_for(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether money is said to be paid for the percentage before it, in its clause."""
    if (quantities[index - 1].kind, quantities[index].kind) != ("percent", "money"):
        return False
    gap = (quantities[index - 1].end - sentence.offset, quantities[index].start - sentence.offset)
    return _PAID_FOR.fullmatch(sentence.text, *gap) is not None


# Between a percentage and the money paid for it, in one clause: "holding in the mill to Y
# in 2021 for ", also past an aside naming the company ("of X, the Pune-based care
# network, for ").
_PAID_FOR = compile_lazily(r"(?i)\s+(?:[\w'’-]+,?\s+){0,16}?for\s+")


def _buys_a_share(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether a money figure is said to buy the percentage after it ("$2 billion for 10%")."""
    if index + 1 >= len(quantities) or quantities[index + 1].kind != "percent":
        return False
    gap = (quantities[index].end - sentence.offset, quantities[index + 1].start - sentence.offset)
    return (
        quantities[index].kind == "money"
        and _FOR_A_SHARE.fullmatch(sentence.text, *gap) is not None
    )


# Between money and what it buys: "$150 million upfront for a 12% stake", also past
# a conversion in brackets ("NOK 4.9 billion (€420 million) for 24%").
_FOR_A_SHARE = compile_lazily(r"(?i)\)?\s+(?:[a-z]+\s+){0,2}?for\s+(?:[a-z]+\s+){0,2}")


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


# What follows a price of one unit: "$26 a share", "410p per share", "$5 each", and
# "per" before any noun in lower case ("46 cent per litre", "$80 per tonne") but a
# span of time, which makes a flow ("per year"), or a source ("per the filing").
_UNIT_PRICE = compile_lazily(
    r"(?i)\s*(?:(?:a|an|per)\s+(?:share|unit|ticket|seat|barrel|ounce|tonne|ton|item|head"
    r"|person|vehicle|car|home|house|litre|liter|gallon|kilo|kilogram|pound|kwh|mwh"
    r"|megawatt|kilowatt|acre|hectare|hour|shift|night|ride|trip|order|delivery|meal|visit"
    r"|mile|passenger|subscriber|user|customer|member)\b"
    r"|(?:a|an)\s+(?!(?:year|month|week|day|quarter|decade|season|fortnight|half|time)\b)"
    r"[a-z]{3,}\b(?=\s*(?:[,.;:)\"”]|\Z|(?:and|or|because|as|since|but|so|while|if)\b))"
    # "sells for up to ¥95,000 a glove.", "pay £6.99 an issue because ..."
    r"|per\s+(?:ADS|ADR)\b|each\b|apiece\b"
    r"|per\s+(?!(?:year|month|week|day|quarter|annum|cent|the|a|an|its|their|his|her|our"
    r"|this|that|some|all|se)\b)(?-i:[a-z])[\w-]*)"
)


def prices_one_unit(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether money is the price of one unit: in cents or pence, or priced per unit."""
    return quantities[index].unit == "cent" or _priced_per_unit(sentence, quantities, index)


def _priced_per_unit(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether money is a price of one unit, itself or as one of a pair of prices.

    In "tariffs of SAR 1.71 and SAR 1.86 per cubic metre" both are prices
    of a cubic metre, though only the second is followed by what it buys.
    """
    end = quantities[index].end - sentence.offset
    if _UNIT_PRICE.match(sentence.text, end):
        return True
    if index + 1 == len(quantities) or quantities[index + 1].kind != quantities[index].kind:
        return False
    following = quantities[index + 1]
    return bool(
        _PAIRED.fullmatch(sentence.text, end, following.start - sentence.offset)
        and _UNIT_PRICE.match(sentence.text, following.end - sentence.offset)
    )


# What joins a pair of figures stated alike: "SAR 1.71 and SAR 1.86", "$4 or $5".
_PAIRED = compile_lazily(r"\s*(?:,|and|or|to|,\s+and)\s*")


def _share_of_money(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> bool:
    """Tell whether a percentage is a part of the money right after it: "60% of the $740 million".

    Such a share says how much of that sum something is, not a stake, a
    change or any company's figure.
    """
    quantity = quantities[index]
    after = quantities[index + 1] if index + 1 < len(quantities) else None
    if quantity.kind != "percent" or after is None or after.kind != "money":
        return False
    gap = (quantity.end - sentence.offset, after.start - sentence.offset)
    return _OF_THE.fullmatch(sentence.text, *gap) is not None


_OF_THE = compile_lazily(r"\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?")


def _sizes_a_holder(sentence: Sentence, quantity: Quantity) -> bool:
    """Tell whether money only says how large a holder is: "the A$190 billion pension fund".

    Also after the holder's owner: "Brannock's £14bn platform".

    Such a figure, between an article and the holder it describes, is what
    the holder manages, not what it pays or is worth in a deal.
    """
    start, end = quantity.start - sentence.offset, quantity.end - sentence.offset
    return (
        _ARTICLE_BEFORE.search(sentence.text, max(0, start - 12), start) is not None
        and _HOLDER_AFTER.match(sentence.text, end) is not None
    )


_ARTICLE_BEFORE = compile_lazily(r"(?i)(?:\b(?:the|a|an|its|their)|\w['’]s)\s+\Z")
_HOLDER_AFTER = compile_lazily(
    r"[\s-]+(?:[a-z][\w-]*\s+){0,2}?(?:fund|investor|asset\s+manager|manager|endowment|trust"
    r"|lender|bank|insurer|reinsurer|family\s+office|platform|portfolio)s?\b"
)


# What follows a flow over time: "€420 million a year", "$3 billion annually", also past
# what flows ("$6 billion of freight orders a year"), but not a time ago ("a year earlier").
_FLOW = compile_lazily(
    r"\s*(?:(?:of|in)\s+(?:[a-z][\w'’-]*\s+){1,3}?)?"
    r"(?i:(?:a|per|each|every)\s+(?:year|month|week|day|quarter|annum|season)\b"
    r"(?!\s+(?:ago|earlier|later|before|after|on)\b)|annually\b)"
)


def _nearest_fact(
    sentence: Sentence,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    facts: Sequence[tuple[FactSpec, PackCues]],
) -> tuple[FactSpec, int] | None:
    """Return the fact whose cue is nearest the quantity, and where the cue is.

    A figure a part-taking verb leads to ("The round includes $45 million of
    new shares") is a part of what the cue before that verb names, not it;
    and a figure a moving verb brings something to ("which would lift the
    payout to $90 million") is the level of that thing, so only a cue among
    its words, not one before the verb, says what the figure is of.
    """
    start, end = quantity.start - sentence.offset, _figure_end(sentence, quantities, quantity)
    framed = _framed(sentence, quantity, quantities, facts)
    if framed is not None:
        return framed
    best: tuple[int, FactSpec, int] | None = None
    before, after = _word_before(sentence, start), _word_after(sentence, end)
    part = _PART_OBJECT.search(sentence.text, 0, start)
    level = _LEVEL_OF.search(sentence.text, 0, start)
    floor = max(part.start() if part else 0, level.start("what") if level else 0)
    for spec, _ in facts:
        if spec.kind != quantity.kind or before in spec.not_after or after in spec.not_before:
            continue
        if spec.not_by and _made_by(sentence, start, tuple(spec.not_by)):
            continue
        for at in _spec_cues(sentence, spec):
            near = _last_word(sentence, at, spec.cues) if at < start else at
            distance = word_distance(sentence, near, start, end)
            if at >= end and _OBJECT_OF.fullmatch(sentence.text, end, at):
                distance = 0  # "the €150 million it is spending on a plant": the verb's object
            if distance > MAX_CUE_DISTANCE or _owned_elsewhere(
                sentence, near, quantity, quantities
            ):
                continue
            if at < floor:
                continue  # the whole the figure is a part of
            if at < start and _in_a_name_s_aside(sentence, at, start):
                continue  # "to acquire X, an adviser overseeing $6.8 billion": X's own
            if _PUT_AT.fullmatch(sentence.text, at, start):
                continue  # "put its partnership at $1 billion": a value put on it, not money in
            if _apart_in_an_aside(sentence, quantities, at):
                continue  # "Y, both of which backed the Series B, added $40 million"
            if at >= end and (
                CLAUSE_BREAK.search(sentence.text, end, at)
                or _NEW_PREDICATE.search(sentence.text, end, at)
            ):
                continue  # another clause ("..., as sales rose") or predicate ("and to pour")
            if best is None or distance < best[0]:
                best = (distance, spec, at)
    return (best[1], best[2]) if best else None


# From a figure to the verb it is the object of, in a clause with no "that":
# " it is ", " they will be ", " the group plans to ".
_OBJECT_OF = compile_lazily(
    r"\s+(?:it|they|we|he|she|the\s+(?:company|group|firm))\s+"
    r"(?:(?:is|are|was|were|will|would|has|have|had|be|been|plans\s+to|expects\s+to"
    r"|intends\s+to|aims\s+to)\s+){0,2}"
)


def _rest_held(sentence: Sentence, quantity: Quantity, cue_at: int | None) -> bool:
    """Tell whether a figure is the rest of a company that someone holds.

    "The Ferrer family holds the remaining 60%", "will keep the remaining
    70%" and "with the remaining 24% held by local investors" tell what the
    deal leaves to others; "pays £1.1 billion for the
    remaining 88%" or "buys the remaining 60%" is the deal itself.
    """
    start, end = quantity.start - sentence.offset, quantity.end - sentence.offset
    held = (cue_at is not None and _HOLDS.match(sentence.text, cue_at) is not None) or (
        _HELD_AFTER.match(sentence.text, end) is not None
    )
    return held and REST_BEFORE.search(sentence.text, 0, start) is not None


_HOLDS = compile_lazily(r"(?i)(?:hold|held|own|keep|kept|retain)")
_HELD_AFTER = compile_lazily(
    r"(?i)\s+(?:held|owned|kept|retained)\b"
)  # "the remaining 24% held by"


# "put X's new partnership with Y at ": a value put on something, up to the figure.
_PUT_AT = compile_lazily(r"(?i)puts?\s+(?:[\w'’&-]+\s+){0,10}?at\s+")


def _figure_end(sentence: Sentence, quantities: Sequence[Quantity], quantity: Quantity) -> int:
    """Return where a figure's words end, past its conversion in brackets.

    In "a €120 million ($136 million) funding round" the round is named
    right after the figure: the dollars restate it and stand between no cue.
    """
    end = quantity.end - sentence.offset
    index = quantities.index(quantity) + 1
    if (
        index < len(quantities)
        and in_brackets_after(sentence.text, sentence.offset, quantities, index)
        and converts(sentence.text, sentence.offset, quantities, index)
    ):
        close = sentence.text.find(")", quantities[index].end - sentence.offset)
        return close + 1 if close >= 0 else end
    return end


def _apart_in_an_aside(sentence: Sentence, quantities: Sequence[Quantity], at: int) -> bool:
    """Tell whether a cue stands in a relative aside holding no figure, so it marks none.

    In "Alder Point and the Sorrel Fund, both of which backed the Series B
    two years ago, added $40 million" the round named in the aside is what
    they backed then, not what the $40 million is.  An aside holding a
    figure is left to the nearness of cues: its cue is that figure's first.
    """
    starts = [q.start - sentence.offset for q in quantities]
    return any(
        a <= at < b and not any(a <= s < b for s in starts)
        for a, b in _relative_asides(sentence.text)
    )


def _in_a_name_s_aside(sentence: Sentence, at: int, start: int) -> bool:
    """Tell whether a figure stands in an aside describing a name the cue stands before.

    In "agreed to acquire Fenwick Lane, an adviser overseeing approximately
    $6.8 billion" or "will buy Fenwick Lane, which manages $6.8 billion" the
    aside tells what the name does with its own verb; the deal's cue before
    the name says nothing of the figure.
    """
    return any(
        at < low and _NAME_DESCRIBED.fullmatch(sentence.text, high, start) is not None
        for low, high in sentence.names
    )


# From a name to a figure in an aside about it: ", which manages ", ", a Hartford
# adviser (RIA) overseeing ".
_NAME_DESCRIBED = compile_lazily(
    r"['’]?,\s+(?:(?:which|who)\s+(?:[\w'’-]+\s+){1,6}?"
    r"|(?:a|an)\s+(?:[\w'’-]+(?:\s+\([A-Z]{2,6}\))?\s+){1,8}?[a-z]+ing\s+)"
)


def _framed(
    sentence: Sentence,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    facts: Sequence[tuple[FactSpec, PackCues]],
) -> tuple[FactSpec, int] | None:
    """Return the fact a cue phrase opening the sentence gives its first figure.

    A phrase of several words set off by a comma at the start frames the
    statement after it: in "Before the new cash, the company was worth about
    €435 million" the figure is the pre-money valuation, though "worth"
    stands nearer.
    """
    if quantity is not quantities[0]:
        return None
    opening = _OPENING.match(sentence.text)
    if opening is None:
        return None
    for spec, _ in facts:
        if spec.kind != quantity.kind:
            continue
        for at in _spec_cues(sentence, spec):
            if at < opening.end() and _last_word(sentence, at, spec.cues) > at:
                return spec, at
    return None


# A short opening phrase with no figure, set off by a comma: "Before the new cash, ".
_OPENING = compile_lazily(r"\s*[A-Z][^,;:()\d$€£¥%]{3,60},\s")


def _last_word(sentence: Sentence, at: int, cues: Sequence[str]) -> int:
    """Return where the last word of a cue phrase standing at ``at`` starts.

    A cue of several words is as near a figure after it as its last word:
    in "revenue of $3.1 billion and net income of $412 million" "net income"
    is the $412 million's, though "net" stands nearer the $3.1 billion.
    """
    for _, phrase in _cue_table(tuple(cues)).phrases:
        found = phrase.match(sentence.text, at)
        if found:
            return sentence.word_starts[bisect.bisect_left(sentence.word_starts, found.end()) - 1]
    return at


# A part-taking verb with the figure as its object: "includes $45 million",
# "comprised roughly $45 million".
_PART_OBJECT = compile_lazily(_INCLUDES.pattern + r"\s+(?:[a-z][\w'’-]*\s+){0,3}\Z")

# A verb moving a named thing to the figure: "lift the proceeds to", "taking its stake to".
_LEVEL_OF = compile_lazily(
    r"(?i)\b(?:lift|rais|tak|took|bring|brought|push|boost|increas|swell|cut|reduc|lower)"
    r"[a-z]*\s+(?:the|its|their|his|her|our|that|this)\s+(?P<what>(?:[\w'’-]+\s+){1,3}?)to\s+\Z"
)

# "cost about $11 billion and to pour its first steel", "has $2.4 billion of
# capital and has said it wants more deals": a verb of its own after "and"
# states another thing; its cue is not the figure's.
_NEW_PREDICATE = compile_lazily(
    r"(?i)\band\s+(?:to|will|would|shall|can|could|may|might|must|should|has|have|had"
    r"|said|says)\b"
    r"|\b(?:as|because|after|since|when)\s+(?:it|they|he|she|we|the\s+[a-z]+)\s"
)  # "... and to pour", "a loss of £1.4 million as it invested in brands": another verb's


def _spec_cues(sentence: Sentence, spec: FactSpec) -> list[int]:
    """Return where a fact's cues stand, less those inside its not-cues or naming a purpose.

    "set aside $9.5 million for possible loan losses" states no loss, and a
    cue denied ("the $126 million contract is not revenue yet") names
    nothing the figure is.
    """
    found = sentence.cues_found
    if found is not None and spec.id in found:
        return found[spec.id]
    others = (
        [m.span() for m in _not_cues(tuple(spec.not_cues)).finditer(sentence.text, overlapped=True)]
        if spec.not_cues
        else []
    )
    text = sentence.text
    kept = [
        at
        for at in _cue_positions(sentence, spec.cues)
        if not _PURPOSE.search(text, max(0, at - _REACH), at)
        and not any(a <= at < b for a, b in others)
        and not _DENIED_CUE.search(text, max(0, at - 30), at)
        and not _worth_of_a_thing(text, at)
        and not (spec.not_of and _things(spec.not_of).search(text, max(0, at - _REACH), at))
        and not (spec.not_by and _people(spec.not_by).search(text, max(0, at - _REACH), at))
    ]
    if found is not None:
        found[spec.id] = kept
    return kept


def _worth_of_a_thing(text: str, at: int) -> bool:
    """Tell whether "worth" says what a thing named before it is worth, not a company.

    "recovered copper and gold worth A$9.7 million", "a 10% stake worth $50
    million", "the order, worth roughly $420 million": the noun before
    "worth" is what is worth the sum.  A verb of
    being ("is worth"), an adverb ("reportedly worth"), a pronoun or a word
    for a company before it leaves a valuation.
    """
    return _WORTH.match(text, at) is not None and (
        _THING_BEFORE.search(text, max(0, at - 30), at) is not None
    )


_WORTH = compile_lazily(r"(?i)worth\b")
_THING_BEFORE = compile_lazily(
    r"(?<![\w'’-])(?!(?:is|was|be|been|are|were|being|now|currently|still|it|them|and|or"
    r"|making|make|makes|made|company|startup|start-up|firm|business|group|unicorn|maker"
    r"|operator|provider|developer|lender|bank|insurer|retailer|chain|platform|brand)\b)"
    r"(?![a-z-]*ly\b)[a-z][\w-]*,?\s+\Z"
)

# Words denying a cue right before it: "is not revenue", "isn't yet profit".
_DENIED_CUE = compile_lazily(r"(?i)\b(?:not|never|isn['’]t|aren['’]t)\s+(?:yet\s+)?\Z")

# How far before a cue the words that disown it may start ("for possible loan",
# "its endowment was", "workers on the platform have"): the patterns are
# searched there only, not over the whole sentence before every cue.
_REACH = 100


@functools.cache
def _things(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile the `not_of` words a cue can follow, with what stands between.

    "its endowment was valued at £1.9 billion", "the fund's value", "the
    portfolio is now worth": the cue states what the thing is worth, not
    what the company is.  "The fund valued X at" is the fund acting, and
    stays a valuation of X.
    """
    names = "|".join(map(regex.escape, words))
    state = r"(?:(?:was|is|are|were|has|have|had|been|now|currently|still)\s+)"
    # Possessive, or stated of the thing: "the fund valued X at" is the fund acting.
    return compile_lazily(rf"(?i)\b(?:{names})s?(?:['’]s\s+{state}{{0,3}}|\s+{state}{{1,3}})\Z")


def _made_by(sentence: Sentence, start: int, words: tuple[str, ...]) -> bool:
    """Tell whether a figure is what `not_by` people made or spent, by the verb before it.

    In "Operators running its platform generated $9.8 billion" or "Its
    franchisees booked sales of $1.2 billion" the sum is theirs, whatever
    cue follows it.  Only people in the plural count, and a capital only as
    the sentence's first letter: "Birch Partners paid" is a name.
    """
    made = _makers(words).search(sentence.text, max(0, start - _REACH), start)
    if made is None:
        return False
    who = made["who"]
    return (made.start("who") == 0 or who[0].islower()) and who[1:].islower()


@functools.cache
def _makers(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile a clause opening with `not_by` people, up to the verb before a figure."""
    names = "|".join(map(regex.escape, words))
    return compile_lazily(
        r"(?i)(?:^|[,;:]\s+|\band\s+|\bwhile\s+)"
        r"(?:(?:its|their|the\s+[\w-]+['’]s|[\w-]+['’]s)\s+)?"
        rf"(?P<who>(?:[\w,.-]+\s+){{0,2}}?(?:{names})s)\b"
        rf"(?:\s+[^\s,;:]+){{0,5}}?\s+(?:{_MAKING})(?:\s+[^\s,;:]+){{0,4}}?\s+\Z"
    )


# Verbs of making or spending money, as people trading through a company use them.
_MAKING = (
    r"generated|generate|generates|made|make|makes|earned|earn|earns|sold|sell|sells|booked"
    r"|book|books|spent|spend|spends|paid|pay|pays|processed|recorded|posted|collected"
    r"|wagered|staked|bet|rang\s+up|turned\s+over"
)


@functools.cache
def _people(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile the `not_by` words a cue can follow, past where the people work.

    "Workers on Shiftly earned", "drivers for the app have earned", "staff
    at the Leeds plant earned": the people are the subject of the cue.
    """
    names = "|".join(map(regex.escape, words))
    where = r"(?:\s+(?:on|at|for|of|with|in|across)\s+(?:the\s+|its\s+|their\s+)?[\w&'’.-]+){0,2}"
    adverb = r"(?:\s+(?:who|have|had|has|also|together|collectively|typically|now|each|all))*"
    return compile_lazily(rf"(?i)\b(?:{names})s?\b{where}{adverb}\s+\Z")


def _measure(
    sentence: Sentence,
    quantities: Sequence[Quantity],
    index: int,
    chosen: Sequence[tuple[FactSpec, int | None] | None],
    facts: Sequence[tuple[FactSpec, PackCues]],
) -> str | None:
    """Return the fact a change is of: that of a level it is told with, else of a cue before it.

    "rose 24% to $2.95 billion" and "was $812 million, up 9%" change what
    the money figure states; "net income of $520 million was up 32%"
    changes net income; a share price or a count moving ("its shares up
    14%", "151,300 subscribers, up 4%") is some other measure.  Only cues
    of money facts name a measure ("shares rose 30%" is no share of a
    whole), and a cue behind a clause break names some other figure.  A
    level that is no fact ("gross bookings reached $1.2 billion, up 11%")
    or a count ("volumes rose 6% to 61 million") is some other measure,
    compared with nothing.
    """
    for other, joined in ((index + 1, _CHANGE_TO), (index - 1, _AFTER_LEVEL)):
        if not 0 <= other < len(quantities):
            continue
        low, high = sorted((quantities[index], quantities[other]), key=lambda q: q.start)
        if joined.fullmatch(sentence.text, low.end - sentence.offset, high.start - sentence.offset):
            level = chosen[other]
            return level[0].id if level else OTHER_MEASURE
    reach = REACHES.match(sentence.text, quantities[index].end - sentence.offset)
    if (
        reach
        and sentence.text[reach.end() : reach.end() + 1].isdigit()
        and not any(q.start == sentence.offset + reach.end() for q in quantities)
    ):
        return OTHER_MEASURE  # up to a count: "order volumes rose 6% to 61 million"
    start = quantities[index].start - sentence.offset
    if _OTHER_MOVER.search(sentence.text, max(0, start - 80), start):
        return OTHER_MEASURE  # "sending its shares up 14%", "151,300 subscribers, up 4%"
    named = _money_cue_before(sentence, quantities[index], facts)
    if named is None:
        named = _money_cue_after(sentence, quantities[index], facts)
    return named[0].id if named else None


# What moves, right before a change, when it is a price on a market ("its shares up
# 14%", "the stock jumped 5%") or a count ("151,300 at quarter end, up 4%"): no
# figure of the company's accounts.
_OTHER_MOVER = compile_lazily(
    r"(?i)(?:\b(?:shares|stock|share\s+price|ADRs?)\b(?:\s+[\w-]+){0,3}?"
    r"|(?<![\d.,$€£¥])\d[\d,]*(?:\.\d+)?(?!\s*(?:%|percent|million|billion|bn|m)\b)"
    r"[^$€£¥%\d,;:]{0,40},)"
    r"\s+(?:up|down|rose|fell|jumped|climbed|gained|lost|slid|dropped|surged|sank|tumbled"
    r"|soared|rising|falling)\s+(?:by\s+)?(?:(?:about|nearly|almost|some|roughly)\s+)?\Z"
)


def _money_cue_before(
    sentence: Sentence, quantity: Quantity, facts: Sequence[tuple[FactSpec, PackCues]]
) -> tuple[FactSpec, int] | None:
    """Return the money fact whose cue stands nearest before a figure, in its clause."""
    start = quantity.start - sentence.offset
    named = [
        (at, spec)
        for at, spec in _money_cues(sentence, facts)
        if at < start
        and word_distance(sentence, at, start, start) <= MAX_CUE_DISTANCE
        and not CLAUSE_BREAK.search(sentence.text, at, start)
    ]
    if not named:
        return None
    at, spec = max(named, key=lambda found: found[0])
    return spec, at


def _money_cues(
    sentence: Sentence, facts: Sequence[tuple[FactSpec, PackCues]]
) -> Iterator[tuple[int, FactSpec]]:
    """Yield where each cue of a money fact stands in a sentence, with its fact."""
    for spec, _ in facts:
        if spec.kind == "money":
            yield from ((at, spec) for at in _spec_cues(sentence, spec))


def _money_cue_after(
    sentence: Sentence, quantity: Quantity, facts: Sequence[tuple[FactSpec, PackCues]]
) -> tuple[FactSpec, int] | None:
    """Return the money fact a change names right after it: "an 18% rise in net profit"."""
    moved = _MOVE_IN.match(sentence.text, quantity.end - sentence.offset)
    if moved is None:
        return None
    named = [
        (at, spec)
        for at, spec in _money_cues(sentence, facts)
        if moved.end() <= at and word_distance(sentence, moved.end(), at, at) <= 1
    ]
    if not named:
        return None
    at, spec = min(named, key=lambda found: found[0])
    return spec, at


# From a change to the measure it moves: " rise in ", " year-on-year increase in its ".
_MOVE_IN = compile_lazily(rf"(?i)\s+(?:[\w-]+\s+)?{MOVE_IN}(?:(?:its|the|their)\s+)?")


# From a change to the level it reaches, past the time it is set against:
# " to ", " from a year earlier to ", " on the year to ".
_CHANGE_TO = compile_lazily(
    r"(?i),?\s{1,3}(?:(?:from|on|over|against|versus)\s+(?:a|the|last)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:earlier|before|ago|year|quarter|period)\s+|year[- ]on[- ]year\s+)?to\s{1,3}"
)
# A change told right after the level it changes: "$812 million, up 9%", also
# past the time of the level ("$1.19 billion in the first quarter, up 11%").
_AFTER_LEVEL = compile_lazily(
    r"(?:\s{1,3}(?:in|for|during|over)\s{1,3}[^,;:()]{1,40}?)?,\s{1,3}(?:[a-z]+\s{1,3}){0,3}"
)


@functools.cache
@functools.cache
def _not_cues(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile not-cue phrases into one pattern, the longest tried first at each place.

    Searched with overlapping matches, it finds the longest phrase starting
    at every place, as one search per phrase would, in one pass.
    """
    return regex.compile(_phrases_source(tuple(sorted(phrases, key=len, reverse=True))))


def _phrase(words: str) -> regex.Pattern[str]:
    """Compile a cue phrase matched case-insensitively, across line wraps."""
    return _any_phrase((words,))


def _word_after(sentence: Sentence, end: int) -> str:
    """Return the lower-cased word right after an offset ("" at the end)."""
    at = bisect.bisect_left(sentence.word_starts, end)
    return sentence.words[at] if at < len(sentence.words) else ""


def _word_before(sentence: Sentence, start: int) -> str:
    """Return the lower-cased word right before an offset ("" at the start)."""
    at = bisect.bisect_left(sentence.word_starts, start) - 1
    return sentence.words[at] if at >= 0 else ""


def _cue_positions(sentence: Sentence, cues: Sequence[str]) -> list[int]:
    """Return where any cue of a list stands in a sentence, outside names."""
    key = tuple(cues)
    found = sentence.cues_found
    if found is not None and key in found:
        return found[key]
    positions = [at for at in _cue_matches(sentence, cues) if not sentence.in_name(at)]
    if found is not None:
        found[key] = positions
    return positions


def _cue_matches(sentence: Sentence, cues: Sequence[str]) -> list[int]:
    """Return where any cue of a list stands in a sentence (word-start matches).

    A cue word matches a word that is the cue or its plural, or, for cues of
    four letters or more, a word it begins ("invest" of "investment") that
    does not name a person ("investor").  The places come cue by cue, in
    the order of the list, as callers prefer the first cue at equal distance.
    """
    table = _cue_table(tuple(cues))
    found = {(i, m.start()) for i, phrase in table.phrases for m in phrase.finditer(sentence.text)}
    for at, word in zip(sentence.word_starts, sentence.words, strict=True):
        if word in table.words:
            found.update((i, at) for i in table.words[word])
        if word[:_PREFIX] not in table.heads:
            continue
        for end in range(_PREFIX, min(len(word), table.longest) + 1):
            if word[:end] in table.prefixes and word[end:] not in _PEOPLE:
                found.update((i, at) for i in table.prefixes[word[:end]])
    return [at for _, at in sorted(found)]


_PREFIX = 4  # a cue this long or longer also matches the words it begins


class _CueTable(NamedTuple):
    """A cue list filed for lookup: words (and plurals), word beginnings, phrases."""

    words: dict[str, list[int]]
    prefixes: dict[str, list[int]]
    heads: frozenset[str]  # the first letters of the prefixes, to pass most words by
    longest: int
    phrases: list[tuple[int, regex.Pattern[str]]]


@functools.lru_cache(maxsize=512)
def _cue_table(cues: tuple[str, ...]) -> _CueTable:
    """File a cue list by the words each cue matches, with each cue's place in the list."""
    words: dict[str, list[int]] = {}
    prefixes: dict[str, list[int]] = {}
    phrases = []
    for i, cue in enumerate(c.lower() for c in cues):
        if " " in cue:
            phrases.append((i, _phrase(cue)))
            continue
        for form in dict.fromkeys((cue, cue + "s")):
            words.setdefault(form, []).append(i)
        if len(cue) >= _PREFIX:
            prefixes.setdefault(cue, []).append(i)
    heads = frozenset(cue[:_PREFIX] for cue in prefixes)
    return _CueTable(words, prefixes, heads, max(map(len, prefixes), default=0), phrases)


def _owned_elsewhere(
    sentence: Sentence, at: int, quantity: Quantity, quantities: Sequence[Quantity]
) -> bool:
    """Tell whether the cue belongs to another quantity of the same kind.

    It does when that quantity stands between the cue and this one, or
    stands nearer the cue: "processed $18 billion in payments and had
    revenue of $95 million" binds "revenue" to the $95 million only.  At
    equal distance a cue belongs to the figure after it: in "earning $142
    million on revenue of $3.4 billion" "revenue" is the $3.4 billion's.
    A cue whose phrase leads to this figure through "at" is its own, however
    near another figure stands: "the £36 million investment values the
    brewery at £120 million"; so is one opening a clause after the other
    figure ("narrowed to £40m while revenue rose to £600m").
    """
    if LEADS_TO.fullmatch(sentence.text, at, quantity.start - sentence.offset):
        return False
    cue = at + sentence.offset
    low, high = sorted((cue, quantity.start))
    own = _cue_distance(
        sentence, at, quantity.start - sentence.offset, quantity.end - sentence.offset
    )
    for index, other in enumerate(quantities):
        if other is quantity or other.kind != quantity.kind:
            continue
        if (
            other.start > quantity.start
            and converts(sentence.text, sentence.offset, quantities, index)
            and quantities[index - 1] is quantity
        ):
            continue  # "€120 million ($136 million) funding round": the same sum restated
        if low < other.start < high:
            return True
        offsets = (other.start - sentence.offset, other.end - sentence.offset)
        if offsets[1] <= at and _WHILE.search(sentence.text, offsets[1], at):
            continue  # "narrowed to £40m while revenue rose to £600m": the cue opens a new clause
        theirs = _cue_distance(sentence, at, *offsets)
        if theirs < own or (theirs == own and other.start > cue > quantity.start):
            return True
    return False


# A conjunction opening a clause with a subject of its own.
_WHILE = compile_lazily(r"\b(?:while|whereas|but|although|though)\b|;")


def _cue_distance(sentence: Sentence, at: int, start: int, end: int) -> int:
    """Return words between cue and figure, counting a clause break as five more."""
    low, high = (at, start) if at < start else (end, at)
    broken = CLAUSE_BREAK.search(sentence.text, low, high) is not None
    return word_distance(sentence, at, start, end) + (5 if broken else 0)


def _clause(sentence: Sentence, quantities: Sequence[Quantity], index: int) -> str:
    """Return the words that belong to one quantity.

    That is the text from the previous quantity on, up to the next clause
    break after it, and short of the last four words before the next
    quantity, which lead into that one ("$8 billion, up from the roughly $5
    billion" and "A$1.2 billion, up from a market value of A$890 million":
    "up from" is about the second figure; "45% of X, with Y keeping the
    rest": Y keeps the rest), unless a clause break stands between: in "the
    €80 million analysts had expected, on revenue of" the expecting is the
    €80 million's.  The words after the previous quantity up to
    a clause break are that one's own: in "will own 31% once the deal
    closes, and Y, whose 25% holding ..." the deal's closing is the 31%'s.
    """
    start = quantities[index - 1].end - sentence.offset if index else 0
    ended = CLAUSE_BREAK.search(sentence.text, start, quantities[index].start - sentence.offset)
    start = ended.start() if ended else start
    own = quantities[index].end - sentence.offset
    following = (
        quantities[index + 1].start - sentence.offset
        if index + 1 < len(quantities)
        else len(sentence.text)
    )
    broken = CLAUSE_BREAK.search(sentence.text, own, following)
    if broken or index + 1 == len(quantities):
        return sentence.text[start : broken.start() if broken else following]
    words = [m.start() for m in WORD.finditer(sentence.text, own, following)]
    return sentence.text[start : words[-4] if len(words) >= 4 else own]


def _period_label(
    clause: str,
    spec: FactSpec,
    cues: PackCues,
    period: Period | None,
    date: datetime.date | None,
    deal_periods: Sequence[Period | None] = (),
    newer: bool = False,
    left: bool = False,
) -> str:
    """Return the period key of a claim: a year or quarter, "current", "earlier" or "after".

    A deal figure dated before the article's year keeps that year ("paid $90
    million for 60% of X in 2022" dates the whole deal), so two earlier
    deals of different years are never compared; an earlier figure of no
    known year ("was last valued at") is "earlier"; what a deal leaves
    (``left``: "lifting its holding to 35%") is "after", or "2023 after";
    money "after the round" is the deal's own figure, whatever "was valued"
    says: a post-money valuation.
    In an article without a date a deal figure's year may be past, so it
    keeps its year too, rather than pass for current.
    """
    if spec.timing == "period":
        return _period_text(period) if period else ""
    past = [str(p.year) for p in (period, *deal_periods) if p and _before(p, date)]
    if left and spec.kind == "money":
        return past[0] if past else "current"  # "valued at $620 million after the round": its own
    if left:
        return " ".join([*past[:1], "after"])
    if past:
        return past[0]  # an earlier deal of a known year
    if _marked(clause, cues.earlier) and not newer:
        return "earlier"
    if period is None or date is None or period.year >= date.year:
        return "current"
    return _period_text(period)


def _before(period: Period, date: datetime.date | None) -> bool:
    """Tell whether a period may lie before the article's year: always, when it has no date."""
    return date is None or period.year < date.year


# A figure set against another ("up from $1.2 billion in 2023", "well below the
# $240 million put on it in 2019") dates only itself.
_CONTRAST = compile_lazily(
    r"(?i)\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bthan\b"
    r"|\b(?:falls?|fell|drops?|dropped|declines?|declined|slid|slides?|plunged?|rises?|rose"
    r"|jumps?|jumped|climbs?|climbed|increases?|increased|decreases?|decreased)\s+from\b"
    r"|\b(?:below|above)\s+(?:the|its|their)\b"
    r"|\b(?:markup|mark-up|premium|discount|uplift)\s+(?:on|to|over)\s+(?:the|its|their)\b"
    r"|\b(?:double|triple|twice|half)\b"
)


# A figure in a "when" clause ("put on it in 2021, when X sold a 15% holding")
# is of the moment that clause recalls: its year dates no figure outside it.
_RECALLED = compile_lazily(r"(?i)\W*when\b")


def _marked(clause: str, phrases: Sequence[str]) -> bool:
    """Tell whether a figure's own words hold a phrase ("last valued", "up from")."""
    return bool(phrases) and _any_phrase(tuple(phrases)).search(clause) is not None


@functools.cache
def _any_phrase(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile cue phrases into one pattern, matched case-insensitively, across line wraps."""
    return compile_lazily(_phrases_source(phrases))


def _phrases_source(phrases: tuple[str, ...]) -> str:
    """Return the source of a pattern matching any of some phrases as whole words."""
    each = (r"\s+".join(map(regex.escape, words.split())) for words in phrases)
    return r"(?i)\b(?:" + "|".join(each) + r")\b"


def _left_by_deal(
    sentence: Sentence, quantity: Quantity, clause: str, spec: FactSpec, cues: PackCues
) -> bool:
    """Tell whether a figure is what a deal leaves, not what changes hands.

    "lifting its holding to 35%", "goes to an indirect 10% stake" and "will
    own 35% once the deal closes" state the holding after the deal; "a
    further 25% stake" is the stake bought.
    """
    start = quantity.start - sentence.offset
    lead = _ARTICLE_AND_KIND.search(sentence.text, max(0, start - 30), start)
    before = _word_before(sentence, lead.start() if lead else start)
    return before in spec.reached_after or _marked(clause, cues.after)


# Words between "to" and the holding it leads to: "to an indirect 10% stake".
_ARTICLE_AND_KIND = compile_lazily(
    r"(?i)\b(?:a|an|the)\s+(?:(?:direct|indirect|combined|enlarged|diluted)\s+)?\Z"
)


def _level_left_from(
    sentence: Sentence, quantity: Quantity, spec: FactSpec, bindings: Sequence[Binding]
) -> bool:
    """Tell whether a figure after "from" is the level a deal left behind.

    In "cut its stake to 42% from 51%" the 42% is what the deal leaves and
    the 51% what it held before: an earlier holding, not the stake sold.
    """
    return (
        bool(bindings)
        and bindings[-1].fact is spec
        and bindings[-1].period.endswith("after")
        and _word_before(sentence, quantity.start - sentence.offset) == "from"
    )


def _period_text(period: Period) -> str:
    """Return "2024", "2024-Q3" or "2024-H1"."""
    if period.quarter:
        return f"{period.year}-Q{period.quarter}"
    return f"{period.year}-H{period.half}" if period.half else str(period.year)


# "by" sets a deadline only before a time: "by 2027", "by the end of the year".
_BY_A_TIME = compile_lazily(
    r"(?i)by\s+(?:(?:the\s+)?(?:end|middle|close|start|beginning)\b|(?:19|20)\d\d\b"
    r"|(?:next|this|the\s+next)\s+(?:year|quarter|month|decade)\b|mid-|early\s|late\s"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)


def _others_forecasts(
    sentence: Sentence, quantity: Quantity, cues: PackCues
) -> list[tuple[int, int]]:
    """Return where forecasters' phrases about another figure stand, in clauses before this one.

    In "ahead of the €80 million analysts had expected, on revenue of about
    €410 million" the analysts expected the €80 million; the revenue is
    reported, not projected.
    """
    if not cues.forecasts:
        return []
    start = quantity.start - sentence.offset
    return [
        match.span()
        for match in _any_phrase(tuple(cues.forecasts)).finditer(sentence.text, 0, start)
        if CLAUSE_BREAK.search(sentence.text, match.end(), start)
    ]


def _modality(sentence: Sentence, quantity: Quantity, cues: PackCues) -> Modality:
    """Return how a sentence states a figure: talks, projected, hedged or reported.

    A cue before the figure anywhere in the sentence counts ("expects ...,
    reaching $1 billion"), unless a capital inside the sentence makes it a
    name ("in May"); one after it only in its own clause: in "profit
    rose 18% to 2.1 billion pesos, helped by exports" the "by" is no
    deadline, and in "sales were $2 billion, and it expects more" the
    expectation is of something else.
    """
    kinds: tuple[tuple[Modality, tuple[str, ...]], ...] = (
        ("talks", cues.talks),
        ("projected", cues.projected),
        ("hedged", cues.hedged),
    )
    end = quantity.end - sentence.offset
    first = sentence.word_starts[0] if sentence.word_starts else 0
    others = _others_forecasts(sentence, quantity, cues)
    for modality, stems in kinds:
        for at in _cue_positions(sentence, stems):
            if at != first and sentence.text[at].isupper():
                continue  # a capital inside a sentence makes a name: "in May", "Will Harris"
            if any(low <= at < high for low, high in others):
                continue
            if sentence.text[at : at + 3].lower() == "by " and not _BY_A_TIME.match(
                sentence.text, at
            ):
                continue  # "rose by a third", "led by X": no deadline
            if at < end or not CLAUSE_BREAK.search(sentence.text, end, at):
                return modality
    return "reported"
