"""Tests for factlint.claims.periods: the year or quarter a figure is about."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.claims.periods import Period, find_periods
from factlint.quantities import find_quantities

JUNE_8 = datetime.date(2025, 6, 8)


def periods(sentence: str, date: datetime.date | None = JUNE_8) -> list[Period | None]:
    """Find the periods of every quantity the extractor finds in a sentence."""
    spans = [(q.start, q.end) for q in find_quantities(sentence)]
    return find_periods(sentence, spans, date)


def find_period(sentence: str, offset: int, date: datetime.date | None) -> Period | None:
    """Find the period of the figure at ``offset``, the sentence's others found too."""
    spans = [(q.start, q.end) for q in find_quantities(sentence)]
    own = next((i for i, (s, e) in enumerate(spans) if s <= offset < e), None)
    if own is None:
        end = offset + len(sentence[offset:].split()[0])
        spans = sorted([*spans, (offset, end)])
        own = spans.index((offset, end))
    return find_periods(sentence, spans, date)[own]


def period(sentence: str, figure: str, date: datetime.date | None = JUNE_8) -> Period | None:
    """Find the period of the figure whose text starts with ``figure``."""
    return find_period(sentence, sentence.index(figure), date)


def test_the_two_figures_of_a_growth_sentence_get_their_own_years() -> None:
    sentence = (
        "The company reported $870 million in revenue last year and expects to double "
        "that to $2 billion in 2025."
    )
    assert periods(sentence) == [Period(2024), Period(2025)]
    assert period(sentence, "$870") == Period(2024)
    assert period(sentence, "$2 billion") == Period(2025)


def test_from_to_sentence() -> None:
    sentence = "Revenue grew from $870 million in 2024 to a staggering $2.5 billion by 2025."
    assert periods(sentence) == [Period(2024), Period(2025)]
    assert period(sentence, "$870") == Period(2024)
    assert period(sentence, "$2.5") == Period(2025)


def test_leading_year_covers_the_figures_after_it() -> None:
    sentence = (
        "In 2024, X closed a $1 billion Series F round, which brought its valuation "
        "to nearly $14 billion."
    )
    assert periods(sentence) == [Period(2024), Period(2024)]
    assert period(sentence, "nearly $14") == Period(2024)


def test_no_time_expression() -> None:
    assert periods("Acme raised $5 million from Sequoia.") == [None]
    assert period("Acme raised $5 million from Sequoia.", "$5") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Acme earned $870 million in 2024.", Period(2024)),
        ("Acme expects $2 billion in 2025.", Period(2025)),
        ("Sales will reach $2.5 billion by 2025.", Period(2025)),
        ("Acme forecast revenue of $2 billion for 2025.", Period(2025)),
        ("Acme booked $2 billion in sales in mid-2024.", Period(2024)),
        ("2025 revenue of $2 billion is expected.", Period(2025)),
        ("Acme's 2024 revenue was $2 billion.", Period(2024)),
        ("On June 8, 2024, Acme raised $5 million.", Period(2024)),
        ("Revenue was $5 billion in fiscal 2024.", Period(2024)),
        ("Revenue was $5 billion in fiscal year 2024.", Period(2024)),
        ("FY2024 revenue was $5 billion.", Period(2024)),
        ("FY 2024 revenue was $5 billion.", Period(2024)),
        ("FY24 revenue was $5 billion.", Period(2024)),
        ("FY99 revenue was $5 billion.", Period(1999)),
        ("For the full 2024-25 financial year, profit was $5 billion.", Period(2025)),
        ("Its 2024/2025 season revenue was $5 billion.", Period(2025)),
        ("It will spend $5 billion in 2025-2030.", Period(2025)),
        ("Revenue was $5 billion in Q3 2024.", Period(2024, 3)),
        ("Revenue was $5 billion in Q3'24.", Period(2024, 3)),
        ("Revenue was $5 billion in Q3 FY24.", Period(2024, 3)),
        ("3Q24 revenue was $5 billion.", Period(2024, 3)),
        ("Revenue for the third quarter of 2024 was $5 billion.", Period(2024, 3)),
        ("Revenue was $5 billion in the fourth quarter of fiscal 2023.", Period(2023, 4)),
        ("Its 2024 fourth-quarter revenue was $5 billion.", Period(2024, 4)),
        ("Its fiscal 2024 Q2 revenue was $5 billion.", Period(2024, 2)),
        ("First-quarter revenue rose to $5 billion.", Period(2025, 1)),
        ("Acme earned $870 million last year.", Period(2024)),
        ("Acme expects $1 billion this year.", Period(2025)),
        ("Earlier this year Acme raised $1 billion.", Period(2025)),
        ("Acme expects $3 billion next year.", Period(2026)),
        ("Acme earned $870 million in the last fiscal year.", Period(2024)),
        ("Acme earned $300 million last quarter.", Period(2025, 1)),
        ("Acme expects $300 million this quarter.", Period(2025, 2)),
        ("Acme expects $300 million next quarter.", Period(2025, 3)),
    ],
)
def test_time_expressions(sentence: str, expected: Period) -> None:
    assert periods(sentence) == [expected]


