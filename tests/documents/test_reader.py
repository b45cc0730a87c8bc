"""Tests for factlint.documents: reading files and masking what is not prose."""

from __future__ import annotations

import builtins
import datetime
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from factlint import textfiles
from factlint.documents import (
    Document,
    decode,
    markup_for,
    parse_document,
    read_document,
)
from factlint.errors import DocumentError


def md(text: str) -> Document:
    """Parse Markdown and check the invariants every Document must keep."""
    doc = parse_document(text, "notes.md")
    assert_aligned(doc)
    return doc


def assert_aligned(doc: Document) -> None:
    assert len(doc.prose) == len(doc.text)
    for index, (original, masked) in enumerate(zip(doc.text, doc.prose, strict=True)):
        if original in "\r\n":
            assert masked == original, index
        else:
            assert masked in (original, " "), index


def hidden(doc: Document, fragment: str) -> bool:
    """Whether every character of fragment (found in text) is blank in prose."""
    start = doc.text.index(fragment)
    return doc.prose[start : start + len(fragment)].strip() == ""


def kept(doc: Document, fragment: str) -> bool:
    """Whether fragment appears in prose at the same offset as in text."""
    start = doc.text.index(fragment)
    return doc.prose[start : start + len(fragment)] == fragment


# --- markup_for ------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("report.md", "markdown"),
        ("REPORT.MD", "markdown"),
        ("drafts/essay.Markdown", "markdown"),
        ("notes.txt", "text"),
        ("README", "text"),
        ("-", "text"),
        ("page.mdx", "text"),
        ("archive.md.txt", "text"),
    ],
)
def test_markup_for_uses_the_extension(path: str, expected: str) -> None:
    assert markup_for(path) == expected


def test_parse_document_chooses_markup_from_path_unless_given() -> None:
    assert parse_document("x", "a.md").markup == "markdown"
    assert parse_document("x", "a.txt").markup == "text"
    assert parse_document("x").markup == "text"
    assert parse_document("x", "a.txt", markup="markdown").markup == "markdown"


# --- fenced code -----------------------------------------------------------


def test_backtick_fence_with_info_string_is_blanked_with_its_fence_lines() -> None:
    doc = md("Sales grew 4%.\n\n```python\nrate = 0.37\n```\n\nCosts fell 2%.\n")
    assert hidden(doc, "```python\nrate = 0.37\n```")
    assert kept(doc, "Sales grew 4%.")
    assert kept(doc, "Costs fell 2%.")


def test_tilde_fence_is_blanked() -> None:
    doc = md("Before 1.\n~~~\nlimit = 800\n~~~\nAfter 2.\n")
    assert hidden(doc, "limit = 800")
    assert kept(doc, "After 2.")


def test_shorter_or_other_fence_does_not_close_a_fence() -> None:
    doc = md("````\n```\nx = 61\n~~~~\ny = 62\n````\nDone in 63 days.\n")
    assert hidden(doc, "x = 61")
    assert hidden(doc, "y = 62")
    assert kept(doc, "Done in 63 days.")


def test_unclosed_fence_runs_to_the_end_of_the_file() -> None:
    doc = md("Intro 5.\n\n   ```\nstill code 70\n\nand more 71\n")
    assert kept(doc, "Intro 5.")
    assert hidden(doc, "still code 70")
    assert hidden(doc, "and more 71")


def test_fence_with_four_space_indent_inside_a_list_is_blanked() -> None:
    doc = md("1. Run it:\n\n    ```\n    make -j 16\n    ```\n\nIt took 9 minutes.\n")
    assert hidden(doc, "make -j 16")
    assert kept(doc, "1. Run it:")
    assert kept(doc, "It took 9 minutes.")


def test_backticks_in_info_string_do_not_open_a_fence() -> None:
    doc = md("``` not `a` fence\nReal prose with 12 items.\n")
    assert kept(doc, "Real prose with 12 items.")


