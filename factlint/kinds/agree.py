"""Kind ``agree``: every claim of one fact agrees, across documents and within one.

A fact is a predicate about one subject (and agent) for one period:
"Scale AI's revenue in 2025".  Each claim allows an interval: what its
words claim, widened by the rounding its digits allow and the rule's
tolerance.  The fact is consistent while all intervals share a point; when
they do not, the fact is reported once, at the claim whose lower bound is
highest, with every claim it cannot agree with as a related location.

Options: ``facts`` (the fact ids checked), plus ``severity``, ``message``,
``tolerance``.  Message fields: ``{fact}``, ``{subject}``, ``{period}``,
``{figure}`` (the primary claim's text), ``{other}`` (the claim it most
disagrees with), ``{other_where}`` (its file and line).

    kind: agree
    facts: [financials.revenue]
    severity: warning
    tolerance: 0.02
    message: "{subject} {fact} {period}: {figure} here, {other} in {other_where}"

FAIL: "revenue of $2 billion in 2025" and, elsewhere, "$2.5 billion by 2025".
PASS: "over $10 billion" and "$14 billion"; "$870 million last year" (2025
article) and "$870 million in 2024".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath
from typing import Literal

from pydantic import Field

from factlint.claims import Claim
from factlint.diagnostics import Finding
from factlint.kinds.base import Corpus, RuleBase, fill
from factlint.kinds.facts import fact_groups, label, widen

__all__ = ["SCOPE", "FIELDS", "KIND", "AgreeRule", "check"]

KIND = "agree"
SCOPE = "corpus"  # claims of one fact, from every document
FIELDS = ("fact", "subject", "period", "figure", "other", "other_where")


class AgreeRule(RuleBase):
    """The same fact must agree wherever it is stated."""

    kind: Literal["agree"]
    facts: tuple[str, ...] = Field(min_length=1, description="Fact ids this rule checks.")


def check(rule: AgreeRule, corpus: Corpus) -> Iterator[Finding]:
    """Yield one finding per fact whose claims cannot all be true."""
    for key, group in fact_groups(corpus.claims, rule.facts):
        highest = max(group, key=lambda c: widen(c, rule.tolerance)[0] or float("-inf"))
        low = widen(highest, rule.tolerance)[0]
        if low is None:
            continue
        clashing = [c for c in group if _below(c, low, rule.tolerance)]
        if not clashing:
            continue
        other = min(clashing, key=lambda c: widen(c, rule.tolerance)[1] or float("inf"))
        values = {
            "fact": key[0].split(".")[-1],
            "subject": key[1] or "",
            "period": key[3],
            "figure": repr(highest.quantity.text),
            "other": repr(other.quantity.text),
            "other_where": f"{PurePath(other.location.path).name}:{other.location.line}",
        }
        yield Finding(
            primary=highest,
            related=tuple(clashing),
            message=fill(rule.message, values),
            fact=label(key),
        )


def _below(claim: Claim, low: float, tolerance: float) -> bool:
    """Tell whether a claim's widened interval ends below ``low``."""
    high = widen(claim, tolerance)[1]
    return high is not None and high < low
