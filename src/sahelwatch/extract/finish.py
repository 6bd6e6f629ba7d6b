"""One mention from a group of drafts: type, actors, roles, casualties, place, date, evidence and
confidence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sahelwatch.extract import actors as actor_lex
from sahelwatch.extract.background import REGAINED
from sahelwatch.extract.claims import claim_before, claimed_by, claimed_next
from sahelwatch.extract.consolidate import arrested_helpers, as_nationals_told
from sahelwatch.extract.context import AIR_STRIKE, classifier
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.event_dates import incident_date
from sahelwatch.extract.event_places import finer_in_group, off_road_end
from sahelwatch.extract.fatality_summary import summarise_fatalities
from sahelwatch.extract.mention_actors import (
    abductors_of_the_found,
    context_actors,
    dedupe_actors,
    event_day,
    generic_named_before,
    group_named_again,
    told_abroad,
)
from sahelwatch.extract.mention_type import (
    TERRITORIAL,
    agreement_ended,
    draft_weight,
    lynching_type,
    scene_setting_types,
    told_means,
    told_parts,
    typing_draft,
    violent_type,
)
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.roles import (
    STATE_SIDE,
    FoundActor,
    RoleDefaults,
    allies_beside_the_forces,
    arrested_forces,
    assign_roles,
    associated_actors,
    attackers_first,
    attribute_suspect,
    civilians_are_no_battle,
    civilians_killer,
    clash_type,
    drone_flyer,
    forces_attacked,
    group_told_attacking,
    is_speaker,
    is_unidentified,
    role_players,
    role_told,
)
from sahelwatch.extract.taxonomy import (
    CIVILIANS_INTER,
    UNREST,
    default_civilian_targeting,
    disorder_type,
    is_violent,
)
from sahelwatch.extract.tolls import incident_casualties
from sahelwatch.extract.victims import (
    communal_attackers,
    communal_clash,
    people_the_forces_killed,
    unarmed_target,
    villagers_fought,
)
from sahelwatch.models import Actor, EventDate, Mention, Place


def finish_mention(ctx: ArticleContext, group: list[Draft]) -> Mention:
    """One mention from the sentences that report one incident."""
    backdrops = scene_setting_types(group)
    lead = max(group, key=lambda d: draft_weight(d, backdrops))
    casualties = incident_casualties(group, ctx.lang, ctx.article.text)
    fatalities = summarise_fatalities(casualties)
    told = lead.place if lead.place_from_text else next((d.place for d in group if d.place_from_text), None)
    place = finer_in_group(off_road_end(ctx, told or lead.place), group, ctx)
    event_date = incident_date(ctx, group, lead, place)
    parts = told_parts(group, backdrops)
    told = as_nationals_told(ctx.article.text, [a for d in parts for a in d.found_actors])
    own = dedupe_actors(told, lambda f: role_told(ctx.article.text, f, ctx.lang), _as_source(ctx, told))
    repeated = _named_again_in_sentence(ctx.article.text, parts)
    abroad = told_abroad(ctx, group, place)
    found = own or context_actors(ctx, lead, abroad)
    found = found + group_named_again(ctx, group, found)
    found = generic_named_before(ctx, group, found)
    if not any(f.group == "militants" for f in found):
        found = found + abductors_of_the_found(ctx, lead)
    # another count of the same dead adds no side to them ("the army said it had neutralised 50 terrorists")
    dead = [c for c in casualties if c.kind == "killed" and c.low > 0]
    victims = {c.group for c in dead if not c.alternative} or {c.group for c in dead}
    typed_draft = typing_draft(group, lead, ctx.lang)
    means = told_means(typed_draft, group)
    event_type, sub_type = lynching_type(ctx, typed_draft, violent_type(*means, victims))
    event_type, sub_type = agreement_ended(ctx, typed_draft, (event_type, sub_type))
    # the people taken count as victims too: the police who told an abduction did not abduct them
    taken = victims | {c.group for c in casualties if c.kind == "abducted" and c.low > 0}
    parties = role_players(ctx.article.text, found, taken, ctx.lang)  # not the police who told the toll
    event_type, sub_type = clash_type(event_type, sub_type, parties, victims)
    if event_type in UNREST:
        found = _unrest_parties(group)  # the police or soldiers of another sentence did not face the crowd
    defaults = role_defaults(ctx, place, event_date)
    day = event_day(ctx, event_date)
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
    actor2 = unarmed_target(ctx, group, event_type, actor2, victims, defaults, day, abroad)
    actor2 = people_the_forces_killed(ctx, group, event_type, actor1, actor2, victims, defaults)
    arrested = {c.group for c in casualties if c.kind == "arrested" and c.low > 0}
    actor2 = arrested_forces(sub_type, actor1, actor2, players, arrested)
    unnamed = actor2 is None and actor1 is not None  # "trois individus ont été interpellés"
    if sub_type == "Arrests" and (unnamed or arrested_helpers(ctx, lead, found)):
        actor2 = defaults.civilians  # "arrested 14 suspected JNIM collaborators": ACLED's civilians, not JNIM
    # armed herders who attacked a village and killed no armed man: a militia's attack, not a clash between
    # communities ("... killed when armed herders attacked a farming village, in the latest flare-up of
    # violence between herders and farmers")
    one_sided = not victims & {"militants", "security"} and communal_attackers(ctx, group)
    communal = None if one_sided else communal_clash(ctx, group, event_type, players, defaults)
    if communal is not None:  # the farmers and herders named are the militias' communities, no third party
        (event_type, sub_type), (actor1, actor2) = ("Battles", "Armed clash"), communal
        players = [p for p in players if p.actor.inter != CIVILIANS_INTER]
    elif villagers_fought(ctx, group, sub_type, victims):  # the villagers who fought back are a militia
        event_type, sub_type = "Battles", "Armed clash"
        if actor1 is None or actor1.inter == CIVILIANS_INTER:
            actor1 = defaults.armed_group
        actor2 = actor_lex.communal_militia(defaults.civilians.country)
        players = [p for p in players if p.actor.inter != CIVILIANS_INTER]
    elif actor1 == defaults.armed_group and communal_attackers(ctx, group):  # "des éleveurs armés ont ..."
        actor1 = actor_lex.communal_militia(defaults.civilians.country)
    elif one_sided and (actor1 is None or actor1.inter == CIVILIANS_INTER) and sub_type == "Mob violence":
        # "armed herders attacked a farming village": not a mob, the herders' militia on the villagers
        event_type, sub_type = "Violence against civilians", "Attack"
        actor1, actor2 = actor_lex.communal_militia(defaults.civilians.country), defaults.civilians
    actor1, actor2, suspicion = attribute_suspect(actor1, actor2, ctx.actors)
    actor1, actor2 = (claimed_next(ctx, claimed_by(ctx, a, day, group), lead) for a in (actor1, actor2))
    event_type, sub_type = civilians_are_no_battle(event_type, sub_type, (actor1, actor2))
    left = lexicon_pattern(ctx.lang, "ground_left")
    if sub_type == "Non-state actor overtakes territory" and left is not None and any(
            left.search(d.sentence.text) for d in group):
        sub_type = "Armed clash"  # a base overrun and left ("... before leaving"): no ground held (ACLED)
    if sub_type in TAKEN_BY_FORCE and _capture_only_sought(ctx, group):
        sub_type = "Armed clash"  # "launched an offensive aiming to capture Boni": ground sought, not held
    assoc1, assoc2 = associated_actors(actor1, actor2, players, victims)
    evidence = [e for d in group for e in d.evidence] + suspicion + claim_before(ctx, group[0])
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
    fired = classifier().model.cues.fired
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


def _unrest_parties(group: list[Draft]) -> list[FoundActor]:
    """The actors of a crowd event's own sentences, not of a decree or announcement told with it ("the junta
    dissolved the parties ... the protest was dispersed by the police": the police); a sentence that tells
    a death is no decree, whatever its type ("un manifestant a été tué lors de l'intervention des
    gendarmes")."""
    told = [a for d in group if d.prediction.event_type != "Strategic developments"
            or any(c.kind == "killed" and c.low > 0 for c in d.casualties) for a in d.found_actors]
    return dedupe_actors(told)


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


def role_defaults(ctx: ArticleContext, place: Place | None, event_date: EventDate) -> RoleDefaults:
    country = (place.country if place else None) or ctx.country
    on_date = event_day(ctx, event_date)
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
