"""Kind ``total``: the parts of a breakdown add up to 100% or to the stated total.

A breakdown splits one whole into parts, in one sentence or one list:

- three or more percentages joined as parallel items ("45% of revenue,
  subscriptions 30% and services 35%") near a word that marks one whole
  ("split", "breakdown", "made up of", "accounted for", "share of", "of
  revenue"), or two or more with "the rest" or "the remaining N%";
- a list whose lines each hold one percentage, introduced or labelled with
  such a word, or with an "Other" or "Rest" item;
- a money total ("the $10 billion package", "a total of $10 billion") and
  two or more money parts after "includes", "of which", "split into", ":".

Each part allows its rounding interval.  Listed parts may not cover the
whole, so they are reported only when even their lowest sum exceeds it;
parts that claim to cover it ("the remaining 30%", an "Other" item, "split
into") must also be able to reach it, unless they are holdings once a deal
closes ("will hold 51% once the deal closes, with the remaining 24% held by
pension funds"), which leave out the part the deal sells.  Percentages that are changes ("rose
5%"), rates ("a 5% margin"), or shares of different wholes ("45% of men, 60%
of women", "45% in 2023, 50% in 2024", "45% in the US, 30% in Europe"
without a word like "split") are never summed: in doubt, nothing is said.

Options: ``facts`` (at most one fact id for findings and unbound parts),
plus ``severity``, ``message``, ``tolerance``.  Message fields: ``{parts}``
(the parts' texts joined by " + "), ``{sum}`` (their sum), ``{total}`` (the
total's text, or "100%").

    kind: total
    message: "the parts {parts} add up to {sum}, not {total}"

FAIL: "Advertising brought in 45% of revenue, subscriptions 30% and services
35%."; "The $10 billion package includes $7 billion for roads and $5 billion
for rail."
PASS: "The fund is split 60% equities, 30% bonds and 10% cash."; "Sales rose
50%, 40% and 30% in the three quarters."
"""

from __future__ import annotations

import bisect
import string
from collections.abc import Iterator, Mapping, Sequence
from typing import Literal, NamedTuple

import regex
from pydantic import Field

from factlint.claims import Claim, Location
from factlint.claims.text import REST_BEFORE
from factlint.diagnostics import Finding
from factlint.documents import Document
from factlint.documents.sentences import Span
from factlint.figures import amount
from factlint.kinds.base import Corpus, RuleBase, fill
from factlint.lazyregex import compile_lazily
from factlint.quantities import Quantity

__all__ = ["SCOPE", "FIELDS", "KIND", "TotalRule", "check"]

KIND = "total"
SCOPE = "document"  # a breakdown stands in one sentence or list
FIELDS = ("parts", "sum", "total")

_I = regex.I


def _words(words: str, before: str = r"\b", after: str = r"\b") -> regex.Pattern[str]:
    """Compile a word list (patterns split on spaces) into one case-insensitive pattern."""
    return compile_lazily(rf"{before}(?:{'|'.join(words.split())}){after}", _I)


