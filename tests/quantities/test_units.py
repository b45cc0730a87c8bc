import math

import pint
import pytest
from pydantic import ValidationError

from factlint import find_quantities
from factlint.quantities.units import NO_CURRENCY, CurrencyRates, convert, registry, to_pint


def one(text: str):
    (quantity,) = find_quantities(text)
    return quantity


def test_money_carries_its_currency_as_a_unit():
    amount = to_pint(one("The fund raised €2 billion."))
    assert amount.magnitude == 2e9
    assert str(amount.units) == "EUR"


def test_each_currency_is_its_own_dimension():
    euros = to_pint(one("It cost €2 billion."))
    dollars = to_pint(one("It cost $3 billion."))
    with pytest.raises(pint.DimensionalityError):
        _ = euros + dollars


def test_money_and_percent_do_not_add():
    dollars = to_pint(one("It paid $14 billion."))
    stake = to_pint(one("It took a 49% stake."))
    with pytest.raises(pint.DimensionalityError):
        _ = dollars + stake


def test_money_over_percent_is_money():
    dollars = to_pint(one("It paid $14 billion."))
    stake = to_pint(one("It took a 49% stake."))
    implied = (dollars / stake).to("USD")
    assert math.isclose(implied.magnitude, 14e9 / 0.49)


def test_percent_is_dimensionless():
    assert to_pint(one("a 49% stake")).to("dimensionless").magnitude == pytest.approx(0.49)


def test_points_and_basis_points():
    assert to_pint(one("up 3 percentage points")).to("percent").magnitude == pytest.approx(3)
    assert to_pint(one("a cut of 25 basis points")).to("percent").magnitude == pytest.approx(0.25)


def test_cents_are_hundredths_of_their_currency():
    assert to_pint(one("The shares closed at 470 pence.")).magnitude == pytest.approx(4.7)


def test_unsettled_currency_is_no_currency():
    assert str(to_pint(one("It fetched 528 million francs.")).units) == NO_CURRENCY


def test_a_range_needs_a_figure():
    quantity = one("between $10 billion and $12 billion")
    with pytest.raises(ValueError, match="states no single figure"):
        to_pint(quantity)
    assert to_pint(quantity, quantity.high).magnitude == 12e9


def test_conversion_uses_configured_rates_only():
    rates = CurrencyRates(base="USD", rates={"EUR": 1.1, "GBP": 1.25})
    euros = to_pint(one("It cost €2 billion."))
    assert convert(euros, "USD", rates).magnitude == pytest.approx(2.2e9)
    assert convert(euros, "GBP", rates).magnitude == pytest.approx(2.2e9 / 1.25)
    assert convert(euros, "EUR", rates) is euros
    with pytest.raises(pint.DimensionalityError):
        convert(euros, "JPY", rates)


def test_without_rates_nothing_converts():
    euros = to_pint(one("It cost €2 billion."))
    with pytest.raises(pint.DimensionalityError):
        convert(euros, "USD", CurrencyRates())


@pytest.mark.parametrize("rate", [0, -1.5])
def test_rates_must_be_positive(rate):
    with pytest.raises(ValidationError, match="must be positive"):
        CurrencyRates(rates={"EUR": rate})


def test_registry_is_built_once():
    assert registry() is registry()
