"""The day of a sentence's incident, and of an incident told over several sentences: told dates,
deeds dated by a statement or a sequel, recalled days."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from sahelwatch.extract.consolidate import day_of_told_night, is_night
from sahelwatch.extract.context import WEEK_PREC, in_sentence, marched_text, own_date, sentence_holding
from sahelwatch.extract.dates import (
    ARTICLES_ONE,
    DateExpr,
    event_date_expressions,
    is_previous_day,
    is_report_day_monitor,
    told_in_peaceful_aside,
    told_in_source_aside,
    told_with_proceeding,
)
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.event_places import told_aside, told_places
from sahelwatch.extract.fatalities import find_casualties, taken_then_killed
from sahelwatch.extract.numbers import lexicon_pattern, parse_number
from sahelwatch.extract.report_lag import undated_event_date
from sahelwatch.extract.tolls import TOLL_WORD
from sahelwatch.models import EventDate, Evidence, Place
from sahelwatch.read.relevance import cue_spans, denies, has_violence_cue, reports_no_event
from sahelwatch.read.sentences import Sentence


def succumbed(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence tells the wounded dying since (lexicon ``succumbed``: "three more soldiers died of their
    wounds", "quatre blessés ont succombé")."""
    rx = lexicon_pattern(ctx.lang, "succumbed")
    return rx is not None and rx.search(sentence.text) is not None


