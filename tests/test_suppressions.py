import pytest

from factlint.diagnostics import Diagnostic, Related
from factlint.documents import parse_document
from factlint.linter import check_documents
from factlint.suppressions import (
    BAD_SUPPRESSION,
    UNUSED_SUPPRESSION,
    apply_suppressions,
    find_comments,
    parse_suppressions,
)

VALUATION = "deals.implied-valuation"
STAKE = "deals.stake-agrees"
REVENUE = "financials.revenue-agrees"


def related(path: str, line: int) -> Related:
    return Related(
        path=path, line=line, column=1, end_line=line, end_column=6, message="states '$2 billion'"
    )


def finding(line: int, rule: str = VALUATION, path: str = "a.md", *others: Related) -> Diagnostic:
    return Diagnostic(
        rule=rule,
        severity="warning",
        path=path,
        line=line,
        column=1,
        end_line=line,
        end_column=6,
        message=f"finding on line {line}",
        fact="deals.valuation of Acme",
        related=others,
    )


def lines(*rows: str) -> str:
    return "\n".join(rows) + "\n"


def kept(text: str, *diagnostics: Diagnostic, path: str = "a.md") -> list[Diagnostic]:
    """Apply the text's directives; return the diagnostics of rules (not directives)."""
    result = apply_suppressions(diagnostics, [parse_suppressions(parse_document(text, path))])
    return [d for d in result if not d.rule.startswith("factlint.")]


def reports(text: str, *diagnostics: Diagnostic, path: str = "a.md") -> list[Diagnostic]:
    result = apply_suppressions(diagnostics, [parse_suppressions(parse_document(text, path))])
    return [d for d in result if d.rule.startswith("factlint.")]


ARTICLE = lines(
    "Acme sold a 30% stake.",
    "<!-- factlint-disable-next-line deals.implied-valuation -->",
    "",
    "Acme was valued at $8 billion.",
    "Acme raised $3 billion.",
)


def test_next_line_silences_the_next_non_blank_line_only():
    assert [d.line for d in kept(ARTICLE, finding(1), finding(4), finding(5))] == [1, 5]


def test_next_line_does_not_silence_its_own_line():
    text = lines("Acme was valued at $8 billion. <!-- factlint-disable-next-line -->", "Later.")
    assert [d.line for d in kept(text, finding(1), finding(2))] == [1]


def test_next_line_silences_only_its_rule():
    assert [d.rule for d in kept(ARTICLE, finding(4, STAKE), finding(4))] == [STAKE]


def test_a_directive_in_one_file_does_not_silence_another():
    result = apply_suppressions(
        [finding(4, VALUATION, "b.md")],
        [
            parse_suppressions(parse_document(ARTICLE, "a.md")),
            parse_suppressions(parse_document(ARTICLE.replace("<", "("), "b.md")),
        ],
    )
    assert [(d.path, d.rule) for d in result] == [
        ("a.md", UNUSED_SUPPRESSION),
        ("b.md", VALUATION),
    ]


RANGE = lines(
    "Line one.",
    "<!-- factlint-disable deals -->",
    "Line three.",
    "Line four.",
    "<!-- factlint-enable deals -->",
    "Line six.",
)


def test_a_range_runs_from_disable_to_enable_both_lines_included():
    found = kept(RANGE, *(finding(n) for n in range(1, 7)))
    assert [d.line for d in found] == [1, 6]


def test_a_range_never_enabled_runs_to_the_end_of_the_file():
    text = lines("Line one.", "<!-- factlint-disable -->", "Line three.", "", "Line five.")
    assert [d.line for d in kept(text, finding(1), finding(3), finding(5))] == [1]


def test_enable_naming_no_rule_ends_every_range():
    text = lines(
        "<!-- factlint-disable deals -->",
        "<!-- factlint-disable financials -->",
        "Line three.",
        "<!-- factlint-enable -->",
        "Line five.",
    )
    diagnostics = [finding(3), finding(3, REVENUE), finding(5), finding(5, REVENUE)]
    assert [(d.line, d.rule) for d in kept(text, *diagnostics)] == [(5, VALUATION), (5, REVENUE)]
    assert reports(text, *diagnostics) == []


def test_enable_of_one_rule_leaves_the_others_silenced():
    text = lines(
        "<!-- factlint-disable deals, financials -->",
        "<!-- factlint-enable financials -->",
        "Line three.",
    )
    assert [d.rule for d in kept(text, finding(3), finding(3, REVENUE))] == [REVENUE]


