"""Find every money and percentage expression in a text, in order.

The pipeline of this stage: one pass of the grammar finds atoms, compound
amounts are completed, ranges are joined, qualifiers are read, and each
result becomes a frozen public ``Quantity``.
"""

from __future__ import annotations

import bisect
from decimal import Decimal

import regex

from factlint.quantities.atoms import Atom, read_atom, read_number
from factlint.quantities.currency import SHARED_NAMES
from factlint.quantities.model import Quantity
from factlint.quantities.patterns import (
    BEFORE_DIGITS,
    COMPOUND,
    DIGIT_ATOM,
    DIGIT_RUNS,
    URL,
    VAGUE_ATOM,
    VAGUE_HINTS,
    WORD_ATOM,
    WORD_TRIGGERS,
)
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
    return _shared_names_settled(quantities)


def _shared_names_settled(quantities: list[Quantity]) -> list[Quantity]:
    """Give money in a name several currencies share the currency the text gives that name.

    After "3.2 trillion Colombian pesos", a later "16 trillion pesos" of the
    same text is in Colombian pesos too.  A text that names two currencies
    of the name ("Mexican pesos" and "Chilean pesos") leaves it unsettled.
    """
    named: dict[str, set[str]] = {}
    for quantity in quantities:
        name = _shared_name(quantity)
        if name and quantity.currency:
            named.setdefault(name, set()).add(quantity.currency)
    settled = []
    for quantity in quantities:
        currencies = named.get(_shared_name(quantity) or "", set())
        if quantity.currency is None and len(currencies) == 1:
            quantity = quantity.model_copy(update={"currency": next(iter(currencies))})
        settled.append(quantity)
    return settled


def _shared_name(quantity: Quantity) -> str | None:
    """Return the shared currency name money ends with ("pesos" -> "peso"), if any."""
    if quantity.kind != "money" or quantity.unit is not None:
        return None
    return SHARED_NAMES.get(quantity.text.rsplit(None, 1)[-1].lower())


def _atoms(text: str) -> list[Atom]:
    """Return the atoms of ``text`` in order: digit amounts, then amounts in words."""
    urls = [m.span() for m in URL.finditer(text)] if _may_hold_url(text) else []
    atoms = _digit_atoms(text, urls)
    starts = [a.start for a in atoms]
    for atom in _word_atoms(text, atoms, urls):
        at = bisect.bisect(starts, atom.start)
        if (at and atoms[at - 1].end > atom.start) or (
            at < len(atoms) and atoms[at].start < atom.end
        ):
            continue
        atoms.insert(at, atom)
        starts.insert(at, atom.start)
    return atoms


def _digit_atoms(text: str, urls: list[tuple[int, int]]) -> list[Atom]:
    """Match the grammar forwards from the start of each written number."""
    atoms: list[Atom] = []
    last_end = 0
    for run in DIGIT_RUNS.finditer(text):
        digit = run.start()
        if digit < last_end or _continues_number(text, digit) or _inside(urls, digit):
            continue
        match = _match_digits(text, digit, last_end)
        atom = read_atom(match) if match else None
        if atom is None:
            continue
        if match and (match["name"] or match["code"] or match["sym"]):
            atom = _with_subunits(text, atom)
        atoms.append(atom)
        last_end = atom.end
    return atoms


def _match_digits(text: str, digit: int, floor: int) -> regex.Match[str] | None:
    """Match an amount whose number starts at ``digit``, with what leads it."""
    lead = BEFORE_DIGITS.match(text, max(floor, digit - _LEAD_REACH), digit)
    start = lead.start() if lead else digit
    match = DIGIT_ATOM.match(text, start)
    if match is None and start != digit:
        match = DIGIT_ATOM.match(text, digit)
    return match


# How far before its first digit an amount may start: "negative CHF 12".
_LEAD_REACH = 20


