"""Stage 3 of the pipeline: quantities + context -> claims about facts.

``extract_claims`` reads a set of documents together: names are learned
from all of them (``name_evidence`` per document, merged), then each
document is read sentence by sentence (``document_claims``), each
quantity bound to a fact, and finally, within one document, claims missing
their subject take it from the document's other claims of the same fact,
and a bare figure is read together with a qualified mention of the same
value ("$10 billion" in a headline with "over $10 billion" in the text).
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence

import regex

from factlint.claims.binding import Binding, bind_sentence, prices_one_unit
from factlint.claims.entities import (
    BACK_REFERENCE,
    DATELINE,
    DESCRIBED_OBJECT,
    Entities,
    Mention,
    NameEvidence,
)
from factlint.claims.model import Claim, FactSpec, Location, Modality, PackCues
from factlint.claims.people import People, holds_a_role
from factlint.claims.periods import (
    BASELINE_BEFORE,
    Period,
    a_year_before,
    find_periods,
    named_periods,
    year_before,
)
from factlint.claims.roles import NAME_ASIDE, NOT_A_COMPANY
from factlint.claims.text import (
    CLAUSE_BREAK,
    Sentence,
    converts,
    in_brackets_after,
    unpossessed,
)
from factlint.documents import Document
from factlint.documents.dates import document_date
from factlint.documents.sentences import Span
from factlint.documents.sentences import sentences as split_sentences
from factlint.lazyregex import compile_lazily
from factlint.quantities import Quantity, extract_quantities

__all__ = [
    "Claim",
    "Entities",
    "FactSpec",
    "Location",
    "Modality",
    "NameEvidence",
    "PackCues",
    "document_claims",
    "extract_claims",
    "name_evidence",
]


def extract_claims(
    documents: Sequence[Document],
    facts: Sequence[tuple[FactSpec, PackCues]],
    aliases: Mapping[str, Iterable[str]] | None = None,
    quantities: Sequence[Sequence[Quantity]] | None = None,
    sentences: Sequence[Sequence[Span]] | None = None,
) -> list[Claim]:
    """Return the claims of every document, in document and text order.

    ``quantities`` and ``sentences`` may give each document's quantities and
    sentence spans when they are known already; otherwise they are found here.
    """
    found = quantities or [extract_quantities(d) for d in documents]
    spans = sentences or [split_sentences(d.prose) for d in documents]
    evidence = NameEvidence.merged(
        name_evidence(d, doc_spans) for d, doc_spans in zip(documents, spans, strict=True)
    )
    entities = Entities.from_evidence(evidence, aliases or {})
    return [
        claim
        for document, doc_spans, doc_quantities in zip(documents, spans, found, strict=True)
        for claim in document_claims(document, doc_spans, doc_quantities, facts, entities)
    ]


def name_evidence(document: Document, spans: Sequence[Span]) -> NameEvidence:
    """Gather what one document's sentences say about which words are names."""
    return NameEvidence.of(document.prose[s.start : s.end] for s in spans)


def document_claims(
    document: Document,
    spans: Sequence[Span],
    quantities: Sequence[Quantity],
    facts: Sequence[tuple[FactSpec, PackCues]],
    entities: Entities,
) -> list[Claim]:
    """Return the claims of one document, in text order, knowing the corpus's names.

    A document's claims depend on the other documents only through
    ``entities``, so documents can be read apart once the names are known.
    """
    bindings = list(_bind_document(document, spans, quantities, facts, entities))
    return _read_together(document, _fill_roles(bindings))


