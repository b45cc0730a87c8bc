"""Render diagnostics for people: ``path:line:col: severity rule-id message``.

Related locations follow, indented, one a line; a summary line closes.
With ``Run.colour`` the severity word is coloured (red error, yellow
warning, cyan info) and the related lines are dimmed, so the eye finds the
problems first on a terminal; without it the output holds no escape codes,
so it stays safe to pipe, save and compare.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factlint.reporters.places import related_line, where
from factlint.severity import Severity

if TYPE_CHECKING:
    from factlint.reporters.run import Run

__all__ = ["render"]

_RESET = "\x1b[0m"
_DIM = "\x1b[2m"
_SEVERITY_STYLES: dict[Severity, str] = {
    "error": "\x1b[31m",
    "warning": "\x1b[33m",
    "info": "\x1b[36m",
}


def render(run: Run) -> str:
    """Return the text report."""
    lines = []
    for d in run.diagnostics:
        severity = _paint(d.severity, _SEVERITY_STYLES[d.severity], run.colour)
        lines.append(f"{where(d)}: {severity} {d.rule} {d.message}")
        lines += [f"    {_paint(related_line(r), _DIM, run.colour)}" for r in d.related]
    summary = run.summary
    lines.append(
        f"{summary['diagnostics']} problem(s) in {summary['files']} file(s) "
        f"({summary['quantities']} quantities, {summary['claims']} claims)"
    )
    return "\n".join(lines) + "\n"


def _paint(text: str, style: str, colour: bool) -> str:
    """Wrap text in an ANSI style when colour is on; leave it bare otherwise."""
    return f"{style}{text}{_RESET}" if colour else text
