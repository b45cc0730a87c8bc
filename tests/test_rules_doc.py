"""Every built-in rule is documented in docs/rules.md with examples that hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factlint.documents import parse_document
from factlint.linter import check_documents
from factlint.rulepacks import builtin_packs, load_catalog

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
EXAMPLE = re.compile(
    r"^### (?P<rule>\S+)$|^```text (?P<expect>must-flag|must-pass)\n(?P<body>.*?)^```$", re.M | re.S
)


def examples() -> list[tuple[str, str, str]]:
    found, rule = [], None
    for match in EXAMPLE.finditer(DOC.read_text(encoding="utf-8")):
        if match["rule"]:
            rule = match["rule"]
        else:
            found.append((rule, match["expect"], match["body"]))
    return found


def articles(body: str):
    parts = re.split(r"^=== (\S+)\n", body, flags=re.M)[1:]
    return [parse_document(text, name) for name, text in zip(parts[::2], parts[1::2], strict=True)]


EXAMPLES = examples()


def test_every_builtin_rule_has_both_kinds_of_example():
    documented = {(rule, expect) for rule, expect, _ in EXAMPLES}
    for rule in load_catalog([builtin_packs()]).rules:
        assert (rule.id, "must-flag") in documented, rule.id
        assert (rule.id, "must-pass") in documented, rule.id


@pytest.mark.parametrize(
    ("rule", "expect", "body"), EXAMPLES, ids=[f"{r}:{e}" for r, e, _ in EXAMPLES]
)
def test_documented_example(rule, expect, body):
    report = check_documents(articles(body))
    fired = [d for d in report.diagnostics if d.rule == rule]
    if expect == "must-flag":
        assert fired, [
            c.model_dump(include={"fact", "subject", "agent", "period"}) for c in report.claims
        ]
    else:
        assert not fired, [d.message for d in fired]
