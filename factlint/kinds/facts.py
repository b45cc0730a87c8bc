"""Helpers every kind shares: group claims into facts, widen their intervals.

Claims of one fact share a key (fact, subject, agent, period), and changes
(growth, a fall) also share what they measure; a change of something no
fact states (gross bookings, order volumes) is compared with nothing.  Claims
with no subject, or with no period where their fact needs one (revenue of
which year?), cannot be placed and are left out: comparing them would
compare figures that may well be about different things.  Money in different
currencies is only compared when it can be converted; a claim whose
currency is unknown joins any group.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from factlint.claims import Claim
from factlint.claims.model import OTHER_MEASURE

__all__ = ["SAME_MOMENT", "Key", "close_in_time", "common_bounds", "fact_groups", "label", "widen"]

Key = tuple[str, str | None, str | None, str]


def fact_groups(claims: Sequence[Claim], facts: Iterable[str]) -> list[tuple[Key, list[Claim]]]:
    """Group the claims of the given facts by key, per currency, in a stable order."""
    wanted = set(facts)
    groups: dict[tuple[Key, str | None], list[Claim]] = {}
    for claim in claims:
        if (
            claim.fact in wanted
            and claim.subject
            and claim.period
            and claim.measure != OTHER_MEASURE
        ):
            groups.setdefault((claim.key, claim.measure), []).append(claim)
    return [
        (key, same)
        for (key, _), group in groups.items()
        for by_time in _by_time(group)
        for same in _by_currency(by_time)
    ]


# Figures a deal's articles give as current are current as of each article:
# articles further apart than this tell of different moments (one round and
# the next), so their current figures are not compared.
SAME_MOMENT = datetime.timedelta(days=183)
_AS_OF_ARTICLE = frozenset({"current", "after"})


def _by_time(group: list[Claim]) -> Iterable[list[Claim]]:
    """Split current figures into runs of articles close in time; undated ones join each."""
    if group[0].period not in _AS_OF_ARTICLE:
        yield group
        return
    dated = sorted({c.published for c in group if c.published})
    runs: list[list[str]] = []
    for day in dated:
        if runs and _date(day) - _date(runs[-1][-1]) <= SAME_MOMENT:
            runs[-1].append(day)
        else:
            runs.append([day])
    if len(runs) <= 1:
        yield group
        return
    for run in runs:
        days = set(run)
        yield [c for c in group if c.published is None or c.published in days]


def close_in_time(groups: Iterable[Sequence[Claim]]) -> bool:
    """Tell whether groups of claims can tell of one moment: their articles' dates overlap.

    Dates of groups of figures given as current must lie within
    ``SAME_MOMENT`` of each other; other figures carry their own period.
    """
    spans = [
        (min(days), max(days))
        for group in groups
        if group and group[0].period in _AS_OF_ARTICLE
        for days in [[_date(c.published) for c in group if c.published]]
        if days
    ]
    if len(spans) <= 1:
        return True
    return max(low for low, _ in spans) - min(high for _, high in spans) <= SAME_MOMENT


def _date(iso: str) -> datetime.date:
    """Read an ISO 8601 date."""
    return datetime.date.fromisoformat(iso)


def _by_currency(group: list[Claim]) -> Iterable[list[Claim]]:
    """Split a group by currency; claims of unknown currency go with each.

    Except one stated in a sentence that gives the fact in a known currency:
    "$180 million (roughly 3.5 billion pesos)" is the same money converted,
    and pesos of no known country are no figure to compare.
    """
    known = {(c.location.path, c.sentence) for c in group if c.quantity.currency}
    group = [
        c
        for c in group
        if c.quantity.currency or c.sentence is None or (c.location.path, c.sentence) not in known
    ]
    currencies = sorted({c.quantity.currency for c in group if c.quantity.currency})
    if len(currencies) <= 1:
        yield group
        return
    for currency in currencies:
        yield [c for c in group if c.quantity.currency in (currency, None)]


def widen(claim: Claim, tolerance: float) -> tuple[float | None, float | None]:
    """Return a claim's interval with ``tolerance`` (a fraction) added on each side."""
    low = None if claim.low is None else claim.low - abs(claim.low) * tolerance
    high = None if claim.high is None else claim.high + abs(claim.high) * tolerance
    return low, high


def common_bounds(
    claims: Sequence[Claim], tolerance: float
) -> tuple[float | None, float | None] | None:
    """Return the bounds every claim's widened interval allows, or None if they share no point.

    A bound no claim sets stays open (None).
    """
    bounds = [widen(c, tolerance) for c in claims]
    lows = [low for low, _ in bounds if low is not None]
    highs = [high for _, high in bounds if high is not None]
    low, high = (max(lows) if lows else None), (min(highs) if highs else None)
    if low is not None and high is not None and low > high:
        return None
    return low, high


def label(key: Key) -> str:
    """Write a fact key for people: "deals.investment of Scale AI by Meta (current)"."""
    fact, subject, agent, period = key
    text = f"{fact} of {subject}"
    if agent:
        text += f" by {agent}"
    return f"{text} ({period})" if period else text
