from pathlib import Path

import pytest

from factlint.config import Config, configured_catalog, find_config, load_config
from factlint.errors import RuleFileError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_file_is_found_from_a_sub_folder(tmp_path):
    config = write(tmp_path / ".factlint.yaml", "fail-level: error\n")
    (tmp_path / "articles" / "2025").mkdir(parents=True)
    assert find_config(tmp_path / "articles" / "2025") == config


def test_pyproject_counts_only_with_a_factlint_table(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.ruff]\nline-length = 90\n")
    assert find_config(tmp_path) is None
    write(tmp_path / "pyproject.toml", '[tool.factlint]\ncorpus = ["articles/*.md"]\n')
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"


def test_yaml_wins_over_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.factlint]\n")
    write(tmp_path / ".factlint.yaml", "ignore: [breakdowns]\n")
    assert find_config(tmp_path).name == ".factlint.yaml"


def test_nearest_file_wins(tmp_path):
    write(tmp_path / ".factlint.yaml", "fail-level: info\n")
    inner = write(tmp_path / "desk" / ".factlint.yaml", "fail-level: error\n")
    assert find_config(tmp_path / "desk") == inner


def test_every_key_is_read_with_hyphens(tmp_path):
    path = write(
        tmp_path / ".factlint.yaml",
        """\
corpus: ["articles/**/*.md"]
exclude: [articles/drafts]
rules: [house]
select: [deals, financials.revenue-agrees]
ignore: [deals.round-agrees]
fail-level: error
entities:
  Meta Platforms: [Meta, Facebook]
currency-rates:
  base: USD
  rates: {EUR: 1.1}
tolerances:
  default: 0.01
  deals: 0.05
""",
    )
    config = load_config(path)
    assert config.corpus == ("articles/**/*.md",)
    assert config.fail_level == "error"
    assert config.entities == {"Meta Platforms": ("Meta", "Facebook")}
    assert config.currency_rates is not None and config.currency_rates.rates == {"EUR": 1.1}
    assert config.root == tmp_path and config.source == path


def test_pyproject_table_is_read(tmp_path):
    path = write(
        tmp_path / "pyproject.toml",
        '[tool.factlint]\ncorpus = ["news/*.md"]\nfail-level = "info"\n',
    )
    config = load_config(path)
    assert config.corpus == ("news/*.md",) and config.fail_level == "info"


def test_no_file_gives_the_defaults():
    assert load_config(None) == Config()


@pytest.mark.parametrize(
    ("text", "line", "cause"),
    [
        (
            "corpus: [a]\nfail_level: error\n",
            2,
            "unknown key 'fail_level' (did you mean 'fail-level'?)",
        ),
        ("fail-level: fatal\n", 1, "fail-level: Input should be 'info', 'warning' or 'error'"),
        ("tolerances:\n  default: 5\n", 2, "tolerances.default: Input should be less than or"),
        ("corpus: [a\n", 2, "YAML syntax error"),
        ("- corpus\n", 1, "expected one YAML mapping of settings"),
        ("root: /etc\n", None, "unknown key 'root'"),
    ],
)
def test_bad_settings_name_the_file_line_and_key(tmp_path, text, line, cause):
    path = write(tmp_path / ".factlint.yaml", text)
    with pytest.raises(RuleFileError) as caught:
        load_config(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert cause in caught.value.cause


def test_bad_pyproject_names_the_file_and_line(tmp_path):
    path = write(
        tmp_path / "pyproject.toml", "[tool.factlint]\ncorpus = [1,,]\nfail-level = 'error'\n"
    )
    with pytest.raises(RuleFileError) as caught:
        load_config(path)
    assert caught.value.path == str(path)
    assert "TOML syntax error" in caught.value.cause
    assert caught.value.line == 2


def test_bad_pyproject_key_is_named(tmp_path):
    path = write(tmp_path / "pyproject.toml", "[tool.factlint]\nselekt = ['deals']\n")
    with pytest.raises(RuleFileError, match="unknown key 'selekt' \\(did you mean 'select'\\?\\)"):
        load_config(path)


def ids(config: Config) -> list[str]:
    return [rule.id for rule in configured_catalog(config).rules]


def test_select_and_ignore_take_ids_and_pack_names():
    every = ids(Config())
    assert ids(Config(select=("deals",))) == [i for i in every if i.startswith("deals.")]
    without = ids(Config(ignore=("deals", "financials.revenue-agrees")))
    assert without == [
        i for i in every if not i.startswith("deals.") and i != "financials.revenue-agrees"
    ]


@pytest.mark.parametrize("key", ["select", "ignore"])
def test_a_misspelt_rule_is_an_error(tmp_path, key):
    path = write(tmp_path / ".factlint.yaml", f"{key}: [deal]\n")
    with pytest.raises(RuleFileError, match=f"{key}: no rule or pack named 'deal'"):
        configured_catalog(load_config(path))


def tolerance_of(config: Config, rule_id: str) -> float:
    (rule,) = [r for r in configured_catalog(config).rules if r.id == rule_id]
    return rule.tolerance


def house_pack(root: Path) -> Path:
    """A pack of one rule whose file sets no tolerance."""
    pack = root / "house"
    write(
        pack / "facts.yaml",
        "facts:\n  payroll:\n    kind: money\n    description: Pay.\n    cues: [payroll]\n",
    )
    write(pack / "payroll-agrees.yaml", "kind: agree\nfacts: [payroll]\nmessage: '{figure}'\n")
    return pack


def test_tolerances_by_rule_then_pack_then_default(tmp_path):
    own = tolerance_of(Config(), "deals.implied-valuation")
    config = Config(tolerances={"default": 0.03}, rules=(str(house_pack(tmp_path)),))
    assert tolerance_of(config, "deals.implied-valuation") == own  # set in its file
    assert tolerance_of(config, "house.payroll-agrees") == 0.03
    config = Config(tolerances={"deals": 0.1, "deals.implied-valuation": 0.2})
    assert tolerance_of(config, "deals.implied-valuation") == 0.2
    assert tolerance_of(config, "deals.stake-agrees") == 0.1


def test_configured_rule_folders_are_relative_to_the_file(tmp_path):
    house_pack(tmp_path)
    path = write(tmp_path / ".factlint.yaml", "rules: [house]\n")
    assert "house.payroll-agrees" in ids(load_config(path))
