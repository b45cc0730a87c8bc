"""Who a bound figure is about and who acts on it: subject and agent.

Found from possessives ("Meta's $14B investment"), prepositions ("in Scale
AI", "from Meta", "60% of X"), the object of a buying verb, a description
standing for a deal's other party, the sentence's subject, or the topic
that "the company" and "its" point back to.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

import regex

from factlint.claims.entities import BACK_REFERENCE, DESCRIBED_OBJECT, RELATED, Mention
from factlint.claims.model import FactSpec
from factlint.claims.text import (
    CLAUSE_BREAK,
    LEADS_TO,
    RELATIVE_ASIDE,
    RELATIVE_CLAUSE,
    REST_BEFORE,
    SPEECH,
    WORD,
    Sentence,
)
from factlint.lazyregex import compile_lazily
from factlint.quantities import Quantity

__all__ = ["NAME_ASIDE", "NOT_A_COMPANY", "raiser_named", "roles", "stated_owner"]


def roles(
    sentence: Sentence,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    cue_at: int | None,
    spec: FactSpec,
    mentions: Sequence[Mention],
    topic: str | None,
) -> tuple[str | None, str | None]:
    """Return the subject and agent of a bound quantity."""
    start = quantity.start - sentence.offset
    anchor = min(start, cue_at) if cue_at is not None else start
    owner = _possessive_before(sentence.text, anchor, mentions, topic)
    if spec.agent:
        struck = _struck_by(sentence.text, quantity.end - sentence.offset, mentions)
        if struck is not None:
            return struck
        holders = _holders_of(sentence.text, mentions, start)
        if holders is not None:
            return holders, None
        target = (
            _relative_target(sentence.text, mentions, start)
            or _target(sentence, quantity, quantities, mentions)
            or (
                topic
                if _described_target(sentence.text, start, quantity.end - sentence.offset)
                else None
            )
        )
        end = _past_time_span(sentence.text, quantity.end - sentence.offset)
        if _INTO_WORK.match(sentence.text, end) or (
            target is None
            and (
                _into_a_thing(sentence.text, end)
                or _bought_a_thing(sentence.text, end)
                or _share_of_a_thing(sentence, quantity, quantities)
            )
        ):
            return NOT_A_COMPANY, None  # "invest £30 million in a new training ground"
        parties = _outside_asides(sentence.text, mentions, start)
        sellers = _after_verb(sentence.text, parties, spec.sold_after, "from")
        seller, buyers = _sale(sentence.text, parties, spec.sold_by, start)
        if seller is not None:
            # "X sold 40% to Y": a stake in X itself; not "its 15% holding in the mill"
            target = target or (None if _held_in_another(sentence.text, start) else seller)
            mentions = [m for m in mentions if m.entity != seller]
            owner = owner if owner != seller else None
        agent = (
            (buyers[0].entity if buyers else None)
            or _taking_with(sentence.text, parties, start)
            or _group_holder(sentence.text, start)
            or _backer(sentence, quantity, quantities, [m for m in parties if m not in sellers])
            or _relative_head(sentence.text, mentions, start)
            or owner
            or _acting_party(sentence.text, mentions, start, target)
        )
        return target, agent if agent != target else None
    if cue_at is not None and _IN_A_THING.match(sentence.text, cue_at):
        return NOT_A_COMPANY, None  # "the 9% rise in a regional bank index"
    aside = _SUBJECT_ASIDE.match(sentence.text)
    outside = aside.end() if aside and aside.end() <= start else 0
    # who states the figure: not one named in an aside about the subject
    people = [m for m in mentions if m.person and outside <= m.start < start]
    mentions = [m for m in mentions if not m.person]  # whose revenue is never a person's
    subject = (
        _possessive_at(sentence.text, mentions, start)
        or _relative_head(sentence.text, mentions, start)
        or _object_before_at(sentence.text, mentions, cue_at, start)
        or _pronoun_before_at(sentence.text, mentions, cue_at, start, topic)
        or owner
        or _named_after_cue(sentence.text, mentions, cue_at)
        or _described_counterpart(sentence.text, mentions, cue_at)
        or _appositive_head(sentence.text, mentions, start)
        or _sentence_subject(sentence.text, mentions, start, topic)
    )
    if people and subject == topic and all(m.entity != topic for m in mentions):
        return NOT_A_COMPANY, None  # "Treasurer X has put spending at ...": no company's
    return subject, None


def _struck_by(text: str, end: int, mentions: Sequence[Mention]) -> tuple[str, str | None] | None:
    """Return the parties of a deal the words after its figure say who made.

    "the $1 billion tie-up Brightwater struck with Sagano": the money is
    that deal's, whatever the sentence is about; Sagano, the party it was
    struck with, is its target and Brightwater its agent.  With no party
    after "with", the one who struck it is the target ("the $40 million
    round X closed in May").
    """
    for mention in mentions:
        if not 0 < mention.start - end <= 30 or not _DEAL_NOUN.fullmatch(text, end, mention.start):
            continue
        verb = _STRUCK.match(text, mention.end)
        if verb is None:
            return None
        partner = next((m.entity for m in mentions if m.start == verb.end()), None)
        return (partner, mention.entity) if partner else (mention.entity, None)
    return None


# What a figure buys, right before a name: " tie-up ", " licensing deal ".
_DEAL_NOUN = compile_lazily(r"\s+(?:[\w-]+\s+){1,2}")
# The verb of making a deal after its maker's name, and "with" before its other party.
_STRUCK = compile_lazily(
    r"\s+(?:(?:had|has|have)\s+)?(?:struck|signed|agreed|sealed|inked|clinched|closed|"
    r"announced|unveiled|completed|did)\b(?:\s+with\s+)?",
    regex.IGNORECASE,
)


def _holders_of(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """Return Y when the party holding the figure is described as Y's holders.

    In "The Joshi family, Tavishi's promoters, hold 58.3%" the family holds
    a stake in Tavishi; the name in the aside is the company, and no party.
    """
    for mention in mentions:
        if (
            mention.possessive
            and mention.end < start
            and _OPENS_ASIDE.search(text, max(0, mention.start - 8), mention.start)
        ):
            aside = _HOLDERS_ASIDE.match(text, mention.end)
            if aside and not CLAUSE_BREAK.search(text, aside.end(), start):
                return mention.entity
    return None


# From a possessive in an aside to its close: "'s promoters, ", "'s founding family, ".
_OPENS_ASIDE = compile_lazily(r",\s+\Z")
_HOLDERS_ASIDE = compile_lazily(
    r"\s+(?:[a-z-]+\s+)?(?:promoters|founders|owners|shareholders"
    r"|backers|investors|founding\s+family|controlling\s+family),\s+"
)


def _past_time_span(text: str, end: int) -> int:
    """Return where the words after a figure go on past a span of time it is spent over.

    In "invest €40 million over four years in a new dairy" the money is put
    into the dairy: "over four years" says when, not into what.
    """
    span = _TIME_SPAN.match(text, end)
    return span.end() if span else end


# "over three years", "over the next five years", "during 2026", "this year".
_TIME_SPAN = compile_lazily(
    r"(?i)\s+(?:(?:over|during|within|across)\s+(?:the\s+)?(?:next\s+|coming\s+)?"
    r"(?:[\w-]+\s+)?(?:years?|months?|quarters?|decades?)\b|(?:over|during|in)\s+(?:19|20)\d\d\b"
    r"|(?:this|next)\s+(?:year|month|quarter|decade)\b)"
)


def _into_a_thing(text: str, end: int) -> bool:
    """Tell whether money is put into a thing ("in the stadium"), not into a company.

    A description of a company ("in the club") names one, and is no thing.
    """
    found = _INTO_A_THING.match(text, end)
    return found is not None and not DESCRIBED_OBJECT.match(text, found.start("object"))


def _bought_a_thing(text: str, end: int) -> bool:
    """Tell whether money pays for a thing ("for the 40-acre railway yard"), not a share.

    The words after "for" name no stake, shares, part or company: "for a
    minority stake", "for the rest" and "for the business" buy into one.
    """
    found = _FOR_OBJECT.match(text, end)
    if found is None or DESCRIBED_OBJECT.match(text, found.start("phrase")):
        return False
    words = found["object"].lower().split()
    return all(w[0].isalpha() or "-" in w for w in words) and not _OWNERSHIP.intersection(words)


# What follows "for": an article and up to five words in lower case, to a break.
_FOR_OBJECT = compile_lazily(
    r"\s+for\s+(?P<phrase>(?:a|an|the|its|their)\s+(?P<object>(?-i:[a-z0-9][\w-]*)"
    r"(?:\s+(?!(?:in|of|from|at|to|with|and|by|on)\b)(?-i:[a-z][\w-]*)){0,4}))(?![\w%])"
)
_OWNERSHIP = frozenset(
    "stake stakes holding holdings share shares equity interest rest remainder remaining "
    "whole entire majority minority control business company firm group startup start-up "
    "unit division subsidiary arm operations".split()
)


_RAISING = frozenset("raise raises raised raising closed closes secured secures landed".split())


def raiser_named(sentence: Sentence, start: int, end: int) -> bool:
    """Tell whether the sentence says who raised the figure.

    A raising verb before the figure has the raiser as its subject, and so
    has one after it through a pronoun: in "Paybridge, the Madrid rival, is
    still digesting the €30 million round it raised in March" the round is
    Paybridge's, not the company the text is about; so is a round in
    brackets after the name heading a round-up's item: "**Casaverde** ($22M
    Series A, Lisbon)".
    """
    before = bisect.bisect_left(sentence.word_starts, start)
    return (
        any(word in _RAISING for word in sentence.words[:before])
        or _RAISED_BY_IT.match(sentence.text, end) is not None
        or _HEADED_BY_NAME.fullmatch(sentence.text, 0, start) is not None
    )


# A round-up item headed by a name, the figure in brackets after it: "**Casaverde** ($22M".
_HEADED_BY_NAME = compile_lazily(r"\s*[*_]{0,2}[A-Z][\w&'’ .-]{0,40}?[*_]{0,2}\s*\(\s*")
_RAISED_BY_IT = compile_lazily(r"\s+(?:[\w-]+\s+){0,2}?(?:it|they)\s+(?:has\s+|had\s+)?raised\b")


def stated_owner(
    sentence: Sentence, quantity: Quantity, cue_at: int | None, mentions: Sequence[Mention]
) -> bool:
    """Tell whether the figure's owner is written at it: "X's revenue", "valuation of X"."""
    start = quantity.start - sentence.offset
    anchor = min(start, cue_at) if cue_at is not None else start
    owner = _possessive_before(sentence.text, anchor, mentions, None) or _possessive_at(
        sentence.text, mentions, start
    )
    return owner is not None or _named_after_cue(sentence.text, mentions, cue_at) is not None