def test_fence_inside_a_block_quote_is_blanked() -> None:
    doc = md("> Quoted 3.\n> ```\n> port = 8080\n> ```\n> Back to 4.\n")
    assert hidden(doc, "port = 8080")
    assert kept(doc, "Quoted 3.")
    assert kept(doc, "Back to 4.")


# --- indented code ---------------------------------------------------------


def test_indented_code_after_a_blank_line_is_blanked() -> None:
    doc = md("Here is the config:\n\n    retries = 30\n\tdelay = 45\n\nIt uses 30.\n")
    assert hidden(doc, "retries = 30")
    assert hidden(doc, "delay = 45")
    assert kept(doc, "It uses 30.")


def test_indented_code_at_the_start_of_the_document_is_blanked() -> None:
    doc = md("    total = 17\nThe total is 17.\n")
    assert hidden(doc, "total = 17")
    assert kept(doc, "The total is 17.")


def test_indented_line_continuing_a_paragraph_is_prose() -> None:
    doc = md("The survey of 2,000 adults\n    found that 61% agreed.\n")
    assert kept(doc, "found that 61% agreed.")


def test_indented_paragraph_of_a_list_item_is_prose() -> None:
    text = (
        "- First point, with 3 cases.\n\n"
        "    A second paragraph of the item says 44%.\n\n"
        "* Another item\n\n"
        "\tTabbed item text of 5 lines.\n"
        "2. Ordered item\n\n"
        "    Ordered detail: 6 runs.\n"
    )
    doc = md(text)
    for fragment in ("44%", "5 lines", "6 runs"):
        assert kept(doc, fragment)


def test_indented_code_after_a_list_has_ended_is_blanked() -> None:
    doc = md("- item 1\n\nA paragraph of 2 lines.\n\n    code = 3\n")
    assert kept(doc, "A paragraph of 2 lines.")
    assert hidden(doc, "code = 3")


# --- inline code -----------------------------------------------------------


def test_inline_code_spans_are_blanked_with_their_backticks() -> None:
    doc = md("Set `workers = 12` and ``a ` b 13`` but keep 14 here.\n")
    assert hidden(doc, "`workers = 12`")
    assert hidden(doc, "``a ` b 13``")
    assert kept(doc, "but keep 14 here.")


def test_unmatched_backtick_is_left_as_text() -> None:
    doc = md("A lone ` mark and 15 apples.\n")
    assert doc.prose == doc.text


def test_code_span_may_wrap_a_line_but_not_a_paragraph() -> None:
    doc = md("Call `f(16,\n17)` now.\n\nOne ` here 18.\n\nAnd ` there 19.\n")
    assert hidden(doc, "`f(16,\n17)`")
    assert kept(doc, "One ` here 18.")
    assert kept(doc, "And ` there 19.")


def test_escaped_backtick_does_not_open_a_code_span() -> None:
    doc = md("Price \\` is 20 and `x = 21`.\n")
    assert kept(doc, "is 20")
    assert hidden(doc, "`x = 21`")


# --- HTML ------------------------------------------------------------------


def test_html_comments_are_blanked_even_across_lines() -> None:
    doc = md("Up 22%. <!-- draft: 23% -->\n<!--\nold figure 24%\n-->\nDown 25%.\n")
    assert hidden(doc, "<!-- draft: 23% -->")
    assert hidden(doc, "<!--\nold figure 24%\n-->")
    assert kept(doc, "Up 22%.")
    assert kept(doc, "Down 25%.")


def test_backticks_inside_a_comment_do_not_pair_with_later_ones() -> None:
    doc = md("<!-- a ` mark --> Revenue was 26 ` units.\n")
    assert kept(doc, "Revenue was 26 ` units.")


def test_unclosed_comment_is_left_alone() -> None:
    doc = md("A <!-- that never ends, and 27 more.\n")
    assert kept(doc, "27 more.")


