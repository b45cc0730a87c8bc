"""Who a sentence is about: named entities, their aliases, and the topic.

Names are found without configuration: runs of capitalized words ("Scale
AI", "Meta Platforms"), with possessives noted ("Meta's").  Sentence-initial
words and title-case headlines capitalize ordinary words, so a name must
also be seen capitalized in the middle of a running sentence somewhere in
the corpus, and headlines only yield names seen elsewhere.  Names whose
words begin a longer name are its aliases ("Meta" of "Meta Platforms",
"Scale" of "Scale AI"); users may declare more.  "The company", "the
startup", "it" and "its" point back to the topic: the entity the last
sentence was about.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from typing import NamedTuple

import regex

from factlint.claims.names import NameIndex
from factlint.documents.sentences import line_starts
from factlint.lazyregex import compile_lazily

__all__ = [
    "BACK_REFERENCE",
    "DATELINE",
    "DESCRIBED_OBJECT",
    "Entities",
    "Mention",
    "NameEvidence",
    "PERSON_ROLES",
    "RELATED",
    "is_title_case",
]


def _name_pattern(capital: str, letter: str, lower: str) -> regex.Pattern[str]:
    """Compile the pattern of a run of capitalized words, with the given letter classes.

    A run may end joined to a word in lower case: "Abu Dhabi-based" holds
    the name "Abu Dhabi", which then qualifies what follows (see _COMPOUND),
    though a short syllable after a short one is a given name: "Lee Su-bin".
    """
    part = rf"{capital}[{letter}0-9&]*(?:['’]{capital}[{letter}0-9&]*)?"  # "O'Neill", "Qu'Appelle"
    word = rf"(?:[A-Z](?:\.[A-Z])+\.|{part}(?:-{part})*)"
    # A given name of two syllables after a family name: "Lee Su-bin", "Kang Min-ho".
    given = rf"{capital}{lower}{{1,3}}-(?!{_COMPOUNDS}\b){lower}{{2,4}}(?![\w-])"
    # A particle inside a name, before a capital: "Femke de Wit", "Banco de Chile".
    particle = rf"(?:de|van|von|der|den|da|di|du|del|della|dos|das|ter|bin)(?=[ ]{capital})"
    return compile_lazily(
        rf"(?<![\w’'.-]){word}(?:(?:[ ]|\n(?!\s))(?:{given}|{word}|of|&|{particle})){{0,4}}"
        rf"(?!\w|-(?!{lower}))(?P<possessive>['’]s\b)?"
    )


# Short words a place joins to ("Oslo-born", "Saudi-led"): no syllable of a name.
_COMPOUNDS = "(?:led|run|born|made|wide|bound|owned|like|type|size|side|area|era)"


# Capitals of any alphabet start a name's words ("Vicuña Norte", "Société
# Générale"); the pattern for ASCII text alone scans several times faster.
_NAME_ASCII = _name_pattern("[A-Z]", "A-Za-z", "[a-z]")
_NAME = _name_pattern(r"\p{Lu}", r"\p{L}\p{M}", r"\p{Ll}")
_STOP = frozenset(
    """A About According Additionally After All Also Although Amid An And Another Any As At
    Because Before Both But By Can Could Despite Did Do Does Each Earlier Even Every For
    Founded From Furthermore Given Have Having He Her Here His How However If In Instead It She
    Its Just Last Later Let Let's Lets Like Many Meanwhile More Moreover Most Much My New Next
    No Nonetheless Not Now Of On Once One Only Or Other Our Over Overall Per Perhaps Since So
    Some Still Such That The Their Then There These They This Those Though Through To Today
    Under Unlike Until Up We What Whatever When Where Whether Which While Who Why With Without
    Would Yet You Your January February March April May June July August September October
    November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday CEO CFO Inc Corp
    Co Ltd LLC Plc PLC Conclusion Introduction Summary Update Updated Published Share
    Discover Leave Reply Read Related Source Sources Photo Image Analysts Investors Shares
    Officials Executives Management Regulators Critics Experts Observers Customers Employees Workers
    Bankers Lawyers Economists Shareholders Residents Patients Doctors Nurses Teachers
    Students Parents Fans Voters Consumers Shoppers Landlords Tenants Couriers Drivers
    Sales Revenue Profit Earnings Growth Talks Deal Terms Series Class Phase Round Tier
    Chief Executive President Chairman Chairwoman Director Officer Analyst Founder Head
    Minister Secretary Spokesman Spokeswoman Spokesperson NYSE NASDAQ Nasdaq LSE TSX ASX
    HKEX SGX Euronext Xetra OTC FY Q1 Q2 Q3 Q4 H1 H2 Total Net Gross Operating Adjusted
    Annual Quarterly Elsewhere Separately Besides Likewise Similarly Indeed Further Finally
    Otherwise Altogether Nevertheless Notably Importantly Crucially Specifically Previously
    Currently Initially Ultimately Eventually Recently Yesterday Tomorrow Thus Hence
    Therefore Accordingly Consequently Alternatively Conversely Regardless Afterwards
    Already Again Upon Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty
    Forty Fifty Hundred Hundreds Thousand Thousands Million Millions Billion Billions Half
    Several Few Dozens Either Neither Final Interim Preliminary Rival Rivals Competitor
    Competitors Peer Peers Board Following Including Excluding Unit Units""".split()
)
# Acronyms that are names only as part of a longer one ("Scale AI"), among
# them the measures of a business ("14 times ARR", "a CAGR of 33%").
_NOT_ALONE = frozenset(
    "AI ML LLM LLMs IPO US USD EU UK ARR MRR GMV TPV CAGR EBITDA EBIT EBITDAR AUM".split()
)
_SUFFIXES = frozenset(  # legal forms: "Acme Group" is Acme, "the Company" no one
    """Inc Inc. Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC Plc PLC Group
    Holdings""".split()
)
_PREPOSITIONS = frozenset(
    "with from in into of to by for like at on about against among over under via than".split()
)
# Another party related to a company: "its rival", "the parent", "Nordvik's unit".
RELATED = (
    r"(?:rivals?|competitors?|parent|subsidiary|unit|division|owner|founders?|investors?"
    r"|backers?|partners?|customers?|suppliers?|peers?|acquirer|buyer|lender|arms?|affiliates?"
    r"|neighbou?rs?|sister)\b"
)
# A name in apposition to a related party after a preposition: "from its parent,
# Ahmedabad-based X" is "from X".
_APPOSED_PARTY = compile_lazily(
    r"(?i)\b(?P<preposition>from|to|in|into|of|by|with)\s+(?:its|their|the|his|her)\s+"
    rf"(?:[\w-]+\s+)?{RELATED},\s+(?:[\w-]+-based\s+)?\Z"
)
# Words pointing back to the topic.
_DESCRIPTION = (
    r"the\s+(?:[\w-]+\s+){0,2}?(?:company|start-?up|firm|group|business|maker|lab|studio"
    r"|platform|provider|developer|manufacturer|retailer|bank|lender|insurer|carmaker"
    r"|chipmaker|automaker|operator|unicorn|chain|club|team|city|council|county|government"
    r"|miner|airline|carrier|utility|insurer|charity|university|lessor|landlord|brewer"
    r"|distiller|broker|grocer|publisher|contractor|builder|shipper|producer|supplier)"
    r"(?-i:(?!\s+[A-Z]))"  # not a word of a longer name: "The Kansas City Stampede"
)
BACK_REFERENCE = compile_lazily(rf"(?i)\b(?:{_DESCRIPTION}|its|it)\b")
# "... controls the studio": a description pointing back, other than as the
# one who speaks ("..., the company said").
DESCRIBED_OBJECT = compile_lazily(
    rf"(?i)\b{_DESCRIPTION}\b(?!['’]s\b|\s+(?:said|says|told|added|announced|reported))"
)


# "LONDON (City Wire) -", "SAN FRANCISCO, June 9 (Reuters) —", "SAN JUAN, Puerto
# Rico, June 3, 2025 /PRNewswire/ --", "HAWICK, Scotland, 12 March 2025 --": where and who
# filed a story, never what it is about; so is a place before a full date,
# "**Edinburgh, 17 June 2025.**" or "Boston, May 5, 2025 —".
_UPPER = "A-ZÀ-ÖØ-Þ"  # capitals of Latin script: "SÃO PAULO", "BOGOTÁ"
_LOWER = "a-zß-öø-ÿ"
DATELINE = compile_lazily(
    rf"\s*[{_UPPER}][{_UPPER} .'-]{{2,30}}"
    r"(?:,\s*(?:\d{1,2}\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?(?:,?\s*\d{4})?){0,3}"
    r"\s*(?:\([^()]{1,40}\)|/[^/\n]{1,40}/)?\s*[-—–]+\s"
    rf"|\s*[*_]{{0,2}}[{_UPPER}][{_LOWER}]+(?:\s[{_UPPER}][{_LOWER}]+)?,\s*(?:\d{{1,2}}\s+[A-Z][a-z]{{2,8}}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d\b[.:]?[*_]{0,2}(?:\s*[-—–]+)?(?:\s|\Z)"
)


class Mention(NamedTuple):
    """A name in a sentence: canonical entity, span, and how it stands."""

    entity: str
    start: int
    end: int
    possessive: bool
    after_preposition: str | None
    person: bool = False  # a person's name ("Chief executive Ana Lutz"), never a company


_LATIN_WORD = compile_lazily(r"[A-Za-z][A-Za-z’'-]+")
# Words of nations: by their endings ("Danish", "Korean"), and those with none
# of them ("Dutch", "French", "Kuwaiti"); a bare "-an" ends too many family and
# company names ("Halloran", "Morgan", "Titan") to tell one, so those are listed.
_NATIONALITY = compile_lazily(
    r"[A-Z][a-z]+(?:ish|ese|ian|ean|ic)|Dutch|French|Greek|Thai|Swiss|Czech|Welsh|Scots"
    r"|Saudi|Kuwaiti|Qatari|Emirati|Omani|Iraqi|Israeli|Pakistani|Bangladeshi|Nepali"
    r"|American|Mexican|Cuban|German|Kenyan|Ugandan|Rwandan|Moroccan|Tibetan|Afghan"
    r"|Venezuelan|Angolan|Jamaican|Lankan|Dominican|Rican|Guatemalan|Nicaraguan|Paraguayan"
    r"|Uruguayan|Samoan|Tongan|Andorran|Ecuadoran|Salvadoran|Honduran|Republican|Anglican"
)
_PHRASE_BREAK = compile_lazily(r"[,.;:()\d$€£%—–]")
_LEADING_LATIN = compile_lazily(r"\p{L}[\w-]*")


def is_title_case(sentence: str) -> bool:
    """Tell whether most longer words are capitalized, as in a headline."""
    words = [w for w in _LATIN_WORD.findall(sentence) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


class NameEvidence(NamedTuple):
    """What some text says about which capitalized words are names.

    Gathered per document and merged for the corpus, so that documents can
    be read apart (in parallel, or once and kept) and their names still
    judged together.  Every part counts, so evidence can also be taken
    away again when a document changes.

    Attributes:
        counts: Names seen capitalized in running sentences.
        openers: Single capitalized words opening a clause, which may be
            ordinary words; names only if never written in lower case.
        lowercase: How many documents write each word in lower case.
        apart: How many sentences tell a name keeping part of a longer one
            it begins ("Fjordvik will keep 20% of Fjordvik Aqua"), keyed
            ``short<TAB>long``: a group and its unit, never a name and its
            alias.
    """

    counts: Counter[str]
    openers: Counter[str]
    lowercase: Counter[str]
    apart: Counter[str]

    @classmethod
    def of(cls, sentences: Iterable[str]) -> NameEvidence:
        """Gather the evidence of some sentences (one document's, say)."""
        evidence = cls.merged(())
        lowercase: set[str] = set()
        for sentence in sentences:
            lowercase.update(_LOWERCASE_WORD.findall(sentence))
            bold = _BOLD_NAME.match(sentence)  # "**Casaverde** ($22M Series A, Lisbon)."
            if bold and is_title_case(sentence):
                evidence.counts[bold[1]] += 1
            if not is_title_case(sentence):
                openers: Counter[str] = Counter()
                named = Counter(_names_in_running_text(sentence, openers))
                evidence.counts.update(named)
                evidence.openers.update(openers)
                evidence.apart.update(_keeping_part_of(sentence, {*named, *openers}))
        evidence.lowercase.update(lowercase)
        return evidence

    @classmethod
    def merged(cls, parts: Iterable[NameEvidence]) -> NameEvidence:
        """Add up the evidence of several documents."""
        total = cls(Counter(), Counter(), Counter(), Counter())
        for part in parts:
            total.add(part)
        return total

    def add(self, other: NameEvidence) -> None:
        """Count another document's evidence in."""
        for mine, theirs in zip(self, other, strict=True):
            mine.update(theirs)

    def remove(self, other: NameEvidence) -> None:
        """Take a document's evidence out again (it changed or is gone)."""
        for mine, theirs in zip(self, other, strict=True):
            mine.subtract(theirs)
            for word in [w for w, n in theirs.items() if mine[w] <= 0]:
                del mine[word]

    def names(self) -> Counter[str]:
        """Return the names with how often each was seen.

        A word seen only opening a clause is a name unless the text writes
        it, or its singular or plural, in lower case: "Deliveries run from
        2029" is no company where "delivery" stands in lower case.
        """
        found = Counter(self.counts)
        found.update(
            {
                w: n
                for w, n in self.openers.items()
                if not any(form in self.lowercase for form in _number_forms(w.lower()))
            }
        )
        return found


# A name in bold heading a round-up's item, whatever capitals follow it.
_BOLD_NAME = compile_lazily(
    r"\s*(?:[-*+]\s+)?\*\*([A-Z][\w&'’.-]*(?:[ ][A-Z][\w&'’.-]*){0,3})\*\*\s"
)


def _number_forms(word: str) -> set[str]:
    """Return a word with its likely singular and plural: "deliveries", "delivery"."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    return forms


_LOWERCASE_WORD = compile_lazily(r"\b[a-z][a-z]+\b")


def _keeping_part_of(sentence: str, names: set[str]) -> Iterable[str]:
    """Yield ``short<TAB>long`` for a name keeping part of a longer one it begins.

    A seller keeping part of what it sells is another company than the one
    sold: "Nordhav pays NOK 2.4 billion for 80% of Fjordvik Aqua, and Fjordvik
    will keep the remaining 20%".
    """
    for name in names:
        longer = [n for n in names if n.startswith(name + " ")]
        if longer and _keeps(sentence, name):
            yield from (f"{name}\t{n}" for n in longer)


def _keeps(sentence: str, name: str) -> bool:
    """Tell whether a name stands right before a verb of keeping, as a word of its own."""
    at = sentence.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not sentence[at - 1].isalnum()) and _KEEPS.match(sentence, end):
            return True
        at = sentence.find(name, end)
    return False


# What a seller keeping part of what it sells does, right after its name.
_KEEPS = compile_lazily(
    r"\s+(?:will\s+|would\s+|is\s+to\s+|still\s+)?(?:keeps?|kept|keeping|retains?|retained"
    r"|retaining)\b"
)


class Entities:
    """The names of a corpus, with aliases folded into one canonical name each."""

    def __init__(
        self,
        names: Counter[str],
        aliases: Mapping[str, Iterable[str]] = {},
        apart: Collection[str] = (),
    ) -> None:
        self._canonical = _fold_aliases(names, aliases, apart)
        self._index = NameIndex(self._canonical)
        self._by_upper = {name.upper(): canonical for name, canonical in self._canonical.items()}

    @classmethod
    def from_sentences(
        cls, sentences: Iterable[str], aliases: Mapping[str, Iterable[str]] = {}
    ) -> Entities:
        """Learn the names of a corpus from its sentences (running prose only)."""
        return cls.from_evidence(NameEvidence.of(sentences), aliases)

    @classmethod
    def from_evidence(
        cls, evidence: NameEvidence, aliases: Mapping[str, Iterable[str]] = {}
    ) -> Entities:
        """Know the names the evidence of a whole corpus supports."""
        return cls(evidence.names(), aliases, evidence.apart)

    @property
    def mapping(self) -> dict[str, str]:
        """Every known name and alias with its canonical name."""
        return dict(self._canonical)

    def canonical(self, name: str) -> str | None:
        """Return the canonical name of a known name or alias."""
        return self._canonical.get(name)

    def mentions(self, sentence: str) -> list[Mention]:
        """Return the known names of a sentence, in order, past any dateline."""
        dateline = DATELINE.match(sentence)
        shouted = _is_shouted(sentence)  # headlines in capitals: "HARROWGATE FOODS Q2"
        found = [
            Mention(
                entity=self._by_upper[name.upper()] if shouted else self._canonical[name],
                start=start,
                end=end,
                possessive=possessive,
                after_preposition=_preposition_before(sentence, start),
            )
            for name, start, end, possessive in self._index.find(
                sentence, dateline.end() if dateline else 0, ignore_case=shouted
            )
            if not _describes(sentence, start, end, name)
            and not _COMPOUND.match(sentence, end)
            and not (not possessive and _TRADE_OF_NEXT.match(sentence, end))
            and not (not possessive and _MARKET_OF_PLACE.match(sentence, end))
        ]
        return _possessors_passed(sentence, found)


def _possessors_passed(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """Give a preposition before "X's Y" to Y: the phrase is Y, X only qualifies it.

    In "a round led by Britain's Aster Capital" Aster Capital leads, not
    Britain; in "a stake in Meta's Instagram" the stake is in Instagram.
    """
    passed = list(mentions)
    for i, (mention, following) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if mention.possessive and not sentence[mention.end : following.start].strip():
            preposition = following.after_preposition or mention.after_preposition
            passed[i] = mention._replace(after_preposition=None)
            passed[i + 1] = following._replace(after_preposition=preposition)
    return passed


def _describes(sentence: str, start: int, end: int, name: str) -> bool:
    """Tell whether a one-word name only qualifies a description of something else.

    In "the Basel drug wholesaler" or "the Dutch vertical farm" the name is
    where the company is from, and the phrase points back to the company the
    text is about; the name is no party to the figures.  Any name does so
    before a trade ("the Abu Dhabi investor", "the Toulouse company,"), a
    longer one not before other words: in "the Aster Capital deal" Aster
    Capital is a party.
    """
    return bool(
        _THE_BEFORE.search(sentence, 0, start)
        and (
            (" " not in name and _LOWER_AFTER.match(sentence, end))
            or _TRADE_AFTER.match(sentence, end)
        )
    )


# A name joined to a word in lower case ("Leeds-based", "Berlin-headquartered")
# qualifies the noun after it: where a company is, not a party to the figures.
_COMPOUND = compile_lazily(r"-[a-z]")
# Up to two words saying what the trade deals in ("Kimberley nickel miner X"),
# none of them a word that joins or ends a phrase ("X and rival company Y").
_WHAT_TRADE = (
    r"(?:\s+(?!(?:and|or|but|to|with|from|for|in|on|at|by|of|as|than|the|a|an|its|their"
    r"|is|was|are|were|has|had|have|will|would|said|says|rival|fellow|peer)\b)[a-z][\w-]*){0,2}"
)
# A name right before a trade and another name ("Otley housebuilder Hollinsmere
# Homes", "Facebook owner Meta") says where that company is or what it owns or
# backs: the company is the name after the trade.  Only a trade of companies:
# a person's role ("Harbor Labs founder Jane Reyes") leaves the company named.
_TRADES = (
    r"\s+(?:company|group|firm|business|start-?up|fintech|bank|lender|insurer|reinsurer"
    r"|fund|investor|chain|giant|conglomerate|utility|airline|carrier|operator|developer"
    r"|manufacturer|producer|supplier|distributor|retailer|wholesaler|grocer|brewer|miner"
    r"|exporter|importer|shipper|owner|parent|platform|provider|club|jeweller|jeweler|brand"
    r"|label|publisher|broadcaster|telecom|telco|cooperative|co-op|roaster|pharmacy|chemist"
    r"|hotelier|restaurateur|distiller|winery|trader|refiner|smelter|shipyard|agency"
    r"|consultancy|marketplace|studio|lab|laboratory|start-?up|house|[a-z]*tech|[a-z]*maker"
    r"|[a-z]*builder)"
)
_TRADE_OF_NEXT = compile_lazily(_WHAT_TRADE + _TRADES + r"\s+[A-Z]")
# A place before a market's trading ("rose 6.8% in Mumbai trading", "in early
# Tokyo dealings") says where shares changed hands: no party to the figures.
_MARKET_OF_PLACE = compile_lazily(r"\s+(?:trading|trade|dealings|session)\b")
_TRADE_AFTER = compile_lazily(_TRADES + r"\b")
_THE_BEFORE = compile_lazily(r"(?:^|(?<=\W))[Tt]he\s+\Z")
_LOWER_AFTER = compile_lazily(r"\s+[a-z][a-z-]+\s+[a-z][a-z-]+")


def _names_in_running_text(sentence: str, openers: Counter[str]) -> Iterable[str]:
    """Yield capitalized names, split at function words.

    A single word opening a clause may be an ordinary word capitalized; it
    is counted in ``openers`` instead, to be accepted only if the corpus
    never writes it in lower case.
    """
    openings = _clause_openings(sentence)
    dateline = DATELINE.match(sentence)
    names = _NAME_ASCII if sentence.isascii() else _NAME
    for match in names.finditer(sentence, dateline.end() if dateline else 0):
        run = match.group(0)[: len(match.group(0)) - len(match["possessive"] or "")]
        position = match.start()
        for part in _split_at_stop_words(run.split()):
            if (
                len(part) == 1 and (part[0] in _NOT_ALONE or _PLURAL_ACRONYM.fullmatch(part[0]))
            ) or (_adjective(part) and not _stands_as_noun(sentence, match)):
                continue
            if position in openings and all(w.isupper() for w in part):
                continue  # a dateline ("LONDON, June 9 -") or a shouted opening
            if _TICKER.match(sentence, match.end()):
                continue  # an exchange before a ticker: "(IDX: KDRY)"
            if position in openings and _LABEL.match(sentence, position):
                continue  # a list label ("Lead investor:", "Previous round:")
            if position in openings and len(part) >= 3 and part[0] in _DESCRIPTORS:
                part = part[1:]  # "Rival Stenford City", "Neighbouring Harlan County"
            if (
                len(part) == 1
                and position in openings
                and _DESCRIBES_NEXT.match(sentence, position + len(part[0]))
            ):
                continue  # "Supermarket chain Brightwell Foods": a description
            if len(part) == 1 and position in openings and _ORDERS.match(sentence, match.end()):
                continue  # "Strip out the £12.3 million": a verb telling the reader to act
            if len(part) == 1 and position in openings:
                openers[part[0]] += 1
            elif part:
                yield " ".join(part)
            position = -1


# An acronym in the plural is a count of things, never a company: "33,150 GEOs", "EVs".
_PLURAL_ACRONYM = compile_lazily(r"[A-Z]{2,}s")


def _is_shouted(sentence: str) -> bool:
    """Tell whether a sentence is written in capitals, like a wire headline.

    It is when nine in ten of its letters are capitals.  Most sentences show
    more small letters in their first words than a tenth of their length, so
    those are told apart without counting all their letters.
    """
    if sum(map(str.islower, sentence[:_GLANCE])) > len(sentence) / 10:
        return False
    letters = len(_LETTER.findall(sentence))
    return letters >= 8 and len(_CAPITAL.findall(sentence)) >= 0.9 * letters


_LETTER = compile_lazily(r"\p{L}")
_CAPITAL = compile_lazily(r"\p{Lu}|\p{Lt}")
_GLANCE = 60  # characters looked at first


def _adjective(words: list[str]) -> bool:
    """Tell whether capitalized words are a letter or a nationality ("Danish", "South Korean")."""
    if len(words) == 2 and words[0] in _COMPASS:
        words = words[1:]
    return len(words) == 1 and (len(words[0]) == 1 or bool(_NATIONALITY.fullmatch(words[0])))


# Where in a continent or country a nationality lies: "South Korean", "Latin American".
_COMPASS = frozenset("North South East West Latin Central Southeast Northeast".split())


def _stands_as_noun(sentence: str, match: regex.Match[str]) -> bool:
    """Tell whether a lone capitalized word stands where only a noun can: a name.

    A word shaped like a nationality ("Danish", "Korean") is mostly one, and
    an adjective is never possessive nor ends a phrase after a preposition,
    nor is it the subject of a verb; a company called "Pylonic" does all:
    "Pylonic's revenue", "a stake in Pylonic, the tower company", "Pylonic
    paid $40 million".
    """
    if match["possessive"] or _VERB_AFTER.match(sentence, match.end()):
        return True
    before = _LAST_WORD.search(sentence, max(0, match.start() - 20), match.start())
    return (
        before is not None
        and before[1].lower() in _PREPOSITIONS
        and _PHRASE_END.match(sentence, match.end()) is not None
    )


_LAST_WORD = compile_lazily(r"\b(\w+)\s+\Z")
# A verb of news prose right after a word: the word is its subject, a noun.
_VERB_AFTER = compile_lazily(
    r"\s+(?:said|says|paid|pays|bought|buys|sold|sells|spent|spends|kept|keeps|took|takes"
    r"|won|wins|has|had|is|was|will|would|agreed|reported|raised|posted|plans|expects)\b"
)
# Where a noun phrase ends: a stop, or a comma before a lower-case word ("in X, the ...").
_PHRASE_END = compile_lazily(r"\s*(?:[.;:!?)]|,\s+[a-z]|\Z)")


def _split_at_stop_words(words: list[str]) -> Iterable[list[str]]:
    """Split a run of capitalized words where a function word or title stands.

    A word of business between two words of a name is the name's own:
    "Sahyadri Growth Partners" is one name, though "Growth" alone is none.
    """
    part: list[str] = []
    ends = [*words, "of"]
    for at, word in enumerate(ends):
        inner = bool(part) and word in _NAME_INNER and not _splits(ends[at + 1])
        if not inner and _splits(word):
            while part and part[-1] in ("of", "&"):
                part.pop()
            if part:
                yield part
            part = []
        else:
            part.append(word)


def _splits(word: str) -> bool:
    """Tell whether a word in a run of capitalized words ends the name before it.

    "&" joins the words around it ("Marks & Spencer", "Orchard & Ash"); "of"
    splits, as in "Chairman of Harbor Labs".
    """
    return _stop_word(word) or word in _TITLES or word in _SUFFIXES or word == "of"


# Stop words that may stand inside a name: "Northgate Growth Partners".
_NAME_INNER = frozenset("Growth Investors Shareholders Management Sales".split())


def _stop_word(word: str) -> bool:
    """Tell whether a word, or every part of a hyphenated one, is a stop word.

    A span of months or days ("January-March", "Monday-Friday") is a time,
    no name: "Revenue for April-June was $2 billion" is the topic's; so is a
    fiscal year, quarter or half written as one word ("FY2024", "Q3", "H1").
    """
    return all(part in _STOP or _PERIOD_WORD.fullmatch(part) for part in word.split("-"))


# A ticker after its exchange, closing a bracket: ": KDRY)".
_TICKER = compile_lazily(r":\s*[A-Z0-9.]{1,8}\s*\)")
_PERIOD_WORD = compile_lazily(r"(?:FY|CY|Q|H)\d{1,4}")


def _clause_openings(sentence: str) -> set[int]:
    """Return where a sentence, list item, bold lead-in, quotation or clause after a colon opens."""
    found = {m.start() for m in _OPENING.finditer(sentence)}
    if _LETTER_A_Z.match(sentence):
        found.add(0)
    items = (_ITEM_OPENING.match(sentence, at) for at in line_starts(sentence))
    return found | {item.start() for item in items if item}  # list items: where lines start


# Words that open a sentence to describe the name after them, not to name it.
_DESCRIPTORS = frozenset(
    "Rival Rivals Peer Peers Competitor Competitors Neighbouring Neighboring Fellow Smaller "
    "Larger Bigger Parent Former Local Regional National Global "
    # a trade written before the name: "Insurer Fjellvang Forsikring", "Lender X Bank"
    "Insurer Reinsurer Lender Carmaker Automaker Chipmaker Retailer Brewer Miner".split()
)
# Words for a person's role or title, written right before a name ("Chief executive
# X", "finance chief X", "Treasurer X", "Dr X", "council leader X") or in an aside
# after it ("X, an analyst at Y", "X, Chief Executive Officer of Y"): such a name
# is a person.  Phrases of two words name a role only together ("market leader" does not).
PERSON_ROLES = frozenset(
    " ".join(role.split())
    for role in """executive, officer, president, chairman, chairwoman, chair, chairperson,
    director, founder, co-founder, cofounder, head, minister, secretary, spokesman, spokeswoman,
    spokesperson, analyst, economist, strategist, treasurer, mayor, councillor, councilor,
    cllr, governor, senator, professor, prof, dr, mr, mrs, ms, mx, sir, dame, editor, chief,
    ceo, cfo, coo, cto, boss, chancellor, commissioner, trustee, deputy, council leader,
    party leader, opposition leader, adviser, advisor, consultant, banker, lawyer, attorney,
    accountant, researcher""".split(",")
)
# Titles that stand before a person's name and are no part of it ("Dr Helen Wray").
_TITLES = frozenset(
    "Dr Prof Professor Mr Mrs Ms Mx Sir Dame Treasurer Mayor Councillor Councilor Cllr "
    "Chair Chairperson Governor Senator Leader Deputy Commissioner Chancellor Managing".split()
)
# What follows a verb opening a sentence as an order, never a name: "Strip out the",
# "Take the", "Set aside a".
_ORDERS = compile_lazily(r"\s+(?:(?:out|aside|away)\s+)?(?:the|a|an)\s")
# A capitalized opener followed by a word or two and a name: "Supermarket chain X".
_DESCRIBES_NEXT = compile_lazily(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[A-Z]")

# A label leading into a list, up to its colon ("Highlights of the first quarter of
# 2025:"), or a bold run-in heading up to its full stop ("**Headline figures.**").
_LABEL = compile_lazily(
    r"[A-Z][a-z]+(?:\s+(?:[a-z]+|(?:19|20)\d\d)){0,8}\s*(?:[*_]{0,2}:|\.[*_]{1,2})"
)

# A sentence, a clause after a colon, a list item, a bold lead-in, or a quotation:
# '"Buyers are back," she said' capitalizes its first word as any sentence does.
_OPENING = compile_lazily(r"(?:[:;—–-]\s+|[*_]{1,2}|[\"“])\K[A-Za-z]")
_ITEM_OPENING = compile_lazily(r"(?:[-*#]+\s+|\d+[.)]\s+)\K[A-Za-z]")
_LETTER_A_Z = compile_lazily(r"[A-Za-z]")


def _preposition_before(sentence: str, start: int) -> str | None:
    """Return the preposition before a name, past a short description of it.

    "in Scale AI", "into Estonian start-up Veski", "in the payments app Vindel",
    "in Polish rail freight group Kolejtrans": up to four words of description.
    """
    apposed = _APPOSED_PARTY.search(sentence, max(0, start - 80), start)
    if apposed:
        return apposed["preposition"].lower()
    window: str = _PHRASE_BREAK.split(sentence[max(0, start - 60) : start])[-1]
    if _VERB_OBJECT.search(window):
        return None  # "into expanding its X plant": X is what the verb acts on
    for found in reversed(list(_LEADING_LATIN.finditer(window))[-5:]):
        word = found.group()
        if word in _RELATIVES:
            return None  # "of which X paid": X opens the clause, after its pronoun
        if word.lower() in _PREPOSITIONS:
            return word.lower()
        if not (
            word[0].islower()
            or _adjective([word])
            or _COMPOUND.search(word)
            or _TRADE_TO_NAME.match(window, found.end())
        ):
            return None  # a place joined to a description ("London-listed") describes too
    return None


# What follows a place that says where the next company is: "of Kimberley
# nickel miner X" is a stake in X.
_TRADE_TO_NAME = compile_lazily(_WHAT_TRADE + _TRADES + r"\s*\Z")


_RELATIVES = frozenset("which whom whose who that".split())
# A verb in "-ing" taking an object ("expanding its"), unlike a trade word ("charging network").
_VERB_OBJECT = compile_lazily(
    r"\b[a-z]{3,}ing\s+(?:its|their|the|a|an|his|her|our)\s+(?:\S+\s+){0,3}\Z"
)


# Words of a kind of business opening a name, which its other words are also
# called by: "Hoteles Albaroca" is "Albaroca", "Banco Ribera" is "Ribera".
_GENERIC_FIRST = frozenset(
    """Banco Banca Banque Grupo Gruppo Groupe Hoteles Hoteis Maison Bodegas Compagnie
    Société Compañía Companhia Laboratorios Laboratoires Industrias Cementos Construcciones
    Editorial Éditions Clínica Clinica Casa Cervecería Brauerei Brasserie Château Domaine
    Fundación Aerolíneas Transportes Inversiones Inmobiliaria Supermercados Farmacias
    Distribuidora Viña Tenuta Cantina Indústrias Construtora Caffè Cafés""".split()
)


def _dominant(owners: list[str], names: Counter[str]) -> str | None:
    """Return the one longer name a short name stands for, if the text says which.

    With one, it is that; with several, it is the one written more than
    twice as often as all the others together: "Harrowgate" is "Harrowgate
    Veterinary Group", named in every article, not "Harrowgate Vets" of
    one headline.
    """
    if len(owners) < 2:
        return owners[0] if owners else None
    counts = sorted(((names.get(o, 0), o) for o in owners), reverse=True)
    top, rest = counts[0][0], sum(n for n, _ in counts[1:])
    return counts[0][1] if top > 2 * rest else None


def _fold_aliases(
    names: Counter[str], declared: Mapping[str, Iterable[str]], apart: Collection[str] = ()
) -> dict[str, str]:
    """Map every name and alias to one canonical name per entity.

    Longer names are placed first; a name whose words begin exactly one
    longer name, or follow the word of a kind of business opening it
    ("Albaroca" of "Hoteles Albaroca", "Ribera" of "Banco Ribera"), joins
    that name's entity, unless the text tells the two apart (``apart``:
    "Fjordvik will keep 20% of Fjordvik Aqua").  Each
    group is filed under the word runs it begins with, so placing a name is
    one lookup.
    """
    groups: dict[str, set[str]] = {}
    beginnings: dict[tuple[str, ...], list[str]] = {}
    for name in sorted(names, key=lambda n: (-len(n.split()), n)):
        owners = [
            owner
            for owner in beginnings.get(tuple(name.split()), [])
            if not any(f"{name}\t{member}" in apart for member in groups[owner])
        ]
        owner = _dominant(owners, names) or name
        if owner == name:
            words = name.split()
            for size in range(1, len(words)):
                beginnings.setdefault(tuple(words[:size]), []).append(name)
            if len(words) > 1 and words[0] in _GENERIC_FIRST:  # "Albaroca" of "Hoteles Albaroca"
                for size in range(2, len(words) + 1):
                    beginnings.setdefault(tuple(words[1:size]), []).append(name)
        groups.setdefault(owner, set()).add(name)
    for canonical, aliases in declared.items():
        groups.setdefault(canonical, set()).update([canonical, *aliases])
    mapping = {}
    for members in groups.values():
        shown = max(members, key=lambda n: (names.get(n, 0), len(n)))
        mapping.update(dict.fromkeys(members, shown))
    return mapping