# "its" a few words before the figure: "its 2024 revenue of", "its revenue".
_ITS_BEFORE = compile_lazily(r"(?i)\bits\s+(?:\w+\s+){0,2}\Z")


def _possessive_before(
    text: str, anchor: int, mentions: Sequence[Mention], topic: str | None
) -> str | None:
    """Return the owner named right before the figure or cue ("Meta's", "its", "X, whose").

    A clause break between them ends the owner's phrase: in "Frachtly,
    Quaylink's German rival, grew revenue" the revenue is Frachtly's.
    """
    whose = _WHOSE.search(text, max(0, anchor - 80), anchor)
    if whose:
        # "Y, the Tampa miner, whose net income": Y's, past a description of it.
        named = [
            m.entity
            for m in mentions
            if m.end == whose.start()
            or ((aside := NAME_ASIDE.match(text, m.end)) and aside.end() == whose.start())
        ]
        if named:
            return named[0]  # "Y, whose 25% holding will shrink to 20.5%": Y's holding
    window = text[max(0, anchor - 40) : anchor]
    for mention in reversed(mentions):
        if mention.possessive and anchor - 40 <= mention.end <= anchor:
            between = text[mention.end : anchor]
            named_between = any(mention.end <= m.start < anchor for m in mentions)
            if len(WORD.findall(between)) <= 3 and not (
                named_between or CLAUSE_BREAK.search(between) or _RELATED_BETWEEN.search(between)
            ):
                return mention.entity
    if _ITS_BEFORE.search(window):
        own = _free_mentions(text, [m for m in mentions if m.end <= anchor])
        return own[0].entity if own and not BACK_REFERENCE.match(text.lstrip()) else topic
    return None