def test_bare_quarter_later_than_the_document_date_is_last_years() -> None:
    assert periods("Fourth-quarter revenue was $5 billion.", datetime.date(2025, 2, 10)) == [
        Period(2024, 4)
    ]
    assert periods("Fourth-quarter revenue was $5 billion.", datetime.date(2025, 11, 2)) == [
        Period(2025, 4)
    ]


def test_last_quarter_in_the_first_quarter_is_last_years_fourth() -> None:
    assert periods("Acme earned $3 million last quarter.", datetime.date(2025, 2, 1)) == [
        Period(2024, 4)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme earned $870 million last year.",
        "Acme expects $1 billion this year.",
        "Acme earned $300 million last quarter.",
        "Third-quarter revenue rose to $5 billion.",
    ],
)
def test_relative_expressions_need_the_document_date(sentence: str) -> None:
    assert periods(sentence, None) == [None]


def test_absolute_expressions_need_no_document_date() -> None:
    assert periods("Revenue was $5 billion in Q3 2024.", None) == [Period(2024, 3)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acme reported revenue of $2025 million.",
        "Acme has 2,025 stores and $5 million in cash.",
        "Acme has 2025 million users and $5 million in cash.",
        "Acme's sales rose 2024% to $5 million.",
        "Sales in the 1990s were $5 million.",
        "It was founded in 1850 with $5 million.",
        "Acme paid $5 million for lot 2024.5 of the auction.",
    ],
)
def test_numbers_that_are_not_years(sentence: str) -> None:
    assert all(found is None for found in periods(sentence))


def test_baselines_are_not_the_figures_period() -> None:
    assert periods("Since 2019, Acme has raised $500 million.") == [None]
    assert periods("Revenue was $5 billion in 2024, up 20% from 2023.") == [Period(2024), None]
    assert periods("Revenue was $5 billion, compared with $4 billion a year earlier.") == [
        None,
        None,
    ]
    assert periods("Sales rose 20% over last year to $5 billion.") == [None, None]


def test_the_same_quarter_last_year_is_the_quarter_a_year_back() -> None:
    sentence = (
        "Profit was $386 million for the first quarter of 2025, against $291 million in the "
        "same quarter last year."
    )
    assert periods(sentence) == [Period(2025, 1), Period(2024, 1)]
    sentence = (
        "Profit was $5 million in Q2 2025, up from $4 million in the same period a year earlier."
    )
    assert periods(sentence) == [Period(2025, 2), Period(2024, 2)]


def test_a_multiple_of_another_time_is_not_the_figure_s_period() -> None:
    sentence = "In the first quarter of 2025 revenue was $6.8 billion, and profit of $1.1 billion "
    assert periods(sentence + "was almost double the year before.") == [Period(2025, 1), None]
    assert periods("Profit of $1.1 billion was three times 2023's.") == [None]


def test_half_years_are_periods_of_their_own_not_whole_years() -> None:
    assert periods("Revenue was $5 billion in the first half of 2024.") == [Period(2024, half=1)]
    assert periods("H1 2024 revenue was $5 billion.") == [Period(2024, half=1)]
    assert periods("Revenue was $5 billion in the second half of 2024.") == [Period(2024, half=2)]
    assert periods("First-half revenue was $5 billion.") == [None]  # of no named year


def test_expression_after_a_clause_break_does_not_attach_backwards() -> None:
    assert periods("Acme raised $5 million, and in 2025 it plans to hire.") == [None]