def test_html_tags_are_blanked_but_the_text_between_is_kept() -> None:
    doc = md('<div class="n28">Profit of 29 million</div><br/> and </span> 30.\n')
    assert hidden(doc, '<div class="n28">')
    assert hidden(doc, "</div><br/>")
    assert hidden(doc, "</span>")
    assert kept(doc, "Profit of 29 million")
    assert kept(doc, " 30.")


def test_contents_of_pre_code_script_and_style_are_blanked() -> None:
    doc = md(
        "<pre>\nx = 31\n</pre>\nUse <code>n = 32</code> for 33.\n<STYLE>p{width:34px}</STYLE>\n"
    )
    for fragment in ("x = 31", "n = 32", "width:34px"):
        assert hidden(doc, fragment)
    assert kept(doc, " for 33.")


def test_less_than_in_prose_is_not_a_tag() -> None:
    doc = md("Growth was < 5% and > 2%.\n")
    assert doc.prose == doc.text


# --- URLs and links --------------------------------------------------------


def test_link_text_is_kept_and_the_destination_blanked() -> None:
    doc = md("They signed a [$14 billion deal](https://x.y/a?b=5%) today.\n")
    assert kept(doc, "$14 billion deal")
    assert hidden(doc, "](https://x.y/a?b=5%)")
    assert hidden(doc, "[")
    assert "5%" not in doc.prose
    assert kept(doc, " today.")


def test_link_title_and_parenthesised_destination_are_blanked() -> None:
    doc = md('See [the 35 rules](https://w.org/wiki/A_(b_36) "Rule 37") now.\n')
    assert kept(doc, "the 35 rules")
    assert hidden(doc, '](https://w.org/wiki/A_(b_36) "Rule 37")')
    assert kept(doc, " now.")


def test_image_alt_text_is_kept_and_the_source_blanked() -> None:
    doc = md("![Chart of 38 regions](img/fig39.png)\n")
    assert kept(doc, "Chart of 38 regions")
    assert hidden(doc, "![")
    assert hidden(doc, "](img/fig39.png)")


def test_image_inside_a_link_keeps_only_the_alt_text() -> None:
    doc = md("[![build 40](https://ci.example/b41.svg)](https://ci.example/42)\n")
    assert doc.prose.strip() == "build 40"
    assert kept(doc, "build 40")


def test_reference_definitions_are_blanked_and_reference_links_keep_text() -> None:
    doc = md('Read [the 43 notes][n44] first.\n\n[n44]: https://e.x/45 "Title 46"\n')
    assert kept(doc, "the 43 notes")
    assert hidden(doc, "][n44]")
    assert hidden(doc, '[n44]: https://e.x/45 "Title 46"')
    assert kept(doc, " first.")


def test_footnote_labels_are_blanked_but_footnote_text_kept() -> None:
    doc = md("Sales rose[^47].\n\n[^47]: Up 48% on the year.\n")
    assert hidden(doc, "[^47]")
    assert kept(doc, "Up 48% on the year.")
    assert "47" not in doc.prose


def test_autolinks_are_blanked() -> None:
    doc = md("Write to <mailto:a49@b.c> or <https://e.x/?q=50> or <x51@y.org>.\n")
    for link in ("<mailto:a49@b.c>", "<https://e.x/?q=50>", "<x51@y.org>"):
        assert hidden(doc, link)
    assert kept(doc, " or ")


def test_bare_urls_are_blanked_up_to_an_unbalanced_closer() -> None:
    doc = md(
        "See https://e.x/p?q=30%25, (www.site.org/52) and "
        "[http://h.x/53] or https://w.org/A_(54).\n"
    )
    assert "30" not in doc.prose
    for fragment in ("52", "53", "54"):
        assert fragment not in doc.prose
    assert kept(doc, ", (")
    assert kept(doc, ") and")
    assert kept(doc, "] or")
    assert doc.prose.rstrip().endswith(".")


