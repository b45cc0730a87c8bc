"""Find rule packs and load them: fact definitions and rules, validated strictly.

A pack is a folder: ``facts.yaml`` declares its facts and cue words, every
other ``*.yaml`` file is one rule whose id is ``<pack>.<file stem>``.  The
built-in packs ship inside the package.  Files are loaded safely and every
problem (YAML syntax, an unknown key, a wrong type, a formula that does not
parse or mixes units, an unknown fact) is a ``RuleFileError`` naming the
file, the line and the key.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, ValidationError

from factlint.claims import FactSpec, PackCues
from factlint.errors import RuleFileError
from factlint.formula import FormulaError, check_units
from factlint.kinds import MODELS, fields_of
from factlint.kinds.base import check_template
from factlint.kinds.relation import RelationRule
from factlint.yamlsource import Located, line_of, load_yaml, validation_error

__all__ = ["Catalog", "builtin_packs", "check_rule_file", "load_catalog", "names_rule"]

Rule = Any  # one of the models in kinds.MODELS


class Catalog(NamedTuple):
    """Everything the packs declare: facts with their pack's cues, and rules."""

    facts: list[tuple[FactSpec, PackCues]]
    rules: list[Rule]


class _FactsFile(BaseModel):
    """The shape of a pack's facts.yaml."""

    model_config = ConfigDict(extra="forbid")

    facts: dict[str, dict[str, Any]] = {}
    cues: PackCues = PackCues()


def names_rule(name: str, rule_id: str) -> bool:
    """Tell whether a name a user gives stands for a rule: its id, or its pack's name."""
    return name in (rule_id, rule_id.partition(".")[0])


def builtin_packs() -> Path:
    """Return the folder of the built-in packs (inside the installed package)."""
    shipped = Path(__file__).parent / "_rules"
    return shipped if shipped.is_dir() else Path(__file__).parents[1] / "rules"


def load_catalog(folders: Sequence[Path]) -> Catalog:
    """Load every pack under the given folders (a folder may itself be a pack)."""
    packs = [p for folder in folders for p in _packs_in(folder)]
    facts = [fact for pack in packs for fact in _load_facts(pack)]
    known = {spec.id: spec for spec, _ in facts}
    rules = [
        _load_rule(path, pack.name, known, units=not _shipped(pack))
        for pack in packs
        for path in sorted(pack.glob("*.yaml"))
        if path.name != "facts.yaml"
    ]
    return Catalog(facts, rules)


def _shipped(pack: Path) -> bool:
    """Tell whether a pack is one of factlint's own.

    Their formulas are unit-checked with pint when factlint is tested
    (``factlint rules check`` checks them like any other); checking them
    again at every run would make every run load pint, the slowest part of
    starting up.
    """
    return pack.resolve().parent == builtin_packs().resolve()


def check_rule_file(path: Path) -> None:
    """Validate one file of a pack (a rule, or the pack's facts.yaml) on its own.

    A rule may name the built-in facts and those of its own pack.  Raises
    ``RuleFileError`` for the first problem, naming the file, line and key.
    """
    pack = path.parent
    if path.name == "facts.yaml":
        _load_facts(pack)
        return
    facts = [*_builtin_facts(), *_load_facts(pack)]
    _load_rule(path, pack.name, {spec.id: spec for spec, _ in facts})


@functools.cache
def _builtin_facts() -> tuple[tuple[FactSpec, PackCues], ...]:
    """Return the facts of the built-in packs, read once however many files are checked."""
    return tuple(fact for pack in _packs_in(builtin_packs()) for fact in _load_facts(pack))


def _packs_in(folder: Path) -> list[Path]:
    """Return the pack folders in ``folder`` (or ``folder`` itself if it is one)."""
    if (folder / "facts.yaml").is_file() or any(folder.glob("*.yaml")):
        return [folder]
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def _only_document(path: Path) -> Located:
    """Load a file that must hold exactly one YAML mapping."""
    documents = load_yaml(str(path))
    if len(documents) != 1 or not isinstance(documents[0].data, dict):
        raise RuleFileError(str(path), "expected one YAML mapping", 1)
    return documents[0]


def _load_facts(pack: Path) -> list[tuple[FactSpec, PackCues]]:
    """Load a pack's facts.yaml, if it has one."""
    path = pack / "facts.yaml"
    if not path.is_file():
        return []
    located = _only_document(path)
    try:
        parsed = _FactsFile.model_validate(located.data)
        specs = [
            (FactSpec.model_validate({**body, "id": f"{pack.name}.{name}"}), name)
            for name, body in parsed.facts.items()
        ]
    except ValidationError as error:
        raise validation_error(str(path), located, error) from None
    return [(spec, parsed.cues) for spec, _ in specs]


def _load_rule(path: Path, pack: str, facts: dict[str, FactSpec], units: bool = True) -> Rule:
    """Load and check one rule file (its formula's units too, unless told not to)."""
    located = _only_document(path)
    kind = located.data.get("kind")
    model = MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        known = ", ".join(sorted(MODELS))
        cause = f"unknown kind {kind!r} (known kinds: {known})" if kind else "missing key 'kind'"
        raise RuleFileError(str(path), cause, line_of(located, ("kind",)))
    try:
        rule = model.model_validate({"id": f"{pack}.{path.stem}", **located.data})
    except ValidationError as error:
        raise validation_error(str(path), located, error, allowed=model.model_fields) from None
    rule = _resolve_facts(rule, pack, facts, path, located)
    _check_rule(rule, facts, path, located, units)
    return rule


def _resolve_facts(
    rule: Rule, pack: str, facts: dict[str, FactSpec], path: Path, located: Located
) -> Rule:
    """Qualify fact ids with the rule's pack ("revenue" -> "financials.revenue")."""

    def resolve(name: str) -> str:
        for candidate in (name, f"{pack}.{name}"):
            if candidate in facts:
                return candidate
        raise RuleFileError(
            str(path),
            f"unknown fact '{name}' (known: {', '.join(sorted(facts))})",
            line_of(located, ("facts",)),
        )

    if "facts" not in type(rule).model_fields:
        return rule
    if isinstance(rule, RelationRule):
        return rule.model_copy(update={"facts": {k: resolve(v) for k, v in rule.facts.items()}})
    return rule.model_copy(update={"facts": tuple(resolve(f) for f in rule.facts)})


def _check_rule(
    rule: Rule, facts: dict[str, FactSpec], path: Path, located: Located, units: bool
) -> None:
    """Check what pydantic cannot: message fields, formula syntax and (if asked) units."""
    try:
        check_template(rule.message, fields_of(rule))
    except ValueError as error:
        raise RuleFileError(
            str(path), f"message: {error}", line_of(located, ("message",))
        ) from None
    if isinstance(rule, RelationRule):
        _check_formula(rule, facts, path, located, units)


def _check_formula(
    rule: RelationRule, facts: dict[str, FactSpec], path: Path, located: Located, units: bool
) -> None:
    """Parse a relation's formula and check its units against its facts."""
    line = line_of(located, ("formula",))
    try:
        relation = rule.relation
        unknown = sorted(relation.variables - set(rule.facts))
        if unknown:
            raise RuleFileError(str(path), f"formula: unknown variable '{unknown[0]}'", line)
        if units:
            check_units(relation, {name: facts[fact].kind for name, fact in rule.facts.items()})
    except FormulaError as error:
        raise RuleFileError(str(path), f"formula: {error.cause}", line) from None
