"""Render claims, so users can see why a rule fired or did not.

``text``: one line a claim, ``path:line:col fact subject [agent] period
modality interval "text"``; ``jsonl``: one JSON object a claim.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from factlint.claims import Claim

__all__ = ["render_jsonl", "render_text"]


def render_jsonl(claims: Sequence[Claim]) -> str:
    """Return one JSON object a line for each claim."""
    return "".join(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n" for c in claims)


def render_text(claims: Sequence[Claim]) -> str:
    """Return one readable line for each claim."""
    lines = []
    for c in claims:
        where = f"{c.location.path}:{c.location.line}:{c.location.column}"
        who = c.subject or "?"
        if c.agent:
            who += f" <- {c.agent}"
        low = "-inf" if c.low is None else f"{c.low:,.6g}"
        high = "+inf" if c.high is None else f"{c.high:,.6g}"
        read = f" (read with {c.read_with!r})" if c.read_with else ""
        lines.append(
            f"{where}  {c.fact}  {who}  {c.period or '-'}  {c.modality}  "
            f"[{low}, {high}]  {c.quantity.text!r}{read}"
        )
    return "\n".join(lines) + ("\n" if lines else "")
