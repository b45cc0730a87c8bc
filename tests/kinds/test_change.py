"""Kind ``change``: growth statements must agree with the figures they start and end at."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factlint.claims import extract_claims
from factlint.diagnostics import Finding
from factlint.documents import parse_document
from factlint.documents.sentences import sentences
from factlint.kinds.base import Corpus
from factlint.kinds.change import ChangeRule, check
from factlint.linter import check_documents
from factlint.quantities import extract_quantities
from factlint.rulepacks import builtin_packs, load_catalog

# tests/ is no package; put it on sys.path so the shared strategies import in any import mode.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from strategies import noisy_text  # noqa: E402

RULE_ID = "financials.change-consistent"
MESSAGE = "{change} from {start} gives {expected} ({expected_range}), not {end}"
CATALOG = load_catalog([builtin_packs()])
SEEDS = Path("/work/shared/corpus/seeds")


def findings(*texts: str, tolerance: float = 0.02) -> list[Finding]:
    """Run the kind's check over one article per text."""
    documents = [parse_document(text, f"{i}.md") for i, text in enumerate(texts)]
    quantities = [extract_quantities(d) for d in documents]
    spans = [sentences(d.prose) for d in documents]
    claims = extract_claims(documents, CATALOG.facts, quantities=quantities, sentences=spans)
    rule = ChangeRule(kind="change", message=MESSAGE, tolerance=tolerance)
    return list(check(rule, Corpus(claims, documents, quantities, spans)))


def messages(*texts: str) -> list[str]:
    """Return the messages of the built-in rule over the articles."""
    documents = [parse_document(text, f"{i}.md") for i, text in enumerate(texts)]
    report = check_documents(documents)
    return [d.message for d in report.diagnostics if d.rule == RULE_ID]


MUST_FLAG = [
    "Revenue doubled to $3 billion from $1 billion.",
    "Revenue tripled from $40 million to $90 million.",
    "Sales quadrupled to $300 million from $100 million.",
    "Costs halved to $8 million from $10 million.",
    "Costs fell by half, from $10 million to $8 million.",
    "The company cut its costs in half to $8 million from $10 million.",
    "Revenue grew tenfold to $2 billion from $100 million.",
    "Revenue grew ten-fold to $2 billion from $100 million.",
    "Revenue rose 25% to $150 million from $100 million.",
    "Revenue fell 10% to $80 million from $100 million.",
    "Revenue was up 25% from $100 million to $150 million.",
    "Revenue grew 50%, from $2 billion to $4 billion.",
    "The firm posted a 20% increase to $70 million from $50 million.",
    "The firm posted a 20% decline to $60 million from $50 million.",
    "Revenue rose 10% to $120 million from $100 million.",
    "Revenue more than doubled to $1.2 billion from $800 million.",
    "Its market share doubled from 10% to 30%.",
]

MUST_PASS = [
    "Revenue doubled to $2 billion from $1 billion.",
    "Revenue tripled from $30 million to $90 million.",
    "Sales quadrupled to $400 million from $100 million.",
    "Costs halved to $5 million from $10 million.",
    "Costs fell by half, from $10 million to $5 million.",
    "The company cut its costs in half to $5 million from about $10 million.",
    "Revenue grew tenfold to $1 billion from $100 million.",
    "Revenue grew ten-fold to $1 billion from $100 million.",
    "Revenue rose 25% to $125 million from $100 million.",
    "Revenue fell 10% to $90 million from $100 million.",
    "Revenue was up 25% from $100 million to $125 million.",
    "Revenue grew 50%, from $2 billion to $3 billion.",
    "The firm posted a 20% increase to $60 million from $50 million.",
    "Revenue rose 10% to $110 million from $100 million.",
    "Revenue rose from $100 million to $125 million, up 25%.",
    "Revenue more than doubled to $2 billion from $800 million.",
    "Its market share doubled from 10% to 20%.",
]


@pytest.mark.parametrize("text", MUST_FLAG)
def test_contradicted_change_is_flagged(text: str) -> None:
    assert len(findings(text)) == 1


@pytest.mark.parametrize("text", MUST_PASS)
def test_consistent_change_passes(text: str) -> None:
    assert findings(text) == []


def test_exact_message_for_a_percent_change() -> None:
    assert messages("Revenue rose 25% to $150 million from $100 million.") == [
        "'rose 25%' from '$100 million' gives $125 million (124-126), not '$150 million'"
    ]


def test_exact_message_for_a_multiplier() -> None:
    assert messages("Revenue tripled from $40 million to $90 million.") == [
        "'tripled' from '$40 million' gives $120 million (118-122), not '$90 million'"
    ]


def test_built_in_rule_only_informs() -> None:
    rule = next(r for r in CATALOG.rules if r.id == RULE_ID)
    assert (rule.kind, rule.severity, rule.tolerance) == ("change", "info", 0.02)
    documents = [parse_document("Revenue tripled from $40 million to $90 million.", "a.md")]
    (diagnostic,) = [d for d in check_documents(documents).diagnostics if d.rule == RULE_ID]
    assert diagnostic.severity == "info"


def test_reported_at_the_to_figure_with_the_others_related() -> None:
    text = "Intro line.\n\nRevenue rose 25% to $150 million from $100 million."
    (finding,) = findings(text)
    where = finding.primary.location
    assert (where.path, where.line, where.column) == ("0.md", 3, 21)
    assert finding.primary.quantity.text == "$150 million"
    assert [c.quantity.text for c in finding.related] == ["$100 million", "25%"]


