import re

from factlint.reporters import reporter

render = reporter("text")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_plain_text_has_no_escape_codes(run):
    out = render(run)
    assert "\x1b" not in out
    first = run.diagnostics[0]
    assert out.startswith(f"{first.path}:9:46: error {first.rule} {first.message}\n")
    assert "\n    archive/old, notes.md:12:58: states 'about $600 million'\n" in out
    assert out.endswith("3 problem(s) in 4 file(s) (9 quantities, 7 claims)\n")


def test_colour_marks_each_severity_and_dims_related_lines(run):
    out = render(run.model_copy(update={"colour": True}))
    assert ": \x1b[31merror\x1b[0m financials.revenue-agrees" in out
    assert ": \x1b[33mwarning\x1b[0m deals.implied-valuation" in out
    assert ": \x1b[36minfo\x1b[0m breakdowns.parts-sum" in out
    related = [line for line in out.split("\n") if line.startswith("    ")]
    assert len(related) == 4
    assert all(line.startswith("    \x1b[2m") and line.endswith("\x1b[0m") for line in related)


def test_colour_changes_nothing_but_the_escape_codes(run):
    coloured = render(run.model_copy(update={"colour": True}))
    assert ANSI.sub("", coloured) == render(run)


def test_no_diagnostics_prints_only_the_summary(empty_run):
    assert render(empty_run) == "0 problem(s) in 4 file(s) (9 quantities, 7 claims)\n"
