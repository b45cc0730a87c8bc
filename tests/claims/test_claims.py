import pytest

from factlint.claims import extract_claims
from factlint.claims.model import OTHER_MEASURE
from factlint.documents import parse_document
from factlint.linter import check_documents
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


def test_a_cue_word_inside_a_name_marks_no_fact():
    claims = claims_of(
        "Brook Pay is a lender. The listing values Brook Pay at £2.2 billion. "
        "Brook Pay was named after a river.\n"
    )
    assert summary(claims) == [("deals.valuation", "Brook Pay", None, "current", "£2.2 billion")]


def test_a_unit_price_and_a_figure_continuing_it_state_no_fact():
    claims = claims_of(
        "Harbor Labs raised $600 million after pricing its shares at $31 a share, "
        "above the $27-$29 range.\n"
    )
    assert summary(claims) == [("deals.round", "Harbor Labs", None, "current", "$600 million")]


def test_a_price_per_unit_of_any_goods_states_no_fact():
    claims = claims_of(
        "Vellmarsh Foods paid growers 38.5 cent per litre and bought Orrin Dairy for "
        "€90 million, per its filing.\n"
    )
    assert summary(claims) == [
        ("deals.investment", "Orrin Dairy", "Vellmarsh Foods", "current", "€90 million")
    ]


def test_a_price_an_acre_states_no_fact():
    claims = claims_of("Growers pay Corlett Agri about $6 an acre for its soil maps.\n")
    assert claims == []


def test_a_price_per_span_of_time_is_still_a_flow():
    claims = claims_of("Brackwell Energy expects sales of $40 million per year.\n")
    assert [c.fact for c in claims] == ["financials.revenue"]


def test_the_worth_of_a_contract_or_a_payout_is_no_valuation():
    claims = claims_of(
        "Pellow Rail won a contract worth £120 million and staff will share a bonus worth "
        "£3 million. Pellow Rail is now worth £900 million.\n"
    )
    assert summary(claims) == [("deals.valuation", "Pellow Rail", None, "current", "£900 million")]


def test_a_fair_value_is_no_valuation():
    claims = claims_of(
        "Rhona Baird of Brodie Kerr puts Pellow Rail's fair value at £330 million.\n"
    )
    assert summary(claims) == []


def test_the_worth_of_a_thing_set_off_by_a_comma_is_no_valuation():
    claims = claims_of("Pellow Rail's new order, worth roughly $420 million, runs to 2027.\n")
    assert summary(claims) == []


def test_the_worth_of_a_deal_set_off_by_a_comma_is_no_investment():
    claims = claims_of(
        "Pellow Rail signed a five-year deal, worth close to ninety million dollars, with "
        "Kestrel Freight.\n"
    )
    assert summary(claims) == []


def test_a_conversion_in_brackets_stands_between_no_cue_and_its_figure():
    claims = claims_of(
        "Aster paid €80 million for a 12% stake in Pelham as part of a €120 million "
        "($136 million) funding round.\n",
        "Pelham will receive $75m (about £55m) upfront from Kelso under a licensing deal.\n",
    )
    assert [(c.fact, c.quantity.text) for c in claims if c.fact != "deals.stake"] == [
        ("deals.investment", "€80 million"),
        ("deals.round", "€120 million"),
        ("deals.round", "$136 million"),
    ]


def test_the_sum_at_which_a_round_was_led_is_a_valuation():
    claims = claims_of(
        "---\ndate: 2025-06-10\n---\nThat is double the €95 million at which Kelso led "
        "Pelham's Series A in 2023.\n"
    )
    assert [(c.fact, c.period) for c in claims] == [("deals.valuation", "2023")]


def test_any_description_a_deal_values_stands_for_the_deal_s_other_party():
    claims = claims_of(
        "Kelso Royalty's minority investment in Pellmore Royalties values the Denver-based "
        "royalty holder at about $800 million.\n"
    )
    assert [(c.fact, c.subject) for c in claims] == [("deals.valuation", "Pellmore Royalties")]


@pytest.mark.parametrize(
    "text",
    [
        '"Our readers pay £6.99 an issue because nobody else covers it," said Ada Voss.',
        "Headlines put Pelham's new partnership with Kelso at well over a billion dollars.",
        "She said the company had about $190 million in cash before the deal.",
    ],
)
def test_money_no_deal_puts_in_is_no_investment(text):
    claims = claims_of("Kelso will buy 60% of Pelham for £24 million.\n" + text + "\n")
    assert [c.quantity.text for c in claims if c.fact == "deals.investment"] == ["£24 million"]


def test_money_for_a_majority_of_a_named_company_goes_into_it():
    claims = claims_of(
        "Harwell has made three deals; it paid about £15 million for a majority of crafts "
        "title house Needle & Bobbin last autumn.\n"
    )
    assert [(c.subject, c.agent) for c in claims] == [("Needle & Bobbin", "Harwell")]


def test_a_round_it_raised_is_the_round_of_the_sentence_s_subject():
    claims = claims_of(
        "Pelham has raised €55 million in a Series B round.\nKelso, the Madrid rival, is "
        "still digesting the €30 million round it raised in March.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims] == [
        ("Pelham", "€55 million"),
        ("Kelso", "€30 million"),
    ]


def test_a_bank_s_wholesale_funding_is_no_round():
    claims = claims_of(
        "Pelham Bank's deposit base of A$1.9 billion costs it less than the wholesale funding "
        "it relied on until 2023.\n"
    )
    assert [c.fact for c in claims if c.fact == "deals.round"] == []


def test_a_round_in_brackets_after_a_bold_name_is_that_name_s():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nSablewood has raised $120 million in a Series C.\n\n"
        "**Casaverde** ($22M Series A, Lisbon). The marketplace grew.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims] == [
        ("Sablewood", "$120 million"),
        ("Casaverde", "$22M"),
    ]


def test_a_yearly_flow_is_no_deal_figure():
    claims = claims_of(
        "Harbor Labs, valued at about $4 billion, expects the plant to earn $90 million a year.\n"
    )
    assert [c.fact for c in claims] == ["deals.valuation", "financials.profit"]


def test_money_put_into_a_piece_of_work_is_about_no_company():
    claims = claims_of("Aster Capital will invest $200 million in rebuilding Harbor Stadium.\n")
    assert summary(claims) == [("deals.investment", None, None, "current", "$200 million")]


def test_money_put_into_a_bare_thing_is_about_no_company():
    claims = claims_of("Kelvor Group will pour $3 billion into pipes and $1 billion into wind.\n")
    assert [c.subject for c in claims] == [None, None]


def test_money_paid_for_a_thing_is_about_no_company():
    claims = claims_of(
        "Aster Capital will pay £540 million for 20% of Harbor Homes.\n\n"
        "Harbor Homes paid £18.5 million for the 40-acre former railway yard in 2020.\n"
    )
    assert [c.subject for c in claims][2:] == [None]


@pytest.mark.parametrize(
    "bought",
    ["a minority stake in Harbor Homes", "the rest of Harbor Homes", "the company"],
)
def test_money_paid_for_a_share_or_the_company_is_the_company_s(bought):
    claims = claims_of(
        f"Harbor Homes builds houses. Aster Capital paid £540 million for {bought}.\n"
    )
    assert [(c.subject, c.agent) for c in claims] == [("Harbor Homes", "Aster Capital")]


def test_money_put_into_a_thing_over_a_span_of_time_is_about_no_company():
    claims = claims_of(
        "Dunmore Creamery is valued at €300 million. Its chairman said the creamery would "
        "invest €40 million over the next four years in a new drying tower.\n"
    )
    assert summary(claims)[1] == ("deals.investment", None, None, "current", "€40 million")


def test_money_put_into_a_named_company_is_that_company_s():
    claims = claims_of("Aster Capital will put $50 million into Harbor Labs and its buses.\n")
    assert summary(claims)[0][:3] == ("deals.investment", "Harbor Labs", "Aster Capital")


def test_a_change_of_some_thing_is_about_no_company():
    claims = claims_of("Harbor Labs shares lagged the 7% rise in a broad market index.\n")
    assert summary(claims) == [("financials.growth", None, None, "", "7%")]


def test_a_dated_figure_does_not_date_another_figure_of_its_fact():
    claims = claims_of(
        "---\ndate: 2026-03-01\n---\nThe deal values Harbor Labs at $6 billion, "
        "a leap from the $2 billion valuation it was given in 2022.\n"
    )
    assert [(c.quantity.text, c.period) for c in claims] == [
        ("$6 billion", "current"),
        ("$2 billion", "2022"),
    ]


def test_a_figure_set_against_an_older_dated_one_is_the_newer():
    claims = claims_of(
        "---\ndate: 2026-03-01\n---\nAt the offer price Harbor Labs was valued at $8 billion, "
        "twice the $4 billion it fetched from investors in 2023.\n"
    )
    assert [(c.quantity.text, c.period) for c in claims] == [
        ("$8 billion", "current"),
        ("$4 billion", "2023"),
    ]
    alone = claims_of("---\ndate: 2026-03-01\n---\nHarbor Labs was valued at $8 billion.\n")
    assert [c.period for c in alone] == ["earlier"]


def test_a_baseline_continues_the_fact_it_is_compared_with():
    claims = claims_of(
        "The round values Harbor Labs at $2 billion, up from $800 million when it raised "
        "its Series A.\n"
    )
    assert [(c.fact, c.period) for c in claims] == [
        ("deals.valuation", "current"),
        ("deals.valuation", "earlier"),
    ]


def test_a_figure_in_brackets_in_the_same_currency_is_another_period_s():
    claims = claims_of("Second-quarter 2025 figures:\n\n- Revenue: $90 million ($84 million)\n")
    assert summary(claims) == [("financials.revenue", None, None, "2025-Q2", "$90 million")]
    converted = claims_of("Harbor Labs had revenue of €90 million ($97 million) in 2025.\n")
    assert [c.period for c in converted] == ["2025", "2025"]


def test_money_set_aside_for_losses_is_no_loss():
    assert claims_of("Harbor Bank set aside $12 million for possible loan losses in 2025.\n") == []


def test_a_cue_before_a_figure_owns_it_at_equal_distance():
    claims = claims_of(
        "Harbor Labs made a profit in 2025, earning $14 million on revenue of $90 million.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("financials.profit", "$14 million"),
        ("financials.revenue", "$90 million"),
    ]


def test_the_parts_of_a_total_are_not_the_total_s_fact():
    claims = claims_of(
        "The $50 million round includes $30 million from Aster Capital and $20 million "
        "from Birch Partners.\n"
    )
    assert [c.quantity.text for c in claims] == ["$50 million"]


def test_a_fall_is_a_fact_of_its_own():
    claims = claims_of("Harbor Labs said revenue fell 8% in 2024 while volumes grew 5% in 2024.\n")
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("financials.decline", "8%"),
        ("financials.growth", "5%"),
    ]


def test_a_return_is_no_stake():
    assert claims_of("Its private equity holdings returned 12% in 2025.\n") == []


def test_a_name_acting_on_a_description_of_the_topic_leaves_the_topic():
    claims = claims_of(
        "---\ndate: 2026-01-16\n---\nHarbor Labs has a new owner. Aster Capital now controls "
        "the company. The company's 2025 revenue was about $80 million.\n"
    )
    assert summary(claims) == [
        ("financials.revenue", "Harbor Labs", None, "2025", "about $80 million")
    ]


def test_a_company_whose_person_holds_a_role_becomes_the_topic():
    claims = claims_of(
        "---\ndate: 2025-06-05\n---\nPelham Re will become part of Ormond Mutual. Ormond "
        "employs 3,000 people.\nPelham Re's founder, Ada Voss, who owns 12% of the company, "
        "will collect $70 million.\nVoss started the company in 2001. It earned $41 million "
        "last year.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == ("Pelham Re", "$41 million")


@pytest.mark.parametrize(
    "aside",
    [
        "a Leeds wealth manager (RIA) overseeing about £900 million",
        "which manages about £900 million",
    ],
)
def test_a_figure_in_an_aside_about_a_name_is_not_the_deal_s(aside):
    claims = claims_of(
        f"---\ndate: 2025-06-01\n---\nOrmond Mutual agreed to buy Pelham Re, {aside}.\n"
    )
    assert summary(claims) == []


def test_an_investment_trade_is_no_investment():
    claims = claims_of(
        "---\ndate: 2025-06-01\n---\nPelham Re is an investment adviser looking after "
        "£900 million.\n"
    )
    assert summary(claims) == []


def test_a_name_in_an_aside_about_another_backs_no_deal_outside_it():
    claims = claims_of(
        "---\ndate: 2025-06-11\n---\nOrmond, which is majority-owned by Ostra Partners, has "
        "made nine deals, including the $95 million purchase of Pelham Re last year.\n"
    )
    assert [(c.subject, c.agent) for c in claims] == [("Pelham Re", "Ormond")]


def test_the_company_announcing_past_an_aside_is_the_company_meant():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nPelham Re, the Leeds insurer behind the Dalesure "
        "brand, today announced that Ormond Mutual will invest $240 million for a 20% stake "
        "in the company.\n"
    )
    assert {(c.subject, c.agent) for c in claims} == {("Pelham Re", "Ormond Mutual")}


def test_a_cue_in_an_aside_marks_no_figure_outside_it():
    claims = claims_of(
        "Pelham Re raised $140 million. Ormond put in $100 million of the money; Kelso and "
        "Aster, both of which backed the Series B, added $40 million.\n"
    )
    assert [c.quantity.text for c in claims if c.fact == "deals.round"] == ["$140 million"]


def test_a_start_up_described_after_a_deal_with_it_is_that_party():
    claims = claims_of(
        "---\ndate: 2025-06-04\n---\nOrmond bets on Pelham\nOrmond Mutual's deal with "
        "Pelham Re values the French start-up at €1.2 billion.\n"
    )
    assert [(c.fact, c.subject) for c in claims] == [("deals.valuation", "Pelham Re")]


