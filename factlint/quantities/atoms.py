"""Turn one grammar match into an ``Atom``: a single amount, not yet qualified.

An atom carries exact ``Decimal`` figures and the step of its last digit;
``ranges.py`` and ``qualifiers.py`` widen it with the words around it before
it becomes a public ``Quantity``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

import regex

from factlint.lazyregex import compile_lazily
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

Groups = dict[str, str]  # group name -> matched text, "" when it took no part


class Atom(NamedTuple):
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

    def with_(self, **changes: Any) -> Atom:
        """Return a copy with some fields changed."""
        return self._replace(**changes)


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
    g = {name: text or "" for name, text in match.groupdict().items()}
    if g.get("vague", ""):
        return _vague_atom(match, g)
    name = g.get("name", "")
    if name and not _name_counts(name, g.get("scale", "")):
        return None
    factor = _code_scale(g) * (scale_factor(g.get("scale", "")) if g.get("scale", "") else 1)
    value, step = read_number(g.get("num", ""), None, factor)
    if _is_negative(g.get("sign", "")) or _is_negative(g.get("lead", "")):
        value = -value
    return Atom(
        start=match.start(),
        end=match.end(),
        kind="percent" if _is_percent(g) else "money",
        value=value,
        low=value,
        high=value,
        step_low=step,
        step_high=step,
        unit=_unit(g),
        currency=_currency(g),
        factor=factor,
        prefixed=bool(g.get("pre", "")),
    )


def _name_counts(name: str, scale: str) -> bool:
    """Tell whether a currency name is money here ("20 million pounds" is)."""
    words = name.lower().split()
    return words[-1] not in SCALED_ONLY_NAMES or bool(scale) or len(words) > 1


def _code_scale(g: Groups) -> int:
    """Return the multiplier a code carries ("MUSD") or is followed by."""
    multiplier = code_multiplier(g.get("code", "")) if g.get("code", "") else 1
    if g.get("pre", "") and code_currency(g.get("pre", "").strip()):
        multiplier = code_multiplier(g.get("pre", "").strip())
    if g.get("scale2", ""):
        multiplier *= scale_factor(g.get("scale2", ""))
    return multiplier


def _is_negative(sign: str) -> bool:
    """Tell whether a sign group makes the amount negative."""
    return sign.strip().lower() in ("-", "−", "minus", "negative")


def _is_percent(g: Groups) -> bool:
    """Tell whether a match is a percentage rather than money."""
    return bool(g.get("pct", "") or g.get("pp", "") or g.get("bp", ""))


def _unit(g: Groups) -> str | None:
    """Return the unit of a match: pp, bp, cent or None for plain amounts."""
    if g.get("pp", ""):
        return "pp"
    if g.get("bp", ""):
        return "bp"
    return "cent" if g.get("sub", "") else None


def _currency(g: Groups) -> str | None:
    """Return the ISO code a match's marker names, if it names one."""
    if g.get("pre", ""):
        return prefix_currency(g.get("pre", ""))
    if g.get("sym", ""):
        return prefix_currency(g.get("sym", ""))
    if g.get("code", ""):
        return code_currency(g.get("code", ""))
    if g.get("sub", ""):
        return SUBUNITS[g.get("sub", "").lower()]
    if g.get("name", ""):
        return _named_currency(g.get("name", ""))
    return None


def _named_currency(name: str) -> str | None:
    """Return the currency of "Swiss francs", "euros", "US dollars"."""
    words = name.split()
    for split in range(len(words) - 1, 0, -1):
        adjective = adjective_currency(" ".join(words[:split]))
        if adjective:
            return adjective
    return name_currency(name)


_VAGUE_PARTS = compile_lazily(
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


def _vague_atom(match: regex.Match[str], g: Groups) -> Atom:
    """Build the bounds of a vague amount ("tens of billions of dollars")."""
    text = g.get("vague", "")
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
        currency=_named_currency(g.get("vname", "")) if g.get("vname", "") else None,
        approx=True,
    )