_SPLIT = (  # words that say the parts partition one whole
    r"split(?:s|ting)? divid(?:e|es|ed|ing) broken\s+down break(?:s|ing)?\s+down break-?down"
    r" compris\w* composed\s+of"
    r" composition consist\w*\s+of made\s+up\s+of makes?\s+up allocat\w* went\s+to came\s+from"
    r" the\s+(?:rest|remainder)"
)
_PARTITION = _words(_SPLIT)
# "of revenue", "of its total sales": the whole a share is of.
_OF_A_WHOLE = (
    r"of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?(?:total"
    r"|whole|revenues?|sales|income|turnover|budget|spending|portfolio|assets|proceeds"
    r"|bills?|costs?|capital|money|cash|funds?|funding)"
)
_WHOLE = _words(
    _SPLIT + r" account(?:s|ed|ing)?\s+for shares?\s+of \w+['’]s\s+share mix"
    r" (?:market|vote|revenue|sales|profit)\s+shares?"
    rf" {_OF_A_WHOLE}"
    r" by\s+(?:segment|region|sector|source|category|division|business|unit|product|channel"
    r"|country|type)"
)
_REST_AFTER = _words(
    r"rest remainder balance others? everything\s+else",
    before=r"\A\s*(?:(?:for|to|in|on|from)\s+)?(?:the\s+)?",
    after=r"\b(?!\s+(?:of|[a-z]))",
)
_REST_LATER = _words(r"the\s+(?:rest|remainder|balance)")
_REST_LABEL = _words(
    r"others? (?:the\s+)?rest remainder remaining everything\s+else rest\s+of\s+(?:the\s+)?world",
    before=r"(?:all\s+)?",
    after="",
)
_GROWTH = _words(
    r"ris(?:e|es|en|ing) rose f[ae]ll(?:s|en|ing)? gr[eo]w(?:s|n|ing|th)? increas\w* decreas\w*"
    r" (?<!\b(?:made|make|makes|making|split|broken)\s+)up"
    r" (?<!\b(?:broken|breaks?|breaking)\s+)down gain\w*"
    r" jump\w* climb\w* surg(?:e|es|ed|ing) soar\w* drop\w* declin\w* slip\w* slid plung\w*"
    r" tumbl\w* rall\w* boost\w* cut rais(?:e|es|ing) higher lower more less fewer chang\w*"
    r" shr[iau]nk\w* expand\w* a\s+year per\s+(?:year|annum) annually year-(?:on|over)-year yoy"
)
# "20% off" is a rate, but no "one-off" or "off-peak" item.
_RATE = _words(
    r"margins? rates? yields? interest inflation tax\w* tariffs? discounts? returns? (?<!-)off(?!-)"
    r" probabilit\w* chances? odds likel\w* unemploy\w* turnout approv(?:als?|es?)"
)  # "an approval rating of 45%", "45% approve"; a budget "approved by the board" is no rate
_SERIES = _words(  # one ratio per place or period: "market share by region"
    r"shares? percentages? proportions?", after=r"\b[^\n]{0,40}?\b(?:by|per|in\s+each|across)\b"
)
# Times the figures may be set at, by the part of a date they name: two of
# one part ("2023 ... 2024", "March ... June") are two times, one ratio each;
# "the year to June 2025" is one time.
_TIME = compile_lazily(
    r"\b(?:(?P<year>(?:19|20)\d\d)|(?P<quarter>[QH][1-4]|first|second|third|fourth)"
    r"|(?P<relative>(?:last|this|next|previous)\s+(?:year|quarter|month))"
    r"|(?P<month>Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))\b",
    _I,
)
_OF = compile_lazily(  # "45% of men, 60% of women": each figure names its own whole
    r"\A\s*of\s+(?:(?:the|its|their|this|that|all|total)\s+)*([a-z][\w-]*)", _I
)
_PREP = r"(?:among|in|across|at|during)\s+(?:(?:the|its|their|all|total)\s+)*([\w-]+)"
_CONTEXT_AFTER = compile_lazily(rf"\A\s*{_PREP}", _I)
_CONTEXT_BEFORE = compile_lazily(rf"\b{_PREP}[\s,:]*\Z", _I)
_LEADS = r"from to by than vs versus between"
_LEADS_IN = _words(_LEADS + " at", after=r"\s*\Z")
# Where the words say the parts split one whole, "at" names each part's share:
# "split between obesity at 45%, oncology at 30% and other programmes at 25%".
_LEADS_IN_SPLIT = _words(_LEADS, after=r"\s*\Z")
_JOINER = _words(r"and plus while whereas with", before=r"[,;]|\b")
_TOTAL_AFTER = compile_lazily(  # "$10 billion (stimulus) package", "$5m in total"
    r"\A\s*(?:in\s+total|in\s+all|altogether|(?:(?!(?:for|to|in|of|on)\b)[\w-]+\s+){0,2}"
    r"(?:package|total|budget|deal|plan|programm?e?|fund|bill|round|investment))\b",
    _I,
)
_TOTAL_BEFORE = _words(r"total\s+of totall?ing", after=r"\s*\Z")
_CONNECTOR = _words(  # group "whole": the parts make up all of the total
    r"includ(?:es|ed|ing) of\s+which (?P<whole>(?:split|divided|broken\s+down)\s+into"
    r"|consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing)|made\s+up\s+of)",
    after=r"\b|:",
)
_MARKER = compile_lazily(r"\A[^\S\n]{0,3}(?:>[^\S\n]?)*(?:[-*+•]|\d{1,3}[.)])\s")
_CONTINUES = compile_lazily(r"(?:[,;]|\b(?:and|or|of|to|the|a))\Z", _I)
_LINE = compile_lazily(r"[^\n]+")
_NUMBERED = compile_lazily(r"\A\d{1,3}[.)]")
_PUNCTUATION = string.punctuation + string.whitespace + "•–—"
_WINDOW = 40  # characters read on each side of a figure for cues


