import json

from factlint.diagnostics import Diagnostic
from factlint.reporters import reporter

render = reporter("jsonl")


def test_one_diagnostic_object_a_line(run):
    lines = render(run).split("\n")
    assert lines[-1] == ""
    records = [json.loads(line) for line in lines[:-1]]
    assert records == [d.model_dump(mode="json") for d in run.diagnostics]
    assert [Diagnostic.model_validate(r) for r in records] == list(run.diagnostics)


def test_newlines_in_messages_stay_inside_their_line(run):
    assert len(render(run).split("\n")) == len(run.diagnostics) + 1


def test_no_diagnostics_prints_nothing(empty_run):
    assert render(empty_run) == ""
