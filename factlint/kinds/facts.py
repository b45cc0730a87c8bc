"""Helpers every kind shares: group claims into facts, widen their intervals.

Claims of one fact share a key (fact, subject, agent, period), and changes
(growth, a fall) also share what they measure.  Claims
with no subject, or with no period where their fact needs one (revenue of
which year?), cannot be placed and are left out: comparing them would
compare figures that may well be about different things.  Money in different
currencies is only compared when it can be converted; a claim whose
currency is unknown joins any group.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factlint.claims import Claim

__all__ = ["Key", "fact_groups", "label", "widen"]

Key = tuple[str, str | None, str | None, str]


def fact_groups(claims: Sequence[Claim], facts: Iterable[str]) -> list[tuple[Key, list[Claim]]]:
    """Group the claims of the given facts by key, per currency, in a stable order."""
    wanted = set(facts)
    groups: dict[tuple[Key, str | None], list[Claim]] = {}
    for claim in claims:
        if claim.fact in wanted and claim.subject and claim.period:
            groups.setdefault((claim.key, claim.measure), []).append(claim)
    return [(key, same) for (key, _), group in groups.items() for same in _by_currency(group)]


def _by_currency(group: list[Claim]) -> Iterable[list[Claim]]:
    """Split a group by currency; claims of unknown currency go with each."""
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


def label(key: Key) -> str:
    """Write a fact key for people: "deals.investment of Scale AI by Meta (current)"."""
    fact, subject, agent, period = key
    text = f"{fact} of {subject}"
    if agent:
        text += f" by {agent}"
    return f"{text} ({period})" if period else text