class TotalRule(RuleBase):
    """The parts of a breakdown must add up to 100% or to the stated total."""

    kind: Literal["total"]
    facts: tuple[str, ...] = Field(
        default=(),
        max_length=1,
        description="The fact findings and unbound parts are filed under; by default "
        '"breakdowns.share" for percentages and "breakdowns.total" for money.',
    )


class _Group(NamedTuple):
    """One breakdown: its parts, its total (None: 100%), whether the parts cover it."""

    parts: tuple[Quantity, ...]
    total: Quantity | None = None
    exhaustive: bool = False


Item = tuple[Span, Quantity]  # a figure and the sentence or line it stands in


def check(rule: TotalRule, corpus: Corpus) -> Iterator[Finding]:
    """Yield one finding per breakdown whose parts cannot add up to its whole."""
    bound = {(c.location.path, c.quantity.start): c for c in corpus.claims}
    for document, quantities, spans in zip(
        corpus.documents, corpus.quantities, corpus.sentences, strict=False
    ):
        for group in _breakdowns(document.prose, quantities, spans):
            if _left_by_deal(
                document.prose, group, [bound.get((document.path, q.start)) for q in group.parts]
            ):
                group = group._replace(exhaustive=False)
            if _contradicts(group, rule.tolerance):
                yield _finding(rule, document, group, bound)


def _left_by_deal(prose: str, group: _Group, claims: Sequence[Claim | None]) -> bool:
    """Tell whether a breakdown's parts hold what a deal leaves ("51% once the deal closes").

    Such holdings leave out the part the deal sells, told elsewhere, so
    "the remaining 24%" among them claims no whole; that rest alone, held
    after the deal as it is, says no deal left the other parts.
    """
    return group.total is None and any(
        c
        and c.period.endswith("after")
        and not REST_BEFORE.search(prose, max(0, q.start - 40), q.start)
        for q, c in zip(group.parts, claims, strict=True)
    )


def _breakdowns(prose: str, quantities: Sequence[Quantity], spans: Sequence[Span]) -> list[_Group]:
    """Find the breakdowns of one document: in sentences, then in lists."""
    starts = [q.start for q in quantities]
    found: list[_Group] = []
    for span in spans:
        inside = _within(quantities, starts, span)
        for at, run in enumerate(_runs(prose, [q for q in inside if _plain(q, "percent")])):
            group = _sentence_group(prose, span, run)
            if group and at and group.exhaustive:
                # "X holds 61.2% of the company; funds hold 21.4% and the remaining
                # 17.4% ...": a part before may belong to the list, so it may only exceed.
                group = group._replace(exhaustive=False)
            found += filter(None, [group])
        found += _money_groups(prose, span, [q for q in inside if _plain(q, "money")])
    used = {q.start for group in found for q in group.parts}
    lists = _list_groups(prose, quantities, starts)
    return found + [g for g in lists if not used & {q.start for q in g.parts}]


def _within(quantities: Sequence[Quantity], starts: list[int], span: Span) -> list[Quantity]:
    """Return the quantities that start inside a span."""
    first = bisect.bisect_left(starts, span.start)
    return list(quantities[first : bisect.bisect_left(starts, span.end)])


def _plain(quantity: Quantity, kind: str) -> bool:
    """Tell whether a quantity is plain money or a plain percentage (no pp/bp/cent)."""
    return quantity.kind == kind and quantity.unit is None