def test_backslash_escapes_lose_their_backslash() -> None:
    doc = md("It costs \\$55 \\*each\\*.\n")
    assert doc.prose == "It costs  $55  *each *.\n"


# --- front matter ----------------------------------------------------------


FRONT = "---\ntitle: Quarterly figures 56\ndate: 2024-03-15\ntags: [a, b]\n---\nBody with 57.\n"


def test_front_matter_becomes_metadata_and_is_blanked() -> None:
    doc = md(FRONT)
    assert doc.metadata == {
        "title": "Quarterly figures 56",
        "date": datetime.date(2024, 3, 15),
        "tags": ["a", "b"],
    }
    assert isinstance(doc.metadata["date"], datetime.date)
    assert hidden(doc, FRONT[: FRONT.index("Body")])
    assert kept(doc, "Body with 57.")


def test_front_matter_may_end_with_three_dots() -> None:
    doc = md("---\nviews: 58\n...\nText.\n")
    assert doc.metadata == {"views": 58}
    assert hidden(doc, "views: 58")


@pytest.mark.parametrize(
    "body",
    [
        "- just\n- a list 59\n",
        "key: [unclosed 60\n",
        "date: 2024-02-30\n",
        "plain 61\n",
    ],
)
def test_front_matter_that_is_not_a_mapping_gives_no_metadata(body: str) -> None:
    doc = md(f"---\n{body}---\nText.\n")
    assert doc.metadata == {}
    assert hidden(doc, body)
    assert kept(doc, "Text.")


def test_non_string_keys_become_strings() -> None:
    doc = md("---\n1: one\n2024-01-02: day\n---\n")
    assert doc.metadata == {"1": "one", "2024-01-02": "day"}


def test_dashes_without_a_closing_line_are_not_front_matter() -> None:
    doc = md("---\ntitle: 62\nNo closing line.\n")
    assert doc.metadata == {}
    assert kept(doc, "title: 62")


def test_front_matter_only_counts_at_the_start() -> None:
    doc = md("Intro.\n---\ntitle: 63\n---\n")
    assert doc.metadata == {}
    assert kept(doc, "title: 63")


def test_plain_text_has_no_front_matter_or_markdown_masking() -> None:
    text = "---\ntitle: 64\n---\nUse `x = 65` and <b>66</b>.\n"
    doc = parse_document(text, "notes.txt")
    assert doc.metadata == {}
    assert doc.prose == text


def test_plain_text_blanks_bare_urls_only() -> None:
    text = "Visit https://e.x/?q=30%25 or www.z.org/67, then 68%."
    doc = parse_document(text, "a.txt")
    expected = text.replace("https://e.x/?q=30%25", " " * 20)
    assert doc.prose == expected.replace("www.z.org/67", " " * 12)


# --- BOM, CRLF, line_column --------------------------------------------------


def test_bom_is_kept_in_text_but_blanked_in_prose() -> None:
    for path in ("a.md", "a.txt"):
        doc = parse_document("\ufeffHello 69.\n", path)
        assert doc.text.startswith("\ufeff")
        assert doc.prose == " Hello 69.\n"


def test_bom_before_front_matter() -> None:
    doc = md("\ufeff---\ntitle: x\n---\nBody 70.\n")
    assert doc.metadata == {"title": "x"}
    assert kept(doc, "Body 70.")


def test_crlf_file_keeps_carriage_returns_and_masks_code() -> None:
    text = "---\r\nauthor: Kim\r\n---\r\nIntro 71.\r\n\r\n```\r\nn = 72\r\n```\r\nEnd 73.\r\n"
    doc = md(text)
    assert doc.metadata == {"author": "Kim"}
    assert hidden(doc, "n = 72")
    assert kept(doc, "Intro 71.")
    assert kept(doc, "End 73.")
    assert doc.line_column(doc.text.index("End")) == (9, 1)


def test_line_column_of_the_first_character() -> None:
    assert parse_document("abc").line_column(0) == (1, 1)


