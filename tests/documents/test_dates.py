"""Tests for factlint.documents.dates: the date a document was published."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.documents import parse_document
from factlint.documents.dates import document_date, parse_date

JUNE_8 = datetime.date(2025, 6, 8)
JUNE_9 = datetime.date(2025, 6, 9)


def text_date(text: str) -> datetime.date | None:
    return document_date(parse_document(text, "a.txt"))


def markdown_date(text: str) -> datetime.date | None:
    return document_date(parse_document(text, "a.md"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jun 8, 2025", JUNE_8),
        ("June 09, 2025", JUNE_9),
        ("8 June 2025", JUNE_8),
        ("June 8 2025", JUNE_8),
        ("June 8th, 2025", JUNE_8),
        ("2025-06-08", JUNE_8),
        ("2025/06/08", JUNE_8),
        ("Sept. 3, 2024", datetime.date(2024, 9, 3)),
        ("September 3, 2024", datetime.date(2024, 9, 3)),
        ("Sep 3 2024", datetime.date(2024, 9, 3)),
        ("Monday, June 9, 2025", JUNE_9),
        ("  june 9, 2025  ", JUNE_9),
        ("2025-06-08T10:00:00Z", JUNE_8),
        ("2025-06-08 10:00:00+02:00", JUNE_8),
        ("June 8, 2025 10:32 AM ET", JUNE_8),
        ("2024-02-29", datetime.date(2024, 2, 29)),
    ],
)
def test_parse_date_reads_common_formats(text: str, expected: datetime.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Feb 30, 2024",
        "2023-02-29",
        "2025-13-01",
        "June 31, 2025",
        "Mayor 8, 2025",
        "June 8, 2025 and more",
        "Published June 8, 2025",
        "2025",
        "",
        "8/6/2025",
    ],
)
def test_parse_date_refuses_what_is_not_one_real_date(text: str) -> None:
    assert parse_date(text) is None


def test_front_matter_date_wins() -> None:
    text = "---\ntitle: Acme\ndate: 2024-01-02\n---\nPublished: June 9, 2025\n\nBody.\n"
    assert markdown_date(text) == datetime.date(2024, 1, 2)


def test_front_matter_datetime_and_string() -> None:
    assert markdown_date("---\ndate: 2024-01-02 10:30:00\n---\nBody.\n") == datetime.date(
        2024, 1, 2
    )
    assert markdown_date('---\ndate: "March 3, 2023"\n---\nBody.\n') == datetime.date(2023, 3, 3)


def test_unreadable_front_matter_date_falls_back_to_the_text() -> None:
    assert markdown_date("---\ndate: soon\n---\nJun 8, 2025\n\nBody.\n") == JUNE_8


def test_published_line() -> None:
    assert text_date("Acme raises money\nPublished: June 09, 2025\n\nAcme said.") == JUNE_9


def test_published_line_preferred_over_a_bare_date() -> None:
    text = "Headline\nJun 8, 2025\n\nBody text.\n\nPublished: June 09, 2025\n"
    assert text_date(text) == JUNE_9


def test_published_preferred_over_updated() -> None:
    text = "Headline\nUpdated: June 10, 2025\nPosted on June 9, 2025\n\nBody."
    assert text_date(text) == JUNE_9


def test_updated_preferred_over_a_bare_date() -> None:
    assert text_date("Headline\nJune 8, 2025\nLast updated June 9, 2025\n\nBody.") == JUNE_9


def test_bare_date_alone_on_a_line() -> None:
    assert text_date("Acme raises $5 million\nJun 8, 2025\n\nAcme said on Monday.") == JUNE_8


def test_first_bare_date_near_the_top_wins() -> None:
    assert text_date("Title\nJun 8, 2025\nJun 9, 2025\n\nBody.") == JUNE_8


def test_dateline() -> None:
    assert text_date("WASHINGTON, June 8, 2025 — Acme said on Monday it raised money.") == JUNE_8


def test_byline_with_date() -> None:
    assert text_date("Title\nBy Jane Doe | June 8, 2025 | 4 min read\n\nBody.") == JUNE_8
    assert text_date("Title\nBy Jane Doe June 8, 2025\n\nBody.") == JUNE_8


def test_emphasized_date_in_markdown() -> None:
    assert markdown_date("# Acme raises money\n\n*June 8, 2025*\n\nBody text.\n") == JUNE_8


def test_date_inside_a_sentence_is_not_the_publication_date() -> None:
    assert text_date("Acme was founded on June 8, 2015. It grew fast.") is None
    assert text_date("On Monday, June 8, 2015, Acme was founded.") is None


def test_published_line_at_the_bottom() -> None:
    body = "\n".join(f"Paragraph {i} of the story." for i in range(30))
    assert text_date(f"Title\n\n{body}\n\nPublished: June 9, 2025\n") == JUNE_9


def test_dates_deep_in_the_middle_are_ignored() -> None:
    lines = [f"Paragraph {i}." for i in range(30)]
    lines[15] = "June 8, 2025"
    assert text_date("\n".join(lines)) is None


def test_invalid_date_in_text_is_skipped() -> None:
    assert text_date("Title\nFeb 30, 2024\nJun 8, 2025\n\nBody.") == JUNE_8


def test_date_in_code_is_not_read() -> None:
    assert markdown_date("# Title\n\n```\nJune 8, 2025\n```\n\nBody.\n") is None


def test_no_date() -> None:
    assert text_date("Acme raised $5 million.") is None
    assert text_date("") is None


def test_long_lines_are_read_only_at_their_start() -> None:
    filler = "word " * 100
    assert text_date(f"WASHINGTON, June 8, 2025 — {filler}") == JUNE_8
    assert text_date(f"{filler[:290]}, June 8, 2025 {filler}") is None
    assert text_date(f"{filler} | June 8, 2025") is None


@given(st.text(max_size=60))
def test_parse_date_never_raises(text: str) -> None:
    assert parse_date(text) is None or isinstance(parse_date(text), datetime.date)