def _word_atoms(text: str, atoms: list[Atom], urls: list[tuple[int, int]]) -> list[Atom]:
    """Match the grammar backwards from each marker word an amount in words ends with.

    Several marker words may end one amount ("one percentage point" holds
    "cent" and "point"); of overlapping matches the one reaching furthest wins.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.lower()[0] for c in text)
    ends = [a.end for a in atoms]
    spans = [(a.start, a.end) for a in atoms]
    found: list[Atom] = []
    for start, end in _trigger_hits(lowered):
        if _inside(spans, start) or _inside(urls, start):
            continue
        end = _word_end(text, end)
        floor = ends[bisect.bisect(ends, start) - 1] if ends and ends[0] <= start else 0
        match = _word_match(text, lowered, max(floor, end - 120), end)
        atom = read_atom(match) if match else None
        if atom is None:
            continue
        if match is not None and match.groupdict().get("name"):
            atom = _with_subunits(text, atom)
        while found and found[-1].end > atom.start and found[-1].end < atom.end:
            found.pop()
        if not found or found[-1].end <= atom.start:
            found.append(atom)
    return found


def _word_match(text: str, lowered: str, start: int, end: int) -> regex.Match[str] | None:
    """Match a vague amount, else an amount in words, ending at ``end``.

    The vague grammar is tried only where one of its words stands, since
    most marker words ("percent", "dollars") end no vague amount.
    """
    if any(hint in lowered[start:end] for hint in VAGUE_HINTS):
        vague = VAGUE_ATOM.match(text, start, end)
        if vague is not None:
            return vague
    return WORD_ATOM.match(text, start, end)


def _trigger_hits(lowered: str) -> list[tuple[int, int]]:
    """Return where marker words occur, sorted (plain substring search is fastest)."""
    hits = []
    for word in WORD_TRIGGERS:
        at = lowered.find(word)
        while at >= 0:
            hits.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    hits.sort()
    return hits


def _word_end(text: str, at: int) -> int:
    """Return the end of the word a trigger ends inside ("dollar" -> "dollars")."""
    while at < len(text) and text[at].isalpha():
        at += 1
    return at


def _continues_number(text: str, digit: int) -> bool:
    """Tell whether a digit run continues a number ("000" in "10,000")."""
    return digit >= 2 and text[digit - 1] in ",." and text[digit - 2].isdigit()


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Tell whether ``offset`` falls inside one of the sorted ``spans``."""
    if not spans:
        return False
    at = bisect.bisect(spans, (offset, len(spans) + offset + 1)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


def _may_hold_url(text: str) -> bool:
    """Tell cheaply whether a text can hold a URL at all."""
    return "://" in text or "www." in text or "WWW." in text


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
    return atom.with_(
        end=more.end(), value=value, low=value, high=value, step_low=step, step_high=step
    )


def _quantity(text: str, atom: Atom) -> Quantity:
    """Freeze an atom into the public model, with its rounding interval."""
    return Quantity.model_validate(
        {
            "kind": atom.kind,
            "unit": atom.unit,
            "value": _float(atom.value),
            "low": _float(atom.low),
            "high": _float(atom.high),
            "approx": atom.approx,
            "currency": atom.currency,
            "start": atom.start,
            "end": atom.end,
            "text": text[atom.start : atom.end],
            "qualifier": atom.qualifier,
            "rounding_low": _rounded(atom.value, atom.low, atom.step_low, -1),
            "rounding_high": _rounded(atom.value, atom.high, atom.step_high, 1),
        }
    )


def _rounded(
    value: Decimal | None, bound: Decimal | None, step: Decimal | None, side: int
) -> float | None:
    """Return the figure half a step beyond the stated one, on one side.

    The step is the place of the last stated digit, but the allowance is
    never more than a tenth of the figure: "$14 billion" stands for 13.5 to
    14.5 billion, while "$2 billion" stands for 1.8 to 2.2 billion, not for
    anything from 1.5 to 2.5 billion, since a writer rounding 2.4 billion
    writes "$2.4 billion".
    """
    figure = value if value is not None else bound
    if figure is None or step is None:
        return None
    allowance = min(step / 2, abs(figure) / 10)
    return float(figure + side * allowance)


def _float(number: Decimal | None) -> float | None:
    """Convert an exact figure to the model's float (None stays None)."""
    return None if number is None else float(number)
