"""Claims and the fact definitions they are bound by.

A ``FactSpec`` is data from a rule pack: which words mark a figure as, say,
an investment amount, whether the fact has an acting party (the investor),
and how its time is read.  A ``Claim`` is one quantity bound to one fact:
whose figure it is, for which period, stated how, and where.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factlint.quantities import Quantity

__all__ = ["OTHER_MEASURE", "Claim", "FactSpec", "Location", "Modality", "PackCues"]

Modality = Literal["reported", "talks", "projected", "hedged"]

OTHER_MEASURE = "other"
"""The measure of a change of something no fact states (gross bookings, order volumes)."""


class FactSpec(BaseModel):
    """A kind of fact a figure can state, declared in a rule pack's facts.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description='Qualified id, "<pack>.<name>", e.g. "deals.investment".')
    kind: Literal["money", "percent"] = Field(description="What kind of quantity states it.")
    description: str = Field(description="What the fact is, for people.")
    cues: tuple[str, ...] = Field(
        description="Word stems that mark a figure as this fact when they stand near it "
        '(case-insensitive, matched at the start of a word: "invest" matches "investment").'
    )
    not_after: tuple[str, ...] = Field(
        default=(),
        description="Words that, right before a figure, show it is not this fact: a growth "
        "rate is never the figure after 'to' or 'from' ('grew to 18% from 12%' states levels).",
    )
    not_before: tuple[str, ...] = Field(
        default=(),
        description="Words that, right after a figure, show it is not this fact: a rise is "
        "never '81% of turnover', a share of a whole.",
    )
    reached_after: tuple[str, ...] = Field(
        default=(),
        description="Words that, right before a figure, make it the level a deal leaves, "
        "not what changes hands: 'lifting its holding to 35%'. Its period is 'after'.",
    )
    not_cues: tuple[str, ...] = Field(
        default=(),
        description="Phrases holding a cue word that name something else: an 'operating "
        "budget' is what running a whole organisation costs, not spending on projects.",
    )
    not_of: tuple[str, ...] = Field(
        default=(),
        description="Words (or their plurals) for things other than a company whose value a "
        "cue right after them states, past 'was', 'is' or 'now': 'the fund was valued at', "
        "'its portfolio is now worth'. Such a cue marks no figure.",
    )
    not_by: tuple[str, ...] = Field(
        default=(),
        description="Words for people (or their plurals) whose own money a cue right after "
        "them states, past a place they work ('drivers on X', 'staff at Y'): 'workers "
        "earned $310 million' is pay, no company's profit. Such a cue marks no figure.",
    )
    not_for: tuple[str, ...] = Field(
        default=(),
        description="Stems that, in the words right after a figure (up to ten, and up to "
        "the next figure or clause break) or between the fact's cue and the figure, show the "
        "money pays for something else: a licence's '$150 million upfront', '$1.2 billion in "
        "milestones' or 'an upfront fee of $150 million' buys no share.",
    )
    bought_with: tuple[str, ...] = Field(
        default=(),
        description="Money facts that buy this fact: a percentage after such a figure and "
        "'for' states it ('paid €1.1 billion for another 25% of X' buys a stake), and money "
        "after such a percentage and 'for' in its clause is the price paid for it ('sold its "
        "15% holding to Y for €135 million').",
    )
    sold_after: tuple[str, ...] = Field(
        default=(),
        description="Stems of buying verbs: a name after 'from' that follows one is the "
        "seller, not the acting party ('will pay $2 billion to buy 25% of X from Y': the "
        "buyer acts). Money raised 'from' a name ('raised $50 million from Y') keeps Y.",
    )
    sold_by: tuple[str, ...] = Field(
        default=(),
        description="Stems of selling verbs: in the verb's clause a name after 'to' that "
        "follows one is the buyer, the acting party ('X sold a 40% stake to Y': Y acts); the "
        "company sold is the one after 'in' ('sold 25% of its stake in Z to Y': Z), else the "
        "seller named before the verb, which sells a stake in itself ('X sold 40% to Y': "
        "X). A seller that sells a stake 'in' another company is no party to it.",
    )
    lists_parts: bool = Field(
        default=False,
        description="Whether the fact is a part of a whole that a list can go on giving: "
        "in 'split between equities at 46%, private equity at 19% and bonds at 35%' every "
        "item after the first states it too, whatever cue words its label holds.",
    )
    agent: bool = Field(
        default=False,
        description="Whether the fact has an acting party besides its subject "
        "(the investor of an investment, the holder of a stake).",
    )
    refers_to: tuple[str, ...] = Field(
        default=(),
        description="Facts whose latest subject a pointing-back phrase ('the company', "
        "'its', 'the startup') means for this fact, before the topic: in deal news "
        "'its valuation' is the valuation of the company being invested in.",
    )
    subject_from: Literal["sentence", "context"] = Field(
        default="sentence",
        description='"context": the figure is about the company the text is about '
        "(the topic, or the deal's company), not about other names in its sentence, "
        "unless the sentence says who raised it ('X raised', 'the round it raised'); "
        "suits funding rounds, whose sentences mostly name investors.",
    )
    changes: bool = Field(
        default=False,
        description="Whether the fact is a change of another figure (growth, a fall): its "
        "claims are compared only with changes of the same measure, the fact of the level "
        "it reaches ('rose 24% to $2.95 billion' of revenue) or of the cue before it "
        "('net income was up 32%').",
    )
    timing: Literal["deal", "period"] = Field(
        default="period",
        description='"deal": figures are current or earlier than the article; '
        '"period": figures belong to a year or quarter ("2025 revenue").',
    )


