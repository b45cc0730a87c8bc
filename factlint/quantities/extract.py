"""Find every money and percentage expression in a text, in order.

The pipeline of this stage: one pass of the grammar finds atoms, compound
amounts are completed, ranges are joined, qualifiers are read, and each
result becomes a frozen public ``Quantity``.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from factlint.quantities.atoms import Atom, read_atom, read_number
from factlint.quantities.model import Quantity
from factlint.quantities.patterns import ATOM, COMPOUND
from factlint.quantities.qualifiers import qualify
from factlint.quantities.ranges import join_ranges

__all__ = ["find_quantities"]


def find_quantities(text: str) -> list[Quantity]:
    """Return every monetary and percentage expression in ``text``, in order.

    Offsets are character offsets into ``text``; ``end`` is exclusive.
    """
    atoms = list(join_ranges(text, _atoms(text)))
    quantities = []
    for i, atom in enumerate(atoms):
        floor = atoms[i - 1].end if i else 0
        ceiling = atoms[i + 1].start if i + 1 < len(atoms) else len(text)
        quantities.append(_quantity(text, qualify(text, atom, floor, ceiling)))
    return quantities


def _atoms(text: str) -> Iterator[Atom]:
    """Yield the atoms of one grammar pass, compound amounts completed."""
    last_end = 0
    for match in ATOM.finditer(text):
        if match["url"] or match.start() < last_end:
            continue
        atom = read_atom(match)
        if atom is None:
            continue
        if match["name"] or match["code"] or match["sym"]:
            atom = _with_subunits(text, atom)
        last_end = atom.end
        yield atom


def _with_subunits(text: str, atom: Atom) -> Atom:
    """Complete "3 dollars 50 cents" and "17 USD 25" into one amount."""
    if atom.scaled or atom.value is None or atom.step_low != 1 or atom.unit:
        return atom
    more = COMPOUND.match(text, atom.end)
    if more is None:
        return atom
    cents, _ = read_number(more["num"], None)
    if cents >= 100 or cents != cents.to_integral_value():
        return atom
    value = atom.value + cents / 100
    step = Decimal("0.01")
    return atom.with_(end=more.end(), value=value, low=value, high=value, step_low=step, step_high=step)


def _quantity(text: str, atom: Atom) -> Quantity:
    """Freeze an atom into the public model, with its rounding interval."""
    return Quantity.model_construct(
        kind=atom.kind,
        unit=atom.unit,
        value=_float(atom.value),
        low=_float(atom.low),
        high=_float(atom.high),
        approx=atom.approx,
        currency=atom.currency,
        start=atom.start,
        end=atom.end,
        text=text[atom.start : atom.end],
        qualifier=atom.qualifier,
        rounding_low=_rounded(atom.value, atom.low, atom.step_low, -1),
        rounding_high=_rounded(atom.value, atom.high, atom.step_high, 1),
    )


def _rounded(
    value: Decimal | None, bound: Decimal | None, step: Decimal | None, side: int
) -> float | None:
    """Return the figure half a step beyond the stated one, on one side."""
    figure = value if value is not None else bound
    if figure is None or step is None:
        return None
    return float(figure + side * step / 2)


def _float(number: Decimal | None) -> float | None:
    """Convert an exact figure to the model's float (None stays None)."""
    return None if number is None else float(number)
