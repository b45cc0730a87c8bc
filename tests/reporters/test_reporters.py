import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from factlint.cli import main
from factlint.reporters import FORMATS, reporter

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_every_format_is_registered_under_its_name():
    assert set(FORMATS) == {"text", "json", "jsonl", "sarif", "github", "rdjsonl"}


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_renders_a_run_and_an_empty_run(name, run, empty_run):
    render = reporter(name)
    assert render(run) == render(run)
    assert isinstance(render(empty_run), str)


def test_a_run_is_immutable(run):
    with pytest.raises(ValidationError):
        run.colour = True


def test_json_keeps_its_versioned_document(run):
    expected = {
        "version": 1,
        "diagnostics": [d.model_dump(mode="json") for d in run.diagnostics],
        "summary": run.summary,
    }
    out = reporter("json")(run)
    assert out == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    assert "Zürich" in out


@pytest.mark.parametrize("name", FORMATS)
def test_check_prints_every_format(capsys, name):
    code = main(["check", "--format", name, str(EXAMPLES)])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "northwind-deal.md" in out


def test_an_unknown_format_is_named_with_the_known_ones():
    with pytest.raises(ValueError, match="unknown format 'xml'; known formats: github, json"):
        reporter("xml")
