import json

from factlint.reporters import REPORTERS

render = REPORTERS["rdjsonl"]


def lines_of(run):
    text = render(run)
    assert text.endswith("\n")
    return [json.loads(line) for line in text.split("\n")[:-1]]


def location(place):
    return {
        "path": place.path,
        "range": {
            "start": {"line": place.line, "column": place.column},
            "end": {"line": place.end_line, "column": place.end_column},
        },
    }


def test_each_line_is_a_reviewdog_diagnostic(run):
    records = lines_of(run)
    assert len(records) == len(run.diagnostics)
    for record, d in zip(records, run.diagnostics, strict=True):
        assert record["message"] == d.message
        assert record["location"] == location(d)
        assert record["source"] == {"name": "factlint"}
        assert record["code"] == {"value": d.rule}
        assert record["related_locations"] == [
            {"message": r.message, "location": location(r)} for r in d.related
        ]


def test_severities_use_reviewdog_names(run):
    assert [r["severity"] for r in lines_of(run)] == ["ERROR", "WARNING", "INFO"]


def test_no_diagnostics_prints_nothing(empty_run):
    assert render(empty_run) == ""
