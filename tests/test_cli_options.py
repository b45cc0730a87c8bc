"""The options of `factlint check` and the `rules` commands, end to end."""

import json
import shutil
from pathlib import Path

import pytest

from factlint.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rules_of(out: str) -> list[str]:
    return [d["rule"] for d in json.loads(out)["diagnostics"]]


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A repository of the example articles with a configured corpus, as the working folder."""
    shutil.copytree(EXAMPLES, tmp_path / "articles")
    (tmp_path / ".factlint.yaml").write_text("corpus: ['articles/*.md']\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_exit_zero_reports_but_passes(capsys):
    code, out, _ = run(capsys, "check", "--exit-zero", str(EXAMPLES))
    assert code == 0 and "2 problem(s)" in out


def test_select_and_ignore_on_the_command_line(capsys):
    _, out, _ = run(capsys, "check", "--format", "json", "--select", "deals", str(EXAMPLES))
    assert rules_of(out) == ["deals.implied-valuation"]
    _, out, _ = run(capsys, "check", "--format", "json", "--ignore", "deals", str(EXAMPLES))
    assert rules_of(out) == ["financials.revenue-agrees"]


def test_an_unknown_rule_name_is_a_usage_error(capsys):
    code, _, err = run(capsys, "check", "--select", "deal", str(EXAMPLES))
    assert code == 2 and "select: no rule or pack named 'deal'" in err


def test_configured_corpus_without_paths_checks_everything(capsys, newsroom):
    code, out, _ = run(capsys, "check")
    assert code == 1 and "2 problem(s) in 2 file(s)" in out
    assert "articles/northwind-deal.md:" in out  # paths as a user in the folder names them


def test_a_focus_file_reports_what_touches_it(capsys, newsroom):
    _, out, _ = run(capsys, "check", "--format", "json", "articles/northwind-deal.md")
    diagnostics = json.loads(out)["diagnostics"]
    assert {d["path"] for d in diagnostics} == {"articles/northwind-deal.md"}
    assert len(diagnostics) == 2  # both contradictions involve it


def test_configured_fail_level_and_its_override(capsys, newsroom):
    (newsroom / ".factlint.yaml").write_text("corpus: ['articles/*.md']\nfail-level: error\n")
    assert run(capsys, "check")[0] == 0
    assert run(capsys, "check", "--fail-level", "warning")[0] == 1


def test_a_named_configuration_file(capsys, tmp_path):
    config = tmp_path / "desk.yaml"
    config.write_text("ignore: [financials]\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", "--config", str(config), "--format", "json", str(EXAMPLES))
    assert rules_of(out) == ["deals.implied-valuation"]


def test_baseline_accepts_todays_findings_and_reports_new_ones(capsys, newsroom):
    code, out, _ = run(capsys, "check", "--write-baseline", "baseline.json")
    assert code == 0 and "2 finding(s) written to baseline.json" in out
    assert run(capsys, "check", "--baseline", "baseline.json")[0] == 0
    article = newsroom / "articles" / "northwind-deal.md"
    article.write_text(article.read_text().replace("$750 million", "$800 million"))
    code, out, _ = run(capsys, "check", "--baseline", "baseline.json", "--format", "json")
    assert code == 1 and rules_of(out) == ["financials.revenue-agrees"]


def test_a_broken_baseline_is_a_usage_error(capsys, newsroom):
    (newsroom / "baseline.json").write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "check", "--baseline", "baseline.json")
    assert code == 2 and err.startswith("factlint: baseline.json:1:")


def test_a_suppression_comment_silences_a_finding(capsys, newsroom):
    article = newsroom / "articles" / "northwind-deal.md"
    text = article.read_text()
    directive = "<!-- factlint-disable-next-line financials -->\n"
    article.write_text(text.replace("revenue of $410", directive + "revenue of $410"))
    _, out, _ = run(capsys, "check", "--format", "json")
    assert rules_of(out) == ["deals.implied-valuation"]


def test_colour_only_when_asked_or_on_a_terminal(capsys, monkeypatch):
    _, plain, _ = run(capsys, "check", str(EXAMPLES))
    assert "\x1b[" not in plain
    _, coloured, _ = run(capsys, "check", "--color", "always", str(EXAMPLES))
    assert "\x1b[" in coloured
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run(capsys, "check", str(EXAMPLES))[1]


def test_sarif_describes_the_rules_that_fired(capsys):
    _, out, _ = run(capsys, "check", "--format", "sarif", str(EXAMPLES))
    driver = json.loads(out)["runs"][0]["tool"]["driver"]
    described = {r["id"]: r["shortDescription"]["text"] for r in driver["rules"]}
    assert set(described) == {"deals.implied-valuation", "financials.revenue-agrees"}
    assert described["financials.revenue-agrees"].startswith("Every statement of the same revenue")


def test_rules_list_follows_the_configuration(capsys, newsroom):
    (newsroom / ".factlint.yaml").write_text("select: [deals]\ntolerances: {deals: 0.1}\n")
    code, out, _ = run(capsys, "rules", "list", "--format", "json")
    rules = json.loads(out)["rules"]
    assert code == 0 and rules and all(r["id"].startswith("deals.") for r in rules)
    assert {r["tolerance"] for r in rules} == {0.1}
    _, out, _ = run(capsys, "rules", "list")
    assert out.splitlines()[-1] == f"{len(rules)} rule(s)"


def test_rules_check_names_every_bad_file_and_goes_on(capsys, tmp_path):
    pack = tmp_path / "house"
    pack.mkdir()
    (pack / "facts.yaml").write_text(
        "facts:\n  payroll:\n    kind: money\n    description: Pay.\n    cues: [payroll]\n"
    )
    (pack / "good.yaml").write_text("kind: agree\nfacts: [payroll]\nmessage: '{figure}'\n")
    (pack / "typo.yaml").write_text("kind: agree\nfacts: [payroll]\nmessage: m\nmesage: x\n")
    (pack / "formula.yaml").write_text(
        "kind: relation\nfacts: {a: payroll, b: payroll}\nformula: a ~ b +\nmessage: m\n"
    )
    code, out, err = run(capsys, "rules", "check", str(pack))
    assert code == 1
    assert "4 rule file(s) checked, 2 with problems" in out
    assert f"{pack / 'typo.yaml'}:4: unknown key 'mesage' (did you mean 'message'?)" in err
    assert f"{pack / 'formula.yaml'}:3: formula:" in err


def test_rules_check_of_the_built_in_packs_is_clean(capsys):
    packs = Path(__file__).resolve().parents[1] / "rules"
    code, out, _ = run(capsys, "rules", "check", *map(str, sorted(packs.iterdir())))
    assert code == 0 and "0 with problems" in out


def test_jobs_must_be_a_positive_count(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["check", "--jobs", "0", str(EXAMPLES)])
    assert stop.value.code == 2
    assert "expected a whole number of at least 1, not '0'" in capsys.readouterr().err


def test_the_cache_lives_at_the_root_unless_told_otherwise(newsroom, capsys, monkeypatch):
    monkeypatch.delenv("FACTLINT_CACHE_DIR")
    first = run(capsys, "check", "--format", "json")
    assert (newsroom / ".factlint-cache" / "cache.sqlite").is_file()
    assert run(capsys, "check", "--format", "json") == first
    shutil.rmtree(newsroom / ".factlint-cache")
    assert run(capsys, "check", "--format", "json", "--no-cache") == first
    assert not (newsroom / ".factlint-cache").exists()
    assert run(capsys, "check", "--format", "json", "--cache-dir", "elsewhere") == first
    assert (newsroom / "elsewhere" / "cache.sqlite").is_file()


def test_jobs_never_change_the_report(newsroom, capsys):
    one = run(capsys, "check", "--format", "json", "--jobs", "1", "--no-cache")
    assert run(capsys, "check", "--format", "json", "--jobs", "3", "--no-cache") == one