def test_a_stake_bought_with_money_of_another_time_shares_its_time():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nThe deal values Pelham at €310 million, a sharp step up "
        "from 2021, when fund manager Kelso Capital paid €18 million for a 12% stake that the "
        "family has since bought back.\n"
    )
    assert [(c.quantity.text, c.period) for c in claims if c.fact != "deals.valuation"] == [
        ("€18 million", "earlier"),
        ("12%", "earlier"),
    ]


def test_money_a_clause_right_after_it_acts_on_is_that_verb_s():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nOrmond is busy. Its bigger bet remains the €150 million "
        "it is spending on a plant.\n"
    )
    assert [(c.fact, c.subject) for c in claims] == [("financials.spending", "Ormond")]


def test_a_figure_in_a_whose_clause_is_the_name_s_before_it():
    claims = claims_of(
        "Halloran Foods is paying €96 million for 40% of Pelham. For Halloran, whose turnover "
        "is about €2.3 billion, the purchase is small.\n"
    )
    assert [(c.fact, c.subject) for c in claims if c.fact == "financials.revenue"] == [
        ("financials.revenue", "Halloran Foods")
    ]


def test_the_rest_someone_holds_is_no_stake_of_the_deal_and_lends_it_no_party():
    claims = claims_of(
        "The government will buy a 25.1% stake in Harbor Labs for €420 million. The "
        "founding Reuter family will keep the remaining 74.9%.\n",
        "Aster Capital will pay $90 million for 30% of Harbor Labs. The Ferrer family "
        "holds the remaining 70%.\n",
        "Kelso will buy 15% of Pelham for $450 million. The Hall family will hold 61% once "
        "the deal closes, with the remaining 24% held by local investors.\n",
    )
    stakes = [(c.quantity.text, c.agent, c.period) for c in claims if c.fact == "deals.stake"]
    assert stakes == [
        ("25.1%", None, "current"),
        ("74.9%", "Reuter", "after"),
        ("30%", "Aster Capital", "current"),
        ("70%", None, "after"),
        ("15%", "Kelso", "current"),
        ("61%", None, "after"),
        ("24%", None, "after"),
    ]


def test_a_change_is_of_the_fact_of_its_level_or_of_the_cue_before_it():
    claims = claims_of(
        "---\ndate: 2025-03-01\n---\nHarbor Labs said sales rose 12% to $4.1 billion in 2024. "
        "Its net income was $300 million, up 20%. Its shares rose 30% in 2024.\n"
    )
    changes = [(c.quantity.text, c.measure) for c in claims if c.fact == "financials.growth"]
    assert changes == [
        ("12%", "financials.revenue"),
        ("20%", "financials.profit"),
        ("30%", OTHER_MEASURE),
    ]


@pytest.mark.parametrize(
    "baseline", ["from a year earlier", "on the year", "from the same quarter last year"]
)
def test_a_level_a_change_reaches_past_its_baseline_is_the_changed_fact(baseline):
    claims = claims_of(
        "Harbor Labs said revenue for the first quarter of 2025 rose 31% "
        f"{baseline} to 4.62 trillion won.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("financials.growth", "31%"),
        ("financials.revenue", "4.62 trillion won"),
    ]
    assert claims[0].measure == "financials.revenue"


def test_changes_of_different_measures_are_never_compared():
    report = check_documents(
        [
            parse_document("Harbor Labs said revenue rose 8% in 2024.\n", "a.md"),
            parse_document("Harbor Labs said its shares rose 40% in 2024.\n", "b.md"),
            parse_document("Harbor Labs said net income rose 25% in 2024.\n", "c.md"),
        ]
    )
    assert [d.rule for d in report.diagnostics] == []


def test_a_forecaster_s_expectation_is_no_claim():
    assert claims_of("Analysts at Birch Securities now expect 2025 profit of $40 million.\n") == []
    kept = claims_of(
        "Harbor Labs made a profit of $45 million in 2025, above what analysts at Birch "
        "Securities had forecast.\n"
    )
    assert [c.quantity.text for c in kept] == ["$45 million"]


def test_a_forecast_in_a_who_clause_about_a_forecaster_is_no_claim():
    assert (
        claims_of(
            "A broker at Birch Securities, who now expects Harbor Labs' sales to hit "
            "$70 million in 2025, rates the stock a buy.\n"
        )
        == []
    )
    kept = claims_of("Harbor Labs, who expects sales of $70 million in 2025, hired 40 staff.\n")
    assert [c.quantity.text for c in kept] == ["$70 million"]


def test_a_figure_a_verb_moves_a_thing_to_is_that_thing_s_level():
    text = (
        "Harbor Labs raised $150 million in its listing.\n"
        "The banks have a month to buy another 2 million shares, which would lift the "
        "proceeds to $170 million. Aster Capital bought more shares, lifting its stake in "
        "Harbor Labs to 30%.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims_of(text)] == [
        ("deals.round", "$150 million"),
        ("deals.stake", "30%"),
    ]


def test_a_licence_s_price_is_no_investment():
    licence = claims_of(
        "Aster Pharma will pay $80 million upfront and up to $600 million in milestones "
        "to license a drug from Harbor Labs.\n"
    )
    assert [c for c in licence if c.fact == "deals.investment"] == []
    equity = claims_of(
        "Aster Pharma will pay $80 million upfront for a 10% stake in Harbor Labs.\n"
    )
    assert [c.fact for c in equity] == ["deals.investment", "deals.stake"]


def test_a_percentage_bought_with_money_is_a_stake():
    claims = claims_of("Aster Capital agreed to pay $300 million for another 15% of Harbor Labs.\n")
    assert summary(claims) == [
        ("deals.investment", "Harbor Labs", "Aster Capital", "current", "$300 million"),
        ("deals.stake", "Harbor Labs", "Aster Capital", "current", "15%"),
    ]


def test_the_holding_a_deal_leaves_is_after_the_deal():
    claims = claims_of(
        "Aster Capital will buy a further 10% stake in Harbor Labs for $200 million, "
        "lifting its holding to 30%. Aster Capital will own 30% of Harbor Labs once the "
        "deal closes.\n"
    )
    stakes = [(c.quantity.text, c.period) for c in claims if c.fact == "deals.stake"]
    assert stakes == [("10%", "current"), ("30%", "after"), ("30%", "after")]


def test_the_holding_left_by_an_earlier_deal_keeps_its_year():
    claims = claims_of(
        "---\ndate: 2025-03-01\n---\n"
        "In 2022 Aster Capital raised its stake in Harbor Labs to 20%.\n"
    )
    assert [c.period for c in claims] == ["2022 after"]


def test_what_a_business_sells_is_no_valuation():
    text = (
        "Harbor Labs said its gross merchandise value was $2 billion, "
        "and its book value $1 billion.\n"
    )
    assert [c for c in claims_of(text) if c.fact == "deals.valuation"] == []


def test_words_between_the_cue_and_a_figure_can_name_what_it_pays_for():
    claims = claims_of(
        "Aster Pharma will pay Harbor Labs an upfront fee of $80 million and up to "
        "$600 million in development milestones.\n"
    )
    assert [c for c in claims if c.fact == "deals.investment"] == []


def test_a_total_deal_value_is_no_valuation():
    claims = claims_of("The deal's total value could reach $900 million with milestones.\n")
    assert [c for c in claims if c.fact == "deals.valuation"] == []


def test_the_words_of_a_figure_end_at_a_clause_break():
    claims = claims_of(
        "The offer values Harbor Labs at about $2 billion, up from a market value of "
        "$1.5 billion last week.\n"
    )
    assert [(c.quantity.text, c.period) for c in claims] == [
        ("about $2 billion", "current"),
        ("$1.5 billion", "earlier"),
    ]


def test_what_a_seller_keeps_is_what_the_deal_leaves():
    claims = claims_of(
        "Aster Capital will pay $90 million for 30% of Harbor Labs. Birch Group, which "
        "bought Harbor Labs in 2019, will keep the remaining 70%.\n"
    )
    stakes = [(c.quantity.text, c.period) for c in claims if c.fact == "deals.stake"]
    assert stakes == [("30%", "current"), ("70%", "after")]
    kept_after_a_comma = claims_of(
        "Aster Capital's $90 million buys it 30% of Harbor Labs, "
        "with Birch Group keeping the rest.\n"
    )
    assert [c.period for c in kept_after_a_comma] == ["current", "current"]


def test_a_figure_in_a_relative_clause_is_the_named_party_s():
    claims = claims_of(
        "Aster Capital bought 25% of Harbor Labs from the founding Quill family, which will "
        "keep the remaining 60%. Its chair is Ada Quill, and the company was set up by Quill "
        "in 1981.\n"
    )
    assert {c.quantity.text: c.agent for c in claims} == {"25%": "Aster Capital", "60%": "Quill"}
    holder = claims_of(
        "Aster Capital paid $40 million for 20% of Harbor Labs. Corvo Partners, who "
        "already owns 12% of Harbor Labs, did not sell.\n"
    )
    assert [c.agent for c in holder if c.fact == "deals.stake"] == [
        "Aster Capital",
        "Corvo Partners",
    ]


def test_a_long_description_before_a_name_keeps_its_preposition():
    claims = claims_of(
        "Aster Capital paid $90 million for a 30% stake in Danish cold chain "
        "group Verhoeven in 2024, its largest deal in Europe.\n"
    )
    assert {c.subject for c in claims} == {"Verhoeven"}


def test_pre_money_is_a_valuation_of_its_own():
    claims = claims_of(
        "Harbor Labs raised $20 million at a pre-money valuation of $80 million, or "
        "$100 million post-money. A second report said the round valued it at $80 million "
        "before the new money.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("deals.round", "$20 million"),
        ("deals.pre_money", "$80 million"),
        ("deals.valuation", "$100 million"),
        ("deals.pre_money", "$80 million"),
    ]


def test_money_put_into_the_thing_is_about_no_company():
    claims = claims_of(
        "Aster Capital invested $100 million in Harbor Labs. Aster Capital will also invest "
        "$40 million in the warehouse over two years.\n"
    )
    assert [(c.quantity.text, c.subject) for c in claims] == [
        ("$100 million", "Harbor Labs"),
        ("$40 million", None),
    ]


def test_a_name_written_inside_a_figure_is_no_party():
    claims = claims_of(
        "Harbor Labs is growing. We paid CHF 80 million for it, said Aster Capital.\n"
    )
    assert [(c.fact, c.agent) for c in claims] == [("deals.investment", "Aster Capital")]


def test_a_possessive_behind_a_clause_break_owns_no_figure():
    claims = claims_of(
        "Birch Labs, Halden's closest rival, grew revenue 30% to $90 million in 2024.\n"
    )
    assert {c.subject for c in claims} == {"Birch Labs"}