def _runs(prose: str, quantities: list[Quantity]) -> Iterator[list[Quantity]]:
    """Split quantities into runs of parallel items ("45%, 30% and 25%")."""
    run: list[Quantity] = []
    for quantity in quantities:
        gap = prose[run[-1].end : quantity.start] if run else ""
        led = _lead_in(prose[max(0, run[-1].start - 12) : run[-1].start]) if run else None
        if run and not (
            _parallel(gap, led) or _same_lead(gap, prose[quantity.end : quantity.end + 12])
        ):
            yield run
            run = []
        run.append(quantity)
    if run:
        yield run


def _parallel(gap: str, led: str | None = None) -> bool:
    """Tell whether the words between two figures join them as items of one list.

    Short, with a comma or "and", and at most three words after it ("and the
    remaining 30%", ", the Lib Dems 12%"), not counting an "at" that leads
    into the part's share (", and a public grant at 20%") nor an example of
    the part (", state funds such as the Pell Grant 20%", "and services such
    as airtime and data 28%"), an article opening the item, nor more than one
    word for a name ("and the Kelso Express delivery arm 23%": a name,
    "delivery", "arm"), nor a place ending the label ("transborder routes to
    the United States 31%").  A label that leads into its share with "at", or
    with the word ``led`` that led into the part before's ("payments for
    37% and sales of its own eye drug for 25%"), marks itself as an item, so
    it may run to six words, eight after the same lead.
    """
    gap = _TAKING_UP.sub("", _EXAMPLE.sub(" ", _OF_WHOLE.sub("", gap)))
    joiners = list(_JOINER.finditer(gap)) if len(gap) <= 100 else []
    if not joiners:
        return False
    label = gap[joiners[-1].end() :]
    alike = led is not None and _lead_in(label) == led
    lead = _LEAD_IN if alike else _SHARE_AT
    item = _ARTICLE.sub("", _NAME_RUN.sub("N", _REST_OF.sub("R", lead.sub("", label))))
    item = _PLACE_LAST.sub("", item)
    longest = 8 if alike else 6 if _SHARE_AT.search(label) else 3
    return len(gap.split()) <= (12 if alike else 8) and len(item.split()) <= longest


def _lead_in(before: str) -> str | None:
    """Return the word leading into a share right after it ("payments for"), lower-cased."""
    lead = _LEAD_IN.search(before)
    return lead[1].lower() if lead else None


def _same_lead(gap: str, after: str) -> bool:
    """Tell whether a figure's long label leads in as the next figure's does.

    In "45% of the money would go to wind, 25% to networks" the words after
    the first figure end in a label led by "to", as the second figure's is:
    the two are items of one list, whatever the first one says before it;
    so are they past ", and" ("30% for sales teams in the US and Germany,
    and 25% for a plant").
    """
    lead = _LEAD.match(after)
    if lead is None or len(gap.split()) > 14:
        return False
    label = _LED_LABEL.search(gap)
    return label is not None and label[1].lower() == lead[1].lower()


_LEADS_INTO = r"(to|on|for|into|in|through|via|from|by)"
_LEAD = compile_lazily(rf"\s+{_LEADS_INTO}\s", _I)
# The label ending a figure's words, led in by one of those words: " through partner apps,".
_LED_LABEL = compile_lazily(
    rf"\s{_LEADS_INTO}\s+(?:[\w'’-]+\s+){{0,7}}?[\w'’-]+\s*,\s*(?:and\s+)?\Z", _I
)


# The rest of a whole named as one label: "and the rest of the world 10%".
_REST_OF = compile_lazily(r"\b(?:rest|remainder)\s+of\s+(?:the\s+)?[\w-]+", _I)
# A place ending a part's label: "transborder routes to the United States 31%"
# labels its part "transborder routes".
_PLACE_LAST = compile_lazily(
    r"\s+(?:to|in|from|across|within|outside)\s+(?:the\s+)?(?:N|[A-Z][\w&'’-]*)\s*\Z"
)
# An article opening a part's label: "and the Kelso Express delivery arm 23%".
_ARTICLE = compile_lazily(r"\A\s*(?:the|an?)\b", _I)


