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
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from itertools import takewhile

from sahelwatch.extract import actors as actor_lex
from sahelwatch.extract import headline
from sahelwatch.extract.classify import EventClassifier, Prediction, is_conflict_event
from sahelwatch.extract.clauses import dated_clauses, incident_clauses, reaction_clauses
from sahelwatch.extract.dates import (
    ARTICLES_ONE,
    DateExpr,
    corrects_date,
    event_date_expressions,
    find_date_expressions,
    is_aside,
    is_previous_day,
    is_recalled,
    is_report_day_monitor,
    told_in_peaceful_aside,
    told_in_source_aside,
    told_with_proceeding,
)
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.fatalities import (
    Casualty,
    find_casualties,
    opening_pronoun_groups,
    rules,
    summarise_fatalities,
    taken_then_killed,
    tells_cumulative,
)
from sahelwatch.extract.incidents import starts_new_incident
from sahelwatch.extract.locatives import (
    admin_toponyms,
    coordinated_places,
    demonym_hint,
    is_located_in,
    is_reference,
    locate_unknown,
    side_country,
    side_mentions,
)
from sahelwatch.extract.numbers import find_numbers, lexicon_pattern, load_lexicon, parse_number
from sahelwatch.extract.outlets import outlet_home
from sahelwatch.extract.releases import ABDUCTION, abduction_dates, release_at, release_story
from sahelwatch.extract.report_lag import undated_event_date
from sahelwatch.extract.roles import (
    CIVILIANS_INTER,
    STATE_SIDE,
    FoundActor,
    RoleDefaults,
    allies_beside_the_forces,
    arrested_forces,
    assign_roles,
    associated_actors,
    attackers_first,
    attribute_suspect,
    beside_the_forces,
    civilians_are_no_battle,
    civilians_killer,
    clash_type,
    drone_flyer,
    forces_attacked,
    group_told_attacking,
    is_pretext,
    is_speaker,
    is_unidentified,
    role_players,
    role_told,
)
from sahelwatch.extract.taxonomy import (
    DEADLY_UNREST,
    IDENTITY_MILITIA_INTER,
    MEANS_CUES,
    TOLD_CUES,
    UNREST,
    VIOLENT_EVENT_TYPES,
    acled_types,
    default_civilian_targeting,
    disorder_type,
    is_violent,
)
from sahelwatch.extract.tolls import (
    ALSO,
    CLAIM,
    OTHER_SIDE_CHARS,
    TOLL_WORD,
    incident_casualties,
    plausible_beside,
    updates_toll,
)
from sahelwatch.geo import (
    Toponym,
    country_place,
    document_countries,
    event_location,
    find_toponyms,
    get_gazetteer,
    resolve_toponyms,
)
from sahelwatch.geo.admin2 import unit_stem
from sahelwatch.geo.areas import shared_area_unit
from sahelwatch.geo.normalize import norm
from sahelwatch.geo.resolve import FOCUS_COUNTRIES, demonym_country
from sahelwatch.geo.toponyms import lexicon_common_words
from sahelwatch.models import Actor, Article, EventDate, Evidence, Fatalities, Mention, Place
from sahelwatch.read.datelines import dateline_spans, in_dateline
from sahelwatch.read.relevance import (
    cue_spans,
    denies,
    has_violence_cue,
    is_relevant,
    reports_no_event,
    tells_rumour,
)
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
    datelines = dateline_spans(text, [s.start for s in sentences])
    # a headline cited alone is too thin to place by its outlet: "138 died yesterday" is a national roundup
    outlet = None if headline.is_title_only(article) else outlet_home(article)
    places, found = _places_and_actors(text, lang, article_toponyms(text, lang), published, outlet)
    country = dominant_country(places)
    places = _drop_lone_foreign_towns(_drop_stray_towns(places, found))
    country = dominant_country(places) or country or _state_country(found) or side_country(text, lang)
    country = country or outlet  # a village missing from the gazetteer, told by a local outlet
    if country and _unhomed(found):
        found = _actors(text, lang, country, published)  # no place named: the "soldiers" are the FAMa's
    old_bounds = _old_period_bounds(text, published, lang, article.title)
    dates = [
        d
        for d in event_date_expressions(text, published, lang, heading=article.title)
        if not d.is_future and not in_dateline(d.start, d.end, datelines)
        and not _compared_year(text, d, lang)
    ]
    if published is None:
        dates = _months_by_latest_day(text, lang, dates)
    event_places = [p for p in places if p.start is None or not in_dateline(p.start, p.end, datelines)]
    if not event_places and article.title and article.title.strip() != text.strip():
        event_places = title_places(article.title, lang, published, outlet)
        country = dominant_country(event_places) or country
        if country and _unhomed(found):
            found = _actors(text, lang, country, published)
    ctx = ArticleContext(article, lang, published, sentences, event_places, found, dates, country, old_bounds)
    ctx.filed_at = next((p for p in places if p not in event_places), None)
    return ctx


def title_places(title: str, lang: str, published: date | None, outlet: str | None = None) -> list[Place]:
    """The places of a headline, for a body that names none ("Mali: seven civilians killed near Mopti"
    above a text that says only "the village"): ACLED's coders read the headline too. They have no span
    in the text. The finest comes first: "Mali:" only names the country of the town that follows."""
    places, _ = _places_and_actors(title, lang, article_toponyms(title, lang), published, outlet)
    return sorted((replace(p, start=None, end=None) for p in places), key=lambda p: p.where_prec)


def _places_and_actors(
    text: str, lang: str, toponyms: list[Toponym], published: date | None, outlet: str | None = None
) -> tuple[list[Place], list[FoundActor]]:
    """The places and actors of a text. A toponym inside an actor's name ("Wagner", "Boko" in "Boko
    Haram") is dropped and the rest resolved again without it: it must not pull the others, nor the
    actors' country, towards a namesake town abroad. ``outlet`` is the home country of the outlet."""
    hint = demonym_hint(text, lang)
    places = locate_unknown(text, _resolve_places(text, toponyms, hint, lang))
    found = _actors(text, lang, dominant_country(places), published)
    home = None if hint else (
        _groups_home(places, found) or _focus_home(places, toponyms) or _outlet_hint(places, outlet)
    )
    if home:  # "JNIM fighters were seen near Léré": Léré in Mali, not its namesake in Nigeria
        hint = home
        places = locate_unknown(text, _resolve_places(text, toponyms, hint, lang))
        found = _actors(text, lang, dominant_country(places), published)
    named = {(p.start, p.end) for p in places if _inside_actor_name(p, found)}
    if not named:
        return _militia_homes_as_countries(places, found), found
    toponyms = [t for t in toponyms if (t.start, t.end) not in named]
    places = locate_unknown(text, _resolve_places(text, toponyms, hint, lang))
    found = _actors(text, lang, dominant_country(places), published)
    return _militia_homes_as_countries([p for p in places if not _inside_actor_name(p, found)], found), found


REGION_PREC = 4  # UCDP's where_prec of a first-order unit
TOWN_WHERE_PREC = 2  # UCDP's where_prec of a town (exact, or within 25 km)
POLITICAL_MILITIA_INTER = 3  # ACLED's political militias: cartels, gangs, party and factional militias


def _militia_homes_as_countries(places: list[Place], found: list[FoundActor]) -> list[Place]:
    """A region inside the longer name of a political militia ("Sinaloa" in "the Sinaloa Cartel", "Jalisco"
    in "Jalisco New Generation Cartel") names its home, not where it fought: only its country is told there
    (the region still pulls the other places of the text towards that country). Regions inside other names
    ("Kano State Police") stay."""
    out = []
    for place in places:
        if place.start is not None and place.end is not None and place.where_prec == REGION_PREC and any(
            a.start <= place.start and place.end <= a.end and a.end - a.start > place.end - place.start
            and a.actor.inter == POLITICAL_MILITIA_INTER for a in found
        ):
            country = country_place(place.country)
            if country is None:
                continue
            place = replace(country, start=place.start, end=place.end, surface=place.surface)
        out.append(place)
    return out


GROUP_HOME_MAX = 6  # a group named in up to this many countries hints where a text about it is


def _groups_home(places: list[Place], found: list[FoundActor]) -> str | None:
    """The first home country of the first named armed group of a text whose places all lie outside every
    named group's countries ("JNIM fighters attacked a post near Léré" had put Léré in Nigeria): a hint to
    resolve the places again. None when a place lies in a group's country, or no group is named."""
    dictionary = actor_lex.ActorDictionary.load()
    entries = [dictionary.entry(f.actor.name) for f in found if f.group == "militants"]
    homes = [e.countries for e in entries if e is not None and 0 < len(e.countries) <= GROUP_HOME_MAX]
    if not homes or not places or any(p.country in h for p in places for h in homes):
        return None
    return homes[0][0]


def _focus_home(places: list[Place], toponyms: list[Toponym]) -> str | None:
    """For a text that names no country and places every town outside Sahel Watch's countries, the Sahel
    country where each of its place names has a namesake ("Jihadist suspected of masterminding Solhan
    massacre killed": Solhan in Burkina Faso, not in Turkey): a hint to resolve the places again."""
    if not places or any(p.where_prec >= 6 or p.country in FOCUS_COUNTRIES for p in places):
        return None
    gazetteer = get_gazetteer()
    shared = None
    for toponym in toponyms:
        homes = {e.country for e in gazetteer.candidates(toponym.text)} & FOCUS_COUNTRIES
        shared = homes if shared is None else shared & homes
        if not shared:
            return None
    return min(shared) if shared else None


def _outlet_hint(places: list[Place], outlet: str | None) -> str | None:
    """The outlet's home country, for a text that names no country and places every town outside it
    (a Mexican outlet's "the Buenos Aires neighbourhood" is not in Argentina): a hint to resolve the places
    again, which still keeps a town that has no namesake there."""
    if not outlet or not places or any(p.where_prec >= 6 or p.country == outlet for p in places):
        return None
    return outlet


def _unhomed(found: list[FoundActor]) -> bool:
    """True when the generic actors ("soldiers", "gunmen") were found without a country."""
    homed = [f for f in found if f.homed]
    return bool(homed) and not any(f.actor.country for f in homed)


def _actors(text: str, lang: str, country: str | None, published: date | None) -> list[FoundActor]:
    """The actors named in a text (not those named only as the dead)."""
    found = [
        FoundActor(m.actor, m.group, m.start, m.end, m.surface, m.homed)
        for m in actor_lex.find_actors(text, lang, country=country, on_date=published)
    ]
    found = sorted(found + _foreigners(text, lang, found), key=lambda f: f.start)
    kept = [f for f in found if not _finds_the_dead(text, f) and not _counted_among_the_dead(text, f, lang)
            and not _uninvolved(text, f, lang) and not _ally_named(text, f, lang)
            and not _people_of(text, f, lang) and not _audience(text, f, lang)]
    return _men_of_named(text, _vigilantes_named([_foreign_civilians(text, f, lang) for f in kept]), lang)


def _men_of_named(text: str, actors: list[FoundActor], lang: str) -> list[FoundActor]:
    """Fighters told as the men of the armed group named right after them ("Dozo hunters of the Dan Na
    Ambassagou militia"; lexicon ``member_of_link``) are that group's, no second group."""
    link = lexicon_pattern(lang, "member_of_link")
    if link is None:
        return actors
    kept = list(actors)
    for i, (f, g) in enumerate(zip(actors, actors[1:], strict=False)):
        if (f.group == g.group == "militants" and f.actor.name != g.actor.name
                and not is_unidentified(g.actor) and link.fullmatch(text[f.end : g.start])):
            kept[i] = replace(f, actor=replace(g.actor, surface=f.surface))
    return kept


def _vigilantes_named(actors: list[FoundActor]) -> list[FoundActor]:
    """A generic actor in an article that names the actor it stands for is that actor's men (dictionary
    ``stands_for``: "members of the Yan Sakai vigilante group clashed with bandits ... the vigilantes blocked
    the bandits"), no second one."""
    kept = actors
    for generic in actors:
        named = next((f for f in actors if f.actor.name in actor_lex.stands_for(generic.actor)), None)
        if named is not None:
            kept = [replace(f, actor=replace(named.actor, surface=f.surface), group=named.group)
                    if f.actor.name == generic.actor.name else f for f in kept]
    return kept


def _audience(text: str, found: FoundActor, lang: str) -> bool:
    """True for the journalists a statement was made to ("Briefing journalists in Abuja, the director said
    troops ambushed terrorists in Gwoza"): no party to the incident (lexicon ``audience_before`` and
    ``audience_nouns``)."""
    before = lexicon_pattern(lang, "audience_before", r"(?:{})$")
    nouns = lexicon_pattern(lang, "audience_nouns")
    return (found.group == "civilians" and before is not None and nouns is not None
            and nouns.fullmatch(found.surface) is not None
            and before.search(text[max(0, found.start - 40) : found.start]) is not None)


def _ally_named(text: str, found: FoundActor, lang: str) -> bool:
    """True for the state forces a militia is told to be allied to ("milícias tuaregues aliadas do exército
    maliano", "militias allied to the army"): they describe the militia, no party to the incident (lexicon
    ``ally_of_before``)."""
    rx = lexicon_pattern(lang, "ally_of_before")
    return (found.group == "security" and rx is not None
            and rx.search(text[max(0, found.start - 40) : found.start]) is not None)


def _uninvolved(text: str, found: FoundActor, lang: str) -> bool:
    """True when the report says the actor took no part ("l'armée malienne n'était pas impliquée dans ces
    combats", "the army was not involved"): no party to the incident (lexicon ``uninvolved_after``)."""
    rx = lexicon_pattern(lang, "uninvolved_after")
    return rx is not None and rx.match(text[found.end : found.end + 120]) is not None


def _foreigners(text: str, lang: str, found: list[FoundActor]) -> list[FoundActor]:
    """Foreigners named by their demonym alone ("kidnapped three Italians", "an Italian couple"): civilians of
    their own country (lexicon ``foreigners``), unless another actor was found there."""
    rx = lexicon_pattern(lang, "foreigners")
    if rx is None:
        return []
    taken = [(f.start, f.end) for f in found]
    people = []
    for m in rx.finditer(text):
        # the English demonyms, else the language's own ("um espanhol foi raptado")
        iso = demonym_country(m.group("demonym")) or actor_lex.demonym_country(m.group("demonym"), lang)
        start, end = m.span("demonym")
        if iso and not any(a < end and start < b for a, b in taken):
            actor = replace(actor_lex.civilians(iso), surface=m.group("demonym"))
            people.append(FoundActor(actor, "civilians", start, end, m.group("demonym"), False))
    return people


_DEMONYM_BEFORE = re.compile(r"\b([A-Z][a-zé]{3,})\s+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")


def _foreign_civilians(text: str, found: FoundActor, lang: str) -> FoundActor:
    """Civilians a demonym calls foreign ("an Austrian woman", "three Indian nationals"; in French and
    Portuguese after the noun: "uma cidadã austríaca", "trois ressortissants indiens") are civilians of
    their own country, as ACLED codes kidnapped or killed foreigners, not of the article's."""
    if found.group != "civilians" or not found.homed:
        return found
    before = _DEMONYM_BEFORE.search(text, max(0, found.start - 30), found.start)
    after = _WORD_AFTER.match(text, found.end)
    if before is not None and (iso := demonym_country(before.group(1))):
        start, end = before.start(1), found.end
    elif after is not None and (iso := actor_lex.demonym_country(after.group(1), lang)):
        start, end = found.start, after.end(1)
    else:
        return found
    if iso == found.actor.country:  # told as the article's own nationals: theirs wherever the incident is
        return replace(found, homed=False)
    actor = replace(actor_lex.civilians(iso), surface=found.surface)
    return replace(found, actor=actor, start=start, surface=text[start:end], homed=False)


def article_toponyms(text: str, lang: str) -> list[Toponym]:
    """The gazetteer's toponyms plus the admin units the language's phrasing names ("région de X")."""
    found = find_toponyms(text, lang=lang)
    return sorted(found + admin_toponyms(text, lang, found, get_gazetteer()), key=lambda t: t.start)


def _resolve_places(text: str, toponyms: list[Toponym], hint: str | None, lang: str) -> list[Place]:
    """Resolve the toponyms, leaving out a country named only as the one acting or blamed ("US-led
    coalition strikes in Ramadi", "attributed the strikes to Turkey"), which would also pull the
    other places towards it; alone ("Algeria army kills 22") it is the country of the event, unless the
    text names one other country by demonym ("the Syrian Civil Defense"). A country named only as a
    landmark ("near the border with Algeria") is left out too, and the rest resolved again without it:
    an unknown village beside it is not in it."""
    places = resolve_toponyms(text, [t for t in toponyms if not t.acting], country_hint=hint)
    acting = [t for t in toponyms if t.acting]
    blamed = {p.country for p in resolve_toponyms(text, acting, country_hint=hint)} if acting else set()
    if acting and all(p.country in blamed and (p.where_prec >= 6 or p.geonameid is None) for p in places):
        home = _home_of_the_blamed(text, acting, blamed)  # only the blamed country is named outright
        if home is not None:
            places = [home]
        elif not any(p.country for p in places):
            places = resolve_toponyms(text, toponyms, country_hint=hint)
    elif acting and _strays(text, places):
        places = _home_namesakes(text, toponyms, places, blamed, hint)
    landmarks = {(p.start, p.end) for p in places if is_reference(text, p, lang)}
    if landmarks:
        kept = [t for t in toponyms if (t.start, t.end) not in landmarks and not t.acting]
        places = resolve_toponyms(text, kept, country_hint=hint)
        places = [p for p in places if not is_reference(text, p, lang)]
    return places


def _strays(text: str, places: list[Place]) -> list[Place]:
    """Towns in a country the text names nowhere else, neither outright nor by demonym."""
    named = {p.country for p in places if p.where_prec >= 6} | document_countries(text)
    return [p for p in places if p.country and p.country not in named and p.where_prec < 6]


def _home_namesakes(
    text: str, toponyms: list[Toponym], places: list[Place], acting: set[str | None], hint: str | None
) -> list[Place]:
    """A town in a country the text never names, when the country named as acting has a town of that very
    name ("Mali's army ... its camp in Boni": Boni in Mali, not Bonn, once 'Boni'; "près de Nara ... Bamako
    a démenti": Nara in Mali, not the Japanese city): the country's own forces act at home more often than
    where its text never goes. A town of the very name the text uses gives way only to a Sahel country's
    town ("Ain" of "Ain Essa" in a report on Syria that names France's president is no French department)."""
    home_first = bool(acting & FOCUS_COUNTRIES)
    strays = {(p.start, p.end): p for p in _strays(text, places)
              if home_first or _fold(p.name) != _fold(p.surface)}
    if not strays:
        return places
    home = {(p.start, p.end): p for p in resolve_toponyms(text, toponyms, country_hint=hint)}
    found = {span: home[span] for span in strays if span in home}
    chosen = {s: p for s, p in found.items() if p.country in acting and _fold(p.name) == _fold(p.surface)
              and p.where_prec <= TOWN_WHERE_PREC}
    return [chosen.get((p.start, p.end), p) for p in places]


def _home_of_the_blamed(text: str, acting: list[Toponym], blamed: set[str | None]) -> Place | None:
    """The one other country the text names by demonym when the only country it names outright is the
    one blamed ("... Russian airstrikes on the town of X ... the Syrian Civil Defense ... attributed them
    to Russia"): the strikes hit Syria. None when the demonyms point nowhere else."""
    others = document_countries(text) - blamed
    if len(others) != 1:
        return None
    place = country_place(others.pop())
    if place is not None:
        first = min(t.start for t in acting)
        place = replace(place, start=first, end=first)  # the text's first word on where it happened
    return place


_FINDS_THE_DEAD = re.compile(
    r"\s*\)?\s*(?:\([^)]{0,40}\)\s*)?(?:(?:have|has|had)\s+)?"
    # and in headline idiom, the present: "Soldiers find 12 bodies near Menaka", "Troops discover bodies"
    r"(?:(?:found|discovered|recovered|retrieved|pulled out|finds?|discovers?|recovers?|retrieves?"
    r"|pulls? out)\s+(?:\w+\s+){0,3}?(?:bod(?:y|ies)|corpses?|remains)\b"
    # French: "les militaires ont découvert les corps", "les FAMa retrouvent 12 corps"
    r"|(?:(?:ont|a|avaient|avait)\s+)?(?:découvert|retrouvé|récupéré|découvrent|retrouvent|récupèrent|découvre"
    r"|retrouve|récupère)\s+(?:\w+\s+){0,3}?(?:corps|cadavres?|dépouilles?|restes)\b"
    # Portuguese: "militares encontraram os corpos", "encontram 12 corpos", "descobriram cadáveres"
    r"|(?:encontra(?:m|ram)?|encontrou|descobr(?:e|em|iram|iu)|recupera(?:m|ram)?|recuperou|resgata(?:m|ram)?"
    r"|resgatou)\s+(?:\w+\s+){0,3}?(?:corpos?|cadáver(?:es)?|restos\s+mortais)\b)",
    re.I,
)


