"""Stage 6 of the pipeline: results -> text for people and tools, one module a format.

Every output format of ``factlint check`` is a module here exposing
``render(run: Run) -> str`` (``Run`` is in ``factlint.reporters.run``).  One
signature for all lets the command line pick a format by name and lets a
new format arrive without touching the others.  A format's module is only
imported when it is asked for, so listing the formats costs nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factlint.reporters.run import Run

__all__ = ["FORMATS", "reporter"]

FORMATS = ("github", "json", "jsonl", "rdjsonl", "sarif", "text")


def reporter(name: str) -> Callable[[Run], str]:
    """Return the ``render`` function of the format ``name`` (one of ``FORMATS``)."""
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; known formats: {', '.join(FORMATS)}")
    render: Callable[[Run], str] = importlib.import_module(f"factlint.reporters.{name}").render
    return render
