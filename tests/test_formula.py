"""Relation formulas: parsing, interval arithmetic, evaluation and unit checks."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.errors import FactlintError
from factlint.formula import (
    MAX_LENGTH,
    Binary,
    Expr,
    FormulaError,
    Interval,
    Name,
    Negate,
    Number,
    Relation,
    check_units,
    evaluate,
    holds,
    parse_relation,
    render,
)

a, b, c = Name("a"), Name("b"), Name("c")

# --- parsing ---------------------------------------------------------------


def test_parses_the_valuation_rule() -> None:
    relation = parse_relation("valuation ~ amount / stake")
    assert relation.op == "~"
    assert relation.left == Name("valuation")
    assert relation.right == Binary("/", Name("amount"), Name("stake"))
    assert relation.variables == frozenset({"valuation", "amount", "stake"})
    assert relation.text == "valuation ~ amount / stake"


def test_multiplication_binds_tighter_than_addition() -> None:
    relation = parse_relation("a + b * c ~ x")
    assert relation.left == Binary("+", a, Binary("*", b, c))


def test_operators_of_one_level_associate_to_the_left() -> None:
    assert parse_relation("a - b - c ~ x").left == Binary("-", Binary("-", a, b), c)
    assert parse_relation("a / b * c ~ x").left == Binary("*", Binary("/", a, b), c)


def test_parentheses_override_precedence() -> None:
    assert parse_relation("(a + b) * c ~ x").left == Binary("*", Binary("+", a, b), c)


def test_unary_minus() -> None:
    assert parse_relation("-a * b ~ x").left == Binary("*", Negate(a), b)
    assert parse_relation("a - -b ~ x").left == Binary("-", a, Negate(b))
    assert parse_relation("x ~ -(a + b)").right == Negate(Binary("+", a, b))


def test_numbers() -> None:
    relation = parse_relation("revenue_2025 ~ 2 * revenue_2024 + 0.5")
    assert relation.right == Binary(
        "+", Binary("*", Number(2.0), Name("revenue_2024")), Number(0.5)
    )
    assert relation.variables == frozenset({"revenue_2025", "revenue_2024"})


@pytest.mark.parametrize("op", ["~", "==", "<=", ">=", "<", ">"])
def test_every_relation_operator(op: str) -> None:
    relation = parse_relation(f"total {op} part_a + part_b")
    assert relation.op == op
    assert relation.left == Name("total")


def test_whitespace_is_optional() -> None:
    assert parse_relation("a<=b+c") == Relation(
        "a<=b+c", "<=", a, Binary("+", b, c), frozenset("abc")
    )


def test_nodes_remember_their_columns() -> None:
    relation = parse_relation("x ~ amount / stake")
    assert isinstance(relation.right, Binary)
    assert relation.right.column == 12
    assert isinstance(relation.right.right, Name)
    assert relation.right.right.column == 14


@pytest.mark.parametrize(
    ("text", "cause", "column"),
    [
        ("", "the formula is empty", 1),
        ("   ", "the formula is empty", 1),
        ("a + ~ b", "expected a number, a name or '(' at column 5, found '~'", 5),
        (
            "a ~ b *",
            "expected a number, a name or '(' at column 8, found the end of the formula",
            8,
        ),
        ("amount ** 2 ~ x", "expected a number, a name or '(' at column 9, found '*'", 9),
        ("__import__('os') ~ x", 'unexpected character "\'" at column 12', 12),
        ("amount.__class__ ~ x", "unexpected character '.' at column 7", 7),
        ("a = b", "unexpected character '=' at column 3", 3),
        ("a ~ 1e3", "expected an operator or the end of the formula at column 6, found 'e3'", 6),
        ("(a + b ~ c", "expected ')' at column 8 to close the '(' at column 1, found '~'", 8),
        (
            "a ~ (b",
            "expected ')' at column 7 to close the '(' at column 5, found the end of the formula",
            7,
        ),
        ("a + b) ~ c", "unmatched ')' at column 6", 6),
        ("a ~ b)", "unmatched ')' at column 6", 6),
        ("a ~ ()", "expected a number, a name or '(' at column 6, found ')'", 6),
        (
            "valuation",
            "expected a relation (~, ==, <, <=, >, >=) at column 10, found the end of the formula",
            10,
        ),
        (
            "a b ~ c",
            "expected an operator or a relation (~, ==, <, <=, >, >=) at column 3, found 'b'",
            3,
        ),
        ("a ~ b ~ c", "a second relation '~' at column 7; a formula compares two sides only", 7),
        ("a < b <= c", "a second relation '<=' at column 7; a formula compares two sides only", 7),
    ],
)
def test_syntax_errors_name_the_column(text: str, cause: str, column: int) -> None:
    with pytest.raises(FormulaError) as caught:
        parse_relation(text)
    assert caught.value.cause == cause
    assert caught.value.column == column


def test_too_long() -> None:
    text = "a ~ " + "b + " * 49 + "c"
    assert len(text) > MAX_LENGTH
    with pytest.raises(FormulaError, match="^<input>: the formula is 201 characters long; at most"):
        parse_relation(text)


def test_too_many_tokens() -> None:
    with pytest.raises(FormulaError, match="more than 50 tokens") as caught:
        parse_relation("a ~ " + "a+" * 30 + "a")
    assert caught.value.column == 53


def test_too_deep() -> None:
    assert parse_relation("(" * 10 + "a" + ")" * 10 + " ~ b").left == a
    with pytest.raises(FormulaError) as caught:
        parse_relation("(" * 11 + "a" + ")" * 11 + " ~ b")
    assert caught.value.cause == "parentheses nest deeper than 10 levels at column 11"


def test_too_many_variables() -> None:
    names = [f"v{i}" for i in range(11)]
    assert len(parse_relation(" + ".join(names[:10]) + " ~ v0").variables) == 10
    with pytest.raises(FormulaError) as caught:
        parse_relation(" + ".join(names[:10]) + " ~ v10")
    assert caught.value.cause == "the formula uses more than 10 variables: 'v10' at column 51"


def test_formula_error_is_a_located_factlint_value_error() -> None:
    with pytest.raises(FormulaError) as caught:
        parse_relation("a ~")
    error = caught.value
    assert isinstance(error, FactlintError)
    assert isinstance(error, ValueError)
    assert error.path == ""
    placed = FormulaError("rules.yaml", error.cause, 7, error.column)
    assert placed.one_line() == f"rules.yaml:7: {error.cause}"
    assert placed.column == 4


# --- render ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("valuation~amount/stake", "valuation ~ amount / stake"),
        ("x == (a + b) * c", "x == (a + b) * c"),
        ("x <= ((a)) + (b * c)", "x <= a + b * c"),
        ("x >= a - (b - c)", "x >= a - (b - c)"),
        ("x > a / (b * c)", "x > a / (b * c)"),
        ("x < - - a", "x < -(-a)"),
        ("x ~ -a * -2.50", "x ~ -a * -2.5"),
        ("x ~ 0.0000001 * 1000000000000000000000", "x ~ 0.0000001 * 1000000000000000000000"),
    ],
)
def test_render(text: str, canonical: str) -> None:
    relation = parse_relation(text)
    assert render(relation) == canonical
    assert parse_relation(canonical) == Relation(
        canonical, relation.op, relation.left, relation.right, relation.variables
    )


def test_render_expression() -> None:
    assert render(parse_relation("v ~ amount/stake").right) == "amount / stake"


# --- interval arithmetic ----------------------------------------------------


def test_interval_rejects_what_is_no_interval() -> None:
    with pytest.raises(ValueError):
        Interval(2.0, 1.0)
    with pytest.raises(ValueError):
        Interval(math.nan, 1.0)
    with pytest.raises(ValueError):
        Interval(math.inf, None)


def test_infinite_ends_become_open() -> None:
    assert Interval(-math.inf, math.inf) == Interval(None, None) == Interval()


def test_add_and_subtract() -> None:
    assert Interval(1, 2) + Interval(10, 20) == Interval(11, 22)
    assert Interval(1, 2) - Interval(10, 20) == Interval(-19, -8)
    assert Interval(-3, -1) - Interval(-2, 5) == Interval(-8, 1)
    assert Interval(None, 2) + Interval(1, None) == Interval()
    assert Interval(1, None) + Interval(1, 2) == Interval(2, None)
    assert Interval(1, None) - Interval(None, 2) == Interval(-1, None)


def test_multiply_with_signs() -> None:
    assert Interval(2, 3) * Interval(4, 5) == Interval(8, 15)
    assert Interval(-2, 3) * Interval(4, 5) == Interval(-10, 15)
    assert Interval(-3, -2) * Interval(-5, 4) == Interval(-12, 15)
    assert Interval(-3, -2) * Interval(-5, -4) == Interval(8, 15)


def test_multiply_with_open_ends() -> None:
    assert Interval(2, 3) * Interval(1, None) == Interval(2, None)
    assert Interval(-3, -2) * Interval(1, None) == Interval(None, -2)
    assert Interval(0, 0) * Interval() == Interval(0, 0)
    assert Interval(0, 1) * Interval(1, None) == Interval(0, None)
    assert Interval(-1, 1) * Interval(None, 3) == Interval()


def test_divide() -> None:
    assert Interval(1, 2) / Interval(4, 8) == Interval(0.125, 0.5)
    assert Interval(-2, 1) / Interval(-4, -2) == Interval(-0.5, 1)
    assert Interval(1, 2) / Interval(None, -1) == Interval(-2, 0)
    assert Interval(1, None) / Interval(2, 4) == Interval(0.25, None)
    assert Interval(1, None) / Interval(1, None) == Interval(0, None)


@pytest.mark.parametrize("divisor", [Interval(-1, 1), Interval(0, 5), Interval(0, 0), Interval()])
def test_dividing_by_an_interval_containing_zero_is_unbounded(divisor: Interval) -> None:
    assert Interval(1, 2) / divisor == Interval(None, None)


def test_scalars_and_negation() -> None:
    assert Interval(1, 2) + 1 == 1 + Interval(1, 2) == Interval(2, 3)
    assert Interval(1, 2) - 1 == Interval(0, 1)
    assert 10 - Interval(1, 2) == Interval(8, 9)
    assert Interval(1, 2) * -2 == -2 * Interval(1, 2) == Interval(-4, -2)
    assert Interval(1, 2) / 2 == Interval(0.5, 1)
    assert 1 / Interval(2, 4) == Interval(0.25, 0.5)
    assert -Interval(None, 1) == Interval(-1, None)


def test_overflow_keeps_a_sound_finite_end() -> None:
    assert Interval(1e308, 1e308) * 10 == Interval(1.7976931348623157e308, None)


def test_contains_and_intersects() -> None:
    assert Interval(1, 2).contains(1) and Interval(1, 2).contains(2)
    assert not Interval(1, 2).contains(2.5)
    assert Interval(None, None).contains(-1e300)
    assert Interval(1, 2).intersects(Interval(2, 3))
    assert not Interval(1, 2).intersects(Interval(2.1, None))
    assert Interval(None, 0).intersects(Interval(None, -5))


finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def interval_and_point(draw: st.DrawFn) -> tuple[Interval, float]:
    low, high = sorted((draw(finite) + 0.0, draw(finite) + 0.0))  # + 0.0: no -0.0
    return Interval(low, high), draw(st.floats(min_value=low, max_value=high))


def _near(interval: Interval, x: float) -> bool:
    slack = 1e-9 * (1 + abs(x))
    return Interval(x - slack, x + slack).intersects(interval)


@given(interval_and_point(), interval_and_point())
def test_interval_arithmetic_is_sound(
    left: tuple[Interval, float], right: tuple[Interval, float]
) -> None:
    (i, x), (j, y) = left, right
    assert _near(i + j, x + y)
    assert _near(i - j, x - y)
    assert _near(i * j, x * y)
    assert _near(-i, -x)
    if not j.contains(0) and math.isfinite(x / y):
        assert _near(i / j, x / y)


# --- evaluate and holds -----------------------------------------------------

VALUATION = parse_relation("valuation ~ amount / stake")
DEAL = {"amount": Interval(13.5e9, 14.5e9), "stake": Interval(0.485, 0.495)}


def test_evaluate_the_valuation_example() -> None:
    low, high = (evaluate(VALUATION.right, DEAL).low, evaluate(VALUATION.right, DEAL).high)
    assert low == pytest.approx(13.5e9 / 0.495)
    assert high == pytest.approx(14.5e9 / 0.485)


def test_as_high_as_25_billion_contradicts_the_deal() -> None:
    assert not holds(VALUATION, {**DEAL, "valuation": Interval(None, 25.5e9)})


def test_over_25_billion_agrees_with_the_deal() -> None:
    assert holds(VALUATION, {**DEAL, "valuation": Interval(24.5e9, None)})


def test_evaluate_numbers_and_negation() -> None:
    relation = parse_relation("x ~ -(2 * a) + 0.5")
    assert evaluate(relation.right, {"a": Interval(1, 3)}) == Interval(-5.5, -1.5)


def test_evaluate_needs_every_value() -> None:
    with pytest.raises(FormulaError, match="no value for the variable 'stake' at column 22"):
        evaluate(VALUATION.right, {"amount": Interval(1, 2)})


@pytest.mark.parametrize(
    ("op", "left", "right", "expected"),
    [
        ("<=", Interval(5, 10), Interval(1, 5), True),
        ("<", Interval(5, 10), Interval(1, 5), False),
        ("<=", Interval(6, 10), Interval(1, 5), False),
        ("<", Interval(None, 10), Interval(1, 5), True),
        (">=", Interval(1, 5), Interval(5, 10), True),
        (">", Interval(1, 5), Interval(5, 10), False),
        (">=", Interval(1, 4), Interval(5, None), False),
        (">", Interval(1, None), Interval(5, 10), True),
        ("==", Interval(1, 4), Interval(4, 9), True),
        ("~", Interval(1, 4), Interval(4.5, 9), False),
    ],
)
def test_holds_gives_the_benefit_of_the_doubt(
    op: str, left: Interval, right: Interval, expected: bool
) -> None:
    assert holds(parse_relation(f"x {op} y"), {"x": left, "y": right}) is expected


def test_total_at_least_its_parts() -> None:
    relation = parse_relation("total >= part_a + part_b")
    parts = {"part_a": Interval(4, 5), "part_b": Interval(4, 5)}
    assert holds(relation, {**parts, "total": Interval(9.5, 10.5)})
    assert not holds(relation, {**parts, "total": Interval(7, 7.9)})


# --- check_units ------------------------------------------------------------

KINDS = {"valuation": "money", "amount": "money", "stake": "percent", "count": "number"}


def test_amount_over_stake_is_money() -> None:
    assert check_units(VALUATION, KINDS) == "money"
    assert check_units(parse_relation("valuation ~ 2 * amount - -amount"), KINDS) == "money"


def test_dimensionless_kinds() -> None:
    assert check_units(parse_relation("stake ~ amount / valuation"), KINDS) == "percent"
    assert check_units(parse_relation("count ~ amount / valuation - 1"), KINDS) == "number"
    assert (
        check_units(parse_relation("count ~ amount / (valuation - valuation)"), KINDS) == "number"
    )


def test_adding_money_and_a_percentage() -> None:
    with pytest.raises(FormulaError) as caught:
        check_units(parse_relation("valuation ~ amount + stake"), KINDS)
    assert caught.value.cause == (
        "cannot add money and a percentage in 'amount + stake' at column 20"
    )
    assert caught.value.column == 20


def test_subtracting_a_number_from_money() -> None:
    with pytest.raises(FormulaError, match="cannot subtract a number from money in 'amount - 1'"):
        check_units(parse_relation("valuation ~ amount - 1"), KINDS)


def test_sides_of_different_kinds() -> None:
    with pytest.raises(FormulaError) as caught:
        check_units(parse_relation("valuation ~ stake"), KINDS)
    assert caught.value.cause == (
        "the left side 'valuation' is money, the right side 'stake' is a percentage; "
        "they cannot be compared"
    )


def test_money_squared_is_no_side() -> None:
    with pytest.raises(FormulaError, match="'amount \\* amount' is money to the power 2"):
        check_units(parse_relation("valuation ~ amount * amount"), KINDS)


def test_unknown_variable_and_kind() -> None:
    with pytest.raises(FormulaError, match="unknown variable 'price' at column 13"):
        check_units(parse_relation("valuation ~ price * count"), KINDS)
    with pytest.raises(FormulaError, match="'x' has the unknown kind 'weight'"):
        check_units(parse_relation("x ~ amount"), {**KINDS, "x": "weight"})


# --- robustness -------------------------------------------------------------


def _parses_or_fails_cleanly(text: str) -> None:
    try:
        relation = parse_relation(text)
    except FormulaError as error:
        assert error.column is None or 1 <= error.column <= len(text) + 1
    else:
        assert isinstance(relation, Relation)
        reparsed = parse_relation(render(relation))
        assert (reparsed.left, reparsed.op, reparsed.right) == (
            relation.left,
            relation.op,
            relation.right,
        )


@given(st.text(max_size=300))
def test_any_text_parses_or_raises_formula_error(text: str) -> None:
    _parses_or_fails_cleanly(text)


@given(st.text(alphabet="ab_1.2+-*/()~<>= ", max_size=60))
def test_formula_like_text_parses_or_raises_formula_error(text: str) -> None:
    _parses_or_fails_cleanly(text)


def _expressions() -> st.SearchStrategy[Expr]:
    leaves = st.one_of(
        st.sampled_from([Name("a"), Name("b"), Name("total_2")]),
        st.sampled_from([Number(0.0), Number(2.0), Number(0.25), Number(1000.0)]),
    )
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.builds(Negate, inner),
            st.builds(Binary, st.sampled_from("+-*/"), inner, inner),
        ),
        max_leaves=6,
    )


@given(_expressions(), st.sampled_from(["~", "==", "<=", ">=", "<", ">"]), _expressions())
def test_render_round_trips(left: Expr, op: str, right: Expr) -> None:
    text = render(Relation("", op, left, right, frozenset()))
    relation = parse_relation(text)
    assert (relation.left, relation.op, relation.right) == (left, op, right)