def _finds_the_dead(text: str, found: FoundActor) -> bool:
    """True for an actor that finds the dead ("Police (Asayish) have found the body of a woman"): it
    reports the killing, it did not take part in it."""
    return bool(_FINDS_THE_DEAD.match(text, found.end))


@cache
def _ethnic_people(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """Lexicon ``ethnic_people`` compiled: the words before and after an ethnic name told of people, and the
    armed men told before it as from that community."""
    rules = load_lexicon(lang).get("ethnic_people")
    if not rules:
        return None
    return (re.compile(rf"(?:{rules['before']})\s+$", re.I), re.compile(rf"\s+(?:{rules['after']})\b", re.I),
            re.compile(rf"(?:{rules['armed_before']})$", re.I))


def _people_of(text: str, found: FoundActor, lang: str) -> bool:
    """True for a bare ethnic name told of people ("at least 48 civilians, mostly ethnic Fulani", "a
    neighbourhood inhabited mostly by Fulani families"): the victims' community, not its militia; not the
    community's armed men ("armed militia from Ngbo community")."""
    rules = _ethnic_people(lang)
    if rules is None or found.actor.inter != IDENTITY_MILITIA_INTER:
        return False
    if " " in text[found.start : found.end].strip():
        return False
    before_rx, after_rx, armed_rx = rules
    before = text[max(0, found.start - 40) : found.start]
    if armed_rx.search(before):
        return False
    return bool(before_rx.search(before) or after_rx.match(text, found.end))


def _counted_among_the_dead(text: str, found: FoundActor, lang: str) -> bool:
    """True for an ethnic group named as the civilians killed ("Three Fulani herders were killed by
    gunmen", "the murder of three Fulani herders", "three members of the Irigwe ethnic group were
    killed"): they are the victims, not their community's militia. Its militiamen counted as dead ("five
    Fulani militiamen were killed") stay the militia, and so do the men of a self-defence group ("cinq membres
    du groupe d'autodéfense Koglweogo ont été tués": the Koglweogo fought, dictionary group ``security``)."""
    if found.actor.inter != IDENTITY_MILITIA_INTER or found.group == "security":
        return False
    start = max(text.rfind(".", 0, found.start), text.rfind("\n", 0, found.start)) + 1
    stop = min(i for i in (text.find(".", found.end), text.find("\n", found.end), len(text)) if i >= 0)
    return any(
        c.kind == "killed" and c.group in ("civilians", "unknown") and c.number_end is not None
        and c.number_end <= found.start - start and found.end - start <= c.end
        for c in find_casualties(text[start:stop], lang)
    )


def _inside_actor_name(place: Place, actors: list[FoundActor]) -> bool:
    """True when a town-level toponym, or a name the gazetteer does not know ("Jama" in "Jama'at Nusrat
    al-Islam"), lies inside a longer actor name ("Boko" in "Boko Haram", "Gulf" in "Gulf Cartel") or is one
    ("Wagner", not a communal militia named by its town, "Ilobu"); countries and regions inside names
    ("Nigerian army") are kept, unless the name joins two homes ("Islamic State of Iraq and the Levant": the
    group's origin, spelt out in reports from anywhere)."""
    if place.start is None or place.end is None:
        return False
    if place.where_prec >= 4 and place.geonameid is not None:
        return any(a.start <= place.start and place.end <= a.end and a.actor.inter != 1
                   and re.search(r"\sand\s", a.surface or "") for a in actors)
    span = place.end - place.start
    return any(
        a.start <= place.start and place.end <= a.end and (a.end - a.start > span or not _named_for_home(a))
        for a in actors
    )


def _named_for_home(actor: FoundActor) -> bool:
    """True for a communal militia named by its town alone ("Ilobu"): the name is a place too."""
    return actor.actor.inter == IDENTITY_MILITIA_INTER


def _drop_stray_towns(places: list[Place], found: list[FoundActor]) -> list[Place]:
    """Drop the towns of countries where none of the named groups operates, unless the article
    names a region or the country itself ("Colonia", "Manta", "Van" in a report on Mexican cartels
    are words, not the towns of Uruguay, Ecuador or Turkey). Groups of the Sahel allow every Sahel country:
    "des hommes armés ... près de Djibo" stands beside Tuareg rebels named in the backdrop of Mali."""
    groups = [actor_lex.operating_countries(f.actor) for f in found]
    allowed = frozenset().union(*groups)
    if not allowed:
        return places
    if allowed & FOCUS_COUNTRIES:
        allowed |= FOCUS_COUNTRIES
    backed = {p.country for p in places if p.where_prec >= 4}  # a region or a country is named
    return [p for p in places if p.country in allowed or p.where_prec >= 4 or p.country in backed]


LONE_TOWN_MAJORITY = 3  # distinct places of one country that outvote a lone town of another


def _drop_lone_foreign_towns(places: list[Place]) -> list[Place]:
    """Drop a town that is the only place named of its country (neither the country nor a region of it
    is named) when the article names at least ``LONE_TOWN_MAJORITY`` places of one other country: a
    nickname or a word ("Vani" among five Tabasco towns), not a town of Turkey."""
    names: dict[str | None, set[str]] = {}
    for p in places:
        names.setdefault(p.country, set()).add(p.name)
    if not any(len(n) >= LONE_TOWN_MAJORITY for c, n in names.items() if c):
        return places
    backed = {p.country for p in places if p.where_prec >= 4}
    keep = {c for c, n in names.items() if not c or len(n) > 1} | backed
    return [p for p in places if p.country in keep or p.where_prec >= 4]


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


def _no_event(sentence: Sentence, ctx: ArticleContext) -> bool:
    """True for a sentence that reports no event: a warning, a denial, a link to another story
    ("Leia também: ...", ``not_events.yaml``), or in an article that denies, the rumour it denies ("les
    réseaux sociaux évoquaient 20 soldats tués")."""
    if _reports_no_event(ctx, sentence.text):
        return True
    return tells_rumour(sentence.text, ctx.lang) and any(denies(s.text, ctx.lang) for s in ctx.sentences)


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
    candidates = [s for s in ctx.sentences if is_relevant(s.text, ctx.lang) and not _no_event(s, ctx)]
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
    drafts = [part for draft in drafts for part in per_town(ctx, draft) if not _year_recalled(ctx, draft)]
    drafts = without_running_totals(ctx, without_multi_incident_totals(ctx, drafts))
    incidents = without_roundup(ctx, consolidate(drafts, config))
    groups = [date_told_later(ctx, group, drafts) for group in incidents]
    ctx.incidents = groups
    mentions = [m for group in groups for taken in with_abduction(ctx, group, finish_mention(ctx, group))
                for done in abducted_then_found_dead(ctx, group, taken) for m in per_place(ctx, group, done)]
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
    fired = _classifier().model.cues.fired

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
        if draft is first or draft.place_from_text or _own_date(ctx, draft.sentence):
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
    if previous is None or not _own_date(ctx, previous.sentence):
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
    dated = [g for g in groups[1:] if any(_own_date(ctx, d.sentence) for d in g)]
    opening = groups[0][0]
    if len(dated) < 2 or any(not _is_current(_group_date(g) or opening.date, opening.date) for g in dated):
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
            if (date := _group_date(g)) is not None and date.date_prec == 1]
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
    days = {date.event_date for g in rest if (date := _group_date(g)) is not None and date.date_prec == 1}
    if len(days) < 2 or not all(day and told.date_start <= day <= told.date_end for day in days):
        return False
    each_dead = all(any(_killed_groups(d) for d in g) for g in rest)  # each day with its own dead
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
    return town or _own_date(ctx, draft.sentence) or _after_dated_opening(ctx, draft)


OPENING_CHARS = 40  # a day this near a sentence's start opens it ("Dans la région de Tahoua, le 7 mai, ...")


def _after_dated_opening(ctx: ArticleContext, draft: Draft) -> bool:
    at = next((i for i, s in enumerate(ctx.sentences) if s is draft.sentence), 0)
    if not draft.date_from_text or draft.date.date_prec != 1 or at == 0:
        return False
    before = ctx.sentences[at - 1]
    return any(d.date_prec == 1 and d.start - before.start <= OPENING_CHARS
               for d in ctx.dates if _in_sentence(d.start, d.end, before))


