"""Run the pipeline over a set of documents: sketch, name, read, compare, stamp.

Each document is read on its own (``factlint.reading``), in two passes
around learning the corpus's names, so the work can be spread over
processes and kept in a cache; then the claims of all documents are
compared, subject by subject when every rule allows it, so a run holds one
subject's claims at a time rather than the whole corpus's.

One unreadable file never stops the run: it becomes an entry in
``Report.errors`` and the other files are checked together.  Nothing here
ever writes to a checked file.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from factlint import __version__
from factlint.cache import CACHE_FOLDER, Cache, Kept, Names
from factlint.claims import Claim, Entities, NameEvidence
from factlint.claims.names import leading_run
from factlint.config import Config, configured_catalog
from factlint.diagnostics import Diagnostic, Finding
from factlint.documents import Document, parse_document, read_document
from factlint.errors import DocumentError
from factlint.files import excluded, expand_paths, glob_files
from factlint.focus import anchored, focus_keys, same_file
from factlint.kinds import Corpus, by_subject, is_local, run
from factlint.quantities.units import CurrencyRates
from factlint.reading import Reading, Sketch, read, sketch
from factlint.rulepacks import Catalog, Rule, builtin_packs, load_catalog
from factlint.suppressions import SUPPRESSION_RULES, Parsed, apply_suppressions
from factlint.workers import spread

__all__ = ["Progress", "Report", "check_documents", "check_paths", "lint", "read_all"]

# Told how far a stage has come: ("reading", done, total).
Progress = Callable[[str, int, int], None]


class Report(BaseModel):
    """What a run found: diagnostics, the claims read, and unreadable files."""

    model_config = ConfigDict(frozen=True)

    diagnostics: tuple[Diagnostic, ...]
    claims: tuple[Claim, ...] = Field(
        description="Every claim read, in file and text order; empty when not kept."
    )
    documents: int
    quantities: int
    claim_count: int = Field(default=0, description="How many claims were read.")
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
    config = config or Config()
    documents = [parse_document(text, path) for path, text in texts.items()]
    report = check_documents(
        documents,
        configured_catalog(config),
        aliases=config.entities,
        rates=config.currency_rates,
    )
    return _configured(report, config)


def check_paths(
    paths: Sequence[str],
    config: Config,
    rules: Sequence[str] = (),
    *,
    jobs: int = 1,
    cache: str | Path | None = None,
    keep_claims: bool = True,
    progress: Progress | None = None,
) -> Report:
    """Check files as a project is configured: its corpus, exclusions, rules and names.

    With a configured corpus, the named files are the focus and the corpus
    is checked with them; without one, the named files are the corpus.

    Args:
        paths: Files and folders named by the user.
        config: The project's configuration.
        rules: Extra rule pack folders.
        jobs: Processes to read documents with; the result never depends on it.
        cache: A folder to keep readings in between runs (see ``factlint.cache``);
            ``None`` reads everything afresh.
        keep_claims: Whether ``Report.claims`` lists every claim (a large
            corpus has very many); ``Report.claim_count`` counts them either way.
        progress: Told how far each stage has come.
    """
    named = [p for p in expand_paths(paths) if not excluded(p, config.root, config.exclude)]
    corpus = [
        p
        for p in glob_files(config.root, config.corpus)
        if not excluded(p, config.root, config.exclude)
    ]
    files = _each_once([*named, *corpus])
    focus = named if config.corpus and paths else None
    catalog = configured_catalog(config, rules)
    settings = _Settings(catalog, config.entities, config.currency_rates, jobs, progress)
    store = _open_cache(cache, config, files) if cache is not None else None
    try:
        readings, errors, unread = _read_files(files, settings, focus, store)
        report = _report(readings, catalog, errors, focus, keep_claims, unread)
    except BaseException:
        if store is not None:
            store.close(keep=False)
        raise
    if store is not None:
        store.close()
    return _configured(report, config)


def check_documents(
    documents: Sequence[Document],
    catalog: Catalog | None = None,
    errors: Sequence[str] = (),
    *,
    focus: Collection[str] | None = None,
    aliases: Mapping[str, Iterable[str]] | None = None,
    rates: CurrencyRates | None = None,
) -> Report:
    """Check documents held in memory against the rules (the built-in packs by default).

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
    evidence = NameEvidence.merged(sketch(d).evidence for d in documents)
    entities = Entities.from_evidence(evidence, aliases or {})
    readings = [read(d, entities, catalog, rates) for d in documents]
    return _report(readings, catalog, errors, focus, keep_claims=True)


