"""The place of a sentence's incident, and of an incident told over several sentences: own places,
homes, routes, ceremonies and datelines set aside, the finest place the report supports."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache
from itertools import pairwise

from sahelwatch.extract.context import COUNTRY_PREC, in_sentence
from sahelwatch.extract.dates import corrects_date, find_date_expressions, is_recalled, told_with_proceeding
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.locatives import is_located_in, side_country, side_mentions
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.geo import country_place, event_location
from sahelwatch.geo.admin2 import unit_stem
from sahelwatch.geo.areas import shared_area_unit
from sahelwatch.geo.normalize import norm
from sahelwatch.geo.resolve import demonym_country
from sahelwatch.geo.toponyms import lexicon_common_words
from sahelwatch.models import Evidence, Place
from sahelwatch.read.relevance import cue_spans, has_violence_cue
from sahelwatch.read.sentences import Sentence


def sentence_place(ctx: ArticleContext, sentence: Sentence) -> Place | None:
    """The event's place: the one tied to the sentence's trigger, else the latest earlier place,
    else the article's first place; a bare country is refined by the article's finer places."""
    own = told_places(ctx, sentence)
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
        earlier = [p for p in earlier if not told_aside(ctx, p)] or earlier
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


def told_places(ctx: ArticleContext, sentence: Sentence) -> list[Place]:
    """The places a sentence names, less where its wounded were taken (lexicon ``destination``: "évacués vers
    Gao", "evacuated to a hospital in Maiduguri") and the seat of the official who gives the news (lexicon
    ``source_seat``: "rendu public par le gouvernorat de Tillabéri")."""
    named = [
        p for p in ctx.places
        if p.start is not None and in_sentence(p.start, p.end, sentence) and not told_aside(ctx, p)
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


ASIDE_WINDOW = 80  # characters before a place searched for a destination or a speaker's seat


def told_aside(ctx: ArticleContext, place: Place) -> bool:
    """True for a place told as where the wounded were taken or as the seat of the official who speaks
    (lexicons ``destination``, ``source_seat``): no place of the incident, neither for the sentence naming it
    nor for the sentences after it ("... treated at the General Hospital in Funtua. The vigilantes engaged the
    attackers": not at Funtua)."""
    if place.start is None:
        return False
    text = ctx.article.text
    aside = [rx for key in ("destination", "source_seat")
             if (rx := lexicon_pattern(ctx.lang, key, r"\b(?:{})$")) is not None]
    # wide enough for a pipeline's far end and its country ("the pipeline that carries crude oil from Niger
    # to the port of Cotonou in Benin")
    return any(rx.search(text[max(0, place.start - ASIDE_WINDOW) : place.start]) for rx in aside)


CEREMONY_GAP = 6  # characters between a ceremony's place and its day ("in Kaya on Wednesday", "mardi à Dori")


def _off_ceremony(ctx: ArticleContext, sentence: Sentence, places: list[Place]) -> list[Place]:
    """The places less the one told right beside a ceremony's, a verdict's or an apology's day ("Mourners in
    Kaya on Wednesday buried nine hunters killed in an attack on Saturday in Bourzanga", see
    ``told_with_proceeding``): that is where the mourners met, not where the deed was done. All of them when
    none is left."""
    text = ctx.article.text
    days = [d for d in find_date_expressions(text, ctx.published, ctx.lang, ctx.article.title)
            if in_sentence(d.start, d.end, sentence) and told_with_proceeding(text, d, ctx.lang)]
    if not days:
        return places

    def beside(p: Place) -> bool:
        assert p.start is not None and p.end is not None
        return any(0 <= d.start - p.end <= CEREMONY_GAP or 0 <= p.start - d.end <= CEREMONY_GAP for d in days)

    return [p for p in places if not beside(p)] or places


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
    if chosen.admin1 and fold(chosen.name) == fold(chosen.admin1):
        level, finest = "admin1", 3
    elif chosen.admin2 and chosen.where_prec >= 3 and unit_stem(chosen.name) == unit_stem(chosen.admin2):
        level, finest = "admin2", 2
    else:
        return chosen
    inside = [
        p
        for p in candidates
        if getattr(p, level) == getattr(chosen, level) and p.where_prec <= finest
        and fold(p.name) != fold(chosen.name)
    ]
    return next((p for p in inside if p.where_prec <= 2), inside[0] if inside else chosen)


def fold(name: str | None) -> str:
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
              and not told_aside(ctx, p)]  # not a pipeline's far end ("linking Niger's Agadem field to ...")
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


