"""Suppression comments: accept a finding in the article where it stands.

A directive is an HTML comment on one line, in Markdown and plain text alike:

* ``<!-- factlint-disable-next-line RULE, ... -->`` silences the rules on the
  next line that is not blank;
* ``<!-- factlint-disable RULE, ... -->`` silences them from its own line up
  to and including the line of a ``<!-- factlint-enable RULE, ... -->`` that
  names the same rules, or to the end of the file.  A ``factlint-enable``
  naming no rule ends every range still open.

A RULE is a rule id (``deals.implied-valuation``) or a pack name (``deals``)
for every rule of the pack; a directive naming no rule silences all rules.

A diagnostic is silenced when its primary location or any of its related
locations starts on a line silenced for its rule.  A discrepancy sets a
figure in one article against a figure in another, and the author who knows
why both are right (a later report, another accounting basis) may own either
article; so a directive on either side accepts the whole finding, and no one
has to edit an article that is not theirs to silence it.

In Markdown a comment is a directive only where Markdown reads it as a
comment: not inside fenced, indented or inline code, raw HTML blocks such as
``<pre>``, or front matter, so a page that shows the syntax does not silence
itself.  The prose mask blanks code and comments alike, so each candidate is
overwritten with letters in a copy of the text and the copy is masked again:
the candidate is a comment where its letters come out as prose.  A line
starting with a letter or with ``<!--`` is neither a fence, a list item nor
indentation, so the copy has the same code blocks as the original.

Every directive that silenced nothing is reported as
``factlint.unused-suppression`` (info), so stale ones are noticed and
removed; every malformed one as ``factlint.bad-suppression`` (warning),
because a typo would otherwise silence nothing without a word.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict

from factlint.claims import Location
from factlint.diagnostics import Diagnostic
from factlint.documents import Document, parse_document
from factlint.rulepacks import names_rule
from factlint.severity import Severity

__all__ = [
    "BAD_SUPPRESSION",
    "SUPPRESSION_RULES",
    "UNUSED_SUPPRESSION",
    "Comment",
    "Directive",
    "Parsed",
    "Suppression",
    "apply_suppressions",
    "find_comments",
    "parse_suppressions",
]

UNUSED_SUPPRESSION = "factlint.unused-suppression"
BAD_SUPPRESSION = "factlint.bad-suppression"
SUPPRESSION_RULES = {
    UNUSED_SUPPRESSION: "A suppression comment that silenced nothing in this run.",
    BAD_SUPPRESSION: "A suppression comment factlint cannot read.",
}

Action = Literal["disable-next-line", "disable", "enable"]
_ACTIONS: dict[str, Action] = {
    "disable-next-line": "disable-next-line",
    "disable": "disable",
    "enable": "enable",
}
_PREFIX = "factlint-"
_COMMENT = re.compile(r"<!--(.*?)-->")  # "." stops at line breaks: one line only
_RULE = re.compile(r"[\w-]+(?:\.[\w-]+)*")


class Comment(Location):
    """A comment that reads as a suppression directive: where it is and what it says."""

    text: str

    def report(self, rule: str, severity: Severity, message: str) -> Diagnostic:
        """Make a diagnostic about this comment, so problems point at the directive."""
        return Diagnostic.at(self, rule, severity, message, fact="")


class Directive(BaseModel):
    """A well-formed directive: what it does and to which rules (none: all)."""

    model_config = ConfigDict(frozen=True)

    comment: Comment
    action: Action
    rules: tuple[str, ...]

    @property
    def selectors(self) -> tuple[str | None, ...]:
        """The rules one by one, None standing for every rule."""
        return self.rules or (None,)


class Suppression(BaseModel):
    """One rule (None: every rule) silenced over lines of one file by one directive."""

    model_config = ConfigDict(frozen=True)

    directive: Directive
    rule: str | None
    first_line: int
    last_line: int

    def silences(self, diagnostic: Diagnostic) -> bool:
        """Tell whether the diagnostic's rule is selected and one of its places is covered."""
        if self.rule is not None and not names_rule(self.rule, diagnostic.rule):
            return False
        places = [(diagnostic.path, diagnostic.line)]
        places += [(related.path, related.line) for related in diagnostic.related]
        return any(
            path == self.directive.comment.path and self.first_line <= line <= self.last_line
            for path, line in places
        )