class Counts(NamedTuple):
    """How many documents, quantities and claims a run read."""

    documents: int = 0
    quantities: int = 0
    claims: int = 0

    def plus(self, documents: int, quantities: int, claims: int) -> Counts:
        """Return these counts with more added."""
        return Counts(
            self.documents + documents, self.quantities + quantities, self.claims + claims
        )


class _Settings:
    """What reading a corpus needs besides its files."""

    def __init__(
        self,
        catalog: Catalog,
        aliases: Mapping[str, Iterable[str]],
        rates: CurrencyRates | None,
        jobs: int,
        progress: Progress | None,
    ) -> None:
        self.catalog = catalog
        self.aliases = aliases
        self.rates = rates
        self.jobs = jobs
        self.progress = progress
        self.fingerprint = _fingerprint(catalog, rates)


def _fingerprint(catalog: Catalog, rates: CurrencyRates | None) -> str:
    """Fingerprint what a reading depends on besides its document and the names."""
    parts = [
        __version__,
        [[fact.model_dump(), cues.model_dump()] for fact, cues in catalog.facts],
        [rule.model_dump() for rule in catalog.rules if is_local(rule)],
        rates.model_dump() if rates else None,
    ]
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _open_cache(folder: str | Path, config: Config, files: Sequence[str]) -> Cache | None:
    """Open the cache for this corpus (its scope: the configured corpus, or these files)."""
    if config.corpus:
        root = os.path.abspath(config.root)
        scope = json.dumps([root, list(config.corpus), list(config.exclude)])
    else:
        scope = json.dumps(sorted(files))
    key = hashlib.blake2b(scope.encode(), digest_size=16).hexdigest()
    return Cache.open(Path(folder), key, __version__)


def default_cache(config: Config) -> Path:
    """Return where a project's cache lives: ``.factlint-cache`` at its root."""
    return Path(config.root) / CACHE_FOLDER


# --- the two passes over files ------------------------------------------------


def _read_files(
    files: Sequence[str], settings: _Settings, focus: Collection[str] | None, store: Cache | None
) -> tuple[Iterator[Reading], list[str], Counts]:
    """Learn the corpus's names, then return the readings a check needs.

    Also return what the files left unread (a focused check with a cache
    reads only the files sharing a subject with the focus) were found to
    hold, so the report counts the whole corpus either way.
    """
    digests = {path: store.digest(path) for path in files} if store else {}
    entities, readable, errors = _names(files, digests, settings, store)
    readings = _Readings(entities, digests, settings, store)
    wanted, unread = readable, Counts()
    if store is not None and focus is not None:
        wanted = _around_focus(readable, focus, readings, store)
        rest = [readings.kept[path] for path in set(readable).difference(wanted)]
        unread = Counts(len(rest), sum(k.quantities for k in rest), sum(k.claims for k in rest))
    return readings.each(wanted), errors, unread


def _names(
    files: Sequence[str],
    digests: Mapping[str, str | None],
    settings: _Settings,
    store: Cache | None,
) -> tuple[Entities, list[str], list[str]]:
    """Return the corpus's names, the readable files, and one line per unreadable one.

    With a cache, the evidence kept for the corpus is brought up to date
    with the files that changed, and readings the new names may change
    are dropped.
    """
    kept = store.names() if store else None
    changed = [p for p in files if kept is None or kept.members.get(p) != digests.get(p)]
    rebuild = kept is None or len(changed) > len(files) // 2
    evidence = NameEvidence.merged(()) if rebuild or kept is None else kept.evidence
    if kept is not None and not rebuild:
        for path in [*changed, *(p for p in kept.members if p not in digests)]:
            old = _kept_sketch(store, path, kept.members.get(path))
            if old is not None:
                evidence.remove(old.evidence)
    errors: list[str] = []
    unreadable = set()
    for path, outcome in _sketches(files if rebuild else changed, digests, settings, store):
        if isinstance(outcome, str):
            errors.append(outcome)
            unreadable.add(path)
        else:
            evidence.add(outcome.evidence)
    readable = [p for p in files if p not in unreadable]
    entities = Entities.from_evidence(evidence, settings.aliases)
    if store is not None:
        _forget_renamed(store, kept.mapping if kept else {}, entities.mapping)
        members = {p: d for p in readable if (d := digests.get(p))}
        store.put_names(Names(members, evidence, entities.mapping))
    return entities, readable, errors


def _kept_sketch(store: Cache | None, path: str, digest: str | None) -> Sketch | None:
    """Return the sketch the cache keeps for a content of a file, if any."""
    return store.sketch(path, digest) if store and digest else None


