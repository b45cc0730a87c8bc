import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factlint.baseline import (
    Baseline,
    Entry,
    filter_accepted,
    fingerprint,
    load_baseline,
    render_baseline,
    write_baseline,
)
from factlint.diagnostics import Diagnostic, Related
from factlint.documents import parse_document
from factlint.errors import ConfigError, FactlintError
from factlint.linter import check_documents

REVENUE = "financials.revenue-agrees"


def related(path: str = "a.md", line: int = 3, message: str = "states '$2 billion'") -> Related:
    return Related(path=path, line=line, column=31, end_line=line, end_column=41, message=message)


def finding(
    line: int = 3,
    path: str = "b.md",
    message: str = "Acme revenue (2025): '$2.5 billion' here, but '$2 billion' in a.md:3",
    others: tuple[Related, ...] = (related(),),
    rule: str = REVENUE,
) -> Diagnostic:
    return Diagnostic(
        rule=rule,
        severity="warning",
        path=path,
        line=line,
        column=31,
        end_line=line,
        end_column=43,
        message=message,
        fact="financials.revenue of Acme (2025)",
        related=others,
    )


def test_round_trip_through_a_file_accepts_every_finding(tmp_path):
    diagnostics = [finding(), finding(path="c.md"), finding(rule="financials.profit-agrees")]
    target = tmp_path / "baseline.json"
    write_baseline(target, diagnostics)
    baseline = load_baseline(target)
    assert sorted(baseline.accepted, key=lambda e: e.fingerprint) == sorted(
        (Entry.of(d) for d in diagnostics), key=lambda e: e.fingerprint
    )
    assert filter_accepted(diagnostics, baseline) == []


def test_the_file_is_sorted_readable_and_independent_of_input_order():
    diagnostics = [finding(path="c.md"), finding(), finding(rule="financials.profit-agrees")]
    text = render_baseline(diagnostics)
    assert text == render_baseline(reversed(diagnostics))
    assert text.endswith("}\n") and '\n  "accepted": [\n' in text
    document = json.loads(text)
    assert document["version"] == 1
    entries = document["accepted"]
    assert [(e["path"], e["rule"]) for e in entries] == [
        ("b.md", "financials.profit-agrees"),
        ("b.md", REVENUE),
        ("c.md", REVENUE),
    ]
    assert list(entries[0]) == ["rule", "fact", "path", "message", "fingerprint"]


def test_an_entry_keeps_the_message_without_line_numbers_after_file_names():
    entry = Entry.of(finding(message="'$2.5 billion' here, but '$2 billion' in a.md:3, a 5:4 gap"))
    assert entry.message == "'$2.5 billion' here, but '$2 billion' in a.md, a 5:4 gap"


def test_an_empty_baseline_accepts_nothing(tmp_path):
    target = tmp_path / "baseline.json"
    write_baseline(target, [])
    assert json.loads(target.read_text(encoding="utf-8")) == {"version": 1, "accepted": []}
    assert filter_accepted([finding()], load_baseline(target)) == [finding()]


def test_line_and_column_shifts_keep_the_fingerprint():
    moved = finding(line=40, message=finding().message.replace("a.md:3", "a.md:17"))
    moved = moved.model_copy(update={"column": 2, "related": (related(line=17),)})
    assert fingerprint(moved) == fingerprint(finding())


def test_severity_is_not_part_of_the_fingerprint():
    assert fingerprint(finding().model_copy(update={"severity": "error"})) == fingerprint(finding())


@pytest.mark.parametrize(
    "changed",
    [
        finding(message="Acme revenue (2025): '$2.7 billion' here, but '$2 billion' in a.md:3"),
        finding(others=(related(message="states '$1.9 billion'"),)),
        finding(others=(related(path="z.md"),)),
        finding(others=(related(), related(path="c.md"))),
        finding(path="c.md"),
        finding(rule="financials.profit-agrees"),
        finding().model_copy(update={"fact": "financials.revenue of Acme (2024)"}),
    ],
    ids=["figure", "related-figure", "related-path", "more-related", "path", "rule", "fact"],
)
def test_what_a_finding_says_is_in_the_fingerprint(changed):
    assert fingerprint(changed) != fingerprint(finding())


def test_related_order_is_not_part_of_the_fingerprint():
    pair = (related(), related(path="c.md", message="states '$1.9 billion'"))
    reordered = finding(others=pair[::-1])
    assert fingerprint(reordered) == fingerprint(finding(others=pair))


@pytest.mark.parametrize("spelling", ["docs\\b.md", "./docs/b.md", "docs//b.md"])
def test_paths_are_compared_with_forward_slashes(spelling):
    assert fingerprint(finding(path=spelling)) == fingerprint(finding(path="docs/b.md"))
    assert Entry.of(finding(path=spelling)).path == "docs/b.md"


def test_a_relative_path_stays_relative():
    assert Entry.of(finding(path="../news/b.md")).path == "../news/b.md"


def test_matching_counts_identical_findings():
    twice = [finding(line=3), finding(line=9)]
    baseline = Baseline.model_validate(json.loads(render_baseline(twice[:1])))
    assert filter_accepted(twice, baseline) == [finding(line=9)]
    baseline = Baseline.model_validate(json.loads(render_baseline(twice)))
    assert filter_accepted(twice, baseline) == []
    assert len(baseline.accepted) == 2


