"""Generate a deterministic corpus of news articles for whole-run benchmarks.

``python benchmarks/corpus.py --articles N --out DIR [--seed S]`` writes N
Markdown articles (front matter with a title and a date) under
``DIR/articles/``, in sub-folders of 1,000, and a ``.factlint.yaml`` at
``DIR`` whose corpus is every article.

Articles come in stories of about five, each about one invented company: a
funding round (investor, amount, stake, valuation, round size), revenue and
profit by year, growth, and where revenue came from, told in varied
sentences between paragraphs of prose without figures.  Most stories agree
with themselves; every third carries one planted contradiction (a different
revenue for the same year, a valuation the amount and stake do not imply, a
different stake, shares that do not add up to 100%).  Two large companies
appear in a few percent of all articles, so their facts form groups of
thousands of claims.  ``DIR/stories.jsonl`` lists each story's files and
the rule its planted contradiction should trip (``null`` when consistent).
The same arguments always give the same files.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PER_FOLDER = 1000
CONFIG = 'corpus: ["articles/**/*.md"]\n'

_ONSETS = "b d f g k l m n p r s t v z br dr kr st tr".split()
_VOWELS = "a e i o u a e o ai".split()
_NAME_ENDINGS = ["", "", "n", "r", "s", "x", "l"]
# (name suffix, what the company is, what it makes or runs)
_SECTORS = [
    ("Robotics", "warehouse-robot maker", "robots"),
    ("Health", "digital clinic operator", "clinics"),
    ("Energy", "battery-storage developer", "battery plants"),
    ("Foods", "plant-based food maker", "ready meals"),
    ("Payments", "payments start-up", "payment terminals"),
    ("Analytics", "data-analytics firm", "forecasting software"),
    ("Logistics", "freight-booking platform", "freight software"),
    ("Materials", "low-carbon cement maker", "cement kilns"),
    ("Bio", "drug-discovery company", "drug candidates"),
    ("Aerospace", "small-satellite builder", "satellites"),
    ("Security", "cybersecurity firm", "threat-detection tools"),
    ("Motors", "electric-truck maker", "delivery trucks"),
]
_INVESTOR_SUFFIXES = ["Capital", "Ventures", "Partners", "Equity", "Investors"]
_FIRST = "Ada Bruno Carla Dev Elena Farid Greta Hugo Ines Jonas Kira Leon Maya Nils Omar Priya"
_LAST = "Adler Brandt Costa Dahl Eng Ferris Gallo Hale Ivers Joshi Kern Lund Moreau Novak Ortiz"
_REGIONS = ["North America", "Europe", "Asia", "Latin America", "the Middle East"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_STAKES = [5, 8, 10, 12, 15, 20, 25, 30, 40]
# Two companies that many articles mention in passing: (name, 2018 revenue in $m).
_GIANTS = [("Corvane Industries", 14_200), ("Halvex Group", 8_600)]
_GIANT_SHARE = 0.03  # chance that an article mentions each giant
_GIANT_LINES = [
    "{giant}, the largest company in the field, reported revenue of {revenue} in {year}.",
    "{giant} posted sales of {revenue} in {year}, more than any rival.",
    "{giant} said its revenue reached {revenue} in {year}.",
]

_HEADLINES = [
    "{investor} takes {stake} stake in {company}",
    "{company} raises {round} in new funding round",
    "{short} valued at {valuation} after new funding",
    "{investor} bets {amount} on {what} {short}",
    "{short} lands backing from {investor}",
    "What the {investor} deal means for {short}",
]
_TEMPLATES = {
    "deal": [
        "{investor} agreed to pay {amount} for a {stake} stake in {company}, "
        "the companies said on {weekday}.",
        "{company}, the {what}, has sold a {stake} stake to {investor} for {amount}.",
        "{investor} is investing {amount} in {company} in exchange for a {stake} stake.",
    ],
    "valuation": [
        "The deal values {short} at {valuation}.",
        "The investment gives {short} a valuation of {valuation}, "
        "people familiar with the matter said.",
        "{short} is now valued at {valuation}.",
    ],
    "round": [
        "{short} has raised {round} in a funding round led by {investor}.",
        "{short}'s {round} round was led by {investor}, with existing backers putting in the rest.",
    ],
    "revenue": [
        "{short} reported revenue of {revenue} in {year}.",
        "The company had {year} revenue of {revenue}, according to its annual accounts.",
        "{short}'s revenue grew {growth} to {revenue} in {year} "
        "from {earlier_revenue} in {earlier_year}.",
    ],
    "profit": [
        "{short} turned a net profit of {profit} in {year}.",
        "Net income was {profit} in {year}, the company said.",
    ],
    "loss": [
        "{short} posted a net loss of {loss} in {year} as it spent heavily on {product}.",
        "The company lost {loss} in {year}.",
    ],
    "growth": [
        "{short}'s revenue rose {growth} in {year}.",
        "{short}'s sales grew {growth} in {year}, faster than the market.",
    ],
    "breakdown": [
        "Of its {year} revenue, {share1} came from {region1}, {share2} from {region2} "
        "and {share3} from {region3}.",
        "Where {short}'s {year} revenue came from:\n\n"
        "- {region1}: {share1}\n- {region2}: {share2}\n- {region3}: {share3}",
    ],
}
# Filler sentences are assembled from these parts; none holds a figure.
_OPENERS = [
    "", "", "Still, ", "For now, ", "In recent months, ", "By most accounts, ", "Even so, ",
    "At the same time, ", "Over the past year, ",
]  # fmt: skip
_SUBJECTS = [
    "analysts", "rivals", "customers", "regulators", "the company's engineers",
    "early backers", "industry executives", "{short}'s managers", "larger competitors",
    "suppliers", "former employees", "bankers who follow the sector",
]  # fmt: skip
_VERBS = [
    "have questioned", "have welcomed", "are watching", "remain wary of", "say they expect",
    "have long argued for", "worry about", "point to", "are divided over", "have played down",
]  # fmt: skip
_OBJECTS = [
    "the push into new markets", "a slower pace of hiring", "tighter rules on data",
    "the cost of building its own {product}", "the long wait for new contracts",
    "a shift toward larger customers", "the talent shortage among engineers",
    "the sector's appetite for consolidation", "the quality of its {product}",
    "pressure on prices", "the founders' grip on the board", "delays at its main plant",
]  # fmt: skip
_ENDINGS = [
    "", "", " as competition grows", " after a difficult year for the sector",
    ", according to people familiar with the matter", " in conversations with reporters",
    " ahead of a busy season", " while the wider economy cools",
]  # fmt: skip
_QUOTES = [
    '"We built {short} to last, not to flip," {chief} said.',
    '"Customers want {product} that simply work," said {chief}, the chief executive.',
    '"This gives us room to plan for the next decade," {chief} told staff in an email.',
    '"We did not expect to get this far so soon," {chief} said in an interview.',
]

_BACKGROUND = [
    "{short} was started by {chief}, a former engineer at a larger rival.",
    "The {what} sells mostly to mid-sized businesses and spends little on marketing.",
    "Its {product} compete with offerings from far larger groups with deeper pockets.",
    "{chief} has said the company would rather grow slowly than chase every contract.",
    "Several of its early customers have since become partners.",
    "The company declined to comment on its plans beyond the announcement.",
    "Founders in the sector have found it harder to win over cautious buyers.",
]


@dataclass(frozen=True)
class Story:
    """One invented company's figures, and the contradiction planted in its story.

    Money is in millions of dollars, shares in percent; ``year`` is the
    last full year of accounts (the articles are dated the year after).
    """

    company: str
    short: str
    what: str
    product: str
    investor: str
    chief: str
    year: int
    valuation: int
    stake: int
    amount: int
    round_size: int
    revenue: int
    growth: int
    profit: int
    shares: tuple[int, int, int]
    regions: tuple[str, str, str]
    planted: str | None = None

    @property
    def earlier_revenue(self) -> int:
        """The previous year's revenue, from which ``growth`` leads to ``revenue``."""
        return round(self.revenue * 100 / (100 + self.growth))


