"""Stage 4 of the pipeline: rule kinds, one module each, registered here.

A rule file's ``kind`` picks its module; the module holds the kind's
options (a pydantic model), its check and its user documentation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any

from pydantic import Field

from factlint.diagnostics import Finding
from factlint.kinds import agree, change, relation, total
from factlint.kinds.agree import AgreeRule
from factlint.kinds.base import Corpus
from factlint.kinds.change import ChangeRule
from factlint.kinds.relation import RelationRule
from factlint.kinds.total import TotalRule

__all__ = ["KINDS", "MODELS", "Corpus", "RuleSpec", "fields_of", "run"]

RuleSpec = Annotated[AgreeRule | RelationRule | ChangeRule | TotalRule, Field(discriminator="kind")]

MODELS: dict[str, type[AgreeRule] | type[RelationRule] | type[ChangeRule] | type[TotalRule]] = {
    agree.KIND: AgreeRule,
    relation.KIND: RelationRule,
    change.KIND: ChangeRule,
    total.KIND: TotalRule,
}

KINDS: dict[str, Callable[[Any, Corpus], Iterator[Finding]]] = {
    agree.KIND: agree.check,
    relation.KIND: relation.check,
    change.KIND: change.check,
    total.KIND: total.check,
}


def run(
    rule: AgreeRule | RelationRule | ChangeRule | TotalRule, corpus: Corpus
) -> Iterator[Finding]:
    """Run one rule's check over the corpus."""
    return KINDS[rule.kind](rule, corpus)


def fields_of(rule: AgreeRule | RelationRule | ChangeRule | TotalRule) -> tuple[str, ...]:
    """Return the message fields a rule's kind provides."""
    if isinstance(rule, RelationRule):
        return relation.fields(rule)
    if isinstance(rule, ChangeRule):
        return change.FIELDS
    if isinstance(rule, TotalRule):
        return total.FIELDS
    return agree.FIELDS
