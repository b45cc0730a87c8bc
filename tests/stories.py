"""Judge whole stories against exact expectations: the harness of the story corpora.

A story is a folder of two to five short articles about one event and an
``expected.yaml`` written from what the articles say and what the documented
rules promise, never from factlint's output::

    must_report:            # warning or above, each matched by exactly one diagnostic
      - {rule: deals.implied-valuation, at: "b.md:7", related: ["a.md:5"]}
      - {rule: financials.revenue-agrees, either: ["c.md:7", "b.md:7"]}
    must_report_info:       # info or above (rules that only inform, like change)
      - {rule: financials.change-consistent, at: "b.txt:14"}
    must_not_report_note: "the traps, for people"

``at``/``related`` pin the primary and the related locations; ``either``
names the set {primary} + related when either could be primary.  Nothing
else at warning or above may be reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from factlint.diagnostics import Diagnostic
from factlint.linter import Report, check_documents, read_all
from factlint.severity import Severity, at_least

# What marks a line as holding a money or percentage figure (for checking the
# expectations themselves): symbols, and the words these stories use.
FIGURE_MARKS = (
    "$",
    "%",
    "€",
    "£",
    "¥",
    "₹",
    "percent",
    "per cent",
    "dollars",
    "million",
    "billion",
    "trillion",
    "crore",
    "lakh",
)


@dataclass(frozen=True)
class Expected:
    """One expected finding: a rule, where its diagnostic must point, and its level."""

    rule: str
    at: str | None
    related: frozenset[str] | None
    either: frozenset[str] | None
    level: Severity = "warning"

    @classmethod
    def parse(cls, entry: dict[str, Any], level: Severity = "warning") -> Expected:
        unknown = set(entry) - {"rule", "at", "related", "either"}
        assert not unknown, f"unknown keys {unknown} in {entry}"
        assert ("at" in entry) != ("either" in entry), f"give 'at' or 'either': {entry}"
        related = entry.get("related")
        either = entry.get("either")
        return cls(
            rule=entry["rule"],
            at=entry.get("at"),
            related=frozenset(related) if related is not None else None,
            either=frozenset(either) if either is not None else None,
            level=level,
        )

    def locations(self) -> set[str]:
        named = {self.at} if self.at else set()
        return named | set(self.either or ()) | set(self.related or ())

    def matches(self, diagnostic: Diagnostic, story: Path) -> bool:
        if diagnostic.rule != self.rule or not at_least(diagnostic.severity, self.level):
            return False
        primary, related = _where(diagnostic, story)
        if self.either is not None:
            return {primary} | related == self.either
        if primary != self.at:
            return False
        return self.related is None or related == self.related


@dataclass
class Outcome:
    """What one story's run gave, judged against its expectations."""

    story: str
    expected: list[Expected]
    report: Report
    errors: list[str]
    found: list[Expected] = field(default_factory=list)
    missed: list[Expected] = field(default_factory=list)
    duplicated: list[tuple[Expected, list[Diagnostic]]] = field(default_factory=list)
    spurious: list[Diagnostic] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not (self.missed or self.duplicated or self.spurious or self.errors)


def _relative(path: str, story: Path) -> str:
    """Name a file by its path inside the story folder."""
    try:
        return Path(path).resolve().relative_to(story.resolve()).as_posix()
    except ValueError:
        return Path(path).name


def _where(diagnostic: Diagnostic, story: Path) -> tuple[str, frozenset[str]]:
    primary = f"{_relative(diagnostic.path, story)}:{diagnostic.line}"
    related = frozenset(f"{_relative(r.path, story)}:{r.line}" for r in diagnostic.related)
    return primary, related


def load_expected(story: Path) -> list[Expected]:
    data = yaml.safe_load((story / "expected.yaml").read_text(encoding="utf-8")) or {}
    unknown = set(data) - {"must_report", "must_report_info", "must_not_report_note"}
    assert not unknown, f"{story.name}/expected.yaml: unknown keys {unknown}"
    assert "must_report" in data, f"{story.name}/expected.yaml: no must_report"
    warnings = [Expected.parse(e) for e in data.get("must_report") or []]
    return warnings + [Expected.parse(e, "info") for e in data.get("must_report_info") or []]


def evaluate(story: Path) -> Outcome:
    """Run factlint over one story and judge its diagnostics.

    Nothing at warning or above may go unmatched; info findings only count
    where an expectation asks for them.
    """
    documents, errors = read_all([str(story)])
    report = check_documents(documents, errors=errors)
    outcome = Outcome(story.name, load_expected(story), report, list(report.errors))
    diagnostics = list(report.diagnostics)
    matched: set[int] = set()
    for expected in outcome.expected:
        hits = [i for i, d in enumerate(diagnostics) if expected.matches(d, story)]
        matched.update(hits)
        if not hits:
            outcome.missed.append(expected)
        elif len(hits) > 1:
            outcome.duplicated.append((expected, [diagnostics[i] for i in hits]))
        else:
            outcome.found.append(expected)
    outcome.spurious = [
        d for i, d in enumerate(diagnostics) if i not in matched and at_least(d.severity, "warning")
    ]
    return outcome


