"""Who in a document is a person: never the company a figure is about.

A name is a person's where a role or title stands right before it ("Chief
executive Fiona Wray", "finance chief Tom Hale", "Treasurer Ana Lutz", "Dr
Wray"), where an aside after it gives one ("Sam Oduya, an analyst at Kelso
Bank", "Tom Hale, 61,"), or where it says something and "he" or "she" follows
("Ana Lutz said she expects ..."); so is, anywhere in the document, the same
person's surname alone ("Wray said"), unless the document also writes that
word as the start of a company's name ("Lutz Foods").  A person is never
whose revenue, spending or valuation a figure is.  A person who speaks is no
party to any figure of the sentence: the figures belong to the company named
there, or to the topic, which the speaker leaves as it was.  A person who
acts without speaking ("founder Jane Reyes sold her stake") stays a party to
a deal, and a figure such a person states ("Treasurer Ana Lutz has put
spending at ...") is no company's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from factlint.claims.entities import PERSON_ROLES, Mention
from factlint.claims.text import SPEECH, unpossessed
from factlint.lazyregex import compile_lazily

__all__ = ["People", "holds_a_role"]

_ROLE = "|".join(
    sorted((r"\s+".join(map(regex.escape, r.split())) for r in PERSON_ROLES), key=len, reverse=True)
)
# A role right before a name, past a comma: "Chief executive ", "its director, ".
_ROLE_BEFORE = compile_lazily(rf"(?i)\b(?:{_ROLE})\.?,?\s+\Z")
# A role right after a name: the name is the role's company or a word of its title.
_ROLE_NEXT = compile_lazily(rf"(?i)\s+(?:{_ROLE})\b")
# Words that end the description a role heads: "X, whose chief executive ...".
_NOT_MODIFIER = r"(?:of|at|for|in|on|to|with|by|from|whose|which|who|where|that)\b"
# Where the role of an aside ends: at a stop or a preposition (", chief executive since
# 2019,"), not before a name
# (", chief financial officer Joris Veenstra told us" gives the next name's role).
_ROLE_ENDS = r"(?=\s*[,.;:)—–]|\s+(?:of|at|for|in|with|and|to|since|until)\b|\s*\Z)"
# An aside after a name that gives a role or an age: ", an analyst at ", ", Ph.D.,
# Chief Executive Officer", ", 68,".
_ROLE_AFTER = compile_lazily(
    rf"(?i),\s+(?:(?:ph\.?d\.?|m\.?d\.?|jr\.?|sr\.?),\s+)?(?:(?:an?|the|its|their|our)\s+)?"
    rf"(?:(?!{_NOT_MODIFIER})[\w&'’.-]+\s+){{0,3}}?(?:{_ROLE})\b{_ROLE_ENDS}|,\s+\d{{2}},"
)
# A verb of speech after a name, past an aside, an employer and an adverb: " said",
# ", 61, told", " of Kelso Bank expects".
_SPEAKS_AFTER = compile_lazily(
    rf"(?:,[^,;:()]{{1,100}},|\s+(?:of|at)\s+[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){{0,4}})?"
    rf"\s+(?:(?:also|later|previously|separately|then)\s+)?{SPEECH}\b"
)
# A verb of speech right before a name, past a role: "said chief executive ".
_SPEAKS_BEFORE = compile_lazily(rf"(?i)\b{SPEECH}\s+(?:(?:[a-z][\w-]*|{_ROLE})\.?\s+){{0,4}}\Z")
# A quotation closing right before its speaker's name: '," ', '," said finance chief '.
_QUOTE_ENDS = compile_lazily(
    rf"[,.?!…]\s*[\"”]\s+(?:{SPEECH}\s+)?(?:(?:[a-z][\w-]*|{_ROLE})\.?\s+){{0,4}}\Z"
)
# Where the speaker's name of a quotation ends: '," said X.' but not '," said X chief
# executive Y', which names Y's company.
_SPEAKER_ENDS = compile_lazily(rf"\s*(?:[,.;:!?]|\Z)|\s+{SPEECH}\b")
# "he" or "she" after the verb of speech, in its clause: "said she expects".
_PRONOUN_NEXT = compile_lazily(r"[^;:()—–]{0,60}?\b(?:he|she)\b", regex.IGNORECASE)
# A quotation said by "he" or "she": '"...," she said.'
_PRONOUN_SPEAKS = compile_lazily(rf"(?i)\b(?:he|she)\s+{SPEECH}\b|\b{SPEECH}\s+(?:he|she)\b")
_PRONOUN = compile_lazily(r"(?i)\bs?he\b")  # found at one cheap scan, before the verbs are tried
# From a verb of speech to the subject of what is said: " that ".
_REPORTED = compile_lazily(r"\s*(?:that\s+)?")
_QUOTES = compile_lazily(r"[\"“”]")


def _pronoun_speaks(text: str) -> bool:
    """Tell whether "he" or "she" speaks in a sentence ("she said", "said he")."""
    return _PRONOUN.search(text) is not None and _PRONOUN_SPEAKS.search(text) is not None


def _quoted(text: str, mention: Mention) -> bool:
    """Tell whether a name stands inside quotation marks: a speaker's words."""
    return len(_QUOTES.findall(text, 0, mention.start)) % 2 == 1


