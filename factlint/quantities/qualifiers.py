"""What the words around an amount claim about it.

"over $10 billion" claims at least 10e9; "as high as $25 billion" at most
25e9; "nearly $14B" at most 14e9, and hedged; "about $2 billion" is hedged
but has no bound of its own.  The words are read right before and right
after the atom; qualifiers may stack ("up to about $5 billion").
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Literal

import regex

from factlint.lazyregex import compile_lazily
from factlint.quantities.atoms import Atom

__all__ = ["QUALIFIERS", "qualify"]

Effect = Literal["low", "high", "nearly", "approx"]

# Each phrase and what it does to the interval: "low" keeps only the lower
# bound, "high" only the upper, "nearly" the upper and hedges, "approx" hedges.
QUALIFIERS: dict[str, Effect] = {
    **dict.fromkeys(
        (
            "over",
            "more than",
            "above",
            "at least",
            "upwards of",
            "upward of",
            "in excess of",
            "exceeding",
            "north of",
            "no less than",
            "not less than",
            "greater than",
            "higher than",
            "a minimum of",
            "a minimum",
            "as low as",
            "as little as",
            "just over",
            "just above",
            "slightly more than",
            "a little over",
            "well over",
            "well above",
            "well in excess of",
            "starting at",
            "from as little as",
        ),
        "low",
    ),
    **dict.fromkeys(
        (
            "under",
            "less than",
            "below",
            "up to",
            "as high as",
            "as much as",
            "as many as",
            "at most",
            "no more than",
            "not more than",
            "a maximum of",
            "capped at",
            "lower than",
            "just under",
            "just below",
            "well under",
            "well below",
            "slightly less than",
            "fewer than",
            "at the most",
        ),
        "high",
    ),
    **dict.fromkeys(
        ("nearly", "almost", "just shy of", "shy of", "not quite", "approaching"),
        "nearly",
    ),
    **dict.fromkeys(
        (
            "about",
            "approximately",
            "approx.",
            "approx",
            "roughly",
            "around",
            "some",
            "an estimated",
            "estimated",
            "est.",
            "~",
            "circa",
            "c.",
            "ca.",
            "close to",
            "in the region of",
            "in the range of",
            "on the order of",
            "in the neighborhood of",
            "in the neighbourhood of",
            "upwards of about",
        ),
        "approx",
    ),
}

_SUFFIXES: dict[str, Effect] = {
    "+": "low",
    "-plus": "low",
    "or more": "low",
    "or higher": "low",
    "or above": "low",
    "or greater": "low",
    "and up": "low",
    "and above": "low",
    "or less": "high",
    "or lower": "high",
    "or below": "high",
    "or so": "approx",
}


def _phrases(words: Iterable[str]) -> str:
    """Return a longest-first alternation of qualifier phrases."""
    ordered = sorted((str(w) for w in words), key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_WORD_QUALIFIERS = [q for q in QUALIFIERS if q[0].isalpha()]
# Matched backwards from the atom's start.
_BEFORE = compile_lazily(rf"(?ri)(?:(?<![\w.])(?P<q>{_phrases(_WORD_QUALIFIERS)})\s+|(?P<q>~)\s?)")
# A suffix followed by "to" or "than" leads into the next figure instead: in
# "$120 million and up to $1.3 billion" the "up to" is the $1.3 billion's.
_AFTER = compile_lazily(
    rf"(?i)(?:(?P<q>\+|-plus)(?![\w+])"
    rf"|\s+(?P<q>{_phrases(k for k in _SUFFIXES if ' ' in k)})\b(?!\s+(?:to|than)\b))"
)
_WINDOW = 40
# Cheap test before the suffix pattern runs: most amounts have no suffix.
_AFTER_OPENINGS = ("+", "-plus", "-Plus", " or ", " and ", "\nor ", "\nand ", " Or ", " And ")


def qualify(text: str, atom: Atom, floor: int, ceiling: int) -> Atom:
    """Read the qualifiers around ``atom`` (not past ``floor``/``ceiling``)."""
    effects: list[Effect] = []
    words: list[str] = []
    start = atom.start
    for _ in range(2):
        found = _BEFORE.match(text, max(floor, start - _WINDOW), start)
        if found is None:
            break
        start = found.start()
        words.insert(0, found["q"])
        effects.append(QUALIFIERS[" ".join(found["q"].lower().split())])
    end = atom.end
    after = _AFTER.match(text, end, ceiling) if text.startswith(_AFTER_OPENINGS, end) else None
    if after is not None:
        end = after.end()
        words.append(after["q"])
        effects.append(_SUFFIXES[" ".join(after["q"].lower().split())])
    if not effects:
        return atom
    return _apply(atom.with_(start=start, end=end, qualifier=" ".join(words)), effects)


def _apply(atom: Atom, effects: list[Effect]) -> Atom:
    """Open or hedge the atom's bounds as the qualifier effects say."""
    low, high, approx = atom.low, atom.high, atom.approx
    for effect in effects:
        if atom.value is None and effect != "approx":
            continue
        if effect == "low":
            high = None
        elif effect in ("high", "nearly"):
            low = None
        approx = approx or effect in ("nearly", "approx")
    if "approx" in effects and atom.value is not None and atom.step_low == atom.step_high:
        step = _hedged_step(atom.value, atom.step_low)
        return atom.with_(low=low, high=high, approx=approx, step_low=step, step_high=step)
    return atom.with_(low=low, high=high, approx=approx)


def _hedged_step(value: Decimal, step: Decimal | None) -> Decimal | None:
    """Return the place of a hedged figure's last digit that is not a trailing zero.

    "about $200 million" rounds at the hundred millions, not at the million:
    the hedge says its zeros were not counted out.  "$200 million" keeps its
    zeros, and "about $210 million" its ten.  The allowance stays capped at
    a tenth of the figure, so "about $200 million" stands for 180 to 220
    million.
    """
    if step is None or not value:
        return step
    while (value / (step * 10)) % 1 == 0:
        step *= 10
    return step
