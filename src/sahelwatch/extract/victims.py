"""Who the violence hit: unarmed targets, the people the forces killed, communal clashes, villagers
who fought back."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from sahelwatch.extract import actors as actor_lex
from sahelwatch.extract.background import no_event
from sahelwatch.extract.context import classifier, own_date, sentence_of
from sahelwatch.extract.dates import is_recalled
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.mention_actors import (
    dedupe_actors,
    other_incidents_sentences,
    told_in,
    told_of_another_day,
)
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.roles import (
    FoundActor,
    RoleDefaults,
    allies_beside_the_forces,
    beside_the_forces,
    is_speaker,
)
from sahelwatch.extract.taxonomy import IDENTITY_MILITIA_INTER, is_violent
from sahelwatch.models import Actor
from sahelwatch.read.sentences import Sentence


def unarmed_target(ctx: ArticleContext, group: list[Draft], event_type: str, actor2: Actor | None,
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
    elsewhere = other_incidents_sentences(ctx, group[0])
    forces = [a for a in ctx.actors if a.group == "security"
              and not told_of_another_day(ctx, sentence_of(ctx, a.start), day)
              and not told_in(a, abroad) and not told_in(a, elsewhere) and not _told_as_backdrop(ctx, a)]
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
    return any("cue:clash" in classifier().model.cues.fired(d.sentence.text) for d in group)


def people_the_forces_killed(ctx: ArticleContext, group: list[Draft], event_type: str,
                             actor1: Actor | None, actor2: Actor | None, victims: set[str],
                             defaults: RoleDefaults) -> Actor | None:
    """The target of a "battle" only the state's forces fought: people they killed ("Soldiers killed 30 people
    in the village of Dioura, residents said"), with no armed group named anywhere in the report and no
    fighting told, were civilians, not gunmen the text never mentions (the mirror of ``unarmed_target``)."""
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
    return any(a.group == "security" and told_in(a, own) and not is_speaker(ctx.article.text, a, ctx.lang)
               for a in ctx.actors)


def _armed_foe_named(ctx: ArticleContext, group: list[Draft]) -> bool:
    """True when the report names an armed group or a foreign force, outside its other incidents and its
    backdrop, that is not told beside the state's forces as one subject ("Malian soldiers and foreign
    fighters killed ...": the soldiers' companions)."""
    text, elsewhere = ctx.article.text, other_incidents_sentences(ctx, group[0])
    own = [d.sentence for d in group]
    companions = {id(f) for f in allies_beside_the_forces(text, ctx.actors, ctx.lang)}
    return any(a.group in ("militants", "external") and not told_in(a, elsewhere) and id(a) not in companions
               and not beside_the_forces(text, ctx.actors, a, ctx.lang)
               and (told_in(a, own) or not _told_as_backdrop(ctx, a)) for a in ctx.actors)


def _told_as_backdrop(ctx: ArticleContext, found: FoundActor) -> bool:
    """True when the actor is named in a sentence that reports no event of its own ("C'est la première
    attaque depuis juin, lorsque Boko Haram avait été repoussé par les forces militaires") or tells an earlier
    incident in the pluperfect: the backdrop of the report, no party to its incident."""
    sentence = sentence_of(ctx, found.start)
    return sentence is not None and (no_event(sentence, ctx) or (
        not own_date(ctx, sentence) and is_recalled(sentence.text, ctx.lang)))


def communal_clash(ctx: ArticleContext, group: list[Draft], event_type: str, players: list[FoundActor],
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
    named = [p.actor for p in dedupe_actors(militias)][:2]
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


def communal_attackers(ctx: ArticleContext, group: list[Draft]) -> bool:
    """True when the unnamed attackers are told as a community's armed men ("des éleveurs armés ont attaqué
    le village", "des jeunes du village ont mené des représailles"; lexicon communal_attackers): ACLED's
    communal militia, not an unidentified armed group."""
    rx = lexicon_pattern(ctx.lang, "communal_attackers")
    return rx is not None and any(rx.search(d.sentence.text) for d in group)


def villagers_fought(ctx: ArticleContext, group: list[Draft], sub_type: str, victims: set[str]) -> bool:
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