def test_a_figure_no_fact_bound_still_gets_a_located_claim() -> None:
    text = "First line.\nThe figure tripled from $40 million to $90 million."
    (finding,) = findings(text)
    primary = finding.primary
    assert (primary.fact, primary.subject, primary.period) == ("change", None, "")
    assert primary.modality == "reported"
    assert (primary.location.line, primary.location.column) == (2, 40)
    assert (primary.location.end_line, primary.location.end_column) == (2, 51)
    assert (primary.low, primary.high) == primary.quantity.interval()
    assert finding.fact == "change"


def test_that_refers_to_the_earlier_figure_of_the_sentence() -> None:
    text = "It reported $500 million in revenue and expects to double that to $3 billion."
    assert messages(text) == [
        "'double that' from '$500 million' gives $1 billion (0.999-1), not '$3 billion'"
    ]
    assert (
        findings("It reported $1 billion in revenue and expects to double that to $2 billion.")
        == []
    )


def test_that_refers_to_the_previous_sentence_when_its_own_has_none() -> None:
    text = "Revenue was $500 million last year. The company expects to double that to $3 billion."
    (finding,) = findings(text)
    assert [c.quantity.text for c in finding.related] == ["$500 million"]


def test_that_takes_the_nearest_figure_of_the_same_kind() -> None:
    text = "Revenue was $1 billion, up 5%, and it plans to double that to $2 billion."
    assert findings(text) == []


def test_the_tolerance_widens_the_change_not_the_levels() -> None:
    # 468 x 1.075 = 503: within 2% of 512, but the rise is 9.4%, not 7.5%.
    assert len(findings("The fare will rise 7.5% to £512 from £468.")) == 1
    assert findings("The fare will rise 7.5% to £503 from £468.") == []
    assert findings("The fare will rise 9.5% to £512 from £468.") == []


def test_a_multiplier_allows_the_tolerance_of_what_it_adds() -> None:
    text = "It had $870 million in revenue last year and expects to double that to {}."
    # Doubling adds 100%: at 2% that is a factor of 1.98 to 2.02.
    assert findings(text.format("$1.75 billion")) == []
    (finding,) = findings(text.format("$2 billion"))
    assert finding.message == (
        "'double that' from '$870 million' gives $1.74 billion (1.74-1.74), not '$2 billion'"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The margin rose 3 percentage points to 15% from 10%.",
        "The margin fell 50 basis points to 15% from 10%.",
        "Revenue doubled to $3 billion.",
        "Revenue rose 25% to $150 million.",
        "Revenue rose 25% from $100 million.",
        "Meta's shares rose nearly 1% on the news.",
        "Revenue rose 25% to 30%.",
        "Revenue doubled to €3 billion from $1 billion.",
        "Revenue doubled to 30% from $1 billion.",
        "Revenue roughly doubled to $3 billion from $1 billion.",
        "Double-digit growth took revenue to $3 billion from $1 billion.",
        "Revenue doubled to $3 billion. Costs fell from $1 billion.",
        "Revenue was $1 billion. The stock doubled this year to $300.",
    ],
)
def test_points_missing_or_unlike_endpoints_are_not_checked(text: str) -> None:
    assert findings(text) == []


def test_percent_change_between_percentages_may_mean_points() -> None:
    assert findings("Its margin rose 2% to 12% from 10%.") == []
    assert len(findings("Its margin rose 50% to 12% from 10%.")) == 1


def test_each_change_takes_the_endpoints_of_its_own_clause() -> None:
    text = (
        "Profit fell 10% to $9 million from $10 million, and revenue rose 25% "
        "to $150 million from $100 million."
    )
    (finding,) = findings(text)
    assert finding.primary.quantity.text == "$150 million"
    assert findings(text.replace("$150", "$125")) == []


def test_falling_tenfold_divides() -> None:
    assert findings("Revenue fell tenfold to $10 million from $100 million.") == []
    assert findings("The unit saw a tenfold drop to $10 million from $100 million.") == []


def test_only_shared_seeds_double_that_may_be_reported() -> None:
    if not SEEDS.is_dir():
        pytest.skip("shared seeds are not present")
    documents = [
        parse_document(p.read_text(encoding="utf-8"), str(p)) for p in sorted(SEEDS.iterdir())
    ]
    fired = [d for d in check_documents(documents).diagnostics if d.rule == RULE_ID]
    assert all("double that" in d.message for d in fired), [d.message for d in fired]


@settings(max_examples=200, deadline=None)
@given(
    start=st.integers(10, 900),
    percent=st.integers(1, 300),
    down=st.booleans(),
)
def test_arithmetic_that_holds_passes_and_a_fifth_off_is_flagged(
    start: int, percent: int, down: bool
) -> None:
    if down:
        percent = min(percent, 80)
    factor = 1 - percent / 100 if down else 1 + percent / 100
    verb = "fell" if down else "rose"

    def text(end: float) -> str:
        return f"Revenue {verb} {percent}% to ${end:.2f} million from ${start} million."

    assert findings(text(start * factor)) == []
    assert len(findings(text(start * factor * 1.25))) == 1


def test_a_long_sentence_full_of_changes_is_checked_whole() -> None:
    document = parse_document("Revenue" + " and doubled that to $5 million" * 2000 + ".")
    corpus = Corpus([], [document], [extract_quantities(document)], [sentences(document.prose)])
    found = list(check(ChangeRule(kind="change", message=MESSAGE), corpus))
    assert len(found) == 1999  # each "double that" from the figure before it


@settings(max_examples=100, deadline=None)
@given(noisy_text())
def test_noise_never_breaks_the_check(text: str) -> None:
    for finding in findings(text):
        assert finding.primary.location.line >= 1
