"""Run the pipeline over a set of documents: read, extract, bind, check, stamp.

One unreadable file never stops the run: it becomes an entry in
``Report.errors`` and the other files are checked together.  Nothing here
ever writes to a checked file.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence

from pydantic import BaseModel, ConfigDict, Field

from factlint.claims import Claim, extract_claims
from factlint.claims.exchange import in_base_currency
from factlint.config import Config, configured_catalog
from factlint.diagnostics import Diagnostic
from factlint.documents import Document, parse_document, read_document
from factlint.documents.sentences import sentences
from factlint.errors import DocumentError
from factlint.files import excluded, expand_paths, glob_files
from factlint.focus import anchored, focus_keys, same_file
from factlint.kinds import Corpus, run
from factlint.quantities import extract_quantities
from factlint.quantities.units import CurrencyRates
from factlint.rulepacks import Catalog, builtin_packs, load_catalog
from factlint.suppressions import SUPPRESSION_RULES, apply_suppressions

__all__ = ["Report", "check_documents", "check_paths", "lint", "read_all"]


class Report(BaseModel):
    """What a run found: diagnostics, the claims behind them, and unreadable files."""

    model_config = ConfigDict(frozen=True)

    diagnostics: tuple[Diagnostic, ...]
    claims: tuple[Claim, ...]
    documents: int
    quantities: int
    errors: tuple[str, ...] = ()
    rules: dict[str, str] = Field(
        default_factory=dict, description="Rule id -> description, for every rule that ran."
    )


def read_all(paths: Iterable[str]) -> tuple[list[Document], list[str]]:
    """Read every file the paths name; return the documents and one line per failure."""
    documents, errors = [], []
    for path in expand_paths(paths):
        try:
            documents.append(read_document(path))
        except DocumentError as error:
            errors.append(error.one_line())
    return documents, errors


def lint(texts: Mapping[str, str], config: Config | None = None) -> Report:
    """Check articles held in memory, ``{path: text}``, as a project is configured.

    The paths only name the articles in diagnostics and choose how each is
    read (``.md`` and ``.markdown`` as Markdown, anything else as plain text);
    nothing is read from or written to disk.
    """
    documents = [parse_document(text, path) for path, text in texts.items()]
    return _configured_check(documents, config or Config())


def check_paths(paths: Sequence[str], config: Config, rules: Sequence[str] = ()) -> Report:
    """Check files as a project is configured: its corpus, exclusions, rules and names.

    With a configured corpus, the named files are the focus and the corpus
    is checked with them; without one, the named files are the corpus.
    """
    named = [p for p in expand_paths(paths) if not excluded(p, config.root, config.exclude)]
    corpus = [
        p
        for p in glob_files(config.root, config.corpus)
        if not excluded(p, config.root, config.exclude)
    ]
    documents, errors = read_all(_each_once([*named, *corpus]))
    focus = named if config.corpus and paths else None
    return _configured_check(documents, config, rules, errors, focus)


def _configured_check(
    documents: Sequence[Document],
    config: Config,
    rules: Sequence[str] = (),
    errors: Sequence[str] = (),
    focus: Collection[str] | None = None,
) -> Report:
    """Check documents with the configuration's rules, names and rates."""
    report = check_documents(
        documents,
        configured_catalog(config, rules),
        errors,
        focus=focus,
        aliases=config.entities,
        rates=config.currency_rates,
    )
    kept = tuple(d for d in report.diagnostics if config.runs(d.rule))
    return report.model_copy(update={"diagnostics": kept})


def _each_once(paths: Iterable[str]) -> list[str]:
    """Drop later spellings of a file already listed."""
    seen: set[str] = set()
    kept = []
    for path in paths:
        if same_file(path) not in seen:
            seen.add(same_file(path))
            kept.append(path)
    return kept


def _stamped(catalog: Catalog, corpus: Corpus, keys: Collection[str] | None) -> list[Diagnostic]:
    """Run every rule; return sorted diagnostics.

    With focus ``keys`` (see ``factlint.focus``), only findings touching a
    focus file are kept, each anchored on one.
    """
    found = [
        Diagnostic.stamp(shown, rule.id, rule.severity)
        for rule in catalog.rules
        for finding in run(rule, corpus)
        for shown in [finding if keys is None else anchored(finding, keys)]
        if shown is not None
    ]
    return sorted(found, key=Diagnostic.sort_key)


def check_documents(
    documents: Sequence[Document],
    catalog: Catalog | None = None,
    errors: Sequence[str] = (),
    *,
    focus: Collection[str] | None = None,
    aliases: Mapping[str, Iterable[str]] | None = None,
    rates: CurrencyRates | None = None,
) -> Report:
    """Check documents against the rules (the built-in packs by default).

    Args:
        documents: Everything checked together.
        catalog: The facts and rules; the built-in packs when omitted.
        errors: One line per file that could not be read, carried into the report.
        focus: Paths whose diagnostics to report; all documents' when omitted.
            Suppression comments in the documents are applied either way.
        aliases: Declared names and their aliases, {name: [alias, ...]}.
        rates: Exchange rates that let figures in different currencies meet.
    """
    catalog = catalog or load_catalog([builtin_packs()])
    quantities = [extract_quantities(d) for d in documents]
    spans = [sentences(d.prose) for d in documents]
    claims = extract_claims(
        documents, catalog.facts, aliases=aliases, quantities=quantities, sentences=spans
    )
    if rates is not None:
        claims = in_base_currency(claims, rates)
    corpus = Corpus(claims, documents, quantities, spans)
    keys = None if focus is None else focus_keys(focus)
    found = apply_suppressions(_stamped(catalog, corpus, keys), documents)
    if keys is not None:  # suppressions elsewhere may look unused only because
        # their findings are out of focus
        found = [d for d in found if d.rule not in SUPPRESSION_RULES or same_file(d.path) in keys]
    return Report(
        diagnostics=tuple(found),
        claims=tuple(claims),
        documents=len(documents),
        quantities=sum(map(len, quantities)),
        errors=tuple(errors),
        rules={
            **SUPPRESSION_RULES,
            **{rule.id: " ".join(rule.description.split()) for rule in catalog.rules},
        },
    )
