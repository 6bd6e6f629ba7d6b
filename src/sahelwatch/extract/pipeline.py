"""From one stored article to its event mentions.

``extract_article`` reads the article (``reading``), sets aside reactions and the sentences that tell
background (``background``), classifies each remaining sentence and corrects its label from what it
tells (``relabel``), drafts one mention per sentence with its casualties, day (``event_dates``), place
(``event_places``) and actors, groups the drafts that tell one incident (``consolidate``), and
finishes one mention per group (``finish``, with ``mention_type``, ``mention_actors``, ``claims`` and
``victims``). Every value keeps the span of article text it came from.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources
from itertools import takewhile

from sahelwatch.extract import actors as actor_lex
from sahelwatch.extract import headline
from sahelwatch.extract.affiliations import opening_pronoun_groups
from sahelwatch.extract.background import (
    REGAINED,
    background_sentences,
    conflict_toll,
    history,
    is_background,
    no_event,
)
from sahelwatch.extract.casualty_rules import Casualty, rules
from sahelwatch.extract.classify import Prediction, is_conflict_event
from sahelwatch.extract.clauses import dated_clauses, incident_clauses, reaction_clauses
from sahelwatch.extract.consolidate import (
    consolidate,
    is_current,
    killed_groups,
    rough_range,
    told_group_date,
    weeks_back,
)
from sahelwatch.extract.context import (
    AIR_STRIKE,
    REMOTE_MEANS,
    ExtractionConfig,
    as_label,
    classifier,
    in_sentence,
    march_told,
    own_date,
    previous_text,
    relabelled,
)
from sahelwatch.extract.dates import DateExpr, is_recalled, told_with_proceeding
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.event_dates import (
    as_event_date,
    bodies_found_since,
    date_told_later,
    sentence_date,
    succumbed,
)
from sahelwatch.extract.event_places import draft_evidence, sentence_place, told_places
from sahelwatch.extract.fatalities import find_casualties, taken_then_killed
from sahelwatch.extract.finish import finish_mention, role_defaults
from sahelwatch.extract.incidents import starts_new_incident
from sahelwatch.extract.locatives import coordinated_places, side_country
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.reading import read_article
from sahelwatch.extract.relabel import (
    ARMED_MOB_LABELS,
    armed_mob,
    arrests_at_protest,
    claimed_elsewhere,
    crowd_action,
    crowd_control_grenade,
    force_on_protesters,
    organised_violence,
    past_attribution,
    prediction_for_killing,
    protest_only_planned,
    protest_over_violence,
    protester_killed,
    told_peaceful,
    violent_demonstration,
)
from sahelwatch.extract.releases import ABDUCTION, abduction_dates, release_at, release_story
from sahelwatch.extract.taxonomy import CIVILIANS_INTER, UNREST, disorder_type, is_violent
from sahelwatch.extract.tolls import OTHER_SIDE_CHARS, plausible_beside
from sahelwatch.models import Article, Fatalities, Mention, Place
from sahelwatch.read.relevance import has_violence_cue, is_relevant, reports_no_event
from sahelwatch.read.sentences import Sentence

log = logging.getLogger(__name__)


@cache
def supported_languages() -> frozenset[str]:
    """Languages with a lexicon (``data/lexicon/<lang>.yaml``): a new language is a new data file."""
    folder = resources.files("sahelwatch.data").joinpath("lexicon")
    return frozenset(
        entry.name.removesuffix(".yaml")
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and len(entry.name.removesuffix(".yaml")) == 2
    )


def extract_article(article: Article, config: ExtractionConfig | None = None) -> list[Mention]:
    """All event mentions of one article, one per incident it reports; a headline-only article is
    read as a headline first (``extract.headline``), then as a sentence."""
    config = config or ExtractionConfig()
    if headline.is_headline(article):
        found = headline.extract_headline(article, config) or sentence_mentions(article, config)
        if headline.protest_only_by_month(article.text):  # "Tuesday 19 March 2013": a date, no march
            found = [m for m in found if m.event_type != "Protests"]
        if headline.titles_a_compilation(article.text):  # "Weekly security brief": a toll tells an incident
            found = [m for m in found if m.fatalities.best > 0]
        return found
    return sentence_mentions(article, config)


def sentence_mentions(article: Article, config: ExtractionConfig) -> list[Mention]:
    """The mentions the article's sentences report."""
    lang = (article.language or "en")[:2]
    if lang not in supported_languages():
        log.info("%s: language %r is not supported; skipped", article.id, lang)
        return []
    ctx = read_article(article, config)
    split_reactions(ctx)
    candidates = [s for s in ctx.sentences if is_relevant(s.text, ctx.lang) and not no_event(s, ctx)]
    if not candidates:
        return []
    background = background_sentences(ctx)
    candidates = [s for s in candidates if s.start not in background]
    if not candidates:
        return []
    predictions = classifier().predict([s.text for s in candidates], lang=ctx.lang)
    drafts = []
    for sentence, prediction in zip(candidates, predictions, strict=True):
        draft = draft_mention(ctx, sentence, prediction, config)
        if draft is not None:
            drafts.append(draft)
    drafts = [part for draft in drafts for part in per_town(ctx, draft) if not _year_recalled(ctx, draft)]
    drafts = without_running_totals(ctx, without_multi_incident_totals(ctx, drafts))
    incidents = without_roundup(ctx, consolidate(drafts, config, ctx.lang))
    groups = [date_told_later(ctx, group, drafts) for group in incidents]
    ctx.incidents = groups
    mentions = [m for group in groups for taken in with_abduction(ctx, group, finish_mention(ctx, group))
                for done in abducted_then_found_dead(ctx, group, taken)
                for placed in per_place(ctx, group, done) for m in per_town_attacked(ctx, group, placed)]
    # an agreement, a group's move, a base or a seizure is some actor's (ACLED names its actor1): one naming
    # nobody ("On Friday, the governments of Niger and Benin announced the end of the agreement") is no event
    return [m for m in mentions if m.actor1 is not None or m.sub_event_type not in ACTORS_MOVES]


