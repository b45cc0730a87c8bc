"""Render diagnostics as reviewdog's rdjsonl: one reviewdog ``Diagnostic`` a line.

Each line is ``{"message", "location": {"path", "range": {"start", "end"}},
"severity", "source": {"name": "factlint"}, "code": {"value": rule-id},
"related_locations": [{"message", "location"}]}``, so reviewdog can post
the diagnostic on a review with the other documents named beside it.
Lines and columns are 1-based and a range's end is exclusive, as in
reviewdog.  reviewdog counts columns in UTF-8 bytes where factlint counts
characters, so each column is converted through the line's text, read
again from the file ("€2 billion" after "Zürich " starts at byte column 9,
not character column 8).  A file that cannot be read again (standard
input, or a file changed or removed since) keeps character columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factlint.diagnostics import Diagnostic
from factlint.documents import read_document
from factlint.errors import FactlintError
from factlint.reporters.jsonl import json_lines
from factlint.reporters.places import Place
from factlint.severity import Severity

if TYPE_CHECKING:
    from factlint.reporters.run import Run

__all__ = ["render"]

_SEVERITIES: dict[Severity, str] = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


Lines = dict[str, list[str] | None]  # path -> its lines, None when unreadable


def render(run: Run) -> str:
    """Return one reviewdog diagnostic a line."""
    lines: Lines = {}
    return json_lines(_diagnostic(d, lines) for d in run.diagnostics)


def _diagnostic(d: Diagnostic, lines: Lines) -> dict[str, Any]:
    """Return the reviewdog form of one diagnostic."""
    return {
        "message": d.message,
        "location": _location(d, lines),
        "severity": _SEVERITIES[d.severity],
        "source": {"name": "factlint"},
        "code": {"value": d.rule},
        "related_locations": [
            {"message": r.message, "location": _location(r, lines)} for r in d.related
        ],
    }


def _location(place: Place, lines: Lines) -> dict[str, Any]:
    """Return a reviewdog location: the path and the range from start to end."""
    start = _byte_column(place.path, place.line, place.column, lines)
    end = _byte_column(place.path, place.end_line, place.end_column, lines)
    return {
        "path": place.path,
        "range": {
            "start": {"line": place.line, "column": start},
            "end": {"line": place.end_line, "column": end},
        },
    }


def _byte_column(path: str, line: int, column: int, lines: Lines) -> int:
    """Turn a character column into a UTF-8 byte column through the line's text."""
    if path not in lines:
        lines[path] = _lines_of(path)
    rows = lines[path]
    if rows is None or not 1 <= line <= len(rows):
        return column
    return len(rows[line - 1][: column - 1].encode("utf-8")) + 1


def _lines_of(path: str) -> list[str] | None:
    """Return a file's lines, or None when it cannot be read again."""
    if path == "-":
        return None
    try:
        return read_document(path).text.split("\n")
    except FactlintError:
        return None
