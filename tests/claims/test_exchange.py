import pytest

from factlint.claims.exchange import in_base_currency
from factlint.documents import parse_document
from factlint.linter import check_documents
from factlint.quantities.units import CurrencyRates

RATES = CurrencyRates(base="USD", rates={"EUR": 1.1})


def docs(*texts):
    return [parse_document(text, f"{name}.md") for name, text in zip("abc", texts, strict=False)]


EURO = "---\ndate: 2025-06-01\n---\nVelden AG reported 2024 revenue of €2 billion.\n"


def rules(report):
    return [d.rule for d in report.diagnostics]


def test_figures_in_two_currencies_meet_only_with_rates():
    dollars = "---\ndate: 2025-06-02\n---\nVelden AG reported 2024 revenue of $3 billion.\n"
    assert rules(check_documents(docs(EURO, dollars))) == []
    report = check_documents(docs(EURO, dollars), rates=RATES)
    assert rules(report) == ["financials.revenue-agrees"]
    assert "€2 billion" in report.diagnostics[0].message


def test_a_converted_figure_that_agrees_is_silent():
    dollars = "---\ndate: 2025-06-02\n---\nVelden AG reported 2024 revenue of $2.2 billion.\n"
    assert rules(check_documents(docs(EURO, dollars), rates=RATES)) == []


def test_claims_are_restated_in_the_base_currency():
    report = check_documents(docs(EURO))
    (claim,) = in_base_currency(report.claims, RATES)
    assert claim.quantity.currency == "USD"
    assert claim.quantity.value == pytest.approx(2.2e9)
    assert claim.quantity.text == "€2 billion"
    assert claim.low == pytest.approx(report.claims[0].low * 1.1)


def test_currencies_without_a_rate_are_left_alone():
    pounds = "---\ndate: 2025-06-01\n---\nVelden AG reported 2024 revenue of £2 billion.\n"
    report = check_documents(docs(pounds))
    assert in_base_currency(report.claims, RATES) == list(report.claims)
