"""From one stored article to its event mentions.

Each step does one job: split and filter sentences (``read``), classify the event type,
find casualties, dates, actors and places, assign roles, then consolidate the sentences
that report the same incident into one mention per incident. Every value keeps the
span of article text it came from.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources

from sahelwatch.extract import actors as actor_lex
from sahelwatch.extract.classify import EventClassifier, Prediction, is_conflict_event
from sahelwatch.extract.dates import DateExpr, event_date_expressions, find_date_expressions
from sahelwatch.extract.fatalities import Casualty, find_casualties, rules, summarise_fatalities
from sahelwatch.extract.roles import FoundActor, RoleDefaults, assign_roles
from sahelwatch.extract.taxonomy import default_civilian_targeting, disorder_type, is_violent
from sahelwatch.geo import country_place, event_location, find_toponyms, resolve_toponyms
from sahelwatch.models import Actor, Article, EventDate, Evidence, Mention, Place
from sahelwatch.read.datelines import dateline_spans, in_dateline
from sahelwatch.read.relevance import cue_spans, has_violence_cue, is_relevant
from sahelwatch.read.sentences import Sentence, split_sentences

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "0.1.0"
BACKGROUND_DAYS = 60  # a cumulative count dated this long before publication is context, not an event


@dataclass
class ExtractionConfig:
    """Thresholds of the extractor (tuned on the UCDP-AEC dev split)."""

    min_event_probability: float = 0.35  # classifier probability for a sentence to report an event
    min_nonviolent_probability: float = 0.4  # protests, riots and strategic developments: no cue backs them
    max_sentences: int = 400  # very long pages: read the first N sentences only
    consolidate_days: int = 0  # sentences whose dates differ by at most this are one incident


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


@cache
def supported_languages() -> frozenset[str]:
    """Languages with a lexicon (``data/lexicon/<lang>.yaml``): a new language is a new data file."""
    folder = resources.files("sahelwatch.data").joinpath("lexicon")
    return frozenset(
        entry.name.removesuffix(".yaml")
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and len(entry.name.removesuffix(".yaml")) == 2
    )


@cache
def _classifier() -> EventClassifier:
    return EventClassifier.load()


def parse_published(article: Article) -> date | None:
    """The publication day, or None when unknown or unparsable."""
    try:
        return date.fromisoformat(article.published_date) if article.published_date else None
    except ValueError:
        return None


def read_article(article: Article, config: ExtractionConfig) -> ArticleContext:
    """Split the article and find its places, actors and dates once, for every sentence."""
    lang = (article.language or "en")[:2]
    published = parse_published(article)
    text = article.text
    sentences = split_sentences(text)[: config.max_sentences]
    places = resolve_toponyms(text, find_toponyms(text, lang=lang))
    country = dominant_country(places)
    found = [
        FoundActor(m.actor, m.group, m.start, m.end, m.surface)
        for m in actor_lex.find_actors(text, lang, country=country, on_date=published)
    ]
    places = [p for p in places if not _inside_actor_name(p, found)]
    country = dominant_country(places) or country or _state_country(found)
    datelines = dateline_spans(text, [s.start for s in sentences])
    old_bounds = _old_period_bounds(text, published, lang)
    dates = [
        d
        for d in event_date_expressions(text, published, lang)
        if not d.is_future and not in_dateline(d.start, d.end, datelines)
    ]
    event_places = [p for p in places if p.start is None or not in_dateline(p.start, p.end, datelines)]
    return ArticleContext(
        article, lang, published, sentences, event_places, found, dates, country, old_bounds
    )


def _inside_actor_name(place: Place, actors: list[FoundActor]) -> bool:
    """True when a town-level toponym lies inside a longer actor name ("Boko" in "Boko Haram",
    "Gulf" in "Gulf Cartel"); countries and regions inside names ("Nigerian army") are kept."""
    if place.start is None or place.end is None or place.where_prec >= 4:
        return False
    span = place.end - place.start
    return any(a.start <= place.start and place.end <= a.end and a.end - a.start > span for a in actors)


def _state_country(found: list[FoundActor]) -> str | None:
    """The country of the first state force named ("Afghan forces"), when no place gives one."""
    return next((f.actor.country for f in found if f.actor.inter == 1 and f.actor.country), None)


def dominant_country(places: list[Place]) -> str | None:
    """The country most places in the article belong to, earlier mentions weighing more."""
    scores: dict[str, float] = {}
    for rank, place in enumerate(places):
        if place.country:
            scores[place.country] = scores.get(place.country, 0.0) + 1.0 / (1 + 0.1 * rank)
    return max(scores, key=scores.__getitem__) if scores else None


def extract_article(article: Article, config: ExtractionConfig | None = None) -> list[Mention]:
    """All event mentions of one article, one per incident it reports."""
    config = config or ExtractionConfig()
    lang = (article.language or "en")[:2]
    if lang not in supported_languages():
        log.info("%s: language %r is not supported; skipped", article.id, lang)
        return []
    ctx = read_article(article, config)
    candidates = [s for s in ctx.sentences if is_relevant(s.text, ctx.lang)]
    if not candidates:
        return []
    background = background_sentences(ctx)
    candidates = [s for s in candidates if s.start not in background]
    if not candidates:
        return []
    predictions = _classifier().predict([s.text for s in candidates], lang=ctx.lang)
    drafts = []
    for sentence, prediction in zip(candidates, predictions, strict=True):
        draft = draft_mention(ctx, sentence, prediction, config)
        if draft is not None:
            drafts.append(draft)
    return [finish_mention(ctx, group) for group in consolidate(drafts, config)]


def _in_sentence(start: int, end: int, sentence: Sentence) -> bool:
    return sentence.start <= start and end <= sentence.end


def draft_mention(
    ctx: ArticleContext, sentence: Sentence, prediction: Prediction, config: ExtractionConfig
) -> Draft | None:
    """A draft mention when the sentence reports an event, else None."""
    casualties = [c for c in find_casualties(sentence.text, ctx.lang) if not c.negated and not c.cumulative]
    killed = [c for c in casualties if c.kind == "killed"]
    is_event = is_conflict_event(prediction) and (
        prediction.probability >= config.min_event_probability
        if is_violent(prediction.event_type)
        else prediction.probability >= config.min_nonviolent_probability
    )
    if not is_event and is_conflict_event(prediction) and is_violent(prediction.event_type):
        is_event = has_violence_cue(sentence.text, ctx.lang)
    if not is_event and not killed:
        return None
    if not is_event:
        prediction = _prediction_for_killing(prediction)
    event_date, from_text = sentence_date(ctx, sentence)
    if from_text and is_background(ctx, sentence, event_date):
        return None
    draft = Draft(
        sentence=sentence,
        prediction=prediction,
        casualties=casualties,
        date=event_date,
        date_from_text=from_text,
        place=sentence_place(ctx, sentence),
        place_from_text=any(
            p.start is not None and _in_sentence(p.start, p.end, sentence) for p in ctx.places
        ),
        found_actors=[a for a in ctx.actors if _in_sentence(a.start, a.end, sentence)],
    )
    draft.evidence = _evidence(ctx, draft)
    return draft


def is_background(ctx: ArticleContext, sentence: Sentence, event_date: EventDate) -> bool:
    """A running total recalled for context ("since June 2019, 568 people were killed"): a date
    long before publication in a sentence that speaks of a cumulative count."""
    if not ctx.published or not event_date.event_date:
        return False
    age = (ctx.published - date.fromisoformat(event_date.event_date)).days
    return age > BACKGROUND_DAYS and rules(ctx.lang).cumulative.search(sentence.text) is not None


_CONTINUES_CONTEXT = re.compile(
    r"^\s*(?:[-•*–]|(?:these|those|they|this|of these|of them|among them|in total)\b)", re.I
)


def _old_period_bounds(text: str, published: date | None, lang: str) -> list[DateExpr]:
    """Dates long before publication that only bound a period ("since June 2019", "from late March")."""
    if published is None:
        return []
    kept = {(d.start, d.end) for d in event_date_expressions(text, published, lang)}
    return [
        d
        for d in find_date_expressions(text, published, lang)
        if (d.start, d.end) not in kept and (published - d.date_start).days > BACKGROUND_DAYS
    ]


def background_sentences(ctx: ArticleContext) -> set[int]:
    """Starts of the sentences that recall running totals, with the undated sentences that go on
    about them ("These attacks claimed the lives of 568 persons", a list of categories)."""
    starts: set[int] = set()
    in_background = False
    for sentence in ctx.sentences:
        own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
        if any(_in_sentence(b.start, b.end, sentence) for b in ctx.old_bounds):
            in_background = True
        elif own:
            in_background = is_background(ctx, sentence, _event_date(own[0]))
        elif in_background:
            in_background = bool(_CONTINUES_CONTEXT.match(sentence.text))
        if in_background:
            starts.add(sentence.start)
    return starts


def _prediction_for_killing(prediction: Prediction) -> Prediction:
    """A sentence that reports deaths but that the classifier did not call an event: an attack."""
    return Prediction(
        label="ATTACK",
        probability=prediction.probability,
        event_type="Violence against civilians",
        sub_event_type="Attack",
        scores=prediction.scores,
    )


def sentence_date(ctx: ArticleContext, sentence: Sentence) -> tuple[EventDate, bool]:
    """The event date of a sentence: its own date expression, else the nearest earlier one in the
    article's opening, else the publication date at week precision. The flag tells whether the
    date came from the text."""
    own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
    if own:
        return _event_date(own[0]), True
    earlier = [d for d in ctx.dates if d.end <= sentence.start]
    if earlier and ctx.published and _recent(earlier[-1], ctx.published):
        return _event_date(earlier[-1]), True
    if ctx.published:
        # News reports most often describe the day of publication or the day before; without a
        # date in the text the publication day is the best single guess, at week precision.
        day = ctx.published.isoformat()
        return EventDate(day, date_start=day, date_end=day, time_precision=2, date_prec=3), False
    return EventDate(None, time_precision=3, date_prec=5), False


def _recent(expr: DateExpr, published: date) -> bool:
    """True when a date expression lies within the fortnight before publication."""
    return (published - expr.date_start).days <= 14


def _event_date(expr: DateExpr) -> EventDate:
    return EventDate(
        event_date=expr.date_start.isoformat(),
        date_start=expr.date_start.isoformat(),
        date_end=expr.date_end.isoformat(),
        time_precision=expr.time_precision,
        date_prec=expr.date_prec,
        surface=expr.surface,
    )


def sentence_place(ctx: ArticleContext, sentence: Sentence) -> Place | None:
    """The event's place: the one tied to the sentence's trigger, else the latest earlier place,
    else the article's first place; a bare country is refined by the article's finer places."""
    own = [p for p in ctx.places if p.start is not None and _in_sentence(p.start, p.end, sentence)]
    chosen = None
    if own:
        trigger = _trigger_span(sentence)
        chosen = _more_specific(event_location(ctx.article.text, trigger[0], trigger[1], own), own)
    if chosen is None:
        earlier = [p for p in ctx.places if p.end is not None and p.end <= sentence.start]
        chosen = earlier[-1] if earlier else (ctx.places[0] if ctx.places else None)
    if chosen is None:
        return country_place(ctx.country)
    if chosen.where_prec >= 6:
        return _finer_place(ctx, chosen, sentence) or chosen
    return chosen


def _more_specific(chosen: Place | None, candidates: list[Place]) -> Place | None:
    """Prefer a town inside the chosen place's region when the chosen one is named like the region
    ("west of Nawa city in the countryside of Daraa": Nawa, not Daraa)."""
    if chosen is None or not chosen.admin1 or _fold(chosen.name) != _fold(chosen.admin1):
        return chosen
    inside = [
        p
        for p in candidates
        if p.admin1 == chosen.admin1 and p.where_prec <= 2 and _fold(p.name) != _fold(chosen.name)
    ]
    return inside[0] if inside else chosen


def _fold(name: str | None) -> str:
    """A name without accents, case or punctuation, for comparing spellings of one place."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in decomposed if c.isalnum()).lower()


