"""Read one document whole: everything a check needs from it alone.

A document's claims depend on the other documents only through the names
the corpus knows, so each document is read in two passes:

- ``sketch``: what it says about which words are names, and for a cache
  which words it holds (so a change in the corpus's names can tell which
  kept readings it touches);
- ``read``: knowing the corpus's names, its claims, the findings of the
  rules that look at one document at a time, and its suppression directives.

Both are plain functions of the document and the run's settings, returning
plain data, so they can run in worker processes and be kept in a cache.
Nothing from the document is held afterwards but what they return.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from factlint.claims import Claim, Entities, NameEvidence, document_claims, name_evidence
from factlint.claims.exchange import in_base_currency
from factlint.claims.names import word_runs
from factlint.diagnostics import Finding
from factlint.documents import Document
from factlint.documents.sentences import sentences
from factlint.kinds import Corpus, is_local, run
from factlint.quantities import extract_quantities
from factlint.quantities.units import CurrencyRates
from factlint.rulepacks import Catalog
from factlint.suppressions import Parsed, parse_suppressions

__all__ = ["Reading", "RuleFinding", "Sketch", "read", "sketch"]


class Sketch(BaseModel):
    """What one document says about names, and the words in it.

    ``words`` holds, in capitals, every run of word characters of the
    document; a name the corpus gains or loses can only change the reading
    of documents holding its ``leading_run``.
    """

    model_config = ConfigDict(frozen=True)

    counts: dict[str, int]
    openers: dict[str, int]
    lowercase: tuple[str, ...]
    apart: dict[str, int]
    words: tuple[str, ...] = ()  # the cache keeps these apart, to search them

    @property
    def evidence(self) -> NameEvidence:
        """The name evidence, ready to merge with other documents'."""
        return NameEvidence(
            Counter(self.counts),
            Counter(self.openers),
            Counter(self.lowercase),
            Counter(self.apart),
        )


class RuleFinding(BaseModel):
    """A finding of a one-document rule, with the id of the rule that made it."""

    model_config = ConfigDict(frozen=True)

    rule: str
    finding: Finding


class Reading(BaseModel):
    """What one document contributes to a check."""

    model_config = ConfigDict(frozen=True)

    path: str
    quantities: int
    claims: tuple[Claim, ...]
    findings: tuple[RuleFinding, ...] = ()
    suppressions: Parsed = Parsed()


def sketch(document: Document, words: bool = False) -> Sketch:
    """Gather a document's name evidence, and the words it holds if asked.

    Only a cache needs the words (to tell which kept readings a change in
    the names touches), so a run without one neither gathers nor ships them.
    """
    evidence = name_evidence(document, sentences(document.prose))
    title = str(document.metadata.get("title") or "")
    held = sorted(word_runs(f"{title}\n{document.prose}")) if words else ()
    return Sketch(
        counts=dict(evidence.counts),
        openers=dict(evidence.openers),
        lowercase=tuple(sorted(evidence.lowercase)),
        apart=dict(evidence.apart),
        words=tuple(held),
    )


def read(
    document: Document, entities: Entities, catalog: Catalog, rates: CurrencyRates | None
) -> Reading:
    """Read a document's claims and run the rules that look at it alone."""
    quantities = extract_quantities(document)
    spans = sentences(document.prose)
    claims: Sequence[Claim] = document_claims(document, spans, quantities, catalog.facts, entities)
    if rates is not None:
        claims = in_base_currency(claims, rates)
    corpus = Corpus(claims, [document], [quantities], [spans])
    findings = [
        RuleFinding(rule=rule.id, finding=finding)
        for rule in catalog.rules
        if is_local(rule)
        for finding in run(rule, corpus)
    ]
    return Reading(
        path=document.path,
        quantities=len(quantities),
        claims=tuple(claims),
        findings=tuple(findings),
        suppressions=parse_suppressions(document),
    )
