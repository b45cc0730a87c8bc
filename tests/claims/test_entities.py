from collections import Counter

from factlint.claims.entities import Entities, is_title_case

RUNNING = [
    "Talks between Aster Capital and Harbor Labs went on for weeks.",
    "Analysts said Harbor could double its sales, and Aster Capital Inc. agreed.",
    "Northwind is in talks to buy Globex.",
    "Founded in 2019, the company grew fast; founded firms often do.",
    "Meanwhile the Scale AI team met the U.S. Department of Defense.",
]


def test_names_are_learned_from_running_prose_and_aliases_folded():
    entities = Entities.from_sentences(RUNNING)
    assert entities.canonical("Aster Capital") == "Aster Capital"
    assert entities.canonical("Harbor") == "Harbor Labs"
    assert entities.canonical("Scale AI") == "Scale AI"
    assert entities.canonical("Northwind") == "Northwind"


def test_capitalized_ordinary_words_are_not_names():
    entities = Entities.from_sentences(RUNNING)
    for word in ("Talks", "Analysts", "Founded", "Meanwhile", "AI"):
        assert entities.canonical(word) is None


def test_mentions_note_possessives_and_prepositions():
    entities = Entities.from_sentences(RUNNING)
    mentions = entities.mentions("Aster Capital's $3 billion investment in Harbor Labs")
    assert [(m.entity, m.possessive, m.after_preposition) for m in mentions] == [
        ("Aster Capital", True, None),
        ("Harbor Labs", False, "in"),
    ]


def test_declared_aliases_join_an_entity():
    entities = Entities(Counter({"Meta Platforms": 2, "Facebook": 1}), {"Meta": ["Facebook"]})
    assert entities.canonical("Facebook") == entities.canonical("Meta")


def test_a_seller_keeping_part_of_a_unit_that_shares_its_name_is_another_company():
    entities = Entities.from_sentences(
        [
            "Nordhav will pay NOK 2.4 billion for 80% of Fjordvik Aqua, and Fjordvik will keep "
            "the remaining 20%.",
            "Fjordvik Aqua had revenue of NOK 1.9 billion in 2024.",
            "Shares in Fjordvik rose 6.1%.",
        ]
    )
    assert entities.canonical("Fjordvik") == "Fjordvik"
    assert entities.canonical("Fjordvik Aqua") == "Fjordvik Aqua"


def test_a_short_name_beside_its_long_one_is_still_its_alias():
    entities = Entities.from_sentences(
        [
            "Hoshimura's bid for Kaneda Precision puts a price of ¥590 billion on Kaneda.",
            "Alder Street Capital bought 15% in 2020; Alder Street is selling that holding.",
        ]
    )
    assert entities.canonical("Kaneda") == "Kaneda Precision"
    assert entities.canonical("Alder Street") == "Alder Street Capital"


def test_a_short_name_of_several_longer_ones_joins_the_one_written_most():
    entities = Entities(Counter({"Harrow Vets": 1, "Harrow Veterinary Group": 3, "Harrow": 2}))
    assert entities.canonical("Harrow") == "Harrow Veterinary Group"
    even = Entities(Counter({"Harrow Vets": 2, "Harrow Veterinary Group": 3, "Harrow": 2}))
    assert even.canonical("Harrow") == "Harrow"


def test_a_name_in_apposition_to_a_related_party_takes_its_preposition():
    entities = Entities.from_sentences(
        ["Aster will buy 26% of Harbor Labs from its parent, Leeds-based Kelso Group, for £8m."]
    )
    mentions = entities.mentions(
        "Aster will buy 26% of Harbor Labs from its parent, Leeds-based Kelso Group, for £8m."
    )
    assert [(m.entity, m.after_preposition) for m in mentions][-1] == ("Kelso", "from")


def test_a_name_ending_like_a_nationality_is_a_name_and_a_nationality_is_not():
    entities = Entities.from_sentences(
        ["Analysts like Halloran a lot.", "Analysts like German cars and Korean ships."]
    )
    assert entities.canonical("Halloran") == "Halloran"
    assert entities.canonical("German") is None
    assert entities.canonical("Korean") is None


def test_a_pronoun_opening_a_sentence_is_no_name():
    entities = Entities.from_sentences(["She and five colleagues will own the remaining 40%."])
    assert entities.canonical("She") is None


def test_an_acronym_in_the_plural_is_no_name():
    entities = Entities.from_sentences(
        ["Output rose to 33,150 GEOs, against 29,870 GEOs a year earlier, at Harbor Labs."]
    )
    assert entities.canonical("GEOs") is None
    assert entities.canonical("Harbor Labs") == "Harbor Labs"


