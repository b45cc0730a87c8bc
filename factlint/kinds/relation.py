"""Kind ``relation``: an arithmetic formula over facts must hold.

``valuation ~ amount / stake`` says a stated valuation agrees with the
amount paid divided by the stake bought.  Each variable names a fact; the
facts are joined on the entity and period slots the rule lists, each fact
taken as the interval all its claims agree on (a fact whose own claims
disagree is left to ``agree``).  Percentages enter as fractions.  The
formula is parsed when the rule is loaded, by a small safe parser (never
``eval``), and its units are checked with pint: money / percent is money,
money + percent is an error.

Options: ``facts`` (variable -> fact id), ``formula``, ``join`` (slots that
must match: subject, agent, period), plus ``severity``, ``message``,
``tolerance``.  Message fields: each variable (the text of its tightest
claim), ``{stated}`` (the left side's text), ``{computed}`` (the right
side's midpoint), ``{computed_range}``, ``{direction}`` ("above"/"below").

    kind: relation
    facts: {valuation: deals.valuation, amount: deals.investment, stake: deals.stake}
    formula: valuation ~ amount / stake
    join: [subject, period]
    message: "{amount} for a {stake} stake implies a valuation of about {computed} ..."

FAIL: "$14 billion for a 49% stake" and elsewhere "valued at as high as $25 billion".
PASS: the same deal and "valued at about $28 billion".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

from pydantic import Field, PrivateAttr

from factlint.claims import Claim
from factlint.diagnostics import Finding
from factlint.figures import amount, amount_range
from factlint.formula import Interval, Name, Relation, evaluate, holds, parse_relation
from factlint.kinds.base import Corpus, RuleBase, fill
from factlint.kinds.facts import Key, close_in_time, common_bounds, fact_groups, label

__all__ = ["SCOPE", "KIND", "RelationRule", "check", "fields"]

KIND = "relation"
SCOPE = "corpus"  # facts joined across documents
Slot = Literal["subject", "agent", "period"]
_SLOT_INDEX = {"subject": 1, "agent": 2, "period": 3}


class RelationRule(RuleBase):
    """Figures of several facts must satisfy a formula."""

    kind: Literal["relation"]
    facts: dict[str, str] = Field(
        min_length=1, max_length=10, description="Formula variable -> fact id."
    )
    formula: str = Field(max_length=200, description='e.g. "valuation ~ amount / stake".')
    join: tuple[Slot, ...] = Field(
        default=("subject", "period"), description="Slots that must match across the facts."
    )
    _relation: Relation | None = PrivateAttr(default=None)

    @property
    def relation(self) -> Relation:
        """The parsed formula (parsed once)."""
        if self._relation is None:
            self._relation = parse_relation(self.formula)
        return self._relation


def fields(rule: RelationRule) -> tuple[str, ...]:
    """Return the message fields a relation rule provides."""
    return (*rule.facts, "stated", "computed", "computed_range", "direction")


def check(rule: RelationRule, corpus: Corpus) -> Iterator[Finding]:
    """Yield a finding for each stated figure the formula does not hold for.

    A stated figure the formula fails with several joined sets of facts
    (the amount and stake of one deal written up by two articles whose
    readings differ in a slot, or given in two currencies) is reported
    once, at that figure, with the places of every set as related locations;
    a set joined only through a slot one input leaves open is reported only
    when no set holds for that figure and no other set fails it.
    """
    agreed = _agreed_facts(rule, corpus.claims)
    names = list(rule.facts)
    left = rule.relation.left
    stated = names.index(left.name) if isinstance(left, Name) else None
    slots = [_SLOT_INDEX[slot] for slot in rule.join]
    held: set[Key] = set()
    loose: list[tuple[Key, Finding]] = []
    found: dict[tuple[str, int, int, str], Finding] = {}
    for combination in _joined_combinations(rule, [agreed[name] for name in names]):
        keys = [key for key, _, _ in combination]
        if not _one_currency(g for _, g, _ in combination):
            continue
        if not close_in_time(g for _, g, _ in combination):
            continue
        groups = {name: group for name, (_, group, _) in zip(names, combination, strict=True)}
        values = {name: agreed for name, (_, _, agreed) in zip(names, combination, strict=True)}
        if holds(rule.relation, values):
            if stated is not None:
                held.add(keys[stated])
            continue
        finding = _finding(rule, keys, groups)
        if stated is not None and _joined_loosely(keys, stated, slots):
            loose.append((keys[stated], finding))
            continue
        _add(found, finding)
    failed = {_place(finding.primary) for finding in found.values()}
    for key, finding in loose:
        if key not in held and _place(finding.primary) not in failed:
            _add(found, finding)
    yield from found.values()


def _add(found: dict[tuple[str, int, int, str], Finding], finding: Finding) -> None:
    """File a finding under its stated figure's statement, merged with one already there."""
    place = (*_statement(finding.primary), finding.fact)
    found[place] = _merged(found[place], finding) if place in found else finding