def bodies_found_since(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence tells bodies found (lexicon ``found_dead``) after a sentence telling deaths, naming no
    place of its own ("Six corps ont été retrouvés vendredi aux abords du village", "Five more bodies were
    found in the bush on Saturday"): the search after the incident told before, not another incident."""
    rx = lexicon_pattern(ctx.lang, "found_dead")
    if rx is None or rx.search(sentence.text) is None or told_places(ctx, sentence):
        return False
    before = ctx.article.text[: sentence.start]
    return any(c.kind == "killed" and not c.negated for c in find_casualties(before, ctx.lang))


def sentence_date(ctx: ArticleContext, sentence: Sentence) -> tuple[EventDate, bool]:
    """The event date of a sentence: its own date expression, else the nearest earlier one in the
    article's opening (the nearest day when it says "the same day"; the last day told when the article
    has no publication date), else the publication date at week precision. The flag tells whether the
    date came from the text."""
    own = [d for d in ctx.dates if in_sentence(d.start, d.end, sentence)]
    # a date outside an aside about an actor first ("Traore, who seized power on Friday, ... on Saturday")
    told = own
    own = [d for d in own if not told_in_peaceful_aside(ctx.article.text, d, ctx.lang)]
    if not (own or (told and any(d.end <= sentence.start for d in ctx.dates)
                    and all(told_in_source_aside(ctx.article.text, d, ctx.lang) for d in told))):
        own = told  # the aside's date unless it is the source's deed and the incident's day was told before
    if own and any(d.end <= sentence.start for d in ctx.dates) and (
            _found_missing(ctx, sentence) or all(_day_bodies_found(ctx, sentence, d) for d in own)):
        own = []  # "Six soldiers reported missing were found dead on Monday": the incident's day told before
    if len(own) == 1 and (deed := _after_deed_day(ctx, own[0])) is not None:
        return deed, True
    if len(own) > 1 and (hurt := _day_wounded(ctx, own)) is not None:  # "died on Thursday of wounds suffered
        return as_event_date(hurt), True  # the day before": the day they were wounded
    if len(own) > 1 and (deed := _deed_told_after(ctx, sentence, own)) is not None:
        return as_event_date(deed), True
    if own:  # the finest first: "a junta que tomou o poder na semana passada deteve hoje ..." is today
        return as_event_date(min(own, key=lambda d: d.date_prec)), True
    if (headed := _headed_paragraph_date(ctx, sentence)) is not None:  # "Diffa : trois pêcheurs tués"
        return as_event_date(headed), True
    if (deed := _statement_after_deed(ctx, sentence)) is not None:  # "said on Wednesday, two days after"
        return deed, True
    retold = taken_then_killed(sentence.text, ctx.lang)  # "the herders were detained ... and executed"
    earlier = [d for d in ctx.dates if d.end <= sentence.start and (retold or not _in_cause(ctx, d))
               and not _told_in_no_event(ctx, d)
               and not told_in_peaceful_aside(ctx.article.text, d, ctx.lang)]
    earlier = [d for d in earlier if not _finer_beside(ctx, d, earlier)]
    # the day the wounded died since dates neither the incident nor what follows ("Sept blessés ont succombé
    # dimanche ... Les assaillants ont également incendié des boutiques": Saturday's attack), unless no other
    if earlier and _succumbed_in(ctx.lang, ctx.article.text):
        earlier = [d for d in earlier if not _told_in_sequel(ctx, d)] or earlier
    earlier = [d for d in earlier if not _told_of_found_missing(ctx, d)] or earlier
    same_day = lexicon_pattern(ctx.lang, "same_day")
    if same_day is not None and same_day.search(sentence.text):  # "The same morning": the last day told
        earlier = [d for d in earlier if d.date_prec == 1] or earlier
    next_day = lexicon_pattern(ctx.lang, "next_day")
    days = [d for d in earlier if d.date_prec == 1]
    if next_day is not None and days and (cue := next_day.search(sentence.text)):  # "The next day, ..."
        # "Dois dias depois, ...": that many days after (lexicon next_day's group n)
        value = parse_number(cue.group("n"), ctx.lang) if cue.groupdict().get("n") else None
        day = days[-1].date_start + timedelta(days=value.low if value is not None and value.low else 1)
        if ctx.published is None or day <= ctx.published:
            iso = day.isoformat()
            return EventDate(iso, iso, iso, time_precision=1, date_prec=1, surface=cue.group().strip()), True
    if days and (before := _days_before_told(ctx, sentence, days[-1].date_start)) is not None:
        return before, True
    if earlier and (deed := _after_deed_day(ctx, earlier[-1])) is not None:  # goes on about that deed
        return deed, True
    if earlier and _dates_the_incident(ctx, earlier[-1]):  # "The killings took place on December 16"
        return as_event_date(earlier[-1]), True
    if earlier and ctx.published and _recent(earlier[-1], ctx.published):
        return as_event_date(_as_dated(ctx, earlier[-1], earlier)), True
    if earlier and _goes_on_after_proceeding(ctx, sentence, earlier[-1]):
        return as_event_date(earlier[-1]), True
    if ctx.published is None and days:  # no publication day: the last full day the text told before
        return as_event_date(days[-1]), True
    nights = [d for d in earlier if d.date_prec == 2]
    if ctx.published is None and nights:  # or the last night told ("dans la nuit du mardi 20 au mercredi 21")
        return as_event_date(nights[-1]), True
    if (later := _incident_day_told_next(ctx, sentence)) is not None:  # "... The killings took place on ..."
        return as_event_date(later), True
    if (stated := _statement_day(ctx, sentence)) is not None:
        return as_event_date(stated), False
    if ctx.published:
        # News reports most often describe the day of publication or the day before; without a
        # date in the text the publication day is the best single guess, at week precision.
        day = ctx.published.isoformat()
        return EventDate(day, date_start=day, date_end=day, time_precision=2, date_prec=3), False
    return EventDate(None, time_precision=3, date_prec=5), False


HEADING_MAX_CHARS = 140  # a section heading of a round-up is one short line


def _headed_paragraph_date(ctx: ArticleContext, sentence: Sentence) -> DateExpr | None:
    """The day of the paragraph a section heading opens, for an undated heading of a round-up ("Diffa :
    trois pêcheurs tués près de Bosso" on a line of its own, then "Trois pêcheurs ont été tués jeudi 19
    novembre ..."): the heading tells that paragraph's incident, not the day of the section before it."""
    text = ctx.article.text
    line_start = sentence.start == 0 or text[sentence.start - 1] == "\n"
    line_end = sentence.end == len(text) or text[sentence.end : sentence.end + 1] == "\n"
    unpunctuated = not re.search(r"[.!?»\"”…)]\s*$", sentence.text)
    if not (line_start and line_end and unpunctuated and len(sentence.text) <= HEADING_MAX_CHARS):
        return None
    at = ctx.sentences.index(sentence) if sentence in ctx.sentences else -1
    following = ctx.sentences[at + 1] if 0 <= at < len(ctx.sentences) - 1 else None
    if following is None:
        return None
    told = [d for d in ctx.dates if in_sentence(d.start, d.end, following)]
    return min(told, key=lambda d: d.date_prec) if told else None


def _dates_the_incident(ctx: ArticleContext, expr: DateExpr) -> bool:
    """True when a day is told as the day the report's incident took place ("The killings took place on
    December 16, when soldiers arrived", lexicon incident_took_place): the undated sentences after it go on
    about that incident, however long before publication."""
    rx = lexicon_pattern(ctx.lang, "incident_took_place")
    home = sentence_holding(ctx, expr) if rx is not None and expr.date_prec == 1 else None
    if home is None or rx is None:
        return False
    cue = rx.search(home.text)
    return cue is not None and home.start + cue.end() <= expr.start


def _incident_day_told_next(ctx: ArticleContext, sentence: Sentence) -> DateExpr | None:
    """The day an undated sentence's incident took place when the next date the text tells, in one of the
    next two sentences, is that day ("Survivors say soldiers killed dozens of men ... The killings took place
    on December 16"), or the day the next sentence tells of the attackers ("The attackers ... on Tuesday")."""
    later = [d for d in ctx.dates if d.start >= sentence.end]
    home = sentence_holding(ctx, later[0]) if later else None
    gap = ctx.sentences.index(home) - ctx.sentences.index(sentence) if home is not None else 3
    if gap > 2:
        return None  # only a sentence right after, or the one after it, goes on about the same incident
    if _dates_the_incident(ctx, later[0]):
        return later[0]
    # the next sentence goes on about the attackers with the day ("The attackers ... stormed the village on
    # Tuesday afternoon"): the lead's incident is that day's
    goes_on = lexicon_pattern(ctx.lang, "goes_on")
    told = gap == 1 and later[0].date_prec == 1 and goes_on is not None and goes_on.search(home.text)
    return later[0] if told and ctx.published is not None and later[0].date_start <= ctx.published else None


def _finer_beside(ctx: ArticleContext, expr: DateExpr, told: list[DateExpr]) -> bool:
    """True when a sentence tells a finer date before ``expr`` ("ont manifesté lundi pour exiger la libération
    de leur chef arrêté la semaine dernière"): the sentence's incident took the finer day (see
    ``sentence_date``), so the sentences that follow go on about that day, not the earlier deed's week."""
    home = sentence_holding(ctx, expr)
    return home is not None and any(
        d.end <= expr.start and d.date_prec < expr.date_prec and in_sentence(d.start, d.end, home)
        for d in told)


def _goes_on_after_proceeding(ctx: ArticleContext, sentence: Sentence, last: DateExpr) -> bool:
    """True when an undated sentence goes on about the deed a verdict's or a ceremony's sentence right before
    it recalls with its own day ("A court martial on Thursday sentenced two soldiers for the killing of a
    civilian in Monguno on August 14, 2025. The victim, a trader, was shot dead ...", lexicon goes_on): that
    deed's day, however long before publication."""
    rx = lexicon_pattern(ctx.lang, "goes_on")
    at = ctx.sentences.index(sentence)
    if rx is None or at == 0 or last.date_prec != 1 or not rx.search(sentence.text):
        return False
    before = ctx.sentences[at - 1]
    if not in_sentence(last.start, last.end, before):
        return False
    told = event_date_expressions(ctx.article.text, ctx.published, ctx.lang, drop_reporting=False,
                                  heading=ctx.article.title)
    return any(in_sentence(d.start, d.end, before) and (d.start, d.end) != (last.start, last.end)
               and told_with_proceeding(ctx.article.text, d, ctx.lang) for d in told)


def _after_deed_day(ctx: ArticleContext, expr: DateExpr) -> EventDate | None:
    """The day of the deed a visit's or a verdict's day is set after ("The minister visited Banibangou on
    Saturday, a week after an attack there killed 11 soldiers"): that many days before it (lexicon
    after_deed)."""
    if not told_with_proceeding(ctx.article.text, expr, ctx.lang):
        return None
    told = sentence_holding(ctx, expr)
    return None if told is None else _days_before_told(ctx, told, expr.date_start, "after_deed")


def _days_before_told(ctx: ArticleContext, sentence: Sentence, told: date, key: str = "came_after"
                      ) -> EventDate | None:
    """The day of an earlier deed a sentence sets the incident after ("The protest came two days after gunmen
    killed 27 people in Bokkos"): that many days before the last day told (lexicon came_after); with
    ``after_deed``, the deed told after a visit's or a verdict's day ("on Saturday, a week after an
    attack")."""
    rx = lexicon_pattern(ctx.lang, key)
    cue = rx.search(sentence.text) if rx is not None else None
    if cue is None or (key == "after_deed" and not has_violence_cue(sentence.text[cue.end():], ctx.lang)):
        return None
    return _days_before(told, cue, ctx.lang)


def _days_before(told: date, cue: re.Match[str], lang: str) -> EventDate | None:
    """The day a cue's count of days or weeks ("two days after", "a week after": one) before ``told``."""
    value = parse_number(cue.group("n"), lang)
    count = value.low if value is not None else 1 if cue.group("n").lower() in ARTICLES_ONE else None
    if not count:
        return None
    week = re.match(r"(?:week|semaine|semana)", cue.group("unit"), re.I) is not None
    iso = (told - timedelta(days=count * (7 if week else 1))).isoformat()
    return EventDate(iso, iso, iso, time_precision=1, date_prec=1, surface=cue.group().strip())


def _as_dated(ctx: ArticleContext, last: DateExpr, earlier: list[DateExpr]) -> DateExpr:
    """The date of the toll sentence that holds the last date told before, as that sentence is dated (its
    finest, first): "the toll of Monday's attack rose to 19 after four more bodies were found on Thursday. The
    attack was blamed on Boko Haram." goes on about Monday's attack, not Thursday's find."""
    told = sentence_holding(ctx, last)
    if told is None or not TOLL_WORD.search(told.text):
        return last  # only a sentence telling a toll dates its find or its update apart from its incident
    own = [d for d in earlier if in_sentence(d.start, d.end, told)]
    return min(own, key=lambda d: d.date_prec) if own else last


WOUNDED_DAY_CHARS = 60  # "of gunshot wounds suffered during the march on": the cue this close before the day


def _day_wounded(ctx: ArticleContext, own: list[DateExpr]) -> DateExpr | None:
    """The day the dead were wounded when a sentence also tells the day they died ("A protester died in
    hospital on Thursday of gunshot wounds suffered the day before", "mort jeudi des suites de blessures
    reçues la veille"): the incident's day (lexicon wounds_received right before it)."""
    rx = lexicon_pattern(ctx.lang, "wounds_received", r"(?:{})\s*$")
    if rx is None:
        return None
    text = ctx.article.text
    return next((d for d in own if rx.search(text[max(0, d.start - WOUNDED_DAY_CHARS) : d.start])), None)


def _deed_told_after(ctx: ArticleContext, sentence: Sentence, own: list[DateExpr]) -> DateExpr | None:
    """The day before the other day told, when the sentence's deed is told after the words that set it then
    and the clause before them tells none ("A autoridade suspendeu na sexta-feira a rádio, um dia depois de o
    seu diretor ter sido detido": the arrest, on Thursday; lexicon dates.previous_day)."""
    text = ctx.article.text
    for expr in own:
        head, tail = text[sentence.start : expr.start], text[expr.end : sentence.end]
        if is_previous_day(text, expr, ctx.lang) and not cue_spans(head, ctx.lang) \
                and cue_spans(tail, ctx.lang):
            return expr
    return None


STATEMENT_DEED_CHARS = 40  # "said on Wednesday, two days after the attack": the cue right after the day


def _statement_after_deed(ctx: ArticleContext, sentence: Sentence) -> EventDate | None:
    """The day of the deed a statement's day is set after ("The army said on Wednesday, two days after the
    attack, that eight soldiers were killed", "a annoncé mercredi, deux jours après l'attaque"): that many
    days before the statement (lexicon after_deed, followed by a violence cue)."""
    stated = _statement_day(ctx, sentence)
    rx = lexicon_pattern(ctx.lang, "after_deed")
    if stated is None or rx is None:
        return None
    text = ctx.article.text
    cue = rx.search(text, stated.end, min(sentence.end, stated.end + STATEMENT_DEED_CHARS))
    if cue is None or text[stated.end : cue.start()].strip(" ,") or not has_violence_cue(
            text[cue.end() : min(sentence.end, cue.end() + 60)], ctx.lang):
        return None
    return _days_before(stated.date_start, cue, ctx.lang)


def _statement_day(ctx: ArticleContext, sentence: Sentence) -> DateExpr | None:
    """The recent day of a statement the sentence tells ("a junta anunciou na quarta-feira ter detido vários
    oficiais"), when nothing else dates it: the incident happened by then, a closer guess than the
    publication day."""
    if ctx.published is None:
        return None
    exprs = event_date_expressions(ctx.article.text, ctx.published, ctx.lang, drop_reporting=False,
                                  heading=ctx.article.title)
    return next((d for d in exprs if in_sentence(d.start, d.end, sentence) and not d.is_future
                 and d.date_prec == 1 and _recent(d, ctx.published) and d.date_start <= ctx.published), None)


@lru_cache(maxsize=16)
def _succumbed_in(lang: str, text: str) -> bool:
    """True when the text tells the wounded dying since, or bodies found, anywhere (lexicons ``succumbed``,
    ``found_dead``)."""
    return any((rx := lexicon_pattern(lang, key)) is not None and rx.search(text) is not None
               for key in ("succumbed", "found_dead"))


def _told_in_sequel(ctx: ArticleContext, expr: DateExpr) -> bool:
    """True when a date lies in a sentence telling the wounded dying since (lexicon ``succumbed``: "sept
    blessés ont succombé dans la journée de dimanche") or bodies found since ("Six corps ont été retrouvés
    vendredi"): the day of those deaths or finds, not of the incident."""
    told = sentence_holding(ctx, expr)
    return told is not None and (succumbed(ctx, told) or bodies_found_since(ctx, told))


def _found_missing(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence tells the missing of an incident found dead since (lexicon ``found_missing``: "seis
    soldados dados como desaparecidos foram encontrados mortos na segunda-feira")."""
    rx = lexicon_pattern(ctx.lang, "found_missing")
    return rx is not None and rx.search(sentence.text) is not None


def _day_bodies_found(ctx: ArticleContext, sentence: Sentence, expr: DateExpr) -> bool:
    """True when a date closes the finding of bodies told in a sentence naming no place of its own
    (lexicon ``found_dead``: "quatorze personnes ont été tuées, dont cinq corps retrouvés jeudi en brousse"
    after "l'attaque perpétrée avant-hier"): the day of the search, not of the incident."""
    rx = lexicon_pattern(ctx.lang, "found_dead")
    if rx is None or told_places(ctx, sentence):
        return False
    before = ctx.article.text[max(sentence.start, expr.start - 60) : expr.start]
    return any(len(before) - m.end() <= 4 for m in rx.finditer(before))


def _told_of_found_missing(ctx: ArticleContext, expr: DateExpr) -> bool:
    """True when a date lies in a sentence telling the missing found dead since: the day they were found, not
    the incident's, and no day for what follows ("... O exército afirmou ter neutralizado 40 atacantes")."""
    told = sentence_holding(ctx, expr)
    return told is not None and _found_missing(ctx, told)


def _told_in_no_event(ctx: ArticleContext, expr: DateExpr) -> bool:
    """True when a date lies in a sentence that reports no event ("the bandits called the families on
    Monday and demanded a ransom", "Read also: ..."): it dates no later sentence."""
    told = sentence_holding(ctx, expr)
    return told is not None and tells_no_event(ctx, told.text)


def tells_no_event(ctx: ArticleContext, text: str) -> bool:
    """``reports_no_event``, but not for a crowd's march told as a deed with its aim beside a trend it
    protests ("des milliers de personnes ont marché samedi ... pour exiger la sécurisation de la route, où
    les attaques se multiplient"): the march is the event (``marched_text``), unless it denies it."""
    if not reports_no_event(text, ctx.lang):
        return False
    return not marched_text(ctx, text) or denies(text, ctx.lang)


FOLLOWING_SENTENCES = 3  # "... was killed. The incident happened on Wednesday night."


def _in_cause(ctx: ArticleContext, expr: DateExpr) -> bool:
    """A date of the killing a crowd reacted to: the sentences that follow go on about the crowd."""
    return any(in_sentence(expr.start, expr.end, cause) for cause in ctx.causes)


def date_told_later(ctx: ArticleContext, group: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """An undated incident takes the recent date of a following sentence that reports no event of
    its own ("The attack happened at around 7 pm on Wednesday"), within a few sentences."""
    if not ctx.published:
        return group
    if any(d.date_from_text for d in group):
        return _placed_where_dated(ctx, group)
    others = {d.sentence.start for d in drafts if d not in group}
    first = ctx.sentences.index(group[0].sentence)
    for sentence in ctx.sentences[first + 1 : first + 1 + FOLLOWING_SENTENCES]:
        if sentence.start in others:
            return group
        own = [d for d in ctx.dates if in_sentence(d.start, d.end, sentence)]
        if own and _recent(own[0], ctx.published) and own[0].date_start <= ctx.published:
            lead = replace(group[0], date=as_event_date(own[0]), date_from_text=True)
            lead.evidence = [*lead.evidence, Evidence("date", own[0].start, own[0].end, own[0].surface)]
            finer = _finer_told_later(ctx, lead.place, sentence)
            if finer is not None:  # "O ataque ocorreu no domingo na aldeia de Kairu, no distrito de Maru"
                lead = _placed_at(lead, finer)
            return [lead, *group[1:]]
    return group


def _placed_where_dated(ctx: ArticleContext, group: list[Draft]) -> list[Draft]:
    """A lead dated by a following sentence that tells the incident's day ("O ataque ocorreu no domingo à
    noite na aldeia de Kairu, no distrito de Maru", see ``sentence_date``) also takes that sentence's finer
    place inside its state (``_finer_told_later``)."""
    lead = group[0]
    if lead.sentence not in ctx.sentences or own_date(ctx, lead.sentence):
        return group
    first = ctx.sentences.index(lead.sentence)
    for sentence in ctx.sentences[first + 1 : first + 1 + FOLLOWING_SENTENCES]:
        own = [d for d in ctx.dates if in_sentence(d.start, d.end, sentence)]
        if not own:
            continue
        finer = _finer_told_later(ctx, lead.place, sentence)
        if own[0].date_start.isoformat() != lead.date.event_date or finer is None:
            return group
        return [_placed_at(lead, finer), *group[1:]]
    return group


def _placed_at(lead: Draft, place: Place) -> Draft:
    """The lead placed at a finer place told in a following sentence, with that place as evidence."""
    placed = replace(lead, place=place, place_from_text=True)
    placed.evidence = [*lead.evidence, Evidence("place", place.start, place.end, place.surface)]
    return placed


def _finer_told_later(ctx: ArticleContext, place: Place | None, sentence: Sentence) -> Place | None:
    """The place, inside the lead's state or region, of the sentence that dates an undated incident ("...
    numa aldeia do estado de Zamfara. O ataque ocorreu no domingo na aldeia de Kairu, no distrito de Maru"):
    the same telling of where, finer. None when the lead names a town already, or the sentence other
    places. A lead placed only at an end of the route it tells ("o oleoduto que liga Agadem ao porto de Sèmè,
    no Benim") takes the one place of that sentence ("A explosão ocorreu no sábado perto de Gaya")."""
    if place is not None and place.start is not None and told_aside(ctx, place):
        towns = [p for p in told_places(ctx, sentence) if p.where_prec <= 3]
        return towns[0] if len({p.name for p in towns}) == 1 else None
    if place is None or not place.admin1 or place.where_prec < 3:
        return None
    own = told_places(ctx, sentence)
    inside = [p for p in own if p.country == place.country and p.admin1 == place.admin1
              and p.where_prec < place.where_prec]
    # one place, or a village and the district it lies in ("na aldeia de Kairu, no distrito de Maru")
    return inside[0] if inside and len(own) == len(inside) and len({p.admin2 for p in inside}) == 1 else None


def _recent(expr: DateExpr, published: date) -> bool:
    """True when a date expression lies within the fortnight before publication."""
    return (published - expr.date_start).days <= 14


def as_event_date(expr: DateExpr) -> EventDate:
    return EventDate(
        event_date=expr.date_start.isoformat(),
        date_start=expr.date_start.isoformat(),
        date_end=expr.date_end.isoformat(),
        time_precision=expr.time_precision,
        date_prec=expr.date_prec,
        surface=expr.surface,
    )


def incident_date(ctx: ArticleContext, group: list[Draft], lead: Draft, place: Place | None) -> EventDate:
    """The lead's text date, else another sentence's, else the day of a statement the incident's sentences
    tell, else the country's usual report lag before publication (``report_lag``)."""
    told = lead if lead.date_from_text else next((d for d in group if d.date_from_text), None)
    if told is not None and told.sequel:  # the day the wounded died gives way to the incident's own day
        told = next((d for d in group if d.date_from_text and not d.sequel), told)
    if told is not None and told.rough_day:  # "two weeks ago" gives way to the day told ("on June 21")
        told = next((d for d in group if d.date_from_text and not d.rough_day), told)
    if told:  # the night a sentence told rather than the morning after it, the day of the lead's toll
        night = (d.date for d in group
                 if d.date_from_text and day_of_told_night(d.date, told, weekend=False))
        return next(night, None) or _day_within(told.date, group, lexicon_pattern(ctx.lang, "found_dead"))
    stated = next((d for d in (lead, *group) if d.date.surface), None)  # sentence_date's statement day
    if stated:
        return stated.date
    if ctx.published and is_report_day_monitor(ctx.article.text, ctx.lang):  # a daily monitor's: its day
        day = ctx.published.isoformat()
        return EventDate(day, date_start=day, date_end=day, time_precision=1, date_prec=1)
    return undated_event_date(ctx.published, place and place.country) if ctx.published else lead.date


def _day_within(told: EventDate, group: list[Draft], found_dead: re.Pattern[str] | None = None) -> EventDate:
    """A two-day period the lead tells ("in separate attacks over the weekend") gives way to a day inside it
    that another sentence of the incident tells ("the gunmen rode into the village on Saturday evening"). A
    longer one ("in the past 72 hours", "last week") stays: its days are often told one by one, and UCDP
    codes the whole period; unless a week holds the one day of the deed told ("last week ... on Tuesday")."""
    if not told.date_start or not told.date_end or told.date_start == told.date_end or is_night(told):
        return told  # a night ("dans la nuit de dimanche à lundi") is told as both its days
    inside = [d.date for d in group if d.date_from_text and d.date.date_start
              and d.date.date_start == d.date.date_end
              and told.date_start <= d.date.date_start <= told.date_end]
    if (date.fromisoformat(told.date_end) - date.fromisoformat(told.date_start)).days > 1:
        # "last week ... The soldiers arrived on Tuesday": the one day told inside the week is the incident's
        # (not the day a body was found, buried or the wounded died: a later deed)
        deeds = [d.date for d in group if d.date_from_text and d.date.date_start == d.date.date_end
                 and d.date in inside and not (d.burial or d.sequel)
                 and (found_dead is None or found_dead.search(d.sentence.text) is None)]
        if len({d.date_start for d in inside}) == 1 and deeds and told.date_prec == WEEK_PREC:
            return deeds[0]
        days = sorted({d.date_start for d in deeds if d.date_start})
        told_days = {d.date_start for d in inside}
        if told.date_prec == WEEK_PREC and len(days) == 2 and set(days) == told_days and (
                date.fromisoformat(days[1]) - date.fromisoformat(days[0])).days == 1:
            # "last week ... The fighting began on Wednesday and ended on Thursday": those two days
            return EventDate(days[0], date_start=days[0], date_end=days[1], time_precision=1, date_prec=2,
                             surface=told.surface)
        return told
    return inside[0] if inside else told