def _finer_place(ctx: ArticleContext, country: Place, sentence: Sentence) -> Place | None:
    """For a bare country: a finer place of the article's own country (a foreign country named in the
    sentence, "Turkish forces shelled...", is rarely where it happened), nearest before the sentence."""
    home = ctx.country or country.country
    inside = [p for p in ctx.places if p.country == home and p.where_prec < 6 and p.start is not None]
    if not inside and home != country.country:
        return country_place(home)
    before = [p for p in inside if p.start <= sentence.start]
    if before:
        return before[-1]
    return inside[0] if inside else None


def _trigger_span(sentence: Sentence) -> tuple[int, int]:
    """The span of the first conflict cue in the sentence (the whole sentence when none)."""
    spans = cue_spans(sentence.text)
    if not spans:
        return sentence.start, sentence.end
    start, end = spans[0]
    return sentence.start + start, sentence.start + end


def _evidence(ctx: ArticleContext, draft: Draft) -> list[Evidence]:
    """Spans of article text behind each field of the draft."""
    text, s = ctx.article.text, draft.sentence
    items = [Evidence("sentence", s.start, s.end, s.text)]
    for c in draft.casualties:
        start, end = s.start + c.start, s.start + c.end
        items.append(Evidence(f"fatalities:{c.kind}:{c.group}", start, end, text[start:end]))
    if draft.date_from_text and draft.date.surface:
        items.extend(
            Evidence("date", d.start, d.end, d.surface) for d in ctx.dates if d.surface == draft.date.surface
        )
    if draft.place and draft.place.start is not None:
        items.append(
            Evidence("place", draft.place.start, draft.place.end, text[draft.place.start : draft.place.end])
        )
    items.extend(
        Evidence(f"actor:{a.group}", a.start, a.end, text[a.start : a.end]) for a in draft.found_actors
    )
    return items


