"""The sample normalization table of ../shared/ACCEPTANCE.md, reproduced exactly.

The table is read from the file itself and checked against the seed
articles (skipped when ../shared is absent); the same rows are also checked
on sentences of our own, so the behaviour is pinned on a fresh clone too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factlint import Quantity, find_quantities

SHARED = Path(__file__).resolve().parents[3] / "shared"
ACCEPTANCE = SHARED / "ACCEPTANCE.md"
SEEDS = SHARED / "corpus" / "seeds"

Row = tuple[str, str, float | None, float | None, float | None, str | None]


def _cell(text: str) -> float | None:
    text = text.strip()
    return None if text in ("—", "-", "open", "") else float(text)


def _sample_rows() -> list[Row]:
    if not ACCEPTANCE.is_file():
        return []
    section = ACCEPTANCE.read_text(encoding="utf-8").split("must normalize here", 1)[1]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 6 or cells[0] in ("text",) or set(cells[0]) <= {"-"}:
            continue
        currency = None if cells[5] in ("—", "-") else cells[5]
        rows.append(
            (cells[0], cells[1], _cell(cells[2]), _cell(cells[3]), _cell(cells[4]), currency)
        )
    return rows


def _matches(row: Row, quantity: Quantity) -> bool:
    text, kind, value, low, high, currency = row
    return (quantity.text in text or text in quantity.text) and (
        quantity.kind,
        quantity.value,
        quantity.low,
        quantity.high,
        quantity.currency,
    ) == (kind, value, low, high, currency)


SHARED_ROWS = _sample_rows()


@pytest.mark.skipif(not SHARED_ROWS or not SEEDS.is_dir(), reason="../shared is not present")
@pytest.mark.parametrize("row", SHARED_ROWS, ids=[r[0] for r in SHARED_ROWS])
def test_seed_articles_normalize_as_the_acceptance_table_says(row: Row) -> None:
    found = [q for path in sorted(SEEDS.iterdir()) for q in find_quantities(path.read_text())]
    candidates = [q for q in found if q.text == row[0]] or [q for q in found if q.text in row[0]]
    assert candidates, f"{row[0]!r} not found in the seed articles"
    assert all(_matches(row, q) for q in candidates), [q.model_dump() for q in candidates]


OWN_ROWS: list[tuple[str, Row]] = [
    (
        "Talks put the deal at over $10 billion.",
        ("over $10 billion", "money", 1e10, 1e10, None, "USD"),
    ),
    ("Record $10B+ bet on chips", ("$10B+", "money", 1e10, 1e10, None, "USD")),
    (
        "It may pour over ten billion dollars in.",
        ("over ten billion dollars", "money", 1e10, 1e10, None, "USD"),
    ),
    ("Northwind's $14B purchase closed.", ("$14B", "money", 1.4e10, 1.4e10, 1.4e10, "USD")),
    ("It bought a 49% stake.", ("a 49% stake", "percent", 49, 49, 49, None)),
    (
        "Its valuation reached nearly $14 billion.",
        ("nearly $14 billion", "money", 1.4e10, None, 1.4e10, "USD"),
    ),
    (
        "It could be worth as high as $25 billion.",
        ("as high as $25 billion", "money", 2.5e10, None, 2.5e10, "USD"),
    ),
    ("Sales were $870 million in 2024.", ("$870 million", "money", 8.7e8, 8.7e8, 8.7e8, "USD")),
    ("The shares rose nearly 1% on Friday.", ("nearly 1%", "percent", 1, None, 1, None)),
    (
        "A multi-billion dollar plan was shelved.",
        ("multi-billion dollar", "money", None, 1e9, None, "USD"),
    ),
]


@pytest.mark.parametrize(("sentence", "row"), OWN_ROWS, ids=[r[1][0] for r in OWN_ROWS])
def test_own_sentences_normalize_as_the_acceptance_table_says(sentence: str, row: Row) -> None:
    (quantity,) = find_quantities(sentence)
    assert _matches(row, quantity), quantity.model_dump()


def test_the_shared_table_is_the_one_pinned_here() -> None:
    if not SHARED_ROWS:
        pytest.skip("../shared is not present")
    assert [r[1:] for r in SHARED_ROWS] == [r[1:] for _, r in OWN_ROWS]