def _describe(expected: Expected) -> str:
    level = "" if expected.level == "warning" else f" (at {expected.level} or above)"
    if expected.either is not None:
        return f"{expected.rule} either {sorted(expected.either)}{level}"
    related = sorted(expected.related) if expected.related is not None else "any"
    return f"{expected.rule} at {expected.at} related {related}{level}"


def _diagnostic_lines(diagnostics: Iterable[Diagnostic], story: Path) -> list[str]:
    lines = []
    for d in diagnostics:
        primary, _ = _where(d, story)
        related = ", ".join(f"{_relative(r.path, story)}:{r.line} {r.message}" for r in d.related)
        lines.append(f"  [{d.severity}] {d.rule} {primary}: {d.message}")
        lines.append(f"      related: {related or '-'}")
    return lines


def _bound(value: float | None) -> str:
    return "open" if value is None else f"{value:.4g}"


def _claim_lines(report: Report, story: Path) -> list[str]:
    lines = []
    for c in report.claims:
        where = f"{_relative(c.location.path, story)}:{c.location.line}:{c.location.column}"
        line = (
            f"  {where}  {c.fact}  subject={c.subject!r} agent={c.agent!r}"
            f" period={c.period!r} {c.modality}  {c.quantity.text!r}"
            f" {c.quantity.currency or ''} [{_bound(c.low)}, {_bound(c.high)}]"
        )
        lines.append(line + (f"  read_with={c.read_with!r}" if c.read_with else ""))
    return lines


def explain(outcome: Outcome, story: Path) -> str:
    """Say what went wrong, with every diagnostic and claim, for a reader."""
    lines = [f"story {outcome.story}:"]
    lines += [f"  read error: {e}" for e in outcome.errors]
    lines += [f"  MISSED {_describe(e)}" for e in outcome.missed]
    for expected, hits in outcome.duplicated:
        lines.append(f"  MATCHED {len(hits)} TIMES {_describe(expected)}")
    lines += [
        f"  SPURIOUS {d.rule} {_where(d, story)[0]} (related {sorted(_where(d, story)[1])})"
        for d in outcome.spurious
    ]
    lines.append("diagnostics (all severities):")
    lines += _diagnostic_lines(outcome.report.diagnostics, story) or ["  (none)"]
    lines.append("claims:")
    lines += _claim_lines(outcome.report, story) or ["  (none)"]
    return "\n".join(lines)


def _check_locations(story: Path, expected: Sequence[Expected]) -> None:
    """Guard the expectations themselves: each location is a real line with a figure."""
    for entry in expected:
        for location in entry.locations():
            name, _, line = location.rpartition(":")
            path = story / name
            assert path.is_file(), f"{story.name}: no file {name}"
            text = path.read_text(encoding="utf-8").splitlines()
            assert 1 <= int(line) <= len(text), f"{story.name}: no line {location}"
            row = text[int(line) - 1]
            assert any(mark in row for mark in FIGURE_MARKS), (
                f"{story.name}: {location} holds no figure: {row!r}"
            )


def stories(corpus: Path) -> list[Path]:
    """Return the story folders of a corpus, sorted."""
    return sorted(p for p in corpus.iterdir() if (p / "expected.yaml").is_file())


def story_params(corpus: Path, known_gaps: dict[str, str], prefix: str = "") -> list[Any]:
    """Return pytest parameters, stories with a known gap marked strict xfail.

    ``known_gaps`` is keyed by ``prefix`` + story name.
    """
    params: list[Any] = []
    for story in stories(corpus):
        reason = known_gaps.get(prefix + story.name)
        mark = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
        params.append(pytest.param(story, marks=mark))
    return params


def check_story(story: Path) -> None:
    """Fail with a full explanation unless the story reports exactly what it expects."""
    _check_locations(story, load_expected(story))
    outcome = evaluate(story)
    if not outcome.passed:
        pytest.fail(explain(outcome, story), pytrace=False)


def check_well_formed(story: Path) -> None:
    """Check a story's own shape: real locations, two to five articles."""
    _check_locations(story, load_expected(story))
    articles = [p for p in story.iterdir() if p.name != "expected.yaml"]
    assert 2 <= len(articles) <= 5, f"{story.name}: {len(articles)} articles"


def score(corpus: Path, verbose: bool = False) -> None:
    """Print each story's result, then recall and precision over the corpus.

    Recall counts expected findings (warning and info) found; precision
    counts correct warnings among all warnings (a duplicate match is spurious).
    """
    total = found = warned_right = spurious = 0
    for story in stories(corpus):
        outcome = evaluate(story)
        total += len(outcome.expected)
        found += len(outcome.found)
        warned_right += sum(1 for e in outcome.found if e.level == "warning")
        extra = len(outcome.spurious) + sum(
            len(h) - 1 for e, h in outcome.duplicated if e.level == "warning"
        )
        spurious += extra
        verdict = "pass" if outcome.passed else "FAIL"
        print(
            f"{story.name:24} {verdict}  found {len(outcome.found)}/{len(outcome.expected)}"
            f"  spurious {extra}"
        )
        if verbose and not outcome.passed:
            print(explain(outcome, story))
    reported = warned_right + spurious
    print(f"recall {found}/{total} = {found / total:.2f}" if total else "recall -")
    right = f"{warned_right}/{reported} = {warned_right / reported:.2f}" if reported else "-"
    print(f"precision {right}")