def test_headlines_are_title_case_and_prose_is_not():
    assert is_title_case("Meta Eyes Record $10B+ Investment in Scale AI: What Is Behind the Move?")
    assert not is_title_case("Aster Capital bought a 30% stake in Harbor Labs.")


def test_a_headline_in_capitals_names_known_companies():
    entities = Entities.from_sentences(RUNNING)
    mentions = entities.mentions("ASTER CAPITAL TO BUY HARBOR LABS FOR $3 BILLION")
    assert [m.entity for m in mentions] == ["Aster Capital", "Harbor Labs"]


def test_press_release_datelines_name_no_company():
    entities = Entities.from_sentences(RUNNING)
    sentence = "PRINCETON, N.J., June 30, 2025 /PRNewswire/ -- Aster Capital today announced"
    assert [m.entity for m in entities.mentions(sentence)] == ["Aster Capital"]


def test_a_word_shaped_like_a_nationality_is_a_name_where_it_stands_as_a_noun():
    entities = Entities.from_sentences(
        [
            "Aster Capital bought a stake in Veltronic, the Danish sensor maker.",
            "Harbor Labs said Korean buyers and Brazilian funds took part.",
        ]
    )
    assert entities.canonical("Veltronic") == "Veltronic"
    for word in ("Danish", "Korean", "Brazilian"):
        assert entities.canonical(word) is None
    assert Entities.from_sentences(["Analysts cheered Corsican's profit."]).canonical("Corsican")


def test_a_place_before_a_full_date_is_a_dateline():
    entities = Entities.from_sentences([*RUNNING, "Aster Capital opened an office in Glasgow."])
    for sentence in (
        "Glasgow, 17 June 2025 — Aster Capital today announced a fund.",
        "**Glasgow, June 17, 2025.** Aster Capital today announced a fund.",
    ):
        assert [m.entity for m in entities.mentions(sentence)] == ["Aster Capital"]
    assert [m.entity for m in entities.mentions("Glasgow, the city, backs Harbor.")] == [
        "Glasgow",
        "Harbor Labs",
    ]


def test_a_place_qualifying_a_description_is_no_party():
    entities = Entities(Counter({"Basel": 2, "Harbor Labs": 3, "Oslo": 1}))
    described = entities.mentions("The Basel drug wholesaler posted a profit of $5 million.")
    assert described == []
    named = entities.mentions("Harbor Labs opened an office in Basel and bought the Oslo unit.")
    assert [m.entity for m in named] == ["Harbor Labs", "Basel", "Oslo"]


def test_a_longer_place_before_a_trade_is_no_party_but_a_company_before_a_deal_is():
    entities = Entities(Counter({"New Carrick": 2, "Aster Capital": 3}))
    assert entities.mentions("The New Carrick lender will pay $5 million.") == []
    named = entities.mentions("The Aster Capital deal was worth $5 million.")
    assert [m.entity for m in named] == ["Aster Capital"]


def test_a_place_joined_to_a_description_is_no_party():
    entities = Entities(Counter({"Oslo": 2, "Harbor Labs": 3, "Aster Capital": 1}))
    mentions = entities.mentions("Oslo-based Harbor Labs won an Aster Capital-backed contract.")
    assert [m.entity for m in mentions] == ["Harbor Labs"]


def test_a_name_before_a_trade_and_a_name_is_no_party():
    entities = Entities(Counter({"Bexley": 2, "Corran Foods": 3, "Tamsin Reyes": 1}))
    mentions = entities.mentions("Bexley grocer Corran Foods said sales rose.")
    assert [m.entity for m in mentions] == ["Corran Foods"]
    person = entities.mentions("Corran Foods founder Tamsin Reyes said sales rose.")
    assert [m.entity for m in person] == ["Corran Foods", "Tamsin Reyes"]


def test_the_measures_of_a_business_are_no_names():
    entities = Entities.from_sentences(
        ["Buyers paid 9 times ARR for Harbor Labs, whose CAGR and GMV beat Aster Capital."]
    )
    for word in ("ARR", "CAGR", "GMV"):
        assert entities.canonical(word) is None
    assert entities.canonical("Harbor Labs") == "Harbor Labs"