def test_expression_too_far_after_a_figure_does_not_attach() -> None:
    sentence = (
        "Acme raised $5 million from a large group of many small investors led by Sequoia in 2021."
    )
    assert periods(sentence) == [None]
    assert periods("Acme raised $5 million from a group of investors led by Sequoia in 2021.") == [
        Period(2021)
    ]


def test_a_year_ending_a_clause_about_the_last_figure_is_its_period() -> None:
    sentence = (
        "The deal values Tarrow at A$1.6 billion, three times the A$450 million the Goldfields "
        "developer was worth when it listed in 2021."
    )
    assert periods(sentence) == [None, Period(2021)]


def test_a_change_told_as_a_noun_dates_the_level_it_reaches() -> None:
    sentence = "Ardmore posted a 16% rise in 2024 revenue to €268 million on Tuesday."
    assert periods(sentence) == [Period(2024), Period(2024)]


def test_a_year_a_change_is_set_on_is_no_period_of_it() -> None:
    assert periods("Net profit was up 24% on 2023, the lessor said.") == [None]


def test_closest_expression_after_wins_over_one_before() -> None:
    assert periods("In 2023, Acme said it expects $2 billion in 2025.") == [Period(2025)]


def test_expressions_attached_to_other_figures_are_not_inherited() -> None:
    assert periods("Acme raised $5 million in 2021 and its valuation is $50 million.") == [
        Period(2021),
        None,
    ]


def test_each_leading_expression_covers_the_figures_after_it() -> None:
    sentence = "In 2024, Acme raised $1 billion, and in 2025, it raised $2 billion, for $3 billion."
    assert periods(sentence) == [Period(2024), Period(2025), Period(2025)]


def test_quarter_and_year_figures_in_one_sentence() -> None:
    sentence = "Revenue in Q3 2024 was $5 billion, and FY24 sales hit $20 billion."
    assert periods(sentence) == [Period(2024, 3), Period(2024)]


def test_spans_in_any_order() -> None:
    sentence = "Acme made $5 million in 2024 and $7 million in 2025."
    spans = [(q.start, q.end) for q in find_quantities(sentence)]
    assert find_periods(sentence, spans[::-1], None) == [Period(2025), Period(2024)]
    assert find_periods(sentence, [], None) == []


def test_find_period_at_an_offset_the_extractor_does_not_see() -> None:
    sentence = "Acme made 5 widgets in 2024."
    assert find_period(sentence, sentence.index("5"), None) == Period(2024)


def test_period_is_a_plain_tuple() -> None:
    assert Period(2024) == (2024, None, None)
    assert Period(2024, 3).quarter == 3
    assert Period(2024, half=2).half == 2


@given(
    st.lists(st.sampled_from([*"Q3FY'24 20251990$,.-", "in ", "last year "])).map("".join),
    st.lists(st.integers(0, 60), max_size=6),
)
def test_any_sentence_gives_one_period_a_figure(sentence: str, cuts: list[int]) -> None:
    points = sorted({min(cut, len(sentence)) for cut in cuts})
    spans = list(zip(points[::2], points[1::2], strict=False))
    assert len(find_periods(sentence, spans, JUNE_8)) == len(spans)


def test_a_baseline_after_a_change_is_not_the_change_s_period() -> None:
    from factlint.claims.periods import find_periods

    sentence = "Third-quarter revenue rose 9% from a year earlier to £1.24bn."
    start = sentence.index("9%")
    (period,) = find_periods(sentence, [(start, start + 2)], datetime.date(2025, 10, 29))
    assert period == Period(2025, 3)


def test_a_figure_stated_for_a_year_earlier_has_no_period_of_its_own() -> None:
    from factlint.claims.periods import find_periods

    sentence = "Profit fell to £68 million from £71 million a year earlier."
    start = sentence.index("£71")
    periods = find_periods(sentence, [(start, start + 11)], datetime.date(2025, 10, 29))
    assert periods == [None]


def test_and_inside_a_noun_phrase_keeps_the_year_with_its_figure() -> None:
    from factlint.claims.periods import find_periods

    sentence = "It will spend $12 billion on new plants and equipment in 2026."
    start = sentence.index("$12")
    periods = find_periods(sentence, [(start, start + 11)], datetime.date(2025, 3, 1))
    assert periods == [Period(2026)]


def test_a_comma_inside_a_list_of_things_keeps_the_year_with_its_figure() -> None:
    sentence = "Ostral will spend €900 million on depots, trams and signalling in 2026."
    assert periods(sentence, datetime.date(2025, 3, 1)) == [Period(2026)]
    assert periods("Ostral spent €900 million, analysts think, in 2026.") == [None]


