"""The normalized quantity: what a money or percentage expression claims.

A ``Quantity`` keeps two intervals apart.  ``low``/``high`` are what the
words claim ("over $10 billion" is at least 10e9, with no upper bound);
``rounding_low``/``rounding_high`` are what the digits imply ("$14 billion"
stands for anything from 13.5e9 to 14.5e9).  Rules widen the first by the
second, so they can tell rounding from a contradiction.  The JSON field
names are a public contract read by editorial tools.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

__all__ = ["Kind", "Number", "Quantity", "Unit"]

Kind = Literal["money", "percent"]
Unit = Literal["pp", "bp", "cent"]


def _plain_number(value: float | None) -> float | int | None:
    """Serialize whole numbers as integers (14000000000, not 14000000000.0)."""
    if value is not None and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


Number = Annotated[float | None, PlainSerializer(_plain_number)]


class Quantity(BaseModel):
    """One money or percentage expression found in prose, normalized."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Kind = Field(description='"money" or "percent".')
    unit: Unit | None = Field(
        default=None,
        description='null for plain money or percent; "pp" percentage points, '
        '"bp" basis points, "cent" a subunit of a currency (value counts subunits).',
    )
    value: Number = Field(
        description="The stated number, fully scaled; null for a range or a vague amount."
    )
    low: Number = Field(description="Lower bound the words claim; null where open.")
    high: Number = Field(description="Upper bound the words claim; null where open.")
    approx: bool = Field(
        default=False, description="True for hedged figures (about, nearly, ~) and vague amounts."
    )
    currency: str | None = Field(
        default=None, description="ISO 4217 code, or null when the text does not settle it."
    )
    start: int = Field(description="Offset of the first character, qualifier words included.")
    end: int = Field(description="Offset just past the last character.")
    text: str = Field(description="The surface text, qualifier words included.")
    qualifier: str | None = Field(
        default=None, description='The qualifier words as written ("over", "as high as", "+").'
    )
    rounding_low: Number = Field(
        default=None,
        description="Lowest figure the stated digits round from; null for vague amounts.",
    )
    rounding_high: Number = Field(
        default=None,
        description="Highest figure the stated digits round from; null for vague amounts.",
    )

    def interval(self, tolerance: float = 0.0) -> tuple[float | None, float | None]:
        """Return what the quantity allows: the qualifier interval widened.

        Each bound moves outwards by the rounding its digits allow and then
        by ``tolerance``, a fraction of the bound (0.05 is 5%).  ``None`` is
        an open side.
        """
        low, high = self.low, self.high
        if low is not None:
            low -= _gap(self.value if self.value is not None else self.low, self.rounding_low)
            low -= abs(low) * tolerance
        if high is not None:
            high += _gap(self.rounding_high, self.value if self.value is not None else self.high)
            high += abs(high) * tolerance
        return low, high


def _gap(upper: float | None, lower: float | None) -> float:
    """Return ``upper - lower``, or 0 when either is unknown."""
    return 0.0 if upper is None or lower is None else upper - lower