def consolidate(drafts: list[Draft], config: ExtractionConfig) -> list[list[Draft]]:
    """Group the sentences that report the same incident.

    Sentences with their own dates join a group of the same day (± ``consolidate_days``) and a
    compatible place. A sentence without a date of its own belongs to the article's current
    incident: the first group dated near publication, or a group of other undated sentences;
    it never joins an incident recalled from the past.
    """
    groups: list[list[Draft]] = []
    for draft in drafts:
        target = next((g for g in groups if _joins(g, draft, config)), None)
        if target is None:
            groups.append([draft])
        else:
            target.append(draft)
    return groups


def _group_date(group: list[Draft]) -> EventDate | None:
    """The date the group's sentences give in the text (None when none does)."""
    return next((d.date for d in group if d.date_from_text), None)


REMOTE_MEANS = {
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
    "Chemical weapon",
}
UNREST = ("Protests", "Riots")


def _types_compatible(a: Prediction, b: Prediction) -> bool:
    """Sentences of one incident may be typed differently (clash / attack), but not by different
    means of remote violence (an IED and an air strike), nor as unrest and as armed violence."""
    if a.sub_event_type in REMOTE_MEANS and b.sub_event_type in REMOTE_MEANS:
        return a.sub_event_type == b.sub_event_type
    return (a.event_type in UNREST) == (b.event_type in UNREST) or "Strategic developments" in (
        a.event_type,
        b.event_type,
    )