def test_and_before_a_verb_ends_the_figure_s_clause() -> None:
    from factlint.claims.periods import find_periods

    sentence = "It raised $5 billion and expects to break even in 2027."
    start = sentence.index("$5")
    periods = find_periods(sentence, [(start, start + 10)], datetime.date(2025, 3, 1))
    assert periods == [None]


def test_an_expression_after_the_last_figure_may_stand_a_little_farther():
    assert periods("Acme's rival raised $5 million for its new plant in Ohio in 2021.") == [
        Period(2021)
    ]
    assert (
        periods("Acme raised $5 million and $2 million from a group of investors in 2021.")[0]
        is None
    )


def test_a_change_takes_the_period_of_the_level_it_reaches() -> None:
    sentence = "On May 2, 2025, Harbor said sales rose 12% to $4.1 billion in the first quarter."
    assert periods(sentence) == [Period(2025, 1), Period(2025, 1)]


def test_a_baseline_reaches_no_level() -> None:
    assert periods("Sales rose from $3 billion to $4 billion in 2024.") == [None, Period(2024)]


def test_a_when_clause_is_in_the_year_before_it() -> None:
    sentence = "Its valuation has tripled since 2022, when investors priced it at $900 million."
    assert periods(sentence) == [Period(2022)]
    assert periods("Its valuation has tripled since 2022 to $900 million.") == [None]


def test_a_label_opening_a_bracket_dates_only_the_figures_inside_it() -> None:
    sentence = "Turnover, 2024: $71 million (2023: $64 million), margin 9%"
    assert periods(sentence) == [Period(2024), Period(2023), Period(2024)]


def test_a_bracket_label_after_a_dated_figure_leaves_that_figure_its_year() -> None:
    sentence = "Net income of €12.5 million in 2024 (2023: €10.1 million)"
    assert periods(sentence) == [Period(2024), Period(2023)]


def test_a_quarter_label_in_a_bracket_dates_the_bracketed_figure() -> None:
    sentence = "Sales: more than $300 million (first quarter: $280 million)"
    assert periods(sentence) == [None, Period(2025, 1)]


def test_a_figure_a_year_earlier_is_a_year_before_the_figure_dated_before_it() -> None:
    sentence = (
        "Its loss was $9 million in the third quarter of 2024, against $6 million a year earlier."
    )
    assert periods(sentence) == [Period(2024, 3), Period(2023, 3)]
    sentence = "Sales were $50 million in 2023 and $41 million in the prior year."
    assert periods(sentence) == [Period(2023), Period(2022)]


def test_a_figure_a_quarter_earlier_is_not_read_as_a_year_back() -> None:
    sentence = (
        "Sales were $50 million in the third quarter of 2024, "
        "after $41 million the previous quarter."
    )
    assert periods(sentence) == [Period(2024, 3), None]


def test_year_back_figures_are_told_apart() -> None:
    from factlint.claims.periods import a_year_before

    sentence = "A loss of $9 million, after $6 million a year earlier and $4 million since 2020."
    spans = [(q.start, q.end) for q in find_quantities(sentence)]
    assert a_year_before(sentence, spans) == [False, True, False]


def test_a_when_clause_after_a_dated_figure_is_in_that_year_too() -> None:
    sentence = "Velmora raised $90 million in 2022, when Oskar Fund valued it at $1 billion."
    assert periods(sentence) == [Period(2022), Period(2022)]


def test_a_year_in_an_aside_about_a_name_dates_no_figure_after_the_aside() -> None:
    sentence = "Pellow Trust, which bought into the brewer in 2018, will keep 60%."
    assert periods(sentence) == [None]
    described = "Pellow Trust, the brewer founded by Ann Lee in 1996, is selling a 20% stake."
    assert periods(described) == [None]
    assert periods("In 2018, Pellow Trust, which brews ale, paid $8 million.") == [Period(2018)]


def test_a_year_in_a_relative_aside_is_not_inherited_after_it() -> None:
    sentence = (
        "Kestrel Ventures, which led the 2022 round at a A$560 million valuation, sat out the "
        "top-up, which valued Brolga at A$310 million."
    )
    assert period(sentence, "A$560") == Period(2022)
    assert period(sentence, "A$310") is None
