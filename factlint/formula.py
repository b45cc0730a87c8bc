"""Formulas for ``relation`` rules: a small, safe arithmetic language.

A relation rule states how figures fit together: ``valuation ~ amount /
stake`` (the valuation agrees with amount divided by stake), ``total >=
part_a + part_b``.  Rule files are user input, so formulas are never given to
``eval``: a tokenizer and a recursive-descent parser accept only numbers,
names, ``+ - * /``, unary minus and parentheses, the two sides joined by one
of ``~`` (agrees; ``==`` is the same), ``<=``, ``>=``, ``<``, ``>``.  Length,
tokens, nesting and distinct variables are bounded.

Article figures are rarely exact, so values are closed intervals (``None``
for an open side) evaluated with interval arithmetic, as magnitudes in base
units: money in its currency, percentages as fractions (the caller turns 49%
into 0.49).  A relation *holds* when some values inside the intervals satisfy
it: a linter reports only what must be wrong.  With amount = [13.5e9, 14.5e9]
("$14 billion" widened for rounding) and stake = [0.485, 0.495], ``amount /
stake`` is about [27.3e9, 29.9e9]; a valuation "as high as $25 billion",
[None, 25.5e9], misses it, so ``valuation ~ amount / stake`` does not hold;
"over $25 billion", [24.5e9, None], meets it.  Ends are not rounded outwards
(off by at most a few ulps, far below the rounding callers widen by).
``check_units`` checks with pint, before any figure is known, that a formula
adds and compares only like with like.
"""

from __future__ import annotations

import math
import operator
import re
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple, TypeAlias

from factlint.errors import FactlintError
from factlint.quantities.units import currency_unit, registry

__all__ = [
    "Binary",
    "Expr",
    "FormulaError",
    "Interval",
    "Name",
    "Negate",
    "Number",
    "Relation",
    "check_units",
    "evaluate",
    "holds",
    "parse_relation",
    "render",
]

MAX_LENGTH = 200
MAX_TOKENS = 50
MAX_DEPTH = 10
MAX_VARIABLES = 10
_RELATIONS = "~, ==, <, <=, >, >="
_INF = math.inf


