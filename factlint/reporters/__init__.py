"""Stage 6 of the pipeline: results -> text for people and tools, one module a format.

Every output format of ``factlint check`` is a module here exposing
``render(run: Run) -> str``.  One signature for all lets the command line
pick a format by name from ``REPORTERS`` and lets a new format arrive
without touching the others.
"""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, ConfigDict

from factlint.diagnostics import Diagnostic
from factlint.reporters import github, json, jsonl, rdjsonl, sarif, text

__all__ = ["REPORTERS", "Run"]


class Run(BaseModel):
    """Everything a reporter may show about one check, in one immutable value.

    Attributes:
        diagnostics: What the check found, in the order to report it.
        summary: Counts for the closing line and the JSON report: ``files``,
            ``quantities``, ``claims`` and ``diagnostics``.
        rules: Rule id -> the rule's description, for every rule that could
            have fired; formats that describe rules (SARIF) fall back to the
            id when a rule is missing, so the mapping may be empty.
        colour: Whether the output goes to a terminal that shows ANSI
            colours; only the text format uses it.
    """

    model_config = ConfigDict(frozen=True)

    diagnostics: tuple[Diagnostic, ...]
    summary: dict[str, int]
    rules: dict[str, str]
    colour: bool = False


REPORTERS: dict[str, Callable[[Run], str]] = {
    "text": text.render,
    "json": json.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
    "rdjsonl": rdjsonl.render,
}
