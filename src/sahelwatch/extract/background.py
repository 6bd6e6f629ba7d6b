"""Sentences that tell background rather than the news: recalled history, running and yearly totals,
tallies across regions."""

from __future__ import annotations

import re
from datetime import date

from sahelwatch.extract.casualty_marks import tells_cumulative
from sahelwatch.extract.casualty_rules import rules
from sahelwatch.extract.classify import Prediction
from sahelwatch.extract.context import BACKGROUND_DAYS, COUNTRY_PREC, WEEK_PREC, in_sentence
from sahelwatch.extract.dates import DateExpr, event_date_expressions, find_date_expressions, is_aside
from sahelwatch.extract.drafts import ArticleContext
from sahelwatch.extract.event_dates import as_event_date, tells_no_event
from sahelwatch.extract.event_places import told_places
from sahelwatch.extract.numbers import find_numbers, lexicon_pattern
from sahelwatch.models import EventDate
from sahelwatch.read.relevance import denies, tells_rumour
from sahelwatch.read.sentences import Sentence


def no_event(sentence: Sentence, ctx: ArticleContext) -> bool:
    """True for a sentence that reports no event: a warning, a denial, a link to another story
    ("Leia também: ...", ``not_events.yaml``), or in an article that denies, the rumour it denies ("les
    réseaux sociaux évoquaient 20 soldats tués")."""
    if tells_no_event(ctx, sentence.text):
        return True
    return tells_rumour(sentence.text, ctx.lang) and any(denies(s.text, ctx.lang) for s in ctx.sentences)


REGAINED = "Government regains territory"
HISTORY_DAYS = 366  # ground changing hands this long before the report is its history
HELD_GROUND = frozenset({REGAINED, "Non-state actor overtakes territory",
                         "Non-violent transfer of territory", "Headquarters or base established"})
PAST_STATES = HELD_GROUND | {"Change to group/activity"}  # a group's split or merger years ago: history too


def history(ctx: ArticleContext, prediction: Prediction, event_date: EventDate) -> bool:
    """A town taken or retaken years before the report, with no deaths told ("Gwoza was captured by Boko Haram
    in 2014 before the army retook it in 2015"): the place's history, not an event (ACLED coded it then);
    a massacre recalled with its toll stays an event of its day. So is a group's change years before ("ISWAP
    split from Boko Haram in 2016")."""
    if prediction.sub_event_type not in PAST_STATES or not ctx.published or not event_date.event_date:
        return False
    return (ctx.published - date.fromisoformat(event_date.event_date)).days > HISTORY_DAYS