# A relative clause owned by the name before it, up to the figure or cue.
_WHOSE = compile_lazily(r",\s+whose\s+(?:[^\s,;:()]+\s+){0,6}\Z", regex.IGNORECASE)
# A description set off by commas right before it: ", the Tampa phosphate miner".


def _target(
    sentence: Sentence,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    mentions: Sequence[Mention],
) -> str | None:
    """Return the company money goes into: "in X" or "into X" nearest the figure.

    Looked for after the figure up to the next figure, then back to the one
    before ("a 12% stake in X for $1 billion"), then anywhere after, then
    anywhere before.
    """
    offset = sentence.offset
    starts = [q.start - offset for q in quantities]
    ends = [q.end - offset for q in quantities]
    at = quantities.index(quantity)
    start, end = starts[at], ends[at]
    following = starts[at + 1] if at + 1 < len(quantities) else len(sentence.text)
    preceding = ends[at - 1] if at else 0
    # "in X" names a place unless money or a stake goes in: "staff in Riga after Y
    # agreed to buy a 30% stake", "the largest deal in the Low Countries".
    targets = [
        m
        for m in mentions
        if _names_a_target(sentence.text, m)
        and not _place_of_a_name(sentence.text, m, mentions)
        and (m.after_preposition != "of" or _of_the_figure(sentence.text, end, m.start))
        and (
            m.after_preposition not in ("in", "into")
            or _PUT_IN.search(sentence.text, max(0, m.start - 60), m.start)
        )
    ]
    # A name in a clause of its own after the figure's is no target of it:
    # "paying €420 million for 24% of Baltair, and investors in Oslo shrugged",
    # nor is one past the words that say who told it: "for a 26% stake, the
    # operator said, in its biggest bet on transport in western India".
    clause = _NEW_CLAUSE.search(sentence.text, end) or _TOLD_BY.search(sentence.text, end)
    stop = clause.start() if clause else len(sentence.text)
    nearest = _nearest(targets, end, min(following, stop), first=True)
    if nearest is not None or _DESCRIBED_RIGHT_AFTER.match(sentence.text, end):
        return nearest  # "a 20% stake in the Berlin company": the topic, told by the caller
    for low, high in ((preceding, start), (end, stop), (0, start)):
        nearest = _nearest(targets, low, high, first=low >= end)
        if nearest is not None:
            return nearest
    return None