ACTORS_MOVES = frozenset({"Agreement", "Change to group/activity", "Headquarters or base established",
                          "Other", "Disrupted weapons use"})


def _year_recalled(ctx: ArticleContext, draft: Draft) -> bool:
    """True for a deed dated by its year alone, an earlier year than the report's, with no one killed, hurt,
    taken or held ("O Mali rompeu em 2024 o acordo de paz de Argel"): the report's background, no event."""
    end = draft.date.date_end
    return (ctx.published is not None and draft.date_from_text and draft.date.date_prec >= 5
            and end is not None and date.fromisoformat(end).year < ctx.published.year
            and not draft.casualties)


def split_reactions(ctx: ArticleContext) -> None:
    """Split the article's sentences that tell a crowd's reaction with the killing it reacts to
    (``extract.clauses``); the killings' clauses are the context's ``causes``."""
    fired = classifier().model.cues.fired

    def anchored(start: int, end: int) -> bool:  # a place or a date of its own
        spans = [(x.start, x.end) for x in [*ctx.dates, *ctx.places] if x.start is not None]
        return any(start <= a and b <= end for a, b in spans)

    date_starts = [d.start for d in ctx.dates]

    def violent(text: str) -> bool:
        return has_violence_cue(text, ctx.lang)

    clauses = []
    for sentence in ctx.sentences:
        parts = reaction_clauses(sentence, ctx.lang, fired, anchored)
        ctx.causes += parts[1:]
        dated = [c for part in parts for c in dated_clauses(part, ctx.lang, date_starts, violent)]
        clauses += [c for part in dated for c in incident_clauses(part, ctx.lang, violent)]
    ctx.sentences = clauses


