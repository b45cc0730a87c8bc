"""Join amounts written as a range into one atom with two bounds.

Three shapes are read: two atoms joined by a dash or by "between ... and"
("$10bn-$12bn"); a bare number before an atom that lends it its marker and
scale ("50 to 80%", "between 10 and 12 percent"); and a bare number after a
prefixed atom ("$10-12 billion", "$1.5bn-2bn").  Two complete amounts joined
by "to" stay apart ("from $40 million to $90 million" is a change), unless
words of estimation lead them ("revenue of $280 million to $300 million",
"sees $1 billion to $1.2 billion", "now $1 billion to $1.2 billion", "worth
$1.5 billion to $2 billion", "plans to spend $90 million to $110 million") or
they are set against a range just before ("$1 billion to $1.2 billion,
down from $1.5 billion to $1.7 billion").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

import regex

from factlint.lazyregex import compile_lazily
from factlint.quantities.atoms import Atom, read_number
from factlint.quantities.numbers import scale_factor
from factlint.quantities.patterns import RANGE_HEAD, RANGE_TAIL

__all__ = ["join_ranges"]

_WINDOW = 60
# Matched backwards from a range's first half.
_BETWEEN = compile_lazily(r"(?ri)\bbetween\s+")
# Words before "X to Y" that make it one estimate, not a change from X to Y.
_ESTIMATE = compile_lazily(
    r"(?ri)\b(?:of|at|be|now|expects?|sees|forecasts?|projects?|estimates?|targets?|guidance"
    r"|worth|costs?|around|about|roughly|approximately"
    r"|spend(?:s|ing)?|invest(?:s|ing)?|rais(?:e|es|ing)|pay(?:s|ing)?)\s+"
)
# What sets "from X to Y" against a range before it: "€180m to €200m, down from
# €260m to €280m" compares two ranges; a change from a range to a figure is unheard of.
_SET_AGAINST = compile_lazily(r"(?i),?\s+(?:(?:up|down)\s+)?from\s+")


def join_ranges(text: str, atoms: Iterable[Atom]) -> Iterator[Atom]:
    """Yield the atoms of ``text`` in order, ranges joined into one atom."""
    previous: Atom | None = None
    done: Atom | None = None  # the atom yielded last
    for atom in atoms:
        if previous is not None:
            joined = _join_atoms(text, previous, atom, done)
            if joined is not None:
                previous = joined
                continue
            done = _with_tail(text, previous, atom.start)
            yield done
        previous = _with_head(text, atom, previous.end if previous else 0)
    if previous is not None:
        yield _with_tail(text, previous, len(text))


def _join_atoms(text: str, left: Atom, right: Atom, before: Atom | None) -> Atom | None:
    """Join two adjacent atoms when the words between them make a range.

    ``before`` is the atom before ``left``, if any.
    """
    gap = text[left.end : right.start]
    connector = gap.strip().lower()
    if connector in ("-", "–", "—") and len(gap) <= 3 and (connector != "-" or gap == "-"):
        pass
    elif connector == "and" and (between := _BETWEEN.match(text, 0, left.start)):
        left = left.with_(start=between.start())
    elif connector == "to" and not left.scaled and right.scaled and left.prefixed:
        pass
    elif connector == "to" and _ESTIMATE.match(text, 0, left.start):
        pass  # "revenue of $280 million to $300 million" is one estimate, not a change
    elif connector == "to" and _set_against_range(text, left, before):
        pass
    else:
        return None
    return _range(left, right, 1 if left.scaled else right.factor)


def _set_against_range(text: str, left: Atom, before: Atom | None) -> bool:
    """Tell whether "from X to Y" is set against a range right before it."""
    if before is None or before.value is not None or None in (before.low, before.high):
        return False
    return _SET_AGAINST.fullmatch(text, before.end, left.start) is not None


def _with_head(text: str, atom: Atom, floor: int) -> Atom:
    """Extend an atom backwards over a bare first half ("50 to" + "80%")."""
    if atom.value is None or not _ends_with_connector(text, atom.start):
        return atom
    head = RANGE_HEAD.match(text, max(floor, atom.start - _WINDOW), atom.start)
    if head is None or not _connector_allowed(head):
        return atom
    factor = 1 if head["scale"] else atom.factor
    value, step = read_number(head["num"], head["scale"], factor)
    if head["sign"]:
        value = -value
    left = atom.with_(start=head.start(), value=value, step_low=step)
    return _range(left, atom, 1) or atom


def _with_tail(text: str, atom: Atom, ceiling: int) -> Atom:
    """Extend a prefixed atom forwards over a bare second half ("$10" + "-12 billion")."""
    if not atom.prefixed or atom.value is None or not text.startswith(_TAIL_OPENINGS, atom.end):
        return atom
    tail = RANGE_TAIL.match(text, atom.end, ceiling)
    if tail is None or not _connector_allowed(tail, text, atom.start):
        return atom
    factor = 1 if atom.scaled or not tail["scale"] else scale_factor(tail["scale"])
    value, step = read_number(tail["num"], tail["scale"], 1 if tail["scale"] else atom.factor)
    right = atom.with_(end=tail.end(), value=value, step_high=step)
    return _range(atom, right, factor) or atom


# Cheap tests before the range patterns run: most amounts are no range.
_TAIL_OPENINGS = ("-", "–", "—", " –", " to", " and", "\u00a0–")


def _ends_with_connector(text: str, at: int) -> bool:
    """Tell whether the text right before ``at`` can end a range's first half."""
    before = text[max(0, at - 5) : at].rstrip()
    return before.endswith(("-", "–", "—", " to", " and", "\nto", "\nand"))


def _connector_allowed(match: regex.Match[str], text: str | None = None, start: int = 0) -> bool:
    """Accept "and" only after "between", and a bare hyphen only unspaced."""
    connector = match["conn"]
    if connector.strip().lower() == "and":
        if text is None:
            return bool(match["between"])
        return _BETWEEN.match(text, 0, start) is not None
    return connector.strip() != "-" or connector == "-"


def _range(left: Atom, right: Atom, factor: int) -> Atom | None:
    """Build the range atom of two halves, or None when they cannot pair."""
    if left.value is None or right.value is None:
        return None
    if left.kind != right.kind or left.unit != right.unit:
        return None
    if left.currency and right.currency and left.currency != right.currency:
        return None
    low = left.value * factor
    if low >= right.value:
        return None
    return right.with_(
        start=left.start,
        value=None,
        low=low,
        high=right.value,
        step_low=(left.step_low or Decimal(1)) * factor,
        currency=right.currency or left.currency,
        prefixed=left.prefixed or right.prefixed,
    )