@pytest.mark.parametrize(
    ("named", "silenced"),
    [
        ("deals", {VALUATION, STAKE}),
        ("deals.implied-valuation", {VALUATION}),
        ("deal", set()),
        ("deals.implied", set()),
        ("financials, deals.stake-agrees", {REVENUE, STAKE}),
        ("", {VALUATION, STAKE, REVENUE}),
    ],
)
def test_rules_are_named_by_id_or_by_pack(named, silenced):
    text = lines(f"<!-- factlint-disable-next-line {named} -->", "Acme was valued at $8 billion.")
    diagnostics = [finding(2, rule) for rule in (VALUATION, STAKE, REVENUE)]
    assert {d.rule for d in kept(text, *diagnostics)} == {VALUATION, STAKE, REVENUE} - silenced


def test_a_related_location_on_a_silenced_line_silences_the_diagnostic():
    diagnostic = finding(7, VALUATION, "b.md", related("b.md", 9), related("a.md", 4))
    result = apply_suppressions(
        [diagnostic],
        [
            parse_suppressions(parse_document(ARTICLE, "a.md")),
            parse_suppressions(parse_document("Text.\n", "b.md")),
        ],
    )
    assert result == []


def test_a_related_location_elsewhere_does_not_silence():
    diagnostic = finding(7, VALUATION, "b.md", related("a.md", 5))
    assert kept(ARTICLE, diagnostic) == [diagnostic]


@pytest.mark.parametrize(
    "text",
    [
        lines("```markdown", "<!-- factlint-disable -->", "```", "Acme."),
        lines("~~~", "<!-- factlint-disable -->", "~~~", "Acme."),
        lines("Acme.", "", "    <!-- factlint-disable -->", "", "Acme."),
        lines("Write `<!-- factlint-disable -->` to silence a finding.", "Acme."),
        lines("<pre>", "<!-- factlint-disable -->", "</pre>", "Acme."),
        lines("---", "note: <!-- factlint-disable -->", "---", "Acme."),
    ],
    ids=["backtick-fence", "tilde-fence", "indented", "inline-code", "pre", "front-matter"],
)
def test_comments_in_code_are_not_directives(text):
    document = parse_document(text, "a.md")
    assert find_comments(document) == []
    assert kept(text, finding(4)) == [finding(4)]


@pytest.mark.parametrize(
    "text",
    [
        lines("> <!-- factlint-disable -->", "> Acme was valued at $8 billion."),
        lines("- <!-- factlint-disable -->", "- Acme was valued at $8 billion."),
        lines("```", "code", "```", "<!-- factlint-disable -->"),
        lines("Acme <!-- a note --> and <!-- factlint-disable --> more."),
    ],
    ids=["quote", "list", "after-a-fence", "after-another-comment"],
)
def test_comments_in_prose_are_directives(text):
    document = parse_document(text, "a.md")
    assert [c.text for c in find_comments(document)] == ["factlint-disable"]


def test_plain_text_has_no_code_so_every_comment_counts():
    text = lines("    <!-- factlint-disable-next-line deals -->", "Acme was valued at $8 billion.")
    in_text, in_markdown = finding(2, VALUATION, "notes.txt"), finding(2, VALUATION, "notes.md")
    assert kept(text, in_text, path="notes.txt") == []
    assert kept(text, in_markdown, path="notes.md") == [in_markdown]


def test_a_comment_spanning_lines_is_not_a_directive():
    text = lines("<!--", "factlint-disable", "-->", "Acme.")
    assert find_comments(parse_document(text, "a.md")) == []


def test_an_unused_directive_is_reported_at_the_comment():
    text = lines("Intro.", "Acme was valued. <!-- factlint-disable-next-line deals -->", "More.")
    [report] = reports(text)
    assert report.model_dump() == {
        "rule": UNUSED_SUPPRESSION,
        "severity": "info",
        "path": "a.md",
        "line": 2,
        "column": 18,
        "end_line": 2,
        "end_column": 59,
        "message": "factlint-disable-next-line deals silenced nothing",
        "fact": "",
        "related": (),
    }


def test_an_unused_report_names_only_the_rules_that_silenced_nothing():
    text = lines("<!-- factlint-disable-next-line deals, financials, breakdowns -->", "Acme.")
    [report] = reports(text, finding(2))
    assert report.message == "factlint-disable-next-line financials, breakdowns silenced nothing"


def test_an_unused_directive_for_all_rules_names_none():
    [report] = reports(lines("<!-- factlint-disable -->", "Acme."))
    assert report.message == "factlint-disable silenced nothing"


def test_a_directive_that_silenced_something_is_not_reported():
    assert reports(ARTICLE, finding(4)) == []


def test_directives_on_both_sides_of_a_finding_are_both_used():
    diagnostic = finding(4, VALUATION, "a.md", related("b.md", 4))
    documents = [
        parse_suppressions(parse_document(ARTICLE, "a.md")),
        parse_suppressions(parse_document(ARTICLE, "b.md")),
    ]
    assert apply_suppressions([diagnostic], documents) == []