def draft_evidence(ctx: ArticleContext, draft: Draft) -> list[Evidence]:
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


def off_road_end(ctx: ArticleContext, place: Place | None) -> Place | None:
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


def finer_in_group(place: Place | None, group: list[Draft],
                   ctx: ArticleContext | None = None) -> Place | None:
    """A region the lead names gives way to a town inside it that another sentence of the incident names
    ("soldiers were killed in the Tillaberi region ... they were on patrol near Teguey": Teguey); not a
    village the gazetteer places only by its district."""
    if place is None or not place.admin1:
        return place
    if place.where_prec < 3 and fold(place.name) == fold(place.admin1):
        return _unit_inside_namesake_region(place, group, ctx)
    if place.where_prec < 3:
        return _village_named_after_near(place, group, ctx)
    if fold(place.name) not in (fold(place.admin1), fold(place.admin2)):
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


def _unit_inside_namesake_region(place: Place, group: list[Draft], ctx: ArticleContext | None) -> Place:
    """A city that bears its region's name ("killed in fighting in Herat") may stand for the region: it gives
    way to a district or town of that region outside the city's own unit that another sentence of the
    incident, or the sentence right after the lead, names as its only place ("they were targeted last night
    in Shindand district"), unless that sentence counts dead or wounded of its own (a communiqué's next line,
    "à Nioro du Sahel, 14 terroristes neutralisés", is another town's incident), nor from a sentence that
    names the city itself among other towns. Not where the gazetteer gives the city no unit (a quarter of
    Bissau is no town outside it)."""
    if not place.admin2:
        return place

    def inside(p: Place) -> bool:
        return (p.country == place.country and p.admin1 == place.admin1 and bool(p.admin2)
                and p.admin2 != place.admin2 and p.where_prec <= 3)

    told = [d.place for d in sorted(group, key=lambda d: d.sentence.start)
            if d.place_from_text and d.place is not None and inside(d.place)
            and not any(c.town_part for c in d.casualties) and not _names_city(ctx, d, place)]
    if told or ctx is None:
        return told[0] if told else place
    lead = min(group, key=lambda d: d.sentence.start)
    if lead.sentence not in ctx.sentences:
        return place
    index = ctx.sentences.index(lead.sentence)
    after = ctx.sentences[index + 1] if index + 1 < len(ctx.sentences) else None
    if after is None or any(d.sentence is after for d in group):
        return place
    own = told_places(ctx, after)
    if len(own) != 1 or not inside(own[0]) or _counts_own_casualties(after.text, ctx.lang):
        return place
    return own[0]


def _names_city(ctx: ArticleContext | None, draft: Draft, city: Place) -> bool:
    """True when a draft's sentence lists the city itself beside the draft's place, a comma between them
    ("attaques simultanées à Kayes, Nioro du Sahel et Diboli"): there the city is one town among others,
    not its region."""
    if ctx is None or draft.place is None:
        return False
    own = sorted((p for p in told_places(ctx, draft.sentence) if p.start is not None and p.end is not None),
                 key=lambda p: p.start)
    names = {fold(city.name), fold(draft.place.name)}
    return any(ctx.article.text[a.end:b.start].strip() in (",", ";") and {fold(a.name), fold(b.name)} == names
               and min(a.where_prec, b.where_prec) < 3 for a, b in pairwise(own))


def _counts_own_casualties(text: str, lang: str) -> bool:
    """True when a sentence counts dead or wounded of its own."""
    return any(c.kind in ("killed", "wounded") and not c.negated for c in find_casualties(text, lang))


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
    own = told_places(ctx, after)
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
            and in_sentence(draft.place.start, draft.place.end or draft.place.start, before))


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
