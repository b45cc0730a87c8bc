"""Unit tests for factlint.quantities.numbers: digits, number words and scales."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factlint.quantities.numbers import parse_digits, parse_words, scale_factor


@pytest.mark.parametrize(
    ("text", "value", "step"),
    [
        ("14", "14", "1"),
        ("7", "7", "1"),
        ("14.3", "14.3", "0.1"),
        ("3.75", "3.75", "0.01"),
        ("2.50", "2.5", "0.01"),
        ("0.5", "0.5", "0.1"),
        (".5", "0.5", "0.1"),
        ("1,250", "1250", "1"),
        ("1,250,000", "1250000", "1"),
        ("1,234.5", "1234.5", "0.1"),
        ("12,34,567.89", "1234567.89", "0.01"),
        ("1,00,000", "100000", "1"),
        ("10 000", "10000", "1"),
        ("10\u202f000", "10000", "1"),
        ("10\u00a0000.25", "10000.25", "0.01"),
    ],
)
def test_parse_digits(text: str, value: str, step: str) -> None:
    got_value, got_step = parse_digits(text)
    assert got_value == Decimal(value)
    assert got_step == Decimal(step)


def test_parse_digits_is_exact() -> None:
    value, step = parse_digits("14.3")
    assert isinstance(value, Decimal)
    assert isinstance(step, Decimal)
    assert value * 10**9 == Decimal("14300000000")


@pytest.mark.parametrize(
    ("text", "value", "step"),
    [
        ("one", "1", "1"),
        ("twelve", "12", "1"),
        ("forty-nine", "49", "1"),
        ("forty nine", "49", "1"),
        ("Forty-Nine", "49", "1"),
        ("ninety-nine", "99", "1"),
        ("fourty", "40", "1"),
        ("a hundred", "100", "1"),
        ("one hundred", "100", "1"),
        ("one hundred twenty", "120", "1"),
        ("one hundred and five", "105", "1"),
        ("two hundred fifty", "250", "1"),
        ("a", "1", "1"),
        ("half", "0.5", "0.5"),
        ("a half", "0.5", "0.5"),
        ("half a", "0.5", "0.5"),
        ("a quarter", "0.25", "0.25"),
        ("two and a half", "2.5", "0.5"),
        ("one and a half", "1.5", "0.5"),
        ("ten and a quarter", "10.25", "0.25"),
        ("three quarters", "0.75", "0.25"),
        ("three-quarters", "0.75", "0.25"),
        ("three quarters of a", "0.75", "0.25"),
    ],
)
def test_parse_words(text: str, value: str, step: str) -> None:
    got_value, got_step = parse_words(text)
    assert got_value == Decimal(value)
    assert got_step == Decimal(step)


@pytest.mark.parametrize(
    ("word", "factor"),
    [
        ("thousand", 10**3),
        ("k", 10**3),
        ("K", 10**3),
        ("lakh", 10**5),
        ("lakhs", 10**5),
        ("million", 10**6),
        ("m", 10**6),
        ("M", 10**6),
        ("mn", 10**6),
        ("mln", 10**6),
        ("crore", 10**7),
        ("crores", 10**7),
        ("billion", 10**9),
        ("Billion", 10**9),
        ("BILLION", 10**9),
        ("bn", 10**9),
        ("B", 10**9),
        ("trillion", 10**12),
        ("tn", 10**12),
        (" billion", 10**9),
        ("-million", 10**6),
        (" -billion", 10**9),
    ],
)
def test_scale_factor(word: str, factor: int) -> None:
    assert scale_factor(word) == factor
    assert isinstance(scale_factor(word), int)


def test_scale_factor_rejects_unknown_words() -> None:
    with pytest.raises(KeyError):
        scale_factor("gazillion")
