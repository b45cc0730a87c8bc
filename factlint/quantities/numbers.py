"""Numbers as prose writes them: digits, number words and scale words.

The patterns here are fragments of the one grammar in ``patterns.py``; the
functions turn what those fragments matched into an exact ``Decimal`` value
and the *step*, the place value of the last digit the writer stated.  The
step is what lets a rule tell rounding ("$14 billion" for 14.3e9) from a
contradiction.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = [
    "DIGITS",
    "SCALE",
    "WHOLE_WORDS",
    "WORDS",
    "parse_digits",
    "parse_words",
    "scale_factor",
]

# Thousands separated by commas, Indian lakh grouping (12,34,567), thin or
# ordinary spaces ("10 000"), or no separator; then an optional decimal part.
DIGITS = (
    r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?!\d)"
    r"|\d{1,3}(?:,\d{3})+(?!\d|,\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)"
    r"|\d+)(?:\.\d+)?"
    r"|\.\d+"
)

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SMALL_VALUES: dict[str, int] = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    **{w: 20 + 10 * (i if i < 3 else i - 1) for i, w in enumerate(_TENS)},
}

_U = "|".join(_UNITS)
_SMALL = rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{_U})\b)?|(?:{'|'.join(_TEENS)})|(?:{_U}))"
_HUNDREDS = rf"(?:(?:{_SMALL}|a)\s+hundred(?:\s+(?:and\s+)?{_SMALL}\b)?|{_SMALL})"
# A number in words, case-insensitive; "a"/"an" only count when the grammar
# puts a scale word right after them ("a billion dollars").
WORDS = (
    r"(?i:\b(?:"
    r"(?:(?:an?|one|two|three)[\s-]+)?(?:half|quarters?)(?:\s+of)?\s+an?\b"
    rf"|{_HUNDREDS}\b(?:\s+and\s+a\s+(?:half|quarter)\b)?"
    r"|(?:(?:an?|one|two|three)[\s-]+)?(?:half|quarters?)\b"
    r"|an?\b(?=[\s-]+(?:hundred|thousand|million|billion|trillion|penny|cent)\b)"
    r"))"
)
# Whole numbers in words only: a range's first half is never "quarter".
WHOLE_WORDS = rf"(?i:\b{_HUNDREDS}\b)"

_SCALES: dict[str, int] = {
    "thousand": 10**3,
    "k": 10**3,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
    "million": 10**6,
    "millions": 10**6,
    "m": 10**6,
    "mm": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "crore": 10**7,
    "crores": 10**7,
    "lakh crore": 10**12,
    "lakh crores": 10**12,
    "billion": 10**9,
    "billions": 10**9,
    "b": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "trillion": 10**12,
    "t": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "tln": 10**12,
}
# Scale words may follow the number after a space; one-letter abbreviations
# only when glued to digits ("$14B"), never as a word of their own.
SCALE = (
    r"(?:(?i:\s?-?(?:thousand|million|billion|trillion|lakh\s+crores?|crores?|lakhs?|lacs?)\b"
    r"|\s?(?:mln|mn|bln|bn|trn|tln|tn)\b)"
    r"|(?<=\d)(?:MM|[kKmMbBtT])(?![\w'’]))"
)


def scale_factor(word: str) -> int:
    """Return the multiplier of a scale word or abbreviation ("bn" -> 10**9)."""
    return _SCALES[" ".join(word.replace("-", "").lower().split())]


def parse_digits(text: str) -> tuple[Decimal, Decimal]:
    """Read a digit string into its value and the place value of its last digit.

    Separators are dropped; "14" has step 1, "14.3" step 0.1, "1,250" step 1.
    """
    plain = "".join(c for c in text if c.isdigit() or c == ".")
    value = Decimal(plain)
    decimals = len(plain.split(".", 1)[1]) if "." in plain else 0
    return value, Decimal(1).scaleb(-decimals)


def parse_words(text: str) -> tuple[Decimal, Decimal]:
    """Read a number written in words ("two and a half", "forty-nine").

    Returns the value and its step: 1 for whole numbers, the smallest
    fraction named ("half" 0.5, "quarter" 0.25) otherwise.
    """
    tokens = text.lower().replace("-", " ").split()
    value = Decimal(0)
    step = Decimal(1)
    previous = ""
    for i, token in enumerate(tokens):
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in _SMALL_VALUES:
            value += _SMALL_VALUES[token]
        elif token == "hundred":
            value = (value or Decimal(1)) * 100
        elif token in ("a", "an"):
            if following not in ("half", "quarter") and previous not in ("half", "quarters", "of"):
                value += 1
        elif token == "half":
            value += Decimal("0.5")
            step = min(step, Decimal("0.5"))
        elif token in ("quarter", "quarters"):
            count = _SMALL_VALUES.get(previous, 0)
            value += count * Decimal("0.25") - count if count else Decimal("0.25")
            step = min(step, Decimal("0.25"))
        previous = token
    return value, step