def test_a_word_labelling_a_measure_does_not_become_the_topic():
    claims = claims_of(
        "---\ndate: 2025-04-08\n---\nQuill Group reported its 2024 results.\n\n"
        "- Insurance revenue of £171.3 million\n- Net loss of £31.2 million\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == ("Quill", "£31.2 million")


def test_the_word_of_a_company_s_written_name_names_it_after_another_topic():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nCorran Group plc reports its first quarter. Sundial "
        "Trams grew revenue 9% to £38.2 million in the quarter.\nFares made up 61% of "
        "Sundial's revenue, advertising 39%.\nThe group expects revenue of £2.1 billion in "
        "2025.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == ("Corran", "£2.1 billion")


@pytest.mark.parametrize(
    "text",
    [
        "Corran Group's light-rail arm is small, with revenue of about £146m last year.",
        "By contrast, Corran's UK bus division grew revenue just 2% in the quarter.",
    ],
)
def test_a_unit_s_figures_are_no_company_s(text):
    claims = claims_of("---\ndate: 2025-06-03\n---\nCorran Group runs buses. " + text + "\n")
    assert [c.subject for c in claims] == [None]


def test_a_label_leading_into_a_list_leaves_the_topic():
    claims = claims_of(
        "---\ndate: 2025-03-01\n---\nHarbor Labs published its results today.\n\n"
        "Highlights of 2024:\n\n- Revenue rose 20% to $60 million.\n"
    )
    assert {c.subject for c in claims} == {"Harbor Labs"}


def test_a_part_made_up_of_a_whole_is_no_growth_and_broken_down_no_fall():
    claims = claims_of(
        "Subscriptions made up 62% of Corvane's sales in 2024.\n\n"
        "Corvane's revenue in 2024 is broken down 70% Europe and 30% Asia.\n"
    )
    assert [c.fact for c in claims if c.fact.startswith("financials")] == []
    assert [c.quantity.text for c in claims if c.fact == "breakdowns.share"][:1] == ["62%"]


def test_a_cue_in_a_verb_phrase_after_and_is_not_the_figures():
    claims = claims_of(
        "The new depot is expected to cost about $400 million and to invest in electric buses.\n"
    )
    assert claims == []


def test_a_cue_leading_to_the_figure_through_at_is_its_own():
    claims = claims_of(
        "Birch Partners paid $50 million for 25% of Harbor Labs.\n\n"
        "Birch's $50 million investment values the maker at about $200 million.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims[2:]] == [
        ("deals.investment", "$50 million"),
        ("deals.valuation", "about $200 million"),
    ]


def test_a_cue_leads_to_the_figure_through_at_past_four_words_naming_the_company():
    claims = claims_of(
        "Birch's $30 million investment in Harbor Labs values the Dundee robot start-up "
        "at $120 million.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("deals.investment", "$30 million"),
        ("deals.valuation", "$120 million"),
    ]


def test_a_country_in_the_possessive_before_the_investor_is_no_party():
    claims = claims_of(
        "Harbor Labs closed a $40 million round led by Britain's Aster Capital, "
        "which now holds 12% of the company.\n"
    )
    assert [(c.fact, c.subject, c.agent) for c in claims] == [
        ("deals.round", "Harbor Labs", None),
        ("deals.stake", "Harbor Labs", "Aster Capital"),
    ]


def test_the_owner_named_in_an_aside_after_the_target_is_no_investor():
    claims = claims_of(
        "Aster Capital agreed to pay $300 million for a 20% stake in Norvell, "
        "the grid operator controlled by Harbor Energy.\n"
    )
    assert {(c.subject, c.agent) for c in claims} == {("Norvell", "Aster Capital")}


def test_a_name_with_a_description_in_an_aside_becomes_the_topic():
    claims = claims_of(
        "# Glasgow start-up Corvane raises money\n\n"
        "Corvane, the battery company founded in Glasgow, has raised $20 million.\n\n"
        "The round values the company at $90 million.\n"
    )
    assert [(c.fact, c.subject) for c in claims] == [
        ("deals.round", "Corvane"),
        ("deals.valuation", "Corvane"),
    ]


def test_a_sentence_turning_to_another_name_makes_it_the_topic_of_later_rounds():
    claims = claims_of(
        "# Tessly raises money\n\n"
        "Tessly closed a $25 million Series B this week.\n\n"
        "Contrast this with Morrowby. The Chilean app maker spent most of the $70 million "
        "it raised in 2021 on advertising.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims] == [
        ("Tessly", "$25 million"),
        ("Morrowby", "$70 million"),
    ]


def test_it_in_a_sentence_told_from_a_names_side_is_that_name():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nKettle Coffee is heading east with Al Murooj. Kettle "
        "Coffee had revenue of £186 million in 2024, and founder Tom Ashby still owns about "
        "38% of the business.\nFor Al Murooj, which already runs 60 bakeries, the deal is "
        "small: it reported sales of £220 million last year.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == ("Al Murooj", "£220 million")


def test_a_sentence_told_from_a_names_side_turns_back_from_the_last_deal():
    claims = claims_of(
        "Aster Capital paid $30 million for 20% of Brook Pay.\n\n"
        "For Aster Capital, the purchase is a modest one. "
        "The group reported revenue of $2 billion in 2024.\n"
    )
    assert [(c.fact, c.subject) for c in claims][-1] == ("financials.revenue", "Aster Capital")


def test_the_company_a_valuing_verb_acts_on_outranks_a_possessive_before_it():
    claims = claims_of(
        "Aster Capital is a fund. Aster Capital's offer values Brook Pay at £900 million.\n"
    )
    assert summary(claims) == [("deals.valuation", "Brook Pay", None, "current", "£900 million")]


def test_a_figure_set_below_an_older_one_keeps_its_own_period():
    text = (
        "---\ndate: 2025-04-02\n---\n"
        "The offer values Brook Pay at £300 million, well below the £450 million "
        "bankers put on the lender in 2021.\n"
    )
    valuations = [(c.quantity.text, c.period) for c in claims_of(text)]
    assert valuations[0] == ("£300 million", "current")


def test_a_name_bought_from_is_the_seller_and_the_buyer_acts():
    bought = claims_of(
        "Aster Capital will pay $500 million to buy a 20% stake in Harbor Labs from Birch "
        "Partners.\n"
    )
    assert summary(bought) == [
        ("deals.investment", "Harbor Labs", "Aster Capital", "current", "$500 million"),
        ("deals.stake", "Harbor Labs", "Aster Capital", "current", "20%"),
    ]
    acquired = claims_of("Aster Capital acquired 20% of Harbor Labs from Birch Partners.\n")
    assert [c.agent for c in acquired] == ["Aster Capital"]


def test_a_name_sold_to_is_the_buyer_and_the_seller_is_sold():
    itself = claims_of(
        "Corvo Robotics, the warehouse-robot maker, has sold a 35% stake to Birch Partners "
        "for $700 million.\n"
    )
    assert summary(itself) == [
        ("deals.stake", "Corvo Robotics", "Birch Partners", "current", "35%"),
        ("deals.investment", "Corvo Robotics", "Birch Partners", "current", "$700 million"),
    ]
    another = claims_of(
        "Aster Capital sold a 15% stake in Harbor Labs to Birch Partners for $300 million.\n"
    )
    assert summary(another) == [
        ("deals.stake", "Harbor Labs", "Birch Partners", "current", "15%"),
        ("deals.investment", "Harbor Labs", "Birch Partners", "current", "$300 million"),
    ]
    no_buyer = claims_of("Aster Capital sold a 15% stake in Harbor Labs for $300 million.\n")
    assert {(c.subject, c.agent) for c in no_buyer} == {("Harbor Labs", None)}


def test_a_sale_in_an_aside_leaves_a_fundraising_as_it_is():
    claims = claims_of(
        "Birch Partners, which sold its stake in Corvo Labs last year, invested $50 million "
        "in Harbor Labs.\n"
    )
    assert summary(claims) == [
        ("deals.investment", "Harbor Labs", "Birch Partners", "current", "$50 million"),
    ]


def test_money_raised_from_a_name_keeps_it_as_the_investor():
    claims = claims_of(
        "Harbor Labs, which bought Corvo Labs last year, secured a $50 million investment "
        "from Birch Partners.\n"
    )
    assert [c.agent for c in claims] == ["Birch Partners"]


def test_a_trade_before_a_name_is_no_part_of_it():
    claims = claims_of("Insurer Aster Mutual will pay $100 million for 10% of Birch Labs.\n")
    assert {c.agent for c in claims} == {"Aster Mutual"}


def test_every_item_of_a_split_is_a_part_whatever_its_label_says():
    claims = claims_of(
        "The fund's assets were split between shares at 50%, private equity at 20%, bonds at "
        "20% and cash at 10%.\n"
    )
    assert [c.fact for c in claims] == ["breakdowns.share"] * 4


def test_private_equity_is_no_stake():
    assert claims_of("Its private equity allocation is 19%.\n") == []


def test_a_figure_in_a_clause_with_its_own_subject_continues_no_fact():
    claims = claims_of(
        "Harbor Labs was valued at $2 billion in June, after the founders sold $40 million "
        "of their shares.\n"
    )
    assert [c.quantity.text for c in claims] == ["$2 billion"]
    continued = claims_of("Harbor Labs was valued at $2 billion in 2024 and $3 billion in 2025.\n")
    assert [c.fact for c in continued] == ["deals.valuation"] * 2


# A figure in a clause of its own, after a semicolon and a subject, or past the
# end of an aside that holds the figure before it; and figures that do go on.
NEW_CLAUSE = {
    "Marlow Partners valued Quillet Foods at $90 million in 2021; the buyout group "
    "stands to collect about $250 million.": ["$90 million"],
    "Marlow Partners, which paid $80 million for Quillet Foods in 2019, will get "
    "$200 million from the sale.": ["$80 million"],
    "Quillet Foods had revenue of $40 million in 2023; $55 million in 2024.": [
        "$40 million",
        "$55 million",
    ],
    "Marlow Partners, which invested $80 million in 2019 and $30 million in 2021, is selling.": [
        "$80 million",
        "$30 million",
    ],
}


@pytest.mark.parametrize(("text", "stated"), NEW_CLAUSE.items())
def test_a_figure_in_a_new_clause_continues_no_fact_of_the_one_before(text, stated):
    assert [c.quantity.text for c in claims_of(text + "\n")] == stated


def test_a_name_before_the_verb_of_the_figures_clause_outranks_an_earlier_clause():
    claims = claims_of(
        "Shoppers in Dunmore and Kelby paid more for bread in May, even as Corvel Foods "
        "posted revenue of $80 million for 2024.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims] == [("Corvel Foods", "$80 million")]


def test_a_yearly_flow_of_some_thing_is_no_deal_figure():
    claims = claims_of(
        "The purchase gives Aster Capital, which handles $6 billion of freight orders a year "
        "for its clients, a foothold in Norway.\n"
    )
    assert [c for c in claims if c.fact.startswith("deals")] == []


def test_a_figure_a_year_ago_is_no_flow():
    claims = claims_of(
        "Aster Capital bought a 20% stake in Harbor Labs for $90 million a year ago.\n"
    )
    assert [c.fact for c in claims] == ["deals.stake", "deals.investment"]


def test_money_lent_or_to_be_borrowed_is_no_investment():
    facility = claims_of(
        "Aster Capital paid for its Harbor Labs stake with cash and a draw on its "
        "$400 million credit facility.\n"
    )
    assert [c for c in facility if c.fact == "deals.investment"] == []
    loan = claims_of("Aster Capital agreed to invest in Harbor Labs through a $50 million loan.\n")
    assert [c for c in loan if c.fact == "deals.investment"] == []
    bought = claims_of(
        "Aster Capital paid $120 million for its Harbor Labs stake, part of it borrowed.\n"
    )
    assert [c.quantity.text for c in bought if c.fact == "deals.investment"] == ["$120 million"]


def test_a_drawdown_of_debt_is_no_investment_nor_round():
    claims = claims_of(
        "Tamsin Foods will pay for the Orrel Bakeries purchase with cash and a drawdown of "
        "$25 million on its $200 million revolving credit facility.\n"
    )
    assert [c for c in claims if c.fact in ("deals.investment", "deals.round")] == []


def test_a_deficit_is_no_spending_of_the_budget_it_is_set_against():
    claims = claims_of(
        "---\ndate: 2025-02-01\n---\nThe Penrose Trust board approved a budget for 2026 that "
        "plans for a deficit of £4 million. Penrose Trust will spend £58m in 2026, and its "
        "deficit that year is now seen at £4m.\n"
    )
    facts = {c.quantity.text: c.fact for c in claims}
    assert facts == {
        "£4 million": "financials.deficit",
        "£58m": "financials.spending",
        "£4m": "financials.deficit",
    }


def test_what_a_fund_or_portfolio_is_worth_is_no_valuation_of_its_owner():
    claims = claims_of(
        "Brannock College said its endowment was valued at £410 million. The fund's value "
        "rose in the year, and the college's property portfolio is now worth £95 million.\n"
    )
    kept = claims_of(
        "The funding round valued Brannock Labs at $95 million. In 2023 the fund valued "
        "Orrel Robotics at $40 million.\n"
    )
    valued = [c.quantity.text for c in [*claims, *kept] if c.fact == "deals.valuation"]
    assert valued == ["$95 million", "$40 million"]


def test_a_baseline_under_a_dated_lead_in_takes_no_period():
    claims = claims_of(
        "---\ndate: 2025-03-01\n---\nHarbor Labs published its results today.\n\n"
        "Highlights of 2024:\n\n- Sales: $60 million, up 20% from $50 million\n"
    )
    assert [(c.period, c.quantity.text) for c in claims if c.fact == "financials.revenue"] == [
        ("2024", "$60 million"),
        ("", "$50 million"),
    ]


def rounds_in(*texts: str) -> list[str]:
    return [c.quantity.text for c in claims_of(*texts) if c.fact == "deals.round"]


def test_a_company_s_total_funding_is_no_round():
    assert rounds_in(
        "Harbor Labs closed a $40 million Series B, bringing its total funding to $65 million.\n"
        "Its total funding of $65 million came from six investors.\n"
    ) == ["$40 million"]


def test_a_level_after_a_refused_word_continues_no_fact():
    claims = claims_of("Harbor Labs raised $40 million, which lifts its funding to $65 million.\n")
    assert [(c.fact, c.quantity.text) for c in claims] == [("deals.round", "$40 million")]


def test_a_price_tag_is_a_valuation():
    claims = claims_of("Aster Capital backed Harbor Labs at a $90 million price tag in 2021.\n")
    assert [(c.fact, c.quantity.text) for c in claims] == [("deals.valuation", "$90 million")]


def test_a_deal_that_prices_a_company_or_puts_the_whole_of_it_at_a_figure_values_it():
    claims = claims_of(
        "Birch Capital takes 30% of Harbor Labs in a deal that prices the chain at $200 million.\n"
        "Aster Capital bought 20% of Harbor Labs, which puts the whole company at $150m.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims if c.fact != "deals.stake"] == [
        ("deals.valuation", "$200 million"),
        ("deals.valuation", "$150m"),
    ]


def test_debt_raised_beside_a_round_is_no_part_of_it():
    assert rounds_in(
        "Harbor Labs raised $40 million in equity and a further $15 million in debt.\n"
        "Next to the equity round, Harbor Labs took a $10 million debt facility from Birch Bank.\n"
    ) == ["$40 million"]


def test_recurring_revenue_is_no_revenue_of_a_period():
    claims = claims_of(
        "---\ndate: 2025-05-01\n---\nHarbor Labs's annual recurring revenue is $30 million, "
        "up 50%, and the company handled $900 million of orders in 2024. "
        "Its revenue run rate passed $35 million. It booked revenue of $22 million last year.\n"
    )
    assert [(c.fact, c.period, c.quantity.text) for c in claims if c.fact.endswith("revenue")] == [
        ("financials.revenue", "2024", "$22 million")
    ]


def test_own_after_a_possessive_is_no_stake():
    claims = claims_of("Harbor Labs says its own estimate puts margins at 30% in 2026.\n")
    assert [c for c in claims if c.fact == "deals.stake"] == []


def test_figures_a_part_taking_verb_leads_to_are_parts_not_the_whole():
    assert rounds_in(
        "Harbor Labs raised $60 million in a Series C.\n"
        "The round includes $45 million of new shares and $15 million of older ones.\n"
    ) == ["$60 million"]


def test_a_measure_in_capitals_is_no_company():
    claims = claims_of(
        "Pellmora Foods said revenue rose to $310 million in 2024.\n\n"
        "Pellmora Foods reported revenue of $310 million and EBITDA of $42 million in 2024.\n"
    )
    assert summary(claims)[-2:] == [
        ("financials.revenue", "Pellmora Foods", None, "", "$310 million"),
        ("financials.ebitda", "Pellmora Foods", None, "2024", "$42 million"),
    ]


def test_a_measure_in_capitals_after_a_qualifier_is_no_company():
    claims = claims_of(
        "Tarrow Glassworks reported 2024 results. Underlying EBITDA fell 12% to £44 million. "
        "The company made a profit of £9 million.\n"
    )
    assert {c.subject for c in claims} == {"Tarrow Glassworks"}
    assert [c.fact for c in claims] == [
        "financials.decline",
        "financials.ebitda",
        "financials.profit",
    ]


def test_ebitda_is_a_measure_apart_from_profit():
    claims = claims_of(
        "Results of 2024 for Quenby Mills:\n"
        "- EBITDA of £40.1 million\n"
        "- Profit before tax of £12.3 million\n"
    )
    facts = {c.quantity.text: c.fact for c in claims}
    assert facts == {"£40.1 million": "financials.ebitda", "£12.3 million": "financials.profit"}


def test_a_figure_after_a_word_its_fact_is_never_after_does_not_continue_it():
    claims = claims_of(
        "Tarnley Textiles said operating profit rose 9% to $55 million, a margin of 11%.\n"
    )
    growth = [c.quantity.text for c in claims if c.fact == "financials.growth"]
    assert growth == ["9%"]


def test_a_deal_s_total_value_is_no_investment():
    claims = claims_of(
        "Pelham Bio licensed its lead drug to Varga Health in a deal with a total value of "
        "$900 million.\n"
    )
    assert [c.fact for c in claims] == []


def test_a_cheque_in_a_round_is_an_investment_not_the_round():
    claims = claims_of(
        "Quorra Robotics closed a Series B that Fenwick Ventures led with a $25 million cheque.\n"
    )
    assert [(c.fact, c.agent) for c in claims] == [("deals.investment", "Fenwick Ventures")]


def test_a_measure_in_capitals_after_another_figure_is_its_own_fact():
    claims = claims_of(
        "Quorrin Glass reported 2023 sales of $800 million and EBITDA of $95 million.\n"
    )
    assert summary(claims) == [
        ("financials.revenue", "Quorrin Glass", None, "2023", "$800 million"),
        ("financials.ebitda", "Quorrin Glass", None, "2023", "$95 million"),
    ]


def test_a_figure_a_year_earlier_under_a_quarter_s_lead_in_is_that_quarter_a_year_before():
    claims = claims_of(
        "---\ndate: 2025-08-06\n---\nVellmont Cable second-quarter figures:\n\n"
        "- Net loss of $12 million, against a net loss of $7 million a year earlier.\n"
    )
    assert summary(claims) == [
        ("financials.loss", "Vellmont Cable", None, "2025-Q2", "$12 million"),
        ("financials.loss", "Vellmont Cable", None, "2024-Q2", "$7 million"),
    ]


def test_a_figure_a_year_earlier_leaves_the_quarter_the_article_named():
    claims = claims_of(
        "Ostrava Mills said profit for the second quarter of 2025 rose to $30 million "
        "from $25 million a year earlier.\nSales for the quarter were $140 million.\n"
    )
    assert summary(claims)[1:] == [
        ("financials.profit", "Ostrava Mills", None, "2024-Q2", "$25 million"),
        ("financials.revenue", "Ostrava Mills", None, "2025-Q2", "$140 million"),
    ]


def test_a_figure_after_whose_belongs_to_the_name_before_it():
    claims = claims_of(
        "Brisk Capital will buy 15% of Harlow Mining.\n"
        "Brisk Capital will become the largest shareholder ahead of Tamsin Partners, "
        "whose 30% holding will fall to 25.5%.\n"
    )
    assert [(c.agent, c.period, c.quantity.text) for c in claims] == [
        ("Brisk Capital", "current", "15%"),
        ("Tamsin Partners", "current", "30%"),
        ("Tamsin Partners", "after", "25.5%"),
    ]


def test_what_a_deal_leaves_is_said_of_the_figure_before_the_clause_break_only():
    claims = claims_of(
        "Oakley Holdings will own 40% of Harlow Mining once the deal closes, and "
        "Marlo Fund, whose 22% holding is unchanged, stays second.\n"
    )
    assert [(c.agent, c.period, c.quantity.text) for c in claims] == [
        ("Oakley", "after", "40%"),
        ("Marlo Fund", "current", "22%"),
    ]


def test_operating_profit_is_a_measure_apart_from_profit_after_tax():
    claims = claims_of(
        "Halloran Mills made an operating profit of £64 million in 2024. Profit after tax "
        "climbed 8% to £41 million, and operating income at its paper arm was £9 million.\n"
    )
    facts = {c.quantity.text: c.fact for c in claims}
    assert facts == {
        "£64 million": "financials.operating_profit",
        "8%": "financials.growth",
        "£41 million": "financials.profit",
        "£9 million": "financials.operating_profit",
    }


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Drummore Freight reported an 18% rise in net profit for 2024.", "financials.profit"),
        ("Drummore Freight posted a 6% year-on-year fall in its revenue.", "financials.revenue"),
    ],
)
def test_a_change_in_a_measure_named_after_it_measures_that(text, measure):
    assert [c.measure for c in claims_of(text + "\n")] == [measure]