# An example named inside a part's label: "government schemes such as the Child
# Benefit Fund 21%" labels its part "government schemes".
_EXAMPLE = compile_lazily(
    r"\bsuch\s+as\s+(?:the\s+)?(?:[A-Z][\w&'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&'’-]*)*"
    r"|[a-z][\w'’-]*(?:\s+(?:(?:and|or)\s+)?[a-z][\w'’-]*){0,3}(?=\s*\Z))"
)
# The whole, its time or its use named right after the first part: "44% of its exports
# in the quarter, Chile 31%" lists Chile as the first part's fellow, as "60% of the
# proceeds to build a second line at its Alder Falls plant, 25% for research" does 25%.
_OF_WHOLE = compile_lazily(r"\A\s+of\s+[^,;\d%]{1,100}?(?=[,;])")
# A verb leading a part into its share: "the rest of the world making up the remaining".
_TAKING_UP = compile_lazily(
    r"(?i)\b(?:making\s+up|accounting\s+for|representing|contributing|comprising)\s+"
    r"(?:the\s+)?(?:(?:remaining|other|last|final)\s+)?\Z"
)
# The "at" that leads from a part to its share: "a public grant at 20%".
_SHARE_AT = compile_lazily(r"\bat\s*\Z", _I)
# Any word leading from a part to its share: "payments for", "a grant at".
_LEAD_IN = compile_lazily(r"\b(at|for|to|on|in|into|from|through|via)\s*\Z", _I)


def _sentence_group(prose: str, span: Span, run: list[Quantity]) -> _Group | None:
    """Make a run of percentages in one sentence a breakdown, if the words say it is one."""
    before, after = _around(prose, span, run[-1])
    numbered = bool(REST_BEFORE.search(before) or _REST_AFTER.match(after))
    rest = numbered or bool(_REST_LATER.search(prose, run[-1].end, span.end))
    text = prose[max(span.start, run[0].start - 100) : min(span.end, run[-1].end + _WINDOW)]
    if len(run) < (2 if rest else 3) or not (rest or _WHOLE.search(text)):
        return None
    items = [(span, q) for q in run]
    return _Group(tuple(run), None, numbered) if _shares(prose, text, items) else None


def _list_groups(prose: str, quantities: Sequence[Quantity], starts: list[int]) -> list[_Group]:
    """Find lists whose items (lines) each hold one percentage."""
    groups, run, heading, previous = [], list[Item](), "", Span(0, 0)
    for match in _LINE.finditer(prose):
        if match.group().isspace():
            continue
        line = Span(*match.span())
        inside = _within(quantities, starts, line)
        item = len(inside) == 1 and _plain(inside[0], "percent") and _is_item(match.group())
        if run and not (item and _adjacent(prose, run[-1][0], line)):
            groups.append(_list_group(prose, heading, run))
            run = []
        if item and not run:
            near = prose.count("\n", previous.end, line.start) <= 2
            heading = prose[previous.start : previous.end] if near else ""
        if item:
            run.append((line, inside[0]))
        previous = line
    groups.append(_list_group(prose, heading, run))
    return [group for group in groups if group is not None]


def _is_item(line: str) -> bool:
    """Tell whether a line is a list item: marked, or short and not a wrapped sentence."""
    short = len(line.split()) <= 8 and not _CONTINUES.search(line.rstrip()[-8:])
    return short or bool(_MARKER.match(line))


def _adjacent(prose: str, before: Span, line: Span) -> bool:
    """Tell whether two item lines follow each other (one blank line between marked items)."""
    breaks = prose.count("\n", before.end, line.start)
    marked = all(_MARKER.match(prose[s.start : s.end]) for s in (before, line))
    return breaks == 1 or (breaks == 2 and marked)


def _list_group(prose: str, heading: str, items: list[Item]) -> _Group | None:
    """Make a list a breakdown if it is introduced or labelled as one."""
    labels = [prose[line.start : q.start] + prose[q.end : line.end] for line, q in items]
    numbered = any(_REST_LABEL.fullmatch(_strip(label)) for label in labels)
    text = "\n".join([heading, *labels])
    changes = _GROWTH.search(heading) or _RATE.search(heading)
    if len(items) < (2 if numbered else 3) or not (numbered or _WHOLE.search(text)) or changes:
        return None
    parts = tuple(q for _, q in items)
    return _Group(parts, None, numbered) if _shares(prose, text, items) else None


