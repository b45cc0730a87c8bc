import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from jsonschema import Draft7Validator

import factlint
from factlint.reporters import reporter
from factlint.reporters.run import Run

render = reporter("sarif")
SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def sarif(run: Run) -> dict:
    return json.loads(render(run))


def results(run: Run) -> list[dict]:
    return sarif(run)["runs"][0]["results"]


def uri(location: dict) -> str:
    return location["physicalLocation"]["artifactLocation"]["uri"]


def moved(run: Run, lines: int) -> Run:
    def shift(place):
        return place.model_copy(
            update={"line": place.line + lines, "end_line": place.end_line + lines}
        )

    return run.model_copy(
        update={
            "diagnostics": tuple(
                shift(d).model_copy(update={"related": tuple(map(shift, d.related))})
                for d in run.diagnostics
            )
        }
    )


def test_the_schema_is_the_draft_07_sarif_schema():
    Draft7Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]


def test_the_validator_rejects_a_broken_log(run):
    log = sarif(run)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] = 0
    assert list(Draft7Validator(SCHEMA).iter_errors(log))


@pytest.mark.parametrize("fixture", ["run", "empty_run"])
def test_output_validates_against_the_official_schema(request, fixture):
    errors = list(Draft7Validator(SCHEMA).iter_errors(sarif(request.getfixturevalue(fixture))))
    assert errors == []


def test_one_run_of_factlint_with_schema_and_version(run):
    log = sarif(run)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    assert len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factlint"
    assert driver["version"] == factlint.__version__


def test_rules_describe_every_rule_that_fired_and_results_point_at_them(run):
    described = run.model_copy(update={"rules": {"deals.implied-valuation": "Checks price."}})
    log = sarif(described)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(d.rule for d in run.diagnostics)
    by_id = {r["id"]: r for r in rules}
    assert by_id["deals.implied-valuation"]["shortDescription"] == {"text": "Checks price."}
    assert by_id["breakdowns.parts-sum"]["shortDescription"] == {"text": "breakdowns.parts-sum"}
    assert by_id["breakdowns.parts-sum"]["defaultConfiguration"] == {"level": "note"}
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_map_info_to_note(run):
    assert [r["level"] for r in results(run)] == ["error", "warning", "note"]


def test_regions_keep_one_based_lines_and_columns(run):
    for result, d in zip(results(run), run.diagnostics, strict=True):
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region == {
            "startLine": d.line,
            "startColumn": d.column,
            "endLine": d.end_line,
            "endColumn": d.end_column,
        }
        assert result["message"] == {"text": d.message}


def test_paths_become_percent_encoded_uri_references(run):
    first = results(run)[0]
    assert uri(first["locations"][0]) == "news/Q3%20report%20%E2%80%93%20Z%C3%BCrich.md"
    related = [uri(r) for r in first["relatedLocations"]]
    assert related == [
        "archive/old%2C%20notes.md",
        "file:///srv/desk/%C3%BCn%C3%AFcode%20notes.md",
        "talks%3A2025.md",
    ]
    paths = [r.path for r in run.diagnostics[0].related]
    assert [unquote(u) for u in related[::2]] == paths[::2]
    assert urlsplit(related[2]).scheme == ""


def test_related_locations_carry_ids_and_messages(run):
    first = results(run)[0]
    related = first["relatedLocations"]
    assert [r["id"] for r in related] == [0, 1, 2]
    assert [r["message"]["text"] for r in related] == [
        r.message for r in run.diagnostics[0].related
    ]
    assert related[0]["physicalLocation"]["region"]["startLine"] == 12


def test_fingerprints_survive_moved_lines(run):
    before = [r["partialFingerprints"] for r in results(run)]
    after = [r["partialFingerprints"] for r in results(moved(run, 7))]
    assert before == after
    assert all(set(p) == {"factlint/v1"} for p in before)


def test_fingerprints_tell_results_apart(run, diagnostics):
    twice = run.model_copy(update={"diagnostics": (*diagnostics, diagnostics[0])})
    prints = [r["partialFingerprints"]["factlint/v1"] for r in results(twice)]
    assert len(set(prints)) == len(prints)
    other_fact = diagnostics[0].model_copy(update={"fact": "financials.profit of Globex"})
    changed = run.model_copy(update={"diagnostics": (other_fact,)})
    assert results(changed)[0]["partialFingerprints"] != results(run)[0]["partialFingerprints"]


def test_output_is_deterministic(run):
    assert render(run) == render(run.model_copy(deep=True))