class Parsed(BaseModel):
    """What a document's directives do, and the malformed ones as diagnostics.

    Plain data, so it can be kept with the rest of what is read from a
    document and applied later, when the whole run's findings are known.
    """

    model_config = ConfigDict(frozen=True)

    suppressions: tuple[Suppression, ...] = ()
    problems: tuple[Diagnostic, ...] = ()


def apply_suppressions(
    diagnostics: Iterable[Diagnostic], parsed: Iterable[Parsed]
) -> list[Diagnostic]:
    """Drop the diagnostics the documents' directives silence, and report on the directives.

    Args:
        diagnostics: The findings of a run.
        parsed: The directives of that run's documents (``parse_suppressions``).

    Returns:
        The diagnostics no directive silences, one ``factlint.bad-suppression``
        warning per malformed directive and one ``factlint.unused-suppression``
        info per directive that silenced nothing, sorted with
        ``Diagnostic.sort_key``.
    """
    results = list(parsed)
    suppressions = [s for result in results for s in result.suppressions]
    kept, used = _silence(diagnostics, suppressions)
    problems = [problem for result in results for problem in result.problems]
    found = [*kept, *problems, *_unused(suppressions, used)]
    return sorted(found, key=Diagnostic.sort_key)


def parse_suppressions(document: Document) -> Parsed:
    """Find a document's directives and the lines each one silences.

    Malformed directives silence nothing; they come back as problems.
    """
    ranges = _Ranges(document)
    for comment in find_comments(document):
        try:
            ranges.add(_directive(comment))
        except ValueError as error:
            ranges.problems.append(comment.report(BAD_SUPPRESSION, "warning", str(error)))
    return ranges.finish()


def find_comments(document: Document) -> list[Comment]:
    """Find the comments starting with ``factlint-``, outside code in Markdown.

    See the module docstring for how code is told from comments.
    """
    found = [m for m in _COMMENT.finditer(document.text) if _is_candidate(m)]
    if document.markup == "markdown" and found:
        copy = _COMMENT.sub(_letters, document.text)
        prose = parse_document(copy, document.path, "markdown").prose
        found = [m for m in found if not prose[m.start()].isspace()]
    return [_comment(document, match) for match in found]


def _is_candidate(match: re.Match[str]) -> bool:
    """Tell whether a comment means to be a directive (well-formed or not)."""
    return match.group(1).lstrip().startswith(_PREFIX)


def _letters(match: re.Match[str]) -> str:
    """Overwrite a candidate comment with letters, leaving other comments as they are."""
    return "x" * len(match.group()) if _is_candidate(match) else match.group()


def _comment(document: Document, match: re.Match[str]) -> Comment:
    """Locate a comment in its document."""
    line, column = document.line_column(match.start())
    end_line, end_column = document.line_column(match.end())
    return Comment(
        path=document.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=match.group(1).strip(),
    )


def _directive(comment: Comment) -> Directive:
    """Read a candidate comment as a directive.

    Raises:
        ValueError: Saying what is malformed, for the bad-suppression report.
    """
    word, *rest = comment.text.split(maxsplit=1)
    action = _ACTIONS.get(word.removeprefix(_PREFIX))
    if action is None:
        raise ValueError(_unknown(word))
    rules = tuple(item.strip() for item in rest[0].split(",")) if rest else ()
    for rule in rules:
        if not _RULE.fullmatch(rule):
            raise ValueError(_bad_rule(rule))
    return Directive(comment=comment, action=action, rules=rules)


def _bad_rule(rule: str) -> str:
    """Say why a listed rule cannot be one, with the likely slip."""
    if not rule:
        return "an empty rule name (a stray comma?)"
    hint = " (separate rules with commas)" if len(rule.split()) > 1 else ""
    return f"{rule!r} is not a rule id or a pack name{hint}"


