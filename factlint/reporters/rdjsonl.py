"""Render diagnostics as reviewdog's rdjsonl: one reviewdog ``Diagnostic`` a line.

Each line is ``{"message", "location": {"path", "range": {"start", "end"}},
"severity", "source": {"name": "factlint"}, "code": {"value": rule-id},
"related_locations": [{"message", "location"}]}``, so reviewdog can post
the diagnostic on a review with the other documents named beside it.
Lines and columns are 1-based and a range's end is exclusive, as in
reviewdog.  Columns count characters while reviewdog counts UTF-8 bytes:
the two differ only where non-ASCII text stands before a figure on its
line, and line numbers, which decide where reviewdog comments, never do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factlint.diagnostics import Diagnostic, Severity
from factlint.reporters.jsonl import json_lines
from factlint.reporters.places import Place

if TYPE_CHECKING:
    from factlint.reporters import Run

__all__ = ["render"]

_SEVERITIES: dict[Severity, str] = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def render(run: Run) -> str:
    """Return one reviewdog diagnostic a line."""
    return json_lines(_diagnostic(d) for d in run.diagnostics)


def _diagnostic(d: Diagnostic) -> dict[str, Any]:
    """Return the reviewdog form of one diagnostic."""
    return {
        "message": d.message,
        "location": _location(d),
        "severity": _SEVERITIES[d.severity],
        "source": {"name": "factlint"},
        "code": {"value": d.rule},
        "related_locations": [{"message": r.message, "location": _location(r)} for r in d.related],
    }


def _location(place: Place) -> dict[str, Any]:
    """Return a reviewdog location: the path and the range from start to end."""
    return {
        "path": place.path,
        "range": {
            "start": {"line": place.line, "column": place.column},
            "end": {"line": place.end_line, "column": place.end_column},
        },
    }
