"""What every reporter is given: one finished check, as one immutable value."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from factlint.diagnostics import Diagnostic

__all__ = ["Run"]


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