def test_a_rise_in_operating_profit_measures_operating_profit():
    claims = claims_of("Drummore Freight said its operating profit rose 14% in 2024.\n")
    assert [(c.fact, c.measure) for c in claims] == [
        ("financials.growth", "financials.operating_profit")
    ]


def test_dues_and_gifts_paid_are_no_investment():
    claims = claims_of(
        "---\ndate: 2025-04-02\n---\n"
        "Last year Pellham Mills paid £2.3m in business rates and gave £60,000 to charities. "
        "Pellham Mills paid $4 million in taxes, and Orwin Foundry made a $1 million donation.\n"
    )
    assert [c for c in claims if c.fact == "deals.investment"] == []
    bought = claims_of("Aster Capital paid $40 million for a stake in Pellham Mills.\n")
    assert [c.fact for c in bought] == ["deals.investment"]


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        (  # a statement of its own: its year dates nothing before the semicolon
            "Tovane Robotics is valued at $600 million after the round; it raised $80 million "
            "at its Series B in 2022.",
            ["current", "2022"],
        ),
        (  # one statement: the year dates the whole deal
            "Aster Capital paid $90 million for 60% of Tovane Robotics in 2022, valuing it at "
            "$150 million.",
            ["2022", "2022", "2022"],
        ),
    ],
)
def test_a_year_after_a_semicolon_dates_no_deal_before_it(text, periods):
    claims = claims_of("---\ndate: 2025-05-20\n---\n" + text + "\n")
    assert [c.period for c in claims] == periods


def test_a_valuation_before_the_new_cash_is_pre_money():
    text = "Tovane Robotics is valued at $600 million, or $520 million before the new cash.\n"
    assert [c.fact for c in claims_of(text)] == ["deals.valuation", "deals.pre_money"]


def test_an_opening_phrase_naming_a_fact_says_what_the_figure_after_it_is():
    text = (
        "Tovane Robotics raised $80 million. "
        "Before the new cash, the company was worth about $520 million.\n"
    )
    assert [c.fact for c in claims_of(text)][-1] == "deals.pre_money"
    plain = "Tovane Robotics raised $80 million. Before that, it was worth $520 million.\n"
    assert [c.fact for c in claims_of(plain)][-1] == "deals.valuation"


def test_a_year_in_a_relative_clause_dates_only_the_clause_s_deal():
    claims = claims_of(
        "---\ndate: 2025-05-20\n---\nAster Capital, which paid $90 million for 60% of Tovane "
        "Robotics in 2022, has since watched its market value shrink to about $120 million.\n"
    )
    assert [(c.fact, c.period) for c in claims] == [
        ("deals.investment", "2022"),
        ("deals.stake", "2022"),
        ("deals.valuation", "current"),
    ]


def test_a_dateline_s_date_dates_no_figure():
    claims = claims_of(
        "BRISTOL, May 6, 2025 (Westgate Newswire) - Pellham Mills reported sales of "
        "£84 million for 2024, up 5% from £80 million a year earlier.\n"
    )
    assert [(c.fact, c.period, c.quantity.text) for c in claims] == [
        ("financials.revenue", "2024", "£84 million"),
        ("financials.growth", "", "5%"),
        ("financials.revenue", "2023", "£80 million"),
    ]


def test_a_percentage_money_buys_is_a_stake_whatever_other_cue_it_holds():
    claims = claims_of("Aster Capital is paying $240 million for its 30% share of Harbor Labs.\n")
    assert summary(claims) == [
        ("deals.investment", "Harbor Labs", "Aster Capital", "current", "$240 million"),
        ("deals.stake", "Harbor Labs", "Aster Capital", "current", "30%"),
    ]


def test_money_a_holding_is_sold_for_is_its_price_and_shares_its_year():
    claims = claims_of(
        "---\ndate: 2025-04-02\n---\n"
        "Tovane Council, which sold its 20% holding in the mill to Birch Partners in 2019 "
        "for $60 million, opposed the deal.\n"
    )
    assert summary(claims) == [
        ("deals.stake", None, "Birch Partners", "2019", "20%"),
        ("deals.investment", None, "Birch Partners", "2019", "$60 million"),
    ]


def test_a_percentage_a_party_holds_of_the_company_is_a_stake_in_it():
    claims = claims_of(
        "Quenby Robotics builds arms. Sorrel Ventures now holds 15% of the company.\n"
    )
    assert summary(claims) == [
        ("deals.stake", "Quenby Robotics", "Sorrel Ventures", "current", "15%")
    ]


def test_a_project_company_is_no_description_of_the_topic():
    claims = claims_of(
        "Quenby Robotics is building a plant. Sorrel Ventures will own 40% of the project company."
        "\n"
    )
    assert summary(claims) == [("deals.stake", None, "Sorrel Ventures", "current", "40%")]


def test_money_goes_into_the_company_of_the_share_its_party_holds():
    claims = claims_of(
        "Quenby Robotics raised $50 million this week. Sorrel Ventures put in $20 million and "
        "now holds 15% of the company. Compare Taskline Systems, valued at $900 million.\n"
    )
    assert summary(claims)[1] == (
        "deals.investment",
        "Quenby Robotics",
        "Sorrel Ventures",
        "current",
        "$20 million",
    )


def test_the_name_of_a_with_clause_takes_the_figure_its_verb_leads_to():
    claims = claims_of(
        "Orrick Mining will hold 60% of Pellan Ore, with Tavistock Metals taking 40%.\n"
    )
    assert [c.agent for c in claims] == ["Orrick Mining", "Tavistock Metals"]


def test_a_stake_an_unnamed_group_holds_is_the_group_s():
    claims = claims_of(
        "Quenby Robotics closed its Series A. Existing backers now hold 35% of the company.\n"
    )
    assert summary(claims) == [
        ("deals.stake", "Quenby Robotics", "existing backers", "current", "35%")
    ]


def test_a_level_held_or_a_share_of_the_market_is_no_stake():
    claims = claims_of(
        "Harlow Bank is expected to hold rates at 4.25%. Harlow Bank holds 30% of the market.\n"
    )
    assert claims == []


def test_a_deal_year_in_an_article_without_a_date_is_kept():
    (claim,) = claims_of("Velmora Robotics raised $90 million in 2022.\n")
    assert (claim.fact, claim.period) == ("deals.round", "2022")


def test_a_figure_of_a_when_clause_dates_no_figure_outside_it():
    claims = claims_of(
        "---\ndate: 2025-03-04\n---\n"
        "The deal values Velmora Robotics at $800 million, well above the $300 million put on "
        "it in 2020, when Oskar Fund bought a 10% stake.\n"
    )
    periods = [(c.quantity.text, c.period) for c in claims]
    assert ("$800 million", "current") in periods
    assert ("10%", "2020") in periods


def test_each_buyer_of_a_list_after_of_which_pays_its_own_figure():
    claims = claims_of(
        "Regulators said the sale of licences raised $2 billion, of which Ostravan paid $1.2 "
        "billion and Belmark Telecom $800 million.\n"
    )
    payers = {c.quantity.text: c.agent for c in claims}
    assert payers["$1.2 billion"] == "Ostravan"
    assert payers["$800 million"] == "Belmark Telecom"


def test_it_after_a_valuing_verb_is_the_sentence_s_subject_not_its_clause_s():
    claims = claims_of(
        "Velmora Robotics raised $90 million in 2022, when Oskar Fund led a round that "
        "valued it at $1 billion.\n"
    )
    valued = {c.quantity.text: c.subject for c in claims if c.fact == "deals.valuation"}
    assert valued == {"$1 billion": "Velmora Robotics"}


def test_an_in_which_clause_is_about_the_name_before_it():
    claims = claims_of(
        "Brisk Capital bought 10% of Harlow Mining.\n"
        "Orrel Foods, in which Brisk Capital holds 35%, reported revenue of $80 million.\n"
    )
    assert [(c.fact, c.subject, c.agent) for c in claims][1:] == [
        ("deals.stake", "Orrel Foods", "Brisk Capital"),
        ("financials.revenue", "Orrel Foods", None),
    ]


def test_money_put_into_work_past_whose_money_it_is_is_no_company_s():
    claims = claims_of(
        "Orrel Foods will put $30 million of its new owner's money into building a bakery "
        "in Harlow.\n"
    )
    assert [(c.fact, c.subject) for c in claims] == [("deals.investment", None)]