class People:
    """The people a document names, known from all its sentences."""

    def __init__(self, sentences: Iterable[tuple[str, Sequence[Mention]]]) -> None:
        self._names: set[str] = set()
        companies: set[str] = set()  # words that start a company's name of several words
        longer: set[str] = set()  # names also written longer: "Lutz" as "Lutz Foods"
        for text, mentions in sentences:
            for m in mentions:
                written = unpossessed(text[m.start : m.end]).split()
                if len(written) > len(m.entity.split()):
                    longer.add(m.entity)
                if _named_as_person(text, m):
                    self._names.add(m.entity)
                elif len(written) > 1:
                    companies.add(m.entity.split()[0])
        self._names -= longer
        self._surnames = {name.split()[-1] for name in self._names} - companies

    def is_person(self, mention: Mention) -> bool:
        """Tell whether a name is a person's: itself, or by the surname it ends in.

        Names joined by "&" are a firm's, whatever surname ends them: "Harcourt
        & Lisle" is the jeweller its managing director Rupert Lisle runs.
        """
        words = mention.entity.split()
        by_surname = len(words) <= 3 and words[-1] in self._surnames and "&" not in words
        return mention.entity in self._names or by_surname

    def parties(self, text: str, mentions: Sequence[Mention]) -> list[Mention]:
        """Return the names that can be parties to a sentence's figures, people marked.

        A person who speaks is none, nor a word of a title ("Chief Financial Officer").
        """
        marked = [m._replace(person=self.is_person(m)) for m in mentions]
        return [m for m in marked if not (m.person and _speaks(text, m)) and not _titled(text, m)]

    def named_in(self, text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
        """Return where a sentence names people, speakers and surnames alone included.

        A surname alone is found even where it is not taken for a name
        ("Achterberg puts its value at ..."): the document named its person.
        """
        spans = {(m.start, m.end) for m in mentions if self.is_person(m)}
        for surname in self._surnames:
            if surname in text:
                spans.update(
                    found.span()
                    for found in regex.finditer(rf"\b{regex.escape(surname)}\b", text)
                    if not any(a <= found.start() < b for a, b in spans)
                )
        return sorted(spans)

    def topic_names(self, text: str, mentions: Sequence[Mention]) -> list[Mention]:
        """Return the names that can become the topic: no person, and no name quoted.

        Where a person speaks, only a company named before the speaker ("X
        expects ..., chief executive Y said") or right after the verb ("Y said X
        would ...") can: a name later in the sentence is what the speaker talks of.
        """
        companies = [m for m in mentions if not self.is_person(m)]
        speakers = [m for m in mentions if self.is_person(m) and _speaks(text, m)]
        unclosed = len(_QUOTES.findall(text)) % 2 == 1  # a quotation running on
        if speakers or unclosed or _pronoun_speaks(text):
            companies = [m for m in companies if not _quoted(text, m)]
        if not speakers:
            return companies
        said = _SPEAKS_AFTER.match(text, speakers[0].end)
        after = _REPORTED.match(text, said.end()) if said else None
        reported = after.end() if after else -1
        return [m for m in companies if m.start < speakers[0].start or m.start == reported]


def holds_a_role(text: str, mention: Mention) -> bool:
    """Tell whether a person's role follows a company's name: "Tolland's founder".

    The company is then the one the person's sentence is about: in
    "Tolland's founder, who still owns 9% of the company, ..." the company
    is Tolland, whatever the text was about before.
    """
    return mention.possessive and _ROLE_NEXT.match(text, mention.end) is not None


def _named_as_person(text: str, mention: Mention) -> bool:
    """Tell whether a sentence writes a name as a person's: with a role, an age or "she"."""
    if mention.possessive or _ROLE_NEXT.match(text, mention.end):
        return False  # "Harbor Labs's chief executive", "Chief Financial Officer": no person
    if _ROLE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return True
    if _ROLE_AFTER.match(text, mention.end):
        return True
    if (
        _QUOTE_ENDS.search(text, max(0, mention.start - 60), mention.start)
        and _speaks(text, mention)
        and _SPEAKER_ENDS.match(text, mention.end)
    ):
        return True
    said = _SPEAKS_AFTER.match(text, mention.end)
    return said is not None and _PRONOUN_NEXT.match(text, said.end()) is not None


def _titled(text: str, mention: Mention) -> bool:
    """Tell whether a name is a word of a title: "Chief Financial Officer"."""
    return bool(
        _ROLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        and _ROLE_NEXT.match(text, mention.end)
    )


def _speaks(text: str, mention: Mention) -> bool:
    """Tell whether a person's name is the one speaking in a sentence."""
    return bool(
        _SPEAKS_AFTER.match(text, mention.end)
        or _SPEAKS_BEFORE.search(text, max(0, mention.start - 60), mention.start)
    )