def _joins(group: list[Draft], draft: Draft, config: ExtractionConfig) -> bool:
    if not all(_types_compatible(d.prediction, draft.prediction) for d in group):
        return False
    own_places = [d.place for d in group if d.place_from_text]
    if draft.place_from_text and own_places and not _places_compatible(own_places[0], draft.place):
        return False
    group_date = _group_date(group)
    if not draft.date_from_text:
        return group_date is None or _is_current(group_date, draft.date)
    if group_date is None:
        return _is_current(draft.date, group[0].date)
    return _days_apart(group_date, draft.date) <= config.consolidate_days


def _days_apart(a: EventDate, b: EventDate) -> int:
    if not a.event_date or not b.event_date:
        return 0
    return abs((date.fromisoformat(a.event_date) - date.fromisoformat(b.event_date)).days)


def _is_current(dated: EventDate, undated: EventDate) -> bool:
    """True when a text date lies within a week of the fallback (publication) date."""
    return _days_apart(dated, undated) <= 7


def _places_compatible(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    return not (a.admin1 and b.admin1 and a.admin1 != b.admin1)


def finish_mention(ctx: ArticleContext, group: list[Draft]) -> Mention:
    """One mention from the sentences that report one incident."""
    lead = max(group, key=_draft_weight)
    casualties = incident_casualties(group)
    fatalities = summarise_fatalities(casualties)
    place = (
        lead.place
        if lead.place_from_text
        else next((d.place for d in group if d.place_from_text), lead.place)
    )
    event_date = (
        lead.date if lead.date_from_text else next((d.date for d in group if d.date_from_text), lead.date)
    )
    found = _dedupe_actors([a for d in group for a in d.found_actors]) or _context_actors(ctx, lead)
    victims = {c.group for c in casualties if c.kind == "killed" and c.low > 0}
    event_type, sub_type = violent_type(lead.prediction.event_type, lead.prediction.sub_event_type, victims)
    defaults = _defaults(ctx, place, event_date)
    actor1, actor2, others = assign_roles(event_type, sub_type, found, victims, defaults)
    evidence = [e for d in group for e in d.evidence]
    return Mention(
        article_id=ctx.article.id,
        sentence_start=lead.sentence.start,
        sentence_end=lead.sentence.end,
        event_type=event_type,
        sub_event_type=sub_type,
        disorder_type=disorder_type(event_type, sub_type),
        civilian_targeting=default_civilian_targeting(event_type, sub_type) or "civilians" in victims,
        type_of_violence=actor_lex.ucdp_type_of_violence(actor1, actor2) if is_violent(event_type) else None,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_2=others,
        interaction=actor_lex.interaction_code(actor1, actor2) if actor1 else None,
        fatalities=fatalities,
        date=event_date,
        place=place,
        evidence=evidence,
        confidence=_confidence(lead, place, event_date),
        language=ctx.lang,
    )


def incident_casualties(group: list[Draft]) -> list[Casualty]:
    """The casualty figures that describe this incident.

    The first sentence reporting deaths (the headline or the lead) sets the scale; later
    sentences may restate or update it ("the toll rose to 28"), but a figure far above it
    ("845 civilians have been killed since the coup") is a running total, not this incident.
    """
    ordered = sorted(group, key=lambda d: d.sentence.start)
    lead = next((d for d in ordered if any(c.kind == "killed" for c in d.casualties)), None)
    if lead is None:
        return [c for d in ordered for c in d.casualties]
    scale = max(c.high or c.low for c in lead.casualties if c.kind == "killed")
    ceiling = max(3 * scale, scale + 10)
    kept = list(lead.casualties)
    for draft in ordered:
        if draft is not lead:
            kept.extend(c for c in draft.casualties if c.kind != "killed" or (c.high or c.low) <= ceiling)
    return kept


def violent_type(event_type: str | None, sub_type: str | None, victims: set[str]) -> tuple[str, str]:
    """Correct the classifier's type with who died: deaths make an event violent, and the
    deaths of soldiers or fighters make an attack a battle (ACLED codes attacks on armed
    actors as armed clashes)."""
    armed_victims = bool(victims & {"security", "militants"})
    if event_type is None or sub_type is None or (victims and not is_violent(event_type)):
        return ("Battles", "Armed clash") if armed_victims else ("Violence against civilians", "Attack")
    if sub_type == "Attack" and armed_victims and "civilians" not in victims:
        return "Battles", "Armed clash"
    return event_type, sub_type


def _draft_weight(draft: Draft) -> float:
    killed = sum(1 for c in draft.casualties if c.kind == "killed")
    return draft.prediction.probability + 0.5 * min(killed, 1) - 0.001 * draft.sentence.start / 100


def _dedupe_actors(found: list[FoundActor]) -> list[FoundActor]:
    seen: set[str] = set()
    unique = []
    for f in sorted(found, key=lambda a: a.start):
        if f.actor.name not in seen:
            seen.add(f.actor.name)
            unique.append(f)
    return unique


def _context_actors(ctx: ArticleContext, lead: Draft) -> list[FoundActor]:
    """Actors named before the event sentence (its paragraph or the headline), nearest first."""
    earlier = [a for a in ctx.actors if a.end <= lead.sentence.start]
    return _dedupe_actors(earlier[-3:])


def _defaults(ctx: ArticleContext, place: Place | None, event_date: EventDate) -> RoleDefaults:
    country = (place.country if place else None) or ctx.country
    on_date = date.fromisoformat(event_date.event_date) if event_date.event_date else ctx.published
    return RoleDefaults(
        state=actor_lex.state_forces(country, on_date) if country else Actor("State forces", known=False),
        civilians=actor_lex.civilians(country)
        if country
        else Actor("Civilians", inter=7, ucdp_name="Civilians"),
        armed_group=actor_lex.unidentified_armed_group(country)
        if country
        else Actor("Unidentified Armed Group", inter=3, known=False),
        country_name=(place.country_name if place else None),
    )


def _confidence(lead: Draft, place: Place | None, event_date: EventDate) -> float:
    score = 0.5 * lead.prediction.probability
    score += 0.2 if place is not None else 0.0
    score += 0.15 if event_date.time_precision == 1 else 0.05
    score += 0.15 if lead.casualties or lead.found_actors else 0.0
    return round(min(score, 1.0), 3)