def test_a_directive_on_another_line_of_the_other_side_is_unused():
    diagnostic = finding(4, VALUATION, "a.md", related("b.md", 5))
    documents = [
        parse_suppressions(parse_document(ARTICLE, "a.md")),
        parse_suppressions(parse_document(ARTICLE, "b.md")),
    ]
    result = apply_suppressions([diagnostic], documents)
    assert [(d.path, d.line, d.rule) for d in result] == [("b.md", 2, UNUSED_SUPPRESSION)]


@pytest.mark.parametrize(
    ("comment", "message"),
    [
        (
            "factlint-disable-nextline deals",
            "unknown directive 'factlint-disable-nextline'"
            " (did you mean 'factlint-disable-next-line'?)",
        ),
        (
            "factlint-silence",
            "unknown directive 'factlint-silence'"
            " (known: factlint-disable-next-line, factlint-disable, factlint-enable)",
        ),
        ("factlint-disable deals,,financials", "an empty rule name (a stray comma?)"),
        (
            "factlint-disable deals financials",
            "'deals financials' is not a rule id or a pack name (separate rules with commas)",
        ),
        ("factlint-disable deals/x", "'deals/x' is not a rule id or a pack name"),
        ("factlint-enable", "factlint-enable has no factlint-disable to end"),
        ("factlint-enable deals", "factlint-enable deals has no factlint-disable to end"),
    ],
)
def test_a_malformed_directive_is_a_warning_and_silences_nothing(comment, message):
    text = lines(f"<!-- {comment} -->", "Acme was valued at $8 billion.")
    assert kept(text, finding(2)) == [finding(2)]
    [report] = reports(text, finding(2))
    assert (report.rule, report.severity, report.line, report.fact) == (
        BAD_SUPPRESSION,
        "warning",
        1,
        "",
    )
    assert report.message == message


def test_disabling_a_rule_twice_is_reported_and_the_first_range_holds():
    text = lines(
        "<!-- factlint-disable deals -->",
        "Line two.",
        "<!-- factlint-disable deals -->",
        "Line four.",
    )
    assert kept(text, finding(2), finding(4)) == []
    [report] = reports(text, finding(2))
    assert (report.rule, report.line) == (BAD_SUPPRESSION, 3)
    assert report.message == "factlint-disable deals is already in effect (since line 1)"


def test_next_line_at_the_end_of_the_file_is_reported():
    [problem] = parse_suppressions(
        parse_document("Acme.\n<!-- factlint-disable-next-line -->\n\n")
    ).problems
    assert problem.message == "factlint-disable-next-line has no line after it"


def test_the_result_is_sorted_with_the_reports_in_place():
    text = lines("<!-- factlint-disable-nextline -->", "Acme.", "<!-- factlint-disable -->")
    result = apply_suppressions(
        [finding(2, REVENUE), finding(1)], [parse_suppressions(parse_document(text, "a.md"))]
    )
    assert [(d.line, d.rule) for d in result] == [
        (1, VALUATION),
        (1, BAD_SUPPRESSION),
        (2, REVENUE),
        (3, UNUSED_SUPPRESSION),
    ]


def test_without_directives_the_diagnostics_pass_through_sorted():
    diagnostics = [finding(5), finding(2, REVENUE), finding(2)]
    result = apply_suppressions(
        diagnostics, [parse_suppressions(parse_document("No comments here.\n", "a.md"))]
    )
    assert result == sorted(diagnostics, key=Diagnostic.sort_key)


EARLY = lines("# Acme results", "", "Acme Corp reported revenue of $2 billion in 2025.")
LATE = lines("# Acme results", "", "Acme Corp had 2025 revenue of $2.5 billion, the company said.")


def check(first: str, second: str) -> list[Diagnostic]:
    """Check two articles; the linter applies their suppression comments."""
    documents = [parse_document(first, "early.md"), parse_document(second, "late.md")]
    return list(check_documents(documents).diagnostics)


def test_a_real_contradiction_is_found_without_a_directive():
    assert [(d.rule, d.path) for d in check(EARLY, LATE)] == [(REVENUE, "late.md")]


@pytest.mark.parametrize("side", ["early", "late"])
def test_a_real_contradiction_is_silenced_from_either_article(side):
    directive = "<!-- factlint-disable-next-line financials.revenue-agrees -->\n"
    early = EARLY.replace("Acme Corp", directive + "Acme Corp") if side == "early" else EARLY
    late = LATE.replace("Acme Corp", directive + "Acme Corp") if side == "late" else LATE
    assert check(early, late) == []