def _strip(label: str) -> str:
    """Strip a list label of its marker, punctuation and spaces."""
    return _NUMBERED.sub("", label.strip(_PUNCTUATION)).strip(_PUNCTUATION)


def _shares(prose: str, text: str, items: Sequence[Item]) -> bool:
    """Tell whether percentages are shares of one whole: not changes, rates or many wholes."""
    contexts, wholes = set(), set()
    split = bool(_PARTITION.search(text))
    for index, (region, q) in enumerate(items):
        before, after = _around(prose, region, q)
        rated = _rated(before, after, index == 0, split)
        if (q.low or 0) < 0 or (q.high or 0) > 100 or rated or _changes(before, after, split=split):
            return False
        if found := _CONTEXT_AFTER.match(after) or _CONTEXT_BEFORE.search(before):
            contexts.add(found.group(1).lower())
        if whole := _OF.match(after):
            wholes.add(whole.group(1).lower())
    if len(contexts) > 1 and not split:
        return False  # "45% in the US, 30% in Europe": one figure per place
    return len(wholes) < 2 and _one_time(text) and not _SERIES.search(text)


def _one_time(text: str) -> bool:
    """Tell whether the times a text names are at most one of each part of a date."""
    times = {(m.lastgroup, m.group().lower()) for m in _TIME.finditer(text)}
    parts = [part for part, _ in times]
    return len(parts) == len(set(parts))


def _changes(before: str, after: str, split: bool = False) -> bool:
    """Tell whether the words around a figure make it a change, not a part.

    Words of a name ("$110 million from Northgate Growth Partners") are no cue;
    ``split`` says the words around say the parts split one whole.
    """
    before, after = _NAME_RUN.sub(" ", before), _NAME_RUN.sub(" ", after)
    leads_in = _LEADS_IN_SPLIT if split else _LEADS_IN
    return bool(leads_in.search(before) or _GROWTH.search(before) or _GROWTH.search(after))


def _rated(before: str, after: str, first: bool, split: bool) -> bool:
    """Tell whether the words around a figure make it a rate, not a part.

    Where the words say the parts split one whole, the labels of the parts
    may be words of rates ("split between audit at 41%, tax at 31% and
    advisory at 28%"): only words before the first figure name a rate then
    ("the approval rating was 45%, 40% and 35%, a split by region"); and a
    figure told as a share "of revenue" is a part, though its label is a
    word of rates ("FX margin brought in 58% of revenue").
    """
    if _SHARE_OF.match(after):
        return False  # "FX margin brought in 58% of revenue": a share, whatever the label
    rated_before = bool(_RATE.search(_NAME_RUN.sub(" ", before)))
    if split:
        return first and rated_before
    return rated_before or bool(_RATE.search(_NAME_RUN.sub(" ", after)))


_SHARE_OF = compile_lazily(rf"\A\s*{_OF_A_WHOLE}\b", _I)
# Two or more capitalized words in a row: a name.
_NAME_RUN = compile_lazily(r"\b[A-Z][\w&-]*(?:[^\S\n]+[A-Z][\w&-]*)+")


def _around(prose: str, region: Span, quantity: Quantity) -> tuple[str, str]:
    """Return the text just before and just after a figure, within its sentence or line.

    The text after stops where a clause of its own begins: in "... and other
    markets 38%, with buyers trading down" the fall is no change of the 38%,
    nor is "more" in "personal loans 13%, leaving it more exposed than peers".
    The text before a percentage starts after the percentage before it,
    whose words are its own ("made up 48% of revenue, loans 34%": "up" is
    no rise of the 34%).
    """
    before = prose[max(region.start, quantity.start - _WINDOW) : quantity.start]
    if quantity.kind == "percent":
        before = _PERCENT_BEFORE.split(before)[-1]
    after = prose[quantity.end : min(region.end, quantity.end + _WINDOW)]
    clause = _NEW_CLAUSE.search(after)
    return before, after[: clause.start()] if clause else after


