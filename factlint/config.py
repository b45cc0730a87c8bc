"""Project configuration: where the corpus is, which rules run, and how strictly.

A content repository says how factlint should check it in ``.factlint.yaml``
or in ``[tool.factlint]`` of ``pyproject.toml``.  The file is found by
walking up from the working directory (at each level ``.factlint.yaml``
first, then a ``pyproject.toml`` that has the table), or named with
``--config``.  Globs and rule folders are relative to the file's folder, so
a run gives the same answer from any sub-folder.  Every key is validated;
an unknown key or a wrong value is an error naming the file (and, in YAML,
the line) and the key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from factlint.errors import RuleFileError
from factlint.quantities.units import CurrencyRates
from factlint.rulepacks import Catalog, Rule, builtin_packs, load_catalog, names_rule
from factlint.severity import Severity
from factlint.suppressions import SUPPRESSION_RULES
from factlint.textfiles import decode_utf8, read_bounded
from factlint.yamlsource import Located, load_yaml, validation_error

__all__ = ["CONFIG_NAMES", "Config", "configured_catalog", "find_config", "load_config"]

CONFIG_NAMES = (".factlint.yaml", ".factlint.yml")
_MAX_BYTES = 1024 * 1024
_TOML_LINE = re.compile(r" \(at line (\d+), column \d+\)")


Fraction = Annotated[float, Field(ge=0.0, le=1.0)]


def _hyphenated(name: str) -> str:
    """Spell a field the way configuration files do: ``fail_level`` -> ``fail-level``."""
    return name.replace("_", "-")


class Config(BaseModel):
    """What a project configures; every key is optional.

    Attributes:
        root: The folder of the configuration file; globs and rule folders
            are relative to it (the working directory when there is no file).
        source: The configuration file, or ``None`` for the defaults.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", alias_generator=_hyphenated)

    corpus: tuple[str, ...] = Field(
        default=(),
        description="Globs of the articles checked together; files named on the command line "
        "are then the focus, and diagnostics are kept when they touch one.",
    )
    exclude: tuple[str, ...] = Field(
        default=(), description="Globs of files never read, even when named or in the corpus."
    )
    rules: tuple[str, ...] = Field(
        default=(), description="Extra rule-pack folders, besides the built-in packs."
    )
    select: tuple[str, ...] = Field(
        default=(), description="Rule ids or pack names to run; empty runs every rule."
    )
    ignore: tuple[str, ...] = Field(default=(), description="Rule ids or pack names not to run.")
    fail_level: Severity = Field(
        default="warning", description="The lowest severity that makes a run fail."
    )
    entities: dict[str, tuple[str, ...]] = Field(
        default_factory=dict,
        description="Names and their aliases: {canonical name: [alias, ...]}.",
    )
    currency_rates: CurrencyRates | None = Field(
        default=None,
        description="Exchange rates that let figures in different currencies be compared.",
    )
    tolerances: dict[str, Fraction] = Field(
        default_factory=dict,
        description='Tolerance by rule id or pack name; "default" for rules whose file sets none.',
    )
    root: Path = Field(default=Path("."), exclude=True)
    source: Path | None = Field(default=None, exclude=True)

    def runs(self, rule_id: str) -> bool:
        """Tell whether ``select`` and ``ignore`` let a rule run."""
        selected = not self.select or any(names_rule(n, rule_id) for n in self.select)
        return selected and not any(names_rule(n, rule_id) for n in self.ignore)

    def relative(self, pattern: str) -> str:
        """Return a glob or folder of the file as a path from the working directory."""
        return str(self.root / pattern)


def find_config(start: Path) -> Path | None:
    """Return the nearest configuration file at or above ``start``, if any."""
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "factlint" in _toml(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path | None) -> Config:
    """Load and validate a configuration file; ``None`` gives the defaults."""
    if path is None:
        return Config()
    if path.name == "pyproject.toml":
        table = _toml(path).get("tool", {}).get("factlint", {})
        located = Located(table, {})
    else:
        documents = load_yaml(str(path))
        located = documents[0] if documents else Located({}, {})
        if len(documents) > 1 or not isinstance(located.data, dict):
            raise RuleFileError(str(path), "expected one YAML mapping of settings", 1)
    return _validated(path, located)


def _validated(path: Path, located: Located) -> Config:
    """Validate the settings of a file, naming the key of the first error."""
    aliases = [field.alias or name for name, field in Config.model_fields.items()]
    settings: dict[str, Any] = located.data
    for private in ("root", "source"):
        if private in settings:
            raise RuleFileError(str(path), f"unknown key '{private}'")
    try:
        config = Config.model_validate(settings)
    except ValidationError as error:
        raise validation_error(str(path), located, error, allowed=aliases) from None
    return config.model_copy(update={"root": path.parent, "source": path})


def _toml(path: Path) -> dict[str, Any]:
    """Read a TOML file; a syntax error names the file and its line."""
    text = decode_utf8(read_bounded(str(path), _MAX_BYTES, RuleFileError), str(path), RuleFileError)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        where = _TOML_LINE.search(str(error))
        cause = _TOML_LINE.sub("", str(error))
        line = int(where[1]) if where else None
        raise RuleFileError(str(path), f"TOML syntax error: {cause}", line) from None


def configured_catalog(config: Config, extra: Sequence[str] = ()) -> Catalog:
    """Load the built-in packs, the configured ones and ``extra``; select and tune rules.

    ``extra`` are rule folders named on the command line (relative to the
    working directory).  A ``select``, ``ignore`` or ``tolerances`` entry that
    names no loaded rule is an error: a misspelt id would otherwise silently
    change nothing.
    """
    folders = [
        builtin_packs(),
        *(Path(config.relative(r)) for r in config.rules),
        *map(Path, extra),
    ]
    catalog = load_catalog(folders)
    ids = [rule.id for rule in catalog.rules] + list(SUPPRESSION_RULES)
    for key in ("select", "ignore", "tolerances"):
        for name in getattr(config, key):
            if name != "default" or key != "tolerances":
                _known(name, ids, config, key)
    rules = [_tuned(rule, config.tolerances) for rule in catalog.rules if config.runs(rule.id)]
    return Catalog(catalog.facts, rules)


def _known(name: str, ids: Sequence[str], config: Config, key: str) -> None:
    """Raise an error naming the setting when ``name`` matches no rule."""
    if not any(names_rule(name, rule_id) for rule_id in ids):
        raise RuleFileError(
            str(config.source or "<configuration>"),
            f"{_hyphenated(key)}: no rule or pack named {name!r}",
        )


def _tuned(rule: Rule, tolerances: dict[str, float]) -> Rule:
    """Apply the configured tolerance: by id, else by pack, else the default."""
    pack = rule.id.split(".")[0]
    for name in (rule.id, pack):
        if name in tolerances:
            return rule.model_copy(update={"tolerance": tolerances[name]})
    if "default" in tolerances and "tolerance" not in rule.model_fields_set:
        return rule.model_copy(update={"tolerance": tolerances["default"]})
    return rule
