"""Diagnostics: what a rule found, where, and the other places that contributed.

Diagnostics are immutable data.  A kind's check yields ``Finding``s; the
linter stamps the rule id and severity to make a ``Diagnostic``.  Sorting
is stable (by path, line, column, rule) so output is deterministic.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from factlint.claims import Claim, Location
from factlint.severity import Severity

__all__ = ["Diagnostic", "Finding", "Related"]


class Related(Location):
    """Another place that contributed to a diagnostic: a location and what stands there."""

    message: str = Field(description='What stands there, e.g. "states $2.5 billion".')


class Finding(BaseModel):
    """What a rule kind's check reports, before the linter stamps rule and severity."""

    model_config = ConfigDict(frozen=True)

    primary: Claim
    related: tuple[Claim, ...]
    message: str
    fact: str
    severity: Severity | None = None  # the rule's own unless its kind sets one for this finding


class Diagnostic(BaseModel):
    """One reported problem; its JSON form is the public contract."""

    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    fact: str
    related: tuple[Related, ...] = ()

    @classmethod
    def at(
        cls,
        where: Location,
        rule: str,
        severity: Severity,
        message: str,
        fact: str,
        related: tuple[Related, ...] = (),
    ) -> Diagnostic:
        """Make a diagnostic pointing at a location."""
        return cls(
            rule=rule,
            severity=severity,
            path=where.path,
            line=where.line,
            column=where.column,
            end_line=where.end_line,
            end_column=where.end_column,
            message=message,
            fact=fact,
            related=related,
        )

    @classmethod
    def stamp(cls, finding: Finding, rule: str, severity: Severity) -> Diagnostic:
        """Make a diagnostic from a finding, with its rule id and severity.

        ``severity`` is the rule's; a finding may set its own.
        """
        return cls.at(
            finding.primary.location,
            rule,
            finding.severity or severity,
            finding.message,
            finding.fact,
            related=tuple(
                Related(**c.location.model_dump(), message=f"states {c.quantity.text!r}")
                for c in finding.related
            ),
        )

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Order diagnostics by place, then rule, then message."""
        return (self.path, self.line, self.column, self.rule, self.message)
