from hypothesis import given
from hypothesis import strategies as st

from factlint.claims.names import Found, NameIndex, leading_run, word_runs


def found(index, text, **options):
    return [(f.name, text[f.start : f.end], f.possessive) for f in index.find(text, **options)]


def test_the_longest_name_starting_at_a_place_wins():
    index = NameIndex(["Meta", "Meta Platforms", "Scale AI"])
    text = "Meta Platforms bought into Scale AI; Meta said so."
    assert found(index, text) == [
        ("Meta Platforms", "Meta Platforms", False),
        ("Scale AI", "Scale AI", False),
        ("Meta", "Meta", False),
    ]


def test_a_name_stands_as_whole_words_only():
    index = NameIndex(["Meta", "Acme"])
    assert found(index, "Metadata and Acmeco and MetaAcme") == []
    assert found(index, "(Acme) and Acme, and Acme.") == [("Acme", "Acme", False)] * 3


def test_any_one_whitespace_character_separates_the_words():
    index = NameIndex(["Kestrel Pay"])
    assert found(index, "Kestrel\nPay and Kestrel\u00a0Pay") == [
        ("Kestrel Pay", "Kestrel\nPay", False),
        ("Kestrel Pay", "Kestrel\u00a0Pay", False),
    ]
    assert found(index, "Kestrel  Pay") == []


def test_a_possessive_is_part_of_the_mention():
    index = NameIndex(["Scale AI"])
    assert found(index, "Scale AI's revenue and Scale AI’s valuation") == [
        ("Scale AI", "Scale AI's", True),
        ("Scale AI", "Scale AI’s", True),
    ]


def test_names_with_dots_hyphens_and_ampersands():
    index = NameIndex(["U.S. Steel", "AT&T", "Rolls-Royce"])
    text = "U.S. Steel, AT&T's unit and Rolls-Royce."
    assert [name for name, _, _ in found(index, text)] == ["U.S. Steel", "AT&T", "Rolls-Royce"]


def test_capitals_are_compared_only_when_asked():
    index = NameIndex(["Harrowgate Foods"])
    assert found(index, "HARROWGATE FOODS Q2") == []
    assert found(index, "HARROWGATE FOODS Q2", ignore_case=True) == [
        ("Harrowgate Foods", "HARROWGATE FOODS", False)
    ]


def test_the_search_starts_where_asked():
    index = NameIndex(["Oslo", "Acme"])
    text = "OSLO - Acme grew."
    assert [f.name for f in index.find(text, 7)] == ["Acme"]
    assert list(NameIndex([]).find(text)) == []
    assert next(index.find(text, 7)) == Found("Acme", 7, 11, False)


_WORDS = st.sampled_from(["Acme", "Acme Bank", "Bank", "Nor", "Nordic Air", "Air"])


@given(st.lists(_WORDS, min_size=1, max_size=6), st.lists(_WORDS, max_size=8))
def test_mentions_never_overlap_and_each_is_a_known_name(names, words):
    index = NameIndex(names)
    text = " ".join(words) + "."
    last_end = 0
    for mention in index.find(text):
        assert mention.start >= last_end
        assert mention.name in names
        assert text[mention.start : mention.end] == mention.name
        last_end = mention.end


def test_a_name_starting_with_a_sign_is_still_found():
    index = NameIndex(["@Acme Labs", "Acme"])
    assert [f.name for f in index.find("Ask @Acme Labs, not Acme.")] == ["@Acme Labs", "Acme"]


def test_a_text_holding_a_name_holds_its_leading_run():
    for name, text in [
        ("Rolls-Royce", "Rolls-Royce's engines"),
        ("U.S. Steel", "said U.S. Steel."),
        ("AT&T", "(AT&T)"),
    ]:
        assert [f.name for f in NameIndex([name]).find(text)] == [name]
        assert leading_run(name) in word_runs(text)
    assert leading_run("Acme") not in word_runs("Acmeco and acm")
