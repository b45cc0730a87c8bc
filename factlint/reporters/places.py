"""Where a diagnostic or one of its related entries stands, as the formats write it.

Diagnostics and their related entries carry the same fields (path, 1-based
line and column, and the exclusive end), so the formats that show both
treat them alike through ``Place``.
"""

from __future__ import annotations

from factlint.diagnostics import Diagnostic, Related

__all__ = ["Place", "related_line", "where"]

Place = Diagnostic | Related


def where(place: Place) -> str:
    """Return ``path:line:col``, the form editors and terminals link to a file."""
    return f"{place.path}:{place.line}:{place.column}"


def related_line(related: Related) -> str:
    """Return one related entry as a line a reader can follow to the other document."""
    return f"{where(related)}: {related.message}"
