"""Render diagnostics as GitHub Actions workflow commands, one a line.

``::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE``
(``::warning`` for warnings, ``::notice`` for info).  The Actions runner
turns each line into an annotation on the file.  A contradiction involves
other documents, so their locations follow the message, one a line, and
the annotation names them too.

The runner reads a command up to the line's end and splits properties on
``,`` and ``:``, so the message escapes ``%``, CR and LF, and property
values also ``:`` and ``,`` (``%`` first, so no escape is escaped twice).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factlint.diagnostics import Diagnostic
from factlint.reporters.places import related_line
from factlint.severity import Severity

if TYPE_CHECKING:
    from factlint.reporters.run import Run

__all__ = ["render"]

_COMMANDS: dict[Severity, str] = {"error": "error", "warning": "warning", "info": "notice"}
_DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
_PROPERTY_ESCAPES = (*_DATA_ESCAPES, (":", "%3A"), (",", "%2C"))


def render(run: Run) -> str:
    """Return one workflow command a diagnostic."""
    return "".join(_command(d) + "\n" for d in run.diagnostics)


def _command(d: Diagnostic) -> str:
    """Return the workflow command that annotates one diagnostic."""
    properties = {
        "file": d.path,
        "line": d.line,
        "col": d.column,
        "endLine": d.end_line,
        "endColumn": d.end_column,
        "title": d.rule,
    }
    listed = ",".join(
        f"{key}={_escape(str(value), _PROPERTY_ESCAPES)}" for key, value in properties.items()
    )
    message = "\n".join([d.message, *map(related_line, d.related)])
    return f"::{_COMMANDS[d.severity]} {listed}::{_escape(message, _DATA_ESCAPES)}"


def _escape(value: str, escapes: tuple[tuple[str, str], ...]) -> str:
    """Replace each special character by its percent code, in the order given."""
    for char, code in escapes:
        value = value.replace(char, code)
    return value