def conflict_toll(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when the sentence gives a whole conflict's toll ("an insurgency that has killed thousands")."""
    rx = lexicon_pattern(ctx.lang, "conflict_toll")
    return rx is not None and rx.search(sentence.text) is not None


def is_background(ctx: ArticleContext, sentence: Sentence, event_date: EventDate) -> bool:
    """A running total recalled for context ("since June 2019, 568 people were killed"): a date
    long before publication, or a whole week or more ("45 people killed in February, a monthly
    tally says", "troops neutralised 18 terrorists across the North East in the past week"), in a
    sentence that speaks of a cumulative count."""
    if not event_date.event_date:
        return False
    if event_date.date_prec >= WEEK_PREC and rules(ctx.lang).tally.search(sentence.text):
        return True  # a week or longer: a tally of many incidents, not one
    if event_date.date_prec >= YEAR_PREC and _whole_country_year(ctx, sentence):
        return True  # "more than 3,000 civilians were killed in Mali in 2025": a year's count for a country
    if not ctx.published or not tells_cumulative(sentence.text, ctx.lang):
        return False
    return (ctx.published - date.fromisoformat(event_date.event_date)).days > BACKGROUND_DAYS


YEAR_PREC = 5  # UCDP date_prec of a period longer than a month ("in 2025")


def _whole_country_year(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when a sentence dated by a whole year or more names no place finer than a country ("mais de 3.000
    civis foram mortos no Mali em 2025", "plus de 3.000 civils ont été tués au Mali en 2025"): a yearly count,
    where a recalled incident names its town ("in 2019, 160 herders were killed in Ogossagou")."""
    own = told_places(ctx, sentence)
    return bool(own) and all(p.where_prec >= COUNTRY_PREC for p in own)


_CONTINUES_CONTEXT = re.compile(
    r"^\s*(?:[-•*–]|(?:these|those|they|this|of these|of them|among them|in total)\b)", re.I
)
# an undated sentence opening with these adds to the running total before it, unless it names a place
_ADDS_TO_CONTEXT = re.compile(r"^\s*(?:also|in addition|moreover|besides|furthermore)\b", re.I)
TALLY_REGIONS = 3  # first-order regions an undated count spans to be a tally, not one incident
TALLY_FIGURE = 50  # ... and the figure it gives at least


def _tally_across_regions(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for an undated count of many dead over three or more regions ("the number of people killed in
    the provinces of Aleppo, Deir Ezzor, Raqqa and Hasakah has risen to 798"): a running total, whatever
    words it uses; one incident spans no three regions with no day told."""
    regions = {(p.country, p.admin1) for p in told_places(ctx, sentence) if p.admin1}
    if len(regions) < TALLY_REGIONS:
        return False
    return any(n.low >= TALLY_FIGURE for n in find_numbers(sentence.text, ctx.lang))


def compared_year(text: str, expr: DateExpr, lang: str) -> bool:
    """True for a year that a superlative measures the incident against ("Highest death toll in 2021 |
    ISIS ambushes ...", "the deadliest attack this year"): the period of the comparison, not the incident's
    date (lexicon casualties.compared)."""
    compared = rules(lang).compared
    return expr.date_prec >= YEAR_PREC and compared is not None and (
        compared.search(text, max(0, expr.start - 80), expr.start) is not None)


def months_by_latest_day(text: str, lang: str, dates: list[DateExpr]) -> list[DateExpr]:
    """With no publication date, a month or a year told without its year ("En janvier dernier, une attaque
    similaire avait fait cinq morts") is read against the latest full day the text tells ("le 21 septembre
    2026"): a recalled incident gets its own period, not that day. Weekdays and other days stay unread."""
    days = [d.date_start for d in dates if d.date_prec == 1]
    if not days:
        return dates
    anchor = max(days)
    extra = [d for d in event_date_expressions(text, anchor, lang)
             if d.date_prec >= 4 and d.date_start <= anchor and not d.is_future
             and all(d.end <= o.start or d.start >= o.end for o in dates)]
    return sorted(dates + extra, key=lambda d: d.start) if extra else dates


def old_period_bounds(text: str, published: date | None, lang: str, heading: str | None = None
                       ) -> list[DateExpr]:
    """Dates long before publication that only bound a period ("since June 2019", "from late March"), read
    with the article's title (``heading``) as every other reading of its dates (one parse per article)."""
    if published is None:
        return []
    kept = {(d.start, d.end) for d in event_date_expressions(text, published, lang, heading=heading)}
    return [
        d
        for d in find_date_expressions(text, published, lang, heading)
        if (d.start, d.end) not in kept and (published - d.date_start).days > BACKGROUND_DAYS
        and not is_aside(text, d, lang, published)
    ]


def background_sentences(ctx: ArticleContext) -> set[int]:
    """Starts of the sentences that recall running totals, with the undated sentences that go on
    about them ("These attacks claimed the lives of 568 persons", a list of categories)."""
    starts: set[int] = set()
    in_background = False
    for sentence in ctx.sentences:
        own = [d for d in ctx.dates if in_sentence(d.start, d.end, sentence)]
        if any(in_sentence(b.start, b.end, sentence) for b in ctx.old_bounds):
            in_background = True
        elif own:
            in_background = is_background(ctx, sentence, as_event_date(own[0]))
        elif _tally_across_regions(ctx, sentence):
            in_background = True
        elif in_background:
            in_background = bool(_CONTINUES_CONTEXT.match(sentence.text)) or (
                bool(_ADDS_TO_CONTEXT.match(sentence.text)) and not told_places(ctx, sentence))
        if in_background:
            starts.add(sentence.start)
    return starts