def test_line_column_after_several_lines() -> None:
    doc = parse_document("one\ntwo\n\nfour line 4\n")
    assert doc.line_column(doc.text.index("line")) == (4, 6)
    assert doc.line_column(doc.text.index("two")) == (2, 1)
    assert doc.line_column(3) == (1, 4)  # the "\n" ends line 1
    assert doc.line_column(len(doc.text)) == (5, 1)


def test_line_column_counts_characters_not_bytes() -> None:
    doc = parse_document("€ and ü cost 74")
    assert doc.line_column(doc.text.index("74")) == (1, 14)


def test_line_column_rejects_offsets_outside_the_text() -> None:
    doc = parse_document("ab")
    with pytest.raises(IndexError):
        doc.line_column(3)
    with pytest.raises(IndexError):
        doc.line_column(-1)


def test_empty_text_is_an_empty_document() -> None:
    doc = md("")
    assert (doc.text, doc.prose, doc.metadata) == ("", "", {})
    assert doc.line_column(0) == (1, 1)


def test_document_is_frozen_and_checks_lengths() -> None:
    doc = parse_document("text")
    with pytest.raises(ValidationError):
        doc.text = "other"
    with pytest.raises(ValidationError):
        Document(path="-", text="abc", prose="ab", markup="text")


# --- reading files ---------------------------------------------------------


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in tmp_path so error messages show short relative paths."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def error_of(path: str, **kwargs: Any) -> DocumentError:
    with pytest.raises(DocumentError) as caught:
        read_document(path, **kwargs)
    return caught.value


def test_read_document_reads_markdown(in_tmp: Path) -> None:
    (in_tmp / "post.md").write_text("---\ntitle: T\n---\nSee `x` 75.\n", encoding="utf-8")
    for path in ("post.md", in_tmp / "post.md"):
        doc = read_document(path)
        assert doc.markup == "markdown"
        assert doc.metadata == {"title": "T"}
        assert doc.prose.endswith("See     75.\n")
    assert read_document("post.md").path == "post.md"


def test_read_document_keeps_crlf_and_bom(in_tmp: Path) -> None:
    (in_tmp / "a.txt").write_bytes(b"\xef\xbb\xbfline 1\r\nline 2\r\n")
    doc = read_document("a.txt")
    assert doc.text == "\ufeffline 1\r\nline 2\r\n"
    assert doc.prose == " line 1\r\nline 2\r\n"


def test_empty_file_is_fine(in_tmp: Path) -> None:
    (in_tmp / "empty.md").write_bytes(b"")
    doc = read_document("empty.md")
    assert (doc.text, doc.prose, doc.metadata) == ("", "", {})


def test_missing_file(in_tmp: Path) -> None:
    error = error_of("nowhere.md")
    assert str(error) == "nowhere.md: no such file"
    assert (error.path, error.line) == ("nowhere.md", None)


def test_missing_parent_directory(in_tmp: Path) -> None:
    (in_tmp / "file.txt").write_text("x")
    assert str(error_of("file.txt/inner.md")) == "file.txt/inner.md: no such file"


def test_directory(in_tmp: Path) -> None:
    (in_tmp / "docs").mkdir()
    assert str(error_of("docs")) == "docs: is a directory, not a file"


