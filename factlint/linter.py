"""Run the pipeline over a set of documents: read, extract, bind, check, stamp.

One unreadable file never stops the run: it becomes an entry in
``Report.errors`` and the other files are checked together.  Nothing here
ever writes to a checked file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict

from factlint.claims import Claim, extract_claims
from factlint.diagnostics import Diagnostic
from factlint.documents import Document, read_document
from factlint.documents.sentences import sentences
from factlint.errors import DocumentError
from factlint.files import expand_paths
from factlint.kinds import Corpus, run
from factlint.quantities import extract_quantities
from factlint.rulepacks import Catalog, builtin_packs, load_catalog

__all__ = ["Report", "check_documents", "read_all", "run_rules"]


class Report(BaseModel):
    """What a run found: diagnostics, the claims behind them, and unreadable files."""

    model_config = ConfigDict(frozen=True)

    diagnostics: tuple[Diagnostic, ...]
    claims: tuple[Claim, ...]
    documents: int
    quantities: int
    errors: tuple[str, ...] = ()


def read_all(paths: Iterable[str]) -> tuple[list[Document], list[str]]:
    """Read every file the paths name; return the documents and one line per failure."""
    documents, errors = [], []
    for path in expand_paths(paths):
        try:
            documents.append(read_document(path))
        except DocumentError as error:
            errors.append(error.one_line())
    return documents, errors


def run_rules(catalog: Catalog, corpus: Corpus) -> list[Diagnostic]:
    """Run every rule over the corpus; return sorted diagnostics."""
    found = [
        Diagnostic.stamp(finding, rule.id, rule.severity)
        for rule in catalog.rules
        for finding in run(rule, corpus)
    ]
    return sorted(found, key=Diagnostic.sort_key)


def check_documents(
    documents: Sequence[Document],
    catalog: Catalog | None = None,
    errors: Sequence[str] = (),
) -> Report:
    """Check documents against the rules (the built-in packs by default)."""
    catalog = catalog or load_catalog([builtin_packs()])
    quantities = [extract_quantities(d) for d in documents]
    spans = [sentences(d.prose) for d in documents]
    claims = extract_claims(documents, catalog.facts, quantities=quantities, sentences=spans)
    corpus = Corpus(claims, documents, quantities, spans)
    return Report(
        diagnostics=tuple(run_rules(catalog, corpus)),
        claims=tuple(claims),
        documents=len(documents),
        quantities=sum(map(len, quantities)),
        errors=tuple(errors),
    )
