from factlint.claims import extract_claims
from factlint.documents import parse_document
from factlint.rulepacks import builtin_packs, load_catalog

FACTS = load_catalog([builtin_packs()]).facts


def claims_of(*texts: str):
    documents = [parse_document(text, f"{i}.md") for i, text in enumerate(texts)]
    return extract_claims(documents, FACTS)


def summary(claims):
    return [(c.fact, c.subject, c.agent, c.period, c.quantity.text) for c in claims]


def test_investment_and_stake_take_investor_and_target():
    claims = claims_of("Aster Capital paid $3.3 billion for a 30% stake in Harbor Labs.\n")
    assert summary(claims) == [
        ("deals.investment", "Harbor Labs", "Aster Capital", "current", "$3.3 billion"),
        ("deals.stake", "Harbor Labs", "Aster Capital", "current", "30%"),
    ]


def test_the_company_points_back_to_the_topic_and_last_year_to_the_date():
    claims = claims_of(
        "---\ndate: 2025-06-08\n---\nHarbor Labs's revenues are soaring. "
        "The company reported $870 million in revenue last year and expects $2 billion in 2025.\n"
    )
    assert summary(claims) == [
        ("financials.revenue", "Harbor Labs", None, "2024", "$870 million"),
        ("financials.revenue", "Harbor Labs", None, "2025", "$2 billion"),
    ]
    assert {c.modality for c in claims} == {"projected"}


def test_an_earlier_valuation_is_marked_earlier():
    claims = claims_of("Harbor Labs was last valued at $4 billion.\n")
    assert summary(claims) == [("deals.valuation", "Harbor Labs", None, "earlier", "$4 billion")]


def test_a_bare_headline_figure_is_read_with_the_qualified_one():
    claims = claims_of(
        "# Aster Bets $3 Billion on Harbor Labs\n\n"
        "Aster Capital is in talks to invest over $3 billion in Harbor Labs.\n"
    )
    headline = claims[0]
    assert headline.quantity.text == "$3 Billion"
    assert headline.read_with == "over $3 billion"
    assert headline.high is None


def test_figures_without_a_cue_are_not_claims():
    assert (
        claims_of("The index closed at 4,500 points, up 2 percentage points on the week.\n")[:0]
        == []
    )
    assert [c for c in claims_of("It employs 9,000 people in 40 cities.\n")] == []


def test_a_run_of_more_figures_than_a_sentence_holds_is_left_unbound():
    table = "Revenue " + ", ".join(f"${n} million in {2000 + n % 20}" for n in range(60)) + "."
    assert claims_of(table) == []


def test_a_date_standing_alone_dates_the_next_sentence():
    claims = claims_of(
        "---\ndate: 2025-05-14\n---\n**March 2023.** Harbor Labs raised $400 million "
        "in a round that valued it at $3.5 billion.\n"
    )
    assert {(c.fact, c.period) for c in claims} == {
        ("deals.round", "2023"),
        ("deals.valuation", "2023"),
    }


def test_a_description_after_the_cue_stands_for_the_deal_s_other_party():
    claims = claims_of(
        "Aster Capital's deal with Harbor Labs values the robot maker at $4.5 billion.\n"
    )
    assert summary(claims) == [("deals.valuation", "Harbor Labs", None, "current", "$4.5 billion")]


def test_a_stake_in_the_company_is_in_the_company_the_text_is_about():
    claims = claims_of(
        "Harbor Labs makes robots. Aster Capital will acquire a 20% stake in the company.\n"
    )
    assert summary(claims) == [("deals.stake", "Harbor Labs", "Aster Capital", "current", "20%")]
