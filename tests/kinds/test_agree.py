from conftest import rules_fired

TALKS = """---
date: 2025-03-02
---
Harbor Labs is in talks to raise more than $300 million in a round led by Aster Capital.
The startup reported revenue of $48 million last year.
"""


def test_same_year_revenue_stated_differently_is_reported_once(check):
    report = check(
        a=TALKS,
        b="---\ndate: 2025-05-01\n---\nHarbor Labs had revenue of $60 million in 2024.\n",
    )
    (diagnostic,) = [d for d in report.diagnostics if d.rule == "financials.revenue-agrees"]
    assert diagnostic.path == "b.md"
    assert diagnostic.message == (
        "Harbor Labs revenue (2024): '$60 million' here, but '$48 million' in a.md:5"
    )
    assert [(r.path, r.line) for r in diagnostic.related] == [("a.md", 5)]


def test_last_year_resolves_through_the_article_date(check):
    report = check(
        a=TALKS,
        b="---\ndate: 2025-05-01\n---\nHarbor Labs had revenue of $48 million in 2024.\n",
    )
    assert rules_fired(report) == []


def test_different_years_are_different_facts(check):
    report = check(
        a="Harbor Labs had revenue of $48 million in 2023.\n",
        b="Harbor Labs had revenue of $70 million in 2024.\n",
    )
    assert rules_fired(report) == []


def test_rounding_is_not_a_contradiction(check):
    report = check(
        a="Harbor Labs had revenue of $2.4 billion in 2024.\n",
        b="Harbor Labs had revenue of $2.38 billion in 2024.\n",
    )
    assert rules_fired(report) == []


def test_a_hedged_round_figure_agrees_with_a_near_exact_one(check):
    agreeing = check(
        a="Harbor Labs had revenue of about $400 million in 2024.\n",
        b="Harbor Labs had revenue of $425 million in 2024.\n",
    )
    assert rules_fired(agreeing) == []
    clashing = check(
        a="Harbor Labs had revenue of about $400 million in 2024.\n",
        b="Harbor Labs had revenue of $470 million in 2024.\n",
    )
    assert rules_fired(clashing) == ["financials.revenue-agrees"]


def test_qualified_figures_that_can_both_be_true_agree(check):
    report = check(
        a="Aster Capital plans to invest more than $3 billion in Harbor Labs.\n",
        b="Aster Capital invested $3.4 billion in Harbor Labs.\n",
    )
    assert rules_fired(report) == []


def test_a_lower_bound_above_a_stated_figure_is_reported(check):
    report = check(
        a="Aster Capital plans to invest more than $5 billion in Harbor Labs.\n",
        b="Aster Capital invested $3.4 billion in Harbor Labs.\n",
    )
    assert rules_fired(report) == ["deals.investment-agrees"]


def test_different_investors_and_targets_are_not_compared(check):
    report = check(
        a="Aster Capital invested $3 billion in Harbor Labs.\n",
        b="Birch Partners invested $9 billion in Cobalt Systems.\n",
    )
    assert rules_fired(report) == []


def test_headline_figure_is_read_with_the_qualified_one_in_the_same_article(check):
    report = check(
        a="# Aster Eyes $3 Billion Bet on Harbor Labs\n\n"
        "Aster Capital is in talks to invest over $3 billion in Harbor Labs.\n",
        b="Aster Capital invested $3.6 billion in Harbor Labs.\n",
    )
    assert rules_fired(report) == []


def _dated(day: str, text: str) -> str:
    return f"---\ndate: {day}\n---\n{text}\n"


def test_current_deal_figures_of_articles_far_apart_tell_of_different_moments(check):
    # A year apart, "the round" of each article is another round.
    seed = "Harbor Labs raised $4 million in a seed round led by Aster Capital."
    series_a = "Harbor Labs raised $30 million in a Series A round led by Aster Capital."
    apart = check(a=_dated("2024-03-02", seed), b=_dated("2025-04-10", series_a))
    assert rules_fired(apart) == []
    close = check(a=_dated("2025-03-02", seed), b=_dated("2025-04-10", series_a))
    assert rules_fired(close) == ["deals.round-agrees"]


def test_an_undated_article_is_compared_with_every_moment(check):
    seed = "Harbor Labs raised $4 million in a seed round led by Aster Capital."
    later = "Harbor Labs raised $30 million in a round led by Aster Capital."
    report = check(a=_dated("2024-03-02", seed), b=_dated("2025-04-10", later), c=f"{seed}\n")
    assert rules_fired(report) == ["deals.round-agrees"]


def test_a_sentence_at_odds_with_itself_is_left_out(check):
    # Two figures of one sentence read as one fact cannot both hold: one was
    # misread, and the words do not say which, so neither is compared.
    torn = "Harbor Labs had revenue of $48 million in 2024 and revenue of $60 million in 2024.\n"
    agreeing = "Harbor Labs had revenue of $48 million in 2024.\n"
    assert rules_fired(check(a=torn, b=agreeing)) == []
    report = check(a=torn, b=agreeing, c="Harbor Labs had revenue of $75 million in 2024.\n")
    (diagnostic,) = report.diagnostics
    assert (diagnostic.path, [r.path for r in diagnostic.related]) == ("c.md", ["b.md"])


def test_a_document_at_odds_with_itself_only_informs(check):
    own = (
        "Harbor Labs had revenue of $48 million in 2024.\n\n"
        "Its 2024 revenue of $60 million beat the plan.\n"
    )
    (diagnostic,) = check(a=own).diagnostics
    assert (diagnostic.rule, diagnostic.severity) == ("financials.revenue-agrees", "info")
    across = check(
        a=own.split("\n\n")[0] + "\n", b="Harbor Labs had revenue of $60 million in 2024.\n"
    )
    assert [d.severity for d in across.diagnostics] == ["warning"]


def test_a_disagreement_in_two_currencies_is_reported_once(check):
    report = check(
        a="Tianmu had revenue of 1.42 billion yuan ($196 million) in the first quarter of 2025.\n",
        b="Tianmu had revenue of 1.7 billion yuan ($236 million) in the first quarter of 2025.\n",
    )
    (diagnostic,) = report.diagnostics
    assert diagnostic.message.endswith("'1.7 billion yuan' here, but '1.42 billion yuan' in a.md:1")
