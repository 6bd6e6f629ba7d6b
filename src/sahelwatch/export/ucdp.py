"""Code an event as a UCDP GED dyad: side_a, side_b and type_of_violence.

UCDP differs from ACLED in ways that matter for the export:

* side_a of a state-based conflict is always the government ("Government of X");
* civilians killed by fighting between a government and rebels (shelling, air strikes,
  crossfire) belong to that state-based dyad, counted as ``deaths_civilians``; only
  deliberate attacks on civilians are one-sided violence (type 3);
* every side is a named organisation. When the report names no perpetrator, we fall
  back to the group the report suggests (``Actor.suspected``), else to UCDP's usual dyad in the
  region, else to the country's most frequently coded UCDP opponent of the government, or
  perpetrator of one-sided violence, learnt from UCDP's own labels (``data/ucdp_priors.json``,
  built by ``python -m sahelwatch.export.ucdp LABELS.jsonl...``);
* foreign forces supporting a side of a country's war (Russia in Syria) fight in that side's dyad.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from functools import cache
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from sahelwatch.data import label_rows, write_json
from sahelwatch.extract.taxonomy import (
    CIVILIANS_INTER,
    IDENTITY_MILITIA_INTER,
    POLITICAL_MILITIA_INTER,
    UNREST,
    is_violent,
)
from sahelwatch.geo.normalize import norm
from sahelwatch.models import Actor, Event

STATE_BASED, NON_STATE, ONE_SIDED = 1, 2, 3
PRIORS_FILE = "ucdp_priors.json"
PRIOR_SINCE_YEAR = 2012  # recent labels only: conflicts change
ADVERSARY_SHARE = 0.6  # a group's usual adversary replaces "Civilians" only when it dominates


@cache
def priors() -> dict[str, dict[str, str]]:
    """{"opponent": {country: side}, "perpetrator": {country: side}} keyed by UCDP country name."""
    text = resources.files("sahelwatch.data").joinpath(PRIORS_FILE).read_text("utf-8")
    return json.loads(text)


REMNANT_LANGS = ("en", "fr", "pt")
UNARMED_DEAD = ("civilians", "unknown")  # the groups of the dead an old mine's rule applies to


@cache
def _war_remnant() -> tuple[re.Pattern[str], ...]:
    from sahelwatch.extract.numbers import lexicon_pattern

    found = (lexicon_pattern(lang, "war_remnant", r"(?<![\w-])(?:{})(?![\w-])") for lang in REMNANT_LANGS)
    return tuple(p for p in found if p is not None)


def war_remnant_deaths(event: Event) -> bool:
    """Whether the event's dead are civilians (or unnamed) killed by ordnance left over from past fighting,
    told in the sentence that gives them ("an old landmine left over from the war", "un obus non explosé").
    UCDP's coding practice for these deaths, which it cannot tie to a dyad on that day: best and low 0,
    the dead as the high estimate only (so coded in about 20 of 21 such events of the UCDP-AEC dev split;
    soldiers or fighters killed by an old mine keep their count)."""
    fat = event.fatalities
    if not fat.best or fat.deaths_a or fat.deaths_b:
        return False
    sentence, told = "", []
    for evidence in event.evidence:  # each sentence is followed by the fields read in it
        if evidence.field == "sentence":
            sentence = evidence.text
        elif evidence.field.startswith("fatalities:killed"):
            if evidence.field.rsplit(":", 1)[-1] not in UNARMED_DEAD:
                return False  # a report merged in tells of armed men killed
            told.append(sentence)
    return any(p.search(text) for text in told for p in _war_remnant())


_DEATH_WORDS = {"dead", "death", "deaths", "fatality", "fatalities",  # "three persons confirmed dead in ..."
                "mort", "morts", "décès", "mortos", "mortes", "óbitos"}
SIDE_LANGS = ("en", "fr", "pt")  # the languages whose casualty nouns name the dead's side


@cache
def _own_words(lang: str) -> frozenset[str]:
    """Words telling casualties in ``lang`` only (its casualty nouns, number words and killing verbs, read
    from its lexicon): they tell which language a sentence giving the dead is in."""
    from sahelwatch.extract.casualty_rules import rules
    from sahelwatch.extract.numbers import load_lexicon

    def words(lang: str) -> set[str]:
        lex = load_lexicon(lang)
        told = [*rules(lang).group_of, *(lex.get("numbers", {}).get("words") or {})]
        told += str((lex.get("casualties", {}).get("after") or {}).get("killed") or "").split("|")
        return {w.lower() for w in told if len(w) > 2 and re.fullmatch(r"[\w'’-]+", w)}

    others = set().union(*(words(other) for other in SIDE_LANGS if other != lang))
    return frozenset(words(lang) - others)


def _sentence_lang(sentence: str) -> str:
    """The language of a sentence giving the dead: the one with most of its own casualty words, English on
    a tie (an event keeps no language; its evidence does)."""
    tokens = re.findall(r"[\w'’-]+", sentence.lower())
    scores = [(sum(t in _own_words(lang) for t in tokens), -i, lang) for i, lang in enumerate(SIDE_LANGS)]
    return max(scores)[2]
ARMED_DEAD = ("security", "militants")  # the groups of the dead that belong to one side of a dyad
NAMEABLE_DEAD = (*ARMED_DEAD, "unknown")  # "the commander of Jaish-e-Mohammed" is of no group, but of a side
_AGENT = re.compile(r"\s(?:by|at the hands of|par|pelos?|pelas?)\s", re.I)


@cache
def _complement_opening(lang: str) -> re.Pattern[str] | None:
    """The start of a complement naming the body the dead belong to ("of the Asayish", "affiliated to")."""
    from sahelwatch.extract.numbers import load_lexicon

    try:
        opening = (load_lexicon(lang)["casualties"].get("affiliations") or {}).get("opening")
    except (KeyError, OSError):
        return None
    # the body right after the opening, in a few words: not a place and what happened there ("the death of a
    # rebel in Jabal al-Turkman due to an exchange of fire between regime forces and ...")
    return re.compile(rf"\s*,?\s*(?:{opening})\s(?:[^\s.;,()]+[ \t]?){{1,5}}", re.I) if opening else None


Phrase = tuple[str, frozenset[int], int | None]  # a phrase telling dead: group, sides named, figure told


def _sides_named_with_dead(event: Event, sides: tuple[str, str], country: str | None,
                           phrases: list[Phrase] | None = None) -> dict[str, set[int]]:
    """Per group of the dead ("security", "militants", "unknown"), the dyad sides (0 for side a, 1 for side b)
    that the phrases telling them name: "31 Houthi rebels were killed", "two SDF soldiers", "the death of
    four members of the Asayish" (a complement is read after the dead's noun only, not after "were killed
    in an ambush by ..."); -1 marks a phrase of the group that names no side. An actor the event associates
    with one of its two actors names that actor's side ("huit chasseurs dozos" beside Dan Na Ambassagou).
    Each phrase, with the figure it tells, is added to ``phrases`` when given."""
    from sahelwatch.extract.actors import find_actors
    from sahelwatch.extract.casualty_rules import rules
    from sahelwatch.extract.numbers import find_numbers

    code = event.place.country if event.place else None
    beside = {a.name: principal.ucdp_name for principal, assoc in ((event.actor1, event.assoc_actor_1),
                                                                    (event.actor2, event.assoc_actor_2))
              if principal is not None for a in assoc}
    named: dict[str, set[int]] = {}
    sentence, lang = "", "en"
    for evidence in event.evidence:
        if evidence.field == "sentence":
            sentence = evidence.text
            lang = _sentence_lang(sentence)
            continue
        parts = evidence.field.split(":")
        if len(parts) != 3 or parts[:2] != ["fatalities", "killed"] or parts[2] not in NAMEABLE_DEAD:
            continue
        phrase = _AGENT.split(evidence.text)[0]
        at = sentence.find(evidence.text)
        last = evidence.text.rsplit(None, 1)[-1].lower() if evidence.text.strip() else ""
        opening = _complement_opening(lang)
        if opening and at >= 0 and phrase == evidence.text and last in rules(lang).group_of \
                and last not in _DEATH_WORDS:
            complement = opening.match(sentence, at + len(evidence.text))
            phrase += complement.group(0) if complement else ""
        found = set()
        for match in find_actors(phrase, lang, code, event.date.event_date):
            name = match.actor.ucdp_name or beside.get(match.actor.name) or ""
            name = SUPPORTED_SIDE.get((country or "", name), name)
            if name in sides:
                found.add(sides.index(name))
        named.setdefault(parts[2], set()).update(found or {-1})
        if phrases is not None:
            figures = find_numbers(evidence.text, lang)
            phrases.append((parts[2], frozenset(found or {-1}), figures[0].low if figures else None))
    return named


def deaths_by_side(event: Event, side_a: str, side_b: str, violence: int | None, country: str | None
                   ) -> tuple[int, int, int]:
    """(deaths_a, deaths_b, deaths_unknown): the dead of the state's forces and of its armed opponents put
    on the UCDP side they belong to. A side named with the dead takes them ("31 Houthi rebels": in Yemen the
    Houthis are UCDP's "Government of Yemen (North Yemen)", side a); else the state's forces' dead go to the
    side of the state's UCDP name and the armed opponents' to the other; in a non-state dyad an unnamed
    group's dead go to the side the other group's named dead are not on. Dead of no group go to the side every
    phrase telling them names ("the commander of Jaish-e-Mohammed was killed"). One-sided violence: the
    perpetrator is side a."""
    fat = event.fatalities
    by_group = {"security": fat.deaths_a, "militants": fat.deaths_b}
    unknown = fat.deaths_unknown
    if violence == ONE_SIDED or "Civilians" in (side_a, side_b) or not (fat.deaths_a or fat.deaths_b
                                                                           or unknown):
        if violence == ONE_SIDED and not side_a.startswith("Government of"):
            return fat.deaths_b, fat.deaths_a, unknown  # the perpetrator is side a
        return fat.deaths_a, fat.deaths_b, unknown
    from sahelwatch.extract.actors import state_forces

    phrases: list[Phrase] = []
    named = _sides_named_with_dead(event, (side_a, side_b), country, phrases)
    of_unknown = named.pop("unknown", set())
    armed = {group: found - {-1} for group, found in named.items()}  # phrases naming no side say nothing
    side = {group: next(iter(found)) for group, found in armed.items() if len(found) == 1}
    deaths = [0, 0]
    if unknown and len(of_unknown) == 1 and -1 not in of_unknown:  # every phrase names the same side
        deaths[next(iter(of_unknown))], unknown = unknown, 0
    state = state_forces(event.place.country if event.place else None).ucdp_name
    if state in (side_a, side_b) and not (state == side_a and state == side_b):
        state_side = (side_a, side_b).index(state)
        side.setdefault("security", state_side)
        if side["security"] == state_side:
            side.setdefault("militants", 1 - state_side)
    elif "security" not in side:  # a state's soldiers told in a group's war (the SDF against IS): its own
        group = next((a.ucdp_name for a in (event.actor1, event.actor2) if a and not _is_government(a)
                      and _stands_for_state(event, a, (side_a, side_b)) and a.ucdp_name in (side_a, side_b)),
                     None)
        if group:
            side["security"] = (side_a, side_b).index(group)
    for group, other in (("security", "militants"), ("militants", "security")):
        if group not in side and other in side:
            side[group] = 1 - side[other]
    side.setdefault("security", 0)
    side.setdefault("militants", 1)
    for group, count in by_group.items():
        split = _split_by_phrase(count, [p for p in phrases if p[0] == group], side[group],
                                 state in (side_a, side_b))
        for at, dead in enumerate(split or (0, 0)):
            deaths[at] += dead
        if split is None:
            deaths[side[group]] += count
    return deaths[0], deaths[1], unknown


def community_victims_side(event: Event, side_a: str, side_b: str, violence: int | None) -> int | None:
    """The side (0: a, 1: b) the dead of an ethnic or communal militia's attack on civilians belong to in a
    non-state dyad of two communities ("Fulani herdsmen killed five villagers" in a Fulani-Tiv dyad): the
    attacked community, the side that is not the attackers'; None for any other event."""
    attacker, attacked = event.actor1, event.actor2
    if violence != NON_STATE or attacker is None or attacked is None or "Civilians" in (side_a, side_b):
        return None
    if attacker.inter != IDENTITY_MILITIA_INTER or attacked.inter != CIVILIANS_INTER:
        return None
    if attacker.ucdp_name not in (side_a, side_b) or side_a == side_b:
        return None
    return 1 - (side_a, side_b).index(attacker.ucdp_name)


def militias_war(event: Event, side_a: str, side_b: str, violence: int | None) -> bool:
    """True for a non-state dyad whose armed actors are all militias, gangs or cartels (ACLED inter 3: the
    Sinaloa and Jalisco cartels, two cults): the dead a report tells only as a man, a woman or people may be
    of either side, of unknown affiliation for UCDP, not civilians."""
    if violence != NON_STATE or "Civilians" in (side_a, side_b):
        return False
    armed = [a for a in (event.actor1, event.actor2) if a is not None and a.inter != CIVILIANS_INTER]
    return bool(armed) and all(a.inter == POLITICAL_MILITIA_INTER for a in armed)


def _split_by_phrase(count: int, phrases: list[Phrase], default: int, state_fights: bool
                     ) -> tuple[int, int] | None:
    """The dead of one group put on both sides when its phrases name different sides ("huit chasseurs dozos
    et une quinzaine d'assaillants": the dozos on their militia's side, the attackers on the other): each
    phrase's figure goes to the side it names; a phrase naming none goes to the group's side where a state
    fights, else to the side opposite the one named. None unless the figures add up to the group's dead."""
    told = {sides for _, sides, _ in phrases}
    named = {next(iter(sides)) for sides in told if len(sides) == 1 and -1 not in sides}
    if len(phrases) < 2 or not named or any(len(sides) > 1 for sides in told) or len(told) < 2:
        return None
    if any(figure is None for _, _, figure in phrases) or sum(f or 0 for _, _, f in phrases) != count:
        return None
    unnamed = default if state_fights or len(named) > 1 else 1 - next(iter(named))
    split = [0, 0]
    for _, sides, figure in phrases:
        at = next(iter(sides))
        split[unnamed if at == -1 else at] += figure or 0
    return split[0], split[1]


def _stands_for_state(event: Event, group: Actor, sides: tuple[str, str]) -> bool:
    """Whether the event's other actor is a state's forces that the dyad left out for ``group``'s war."""
    return any(_is_government(a) and a.ucdp_name not in sides for a in (event.actor1, event.actor2)
               if a is not group)


def _is_government(actor: Actor | None) -> bool:
    return bool(actor and (actor.ucdp_name or "").startswith("Government of"))


def _is_civilians(actor: Actor | None) -> bool:
    return bool(
        actor and (actor.inter == 7 or actor.ucdp_name == "Civilians" or actor.name.startswith("Civilians"))
    )


RARELY_ONE_SIDED = 0.2  # below this share of one-sided events, a group's killings are its conflict's
REBEL_EVENTS = 5  # a group UCDP coded against the government this often is one of the country's rebels


def _rarely_one_sided(country: str | None, group: str) -> bool:
    """True when UCDP coded few of the group's events in this country as one-sided violence (the
    victims of a cartel's killings are mostly taken to be rival members), unless the group is a rebel
    of the country (UCDP codes its killings of civilians as one-sided)."""
    share = priors().get("one_sided_share", {}).get(f"{country}|{group}")
    rebels = priors().get("rebels", {}).get(country or "", [])
    return share is not None and share < RARELY_ONE_SIDED and group not in rebels


def _communal(actor: Actor, country: str | None, adm1: str | None, group: str) -> bool:
    """True for a communal or ethnic militia (ACLED inter 4) whose one-sided share UCDP's labels do not give:
    an informally organised group, which UCDP never codes as a perpetrator of one-sided violence (its
    killings belong to the communal conflict: Irigwe gunmen who kill a Fulani herder in Plateau, Fulani
    against Irigwe). So too for unidentified gunmen the report suggests are such a community's, when UCDP's
    usual dyad of that community in the region is a communal one."""
    if f"{country}|{group}" in priors().get("one_sided_share", {}):
        return False
    if actor.inter == IDENTITY_MILITIA_INTER:
        return True
    local = local_dyad(country, adm1, group) if actor.suspected == group else None
    return local is not None and _violence(local) == NON_STATE


LOCAL_SHARE = 0.5  # a region's (or a group's in a region) usual dyad must cover half its events


_UNIT_WORDS = re.compile(r"\b(?:governorate|province|region|state|department|district|division|county)\b")


def region_key(country: str | None, adm1: str | None) -> str | None:
    """'Syria|deirezzor': the country and its first-order unit, folded (accents, admin words)."""
    if not country or not adm1:
        return None
    text = _UNIT_WORDS.sub("", norm(adm1))
    folded = re.sub(r"[^a-z]", "", text)
    return f"{country}|{folded}" if folded else None


@cache
def _regions(country: str) -> tuple[str, ...]:
    prefix = f"{country}|"
    return tuple(sorted({k.split("|")[1] for k in priors().get("local_dyad", {}) if k.startswith(prefix)}))


def local_dyad(country: str | None, adm1: str | None, group: str | None = None) -> tuple[str, str] | None:
    """UCDP's usual dyad in this region (for this group when given), spelling variants allowed
    ("Dair ez Zor" = "Deir ez-Zor")."""
    key = region_key(country, adm1)
    if key is None or country is None:
        return None
    region = key.split("|")[1]
    match = process.extractOne(region, _regions(country), scorer=fuzz.ratio, score_cutoff=75)
    if match is None:
        return None
    found = priors().get("local_dyad", {}).get("|".join(filter(None, (country, match[0], group))))
    return (found[0], found[1]) if found else None


def _group_dyad(country: str | None, adm1: str | None, group: str | None) -> tuple[str, str] | None:
    """The group's usual UCDP dyad in the region, else in the country."""
    found = local_dyad(country, adm1, group) or priors().get("dyad", {}).get(f"{country}|{group}")
    return (found[0], found[1]) if found else None


def _violence(dyad: tuple[str, str]) -> int:
    if dyad[1] == "Civilians":
        return ONE_SIDED
    return STATE_BASED if dyad[0].startswith("Government of") else NON_STATE


# A government's main opponent from a date on, where the training labels (to 2020) predate it: since the
# February 2021 coup UCDP codes Myanmar's resistance forces (PDFs) as the National Unity Government's.
# A region's own resistance keeps its older group's name: Kayah's (the KNDF) is coded with the KNPP. Since
# IS claimed the Cabo Delgado insurgency (June 2019) UCDP codes Mozambique's war with IS, no longer Renamo's.
OPPONENT_SINCE = {"Myanmar (Burma)": ("2021-02-01", "NUG"), "Myanmar (Burma)|kayah": ("2021-02-01", "KNPP"),
                  "Mozambique": ("2019-06-01", "IS")}


def _opponent(country: str | None, day: str | None, adm1: str | None = None) -> str | None:
    """The government's usual UCDP opponent in the country (in its region ``adm1`` when told) on ``day``."""
    since = OPPONENT_SINCE.get(region_key(country, adm1) or "") or OPPONENT_SINCE.get(country or "")
    if since and day and day[:10] >= since[0]:
        return since[1]
    return priors()["opponent"].get(country or "")


# The leaders whose opponents UCDP names as the side of deadly protest repression ("Opponents of Duque"):
# per country, the day each took office (UCDP's spelling; None: not known). Left out: Myanmar since the coup
# and Sudan, where UCDP codes most such killings as one-sided violence.
LEADERS_SINCE = {
    "Iraq": (("2018-10-25", "Mahdi"), ("2020-05-07", "Kadhemi"), ("2022-10-27", None)),
    "Colombia": (("2018-08-07", "Duque"), ("2022-08-07", None)),
    "Chad": (("2021-04-20", "Mahamat Deby Itno"),),
    "Guinea": (("2010-12-21", "Conde"), ("2021-09-05", None)),
    "Haiti": (("2017-02-07", "Moise"), ("2021-07-07", None)),
    "Ivory Coast": (("2011-04-11", "Ouattara"),),
    "Venezuela": (("2013-03-05", "Maduro"),),
    "Nicaragua": (("2007-01-10", "Ortega"),),
    "Egypt": (("2014-06-08", "al-Sisi"),),
}


def _leaders_opponents(country: str | None, day: str | None) -> str | None:
    """UCDP's name for the opponents of the country's leader on ``day``, when known."""
    leader = None
    for since, name in LEADERS_SINCE.get(country or "", ()):
        if day and day[:10] >= since:
            leader = name
    return f"Opponents of {leader}" if leader else None


def _in_office(country: str | None, day: str | None, side: str | None) -> str | None:
    """An "Opponents of" side named after the leader in office on ``day``; other sides as they are."""
    if not side or not side.startswith("Opponents of ") or country not in LEADERS_SINCE:
        return side
    return _leaders_opponents(country, day) or side


def _suspect_named(actor: Actor | None, country: str | None, adm1: str | None) -> Actor | None:
    """An unidentified actor named after the group the report suggests, unless that group is a side of
    the region's usual dyad: the prior then also gives the dyad's other side (and its type)."""
    if actor is None or not actor.suspected or actor.ucdp_name:
        return actor
    usual = local_dyad(country, adm1)
    return actor if usual and actor.suspected in usual else replace(actor, ucdp_name=actor.suspected)


# Names the press gives both factions of a split group: UCDP names the faction its region's war is with.
SPLIT_GROUP_NAMES = {"JAS": ("IS", re.compile(r"^(?:the\s+)?boko[\s-]haram\b", re.I))}


def _faction(actor: Actor | None, country: str | None, adm1: str | None) -> Actor | None:
    """"Boko Haram" in a region where UCDP codes the war against IS (ISWAP: Niger's Diffa, Chad's Lac) is IS;
    "Shekau faction" or "JAS" stay JAS, and so does Boko Haram where UCDP's usual dyad there is JAS's."""
    split = SPLIT_GROUP_NAMES.get(actor.ucdp_name or "") if actor else None
    if actor is None or split is None or not split[1].match(actor.surface or ""):
        return actor
    usual = local_dyad(country, adm1) or ()
    war_with_faction = split[0] in usual and actor.ucdp_name not in usual
    return replace(actor, ucdp_name=split[0]) if war_with_faction else actor


# Foreign forces that UCDP codes as secondary (supporting) parties of a side in a country's war: their
# fighting there belongs to the dyad of the side they support (their one-sided violence stays their own).
SUPPORTED_SIDE = {
    ("Syria", "Government of Russia (Soviet Union)"): "Government of Syria",
    ("Syria", "Government of Iran"): "Government of Syria",
    ("Syria", "Government of Turkey"): "SNA",
    ("Syria", "Government of United States of America"): "SDF",
    # US strikes on AQAP and al-Shabaab: UCDP codes no US dyad in Yemen or Somalia (none in the training
    # labels; AQAP's war there is with the Presidential Leadership Council's forces)
    ("Yemen (North Yemen)", "Government of United States of America"):
        "Forces of the Presidential Leadership Council",
    ("Somalia", "Government of United States of America"): "Government of Somalia",
}


def _as_supported(a1: Actor | None, a2: Actor | None, country: str | None, deliberate: bool = False
                  ) -> tuple[Actor | None, Actor | None]:
    """The two actors, a foreign supporting force fighting a non-state group under its ally's UCDP name; so
    are its strikes that kill civilians in that war ("Russian air strikes killed a civilian in Idlib"),
    but not its ``deliberate`` killings of civilians."""

    def side(actor: Actor | None, other: Actor | None) -> Actor | None:
        ally = SUPPORTED_SIDE.get((country or "", actor.ucdp_name or "")) if actor else None
        war = other is None or not (_is_government(other) or (deliberate and _is_civilians(other)))
        return replace(actor, ucdp_name=ally) if actor and ally and war else actor

    return side(a1, a2), side(a2, a1)


def _name(actor: Actor | None) -> str | None:
    return actor.ucdp_name if actor and actor.ucdp_name else None


def ucdp_dyad(event: Event, country: str | None, adm1: str | None = None) -> tuple[str, str, int | None]:
    """(side_a, side_b, type_of_violence) for an event in ``country`` (UCDP's country name) and its
    first-order unit ``adm1``: an unnamed side is guessed from UCDP's usual dyad in that region (for
    that group), then in the country. A state's forces that kill protesters or rioters fight the opponents
    of its leader of the day ("Opponents of Duque") where UCDP names them; a side "Opponents of" learnt
    from older labels takes the name of the leader in office on the event's day.

    Non-violent events (protests, strategic developments) get type None: UCDP does not code them.
    """
    day = event.date.date_start or event.date.event_date
    side_a, side_b, violence = _ucdp_dyad(event, country, adm1)
    return _in_office(country, day, side_a) or "", _in_office(country, day, side_b) or "", violence


def _ucdp_dyad(event: Event, country: str | None, adm1: str | None = None) -> tuple[str, str, int | None]:
    if not is_violent(event.event_type):
        repression = _deadly_repression(event)
        if repression is None:
            return _name(event.actor1) or "", _name(event.actor2) or "", None
        opponents = _leaders_opponents(country, event.date.date_start or event.date.event_date)
        state = repression.actor1
        if opponents and state and state.inter == 1 and state.ucdp_name == f"Government of {country}":
            return state.ucdp_name, opponents, STATE_BASED
        event = repression
    a1, a2 = _as_supported(*(_faction(_suspect_named(a, country, adm1), country, adm1)
                             for a in (event.actor1, event.actor2)), country,
                           deliberate=event.event_type == "Violence against civilians")
    opponent = _opponent(country, event.date.date_start or event.date.event_date, adm1)
    perpetrator = priors()["perpetrator"].get(country or "")
    gov = next((a for a in (a1, a2) if _is_government(a)), None)
    other = a2 if gov is a1 else a1
    dyad = _instead_of_government(gov, other, country, adm1) if gov is not None else None
    if dyad:
        return dyad[0], dyad[1], _violence(dyad)
    if gov is not None:
        if _is_civilians(other) and event.event_type == "Violence against civilians":
            return gov.ucdp_name or "", "Civilians", ONE_SIDED
        other_name = None if _is_civilians(other) else _name(other)
        return _government_dyad(gov.ucdp_name or "", other_name or "", country, adm1, opponent)
    civilians = next((a for a in (a1, a2) if _is_civilians(a)), None)
    armed = [a for a in (a1, a2) if a is not None and a is not civilians]
    if civilians is not None or not armed:
        named = _name(armed[0]) if armed else None
        usual = local_dyad(country, adm1) if not named else None
        if usual and not (usual[1] == "Civilians" and event.event_type != "Violence against civilians"):
            return usual[0], usual[1], _violence(usual)
        if not named and event.event_type == "Explosions/Remote violence" and opponent and country:
            # bombs and old mines of unknown origin in a civil war belong to its state-based dyad
            return f"Government of {country}", opponent, STATE_BASED
        war = _conflict_dyad(country, adm1, named) if named and _fighting_fire(event) else None
        if war:  # a group's shells and mines that hit civilians belong to its war, not deliberate killings
            return war[0], war[1], _violence(war)
        attacker = named or perpetrator or opponent or ""
        adversary = priors().get("adversary", {}).get(f"{country}|{attacker}") if named else None
        rarely = _rarely_one_sided(country, attacker) or (bool(named) and _communal(armed[0], country, adm1,
                                                                                    attacker))
        if rarely:  # the group's war in this region first, else its usual adversary in the country
            local = local_dyad(country, adm1, attacker) if named else None
            regional = local and next((side for side in local if side != attacker), None)
            national = priors().get("usual_adversary", {}).get(f"{country}|{attacker}")
            adversary = regional or national or adversary
        deliberate = event.event_type == "Violence against civilians" and not rarely
        if adversary and not deliberate:
            # UCDP codes such killings within the group's conflict (cartel against cartel)
            if adversary.startswith("Government of"):
                return adversary, attacker, STATE_BASED
            return *_pair_order(attacker, adversary), NON_STATE
        return attacker, "Civilians", ONE_SIDED
    if len(armed) == 2 and all(a.inter == IDENTITY_MILITIA_INTER and not a.ucdp_name for a in armed):
        return _communal_dyad(armed[0], armed[1], country, adm1)
    named = [_name(a) for a in armed]
    if len(armed) == 2 and all(named) and named[0] != named[1]:
        first, second = _dyad_order(named[0] or "", named[1] or "", country, adm1)
        return first, second, NON_STATE
    known = next((n for n in named if n), None)
    dyad = _group_dyad(country, adm1, known) if known else None
    if dyad:  # the other side is unnamed: the group's usual UCDP dyad in this country
        return dyad[0], dyad[1], _violence(dyad)
    # one armed side unnamed, no government: most likely fighting against the state
    government = f"Government of {country}" if country else ""
    return government, known or opponent or "", STATE_BASED


def _communal_dyad(a: Actor, b: Actor, country: str | None, adm1: str | None) -> tuple[str, str, int]:
    """Communities' fighters the report does not name: UCDP's usual communal dyad of the region (Fulani
    and Tiv in Benue), else the two ACLED names, as a non-state conflict (UCDP has no generic side)."""
    usual = local_dyad(country, adm1)
    if usual and _violence(usual) == NON_STATE:
        return usual[0], usual[1], NON_STATE
    return a.name, b.name, NON_STATE


CROWD_INTERS = (5, 6, 7)  # rioters, protesters, civilians
CIVILIANS = Actor(name="Civilians", inter=7, ucdp_name="Civilians")


def _deadly_repression(event: Event) -> Event | None:
    """A protest or riot in which people died at the hands of state forces or an armed group, as the
    one-sided violence UCDP codes it (ACLED keeps it a protest or a riot): the force against civilians.
    A crowd's own violence without an armed side is no organised violence: None."""
    if event.event_type not in UNREST or not (event.fatalities.best or 0):
        return None
    armed = next((a for a in (event.actor1, event.actor2) if a and a.inter not in CROWD_INTERS), None)
    if armed is None or not armed.ucdp_name:
        return None
    return replace(event, event_type="Violence against civilians", sub_event_type="Attack",
                   actor1=armed, actor2=CIVILIANS)


def _instead_of_government(gov: Actor, other: Actor | None, country: str | None, adm1: str | None
                           ) -> tuple[str, str] | None:
    """The named group's usual dyad when the government was assumed, not named, or when UCDP codes the
    group's war against another group (the SDF against IS: the "soldiers" were most likely its own)."""
    name = _name(other)
    if other is None or not name or other.inter == 1 or _is_civilians(other):
        return None
    dyad = _group_dyad(country, adm1, name) if not gov.surface else None
    war = priors().get("dyad", {}).get(f"{country}|{name}")
    return dyad or ((war[0], war[1]) if war and not war[0].startswith("Government of") else None)


def _dyad_order(first: str, second: str, country: str | None, adm1: str | None) -> tuple[str, str]:
    """Two named groups in UCDP's order of their usual dyad (side_a is fixed per dyad, not the initiator),
    else in the order UCDP's labels give the pair anywhere."""
    usual = {_group_dyad(country, adm1, group) for group in (first, second)}
    if (second, first) in usual and (first, second) not in usual:
        return second, first
    return (first, second) if (first, second) in usual else _pair_order(first, second)


def pair_key(first: str, second: str) -> str:
    """Two sides' names in a fixed order, the key of ``pair_order`` in the priors."""
    return "|".join(sorted((first, second)))


def _pair_order(first: str, second: str) -> tuple[str, str]:
    """The two non-state sides in the order of UCDP's dyad (its side a first), when the labels have it; else
    in alphabetical order, as UCDP lists most non-state dyads (181 of the 198 pairs its training labels cite
    once)."""
    found = priors().get("pair_order", {}).get(pair_key(first, second))
    if found:
        return found[0], found[1]
    ordered = sorted((first, second), key=str.casefold)
    return ordered[0], ordered[1]


def _fighting_fire(event: Event) -> bool:
    """Shelling, mines, IEDs and grenades: remote violence other than a suicide bombing."""
    return event.event_type == "Explosions/Remote violence" and event.sub_event_type != "Suicide bomb"


def _conflict_dyad(country: str | None, adm1: str | None, group: str) -> tuple[str, str] | None:
    """The group's usual dyad against an armed opponent in the region, else in the country."""
    local = local_dyad(country, adm1, group)
    if local and local[1] != "Civilians":
        return local
    found = priors().get("dyad", {}).get(f"{country}|{group}")
    return (found[0], found[1]) if found else None


def _government_dyad(gov: str, other: str, country: str | None, adm1: str | None, opponent: str | None
                     ) -> tuple[str, str, int | None]:
    """The government against ``other``, or when unnamed against its usual opponent in the region, else
    in the country. Where UCDP codes no state-based conflict (Mexico's cartel wars), the violence belongs
    to the group's (else the region's, else the country's) usual non-state dyad; with no prior at all, the
    state's victims are civilians."""
    usual = local_dyad(country, adm1)
    if not opponent and gov == f"Government of {country}":
        nonstate = usual if usual and not usual[0].startswith("Government of") else None
        dyad = _group_war(country, adm1, other) if other else nonstate or _usual_nonstate(country)
        if dyad:
            return dyad[0], dyad[1], _violence(dyad)
    if other:
        return gov, other, STATE_BASED
    if usual and usual[0] == gov and usual[1] != "Civilians":
        return gov, usual[1], STATE_BASED
    return (gov, opponent, STATE_BASED) if opponent else (gov, "Civilians", ONE_SIDED)


def _group_war(country: str | None, adm1: str | None, group: str) -> tuple[str, str] | None:
    """The group's usual dyad against an armed opponent, else the group against its usual adversary."""
    adversary = priors().get("usual_adversary", {}).get(f"{country}|{group}")
    pair = _dyad_order(group, adversary, country, adm1) if adversary else None
    return _conflict_dyad(country, adm1, group) or pair


def _usual_nonstate(country: str | None) -> tuple[str, str] | None:
    """The country's usual perpetrator against its usual (non-civilian) adversary."""
    perpetrator = priors()["perpetrator"].get(country or "")
    adversary = priors().get("usual_adversary", {}).get(f"{country}|{perpetrator}")
    return (perpetrator, adversary) if perpetrator and adversary else None


def build_priors(label_files: list[Path]) -> dict[str, dict[str, str]]:
    """From UCDP labels: per country, the government's most frequent opponent and the most frequent
    perpetrator of one-sided violence; per country and armed group, the group's usual adversary
    when that adversary is not civilians in at least ``ADVERSARY_SHARE`` of its events."""
    opponents: dict[str, Counter[str]] = defaultdict(Counter)
    perpetrators: dict[str, Counter[str]] = defaultdict(Counter)
    adversaries: dict[str, Counter[str]] = defaultdict(Counter)
    pairs: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    local: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    order: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)  # a dyad's order holds for ever
    for row in label_rows(label_files):
        country, a, b = row["location_root_name"], row["side_a_name"], row["side_b_name"]
        if b != "Civilians" and not a.startswith("Government of") and not b.startswith("Government of"):
            order[pair_key(a, b)][(a, b)] += 1
        if int(row["start_date"][:4]) < PRIOR_SINCE_YEAR:
            continue
        if a.startswith("Government of") and b != "Civilians" and not b.startswith("Government of"):
            opponents[country][b] += 1
        elif b == "Civilians" and not a.startswith("Government of"):
            perpetrators[country][a] += 1
        if not a.startswith("Government of"):
            adversaries[f"{country}|{a}"][b] += 1
        foreign_government = a.startswith("Government of") and a != f"Government of {country}"
        region = region_key(country, row.get("location_adm1_name"))
        if region and not foreign_government:
            local[region][(a, b)] += 1
            for side in (a, b):
                if side != "Civilians" and not side.startswith("Government of"):
                    local[f"{region}|{side}"][(a, b)] += 1
        if b != "Civilians" and not foreign_government:
            for side in (a, b):
                if not side.startswith("Government of"):
                    pairs[f"{country}|{side}"][(a, b)] += 1
    return {
        "one_sided_share": {
            key: round(counts["Civilians"] / sum(counts.values()), 3)
            for key, counts in sorted(adversaries.items())
            if sum(counts.values()) >= 5
        },
        "usual_adversary": {
            key: side
            for key, counts in sorted(adversaries.items())
            for side, n in (counts - Counter({"Civilians": counts["Civilians"]})).most_common(1)
            if n >= 5
        },
        "opponent": {c: counts.most_common(1)[0][0] for c, counts in sorted(opponents.items())},
        "rebels": {
            c: sorted(side for side, n in counts.items() if n >= REBEL_EVENTS)
            for c, counts in sorted(opponents.items())
            if any(n >= REBEL_EVENTS for n in counts.values())
        },
        "perpetrator": {c: counts.most_common(1)[0][0] for c, counts in sorted(perpetrators.items())},
        "adversary": {
            key: side
            for key, counts in sorted(adversaries.items())
            for side, n in counts.most_common(1)
            if side != "Civilians" and n >= ADVERSARY_SHARE * sum(counts.values()) and n >= 5
        },
        "local_dyad": {
            key: list(pair)
            for key, counts in sorted(local.items())
            for pair, n in counts.most_common(1)
            if n >= LOCAL_SHARE * sum(counts.values()) and n >= 3 or _sole_local_war(key, pair, n, counts)
        },
        "dyad": {
            key: list(pair)
            for key, counts in sorted(pairs.items())
            for pair, n in counts.most_common(1)
            if n >= ADVERSARY_SHARE * sum(counts.values()) and n >= 5
        },
        "pair_order": {key: list(counts.most_common(1)[0][0]) for key, counts in sorted(order.items())},
    }


def _sole_local_war(key: str, pair: tuple[str, str], n: int, counts: Counter[tuple[str, str]]) -> bool:
    """A group's only dyad in a region, against an armed side, however rare: the region's own evidence
    of whom the group fights there (Fulani against Yoruba in Oyo) beats the group's national adversary."""
    return key.count("|") == 2 and "Civilians" not in pair and n == sum(counts.values())


def main(argv: list[str]) -> None:
    """Rebuild ``data/ucdp_priors.json`` from UCDP-AEC label files given on the command line."""
    result = build_priors([Path(a) for a in argv])
    target = write_json(PRIORS_FILE, result)
    print(f"{target}: {len(result['opponent'])} opponents, {len(result['perpetrator'])} perpetrators")


if __name__ == "__main__":
    main(sys.argv[1:])