class PackCues(BaseModel):
    """Words of a rule pack that qualify any fact: modality and earlier figures."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    talks: tuple[str, ...] = Field(default=(), description="Stems marking a deal in talks.")
    projected: tuple[str, ...] = Field(default=(), description="Stems marking a forecast.")
    hedged: tuple[str, ...] = Field(default=(), description="Stems marking a hedged figure.")
    earlier: tuple[str, ...] = Field(
        default=(), description='Phrases marking a figure from before the deal ("last valued").'
    )
    after: tuple[str, ...] = Field(
        default=(),
        description='Phrases marking a figure as what a deal leaves ("will own 35% once the '
        'deal closes", "will keep the remaining 60%"): its period is "after", compared only '
        "with other such figures.",
    )
    forecasts: tuple[str, ...] = Field(
        default=(),
        description="Phrases marking someone else's forecast, not a figure of the company "
        '("analysts had expected"): such figures are not claims.',
    )
    forecasters: tuple[str, ...] = Field(
        default=(),
        description="Stems naming people who forecast others' figures (analysts): a figure "
        "they are said to expect ('analysts at X now expect profit of €175 million') is no "
        "claim.",
    )
    estimates: tuple[str, ...] = Field(
        default=(),
        description="Stems of verbs a person gives a view of their own with ('Lee puts its "
        "value at $2.9 billion', 'she reckons'): a figure after one, in its clause, whose "
        "subject is a person's name is that person's estimate, no claim.",
    )


class Location(BaseModel):
    """Where a quantity is: path and 1-based line and column of its start and end."""

    model_config = ConfigDict(frozen=True)

    path: str
    line: int
    column: int
    end_line: int
    end_column: int


class Claim(BaseModel):
    """One quantity bound to one fact, with whose it is, when, and how it was said."""

    model_config = ConfigDict(frozen=True)

    fact: str = Field(description="Qualified fact id.")
    subject: str | None = Field(description="The entity the figure is about (canonical name).")
    agent: str | None = Field(default=None, description="The acting party, for facts with one.")
    period: str = Field(
        description='"2024", "2024-Q3", "2024-H1", "current", "earlier", "after" (what a '
        'deal leaves), or "" when the text gives none.'
    )
    modality: Modality = Field(description="How the figure is stated.")
    quantity: Quantity
    location: Location
    low: float | None = Field(description="Lowest value the claim allows (rounding included).")
    high: float | None = Field(description="Highest value the claim allows (rounding included).")
    measure: str | None = Field(
        default=None,
        description="For a change, the fact it is a change of (revenue growth is not a "
        "share-price rise); 'other' for a change of something no fact states (gross bookings, "
        "order volumes), compared with nothing; None where the text does not say.",
    )
    published: str | None = Field(
        default=None,
        description="The date of the article the claim is in (ISO 8601), when it has one: "
        "a deal's figures stated as current are current as of that date.",
    )
    read_with: str | None = Field(
        default=None,
        description="The qualified mention of the same document a bare figure was read with.",
    )
    sentence: int | None = Field(
        default=None,
        description="Where the sentence stating the claim starts, as a character offset in "
        "its document's prose: claims of one sentence share it.",
    )

    @property
    def key(self) -> tuple[str, str | None, str | None, str]:
        """The fact this claim states: same key, same fact."""
        return (self.fact, self.subject, self.agent, self.period)