def without_multi_incident_totals(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """Drop a sentence that counts several incidents ("killed 19 people in two attacks") when two or more
    other sentences give tolls: it sums the incidents the article tells one by one, and would otherwise
    be taken for the first of them."""
    rx = lexicon_pattern(ctx.lang, "multi_incident")
    if rx is None:
        return drafts
    with_deaths = [d for d in drafts if any(c.kind == "killed" for c in d.casualties)]
    totals = [d for d in with_deaths if rx.search(d.sentence.text)]
    tolls = [d for d in with_deaths if d not in totals]
    return [d for d in drafts if d not in totals] if totals and len(tolls) >= 2 else drafts


def without_running_totals(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """Drop the deaths of a sentence with no place nor date of its own that are far above the
    article's first toll: a running total ("the war has killed more than 130,000 people"), whatever
    incident the sentence is grouped with."""
    first = next((d for d in drafts if any(c.kind == "killed" for c in d.casualties)), None)
    if first is None:
        return drafts
    first_killed = [c for c in first.casualties if c.kind == "killed"]
    for previous, draft in zip([None, *drafts], drafts, strict=False):
        if draft is first or draft.place_from_text or own_date(ctx, draft.sentence):
            continue
        if _continues_other_incident(ctx, previous, draft, first):
            continue
        near = 0 < draft.sentence.start - first.sentence.end <= OTHER_SIDE_CHARS
        draft.casualties = [
            c for c in draft.casualties if c.kind != "killed" or plausible_beside(c, first_killed, near)
        ]
    return drafts


def _continues_other_incident(
    ctx: ArticleContext, previous: Draft | None, draft: Draft, first: Draft
) -> bool:
    """True when the sentence goes on with the incident the sentence right before it dates, another day
    than the first toll's ("Le 14 mars, une unité a repoussé une attaque à Sebba. Une quarantaine
    d'assaillants ont été neutralisés"): its figure is that incident's toll, not a running total."""
    if previous is None or not own_date(ctx, previous.sentence):
        return False
    index = ctx.sentences.index(draft.sentence)
    adjacent = index > 0 and ctx.sentences[index - 1] == previous.sentence
    return adjacent and previous.date.event_date == draft.date.event_date != first.date.event_date


def without_roundup(ctx: ArticleContext, groups: list[list[Draft]]) -> list[list[Draft]]:
    """Drop an opening round-up ("des frappes tuent treize civils dans la région de Tombouctou"): a
    first group with neither a date nor a town of its own, followed by two or more incidents dated in
    the text near it. Its toll sums theirs; it is no incident of its own. Joined to the first of them (the
    headline's region holds that incident's unknown village), it is taken out when its toll is their sum.
    So is an opening told over a weekend or a night whose days are then told one by one, each with its
    dead, when its toll is their sum ("dix morts ce week-end ... Samedi, sept ... Le lendemain, trois")."""
    if len(groups) >= 2 and len(groups[0]) > 1 and _span_told_by_day(groups[0][0], groups):
        return [groups[0][1:], *groups[1:]]
    if len(groups) >= 2 and len(groups[0]) > 1 and not _specific(ctx, groups[0][0]):
        rest = [groups[0][1:], *groups[1:]]
        if _sums_the_others(groups[0][0], rest) and without_roundup(ctx, [[groups[0][0]], *rest]) == rest:
            return rest
    if len(groups) < 3 or any(_specific(ctx, d) and not _period_told_by_day(ctx, d, groups)
                              for d in groups[0]):
        return groups
    dated = [g for g in groups[1:] if any(own_date(ctx, d.sentence) for d in g)]
    opening = groups[0][0]
    if len(dated) < 2 or any(not is_current(told_group_date(g) or opening.date, opening.date) for g in dated):
        return groups
    return groups[1:]


def _period_told_by_day(ctx: ArticleContext, opening: Draft, groups: list[list[Draft]]) -> bool:
    """True when an opening with no town and no toll of its own (its total is a tally) is dated only by a week
    or a month ("neutralised 14 terrorists in Borno State over the past week") that holds the days of the
    incidents told after it: a round-up."""
    told = opening.date
    town = opening.place_from_text and opening.place is not None and opening.place.where_prec <= 2
    if town or not opening.date_from_text or told.date_prec < 2 or not (told.date_start and told.date_end):
        return False
    if any(c.kind == "killed" and not c.negated and not c.cumulative for c in opening.casualties):
        return False  # a period's toll of its own stays one event (UCDP's "29 killed in 72 hours")
    days = [date.event_date for g in groups[1:]
            if (date := told_group_date(g)) is not None and date.date_prec == 1]
    end = max(told.date_end, ctx.published.isoformat()) if ctx.published else told.date_end  # "the past week"
    return len(days) >= 2 and all(day and told.date_start <= day <= end for day in days)


def _span_told_by_day(opening: Draft, groups: list[list[Draft]]) -> bool:
    """True when the opening sentence is dated by a span of two days (a night, a weekend) that the groups
    after it tell day by day, and its dead are theirs, all told."""
    told = opening.date
    if not (opening.date_from_text and told.date_start and told.date_end
            and told.date_start != told.date_end):
        return False
    rest = [groups[0][1:], *groups[1:]]
    days = {date.event_date for g in rest if (date := told_group_date(g)) is not None and date.date_prec == 1}
    if len(days) < 2 or not all(day and told.date_start <= day <= told.date_end for day in days):
        return False
    each_dead = all(any(killed_groups(d) for d in g) for g in rest)  # each day with its own dead
    return each_dead and _sums_the_others(opening, rest)


def _sums_the_others(opening: Draft, groups: list[list[Draft]]) -> bool:
    """True when the opening sentence's dead are those of the incidents told after it, all told."""
    def killed(drafts: list[Draft]) -> int:
        return sum(c.low for d in drafts for c in d.casualties
                   if c.kind == "killed" and not c.subset_of_previous and not c.negated)
    total = killed([opening])
    return total > 0 and total == sum(killed(g) for g in groups)


def _specific(ctx: ArticleContext, draft: Draft) -> bool:
    """A sentence with a date or a town of its own, or that goes on about the sentence right before it,
    which opens with its day ("Le 5 mai, une unité a accroché un groupe près de Bankilaré. Six terroristes
    ont été neutralisés")."""
    town = draft.place_from_text and draft.place is not None and draft.place.where_prec <= 2
    return town or own_date(ctx, draft.sentence) or _after_dated_opening(ctx, draft)


OPENING_CHARS = 40  # a day this near a sentence's start opens it ("Dans la région de Tahoua, le 7 mai, ...")


def _after_dated_opening(ctx: ArticleContext, draft: Draft) -> bool:
    at = next((i for i, s in enumerate(ctx.sentences) if s is draft.sentence), 0)
    if not draft.date_from_text or draft.date.date_prec != 1 or at == 0:
        return False
    before = ctx.sentences[at - 1]
    return any(d.date_prec == 1 and d.start - before.start <= OPENING_CHARS
               for d in ctx.dates if in_sentence(d.start, d.end, before))


def with_abduction(ctx: ArticleContext, group: list[Draft], mention: Mention) -> list[Mention]:
    """A raid that fought the forces and carried civilians off ("atacaram uma mina ..., mataram dois
    soldados que guardavam o local e raptaram três trabalhadores indianos"): the clash with the forces and
    the abduction of the civilians, two events as ACLED codes them (their targets differ); the captors are
    the clash's non-state side, the captives the civilians the incident names (their nationality) or the
    country's."""
    if mention.sub_event_type != "Armed clash" or mention.actor1 is None or mention.actor2 is None:
        return [mention]
    captor = next((a for a in (mention.actor1, mention.actor2) if a.inter not in (1, 7, 8)), None)
    if captor is None or not {mention.actor1.inter, mention.actor2.inter} & {1, 8}:
        return [mention]
    taken = [c for d in group for c in d.casualties if c.kind == "abducted"
             and c.group in ("civilians", "unknown") and c.low > 0
             and not (c.negated or c.cumulative or c.denied or c.elsewhere)]
    if not taken:
        return [mention]
    named = [f.actor for d in group for f in d.found_actors
             if f.group == "civilians" and f.actor.inter == CIVILIANS_INTER and not f.homed]
    captives = named[0] if named else role_defaults(ctx, mention.place, mention.date).civilians
    abduction = replace(
        mention, event_type="Violence against civilians", sub_event_type=ABDUCTION,
        disorder_type=disorder_type("Violence against civilians", ABDUCTION), civilian_targeting=True,
        type_of_violence=actor_lex.ucdp_type_of_violence(captor, captives), actor1=captor, actor2=captives,
        assoc_actor_1=[], assoc_actor_2=[], interaction=actor_lex.interaction_code(captor, captives),
        fatalities=Fatalities())
    return [mention, abduction]


def abducted_then_found_dead(ctx: ArticleContext, group: list[Draft], mention: Mention) -> list[Mention]:
    """An abduction and the later discovery of the victim's body told in one sentence, each with its own day
    ("The village head, who was abducted by bandits on Wednesday, was found dead on Sunday"; lexicon
    ``abducted_found_dead``): the abduction on its day and the killing on the day the body was found, two
    events as ACLED codes them."""
    rx = lexicon_pattern(ctx.lang, "abducted_found_dead")
    if rx is None or mention.sub_event_type not in (ABDUCTION, "Attack") or mention.actor1 is None:
        return [mention]
    captor, captives = mention.actor1, mention.actor2
    if captives is None or captor.inter in (7, 8) or captives.inter != CIVILIANS_INTER:
        return [mention]
    for draft in group:
        found = rx.search(draft.sentence.text)
        if found is None:
            continue
        at = draft.sentence.start + found.start("found")
        days = [d for d in ctx.dates if in_sentence(d.start, d.end, draft.sentence) and d.date_prec == 1]
        taken = [d for d in days if d.end <= at]
        later = [d for d in days if d.start >= at]
        if not (taken and later) or later[0].date_start <= taken[-1].date_start:
            continue
        counted = [c for c in draft.casualties if c.kind in ("killed", "abducted") and c.low > 0
                   and not (c.negated or c.cumulative or c.denied or c.elsewhere)]
        dead = max((c.low for c in counted), default=0) or mention.fatalities.best or 1
        abduction = replace(
            mention, event_type="Violence against civilians", sub_event_type=ABDUCTION,
            disorder_type=disorder_type("Violence against civilians", ABDUCTION), civilian_targeting=True,
            date=as_event_date(taken[-1]), fatalities=Fatalities())
        killing = replace(
            mention, event_type="Violence against civilians", sub_event_type="Attack",
            disorder_type=disorder_type("Violence against civilians", "Attack"), civilian_targeting=True,
            date=as_event_date(later[0]),
            fatalities=Fatalities(deaths_civilians=dead, low=dead, best=dead, high=dead))
        return [abduction, killing]
    return [mention]


def per_place(ctx: ArticleContext, group: list[Draft], mention: Mention) -> list[Mention]:
    """One mention per town of a gathering held in several ("à Niamey et à Ouallam"): ACLED codes
    a protest per location. Violent events keep one place (their toll cannot be split)."""
    if mention.event_type not in UNREST or mention.place is None or mention.place.start is None:
        return [mention]
    lead = next((d for d in group if d.place is mention.place), None)
    if lead is None:
        return [mention]
    own = [p for p in ctx.places if p.start is not None and in_sentence(p.start, p.end, lead.sentence)]
    chain = coordinated_places(ctx.article.text, mention.place, own, ctx.lang)
    return [mention] + [replace(mention, place=p) for p in chain[1:]]


def per_town_attacked(ctx: ArticleContext, group: list[Draft], mention: Mention) -> list[Mention]:
    """One mention per town of attacks told as struck at once on several towns listed together ("simultaneous
    attacks at dawn on military positions in Kayes, Nioro du Sahel and Diboli"; lexicon
    ``simultaneous_attacks``): ACLED codes an event per location, a toll told for all of them shared out
    evenly. Towns only, of one country, in the sentence that gives the incident its place."""
    cue = lexicon_pattern(ctx.lang, "simultaneous_attacks", r"\b(?:{})\b")
    joins = lexicon_pattern(ctx.lang, "simultaneous_towns", r"^\s*(?:{})\s*$")
    place = mention.place
    if (cue is None or joins is None or not is_violent(mention.event_type) or place is None
            or place.start is None or place.where_prec > 3
            or not any(cue.search(d.sentence.text) for d in group)):
        return [mention]
    lead = next((d for d in group if d.place is place), None)
    if lead is None:
        return [mention]
    text = ctx.article.text
    own = sorted((p for p in ctx.places if p.start is not None
                  and in_sentence(p.start, p.end, lead.sentence)), key=lambda p: p.start)
    at = next((i for i, p in enumerate(own) if p.start == place.start), None)
    if at is None:
        return [mention]
    first, last = at, at
    while (first > 0 and own[first - 1].where_prec <= 3
           and joins.match(text[own[first - 1].end:own[first].start])):
        first -= 1
    while (last + 1 < len(own) and own[last + 1].where_prec <= 3
           and joins.match(text[own[last].end:own[last + 1].start])):
        last += 1
    towns = own[first:last + 1]
    if len(towns) < 2 or len({p.name for p in towns}) < len(towns) or len({p.country for p in towns}) > 1:
        return [mention]
    return [replace(mention, place=town, fatalities=_share(mention.fatalities, i, len(towns)))
            for i, town in enumerate(towns)]


def _share(fatalities: Fatalities, index: int, parts: int) -> Fatalities:
    """The ``index``-th of ``parts`` even shares of a toll (the first ones take the remainder)."""
    def part(n: int | None) -> int | None:
        return None if n is None else n // parts + (1 if index < n % parts else 0)

    return replace(fatalities, deaths_a=part(fatalities.deaths_a), deaths_b=part(fatalities.deaths_b),
                   deaths_civilians=part(fatalities.deaths_civilians),
                   deaths_unknown=part(fatalities.deaths_unknown), low=part(fatalities.low),
                   best=part(fatalities.best), high=part(fatalities.high), wounded=part(fatalities.wounded),
                   missing=part(fatalities.missing))


TOWN_AFTER_FIGURE = 40  # characters between a figure and the town it was counted in ("were found in")


def per_town(ctx: ArticleContext, draft: Draft) -> list[Draft]:
    """One draft per town of a toll told town by town ("19 bodies were found in Kantchari and 15 in
    Diapaga"): ACLED codes an event per location. The sentence's other figures stay with the first town;
    a toll whose towns are not all known stays one figure, summed."""
    chain = [c for c in draft.casualties if c.kind == "killed" and (c.town_part or not c.subset_of_previous)]
    first = next((i for i, c in enumerate(chain) if i + 1 < len(chain) and chain[i + 1].town_part), None)
    if first is None:
        return [draft]
    parts = [chain[first]] + list(takewhile(lambda c: c.town_part, chain[first + 1 :]))
    towns = [_town_after(ctx, draft.sentence, c) for c in parts]
    if None in towns or len({t.name for t in towns}) < len(towns):
        return [draft]
    others = [c for c in draft.casualties if c not in parts]
    alone = [replace(c, town_part=False, addend_of_previous=False) for c in parts]
    split = [
        replace(draft, casualties=([] if i else others) + [c], place=town, place_from_text=True,
                fresh=draft.fresh or i > 0)
        for i, (c, town) in enumerate(zip(alone, towns, strict=True))
    ]
    for part in split:
        part.evidence = draft_evidence(ctx, part)
    return split


def _town_after(ctx: ArticleContext, sentence: Sentence, figure: Casualty) -> Place | None:
    """The place named right after a figure in its sentence, at town level."""
    start = sentence.start + figure.end
    return next(
        (p for p in ctx.places if p.start is not None and start <= p.start <= start + TOWN_AFTER_FIGURE
         and p.end <= sentence.end and p.where_prec <= 3),
        None,
    )


def draft_mention(
    ctx: ArticleContext,
    sentence: Sentence,
    prediction: Prediction,
    config: ExtractionConfig,
    headline: bool = False,
) -> Draft | None:
    """A draft mention when the sentence reports an event, else None. A ``headline`` may give its incident's
    toll so far ("Yirgou massacre: 210 dead to date"); a body's sentence that gives only a running total
    and no date or place of its own tells no incident."""
    found = find_casualties(sentence.text, ctx.lang)
    marched = reports_no_event(sentence.text, ctx.lang) and march_told(ctx, sentence)
    if marched and prediction.event_type != "Protests":
        prediction = as_label(prediction, "PEACE_PROTEST")  # the march, not the trend it protests
    if _only_no_casualties(ctx, sentence, found):
        return None  # "Não houve mortos.", "No one was killed.": of the incident told before, none of its own
    told = [c for c in found if not (c.negated or c.motive or c.denied)]
    opening_pronoun_groups(told, sentence.text, previous_text(ctx, sentence), ctx.lang)
    casualties = [c for c in told if not c.cumulative]
    killed = [c for c in casualties if c.kind == "killed"]
    totals_only = not killed and any(c.kind == "killed" for c in told)
    rescue = release_at(sentence.text, ctx.lang) is not None  # "rescued 12 victims and arrested three"
    if prediction.sub_event_type == ABDUCTION and _only_arrests(told) and not rescue:
        prediction = relabelled(prediction, "ARREST")  # "police arrested three kidnapping suspects"
    is_event = is_conflict_event(prediction) and (
        prediction.probability >= config.min_event_probability
        if is_violent(prediction.event_type)
        else prediction.probability >= config.min_nonviolent_probability
    )
    if not is_event and not killed and march_told(ctx, sentence):
        # a crowd's march told as a deed with its aim, the classifier unsure: the march, not the attacks its
        # aim names ("ont marché dimanche pour réclamer la sécurité de l'axe, souvent visé par des attaques")
        prediction, is_event = as_label(prediction, "PEACE_PROTEST"), True
    if not is_event and is_conflict_event(prediction) and is_violent(prediction.event_type):
        is_event = has_violence_cue(sentence.text, ctx.lang) or _strike_hit(ctx, sentence, prediction)
    if not is_event and _post_taken(ctx, sentence):  # the classifier unsure, maybe of a base "established"
        prediction, is_event = relabelled(prediction, "ARMED_CLASH"), True
    if not is_event and _protest_told(ctx, sentence, prediction):
        is_event = True
    if not is_event and _arrests_told(prediction, told):
        is_event = True
    if not is_event and march_told(ctx, sentence):
        prediction, is_event = as_label(prediction, "PEACE_PROTEST"), True
    organised = None if is_event else organised_violence(ctx, sentence, prediction) or claimed_elsewhere(
        ctx, sentence, prediction)
    if organised:
        prediction, is_event = organised, True
    lead = None if is_event else past_attribution(ctx, sentence, prediction)
    if lead:
        prediction, is_event = lead, True
    if not is_event and not killed:
        return None
    if not killed and _only_attributes(ctx, sentence):
        return None
    if not killed and _verdict_only(ctx, sentence, prediction):
        return None
    if killed and all(c.elsewhere for c in killed) and _only_revised_toll(ctx, sentence):
        return None  # "Un premier bilan faisait état de six morts": the count since revised, no incident
    if not is_event:
        prediction = prediction_for_killing(prediction)
    prediction = protest_over_violence(ctx, sentence, prediction, found)
    prediction = armed_mob(ctx, sentence, prediction)
    prediction = violent_demonstration(ctx, sentence, crowd_action(ctx, sentence, prediction))
    prediction = told_peaceful(ctx, sentence, prediction, found)
    prediction = force_on_protesters(ctx, sentence, prediction, killed)
    prediction = protester_killed(ctx, sentence, prediction, killed)
    prediction = arrests_at_protest(ctx, sentence, prediction, told)
    prediction = protest_only_planned(ctx, sentence, prediction, told)
    prediction = crowd_control_grenade(ctx, sentence, prediction, killed)
    prediction = _rescue_fight(ctx, sentence, prediction)
    prediction = _air_support(ctx, sentence, prediction)
    if prediction.sub_event_type in ("Arrests", ABDUCTION) and taken_then_killed(sentence.text, ctx.lang):
        prediction = relabelled(prediction, "ATTACK")  # "detained ... and executed hours later": the killing
    taken = None if killed else _abduction_ended(ctx, sentence, prediction)
    if taken == []:
        return None  # "hostages kidnapped near Djibo were freed on Sunday": no new abduction, no day for it
    event_date, from_text = (as_event_date(min(taken, key=lambda d: d.date_prec)), True) if taken else (
        sentence_date(ctx, sentence))
    if from_text and is_background(ctx, sentence, event_date):
        return None
    if from_text and not killed and history(ctx, prediction, event_date):
        return None
    draft = Draft(
        sentence=sentence,
        prediction=prediction,
        casualties=casualties,
        date=event_date,
        date_from_text=from_text,
        place=sentence_place(ctx, sentence),
        place_from_text=side_country(sentence.text, ctx.lang) is not None or bool(told_places(ctx, sentence)),
        found_actors=[a for a in ctx.actors if in_sentence(a.start, a.end, sentence)],
        recalled=not own_date(ctx, sentence) and is_recalled(sentence.text, ctx.lang),
        fresh=starts_new_incident(sentence.text, ctx.lang),
        pursuit=from_text and _tells_pursuit(ctx, sentence),
        no_loss=any(c.negated and c.kind == "killed" for c in found),
        sequel=bool(killed) and (succumbed(ctx, sentence) or bodies_found_since(ctx, sentence)),
        burial=bool(killed) and _buried(ctx, sentence),
        crowdless=prediction.sub_event_type == MOB_VIOLENCE and not killed and not _crowd_named(ctx, sentence)
        and not own_date(ctx, sentence) and not told_places(ctx, sentence),
        rough_day=from_text and weeks_back(ctx, event_date),
    )
    if draft.rough_day:
        draft.date = rough_range(draft.date)
    if draft.sequel:
        draft.wounded_before = _wounded_before(ctx, sentence)
    if draft.recalled and not killed and not draft.place_from_text:
        return None  # "lorsque Boko Haram avait lancé une offensive": too vague to be an event
    if totals_only and not from_text and not draft.place_from_text and not (
        headline and not conflict_toll(ctx, sentence)
    ):
        return None  # "an insurgency that has killed thousands": a running total, no incident
    tally = bool(told) and all(c.cumulative for c in told) and any(c.kind == "abducted" for c in told)
    if tally and prediction.sub_event_type == ABDUCTION and not own_date(ctx, sentence) \
            and not draft.place_from_text:
        return None  # "30 killed and 100 abducted in the area in the last two months": a tally, no abduction
    if prediction.sub_event_type == "Other" and not killed and not draft.found_actors \
            and not draft.place_from_text:
        return None  # "les autorités ont suspendu une chaîne de télévision": no actor, no place of its own
    draft.evidence = draft_evidence(ctx, draft)
    return draft


def _tells_pursuit(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when the sentence tells forces going after the attackers (lexicon ``pursuit``: "troops pursued the
    attackers towards the border and neutralised five of them on Sunday")."""
    rx = lexicon_pattern(ctx.lang, "pursuit")
    return rx is not None and rx.search(sentence.text) is not None


def _post_taken(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for a sentence telling an army post taken by force ("tomaram na quinta-feira a base militar de
    Wajiroko"; lexicon post_taken): an assault on its garrison, an armed clash."""
    rx = lexicon_pattern(ctx.lang, "post_taken")
    return rx is not None and rx.search(sentence.text) is not None


def _strike_hit(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> bool:
    """True for a strike the classifier reads, unsure, as remote violence, told by what it hit ("The strike
    hit a gathering in Léré where families were celebrating a marriage"; lexicon strike_hit)."""
    rx = lexicon_pattern(ctx.lang, "strike_hit")
    return (prediction.sub_event_type in REMOTE_MEANS and rx is not None
            and rx.search(sentence.text) is not None)


def _only_no_casualties(ctx: ArticleContext, sentence: Sentence, found: list[Casualty]) -> bool:
    """True for a sentence that only says nobody died ("Não houve mortos.", "No one was killed, police
    said."): no figure, date, place or actor of its own."""
    actors = any(in_sentence(a.start, a.end, sentence) for a in ctx.actors)
    return bool(found) and all(c.negated for c in found) and not own_date(ctx, sentence) \
        and not told_places(ctx, sentence) and not actors


def _verdict_only(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> bool:
    """True for a court's verdict with no arrest and no death told (lexicon verdict): read as arrests ("A
    court on Monday convicted five men over the massacre"), or dated by the verdict's day alone ("a condamné
    lundi six hommes pour l'attaque d'une église"), it is the trial of a past deed, no event. A deed told with
    its own day ("for the killing of a trader on June 3, 2020") stays that day's event."""
    rx = lexicon_pattern(ctx.lang, "verdict")
    if rx is None or rx.search(sentence.text) is None:
        return False
    own = [d for d in ctx.dates if in_sentence(d.start, d.end, sentence)]
    return prediction.sub_event_type == "Arrests" or all(
        told_with_proceeding(ctx.article.text, d, ctx.lang) for d in own)


MOB_VIOLENCE = "Mob violence"


def _crowd_named(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when the sentence names a crowd or a protest (lexicon crowd, protesters, protest_told,
    crowd_violence)."""
    return any((rx := lexicon_pattern(ctx.lang, key)) is not None and rx.search(sentence.text) is not None
               for key in ("crowd", "protesters", "protest_told", "crowd_violence"))


def _buried(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence counts the dead buried (lexicon ``burial``: "We buried 16 people on Friday")."""
    rx = lexicon_pattern(ctx.lang, "burial", r"(?<![\w-])(?:{})(?![\w-])")
    return rx is not None and rx.search(sentence.text) is not None


def _wounded_before(ctx: ArticleContext, sentence: Sentence) -> int:
    """The most wounded the two sentences before tell ("Seven others were wounded. Two of them died later in
    hospital"), or the sentence itself ("said six others were injured. 'Four of them later died'"): the
    wounded whom a sequel tells dying."""
    before = [s for s in ctx.sentences if s.start < sentence.start][-2:] + [sentence]
    return max((c.low for s in before for c in find_casualties(s.text, ctx.lang)
                if c.kind == "wounded" and not c.negated), default=0)


def _only_attributes(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for a sentence that only blames an incident told before on someone ("A Fulani association blamed
    the attack on Dozo hunters", lexicon ``attribution_only``), with no date nor place of its own: no incident
    of its own (the classifier may read the blame as mob violence); the attribution is read from the article's
    sentences (``claimed_next``)."""
    rx = lexicon_pattern(ctx.lang, "attribution_only")
    return (rx is not None and rx.search(sentence.text) is not None and not own_date(ctx, sentence)
            and not told_places(ctx, sentence))


_FIRST_COUNT = re.compile(r"\b(?:premier|précédent|antérieur|ancien|initial|previous|earlier|first|anterior"
                          r"|precedente|primeiro|inicial)", re.I)


def _only_revised_toll(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for a sentence that only gives a count the report has since revised ("un premier bilan
    faisait état de six morts"), with no date or place of its own, when a later sentence tells the dead."""
    earlier = rules(ctx.lang).earlier_count
    m = earlier.search(sentence.text) if earlier else None
    if m is None or not _FIRST_COUNT.search(m.group(0)) or own_date(ctx, sentence):
        return False  # "le bilan faisait état de ..." alone is the toll, not one since revised
    later = [s for s in ctx.sentences if s.start > sentence.start]
    return not told_places(ctx, sentence) and any(
        c.kind == "killed" and not (c.negated or c.elsewhere or c.cumulative)
        for s in later for c in find_casualties(s.text, ctx.lang))


def _abduction_ended(ctx: ArticleContext, sentence: Sentence, prediction: Prediction
                     ) -> list[DateExpr] | None:
    """For an abduction told as the past of freed captives (``extract.releases``), the dates that can date
    it (none: no event); None for any other sentence. In a story about a release, an undated abduction or
    deathless attack ("the family was seized by gunmen from their home") is the captivity's start, and so is
    an undated detention by no state force ("ela esteve detida por um grupo ligado à Al-Qaeda": captivity)."""
    if prediction.sub_event_type == "Arrests":
        if any(a.group == "security" and in_sentence(a.start, a.end, sentence) for a in ctx.actors):
            return None
    elif prediction.sub_event_type not in (ABDUCTION, "Attack"):
        return None
    own = [d for d in ctx.dates if in_sentence(d.start, d.end, sentence)]
    taken = abduction_dates(sentence.text, sentence.start, own, ctx.lang)
    if prediction.sub_event_type != ABDUCTION:
        taken = None
    if taken is None and not own and ctx.sentences:
        lead = ctx.sentences[0].text
        return [] if release_story(ctx.article.title or "", lead, ctx.lang) else None
    return taken


def _rescue_fight(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction:
    """Captives the state's forces freed in a fight ("soldiers rescued 20 kidnapped passengers after a gun
    battle with bandits"): the fight is an armed clash on its day, the abduction it ends an earlier one.
    Captives freed with no fight and no ground retaken ("troops freed 12 hostages held by Boko Haram"): a
    release, as the abduction reading has it, not territory regained."""
    regained = prediction.sub_event_type == REGAINED
    if prediction.sub_event_type != ABDUCTION and not regained or release_at(sentence.text, ctx.lang) is None:
        return prediction
    fight = lexicon_pattern(ctx.lang, "ground_fight", r"\b(?:{})\b")
    forces = any(a.group == "security" and in_sentence(a.start, a.end, sentence) for a in ctx.actors)
    if fight is not None and forces and fight.search(sentence.text):
        return relabelled(prediction, "ARMED_CLASH")
    retaken = lexicon_pattern(ctx.lang, "ground_retaken", r"\b(?:{})\b")
    if regained and not (retaken and retaken.search(sentence.text)):
        return relabelled(prediction, "ABDUCT_DISSAP")
    return prediction


def _air_support(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction:
    """An 'air strike' whose aircraft only backed the forces on the ground ("une trentaine d'assaillants ont
    été neutralisés lors de la riposte appuyée par des vecteurs aériens"; lexicon air_support), with no strike
    told outright (air_strike_told): the ground fight's clash or attack, whichever the classifier finds
    likelier. ACLED codes the fighting, the air support is part of it."""
    support = lexicon_pattern(ctx.lang, "air_support", r"\b(?:{})\b")
    strike = lexicon_pattern(ctx.lang, "air_strike_told", r"\b(?:{})\b")
    if prediction.sub_event_type != AIR_STRIKE or support is None or not support.search(sentence.text):
        return prediction
    if strike is not None and strike.search(sentence.text):
        return prediction
    return relabelled(prediction, max(ARMED_MOB_LABELS, key=lambda c: prediction.scores.get(c, 0.0)))
TOLD_PROBABILITY = 0.2  # a protest or arrests the sentence's words tell outright need less certainty


def _protest_told(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> bool:
    """A sentence the classifier reads as a protest, unsure, with words that tell a protest outright
    (lexicon ``protest_told``): a protest, as a violence cue backs an unsure violent type."""
    rx = lexicon_pattern(ctx.lang, "protest_told")
    if rx is None or prediction.event_type != "Protests" or prediction.probability < TOLD_PROBABILITY:
        return False
    return rx.search(sentence.text) is not None


def _only_arrests(told: list[Casualty]) -> bool:
    """True when the people a sentence counts were all arrested: no one killed, wounded or taken."""
    counted = [c for c in told if c.low > 0]
    return bool(counted) and all(c.kind == "arrested" for c in counted)


def _arrests_told(prediction: Prediction, told: list[Casualty]) -> bool:
    """A sentence the classifier reads as arrests, unsure, that counts the people arrested ("quatre
    suspects ont été interpellés et remis aux services compétents"): arrests, as a protest's own words back
    a protest."""
    if prediction.sub_event_type != "Arrests" or prediction.probability < TOLD_PROBABILITY:
        return False
    return any(c.kind == "arrested" and c.low > 0 and not c.negated for c in told)
