"""Render diagnostics as a SARIF 2.1.0 log, the format code-scanning tools read.

One run.  ``tool.driver.rules`` describes every rule that fired, sorted by
id, and each result names its rule by ``ruleId`` and ``ruleIndex``.
Regions keep factlint's numbers: SARIF lines and columns are 1-based too,
``endColumn`` is the column after the region's last character (our end is
exclusive as well), and ``columnKind`` says columns count Unicode code
points.  A path becomes a relative URI with forward slashes,
percent-encoded, or a ``file://`` URI when absolute.  The other documents
of a contradiction are the result's ``relatedLocations``.

Each result's ``partialFingerprints`` entry is the fingerprint a baseline
accepts the finding by (rule, fact, files and figures, never a line
number), so code scanning keeps tracking a result when the text around it
moves; an occurrence number tells apart results that share it.  The output
is deterministic.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from factlint import __version__
from factlint.baseline import fingerprint
from factlint.diagnostics import Diagnostic
from factlint.reporters.places import Place
from factlint.severity import Severity

if TYPE_CHECKING:
    from factlint.reporters.run import Run

__all__ = ["FINGERPRINT", "SCHEMA", "VERSION", "render"]

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
VERSION = "2.1.0"
FINGERPRINT = "factlint/v1"

_LEVELS: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "note"}


def render(run: Run) -> str:
    """Return the SARIF log as indented JSON."""
    fired = _fired(run.diagnostics)
    index = {rule: position for position, rule in enumerate(fired)}
    results = [
        _result(d, index[d.rule], fingerprint)
        for d, fingerprint in zip(run.diagnostics, _fingerprints(run.diagnostics), strict=True)
    ]
    driver = {
        "name": "factlint",
        "version": __version__,
        "rules": [_rule(rule, level, run.rules) for rule, level in fired.items()],
    }
    log = {
        "$schema": SCHEMA,
        "version": VERSION,
        "runs": [
            {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _fired(diagnostics: Sequence[Diagnostic]) -> dict[str, str]:
    """Return each rule that fired, sorted by id, with the SARIF level it reports at."""
    levels = {d.rule: _LEVELS[d.severity] for d in diagnostics}
    return dict(sorted(levels.items()))


def _rule(rule: str, level: str, descriptions: Mapping[str, str]) -> dict[str, Any]:
    """Return the reporting descriptor of one rule; its id stands in for a missing description."""
    return {
        "id": rule,
        "shortDescription": {"text": descriptions.get(rule) or rule},
        "defaultConfiguration": {"level": level},
    }


def _result(d: Diagnostic, rule_index: int, fingerprint: str) -> dict[str, Any]:
    """Return the SARIF result of one diagnostic."""
    return {
        "ruleId": d.rule,
        "ruleIndex": rule_index,
        "level": _LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [{"physicalLocation": _physical(d)}],
        "relatedLocations": [
            {"id": number, "physicalLocation": _physical(r), "message": {"text": r.message}}
            for number, r in enumerate(d.related)
        ],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }


def _physical(place: Place) -> dict[str, Any]:
    """Return the file and the region of a place."""
    return {
        "artifactLocation": {"uri": _artifact_uri(place.path)},
        "region": {
            "startLine": place.line,
            "startColumn": place.column,
            "endLine": place.end_line,
            "endColumn": place.end_column,
        },
    }


def _artifact_uri(path: str) -> str:
    """Return a file path as a URI reference: ``file://`` when absolute, else relative.

    Relative paths keep their folders with forward slashes; everything else
    that is not plain ASCII (spaces, ``%``, ``:``, ``#``, non-ASCII letters as
    UTF-8) is percent-encoded, so no segment is misread as a scheme.
    """
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix())


def _fingerprints(diagnostics: Sequence[Diagnostic]) -> list[str]:
    """Return ``hash:n`` for each diagnostic: the baseline's fingerprint, n-th such result.

    It is the identity a baseline accepts a finding by: it ignores lines but
    changes with the figures, so an edited figure is a new result.
    """
    seen: Counter[str] = Counter()
    prints = []
    for d in diagnostics:
        digest = fingerprint(d)
        seen[digest] += 1
        prints.append(f"{digest}:{seen[digest]}")
    return prints