def _bind_document(
    document: Document,
    spans: Sequence[Span],
    quantities: Sequence[Quantity],
    facts: Sequence[tuple[FactSpec, PackCues]],
    entities: Entities,
) -> Iterable[Binding]:
    """Bind the quantities of one document, sentence by sentence, tracking the topic."""
    date = document_date(document)
    title = str(document.metadata.get("title") or "")
    measures = _measure_words(facts)
    in_title = _not_measures(entities.mentions(title), title, measures)
    topic = in_title[0].entity if in_title else None  # the title names the first topic
    recent: dict[str, str] = {}
    quarter: Period | None = None
    heading: Period | None = None  # what a date line or a list's lead-in dates
    texts = [document.prose[span.start : span.end] for span in spans]
    named = [_not_measures(entities.mentions(text), text, measures) for text in texts]
    people = People(zip(texts, named, strict=True))  # who is a person, from every sentence
    at = 0
    thing = False  # the sentence before opened on a thing, which "It" now stands for
    dealt: set[str] = set()  # who has acted in the document's deals
    called: dict[str, str] = {}  # a word of a written name, for the company it names
    for span, text, found in zip(spans, texts, named, strict=True):
        inside: list[Quantity] = []
        while at < len(quantities) and quantities[at].start < span.end:
            if quantities[at].start >= span.start:
                inside.append(quantities[at])
            at += 1
        mentions = _outside(found, span.start, inside)
        if 0 < len(inside) <= MAX_FIGURES_PER_SENTENCE:
            periods = _periods(text, span.start, inside, date)
            if heading:
                periods = _from_heading(text, span.start, inside, periods, heading)
            if quarter:
                periods = _the_quarter(text, span.start, inside, periods, quarter)
            quarter = _last_quarter(text, span.start, inside, periods) or quarter
            parties = people.parties(text, mentions)
            persons = people.named_in(text, mentions)
            it_is_the_thing = thing and _IT_OPENS.match(text) is not None
            framing = _turned_to(text, mentions)  # "For X, the deal is small: it reported ..."
            if framing:
                recent.clear()  # the sentence is X's, not the last deal's company's
            told = (
                _announcer(text, parties)
                or framing
                or _called(text, called, topic)
                or (NOT_A_COMPANY if it_is_the_thing else topic)
            )
            bound = bind_sentence(
                text, span.start, inside, periods, facts, parties, told, date, recent, persons
            )
            dealt.update(b.agent for b in bound if b.agent)
            yield from bound
        elif not inside:
            quarters = [p for p in named_periods(text, date) if p.quarter]
            quarter = quarters[-1] if quarters else quarter
        candidates = [
            m for m in people.topic_names(text, mentions) if not _labels(text, m, measures)
        ]
        turned = _topic_after(text, candidates, topic)
        called.update(_name_words(text, found))
        if _turned_to(text, mentions) or _leads_elsewhere(text, mentions, turned, recent, dealt):
            recent.clear()  # "Compare that with X.": the last deal's company is left behind
        topic = turned
        heading = _heading(text, date, heading)
        thing = not found and _opens_on_a_thing(text)


