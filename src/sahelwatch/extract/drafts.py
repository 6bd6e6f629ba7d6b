"""What extraction knows while it reads one article: the article's context and the per-sentence
drafts of mentions, before sentences are consolidated into incidents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sahelwatch.extract.casualty_rules import Casualty
from sahelwatch.extract.classify import Prediction
from sahelwatch.extract.dates import DateExpr
from sahelwatch.extract.roles import FoundActor
from sahelwatch.models import Article, EventDate, Evidence, Place
from sahelwatch.read.sentences import Sentence


@dataclass
class ArticleContext:
    """What the whole article tells about every sentence in it."""

    article: Article
    lang: str
    published: date | None
    sentences: list[Sentence]
    places: list[Place]  # candidate event places (not the datelines' filing places)
    actors: list[FoundActor]
    dates: list[DateExpr]
    country: str | None
    old_bounds: list[DateExpr] = field(default_factory=list)  # "since June 2019": running totals
    filed_at: Place | None = None  # the first dateline's place ("Lashkargah (BNA)")
    causes: list[Sentence] = field(default_factory=list)  # what a crowd reacted to: no date for what follows
    incidents: list[list[Draft]] = field(default_factory=list)  # the article's incidents, once grouped


@dataclass
class Draft:
    """A mention being built from one sentence, before consolidation."""

    sentence: Sentence
    prediction: Prediction
    casualties: list[Casualty]
    date: EventDate
    date_from_text: bool
    place: Place | None
    place_from_text: bool
    found_actors: list[FoundActor]
    evidence: list[Evidence] = field(default_factory=list)
    recalled: bool = False  # an earlier incident told in the pluperfect: never one with another
    fresh: bool = False  # another incident of a series ("une seconde frappe"): joins none told before
    burial: bool = False  # the dead counted buried ("We buried 16 people on Friday"): dated by the burial
    sequel: bool = False  # the wounded dying since ("quatre blessés ont succombé"): the incident told before
    wounded_before: int = 0  # the most wounded an earlier sentence tells ("Seven others were wounded")
    pursuit: bool = False  # forces going after the attackers ("troops pursued the attackers"), day told
    no_loss: bool = False  # a side lost no one ("the assault was repelled without any loss")
    crowdless: bool = False  # mob violence read in a sentence naming no crowd, protest, own date nor place
    rough_day: bool = False  # dated by a count of weeks back ("abducted two weeks ago"): a day or two off
