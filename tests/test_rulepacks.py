import shutil
from pathlib import Path

import pytest

from factlint.errors import RuleFileError
from factlint.rulepacks import builtin_packs, check_rule_file, load_catalog

FACTS = """facts:
  revenue:
    kind: money
    description: Revenue for a period.
    cues: [revenue, sales]
  margin:
    kind: percent
    description: A margin.
    cues: [margin]
"""


def pack(tmp_path: Path, **files: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "facts.yaml").write_text(FACTS, encoding="utf-8")
    for name, text in files.items():
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    return folder


def load_error(tmp_path: Path, text: str) -> str:
    folder = pack(tmp_path, rule=text)
    with pytest.raises(RuleFileError) as caught:
        load_catalog([folder])
    return caught.value.one_line().replace(str(folder) + "/", "")


def test_builtin_packs_load_and_every_rule_has_an_id_from_its_path():
    catalog = load_catalog([builtin_packs()])
    ids = [rule.id for rule in catalog.rules]
    assert "deals.implied-valuation" in ids and "financials.revenue-agrees" in ids
    assert len(ids) == len(set(ids))
    assert {spec.id for spec, _ in catalog.facts} >= {"deals.investment", "financials.revenue"}


def test_a_user_pack_loads_with_pack_local_fact_names(tmp_path):
    folder = pack(tmp_path, same="kind: agree\nfacts: [revenue]\nmessage: '{figure} vs {other}'\n")
    (rule,) = load_catalog([folder]).rules
    assert rule.id == "mine.same" and rule.facts == ("mine.revenue",)


def test_unknown_key_names_file_line_and_key(tmp_path):
    text = "kind: agree\nfacts: [revenue]\nmessage: x\nseverty: error\n"
    assert (
        load_error(tmp_path, text)
        == "rule.yaml:4: unknown key 'severty' (did you mean 'severity'?)"
    )


def test_wrong_type_names_the_key(tmp_path):
    text = "kind: agree\nfacts: [revenue]\nmessage: x\ntolerance: lots\n"
    assert load_error(tmp_path, text).startswith("rule.yaml:4: tolerance:")


def test_unknown_kind(tmp_path):
    assert "rule.yaml:1:" in load_error(tmp_path, "kind: guess\nmessage: x\n")


def test_unknown_fact(tmp_path):
    text = "kind: agree\nfacts: [profit]\nmessage: x\n"
    assert load_error(tmp_path, text).startswith("rule.yaml:2: unknown fact 'profit'")


def test_formula_that_does_not_parse(tmp_path):
    text = "kind: relation\nfacts: {a: revenue, b: margin}\nformula: a ~ b *\nmessage: x\n"
    assert load_error(tmp_path, text).startswith("rule.yaml:3: formula: expected a number")


def test_formula_mixing_money_and_percent(tmp_path):
    text = "kind: relation\nfacts: {a: revenue, b: margin}\nformula: a ~ a + b\nmessage: x\n"
    assert "cannot add money and a percentage" in load_error(tmp_path, text)


def test_formula_with_an_unknown_variable(tmp_path):
    text = "kind: relation\nfacts: {a: revenue}\nformula: a ~ c\nmessage: x\n"
    assert load_error(tmp_path, text) == "rule.yaml:3: formula: unknown variable 'c'"


def test_message_fields_are_checked(tmp_path):
    text = "kind: agree\nfacts: [revenue]\nmessage: '{figure.__class__}'\n"
    assert "message: unknown message field {figure.__class__}" in load_error(tmp_path, text)


def test_yaml_syntax_error_names_the_line(tmp_path):
    assert load_error(tmp_path, "kind: agree\nfacts: [revenue\nmessage: x\n").startswith(
        "rule.yaml:"
    )


def test_every_shipped_formula_passes_the_unit_check(tmp_path):
    # Shipped packs are not unit-checked at each run; this is where they are.
    folders = [p for p in builtin_packs().iterdir() if p.is_dir()]
    for rule_file in sorted(f for folder in folders for f in folder.glob("*.yaml")):
        check_rule_file(rule_file)


def test_a_copied_pack_is_unit_checked_at_load(tmp_path):
    pack = tmp_path / "mine"
    shutil.copytree(builtin_packs() / "deals", pack)
    rule = pack / "implied-valuation.yaml"
    text = rule.read_text(encoding="utf-8")
    rule.write_text(text.replace("amount / stake", "amount + stake"), encoding="utf-8")
    with pytest.raises(RuleFileError, match="cannot add"):
        load_catalog([pack])