class Names:
    """Distinct invented names built from syllables."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used = {name.split()[0] for name, _ in _GIANTS}

    def word(self) -> str:
        """Return a capitalised word of two or three syllables, never returned before."""
        rng = self._rng
        while True:
            count = rng.choice((2, 2, 3))
            word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(count))
            word = (word + rng.choice(_NAME_ENDINGS)).capitalize()
            if word not in self._used:
                self._used.add(word)
                return word


def money(millions: int, rng: random.Random) -> str:
    """Write an amount of millions of dollars the way articles do, in one of a few styles."""
    if millions >= 1000:
        billions = f"{millions / 1000:.1f}".removesuffix(".0")
        return rng.choice([f"${billions} billion", f"${billions} billion", f"${billions}bn"])
    return rng.choice([f"${millions} million", f"${millions} million", f"${millions}m"])


def percent(value: int, rng: random.Random) -> str:
    """Write a percentage in one of the usual styles."""
    return rng.choice([f"{value}%", f"{value}%", f"{value} percent", f"{value} per cent"])


def new_story(rng: random.Random, names: Names, investors: list[str], index: int) -> Story:
    """Invent a consistent story; every third one gets a planted contradiction."""
    short = names.word()
    suffix, what, product = rng.choice(_SECTORS)
    revenue = rng.randint(20, 900)
    valuation = 100 * rng.randint(revenue // 40 + 2, revenue // 10 + 40)
    stake = rng.choice(_STAKES)
    amount = valuation * stake // 100
    story = Story(
        company=f"{short} {suffix}",
        short=short,
        what=what,
        product=product,
        investor=rng.choice(investors),
        chief=f"{rng.choice(_FIRST.split())} {rng.choice(_LAST.split())}",
        year=rng.randint(2018, 2025),
        valuation=valuation,
        stake=stake,
        amount=amount,
        round_size=amount + 10 * rng.randint(0, 20),
        revenue=revenue,
        growth=rng.randint(8, 90),
        profit=rng.choice((1, -1)) * rng.randint(3, max(4, revenue // 5)),
        shares=_shares(rng),
        regions=tuple(rng.sample(_REGIONS, 3)),  # type: ignore[arg-type]
    )
    return _plant(story, index)


def _shares(rng: random.Random) -> tuple[int, int, int]:
    """Three shares of a whole, in percent, that add up to 100."""
    first = rng.randint(40, 70)
    second = rng.randint(10, 100 - first - 5)
    return first, second, 100 - first - second


# A planted contradiction: the rule it should trip, and the topic that states it.
PLANTS = [
    ("financials.revenue-agrees", "revenue"),
    ("deals.implied-valuation", "valuation"),
    ("deals.stake-agrees", "deal"),
    ("breakdowns.parts-sum", "breakdown"),
]


def _plant(story: Story, index: int) -> Story:
    """Return the story, with a contradiction planted when ``index`` says so.

    A wrong valuation is stated by every article of its story: the amount
    paid and the stake bought imply another one.
    """
    if index % 3 != 1:
        return story
    rule, _ = PLANTS[index // 3 % len(PLANTS)]
    if rule == "deals.implied-valuation":
        return dataclasses.replace(story, planted=rule, valuation=story.valuation * 8 // 5)
    return dataclasses.replace(story, planted=rule)


def contradicted(story: Story) -> Story:
    """The figures of the one article that contradicts the rest of its story."""
    change = {
        "financials.revenue-agrees": {"revenue": story.revenue * 5 // 4 + 7},
        "deals.stake-agrees": {"stake": story.stake + 10},
        "breakdowns.parts-sum": {"shares": (story.shares[0] + 15, *story.shares[1:])},
    }
    return dataclasses.replace(story, **change.get(story.planted or "", {}))


def topics(story: Story, position: int, rng: random.Random) -> list[str]:
    """Choose which facts the article at ``position`` of the story states.

    The first article states the deal, the valuation and the revenue; the
    one holding a planted contradiction always states the contradicted fact.
    """
    accounts = "profit" if story.profit > 0 else "loss"
    pool = ["valuation", "round", "revenue", accounts, "growth", "breakdown"]
    chosen = ["deal", *rng.sample(pool, rng.randint(2, 4))]
    if position == 0:
        chosen = ["deal", "valuation", "revenue", *chosen[1:]]
    if story.planted and position == 1:
        chosen.append(dict(PLANTS)[story.planted])
    return list(dict.fromkeys(chosen))


def values(story: Story, rng: random.Random) -> dict[str, str]:
    """The words every template may use, with figures written in varied styles."""
    return {
        **{k: str(v) for k, v in dataclasses.asdict(story).items()},
        "amount": money(story.amount, rng),
        "valuation": money(story.valuation, rng),
        "round": money(story.round_size, rng),
        "stake": percent(story.stake, rng),
        "revenue": money(story.revenue, rng),
        "earlier_revenue": money(story.earlier_revenue, rng),
        "earlier_year": str(story.year - 1),
        "growth": percent(story.growth, rng),
        "profit": money(abs(story.profit), rng),
        "loss": money(abs(story.profit), rng),
        "weekday": rng.choice(_WEEKDAYS),
        **{f"share{i + 1}": percent(s, rng) for i, s in enumerate(story.shares)},
        **{f"region{i + 1}": r for i, r in enumerate(story.regions)},
    }


def giant_lines(rng: random.Random) -> list[str]:
    """Passing mentions of the large companies, each with the same revenue for a year."""
    lines = []
    for giant, revenue_2018 in _GIANTS:
        if rng.random() < _GIANT_SHARE:
            year = rng.randint(2018, 2025)
            revenue = money(round(revenue_2018 * 1.08 ** (year - 2018), -2), rng)
            lines.append(rng.choice(_GIANT_LINES).format(giant=giant, year=year, revenue=revenue))
    return lines


def filler(words: dict[str, str], rng: random.Random) -> str:
    """A paragraph of three to five sentences of prose without figures."""
    sentences = []
    for _ in range(rng.randint(3, 5)):
        if rng.random() < 0.25:
            sentences.append(rng.choice(_QUOTES + _BACKGROUND).format(**words))
            continue
        opener, subject = rng.choice(_OPENERS), rng.choice(_SUBJECTS)
        sentence = f"{opener}{subject} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
        sentence += rng.choice(_ENDINGS) + "."
        sentences.append((sentence[0].upper() + sentence[1:]).format(**words))
    return " ".join(sentences)


def article(story: Story, position: int, day: datetime.date, rng: random.Random) -> str:
    """Write one article of the story: front matter, headline, facts and filler."""
    figures = contradicted(story) if story.planted and position == 1 else story
    words = values(figures, rng)
    title = rng.choice(_HEADLINES).format(**words)
    facts = [
        rng.choice(_TEMPLATES[topic]).format(**words) for topic in topics(story, position, rng)
    ]
    paragraphs = [f"# {title}", facts[0]]
    target = rng.randint(300, 600)
    while sum(len(p.split()) for p in paragraphs) < target:
        if len(facts) > 1 and rng.random() < 0.5:
            paragraphs.append(facts.pop(1))
        else:
            paragraphs.append(filler(words, rng))
    paragraphs.extend(facts[1:])
    paragraphs.extend(giant_lines(rng))
    front = f"---\ntitle: {json.dumps(title)}\ndate: {day.isoformat()}\n---\n"
    return front + "\n\n".join(paragraphs) + "\n"


def stories(count: int, seed: int) -> Iterator[tuple[Story, list[tuple[str, str]]]]:
    """Yield stories until ``count`` articles are written: each with its (name, text) pairs."""
    rng = random.Random(seed)
    names = Names(rng)
    investors = [f"{names.word()} {rng.choice(_INVESTOR_SUFFIXES)}" for _ in range(300)]
    written = 0
    for index in range(count):
        if written >= count:
            return
        story = new_story(rng, names, investors, index)
        size = min(rng.randint(4, 6), count - written)
        day = datetime.date(story.year + 1, 1, 1) + datetime.timedelta(rng.randint(0, 330))
        texts = []
        for position in range(size):
            name = f"{written + position:06d}-{story.short.lower()}.md"
            day += datetime.timedelta(rng.randint(0, 6))
            texts.append((name, article(story, position, day, rng)))
        written += size
        yield story, texts


def write_corpus(count: int, out: Path, seed: int = 1) -> None:
    """Write ``count`` articles, the configuration and the story list under ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    (out / ".factlint.yaml").write_text(CONFIG, encoding="utf-8")
    with (out / "stories.jsonl").open("w", encoding="utf-8") as listing:
        for story, texts in stories(count, seed):
            files = []
            for name, text in texts:
                path = Path("articles") / f"{int(name[:6]) // PER_FOLDER:04d}" / name
                (out / path).parent.mkdir(parents=True, exist_ok=True)
                (out / path).write_text(text, encoding="utf-8")
                files.append(path.as_posix())
            entry = {"company": story.company, "planted": story.planted, "files": files}
            listing.write(json.dumps(entry) + "\n")


def main() -> None:
    """Write the corpus the command line asks for."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, required=True, help="how many articles")
    parser.add_argument("--out", type=Path, required=True, help="folder to write into")
    parser.add_argument("--seed", type=int, default=1, help="random seed")
    args = parser.parse_args()
    write_corpus(args.articles, args.out, args.seed)
    print(f"wrote {args.articles} articles to {args.out / 'articles'}")


if __name__ == "__main__":
    main()
