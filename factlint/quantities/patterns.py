"""The grammar of a money or percentage expression, compiled once.

The grammar finds *atoms*: single amounts with the marker that makes them
money or a percentage ("$14 billion", "49 per cent", "ten billion dollars",
"multibillion-dollar").  It is never run over the whole text: two cheap
passes find where an atom can be (runs of digits, and the marker words an
amount in words ends with) and the grammar is matched there only, forwards
from a number's start or backwards from a marker word.  Qualifier words,
ranges and compound amounts are read around each atom afterwards, on a few
characters of context.  Every repetition is bounded by the shape of the
text it accepts, so the work stays linear in the text's length.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from factlint.lazyregex import compile_lazily
from factlint.quantities.currency import (
    ADJECTIVES,
    CODES,
    GLUED_PREFIXES,
    LOWERCASE_CODES,
    NAMES,
    PREFIX_WORDS,
    SPACED_PREFIXES,
    SUBUNITS,
    SYMBOLS,
)
from factlint.quantities.numbers import DIGITS, SCALE, WHOLE_WORDS, WORDS

__all__ = [
    "BEFORE_DIGITS",
    "COMPOUND",
    "DIGIT_ATOM",
    "DIGIT_RUNS",
    "RANGE_HEAD",
    "RANGE_TAIL",
    "SCALE_WORD",
    "URL",
    "VAGUE_ATOM",
    "VAGUE_HINTS",
    "WORD_ATOM",
    "WORD_TRIGGERS",
]


def _alternation(words: Iterable[str], flags: str = "") -> str:
    """Join literal words into a longest-first alternation, escaped."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    body = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


_SYMBOL = _alternation(SYMBOLS)
_CODE_LETTERS = rf"(?:(?:[MkK]?{_alternation(CODES)})|{_alternation(LOWERCASE_CODES)})"
_CODE = rf"{_CODE_LETTERS}(?![\w$])"
_DOLLAR_PREFIX = rf"(?:{_alternation(GLUED_PREFIXES)}|{_alternation(SPACED_PREFIXES, 'i')}\s?)\$"
_PREFIX_MARK = (
    rf"(?<![\w'’$.])(?:{_DOLLAR_PREFIX}|{_SYMBOL}|{_CODE_LETTERS}|{_alternation(PREFIX_WORDS)})"
)
# A code or abbreviation only counts as a prefix when a number follows it.
_PREFIX = (
    rf"(?<![\w'’$.])(?:{_DOLLAR_PREFIX}|{_SYMBOL}"
    rf"|(?:{_CODE_LETTERS}|{_alternation(PREFIX_WORDS)})(?=\s?[-−]?\.?\d))"
)
_NAME = rf"(?:(?:{_alternation(ADJECTIVES, 'i')}\s+)?{_alternation(NAMES, 'i')})"
_PERCENT = r"(?:\s?[%％]|[\s-]?(?i:percent(?:age)?s?|per[\s-]?cent|pct)\b)"
_POINTS = (
    r"(?:[\s-]?(?i:(?:percentage|percent|per[\s-]?cent)[\s-]points?|ppts?|pp)\b"
    r"|\s?[%％]\s?(?i:points?)\b)"
)
_BASIS = r"(?:[\s-]?(?i:basis[\s-]points?|bps|bp)\b)"
SCALE_WORD = r"(?i:thousand|million|billion|trillion|bn|mn|mln|tn)"

_ABOUT_SCALE = r"in\s+the\s+(?:range|region|order)\s+of\s+(?:(?:tens|hundreds)\s+of\s+)?"
_VAGUE = (
    r"(?i:\bmulti-?(?:billion|million|trillion)[\s-]?"
    r"(?P<vname>(?:dollar|euro|pound|yen|yuan)s?)\b"
    rf"|\b(?:(?:{_ABOUT_SCALE}|(?:tens|hundreds)\s+of\s+)?"
    r"(?:thousands|millions|billions|trillions)\s+of"
    r"|(?:several|a\s+few|a\s+couple\s+of)\s+(?:million|billion|trillion))\s+"
    rf"(?P<vname>{_NAME})\b"
    rf"|\b{_ABOUT_SCALE}(?:millions|billions|trillions)\b)"
)
# Words one of which every vague amount holds, looked for in lower case.
VAGUE_HINTS = ("multi", "thousands", "illions", "several", "few", "couple")