def _place_of_a_name(text: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Tell whether a name after "in" only says where the name before it is.

    In "paid $150 million for 10% of Pinegate Studios in Montreal" the stake
    is in Pinegate Studios; Montreal is where it is.
    """
    return mention.after_preposition == "in" and any(
        _IN_BETWEEN.fullmatch(text, m.end, mention.start) for m in mentions if m.end < mention.start
    )


_IN_BETWEEN = compile_lazily(r",?\s+in\s+")


def _nearest(targets: Sequence[Mention], low: int, high: int, *, first: bool) -> str | None:
    """Return the best-ranked target between two offsets, the first or the last of its rank."""
    inside = sorted(
        (m for m in targets if low <= m.start < high),
        key=lambda m: (_TARGET_RANK.get(m.after_preposition or "", 0), m.start),
    )
    if not inside:
        return None
    return (inside[0] if first else inside[-1]).entity


# What money or a stake goes "in" or "into", a few words before a name, past
# a description of it: "a 12% stake in ", "invested in ", "$40 million into the",
# "a 25% stake in drone maker ".
_PUT_IN = compile_lazily(
    r"(?i)(?:\b(?:stakes?|holdings?|interests?|investments?|invest(?:s|ed|ing)?|shares|equity"
    r"|bets?|positions?|money|cash|capital|million|billion|bn|put|puts|putting|inject\w*"
    r"|pour\w*|plough\w*|sink|sank|sunk)[)\]]?|%|[$€£¥][\d.,]+(?:m|bn|k)?)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|into)\s+(?:[\w'’.&-]+\s+){0,4}\Z"
)


def _relative_target(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """Return the name a figure's "in which" clause is about: "X, in which Y holds 40%" is X.

    The name after the pronoun is the party that holds or puts money in;
    the company is the one the pronoun stands for, right before the comma.
    """
    clause = _IN_WHICH.search(text, 0, start)
    if clause is None:
        return None
    before = [
        m for m in mentions if m.end <= clause.start() and not text[m.end : clause.start()].strip()
    ]
    return before[-1].entity if before else None


_IN_WHICH = compile_lazily(r",\s+(?:in|into)\s+which\s+[^,;:()]*\Z", regex.IGNORECASE)


# What introduces the company money goes into: "in X" and "into X" first,
# then "of X" right after the figure ("60% of X") and "for X" ("paid $2
# billion for X"), or X as the object of a buying verb ("agreed to buy X").
_TARGET_RANK = {"in": 0, "into": 0, "": 1, "of": 2, "for": 2}
_BUYING = compile_lazily(
    r"(?i)\b(?:buy|buys|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|purchasing"
    r"|take\s+over|takes\s+over|took\s+over|taking\s+over)"
    r"\s+(?:(?!(?:outside|inside|in|at|across|beyond|since|of|for|from|to)\b)[\w-]+\s+){0,2}\Z"
)  # not past a preposition: "its largest purchase outside Asia" buys no Asia


def _names_a_target(text: str, mention: Mention) -> bool:
    """Tell whether a name stands where the company invested in is written."""
    if mention.after_preposition in _TARGET_RANK:
        return True
    return mention.after_preposition is None and bool(
        _BUYING.search(text, max(0, mention.start - 40), mention.start)
    )


def _of_the_figure(text: str, end: int, start: int) -> bool:
    """Tell whether a name after "of" says what a figure ending at ``end`` is a share of.

    It does close after the figure ("49% stake of X"), or past a description
    when "of" follows the figure, or a share money buys: "9.5% of Kimberley
    nickel miner X", "£15 million for a majority of crafts title house X".
    """
    led = _OF_NEXT.match(text, end) or _FOR_A_SHARE_OF.match(text, end)
    return end <= start <= end + 25 or (led is not None and start <= led.end() + 50)


_OF_NEXT = compile_lazily(r"\s+of\s")
_FOR_A_SHARE_OF = compile_lazily(
    r"(?i)\s+for\s+(?:a|an|the)?\s*(?:majority|minority|control|controlling|stake|share"
    r"|slice|piece)(?:\s+stake)?\s+of\s"
)


def _backer(
    sentence: Sentence,
    quantity: Quantity,
    quantities: Sequence[Quantity],
    mentions: Sequence[Mention],
) -> str | None:
    """Return who puts the money in: "from X" or "by X", after the figure first.

    In "$75 million from Hanseong, which will hold 12.5%, and $45 million from
    existing investors led by the Andean Fund" each part has its own backer,
    named after it and before the next figure; a figure with none there
    takes the first in the sentence ("Led by X, the round raised $50 million").
    """
    later = [q.start - sentence.offset for q in quantities if q.start > quantity.start]
    following = later[0] if later else len(sentence.text)
    own = [m for m in mentions if m.start < following]
    end = quantity.end - sentence.offset
    return _after_preposition(own, end, _BACKED) or _after_preposition(mentions, 0, _BACKED)


_BACKED = ("from", "by")


def _after_preposition(
    mentions: Sequence[Mention], start: int, prepositions: tuple[str, ...]
) -> str | None:
    """Return the first name after ``start`` that follows one of the prepositions."""
    for mention in mentions:
        if mention.start >= start and mention.after_preposition in prepositions:
            return mention.entity
    return None


def _after_verb(
    text: str, mentions: Sequence[Mention], stems: tuple[str, ...], preposition: str
) -> list[Mention]:
    """Return the names after a preposition that follows one of the verbs.

    "buy 25% of X from Y" names the seller Y after "from"; "sold a 40% stake
    to Y" the buyer Y after "to". A raising verb between ends the verb's
    reach: in "X, which bought Z in 2021, raised $50 million from Y" Y invests.
    """
    verbs = _stems(stems)
    found = []
    for mention in mentions:
        if mention.after_preposition != preposition:
            continue
        before = [m.end() for m in verbs.finditer(text, 0, mention.start)]
        if before and not any(
            word.lower() in _RAISING for word in WORD.findall(text, before[-1], mention.start)
        ):
            found.append(mention)
    return found


def _sale(
    text: str, mentions: Sequence[Mention], selling: tuple[str, ...], start: int
) -> tuple[str | None, list[Mention]]:
    """Return the seller and the buyers of a sale the figure at ``start`` is part of.

    The selling verb stands before the figure in its clause, outside an
    aside ("X, which sold Z last year, invested ..."); the seller is the
    free-standing name before the verb, the buyers the names after "to"
    that follow it in its clause.
    """
    asides = [m.span() for m in _APPOSITIVE.finditer(text)]
    verbs = [
        v
        for v in _stems(selling).finditer(text, 0, start)
        if not any(a <= v.start() < b and not a <= start < b for a, b in asides)
    ]
    if not verbs:
        return None, []
    verb = verbs[-1]
    if CLAUSE_BREAK.search(text, verb.end(), start) or any(
        word.lower() in _RAISING for word in WORD.findall(text, verb.end(), start)
    ):
        return None, []
    clause = max((m.end() for m in _NEW_CLAUSE.finditer(text, 0, verb.start())), default=0)
    named = [m for m in _free_mentions(text, mentions) if clause <= m.start < verb.start()]
    buyers = [
        m
        for m in _after_verb(text, mentions, selling, "to")
        if m.start > verb.end() and not CLAUSE_BREAK.search(text, verb.end(), m.start)
    ]
    return (named[-1].entity if named else None), buyers


def _held_in_another(text: str, start: int) -> bool:
    """Tell whether the percentage sold is a holding "in" something the seller is not.

    "X, which sold its 15% holding in the mill to Y for €135 million": X sold
    a stake in a business it held, not in itself.
    """
    broken = CLAUSE_BREAK.search(text, start)
    return _HELD_IN.search(text, 0, broken.start() if broken else len(text)) is not None


# A percentage held in a thing written as a description: "15% holding in the mill".
_HELD_IN = compile_lazily(r"%\s+(?:[a-z][\w-]*\s+){0,2}?in\s+(?:the|its|their)\s+[a-z]")


@functools.cache
def _stems(stems: tuple[str, ...]) -> regex.Pattern[str]:
    """Compile word stems: a stem of four letters or more also matches the words it begins."""
    forms = [regex.escape(s) + (r"[\w'’-]*" if len(s) >= 4 else "s?") for s in stems]
    return compile_lazily(r"(?i)\b(?:" + "|".join(forms or ["(?!)"]) + r")\b")


def _possessive_at(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """Return the name in the possessive right before the figure: "a third of X's €12.6 billion".

    Such a figure is that name's, whatever cue of the fact stands before it.
    """
    for mention in mentions:
        if mention.possessive and mention.end <= start and not text[mention.end : start].strip():
            return mention.entity  # a possessive mention ends past its 's
    return None


# An aside right after a sentence's opening subject: "The company, founded in 2020 by
# Owen Pryce, " names who founded it, not who states the figures after.
_SUBJECT_ASIDE = compile_lazily(
    r"\s*(?:The|Its|This)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,[^,;:()]{1,160},\s"
)


def _outside_asides(text: str, mentions: Sequence[Mention], start: int) -> list[Mention]:
    """Drop the names inside a description of another name, away from the figure.

    In "a stake in Pylonic, the tower company majority-owned by Ostra" the
    owner named in the aside describes Pylonic; it is no party to the deal;
    nor is Ostra in "Corrib, which is majority-owned by Ostra, completed the
    $95 million purchase of X", though it is in "Corrib, which Ostra bought
    for $300 million, ...".
    """
    asides = [
        (found.start(), found.end()) for m in mentions if (found := NAME_ASIDE.match(text, m.end))
    ]
    asides += [
        found.span()
        for found in RELATIVE_ASIDE.finditer(text)
        if not found.start() < start < found.end()
    ]
    return [m for m in mentions if not any(a <= m.start < b for a, b in asides)]


# An aside after a name, up to the next comma or the sentence's end.
_ASIDE_OPENS = r",\s+(?:the|a|an)\s[^,]{0,100}?"  # ", the Dutch rival"
NAME_ASIDE = compile_lazily(_ASIDE_OPENS + r"(?=,|[.!?]?\s*\Z)")


# The opening of a sentence about another party related to the topic:
# "Its rival", "The Bergen-based group's Swedish arm", "Nordvik Mode's unit".
_RELATED_PARTY = compile_lazily(
    r"(?i)(?:its|their|(?:[\w-]+\s+){0,3}?[\w-]+(?:['’]s|s['’]))"
    r"\s+(?:(?!(?:from|of|in|to|with|by|for|at|on)\b)[\w-]+\s+){0,2}?" + RELATED
)
# An adverb opening a sentence, set off by a comma: "By contrast, ", "Meanwhile, ".
_ADVERBIAL = compile_lazily(
    r"\s*(?:(?:By|In)\s+contrast|Meanwhile|However|Elsewhere|Separately|Similarly|Likewise"
    r"|Still),\s+"
)
# A party related to the owner named between it and the figure: "X's leather goods arm grew".
_RELATED_BETWEEN = compile_lazily(r"(?i)\b" + RELATED)


def _free_mentions(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Return names that can act: not after a preposition, not inside an appositive.

    Nor one in the possessive that only says where the next is from:
    "Singapore's Mendara Health" acts as Mendara Health.
    """
    asides = [m.span() for m in _APPOSITIVE.finditer(text)]
    return [
        m
        for m in mentions
        if m.after_preposition is None
        and not any(a <= m.start < b for a, b in asides)
        and not _qualifies_next(text, m, mentions)
    ]


# ", the Dutch rival,", ", Indonesia's fastest-growing marketplace,", ", acting
# through KfW,": a description, or the means of the party before it.
_APPOSITIVE = compile_lazily(
    r",\s+(?:(?:the|a|an|its|which|who|acting|through|via)\b|\p{Lu}[\w-]*['’]s\s)[^,]{0,100},"
)


def _acting_party(
    text: str, mentions: Sequence[Mention], start: int, target: str | None
) -> str | None:
    """Return the party acting: the nearest free-standing name before, else after.

    Names inside an appositive ("Meta, the parent of Facebook and Instagram,
    is ...") describe another name and never act.
    """
    free = [m for m in _free_mentions(text, mentions) if m.entity != target]
    before = [m for m in free if m.start < start]
    if before:
        return before[-1].entity
    return free[0].entity if free else None


def _taking_with(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """Return the name a "with" clause has acting on the figure ("with Y taking 30%").

    In "X will hold 50% of the venture, with Y taking 30%" Y takes the 30%:
    the name after "with" is the subject of the verb leading to the figure.
    """
    for mention in mentions:
        if mention.after_preposition == "with" and _TAKING.fullmatch(text, mention.end, start):
            return mention.entity
    return None


def _group_holder(text: str, start: int) -> str | None:
    """Return the unnamed group that acts on the figure ("New investors now hold 20%").

    A stake a group of backers holds together is no one investor's: the group
    is its party, so no single investor's money is read as having bought it.
    """
    group = _GROUP.search(text, 0, start)
    return group["group"].lower() if group else None


# A group of people in the plural, then at most three words in lower case, then the
# figure; never the last word of a name ("Kramon Investors agreed to pay"). The
# words may open a clause about the group: "The founders, who together own 71%".
_GROUP = compile_lazily(
    r"(?i)(?<!\b(?-i:[A-Z])[\w&'’.-]*\s+)"
    r"\b(?P<group>(?:(?:new|existing|early|outside|other|its|their|the)\s+)?"
    r"(?:investors|backers|shareholders|employees|staff|founders|managers))"
    r"(?:,\s+who)?(?-i:\s+(?:[a-z]+\s+){0,3})\Z"
)


# From the name of a "with" clause to its figure: " taking a further ".
_TAKING = compile_lazily(r"\s+[a-z]+ing\s+(?:[a-z-]+\s+){0,2}")


def _relative_head(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """Return the name a relative clause holding the figure is about: it acts there.

    In "bought from the Marsh family, which will keep the remaining 40%" the
    seller keeps the 40%, not the buyer of the sentence, and in "next to
    Kallang Pacific itself, which has a market value of S$6.1 billion" the
    value is Kallang Pacific's; the clause runs from ", which" or ", who" to
    the figure with no break between, and may follow a description of the
    name ("Medisched, the Dutch rival, which raised $40 million").
    """
    heads = [m for m in mentions if _RELATIVE_HEAD.fullmatch(text, m.end, start)]
    return heads[-1].entity if heads else None


# From a name to a figure in a relative clause about it: " family, which will keep the ",
# also past a description of the name: ", the Dutch rival, which raised ".
_RELATIVE_HEAD = compile_lazily(
    rf"(?:\s+[a-z][\w'’-]*){{0,2}}(?:{_ASIDE_OPENS})?" + RELATIVE_CLAUSE
)


def _named_after_cue(text: str, mentions: Sequence[Mention], cue_at: int | None) -> str | None:
    """Return a name standing right after the cue ("value Scale AI", "valuation of X").

    A name in the possessive owns what follows it, not the cue: in "a round
    led by Britain's Y" the round is not Britain's; nor is a name past a
    clause break the cue's ("at a $2.1 billion valuation, so X is smaller").
    """
    if cue_at is None:
        return None
    for mention in mentions:
        if mention.possessive or (
            mention.start > cue_at and CLAUSE_BREAK.search(text, cue_at, mention.start)
        ):
            continue
        if cue_at < mention.start <= cue_at + 25 and (
            mention.after_preposition in (None, "of", "for")
            or _RIGHT_AFTER_ON.search(text, 0, mention.start)  # "a value of £60m on Fixly"
        ):
            return mention.entity
        if cue_at < mention.start <= cue_at + 70 and _VALUE_OF_ON.fullmatch(
            text, cue_at, mention.start
        ):
            return mention.entity  # "puts a price tag of nearly ¥590 billion on Kaneda"
    return None


# "on" right before a name, with no description between: "a value of £60m on Fixly",
# not "spend $2.4 billion on its Luleå mill".
_RIGHT_AFTER_ON = compile_lazily(r"\bon\s+\Z")
# A value "of" a figure put "on" a name: "price tag of nearly ¥590 billion on ".
_VALUE_OF_ON = compile_lazily(r"(?i)[\w-]+(?:\s+tag)?\s+of\s+[^,;:()]{1,40}?\s+on\s+")


def _object_before_at(
    text: str, mentions: Sequence[Mention], cue_at: int | None, start: int
) -> str | None:
    """Return X of "values X at $2 billion": the company the cue's verb acts on.

    It outranks a possessive before the cue, which owns the thing doing the
    valuing: in "Vantor's investment values Quillon at ¥200 billion" the
    valuation is Quillon's.
    """
    if cue_at is None or cue_at > start or not LEADS_TO.fullmatch(text, cue_at, start):
        return None
    named = [m for m in mentions if cue_at < m.start < start and m.after_preposition is None]
    return named[0].entity if named else None


def _pronoun_before_at(
    text: str, mentions: Sequence[Mention], cue_at: int | None, start: int, topic: str | None
) -> str | None:
    """Return whom "it" stands for in "valued it at $2 billion": the sentence's subject.

    The object of the cue's verb is never the subject of its own clause: in
    "X raised $300 million in 2023, when Y led a round that valued it at $2
    billion" the value is X's, not Y's.
    """
    if cue_at is None or cue_at > start or not LEADS_TO.fullmatch(text, cue_at, start):
        return None
    return _main_subject(text, mentions, start, topic) if _IT.search(text, cue_at, start) else None


_IT = compile_lazily(r"\bit\b")


def _appositive_head(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """Return X when the figure stands in an aside about it ("X, a rival valued at $12B")."""
    for mention in reversed(mentions):
        if mention.end < start and _ASIDE_OPENING.match(text, mention.end):
            return mention.entity if "," not in text[mention.end + 1 : start] else None
    return None


_ASIDE_OPENING = compile_lazily(r",\s+(?:a|an|the)\s")


def _described_counterpart(
    text: str, mentions: Sequence[Mention], cue_at: int | None
) -> str | None:
    """Return the company a description after the cue stands for.

    In "X's deal with Y values the battery maker at $4.5 billion" the
    description names the other party of the deal, written after "with",
    "in" or "into", or after a percentage of it: "X is taking 24.9% of Y in
    a capital increase that values the Magdeburg breeder at €950 million".
    """
    if cue_at is None or not _DESCRIPTION.match(text, cue_at):
        return None
    party = [
        m
        for m in mentions
        if m.after_preposition in ("with", "in", "into")
        or (m.after_preposition == "of" and _SHARE_OF.search(text, max(0, m.start - 20), m.start))
    ]
    return party[0].entity if party else None


# A percentage of a company: "taking 24.9% of Ostmark Saaten".
_SHARE_OF = compile_lazily(r"%\s+of\s+\Z")


# "a 20% stake in the company": the company the text is about.
# "the project company", "the joint-venture company": a vehicle of its own, not the topic.
_TARGET_DESCRIPTION = (
    r"(?:the|its)\s+(?:(?!(?:project|holding|parent|joint|venture|operating|new|combined"
    r"|merged|shell)\b)[\w-]+\s+){0,2}?(?:company|start-?up|firm|maker"
    r"|group|business|provider|developer|manufacturer|operator|unicorn)\b"
)
_DESCRIBED_TARGET = compile_lazily(rf"(?i)\b(?:in|into|for)\s+{_TARGET_DESCRIPTION}")
# "20% stake in the Berlin company": the figure's own phrase names it so.
_DESCRIBED_RIGHT_AFTER = compile_lazily(
    rf"(?i)\s+(?:[\w-]+\s+){{0,2}}?(?:in|into)\s+{_TARGET_DESCRIPTION}"
)
# "7.5% of the company": a share of the company the text is about.
_DESCRIBED_SHARE = compile_lazily(rf"(?i)\s+of\s+{_TARGET_DESCRIPTION}")


def _described_target(text: str, start: int, end: int) -> bool:
    """Tell whether a description after the figure stands for the company the text is about.

    "a 20% stake in the company" anywhere after it, or "7.5% of the company"
    right after it: a percentage of a company is a share of that company.
    """
    return bool(_DESCRIBED_TARGET.search(text, start) or _DESCRIBED_SHARE.match(text, end))


# Money put "in a new training ground" or "in the stadium": into a thing; so is
# money put "into pipes", a bare word in lower case (a company has a name).
_INTO_A_THING = compile_lazily(
    r"\s+(?:in|into|on)\s+(?P<object>(?:a|an|new|its|their|the)\s+[a-z])"
    r"|\s+(?:into|on)\s+(?P<object>(?!(?:it|them|which|whom|that|this|these|those)\b)[a-z])"
)
# A share "of a new joint venture", "a 30% stake in a new venture": in a thing
# the text names no company for, never the company it is about.
_SHARE_OF_A_THING = compile_lazily(
    r"\s+(?:(?:stake|holding|interest)\s+)?(?:of|in)\s+(?:a|an)\s+[a-z]"
    r"|\s+in\s+(?!(?:it|them|which|whom|that|this|these|those)\b)[a-z][\w-]*s\b"
)  # also "stakes of 10% to 20% in independents": in things of a kind, no company


def _share_of_a_thing(
    sentence: Sentence, quantity: Quantity, quantities: Sequence[Quantity]
) -> bool:
    """Tell whether a percentage is a share of a thing no company is named for.

    "will own 49% of a new joint venture": so is the rest of it, "with Y
    holding the remaining 51%".
    """
    if quantity.kind != "percent":
        return False
    if _SHARE_OF_A_THING.match(sentence.text, quantity.end - sentence.offset):
        return True
    start = quantity.start - sentence.offset
    return bool(REST_BEFORE.search(sentence.text, 0, start)) and any(
        other.kind == "percent"
        and other.end <= quantity.start
        and _SHARE_OF_A_THING.match(sentence.text, other.end - sentence.offset)
        for other in quantities
    )


# A change "in a regional bank index": of some thing, not of a company.
_IN_A_THING = compile_lazily(r"[\w-]+\s+in\s+(?:a|an)\s+[a-z]")
# Money put "in renovating Tidewater Arena": into a piece of work, whatever it names.
# Money put into work, past whose money it is: "$20 million of its partner's money into building".
_INTO_WORK = compile_lazily(r"(?:\s+of\s+[^,;.]{0,40}?\bmoney)?\s+(?:in|into|on)\s+[a-z]+ing\s")
# The subject of money put into something that is no company: such claims
# are never compared, and no other subject is guessed for them.
NOT_A_COMPANY = ""

_DESCRIPTION = compile_lazily(
    r"(?i)[a-z]+\s+the\s+(?:[\w-]+\s+){0,4}?(?:(?:company|start-?up|firm|[a-z]*maker|group"
    r"|business|provider|developer|manufacturer|operator|lender|bank|insurer|retailer|unicorn"
    r"|breeder|producer|supplier|distributor|brand|chain|platform|app)\b"
    r"|(?-i:[a-z][\w-]*)\s+at\b)"  # any description the value is put on: "the royalty holder at"
)


def _sentence_subject(
    text: str, mentions: Sequence[Mention], start: int, topic: str | None
) -> str | None:
    """Return the sentence's subject before the figure, or the topic it points back to.

    "Its rival, X, ..." and "The group's Swedish arm, X, ..." are about X,
    not about the topic: an opening that names another party related to
    the topic takes the name that follows, and no company when none follows
    (so the document's usual subject is not filled in either).
    """
    heading = [m for m in mentions if m.start < start]
    if heading and _HEADED_BY_NAME.fullmatch(text, 0, start):
        return heading[0].entity  # "**Casaverde** ($22M Series A, Lisbon)."
    lead = _ADVERBIAL.match(text)  # "By contrast, X's bus division grew ..."
    opening = _RELATED_PARTY.match(text, lead.end() if lead else len(text) - len(text.lstrip()))
    if opening:
        named = [
            m
            for m in mentions
            if opening.end() <= m.start < start and not _qualifies_next(text, m, mentions)
        ]
        return named[0].entity if named else NOT_A_COMPANY
    own = _clause_subject(text, mentions, start)
    return own if own is not None else _main_subject(text, mentions, start, topic)


def _main_subject(
    text: str, mentions: Sequence[Mention], start: int, topic: str | None
) -> str | None:
    """Return the first free name of the statement before the figure, else the topic."""
    clause = max((m.end() for m in _NEW_CLAUSE.finditer(text, 0, start)), default=0)
    opening = BACK_REFERENCE.match(text[clause:].lstrip())
    if opening:
        begin = len(text) - len(text[clause:].lstrip()) + opening.end()
        aside = _WHICH_ASIDE.match(text, begin)
        if aside and any(
            m.entity == topic for m in mentions if aside.start() <= m.start < aside.end()
        ):
            return NOT_A_COMPANY  # "The state government, which owns Tarrant, is providing ..."
        return topic
    for mention in mentions:
        if (
            clause <= mention.start < start
            and mention.after_preposition is None
            and not _qualifies_next(text, mention, mentions)
        ):
            return mention.entity
    return _opening_owner(text, mentions, start) or topic


def _opening_owner(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """Return the name whose measures a sentence opens on, for later clauses without a name.

    In "X's revenue rose to $1.5 billion, but the net loss was still $62
    million" the loss is X's too: the clause after "but" names no one, and
    the sentence began by saying whose figures it gives.
    """
    opening = len(text) - len(text.lstrip())
    first = next((m for m in mentions if m.start < start), None)
    if first is None or first.start != opening or not first.possessive:
        return None
    return None if _qualifies_next(text, first, mentions) else first.entity


def _qualifies_next(text: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """Tell whether a name in the possessive only says where or whose the next one is.

    "Singapore's X" is X; so is "Koningsveld's smaller rival X": the party
    related to the name in the possessive is the one that acts.
    """
    return mention.possessive and any(
        m.start > mention.end
        and (
            not text[mention.end : m.start].strip()
            or _RELATED_BEFORE_NAME.fullmatch(text, mention.end, m.start) is not None
        )
        for m in mentions
    )


# From a name in the possessive to the party related to it: " smaller rival ".
_RELATED_BEFORE_NAME = compile_lazily(r"(?i)\s+(?:[a-z][\w-]*\s+){0,2}?" + RELATED + r",?\s+")


def _clause_subject(text: str, mentions: Sequence[Mention], start: int) -> str | None:
    """Return the name acting on the verb of the figure's own clause.

    In "Fares rise in Leeds, even as Northvale Rail reported revenue of
    £350 million" the revenue is Northvale Rail's: the name opens the
    figure's clause, after at most its opener ("even as", "after"), and
    stands right before a word in lower case, its verb. Names of an
    earlier clause never take it over.
    """
    clause = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    if clause == 0:
        return None
    for mention in mentions:
        if clause <= mention.start < start and mention.after_preposition is None:
            if _qualifies_next(text, mention, mentions):
                clause = mention.end  # "and Koningsveld's smaller rival Veluwe Bieren says"
                continue
            if _CLAUSE_OPENER.fullmatch(text, clause, mention.start) and _VERB_NEXT.match(
                text, mention.end
            ):
                return mention.entity
            return None
    return None


# What may stand between a clause break and the clause's subject: its opener.
_CLAUSE_OPENER = compile_lazily(r"\s*(?:[a-z]+\s+){0,3}")
# A word in lower case right after a name: the verb it acts on.
_VERB_NEXT = compile_lazily(r"\s+[a-z]+\b(?!['’])")

# A relative clause right after a description: ", which owns Tarrant,".
_WHICH_ASIDE = compile_lazily(RELATIVE_CLAUSE)
# Where a new clause with its own subject starts: "..., and Brightvane is ...".
_NEW_CLAUSE = compile_lazily(r";\s+|,\s+(?:and|but|while|whereas)\s+")
# The words after a figure that say who told it: ", the Pune-based operator said".
_TOLD_BY = compile_lazily(rf",\s+(?:[^,;:()]{{1,60}}?\s+)?{SPEECH}\b")