def _joined_loosely(keys: Sequence[Key], stated: int, slots: Sequence[int]) -> bool:
    """Tell whether the inputs of a set match on a joined slot only because one leaves it open.

    "The Pentagon will pay $150 million for 10%" read with no buyer joins
    "Founder Dana Whitfield holds another 18%" as well as its own 10%: a
    stated valuation the formula holds for with one set is not reported for
    a set joined that loosely.
    """
    inputs = [key for i, key in enumerate(keys) if i != stated]
    return any(None in (values := {key[i] for key in inputs}) and len(values) > 1 for i in slots)


def _place(claim: Claim) -> tuple[str, int, int]:
    """Where a claim's figure stands: its file and where in the file's prose."""
    return (claim.location.path, claim.quantity.start, claim.quantity.end)


def _statement(claim: Claim) -> tuple[str, int, int]:
    """Where a claim is stated: its sentence, else its figure.

    A figure and its conversion into another currency ("18 billion yuan
    (about $2.5 billion)") are one statement, reported once.
    """
    if claim.sentence is None:
        return _place(claim)
    return (claim.location.path, claim.sentence, -1)


def _merged(first: Finding, other: Finding) -> Finding:
    """Keep the first finding's message; add the other's places it does not list yet."""
    places = {_place(first.primary), *map(_place, first.related)}
    more = tuple(c for c in other.related if _place(c) not in places)
    return first.model_copy(update={"related": (*first.related, *more)})


def _agreed_facts(
    rule: RelationRule, claims: Sequence[Claim]
) -> dict[str, list[tuple[Key, list[Claim], Interval]]]:
    """Return, per variable, each fact key whose claims agree, with what they agree on."""
    agreed: dict[str, list[tuple[Key, list[Claim], Interval]]] = {}
    for name, fact in rule.facts.items():
        agreed[name] = []
        for key, group in fact_groups(claims, [fact]):
            interval = _consensus(group, rule.tolerance)
            if interval is not None:
                agreed[name].append((key, group, interval))
    return agreed


def _consensus(group: Sequence[Claim], tolerance: float) -> Interval | None:
    """Return the interval every claim of a fact allows, or None if they disagree."""
    common = common_bounds(group, tolerance)
    if common is None:
        return None
    low, high = common
    scale = 0.01 if group[0].quantity.kind == "percent" else 1.0
    return Interval(None if low is None else low * scale, None if high is None else high * scale)


def _width(claim: Claim) -> float:
    """Return how wide a claim's interval is (open intervals are infinitely wide)."""
    if claim.low is None or claim.high is None:
        return float("inf")
    return claim.high - claim.low


def _quoted(groups: Mapping[str, list[Claim]], stated: str | None, above: bool) -> dict[str, Claim]:
    """Pick the claim to quote for each variable.

    The stated side is quoted at the bound the computed side overshoots; the
    others at their most precise claim, preferring one stated right beside a
    claim of another input ("$450 million for a 15% stake"), not beside the
    stated figure alone.
    """
    inputs = {name: group for name, group in groups.items() if name != stated}
    chosen = {}
    for name, group in groups.items():
        if name == stated:
            bound = [c for c in group if (c.high if above else c.low) is not None]
            pick = (min if above else max)(
                bound or group, key=lambda c: (c.high if above else c.low) or 0.0
            )
        else:
            shared = [c for c in group if _beside_another(c, inputs, name)]
            pick = min(shared or group, key=_width)
        chosen[name] = pick
    return chosen


def _beside_another(claim: Claim, groups: Mapping[str, list[Claim]], own: str) -> bool:
    """Tell whether a claim stands beside another variable's claim: its clause or next line.

    A headline two lines above the text is apart from it, however short.
    """
    return any(
        c.location.path == claim.location.path
        and abs(c.quantity.start - claim.quantity.start) < _BESIDE
        and abs(c.location.line - claim.location.line) <= 1
        for name, group in groups.items()
        if name != own
        for c in group
    )


_BESIDE = 120  # characters: the same clause or the next line of it


def _one_currency(groups: Iterable[list[Claim]]) -> bool:
    """Tell whether the money of the facts is in at most one currency.

    Without configured rates dollars and euros cannot be compared, so such
    a combination is not checked rather than reported.
    """
    currencies = {c.quantity.currency for g in groups for c in g if c.quantity.currency}
    return len(currencies) <= 1


_Agreed = tuple[Key, list[Claim], Interval]


