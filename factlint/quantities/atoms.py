"""Turn one grammar match into an ``Atom``: a single amount, not yet qualified.

An atom carries exact ``Decimal`` figures and the step of its last digit;
``ranges.py`` and ``qualifiers.py`` widen it with the words around it before
it becomes a public ``Quantity``.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import regex

from factlint.quantities.currency import (
    SCALED_ONLY_NAMES,
    SUBUNITS,
    adjective_currency,
    code_currency,
    code_multiplier,
    name_currency,
    prefix_currency,
)
from factlint.quantities.numbers import parse_digits, parse_words, scale_factor

__all__ = ["Atom", "read_atom", "read_number"]


@dataclasses.dataclass(frozen=True)
class Atom:
    """An amount with its marker, before qualifiers and ranges are read.

    ``low``/``high`` equal ``value`` for a single figure; ranges and vague
    amounts set them apart and leave ``value`` unset.  ``step_low`` and
    ``step_high`` are the place values of the last digit at each end.
    """

    start: int
    end: int
    kind: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    step_low: Decimal | None
    step_high: Decimal | None
    unit: str | None = None
    currency: str | None = None
    approx: bool = False
    factor: int = 1
    prefixed: bool = False
    qualifier: str | None = None

    @property
    def scaled(self) -> bool:
        """Tell whether a scale word or code multiplied the written figure."""
        return self.factor > 1

    def with_(self, **changes: object) -> Atom:
        """Return a copy with some fields changed."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def read_number(number: str, scale: str | None, factor: int = 1) -> tuple[Decimal, Decimal]:
    """Return the value and step of a number, times its scale word and ``factor``."""
    if number[:1].isdigit() or number[:1] == ".":
        value, step = parse_digits(number)
    else:
        value, step = parse_words(number)
    factor *= scale_factor(scale) if scale else 1
    return value * factor, step * factor


def read_atom(match: regex.Match[str]) -> Atom | None:
    """Build the atom a grammar match describes, or None when it is no amount."""
    if match["vague"]:
        return _vague_atom(match)
    name = match["name"]
    if name and not _name_counts(name, match["scale"]):
        return None
    factor = _code_scale(match) * (scale_factor(match["scale"]) if match["scale"] else 1)
    value, step = read_number(match["num"], None, factor)
    if _is_negative(match["sign"]):
        value = -value
    return Atom(
        start=match.start(),
        end=match.end(),
        kind="percent" if _is_percent(match) else "money",
        value=value,
        low=value,
        high=value,
        step_low=step,
        step_high=step,
        unit=_unit(match),
        currency=_currency(match),
        factor=factor,
        prefixed=bool(match["pre"]),
    )


def _name_counts(name: str, scale: str | None) -> bool:
    """Tell whether a currency name is money here ("20 million pounds" is)."""
    words = name.lower().split()
    return words[-1] not in SCALED_ONLY_NAMES or bool(scale) or len(words) > 1


def _code_scale(match: regex.Match[str]) -> int:
    """Return the multiplier a code carries ("MUSD") or is followed by."""
    multiplier = code_multiplier(match["code"]) if match["code"] else 1
    if match["pre"] and code_currency(match["pre"].strip()):
        multiplier = code_multiplier(match["pre"].strip())
    if match["scale2"]:
        multiplier *= scale_factor(match["scale2"])
    return multiplier


def _is_negative(sign: str | None) -> bool:
    """Tell whether a sign group makes the amount negative."""
    return bool(sign) and sign.strip().lower() in ("-", "−", "minus", "negative")


def _is_percent(match: regex.Match[str]) -> bool:
    """Tell whether a match is a percentage rather than money."""
    return bool(match["pct"] or match["pp"] or match["bp"])


def _unit(match: regex.Match[str]) -> str | None:
    """Return the unit of a match: pp, bp, cent or None for plain amounts."""
    if match["pp"]:
        return "pp"
    if match["bp"]:
        return "bp"
    return "cent" if match["sub"] else None


def _currency(match: regex.Match[str]) -> str | None:
    """Return the ISO code a match's marker names, if it names one."""
    if match["pre"]:
        return prefix_currency(match["pre"])
    if match["sym"]:
        return prefix_currency(match["sym"])
    if match["code"]:
        return code_currency(match["code"])
    if match["sub"]:
        return SUBUNITS[match["sub"].lower()]
    if match["name"]:
        return _named_currency(match["name"])
    return None


def _named_currency(name: str) -> str | None:
    """Return the currency of "Swiss francs", "euros", "US dollars"."""
    words = name.split()
    for split in range(len(words) - 1, 0, -1):
        adjective = adjective_currency(" ".join(words[:split]))
        if adjective:
            return adjective
    return name_currency(name)


_VAGUE_PARTS = regex.compile(
    r"(?i)(?P<multi>multi)?-?(?P<how>tens|hundreds|several|a\s+few|a\s+couple)?"
    r".*?(?P<scale>thousand|million|billion|trillion)"
)
_VAGUE_RANGES: dict[str, tuple[int, int | None]] = {
    "multi": (1, None),
    "tens": (10, 100),
    "hundreds": (100, 1000),
    "several": (2, 10),
    "a few": (2, 10),
    "a couple": (2, 3),
    "": (1, 1000),
}


def _vague_atom(match: regex.Match[str]) -> Atom:
    """Build the bounds of a vague amount ("tens of billions of dollars")."""
    text = match["vague"]
    parts = _VAGUE_PARTS.search(text)
    assert parts is not None  # the grammar only matches texts with a scale word
    how = "multi" if parts["multi"] else " ".join((parts["how"] or "").lower().split())
    low_factor, high_factor = _VAGUE_RANGES[how]
    scale = Decimal(scale_factor(parts["scale"]))
    return Atom(
        start=match.start(),
        end=match.end(),
        kind="money",
        value=None,
        low=scale * low_factor,
        high=None if high_factor is None else scale * high_factor,
        step_low=None,
        step_high=None,
        currency=_named_currency(match["vname"]) if match["vname"] else None,
        approx=True,
    )