def test_permission_error(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (in_tmp / "secret.md").write_text("x")

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(textfiles, "open", refuse, raising=False)
    assert str(error_of("secret.md")) == "secret.md: permission denied"


def test_files_are_only_opened_for_binary_reading(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (in_tmp / "a.md").write_text("Text 76.")
    modes: list[str] = []

    def spy(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        modes.append(mode)
        return builtins.open(file, mode, *args, **kwargs)

    monkeypatch.setattr(textfiles, "open", spy, raising=False)
    read_document("a.md")
    assert modes == ["rb"]


def test_binary_file(in_tmp: Path) -> None:
    (in_tmp / "a.bin").write_bytes(b"PK\x03\x04\x00\x00data")
    error = error_of("a.bin")
    assert str(error) == "a.bin: binary file (NUL byte), skipped"
    assert error.line is None


def test_nul_byte_after_the_first_8192_bytes_is_not_binary() -> None:
    text = decode(b"a" * 8192 + b"\x00", "late.txt")
    assert text.endswith("\x00")


def test_invalid_utf8_names_the_line_and_column(in_tmp: Path) -> None:
    (in_tmp / "bad.md").write_bytes(b"first line\nsecond\n\xc3\xa9t\xe9 77\n")
    error = error_of("bad.md")
    assert str(error) == "bad.md:3: invalid UTF-8 (byte 0xE9 at column 3)"
    assert error.line == 3


def test_invalid_utf8_on_the_first_line() -> None:
    with pytest.raises(DocumentError) as caught:
        decode(b"\xff", "-")
    assert str(caught.value) == "-:1: invalid UTF-8 (byte 0xFF at column 1)"


def test_file_over_the_size_limit(in_tmp: Path) -> None:
    (in_tmp / "big.txt").write_bytes(b"x" * 20)
    assert str(error_of("big.txt", max_bytes=10)) == "big.txt: file is 20 B, over the 10 B limit"
    assert read_document("big.txt", max_bytes=20).text == "x" * 20


def test_huge_file_is_refused_before_reading(in_tmp: Path) -> None:
    with open(in_tmp / "huge.md", "wb") as stream:  # sparse: no disk space used
        stream.truncate(54_945_383)
    error = error_of("huge.md")
    assert str(error) == "huge.md: file is 52.4 MB, over the 10.0 MB limit"


def test_size_in_kilobytes(in_tmp: Path) -> None:
    (in_tmp / "k.txt").write_bytes(b"x" * 3000)
    error = error_of("k.txt", max_bytes=2048)
    assert str(error) == "k.txt: file is 2.9 KB, over the 2.0 KB limit"


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_read_document_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"From stdin, see https://e.x/78.\n")
    doc = read_document("-")
    assert (doc.path, doc.markup) == ("-", "text")
    assert "78" not in doc.prose


def test_stdin_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"x" * 11)
    with pytest.raises(DocumentError) as caught:
        read_document("-", max_bytes=10)
    assert str(caught.value) == "-: input is over the 10 B limit"


def test_document_error_is_a_value_error(in_tmp: Path) -> None:
    with pytest.raises(ValueError, match="no such file"):
        read_document("gone.txt")


# --- robustness ------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "` ",
        "`a ``b ",
        "<a b c ",
        "[",
        "[a](",
        "<!-- x ",
        "<pre> ",
        "(",
        "```\n",
        "    x\n\n",
    ],
)
def test_pathological_markdown_keeps_its_shape(unit: str) -> None:
    text = unit * (20_000 // len(unit))
    doc = parse_document(text, "a.md")
    assert len(doc.prose) == len(text)


@given(st.text())
def test_any_text_keeps_its_shape(text: str) -> None:
    for path in ("a.md", "a.txt"):
        doc = parse_document(text, path)
        assert len(doc.prose) == len(text)
        for index, char in enumerate(text):
            if char in "\r\n":
                assert doc.prose[index] == char


@given(
    st.lists(
        st.sampled_from(
            [
                "```",
                "~~~",
                "`",
                "``",
                "    ",
                "\t",
                "- ",
                "1. ",
                "> ",
                "---",
                "...",
                "<!--",
                "-->",
                "<b>",
                "</pre>",
                "<pre>",
                "[",
                "](",
                ")",
                "]",
                "![",
                "https://",
                "www.",
                "\\",
                "\n",
                "\r\n",
                "\n\n",
                " ",
                "a",
                "7",
                "%",
                ":",
                '"',
            ]
        )
    ).map("".join)
)
def test_markdown_like_text_keeps_its_shape(text: str) -> None:
    doc = parse_document(text, "a.md")
    assert_aligned(doc)
