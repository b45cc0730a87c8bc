"""People named with a role, an aside or a quotation are never the company a figure is about."""

from collections import Counter

import pytest
from test_claims import claims_of, summary

from factlint.claims import Entities
from factlint.claims.entities import PERSON_ROLES
from factlint.claims.people import People

DATED = "---\ndate: 2025-05-02\n---\n"
DORNICK = DATED + "Dornick Freight reported revenue of €1.2 billion for 2024"

# Each text, with the subjects of its claims in order.
SUBJECTS = {
    "a role holder speaking leaves the figure to the company named": (
        "Dornick Freight runs trucks. Chief executive Ilse Varga said Dornick Freight would "
        "spend €48 million this year on new trucks.\n",
        ["Dornick Freight"],
    ),
    "a role holder speaking leaves the figure to the topic": (
        DORNICK + ". Finance chief Ilse Varga said the group would spend €48 million in 2025.\n",
        ["Dornick Freight"] * 2,
    ),
    "a figure a role holder states without speaking is no company's": (
        DATED + "Ostmark Rail will spend A$3.1 billion in 2026. Treasurer Pol Brandt has put "
        "total spending at A$9.2 billion in 2026.\n",
        ["Ostmark Rail"],  # a person's figure: no claim at all
    ),
    "an analyst in an aside owns no forecast": (
        DORNICK + ". Ruth Amsel, an analyst at Keller Brook, said she expects revenue of about "
        "€1.3 billion in 2025.\n",
        ["Dornick Freight"] * 2,
    ),
    "a person's surname alone is the same person": (
        DORNICK + ", chief executive Ilse Varga said. Varga said revenue would reach about "
        "€1.3 billion in 2025.\n",
        ["Dornick Freight"] * 2,
    ),
    "a person never becomes the topic": (
        DORNICK + ". Local councillor Bram Oster welcomed the results. Revenue in 2023 had "
        "been €1.1 billion.\n",
        ["Dornick Freight"] * 2,
    ),
    "the speaker of a quotation and the words quoted leave the topic": (
        DORNICK + '.\n\n"Margins held up," Varga says. "We will spend about €20 million on '
        'depots in 2025."\n',
        ["Dornick Freight"] * 2,
    ),
    "a word of a title is no name": (
        DORNICK + ". Chief Financial Officer Ilse Varga said the company expects revenue of "
        "about €1.3 billion in 2025.\n",
        ["Dornick Freight"] * 2,
    ),
    "a company named after its family stays a company": (
        DATED + 'Verlow Snacks had sales of €90 million in 2024. "We love pretzels," Verlow '
        "said. Verlow expects sales of €100 million in 2025.\n",
        ["Verlow"] * 2,
    ),
    "a role before the next name is not an aside about the name before": (
        "Brightmoor Growth invested €45 million for a 9% stake in Pellow, chief financial "
        "officer Joris Amsel told us.\n",
        ["Pellow"] * 2,
    ),
    "a description that is no role leaves a company": (
        "Harlow Trucks, the market leader, grew revenue 6% in 2024.\n",
        ["Harlow Trucks"],
    ),
}


@pytest.mark.parametrize("text, subjects", SUBJECTS.values(), ids=SUBJECTS.keys())
def test_a_person_is_never_whose_figure_it_is(text, subjects):
    assert [c.subject for c in claims_of(text)] == subjects


def test_a_title_is_no_part_of_a_name():
    names = Entities(Counter({"Pol Brandt": 1})).mentions("Treasurer Pol Brandt spoke.")
    assert [m.entity for m in names] == ["Pol Brandt"]


def test_a_founder_acting_in_a_deal_stays_a_party():
    claims = claims_of("Founder Lena Marsh bought a further 5% of Quillby Foods for £2 million.\n")
    assert summary(claims) == [
        ("deals.stake", "Quillby Foods", "Lena Marsh", "current", "5%"),
        ("deals.investment", "Quillby Foods", "Lena Marsh", "current", "£2 million"),
    ]


def test_roles_of_two_words_count_only_together():
    assert "council leader" in PERSON_ROLES and "leader" not in PERSON_ROLES
    entities = Entities(Counter({"Harlow Trucks": 2, "Mara Quint": 1}))
    text = "Council leader Mara Quint said Harlow Trucks would stay."
    people = People([(text, entities.mentions(text))])
    assert [people.is_person(m) for m in entities.mentions(text)] == [True, False]


def test_money_borrowed_does_not_continue_the_figure_before():
    claims = claims_of(
        DATED + "Dornick Freight will spend up to £85 million on a depot in 2026, and could "
        "borrow a further £20 million if costs rise.\n"
    )
    assert [c.quantity.text for c in claims] == ["up to £85 million"]


def test_a_figure_denied_states_no_fact():
    claims = claims_of(
        DATED + 'Ilse Varga, Chief Executive, said: "More profit, and not a penny more on '
        'the price of a loaf."\n'
    )
    assert claims == []


def test_a_description_owning_the_topic_is_not_the_topic():
    claims = claims_of(
        DATED + "Ostmark Rail will spend A$3.1 billion in 2026. The state government, which "
        "owns Ostmark Rail, is providing A$2.9 billion through its 2025-26 budget.\n"
    )
    assert [c.subject for c in claims] == ["Ostmark Rail", None]


def test_a_role_held_since_a_year_makes_a_person():
    claims = claims_of(
        "Orsenne reported results.\n\n"
        "Hélène Marchetti, chief executive since 2019, blamed gold, which rose 40% in a year.\n\n"
        "Revenue rose 12%.\n"
    )
    assert {c.subject for c in claims} == {"Orsenne"}


def test_a_firm_joined_by_an_ampersand_is_no_person_by_its_surname():
    claims = claims_of(
        "---\ndate: 2025-06-05\n---\nHarcourt & Lisle, the Bath jeweller, lifted revenue to "
        "£412.6 million in 2024.\nManaging director Rupert Lisle, 58, said the family was not "
        "selling.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims] == [
        ("Harcourt & Lisle", "£412.6 million")
    ]


def test_people_named_in_an_aside_about_the_subject_state_no_figure():
    claims = claims_of(
        "---\ndate: 2025-06-12\n---\nLumora Clinics has raised £25 million.\nThe company, founded "
        "in 2020 by embryologist Dr Nadia Rahman and former banker Owen Pryce, said revenue "
        "rose to £42 million in 2024.\n"
    )
    assert [(c.subject, c.quantity.text) for c in claims][-1] == ("Lumora Clinics", "£42 million")


def test_an_adviser_s_own_estimate_is_no_claim():
    claims = claims_of(
        "Gareth Pym, a football finance adviser at Fairclough Partners, reckons the club is "
        "worth nearer £320 million on current earnings.\n"
    )
    assert claims == []
