"""Who did what to whom: assign actor1/actor2 (ACLED) and UCDP sides from the actors found.

ACLED's actor1 is the initiator of the event; actor2 the target. The rules follow the
sub-event type: civilians are always the target of violence against civilians, state
forces fly the air strikes, protesters are actor1 of a protest, and so on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.taxonomy import CIVILIANS_INTER, IDENTITY_MILITIA_INTER
from sahelwatch.models import Actor, Evidence

# ACLED inter codes of the generic crowd actors.
PROTESTERS_INTER = 6
RIOTERS_INTER = 5
REBEL_INTER = 2  # ACLED's inter code of rebel groups (JNIM, IS Sahel, Boko Haram)


@dataclass
class FoundActor:
    """An actor found near the event, with its broad group (security, militants, civilians, ...)."""

    actor: Actor
    group: str
    start: int
    end: int
    surface: str = ""
    homed: bool = False  # a generic noun given the article's country, not one the text names


def protesters(country_name: str | None) -> Actor:
    """ACLED's generic protester actor for a country."""
    suffix = f" ({country_name})" if country_name else ""
    return Actor(name=f"Protesters{suffix}", inter=PROTESTERS_INTER, ucdp_name=None, known=True)


def rioters(country_name: str | None) -> Actor:
    """ACLED's generic rioter actor for a country."""
    suffix = f" ({country_name})" if country_name else ""
    return Actor(name=f"Rioters{suffix}", inter=RIOTERS_INTER, ucdp_name=None, known=True)


def _police_first(found: list[FoundActor]) -> Actor | None:
    """The police facing a crowd, else the first state forces named ("supporters of the military rulers
    marched ... police fired tear gas": the police)."""
    police = [f for f in found if f.group == "security" and f.actor.name.startswith("Police")]
    return police[0].actor if police else _first(found, ("security",))


def _first(found: list[FoundActor], groups: tuple[str, ...], exclude: Actor | None = None) -> Actor | None:
    for f in found:
        if f.group in groups and (exclude is None or f.actor.name != exclude.name):
            return f.actor
    return None


@dataclass
class RoleDefaults:
    """Fallback actors for a country and date when the text names none."""

    state: Actor
    civilians: Actor
    armed_group: Actor
    country_name: str | None


def assign_roles(
    event_type: str,
    sub_event_type: str,
    found: list[FoundActor],
    victim_groups: set[str],
    defaults: RoleDefaults,
    first_dead: str | None = None,
    group_told_attacking: bool = False,
    civilians_hurt: bool = False,
) -> tuple[Actor | None, Actor | None]:
    """Return (actor1, actor2) for an event of this type.

    ``victim_groups`` are the groups that suffered casualties (security, militants, civilians),
    which tell the target when the text names only the attacker; ``first_dead`` is the side (security or
    militants) whose dead the report tells first; ``civilians_hurt`` tells that civilians were killed, wounded
    or abducted (a violent demonstration's target).
    """
    if sub_event_type == "Peaceful protest":  # ACLED: no opponent, sole protester action (60)
        actor1, actor2 = protesters(defaults.country_name), None
    elif sub_event_type == "Protest with intervention":
        actor1, actor2 = protesters(defaults.country_name), _police_first(found)
    elif sub_event_type == "Excessive force against protesters":
        # the state's forces, else the armed group that rules the place ("Asayish fired on demonstrators")
        actor1 = _first(found, ("security",)) or _first(found, ("militants",)) or defaults.state
        actor2 = protesters(defaults.country_name)
    elif event_type == "Riots":  # a mob that killed ("lynched a man") had civilians as its target
        lynched = defaults.civilians if sub_event_type == "Mob violence" and victim_groups else None
        actor1 = rioters(defaults.country_name)
        # the police facing them; the people named are a target only when someone was hurt or it is a mob's
        # ("Hundreds of residents protested ..., blocking the main road": the residents are the rioters)
        targeted = sub_event_type != "Violent demonstration" or civilians_hurt
        actor2 = _police_first(found) or (_first(found, ("civilians",)) if targeted else None) or lynched
    elif event_type == "Violence against civilians":
        # ACLED: a government's forces lead, the foreign forces beside them are associated ("soldiers and
        # Wagner mercenaries executed ..."); Wagner alone is actor1
        # forces among the dead are no perpetrator ("32 dead, among them 20 civilians and 12 soldiers")
        perpetrators = (("militants",), ("security",), ("external",))
        if "security" in victim_groups:
            perpetrators = (("militants",), ("external",))
        actor1 = next(filter(None, (_first(found, g) for g in perpetrators)), defaults.armed_group)
        actor2 = _first(found, ("civilians",)) or defaults.civilians
    elif sub_event_type == "Air/drone strike":
        # aircraft are a state's or a foreign force's: a militia named beside them (VDP, vigilantes) flies
        # none
        actor1 = next((f.actor for f in found if f.group in ("security", "external")
                       and f.actor.inter in STATE_SIDE), None) or defaults.state
        actor2 = _target(found, victim_groups, defaults, exclude=actor1)
    elif event_type in ("Battles", "Explosions/Remote violence"):
        actor1, actor2 = _battle_sides(found, victim_groups, defaults, first_dead, group_told_attacking)
        civilians = _first(found, ("civilians",))
        if (event_type == "Battles" and actor2 == defaults.state and civilians is not None
                and is_unidentified(actor1) and not victim_groups & {"militants", "security"}
                and not _first(found, ("security", "external"))):
            # a fight with dead of no side, no force named, only the civilians it hit: they were its target,
            # not the state ("an ambush on a convoy carrying the mine's employees left 39 dead")
            actor2 = civilians
        actor1, actor2 = _taker_first(sub_event_type, actor1, actor2)
        if sub_event_type == "Remote explosive/landmine/IED":
            actor1, actor2 = _bomb_target_second(actor1, actor2, victim_groups, defaults)
        if sub_event_type == "Suicide bomb" and actor1.inter == 1 and "militants" not in victim_groups:
            # a bomber is no state force: the police named are the ones who told it, or its target
            actor1, actor2 = defaults.armed_group, actor1
            if victim_groups and "security" not in victim_groups:  # "... in a market, killing 12 people"
                actor2 = defaults.civilians
        if sub_event_type == "Suicide bomb" and actor2 == defaults.state and not _first(found, ("security",)):
            # "a bomber blew herself up among villagers"; "... killing nine people": no soldier died
            bystanders = bool(victim_groups) and "security" not in victim_groups
            actor2 = _first(found, ("civilians",)) or (defaults.civilians if bystanders else actor2)
    elif sub_event_type == "Arrests":  # ACLED: the state forces that arrest, and whom they arrested
        actor1 = _first(found, ("security",)) or defaults.state
        actor2 = next((f.actor for f in found if f.group != "security"), None)
    else:
        # an agreement or a group's other move: "the rebels" / "its fighters" beside a named armed group are
        # that group's men, no party of their own ("the army and the FPL, a rebel group, signed ...")
        named = any(f.group == "militants" and not is_unidentified(f.actor) for f in found)
        parties = [f for f in found if not (named and is_unidentified(f.actor))]
        actor1 = parties[0].actor if parties else None
        actor2 = next((f.actor for f in parties if actor1 and f.actor.name != actor1.name), None)
    return actor1, actor2


