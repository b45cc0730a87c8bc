"""Restate money claims in one currency, through the rates a user configured.

Without rates a euro figure and a dollar figure of one fact cannot be
compared, and the rules leave them alone.  With rates, every claim in a
rated currency is restated in the base currency before the rules run, so
"EUR 10 billion" and "$11 billion" of one fact meet in one group.  The
quoted text stays as written; values, intervals and the currency change.
Currencies without a rate are left as they are.
"""

from __future__ import annotations

from collections.abc import Iterable

from factlint.claims.model import Claim
from factlint.quantities import Quantity
from factlint.quantities.units import CurrencyRates, convert, to_pint

__all__ = ["in_base_currency"]

_SCALED = ("value", "low", "high", "rounding_low", "rounding_high")


def in_base_currency(claims: Iterable[Claim], rates: CurrencyRates) -> list[Claim]:
    """Return the claims with every rated money figure restated in ``rates.base``."""
    return [_restated(claim, rates) for claim in claims]


def _restated(claim: Claim, rates: CurrencyRates) -> Claim:
    """Restate one claim, or return it unchanged when it has no rated currency."""
    quantity = claim.quantity
    factor = _factor(quantity, rates)
    if factor is None:
        return claim
    scaled = {
        name: getattr(quantity, name) * factor
        for name in _SCALED
        if getattr(quantity, name) is not None
    }
    restated = quantity.model_copy(update={**scaled, "currency": rates.base, "unit": None})
    return claim.model_copy(
        update={
            "quantity": restated,
            "low": None if claim.low is None else claim.low * factor,
            "high": None if claim.high is None else claim.high * factor,
        }
    )


def _factor(quantity: Quantity, rates: CurrencyRates) -> float | None:
    """Return base-currency units per unit of the figure, or None when not rated."""
    code = quantity.currency
    if quantity.kind != "money" or code is None or code == rates.base or code not in rates.rates:
        return None
    return float(convert(to_pint(quantity, 1.0), rates.base, rates).magnitude)
