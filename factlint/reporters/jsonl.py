"""Render diagnostics as JSON Lines: one ``Diagnostic`` JSON object a line.

Nothing else is written (no summary), so tools can stream the output and
an empty output means no diagnostics.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factlint.reporters.run import Run

__all__ = ["json_lines", "render"]


def render(run: Run) -> str:
    """Return each diagnostic's JSON form on its own line."""
    return json_lines(d.model_dump(mode="json") for d in run.diagnostics)


def json_lines(records: Iterable[Any]) -> str:
    """Return each record as compact JSON ending in a newline; "" for none.

    JSON escapes newlines inside strings, so every record stays on one line.
    """
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