def test_a_name_after_a_gerund_is_what_the_verb_acts_on_not_the_target():
    claims = claims_of(
        "Brisk Capital paid $30 million for 10% of Orrel Foods, money that goes into expanding "
        "its Harlow Mills bakery.\n"
    )
    assert {c.subject for c in claims if c.fact.startswith("deals.")} == {"Orrel Foods"}


def test_a_trade_word_in_ing_still_leads_to_the_name_after_it():
    claims = claims_of("Brisk Capital owns a 35% stake in shipping group Orrel Lines.\n")
    assert [(c.subject, c.agent) for c in claims] == [("Orrel Lines", "Brisk Capital")]


def test_a_group_word_ending_a_name_is_the_name_not_a_group():
    claims = claims_of(
        "Kelso Investors agreed to pay $90 million for a 30% stake in Orrel Foods.\n"
    )
    assert "investors" not in {c.agent for c in claims}  # the name's own word, no group


def test_its_arm_named_after_a_comma_owns_the_figures_of_its_sentence():
    claims = claims_of(
        "Pellham Foods reported revenue of $900 million in 2024.\n"
        "Its bakery arm, Crustwell Ovens, had revenue of $210 million in 2024.\n"
    )
    owners = {c.quantity.text: c.subject for c in claims}
    assert owners == {"$900 million": "Pellham Foods", "$210 million": "Crustwell Ovens"}


@pytest.mark.parametrize(
    "opening",
    [
        "The Leeds-based group's bakery arm, Crustwell Ovens,",
        "Pellham Foods' bakery arm, Crustwell Ovens,",
        "The group's bakery unit Crustwell Ovens",
    ],
)
def test_an_arm_named_after_its_owner_s_possessive_owns_the_figures(opening: str) -> None:
    claims = claims_of(
        "Pellham Foods grew revenue 4% in 2024.\n"
        f"{opening} grew sales 14% in 2024, opening six bakeries.\n"
    )
    owners = {c.quantity.text: c.subject for c in claims}
    assert owners == {"4%": "Pellham Foods", "14%": "Crustwell Ovens"}


def test_a_preposition_after_its_ends_the_opening_of_a_related_party():
    claims = claims_of(
        "Pellham Foods grew revenue 4% in 2024.\nIts revenue from partners rose 9% in 2024.\n"
    )
    assert [(c.quantity.text, c.subject) for c in claims] == [
        ("4%", "Pellham Foods"),
        ("9%", "Pellham Foods"),
    ]


def test_a_place_qualifying_its_residents_is_no_topic():
    claims = claims_of(
        "Leith shoppers lost their late-night bakery, but Crustwell Ovens' new partner "
        "could bring it back.\n"
        "Pellham Foods is taking a 20% stake in the Edinburgh company for £4 million.\n"
    )
    assert {(c.fact, c.subject) for c in claims} == {
        ("deals.stake", "Crustwell Ovens"),
        ("deals.investment", "Crustwell Ovens"),
    }


@pytest.mark.parametrize(
    ("text", "stakes"),
    [  # points of a percentage move a ratio; a purchase buys a stake, a premium is none
        (
            "Kestrel Bank is paying S$180 million for a 20% stake in Lumo Digital. The stake "
            "will take about 0.3 percentage points off its capital ratio.",
            ["20%"],
        ),
        (
            "Its latest purchase, a further 15% for €63 million, values Moravska Cement at "
            "€420 million, 55% above the €270 million paid in 2021.",
            ["15%"],
        ),
    ],
)
def test_the_percentages_that_are_stakes(text: str, stakes: list[str]) -> None:
    claims = claims_of(text + "\n")
    assert [c.quantity.text for c in claims if c.fact == "deals.stake"] == stakes


def test_a_holding_in_a_relative_clause_is_no_stake_the_money_bought():
    claims = claims_of(
        "Ventresca Holdings, which controls more than 80% of Albion FC, injected £5 million "
        "of new equity during the year.\n"
        "The club's broadcasting deal with Pitchline, worth £150 million in total, starts "
        "next season.\n"
    )
    assert [(c.fact, c.period) for c in claims] == [
        ("deals.stake", "earlier"),
        ("deals.investment", "current"),
    ]


def test_a_possessive_right_before_a_figure_owns_it_and_a_rate_per_unit_is_no_revenue():
    claims = claims_of(
        "Iberanta's revenue rose 12% to €1.86 billion. Revenue per available room rose 9% to "
        "€131. Iberanta's market value of about €4.3 billion is a third of Kestenholz's "
        "€12.6 billion.\n"
    )
    assert [(c.fact, c.subject, c.quantity.text) for c in claims if c.measure != "other"] == [
        ("financials.growth", "Iberanta", "12%"),
        ("financials.revenue", "Iberanta", "€1.86 billion"),
        ("deals.valuation", "Iberanta", "about €4.3 billion"),
        ("deals.valuation", "Kestenholz", "€12.6 billion"),
    ]


def test_a_cash_consideration_is_the_price_and_an_exchange_before_a_ticker_no_buyer():
    claims = claims_of(
        "Kedai Raya (IDX: KDRY) today announced an agreement to acquire a 20 per cent stake in "
        "Pasarku, Indonesia's fastest-growing online marketplace, for a cash consideration of "
        "US$300 million.\n"
    )
    assert [(c.fact, c.subject, c.agent, c.modality) for c in claims] == [
        ("deals.stake", "Pasarku", "Kedai Raya", "reported"),
        ("deals.investment", "Pasarku", "Kedai Raya", "reported"),
    ]


def test_what_players_stake_is_no_revenue():
    claims = claims_of(
        "Tessaro's revenue rose 34% to $486 million in 2024. Operators running its platform "
        "took $9.8 billion of gross gaming revenue last year.\n"
    )
    assert [c.quantity.text for c in claims if c.fact == "financials.revenue"] == ["$486 million"]


def test_the_company_an_announcer_speaks_of_is_itself_and_an_intermediary_no_buyer():
    claims = claims_of(
        "---\ntitle: Federal Republic of Germany to buy 25.1 percent of Brenntal Avionik\n---\n"
        "Brenntal Avionik today announced that the Federal Republic of Germany, acting through "
        "KfW, will invest €420 million for a 25.1 percent stake in the company.\n"
    )
    assert {(c.subject, c.agent) for c in claims} == {("Brenntal Avionik", "Federal Republic")}


def test_a_price_of_one_thing_ending_its_clause_is_no_valuation():
    claims = claims_of(
        "Tonami is paying ¥21 billion for 30% of Sakuragi, putting a value of about $480 "
        "million on the glove maker, whose best line sells for up to ¥95,000 a glove.\n"
    )
    assert [c.quantity.text for c in claims if c.fact == "deals.valuation"] == [
        "about $480 million"
    ]


def test_money_someone_is_paid_is_no_investment():
    claims = claims_of(
        "Brisk Capital paid £30 million for 40% of Orrel Cider. Orchard owners were paid "
        "about £2 million for apples last year, and staff will be paid £1 million in bonuses.\n"
    )
    assert [c.quantity.text for c in claims if c.fact == "deals.investment"] == ["£30 million"]


def test_a_company_s_total_funding_is_no_valuation():
    claims = claims_of(
        "The round values Harbor Labs at $400 million and takes its total funding to $95 million.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [("deals.valuation", "$400 million")]


def test_a_valuation_after_the_round_is_the_round_s_own():
    claims = claims_of(
        "Harbor Labs raised $50 million. It was valued at $400 million after the round.\n"
        "Harbor Labs was valued at $250 million in its last round.\n"
    )
    valuations = [(c.period, c.quantity.text) for c in claims if c.fact == "deals.valuation"]
    assert valuations == [("current", "$400 million"), ("earlier", "$250 million")]


def test_a_stake_after_the_round_is_the_holding_it_leaves():
    claims = claims_of("Aster Capital will hold 30% of Harbor Labs after the round.\n")
    assert summary(claims) == [("deals.stake", "Harbor Labs", "Aster Capital", "after", "30%")]


def test_a_figure_fallen_from_takes_the_year_of_its_own_words_only():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\n"
        "Harbor Labs raised $40 million at a valuation of about $300 million, a steep fall "
        "from the $700 million investors put on it in 2022.\n"
    )
    valuations = [(c.period, c.quantity.text) for c in claims if c.fact == "deals.valuation"]
    assert valuations == [("current", "about $300 million")]


def test_names_written_in_any_alphabet_are_parties():
    claims = claims_of("Société Lumière paid €40 million for 12% of Brasserie Añejo.\n")
    assert summary(claims) == [
        ("deals.investment", "Brasserie Añejo", "Société Lumière", "current", "€40 million"),
        ("deals.stake", "Brasserie Añejo", "Société Lumière", "current", "12%"),
    ]


def test_a_listed_place_before_a_name_leaves_the_name_the_party():
    claims = claims_of("Aster Capital holds about 4% of London-listed Harrow Mining.\n")
    assert summary(claims) == [
        ("deals.stake", "Harrow Mining", "Aster Capital", "current", "about 4%")
    ]


def test_a_cue_of_several_words_is_as_near_as_its_last_word():
    claims = claims_of(
        "Harbor Labs reported revenue of $3.1 billion and net income of $412 million in 2024.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("financials.revenue", "$3.1 billion"),
        ("financials.profit", "$412 million"),
    ]


def test_a_place_before_a_market_s_trading_is_no_party():
    claims = claims_of(
        "Harbor Labs shares rose 7% in Mumbai trading, valuing the company at $4 billion.\n"
    )
    valuations = [(c.subject, c.quantity.text) for c in claims if c.fact == "deals.valuation"]
    assert valuations == [("Harbor Labs", "$4 billion")]


def test_a_share_of_a_new_venture_and_its_rest_are_no_company_s_stake():
    claims = claims_of(
        "Harbor Labs will own 49% of a new joint venture, with Aster Capital holding the "
        "remaining 51%.\n\nHarbor Labs shares rose 5%, valuing the company at $9 billion.\n"
    )
    stakes = [(c.subject, c.quantity.text) for c in claims if c.fact == "deals.stake"]
    assert stakes == [(None, "49%"), (None, "51%")]


def test_a_holding_a_deal_cut_from_is_earlier():
    claims = claims_of("The Otley family cut its stake in Harbor Labs to 42% from 51%.\n")
    assert [(c.period, c.quantity.text) for c in claims] == [("after", "42%"), ("earlier", "51%")]


def test_a_change_of_something_no_fact_states_is_of_another_measure():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nHarbor Labs's gross bookings reached $1.19 billion in the "
        "first quarter, up 11% from a year earlier, while order volumes rose 6% to 61 million.\n"
        "Harbor Labs's revenue rose 18% to $164 million in the first quarter.\n"
    )
    changes = [(c.quantity.text, c.measure) for c in claims if c.fact == "financials.growth"]
    assert changes == [("11%", "other"), ("6%", "other"), ("18%", "financials.revenue")]


def test_changes_of_other_measures_are_compared_with_nothing():
    text = (
        "LEEDS, June 3, 2025 (Wire) - Harbor Labs said its first-quarter revenue rose 18% to "
        "£164 million.\n\nGross bookings reached £1.19 billion in the three months to March, "
        "up 11% from a year earlier, while order volumes rose 6% to 61 million.\n"
    )
    report = check_documents([parse_document(text, "a.txt")])
    assert [d.rule for d in report.diagnostics] == []


def test_a_place_joined_to_a_description_is_one_name():
    claims = claims_of(
        "Mzizi Telecom will sell a 15% stake in MziziPesa to Abu Dhabi-based Aramis Capital "
        "for $180 million.\n"
    )
    assert summary(claims) == [
        ("deals.stake", "MziziPesa", "Aramis Capital", "current", "15%"),
        ("deals.investment", "MziziPesa", "Aramis Capital", "current", "$180 million"),
    ]


def test_a_name_of_several_words_is_one_word_away_from_a_cue():
    claims = claims_of(
        "Kenyan operator Mzizi Telecom agreed to sell a 15% stake in its mobile-money unit "
        "MziziPesa to Gulf Coast Aramis Capital Partners for $180 million.\n"
    )
    assert ("deals.investment", "$180 million") in [(c.fact, c.quantity.text) for c in claims]


def test_a_cue_after_a_figure_past_a_clause_break_sets_no_modality():
    claims = claims_of(
        "---\ndate: 2025-04-24\n---\nGrupo Bahia Roja said its net profit rose 18% to 2.14 "
        "billion pesos in the first quarter of 2025, helped by strong exports, and it "
        "expects sales to grow.\n"
    )
    assert {(c.quantity.text, c.modality) for c in claims} == {
        ("18%", "reported"),
        ("2.14 billion pesos", "reported"),
    }
    projected = claims_of("Harbor Labs expects revenue to reach $2 billion, helped by exports.\n")
    assert [c.modality for c in projected] == ["projected"]


def test_all_opening_a_sentence_is_no_name():
    claims = claims_of(
        "Harbor Labs announced its results. All figures are in pesos.\n\n"
        "- Net profit: MXN 2,910 million\n"
    )
    assert [c.subject for c in claims] == ["Harbor Labs"]


def test_people_who_earn_or_spend_state_no_company_figure():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nWorkers on Shiftly earned more than $310 million in 2024. "
        "Shoppers at Harbor Foods spent $2 billion in 2024. Harbor Foods earned $40 million "
        "in 2024.\n"
    )
    assert summary(claims) == [("financials.profit", "Harbor Foods", None, "2024", "$40 million")]


def test_a_price_of_an_hour_or_an_order_is_no_fact():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nShiftly earned $5 million in 2024, or $1.20 an order, "
        "and its couriers' pay averaged $19.40 an hour.\n"
    )
    assert [c.quantity.text for c in claims] == ["$5 million"]