class FormulaError(FactlintError, ValueError):
    """A formula that cannot be parsed or checked.

    Takes FactlintError's arguments plus ``column``, the 1-based column of the
    problem in the formula text.  Raised with path "" and no line; callers
    place it with ``FormulaError(path, error.cause, line, error.column)``.
    """

    def __init__(
        self, path: str, cause: str, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(path, cause, line)
        self.column = column


def _fail(cause: str, column: int | None = None) -> FormulaError:
    """Return a FormulaError not yet placed in a file."""
    return FormulaError("", cause, column=column)


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval of reals, ``None`` for an unbounded side.

    Supports ``+ - * /`` and unary minus with intervals and plain numbers;
    dividing by an interval containing 0 gives ``Interval()``, the whole line.
    Infinite ends become ``None``; a NaN end or ``low > high`` is a ValueError.
    """

    low: float | None = None
    high: float | None = None

    def __post_init__(self) -> None:
        """Turn infinite ends into ``None`` and reject what is no interval."""
        if self.low == -_INF:
            object.__setattr__(self, "low", None)
        if self.high == _INF:
            object.__setattr__(self, "high", None)
        low, high = _ends(self)
        if not low <= high or low == _INF or high == -_INF:
            raise ValueError(f"[{self.low}, {self.high}] is not an interval")

    def contains(self, x: float) -> bool:
        """Return whether ``x`` lies in the interval."""
        low, high = _ends(self)
        return low <= x <= high

    def intersects(self, other: Interval) -> bool:
        """Return whether the two intervals share a point."""
        return _ends(self)[0] <= _ends(other)[1] and _ends(other)[0] <= _ends(self)[1]

    def __neg__(self) -> Interval:
        """Return ``-self``."""
        low, high = _ends(self)
        return _make(-high, -low)

    def __add__(self, other: Interval | float) -> Interval:
        """Return ``self + other``."""
        (a, b), (c, d) = _ends(self), _ends(_coerce(other))
        return _make(a + c, b + d)

    def __sub__(self, other: Interval | float) -> Interval:
        """Return ``self - other``."""
        (a, b), (c, d) = _ends(self), _ends(_coerce(other))
        return _make(a - d, b - c)

    def __mul__(self, other: Interval | float) -> Interval:
        """Return ``self * other``, taking 0 times an unbounded end as 0."""
        pairs = [(x, y) for x in _ends(self) for y in _ends(_coerce(other))]
        products = [0.0 if x == 0 or y == 0 else x * y for x, y in pairs]
        return _make(min(products), max(products))

    def __truediv__(self, other: Interval | float) -> Interval:
        """Return ``self / other``: the whole line when ``other`` contains 0."""
        if _coerce(other).contains(0.0):
            return Interval()
        pairs = [(x, y) for x in _ends(self) for y in _ends(_coerce(other))]
        # inf / inf is NaN; a neighbouring corner always supplies that extreme.
        quotients = [q for x, y in pairs if not math.isnan(q := x / y)]
        return _make(min(quotients), max(quotients))

    def __rsub__(self, other: float) -> Interval:
        """Return ``other - self``."""
        return _coerce(other) - self

    def __rtruediv__(self, other: float) -> Interval:
        """Return ``other / self``."""
        return _coerce(other) / self

    __radd__ = __add__
    __rmul__ = __mul__


def _ends(interval: Interval) -> tuple[float, float]:
    """Return both ends as extended reals: -inf and +inf for open sides."""
    low, high = interval.low, interval.high
    return -_INF if low is None else low, _INF if high is None else high


def _coerce(value: Interval | float) -> Interval:
    """Return an interval as is and a number as the interval of one point."""
    return value if isinstance(value, Interval) else Interval(value, value)


def _make(low: float, high: float) -> Interval:
    """Build an interval from extended ends; an end that overflowed stays finite."""
    big = sys.float_info.max  # adding 0.0 below turns -0.0 into 0.0 and ints into floats
    return Interval(big if low == _INF else low + 0.0, -big if high == -_INF else high + 0.0)


@dataclass(frozen=True, slots=True)
class Number:
    """A number written in the formula; ``column`` is where it starts."""

    value: float
    column: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Name:
    """A variable: the name of a figure the rule binds."""

    name: str
    column: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Negate:
    """Unary minus; ``column`` is that of the ``-``."""

    operand: Expr
    column: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Binary:
    """``left op right`` for op in ``+ - * /``; ``column`` is that of the op."""

    op: str
    left: Expr
    right: Expr
    column: int = field(default=0, compare=False)


Expr: TypeAlias = Number | Name | Negate | Binary


@dataclass(frozen=True, slots=True)
class Relation:
    """A parsed formula: ``left op right``, with ``op`` as written.

    ``text`` is the formula as given and ``variables`` every name it uses.
    """

    text: str
    op: str
    left: Expr
    right: Expr
    variables: frozenset[str]


class _Token(NamedTuple):
    kind: str  # "number", "name", "relation", "symbol" or "end"
    text: str
    column: int


_TOKEN = re.compile(
    r"(?P<number>[0-9]+(?:\.[0-9]+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<relation><=|>=|==|[~<>])|(?P<symbol>[-+*/()])"
)


def _tokenize(text: str) -> list[_Token]:
    """Split ``text`` into tokens, ending with an "end" token."""
    tokens: list[_Token] = []
    position = 0
    while position < len(text):
        if text[position].isspace():
            position += 1
            continue
        column = position + 1
        match = _TOKEN.match(text, position)
        if match is None:
            raise _fail(f"unexpected character {text[position]!r} at column {column}", column)
        if len(tokens) == MAX_TOKENS:
            raise _fail(f"the formula has more than {MAX_TOKENS} tokens", column)
        tokens.append(_Token(match.lastgroup or "", match.group(), column))
        position = match.end()
    return [*tokens, _Token("end", "", len(text) + 1)]


def _unexpected(token: _Token, expected: str, note: str = "") -> FormulaError:
    """Return the error for finding ``token`` where ``expected`` should be."""
    found = "the end of the formula" if token.kind == "end" else repr(token.text)
    return _fail(f"expected {expected} at column {token.column}{note}, found {found}", token.column)


class _Parser:
    """Recursive descent over the tokens of one formula."""

    def __init__(self, tokens: list[_Token]) -> None:
        self._tokens = tokens
        self._index = 0
        self._depth = 0
        self._names: set[str] = set()

    def _peek(self) -> _Token:
        return self._tokens[self._index]

    def _next(self) -> _Token:
        token = self._tokens[self._index]
        self._index = min(self._index + 1, len(self._tokens) - 1)
        return token

    def relation(self, text: str) -> Relation:
        left = self._sum()
        op = self._next()
        if op.kind != "relation":
            self._no_stray_close(op)
            wanted = "an operator or a relation" if op.kind != "end" else "a relation"
            raise _unexpected(op, f"{wanted} ({_RELATIONS})")
        right = self._sum()
        end = self._peek()
        if end.kind == "relation":
            cause = f"a second relation {end.text!r} at column {end.column}"
            raise _fail(f"{cause}; a formula compares two sides only", end.column)
        self._no_stray_close(end)
        if end.kind != "end":
            raise _unexpected(end, "an operator or the end of the formula")
        return Relation(text, op.text, left, right, frozenset(self._names))

    def _no_stray_close(self, token: _Token) -> None:
        if token.text == ")":
            raise _fail(f"unmatched ')' at column {token.column}", token.column)

    def _binary(self, ops: str, operand: Callable[[], Expr]) -> Expr:
        node = operand()
        while (token := self._peek()).kind == "symbol" and token.text in ops:
            self._next()
            node = Binary(token.text, node, operand(), token.column)
        return node

    def _sum(self) -> Expr:
        return self._binary("+-", self._product)

    def _product(self) -> Expr:
        return self._binary("*/", self._unary)

    def _unary(self) -> Expr:
        token = self._peek()
        if token.text == "-":
            self._next()
            return Negate(self._unary(), token.column)
        return self._primary()

    def _primary(self) -> Expr:
        token = self._next()
        if token.kind == "number":
            return Number(float(token.text), token.column)
        if token.kind == "name":
            return self._name(token)
        if token.text == "(":
            return self._group(token)
        raise _unexpected(token, "a number, a name or '('")

    def _name(self, token: _Token) -> Name:
        if token.text not in self._names and len(self._names) == MAX_VARIABLES:
            cause = f"the formula uses more than {MAX_VARIABLES} variables"
            raise _fail(f"{cause}: {token.text!r} at column {token.column}", token.column)
        self._names.add(token.text)
        return Name(token.text, token.column)

    def _group(self, opening: _Token) -> Expr:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            cause = f"parentheses nest deeper than {MAX_DEPTH} levels"
            raise _fail(f"{cause} at column {opening.column}", opening.column)
        inner = self._sum()
        closing = self._next()
        if closing.text != ")":
            raise _unexpected(closing, "')'", f" to close the '(' at column {opening.column}")
        self._depth -= 1
        return inner


def parse_relation(text: str) -> Relation:
    """Parse a relation formula such as ``valuation ~ amount / stake``.

    Raises:
        FormulaError: When the text is empty, too long or too complex, or is
            not ``expression relation expression``; the cause names the column.
    """
    if len(text) > MAX_LENGTH:
        cause = f"the formula is {len(text)} characters long; at most {MAX_LENGTH} are allowed"
        raise _fail(cause, MAX_LENGTH + 1)
    if not text.strip():
        raise _fail("the formula is empty", 1)
    return _Parser(_tokenize(text)).relation(text)


_OPERATORS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
}
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def evaluate(expr: Expr, values: Mapping[str, Interval]) -> Interval:
    """Return the interval of ``expr`` when each variable lies in its interval.

    Raises:
        FormulaError: When ``values`` has no interval for a variable.
    """
    if isinstance(expr, Number):
        return Interval(expr.value, expr.value)
    if isinstance(expr, Name):
        if expr.name not in values:
            raise _fail(f"no value for the variable {expr.name!r} at column {expr.column}")
        return values[expr.name]
    if isinstance(expr, Negate):
        return -evaluate(expr.operand, values)
    result: Interval = _OPERATORS[expr.op](
        evaluate(expr.left, values), evaluate(expr.right, values)
    )
    return result


_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def holds(relation: Relation, values: Mapping[str, Interval]) -> bool:
    """Return whether some values inside the intervals satisfy ``relation``.

    ``~`` and ``==`` hold when the sides' intervals meet, ``<`` and ``<=``
    when the left's lowest value is below the right's highest, and so on.

    Raises:
        FormulaError: When ``values`` has no interval for a variable.
    """
    left, right = evaluate(relation.left, values), evaluate(relation.right, values)
    if relation.op in ("~", "=="):
        return left.intersects(right)
    (low, high), (right_low, right_high) = _ends(left), _ends(right)
    if relation.op.startswith("<"):
        return _COMPARE[relation.op](low, right_high)
    return _COMPARE[relation.op](high, right_low)


def render(expr: Expr | Relation) -> str:
    """Write an expression or relation in canonical form, e.g. ``amount / stake``."""
    if isinstance(expr, Relation):
        return f"{render(expr.left)} {expr.op} {render(expr.right)}"
    if isinstance(expr, Number):
        text = format(Decimal(repr(expr.value)), "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if isinstance(expr, Name):
        return expr.name
    if isinstance(expr, Negate):
        return "-" + _wrap(expr.operand, _precedence(expr.operand) <= 3)
    level = _PRECEDENCE[expr.op]
    left = _wrap(expr.left, _precedence(expr.left) < level)
    return f"{left} {expr.op} {_wrap(expr.right, _precedence(expr.right) <= level)}"


def _precedence(expr: Expr) -> int:
    """Return how tightly ``expr`` binds: sums 1, products 2, negation 3, atoms 4."""
    if isinstance(expr, Binary):
        return _PRECEDENCE[expr.op]
    return 3 if isinstance(expr, Negate) else 4


def _wrap(expr: Expr, parenthesize: bool) -> str:
    """Render ``expr``, in parentheses when asked."""
    return f"({render(expr)})" if parenthesize else render(expr)


_UNITS = {"money": "USD", "percent": "percent", "number": "dimensionless"}
_PHRASES = {"money": "money", "a percentage": "percent", "a number": "number"}


def check_units(relation: Relation, kinds: Mapping[str, str]) -> str:
    """Check that a formula adds and compares only like with like.

    Args:
        relation: The parsed formula.
        kinds: The kind of each variable: "money", "percent" or "number".

    Returns:
        The kind of the sides: "money", else "percent" when either side is a
        plain percentage, else "number".

    Raises:
        FormulaError: For an unknown variable or kind, money added to or
            compared with a percentage or number, or a side in money squared.
    """
    left, right = (_phrase(_units(side, kinds)) for side in (relation.left, relation.right))
    sides = f"the left side {render(relation.left)!r} is {left}, the right side "
    sides += f"{render(relation.right)!r} is {right}"
    if left not in _PHRASES or right not in _PHRASES:
        raise _fail(f"{sides}; each side must be money, a percentage or a number")
    if (left == "money") != (right == "money"):
        raise _fail(f"{sides}; they cannot be compared")
    return "percent" if "a percentage" in (left, right) else _PHRASES[left]


def _unit(name: Name, kinds: Mapping[str, str]) -> str:
    """Return the pint unit standing for the kind of variable ``name``."""
    kind = kinds.get(name.name)
    if kind is None:
        raise _fail(f"unknown variable {name.name!r} at column {name.column}", name.column)
    if kind not in _UNITS:
        cause = f"{name.name!r} has the unknown kind {kind!r}; use money, percent or number"
        raise _fail(cause, name.column)
    return currency_unit(_UNITS[kind]) if kind == "money" else _UNITS[kind]


def _units(expr: Expr, kinds: Mapping[str, str]) -> Any:
    """Evaluate ``expr`` on pint quantities of magnitude 1 to find its unit."""
    if isinstance(expr, Number):
        return registry().Quantity(1)
    if isinstance(expr, Name):
        return registry().Quantity(1, _unit(expr, kinds))
    if isinstance(expr, Negate):  # the sign never changes the unit
        return _units(expr.operand, kinds)
    left, right = _units(expr.left, kinds), _units(expr.right, kinds)
    from pint import DimensionalityError

    try:  # subtraction is checked as addition, so magnitudes stay positive
        return _OPERATORS["+" if expr.op == "-" else expr.op](left, right)
    except DimensionalityError:
        verb = f"add {_phrase(left)} and" if expr.op == "+" else f"subtract {_phrase(right)} from"
        subject = _phrase(right) if expr.op == "+" else _phrase(left)
        where = f"in {render(expr)!r} at column {expr.column}"
        raise _fail(f"cannot {verb} {subject} {where}", expr.column) from None


def _phrase(quantity: Any) -> str:
    """Describe a quantity's unit: money, a percentage, a number, money squared..."""
    dimensions = dict(quantity.dimensionality)
    if not dimensions:
        is_percent = quantity.units == registry().Unit("percent")
        return "a percentage" if is_percent else "a number"
    power = dimensions.get("[currency_USD]", 0)
    return "money" if power == 1 else f"money to the power {power:g}"