def arrested_forces(sub_event_type: str, actor1: Actor | None, actor2: Actor | None,
                    found: list[FoundActor], arrested: set[str]) -> Actor | None:
    """ACLED's actor2 of arrests of soldiers or officers ("authorities arrested five army officers"): the
    forces they serve in, which may be the arresting forces themselves, not the jihadists they are accused of
    helping. Arrests of anyone else keep their actor2."""
    if sub_event_type != "Arrests" or arrested != {"security"}:
        return actor2
    return _first(found, ("security",), exclude=actor1) or actor1


STATE_SIDE = (1, 8)  # state forces and the foreign forces fighting beside them (Wagner, Barkhane)
NON_STATE_ARMED = (2, 3, 4)  # rebels, political militias, identity militias


def _taker_first(
    sub_event_type: str, actor1: Actor | None, actor2: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """ACLED's actor1 of territory taken by force is the side that took it: the state's forces when the
    government regains it ("ISWAP overran the base, but troops later retook it"), the group when a
    non-state actor overtakes it. Only an armed group and the state's forces swap."""
    if actor1 is None or actor2 is None:
        return actor1, actor2
    state_took = sub_event_type == "Government regains territory"
    group_took = sub_event_type == "Non-state actor overtakes territory"
    if (state_took and actor2.inter in STATE_SIDE and actor1.inter in NON_STATE_ARMED) or (
            group_took and actor1.inter in STATE_SIDE and actor2.inter in NON_STATE_ARMED):
        return actor2, actor1
    return actor1, actor2


def associated_actors(
    actor1: Actor | None, actor2: Actor | None, others: list[FoundActor], victims: set[str]
) -> tuple[list[Actor], list[Actor]]:
    """ACLED's associated actors from the actors found besides the two sides: one of actor1's kind acted
    with it ("soldiers and Wagner mercenaries executed 20 civilians") or a foreign force fought beside the
    state forces that are actor2 ("rebels fought the army and Wagner"), civilians beside civilian targets or
    a group that lost lives (or may have) were targeted with it. Any other (a source of the report, a
    bystander, unnamed gunmen who are one of the sides) is neither."""
    named = {a.name for a in (actor1, actor2) if a}
    sides = {f.actor.name: f.group for f in others}
    assoc1: list[Actor] = []
    assoc2: list[Actor] = []
    for f in others:
        if f.actor.name in named or is_unidentified(f.actor):  # unnamed gunmen are one of the sides
            continue
        named.add(f.actor.name)
        beside_civilians = actor2 is not None and f.actor.inter == actor2.inter == CIVILIANS_INTER
        if _security_beside(f, actor1, actor2, sides) or _fights_beside_state(f, actor1, actor2):
            assoc1.append(f.actor)  # "soldiers and VDP were killed", the state actor1: its side's losses
        elif actor2 is not None and (beside_civilians or _among_victims(f, victims)
                                     and not _kin_of_actor1(f.actor, actor1, actor2)):
            assoc2.append(f.actor)
        elif actor1 is not None and _allied(f.actor, actor1, actor2) \
                and not _pro_state_beside_foe(f, actor1, sides):
            assoc1.append(f.actor)
        elif actor2 is not None and actor2.inter in STATE_SIDE and _allied(f.actor, actor2, actor1):
            assoc2.append(f.actor)  # "l'armée et ses supplétifs de Wagner" attacked by rebels
        elif _fights_beside_state(f, actor2, actor1, f.actor.inter in STATE_SIDE):
            assoc2.append(f.actor)  # "the rebels killed 47 soldiers and 84 Wagner fighters"
    return assoc1, assoc2


def _kin_of_actor1(actor: Actor, actor1: Actor | None, actor2: Actor) -> bool:
    """True for an armed actor of actor1's kind in a fight with armed men of another kind ("des chasseurs
    dozos" killed in a fight of Dan Na Ambassagou's with the JNIM): its losses are actor1's side's, where
    both sides lost lives."""
    return (actor1 is not None and actor.inter == actor1.inter != actor2.inter
            and CIVILIANS_INTER not in (actor.inter, actor2.inter))


def _security_beside(
    found: FoundActor, actor1: Actor | None, actor2: Actor | None, sides: dict[str, str]
) -> bool:
    """State forces beside a pro-government militia that is actor1, or the reverse ("les VDP, appuyés par
    les FDS, ont repoussé une attaque"): one side, whoever of them lost lives."""
    if actor1 is None or found.group != "security" or sides.get(actor1.name) != "security":
        return False
    return actor2 is None or sides.get(actor2.name) != "security"


def _fights_beside_state(found: FoundActor, state: Actor | None, opponent: Actor | None,
                         ally: bool = False) -> bool:
    """True for a security force (a militia like the VDP), or an ``ally`` of the state (Wagner), beside
    the state forces ``state`` against a non-state ``opponent``."""
    is_state = state is not None and state.inter in STATE_SIDE
    against = opponent is None or opponent.inter not in STATE_SIDE
    return (found.group == "security" or ally) and is_state and against


def _pro_state_beside_foe(found: FoundActor, actor1: Actor, sides: dict[str, str]) -> bool:
    """True for a pro-government militia (the VDP escorting a convoy) beside a non-state attacker of the
    same ACLED kind ("des jihadistes ont attaqué un convoi escorté par des VDP"): its foe, never its ally."""
    return (found.group == "security" and actor1.inter not in STATE_SIDE
            and sides.get(actor1.name) != "security")


def _among_victims(found: FoundActor, victims: set[str]) -> bool:
    """True when the actor's group lost lives, or may have: civilians named beside dead of no stated group."""
    return found.group in victims or (found.group == "civilians" and "unknown" in victims)


def _allied(actor: Actor, side: Actor, opponent: Actor | None) -> bool:
    if actor.inter == side.inter:
        return True
    state_side = actor.inter in STATE_SIDE and side.inter in STATE_SIDE
    return state_side and (opponent is None or opponent.inter not in STATE_SIDE)


_ACRONYM_AFTER = re.compile(r"^\)|^\s*\([\w.'’-]+\)")  # the acronym after the name, or its bracket's end


def is_speaker(text: str, found: FoundActor, lang: str) -> bool:
    """True when the actor is a source of the report ("..., police said", "according to the army")."""
    after = lexicon_pattern(lang, "speaker_after")
    before = lexicon_pattern(lang, "speaker_before")
    member = lexicon_pattern(lang, "member_speaker_before")
    tail = text[found.end : found.end + 60]
    if member and member.search(text[max(0, found.start - 90) : found.start]):
        tail = _ACRONYM_AFTER.sub("", tail, count=1)  # "a member of the Civilian JTF (CJTF) told"
    if after and after.search(tail):
        own = lexicon_pattern(lang, "speaker_own_deed")  # "the army said it had neutralised 100 terrorists"
        return own is None or own.search(text[found.end : found.end + 100]) is None
    return bool(before and before.search(text[max(0, found.start - 60) : found.start])) and not _acts_next(
        text, found, lang)


def _acts_next(text: str, found: FoundActor, lang: str) -> bool:
    """True when a deed follows the actor ("the army said Boko Haram militants attacked a position"): after
    "said" it is the subject of what was said, not the one who said it (lexicon reported_act_after)."""
    rx = lexicon_pattern(lang, "reported_act_after")
    return rx is not None and rx.match(text[found.end : found.end + 80]) is not None


def attackers_first(text: str, found: list[FoundActor], lang: str,
                    mentions: Sequence[Sequence[FoundActor]] = ()
                    ) -> list[FoundActor]:
    """The actors named right after an attack ("num ataque de presumíveis jihadistas", "in an attack by") or
    a killing ("neutralisés mardi par les Forces armées", lexicon ``killed_by``) or as the subject of one
    ("when Islamic State fighters ambushed the unit"; not unnamed gunmen, who stand for the named group)
    first: they started it, whoever the report names before them."""
    rx = lexicon_pattern(lang, "attack_by")
    if rx is None:
        return found
    subject = lexicon_pattern(lang, "attacker_after")
    killer = lexicon_pattern(lang, "killed_by")
    named = [f for f in found if rx.search(text[max(0, f.start - 60) : f.start])
             or (killer is not None and killer.search(text[max(0, f.start - 90) : f.start]))
             or (subject is not None and not is_unidentified(f.actor)
                 and subject.match(text[f.end : f.end + 80]))]
    ordered = named + [f for f in found if f not in named]
    return _targets_last(text, ordered, lang, mentions)


_LAST_WORD = re.compile(r"[\w'’-]+\s*$")


ARMED_GROUPS = ("security", "militants", "external")


def civilians_killer(text: str, found: list[FoundActor], killed: list[tuple[int, int, bool]], lang: str
                     ) -> FoundActor | None:
    """The armed actor the report tells killing the civilians who died (``killed``: their tolls' article
    spans, and whether the verb comes first): the subject right before a toll told verb first ("Soldiers
    killed 12 civilians", "des soldats ont tué 12 civils"), the agent right after one ("12 villagers were
    shot dead by soldiers") or the force whose raid it was ("shot dead on Sunday in a military raid")."""
    gap = lexicon_pattern(lang, "killer_gap")
    killer = lexicon_pattern(lang, "killed_by")
    raid_before = lexicon_pattern(lang, "raid_before")
    raid_after = lexicon_pattern(lang, "raid_after")
    armed = [f for f in found if f.group in ARMED_GROUPS]
    for start, end, verb_first in killed:
        subjects = [f for f in armed if verb_first and gap is not None and f.end <= start
                    and gap.match(text[f.end : start])]
        if subjects:
            return subjects[-1]
        for f in sorted((f for f in armed if end <= f.start <= end + 60), key=lambda f: f.start):
            between = text[end : f.start]
            if "." in between or ";" in between:
                break
            if killer is not None and killer.search(text[start : f.start]):
                return f
            if raid_before is not None and raid_after is not None and raid_before.search(between) and (
                    raid_after.match(text[f.end : f.end + 20])):
                return f
    return None


def drone_flyer(text: str, found: list[FoundActor], lang: str) -> FoundActor | None:
    """The armed group told as the one whose drones struck ("drones armados do ISWAP", "des drones
    kamikazes du JNIM", "ISWAP drones", "a drone attack by ISWAP"; lexicon ``drone_owner_before`` and
    ``drone_owner_after``; "JNIM fighters attacked the camp with drones": ``drone_attacker_after``): an air
    strike's actor1, not the state forces it struck."""
    before = lexicon_pattern(lang, "drone_owner_before", r"(?:{})\s*$")
    after = lexicon_pattern(lang, "drone_owner_after", r"^(?:{})")
    attacker = lexicon_pattern(lang, "drone_attacker_after", "{}")  # "JNIM fighters attacked ... with drones"
    for f in found:
        if f.group != "militants":
            continue
        if before is not None and before.search(text[max(0, f.start - 60) : f.start]):
            return f
        if after is not None and after.match(text[f.end : f.end + 50]):
            return f
        if attacker is not None and attacker.match(text[f.end : f.end + 200]):
            return f
    return None


# a group's men told by a noun that names them the attackers ("les assaillants", "the attackers")
ATTACKER_NOUN = re.compile(r"(?:assaillants?|attackers?|assailants?|atacantes|agresseurs)$", re.I)


def group_told_attacking(text: str, found: list[FoundActor], lang: str) -> bool:
    """True when an armed group's mention is told as the one attacking ("an attack by ISWAP", "JNIM
    fighters ambushed"), also through the generic noun before its name ("attaqué par des terroristes de
    l'EIGS", "accrochée par des éléments de l'ISWAP")."""
    rx = lexicon_pattern(lang, "attack_by")
    subject = lexicon_pattern(lang, "attacker_after")
    for f in found:
        if f.group != "militants":
            continue
        if ATTACKER_NOUN.match(text[f.start : f.end]):  # "les assaillants", the group named before
            return True
        if subject is not None and subject.match(text[f.end : f.end + 80]):
            return True
        before = text[max(0, f.start - 80) : f.start]
        for _ in range(4):  # the name, then up to three words before it: "des terroristes de l'"
            if rx is not None and rx.search(before):
                return True
            cut = _LAST_WORD.search(before)
            if cut is None:
                break
            before = before[: cut.start()]
    return False


def role_told(text: str, found: FoundActor, lang: str) -> bool:
    """True when this mention tells which side attacked or was attacked ("attaqué par des hommes armés",
    "une attaque contre un poste de l'armée"): of an actor named several times, the mention to keep."""
    rx_by, after_subject = lexicon_pattern(lang, "attack_by"), lexicon_pattern(lang, "attacker_after")
    before = text[max(0, found.start - 60) : found.start]
    after = text[found.end : found.end + 80]
    return bool((rx_by and rx_by.search(before))
                or (after_subject and not is_unidentified(found.actor) and after_subject.match(after))
                or _told_as_target(text, found, lang))


def _told_as_target(text: str, found: FoundActor, lang: str) -> bool:
    """True when this mention is told as the object of the attack (lexicons ``target_before`` and
    ``target_after``: "une attaque contre un poste de l'armée", "un convoi des FAMa est tombé dans une
    embuscade")."""
    before, after = lexicon_pattern(lang, "target_before"), lexicon_pattern(lang, "target_after")
    return bool((before is not None and before.search(text[max(0, found.start - 80) : found.start]))
                or (after is not None and after.match(text[found.end : found.end + 80])))


def forces_attacked(text: str, found: list[FoundActor], lang: str,
                    mentions: Sequence[Sequence[FoundActor]] = ()
                    ) -> bool:
    """True when the state's forces named are all told as the object of the attack ("un convoi escorté par
    l'armée a été attaqué"): whoever died, they did not attack civilians. Not when a sentence of the incident
    (``mentions``: per sentence, of actors it names twice) also names them as a party ("soldiers killed ten
    militants in retaliation for an attack on soldiers": the attack on them is another incident)."""
    forces = [f for f in found if f.group == "security"]
    acting = _acting_elsewhere(text, mentions, lang)
    return (bool(forces) and all(_told_as_target(text, f, lang) for f in forces)
            and not any(f.actor.name in acting for f in forces))


def _acting_elsewhere(text: str, mentions: Sequence[Sequence[FoundActor]], lang: str) -> set[str]:
    """The actors that a sentence (``mentions``: per sentence) names as the object of the attack and again
    as a party ("soldiers killed ten militants in retaliation for an attack on soldiers"), not as a source of
    the report or a responder."""
    acting: set[str] = set()
    for sentence in mentions:
        targets = {m.actor.name for m in sentence if _told_as_target(text, m, lang)}
        acting |= {m.actor.name for m in sentence if m.actor.name in targets
                   and not (_told_as_target(text, m, lang) or is_speaker(text, m, lang)
                            or is_responder(text, m, lang))}
    return acting


def _targets_last(text: str, found: list[FoundActor], lang: str, mentions: Sequence[Sequence[FoundActor]] = ()
                  ) -> list[FoundActor]:
    """The side told as the object of the attack ("une attaque contre un poste de l'armée", "un convoi
    des FAMa est tombé dans une embuscade") defended, unless the incident's ``mentions`` also name it acting:
    its mentions go after the others, unless all are; the militias fighting beside the state's forces with
    them ("le détachement militaire de Sollé a été la cible d'une attaque ... trois soldats et deux VDP ont
    perdu la vie": the army defended, the VDP beside it)."""
    targets = {f.actor.name for f in found if _told_as_target(text, f, lang)} - _acting_elsewhere(
        text, mentions, lang)
    if not targets or targets >= {f.actor.name for f in found}:
        return found
    forces = any(f.group == "security" and f.actor.inter == 1 for f in found if f.actor.name in targets)
    back = [f for f in found if f.actor.name in targets]  # and the militias beside the state's forces (VDP)
    back += [f for f in found if f.actor.name not in targets and forces and f.group == "security"
             and f.actor.inter not in STATE_SIDE]
    return [f for f in found if f not in back] + back


def is_measure_author(text: str, found: FoundActor, lang: str) -> bool:
    """True when the actor is named as the author of the measure a crowd protests, in a participle aside
    ("contra a dissolução dos partidos, decretada pela junta na quarta-feira"; lexicon measure_author_before):
    no party to the protest."""
    rx = lexicon_pattern(lang, "measure_author_before")
    return bool(rx and rx.search(text[max(0, found.start - 60) : found.start]))


def is_pretext(text: str, found: FoundActor, lang: str) -> bool:
    """True when the actor is named as whom the victims were accused of working with ("civilians it accuses
    of collaborating with the army", "accusés de renseigner l'État islamique", "suspected JNIM
    collaborators"): the killers' pretext, or whom those arrested are said to have helped."""
    before, after = lexicon_pattern(lang, "pretext_before"), lexicon_pattern(lang, "pretext_after")
    if after and after.match(text[found.end : found.end + 40]):
        return True  # "14 suspected JNIM collaborators"
    return bool(before and before.search(text[max(0, found.start - 80) : found.start]))


# an acronym in brackets after a force's full name ("les Forces de défense et de sécurité (FDS) ont été
# dépêchées"): what follows it is what is said of the force
_BRACKETED_ACRONYM = re.compile(r"\s*\([^()\s]{2,12}\)")


def _following(text: str, found: FoundActor, width: int) -> str:
    """The text after an actor's name, past an acronym in brackets."""
    end = found.end
    if (acronym := _BRACKETED_ACRONYM.match(text, end)) is not None:
        end = acronym.end()
    return text[end : end + width]


def is_responder(text: str, found: FoundActor, lang: str) -> bool:
    """True when the actor came after the event ("troops were deployed to restore calm", "les Forces de
    défense et de sécurité (FDS) ont été dépêchées sur les lieux")."""
    after = lexicon_pattern(lang, "responder_after")
    return bool(after and after.search(_following(text, found, 80)))


def role_players(text: str, found: list[FoundActor], victims: set[str], lang: str) -> list[FoundActor]:
    """The actors that may take a side: the sources of the report ("police and a local leader said"),
    the forces sent after it ("troops were deployed to restore calm") and those the victims were accused of
    working with ("accused of collaborating with the army") are no party when others are
    named or when only civilians died (a source reporting civilian deaths did not kill them); a lone
    source reporting its own fight ("the army said it killed 30", "o exército anunciou ter neutralizado
    15 terroristas": only the one group of fighters it names died) stays."""
    parties = [f for f in found if not (is_speaker(text, f, lang) or is_responder(text, f, lang)
                                        or is_pretext(text, f, lang) or is_companion(text, f, lang)
                                        or is_measure_author(text, f, lang)
                                        or beside_the_forces(text, found, f, lang))]
    one_group = len({f.actor.name for f in parties}) == 1 and parties[0].group == "militants"
    if victims == {"militants"} and one_group:
        return found
    if not parties and victims == {"unknown"}:  # "um ataque deixou 12 mortos, segundo a polícia"
        source = lexicon_pattern(lang, "source_before")
        cited = [f for f in found if source and source.search(text[max(0, f.start - 60) : f.start])]
        if cited and len(cited) == len(found):
            return []
    civilian_deaths = "civilians" in victims and victims <= {"civilians", "unknown"}  # "spoke of three dead"
    return parties if parties or civilian_deaths else found


def is_companion(text: str, found: FoundActor, lang: str) -> bool:
    """True for unnamed fighters told as going with another side ("des hommes en uniforme de l'armée
    malienne accompagnés de combattants étrangers"): that side's men, not its opponent."""
    rx = lexicon_pattern(lang, "companion_before")
    return (rx is not None and is_unidentified(found.actor)
            and rx.search(text[max(0, found.start - 60) : found.start]) is not None)


def beside_the_forces(text: str, found: list[FoundActor], actor: FoundActor, lang: str) -> bool:
    """True for unnamed fighters told jointly with the state's forces as one subject ("l'armée malienne et
    des combattants étrangers", "soldiers and foreign fighters"; lexicon joined_subject): the forces'
    companions, not their foes, unless the two are told fighting each other ("clashes between soldiers and
    gunmen", "soldiers and gunmen clashed"; lexicon foes_before, foes_after)."""
    return is_unidentified(actor.actor) and _joined_to_the_forces(text, found, actor, lang)


def allies_beside_the_forces(text: str, found: list[FoundActor], lang: str) -> list[FoundActor]:
    """Foreign forces told jointly with the state's forces as one subject ("soldiers and Russian fighters of
    the Africa Corps executed 11 men"): the forces' allies, associated with them, never their opponent."""
    return [f for f in found if f.group == "external" and _joined_to_the_forces(text, found, f, lang)]


def _joined_to_the_forces(text: str, found: list[FoundActor], actor: FoundActor, lang: str) -> bool:
    """True when the actor is told right after the state's forces as one subject, not as their foe."""
    joined = lexicon_pattern(lang, "joined_subject", r"^\s*(?:{})(?:[\w'’-]+\s+)?$")
    if joined is None:
        return False
    last = max((f for f in found if f.end <= actor.start), key=lambda f: f.end, default=None)
    if last is None or last.group != "security" or not joined.match(text[last.end : actor.start]):
        return False
    between = lexicon_pattern(lang, "foes_before", r"\b(?:{})\s+(?:[\w'’-]+\s+){{0,3}}$")
    fought = lexicon_pattern(lang, "foes_after", r"\s*(?:[\w'’-]+\s+){{0,2}}?(?:{})")
    return not ((between and between.search(text[max(0, last.start - 40) : last.start]))
                or (fought and fought.match(text, actor.end)))


def attribute_suspect(actor1: Actor | None, actor2: Actor | None, article: list[FoundActor]
                      ) -> tuple[Actor | None, Actor | None, list[Evidence]]:
    """An unidentified armed side keeps its ACLED name (and no UCDP name) but is suspected to be the one
    named non-state group of the whole article, unless that group is already the other side; the
    group's first mention is kept as ``actor:suspected`` evidence."""
    suspect = _suspected_group((actor1, actor2), article)
    if suspect is None:
        return actor1, actor2, []
    evidence = Evidence("actor:suspected", suspect.start, suspect.end, suspect.surface)
    return _attribute(actor1, suspect.actor), _attribute(actor2, suspect.actor), [evidence]


def is_unidentified(actor: Actor | None) -> bool:
    """True for ACLED's "Unidentified Armed Group (X)", not a named militia without a UCDP name (the VDP)."""
    return actor is not None and actor.name.startswith("Unidentified")


def _suspected_group(actors: tuple[Actor | None, Actor | None], article: list[FoundActor]
                     ) -> FoundActor | None:
    if not any(is_unidentified(a) for a in actors):
        return None
    groups = [f for f in article if f.group == "militants" and f.actor.ucdp_name]
    names = {f.actor.ucdp_name for f in groups}
    taken = {a.ucdp_name for a in actors if a is not None}
    return groups[0] if len(names) == 1 and not names & taken else None


def _attribute(actor: Actor | None, group: Actor) -> Actor | None:
    return replace(actor, suspected=group.ucdp_name) if is_unidentified(actor) else actor


def clash_type(event_type: str, sub_type: str, found: list[FoundActor], victims: set[str]) -> tuple[str, str]:
    """An attack whose report names state forces and a named armed group, or two named armed groups, but no
    civilian, and in which no civilian died, is a clash ("NPA rebels killed in a gunfight with police"); so
    is one in which both soldiers and their attackers died, civilians with them ("two soldiers and a driver
    were killed ... the army neutralised several attackers": the escort fought)."""
    if sub_type != "Attack":
        return event_type, sub_type
    if {"security", "militants"} <= victims:
        return "Battles", "Armed clash"
    if "civilians" in victims:
        return event_type, sub_type
    groups = {f.group for f in found}
    named = {f.actor.name for f in found if f.group == "militants" and not is_unidentified(f.actor)}
    # a named militia and unnamed gunmen beside it are two sides ("Yan Sakai vigilantes and bandits")
    militia = any(f.group == "militants" and _named_militia(f.actor) for f in found)
    unnamed = any(_militia_foe(f) for f in found)
    if "civilians" not in groups and (len(named) >= 2 or (named and "security" in groups)
                                      or (militia and unnamed)):
        return "Battles", "Armed clash"
    return event_type, sub_type


def _named_militia(actor: Actor) -> bool:
    """A communal or ethnic militia the report names ("Yan Sakai", "Dozo"), not unidentified gunmen."""
    return actor.inter == IDENTITY_MILITIA_INTER and not is_unidentified(actor)


def _militia_foe(found: FoundActor) -> bool:
    """Unnamed men a militia fights, told by what they are ("bandits", "jihadists", lexicon militia_foes),
    not as a band of attackers ("gunmen", "assailants": the militia's own men when it attacked)."""
    if found.group != "militants" or not is_unidentified(found.actor):
        return False
    surface = (found.actor.surface or "").strip()
    patterns = (lexicon_pattern(lang, "militia_foes", r"(?:{})$") for lang in ("en", "fr", "pt"))
    return any(p is not None and p.match(surface) for p in patterns)


def civilians_are_no_battle(event_type: str, sub_type: str, actors: tuple[Actor | None, Actor | None]
                            ) -> tuple[str, str]:
    """A "battle" with civilians as a side is violence against them ("soldiers shot dead two herders")."""
    if event_type == "Battles" and any(a is not None and a.inter == CIVILIANS_INTER for a in actors):
        return "Violence against civilians", "Attack"
    return event_type, sub_type


def _target(
    found: list[FoundActor], victims: set[str], defaults: RoleDefaults, exclude: Actor
) -> Actor | None:
    """The target of a strike: the civilians when only civilians died, else a named armed group (before the
    generic "terrorists" told beside it: "killed dozens of terrorists ... at a camp of Islamic State Sahel"),
    else the victims' group."""
    civilians = _first(found, ("civilians",)) or defaults.civilians
    if "civilians" in victims and "militants" not in victims:
        return civilians
    named = (_first([f for f in found if f.actor.ucdp_name], ("militants",), exclude=exclude)
             or _first(found, ("militants",), exclude=exclude))
    people = "unknown" in victims and "militants" not in victims  # "a drone strike killed 12 people"
    if named and not (people and is_unidentified(named)):  # bandits said to be near are no proof of target
        return named
    if "civilians" in victims:
        return civilians
    if "militants" in victims:
        return defaults.armed_group
    if people:  # dead told only as people: the civilians, as ACLED codes them
        return civilians
    return named


def _named_first(found: list[FoundActor], groups: tuple[str, ...]) -> Actor | None:
    """The first named group of ``groups``, else the first unidentified one ("an armed group ... the KNU")."""
    named = [f for f in found if f.actor.ucdp_name]
    return _first(named, groups) or _first(found, groups)


def _named_groups(found: list[FoundActor], groups: tuple[str, ...]) -> list[Actor]:
    """The distinct named groups of ``groups``, in text order."""
    out: list[Actor] = []
    for f in found:
        if f.group in groups and f.actor.ucdp_name and all(a.name != f.actor.name for a in out):
            out.append(f.actor)
    return out


def _bomb_target_second(actor1: Actor, actor2: Actor, victims: set[str], defaults: RoleDefaults
                        ) -> tuple[Actor, Actor]:
    """A mine or roadside bomb that hit state forces ("a military convoy hit an IED near Gorom-Gorom") was
    planted by their enemy: the forces are its target, unless the blast killed militants (their own bomb)
    or the other side is a named group the forces fought; a blast that killed only civilians, blamed on a
    group, targeted them, not the state body that told it."""
    if actor1.inter != 1 or "militants" in victims:
        return actor1, actor2
    if victims == {"civilians"} and actor2.inter not in (1, CIVILIANS_INTER):
        return actor2, defaults.civilians  # "a bomb killed four civilians; the authorities blamed terrorists"
    if is_unidentified(actor2) or actor2.inter == CIVILIANS_INTER:
        return defaults.armed_group, actor1
    return actor1, actor2


def _rebels_for_fighters(found: list[FoundActor], militant: Actor) -> Actor:
    """The named rebel group rather than the unnamed fighters told before it ("soldiers killed 15 militants
    who ambushed a patrol ... the attack, claimed by Islamic State Sahel"): most likely its men, no foe of it.
    Not a militia: "bandits attacked Yan Sakai vigilantes" tells two sides."""
    if not is_unidentified(militant):
        return militant
    named = next((f.actor for f in found if f.group == "militants" and f.actor.ucdp_name
                  and not is_unidentified(f.actor)), None)
    return named if named is not None and named.inter == REBEL_INTER else militant


def _battle_sides(found: list[FoundActor], victims: set[str], defaults: RoleDefaults,
                  first_dead: str | None = None, group_told_attacking: bool = False) -> tuple[Actor, Actor]:
    """Attacker and defender of a clash or a remote attack; against state forces, a named group rather
    than unidentified gunmen named alongside it (most likely the same fighters). When both sides died and
    the report tells the soldiers' dead first, the state named first was the target ("six soldiers were
    killed in an ambush ...; the troops neutralised 20 terrorists")."""
    state = _first(found, ("security",))
    armed = ("militants", "external")
    named = _named_groups(found, armed)
    if not state and len(named) >= 2:
        return named[0], named[1]  # "clashes between JNIM and the Islamic State": not the "fighters" killed
    # against state forces, a militant group rather than the foreign forces fighting beside them (Wagner)
    militant = _first(found, armed)
    if state:
        # the foreign forces fighting beside the state's are never its foe ("des combats ... avaient fait des
        # dizaines de morts dans les rangs de l'armée malienne et de ses alliés russes, alors du groupe
        # Wagner"): with no other armed group named, the state's foe is unidentified
        foes = [f for f in found if not (f.group == "external" and f.actor.inter in STATE_SIDE
                                         and state.inter in STATE_SIDE)]
        militant = _named_first(found, ("militants",)) or _named_first(foes, armed)
    if militant and state:
        if "security" in victims and "militants" not in victims:
            return militant, state  # "20 people, including 14 soldiers, died in an attack by jihadists"
        # The side named first in the report is usually the initiator ("JNIM attacked an army post"); unnamed
        # gunmen stand for the named group ("Gunmen killed 12 soldiers ... the attackers belonged to IS")
        first = next(f for f in found if f.actor.name in (militant.name, state.name)
                     or (f.group in armed and is_unidentified(f.actor)))
        if first.actor.name == state.name and not (first_dead == "security" and "militants" in victims):
            return state, militant
        return militant, state
    if militant:
        militant = _rebels_for_fighters(found, militant)
        # not the unnamed fighters that stand for the named group ("ISWAP attacked ... the insurgents burned")
        others = [f for f in found if f.group in armed and f.actor.name != militant.name
                  and (is_unidentified(militant) or not is_unidentified(f.actor))]
        if others:
            return militant, others[0].actor
        if _first(found, ("external",)) == militant:  # foreign forces alone: never fighting their host state
            killers = "militants" in victims  # "Wagner killed ten jihadists"; else "a bomb hit a UN convoy"
            return (militant, defaults.armed_group) if killers else (defaults.armed_group, militant)
        if "civilians" in victims and "security" not in victims:
            return militant, _first(found, ("civilians",)) or defaults.civilians
        if _named_militia(militant):
            # a militia's unnamed foes are no men of its own, nor the state's: "Yan Sakai vigilantes clashed
            # with bandits" (a rebel group's "insurgents" are its own men)
            unnamed = next((f.actor for f in found if _militia_foe(f)), None)
            if unnamed is not None:
                return militant, unnamed
        group_killed = "militants" in victims and ("security" not in victims or first_dead == "militants")
        named = not is_unidentified(militant) and _first(found, ("militants",)) == militant
        if group_killed and named and militant.inter != IDENTITY_MILITIA_INTER and not group_told_attacking:
            # the forces told only as the source killed the named group's men ("the army said it killed 50
            # Boko Haram fighters; four soldiers died"): they attacked, unless the report tells the group's
            # attack ("le poste a été attaqué par des terroristes de l'EIGS ... 21 terroristes neutralisés")
            return defaults.state, militant
        return militant, defaults.state
    if state:
        # forces among the dead were attacked too ("a convoy escorted by the army was attacked: five drivers
        # and two soldiers were killed"): no killers of the civilians
        if "civilians" in victims and not victims & {"militants", "security"}:
            return state, _first(found, ("civilians",)) or defaults.civilians
        if "security" in victims and "militants" not in victims:
            return defaults.armed_group, state  # "a roadside bomb killed four soldiers": they were the target
        if "security" in victims and first_dead == "security":
            return defaults.armed_group, state  # "six soldiers and four attackers were killed in an attack"
        return state, defaults.armed_group
    if "security" in victims:
        return defaults.armed_group, defaults.state
    if "civilians" in victims:  # the civilians named, foreigners too ("seven Mauritanian herders died")
        return defaults.armed_group, _first(found, ("civilians",)) or defaults.civilians
    return defaults.armed_group, defaults.state
