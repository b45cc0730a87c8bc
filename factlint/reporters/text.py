"""Render diagnostics for people: ``path:line:col: severity rule-id message``.

Related locations follow, indented, one a line; a summary line closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from factlint.diagnostics import Diagnostic

__all__ = ["render"]


def render(diagnostics: Sequence[Diagnostic], summary: dict[str, int]) -> str:
    """Return the text report."""
    lines = []
    for d in diagnostics:
        lines.append(f"{d.path}:{d.line}:{d.column}: {d.severity} {d.rule} {d.message}")
        lines += [f"    {r.path}:{r.line}:{r.column}: {r.message}" for r in d.related]
    lines.append(
        f"{summary['diagnostics']} problem(s) in {summary['files']} file(s) "
        f"({summary['quantities']} quantities, {summary['claims']} claims)"
    )
    return "\n".join(lines) + "\n"
