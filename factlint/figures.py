"""Write figures back as people read them: "$28.6 billion", "49%", "27.3-29.9".

Messages quote figures; these helpers pick a scale word that fits the
figure and round to three significant digits.
"""

from __future__ import annotations

__all__ = ["amount", "amount_range"]

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _scale(value: float) -> tuple[float, str]:
    """Return the divisor and scale word fitting a figure."""
    for divisor, word in _SCALES:
        if abs(value) >= divisor:
            return divisor, word
    return 1.0, ""


def _number(value: float) -> str:
    """Round to three significant digits, without trailing zeros."""
    text = f"{value:.3g}"
    return f"{float(text):,.10g}" if "e" in text else text


def amount(value: float, kind: str, currency: str | None = None) -> str:
    """Write one figure: "$28.6 billion", "€3 million", "49%"."""
    if kind == "percent":
        return f"{_number(value)}%"
    divisor, word = _scale(value)
    symbol = _SYMBOLS.get(currency or "", "")
    code = "" if symbol or not currency else f" {currency}"
    figure = _number(value / divisor)
    return f"{symbol}{figure}{' ' + word if word else ''}{code}"


def amount_range(low: float, high: float, kind: str) -> str:
    """Write a range in the scale of its upper end: "27.3-29.9"."""
    if kind == "percent":
        return f"{_number(low)}-{_number(high)}"
    divisor, _ = _scale(max(abs(low), abs(high)))
    return f"{_number(low / divisor)}-{_number(high / divisor)}"