def _forget_renamed(store: Cache, before: Mapping[str, str], after: Mapping[str, str]) -> None:
    """Drop the readings of files holding a name whose meaning changed."""
    renamed = {n for n in {*before, *after} if before.get(n) != after.get(n)}
    if renamed:
        store.forget_readings(store.holding({leading_run(name) for name in renamed}))


def _sketches(
    files: Sequence[str],
    digests: Mapping[str, str | None],
    settings: _Settings,
    store: Cache | None,
) -> Iterator[tuple[str, Sketch | str]]:
    """Yield each file's sketch (from the cache where it has it), or its error line."""
    sketched = store.sketched() if store else {}
    missing = [p for p in files if digests.get(p) is None or sketched.get(p) != digests.get(p)]
    waiting = set(missing)
    fresh = spread(functools.partial(_sketch_file, words=store is not None), missing, settings.jobs)
    done = 0
    for path in files:
        kept = None if path in waiting else _kept_sketch(store, path, digests.get(path))
        if kept is not None:
            yield path, kept
            continue
        outcome = next(fresh)[1] if path in waiting else _sketch_file(path, store is not None)[1]
        digest = digests.get(path)
        if store and digest and not isinstance(outcome, str):
            store.put_sketch(path, digest, outcome)
        done += 1
        _tell(settings, "names", done, len(missing))
        yield path, outcome


def _around_focus(
    readable: Sequence[str], focus: Collection[str], readings: _Readings, store: Cache
) -> list[str]:
    """Return the files a focused check needs: the focus, and those sharing its subjects.

    Files without a kept reading of their content are read first, since
    what they are about is not known yet.
    """
    keys = focus_keys(focus)
    names = {os.path.basename(path) for path in focus}
    unknown = [
        p
        for p in readable
        if not readings.is_kept(p) or (os.path.basename(p) in names and same_file(p) in keys)
    ]
    subjects = {
        claim.subject
        for reading in readings.each(unknown)
        for claim in reading.claims
        if claim.subject
    }
    current = {p: d for p in readable if (d := readings.digests.get(p))}
    related = store.about(subjects, readings.settings.fingerprint, current)
    return [p for p in readable if p in related or p in unknown]


class _Readings:
    """Readings of files, from the cache where it keeps them, else read (and kept)."""

    def __init__(
        self,
        entities: Entities,
        digests: Mapping[str, str | None],
        settings: _Settings,
        store: Cache | None,
    ) -> None:
        self.entities = entities
        self.digests = digests
        self.settings = settings
        self.store = store
        self.kept = store.kept(settings.fingerprint) if store else {}

    def is_kept(self, path: str) -> bool:
        """Tell whether the cache keeps the reading of the file's current content."""
        return path in self.kept and self.kept[path].digest == self.digests.get(path)

    def each(self, files: Sequence[str]) -> Iterator[Reading]:
        """Yield the reading of each file, in order."""
        missing = [p for p in files if not self.is_kept(p)]
        state = (self.entities, self.settings.catalog, self.settings.rates)
        _setup(*state)  # for a kept reading that turns out missing, read here
        fresh = iter(spread(_read_file, missing, self.settings.jobs, _setup, state))
        waiting = set(missing)
        done = 0
        for path in files:
            cached = None if path in waiting else self._cached(path)
            if cached is not None:
                yield cached
                continue
            data = next(fresh) if path in waiting else _read_file(path)
            reading = Reading.model_validate_json(data)
            self._keep(path, reading, data)
            done += 1
            _tell(self.settings, "reading", done, len(missing))
            yield reading

    def _cached(self, path: str) -> Reading | None:
        """Return the kept reading of a file's current content."""
        digest = self.digests.get(path)
        if self.store is None or digest is None:
            return None
        return self.store.reading(path, digest, self.settings.fingerprint)

    def _keep(self, path: str, reading: Reading, data: str) -> None:
        """Keep a fresh reading (its JSON is ``data``) in the cache."""
        digest = self.digests.get(path)
        if self.store is not None and digest is not None:
            self.store.put_reading(digest, self.settings.fingerprint, reading, data)
            self.kept[path] = Kept(digest, reading.quantities, len(reading.claims))


def _tell(settings: _Settings, stage: str, done: int, total: int) -> None:
    """Report progress, if anyone listens."""
    if settings.progress is not None:
        settings.progress(stage, done, total)


# --- what runs in each worker process ----------------------------------------

_worker: dict[str, object] = {}


def _setup(entities: Entities, catalog: Catalog, rates: CurrencyRates | None) -> None:
    """Hand a worker what every reading needs: the names, the rules, the rates."""
    _worker.update(entities=entities, catalog=catalog, rates=rates)


