"""Render diagnostics as one JSON document: the versioned public contract.

``{"version": 1, "diagnostics": [...], "summary": {"files", "quantities",
"claims", "diagnostics"}}``; each diagnostic is ``Diagnostic``'s JSON form.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factlint.reporters.run import Run

__all__ = ["VERSION", "render"]

VERSION = 1


def render(run: Run) -> str:
    """Return the JSON report."""
    document = {
        "version": VERSION,
        "diagnostics": [d.model_dump(mode="json") for d in run.diagnostics],
        "summary": run.summary,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
