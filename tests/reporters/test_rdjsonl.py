import json

from factlint.linter import lint
from factlint.reporters import reporter
from factlint.reporters.run import Run

render = reporter("rdjsonl")


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


def test_columns_count_utf8_bytes_of_the_file_line(tmp_path, monkeypatch):
    text = "Zürich-based Velden AG reported 2024 revenue of €2 billion.\n"
    other = "Velden AG had 2024 revenue of €2.5 billion.\n"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    report = lint({"a.txt": text, "b.txt": other})
    (record,) = lines_of(Run(diagnostics=report.diagnostics, summary={}, rules={}))
    places = [record["location"], *(r["location"] for r in record["related_locations"])]
    (on_a,) = [p["range"] for p in places if p["path"] == "a.txt"]
    start = text.index("€2 billion")
    end = start + len("€2 billion")
    assert on_a["start"]["column"] == len(text[:start].encode("utf-8")) + 1
    assert on_a["end"]["column"] == len(text[:end].encode("utf-8")) + 1
    assert on_a["start"]["column"] != start + 1  # "ü" takes two bytes
