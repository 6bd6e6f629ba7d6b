"""Reading a whole article before its sentences: the places it names, the actors it tells, the countries
it is about, and the periods its background covers (the ``ArticleContext``)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from sahelwatch.extract import actors as actor_lex
from sahelwatch.extract import headline
from sahelwatch.extract.background import compared_year, months_by_latest_day, old_period_bounds
from sahelwatch.extract.context import ExtractionConfig, parse_published
from sahelwatch.extract.dates import event_date_expressions
from sahelwatch.extract.drafts import ArticleContext
from sahelwatch.extract.event_places import fold
from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.locatives import (
    admin_toponyms,
    demonym_hint,
    is_reference,
    locate_unknown,
    side_country,
)
from sahelwatch.extract.numbers import lexicon_pattern, load_lexicon
from sahelwatch.extract.outlets import outlet_home
from sahelwatch.extract.roles import FoundActor, is_unidentified
from sahelwatch.extract.taxonomy import IDENTITY_MILITIA_INTER, POLITICAL_MILITIA_INTER
from sahelwatch.geo import (
    Toponym,
    country_place,
    document_countries,
    find_toponyms,
    get_gazetteer,
    resolve_toponyms,
)
from sahelwatch.geo.resolve import FOCUS_COUNTRIES, demonym_country
from sahelwatch.models import Article, Place
from sahelwatch.read.datelines import dateline_spans, in_dateline
from sahelwatch.read.sentences import split_sentences


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
    places = drop_lone_foreign_towns(drop_stray_towns(places, found))
    country = dominant_country(places) or country or _state_country(text, found) or side_country(text, lang)
    country = country or outlet  # a village missing from the gazetteer, told by a local outlet
    if country and _unhomed(found):
        found = _actors(text, lang, country, published)  # no place named: the "soldiers" are the FAMa's
    old_bounds = old_period_bounds(text, published, lang, article.title)
    dates = [
        d
        for d in event_date_expressions(text, published, lang, heading=article.title)
        if not d.is_future and not in_dateline(d.start, d.end, datelines)
        and not compared_year(text, d, lang)
    ]
    if published is None:
        dates = months_by_latest_day(text, lang, dates)
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
            # a country leading or backing a coalition ("US-led coalition strikes kill 12 Islamic State
            # fighters") is no more where it strikes than the coalition's name says
            home = [t for t in toponyms if not (t.acting and _LED_OR_BACKED.match(text, t.end))]
            places = resolve_toponyms(text, home, country_hint=hint) if home else []
    elif acting and _strays(text, places):
        places = _home_namesakes(text, toponyms, places, blamed, hint)
    landmarks = {(p.start, p.end) for p in places if is_reference(text, p, lang)}
    if landmarks:
        kept = [t for t in toponyms if (t.start, t.end) not in landmarks and not t.acting]
        places = resolve_toponyms(text, kept, country_hint=hint)
        places = [p for p in places if not is_reference(text, p, lang)]
    return places


_LED_OR_BACKED = re.compile(r"-(?:led|backed)\b")


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
              if home_first or fold(p.name) != fold(p.surface)}
    if not strays:
        return places
    home = {(p.start, p.end): p for p in resolve_toponyms(text, toponyms, country_hint=hint)}
    found = {span: home[span] for span in strays if span in home}
    chosen = {s: p for s, p in found.items() if p.country in acting and fold(p.name) == fold(p.surface)
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


def drop_stray_towns(places: list[Place], found: list[FoundActor]) -> list[Place]:
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


def drop_lone_foreign_towns(places: list[Place]) -> list[Place]:
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


def _state_country(text: str, found: list[FoundActor]) -> str | None:
    """The country of the first state force named ("Afghan forces"), when no place gives one. Forces told by
    the aircraft or guns that strike, or as a coalition ("Turkish strikes kill 5", "US-led coalition strikes
    kill 12 Islamic State fighters", "the International Coalition's warplanes") strike abroad as often as at
    home: then another state's forces named, else the armed group they strike, else none."""
    states = [f for f in found if f.actor.inter == 1 and f.actor.country]
    afar = [f for f in states if _strikes_from_afar(text, f)]
    home = next((f.actor.country for f in states if f not in afar), None)
    if home or not afar:
        return home
    strikers = {f.actor.country for f in afar}
    return next((g.actor.country for g in found if g.group == "militants" and g.actor.inter != 1
                 and g.actor.country and g.actor.country not in strikers), None)


_STRIKES_IN_NAME = re.compile(r"\b(?:coalition|strikes?|air\s*strikes?|air\s*raids?|warplanes?|jets?|drones?|"
                              r"shelling|artillery)$", re.I)
_STRIKERS_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:coalition|military|army|air\s+force|fighter)\s+)?"
                             r"(?:warplanes?|war\s*planes?|jets?|aircraft|drones?|bombers?|air\s*strikes?|"
                             r"air\s*raids?|strikes|shelling|artillery)\b", re.I)


def _strikes_from_afar(text: str, found: FoundActor) -> bool:
    """A state's forces named by a coalition or by the aircraft or guns that strike."""
    named = _STRIKES_IN_NAME.search(found.surface) is not None
    return named or _STRIKERS_AFTER.match(text, found.end) is not None


def dominant_country(places: list[Place]) -> str | None:
    """The country most places in the article belong to, earlier mentions weighing more."""
    scores: dict[str, float] = {}
    for rank, place in enumerate(places):
        if place.country:
            scores[place.country] = scores.get(place.country, 0.0) + 1.0 / (1 + 0.1 * rank)
    return max(scores, key=scores.__getitem__) if scores else None