_AMOUNT = rf"(?P<num>(?>{DIGITS}))(?P<scale>{SCALE})?"
_SIGN = r"(?P<sign>[-−+](?=\.?\d)|(?i:minus|negative)\s+)"
# A sign word before a currency prefix: "negative US$9.1 million", "minus $5 million".
_SIGN_WORD = r"(?:(?<![\w.,%])(?P<lead>(?i:minus|negative))\s+)"


def _suffixed(number: str) -> str:
    """Return the branch of amounts whose marker follows the number."""
    return rf"""
    (?:(?<![\w.,%]){_SIGN})?(?<![\w.,])(?P<num>(?>{number}))(?P<scale>[\s-]?{SCALE})?
    (?:
        (?P<bp>{_BASIS})
      | (?P<pp>{_POINTS})
      | (?P<pct>{_PERCENT})
      | \s?(?P<sym>{_SYMBOL})(?![\d\w])
      | \s?(?P<code>{_CODE})(?:\s(?P<scale2>{SCALE_WORD})\b)?
      | [\s-](?P<name>{_NAME})\b
      | [\s-](?P<sub>{_alternation(SUBUNITS, "i")})\b
    )"""


# Named groups repeat across branches (the ``regex`` module allows it); a
# match's branch is told by which marker group took part.

# Amounts written with digits, matched forwards from where they start.
DIGIT_ATOM = compile_lazily(
    rf"""
    {_SIGN_WORD}?(?P<pre>{_PREFIX})\s?(?P<sign>[-−])?{_AMOUNT}
        (?:\s?(?P<code>{_CODE})(?!\s?\d))?
        (?:\s(?P<rname>(?i:dollars?)\b))?
  | {_suffixed(DIGITS)}
    """,
    regex.VERBOSE | regex.VERSION0,
)

# Vague amounts and amounts in words, matched backwards from the marker word
# they end with ("tens of billions of dollars", "ten billion dollars").
VAGUE_ATOM = compile_lazily(rf"(?r)(?P<vague>{_VAGUE})", regex.VERSION0)
WORD_ATOM = compile_lazily(rf"(?r){_suffixed(WORDS)}", regex.VERBOSE | regex.VERSION0)

# What may stand right before a number's first digit and belong to it:
# a currency prefix, a sign, a leading decimal point.
BEFORE_DIGITS = compile_lazily(
    rf"(?r)(?:(?:{_SIGN_WORD.replace('?P<lead>', '')})?{_PREFIX_MARK}\s?[-−]?"
    rf"|(?<![\w.,%])(?:[-−+]|(?i:minus|negative)\s+))?\.?"
)

# Runs of digits: every written number has one.
DIGIT_RUNS = compile_lazily(r"\d+")

# Marker words an amount in words ends with, looked for in lower case.
WORD_TRIGGERS = (
    "dollar euro pound sterling yen yuan cent pence penn franc rupee peso lira illions "
    "renminbi usd eur gbp point"
).split()

URL = compile_lazily(r"(?i:\bhttps?://|\bwww\.)\S+")

_CONNECTOR = r"(?P<conn>[-–—]|\s?–\s?|\s+to\s+|\s+and\s+)"

# The first half of a range, written bare right before an atom:
# "50 to" before "80%", "between 10 and" before "12 percent".
RANGE_HEAD = compile_lazily(
    rf"(?r)(?:(?P<between>(?i:\bbetween))\s+)?(?<![\w.,])(?P<sign>[-−])?"
    rf"(?P<num>{DIGITS}|{WHOLE_WORDS})(?P<scale>{SCALE})?(?:\s?[%％])?{_CONNECTOR}"
)

# The second half of a range after a prefixed amount: "-12 billion" after
# "$10", "-2bn" after "$1.5bn", " to $12 billion" after "$10".
RANGE_TAIL = compile_lazily(
    rf"{_CONNECTOR}(?:{_PREFIX}\s?)?(?P<num>{DIGITS})(?P<scale>{SCALE})?(?![\w.,]?\d)"
)

# Subunits after a whole amount named in words or a code: "3 dollars 50
# cents", "17 USD 25"; never when another amount follows ("50 dollar 50 dollar").
COMPOUND = compile_lazily(
    rf"\s+(?:(?i:and)\s+)?(?P<num>\d{{1,2}}(?![\w.,]\d|\w)|{WHOLE_WORDS})"
    rf"(?:[\s-](?P<sub>(?i:cents?|pence))\b)?"
    rf"(?![\s-]*(?:[%％]|\d|{_SYMBOL}|{_CODE}|{_NAME}\b|{SCALE_WORD}\b|(?i:percent|per\s?cent)\b))"
)