findings = st.builds(
    finding,
    line=st.integers(1, 50),
    path=st.sampled_from(["a.md", "b.md", "docs/c.txt"]),
    message=st.sampled_from(["'$1 billion' here", "'$2 billion' here, but '$1 billion' in a.md:4"]),
    others=st.lists(st.builds(related, line=st.integers(1, 50)), max_size=2).map(tuple),
    rule=st.sampled_from([REVENUE, "deals.implied-valuation"]),
)


@given(st.lists(findings, max_size=6), st.lists(findings, max_size=6))
def test_a_baseline_accepts_exactly_its_own_findings(accepted, new):
    baseline = Baseline.model_validate(json.loads(render_baseline(accepted)))
    assert filter_accepted([*accepted, *new], baseline) == new


ARTICLE_A = "# Acme\n\nAcme Corp reported revenue of {figure} in 2025.\n"
ARTICLE_B = "# Acme\n\nAcme Corp had 2025 revenue of {figure}, the company said.\n"


def check(padding: str = "", a: str = "$2 billion", b: str = "$2.5 billion") -> list[Diagnostic]:
    documents = [
        parse_document(padding + ARTICLE_A.format(figure=a), "news/a.md"),
        parse_document(padding + ARTICLE_B.format(figure=b), "news/b.md"),
    ]
    return list(check_documents(documents).diagnostics)


def test_a_real_finding_stays_accepted_after_edits_above_it(tmp_path):
    before = check()
    assert [d.rule for d in before] == [REVENUE]
    target = tmp_path / "baseline.json"
    write_baseline(target, before)
    after = check(padding="A new opening paragraph.\n\nAnd a second one.\n\n")
    assert after[0].line == before[0].line + 4 and after[0].message != before[0].message
    assert filter_accepted(after, load_baseline(target)) == []


def test_a_changed_figure_is_a_new_finding(tmp_path):
    target = tmp_path / "baseline.json"
    write_baseline(target, check())
    changed = check(b="$2.7 billion")
    assert [d.rule for d in changed] == [REVENUE]
    assert filter_accepted(changed, load_baseline(target)) == changed


def test_writing_replaces_the_old_file_and_leaves_nothing_else(tmp_path):
    target = tmp_path / "baseline.json"
    target.write_text("old", encoding="utf-8")
    write_baseline(target, [finding()])
    assert os.listdir(tmp_path) == ["baseline.json"]
    assert load_baseline(target).accepted == (Entry.of(finding()),)


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "baseline.json"
    target.write_text("old", encoding="utf-8")

    def refuse(source: str, destination: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ConfigError) as caught:
        write_baseline(target, [finding()])
    assert caught.value.path == str(target) and "Permission denied" in caught.value.cause
    assert os.listdir(tmp_path) == ["baseline.json"]
    assert target.read_text(encoding="utf-8") == "old"


def test_writing_into_a_missing_folder_is_a_config_error(tmp_path):
    target = tmp_path / "missing" / "baseline.json"
    with pytest.raises(ConfigError) as caught:
        write_baseline(target, [])
    assert caught.value.path == str(target)


VALID_ENTRY = {"rule": "r.x", "fact": "f", "path": "a.md", "message": "m", "fingerprint": "0" * 16}


@pytest.mark.parametrize(
    ("content", "cause", "line"),
    [
        (b'{"version": 1,\n "accepted": [,]}', "invalid JSON: Expecting value (column 15)", 2),
        (b"", "invalid JSON: Expecting value (column 1)", 1),
        (b"\xff{}", "invalid UTF-8 (byte 0xFF at column 1)", 1),
        (b"[]", "not a baseline: top level: Input should be a valid dictionary", None),
        (b'{"accepted": []}', "not a baseline: version: Field required", None),
        (
            b'{"version": 2, "accepted": []}',
            "not a baseline: version: unsupported version 2 (expected 1)",
            None,
        ),
        (b'{"version": true, "accepted": []}', "not a baseline: version:", None),
        (b'{"version": 1}', "not a baseline: accepted: Field required", None),
        (
            json.dumps({"version": 1, "accepted": [VALID_ENTRY, {**VALID_ENTRY, "rule": 3}]}),
            "not a baseline: accepted[1].rule: Input should be a valid string",
            None,
        ),
        (
            json.dumps({"version": 1, "accepted": [{**VALID_ENTRY, "line": 3}]}),
            "not a baseline: accepted[0].line: Extra inputs are not permitted",
            None,
        ),
        (b"[" * 100_000, "invalid JSON: nested too deeply", None),
    ],
    ids=[
        "syntax",
        "empty",
        "not-utf8",
        "not-an-object",
        "no-version",
        "future-version",
        "boolean-version",
        "no-entries",
        "wrong-type",
        "unknown-key",
        "deep",
    ],
)
def test_a_malformed_file_is_a_config_error_naming_file_and_cause(tmp_path, content, cause, line):
    target = tmp_path / "baseline.json"
    if isinstance(content, str):
        content = content.encode("utf-8")
    target.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        load_baseline(target)
    error = caught.value
    assert isinstance(error, FactlintError)
    assert error.path == str(target) and error.line == line
    assert error.cause.startswith(cause)


@pytest.mark.parametrize(
    ("name", "cause"), [("missing.json", "no such file"), ("", "is a directory")]
)
def test_a_missing_or_unreadable_file_is_a_config_error(tmp_path, name, cause):
    target = tmp_path / name
    with pytest.raises(ConfigError) as caught:
        load_baseline(target)
    assert caught.value.path == str(target) and caught.value.cause.startswith(cause)
