"""How serious a diagnostic is, and how severities compare.

Kept apart from the diagnostic models so that the command line can offer
``--fail-level`` choices without loading the pipeline.
"""

from __future__ import annotations

from typing import Literal

__all__ = ["SEVERITIES", "Severity", "at_least"]

Severity = Literal["info", "warning", "error"]
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")


def at_least(severity: Severity, level: Severity) -> bool:
    """Tell whether ``severity`` is ``level`` or worse."""
    return SEVERITIES.index(severity) >= SEVERITIES.index(level)