def _sketch_file(path: str, words: bool = False) -> tuple[str, Sketch | str]:
    """Read and sketch one file; an unreadable file gives its error line instead."""
    try:
        return path, sketch(read_document(path), words)
    except DocumentError as error:
        return path, error.one_line()


def _read_file(path: str) -> str:
    """Read one file's claims and one-document findings, as JSON."""
    entities, catalog, rates = _worker["entities"], _worker["catalog"], _worker["rates"]
    assert isinstance(entities, Entities) and isinstance(catalog, Catalog)
    assert rates is None or isinstance(rates, CurrencyRates)
    return read(read_document(path), entities, catalog, rates).model_dump_json()


# --- comparing and reporting --------------------------------------------------


def _report(
    readings: Iterable[Reading],
    catalog: Catalog,
    errors: Sequence[str],
    focus: Collection[str] | None,
    keep_claims: bool,
    unread: Counts | None = None,
) -> Report:
    """Compare the readings' claims, apply suppressions, and make the report.

    ``unread`` counts what files left unread hold, for the report's totals.
    """
    keys = None if focus is None else focus_keys(focus)
    local = {rule.id: rule for rule in catalog.rules if is_local(rule)}
    found: list[Diagnostic] = []
    parsed: list[Parsed] = []
    buckets: dict[str | None, list[bytes]] = {}
    claims: list[Claim] = []
    counts = unread or Counts()
    split = by_subject(catalog.rules)
    for reading in readings:
        counts = counts.plus(1, reading.quantities, len(reading.claims))
        found += _stamped(((local[f.rule], f.finding) for f in reading.findings), keys)
        if reading.suppressions.suppressions or reading.suppressions.problems:
            parsed.append(reading.suppressions)
        for claim in reading.claims:
            if claim.subject and claim.period:
                bucket = buckets.setdefault(claim.subject if split else None, [])
                bucket.append(pickle.dumps(claim, pickle.HIGHEST_PROTOCOL))
        if keep_claims:
            claims += reading.claims
    found += _compared(buckets, catalog, keys)
    found = apply_suppressions(found, parsed)
    if keys is not None:  # suppressions elsewhere may look unused only because
        # their findings are out of focus
        found = [d for d in found if d.rule not in SUPPRESSION_RULES or same_file(d.path) in keys]
    return Report(
        diagnostics=tuple(sorted(found, key=Diagnostic.sort_key)),
        claims=tuple(claims),
        documents=counts.documents,
        quantities=counts.quantities,
        claim_count=counts.claims,
        errors=tuple(errors),
        rules={
            **SUPPRESSION_RULES,
            **{rule.id: " ".join(rule.description.split()) for rule in catalog.rules},
        },
    )


def _compared(
    buckets: Mapping[str | None, list[bytes]], catalog: Catalog, keys: Collection[str] | None
) -> list[Diagnostic]:
    """Run the rules comparing documents, one bucket of claims (a subject's) at a time."""
    rules = [rule for rule in catalog.rules if not is_local(rule)]
    found: list[Diagnostic] = []
    for subject in sorted(buckets, key=lambda s: s or ""):
        corpus = Corpus([pickle.loads(data) for data in buckets[subject]])
        found += _stamped(((rule, f) for rule in rules for f in run(rule, corpus)), keys)
    return found


def _stamped(
    findings: Iterable[tuple[Rule, Finding]], keys: Collection[str] | None
) -> list[Diagnostic]:
    """Stamp findings with their rule; with focus ``keys``, keep those touching a focus file.

    See ``factlint.focus``: a kept finding is anchored on a focus file.
    """
    return [
        Diagnostic.stamp(shown, rule.id, rule.severity)
        for rule, finding in findings
        for shown in [finding if keys is None else anchored(finding, keys)]
        if shown is not None
    ]


def _configured(report: Report, config: Config) -> Report:
    """Keep the diagnostics of the rules the configuration runs."""
    kept = tuple(d for d in report.diagnostics if config.runs(d.rule))
    return report.model_copy(update={"diagnostics": kept})


def _each_once(paths: Iterable[str]) -> list[str]:
    """Drop later spellings of a file already listed.

    Spellings of one file ("a.md", "./a.md", a linked folder) end in the
    same name, so only files sharing a name with another are resolved
    (``same_file`` asks the file system); a link to a file under another
    name counts as another file.
    """
    listed = list(dict.fromkeys(paths))
    bases = [os.path.basename(path) for path in listed]
    names = Counter(bases)
    seen: set[str] = set()
    kept = []
    for path, base in zip(listed, bases, strict=True):
        key = same_file(path) if names[base] > 1 else path
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept
