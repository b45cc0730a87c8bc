import re

import pytest

from factlint.diagnostics import Diagnostic
from factlint.reporters import reporter
from factlint.reporters.run import Run

render = reporter("github")
COMMAND = re.compile(r"::(?P<command>[a-z]+) (?P<properties>[^:]*)::(?P<data>.*)")


def unescape(value: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(code, char)
    return value


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.fullmatch(line)
    assert match, line
    pairs = (item.split("=", 1) for item in match["properties"].split(","))
    properties = {key: unescape(value) for key, value in pairs}
    return match["command"], properties, unescape(match["data"])


def test_one_command_a_diagnostic_by_severity(run):
    lines = render(run).split("\n")
    assert lines[-1] == ""
    assert [parse(line)[0] for line in lines[:-1]] == ["error", "warning", "notice"]


def test_properties_and_message_round_trip(run):
    for line, d in zip(render(run).split("\n")[:-1], run.diagnostics, strict=True):
        _, properties, message = parse(line)
        assert properties == {
            "file": d.path,
            "line": str(d.line),
            "col": str(d.column),
            "endLine": str(d.end_line),
            "endColumn": str(d.end_column),
            "title": d.rule,
        }
        others = [f"{r.path}:{r.line}:{r.column}: {r.message}" for r in d.related]
        assert message == "\n".join([d.message, *others])


def test_related_documents_follow_the_message(run):
    _, _, message = parse(render(run).split("\n")[0])
    assert message.split("\n")[2:] == [
        "archive/old, notes.md:12:58: states 'about $600 million'",
        "/srv/desk/ünïcode notes.md:3:1: states '30%'",
        "talks:2025.md:7:20: states '$3.3 Billion', roughly",
    ]


@pytest.mark.parametrize("text", ["50%0A of it", "a%25b", "x:y,z", "line\r\nbreak %"])
def test_escapes_are_not_read_back_as_other_characters(diagnostics, text):
    tricky = diagnostics[0].model_copy(update={"path": text, "message": text, "related": ()})
    line = render_one(tricky)
    assert "\n" not in line and "\r" not in line
    _, properties, message = parse(line)
    assert properties["file"] == text
    assert message == text


def render_one(d: Diagnostic) -> str:
    out = render(Run(diagnostics=(d,), summary={}, rules={}))
    assert out.endswith("\n")
    return out[:-1]


def test_no_diagnostics_prints_nothing(empty_run):
    assert render(empty_run) == ""
