"""Property tests for find_quantities: rendered figures round-trip, any text is safe."""

from __future__ import annotations

import math
import sys
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factlint import Quantity, find_quantities

# tests/ is no package; put it on sys.path so the shared strategies import in any import mode.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from strategies import (  # noqa: E402
    Expected,
    Rendered,
    noisy_text,
    rendered_quantity,
    rendered_range,
)


def same_number(actual: float | None, expected: float | None) -> bool:
    if actual is None or expected is None:
        return actual is expected
    return math.isclose(actual, expected, rel_tol=1e-9)


def describe(q: Quantity) -> str:
    return q.model_dump_json(exclude={"rounding_low", "rounding_high"})


def assert_round_trip(rendered: Rendered) -> None:
    found = find_quantities(rendered.sentence)
    assert len(found) == 1, [describe(q) for q in found]
    q = found[0]
    want: Expected = rendered.expected
    where = f"{rendered.sentence!r} -> {describe(q)}"
    assert q.text == rendered.expression, where
    assert (q.start, q.end) == (rendered.start, rendered.end), where
    assert q.kind == want.kind, where
    assert q.unit == want.unit, where
    assert q.currency == want.currency, where
    assert same_number(q.value, want.value), where
    assert same_number(q.low, want.low), where
    assert same_number(q.high, want.high), where
    assert q.approx == want.approx, where
    assert q.qualifier == want.qualifier, where


def words_with_points(words: str, unit: str) -> Rendered:
    sentence = f"Acme said it raised {words} last year."
    expected = Expected("percent", unit, 1.0, 1.0, 1.0, False, None, None)
    return Rendered(sentence, words, sentence.index(words), expected)


@settings(max_examples=300)
@given(rendered_quantity())
# Number words before points were once cut short or missed (found by this test).
@example(words_with_points("one percentage point", "pp"))
@example(words_with_points("one basis point", "bp"))
def test_rendered_figure_round_trips(rendered: Rendered) -> None:
    assert_round_trip(rendered)


@settings(max_examples=200)
@given(rendered_range())
def test_rendered_range_round_trips(rendered: Rendered) -> None:
    assert_round_trip(rendered)


def assert_well_formed(text: str) -> None:
    found = find_quantities(text)
    previous_end = 0
    for q in found:
        where = f"{text!r} -> {describe(q)}"
        assert 0 <= q.start < q.end <= len(text), where
        assert q.text == text[q.start : q.end], where
        assert q.start >= previous_end, where  # in order, no overlap
        previous_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, where
        if q.rounding_low is not None and q.rounding_high is not None:
            assert q.rounding_low <= q.rounding_high, where
        if q.value is not None:
            assert q.low is None or q.low <= q.value, where
            assert q.high is None or q.value <= q.high, where


@settings(max_examples=300)
@given(st.text())
def test_arbitrary_text_is_safe(text: str) -> None:
    assert_well_formed(text)


@settings(max_examples=300)
@given(noisy_text())
@example("0\nthousand$")  # a line break before the scale word once raised KeyError
@example("5\u00a0million euros")
def test_noisy_text_is_safe(text: str) -> None:
    assert_well_formed(text)
