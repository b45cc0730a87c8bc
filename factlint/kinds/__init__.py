"""Stage 4 of the pipeline: rule kinds, one module each, registered here.

A rule file's ``kind`` picks its module; the module holds the kind's
options (a pydantic model), its check and its user documentation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Annotated, Any

from pydantic import Field

from factlint.diagnostics import Finding
from factlint.kinds import agree, change, relation, total
from factlint.kinds.agree import AgreeRule
from factlint.kinds.base import Corpus
from factlint.kinds.change import ChangeRule
from factlint.kinds.relation import RelationRule
from factlint.kinds.total import TotalRule

__all__ = ["KINDS", "MODELS", "Corpus", "RuleSpec", "by_subject", "fields_of", "is_local", "run"]

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


# Where a kind looks: "document" kinds read one document at a time (its
# prose, quantities and claims); "corpus" kinds compare claims of all documents.
SCOPES = {
    agree.KIND: agree.SCOPE,
    relation.KIND: relation.SCOPE,
    change.KIND: change.SCOPE,
    total.KIND: total.SCOPE,
}


def is_local(rule: AgreeRule | RelationRule | ChangeRule | TotalRule) -> bool:
    """Tell whether a rule looks at one document at a time."""
    return SCOPES[rule.kind] == "document"


def by_subject(rules: Iterable[AgreeRule | RelationRule | ChangeRule | TotalRule]) -> bool:
    """Tell whether the corpus rules only ever compare claims about one subject.

    Then the claims can be checked subject by subject, holding one subject's
    claims at a time: ``agree`` compares claims of one fact key (subject
    included), and a relation does when it joins its facts on the subject.
    """
    return all(
        not isinstance(rule, RelationRule) or "subject" in rule.join
        for rule in rules
        if not is_local(rule)
    )


def fields_of(rule: AgreeRule | RelationRule | ChangeRule | TotalRule) -> tuple[str, ...]:
    """Return the message fields a rule's kind provides."""
    if isinstance(rule, RelationRule):
        return relation.fields(rule)
    if isinstance(rule, ChangeRule):
        return change.FIELDS
    if isinstance(rule, TotalRule):
        return total.FIELDS
    return agree.FIELDS
