import json
from pathlib import Path

import pytest

from factlint.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_examples_report_their_two_contradictions_as_text(capsys):
    code, out, _ = run(capsys, "check", str(EXAMPLES))
    lines = out.splitlines()
    assert code == 1
    headers = [line for line in lines if not line.startswith("    ")][:-1]
    assert [h.split(": ", 2)[1].split()[:2] for h in headers] == [
        ["warning", "financials.revenue-agrees"],
        ["warning", "deals.implied-valuation"],
    ]
    assert lines[-1] == "2 problem(s) in 2 file(s) (16 quantities, 14 claims)"
    assert lines[1].startswith("    ") and "examples" in lines[1]


def test_json_output_has_diagnostics_and_summary(capsys):
    code, out, _ = run(capsys, "check", "--format", "json", str(EXAMPLES))
    report = json.loads(out)
    assert code == 1
    assert report["summary"] == {"files": 2, "quantities": 16, "claims": 14, "diagnostics": 2}
    first = report["diagnostics"][0]
    assert set(first) == {
        "rule",
        "severity",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "fact",
        "related",
    }
    assert set(first["related"][0]) == set(first) - {"rule", "severity", "fact", "related"}


def test_output_is_deterministic(capsys):
    first = run(capsys, "check", "--format", "json", str(EXAMPLES))
    second = run(capsys, "check", "--format", "json", str(EXAMPLES))
    assert first == second


def test_fail_level_error_lets_warnings_pass(capsys):
    code, _, _ = run(capsys, "check", "--fail-level", "error", str(EXAMPLES))
    assert code == 0


def test_a_clean_corpus_exits_zero(capsys, tmp_path):
    (tmp_path / "a.md").write_text("Harbor Labs had revenue of $48 million in 2024.\n")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 0
    assert out.splitlines()[-1].startswith("0 problem(s) in 1 file(s)")


def test_a_broken_rule_file_exits_two_naming_it(capsys, tmp_path):
    pack = tmp_path / "mine"
    pack.mkdir()
    (pack / "bad.yaml").write_text("kind: agree\nfacts: [x]\nmessage: m\nbogus: 1\n")
    code, _, err = run(capsys, "check", "--rules", str(pack), str(EXAMPLES))
    assert code == 2
    assert f"{pack}/bad.yaml:4: unknown key 'bogus'" in err


def test_unreadable_files_are_named_and_the_rest_is_checked(capsys, tmp_path):
    (tmp_path / "bad.md").write_bytes(b"ok\n\xff\n")
    code, out, err = run(capsys, "check", str(tmp_path), str(EXAMPLES))
    assert "bad.md:2: invalid UTF-8" in err
    assert code == 1
    assert "2 problem(s) in 2 file(s)" in out


def test_claims_command_shows_what_was_read(capsys):
    code, out, _ = run(capsys, "claims", "--format", "jsonl", str(EXAMPLES))
    claims = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    valuation = [c for c in claims if c["fact"] == "deals.valuation"]
    assert [(c["subject"], c["period"], c["quantity"]["text"]) for c in valuation] == [
        ("Globex Robotics", "current", "as much as $8 billion"),
        ("Globex Robotics", "2023", "roughly $5 billion"),
    ]


def test_claims_needs_paths(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["claims"])
    assert exited.value.code == 2


def test_check_needs_paths_or_a_configured_corpus(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    assert "no path given and no corpus configured" in capsys.readouterr().err