def _joined_combinations(
    rule: RelationRule, candidates: Sequence[Sequence[_Agreed]]
) -> Iterator[tuple[_Agreed, ...]]:
    """Yield one fact per variable, where the facts match on every joined slot they all have.

    A slot a fact leaves open (no agent) matches any value.  Facts are
    looked up by the slot values chosen so far, so the work grows with the
    number of matching combinations, not with the product of all facts.
    """
    slots = [_SLOT_INDEX[slot] for slot in rule.join]
    indexes = [_by_slot(facts, slots) for facts in candidates]

    def extend(chosen: tuple[_Agreed, ...], bound: dict[int, str]) -> Iterator[tuple[_Agreed, ...]]:
        if len(chosen) == len(candidates):
            yield chosen
            return
        position = len(chosen)
        for fact in _matching(candidates[position], indexes[position], bound):
            yield from extend((*chosen, fact), _bind(bound, fact[0], slots))

    yield from extend((), {})


_SlotIndex = dict[int, dict[str | None, list[int]]]


def _bind(bound: Mapping[int, str], key: Key, slots: Sequence[int]) -> dict[int, str]:
    """Add the slot values a chosen fact fixes to those fixed already."""
    more = dict(bound)
    for i in slots:
        value = key[i]
        if value is not None:
            more.setdefault(i, value)
    return more


def _by_slot(facts: Sequence[_Agreed], slots: Sequence[int]) -> _SlotIndex:
    """Index facts (by position) under each joined slot's value."""
    index: _SlotIndex = {i: {} for i in slots}
    for position, (key, _, _) in enumerate(facts):
        for i in slots:
            index[i].setdefault(key[i], []).append(position)
    return index


def _matching(
    facts: Sequence[_Agreed], index: _SlotIndex, bound: Mapping[int, str]
) -> list[_Agreed]:
    """Return the facts that agree with the bound slot values (an open slot agrees)."""
    positions: set[int] | None = None
    for i, value in bound.items():
        allowed = {*index[i].get(value, ()), *index[i].get(None, ())}
        positions = allowed if positions is None else positions & allowed
    if positions is None:
        return list(facts)
    return [facts[p] for p in sorted(positions)]


def _finding(rule: RelationRule, keys: Sequence[Key], groups: Mapping[str, list[Claim]]) -> Finding:
    """Describe a relation that does not hold, quoting both sides and the arithmetic."""
    relation = rule.relation
    exact = {name: _consensus(group, 0.0) or Interval() for name, group in groups.items()}
    computed = evaluate(relation.right, exact)
    stated = relation.left.name if isinstance(relation.left, Name) else None
    stated_interval = exact.get(stated or "")
    above = (
        stated_interval is not None
        and stated_interval.high is not None
        and computed.low is not None
        and computed.low > stated_interval.high
    )
    chosen = _quoted(groups, stated, above)
    primary = chosen[stated] if stated else next(iter(chosen.values()))
    text = {name: repr(claim.quantity.text) for name, claim in chosen.items()}
    text.update(_computed_fields(computed, primary, chosen.values(), above))
    text["stated"] = repr(primary.quantity.text)
    index = list(groups).index(stated) if stated else 0
    also_stated = [c for c in groups[stated] if _excludes(c, computed)] if stated else []
    related = [*chosen.values(), *also_stated, *_stated_together(groups, stated)]
    return Finding(
        primary=primary,
        related=tuple(dict.fromkeys(c for c in related if c is not primary)),
        message=fill(rule.message, text),
        fact=label(keys[index]),
    )


def _excludes(claim: Claim, computed: Interval) -> bool:
    """Tell whether a statement of the stated figure leaves out all the computed values.

    Such a statement contradicts the formula too ("worth $300 million"
    beside "values it at $300 million"); a vaguer one ("in the range of
    billions") does not, and is no place of the finding.
    """
    above = computed.low is not None and claim.high is not None and computed.low > claim.high
    below = computed.high is not None and claim.low is not None and computed.high < claim.low
    return above or below


def _stated_together(groups: Mapping[str, list[Claim]], stated: str | None) -> list[Claim]:
    """Return the claims of the formula's inputs that stand beside another input's claim.

    Each such place states the whole deal ("$450 million for a 25% stake");
    a reader checking the finding wants every article that does, not only
    the one quoted.  A claim beside the stated figure alone is not one.
    """
    inputs = {name: group for name, group in groups.items() if name != stated}
    return [c for name, group in inputs.items() for c in group if _beside_another(c, inputs, name)]


def _computed_fields(
    computed: Interval, primary: Claim, quoted: Iterable[Claim], above: bool
) -> dict[str, str]:
    """Return the message fields describing the computed side."""
    kind = primary.quantity.kind
    scale = 100.0 if kind == "percent" else 1.0
    low, high = computed.low, computed.high
    finite = [v * scale for v in (low, high) if v is not None]
    middle = sum(finite) / len(finite) if finite else 0.0
    currency = next((c.quantity.currency for c in [primary, *quoted] if c.quantity.currency), None)
    return {
        "computed": amount(middle, kind, currency),
        "computed_range": amount_range(low * scale, high * scale, kind)
        if low is not None and high is not None
        else "unbounded",
        "direction": "above" if above else "below",
    }