def _unknown(word: str) -> str:
    """Say that a directive word is unknown, suggesting the closest known one."""
    close = difflib.get_close_matches(word.removeprefix(_PREFIX), list(_ACTIONS), n=1)
    known = ", ".join(_PREFIX + action for action in _ACTIONS)
    hint = f" (did you mean '{_PREFIX}{close[0]}'?)" if close else f" (known: {known})"
    return f"unknown directive '{word}'{hint}"


def _written(action: Action, rules: Iterable[str | None]) -> str:
    """Spell a directive as its comment would, naming only the given rules."""
    names = ", ".join(rule for rule in rules if rule)
    return f"{_PREFIX}{action} {names}".rstrip()


class _Ranges:
    """Turn a document's directives, in order, into suppressions.

    Ranges are kept per rule (None: every rule), so ``disable deals`` is
    ended by ``enable deals`` or by an ``enable`` naming no rule.
    """

    def __init__(self, document: Document) -> None:
        self.lines = document.text.split("\n")
        self.open: dict[str | None, Directive] = {}
        self.found: list[Suppression] = []
        self.problems: list[Diagnostic] = []

    def add(self, directive: Directive) -> None:
        """Take the next directive of the document."""
        if directive.action == "disable-next-line":
            self._next_line(directive)
        elif directive.action == "disable":
            self._disable(directive)
        else:
            self._enable(directive)

    def finish(self) -> Parsed:
        """End the ranges still open at the end of the file and return the result."""
        for rule in list(self.open):
            self._close(rule, len(self.lines))
        return Parsed(suppressions=tuple(self.found), problems=tuple(self.problems))

    def _next_line(self, directive: Directive) -> None:
        after = directive.comment.end_line
        lines = enumerate(self.lines[after:], after + 1)
        target = next((number for number, text in lines if text.strip()), None)
        if target is None:
            written = _written(directive.action, directive.rules)
            self._problem(directive, f"{written} has no line after it")
            return
        self.found += [
            Suppression(directive=directive, rule=rule, first_line=target, last_line=target)
            for rule in directive.selectors
        ]

    def _disable(self, directive: Directive) -> None:
        for rule in directive.selectors:
            if rule in self.open:
                since = self.open[rule].comment.line
                cause = f"{_written('disable', [rule])} is already in effect (since line {since})"
                self._problem(directive, cause)
            else:
                self.open[rule] = directive

    def _enable(self, directive: Directive) -> None:
        closing: list[str | None] = [*directive.rules] or [*self.open]
        missing = [rule for rule in closing if rule not in self.open]
        if missing or not closing:
            cause = f"{_written('enable', missing)} has no factlint-disable to end"
            self._problem(directive, cause)
        for rule in closing:
            if rule in self.open:
                self._close(rule, directive.comment.line)

    def _close(self, rule: str | None, last_line: int) -> None:
        directive = self.open.pop(rule)
        first_line = directive.comment.line
        self.found.append(
            Suppression(directive=directive, rule=rule, first_line=first_line, last_line=last_line)
        )

    def _problem(self, directive: Directive, message: str) -> None:
        self.problems.append(directive.comment.report(BAD_SUPPRESSION, "warning", message))


def _silence(
    diagnostics: Iterable[Diagnostic], suppressions: list[Suppression]
) -> tuple[list[Diagnostic], set[Suppression]]:
    """Split off the silenced diagnostics; return the rest and the suppressions used."""
    kept: list[Diagnostic] = []
    used: set[Suppression] = set()
    for diagnostic in diagnostics:
        silencing = {s for s in suppressions if s.silences(diagnostic)}
        used |= silencing
        if not silencing:
            kept.append(diagnostic)
    return kept, used


def _unused(suppressions: list[Suppression], used: set[Suppression]) -> list[Diagnostic]:
    """Report each directive with rules that silenced nothing, naming those rules."""
    idle: dict[Directive, list[str | None]] = {}
    for suppression in suppressions:
        if suppression not in used:
            idle.setdefault(suppression.directive, []).append(suppression.rule)
    return [
        directive.comment.report(
            UNUSED_SUPPRESSION, "info", f"{_written(directive.action, rules)} silenced nothing"
        )
        for directive, rules in idle.items()
    ]
