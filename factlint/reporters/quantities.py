"""Render extracted quantities as JSON Lines or as a readable table.

Each record is a quantity plus where it is: ``path``, and the 1-based
``line`` and ``column`` of its first character.  The JSON form is the
quantity's own JSON plus those three fields, one object a line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from factlint.quantities import Quantity

__all__ = ["Located", "render_jsonl", "render_table"]


class Located(BaseModel):
    """A quantity and the place in a file where it was found."""

    model_config = ConfigDict(frozen=True)

    path: str
    line: int
    column: int
    quantity: Quantity


def render_jsonl(records: Iterable[Located]) -> str:
    """Return one JSON object a line: the quantity's fields plus path, line, column."""
    lines = []
    for record in records:
        data = {"path": record.path, "line": record.line, "column": record.column}
        data.update(record.quantity.model_dump(mode="json"))
        lines.append(json.dumps(data, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


_HEADER = ("location", "kind", "value", "low", "high", "approx", "currency", "text")


def render_table(records: Iterable[Located]) -> str:
    """Return an aligned table, one row a quantity, for people to read."""
    rows = [_HEADER] + [_row(r) for r in records]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HEADER) - 1)]
    out = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(out) + "\n"


def _row(record: Located) -> tuple[str, ...]:
    """Return the table cells of one record."""
    q = record.quantity
    unit = f" {q.unit}" if q.unit else ""
    return (
        f"{record.path}:{record.line}:{record.column}",
        q.kind + unit,
        _figure(q.value),
        _figure(q.low),
        _figure(q.high),
        "yes" if q.approx else "no",
        q.currency or "-",
        q.text.replace("\n", " "),
    )


def _figure(value: float | None) -> str:
    """Format a figure with thousands separators; "-" for an open bound."""
    if value is None:
        return "-"
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.6g}"