def test_an_accounting_measure_in_capitals_is_no_name():
    entities = Entities.from_sentences(
        ["Fenwright Tools said EBITDA rose, while EBIT and EBITDAR were flat at Fenwright."]
    )
    assert entities.canonical("Fenwright Tools") == "Fenwright Tools"
    for word in ("EBITDA", "EBIT", "EBITDAR"):
        assert entities.canonical(word) is None


def test_a_span_of_months_is_no_name():
    entities = Entities.from_sentences(
        [
            "Brindle Foods said sales for April-June were strong, and that orders "
            "for October-December had already picked up."
        ]
    )
    assert entities.canonical("April-June") is None
    assert entities.canonical("October-December") is None
    assert entities.canonical("Brindle Foods") == "Brindle Foods"


def test_a_preposition_before_a_possessive_and_a_name_is_the_names():
    sentence = "Funds came from Britain's Harbor Labs and from Aster Capital."
    entities = Entities.from_sentences([sentence])
    assert [(m.entity, m.after_preposition) for m in entities.mentions(sentence)] == [
        ("Britain", None),
        ("Harbor Labs", "from"),
        ("Aster Capital", "from"),
    ]


def test_the_first_word_of_a_quotation_is_no_name():
    entities = Entities.from_sentences(
        [
            '"Shoppers are careful," said Orla Byrne of Brindle Foods.',
            "Brindle Foods said shoppers bought less.",
        ]
    )
    assert entities.canonical("Shoppers") is None
    assert entities.canonical("Brindle Foods") == "Brindle Foods"


def test_a_long_lead_in_label_names_no_company():
    entities = Entities.from_sentences(
        [
            "Key points of the second half of 2024:",
            "Outlook for the rest of the year:",
            "Corvo Labs grew its sales by a tenth.",
        ]
    )
    for word in ("Key", "Outlook"):
        assert entities.canonical(word) is None
    assert entities.canonical("Corvo Labs") == "Corvo Labs"


def test_a_word_shaped_like_a_nationality_acting_on_a_verb_is_a_name():
    sentences = ["Regulators said Ostravan paid $40 million and Danish buyers paid the rest."]
    entities = Entities.from_sentences(sentences)
    assert entities.canonical("Ostravan") == "Ostravan"
    assert entities.canonical("Danish") is None


def test_a_name_after_a_preposition_and_a_relative_pronoun_opens_its_clause():
    entities = Entities.from_sentences(RUNNING)
    mentions = entities.mentions("Bids came to $9 billion, of which Northwind paid $4 billion.")
    assert [(m.entity, m.after_preposition) for m in mentions] == [("Northwind", None)]


def test_an_adverb_opening_a_sentence_is_no_name():
    entities = Entities.from_sentences(
        ["Separately, Corran Foods raised $6 million.", "Elsewhere, Harbor Labs grew."]
    )
    mentions = entities.mentions("Separately, Corran Foods raised $6 million.")
    assert [m.entity for m in mentions] == ["Corran Foods"]


def test_a_number_word_opening_a_sentence_is_no_name():
    entities = Entities.from_sentences(
        ["Solvane Cruises reported on Tuesday. Five figures from the release stand out."]
    )
    assert entities.canonical("Five") is None


def test_a_verb_opening_a_sentence_as_an_order_is_no_name():
    entities = Entities.from_sentences(
        [
            "Strip out the £12.3 million profit on player sales, and Albion lost money.",
            "Take the £5 million fee away and the picture changes.",
        ]
    )
    assert set(entities.mapping) == {"Albion"}


def test_a_name_after_the_kind_of_business_opening_it_is_its_alias():
    entities = Entities.from_sentences(
        [
            "The family sold 30% of Hoteles Albaroca to Banco Ribera for €420 million.",
            "The price values Albaroca at about €1.1 billion, said a banker at Ribera.",
        ]
    )
    assert entities.canonical("Albaroca") == entities.canonical("Hoteles Albaroca")
    assert entities.canonical("Ribera") == entities.canonical("Banco Ribera")


def test_a_given_name_of_two_syllables_is_part_of_the_name():
    entities = Entities.from_sentences(
        [
            "Lee Su-bin, an analyst at Daewon Securities, estimates Paydeul is worth more.",
            "Abu Dhabi-based Aramis Capital bought 5% of Paydeul.",
        ]
    )
    assert {"Lee Su-bin", "Abu Dhabi", "Aramis Capital"} <= set(entities.mapping)
    assert "Lee Su" not in entities.mapping


def test_a_nationality_after_a_compass_word_is_no_name():
    entities = Entities.from_sentences(
        ["Hanseong Bank will pay 180 billion won, the latest push by a South Korean bank."]
    )
    assert set(entities.mapping) == {"Hanseong Bank"}


