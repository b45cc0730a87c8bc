"""Quantities as pint quantities: one dimension per currency, percent dimensionless.

Each ISO 4217 currency is its own base dimension, so pint refuses to add
dollars to euros or to compare them, exactly as a careful editor would.
Converting between currencies is possible only through rates the user
configures (``CurrencyRates``); nothing is ever fetched.  A quantity whose
currency the text does not settle is in ``XXX``, ISO 4217's code for "no
currency", which converts to nothing.  pint is imported on first use only,
since it is slow to load and most commands never need it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factlint.quantities.model import Quantity

if TYPE_CHECKING:
    import pint

__all__ = ["NO_CURRENCY", "CurrencyRates", "convert", "currency_unit", "registry", "to_pint"]

NO_CURRENCY = "XXX"
_PERCENT_UNITS = {None: "percent", "pp": "percentage_point", "bp": "basis_point"}


class CurrencyRates(BaseModel):
    """Exchange rates a user configures: how much of ``base`` one unit of each code is."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    base: str = Field(default="USD", description="ISO 4217 code the rates are quoted in.")
    rates: dict[str, float] = Field(
        default_factory=dict,
        description='Units of the base currency per unit of each code, e.g. {"EUR": 1.08}.',
    )

    @field_validator("rates")
    @classmethod
    def _positive(cls, rates: dict[str, float]) -> dict[str, float]:
        """Reject rates that cannot convert anything (zero, negative)."""
        for code, rate in rates.items():
            if not rate > 0:
                raise ValueError(f"the rate of {code} must be positive, not {rate}")
        return rates


@functools.cache
def registry() -> pint.UnitRegistry[Any]:
    """Return the unit registry: the percentage units, then each currency once it is used.

    Currencies are defined on first use (see ``currency_unit``): defining
    all of ISO 4217 up front costs more than most runs spend in pint.
    """
    import pint

    units: pint.UnitRegistry[Any] = pint.UnitRegistry(None)
    units.define("percent = 0.01 = %")
    units.define("percentage_point = 0.01 = pp")
    units.define("basis_point = 0.0001 = bp")
    return units


def to_pint(quantity: Quantity, figure: float | None = None) -> pint.Quantity[Any]:
    """Return ``figure`` (default: the quantity's value) in the quantity's unit.

    Cents and pence become a hundredth of their currency.  Raises
    ``ValueError`` for a range or vague amount when no figure is given.
    """
    figure = quantity.value if figure is None else figure
    if figure is None:
        raise ValueError(f"{quantity.text!r} states no single figure")
    units = registry()
    if quantity.kind == "percent":
        return units.Quantity(figure, _PERCENT_UNITS[quantity.unit])
    code = quantity.currency or NO_CURRENCY
    if quantity.unit == "cent":
        figure /= 100
    return units.Quantity(figure, currency_unit(code))


def convert(amount: pint.Quantity[Any], currency: str, rates: CurrencyRates) -> pint.Quantity[Any]:
    """Convert money to ``currency`` through the configured rates only.

    Raises pint's ``DimensionalityError`` when no configured rate links the two.
    """
    target = currency_unit(currency)
    if amount.units == registry().Unit(target):
        return amount
    return amount.to(target, _context(rates.base, tuple(sorted(rates.rates.items()))))


def currency_unit(code: str) -> str:
    """Return the registry unit of an ISO code (its own dimension), defining it if it is new."""
    units = registry()
    if code not in units:
        units.define(f"{code} = [currency_{code}]")
    return code


@functools.lru_cache(maxsize=8)
def _context(base_code: str, rates: tuple[tuple[str, float], ...]) -> Any:
    """Build the pint context that links each rated currency to the base."""
    import pint

    context = pint.Context()
    base = currency_unit(base_code)
    units = registry()
    for code, rate in rates:
        unit = currency_unit(code)
        context.add_transformation(
            f"[currency_{unit}]", f"[currency_{base}]", _scale(rate, units(base) / units(unit))
        )
        context.add_transformation(
            f"[currency_{base}]", f"[currency_{unit}]", _scale(1 / rate, units(unit) / units(base))
        )
    return context


def _scale(rate: float, per: Any) -> Any:
    """Return a pint transformation multiplying by ``rate`` target-per-source."""
    return lambda _registry, value: value * rate * per