def test_money_raised_since_a_company_was_founded_is_no_round():
    claims = claims_of(
        "Shiftly lined up a $20 million line of credit and has now raised $190 million since "
        "it was founded. It raised $85 million in its Series C.\n"
    )
    rounds = [c.quantity.text for c in claims if c.fact == "deals.round"]
    assert rounds == ["$85 million"]


def test_a_place_before_a_trade_of_two_words_leaves_the_company_the_target():
    claims = claims_of(
        "In February, Southern Cross Trust paid A$150 million for 9.5% of Kimberley nickel "
        "miner Jandamarra Resources.\n"
    )
    assert summary(claims) == [
        (
            "deals.investment",
            "Jandamarra Resources",
            "Southern Cross Trust",
            "current",
            "A$150 million",
        ),
        ("deals.stake", "Jandamarra Resources", "Southern Cross Trust", "current", "9.5%"),
    ]


def test_a_threshold_is_no_stake():
    claims = claims_of(
        "Wattle Super will hold 19.9% of Corella Lithium, just below the 20% takeover threshold.\n"
    )
    assert [c.quantity.text for c in claims] == ["19.9%"]


def test_money_returned_to_shareholders_and_cents_are_no_results():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nTundra Copper reported 2025 revenue of C$212 million and "
        "EBITDA of C$71 million, and it returned C$40 million to shareholders through buybacks "
        "on top of its 5-cent quarterly dividend.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("financials.revenue", "C$212 million"),
        ("financials.ebitda", "C$71 million"),
        ("financials.payout", "C$40 million"),
    ]


def test_a_month_written_with_a_capital_hedges_nothing():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nTundra Copper reported 2025 revenue of C$212 million in May.\n"
    )
    assert [c.modality for c in claims] == ["reported"]


def test_the_size_of_a_fund_before_it_is_no_deal_figure():
    claims = claims_of(
        "Wattle Super will pay A$420 million for a 15% stake in Corella Lithium, as the "
        "A$190 billion pension fund bets that prices have bottomed.\n"
    )
    assert [c.quantity.text for c in claims] == ["A$420 million", "15%"]


def test_the_size_of_an_owner_s_platform_is_no_deal_figure():
    claims = claims_of(
        "Brannock Partners will pay £720 million for 40% of Kestrel Towers.\nBrannock's £14bn "
        "platform already includes stakes in a Danish fibre wholesaler.\n"
    )
    assert [c.quantity.text for c in claims] == ["£720 million", "40%"]


def test_the_size_of_a_lender_before_it_is_no_deal_figure():
    claims = claims_of(
        "Nordmere Bank will pay €420 million for 15% of Halvard. The €290 billion lender will "
        "buy a mix of new and existing shares.\n"
    )
    assert [c.quantity.text for c in claims] == ["€420 million", "15%"]


def test_a_document_about_two_deals_gives_a_bare_stake_no_company():
    claims = claims_of(
        "Wattle Super is investing A$400 million in Corella Lithium.\n\n"
        "The fund's cheque buys a 15% stake.\n\n"
        "In February, Southern Cross Trust paid A$150 million for 9.5% of Jandamarra Resources.\n"
    )
    stakes = [(c.subject, c.quantity.text) for c in claims if c.fact == "deals.stake"]
    assert stakes == [(None, "15%"), ("Jandamarra Resources", "9.5%")]


def test_a_figure_a_deal_is_set_above_is_earlier():
    claims = claims_of(
        "Sadeem Capital's purchase values Northmoor Ports at about £4.8bn, a full 55% above "
        "the £3.1bn Brookline Infrastructure Partners paid for the whole group.\n"
    )
    assert [(c.period, c.quantity.text) for c in claims] == [
        ("current", "about £4.8bn"),
        ("earlier", "£3.1bn"),
    ]


def test_a_figure_in_a_relative_clause_is_the_named_company_s():
    claims = claims_of(
        "Kallang Pacific is selling a 30% stake in Kallang Precision to Shirakawa for "
        "S$540 million, in a deal that values the arm at about S$1.8 billion.\n"
        "The deal is small next to Kallang Pacific itself, which has a market value of about "
        "S$6.1 billion.\n"
    )
    valuations = [(c.subject, c.quantity.text) for c in claims if c.fact == "deals.valuation"]
    assert valuations == [
        ("Kallang Precision", "about S$1.8 billion"),
        ("Kallang Pacific", "about S$6.1 billion"),
    ]


def test_an_enterprise_value_is_no_valuation_nor_investment():
    claims = claims_of(
        "The deal gives Kallang Precision an enterprise value of about S$2.25 billion.\n"
    )
    assert [c.fact for c in claims] == []


def test_a_fiscal_year_written_as_one_word_is_no_name():
    claims = claims_of(
        "Seletar Microsystems reported its results.\n\n"
        "Revenue: S$1.42 billion (FY2024: S$1.27 billion), up 11.8%\n"
    )
    assert {c.subject for c in claims} == {"Seletar Microsystems"}


def test_money_a_part_contributed_is_no_revenue():
    claims = claims_of(
        "---\ndate: 2025-05-22\n---\nSeletar Microsystems's plant in Batam began production in "
        "October 2024 and contributed S$88.6 million of revenue in its first six months.\n"
    )
    assert [c.fact for c in claims] == []


def test_a_year_of_the_last_century_dates_a_deal():
    claims = claims_of("The Hartleys paid about £400,000 for the brewery back in 1961.\n")
    assert [c.period for c in claims] == ["1961"]


def test_a_figure_a_deal_puts_a_company_at_is_no_investment():
    claims = claims_of(
        "Calder Vale is paying £23m for 85% of Moorgate, which puts the brewery at roughly £27m. "
        "Corra puts its ARR at about €95m.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("deals.investment", "£23m"),
        ("deals.stake", "85%"),
    ]


def test_a_while_clause_with_a_subject_of_its_own_continues_no_fact():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nBrackenford Rovers said revenue for 2024 rose 9% to £18.7 "
        "million, helped by a cup run, while the wage bill climbed to £15.2 million, or 81% of "
        "turnover.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("financials.growth", "9%"),
        ("financials.revenue", "£18.7 million"),
    ]


def test_a_cue_after_and_with_a_verb_of_its_own_is_not_the_figure_s():
    claims = claims_of(
        "Corvane has about $2.4 billion of excess capital and has said it wants more deals.\n"
    )
    assert claims == []


def test_a_holding_still_owned_is_no_stake_a_deal_buys():
    claims = claims_of(
        "The Ashdown family still owns 14% of Pellham, and it bought roughly £4 million worth "
        "of shares in March.\n"
    )
    assert [(c.period, c.quantity.text) for c in claims if c.fact == "deals.stake"] == [
        ("earlier", "14%")
    ]
    claims = claims_of(
        "Ormond, which already owns 4.9% of Pellham, would pay £1.1 billion for the rest.\n"
    )
    assert [(c.period, c.quantity.text) for c in claims if c.fact == "deals.stake"] == [
        ("earlier", "4.9%")
    ]


def test_people_in_the_plural_opening_a_sentence_are_no_name():
    claims = claims_of(
        "Sable Ridge is buying Quintrell. Bankers will quote whichever number flatters the board.\n"
        "Equity value: nearly $2.9bn.\n"
    )
    assert {c.subject for c in claims} <= {"Quintrell", "Sable Ridge"}


def test_a_value_put_on_a_company_is_its_valuation():
    claims = claims_of(
        "Dunmore has bought a fifth of Fixly. The deal is part of a £30m fundraising that puts "
        "a value of about £60m on Fixly.\n"
    )
    valuations = [(c.subject, c.quantity.text) for c in claims if c.fact == "deals.valuation"]
    assert valuations == [("Fixly", "about £60m")]


def test_what_jobs_or_shares_are_worth_is_no_valuation():
    claims = claims_of(
        "Fixly took £4.1 million in booking fees on jobs worth about £52 million, and its "
        "founder bought shares worth £2 million.\n"
    )
    assert [c.fact for c in claims if c.fact == "deals.valuation"] == []


def test_like_for_like_sales_growth_is_no_total_sales_growth():
    report = check_documents(
        [
            parse_document(
                "---\ndate: 2025-06-10\n---\nHembury & Lowe's total sales rose 7% to £286 "
                "million in the first quarter of 2025.\n",
                "a.md",
            ),
            parse_document(
                "---\ndate: 2025-06-10\n---\nHembury & Lowe said like-for-like sales rose 2.1% "
                "in the first quarter of 2025.\n",
                "b.md",
            ),
        ]
    )
    assert [d.rule for d in report.diagnostics] == []


def test_a_share_of_a_sum_of_money_is_no_stake():
    claims = claims_of(
        "The dividend hands back about 60% of the $740 million Carrow Hill put into Pellworth. "
        "Carrow Hill owns about 85% of Pellworth.\n"
    )
    assert [c.quantity.text for c in claims if c.fact == "deals.stake"] == ["about 85%"]


def test_a_name_ending_in_a_word_for_a_place_is_no_pointing_back():
    claims = claims_of(
        "Harbor Labs is a company. The Kansas City Stampede had revenue of $265 million in 2024.\n"
    )
    assert [c.subject for c in claims] == ["Kansas City Stampede"]


def test_a_markup_on_an_older_price_is_no_stake_and_dates_only_that_price():
    claims = claims_of(
        "Brightwater's $264 million cheque for 8% of the Columbus Ironclads implies a valuation "
        "of roughly $3.3 billion, a 38% markup on the $2.4 billion the Caskey group paid in "
        "2021.\n"
    )
    assert [c.quantity.text for c in claims if c.fact == "deals.stake"] == ["8%"]
    valuations = {c.quantity.text: c.period for c in claims if c.fact == "deals.valuation"}
    assert valuations["roughly $3.3 billion"] == "current"


def test_money_a_season_and_a_deal_s_worth_are_no_valuation():
    claims = claims_of(
        "The Stampede signed a jersey patch deal with Pell & Barrow worth $22 million a season. "
        "Albion's broadcasting deal worth £150 million starts next season.\n"
    )
    assert [c.fact for c in claims if c.fact == "deals.valuation"] == []


def test_a_year_in_the_possessive_dates_the_figure_after_it():
    claims = claims_of(
        "---\ndate: 2025-11-25\n---\nRas Al Hamra approved its 2026 budget, with spending of "
        "AED 71.5 billion, 6.2% more than this year's AED 67.3 billion.\n"
    )
    spending = {c.quantity.text: c.period for c in claims if c.fact == "financials.spending"}
    assert spending["AED 71.5 billion"] == "2026"
    assert spending["AED 67.3 billion"] != "2026"


def test_a_bidder_s_offer_for_a_company_makes_the_company_the_topic():
    claims = claims_of(
        "Sable Ridge's $38.50-a-share offer for Quintrell is the sixth take-private of 2025. "
        "Equity value: nearly $2.9bn.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims if c.fact == "deals.valuation"] == [
        ("Quintrell", "nearly $2.9bn")
    ]


def test_a_holding_a_party_goes_to_is_what_the_deal_leaves():
    claims = claims_of(
        "The Quintrell family goes from about 22% of Quintrell to an indirect 10% stake.\n"
    )
    assert [(c.period, c.quantity.text) for c in claims if c.quantity.text == "10%"] == [
        ("after", "10%")
    ]


def test_a_termination_fee_is_no_investment():
    claims = claims_of(
        "Quintrell would pay Sable Ridge a termination fee of $87 million if it accepted a "
        "superior proposal.\n"
    )
    assert [c.fact for c in claims] == []


def test_a_half_year_is_a_period_of_its_own():
    claims = claims_of(
        "---\ndate: 2025-08-06\n---\nCorran Aviation reported revenue of $1.42 billion in the "
        "first half of 2025. Its revenue for 2024 was $2.7 billion.\n"
    )
    assert [(c.period, c.quantity.text) for c in claims] == [
        ("2025-H1", "$1.42 billion"),
        ("2024", "$2.7 billion"),
    ]


def test_a_price_in_two_currencies_buys_the_share_after_it():
    claims = claims_of(
        "Nordavia is paying NOK 4.9 billion (€420 million) for 24% of Baltair, and investors "
        "in Oslo have mostly shrugged.\n"
    )
    assert [(c.fact, c.subject, c.quantity.text) for c in claims] == [
        ("deals.investment", "Baltair", "NOK 4.9 billion"),
        ("deals.investment", "Baltair", "€420 million"),
        ("deals.stake", "Baltair", "24%"),
    ]


def test_a_place_past_the_words_saying_who_told_a_deal_is_no_target_of_it():
    claims = claims_of(
        "Tamar Bank will invest £80 million in Crestline Ferries for a 30% stake, the Plymouth "
        "operator said on Monday, in the largest bet on coastal shipping in southern England.\n"
    )
    assert [(c.fact, c.subject, c.quantity.text) for c in claims] == [
        ("deals.investment", "Crestline Ferries", "£80 million"),
        ("deals.stake", "Crestline Ferries", "30%"),
    ]


@pytest.mark.parametrize(
    ("owner", "name"),
    [("Crestline Marine's", "Crestline Marine"), ("Crestline Ferries'", "Crestline Ferries")],
)
def test_a_clause_without_a_name_gives_the_figures_of_the_name_the_sentence_opens_on(owner, name):
    claims = claims_of(
        "Tamar Bank said on Monday that it would back more regional transport operators.\n"
        f"{owner} revenue rose to £90 million in the year to March 2025 and EBITDA reached "
        "£9 million, but the net loss was still £12 million.\n"
    )
    assert [(c.fact, c.subject, c.quantity.text) for c in claims] == [
        ("financials.revenue", name, "£90 million"),
        ("financials.ebitda", name, "£9 million"),
        ("financials.loss", name, "£12 million"),
    ]


