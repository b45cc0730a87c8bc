"""Tests for factlint.yamlsource: safe, bounded YAML loading with lines for every key."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import pydantic
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict

from factlint import yamlsource
from factlint.errors import FactlintError, RuleFileError
from factlint.yamlsource import (
    MAX_BYTES,
    Located,
    line_of,
    load_yaml,
    validation_error,
    validation_errors,
)

PATH = "rules/x.yaml"

# libyaml's parser when PyYAML has it, and PyYAML's own, which stands in
# where it has not: every test runs on each.
PARSERS = [yamlsource._PythonLoader]
if yamlsource._LIBYAML:
    PARSERS.append(yamlsource._LibyamlLoader)


@pytest.fixture(autouse=True, scope="module", params=PARSERS, ids=lambda c: c.__name__)
def parser(request: pytest.FixtureRequest) -> object:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(yamlsource, "_LOADER", request.param)
        yield request.param


RULES = textwrap.dedent(
    """\
    # Figures that must agree across articles.
    version: 1
    rules:
      - id: budget-total
        severity: error
        match:
          unit: EUR
          tolerance: 0.5
      -
        id: growth
        formula: a + b
        tags: [money, growth]
    """
)


def load_one(text: str) -> Located:
    documents = load_yaml(PATH, text)
    assert len(documents) == 1
    return documents[0]


def error_of(text: str) -> RuleFileError:
    with pytest.raises(RuleFileError) as caught:
        load_yaml(PATH, text)
    return caught.value


# --- data and lines -----------------------------------------------------------------------


def test_data_is_plain_python() -> None:
    doc = load_one(RULES)
    assert doc.data == {
        "version": 1,
        "rules": [
            {
                "id": "budget-total",
                "severity": "error",
                "match": {"unit": "EUR", "tolerance": 0.5},
            },
            {"id": "growth", "formula": "a + b", "tags": ["money", "growth"]},
        ],
    }


def test_lines_of_nested_keys_and_list_items() -> None:
    doc = load_one(RULES)
    assert doc.lines[()] == 2  # the document starts after the comment
    assert doc.lines[("version",)] == 2
    assert doc.lines[("rules",)] == 3
    assert doc.lines[("rules", 0)] == 4
    assert doc.lines[("rules", 0, "id")] == 4
    assert doc.lines[("rules", 0, "match")] == 6
    assert doc.lines[("rules", 0, "match", "unit")] == 7
    assert doc.lines[("rules", 0, "match", "tolerance")] == 8
    assert doc.lines[("rules", 1)] == 10  # the item starts under its bare "-"
    assert doc.lines[("rules", 1, "formula")] == 11
    assert doc.lines[("rules", 1, "tags")] == 12
    assert doc.lines[("rules", 1, "tags", 1)] == 12


def test_every_key_and_item_has_a_line() -> None:
    doc = load_one(RULES)
    expected = {
        (),
        ("version",),
        ("rules",),
        ("rules", 0),
        ("rules", 0, "id"),
        ("rules", 0, "severity"),
        ("rules", 0, "match"),
        ("rules", 0, "match", "unit"),
        ("rules", 0, "match", "tolerance"),
        ("rules", 1),
        ("rules", 1, "id"),
        ("rules", 1, "formula"),
        ("rules", 1, "tags"),
        ("rules", 1, "tags", 0),
        ("rules", 1, "tags", 1),
    }
    assert set(doc.lines) == expected


def test_line_of_uses_the_deepest_known_prefix() -> None:
    doc = load_one(RULES)
    assert line_of(doc, ("rules", 1, "formula")) == 11
    assert line_of(doc, ("rules", 0, "formula")) == 4  # no formula: item 0
    assert line_of(doc, ("rules", 0, "match", "scale", 3)) == 6
    assert line_of(doc, ("rules", 7, "id")) == 3
    assert line_of(doc, ("nothing",)) == 2
    assert line_of(doc, ()) == 2
    assert line_of(Located(None, {}), ("a",)) is None


def test_scalar_types_follow_the_safe_loader() -> None:
    doc = load_one(
        textwrap.dedent(
            """\
            text: hello
            quoted: "42"
            integer: 42
            hex: 0x1F
            number: 1.5e+3
            short_exponent: 1.5e3
            infinite: .inf
            yes_flag: yes
            false_flag: false
            nothing: ~
            empty:
            tagged: !!str 7
            """
        )
    )
    assert doc.data == {
        "text": "hello",
        "quoted": "42",
        "integer": 42,
        "hex": 31,
        "number": 1500.0,
        "short_exponent": "1.5e3",  # YAML 1.1 wants a dot and a sign
        "infinite": math.inf,
        "yes_flag": True,
        "false_flag": False,
        "nothing": None,
        "empty": None,
        "tagged": "7",
    }
    assert type(doc.data["number"]) is float


def test_dates_and_times_become_iso_strings() -> None:
    doc = load_one(
        "since: 2024-05-01\nat: 2001-12-14t21:59:43.10-05:00\nplain: 2001-12-14 21:59:43\n"
    )
    assert doc.data == {
        "since": "2024-05-01",
        "at": "2001-12-14T21:59:43.100000-05:00",
        "plain": "2001-12-14T21:59:43",
    }


def test_mapping_keys_are_the_text_written() -> None:
    doc = load_one("1: one\non: two\nnull: three\n'quoted key': four\n")
    assert doc.data == {"1": "one", "on": "two", "null": "three", "quoted key": "four"}
    assert doc.lines[("on",)] == 2


def test_anchors_without_aliases_are_harmless() -> None:
    doc = load_one("a: &x 1\nb: &x [2]\nc: =\nd: <<\n")
    assert doc.data == {"a": 1, "b": [2], "c": "=", "d": "<<"}


def test_multi_document_file() -> None:
    text = "a: 1\n---\n# second\nb:\n  - 2\n--- 3\n...\n---\n"
    first, second, third, fourth = load_yaml(PATH, text)
    assert first == Located({"a": 1}, {(): 1, ("a",): 1})
    assert second.data == {"b": [2]}
    assert second.lines == {(): 2, ("b",): 4, ("b", 0): 5}
    assert third.data == 3
    assert third.lines == {(): 6}
    assert fourth.data is None
    assert fourth.lines == {(): 8}


@pytest.mark.parametrize("text", ["", "# only a comment\n", "\n\n"])
def test_a_file_without_documents_gives_none(text: str) -> None:
    assert load_yaml(PATH, text) == []


def test_reads_the_file_when_no_text_is_given(tmp_path: Path) -> None:
    file = tmp_path / "rules.yaml"
    file.write_text("\ufeffname: caf\u00e9\n", encoding="utf-8")
    (doc,) = load_yaml(str(file))
    assert doc.data == {"name": "caf\u00e9"}
    assert doc.lines[("name",)] == 1


def test_windows_line_ends_count_once() -> None:
    doc = load_one("a: 1\r\nb:\r\n  - x\r\n")
    assert doc.lines == {(): 1, ("a",): 1, ("b",): 2, ("b", 0): 3}


# --- syntax errors --------------------------------------------------------------------------


def test_syntax_error_names_file_line_and_problem() -> None:
    error = error_of("rules:\n  - id: a\n    severity: error: warning\n")
    assert isinstance(error, FactlintError)
    assert isinstance(error, ValueError)
    assert error.path == PATH
    assert error.line == 3
    assert error.one_line().startswith(  # "here" or "in this context", by parser
        "rules/x.yaml:3: YAML syntax error: mapping values are not allowed "
    )
    assert str(error) == error.one_line()


def test_syntax_error_gives_its_context() -> None:
    error = error_of("a: 1\nb: 'not closed\n")
    assert error.one_line() == (
        "rules/x.yaml:3: YAML syntax error: found unexpected end of stream"
        " (while scanning a quoted scalar from line 2)"
    )


def test_bad_indentation_points_at_the_line() -> None:
    error = error_of("a:\n  b: 1\n   c: 2\n")
    assert error.line == 3
    assert error.cause.startswith("YAML syntax error: ")
    assert "\n" not in error.one_line()


def test_control_character_is_refused_with_its_line() -> None:
    error = error_of("a: 1\nb: 2\nc: \x01\n")
    assert error.one_line() == "rules/x.yaml:3: YAML syntax error: unacceptable character U+0001"


def test_nul_byte_is_refused() -> None:
    assert error_of("a: 1\x00").line == 1


# --- reading the file -------------------------------------------------------------------------


def test_invalid_utf8_names_line_and_column(tmp_path: Path) -> None:
    file = tmp_path / "bad.yaml"
    file.write_bytes(b"a: 1\nb: caf\xc3\xa9\nc: \xff\n")
    with pytest.raises(RuleFileError) as caught:
        load_yaml(str(file))
    assert caught.value.one_line() == f"{file}:3: invalid UTF-8 (byte 0xFF at column 4)"


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "absent.yaml")
    with pytest.raises(RuleFileError) as caught:
        load_yaml(path)
    assert caught.value.one_line() == f"{path}: no such file"


def test_directory_is_not_a_rule_file(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="is a directory"):
        load_yaml(str(tmp_path))


def test_oversize_file_is_refused_before_parsing(tmp_path: Path) -> None:
    file = tmp_path / "huge.yaml"
    file.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(RuleFileError) as caught:
        load_yaml(str(file))
    assert caught.value.line is None
    assert caught.value.cause == ("file is 1.0 MB, over the 1.0 MB limit")


def test_oversize_text_is_refused() -> None:
    error = error_of("a: '" + "\u00e9" * (MAX_BYTES // 2) + "'\n")
    assert "over the 1.0 MB limit" in error.cause


def test_text_at_the_limit_is_read() -> None:
    text = "a: " + "x" * (MAX_BYTES - 4) + "\n"
    assert len(text.encode()) == MAX_BYTES
    assert len(load_one(text).data["a"]) == MAX_BYTES - 4


# --- refused YAML features ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tag", "line"),
    [
        (
            "a: 1\nb: !!python/object/apply:os.system ['echo hi']\n",
            "!!python/object/apply:os.system",
            2,
        ),
        (
            "!!python/object:collections.OrderedDict {}\n",
            "!!python/object:collections.OrderedDict",
            1,
        ),
        ("a: !!python/name:os.system\n", "!!python/name:os.system", 1),
        ("a: !!binary aGVsbG8=\n", "!!binary", 1),
        ("a: !!set {x, y}\n", "!!set", 1),
        ("a: !!omap [x: 1]\n", "!!omap", 1),
        ("a: !custom 1\n", "!custom", 1),
        ("!!python/str key: 1\n", "!!python/str", 1),
        ("a: !!str {b: 1}\n", "!!str", 1),
    ],
)
def test_tags_beyond_plain_data_are_refused(text: str, tag: str, line: int) -> None:
    error = error_of(text)
    assert error.cause == f"YAML tag '{tag}' is not allowed in rule files"
    assert error.line == line


def test_aliases_are_refused() -> None:
    error = error_of("base: &base\n  severity: error\nrule:\n  <<: *base\n")
    assert error.one_line() == "rules/x.yaml:4: aliases (*name) are not allowed in rule files"


def test_billion_laughs_is_refused_at_the_first_alias() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, previous in zip("bcdefghi", "abcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    error = error_of("\n".join(lines) + "\n")
    assert error.line == 2
    assert error.cause == "aliases (*name) are not allowed in rule files"


def test_merge_keys_are_refused() -> None:
    error = error_of("rule:\n  <<: {severity: error}\n")
    assert error.one_line() == "rules/x.yaml:2: merge keys (<<) are not allowed in rule files"


def test_duplicate_key_names_the_second_line() -> None:
    error = error_of("rules:\n  - id: a\n    severity: error\n    id: b\n")
    assert error.one_line() == "rules/x.yaml:4: duplicate key 'id'"


def test_keys_written_differently_are_still_duplicates() -> None:
    assert error_of("1: a\n'1': b\n").cause == "duplicate key '1'"


def test_messages_stay_on_one_line() -> None:
    error = error_of('"a\\nb": 1\n"a\\nb": 2\n')
    assert error.one_line() == "rules/x.yaml:2: duplicate key 'a\\nb'"


def test_complex_keys_are_refused() -> None:
    error = error_of("a: 1\n? [x, y]\n: 2\n")
    assert error.one_line() == (
        "rules/x.yaml:2: mapping keys must be single values, not lists or mappings"
    )


def test_twenty_levels_of_nesting_are_allowed() -> None:
    expected: list[object] = []
    for _ in range(19):
        expected = [expected]
    doc = load_one("[" * 20 + "]" * 20)
    assert doc.data == expected
    assert doc.lines[(0,) * 19] == 1


def test_deeper_nesting_is_refused() -> None:
    text = "".join("  " * depth + f"k{depth}:\n" for depth in range(21)) + "  " * 21 + "leaf\n"
    assert error_of(text.replace("k20:\n", "k20: [x]\n", 1)).one_line() == (
        "rules/x.yaml:21: YAML document is nested deeper than 20 levels"
    )


def test_very_deep_flow_nesting_fails_cleanly() -> None:
    error = error_of("[" * 100_000)
    assert error.cause == "YAML document is nested deeper than 20 levels"


def test_too_many_nodes_are_refused() -> None:
    error = error_of("items:\n" + "  - 1\n" * 10_000)
    assert error.cause == "YAML document has more than 10,000 nodes"
    assert error.line == 9_999  # map, key, list and 9,998 items make 10,001


def test_node_limit_is_per_document() -> None:
    document = "items:\n" + "  - 1\n" * 5_000
    assert len(load_yaml(PATH, document + "---\n" + document)) == 2


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("since: 2023-02-30\n", "invalid date or time '2023-02-30'"),
        ("n: !!int twelve\n", "invalid integer 'twelve'"),
        ("n: !!float many\n", "invalid number 'many'"),
        ("n: !!bool maybe\n", "invalid true/false value 'maybe'"),
        ("n: !!int " + "9" * 5000 + "\n", "invalid integer '" + "9" * 40 + "...'"),
    ],
)
def test_invalid_typed_values(text: str, cause: str) -> None:
    assert error_of(text).cause == cause


# --- validation errors --------------------------------------------------------------------


class Match(BaseModel):
    model_config = ConfigDict(extra="forbid")

    unit: str
    tolerance: float = 0.0


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    severity: str = "warning"
    formula: str | None = None
    match: Match | None = None
    tags: list[str] = []


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    rules: list[Rule]


RULE_KEYS = ("id", "severity", "formula", "match", "tags")


def validate(
    text: str, model: type[BaseModel] = RuleFile
) -> tuple[Located, pydantic.ValidationError]:
    doc = load_one(text)
    with pytest.raises(pydantic.ValidationError) as caught:
        model.model_validate(doc.data)
    return doc, caught.value


def test_unknown_key_with_did_you_mean() -> None:
    doc, error = validate(RULES.replace("    severity: error", "    severty: error"))
    found = validation_error(PATH, doc, error, allowed=RULE_KEYS)
    assert found.one_line() == "rules/x.yaml:5: unknown key 'severty' (did you mean 'severity'?)"


def test_unknown_key_without_a_close_match() -> None:
    doc, error = validate(RULES.replace("    severity: error", "    colour: red"))
    found = validation_error(PATH, doc, error, allowed=RULE_KEYS)
    assert found.one_line() == "rules/x.yaml:5: unknown key 'colour'"


def test_unknown_key_without_allowed_keys() -> None:
    doc, error = validate(RULES.replace("    severity: error", "    severty: error"))
    assert validation_error(PATH, doc, error).cause == "unknown key 'severty'"


def test_missing_key_points_at_its_parent() -> None:
    doc, error = validate(RULES.replace("    id: growth\n", ""))
    found = validation_error(PATH, doc, error)
    assert found.one_line() == "rules/x.yaml:10: missing key 'id'"


def test_missing_top_level_key_points_at_the_document() -> None:
    doc, error = validate(RULES.replace("version: 1\n", ""))
    assert validation_error(PATH, doc, error).one_line() == "rules/x.yaml:2: missing key 'version'"


def test_wrong_type_gives_the_dotted_path_and_pydantic_message() -> None:
    doc, error = validate(RULES.replace("tolerance: 0.5", "tolerance: half"))
    found = validation_error(PATH, doc, error)
    assert found.one_line() == (
        "rules/x.yaml:8: rules.0.match.tolerance: "
        "Input should be a valid number, unable to parse string as a number"
    )


def test_wrong_type_of_a_list_item() -> None:
    doc, error = validate(RULES.replace("tags: [money, growth]", "tags: [money, [growth]]"))
    assert validation_error(PATH, doc, error).one_line() == (
        "rules/x.yaml:12: rules.1.tags.1: Input should be a valid string"
    )


def test_root_locates_a_model_validated_on_part_of_the_document() -> None:
    doc = load_one(RULES.replace("    severity: error", "    severty: error"))
    with pytest.raises(pydantic.ValidationError) as caught:
        Rule.model_validate(doc.data["rules"][0])
    found = validation_error(PATH, doc, caught.value, root=("rules", 0), allowed=RULE_KEYS)
    assert found.one_line() == "rules/x.yaml:5: unknown key 'severty' (did you mean 'severity'?)"

    doc = load_one(RULES.replace("unit: EUR", "unit: 5"))
    with pytest.raises(pydantic.ValidationError) as caught:
        Rule.model_validate(doc.data["rules"][0])
    found = validation_error(PATH, doc, caught.value, root=("rules", 0))
    assert found.one_line() == "rules/x.yaml:7: rules.0.match.unit: Input should be a valid string"


def test_unknown_key_with_a_line_break_stays_on_one_line() -> None:
    doc, error = validate('version: 1\nrules: []\n"sev\\nerity": 1\n')
    found = validation_error(PATH, doc, error)
    assert found.one_line() == "rules/x.yaml:3: unknown key 'sev\\nerity'"


def test_error_of_the_whole_document() -> None:
    doc, error = validate("- just\n- a list\n")
    assert validation_error(PATH, doc, error).one_line() == (
        "rules/x.yaml:1: Input should be a valid dictionary or instance of RuleFile"
    )


def test_validation_errors_lists_every_problem() -> None:
    text = RULES.replace("version: 1", "version: one").replace(
        "    severity: error", "    severty: error"
    )
    text = text.replace("    formula: a + b\n", "").replace("id: growth", "formula: x")
    doc, error = validate(text)
    found = validation_errors(PATH, doc, error, allowed=RULE_KEYS)
    assert [item.one_line() for item in found] == [
        "rules/x.yaml:2: version: Input should be a valid integer,"
        " unable to parse string as an integer",
        "rules/x.yaml:5: unknown key 'severty' (did you mean 'severity'?)",
        "rules/x.yaml:10: missing key 'id'",
    ]
    assert validation_error(PATH, doc, error, allowed=RULE_KEYS).one_line() == found[0].one_line()


# --- property ---------------------------------------------------------------------------------

YAML_BITS = st.sampled_from(
    [
        ":",
        " ",
        "  ",
        "\n",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a ",
        "*a",
        "!!",
        "!!python/object ",
        "---\n",
        "...\n",
        "'",
        '"',
        "#",
        "? ",
        "|\n",
        ">\n",
        "key",
        "1",
        "2024-01-01",
        "\t",
        "\r",
        "<<",
        "%YAML 1.1\n",
        "\x00",
        "\u2028",
        "\ufeff",
        "\\",
        "@",
        "`",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.text() | st.lists(YAML_BITS, max_size=40).map("".join))
def test_any_text_loads_or_raises_rule_file_error(text: str) -> None:
    try:
        documents = load_yaml("x.yaml", text)
    except RuleFileError as error:
        assert error.path == "x.yaml"
        assert "\n" not in error.one_line()
        return
    for document in documents:
        assert () in document.lines
        assert all(line >= 1 for line in document.lines.values())