def _name_words(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Map the later words of names as written, in lower case, to their companies.

    "Corran Group plc" is what "the group" means, whatever the text went on to.
    """
    return {
        word.lower(): m.entity
        for m in mentions
        if not m.person
        for word in _written(text, m).split()[1:]
        if word[:1].isupper()
    }


def _written(text: str, mention: Mention) -> str:
    """Return a name as written, with the legal form the name leaves off: "Corran Group"."""
    form = _FORM_AFTER.match(text, mention.end)
    return unpossessed(text[mention.start : form.end() if form else mention.end])


_FORM_AFTER = compile_lazily(r"(?:[ ]+[A-Z][A-Za-z]+)+")


def _called(text: str, called: Mapping[str, str], topic: str | None) -> str | None:
    """Return the company a sentence opening "The <word>" names by a word of its name.

    In a release of "Corran Group plc", after a sentence about its tram
    unit, "The group continues to expect revenue of £2.1 billion" is
    Corran's, not the unit's.
    """
    opening = _THE_WORD.match(text)
    meant = called.get(opening[1]) if opening else None
    return meant if meant != topic else None


_THE_WORD = compile_lazily(r"\s*The\s+([a-z]+)\b")


def _labels(text: str, mention: Mention, measures: frozenset[str]) -> bool:
    """Tell whether a one-word name right before a measure or a share labels it.

    "- Insurance revenue of £171.3 million" gives the revenue of a line of
    business, and "Fares made up 61% of revenue" a part of it: the word may
    stand for it, but it is not what the text goes on to be about.
    """
    after = _NEXT_WORD.match(text, mention.end)
    return (
        not mention.possessive
        and " " not in mention.entity
        and after is not None
        and (after[1].lower() in measures or _PART_VERB.match(text, mention.end) is not None)
    )


_NEXT_WORD = compile_lazily(r"\s+([A-Za-z]+)\b")
# A verb telling a part's share of a whole: "Fares made up 61% of revenue".
_PART_VERB = compile_lazily(
    r"(?i)\s+(?:made|make|makes)\s+up|\s+(?:accounted|accounts|account)\s+for"
    r"|\s+(?:brought|brings|bring)\s+in|\s+(?:contributed|represented|came\s+from)\b"
)


def _opens_on_a_thing(text: str) -> bool:
    """Tell whether a sentence's subject is a thing, no company and no time.

    After "The zero-alcohol range is the bright spot.", "It grew 19% last
    year." is the range's growth; after "The brewer is having a good year."
    it is still the brewer's.
    """
    opening = _OPENS_ON_A_THING.match(text)
    return opening is not None and not BACK_REFERENCE.match(f"the {opening['noun']}")


_OPENS_ON_A_THING = compile_lazily(
    r"\s*(?:The|Its|Their)\s+(?!(?:[\w-]+\s+){0,2}?(?:quarter|year|half|period|month|results?)\b)"
    r"(?P<noun>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?<!s))\s+(?:is|was|has|remains)\b"
)
_IT_OPENS = compile_lazily(r"\s*It\s+(?!is\b|was\b|said\b|says\b)")


def _leads_elsewhere(
    text: str,
    mentions: Sequence[Mention],
    turned: str | None,
    recent: Mapping[str, str],
    dealt: Collection[str],
) -> bool:
    """Tell whether a sentence opens on a name that took no part in the deals told so far.

    After "Halden is selling 40% of Kestrel to Brannock.", "Halden says the
    proceeds will pay down debt." makes Halden, the seller, what "the
    company" means next, not Kestrel, whose stake was sold; a buyer opening
    a sentence ("Brannock said ...") leaves the deal's company as it was.
    """
    opening = len(text) - len(text.lstrip())
    first = mentions[0] if mentions else None
    return (
        bool(recent)
        and first is not None
        and first.start == opening
        and first.entity == turned
        and turned not in recent.values()
        and turned not in dealt
    )


def _announcer(text: str, mentions: Sequence[Mention]) -> str | None:
    """Return the company announcing what its sentence tells, which "the company" there means.

    In "X today announced that Y will invest €420 million for a 25.1%
    stake in the company" the company is X, whatever the text was about before,
    and so it is past an aside describing X ("X, the studio behind Y, today
    announced that ...").
    """
    first = next((m for m in mentions if not m.person), None)
    if first is None or first.after_preposition:
        return None
    aside = NAME_ASIDE.match(text, first.end)  # "X, the studio behind Y, today announced"
    end = aside.end() + 1 if aside and text.startswith(",", aside.end()) else first.end
    return first.entity if _ANNOUNCES.match(text, end) else None


# A company's announcement of what follows: " today announced that", " said on Tuesday that".
_ANNOUNCES = compile_lazily(
    r"\s+(?:\w+\s+){0,3}?(?:announced|said|says|confirmed|disclosed|stated)"
    r"(?:\s+(?:on|in)\s+\w+)?\s+that\b"
)


def _measure_words(facts: Sequence[tuple[FactSpec, PackCues]]) -> frozenset[str]:
    """Return the one-word cues of the facts, in lower case."""
    return frozenset(c.lower() for spec, _ in facts for c in spec.cues if " " not in c)


def _not_measures(
    mentions: Sequence[Mention], text: str, measures: frozenset[str]
) -> list[Mention]:
    """Drop the one-word names that are a fact's cue word: "EBITDA", "Capex".

    Written in capitals, an acronym of a measure ("EBITDA of €211 million")
    looks like a company's name; but a word the rule packs list as marking a
    figure names what the figure measures, never whose it is.  So does a
    name ending in such an acronym ("Underlying EBITDA fell 31%"): the
    words before it qualify the measure.
    """
    written = [unpossessed(text[m.start : m.end]) for m in mentions]
    return [
        m
        for m, name in zip(mentions, written, strict=True)
        if name.lower() not in measures and not _ends_in_acronym(name, measures)
    ]


def _ends_in_acronym(name: str, measures: frozenset[str]) -> bool:
    """Tell whether a name of several words ends in a measure written in capitals."""
    last = name.split()[-1]
    return last != name and last.isupper() and last.lower() in measures


def _outside(
    mentions: Sequence[Mention], offset: int, quantities: Sequence[Quantity]
) -> list[Mention]:
    """Drop the names written inside a figure: "CHF 105 million", "105 million Swiss francs".

    Such a word is the figure's currency, not a party to what it states.
    """
    spans = [(q.start - offset, q.end - offset) for q in quantities]
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


# A "sentence" holding more figures than this is a table or a list run
# together, not prose a writer states facts in; binding work grows with the
# square of its figures, so it is left unbound.
MAX_FIGURES_PER_SENTENCE = 40


def _periods(
    text: str, offset: int, quantities: Sequence[Quantity], date: datetime.date | None
) -> list[Period | None]:
    """Find each quantity's period; a conversion in brackets shares its figure's.

    In "a loss of ¥48 billion ($325 million) for fiscal 2024" the dollar
    figure restates the yen one, so it must not take the year from it; nor
    does a price of one unit, which states no fact: in "a 350p-a-share
    approach in 2024, which valued it at £1 billion" the year is the
    valuation's.
    """
    sentence = Sentence.of(text, offset)
    heads = [
        i
        for i in range(len(quantities))
        if not converts(text, offset, quantities, i)
        and _per_share_aside(text, offset, quantities, i) is None
        and not prices_one_unit(sentence, quantities, i)
    ]
    spans = [(quantities[i].start - offset, quantities[i].end - offset) for i in heads]
    found = dict(
        zip(
            heads,
            find_periods(
                _without_dateline(_without_conversions(text, offset, quantities)), spans, date
            ),
            strict=True,
        )
    )
    periods: list[Period | None] = []
    for i in range(len(quantities)):
        periods.append(found[i] if i in found else periods[-1] if periods else None)
    return periods


def _from_heading(
    text: str,
    offset: int,
    quantities: Sequence[Quantity],
    periods: list[Period | None],
    heading: Period,
) -> list[Period | None]:
    """Give the figures a date line or a list's lead-in dates that period.

    A baseline ("Sales: $60 million, up 20% from $50 million" under "Highlights of
    2024:") is the figure a change starts from, another period's: it takes none.
    """
    return _inherit(text, offset, quantities, periods, heading)


def _inherit(
    text: str,
    offset: int,
    quantities: Sequence[Quantity],
    periods: list[Period | None],
    given: Period,
) -> list[Period | None]:
    """Give the figures without a period of their own the period the text around them names.

    A baseline ("from $50 million") is another period's and takes none,
    unless its words say which: "$18 million a year earlier" is the same
    quarter or year one year before.
    """
    back = a_year_before(text, [(q.start - offset, q.end - offset) for q in quantities])
    return [
        period
        or (
            year_before(given)
            if earlier
            else None
            if BASELINE_BEFORE.search(text, 0, quantity.start - offset)
            else given
        )
        for quantity, period, earlier in zip(quantities, periods, back, strict=True)
    ]


def _the_quarter(
    text: str,
    offset: int,
    quantities: Sequence[Quantity],
    periods: list[Period | None],
    quarter: Period,
) -> list[Period | None]:
    """Give a sentence about "the quarter" the quarter last named.

    Its figures take that quarter, except a baseline ("from £71 million a
    year earlier"), which belongs to another period, and a figure of the
    whole year ("and expects full-year revenue of $2.6 billion", "expects
    $905 million for the full year").
    """
    if not _THE_QUARTER.search(text):
        return periods
    inherited = _inherit(text, offset, quantities, periods, quarter)
    return [
        own if _of_the_whole_year(text, q.start - offset, q.end - offset) else given
        for q, own, given in zip(quantities, periods, inherited, strict=True)
    ]


def _of_the_whole_year(text: str, start: int, end: int) -> bool:
    """Tell whether the words just around a figure say it is the whole year's.

    Before it ("expects full-year revenue of $2.6 billion") or after it, in
    its clause ("expects $905 million to $920 million for the full year").
    """
    after = text[end : end + 40]
    clause = CLAUSE_BREAK.search(after)
    return bool(
        _WHOLE_YEAR.search(text, max(0, start - 40), start)
        or _WHOLE_YEAR.search(after[: clause.start()] if clause else after)
    )


def _last_quarter(
    text: str, offset: int, quantities: Sequence[Quantity], periods: list[Period | None]
) -> Period | None:
    """Return the newest quarter a sentence's figures are of, for "the quarter" after it.

    A figure "a year earlier" is of a quarter the article does not name:
    after "$48 million from $38 million a year earlier", "the quarter" is
    still the newer one; so it is after "X in the first quarter of 2025,
    up from Y in the first quarter of 2024": an older quarter named is a
    baseline.
    """
    back = a_year_before(text, [(q.start - offset, q.end - offset) for q in quantities])
    dated = [p for p, earlier in zip(periods, back, strict=True) if p and p.quarter and not earlier]
    return max(dated, key=lambda p: (p.year, p.quarter or 0)) if dated else None


def _without_conversions(text: str, offset: int, quantities: Sequence[Quantity]) -> str:
    """Blank conversions and per-share asides, so a year after them reaches their figure."""
    for i in range(len(quantities)):
        aside = _per_share_aside(text, offset, quantities, i)
        if aside is not None or converts(text, offset, quantities, i):
            low, high = quantities[i - 1].end - offset, quantities[i].end - offset
            if aside is not None:
                high = aside
            elif in_brackets_after(text, offset, quantities, i):
                high = text.find(")", high) + 1
            text = text[:low] + " " * (high - low) + text[high:]
    return text


def _per_share_aside(
    text: str, offset: int, quantities: Sequence[Quantity], index: int
) -> int | None:
    """Return where an aside giving the figure before per share ends, if the figure opens one.

    In "net income of $48.2 million, or $0.91 per diluted share, for the
    first quarter of 2025" the quarter is the $48.2 million's.
    """
    if index == 0:
        return None
    before, here = quantities[index - 1], quantities[index]
    if not _OR_ASIDE.fullmatch(text, before.end - offset, here.start - offset):
        return None
    share = _PER_SHARE.match(text, here.end - offset)
    return share.end() if share else None


_OR_ASIDE = compile_lazily(r",\s+or\s+")
_PER_SHARE = compile_lazily(r"(?i)\s+(?:a|per)\s+(?:[a-z]+\s+)?share\s*,")


def _without_dateline(text: str) -> str:
    """Blank a dateline, whose date tells when the story was filed, not what a figure is of.

    In "LEEDS, March 12, 2025 (Wire) - X reported revenue of £1.4 billion for
    2024, up 9% from £1.3 billion a year earlier" the 2025 dates no figure.
    """
    found = DATELINE.match(text)
    return " " * found.end() + text[found.end() :] if found else text


_OTHER_PARTY = compile_lazily(
    r"\s*(?:rivals?|peers?|competitors?|neighbou?ring|fellow|by\s+contrast|meanwhile)\b",
    regex.IGNORECASE,
)
# "Compare that with X.": the text turns to X, though X stands after a preposition.
_TURNS_TO = compile_lazily(
    r"\s*(?:compare|contrast)\s+(?:that|this|it|these|those)\s+(?:with|to)\s+", regex.IGNORECASE
)
# "For X, the deal is small change.": the sentence is told from X's side, about X.
_FRAMED_BY = compile_lazily(r"\s*for\s+", regex.IGNORECASE)


def _turned_to(text: str, mentions: Sequence[Mention]) -> str | None:
    """Return the name a sentence turns to, right after its opening words.

    "Compare that with X." and "For X, the deal is small change." are about
    X: the figures after them are X's, not those of the last deal's company.
    """
    turn = _TURNS_TO.match(text) or _FRAMED_BY.match(text)
    return mentions[0].entity if turn and mentions and mentions[0].start == turn.end() else None


_LABELLED_ITEM = compile_lazily(
    r"\s*(?:[-*+]\s+)?[*_]{0,2}[A-Z][a-z]+(?:\s+(?:[a-z]+|(?:19|20)\d\d)){0,3}\s*[*_]{0,2}:"
)


def _heading(text: str, date: datetime.date | None, current: Period | None) -> Period | None:
    """Return the period a sentence gives what follows it.

    A date standing alone ("**March 2023.**") dates the next sentence; a
    lead-in ending with a colon ("Second-quarter 2025 numbers:") dates the
    list items after it, for as long as the list goes on.
    """
    found = _DATE_HEADING.fullmatch(text)
    if found:
        return Period(int(found["year"]))
    if text.rstrip(" *_").endswith(":"):
        named = named_periods(text, date)
        return named[-1] if named else None
    return current if current and _LIST_ITEM.match(text) else None


_LIST_ITEM = compile_lazily(r"\s*(?:[-*+•]|\d{1,3}[.)])\s")


_DATE_HEADING = compile_lazily(
    r"[#*_\s]*(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?P<year>(?:19|20)\d{2})[.:]?[*_\s]*"
)

# A figure of a whole year, a few words before it: "full-year revenue of", "annual".
_WHOLE_YEAR = compile_lazily(r"(?i)\b(?:full|whole)[\s-]year\b|\bannual\b|\byearly\b")
# "profit for the quarter": the quarter the article last named.
_THE_QUARTER = compile_lazily(r"(?i)\b(?:the|this)\s+(?:quarter|three\s+months)\b")


def _topic_after(text: str, mentions: Sequence[Mention], topic: str | None) -> str | None:
    """Return the topic after a sentence: its leading name, unless it points back.

    A labelled list item ("- **Lead investor:** Corvane") names a party to
    the story, not what the story is about, and a label leading into a list
    ("Highlights of 2024:") names none; so does a sentence about a rival or
    a peer ("Rival Ridgeline Metals ..."): all leave the topic, and so does
    a sentence whose name acts on a description of the topic ("Halcyon now
    controls the studio"), and a place qualifying the people who live
    there ("Kiel shoppers lost ...") is no topic; a description in an aside right after the name
    ("Tessarine Labs, the sensing company founded in 2020, has closed ...")
    is the name's own, and makes it the topic; a bidder's offer for a
    company ("Sable Ridge's offer for Quintrell ...") makes the company the
    topic; and a sentence turning to a name ("Compare that with X.") or told
    from its side ("For X, the deal is small.") makes it the topic, though a
    preposition stands before it.
    """
    if _LABELLED_ITEM.match(text) or _OTHER_PARTY.match(text):
        return topic
    turned = _turned_to(text, mentions)
    if turned:
        return turned
    opening = BACK_REFERENCE.match(text.lstrip())
    for mention in mentions:
        if opening and mention.start > len(text) - len(text.lstrip()) + opening.end():
            break
        if _RESIDENTS.match(text, mention.end):
            continue  # "Kiel shoppers lost their groceries": where they live, no company
        if _CAUSE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            continue  # "fell 3% as the European Central Bank's cuts fed through": a cause
        if mention.after_preposition is None:
            bid = _BID_FOR.match(text, mention.end) if mention.possessive else None
            target = next((m for m in mentions if bid and m.start == bid.end()), None)
            if target is not None:
                return target.entity  # "X's $38.50-a-share offer for Y": the story is Y's
            aside = NAME_ASIDE.match(text, mention.end)
            acts_on_topic = (
                topic
                and not holds_a_role(text, mention)
                and DESCRIBED_OBJECT.search(text, aside.end() if aside else mention.end)
            )
            return topic if acts_on_topic else mention.entity
    return topic


# A clause told as the cause or time of the main one, right before a name in it.
_CAUSE_BEFORE = compile_lazily(
    r"(?i)\b(?:as|because|since|while|whereas|although|though|after|amid|when|despite)"
    r"\s+(?:the\s+)?\Z"
)
# People a place name qualifies: "Kiel shoppers", "Ohio voters".
_RESIDENTS = compile_lazily(
    r"\s+(?:shoppers|residents|commuters|households|consumers|voters|locals|families"
    r"|motorists|taxpayers|homeowners|renters|tenants|farmers|parents|pupils|citizens)\b"
)
# From a bidder's possessive to the company bid for: " $38.50-a-share offer for ".
_BID_FOR = compile_lazily(
    r"(?i)\s+(?:[\w$.,-]+\s+){0,3}?(?:offer|bid|takeover|approach|buyout|acquisition"
    r"|purchase|pursuit)\s+(?:for|of)\s+"
)


def _fill_roles(bindings: list[Binding]) -> list[Binding]:
    """Give claims missing a subject or agent the document's usual one.

    The usual subject is the one company the document's figures of the same
    pack are about ("the deal would value the maker at ..." is about the
    company of the document's deal figures).  A document telling of deals of
    two companies has none, even if only one of them has figures of this
    fact: "the fund's cheque buys a 15% stake" is not a stake in the other
    company whose stake the document gives later.  Nor is the usual agent
    one who only holds a stake before or after the deal ("the founding
    family will keep the remaining 74.9%"): it takes no part in it, and
    such a stake is given no party of the deal either.
    """
    usual_subject: dict[str, Counter[str]] = {}
    usual_agent: dict[str, Counter[str]] = {}
    for b in bindings:
        if b.subject:
            usual_subject.setdefault(_pack(b.fact.id), Counter())[b.subject] += 1
        if b.agent and b.period not in _HELD_APART:
            usual_agent.setdefault(b.fact.id, Counter())[b.agent] += 1
    filled = []
    for b in bindings:
        if b.subject == NOT_A_COMPANY:
            filled.append(b._replace(subject=None))
            continue
        subject = b.subject or _most_common(usual_subject.get(_pack(b.fact.id)))
        usual = b.fact.agent and b.period not in _HELD_APART
        agent = b.agent or (_most_common(usual_agent.get(b.fact.id)) if usual else None)
        filled.append(b._replace(subject=subject, agent=agent if agent != subject else None))
    return filled


# Periods of holdings around a deal, whose holders are not its parties.
_HELD_APART = frozenset({"earlier", "after"})


def _pack(fact: str) -> str:
    """Return the pack part of a qualified fact id."""
    return fact.split(".", 1)[0] + "."


def _most_common(counts: Counter[str] | None) -> str | None:
    """Return the one entry of a counter, or None when it has none or several.

    A document about two deals gives no usual subject: a figure whose
    company is unknown is better left out than given the wrong one.
    """
    return next(iter(counts)) if counts and len(counts) == 1 else None


def _read_together(document: Document, bindings: list[Binding]) -> list[Claim]:
    """Build claims, reading a bare figure with a qualified mention of the same value."""
    qualified: dict[tuple[object, ...], Quantity] = {}
    for b in bindings:
        if b.quantity.qualifier and b.quantity.value is not None:
            qualified.setdefault((*_key(b), b.quantity.value), b.quantity)
    claims = []
    for b in bindings:
        partner = None
        if not b.quantity.qualifier and not b.quantity.approx:
            partner = qualified.get((*_key(b), b.quantity.value))
        claims.append(_claim(document, b, partner))
    return claims


def _key(binding: Binding) -> tuple[object, ...]:
    """Return the fact key of a binding."""
    return (binding.fact.id, binding.subject, binding.agent, binding.period, binding.measure)


def _claim(document: Document, binding: Binding, partner: Quantity | None) -> Claim:
    """Build one claim, its interval taken from the partner mention when it has one."""
    quantity = binding.quantity
    low, high = (partner or quantity).interval()
    line, column = document.line_column(quantity.start)
    end_line, end_column = document.line_column(quantity.end)
    return Claim(
        fact=binding.fact.id,
        subject=binding.subject,
        agent=binding.agent,
        period=binding.period,
        modality=binding.modality,
        quantity=quantity,
        location=Location(
            path=document.path, line=line, column=column, end_line=end_line, end_column=end_column
        ),
        low=low,
        high=high,
        measure=binding.measure,
        published=_published(document),
        read_with=partner.text if partner else None,
        sentence=binding.sentence,
    )


def _published(document: Document) -> str | None:
    """Return the document's date as ISO 8601, if it has one."""
    date = document_date(document)
    return date.isoformat() if date else None