def test_each_part_of_a_round_is_backed_by_the_investor_named_after_it():
    claims = claims_of(
        "Brinefield said on Monday it had raised $90 million.\nThe $90 million round includes "
        "$60 million from Kolmar Chemical, which will hold a 10% stake, and $30 million from "
        "existing investors led by the Patagonia Growth Fund.\n"
    )
    assert [(c.fact, c.agent, c.quantity.text) for c in claims][-2:] == [
        ("deals.stake", "Kolmar Chemical", "10%"),
        ("deals.investment", "Patagonia Growth Fund", "$30 million"),
    ]


def test_a_valuation_a_buyers_payment_implies_is_not_the_buyers():
    claims = claims_of(
        "---\ntitle: Brinefield raises $90 million\n---\nBrinefield's new round is the largest "
        "for a lithium project this year.\nKolmar is paying about $60 million for 10%, which "
        "implies the $600 million valuation the company announced.\n"
    )
    assert [(c.fact, c.subject, c.quantity.text) for c in claims][-1] == (
        "deals.valuation",
        "Brinefield",
        "$600 million",
    )


def test_a_unit_between_the_owner_and_the_figure_keeps_the_figure_from_the_owner():
    claims = claims_of(
        "Horloge Group reported revenue of €2.1 billion for 2024.\nHorloge's leather goods arm "
        "grew revenue 8% to €450 million.\n"
    )
    assert [(c.fact, c.subject) for c in claims] == [
        ("financials.revenue", "Horloge"),
        ("financials.growth", None),
        ("financials.revenue", None),
    ]


def test_a_figure_analysts_expected_leaves_the_next_clause_reported():
    claims = claims_of(
        "---\ndate: 2025-07-31\n---\nBanca Orsetti made a second-quarter net profit of nearly "
        "€85 million, ahead of the €80 million analysts had expected, on revenue of about €410 "
        "million.\n"
    )
    assert [(c.fact, c.quantity.text, c.modality) for c in claims] == [
        ("financials.profit", "nearly €85 million", "reported"),
        ("financials.revenue", "about €410 million", "reported"),
    ]


def test_a_neighbour_named_after_the_opening_takes_the_sentence_s_figures():
    claims = claims_of(
        "Cobalt Bay Credit Union reported 2024 net income of $18.7 million.\nIts neighbor to "
        "the south, Siskiyou Federal Credit Union, reported 2024 net income of $6.4 million.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims] == [
        ("Cobalt Bay Credit Union", "$18.7 million"),
        ("Siskiyou Federal Credit Union", "$6.4 million"),
    ]


@pytest.mark.parametrize(
    ("before", "subject"),
    [
        ("The alcohol-free range is the bright spot.", None),
        ("Its cider range is the bright spot.", None),
        ("The brewer is having a good year.", "Brouwerij Haaksbergen"),
    ],
)
def test_it_after_a_sentence_about_a_thing_is_the_thing(before, subject):
    claims = claims_of(
        "---\ndate: 2025-03-04\n---\nBrouwerij Haaksbergen grew revenue 5% to €1.2 billion in "
        f"2024.\n{before} It grew 19% last year.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == (subject, "19%")


def test_a_group_holding_a_stake_in_a_clause_of_its_own_is_its_party():
    claims = claims_of(
        "Halvergate Drinks will pay £42 million for Saltmarsh Distilling.\nThe founders, who "
        "together own 71% of Saltmarsh Distilling, will stay on.\n"
    )
    assert [(c.fact, c.subject, c.agent) for c in claims] == [
        ("deals.investment", "Saltmarsh Distilling", "Halvergate Drinks"),
        ("deals.stake", "Saltmarsh Distilling", "the founders"),
    ]


def test_cash_a_company_has_is_no_spending():
    claims = claims_of(
        "---\ndate: 2025-05-08\n---\nThe company plans to spend $90 million to $110 million on "
        "new depots, and it has $214 million of cash to do it with.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("financials.spending", "$90 million to $110 million")
    ]


def test_a_name_in_a_clause_of_cause_does_not_become_the_topic():
    claims = claims_of(
        "---\ndate: 2025-07-31\n---\nBanca Orsetti's net profit rose 12% to €84.6 million in the "
        "second quarter.\nNet interest income fell 3% as the European Central Bank's rate cuts "
        "fed through.\nFirst-half net profit came to €161.3 million.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == ("Banca Orsetti", "€161.3 million")


def test_a_price_of_one_unit_leaves_the_year_to_the_figure_after():
    claims = claims_of(
        "---\ndate: 2025-06-10\n---\nPelham rejected a 350 pence-a-share approach from "
        "Ormond in November 2024, which valued it at about £1 billion.\n"
    )
    assert [(c.quantity.text, c.period) for c in claims] == [("about £1 billion", "2024")]


def test_a_per_share_aside_leaves_the_period_after_it_to_the_figure_before():
    claims = claims_of(
        "---\ndate: 2025-04-22\n---\nRidgemont Bancorp today announced net income of $48.2 "
        "million, or $0.91 per diluted share, for the first quarter of 2025.\n"
    )
    assert [(c.quantity.text, c.period) for c in claims] == [("$48.2 million", "2025-Q1")]


def test_its_own_figures_are_the_rival_s_named_after_a_possessive():
    claims = claims_of(
        "---\ndate: 2025-03-05\n---\nKoningsveld grew revenue 5% in 2024.\nRevenue grew 5%, and "
        "Koningsveld's smaller rival Veluwe Bieren says its own alcohol-free sales rose 34%.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == ("Veluwe Bieren", "34%")


def test_a_forecaster_s_full_name_counts_as_one_word_before_the_verb():
    claims = claims_of(
        "Laadhaven grew revenue 46% in 2024.\nAnalyst Femke de Wit of Polder Capital expects "
        "revenue of €80 million in 2025.\n"
    )
    assert [c.quantity.text for c in claims] == ["46%"]


def test_the_company_after_a_seller_opens_a_sentence_is_the_seller():
    claims = claims_of(
        "Halden Mobile is selling a 40% stake in Kestrel Towers to Brannock Partners.\n"
        "Halden Mobile says the proceeds will go towards paying down debt.\nThe company made "
        "an operating profit of £286 million last year.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == ("Halden Mobile", "£286 million")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Vireo Systems paid $150 million for 10% of Pinegate Studios in Montreal.",
            "Pinegate Studios",
        ),
        (
            "Kurosawa Estate will pay £300 million for 49% of Ashby Wharf Estates, in the "
            "developer's largest purchase outside Asia.",
            "Ashby Wharf Estates",
        ),
        (
            "Kivikko paid €28 million for a 35% stake in Tallinn studio Pilvi Mängud.",
            "Pilvi Mängud",
        ),
    ],
)
def test_a_place_is_no_company_a_stake_is_bought_in(text, company):
    claims = claims_of(text + "\n")
    assert {c.subject for c in claims if c.fact == "deals.stake"} == {company}


def test_a_cue_in_a_clause_of_cause_after_the_figure_is_not_its_own():
    claims = claims_of(
        "Orchard & Ash reported an operating loss of £1.4 million as it invested in brand and "
        "distribution.\n"
    )
    assert [c.fact for c in claims] == []


def test_a_place_in_the_possessive_after_a_related_party_opening_is_not_the_party():
    claims = claims_of(
        "Velora raised €20 million.\nIts closest competitor, Lyon's Autocell, raised €40 "
        "million last autumn at a €190 million valuation.\n"
    )
    assert {c.subject for c in claims[1:]} == {"Autocell"}


def test_a_description_opening_a_sentence_keeps_the_topic_from_a_place_after_it():
    claims = claims_of(
        "Tembusu Leasing made a profit of $141 million in 2024.\nThe lessor is less exposed "
        "than it looks: Asia is its biggest market.\nIts revenue rose 9% last year.\n"
    )
    assert [c.subject for c in claims] == ["Tembusu Leasing", "Tembusu Leasing"]


def test_what_a_concession_brings_in_over_its_life_is_no_valuation():
    claims = claims_of(
        "Firth Ports signed a 30-year concession in March, worth about £1.1 billion over its "
        "life.\n"
    )
    assert [c.fact for c in claims if c.fact == "deals.valuation"] == []


def test_by_sets_a_deadline_only_before_a_time():
    claims = claims_of(
        "---\ndate: 2025-05-28\n---\nPolicyNest said its loss for 2024 narrowed to under Rs 40 "
        "crore while revenue rose by more than a third to over Rs 600 crore.\n"
        "Harbor Labs expects revenue of $2 billion by 2027.\n"
    )
    assert [(c.fact, c.modality, c.quantity.text) for c in claims] == [
        ("financials.loss", "reported", "under Rs 40 crore"),
        ("financials.revenue", "reported", "over Rs 600 crore"),
        ("financials.revenue", "projected", "$2 billion"),
    ]


def test_a_round_priced_at_a_figure_values_the_company():
    claims = claims_of(
        "MedRoute's round of thirty-five million dollars, priced at $240 million, is the "
        "clearest sign yet that valuations are gone.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims] == [
        ("deals.round", "thirty-five million dollars"),
        ("deals.valuation", "$240 million"),
    ]


def test_a_year_opening_a_statement_dates_nothing_past_a_semicolon():
    claims = claims_of(
        "---\ndate: 2025-06-03\n---\nKanopi's Series B in 2023 valued it at US$180 million; "
        "this round values it at US$250 million.\n"
    )
    assert [(c.period, c.quantity.text) for c in claims] == [
        ("2023", "US$180 million"),
        ("current", "US$250 million"),
    ]


def test_a_buyer_buying_a_share_pays_for_it_past_an_aside():
    claims = claims_of(
        "Suraksha General is buying 16% of CareLoop Health, the Pune-based outpatient care "
        "network, for Rs 400 crore.\n"
    )
    assert summary(claims) == [
        ("deals.stake", "CareLoop Health", "Suraksha General", "current", "16%"),
        ("deals.investment", "CareLoop Health", "Suraksha General", "current", "Rs 400 crore"),
    ]


def test_a_place_in_the_possessive_before_a_company_is_no_subject():
    claims = claims_of(
        "Singapore's Mendara Health, which runs clinics in Malaysia, narrowed its net loss to "
        "S$31 million in 2024.\n"
    )
    assert [c.subject for c in claims] == ["Mendara Health"]


@pytest.mark.parametrize(
    "text, subjects",
    [
        # a relative clause past a description set off by commas
        (
            "Compare that with Osgood Fertilizers, the Tampa phosphate miner, whose net income "
            "fell to $288 million in 2024.",
            ["Osgood Fertilizers"],
        ),
        # a value "of" a figure put "on" a name
        (
            "Hoshimura Electric's bid for the rest of Kaneda Precision puts a price tag of nearly "
            "¥590 billion on Kaneda.",
            ["Kaneda Precision"],
        ),
        # a relative clause past a description, whose word of a nation is no name
        (
            "Compare that with Medisched, the Dutch rival, which raised $40 million last month.",
            ["Medisched"],
        ),
        # a long description the cue's verb acts on: the company the money went into
        (
            "Granite Harbor Bank's investment in Ledgerly, announced Tuesday, values the Boston "
            "cash-flow software startup at roughly $180 million.",
            ["Ledgerly"],
        ),
        # a dateline of a place written with accents names no company
        (
            "SÃO PAULO, May 14, 2025 (Meridian Wire) - Mercavia said its revenue for the first "
            "quarter rose 22% to R$3.1 billion.",
            ["Mercavia", "Mercavia"],
        ),
    ],
)
def test_the_company_a_figure_is_of(text, subjects):
    assert [c.subject for c in claims_of(text + "\n")] == subjects


def test_a_deal_its_maker_is_named_after_is_theirs():
    claims = claims_of(
        "Halvorsen Pharma's pact for Corriveau Therapeutics' antibody is the biggest deal yet, "
        "edging out the $1 billion tie-up Brightwater Bio struck with Sagano Pharma.\n"
    )
    assert [(c.subject, c.agent) for c in claims] == [("Sagano Pharma", "Brightwater Bio")]


def test_a_conversion_after_or_states_what_its_figure_does():
    claims = claims_of(
        "Baekdu Partners' tender offer values Sunjin Metals at about 17 trillion won, or "
        "roughly $12.2 billion, a 38% premium.\n"
    )
    assert [(c.fact, c.subject) for c in claims] == [("deals.valuation", "Sunjin Metals")] * 2


def test_the_whole_worth_of_a_deal_or_an_offer_is_neither_investment_nor_valuation():
    assert (
        claims_of(
            "Driftwood Podcasts is being bought outright by Tallis Audio in a deal worth "
            "forty-five million dollars.\n",
            "The offer, worth as much as 2.5 trillion won if fully taken up, lifts its stake.\n",
            "Tallis Audio agreed to buy Driftwood in a deal valued at $45 million.\n",
        )
        == []
    )
    kept = claims_of("The deal valued Driftwood at $45 million.\n")
    assert summary(kept) == [("deals.valuation", "Driftwood", None, "current", "$45 million")]


def test_a_person_s_own_estimate_is_no_claim():
    assert (
        claims_of(
            "Analyst Ben Achterberg of Harwick & Co. is less sure; Achterberg puts Ravenhurst's "
            "standalone value at about $2.9 billion.\n",
            "Ana Lutz, an analyst at Birch, estimates Ravenhurst's value at $3 billion.\n",
            "Analyst Ana Lutz of Birch & Vale puts Ravenhurst's fair value at $3.1 billion.\n",
        )
        == []
    )
    kept = claims_of("Chief executive Ana Lutz said the deal values Ravenhurst at $2.4 billion.\n")
    assert [c.quantity.text for c in kept] == ["$2.4 billion"]


def test_money_raised_since_a_time_is_all_rounds_and_a_value_put_on_it_no_investment():
    assert (
        claims_of(
            "Tarangini Finance has now raised Rs 3,150 crore from investors since it listed in "
            "2019.\n"
        )
        == []
    )
    claims = claims_of(
        "---\ndate: 2025-05-21\n---\nThe deal values the club well above the €140 million put "
        "on it in 2021.\n"
    )
    assert [(c.fact, c.period) for c in claims] == [("deals.valuation", "2021")]


def test_a_specific_cue_as_near_as_a_general_one_says_what_a_figure_is():
    claims = claims_of("Cundeelee was worth about A$150 million before the new money.\n")
    assert [c.fact for c in claims] == ["deals.pre_money"]


def test_the_quarter_is_the_newest_quarter_named_before_it():
    claims = claims_of(
        "Revenue was RMB1.42 billion in the first quarter of 2025, up 38% from RMB1.03 billion "
        "in the first quarter of 2024.\n\nNet loss for the quarter was RMB312 million.\n"
    )
    assert [c.period for c in claims if c.fact == "financials.loss"] == ["2025-Q1"]


@pytest.mark.parametrize(
    "outlook",
    [
        "full-year revenue of $2.55 billion to $2.65 billion",
        "revenue of $2.55 billion to $2.65 billion for the full year",
    ],
)
def test_a_full_year_figure_beside_the_quarter_is_not_the_quarter_s(outlook):
    claims = claims_of(
        "---\ndate: 2025-05-07\n---\nRevenue was $745 million in the first quarter of 2025.\n\n"
        f"Nerevo sales rose 41% in the quarter to $238 million, and the company now expects "
        f"{outlook}.\n"
    )
    assert [(c.quantity.text, c.period) for c in claims if c.fact == "financials.revenue"] == [
        ("$745 million", "2025-Q1"),
        ("$238 million", "2025-Q1"),
        ("$2.55 billion to $2.65 billion", ""),
    ]


def test_a_name_past_a_clause_break_after_the_cue_is_not_its_company():
    claims = claims_of(
        "Rival issuer Quillmarch raised $200 million in March at a $2.1 billion valuation, so "
        "Brisko is still the smaller of the two.\n"
    )
    assert {c.subject for c in claims} == {"Quillmarch"}


def test_a_financing_facility_and_an_analyst_s_forecast_past_an_aside_are_no_claims():
    assert (
        claims_of(
            "Najd Medical raised money from a SAR 1 billion Islamic financing facility.\n",
            "Ravi Menon, an analyst at Coldwater Research, expects Tidemark's revenue to reach "
            "about $450 million this year.\n",
        )
        == []
    )


def test_stakes_in_things_of_a_kind_are_in_no_company():
    claims = claims_of(
        "Brightwater paid £60 million for 25% of Kestrel Lane Studios. More broadcasters will "
        "follow with stakes of 10% to 20% in independents.\n"
    )
    assert [(c.quantity.text, c.subject) for c in claims][-1] == ("10% to 20%", None)


def test_goods_worth_a_sum_at_list_prices_are_no_valuation():
    assert claims_of("It has 62 jets on order, worth about $8.5 billion at list prices.\n") == []


def test_a_described_target_after_the_figure_outranks_a_place_before_it():
    claims = claims_of(
        "Tamsin Foods makes soup in Leeds. Aster Capital, which runs 900 shops in the Oslo "
        "region, is taking a 20% stake in the Leeds company for roughly £180m.\n"
    )
    assert ("deals.stake", "Tamsin Foods", "Aster Capital", "current", "20%") in summary(claims)


def test_a_name_after_in_governed_by_no_stake_is_no_target_after_the_figure_either():
    claims = claims_of(
        "Aster Capital is paying €420m for 35% of Harbor Terminals, the largest terminal deal "
        "in the Low Countries this year.\n"
    )
    assert {c.subject for c in claims} == {"Harbor Terminals"}


def test_a_name_after_in_far_from_any_stake_is_a_place_not_a_target():
    claims = claims_of(
        "Aster Capital will pay £420 million for 30% of Tamsin Foods.\n\n"
        "Tamsin Foods will stay in Bergen after Aster Capital agreed to buy a 30% stake "
        "for £420 million.\n"
    )
    assert {c[1] for c in summary(claims)} == {"Tamsin Foods"}


def test_parts_saying_what_kind_of_money_a_sum_is_state_no_fact():
    claims = claims_of(
        "Rafiki Bank will pay $36 million for a 20% stake in Tausi. The $36 million includes "
        "$20 million of new shares issued by Tausi and $16 million of existing shares bought "
        "from early backers.\n"
    )
    assert [c.quantity.text for c in claims] == ["$36 million", "20%"]


def test_investors_pricing_a_company_at_a_sum_value_it():
    claims = claims_of(
        "At its 2022 Series B, investors priced Tausi at $310 million, and Fynbos Partners' "
        "$45 million cheque was among the largest.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims][0] == ("deals.valuation", "$310 million")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rheinwerk Energie's latest purchase values Lumaris Renewables at about €2.7 billion, "
            "up from €1.2 billion in 2022, when the German utility paid €300 million for its "
            "first 25% stake.",
            [
                ("deals.valuation", "Lumaris Renewables", "current"),
                ("deals.valuation", "Lumaris Renewables", "2022"),
                ("deals.investment", "Lumaris Renewables", "2022"),
                ("deals.stake", "Lumaris Renewables", "2022"),
            ],
        ),
        (
            "The price values Lumaris Renewables at €2.7 billion, more than double the €1.2 "
            "billion at which Rheinwerk Energie bought its first 25% in 2022.",
            [
                ("deals.valuation", "Lumaris Renewables", "current"),
                ("deals.valuation", "Lumaris Renewables", "2022"),
                ("deals.stake", "Lumaris Renewables", "2022"),
            ],
        ),
        (
            "The deal values Cobalt Labs at $3.2 billion, almost three times the $1.1 billion "
            "at which Harrow Ventures led its 2022 round.",
            [
                ("deals.valuation", "Cobalt Labs", "current"),
                ("deals.valuation", "Cobalt Labs", "2022"),
            ],
        ),
        (
            "Pannon Group's purchase of a further 15% for €63 million values Moravska Cement at "
            "€420 million, up from the €280 million at which it bought its first 25% in 2021.",
            [
                ("deals.stake", "Moravska Cement", "current"),
                ("deals.investment", "Moravska Cement", "current"),
                ("deals.valuation", "Moravska Cement", "current"),
                ("deals.valuation", "Moravska Cement", "2021"),
                ("deals.stake", "Moravska Cement", "2021"),
            ],
        ),
    ],
)
def test_a_deal_told_with_the_figure_a_valuation_is_set_against_dates_only_that(text, expected):
    claims = claims_of("---\ndate: 2025-06-03\n---\n" + text + "\n")
    assert [(c.fact, c.subject, c.period) for c in claims] == expected