def test_a_word_for_a_company_defined_as_its_short_form_is_no_name():
    entities = Entities.from_sentences(
        [
            'Corella Minerals Limited ("Corella" or "the Company") has signed an agreement with '
            "Hoshino Shoji Corporation.",
            "The placement will give Hoshino a 15% interest in the enlarged Company.",
        ]
    )
    for word in ("Company", "Corporation", "Limited"):
        assert entities.canonical(word) is None
    assert entities.canonical("Corella") == entities.canonical("Corella Minerals")
    assert entities.canonical("Hoshino") == entities.canonical("Hoshino Shoji")


def test_a_word_of_business_inside_a_name_is_the_names_own():
    entities = Entities.from_sentences(
        [
            "Sahyadri Growth Partners bought 18% of the bus operator in 2021.",
            "Growth slowed after that, and Sahyadri will keep its holding.",
        ]
    )
    assert entities.canonical("Sahyadri Growth Partners") == "Sahyadri Growth Partners"
    assert entities.canonical("Sahyadri") == "Sahyadri Growth Partners"
    assert entities.canonical("Partners") is None
    assert entities.canonical("Growth") is None


def test_a_capital_after_an_apostrophe_is_part_of_the_name():
    entities = Entities.from_sentences(
        [
            "Meadowlark will merge with Qu'Appelle Valley Credit Union next year.",
            "Qu'Appelle Valley made C$6.9 million in 2024, and O'Rourke Freight lost money.",
        ]
    )
    assert entities.canonical("Qu'Appelle Valley") == "Qu'Appelle Valley Credit Union"
    assert entities.canonical("O'Rourke Freight") == "O'Rourke Freight"
    assert entities.canonical("Qu") is None


def test_either_opening_a_sentence_is_no_name():
    entities = Entities.from_sentences(["Either bank could walk away, said Harlan Cole."])
    assert entities.canonical("Either") is None


def test_a_particle_between_two_capitals_is_part_of_the_name():
    entities = Entities.from_sentences(
        [
            "Analyst Femke de Wit of Polder Capital expects a better year.",
            "Banco de Chile said nothing, and Van Loon Freight grew.",
        ]
    )
    assert entities.canonical("Femke de Wit") == "Femke de Wit"
    assert entities.canonical("Banco de Chile") == "Banco de Chile"
    assert entities.canonical("Wit") is None


def test_words_of_results_and_rivalry_opening_a_sentence_are_no_names():
    entities = Entities.from_sentences(
        [
            "- Final dividend of 4.2 pence per share",
            "Following the sale, Voltstream kept its guidance.",
            "Rival Voltstream reported revenue of $90 million.",
        ]
    )
    assert entities.canonical("Final") is None
    assert entities.canonical("Following") is None
    assert entities.canonical("Voltstream") == "Voltstream"
    assert entities.canonical("Rival Voltstream") is None


def test_an_ampersand_joins_the_words_of_a_name():
    entities = Entities.from_sentences(
        ["Orchard & Ash raised £12 million, and Marks & Spencer bought a stake in it."]
    )
    assert entities.canonical("Orchard & Ash") == "Orchard & Ash"
    assert entities.canonical("Marks & Spencer") == "Marks & Spencer"
    assert entities.canonical("Ash") is None


def test_a_dateline_with_the_day_before_the_month_names_no_company():
    entities = Entities.from_sentences(
        ["HAWICK, Scotland, 12 March 2025 -- Tweedmoor Knitwear today announced its results."]
    )
    assert entities.canonical("Scotland") is None
    assert entities.canonical("Tweedmoor Knitwear") == "Tweedmoor Knitwear"


def test_a_word_opening_a_sentence_is_no_name_where_its_plural_is_in_lower_case():
    entities = Entities.from_sentences(
        [
            "The airline ordered 150 jets, with deliveries due from 2029.",
            "Deliveries run from 2029 to 2035.",
            "Passenger revenue rose, and passengers paid more.",
        ]
    )
    assert entities.canonical("Deliveries") is None
    assert entities.canonical("Passenger") is None


def test_a_house_after_a_word_shaped_like_a_place_describes_it():
    sentence = "Aurevel is paying €420 million for 35% of the Florentine house."
    entities = Entities.from_sentences([sentence, "Verlaine is a leather house."])
    assert [m.entity for m in entities.mentions(sentence)] == ["Aurevel"]
