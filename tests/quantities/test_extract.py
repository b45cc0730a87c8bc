"""Golden cases for find_quantities, plus offsets, JSON form, rounding and intervals.

The golden cases live in ``cases/<category>.yaml``: each file is a list of
``{name, text, expect}``; ``expect`` lists the quantities the text holds, in
order, and only the keys an item names are checked.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from factlint import Quantity, find_quantities

CASES = Path(__file__).with_name("cases")
CATEGORIES = [
    "symbols_and_codes",
    "scales",
    "words",
    "vague",
    "percentages",
    "qualifiers",
    "ranges",
    "separators_and_decimals",
    "headlines",
    "negatives",
    "compounds_and_subunits",
]
NUMERIC_KEYS = {"value", "low", "high", "rounding_low", "rounding_high"}
CHECKABLE_KEYS = set(Quantity.model_fields)
REQUIRED_KEYS = {"text", "kind"}


def _load_cases() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(cases, list), f"{path.name}: expected a list of cases"
        names = [case["name"] for case in cases]
        duplicates = {n for n in names if names.count(n) > 1}
        assert not duplicates, f"{path.name}: duplicate case names {sorted(duplicates)}"
        for case in cases:
            _check_case_shape(path.name, case)
            params.append(pytest.param(case, id=f"{path.stem}:{case['name']}"))
    return params


def _check_case_shape(filename: str, case: dict[str, Any]) -> None:
    """Catch typos in the YAML before they turn into confusing failures."""
    where = f"{filename}:{case.get('name')}"
    assert set(case) == {"name", "text", "expect"}, f"{where}: keys {sorted(case)}"
    assert isinstance(case["text"], str), f"{where}: text must be a string"
    assert isinstance(case["expect"], list), f"{where}: expect must be a list"
    for item in case["expect"]:
        unknown = set(item) - CHECKABLE_KEYS
        assert not unknown, f"{where}: unknown keys {sorted(unknown)}"
        missing = REQUIRED_KEYS - set(item)
        assert not missing, f"{where}: missing keys {sorted(missing)}"
        assert item["text"] in case["text"], f"{where}: {item['text']!r} is not in the text"
        for key in NUMERIC_KEYS & set(item):
            value = item[key]
            # PyYAML reads 1.5e9 as a string; numbers must be written out.
            assert value is None or (
                isinstance(value, int | float) and not isinstance(value, bool)
            ), f"{where}: {key}={value!r} is not a number"


ALL_CASES = _load_cases()


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, bool) or expected is None:
        return actual is expected
    if isinstance(expected, int | float):
        return (
            isinstance(actual, int | float)
            and not isinstance(actual, bool)
            and math.isclose(actual, expected, rel_tol=1e-9)
        )
    return bool(actual == expected)


def _dump(found: list[Quantity]) -> str:
    return json.dumps([q.model_dump() for q in found], indent=2, ensure_ascii=False)


def _differences(expect: list[dict[str, Any]], found: list[Quantity]) -> list[str]:
    if len(expect) != len(found):
        return [
            f"expected {len(expect)} quantities {[e['text'] for e in expect]}, "
            f"found {len(found)} {[q.text for q in found]}"
        ]
    problems = []
    for index, (item, q) in enumerate(zip(expect, found, strict=True)):
        actual = q.model_dump()
        for key, wanted in item.items():
            if not _same(wanted, actual[key]):
                problems.append(f"[{index}] {key}: expected {wanted!r}, got {actual[key]!r}")
    return problems


def test_every_category_has_cases() -> None:
    present = {path.stem for path in CASES.glob("*.yaml")}
    assert set(CATEGORIES) <= present, sorted(set(CATEGORIES) - present)


@pytest.mark.parametrize("case", ALL_CASES)
def test_golden_case(case: dict[str, Any]) -> None:
    found = find_quantities(case["text"])
    problems = _differences(case["expect"], found)
    if problems:
        pytest.fail(
            f"text: {case['text']!r}\n"
            + "\n".join(problems)
            + f"\nactual quantities:\n{_dump(found)}",
            pytrace=False,
        )


@pytest.mark.parametrize("case", ALL_CASES)
def test_offsets_point_at_the_surface(case: dict[str, Any]) -> None:
    text = case["text"]
    previous_end = 0
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text), q
        assert text[q.start : q.end] == q.text, q
        assert q.start >= previous_end, f"overlaps the quantity before: {q}"
        previous_end = q.end


def one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, _dump(found)
    return found[0]


def test_empty_text_has_no_quantities() -> None:
    assert find_quantities("") == []


def test_offsets_after_non_ascii_text() -> None:
    text = "Zürich-based Société Générale unit — paid €2 billion, then 7%."
    found = find_quantities(text)
    assert [q.text for q in found] == ["€2 billion", "7%"]
    for q in found:
        assert text[q.start : q.end] == q.text


def test_json_writes_whole_numbers_as_integers() -> None:
    data = one("The deal is worth $14 billion.").model_dump(mode="json")
    assert data["value"] == 14000000000
    assert type(data["value"]) is int
    assert type(data["low"]) is int
    assert type(data["high"]) is int
    assert '"value":14000000000,' in one("A $14 billion deal.").model_dump_json()


def test_json_keeps_fractions_as_floats() -> None:
    data = one("The shares closed at $3.99.").model_dump(mode="json")
    assert data["value"] == pytest.approx(3.99)
    assert type(data["value"]) is float


def test_json_writes_open_bounds_as_null() -> None:
    data = one("It cost over $10 billion.").model_dump(mode="json")
    assert data["low"] == 10000000000
    assert data["high"] is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The merger is worth $14 billion.", 13.5e9, 14.5e9),
        ("Kraft booked a $14.3 billion charge.", 14.25e9, 14.35e9),
        ("The candidate won 49% of the vote.", 48.5, 49.5),
        ("Revenue reached $1,250 last week.", 1249.5, 1250.5),
        # A hedged figure does not count its trailing zeros, within the cap.
        ("The plant cost about $300 million.", 270e6, 330e6),
        ("The plant cost roughly $320 million.", 315e6, 325e6),
        ("The plant cost around $1,500.", 1450, 1550),
        ("Margins were about 40%.", 36, 44),
    ],
)
def test_rounding_interval_from_the_digits(text: str, low: float, high: float) -> None:
    q = one(text)
    assert q.rounding_low == pytest.approx(low, rel=1e-12)
    assert q.rounding_high == pytest.approx(high, rel=1e-12)


def test_vague_amount_has_no_rounding() -> None:
    q = one("They signed a multibillion-dollar contract.")
    assert q.rounding_low is None
    assert q.rounding_high is None


def test_interval_of_bare_figure_is_its_rounding() -> None:
    low, high = one("The merger is worth $14 billion.").interval()
    assert low == pytest.approx(13.5e9)
    assert high == pytest.approx(14.5e9)


def test_interval_of_over_widens_the_lower_bound_only() -> None:
    q = one("Amazon spent over $10 billion on it.")
    low, high = q.interval()
    assert low == pytest.approx(9.5e9)
    assert high is None
    low, high = q.interval(tolerance=0.1)
    assert low == pytest.approx(9.5e9 * 0.9)
    assert high is None


def test_interval_of_under_widens_the_upper_bound_only() -> None:
    low, high = one("The startup raised under $10 billion.").interval(tolerance=0.1)
    assert low is None
    assert high == pytest.approx(10.5e9 * 1.1)


def test_interval_tolerance_widens_both_sides_of_a_figure() -> None:
    low, high = one("Profit fell 49%.").interval(tolerance=0.05)
    assert low == pytest.approx(48.5 * 0.95)
    assert high == pytest.approx(49.5 * 1.05)


def test_interval_of_a_negative_figure_widens_outwards() -> None:
    q = Quantity(
        kind="percent",
        value=-3,
        low=-3,
        high=-3,
        start=0,
        end=3,
        text="-3%",
        rounding_low=-3.5,
        rounding_high=-2.5,
    )
    low, high = q.interval(tolerance=0.1)
    assert low == pytest.approx(-3.5 * 1.1)
    assert high == pytest.approx(-2.5 * 0.9)


def test_interval_of_a_model_without_rounding_uses_the_bounds() -> None:
    q = Quantity(
        kind="money",
        value=None,
        low=1e9,
        high=None,
        approx=True,
        currency="USD",
        start=0,
        end=19,
        text="multibillion-dollar",
    )
    assert q.interval() == (1e9, None)
    assert q.interval(tolerance=0.5) == (pytest.approx(0.5e9), None)


def test_a_name_several_currencies_share_takes_the_one_its_text_names() -> None:
    found = find_quantities(
        "The sale could raise 3.2 trillion Colombian pesos. The range values Genmag at "
        "between 14.5 trillion and 16.2 trillion pesos."
    )
    assert [q.currency for q in found] == ["COP", "COP"]
    two = find_quantities(
        "It paid 3 billion Mexican pesos and 2 billion Chilean pesos: 5 billion pesos."
    )
    assert [q.currency for q in two] == ["MXN", "CLP", None]
    assert find_quantities("It fetched 528 million francs.")[0].currency is None


def test_rupiah_written_rp_is_money() -> None:
    found = find_quantities("Langkah raised Rp6.9 trillion ($420 million) and Rp 1.2 trillion.")
    assert [(q.text, q.currency) for q in found] == [
        ("Rp6.9 trillion", "IDR"),
        ("$420 million", "USD"),
        ("Rp 1.2 trillion", "IDR"),
    ]


def test_an_estimate_of_worth_from_one_amount_to_another_is_a_range() -> None:
    (found,) = find_quantities("LangkahPay could be worth US$1.5 billion to US$2 billion.")
    assert (found.low, found.high) == (1.5e9, 2e9)
    assert len(find_quantities("It rose from $1.5 billion to $2 billion.")) == 2
