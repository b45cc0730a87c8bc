"""Render the active rules, so users can see what a check would run.

``text``: one line a rule, ``id  kind  severity  tolerance  description``;
``json``: ``{"rules": [...]}``, each rule's full options as its file gives
them (with the configured tolerance).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

__all__ = ["render_json", "render_text"]


def render_text(rules: Sequence[Any]) -> str:
    """Return one aligned line for each rule, then a count."""
    width = max((len(rule.id) for rule in rules), default=0)
    lines = [
        f"{rule.id:{width}}  {rule.kind:8}  {rule.severity:7}  {rule.tolerance:<5g}  "
        f"{_first_sentence(rule.description)}"
        for rule in rules
    ]
    lines.append(f"{len(rules)} rule(s)")
    return "\n".join(lines) + "\n"


def render_json(rules: Sequence[Any]) -> str:
    """Return the rules as one JSON document."""
    document = {"rules": [rule.model_dump(mode="json") for rule in rules]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _first_sentence(text: str) -> str:
    """Return the first sentence of a description, on one line."""
    flat = " ".join(text.split())
    return flat.split(". ")[0].rstrip(".")
