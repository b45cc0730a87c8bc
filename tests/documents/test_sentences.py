"""Tests for factlint.documents.sentences: paragraph and sentence spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factlint.documents import parse_document
from factlint.documents.sentences import Span, paragraphs, sentence_at, sentences


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def paras(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraphs(text)]


def test_simple_sentences() -> None:
    assert split("Acme raised money. It grew! Did it? Yes.") == [
        "Acme raised money.",
        "It grew!",
        "Did it?",
        "Yes.",
    ]


def test_sentence_may_start_with_a_digit_or_a_currency_sign() -> None:
    assert split("It rose. 2024 was good. $5 million came in.") == [
        "It rose.",
        "2024 was good.",
        "$5 million came in.",
    ]


def test_no_split_before_a_lowercase_word() -> None:
    assert split("It was 5 p.m. on Monday. Then it ended.") == [
        "It was 5 p.m. on Monday.",
        "Then it ended.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Mr. Smith met Dr. Jones of Acme Inc. and Widget Corp. at St. Paul vs. Rivals Ltd. Today."
    )
    assert split(text) == [text]


def test_country_initialisms_and_latin_abbreviations() -> None:
    assert split("U.S. Steel and U.K. Power, e.g. Big Ones, i.e. Giants. Next.") == [
        "U.S. Steel and U.K. Power, e.g. Big Ones, i.e. Giants.",
        "Next.",
    ]


def test_month_abbreviations() -> None:
    assert split("It closed on Sept. 3 and Jan. 5 and Dec. 9. It ended.") == [
        "It closed on Sept. 3 and Jan. 5 and Dec. 9.",
        "It ended.",
    ]


def test_single_initial_is_not_a_sentence_end() -> None:
    assert split("Founder J. Smith said so. It ended.") == [
        "Founder J. Smith said so.",
        "It ended.",
    ]


def test_series_letter_ends_a_sentence() -> None:
    assert split("Acme raised a Series A. The round was big.") == [
        "Acme raised a Series A.",
        "The round was big.",
    ]


def test_decimals_are_not_sentence_ends() -> None:
    assert split("Acme raised $1.5 billion at a 2.5% rate. It grew.") == [
        "Acme raised $1.5 billion at a 2.5% rate.",
        "It grew.",
    ]


def test_closing_quotes_and_brackets_stay_with_their_sentence() -> None:
    text = 'He said "We raised $5 million." The firm agreed. (It did.) "Really?" Yes.'
    assert split(text) == [
        'He said "We raised $5 million."',
        "The firm agreed.",
        "(It did.)",
        '"Really?"',
        "Yes.",
    ]


def test_sentence_starting_with_an_opening_quote() -> None:
    assert split('It grew. "We are happy," he said.') == ["It grew.", '"We are happy," he said.']


def test_ellipsis_ends_a_sentence() -> None:
    assert split("It grew... The end.") == ["It grew...", "The end."]


def test_headings_and_list_items_are_sentences_of_their_own() -> None:
    text = (
        "# Acme raises money\n"
        "Acme raised $5 million. It grew.\n\n"
        "- first item\n"
        "* second item. Still second\n"
        "1. First numbered\n"
        "2. Second numbered\n"
    )
    assert split(text) == [
        "# Acme raises money",
        "Acme raised $5 million.",
        "It grew.",
        "- first item",
        "* second item.",
        "Still second",
        "1. First numbered",
        "2. Second numbered",
    ]


def test_wrapped_list_item_is_one_sentence() -> None:
    text = "Intro paragraph here.\n\n- An item that wraps\n  onto the next line\n- Next\n\nEnd.\n"
    assert split(text)[1:3] == ["- An item that wraps\n  onto the next line", "- Next"]


def test_paragraphs_separated_by_blank_lines() -> None:
    text = "First line\nwraps here.\n\n  \nSecond para.\nStill second.\n\nThird."
    assert paras(text) == ["First line\nwraps here.", "Second para.\nStill second.", "Third."]


def test_paragraphs_one_a_line_when_there_are_few_blank_lines() -> None:
    text = "Acme raises money\nAcme raised $5 million\nIt grew.\nThe end\n\nLast one.\nReally.\n"
    assert paras(text) == [
        "Acme raises money",
        "Acme raised $5 million",
        "It grew.",
        "The end",
        "Last one.",
        "Really.",
    ]


def test_lowercase_line_continues_its_paragraph_in_line_mode() -> None:
    assert paras("Title\nAcme raised\nmoney today.\nEnd") == [
        "Title",
        "Acme raised\nmoney today.",
        "End",
    ]


def test_heading_without_punctuation_is_not_merged_into_the_next_line() -> None:
    text = "Acme raises money\nAcme raised $5 million in 2024. It grew.\nOutlook\nIt expects more."
    assert split(text) == [
        "Acme raises money",
        "Acme raised $5 million in 2024.",
        "It grew.",
        "Outlook",
        "It expects more.",
    ]


def test_sentences_do_not_cross_paragraphs() -> None:
    assert split("First para without end\n\nSecond para.") == [
        "First para without end",
        "Second para.",
    ]


def test_spans_point_into_the_original_text_through_the_prose_mask() -> None:
    text = (
        "---\ndate: 2025-06-08\n---\n# Title\n\n"
        "Acme raised `$5` money. See [here](http://x.io/a.b). End.\n"
    )
    document = parse_document(text, "a.md")
    found = [text[s.start : s.end] for s in sentences(document.prose)]
    assert found == ["# Title", "Acme raised `$5` money.", "See [here](http://x.io/a.b).", "End."]


def test_empty_and_blank_texts() -> None:
    assert sentences("") == []
    assert sentences(" \n\n \t\n") == []
    assert paragraphs("") == []


def test_windows_line_breaks() -> None:
    assert split("One.\r\n\r\nTwo.\r\n") == ["One.", "Two."]


def test_sentence_at() -> None:
    text = "One two. Three four.  Five."
    spans = sentences(text)
    assert spans == [Span(0, 8), Span(9, 20), Span(22, 27)]
    assert sentence_at(spans, 0) == Span(0, 8)
    assert sentence_at(spans, 7) == Span(0, 8)
    assert sentence_at(spans, 8) is None
    assert sentence_at(spans, 12) == Span(9, 20)
    assert sentence_at(spans, 26) == Span(22, 27)
    assert sentence_at(spans, 27) is None
    assert sentence_at([], 3) is None


def test_long_text_is_split_quickly() -> None:
    text = ("Acme Inc. raised $1.5 billion. Mr. Smith said so! Was it U.S. money?\n\n" * 20000)[:-2]
    spans = sentences(text)
    assert len(spans) == 60000


ALPHABET = st.sampled_from(list("aA1 .!?\"')#-*\n\t\r$%,") + ["Mr.", "U.S.", "\n\n", "1. ", "# "])


@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_spans_are_ordered_non_overlapping_and_non_empty(text: str) -> None:
    for found in (sentences(text), paragraphs(text)):
        previous_end = 0
        for start, end in found:
            assert previous_end <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]
            assert text[start:end].strip()
            previous_end = end


@given(st.text(max_size=200))
def test_any_text_gives_valid_spans(text: str) -> None:
    previous_end = 0
    for start, end in sentences(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip()
        previous_end = end


@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_sentences_lie_inside_paragraphs(text: str) -> None:
    paras_found = paragraphs(text)
    for start, end in sentences(text):
        holder = sentence_at(paras_found, start)
        assert holder is not None and end <= holder.end


def test_a_state_abbreviated_in_a_dateline_ends_no_sentence() -> None:
    text = "KANSAS CITY, Mo. (Midland Wire) - The Stampede urged the council to pay. Next."
    assert split(text) == [
        "KANSAS CITY, Mo. (Midland Wire) - The Stampede urged the council to pay.",
        "Next.",
    ]
    assert split("He fell ill. Next.") == ["He fell ill.", "Next."]


def test_a_figure_alone_as_a_bold_lead_in_stays_with_the_words_it_heads() -> None:
    assert split("**$86.4 million.** Its revenue for the quarter. **58%.** The share abroad.") == [
        "**$86.4 million.** Its revenue for the quarter.",
        "**58%.** The share abroad.",
    ]
    assert split("**Six.** Launches in the quarter.") == ["**Six.**", "Launches in the quarter."]
