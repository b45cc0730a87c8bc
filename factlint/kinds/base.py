"""What every rule has: id, kind, severity, message template, tolerance.

Rule files are data.  A message template names fields in braces
("{figure} disagrees with {other}"); it is filled by a restricted
formatter that only substitutes plain names a kind provides, so a template
can never reach an attribute the way ``str.format`` would.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from factlint.claims import Claim
from factlint.documents import Document
from factlint.documents.sentences import Span
from factlint.lazyregex import compile_lazily
from factlint.quantities import Quantity
from factlint.severity import Severity

__all__ = ["Corpus", "RuleBase", "check_template", "fill", "template_fields"]


class Corpus(NamedTuple):
    """What a rule's check sees: the claims, and each document with its parts.

    ``quantities`` and ``sentences`` are given per document, in the order of
    ``documents``; most kinds only need ``claims``.
    """

    claims: Sequence[Claim]
    documents: Sequence[Document] = ()
    quantities: Sequence[Sequence[Quantity]] = ()
    sentences: Sequence[Sequence[Span]] = ()


_FIELD = compile_lazily(r"\{([^{}]*)\}")


class RuleBase(BaseModel):
    """Options shared by every rule kind."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default="", description='Set from the file path: "<pack>.<file stem>".')
    severity: Severity = Field(default="warning", description="error, warning or info.")
    message: str = Field(description="Message template; fields in braces.", max_length=500)
    description: str = Field(default="", description="What the rule checks, for people.")
    tolerance: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="Extra slack on each side of a figure, as a fraction (0.05 is 5%).",
    )


def template_fields(template: str) -> list[str]:
    """Return the field names a template uses, in order."""
    return [m[1] for m in _FIELD.finditer(template)]


def check_template(template: str, allowed: Iterable[str]) -> None:
    """Raise ValueError naming a field the template uses that the kind does not provide."""
    known = set(allowed)
    for name in template_fields(template):
        if name not in known:
            raise ValueError(
                f"unknown message field {{{name}}}; known fields: {', '.join(sorted(known))}"
            )


def fill(template: str, values: Mapping[str, str]) -> str:
    """Substitute plain field names; anything else in braces stays as written."""
    return _FIELD.sub(lambda m: values.get(m[1], m[0]), template)