def test_a_name_a_relative_clause_s_verb_acts_on_is_not_after_the_preposition_before():
    claims = claims_of(
        "Qasr Capital, which has spent two years circling farms, is buying into the trader "
        "in a deal that values Agrovale Graos at $4 billion.\n"
    )
    assert summary(claims) == [("deals.valuation", "Agrovale Graos", None, "current", "$4 billion")]


def test_a_holding_of_a_company_s_promoters_is_in_that_company():
    claims = claims_of(
        "Tavishi Foods will pay £138 million for 76% of Kettleby. The Joshi family, Tavishi "
        "Foods's promoters, hold 58.3% and have pledged none of it.\n"
    )
    assert summary(claims)[-1] == ("deals.stake", "Tavishi Foods", None, "current", "58.3%")


def test_a_writedown_is_no_valuation():
    claims = claims_of(
        "Kalgarin Resources swung to a net loss of A$88 million in 2024, as a slump in nickel "
        "prices forced a A$140 million writedown of its Lake Rebecca project.\n"
    )
    assert [c.fact for c in claims] == ["financials.loss"]


def test_money_a_stake_is_sold_for_past_a_long_description_of_the_buyer_is_its_price():
    claims = claims_of(
        "Pennard Mutual has agreed to sell a 40% stake in its broking arm Ashcombe Brokers to "
        "London private equity firm Calloway Partners for £96 million.\n"
    )
    assert [c.fact for c in claims] == ["deals.stake", "deals.investment"]


def test_a_league_before_club_and_a_name_leaves_the_club_the_company():
    claims = claims_of(
        "Premier Division club Harlow Rovers cut its pre-tax loss to £3.2 million in 2025.\n"
    )
    assert summary(claims) == [
        ("financials.loss", "Harlow Rovers", None, "2025", "£3.2 million"),
    ]


def test_a_bold_run_in_heading_is_no_name():
    claims = claims_of(
        "Harlow Rovers filed its accounts.\n\n"
        "**Headline figures.** Turnover came to nearly £49 million, and the pre-tax loss "
        "shrank to just over £3 million.\n"
    )
    assert {c.subject for c in claims} == {"Harlow Rovers"}


def test_money_made_by_those_trading_through_a_company_is_not_its_revenue():
    claims = claims_of(
        "Tessaro had revenue of $486 million in 2024. Its franchisees booked sales of "
        "$1.2 billion, up from $1 billion, and operators running its platform generated "
        "$9.8 billion of turnover. The company's sales rose to $500 million in 2025.\n"
    )
    assert [c.quantity.text for c in claims if c.fact == "financials.revenue"] == [
        "$486 million",
        "$500 million",
    ]


def test_a_bold_figure_leading_into_what_it_is_takes_that_fact():
    claims = claims_of(
        "Skyrail reported results.\n\n"
        "**$86.4 million.** Skyrail's first-quarter 2025 revenue, up from a year earlier.\n"
    )
    assert summary(claims) == [
        ("financials.revenue", "Skyrail", None, "2025-Q1", "$86.4 million"),
    ]


def test_a_cue_denied_names_nothing_the_figure_is():
    claims = claims_of("The $126 million contract Skyrail signed in March is not revenue yet.\n")
    assert claims == []


def test_a_pair_of_prices_of_one_unit_states_no_fact():
    claims = claims_of(
        "Mawarid Holding owns 38% of Najmat. The buyer will pay for the water at tariffs of "
        "SAR 1.71 and SAR 1.86 per cubic metre.\n"
    )
    assert [c.quantity.text for c in claims] == ["38%"]


def test_management_is_no_company():
    claims = claims_of(
        "Najmat Water reported its results. Management wants to spend SAR 4.5 billion in 2026.\n"
    )
    assert [c.subject for c in claims] == ["Najmat Water"]


def test_what_contracts_are_worth_combined_is_no_valuation():
    claims = claims_of(
        "Hoshizora has contracts for 19 launches, worth a combined ¥27 billion, from "
        "customers including Kitaboshi Systems.\n"
    )
    assert [c.fact for c in claims] == []


def test_a_place_before_company_and_a_comma_describes_the_topic():
    claims = claims_of(
        "Vellmar Orbital has landed a backer. APS is paying €180 million for a 20% stake in "
        "the Toulouse company, which is building a rocket.\n"
    )
    assert {c.subject for c in claims} == {"Vellmar Orbital"}


def test_a_city_before_a_jeweller_and_a_name_leaves_the_jeweller_the_company():
    claims = claims_of(
        "Orsenne shares fell in Paris on Thursday.\n\n"
        "Paris jeweller Orsenne posted sales of €1.28 billion for the first half of 2025.\n"
    )
    assert summary(claims) == [
        ("financials.revenue", "Orsenne", None, "2025-H1", "€1.28 billion"),
    ]


def test_a_rise_on_the_year_ago_quarter_is_not_of_that_quarter():
    claims = claims_of(
        "Skyrail had first-quarter 2025 revenue of $86.4 million, up about 66% on the "
        "year-ago quarter. Kestrel's revenue rose 12% in the first quarter of 2024.\n"
    )
    assert [(c.subject, c.period) for c in claims if c.fact == "financials.growth"] == [
        ("Skyrail", ""),
        ("Kestrel", "2024-Q1"),
    ]


def test_a_dateline_naming_a_city_and_its_two_word_island_is_no_company():
    claims = claims_of(
        "SAN JUAN, Puerto Rico, June 3, 2025 /PRNewswire/ -- Brisa Stays today reported "
        "revenue of $184 million for 2024.\n"
    )
    assert summary(claims) == [("financials.revenue", "Brisa Stays", None, "2024", "$184 million")]


def test_a_description_valued_after_a_percentage_of_a_company_is_that_company():
    claims = claims_of(
        "Zukunftsfonds Sachsen is taking 24.9% of Ostmark Saaten in a capital increase that "
        "values the Magdeburg breeder at €950 million.\n"
    )
    assert [(c.fact, c.subject) for c in claims if c.fact == "deals.valuation"] == [
        ("deals.valuation", "Ostmark Saaten")
    ]


def test_an_analyst_with_a_hyphenated_given_name_gives_no_valuation():
    claims = claims_of(
        "Lee Su-bin, an analyst at Daewon Securities, estimates Paydeul could be worth "
        "1.5 trillion won by 2027.\n"
    )
    assert [c.fact for c in claims if c.fact == "deals.valuation"] == []


def test_what_a_thing_named_before_worth_is_worth_is_no_valuation():
    claims = claims_of(
        "Tallowood recovered copper, gold and palladium worth A$9.7 million in the quarter. "
        "The miner is now worth about A$260 million.\n"
    )
    assert [(c.fact, c.quantity.text) for c in claims if c.fact == "deals.valuation"] == [
        ("deals.valuation", "about A$260 million")
    ]


def test_a_share_price_or_a_count_moving_is_no_growth_of_the_accounts():
    text = (
        "Mirrorline narrowed its loss, sending its shares up 14% in after-hours trading.\n\n"
        "- Active subscribers of 151,300 at quarter end, up 4% year on year.\n"
    )
    assert [c.measure for c in claims_of(text)] == [OTHER_MEASURE, OTHER_MEASURE]