def _own_date(ctx: ArticleContext, sentence: Sentence) -> bool:
    return any(_in_sentence(d.start, d.end, sentence) for d in ctx.dates)


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
    captives = named[0] if named else _defaults(ctx, mention.place, mention.date).civilians
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
        days = [d for d in ctx.dates if _in_sentence(d.start, d.end, draft.sentence) and d.date_prec == 1]
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
            date=_event_date(taken[-1]), fatalities=Fatalities())
        killing = replace(
            mention, event_type="Violence against civilians", sub_event_type="Attack",
            disorder_type=disorder_type("Violence against civilians", "Attack"), civilian_targeting=True,
            date=_event_date(later[0]),
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
    own = [p for p in ctx.places if p.start is not None and _in_sentence(p.start, p.end, lead.sentence)]
    chain = coordinated_places(ctx.article.text, mention.place, own, ctx.lang)
    return [mention] + [replace(mention, place=p) for p in chain[1:]]


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
        part.evidence = _evidence(ctx, part)
    return split


def _town_after(ctx: ArticleContext, sentence: Sentence, figure: Casualty) -> Place | None:
    """The place named right after a figure in its sentence, at town level."""
    start = sentence.start + figure.end
    return next(
        (p for p in ctx.places if p.start is not None and start <= p.start <= start + TOWN_AFTER_FIGURE
         and p.end <= sentence.end and p.where_prec <= 3),
        None,
    )


def _in_sentence(start: int, end: int, sentence: Sentence) -> bool:
    return sentence.start <= start and end <= sentence.end


def _sentence_holding(ctx: ArticleContext, expr: DateExpr) -> Sentence | None:
    """The sentence a date expression lies in."""
    return next((s for s in ctx.sentences if _in_sentence(expr.start, expr.end, s)), None)


def _sentence_of(ctx: ArticleContext, offset: int) -> Sentence | None:
    """The sentence a character offset lies in."""
    return next((s for s in ctx.sentences if s.start <= offset < s.end), None)


def _previous_text(ctx: ArticleContext, sentence: Sentence) -> str:
    """The text of the sentence before ``sentence`` in its paragraph ("" for a paragraph's first)."""
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    if not before or "\n" in ctx.article.text[before[-1].end : sentence.start]:
        return ""
    return before[-1].text


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
    marched = reports_no_event(sentence.text, ctx.lang) and _marched(ctx, sentence)
    if marched and prediction.event_type != "Protests":
        prediction = _as_label(prediction, "PEACE_PROTEST")  # the march, not the trend it protests
    if _only_no_casualties(ctx, sentence, found):
        return None  # "Não houve mortos.", "No one was killed.": of the incident told before, none of its own
    told = [c for c in found if not (c.negated or c.motive or c.denied)]
    opening_pronoun_groups(told, sentence.text, _previous_text(ctx, sentence), ctx.lang)
    casualties = [c for c in told if not c.cumulative]
    killed = [c for c in casualties if c.kind == "killed"]
    totals_only = not killed and any(c.kind == "killed" for c in told)
    rescue = release_at(sentence.text, ctx.lang) is not None  # "rescued 12 victims and arrested three"
    if prediction.sub_event_type == ABDUCTION and _only_arrests(told) and not rescue:
        prediction = _relabelled(prediction, "ARREST")  # "police arrested three kidnapping suspects"
    is_event = is_conflict_event(prediction) and (
        prediction.probability >= config.min_event_probability
        if is_violent(prediction.event_type)
        else prediction.probability >= config.min_nonviolent_probability
    )
    if not is_event and not killed and _marched(ctx, sentence):
        # a crowd's march told as a deed with its aim, the classifier unsure: the march, not the attacks its
        # aim names ("ont marché dimanche pour réclamer la sécurité de l'axe, souvent visé par des attaques")
        prediction, is_event = _as_label(prediction, "PEACE_PROTEST"), True
    if not is_event and is_conflict_event(prediction) and is_violent(prediction.event_type):
        is_event = has_violence_cue(sentence.text, ctx.lang) or _strike_hit(ctx, sentence, prediction)
    if not is_event and _protest_told(ctx, sentence, prediction):
        is_event = True
    if not is_event and _arrests_told(prediction, told):
        is_event = True
    if not is_event and _marched(ctx, sentence):
        prediction, is_event = _as_label(prediction, "PEACE_PROTEST"), True
    organised = None if is_event else _organised_violence(ctx, sentence, prediction) or _claimed_elsewhere(
        ctx, sentence, prediction)
    if organised:
        prediction, is_event = organised, True
    lead = None if is_event else _past_attribution(ctx, sentence, prediction)
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
        prediction = _prediction_for_killing(prediction)
    prediction = _protest_over_violence(ctx, sentence, prediction, found)
    prediction = _armed_mob(ctx, sentence, prediction)
    prediction = _violent_demonstration(ctx, sentence, _crowd_action(ctx, sentence, prediction))
    prediction = _told_peaceful(ctx, sentence, prediction, found)
    prediction = _force_on_protesters(ctx, sentence, prediction, killed)
    prediction = _protester_killed(ctx, sentence, prediction, killed)
    prediction = _arrests_at_protest(ctx, sentence, prediction, told)
    prediction = _protest_only_planned(ctx, sentence, prediction, told)
    prediction = _crowd_control_grenade(ctx, sentence, prediction, killed)
    prediction = _rescue_fight(ctx, sentence, prediction)
    prediction = _air_support(ctx, sentence, prediction)
    if prediction.sub_event_type in ("Arrests", ABDUCTION) and taken_then_killed(sentence.text, ctx.lang):
        prediction = _relabelled(prediction, "ATTACK")  # "detained ... and executed hours later": the killing
    taken = None if killed else _abduction_ended(ctx, sentence, prediction)
    if taken == []:
        return None  # "hostages kidnapped near Djibo were freed on Sunday": no new abduction, no day for it
    event_date, from_text = (_event_date(min(taken, key=lambda d: d.date_prec)), True) if taken else (
        sentence_date(ctx, sentence))
    if from_text and is_background(ctx, sentence, event_date):
        return None
    if from_text and not killed and _history(ctx, prediction, event_date):
        return None
    draft = Draft(
        sentence=sentence,
        prediction=prediction,
        casualties=casualties,
        date=event_date,
        date_from_text=from_text,
        place=sentence_place(ctx, sentence),
        place_from_text=side_country(sentence.text, ctx.lang) is not None or bool(_own_places(ctx, sentence)),
        found_actors=[a for a in ctx.actors if _in_sentence(a.start, a.end, sentence)],
        recalled=not _own_date(ctx, sentence) and is_recalled(sentence.text, ctx.lang),
        fresh=starts_new_incident(sentence.text, ctx.lang),
        pursuit=from_text and _tells_pursuit(ctx, sentence),
        no_loss=any(c.negated and c.kind == "killed" for c in found),
        sequel=bool(killed) and (_succumbed(ctx, sentence) or _bodies_found_since(ctx, sentence)),
        burial=bool(killed) and _buried(ctx, sentence),
        crowdless=prediction.sub_event_type == MOB_VIOLENCE and not killed and not _crowd_named(ctx, sentence)
        and not _own_date(ctx, sentence) and not _own_places(ctx, sentence),
        rough_day=from_text and _weeks_back(ctx, event_date),
    )
    if draft.rough_day:
        draft.date = _rough_range(draft.date)
    if draft.sequel:
        draft.wounded_before = _wounded_before(ctx, sentence)
    if draft.recalled and not killed and not draft.place_from_text:
        return None  # "lorsque Boko Haram avait lancé une offensive": too vague to be an event
    if totals_only and not from_text and not draft.place_from_text and not (
        headline and not _conflict_toll(ctx, sentence)
    ):
        return None  # "an insurgency that has killed thousands": a running total, no incident
    tally = bool(told) and all(c.cumulative for c in told) and any(c.kind == "abducted" for c in told)
    if tally and prediction.sub_event_type == ABDUCTION and not _own_date(ctx, sentence) \
            and not draft.place_from_text:
        return None  # "30 killed and 100 abducted in the area in the last two months": a tally, no abduction
    if prediction.sub_event_type == "Other" and not killed and not draft.found_actors \
            and not draft.place_from_text:
        return None  # "les autorités ont suspendu une chaîne de télévision": no actor, no place of its own
    draft.evidence = _evidence(ctx, draft)
    return draft


def _tells_pursuit(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when the sentence tells forces going after the attackers (lexicon ``pursuit``: "troops pursued the
    attackers towards the border and neutralised five of them on Sunday")."""
    rx = lexicon_pattern(ctx.lang, "pursuit")
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
    actors = any(_in_sentence(a.start, a.end, sentence) for a in ctx.actors)
    return bool(found) and all(c.negated for c in found) and not _own_date(ctx, sentence) \
        and not _own_places(ctx, sentence) and not actors


def _verdict_only(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> bool:
    """True for a court's verdict with no arrest and no death told (lexicon verdict): read as arrests ("A
    court on Monday convicted five men over the massacre"), or dated by the verdict's day alone ("a condamné
    lundi six hommes pour l'attaque d'une église"), it is the trial of a past deed, no event. A deed told with
    its own day ("for the killing of a trader on June 3, 2020") stays that day's event."""
    rx = lexicon_pattern(ctx.lang, "verdict")
    if rx is None or rx.search(sentence.text) is None:
        return False
    own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
    return prediction.sub_event_type == "Arrests" or all(
        told_with_proceeding(ctx.article.text, d, ctx.lang) for d in own)


MOB_VIOLENCE = "Mob violence"


def _crowd_named(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when the sentence names a crowd or a protest (lexicon crowd, protesters, protest_told,
    crowd_violence)."""
    return any((rx := lexicon_pattern(ctx.lang, key)) is not None and rx.search(sentence.text) is not None
               for key in ("crowd", "protesters", "protest_told", "crowd_violence"))


def _succumbed(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence tells the wounded dying since (lexicon ``succumbed``: "three more soldiers died of their
    wounds", "quatre blessés ont succombé")."""
    rx = lexicon_pattern(ctx.lang, "succumbed")
    return rx is not None and rx.search(sentence.text) is not None


def _bodies_found_since(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence tells bodies found (lexicon ``found_dead``) after a sentence telling deaths, naming no
    place of its own ("Six corps ont été retrouvés vendredi aux abords du village", "Five more bodies were
    found in the bush on Saturday"): the search after the incident told before, not another incident."""
    rx = lexicon_pattern(ctx.lang, "found_dead")
    if rx is None or rx.search(sentence.text) is None or _own_places(ctx, sentence):
        return False
    before = ctx.article.text[: sentence.start]
    return any(c.kind == "killed" and not c.negated for c in find_casualties(before, ctx.lang))


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
    sentences (``_claimed_next``)."""
    rx = lexicon_pattern(ctx.lang, "attribution_only")
    return (rx is not None and rx.search(sentence.text) is not None and not _own_date(ctx, sentence)
            and not _own_places(ctx, sentence))


_FIRST_COUNT = re.compile(r"\b(?:premier|précédent|antérieur|ancien|initial|previous|earlier|first|anterior"
                          r"|precedente|primeiro|inicial)", re.I)


# a figure told as the first count of a toll since revised ("killing 18 people according to an initial toll",
# "selon un premier bilan", "segundo um primeiro balanço")
_INITIAL_TOLL = re.compile(
    r"\b(?:according\s+to|by|in|per)\s+(?:an?\s+|the\s+)?(?:initial|first|earlier|previous|provisional|"
    r"preliminary)\s+(?:death\s+)?(?:tolls?|counts?|tall(?:y|ies)|figures?|reports?|estimates?)\b"
    r"|\bselon\s+(?:un|le)\s+(?:premier|précédent)\s+bilan\b|\bselon\s+un\s+bilan\s+(?:provisoire|initial)\b"
    r"|\bsegundo\s+(?:um|o)\s+(?:primeiro|anterior)\s+balanço\b|\bsegundo\s+um\s+balanço\s+(?:provisório|inicial)\b",
    re.I)


def _marched(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when a crowd's march is told as a deed with its aim ("des milliers de personnes ont marché samedi
    à Niamey pour exiger ..."), which the classifier, unsure, may read as anything."""
    return _marched_text(ctx, sentence.text)


def _marched_text(ctx: ArticleContext, text: str) -> bool:
    """``_marched`` on a text (lexicon ``protest_deed`` and ``protest_aim``)."""
    deed = lexicon_pattern(ctx.lang, "protest_deed", r"\b(?:{})(?![\w’'])")
    aim = lexicon_pattern(ctx.lang, "protest_aim", r"\b(?:{})\b")
    if deed is None or aim is None:
        return False
    return bool(deed.search(text) and aim.search(text))


def _as_label(prediction: Prediction, label: str) -> Prediction:
    """The prediction relabelled, with the label's own score."""
    event_type, sub_event_type = acled_types(label)  # type: ignore[misc]
    return Prediction(label, prediction.scores.get(label, 0.0), event_type, sub_event_type, prediction.scores)


def _relabelled(prediction: Prediction, label: str) -> Prediction:
    """The prediction relabelled, keeping its own certainty (the sentence's words, not the label's score,
    decided the label)."""
    return replace(_as_label(prediction, label), probability=prediction.probability)


def _only_revised_toll(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for a sentence that only gives a count the report has since revised ("un premier bilan
    faisait état de six morts"), with no date or place of its own, when a later sentence tells the dead."""
    earlier = rules(ctx.lang).earlier_count
    m = earlier.search(sentence.text) if earlier else None
    if m is None or not _FIRST_COUNT.search(m.group(0)) or _own_date(ctx, sentence):
        return False  # "le bilan faisait état de ..." alone is the toll, not one since revised
    later = [s for s in ctx.sentences if s.start > sentence.start]
    return not _own_places(ctx, sentence) and any(
        c.kind == "killed" and not (c.negated or c.elsewhere or c.cumulative)
        for s in later for c in find_casualties(s.text, ctx.lang))


def _abduction_ended(ctx: ArticleContext, sentence: Sentence, prediction: Prediction
                     ) -> list[DateExpr] | None:
    """For an abduction told as the past of freed captives (``extract.releases``), the dates that can date
    it (none: no event); None for any other sentence. In a story about a release, an undated abduction or
    deathless attack ("the family was seized by gunmen from their home") is the captivity's start, and so is
    an undated detention by no state force ("ela esteve detida por um grupo ligado à Al-Qaeda": captivity)."""
    if prediction.sub_event_type == "Arrests":
        if any(a.group == "security" and _in_sentence(a.start, a.end, sentence) for a in ctx.actors):
            return None
    elif prediction.sub_event_type not in (ABDUCTION, "Attack"):
        return None
    own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
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
    forces = any(a.group == "security" and _in_sentence(a.start, a.end, sentence) for a in ctx.actors)
    if fight is not None and forces and fight.search(sentence.text):
        return _relabelled(prediction, "ARMED_CLASH")
    retaken = lexicon_pattern(ctx.lang, "ground_retaken", r"\b(?:{})\b")
    if regained and not (retaken and retaken.search(sentence.text)):
        return _relabelled(prediction, "ABDUCT_DISSAP")
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
    return _relabelled(prediction, max(ARMED_MOB_LABELS, key=lambda c: prediction.scores.get(c, 0.0)))


AIR_STRIKE = "Air/drone strike"
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


REGAINED = "Government regains territory"
HISTORY_DAYS = 366  # ground changing hands this long before the report is its history
HELD_GROUND = frozenset({REGAINED, "Non-state actor overtakes territory",
                         "Non-violent transfer of territory", "Headquarters or base established"})
PAST_STATES = HELD_GROUND | {"Change to group/activity"}  # a group's split or merger years ago: history too


def _history(ctx: ArticleContext, prediction: Prediction, event_date: EventDate) -> bool:
    """A town taken or retaken years before the report, with no deaths told ("Gwoza was captured by Boko Haram
    in 2014 before the army retook it in 2015"): the place's history, not an event (ACLED coded it then);
    a massacre recalled with its toll stays an event of its day. So is a group's change years before ("ISWAP
    split from Boko Haram in 2016")."""
    if prediction.sub_event_type not in PAST_STATES or not ctx.published or not event_date.event_date:
        return False
    return (ctx.published - date.fromisoformat(event_date.event_date)).days > HISTORY_DAYS


def _conflict_toll(ctx: ArticleContext, sentence: Sentence) -> bool:
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
    own = _own_places(ctx, sentence)
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
    regions = {(p.country, p.admin1) for p in _own_places(ctx, sentence) if p.admin1}
    if len(regions) < TALLY_REGIONS:
        return False
    return any(n.low >= TALLY_FIGURE for n in find_numbers(sentence.text, ctx.lang))


def _compared_year(text: str, expr: DateExpr, lang: str) -> bool:
    """True for a year that a superlative measures the incident against ("Highest death toll in 2021 |
    ISIS ambushes ...", "the deadliest attack this year"): the period of the comparison, not the incident's
    date (lexicon casualties.compared)."""
    compared = rules(lang).compared
    return expr.date_prec >= YEAR_PREC and compared is not None and (
        compared.search(text, max(0, expr.start - 80), expr.start) is not None)


def _months_by_latest_day(text: str, lang: str, dates: list[DateExpr]) -> list[DateExpr]:
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


def _old_period_bounds(text: str, published: date | None, lang: str, heading: str | None = None
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
        own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
        if any(_in_sentence(b.start, b.end, sentence) for b in ctx.old_bounds):
            in_background = True
        elif own:
            in_background = is_background(ctx, sentence, _event_date(own[0]))
        elif _tally_across_regions(ctx, sentence):
            in_background = True
        elif in_background:
            in_background = bool(_CONTINUES_CONTEXT.match(sentence.text)) or (
                bool(_ADDS_TO_CONTEXT.match(sentence.text)) and not _own_places(ctx, sentence))
        if in_background:
            starts.add(sentence.start)
    return starts


_SURE_ACCIDENT = 0.3  # a fire or blast the classifier is this sure of, by a named group: its deed


def _organised_violence(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction | None:
    """Violence the classifier calls organised crime but that a named armed group commits ("a
    shootout broke out between the CJNG and the Sinaloa Cartel"): UCDP codes cartel fighting as
    non-state conflict and ACLED as political violence; so is a fire or blast it is sure is an accident
    ("JNIM fighters attacked a convoy of fuel tankers, setting fire to nine trucks": one group named). Two
    groups named: an armed clash; one: the likeliest violent type."""
    if not has_violence_cue(sentence.text, ctx.lang):
        return None
    group_deed = _dated_group_deed(ctx, sentence)
    crime = prediction.label == "ORG_CRIME" or (
        prediction.label == "MAN_MADE_DISASTER" and prediction.probability >= _SURE_ACCIDENT)
    if not crime and not group_deed:
        return None
    groups = _named_groups(ctx, sentence)
    if not groups or (prediction.label == "MAN_MADE_DISASTER" and len(groups) > 1 and not group_deed):
        return None  # an accident naming two groups is no fight between them
    violent = [c for c in prediction.scores if (acled_types(c) or (None,))[0] in VIOLENT_EVENT_TYPES
               and (prediction.label == "ORG_CRIME" or c not in _NOT_BY_GROUPS)]
    cues = set(_classifier().model.cues.fired(sentence.text))
    two_sides = len(groups) > 1 or not violent
    label = "ARMED_CLASH" if two_sides else max(violent, key=prediction.scores.__getitem__)
    if label == "SUIC_BOMB" and "cue:suicide" not in cues:
        label = "REM_EXPLOS"  # "its fighters set off explosives on the pipeline": no bomber died in it
    return _relabelled(prediction, label)


def _past_attribution(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction | None:
    """The deed a sentence tells after the source it opens with, when the classifier reads the source as the
    event ("According to a statement from Mauritania's foreign ministry, Malian soldiers ... opened fire on
    the herders": diplomacy, for the ministry; lexicon ``attribution_lead``): the rest of the sentence
    classified alone, when it reads as organised violence. Only a diplomatic reading: a claim or an
    attribution the classifier reads is handled where claims are."""
    if prediction.label != "DIPLO" or not has_violence_cue(sentence.text, ctx.lang):
        return None
    rx = lexicon_pattern(ctx.lang, "attribution_lead")
    lead = rx.match(sentence.text) if rx is not None else None
    if lead is None:
        return None
    [rest] = _classifier().predict([sentence.text[lead.end():]], lang=ctx.lang)
    if not is_conflict_event(rest) or not is_violent(rest.event_type):
        return None
    return rest


def _claimed_elsewhere(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction | None:
    """A claim of responsibility for another incident with a place of its own ("the same day, a camp in
    Bamba was hit by another attack, also claimed by JNIM"): the claim tells an incident there, of the
    likeliest violent type. Any other claim only attributes an attack told elsewhere."""
    if prediction.label != "ATTRIB" or not has_violence_cue(sentence.text, ctx.lang):
        return None
    if not (starts_new_incident(sentence.text, ctx.lang) or _lead_claim(ctx, sentence)) or not _own_places(
            ctx, sentence):
        return None
    label = _likeliest_of(prediction, VIOLENT_EVENT_TYPES)
    if not starts_new_incident(sentence.text, ctx.lang):  # a lead claim: the deed its report tells
        label = _claimed_deed_label(ctx, sentence, prediction)
    return _relabelled(prediction, label) if label else None


# a claim tells a fight or a deed, no change of hands
CLAIMED_DEEDS = ("ARMED_CLASH", "ATTACK", "PROPERTY_DISTRUCT")
BLAST_CUES = frozenset({"cue:explosion", "cue:ied"})


def _claimed_deed_label(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> str | None:
    """The type of a deed a lead claim tells: a blast when it or the next sentence tells explosives ("ses
    combattants ont fait exploser la conduite"), else the likeliest of a fight, an attack or a destruction."""
    following = next((s.text for s in ctx.sentences if s.start >= sentence.end), "")
    if BLAST_CUES & set(_classifier().model.cues.fired(sentence.text + " " + following)):
        return "REM_EXPLOS"
    return max((c for c in CLAIMED_DEEDS if c in prediction.scores), key=prediction.scores.__getitem__,
               default=None)


def _lead_claim(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for a claim told first, with the deed's own day ("Le FPL a revendiqué mercredi le sabotage de
    l'oléoduc dans la nuit du samedi 4 au dimanche 5 juillet, dans le département de Gouré"): the lead tells
    the incident the report is about, no attack told before it to attribute."""
    if not _own_date(ctx, sentence):
        return False
    if any(has_violence_cue(s.text, ctx.lang) for s in ctx.sentences if s.end <= sentence.start):
        return False
    # a toll told after it tells the incident itself: the claim only attributes it ("ISWAP has claimed
    # Monday's attack on a base in Rann ... The army had said six soldiers died")
    return not any(c.kind == "killed" and c.low > 0 and not c.negated
                   for s in ctx.sentences if s.start >= sentence.end
                   for c in find_casualties(s.text, ctx.lang))


def _likeliest_of(prediction: Prediction, event_types: Collection[str]) -> str | None:
    """The prediction's likeliest label among those of the given ACLED event types, if any."""
    labels = [c for c in prediction.scores if (acled_types(c) or (None,))[0] in event_types]
    return max(labels, key=prediction.scores.__getitem__) if labels else None


_NOT_BY_GROUPS = ("AIR_STRIKE", "CHEM_WEAP")  # a group's deed the classifier found no sign of aircraft in


def _named_groups(ctx: ArticleContext, sentence: Sentence) -> set[str]:
    """The named non-state armed groups of a sentence."""
    return {
        a.actor.name
        for a in ctx.actors
        if _in_sentence(a.start, a.end, sentence) and a.actor.inter in (2, 3) and not is_unidentified(a.actor)
    }


def _dated_group_deed(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for a dated deed of a named group that the classifier reads as a claim or an announcement
    ("Des combattants de l'EIGS ont attaqué samedi le village d'Inékar"): no claim word, a day of its own. In
    other languages only a fight of two named groups ("JNIM and IS Sahel fighters fought on Friday near
    Inekar")."""
    if not _own_date(ctx, sentence) or (ctx.lang != "fr" and len(_named_groups(ctx, sentence)) < 2):
        return False
    claim = lexicon_pattern(ctx.lang, "claim_of_responsibility")
    return claim is None or claim.search(sentence.text) is None


def _crowd_action(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction:
    """A 'battle' that only a crowd fights ("des milliers de manifestants ont pris d'assaut la base
    militaire"): protesters are no armed organisation, so ACLED codes a riot or a protest -- whichever
    the classifier finds likelier. An armed group named in the sentence keeps the battle."""
    rx = lexicon_pattern(ctx.lang, "crowd", r"\b(?:{})\b")
    if prediction.event_type != "Battles" or rx is None or not rx.search(sentence.text):
        return prediction
    if any(_in_sentence(a.start, a.end, sentence) and a.actor.inter in (2, 3, 4) for a in ctx.actors):
        return prediction
    label = _likeliest_of(prediction, UNREST)
    return _as_label(prediction, label) if label else prediction


ARMED_MOB_LABELS = ("ARMED_CLASH", "ATTACK")


def _armed_mob(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction:
    """'Mob violence' that armed men commit and no crowd ("bandits killed three members of a local vigilante
    group after a gun battle"): a mob is no armed group, so an armed clash or an attack, whichever the
    classifier finds likelier (no remote means: nothing tells one); a lynching stays mob violence. The mirror
    of ``_crowd_action``."""
    if prediction.sub_event_type != "Mob violence":
        return prediction
    crowd = lexicon_pattern(ctx.lang, "crowd", r"\b(?:{})\b")
    lynching = lexicon_pattern(ctx.lang, "lynching")
    if any(rx is not None and rx.search(sentence.text) for rx in (crowd, lynching)):
        return prediction
    armed = [a for a in ctx.actors if a.group == "militants" and a.actor.inter != IDENTITY_MILITIA_INTER]
    told = [a for a in ctx.actors if a.group == "militants" and _in_sentence(a.start, a.end, sentence)]
    forces = [a for a in ctx.actors if a.group == "security" and _in_sentence(a.start, a.end, sentence)]
    if forces and armed and not told:  # "les VDP et les Koglweogo ont opposé une résistance" to assailants
        return _relabelled(prediction, max(ARMED_MOB_LABELS, key=lambda c: prediction.scores.get(c, 0.0)))
    if not told or not armed:
        return prediction  # communal or ethnic militias (a town's or a people's men) alone may act as a mob
    fought = _dead_counted_among(sentence, told) or _militia_attacked(sentence, told, ctx.lang)
    if not any(a in told for a in armed) and not fought:
        return prediction
    label = max(ARMED_MOB_LABELS, key=lambda c: prediction.scores.get(c, 0.0))
    return _relabelled(prediction, label)


def _dead_counted_among(sentence: Sentence, told: list[FoundActor]) -> bool:
    """True when the sentence only counts the dead among the militia it names ("un bilan de 22 morts chez les
    dozos"), in an article whose other fighters are an armed group's: a toll of that fight, no mob."""
    def before(actor: FoundActor) -> str:
        return sentence.text[max(0, actor.start - sentence.start - 25) : actor.start - sentence.start]

    return all(before(a).rstrip().lower().endswith(MILITIA_SIDE_WORDS) for a in told)


def _militia_attacked(sentence: Sentence, told: list[FoundActor], lang: str) -> bool:
    """True when every militia the sentence names is the target of an attack ("the toll from a jihadist attack
    on traditional Dozo hunters has risen to 41"; lexicon ``attack_on_before``), in an article whose other
    fighters are an armed group's: that group's fight with the militia, no mob."""
    rx = lexicon_pattern(lang, "attack_on_before", r"\b(?:{})(?:[\w-]+\s+)?$")
    if rx is None:
        return False

    def before(actor: FoundActor) -> str:
        return sentence.text[max(0, actor.start - sentence.start - 40) : actor.start - sentence.start]

    return all(rx.search(before(a)) is not None for a in told)


# words that put the dead on a militia's side: "22 morts chez les dozos", "killed among the vigilantes"
MILITIA_SIDE_WORDS = (
    "chez les", "parmi les", "dans les rangs des",
    "among the", "in the ranks of",
    "entre os", "nas fileiras dos",
)


def _protest_over_violence(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                           found: list[Casualty]) -> Prediction:
    """The protest a sentence tells when its only violence words are the grievance protested, with no figure
    nor day of its own ("residents who blocked the highway to protest against repeated killings and abductions
    by bandits"; lexicon protest_grievance): the sentence read without the grievance, when that reads as a
    protest."""
    rx = lexicon_pattern(ctx.lang, "protest_grievance")
    cause = rx.search(sentence.text) if rx is not None and is_violent(prediction.event_type) else None
    if cause is None or any(not c.negated for c in found):
        return prediction
    grievance = sentence.start + cause.end()
    if any(_in_sentence(d.start, d.end, sentence) and d.start >= grievance for d in ctx.dates):
        return prediction  # "to protest against Sunday's killings": that incident is told too
    [head] = _classifier().predict([sentence.text[: cause.end()]], lang=ctx.lang)
    return head if head.event_type in ("Protests", "Riots") else prediction


def _force_on_protesters(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                         killed: list[Casualty] | None = None) -> Prediction:
    """An attack by state forces in a sentence about protesters, with no armed group in it ("Police kill
    three protesters in Kano", "la police a tué deux manifestants"): ACLED's excessive force against
    protesters, not an attack on civilians; also a protest the classifier reads in a sentence telling the
    forces' deadly fire ("cinco pessoas morreram quando a polícia disparou contra manifestantes")."""
    rx = lexicon_pattern(ctx.lang, "protesters", r"\b(?:{})\b")
    deadly_protest = prediction.sub_event_type in PROTEST_FORCE[:2] and any(
        c.group != "security" and not c.elsewhere for c in killed or [])
    if (prediction.sub_event_type != "Attack" and not deadly_protest) or rx is None or not rx.search(
            sentence.text):
        return prediction
    here = [a for a in ctx.actors if _in_sentence(a.start, a.end, sentence)]
    if not any(a.group == "security" for a in here) or any(a.actor.inter in (2, 3, 4) for a in here):
        return prediction
    return _relabelled(prediction, "FORCE_AGAINST_PROTEST")


def _protester_killed(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                      killed: list[Casualty]) -> Prediction:
    """A weak guess of armed violence for a sentence that only counts dead protesters, naming no one who
    killed them ("Un manifestant a été tué par balle, selon des sources hospitalières" after the protest):
    the protest's toll, typed as the likeliest unrest, so it joins the protest rather than making an attack
    of its own. A sentence naming any actor keeps its type (``_force_on_protesters`` types state force)."""
    rx = lexicon_pattern(ctx.lang, "protesters", r"\b(?:{})\b")
    if (
        rx is None
        or not killed
        or prediction.event_type not in ("Battles", "Violence against civilians")
        or prediction.probability >= CONFIDENT_MEANS
        or not rx.search(sentence.text)
        or any(_in_sentence(a.start, a.end, sentence) for a in ctx.actors)
    ):
        return prediction
    label = _likeliest_of(prediction, UNREST)
    return _relabelled(prediction, label) if label else prediction


def _arrests_at_protest(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                        told: list[Casualty]) -> Prediction:
    """Arrests of protesters by state forces, with no armed group in the sentence ("police arrested twenty
    protesters", "ont arrêté une vingtaine de jeunes qui manifestaient"; lexicon protesters, protesting):
    ACLED's protest with intervention, not arrests."""
    arrested = any(c.kind == "arrested" and c.low > 0 for c in told)
    if prediction.sub_event_type != "Arrests" or not arrested:
        return prediction
    crowd = [rx for key, template in (("protesters", r"\b(?:{})\b"), ("protesting", r"\b(?:{})\b"))
             if (rx := lexicon_pattern(ctx.lang, key, template)) is not None]
    if not any(rx.search(sentence.text) for rx in crowd):
        return prediction
    here = [a for a in ctx.actors if _in_sentence(a.start, a.end, sentence)]
    if not any(a.group == "security" for a in here) or any(a.actor.inter in (2, 3, 4) for a in here):
        return prediction
    return _relabelled(prediction, "PROTEST_WITH_INTER")


def _protest_only_planned(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                          told: list[Casualty]) -> Prediction:
    """People arrested while a protest was only planned ("la police a arrêté une douzaine de militants qui
    préparaient une marche interdite"; lexicon ``protest_planned``): ACLED's arrests, no protest held."""
    if prediction.event_type != "Protests" or not any(c.kind == "arrested" and c.low > 0 for c in told):
        return prediction
    rx = lexicon_pattern(ctx.lang, "protest_planned", r"\b(?:{})\b")
    if rx is None or not rx.search(sentence.text):
        return prediction
    return _relabelled(prediction, "ARREST")


def _crowd_control_grenade(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                           killed: list[Casualty]) -> Prediction:
    """Tear-gas or stun grenades with no one killed and no armed group in the sentence ("ils ont été dispersés
    par la police à coups de grenades lacrymogènes", "police fired tear gas grenades"; lexicon
    ``crowd_control``): a crowd dispersed, ACLED's protest with intervention, not a grenade attack."""
    rx = lexicon_pattern(ctx.lang, "crowd_control", r"\b(?:{})\b")
    if prediction.sub_event_type != "Grenade" or killed or rx is None or not rx.search(sentence.text):
        return prediction
    if any(a.actor.inter in (2, 3, 4) for a in ctx.actors if _in_sentence(a.start, a.end, sentence)):
        return prediction
    return _relabelled(prediction, "PROTEST_WITH_INTER")


PEACEFUL_PROTESTS = ("PEACE_PROTEST", "PROTEST_WITH_INTER")


def _violent_demonstration(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction:
    """A protest whose crowd burns, loots or stones ("some of them set fire to the party's headquarters"):
    ACLED's violent demonstration, whatever the rest of the sentence says of a peaceful march; so is
    property a named crowd destroys ("des jeunes en colère ont saccagé le commissariat"), which the
    classifier may call looting."""
    rx = lexicon_pattern(ctx.lang, "crowd_violence")
    if rx is None or not rx.search(sentence.text):
        return prediction
    if prediction.label not in PEACEFUL_PROTESTS and not _crowd_destruction(ctx, sentence, prediction):
        return prediction
    return _relabelled(prediction, "VIOL_DEMONSTR")


def _told_peaceful(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                   found: list[Casualty]) -> Prediction:
    """A violent demonstration (or an attack) the classifier reads in a protest the report tells as peaceful
    ("Hundreds of women protested peacefully on Friday against repeated bandit attacks, blocking the road for
    several hours"; lexicon ``peaceful_protest``): a blocked road or the grievance's violence words are no
    violence of the crowd, so a peaceful protest -- unless the crowd burns, loots or stones
    (``crowd_violence``), the protest turned violent (``protest_turned_violent``), someone was killed or hurt,
    or the sentence names an armed side (an attack told beside the protest)."""
    riot = prediction.sub_event_type == "Violent demonstration"
    if not (riot or is_violent(prediction.event_type)) or any(not c.negated for c in found):
        return prediction
    peaceful = lexicon_pattern(ctx.lang, "peaceful_protest")
    if peaceful is None or not peaceful.search(sentence.text):
        return prediction
    armed = ("militants", "security", "external")
    if not riot and any(_in_sentence(a.start, a.end, sentence) and a.group in armed for a in ctx.actors):
        return prediction  # an attack told beside the protest
    for key in ("crowd_violence", "protest_turned_violent"):
        rx = lexicon_pattern(ctx.lang, key)
        if rx is not None and rx.search(sentence.text):
            return prediction
    return _relabelled(prediction, "PEACE_PROTEST")


def _crowd_destruction(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> bool:
    """Looting or destruction told of a crowd ("manifestants", "jeunes en colère"), not of armed men; also
    when the classifier calls it an attack and the sentence names no armed side."""
    crowd = lexicon_pattern(ctx.lang, "crowd", r"\b(?:{})\b")
    if prediction.label not in ("PROPERTY_DISTRUCT", "ATTACK") or crowd is None:
        return False
    if prediction.label == "ATTACK" and any(  # "manifestantes incendiaram a câmara": no armed attacker
            _in_sentence(a.start, a.end, sentence) and a.group in ("militants", "security", "external")
            for a in ctx.actors):
        return False
    if crowd.search(sentence.text) is not None:
        return True  # "des jeunes en colère ont saccagé", "em protesto contra a insegurança": a crowd
    return "cue:protest" in _classifier().model.cues.fired(sentence.text)


def _prediction_for_killing(prediction: Prediction) -> Prediction:
    """A sentence that reports deaths but that the classifier did not call an event: an attack."""
    return _relabelled(prediction, "ATTACK")


def sentence_date(ctx: ArticleContext, sentence: Sentence) -> tuple[EventDate, bool]:
    """The event date of a sentence: its own date expression, else the nearest earlier one in the
    article's opening (the nearest day when it says "the same day"; the last day told when the article
    has no publication date), else the publication date at week precision. The flag tells whether the
    date came from the text."""
    own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
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
        return _event_date(hurt), True  # the day before": the day they were wounded
    if len(own) > 1 and (deed := _deed_told_after(ctx, sentence, own)) is not None:
        return _event_date(deed), True
    if own:  # the finest first: "a junta que tomou o poder na semana passada deteve hoje ..." is today
        return _event_date(min(own, key=lambda d: d.date_prec)), True
    if (headed := _headed_paragraph_date(ctx, sentence)) is not None:  # "Diffa : trois pêcheurs tués"
        return _event_date(headed), True
    if (deed := _statement_after_deed(ctx, sentence)) is not None:  # "said on Wednesday, two days after"
        return deed, True
    retold = taken_then_killed(sentence.text, ctx.lang)  # "the herders were detained ... and executed"
    earlier = [d for d in ctx.dates if d.end <= sentence.start and (retold or not _in_cause(ctx, d))
               and not _told_in_no_event(ctx, d)]
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
        return _event_date(earlier[-1]), True
    if earlier and ctx.published and _recent(earlier[-1], ctx.published):
        return _event_date(_as_dated(ctx, earlier[-1], earlier)), True
    if earlier and _goes_on_after_proceeding(ctx, sentence, earlier[-1]):
        return _event_date(earlier[-1]), True
    if ctx.published is None and days:  # no publication day: the last full day the text told before
        return _event_date(days[-1]), True
    nights = [d for d in earlier if d.date_prec == 2]
    if ctx.published is None and nights:  # or the last night told ("dans la nuit du mardi 20 au mercredi 21")
        return _event_date(nights[-1]), True
    if (later := _incident_day_told_next(ctx, sentence)) is not None:  # "... The killings took place on ..."
        return _event_date(later), True
    if (stated := _statement_day(ctx, sentence)) is not None:
        return _event_date(stated), False
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
    told = [d for d in ctx.dates if _in_sentence(d.start, d.end, following)]
    return min(told, key=lambda d: d.date_prec) if told else None


def _dates_the_incident(ctx: ArticleContext, expr: DateExpr) -> bool:
    """True when a day is told as the day the report's incident took place ("The killings took place on
    December 16, when soldiers arrived", lexicon incident_took_place): the undated sentences after it go on
    about that incident, however long before publication."""
    rx = lexicon_pattern(ctx.lang, "incident_took_place")
    home = _sentence_holding(ctx, expr) if rx is not None and expr.date_prec == 1 else None
    if home is None or rx is None:
        return False
    cue = rx.search(home.text)
    return cue is not None and home.start + cue.end() <= expr.start


def _incident_day_told_next(ctx: ArticleContext, sentence: Sentence) -> DateExpr | None:
    """The day an undated sentence's incident took place when the next date the text tells, in one of the
    next two sentences, is that day ("Survivors say soldiers killed dozens of men ... The killings took place
    on December 16"), or the day the next sentence tells of the attackers ("The attackers ... on Tuesday")."""
    later = [d for d in ctx.dates if d.start >= sentence.end]
    home = _sentence_holding(ctx, later[0]) if later else None
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
    home = _sentence_holding(ctx, expr)
    return home is not None and any(
        d.end <= expr.start and d.date_prec < expr.date_prec and _in_sentence(d.start, d.end, home)
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
    if not _in_sentence(last.start, last.end, before):
        return False
    told = event_date_expressions(ctx.article.text, ctx.published, ctx.lang, drop_reporting=False,
                                  heading=ctx.article.title)
    return any(_in_sentence(d.start, d.end, before) and (d.start, d.end) != (last.start, last.end)
               and told_with_proceeding(ctx.article.text, d, ctx.lang) for d in told)


def _after_deed_day(ctx: ArticleContext, expr: DateExpr) -> EventDate | None:
    """The day of the deed a visit's or a verdict's day is set after ("The minister visited Banibangou on
    Saturday, a week after an attack there killed 11 soldiers"): that many days before it (lexicon
    after_deed)."""
    if not told_with_proceeding(ctx.article.text, expr, ctx.lang):
        return None
    told = _sentence_holding(ctx, expr)
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
    told = _sentence_holding(ctx, last)
    if told is None or not TOLL_WORD.search(told.text):
        return last  # only a sentence telling a toll dates its find or its update apart from its incident
    own = [d for d in earlier if _in_sentence(d.start, d.end, told)]
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
    return next((d for d in exprs if _in_sentence(d.start, d.end, sentence) and not d.is_future
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
    told = _sentence_holding(ctx, expr)
    return told is not None and (_succumbed(ctx, told) or _bodies_found_since(ctx, told))


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
    if rx is None or _own_places(ctx, sentence):
        return False
    before = ctx.article.text[max(sentence.start, expr.start - 60) : expr.start]
    return any(len(before) - m.end() <= 4 for m in rx.finditer(before))


def _told_of_found_missing(ctx: ArticleContext, expr: DateExpr) -> bool:
    """True when a date lies in a sentence telling the missing found dead since: the day they were found, not
    the incident's, and no day for what follows ("... O exército afirmou ter neutralizado 40 atacantes")."""
    told = _sentence_holding(ctx, expr)
    return told is not None and _found_missing(ctx, told)


def _told_in_no_event(ctx: ArticleContext, expr: DateExpr) -> bool:
    """True when a date lies in a sentence that reports no event ("the bandits called the families on
    Monday and demanded a ransom", "Read also: ..."): it dates no later sentence."""
    told = _sentence_holding(ctx, expr)
    return told is not None and _reports_no_event(ctx, told.text)


def _reports_no_event(ctx: ArticleContext, text: str) -> bool:
    """``reports_no_event``, but not for a crowd's march told as a deed with its aim beside a trend it
    protests ("des milliers de personnes ont marché samedi ... pour exiger la sécurisation de la route, où
    les attaques se multiplient"): the march is the event (``_marched_text``), unless it denies it."""
    if not reports_no_event(text, ctx.lang):
        return False
    return not _marched_text(ctx, text) or denies(text, ctx.lang)


FOLLOWING_SENTENCES = 3  # "... was killed. The incident happened on Wednesday night."


def _in_cause(ctx: ArticleContext, expr: DateExpr) -> bool:
    """A date of the killing a crowd reacted to: the sentences that follow go on about the crowd."""
    return any(_in_sentence(expr.start, expr.end, cause) for cause in ctx.causes)


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
        own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
        if own and _recent(own[0], ctx.published) and own[0].date_start <= ctx.published:
            lead = replace(group[0], date=_event_date(own[0]), date_from_text=True)
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
    if lead.sentence not in ctx.sentences or _own_date(ctx, lead.sentence):
        return group
    first = ctx.sentences.index(lead.sentence)
    for sentence in ctx.sentences[first + 1 : first + 1 + FOLLOWING_SENTENCES]:
        own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
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
    if place is not None and place.start is not None and _told_aside(ctx, place):
        towns = [p for p in _own_places(ctx, sentence) if p.where_prec <= 3]
        return towns[0] if len({p.name for p in towns}) == 1 else None
    if place is None or not place.admin1 or place.where_prec < 3:
        return None
    own = _own_places(ctx, sentence)
    inside = [p for p in own if p.country == place.country and p.admin1 == place.admin1
              and p.where_prec < place.where_prec]
    # one place, or a village and the district it lies in ("na aldeia de Kairu, no distrito de Maru")
    return inside[0] if inside and len(own) == len(inside) and len({p.admin2 for p in inside}) == 1 else None


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
    own = _own_places(ctx, sentence)
    if _dateline_town_told(ctx, sentence, own):
        return ctx.filed_at  # "Cancun, Mexico (EFE).- An attack on a bar in this Caribbean resort city"
    side = side_country(sentence.text, ctx.lang)
    if side and not any(p.country == side for p in own):
        return _side_place(ctx, sentence, side)
    chosen = None
    if own:
        trigger = _trigger_span(sentence, ctx.lang)
        chosen = _more_specific(event_location(ctx.article.text, trigger[0], trigger[1], own), own)
    if chosen is None:
        earlier = [p for p in ctx.places if p.end is not None and p.end <= sentence.start]
        earlier = [p for p in earlier if not _told_aside(ctx, p)] or earlier
        sides = [(at, iso) for at, iso in side_mentions(ctx.article.text, ctx.lang) if at < sentence.start]
        if sides and (not earlier or earlier[-1].start < sides[-1][0]):
            return _side_place(ctx, sentence, sides[-1][1])  # "du côté tchadien ... Les éléments ont attaqué"
        first = ctx.places[0] if ctx.places else None
        chosen = _latest_place(ctx.article.text, _off_bearing(ctx, earlier)) if earlier else first
        if earlier:  # "une opération près de Sebba, dans la province du Yagha. ... ont neutralisé"
            chosen = _more_specific(chosen, _same_sentence_before(ctx.article.text, chosen, earlier))
        if chosen is not None and _names_a_town(chosen) and _unknown_place_since(ctx, chosen, sentence):
            return _region_of(chosen)  # "... attaquée à Ngouboua": not the village told before
    if chosen is None:
        return (_shared_area(sentence, ctx.country) or filing_region(ctx, ctx.country)
                or country_place(ctx.country))
    if chosen.where_prec >= 6:
        finer = [p for p in own if p.country == chosen.country and p.where_prec < 6]
        if finer:
            return finer[0]
        if chosen.country != ctx.country and _located_abroad(ctx, chosen.country, own):
            return chosen  # "In Mali, the army said ..." in a report mostly about Niger
        if own and is_recalled(sentence.text, ctx.lang):
            return chosen  # an earlier incident told of a whole country, not at the town of today's
        return (_finer_place(ctx, chosen, sentence) or _shared_area(sentence, chosen.country)
                or filing_region(ctx, chosen.country) or chosen)
    return chosen


def _dateline_town_told(ctx: ArticleContext, sentence: Sentence, own: list[Place]) -> bool:
    """True when a sentence naming no town of its own places its event in "this city" (lexicon this_town):
    the dateline's town, where the report was filed."""
    filed = ctx.filed_at
    if filed is None or filed.where_prec > 3 or any(p.where_prec < 6 for p in own):
        return False
    pattern = lexicon_pattern(ctx.lang, "this_town")
    return pattern is not None and pattern.search(sentence.text) is not None


_AT_NAME = re.compile(r"(?<![\w-])(?:à|in|at|em)\s+([A-ZÀ-Ý][\w’'-]{3,})(?![\w’'-]|,?\s+[A-ZÀ-Ý])")


def _unknown_place_since(ctx: ArticleContext, place: Place, sentence: Sentence) -> bool:
    """True when a sentence after the one naming ``place``, up to ``sentence``, sets its incident at a name
    the gazetteer does not know (``_unknown_place_told``): the sentences since tell of that other place."""
    told_at = place.end if place.end is not None else sentence.start
    since = [s for s in ctx.sentences if s.start >= told_at and s.start <= sentence.start]
    return any(_unknown_place_told(ctx, s) for s in since)


def _unknown_place_told(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when the sentence tells violence at a one-word name that is no place of the gazetteer, no actor
    and no date ("une position de l'armée a été attaquée à Ngouboua", the village unknown; not "in Sitio
    Kura-Kura, Barangay Baiwas", named with its units): it happened elsewhere than at the town told before."""
    names = list(_AT_NAME.finditer(sentence.text))
    if not names or not has_violence_cue(sentence.text, ctx.lang):
        return False
    taken = [(p.start, p.end) for p in ctx.places if p.start is not None and p.end is not None]
    taken += [(a.start, a.end) for a in ctx.actors] + [(d.start, d.end) for d in ctx.dates]
    for m in names:
        start = sentence.start + m.start(1)
        if not any(a <= start < b for a, b in taken) and not _common_word(m.group(1), ctx):
            return True
    return False


def _names_a_town(place: Place) -> bool:
    """A town or village, known to the gazetteer or placed at its unit's point ("le village de X, dans la
    province du Lac"), not a unit."""
    unknown_village = place.geonameid is None and place.where_prec < 6 and place.name != place.admin1
    return place.where_prec <= 2 or unknown_village


def _common_word(word: str, ctx: ArticleContext) -> bool:
    """A capitalised common word, no name: a common word, month or weekday of the language's lexicon, a
    demonym ("in French"), or a word the article also writes in lower case ("in Parliament ... the
    parliament")."""
    lower = word.lower()
    if norm(word) in _stop_words(ctx.lang) or demonym_country(word):
        return True
    return re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", ctx.article.text) is not None


@cache
def _stop_words(lang: str) -> frozenset[str]:
    """The lexicon's common words of the language, its months and weekdays (normalised)."""
    return frozenset(norm(w) for w in lexicon_common_words(lang))


def _region_of(town: Place) -> Place:
    """The first-order unit of a town, at ACLED region precision (its point stays the town's)."""
    if not town.admin1:
        return town
    region = {"name": town.admin1, "admin2": None, "feature_code": "ADM1", "geonameid": None, "surface": ""}
    return replace(town, **region, geo_precision=3, where_prec=4, start=None, end=None)


def _own_places(ctx: ArticleContext, sentence: Sentence) -> list[Place]:
    """The places a sentence names, less where its wounded were taken (lexicon ``destination``: "évacués vers
    Gao", "evacuated to a hospital in Maiduguri") and the seat of the official who gives the news (lexicon
    ``source_seat``: "rendu public par le gouvernorat de Tillabéri")."""
    named = [
        p for p in ctx.places
        if p.start is not None and _in_sentence(p.start, p.end, sentence) and not _told_aside(ctx, p)
    ]
    return _off_home(ctx, _off_route(ctx, _off_ceremony(ctx, sentence, named)))


def _off_home(ctx: ArticleContext, places: list[Place]) -> list[Place]:
    """The places less a person's home town (lexicon ``home_of``: "a 40-year-old man from the central Mexican
    city of Toluca died of wounds received in the shooting" at Cancun); all of them when none is left."""
    home = lexicon_pattern(ctx.lang, "home_of", r"(?:{})$")
    if home is None or len(places) < 2:
        return places
    text = ctx.article.text
    kept = [p for p in places if p.start is None or not home.search(text[max(0, p.start - 70) : p.start])]
    return kept or places


def _told_aside(ctx: ArticleContext, place: Place) -> bool:
    """True for a place told as where the wounded were taken or as the seat of the official who speaks
    (lexicons ``destination``, ``source_seat``): no place of the incident, neither for the sentence naming it
    nor for the sentences after it ("... treated at the General Hospital in Funtua. The vigilantes engaged the
    attackers": not at Funtua)."""
    if place.start is None:
        return False
    text = ctx.article.text
    aside = [rx for key in ("destination", "source_seat")
             if (rx := lexicon_pattern(ctx.lang, key, r"\b(?:{})$")) is not None]
    return any(rx.search(text[max(0, place.start - 60) : place.start]) for rx in aside)


CEREMONY_GAP = 6  # characters between a ceremony's place and its day ("in Kaya on Wednesday", "mardi à Dori")


def _off_ceremony(ctx: ArticleContext, sentence: Sentence, places: list[Place]) -> list[Place]:
    """The places less the one told right beside a ceremony's, a verdict's or an apology's day ("Mourners in
    Kaya on Wednesday buried nine hunters killed in an attack on Saturday in Bourzanga", see
    ``told_with_proceeding``): that is where the mourners met, not where the deed was done. All of them when
    none is left."""
    text = ctx.article.text
    days = [d for d in find_date_expressions(text, ctx.published, ctx.lang, ctx.article.title)
            if _in_sentence(d.start, d.end, sentence) and told_with_proceeding(text, d, ctx.lang)]
    if not days:
        return places

    def beside(p: Place) -> bool:
        assert p.start is not None and p.end is not None
        return any(0 <= d.start - p.end <= CEREMONY_GAP or 0 <= p.start - d.end <= CEREMONY_GAP for d in days)

    return [p for p in places if not beside(p)] or places


COUNTRY_PREC = 6  # the where precision of a place that is only a country


def _off_route(ctx: ArticleContext, places: list[Place]) -> list[Place]:
    """The places that are no end of a journey the text tells (lexicon ``route``: "the convoy was travelling
    from Kidal to Gao and came under fire ... near Bourem") nor the place of an earlier deed a suspect is
    named by (lexicon ``reference``: "the suspected mastermind of the Kidal bombing was arrested in Gao") nor
    where a statement was made (lexicon ``statement_place``: "told journalists in Abuja that troops killed 19
    fighters in Damboa"), unless they all are, or all but the country ("na estrada que liga Kayes a Bamako, no
    oeste do Mali": the road's ends, not the whole country): then the first end of a road told by both, but
    never where goods or people were being carried (lexicon ``cargo_destination``: "trucks carrying goods to
    Bamako")."""
    asides = [rx for key in ("route", "reference", "statement_place")
              if (rx := lexicon_pattern(ctx.lang, key, r"\b(?:{})$"))]
    text = ctx.article.text
    off = [p for p in places
           if p.start is None or not any(rx.search(text[max(0, p.start - 90) : p.start]) for rx in asides)]
    if any(p.where_prec < COUNTRY_PREC for p in off):
        return off
    kept = [p for p in places if not _second_end(p, places)] or places
    cargo = lexicon_pattern(ctx.lang, "cargo_destination", r"\b(?:{})$")
    return [p for p in kept if cargo is None or p.start is None
            or not cargo.search(text[max(0, p.start - 90) : p.start])]


def _second_end(place: Place, places: list[Place]) -> bool:
    """True for a town named right after another town of the sentence, both told as a journey's or a road's
    ends ("reliant Kayes à Bamako"): the road is placed at its first end, as a hyphenated road is."""
    return place.start is not None and place.where_prec < COUNTRY_PREC and any(
        q is not place and q.start is not None and q.where_prec < COUNTRY_PREC
        and place.start - 60 <= q.start < place.start for q in places)


def _located_abroad(ctx: ArticleContext, country: str | None, own: list[Place]) -> bool:
    """True when the sentence names a country as where it happened ("In Mali, ...", "au Mali")."""
    return country is not None and any(
        p.country == country and is_located_in(ctx.article.text, p, ctx.lang) for p in own
    )


def filing_region(ctx: ArticleContext, country: str | None) -> Place | None:
    """For an article naming no place finer than its country: the first-order unit of its dateline
    town in that country (a local bureau files from the province it reports on), at admin1 precision."""
    filed = ctx.filed_at
    if filed is None or not filed.admin1 or filed.country != country:
        return None
    if any(p.where_prec < 6 and p.country == country for p in ctx.places):
        return None
    if _outside_the_part_told(ctx, filed, country):
        return None  # "COTONOU (Lusa) - ... no norte do Benim": a bureau in the south
    return _region_of(filed)


# the compass points of a part of a country, by its word in any language ("nordeste", "nord-est",
# "northeastern")
_PART_POINTS = {
    "N": ("norte", "nord", "north", "northern", "extremonorte", "extrêmenord"),
    "S": ("sul", "sud", "south", "southern"),
    "E": ("leste", "est", "east", "eastern"),
    "W": ("oeste", "ouest", "west", "western"),
    "NE": ("nordeste", "nordest", "northeast", "northeastern"),
    "NW": ("noroeste", "nordouest", "northwest", "northwestern"),
    "SE": ("sudeste", "sudest", "southeast", "southeastern"),
    "SW": ("sudoeste", "sudouest", "southwest", "southwestern"),
}


def _outside_the_part_told(ctx: ArticleContext, filed: Place, country: str) -> bool:
    """True when the text names a part of the country as the place ("no norte do Benim", "dans le nord du
    Bénin", "in northern Benin") and the dateline town lies on the other side of the country's centre."""
    part = lexicon_pattern(ctx.lang, "country_part")
    centre = country_place(country)
    if part is None or centre is None or filed.latitude is None or filed.longitude is None:
        return False
    text = ctx.article.text
    for p in ctx.places:
        if p.country != country or p.where_prec < 6 or p.start is None:
            continue
        m = part.search(text[max(0, p.start - 40) : p.start])
        told = (m.group("part") or m.groupdict().get("part2") or "") if m else ""
        word = re.sub(r"[\s-]", "", told.lower())
        points = next((k for k, words in _PART_POINTS.items() if word in words), "")
        lat, lon = filed.latitude - centre.latitude, filed.longitude - centre.longitude
        if ("N" in points and lat < 0) or ("S" in points and lat > 0) or ("E" in points and lon < 0) \
                or ("W" in points and lon > 0):
            return True
    return False


def _side_place(ctx: ArticleContext, sentence: Sentence, side: str) -> Place | None:
    """The place of a sentence that names a country's side ("du côté tchadien", "chez le voisin
    nigérien"): the article's nearest finer place in that country, else the country."""
    inside = [p for p in ctx.places if p.country == side and p.where_prec < 6 and p.start is not None]
    before = [p for p in inside if p.start <= sentence.end]
    if before:
        return before[-1]
    return inside[0] if inside else (_shared_area(sentence, side) or country_place(side))


def _shared_area(sentence: Sentence, country: str | None) -> Place | None:
    """The country's unit on an area several countries share that the sentence names ("du côté tchadien du
    lac Tchad": Lac province), for a sentence placed only by its country (``geo.areas``)."""
    unit = shared_area_unit(sentence.text, country)
    if unit is None or unit.start is None or unit.end is None:
        return unit
    return replace(unit, start=sentence.start + unit.start, end=sentence.start + unit.end)


def _same_sentence_before(text: str, place: Place, places: list[Place]) -> list[Place]:
    """The places named before ``place`` in its own sentence."""
    return [p for p in places if p is not place and p.end is not None and place.start is not None
            and p.end <= place.start and not re.search(r"[.!?]\s", text[p.end : place.start])]


def _more_specific(chosen: Place | None, candidates: list[Place]) -> Place | None:
    """Prefer a town inside the chosen place's region when the chosen one is named like the region
    ("west of Nawa city in the countryside of Daraa": Nawa, not Daraa), else a district inside it ("in
    Kagara, Rafi Local Government Area" told by "the Niger State Police Command": Rafi, not Niger State), or
    a town inside the province or department chosen ("Le chef coutumier de Barani, dans la province de la
    Kossi, a été enlevé": Barani)."""
    if chosen is None:
        return chosen
    if chosen.admin1 and _fold(chosen.name) == _fold(chosen.admin1):
        level, finest = "admin1", 3
    elif chosen.admin2 and chosen.where_prec >= 3 and unit_stem(chosen.name) == unit_stem(chosen.admin2):
        level, finest = "admin2", 2
    else:
        return chosen
    inside = [
        p
        for p in candidates
        if getattr(p, level) == getattr(chosen, level) and p.where_prec <= finest
        and _fold(p.name) != _fold(chosen.name)
    ]
    return next((p for p in inside if p.where_prec <= 2), inside[0] if inside else chosen)


def _fold(name: str | None) -> str:
    """A name without accents, case or punctuation, for comparing spellings of one place."""
    decomposed = unicodedata.normalize("NFKD", name or "")
    return "".join(c for c in decomposed if c.isalnum()).lower()


def _off_bearing(ctx: ArticleContext, earlier: list[Place]) -> list[Place]:
    """The places named before a sentence, less a last one told only as the landmark the place before it lies
    off ("près de Narena, au sud-ouest de Bamako", "near Narena, 80 km southwest of Bamako"; lexicon
    ``bearing_before``): the sentences that follow go on about the place, not the landmark."""
    rx = lexicon_pattern(ctx.lang, "bearing_before", r"(?:{})\s*$")
    text = ctx.article.text
    if rx is None or len(earlier) < 2:
        return earlier
    last, before = earlier[-1], earlier[-2]
    if last.start is None or before.end is None or re.search(r"[.!?;]", text[before.end : last.start]):
        return earlier
    if (before.feature_code or "").startswith("ADM") and not (last.feature_code or "").startswith("ADM"):
        return earlier  # "dans la région de Tillabéri, à 10 km de Bankilaré": a town, off no other town
    return earlier[:-1] if rx.search(text[max(0, last.start - 50) : last.start]) else earlier


def _latest_place(text: str, earlier: list[Place]) -> Place:
    """The last place named before a sentence, or the town its phrase placed in it ("à Karimama, dans le nord
    du Bénin", "in Ngouboua, in Chad's Lac province": Karimama, Ngouboua, not the country or province)."""
    last = earlier[-1]
    for place in reversed(earlier[:-1]):
        if place.end is None or last.start is None or re.search(r"[.!?;]", text[place.end : last.start]):
            break
        inside = place.country == last.country and (last.where_prec >= 6 or place.admin1 == last.admin1)
        unknown_town = place.geonameid is None and last.geonameid is not None and place.name != last.name
        # "la commune de Djibasso (province de la Kossi)": a town named as its commune, then its unit
        town_in_unit = (not (place.feature_code or "").startswith("ADM")
                        and (last.feature_code or "").startswith("ADM")
                        and last.admin2 is not None and place.admin2 == last.admin2)
        finer = place.where_prec < last.where_prec or place.where_prec == last.where_prec and (
            unknown_town or town_in_unit)
        if inside and finer:
            return place
    return last


def _finer_place(ctx: ArticleContext, country: Place, sentence: Sentence) -> Place | None:
    """For a bare country: a finer place of the article's own country (a foreign country named in the
    sentence, "Turkish forces shelled...", is rarely where it happened), nearest before the sentence."""
    home = ctx.country or country.country
    inside = [p for p in ctx.places if p.country == home and p.where_prec < 6 and p.start is not None
              and not _told_aside(ctx, p)]  # not a pipeline's far end ("linking Niger's Agadem field to ...")
    inside = _off_route(ctx, inside)
    if not inside and home != country.country:
        return country_place(home)
    before = [p for p in inside if p.start <= sentence.start]
    if before:
        return before[-1]
    return inside[0] if inside else None


def _trigger_span(sentence: Sentence, lang: str = "en") -> tuple[int, int]:
    """The span of the first conflict cue in the sentence (the whole sentence when none), past an
    organisation's own work told with a cue word ("an aid group said it was suspending its operations in
    Niger's Diffa region after two staff were killed near Toumour"; lexicon ``work_not_cue``)."""
    spans = cue_spans(sentence.text, lang)
    work = lexicon_pattern(lang, "work_not_cue")
    if work is not None and spans:
        told = [m.span() for m in work.finditer(sentence.text)]
        spans = [sp for sp in spans if not any(a <= sp[0] < b for a, b in told)] or spans
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
        items.extend(  # a day told as the correction of another ("dimanche, et non samedi") says so
            Evidence("date:corrected" if corrects_date(text, d, ctx.published, ctx.lang) else "date", d.start,
                     d.end, d.surface) for d in ctx.dates if d.surface == draft.date.surface
        )
    if draft.place and draft.place.start is not None:
        items.append(
            Evidence("place", draft.place.start, draft.place.end, text[draft.place.start : draft.place.end])
        )
    elif draft.place and draft.place.surface and draft.place.surface in (ctx.article.title or ""):
        items.append(Evidence("place:headline", 0, 0, draft.place.surface))  # no span: not in the text
    items.extend(
        Evidence(f"actor:{a.group}", a.start, a.end, text[a.start : a.end]) for a in draft.found_actors
    )
    return items


def consolidate(drafts: list[Draft], config: ExtractionConfig) -> list[list[Draft]]:
    """Group the sentences that report the same incident.

    Sentences with their own dates join a group of the same day (± ``consolidate_days``) and a
    compatible place. A sentence without a date of its own belongs to the article's current
    incident: the first group dated near publication, or a group of other undated sentences;
    it never joins an incident recalled from the past, unless that is the only one told so far. Among the
    groups it could join, a sentence joins the latest (the incident the article is telling at that point).
    """
    groups: list[list[Draft]] = []
    for draft in drafts:
        target = next((g for g in reversed(groups) if _joins(g, draft, config, lone=len(groups) == 1)), None)
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
SURE_MEANS = 0.8  # a means the classifier is sure of
CONFIDENT_MEANS = 0.35  # a weak guess of the means ("Bilan : six tués" as an IED) does not split an incident


def _types_compatible(a: Prediction, b: Prediction) -> bool:
    """Sentences of one incident may be typed differently (clash / attack), but not by different
    means of remote violence (an IED and an air strike, both confident), nor as unrest and as armed
    violence."""
    confident = min(a.probability, b.probability) >= CONFIDENT_MEANS
    if a.sub_event_type in REMOTE_MEANS and b.sub_event_type in REMOTE_MEANS and confident:
        return a.sub_event_type == b.sub_event_type
    return (a.event_type in UNREST) == (b.event_type in UNREST) or "Strategic developments" in (
        a.event_type,
        b.event_type,
    )


def _joins(group: list[Draft], draft: Draft, config: ExtractionConfig, lone: bool = False) -> bool:
    """True when the draft tells the group's incident; an undated sentence goes on about the article's
    ``lone`` incident so far even when it was weeks before ("JNIM killed 30 soldiers around Djibo in late
    March ... The attackers also looted shops")."""
    if draft.recalled or draft.fresh or any(d.recalled for d in group):
        return False
    group_day = _group_date(group)
    if draft.pursuit and group_day is not None and _days_apart(group_day, draft.date) >= 1:
        return False  # the pursuit of the attackers on another day: a fight of its own (ACLED, UCDP)
    typed = [d for d in group if not d.crowdless] or group  # a crowdless sentence joined has no type either
    if not (draft.crowdless or draft.sequel or _only_recounts(draft)) and not all(
            _types_compatible(d.prediction, draft.prediction) for d in typed):
        return False  # mob violence naming no crowd, date nor place goes on about the fight before; the
        # wounded dying or bodies found since, or another source's count of the dead, have no type of their
        # own
    own_places = [d.place for d in group if d.place_from_text]
    placed_by_context = not draft.place_from_text
    group_date = _group_date(group)
    told_near = not draft.date_from_text or group_date is None or _days_apart(group_date, draft.date) <= 1
    # the wounded dying since may be told at the hospital's town, days after the incident
    revises_toll = (updates_toll(draft) and told_near) or (
        draft.sequel and (told_near or (group_date is not None and _updated_later(group_date, draft))))
    if (
        own_places
        and not revises_toll
        and not _places_compatible(own_places[0], draft.place, same_country_only=placed_by_context)
    ):
        return False
    if not revises_toll and (_other_town_toll(group, draft) or _other_town_group(group, draft)
                             or _civilians_killed_elsewhere(group, draft)):
        return False
    if group_date is not None and draft.date_from_text and _updated_later(group_date, draft):
        return True  # "le bilan s'est alourdi mardi à dix morts": the day of the update, after the incident
    if group_date is not None and draft.date_from_text and _buried_later(group_date, draft):
        return True  # "We buried 16 people on Friday": the day of the burial, after the incident
    if not draft.date_from_text:
        return group_date is None or _is_current(group_date, draft.date) or (
            lone and (_days_apart(group_date, draft.date) <= LATE_REPORT_DAYS
                      or _counts_right_after(group, draft))
        )
    if group_date is None:
        if group[0].date.event_date is None:  # no publication day: only a day told joins an undated incident
            return not _opens_with_date(draft) and draft.date.date_prec == 1
        return (not _opens_with_date(draft) or _day_before_statement(group, draft)) and _is_current(
            draft.date, group[0].date)
    rough = draft.rough_day or any(d.rough_day for d in group)
    return (_days_apart(group_date, draft.date) <= config.consolidate_days
            or (rough and _days_apart(group_date, draft.date) <= ROUGH_DAY_SLACK)
            or _day_of_told_period(group, draft)
            or (_day_of_told_night(group_date, draft) and not _other_day_told(group, draft)))


# days a date counted in weeks back may be off ("abducted two weeks ago" ... "stormed the village on June 21")
ROUGH_DAY_SLACK = 3


def _rough_range(event_date: EventDate) -> EventDate:
    """A day counted in weeks back keeps its day, told to the week (ACLED time precision 2, UCDP date_prec 2),
    so that reports compare it as a rough day: "pupils abducted three weeks ago" in a release story is the
    abduction another report dates three days earlier, not a second one (merge.features: no precise day)."""
    if not event_date.event_date:
        return event_date
    return replace(event_date, time_precision=2, date_prec=2)


def _weeks_back(ctx: ArticleContext, event_date: EventDate) -> bool:
    """True for a day told as a count of weeks back ("who were abducted two weeks ago", "há duas semanas";
    lexicon ``dates.weeks_ago``): a rough day, which joins the incident the report dates a day or two
    apart ("The bandits had stormed the village on June 21")."""
    rule = (load_lexicon(ctx.lang).get("dates") or {}).get("weeks_ago")
    return bool(rule) and re.fullmatch(rule, event_date.surface.strip(), re.I) is not None


def _only_recounts(draft: Draft) -> bool:
    """True for a sentence whose only dead are another source's count of the same dead ("Le gouvernement parle
    de deux morts"): the incident told before, counted again, no incident of its own; not more dead told
    ("another source also disclosed that one person died")."""
    killed = [c for c in draft.casualties if c.kind == "killed"]
    return bool(killed) and all(c.alternative for c in killed) and ALSO.search(draft.sentence.text) is None


def _other_day_told(group: list[Draft], draft: Draft) -> bool:
    """True when the group already tells, with its dead, another single day of the night or weekend it was
    told in, and the sentence tells its own dead on its own day ("Des violences ont fait dix morts ce
    week-end ... Samedi, des éleveurs ont tué sept villageois ... Le lendemain, des jeunes ont tué trois
    éleveurs"): the span's days told one by one are two incidents."""
    if draft.date.date_prec != 1 or not _killed_groups(draft):
        return False
    return any(d.date_from_text and d.date.date_prec == 1 and d.date.date_start == d.date.date_end
               and d.date.event_date != draft.date.event_date and _killed_groups(d) for d in group)


STATEMENT_LAG_DAYS = 7  # the day of a deed a statement tells, at most a week before it


def _day_before_statement(group: list[Draft], draft: Draft) -> bool:
    """True when the group's incident is dated only by the day of the statement that tells it ("Mali's army
    said on Monday it had repelled an attack on its camp at Boulkessi") and the sentence, opening with a day
    up to a week before, tells the same town ("On Saturday at dawn, terrorists attacked the camp of
    Boulkessi"): that is the incident's own day, not another episode."""
    lead = group[0]
    said, day = lead.date.event_date, draft.date.event_date
    if lead.date_from_text or lead.date.date_prec != 1 or draft.date.date_prec != 1 or not (said and day):
        return False
    if not 0 <= (date.fromisoformat(said) - date.fromisoformat(day)).days <= STATEMENT_LAG_DAYS:
        return False
    if not draft.place_from_text:
        # no town of its own ("Na madrugada de terça-feira, homens armados atacaram o posto"): the town the
        # statement named, when the statement itself counts no dead (a claim or an announcement)
        return not any(_killed_groups(d) for d in group) and any(
            d.place_from_text and d.place and d.place.where_prec <= 2 for d in group)
    if not (draft.place and draft.place.where_prec <= 2):
        return False
    return any(d.place_from_text and d.place and d.place.name == draft.place.name for d in group)


def _counts_right_after(group: list[Draft], draft: Draft) -> bool:
    """True for a sentence with no date nor place of its own that puts a toll ("Local sources put the toll at
    160"), told right after a sentence of the article's only incident: it counts that incident, however long
    ago it was (an anniversary recalling a massacre), rather than one of its own on the publication day."""
    gap = draft.sentence.start - group[-1].sentence.end
    return not draft.place_from_text and TOLL_WORD.search(draft.sentence.text) is not None and 0 <= gap <= 2


WEEK_PREC = 3  # UCDP date_prec of a week (a month is 4); "in the past 48 hours" is no such period


def _day_of_told_period(group: list[Draft], draft: Draft) -> bool:
    """True when the sentence gives the day of the group's incident, told so far only by its week or month,
    at the same town ("ISWAP attacked Mafa last month ... The insurgents stormed Mafa on August 12"), or a
    party's claim of it naming no town of its own ("... an attack near Tillia last week ... The claim said
    the group's fighters had killed dozens", its day the one told right before)."""
    told = next((d for d in group if d.date_from_text), None)
    if told is None or told.date.date_prec < WEEK_PREC or draft.date.date_prec != 1:
        return False
    if _INITIAL_TOLL.search(draft.sentence.text) and _places_compatible(told.place, draft.place):
        # the incident's day told with its first toll after the update that opened the report ("The death toll
        # from an attack ... last week has risen to 25 ... Gunmen stormed the village on Friday, killing 18
        # people according to an initial toll"): one incident, whatever the place's precision
        start, end, day = told.date.date_start, told.date.date_end, draft.date.event_date
        return bool(start and end and day and start <= day <= end)
    if not (told.place_from_text and told.place and draft.place):
        return False
    # a day and toll of its own told with no place: another deed ("Son corps ... découvert samedi"); with no
    # toll, the town's ("na semana passada em Diafarabé ... chegaram na terça-feira"); a claim naming no town
    # ("The claim said ...") claims the incident told before
    own_day = bool(draft.date.surface) and draft.date.surface.lower() in draft.sentence.text.lower()
    claim = CLAIM.search(draft.sentence.text) is not None
    if not draft.place_from_text and _killed_groups(draft) and (own_day or told.date.date_prec != WEEK_PREC) \
            and not claim:
        return False
    if told.place.where_prec > 2 or told.place.name != draft.place.name:
        return False
    start, end, day = told.date.date_start, told.date.date_end, draft.date.event_date
    return bool(start and end and day and start <= day <= end)


def _day_of_told_night(group_date: EventDate, draft: Draft, weekend: bool = True) -> bool:
    """True when the sentence's day is one of the two of the night (or weekend) the group's incident was told
    in ("dans la nuit de dimanche à lundi ... Le ministère fait état lundi de quatorze militaires tués",
    "clashed over the weekend ... The fighting began on Saturday"); a night only without ``weekend``."""
    start, end, day = group_date.date_start, group_date.date_end, draft.date.event_date
    if not (start and end and day) or draft.date.date_prec != 1 or start == end:
        return False
    if not (_is_night(group_date) or (weekend and _WEEKEND.search(group_date.surface or ""))):
        return False
    return (date.fromisoformat(end) - date.fromisoformat(start)).days == 1 and start <= day <= end


_NIGHT = re.compile(r"\b(?:nuit|night|noite|overnight)\b", re.I)
_WEEKEND = re.compile(r"\b(?:week-?end|fin de semaine|fim de semana|fim-de-semana)\b", re.I)


def _is_night(told: EventDate) -> bool:
    """True for a date told as a night, which spans two days ("la nuit de dimanche à lundi")."""
    return _NIGHT.search(told.surface or "") is not None


def _opens_with_date(draft: Draft) -> bool:
    """True when the sentence opens with its date ("On December 16, ..."): a new episode, not the
    date of the undated incident told before."""
    surface = (draft.date.surface or "").lower()
    return bool(surface) and 0 <= draft.sentence.text.lower().find(surface) <= 4


def _other_town_toll(group: list[Draft], draft: Draft) -> bool:
    """True when the sentence names its own town and its own death toll, both unlike the group's
    ("5 tués à Toumour ... l'attaque de Bosso, dans laquelle 32 soldats ont été tués"); a count the report
    has since revised ("the toll, first put at ten, rose after one of the injured died in Sevare") is none."""
    if not draft.place_from_text or draft.place is None or draft.place.where_prec > 2:
        return False
    tolls = {c.low for c in draft.casualties if c.kind == "killed" and not c.elsewhere}
    for d in group:
        towns = d.place_from_text and d.place is not None and d.place.where_prec <= 2
        own = {c.low for c in d.casualties if c.kind == "killed" and not c.elsewhere}
        if towns and own and tolls and d.place.name != draft.place.name and not own & tolls:
            return True
    return False


ARMED_SIDES = {"security", "militants"}


def _killed_groups(draft: Draft) -> set[str]:
    """Whose dead the sentence counts (civilians, security, militants, unknown)."""
    return {c.group for c in draft.casualties if c.kind == "killed" and not c.elsewhere}


def _civilians_killed_elsewhere(group: list[Draft], draft: Draft) -> bool:
    """True when the sentence counts civilians killed at a town or district of its own, while the group,
    placed at no town, counts only armed men ("Five police officers were killed on Sunday in another attack in
    the north ... two women and a baby were killed on Sunday when their cart hit a mine in Ouindigui"):
    another incident, with other victims at another place, as ACLED codes it."""
    if not draft.place_from_text or draft.place is None or draft.place.where_prec > 3:
        return False
    if _killed_groups(draft) != {"civilians"}:
        return False
    if any(d.place_from_text and d.place is not None and d.place.where_prec <= 3 for d in group):
        return False
    told = set().union(*(_killed_groups(d) for d in group))
    return bool(told) and told <= ARMED_SIDES


def _groups_told(draft: Draft) -> set[str]:
    """The named armed groups the sentence tells (not unnamed gunmen, forces or civilians)."""
    return {f.actor.name for f in draft.found_actors
            if f.group == "militants" and not is_unidentified(f.actor)}


def _other_town_group(group: list[Draft], draft: Draft) -> bool:
    """True when the sentence names its own town and its own armed group, both unlike the group's ("Boko
    Haram fighters stormed Kirawa ... Hours later, ISWAP militants fired mortars at a base in Marte"):
    another group's deed elsewhere, not more of the incident told."""
    if not draft.place_from_text or draft.place is None or draft.place.where_prec > 2:
        return False
    groups = _groups_told(draft)
    if not groups:
        return False
    for d in group:
        towns = d.place_from_text and d.place is not None and d.place.where_prec <= 2
        own = _groups_told(d)
        if towns and own and d.place.name != draft.place.name and not own & groups:
            return True
    return False


LATE_REPORT_DAYS = 45  # an incident reported this late is still the one an article goes on about
UPDATE_DAYS = 14  # a toll revised this long after the incident it counts


def _updated_later(group_date: EventDate, draft: Draft) -> bool:
    """True when the sentence updates a toll or tells the wounded dying since, dated after its incident,
    within ``UPDATE_DAYS``."""
    if not (updates_toll(draft) or draft.sequel) or not group_date.event_date or not draft.date.event_date:
        return False
    days = (date.fromisoformat(draft.date.event_date) - date.fromisoformat(group_date.event_date)).days
    return 0 < days <= UPDATE_DAYS


BURIAL_DAYS = 3  # the dead of an incident buried this long after it


def _buried_later(group_date: EventDate, draft: Draft) -> bool:
    """True when the sentence counts the dead buried (lexicon ``burial``) a day or a few after the group's
    incident: its day is the burial's, its dead the incident's."""
    if not draft.burial or not group_date.event_date or not draft.date.event_date:
        return False
    days = (date.fromisoformat(draft.date.event_date) - date.fromisoformat(group_date.event_date)).days
    return 0 < days <= BURIAL_DAYS


def _days_apart(a: EventDate, b: EventDate) -> int:
    if not a.event_date or not b.event_date:
        return 0
    return abs((date.fromisoformat(a.event_date) - date.fromisoformat(b.event_date)).days)


def _is_current(dated: EventDate, undated: EventDate) -> bool:
    """True when a text date lies within a week of the fallback (publication) date."""
    return _days_apart(dated, undated) <= 7


def _places_compatible(a: Place | None, b: Place | None, same_country_only: bool = False) -> bool:
    """Places of one incident: same country and admin1; a sentence placed only by the article's
    context (``same_country_only``) just may not be in another country than the incident."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    return same_country_only or not (a.admin1 and b.admin1 and a.admin1 != b.admin1)


def _arrested_helpers(ctx: ArticleContext, lead: Draft, found: list[FoundActor]) -> bool:
    """True when the arrest's sentence names an armed group only as whom those arrested helped ("troops
    arrested 14 suspected JNIM collaborators", "suspeitos de colaborarem com o Boko Haram"), none as the
    group of those arrested ("six Boko Haram fighters"): ACLED's actor2 is the civilians."""
    told = [f for f in found if f.group == "militants" and _in_sentence(f.start, f.end, lead.sentence)]
    helped = [f for f in told if is_pretext(ctx.article.text, f, ctx.lang)]
    return bool(helped) and len(helped) == len(told)


def _as_nationals_told(text: str, found: list[FoundActor]) -> list[FoundActor]:
    """Civilians named again by their noun alone after a demonym told them foreign ("four Mauritanian herders
    were killed in Malian territory ... the herders were arrested on Wednesday") are those foreigners, not the
    country's own civilians."""
    foreign = [f for f in found if f.group == "civilians" and not f.homed]
    if len({f.actor.name for f in foreign}) != 1:
        return found
    nouns = {_head_noun(text, f) for f in foreign}
    return [replace(f, actor=foreign[0].actor, homed=False)
            if f.group == "civilians" and f.homed and _head_noun(text, f) in nouns else f for f in found]


def _head_noun(text: str, found: FoundActor) -> str:
    """The noun an actor's mention ends on, past a demonym told alone ("Mauritanian herders": herders)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[found.start : found.end])
    if len(words) == 1 and found.surface[:1].isupper():
        following = re.match(r"\s+([^\W\d_][\w'’-]*)", text[found.end : found.end + 30])
        words += [following.group(1)] if following else []
    return words[-1].lower() if words else ""


def finish_mention(ctx: ArticleContext, group: list[Draft]) -> Mention:
    """One mention from the sentences that report one incident."""
    backdrops = _backdrops(group)
    lead = max(group, key=lambda d: _draft_weight(d, backdrops))
    casualties = incident_casualties(group, ctx.lang, ctx.article.text)
    fatalities = summarise_fatalities(casualties)
    told = lead.place if lead.place_from_text else next((d.place for d in group if d.place_from_text), None)
    place = _finer_in_group(_off_road_end(ctx, told or lead.place), group, ctx)
    event_date = _incident_date(ctx, group, lead, place)
    parts = _told_parts(group, backdrops)
    told = _as_nationals_told(ctx.article.text, [a for d in parts for a in d.found_actors])
    own = _dedupe_actors(told, lambda f: role_told(ctx.article.text, f, ctx.lang), _as_source(ctx, told))
    repeated = _named_again_in_sentence(ctx.article.text, parts)
    abroad = _told_abroad(ctx, group, place)
    found = own or _context_actors(ctx, lead, abroad)
    found = found + _group_named_again(ctx, group, found)
    found = _generic_named_before(ctx, group, found)
    if not any(f.group == "militants" for f in found):
        found = found + _abductors_of_the_found(ctx, lead)
    # another count of the same dead adds no side to them ("the army said it had neutralised 50 terrorists")
    dead = [c for c in casualties if c.kind == "killed" and c.low > 0]
    victims = {c.group for c in dead if not c.alternative} or {c.group for c in dead}
    typed_draft = _typed_draft(group, lead, ctx.lang)
    means = _told_means(typed_draft, group)
    event_type, sub_type = _lynching(ctx, typed_draft, violent_type(*means, victims))
    event_type, sub_type = _agreement_ended(ctx, typed_draft, (event_type, sub_type))
    # the people taken count as victims too: the police who told an abduction did not abduct them
    taken = victims | {c.group for c in casualties if c.kind == "abducted" and c.low > 0}
    parties = role_players(ctx.article.text, found, taken, ctx.lang)  # not the police who told the toll
    event_type, sub_type = clash_type(event_type, sub_type, parties, victims)
    if event_type in UNREST:
        found = _unrest_parties(group)  # the police or soldiers of another sentence did not face the crowd
    defaults = _defaults(ctx, place, event_date)
    day = _event_day(ctx, event_date)
    found = [_redated(_rehomed(f, place, day), ctx.published, day) for f in found]
    players = role_players(ctx.article.text, found, taken, ctx.lang)
    players = attackers_first(ctx.article.text, players, ctx.lang, repeated)
    attacked = sub_type in ("Attack", "Armed clash") and forces_attacked(
        ctx.article.text, players, ctx.lang, repeated)  # "un convoi escorté par l'armée a été attaqué"
    if attacked and "civilians" in victims and not victims & {"security", "militants"}:
        # its drivers died: the attackers killed them, not the escort
        players, attacked = [p for p in players if p.group != "security"], False
    elif attacked:  # the escort fought
        event_type, sub_type = "Battles", "Armed clash"
    if sub_type == "Non-violent transfer of territory":
        players = _takers_first(group, players, ctx)
    first_dead = next((c.group for c in casualties if c.kind == "killed" and c.low > 0
                       and c.group in ("security", "militants")), None)
    allies = allies_beside_the_forces(ctx.article.text, players, ctx.lang)  # associated, never opponents
    sides = [p for p in players if p not in allies]
    hurt = any(c.group == "civilians" and c.low > 0 and c.kind in ("killed", "wounded", "abducted")
               for c in casualties)
    actor1, actor2 = assign_roles(event_type, sub_type, sides, victims, defaults, first_dead,
                                  group_told_attacking(ctx.article.text, sides, ctx.lang), hurt)
    if attacked and actor1 is not None and actor1.inter == 1 and actor2 is not None:
        actor1, actor2 = actor2, actor1  # the forces were the object of the attack
    flyer = drone_flyer(ctx.article.text, sides, ctx.lang) if sub_type == AIR_STRIKE else None
    if flyer is not None and actor1 is not None and actor1.inter in STATE_SIDE:
        # "drones armados do ISWAP" struck a base: the group flew them, the forces (or civilians) were hit
        hit_civilians = "civilians" in victims and not victims & {"security", "militants"}
        actor1, actor2 = flyer.actor, (defaults.civilians if hit_civilians else actor1)
    # the dead of no side told beside them ("les corps de 18 hommes") are those civilians
    killer = _civilians_killer(ctx, group, sides) if victims - {"unknown"} == {"civilians"} else None
    if killer is not None and sub_type in ("Attack", "Armed clash"):  # "Soldiers killed 12 civilians"
        event_type, sub_type = "Violence against civilians", "Attack"
        # ACLED: a government's forces lead the foreign forces beside them ("soldiers and Africa Corps
        # fighters executed 11 men")
        forces = killer.group == "external" and next((f for f in sides if f.group == "security"), None)
        actor1 = (forces or killer).actor
        actor2 = next((f.actor for f in sides if f.group == "civilians"), defaults.civilians)
    actor2 = _unarmed_target(ctx, group, event_type, actor2, victims, defaults, day, abroad)
    actor2 = _people_the_forces_killed(ctx, group, event_type, actor1, actor2, victims, defaults)
    arrested = {c.group for c in casualties if c.kind == "arrested" and c.low > 0}
    actor2 = arrested_forces(sub_type, actor1, actor2, players, arrested)
    unnamed = actor2 is None and actor1 is not None  # "trois individus ont été interpellés"
    if sub_type == "Arrests" and (unnamed or _arrested_helpers(ctx, lead, found)):
        actor2 = defaults.civilians  # "arrested 14 suspected JNIM collaborators": ACLED's civilians, not JNIM
    # armed herders who attacked a village and killed no armed man: a militia's attack, not a clash between
    # communities ("... killed when armed herders attacked a farming village, in the latest flare-up of
    # violence between herders and farmers")
    one_sided = not victims & {"militants", "security"} and _communal_attackers(ctx, group)
    communal = None if one_sided else _communal_clash(ctx, group, event_type, players, defaults)
    if communal is not None:  # the farmers and herders named are the militias' communities, no third party
        (event_type, sub_type), (actor1, actor2) = ("Battles", "Armed clash"), communal
        players = [p for p in players if p.actor.inter != CIVILIANS_INTER]
    elif _villagers_fought(ctx, group, sub_type, victims):  # the villagers who fought back are a militia
        event_type, sub_type = "Battles", "Armed clash"
        if actor1 is None or actor1.inter == CIVILIANS_INTER:
            actor1 = defaults.armed_group
        actor2 = actor_lex.communal_militia(defaults.civilians.country)
        players = [p for p in players if p.actor.inter != CIVILIANS_INTER]
    elif actor1 == defaults.armed_group and _communal_attackers(ctx, group):  # "des éleveurs armés ont ..."
        actor1 = actor_lex.communal_militia(defaults.civilians.country)
    elif one_sided and (actor1 is None or actor1.inter == CIVILIANS_INTER) and sub_type == "Mob violence":
        # "armed herders attacked a farming village": not a mob, the herders' militia on the villagers
        event_type, sub_type = "Violence against civilians", "Attack"
        actor1, actor2 = actor_lex.communal_militia(defaults.civilians.country), defaults.civilians
    actor1, actor2, suspicion = attribute_suspect(actor1, actor2, ctx.actors)
    actor1, actor2 = (_claimed_next(ctx, _claimed_by(ctx, a, day, group), lead) for a in (actor1, actor2))
    event_type, sub_type = civilians_are_no_battle(event_type, sub_type, (actor1, actor2))
    left = lexicon_pattern(ctx.lang, "ground_left")
    if sub_type == "Non-state actor overtakes territory" and left is not None and any(
            left.search(d.sentence.text) for d in group):
        sub_type = "Armed clash"  # a base overrun and left ("... before leaving"): no ground held (ACLED)
    if sub_type in TAKEN_BY_FORCE and _capture_only_sought(ctx, group):
        sub_type = "Armed clash"  # "launched an offensive aiming to capture Boni": ground sought, not held
    assoc1, assoc2 = associated_actors(actor1, actor2, players, victims)
    evidence = [e for d in group for e in d.evidence] + suspicion + _claim_before(ctx, group[0])
    return Mention(
        article_id=ctx.article.id,
        sentence_start=lead.sentence.start,
        sentence_end=lead.sentence.end,
        event_type=event_type,
        sub_event_type=sub_type,
        disorder_type=disorder_type(event_type, sub_type),
        civilian_targeting=_civilians_targeted(event_type, sub_type, victims)
        or _remote_on_civilians(event_type, actor2),
        type_of_violence=actor_lex.ucdp_type_of_violence(actor1, actor2) if is_violent(event_type) else None,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=assoc1,
        assoc_actor_2=assoc2,
        interaction=actor_lex.interaction_code(actor1, actor2) if actor1 else None,
        fatalities=fatalities,
        date=event_date,
        place=place,
        evidence=evidence,
        confidence=_confidence(lead, place, event_date),
        language=ctx.lang,
    )


TAKEN_BY_FORCE = frozenset({"Non-state actor overtakes territory", REGAINED})
_CAPTURE_CUES = frozenset({"cue:capture", "cue:government_captures", "cue:militants_capture"})


def _capture_only_sought(ctx: ArticleContext, group: list[Draft]) -> bool:
    """True when the incident's sentences tell ground taken only as the aim of the attack ("in an attempt to
    seize the town", "une offensive pour prendre le contrôle de", "na tentativa de tomar"): no capture cue
    fires once the aims are left out (lexicon ``capture_sought``)."""
    rx = lexicon_pattern(ctx.lang, "capture_sought")
    if rx is None or not any(rx.search(d.sentence.text) for d in group):
        return False
    fired = _classifier().model.cues.fired
    return not any(_CAPTURE_CUES & set(fired(rx.sub(" ", d.sentence.text))) for d in group)


def _civilians_killer(ctx: ArticleContext, group: list[Draft], sides: list[FoundActor]) -> FoundActor | None:
    """The armed actor the incident's sentences tell killing its civilian dead (roles.civilians_killer)."""
    killed = [(d.sentence.start + c.start, d.sentence.start + c.end, c.number_start > c.start)
              for d in group for c in d.casualties
              if c.kind == "killed" and c.group == "civilians" and c.low > 0 and not c.negated]
    return civilians_killer(ctx.article.text, sides, killed, ctx.lang) if killed else None


def _takers_first(group: list[Draft], players: list[FoundActor], ctx: ArticleContext) -> list[FoundActor]:
    """Of a territory handed over without a fight, the side its own sentence tells took it ("les FAMa se sont
    retirés du camp ... les combattants du JNIM en ont pris possession") is actor 1, as ACLED codes the actor
    gaining control, whoever the report names first: a sentence telling a side took control (lexicon
    ``took_control``: "... sont entrés dans le camp et en ont pris le contrôle"), whatever its type, or one of
    another territorial type; not when the handover's own sentence names a non-state group (it took the
    place: "un bastion des rebelles depuis le départ de l'ONU"). With no such sentence, the side the place is
    handed to (lexicon ``handover_recipient``: "entregaram ao exército nigerino a base")."""
    handover = [f for d in group if d.prediction.sub_event_type == "Non-violent transfer of territory"
                for f in d.found_actors]
    took = lexicon_pattern(ctx.lang, "took_control")
    named = {f.actor.name for f in players}  # not the residents who told it ("selon des habitants")
    telling = named & {f.actor.name for d in group if took is not None and took.search(d.sentence.text)
                       for f in d.found_actors}
    if telling and telling < named:
        return [f for f in players if f.actor.name in telling] + [f for f in players
                                                                   if f.actor.name not in telling]
    if any(f.group == "militants" for f in handover):
        return players
    takers = {f.actor.name for d in group if d.prediction.sub_event_type in TERRITORIAL - {
        "Non-violent transfer of territory"} for f in d.found_actors}
    recipient = lexicon_pattern(ctx.lang, "handover_recipient", r"(?:{})$")
    if not takers and recipient is not None:
        text = ctx.article.text
        takers = {f.actor.name for f in handover if recipient.search(text[max(0, f.start - 40) : f.start])}
    return [f for f in players if f.actor.name in takers] + [f for f in players if f.actor.name not in takers]


def _remote_on_civilians(event_type: str, target: Actor | None) -> bool:
    """True for a bomb or strike aimed at civilians, even before its dead are told apart ("a bomber blew
    herself up among wedding guests ... 32 people died")."""
    remote = event_type == "Explosions/Remote violence"
    return remote and target is not None and target.inter == CIVILIANS_INTER


def _road_end(text: str, place: Place, lang: str) -> bool:
    """True when the place is told as one end of a road joined to the other by a hyphen ("on the
    Maiduguri-Monguno road", "l'axe Mora-Kourgui"; lexicon road_words)."""
    after_rx = lexicon_pattern(lang, "road_words", r"^(?:[-–][\w'’]+\s+)?(?:{})\b")
    before_rx = lexicon_pattern(lang, "road_words", r"\b(?:{})\s+(?:[\w'’]+[-–])?$")
    if place.start is None or place.end is None or after_rx is None or before_rx is None:
        return False
    before, after = text[max(0, place.start - 40) : place.start], text[place.end : place.end + 40]
    if after[:1] in "-–":
        return bool(after_rx.match(after) or before_rx.search(before))
    if before[-1:] in "-–":
        return bool(after_rx.match(after.lstrip()) or before_rx.search(before))
    return False


def _off_road_end(ctx: ArticleContext, place: Place | None) -> Place | None:
    """A town the lead names only as an end of the road the incident happened on ("abducted aid workers
    travelling on the Maiduguri-Monguno road") gives way to a town or village the report tells after it in
    the same first-order unit ("mounted a checkpoint near Ngamdu village in Kaga"), not as a road end, nor
    where the wounded were taken or a speaker is based."""
    text, lang = ctx.article.text, ctx.lang
    if place is None or place.start is None or not place.admin1 or not _road_end(text, place, lang):
        return place
    destination = lexicon_pattern(lang, "destination", r"\b(?:{})$")
    near = lexicon_pattern(lang, "near_before")  # "near Ngamdu village", "à proximité de Kourgui"
    based = lexicon_pattern(lang, "based_before")  # "un transporteur basé à Douentza": a speaker's home
    other = [
        p for p in _off_route(ctx, [p for p in ctx.places if p.start is not None and p.start > place.start])
        if p.country == place.country and p.admin1 == place.admin1 and p.where_prec <= 3
        and p.name != place.name and not _road_end(text, p, lang)
        and near is not None and near.search(text[max(0, p.start - 40) : p.start])
        and not (based and based.search(text[max(0, p.start - 40) : p.start]))
        and not (destination and destination.search(text[max(0, p.start - 60) : p.start]))
    ]
    return other[0] if other else place


def _finer_in_group(place: Place | None, group: list[Draft],
                    ctx: ArticleContext | None = None) -> Place | None:
    """A region the lead names gives way to a town inside it that another sentence of the incident names
    ("soldiers were killed in the Tillaberi region ... they were on patrol near Teguey": Teguey); not a
    village the gazetteer places only by its district."""
    if place is None or not place.admin1:
        return place
    if place.where_prec < 3:
        return _village_named_after_near(place, group, ctx)
    if _fold(place.name) not in (_fold(place.admin1), _fold(place.admin2)):
        return place  # a village known only by its district ("near Bartiebougou"): the text's own place
    inside = [
        d.place
        for d in sorted(group, key=lambda d: d.sentence.start)
        if (d.place_from_text or _told_just_before(ctx, d, group)) and d.place is not None
        and d.place.country == place.country
        and d.place.admin1 == place.admin1 and d.place.where_prec < place.where_prec
        and not any(c.town_part for c in d.casualties)  # "18 in Libiri and 21 in Kokorou": not one town's
    ]
    return inside[0] if inside else (_finer_in_sequel(place, group, ctx) or place)


def _finer_in_sequel(place: Place, group: list[Draft], ctx: ArticleContext | None) -> Place | None:
    """The one town inside the lead's state that the sentence right after the lead names, when that sentence
    goes on with the same attackers and is no draft ("Gunmen killed 11 gold miners ... in Zamfara state on
    Saturday. The bandits stormed the site near Anka town on motorcycles ...": Anka; lexicon
    story_goes_on)."""
    goes_on = lexicon_pattern(ctx.lang, "story_goes_on") if ctx is not None else None
    lead = min(group, key=lambda d: d.sentence.start)
    if goes_on is None or ctx is None or lead.sentence not in ctx.sentences:
        return None
    index = ctx.sentences.index(lead.sentence)
    after = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    if after is None or any(d.sentence is after for d in group) or not goes_on.match(after.text):
        return None
    own = _own_places(ctx, after)
    inside = [p for p in own if p.country == place.country and p.admin1 == place.admin1
              and p.where_prec < place.where_prec]
    return inside[0] if inside and len(own) == len(inside) and len({p.name for p in inside}) == 1 else None


def _told_just_before(ctx: ArticleContext | None, draft: Draft, group: list[Draft]) -> bool:
    """True when a draft's place was named in the sentence right before it, a sentence after the incident's
    first that is no draft of it ("O ataque ocorreu no domingo na aldeia de Kairu, no distrito de Maru. Os
    atacantes ... levaram mulheres e crianças"): where the incident told in both took place."""
    if ctx is None or draft.place is None or draft.place.start is None or draft.sentence not in ctx.sentences:
        return False
    index = ctx.sentences.index(draft.sentence)
    before = ctx.sentences[index - 1] if index else None
    first = min(d.sentence.start for d in group)
    return (before is not None and before.start > first and all(d.sentence is not before for d in group)
            and _in_sentence(draft.place.start, draft.place.end or draft.place.start, before))


def _village_named_after_near(place: Place, group: list[Draft], ctx: ArticleContext | None = None) -> Place:
    """A town the lead gives as a landmark ("in a village near Fada N'Gourma") gives way to the village in its
    district that another sentence of the incident names ("targeted the village of Natiaboani"), not to an end
    of the journey the victims were on ("quando este seguia de Kaya para Barsalogho") nor a speaker's home
    ("disse um habitante de Kaya")."""
    if place.geo_precision != 2 or not place.admin2:
        return place
    asides = [rx for key in ("route", "based_before") if ctx is not None
              and (rx := lexicon_pattern(ctx.lang, key, r"(?:{})$")) is not None]

    def aside(p: Place) -> bool:
        head = ctx.article.text[max(0, p.start - 90) : p.start] if ctx is not None and p.start else ""
        return any(rx.search(head) for rx in asides)

    named = [
        d.place
        for d in sorted(group, key=lambda d: d.sentence.start)
        if d.place_from_text and d.place is not None and d.place.geo_precision == 1
        and d.place.country == place.country and d.place.admin2 == place.admin2 and d.place.name != place.name
        and not any(c.town_part for c in d.casualties) and not aside(d.place)
    ]
    return named[0] if named else place


def _incident_date(ctx: ArticleContext, group: list[Draft], lead: Draft, place: Place | None) -> EventDate:
    """The lead's text date, else another sentence's, else the day of a statement the incident's sentences
    tell, else the country's usual report lag before publication (``report_lag``)."""
    told = lead if lead.date_from_text else next((d for d in group if d.date_from_text), None)
    if told is not None and told.sequel:  # the day the wounded died gives way to the incident's own day
        told = next((d for d in group if d.date_from_text and not d.sequel), told)
    if told is not None and told.rough_day:  # "two weeks ago" gives way to the day told ("on June 21")
        told = next((d for d in group if d.date_from_text and not d.rough_day), told)
    if told:  # the night a sentence told rather than the morning after it, the day of the lead's toll
        night = (d.date for d in group
                 if d.date_from_text and _day_of_told_night(d.date, told, weekend=False))
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
    if not told.date_start or not told.date_end or told.date_start == told.date_end or _is_night(told):
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


def violent_type(event_type: str | None, sub_type: str | None, victims: set[str]) -> tuple[str, str]:
    """Correct the classifier's type with who died: deaths make an event violent, an abduction with
    deaths is an attack (ACLED keeps abduction for abductions without further violence), and the
    deaths of soldiers or fighters make an attack a battle (ACLED codes attacks on armed
    actors as armed clashes)."""
    armed_victims = bool(victims & {"security", "militants"})
    if sub_type in DEADLY_UNREST:
        return event_type or "Protests", sub_type
    if sub_type == "Protest with intervention" and victims and not armed_victims:
        return "Protests", "Excessive force against protesters"  # the force used on the crowd killed
    if event_type is None or sub_type is None or (victims and not is_violent(event_type)):
        return ("Battles", "Armed clash") if armed_victims else ("Violence against civilians", "Attack")
    if sub_type == "Abduction/forced disappearance" and victims:
        sub_type = "Attack"
    if sub_type == "Attack" and armed_victims and "civilians" not in victims:
        return "Battles", "Armed clash"
    return event_type, sub_type


def _agreement_ended(ctx: ArticleContext, typed: Draft, corrected: tuple[str, str]) -> tuple[str, str]:
    """An agreement the sentence tells as ended, not signed ("les derniers militaires italiens ont quitté
    Niamey après la dénonciation de l'accord de coopération militaire"; lexicon agreement_ended): another
    strategic development, no Agreement."""
    ended = lexicon_pattern(ctx.lang, "agreement_ended")
    if corrected[1] != "Agreement" or ended is None or not ended.search(typed.sentence.text):
        return corrected
    return "Strategic developments", "Other"


def _lynching(ctx: ArticleContext, typed: Draft, corrected: tuple[str, str]) -> tuple[str, str]:
    """A crowd's killing ("an angry mob lynched a man", "linchado por uma multidão") stays or becomes mob
    violence with its dead: ACLED codes a lynching as a riot, not as an armed group's attack."""
    crowd = lexicon_pattern(ctx.lang, "crowd", r"\b(?:{})\b")
    lynched = lexicon_pattern(ctx.lang, "lynching", r"\b(?:{})")
    text = typed.sentence.text
    if crowd is None or not crowd.search(text):
        return corrected
    if typed.prediction.sub_event_type == "Mob violence" or (lynched and lynched.search(text)):
        return "Riots", "Mob violence"
    return corrected


def _told_means(typed_draft: Draft, group: list[Draft]) -> tuple[str | None, str | None]:
    """The predicted type, unless it is a weak guess of a remote means (a drone, a chemical, a bomb) or of
    sexual violence that no sentence of the incident names (``TOLD_CUES``), or a guess short of sure made
    only on a later sentence than the one opening the incident, which guesses no remote means (a toll: "neuf
    civils tués, quatre blessés et deux personnes portées disparues" after "des hommes armés ont attaqué le
    village" is no mine): then no type, for ``violent_type`` to infer from who died ("Suspected jihadists
    killed 20 civilians" is no chemical attack)."""
    typed = typed_draft.prediction
    needed = TOLD_CUES.get(typed.sub_event_type or "")
    first = min(group, key=lambda d: d.sentence.start)
    later = typed_draft is not first and first.prediction.sub_event_type not in MEANS_CUES
    if needed is None or typed.probability >= (SURE_MEANS if later else CONFIDENT_MEANS):
        return typed.event_type, typed.sub_event_type
    cues = _classifier().model.cues
    if any(needed & set(cues.fired(d.sentence.text)) for d in group):
        return typed.event_type, typed.sub_event_type
    return None, None


# protest sub-types from the least to the most forceful: a gathering is coded by what was done to it
PROTEST_FORCE = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def _typed_draft(group: list[Draft], lead: Draft, lang: str) -> Draft:
    """The sentence whose type the incident takes: the lead, unless its type is a weak guess ("Quatre
    femmes ont été tuées" after "une seconde frappe a touché un campement") and another's is not, or the
    lead tells a protest and another sentence the force used on it ("police fired tear gas to disperse
    the students ... Several protesters were injured"), or the crowd's violence ("des jeunes ont saccagé
    le commissariat ... la police a dispersé les manifestants": a violent demonstration)."""
    typed = lead if lead.prediction.probability >= CONFIDENT_MEANS or _means_named(lead) else max(
        group, key=lambda d: d.prediction.probability)
    typed = _violence_told(group, _fight_over_development(group, typed), lang)
    if typed.prediction.sub_event_type not in PROTEST_FORCE:
        return typed
    violent = [d for d in group if d.prediction.label == "VIOL_DEMONSTR"]
    if violent and typed.prediction.sub_event_type != "Excessive force against protesters":
        return violent[0]
    protests = [d for d in group if d.prediction.sub_event_type in PROTEST_FORCE
                and d.prediction.probability >= CONFIDENT_MEANS]
    return max(protests, key=lambda d: PROTEST_FORCE.index(d.prediction.sub_event_type), default=typed)


def _means_named(draft: Draft) -> bool:
    """True when the sentence names the remote means the classifier guesses for it ("Um atentado suicida
    deixou 12 mortos": a suicide bombing however unsure the guess): no weak guess for a later sentence to
    override."""
    needed = MEANS_CUES.get(draft.prediction.sub_event_type or "")
    return bool(needed and needed & set(_classifier().model.cues.fired(draft.sentence.text)))


def _fight_over_development(group: list[Draft], typed: Draft) -> Draft:
    """A strategic development that the incident's other sentences tell as violence is that violence ("ISWAP
    fighters arrest Shekau's commanders, meet with surrendered members" over "a heavy gun battle between ISWAP
    and Shekau's fighters"): ACLED codes the violent event; the arrests or talks are its aftermath. Territory
    changing hands keeps its own types (a base handed over, then retaken)."""
    told = typed.prediction
    if told.event_type != "Strategic developments" or told.sub_event_type in TERRITORIAL:
        return typed
    violent = [d for d in group if is_violent(d.prediction.event_type)
               and d.prediction.sub_event_type not in TERRITORIAL
               and d.prediction.probability >= CONFIDENT_MEANS]
    return max(violent, key=lambda d: d.prediction.probability, default=typed)


def _violence_told(group: list[Draft], typed: Draft, lang: str) -> Draft:
    """A later toll the classifier reads as a strategic development ("une centaine de terroristes neutralisés
    et plusieurs embarcations détruites" as destruction), or as a clash without any ground fighting told
    ("L'armée affirme avoir neutralisé une dizaine de terroristes" after "une frappe aérienne a visé le
    marché"; lexicon ``ground_fight``), takes the remote means the incident's opening sentence surely
    tells ("des frappes aériennes contre des positions"); a battle or an attack ``violent_type`` infers
    from who died."""
    first = min(group, key=lambda d: d.sentence.start)
    if (
        typed is first
        or first.prediction.sub_event_type not in MEANS_CUES
        or first.prediction.probability < SURE_MEANS
        or not any(c.kind == "killed" and c.low > 0 for c in typed.casualties)
    ):
        return typed
    if typed.prediction.event_type == "Strategic developments":
        return first
    ground = lexicon_pattern(lang, "ground_fight", r"\b(?:{})\b")
    if typed.prediction.sub_event_type == "Armed clash" and ground is not None and not ground.search(
            typed.sentence.text):
        return first
    return typed


TERRITORIAL = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}
SETTING = {"Headquarters or base established", "Change to group/activity", "Other"}
CROWD_BACKDROP = {"Non-violent transfer of territory", "Arrests"}  # told beside a protest: not its type
SEIZED = "Disrupted weapons use"


def _backdrops(group: list[Draft]) -> set[str]:
    """The sub-types that only set the scene of this incident: a base or a recruitment always; a withdrawal
    or arrests beside a crowd's protest; a withdrawal beside armed violence (not a weak guess of it, nor
    territory taken by force); weapons seized beside arrests ("troops arrested 12 suspects ... weapons were
    seized during the operation": ACLED codes the seizure as part of the operation)."""
    seized = {SEIZED} if any(d.prediction.sub_event_type == "Arrests" for d in group) else set()
    if any(d.prediction.event_type in UNREST for d in group):
        return SETTING | CROWD_BACKDROP | seized
    armed = any(
        is_violent(d.prediction.event_type)
        and d.prediction.sub_event_type not in TERRITORIAL
        and d.prediction.probability >= CONFIDENT_MEANS
        for d in group
    )
    return (SETTING | {"Non-violent transfer of territory"} if armed else SETTING) | seized


def _told_parts(group: list[Draft], backdrops: set[str]) -> list[Draft]:
    """The sentences whose actors the incident takes: not a withdrawal's told beside armed violence ("the
    handover of the camp to the army has angered the rebels" beside a mine that hit the departing
    peacekeepers), unless only it names any."""
    told = [d for d in group if d.prediction.sub_event_type not in backdrops - SETTING - {"Arrests", SEIZED}]
    return told if any(d.found_actors for d in told) else group


def _draft_weight(draft: Draft, backdrops: set[str] = SETTING) -> float:
    """How well a sentence represents its incident: a confident type, deaths, early in the text; a
    strategic development (a base, a recruitment) leads only when nothing else happened, and a
    withdrawal or arrests not beside a crowd's protest, a withdrawal not beside armed violence
    ("protesters vandalised ... France moved its troops to Chad after its withdrawal from Mali", "police
    fired tear gas and arrested several people", "a convoy of departing peacekeepers struck a mine ... the
    handover of the camp")."""
    killed = sum(1 for c in draft.casualties if c.kind == "killed")
    setting = 0.6 if draft.prediction.sub_event_type in backdrops else 0.0
    return draft.prediction.probability + 0.5 * min(killed, 1) - setting - 0.001 * draft.sentence.start / 100


def _unrest_parties(group: list[Draft]) -> list[FoundActor]:
    """The actors of a crowd event's own sentences, not of a decree or announcement told with it ("the junta
    dissolved the parties ... the protest was dispersed by the police": the police); a sentence that tells
    a death is no decree, whatever its type ("un manifestant a été tué lors de l'intervention des
    gendarmes")."""
    told = [a for d in group if d.prediction.event_type != "Strategic developments"
            or any(c.kind == "killed" and c.low > 0 for c in d.casualties) for a in d.found_actors]
    return _dedupe_actors(told)


def _named_again_in_sentence(text: str, parts: list[Draft]) -> list[list[FoundActor]]:
    """Per sentence, the mentions of actors it names more than once ("soldiers killed ten militants in
    retaliation for an attack on soldiers"): what one mention tells of its role, the other may not. An
    abbreviation in brackets after the name ("Volunteers for the Defence of the Homeland (VDP)") is no
    second mention."""
    sentences = []
    for d in parts:
        found = sorted(d.found_actors, key=lambda f: f.start)
        own = [f for i, f in enumerate(found)
               if not (i and found[i - 1].actor.name == f.actor.name
                       and _BRACKETED.fullmatch(text[found[i - 1].end : f.start]))]
        sentences.append([f for f in own if sum(g.actor.name == f.actor.name for g in own) > 1])
    return sentences


_BRACKETED = re.compile(r"\s*[(\[]\s*")


def _as_source(ctx: ArticleContext, found: list[FoundActor]) -> Callable[[FoundActor], bool]:
    """Tells the mentions of an actor as the report's source ("selon un membre de la Civilian Joint Task
    Force (CJTF)"), the abbreviation in brackets after its name included."""
    text = ctx.article.text

    def speaks(f: FoundActor) -> bool:
        named = next((g for g in found if g.actor.name == f.actor.name and g.end <= f.start
                      and _BRACKETED.fullmatch(text[g.end : f.start])), None)
        return is_speaker(text, named or f, ctx.lang)

    return speaks


def _dedupe_actors(found: list[FoundActor], prefer: Callable[[FoundActor], bool] | None = None,
                   avoid: Callable[[FoundActor], bool] | None = None) -> list[FoundActor]:
    """Each actor once, in the order first named; of its mentions the first, or the first ``prefer`` picks
    (the one that tells it attacked or was attacked), else the first ``avoid`` does not (one that names it
    otherwise than as the report's source: "The Nigerian Army says its troops killed six Boko Haram and ISWAP
    fighters"), standing at the place of the first."""
    first: dict[str, int] = {}
    unique: list[FoundActor] = []
    for f in sorted(found, key=lambda a: a.start):
        if f.actor.name not in first:
            first[f.actor.name] = len(unique)
            unique.append(f)
            continue
        kept = unique[first[f.actor.name]]
        if prefer is not None and prefer(kept):
            continue
        if (prefer is not None and prefer(f)) or (avoid is not None and avoid(kept) and not avoid(f)):
            unique[first[f.actor.name]] = f
    return unique


def _rehomed(found: FoundActor, place: Place | None, on_date: date | None) -> FoundActor:
    """A generic noun given the article's country ("the army", "villagers") belongs to the country of
    the incident when the text places it in another: refugees' news from Mauritania about "fighting
    between the army and jihadists in the Timbuktu region" tells of Mali's army."""
    if not found.homed or place is None or not place.country or found.actor.country in (None, place.country):
        return found
    country = place.country
    if found.group == "security":
        police = found.actor.name.startswith("Police")
        actor = actor_lex.state_forces(country, on_date, police=police)
    elif found.group == "civilians":
        actor = actor_lex.civilians(country)
    elif found.group == "militants" and is_unidentified(found.actor):
        actor = actor_lex.unidentified_armed_group(country)
    else:
        return found
    return replace(found, actor=replace(actor, surface=found.surface))


def _redated(found: FoundActor, published: date | None, day: date | None) -> FoundActor:
    """State forces found under the regime of the publication day take the regime of the incident's day
    ("in January 2021, jihadists killed 10 soldiers" in a 2025 report: Niger's forces of 2011-2021)."""
    actor = found.actor
    if found.group != "security" or actor.inter != 1 or not actor.country or day is None or day == published:
        return found
    police = actor.name.startswith("Police")
    if actor.name != actor_lex.state_forces(actor.country, published, police=police).name:
        return found  # not the regime-dated forces of the country (a named unit, foreign forces)
    then = actor_lex.state_forces(actor.country, day, police=police)
    return replace(found, actor=replace(then, surface=actor.surface))


def _civilians_targeted(event_type: str, sub_type: str, victims: set[str]) -> bool:
    """ACLED's civilian targeting: by type, or civilians among the dead of a bombing or shelling; in a
    battle (two armed sides, "five soldiers and two drivers of the convoy died") they were caught in it,
    and ACLED flags no civilian targeting for battles."""
    by_type = default_civilian_targeting(event_type, sub_type)
    return by_type or ("civilians" in victims and event_type != "Battles")


def _claimed_by(ctx: ArticleContext, actor: Actor | None, day: date | None = None,
                group: Sequence[Draft] = ()) -> Actor | None:
    """An unidentified attacker is the group the article says claimed the attack ("JNIM claimed the attack",
    "l'attaque a été revendiquée par l'EIGS"): ACLED attributes claimed attacks. A group merely named
    elsewhere in the article stays a suspicion (``Actor.suspected``); "no group has claimed" is no claim,
    nor is a claim of another incident ("No mesmo dia, o JNIM reivindicou ataques contra ...", "Em abril de
    2025, 54 soldados foram mortos num ataque reivindicado pelo JNIM" when the incident is of ``day``), nor
    the attribution of a trend over a period ("the north has since 2021 seen a wave of attacks attributed to
    jihadist groups, mainly JNIM"; not "the deadliest attack since 2021 was claimed by JNIM")."""
    cue = lexicon_pattern(ctx.lang, "claim_of_responsibility")
    if actor is not None and cue is not None and is_unidentified(actor) and not actor.suspected:
        return _claimant(ctx, cue, day, group) or actor
    if actor is None or not actor.suspected or cue is None:
        return actor
    negation = lexicon_pattern(ctx.lang, "claim_negation") or re.compile("(?!)")
    for found in ctx.actors:
        if found.actor.ucdp_name != actor.suspected:
            continue
        sentence = _sentence_of(ctx, found.start)
        if sentence is None or starts_new_incident(sentence.text, ctx.lang) or _told_of_another_day(
                ctx, sentence, day) or tells_cumulative(sentence.text, ctx.lang) or _follows_other_day(
                ctx, sentence, group, day):
            continue
        claims = [m for m in cue.finditer(sentence.text) if not negation.search(sentence.text[: m.start()])]
        if claims:
            return replace(found.actor, surface=found.surface)
    return _claimant(ctx, cue, day, group) or actor  # the suspect unclaimed, another blamed ("accused Dozos")


def _follows_other_day(ctx: ArticleContext, sentence: Sentence, group: Sequence[Draft], day: date | None
                       ) -> bool:
    """True when a claim's sentence follows a sentence of another incident that tells its own day, not this
    one's: it claims that one ("Na quarta-feira, uma patrulha caiu numa emboscada perto de Ouallam ... O
    Estado Islâmico no Sahel reivindicou a emboscada", not Monday's killings told before it)."""
    if not group or day is None or sentence not in ctx.sentences:
        return False
    at = ctx.sentences.index(sentence)
    if at == 0:
        return False
    before = ctx.sentences[at - 1]
    others = {id(s) for s in _other_incidents_sentences(ctx, group[0])} - {id(d.sentence) for d in group}
    if id(before) not in others or id(sentence) in others:
        return False
    own = [d for d in ctx.dates if _in_sentence(d.start, d.end, before)]
    if not own or any(d.date_start <= day <= d.date_end for d in own):
        return False
    # a claim naming a place of this incident that the sentence before does not ("O Estado Islâmico
    # reivindicou ... o ataque a Ocua", after Thursday's clash at Ancuabe) claims this one, not the other
    names = set(_CAPITALISED.findall(sentence.text)[1:])
    told = " ".join(d.sentence.text for d in group)
    return not any(re.search(rf"\b{re.escape(n)}\b", told) and n not in before.text for n in names)


_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'’-]{2,}")
CLAIMANT_REACH = 90  # characters after a claim word naming its passive agent ("reivindicado ... pelo JNIM")


def _claimant(ctx: ArticleContext, cue: re.Pattern[str], day: date | None, group: Sequence[Draft] = ()
              ) -> Actor | None:
    """The claimant of an article that names several armed groups (its background naming Al-Qaeda and
    the Islamic State) but tells one claim of the incident: the group named right after the claim word ("O
    ataque foi reivindicado no domingo pelo JNIM, ligado à Al-Qaida"), else the last named before it ("JNIM
    claimed the attack"). None when the claims name different groups, or the claim is negated, of another
    day or incident."""
    negation = lexicon_pattern(ctx.lang, "claim_negation") or re.compile("(?!)")
    named = [f for f in ctx.actors  # a militia UCDP does not name is blamed too ("accused Dozo militiamen")
             if f.group == "militants" and (f.actor.ucdp_name or f.actor.inter == IDENTITY_MILITIA_INTER)
             and not is_unidentified(f.actor)]
    claimants: list[FoundActor] = []
    for sentence in ctx.sentences:
        claims = [m for m in cue.finditer(sentence.text) if not negation.search(sentence.text[: m.start()])]
        if not claims or starts_new_incident(sentence.text, ctx.lang) or _told_of_another_day(
                ctx, sentence, day) or tells_cumulative(sentence.text, ctx.lang) or _follows_other_day(
                ctx, sentence, group, day):
            continue
        at, reach = sentence.start + claims[0].start(), sentence.start + claims[0].end() + CLAIMANT_REACH
        inside = [f for f in named if sentence.start <= f.start < sentence.end]
        after = [f for f in inside if at < f.start <= reach]
        before = [f for f in inside if f.end <= at]
        if after or before:
            claimants.append(after[0] if after else before[-1])
    if len({f.actor.name for f in claimants}) != 1:
        return None
    return replace(claimants[0].actor, surface=claimants[0].surface)


def _opens_story(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when the sentence is the first of the article's body (after its title, if the text holds it)."""
    title = (ctx.article.title or "").strip()
    body = [s for s in ctx.sentences if not (title and s.text.strip() == title)]
    return bool(body) and body[0] is sentence


def _claim_before(ctx: ArticleContext, first: Draft) -> list[Evidence]:
    """The claim of responsibility the incident's first sentence follows up, in its paragraph ("JNIM claimed
    responsibility for Monday's attack on the post in Nara. The group said it killed 12 soldiers."), as
    ``claim`` evidence: the mention reports a claim, which the merger matches with an attack told before."""
    cue = lexicon_pattern(ctx.lang, "claim_of_responsibility")
    if cue is None or first.sentence not in ctx.sentences:  # a headline read on its own
        return []
    index = ctx.sentences.index(first.sentence)
    if index == 0:
        return []
    before = ctx.sentences[index - 1]
    if "\n" in ctx.article.text[before.end : first.sentence.start] and not _opens_story(ctx, before):
        return []  # a claim in another paragraph, unless the story opens with it (a wire's claim report)
    negation = lexicon_pattern(ctx.lang, "claim_negation") or re.compile("(?!)")
    if not any(not negation.search(before.text[: m.start()]) for m in cue.finditer(before.text)):
        return []
    return [Evidence("claim", before.start, before.end, before.text)]


CLAIM_WINDOW = 2  # sentences after the incident's own in which a claim of it may follow


def _claimed_next(ctx: ArticleContext, actor: Actor | None, lead: Draft) -> Actor | None:
    """An unidentified attacker is the one group a claim told right after the incident, in its paragraph,
    names ("... killed 23 soldiers on Monday. JNIM claimed the attack."), even when the article names other
    groups elsewhere (so that no single suspect was found)."""
    cue = lexicon_pattern(ctx.lang, "claim_of_responsibility")
    if actor is None or not is_unidentified(actor) or cue is None:
        return actor
    negation = lexicon_pattern(ctx.lang, "claim_negation") or re.compile("(?!)")
    following = [s for s in ctx.sentences if s.start >= lead.sentence.end][:CLAIM_WINDOW]
    others = {id(s) for s in _other_incidents_sentences(ctx, lead)}
    for sentence in following:
        other_paragraph = "\n" in ctx.article.text[lead.sentence.end : sentence.start]
        if other_paragraph or starts_new_incident(sentence.text, ctx.lang) or id(sentence) in others:
            break  # another paragraph, or another incident ("The same day, JNIM claimed attacks on ...", "On
            # Wednesday, a patrol was ambushed near Ouallam. IS Sahel claimed the ambush")
        if not any(not negation.search(sentence.text[: m.start()]) for m in cue.finditer(sentence.text)):
            continue
        named = [f for f in ctx.actors if sentence.start <= f.start < sentence.end and f.group == "militants"
                 and not is_unidentified(f.actor)]
        if len({f.actor.name for f in named}) == 1:
            return replace(named[0].actor, surface=named[0].surface)
    return actor


def _group_named_again(ctx: ArticleContext, group: list[Draft], found: list[FoundActor]) -> list[FoundActor]:
    """The armed group the article named before, for an incident whose sentences name no armed side but
    "the group" ("Boko Haram abducted 25 women ... In 2014, the group kidnapped 276 students in Chibok")."""
    anaphor = lexicon_pattern(ctx.lang, "group_anaphor")
    if anaphor is None or any(f.group in ("militants", "security", "external") for f in found):
        return []
    first = min(d.sentence.start for d in group)
    if not any(anaphor.search(d.sentence.text) for d in group):
        return []
    named = [a for a in ctx.actors if a.end <= first and a.group == "militants" and a.actor.ucdp_name]
    return [named[-1]] if len({a.actor.name for a in named}) == 1 else []


def _generic_named_before(ctx: ArticleContext, group: list[Draft], found: list[FoundActor]
                          ) -> list[FoundActor]:
    """The armed group the article named before, for an incident whose only armed side is a definite generic
    noun ("Suspected ISWAP insurgents on Tuesday abducted 14 farmers ... On Sunday, the insurgents had
    abducted eight women near Pulka": ISWAP; lexicon generic_anaphor before one of generic_anaphor_nouns),
    when the article named one armed group only before the incident, which names no force besides."""
    before = lexicon_pattern(ctx.lang, "generic_anaphor")
    nouns = lexicon_pattern(ctx.lang, "generic_anaphor_nouns")
    armed = [f for f in found if f.group == "militants"]
    if before is None or nouns is None or not armed or not all(is_unidentified(f.actor) for f in armed):
        return found
    if any(f.group not in ("militants", "civilians") for f in found):
        return found  # a force beside them may be a source told as a party ("a vigilante chief said")
    text = ctx.article.text
    if not all(nouns.match(text[f.start:f.end]) and before.search(text[max(0, f.start - 20):f.start])
               for f in armed):
        return found
    first = min(d.sentence.start for d in group)
    named = [a for a in ctx.actors if a.end <= first and a.group == "militants" and a.actor.ucdp_name
             and not is_unidentified(a.actor)]
    if len({a.actor.name for a in named}) != 1:
        return found
    return [replace(f, actor=named[-1].actor) if f in armed else f for f in found]


def _context_actors(ctx: ArticleContext, lead: Draft, abroad: Sequence[Sentence] = ()) -> list[FoundActor]:
    """Actors named before the event sentence (its paragraph or the headline), nearest first; not those of
    an incident told in another country (``abroad``: "Two soldiers were killed near Banibangou. In Burkina
    Faso, an attack in Djibo killed 10 people": no soldiers fought at Djibo). (Leaving out also the state
    forces of an incident told on another day took the Malian army's earlier drone strike on the Kidal camp
    from it, and made the camp's MINUSMA the striker.)"""
    others = _other_incidents_sentences(ctx, lead)
    earlier = [a for a in ctx.actors if a.end <= lead.sentence.start and not _told_in(a, abroad)
               and not _told_in(a, others)]
    return _dedupe_actors(earlier[-3:])


def _abductors_of_the_found(ctx: ArticleContext, lead: Draft) -> list[FoundActor]:
    """For a body found (lexicon ``found_dead``: "Son corps a été retrouvé dimanche, côté nigérian") in an
    article that told one abduction before it, with no other incident between: the armed group that took the
    victim, even when the body lay in another country ("le chef du village a été enlevé par Boko Haram").
    ACLED codes the killing of a hostage to the kidnappers."""
    rx = lexicon_pattern(ctx.lang, "found_dead")
    if rx is None or not rx.search(lead.sentence.text):
        return []
    before = [g for g in ctx.incidents if lead not in g and g[0].sentence.start < lead.sentence.start]
    if len(before) != 1 or before[0][0].prediction.sub_event_type != ABDUCTION:
        return []
    takers = [f for d in before[0] for f in d.found_actors if f.group == "militants"]
    return _dedupe_actors(takers) if len({f.actor.name for f in takers}) == 1 else []


def _other_incidents_sentences(ctx: ArticleContext, draft: Draft) -> list[Sentence]:
    """The sentences of the article's incidents other than the one ``draft`` belongs to."""
    return [d.sentence for group in ctx.incidents if draft not in group for d in group]


def _told_in(actor: FoundActor, sentences: Sequence[Sentence]) -> bool:
    return any(_in_sentence(actor.start, actor.end, s) for s in sentences)


def _told_abroad(ctx: ArticleContext, group: list[Draft], place: Place | None) -> list[Sentence]:
    """The sentences of the article's other incidents, told in another country than this one's place."""
    if place is None or not place.country:
        return []
    out: list[Sentence] = []
    for other in ctx.incidents:
        if other is group or any(d in group for d in other):
            continue
        countries = {d.place.country for d in other if d.place_from_text and d.place and d.place.country}
        if countries and place.country not in countries:
            out.extend(d.sentence for d in other)
    return out


def _event_day(ctx: ArticleContext, event_date: EventDate) -> date | None:
    """The incident's day, else the publication day (for regime-dated state forces)."""
    return date.fromisoformat(event_date.event_date) if event_date.event_date else ctx.published


def _told_of_another_day(ctx: ArticleContext, sentence: Sentence | None, day: date | None) -> bool:
    """True when the sentence gives dates of its own, none of them the incident's ``day`` and one before it
    ("Em abril de 2025, 54 soldados beninenses foram mortos num ataque no parque W"): it tells an earlier
    incident. A later day alone is the day of a claim or a statement about this one ("JNIM claimed the attack
    on Sunday")."""
    if sentence is None or day is None:
        return False
    own = [d for d in ctx.dates if _in_sentence(d.start, d.end, sentence)]
    return any(d.date_end < day for d in own) and not any(d.date_start <= day <= d.date_end for d in own)


def _unarmed_target(ctx: ArticleContext, group: list[Draft], event_type: str, actor2: Actor | None,
                    victims: set[str], defaults: RoleDefaults, day: date | None = None,
                    abroad: Sequence[Sentence] = ()) -> Actor | None:
    """The target of a "battle" that only the state forces' absence made one: people killed by a group, with
    no state forces named anywhere in the report (but in its other incidents, those told ``abroad`` and its
    backdrop) and no fighting
    told ("jihadists attacked Seytenga, killing dozens of people"), were civilians, not an army the text never
    mentions ("militia clashes kill 10" stays a battle); so were the people a bomb killed ("a mine exploded
    under a bus, killing eight people"); a blast that hurt no one at a pipeline or a bridge had no actor2."""
    if event_type not in ("Battles", "Explosions/Remote violence") or actor2 is not defaults.state \
            or victims not in ({"unknown"}, set()):
        return actor2
    if not victims and event_type != "Explosions/Remote violence":
        return actor2
    elsewhere = _other_incidents_sentences(ctx, group[0])
    forces = [a for a in ctx.actors if a.group == "security"
              and not _told_of_another_day(ctx, _sentence_of(ctx, a.start), day)
              and not _told_in(a, abroad) and not _told_in(a, elsewhere) and not _told_as_backdrop(ctx, a)]
    at_a_thing = not victims and any(_INFRASTRUCTURE.search(d.sentence.text) for d in group)
    if at_a_thing and all(is_speaker(ctx.article.text, a, ctx.lang) for a in forces):
        forces = []  # "militants blew up the pipeline near Dosso, the army said": the army told it, no target
    if forces:
        return actor2  # not the soldiers of a recalled attack ("Em abril de 2025, 54 soldados ...")
    if _fighting_told(group):
        return actor2
    if victims:
        return defaults.civilians
    # a blast that hurt no one, with no forces named, at a thing ("a sabotagem de um troço do oleoduto ... Não
    # houve vítimas"): no army the text never mentions (ACLED leaves actor2 blank)
    return None if at_a_thing else actor2


# things a blast or sabotage aims at (en, fr, pt)
_INFRASTRUCTURE = re.compile(
    r"\b(?:pipelines?|oleodutos?|gasodutos?|ol[ée]oducs?|gazoducs?|sabota\w*|pyl[oô]nes?|pylons?|power lines?"
    r"|bridges?|pontes?|ponts?|antennas?|antenas?|antennes?|railways?|rail lines?|voie ferrée|via férrea)\b",
    re.I)


def _fighting_told(group: list[Draft]) -> bool:
    """True when a sentence of the incident tells fighting (the classifier's clash cue)."""
    return any("cue:clash" in _classifier().model.cues.fired(d.sentence.text) for d in group)


def _people_the_forces_killed(ctx: ArticleContext, group: list[Draft], event_type: str,
                              actor1: Actor | None, actor2: Actor | None, victims: set[str],
                              defaults: RoleDefaults) -> Actor | None:
    """The target of a "battle" only the state's forces fought: people they killed ("Soldiers killed 30 people
    in the village of Dioura, residents said"), with no armed group named anywhere in the report and no
    fighting told, were civilians, not gunmen the text never mentions (the mirror of ``_unarmed_target``)."""
    if event_type != "Battles" or actor2 is not defaults.armed_group or victims != {"unknown"}:
        return actor2
    if actor1 is None or actor1.inter != 1 or _armed_foe_named(ctx, group):
        return actor2
    if _fighting_told(group) or not _forces_acting(ctx, group):
        return actor2
    return defaults.civilians


def _forces_acting(ctx: ArticleContext, group: list[Draft]) -> bool:
    """True when the incident's own sentences name the state's forces other than as the source of the
    report ("Soldiers killed 30 people", not "an attack left one dead, Mexican authorities said")."""
    own = [d.sentence for d in group]
    return any(a.group == "security" and _told_in(a, own) and not is_speaker(ctx.article.text, a, ctx.lang)
               for a in ctx.actors)


def _armed_foe_named(ctx: ArticleContext, group: list[Draft]) -> bool:
    """True when the report names an armed group or a foreign force, outside its other incidents and its
    backdrop, that is not told beside the state's forces as one subject ("Malian soldiers and foreign
    fighters killed ...": the soldiers' companions)."""
    text, elsewhere = ctx.article.text, _other_incidents_sentences(ctx, group[0])
    own = [d.sentence for d in group]
    companions = {id(f) for f in allies_beside_the_forces(text, ctx.actors, ctx.lang)}
    return any(a.group in ("militants", "external") and not _told_in(a, elsewhere) and id(a) not in companions
               and not beside_the_forces(text, ctx.actors, a, ctx.lang)
               and (_told_in(a, own) or not _told_as_backdrop(ctx, a)) for a in ctx.actors)


def _told_as_backdrop(ctx: ArticleContext, found: FoundActor) -> bool:
    """True when the actor is named in a sentence that reports no event of its own ("C'est la première
    attaque depuis juin, lorsque Boko Haram avait été repoussé par les forces militaires") or tells an earlier
    incident in the pluperfect: the backdrop of the report, no party to its incident."""
    sentence = _sentence_of(ctx, found.start)
    return sentence is not None and (_no_event(sentence, ctx) or (
        not _own_date(ctx, sentence) and is_recalled(sentence.text, ctx.lang)))


def _communal_clash(ctx: ArticleContext, group: list[Draft], event_type: str, players: list[FoundActor],
                    defaults: RoleDefaults) -> tuple[Actor, Actor] | None:
    """The two sides of violence between farmers and herders or between communities, with no armed group,
    state force or foreign force among its parties ("des affrontements entre agriculteurs et éleveurs ont
    fait six morts"): ACLED's armed clash between communal militias (inter 4), the ones the report names
    (Fulani Ethnic Militia), else the country's unidentified communal militia on either side. None for
    any other event."""
    rx = lexicon_pattern(ctx.lang, "communal_clash")
    communities = _communities_named(ctx, group)
    if not is_violent(event_type) or rx is None or not (
            communities or any(rx.search(d.sentence.text) for d in group)):
        return None
    aftermath = [d.sentence for d in group if _arrests_only(d) and not rx.search(d.sentence.text)]
    if any(p.actor.inter in (1, 2, 3, 8) and not any(s.start <= p.start < s.end for s in aftermath)
           and not (communities and is_speaker(ctx.article.text, p, ctx.lang)) for p in players):
        return None  # not the gendarmes sent after it who arrested fifteen people, nor the police who tell it
    militias = [p for p in players if p.actor.inter == IDENTITY_MILITIA_INTER]
    named = [p.actor for p in _dedupe_actors(militias)][:2]
    if len(named) < 2 and communities:
        country = defaults.civilians.country
        named = [Actor(f"{c} Communal Militia", surface=c, inter=IDENTITY_MILITIA_INTER, ucdp_name=c,
                       country=country, known=False) for c in communities]
    communal = actor_lex.communal_militia(defaults.civilians.country)
    sides = named + [communal] * (2 - len(named))
    return sides[0], sides[1]


def _communities_named(ctx: ArticleContext, group: list[Draft]) -> list[str]:
    """The two communities a sentence of the incident names as the sides of a clash ("a communal clash between
    Omor and Anaku communities", lexicon ``communities_named``), [] when none does."""
    rx = lexicon_pattern(ctx.lang, "communities_named")
    for draft in group if rx is not None else []:
        if (m := rx.search(draft.sentence.text)) is not None and m["a"] != m["b"]:
            return [m["a"], m["b"]]
    return []


def _communal_attackers(ctx: ArticleContext, group: list[Draft]) -> bool:
    """True when the unnamed attackers are told as a community's armed men ("des éleveurs armés ont attaqué
    le village", "des jeunes du village ont mené des représailles"; lexicon communal_attackers): ACLED's
    communal militia, not an unidentified armed group."""
    rx = lexicon_pattern(ctx.lang, "communal_attackers")
    return rx is not None and any(rx.search(d.sentence.text) for d in group)


def _villagers_fought(ctx: ArticleContext, group: list[Draft], sub_type: str, victims: set[str]) -> bool:
    """True for an attack on civilians told as a fight between villagers and armed men in which the armed men
    died too ("un affrontement entre des villageois et des bandits armés ... cinq villageois et quatre bandits
    tués"; lexicon villagers_fought): the villagers who fought are a communal militia (ACLED)."""
    rx = lexicon_pattern(ctx.lang, "villagers_fought")
    return (sub_type == "Attack" and "militants" in victims and rx is not None
            and any(rx.search(d.sentence.text) for d in group))


def _arrests_only(draft: Draft) -> bool:
    """A sentence that tells arrests and no death ("des renforts ont été dépêchés et quinze personnes
    interpellées"): the aftermath of an incident, whose forces took no part in it."""
    kinds = {c.kind for c in draft.casualties if c.low > 0}
    return "killed" not in kinds and ("arrested" in kinds or draft.prediction.sub_event_type == "Arrests")


def _defaults(ctx: ArticleContext, place: Place | None, event_date: EventDate) -> RoleDefaults:
    country = (place.country if place else None) or ctx.country
    on_date = _event_day(ctx, event_date)
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