_PERCENT_BEFORE = compile_lazily(r"%|\bper\s*cent\b|\bpercent\b", _I)
_NEW_CLAUSE = compile_lazily(
    r",\s+(?:with|while|whereas|as|which|who|but|and|although|though|helped|driven|led"
    r"|leaving|making|putting|giving|meaning|suggesting|showing|reflecting|underlining)\b",
    _I,
)


def _money_groups(prose: str, span: Span, money: list[Quantity]) -> Iterator[_Group]:
    """Find a money total and the parts it is said to include, in one sentence."""
    for index, total in enumerate(money[:-2]):
        link = _CONNECTOR.search(prose[total.end : min(money[index + 1].start, total.end + 120)])
        if not (link and _is_total(prose, span, total)):
            continue
        parts = next(_runs(prose, money[index + 1 :]))
        if len(parts) < 2 or {q.currency for q in parts} - {total.currency, None}:
            continue
        if not any(_changes(*_around(prose, span, q)) or _is_total(prose, span, q) for q in parts):
            yield _Group(tuple(parts), total, exhaustive=bool(link.group("whole")))


def _is_total(prose: str, span: Span, quantity: Quantity) -> bool:
    """Tell whether a money figure is a whole: "the $10 billion package", "a total of $5m"."""
    before, after = _around(prose, span, quantity)
    return bool(_TOTAL_AFTER.match(after) or _TOTAL_BEFORE.search(before))


def _contradicts(group: _Group, tolerance: float) -> bool:
    """Tell whether the parts' sum cannot be the whole."""
    lows, highs = zip(*(q.interval(tolerance) for q in group.parts), strict=True)
    low, high = _sum(lows), _sum(highs)
    whole = (100.0, 100.0) if group.total is None else group.total.interval(0.0)
    whole_low = None if whole[0] is None else whole[0] * (1 - tolerance - 1e-9)
    whole_high = None if whole[1] is None else whole[1] * (1 + tolerance + 1e-9)
    over = low is not None and whole_high is not None and low > whole_high
    under = high is not None and whole_low is not None and high < whole_low
    return over or (group.exhaustive and under)


def _sum(bounds: Sequence[float | None]) -> float | None:
    """Add bounds up; an open bound makes the sum open."""
    return None if None in bounds else sum(b or 0.0 for b in bounds)


def _finding(
    rule: TotalRule, document: Document, group: _Group, bound: Mapping[tuple[str, int], Claim]
) -> Finding:
    """Report a breakdown at its last part, with the other parts and the total related."""
    kind = group.parts[0].kind
    fact = (
        rule.facts[0] if rule.facts else "breakdowns." + ("share" if kind == "percent" else "total")
    )
    quantities = [*group.parts, *([group.total] if group.total else [])]
    claims = [bound.get((document.path, q.start)) or _claim(document, q, fact) for q in quantities]
    primary = claims[len(group.parts) - 1]
    values = {
        "parts": " + ".join(q.text for q in group.parts),
        "sum": amount(sum(map(_midpoint, group.parts)), kind, quantities[-1].currency),
        "total": group.total.text if group.total else "100%",
    }
    related = tuple(c for c in claims if c is not primary)
    return Finding(primary=primary, related=related, message=fill(rule.message, values), fact=fact)


def _midpoint(quantity: Quantity) -> float:
    """Return a figure's stated value, or the middle of its range."""
    if quantity.value is not None:
        return quantity.value
    ends = [v for v in (quantity.low, quantity.high) if v is not None]
    return sum(ends) / len(ends) if ends else 0.0


def _claim(document: Document, quantity: Quantity, fact: str) -> Claim:
    """Make a claim for a part no fact rule bound."""
    (line, column), (end_line, end_column) = map(
        document.line_column, (quantity.start, quantity.end)
    )
    where = Location(
        path=document.path, line=line, column=column, end_line=end_line, end_column=end_column
    )
    low, high = quantity.interval()
    return Claim(
        fact=fact, subject=None, period="", modality="reported", quantity=quantity,
        location=where, low=low, high=high,
    )  # fmt: skip
