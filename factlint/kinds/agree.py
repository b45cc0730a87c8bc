"""Kind ``agree``: every claim of one fact agrees, across documents and within one.

A fact is a predicate about one subject (and agent) for one period:
"Scale AI's revenue in 2025".  Each claim allows an interval: what its
words claim, widened by the rounding its digits allow and the rule's
tolerance.  The fact is consistent while all intervals share a point; when
they do not, the fact is reported once, at the claim whose lower bound is
highest, with every claim it cannot agree with as a related location; once
also where its figures are given in two currencies ("1.7 billion yuan ($236
million)" against "1.42 billion yuan ($196 million)").

A sentence never contradicts itself: when two figures of one sentence read
as the same fact cannot both hold ("revenue rose 9% to £18.7 million, while
the wage bill climbed to £15.2 million"), one of them was misread, and
which one the words do not say.  Such a sentence's claims of the fact are
left out of the comparison; the fact's other claims are still compared.

A document that disagrees only with itself, in different sentences, far
more often states two facts its reader tells apart by context (a unit's
value and its parent's, a company's figure and one of its deals') than an
error: ``within_document`` gives such a finding a severity of its own.

Options: ``facts`` (the fact ids checked), ``within_document`` (the
severity of a finding all of whose figures are in one document; the rule's
own when not set), plus ``severity``, ``message``, ``tolerance``.  Message
fields: ``{fact}``, ``{subject}``, ``{period}``, ``{figure}`` (the primary
claim's text), ``{other}`` (the claim it most disagrees with),
``{other_where}`` (its file and line).

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
from factlint.kinds.facts import Key, common_bounds, fact_groups, label, widen
from factlint.severity import Severity

__all__ = ["SCOPE", "FIELDS", "KIND", "AgreeRule", "check"]

KIND = "agree"
SCOPE = "corpus"  # claims of one fact, from every document
FIELDS = ("fact", "subject", "period", "figure", "other", "other_where")


class AgreeRule(RuleBase):
    """The same fact must agree wherever it is stated."""

    kind: Literal["agree"]
    facts: tuple[str, ...] = Field(min_length=1, description="Fact ids this rule checks.")
    within_document: Severity | None = Field(
        default=None,
        description="Severity of a finding whose figures are all in one document; the "
        "rule's own severity when not set.",
    )


def check(rule: AgreeRule, corpus: Corpus) -> Iterator[Finding]:
    """Yield one finding per fact whose claims cannot all be true."""
    reported: set[tuple[Key, str, int]] = set()
    for key, stated in fact_groups(corpus.claims, rule.facts):
        group = _without_self_contradictions(stated, rule.tolerance)
        if not group:
            continue
        highest = max(group, key=lambda c: widen(c, rule.tolerance)[0] or float("-inf"))
        low = widen(highest, rule.tolerance)[0]
        if low is None:
            continue
        clashing = [c for c in group if _below(c, low, rule.tolerance)]
        if not clashing:
            continue
        if highest.sentence is not None:
            statement = (key, highest.location.path, highest.sentence)
            if statement in reported:
                continue  # the same disagreement again, in the figures' other currency
            reported.add(statement)
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
            severity=rule.within_document if _one_document(highest, clashing) else None,
        )


def _without_self_contradictions(group: list[Claim], tolerance: float) -> list[Claim]:
    """Leave out the claims of every sentence whose own claims of the fact cannot all hold."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in group:
        if claim.sentence is not None:
            by_sentence.setdefault((claim.location.path, claim.sentence), []).append(claim)
    torn = {
        where
        for where, claims in by_sentence.items()
        if len(claims) > 1 and common_bounds(claims, tolerance) is None
    }
    if not torn:
        return group
    return [c for c in group if c.sentence is None or (c.location.path, c.sentence) not in torn]


def _one_document(primary: Claim, related: list[Claim]) -> bool:
    """Tell whether a finding's figures all come from one document."""
    return all(c.location.path == primary.location.path for c in related)


def _below(claim: Claim, low: float, tolerance: float) -> bool:
    """Tell whether a claim's widened interval ends below ``low``."""
    high = widen(claim, tolerance)[1]
    return high is not None and high < low
