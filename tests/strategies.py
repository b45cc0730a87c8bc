"""Hypothesis strategies that render money and percentage figures as news prose.

Each rendering strategy draws a figure, writes it in one of the styles the
extractor's spec supports, embeds it in a sentence frame and returns a
``Rendered``: the sentence, where the expression sits in it, and the
normalized ``Quantity`` fields the extractor should report for it.
``noisy_text`` draws arbitrary text dense in the characters and words the
grammar reacts to, for robustness properties.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from hypothesis import strategies as st

__all__ = [
    "Expected",
    "Rendered",
    "noisy_text",
    "number_words",
    "rendered_money",
    "rendered_percent",
    "rendered_quantity",
    "rendered_range",
]

Effect = Literal["bare", "low", "high", "nearly", "approx"]


@dataclass(frozen=True)
class Expected:
    """The normalized fields find_quantities should report."""

    kind: str
    unit: str | None
    value: float | None
    low: float | None
    high: float | None
    approx: bool
    currency: str | None
    qualifier: str | None


@dataclass(frozen=True)
class Rendered:
    """A sentence with one rendered expression and what it should normalize to."""

    sentence: str
    expression: str
    start: int
    expected: Expected

    @property
    def end(self) -> int:
        return self.start + len(self.expression)


# --- numbers ---------------------------------------------------------------

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
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """Spell 1..99 the way news copy does ("forty-nine", "twelve")."""
    if not 1 <= n <= 99:
        raise ValueError(n)
    if n < 10:
        return _UNITS[n - 1]
    if n < 20:
        return _TEENS[n - 10]
    tens, units = divmod(n, 10)
    word = _TENS[tens - 2]
    return f"{word}-{_UNITS[units - 1]}" if units else word


@st.composite
def _digits(draw: st.DrawFn) -> str:
    """An integer 1..999 or a positive decimal with one or two places."""
    if draw(st.booleans()):
        return str(draw(st.integers(1, 999)))
    places = draw(st.integers(1, 2))
    whole = draw(st.integers(0, 999))
    fraction = draw(st.integers(1 if whole == 0 else 0, 10**places - 1))
    return f"{whole}.{fraction:0{places}d}"


# --- scales ----------------------------------------------------------------

_SCALE_WORDS = ("thousand", "million", "billion", "trillion")
# (factor, spelling appended to the digits).  Words and multi-letter
# abbreviations take a space or not; one-letter abbreviations are glued.
_SCALES: list[tuple[int, str]] = [
    (1, ""),
    (10**3, " thousand"),
    (10**3, " Thousand"),
    (10**3, "k"),
    (10**6, " million"),
    (10**6, " Million"),
    (10**6, "m"),
    (10**6, "M"),
    (10**6, "mn"),
    (10**6, " mn"),
    (10**6, "mln"),
    (10**6, " mln"),
    (10**9, " billion"),
    (10**9, " Billion"),
    (10**9, "bn"),
    (10**9, " bn"),
    (10**9, "B"),
    (10**12, " trillion"),
    (10**12, " Trillion"),
    (10**12, "tn"),
    (10**12, " tn"),
]
# Scales written as words, the only ones that follow a number in words.
_WORD_SCALES = [(f, s) for f, s in _SCALES if s.strip().lower() in ("", *_SCALE_WORDS)]
_NONEMPTY_SCALES = [(f, s) for f, s in _SCALES if f > 1]

# --- currencies ------------------------------------------------------------

_SYMBOLS = [
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("C$", "CAD"),
    ("A$", "AUD"),
    ("US$", "USD"),
]
_CODES = ["USD", "EUR", "GBP", "JPY", "CHF"]
# (plural, singular, ISO code) of names written after the number.
_NAMES = [
    ("dollars", "dollar", "USD"),
    ("euros", "euro", "EUR"),
    ("Swiss francs", "Swiss franc", "CHF"),
    ("yen", "yen", "JPY"),
]

# --- qualifiers ------------------------------------------------------------

_PREFIX_QUALIFIERS: list[tuple[str, Effect]] = [
    ("over", "low"),
    ("more than", "low"),
    ("at least", "low"),
    ("under", "high"),
    ("up to", "high"),
    ("as high as", "high"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("about", "approx"),
    ("approximately", "approx"),
    ("roughly", "approx"),
    ("around", "approx"),
    ("some", "approx"),
    ("~", "approx"),
]


def _bounds(value: float, effect: Effect) -> tuple[float | None, float | None, bool]:
    """Return (low, high, approx) a qualifier effect gives a stated value."""
    if effect == "low":
        return value, None, False
    if effect == "high":
        return None, value, False
    if effect == "nearly":
        return None, value, True
    return value, value, effect == "approx"


# --- sentence frames -------------------------------------------------------

# No frame puts a number, a qualifier, a range word ("to", "between", "and")
# or a currency word next to the slot.
FRAMES = [
    "Acme said it raised {} last year.",
    "{} was paid.",
    "Shares fell {} on Monday.",
    "The company reported {} in revenue, its filing showed.",
    "Officials put the figure at {}.",
    "“{},” the spokesperson said.",
    "Investors expect {} (according to analysts).",
    "The fund lost {}; rivals did better.",
    "In a statement, the group said {} had been set aside.",
    "{}",
]


@st.composite
def _framed(
    draw: st.DrawFn, expression: str, qualifier: str | None
) -> tuple[str, str, int, str | None]:
    """Embed an expression in a frame; capitalize it where it opens the sentence."""
    frame = draw(st.sampled_from(FRAMES))
    before = frame.split("{}", 1)[0]
    if before.strip("“\"'") == "" and expression[:1].islower():
        expression = expression[0].upper() + expression[1:]
        if (
            qualifier is not None
            and qualifier[:1].islower()
            and expression.startswith(qualifier[0].upper() + qualifier[1:])
        ):
            qualifier = qualifier[0].upper() + qualifier[1:]
    return frame.replace("{}", expression), expression, len(before), qualifier


@st.composite
def _qualified(
    draw: st.DrawFn,
    body: str,
    value: float,
    suffix_plus_ok: bool,
) -> tuple[str, float | None, float | None, bool, str | None]:
    """Put a qualifier (or none) around a body; return the expression and bounds."""
    choices: list[tuple[str, Effect]] = [("", "bare"), *_PREFIX_QUALIFIERS]
    if suffix_plus_ok:
        choices.append(("+", "low"))
    word, effect = draw(st.sampled_from(choices))
    low, high, approx = _bounds(value, effect)
    if word == "":
        return body, low, high, approx, None
    if word == "+":
        return body + "+", low, high, approx, "+"
    if word == "~":
        return "~" + body, low, high, approx, "~"
    return f"{word} {body}", low, high, approx, word


@st.composite
def rendered_money(draw: st.DrawFn) -> Rendered:
    """A money figure in one of the supported styles, in a sentence."""
    style = draw(st.sampled_from(["symbol", "code_before", "code_after", "name", "words"]))
    if style == "words":
        n = draw(st.integers(1, 99))
        number, stated = number_words(n), Decimal(n)
        factor, scale = draw(st.sampled_from(_WORD_SCALES))
    else:
        number = draw(_digits())
        stated = Decimal(number)
        factor, scale = draw(st.sampled_from(_SCALES))
    amount = f"{number}{scale}"
    plus_ok = False
    if style == "symbol":
        symbol, currency = draw(st.sampled_from(_SYMBOLS))
        body, plus_ok = f"{symbol}{amount}", True
    elif style == "code_before":
        currency = draw(st.sampled_from(_CODES))
        body, plus_ok = f"{currency} {amount}", True
    elif style == "code_after":
        currency = draw(st.sampled_from(_CODES))
        body = f"{amount} {currency}"
    else:
        plural, singular, currency = draw(st.sampled_from(_NAMES))
        name = singular if number in ("1", "one") and factor == 1 else plural
        body = f"{amount} {name}"
    value = float(stated * factor)
    expression, low, high, approx, qualifier = draw(_qualified(body, value, plus_ok))
    sentence, expression, start, qualifier = draw(_framed(expression, qualifier))
    return Rendered(
        sentence,
        expression,
        start,
        Expected("money", None, value, low, high, approx, currency, qualifier),
    )


_PERCENT_SUFFIXES: list[tuple[str, str, str | None]] = [
    # (plural spelling, singular spelling, unit)
    ("%", "%", None),
    (" percent", " percent", None),
    (" per cent", " per cent", None),
    (" percentage points", " percentage point", "pp"),
    (" basis points", " basis point", "bp"),
]


@st.composite
def rendered_percent(draw: st.DrawFn) -> Rendered:
    """A percentage, percentage-point or basis-point figure in a sentence."""
    plural, singular, unit = draw(st.sampled_from(_PERCENT_SUFFIXES))
    if plural != "%" and draw(st.booleans()):
        n = draw(st.integers(1, 99))
        number, stated = number_words(n), Decimal(n)
    else:
        number = draw(_digits())
        stated = Decimal(number)
    suffix = singular if number in ("1", "one") else plural
    value = float(stated)
    body = f"{number}{suffix}"
    expression, low, high, approx, qualifier = draw(_qualified(body, value, plural == "%"))
    sentence, expression, start, qualifier = draw(_framed(expression, qualifier))
    return Rendered(
        sentence,
        expression,
        start,
        Expected("percent", unit, value, low, high, approx, None, qualifier),
    )


def rendered_quantity() -> st.SearchStrategy[Rendered]:
    """A money or a percentage figure."""
    return st.one_of(rendered_money(), rendered_percent())


@st.composite
def _ordered_pair(draw: st.DrawFn) -> tuple[str, str]:
    """Two digit strings A < B."""
    a, b = draw(_digits()), draw(_digits())
    if Decimal(a) == Decimal(b):
        b = str(Decimal(b) + 1)
    return (a, b) if Decimal(a) < Decimal(b) else (b, a)


@st.composite
def rendered_range(draw: st.DrawFn) -> Rendered:
    """A range: "$A-B billion", "between $A billion and $B billion", "A to B%"."""
    a, b = draw(_ordered_pair())
    shape = draw(st.sampled_from(["dash", "between", "percent_to"]))
    if shape == "percent_to":
        suffix = draw(st.sampled_from(["%", " percent", " per cent"]))
        kind, currency, factor = "percent", None, 1
        body = f"{a} to {b}{suffix}"
    else:
        symbol, currency = draw(st.sampled_from(_SYMBOLS))
        factor, scale = draw(st.sampled_from(_NONEMPTY_SCALES))
        kind = "money"
        if shape == "dash":
            body = f"{symbol}{a}-{b}{scale}"
        else:
            body = f"between {symbol}{a}{scale} and {symbol}{b}{scale}"
    low, high = float(Decimal(a) * factor), float(Decimal(b) * factor)
    sentence, expression, start, _ = draw(_framed(body, None))
    return Rendered(
        sentence,
        expression,
        start,
        Expected(kind, None, None, low, high, False, currency, None),
    )


# --- noise for robustness ----------------------------------------------------

# fmt: off
_NOISE_WORDS = [
    "$", "€", "£", "¥", "₹", "C$", "US$", "A$", "%", "％", "+", "-", "−", "–", "~", ".",
    ",", "(", ")", "“", "”", "'", "’", "/", ":", ";",
    "one", "a", "an", "half", "quarter", "ten", "twelve", "forty-nine", "hundred",
    "thousand", "million", "billion", "trillion", "Billion", "bn", "mn", "mln", "tn",
    "k", "m", "M", "B", "T", "lakh", "crore",
    "over", "more than", "at least", "under", "up to", "as high as", "nearly",
    "almost", "about", "approximately", "roughly", "around", "some", "or more",
    "or so", "-plus", "between", "and", "to", "from", "minus", "negative",
    "percent", "per cent", "percentage points", "basis points", "bps", "pp", "points",
    "dollars", "dollar", "euros", "Swiss", "francs", "yen", "pounds", "cents", "pence",
    "USD", "EUR", "CHF", "GBP", "usd", "MUSD", "Rs.", "RM",
    "tens of", "hundreds of", "billions of", "several", "multi-billion-dollar",
    "in the range of", "http://", "www.",
]
# fmt: on


@st.composite
def noisy_text(draw: st.DrawFn) -> str:
    """Text mixing digits, markers, number, scale and qualifier words at random."""
    token = st.one_of(
        st.from_regex(r"\d{1,4}([.,]\d{1,3})?", fullmatch=True),
        st.sampled_from(_NOISE_WORDS),
        st.text(alphabet="abcxyzABCXYZ.,!?'\"", min_size=1, max_size=4),
    )
    separator = st.sampled_from(["", "", " ", " ", "  ", "\n", "\u00a0", "-", ", ", ". "])
    parts = draw(st.lists(st.tuples(token, separator), max_size=30))
    return "".join(t + s for t, s in parts)
