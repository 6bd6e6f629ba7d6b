"""Corrections of a sentence's predicted event type from what the sentence tells: organised violence,
claims, crowds and protests, the forces' use of force."""

from __future__ import annotations

from collections.abc import Collection

from sahelwatch.extract.casualty_rules import Casualty
from sahelwatch.extract.classify import Prediction, is_conflict_event
from sahelwatch.extract.context import (
    CONFIDENT_MEANS,
    as_label,
    classifier,
    in_sentence,
    own_date,
    relabelled,
)
from sahelwatch.extract.drafts import ArticleContext
from sahelwatch.extract.event_places import told_places
from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.incidents import starts_new_incident
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.roles import FoundActor, is_unidentified
from sahelwatch.extract.taxonomy import (
    IDENTITY_MILITIA_INTER,
    UNREST,
    VIOLENT_EVENT_TYPES,
    acled_types,
    is_violent,
)
from sahelwatch.read.relevance import has_violence_cue
from sahelwatch.read.sentences import Sentence

_SURE_ACCIDENT = 0.3  # a fire or blast the classifier is this sure of, by a named group: its deed


def organised_violence(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction | None:
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
    cues = set(classifier().model.cues.fired(sentence.text))
    two_sides = len(groups) > 1 or not violent
    label = "ARMED_CLASH" if two_sides else max(violent, key=prediction.scores.__getitem__)
    if label == "SUIC_BOMB" and "cue:suicide" not in cues:
        label = "REM_EXPLOS"  # "its fighters set off explosives on the pipeline": no bomber died in it
    if prediction.label == "MAN_MADE_DISASTER" and not two_sides and BLAST_CUES & cues and label in TERRITORY:
        label = "REM_EXPLOS"  # "the rebels said they had blown up a section of the pipeline": no ground taken
    return relabelled(prediction, label)


def past_attribution(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction | None:
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
    [rest] = classifier().predict([sentence.text[lead.end():]], lang=ctx.lang)
    if not is_conflict_event(rest) or not is_violent(rest.event_type):
        return None
    return rest


def claimed_elsewhere(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction | None:
    """A claim of responsibility for another incident with a place of its own ("the same day, a camp in
    Bamba was hit by another attack, also claimed by JNIM"): the claim tells an incident there, of the
    likeliest violent type. Any other claim only attributes an attack told elsewhere."""
    if prediction.label != "ATTRIB" or not has_violence_cue(sentence.text, ctx.lang):
        return None
    if not (starts_new_incident(sentence.text, ctx.lang) or _lead_claim(ctx, sentence)) or not told_places(
            ctx, sentence):
        return None
    label = _likeliest_of(prediction, VIOLENT_EVENT_TYPES)
    if not starts_new_incident(sentence.text, ctx.lang):  # a lead claim: the deed its report tells
        label = _claimed_deed_label(ctx, sentence, prediction)
    return relabelled(prediction, label) if label else None


# a claim tells a fight or a deed, no change of hands
CLAIMED_DEEDS = ("ARMED_CLASH", "ATTACK", "PROPERTY_DISTRUCT")
BLAST_CUES = frozenset({"cue:explosion", "cue:ied"})
TERRITORY = frozenset({"NON_STATE_ACTOR_OVERTAKES_TER", "GOV_REGAINS_TERIT", "NON_VIOL_TERRIT_TRANSFER"})


def _claimed_deed_label(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> str | None:
    """The type of a deed a lead claim tells: a blast when it or the next sentence tells explosives ("ses
    combattants ont fait exploser la conduite"), else the likeliest of a fight, an attack or a destruction."""
    following = next((s.text for s in ctx.sentences if s.start >= sentence.end), "")
    if BLAST_CUES & set(classifier().model.cues.fired(sentence.text + " " + following)):
        return "REM_EXPLOS"
    return max((c for c in CLAIMED_DEEDS if c in prediction.scores), key=prediction.scores.__getitem__,
               default=None)


def _lead_claim(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for a claim told first, with the deed's own day ("Le FPL a revendiqué mercredi le sabotage de
    l'oléoduc dans la nuit du samedi 4 au dimanche 5 juillet, dans le département de Gouré"): the lead tells
    the incident the report is about, no attack told before it to attribute."""
    if not own_date(ctx, sentence):
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
        if in_sentence(a.start, a.end, sentence) and a.actor.inter in (2, 3) and not is_unidentified(a.actor)
    }


def _dated_group_deed(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True for a dated deed of a named group that the classifier reads as a claim or an announcement
    ("Des combattants de l'EIGS ont attaqué samedi le village d'Inékar"): no claim word, a day of its own. In
    other languages only a fight of two named groups ("JNIM and IS Sahel fighters fought on Friday near
    Inekar")."""
    if not own_date(ctx, sentence) or (ctx.lang != "fr" and len(_named_groups(ctx, sentence)) < 2):
        return False
    claim = lexicon_pattern(ctx.lang, "claim_of_responsibility")
    return claim is None or claim.search(sentence.text) is None


def crowd_action(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction:
    """A 'battle' that only a crowd fights ("des milliers de manifestants ont pris d'assaut la base
    militaire"): protesters are no armed organisation, so ACLED codes a riot or a protest -- whichever
    the classifier finds likelier. An armed group named in the sentence keeps the battle."""
    rx = lexicon_pattern(ctx.lang, "crowd", r"\b(?:{})\b")
    if prediction.event_type != "Battles" or rx is None or not rx.search(sentence.text):
        return prediction
    if any(in_sentence(a.start, a.end, sentence) and a.actor.inter in (2, 3, 4) for a in ctx.actors):
        return prediction
    label = _likeliest_of(prediction, UNREST)
    return as_label(prediction, label) if label else prediction


ARMED_MOB_LABELS = ("ARMED_CLASH", "ATTACK")


def armed_mob(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction:
    """'Mob violence' that armed men commit and no crowd ("bandits killed three members of a local vigilante
    group after a gun battle"): a mob is no armed group, so an armed clash or an attack, whichever the
    classifier finds likelier (no remote means: nothing tells one); a lynching stays mob violence. The mirror
    of ``crowd_action``."""
    if prediction.sub_event_type != "Mob violence":
        return prediction
    crowd = lexicon_pattern(ctx.lang, "crowd", r"\b(?:{})\b")
    lynching = lexicon_pattern(ctx.lang, "lynching")
    if any(rx is not None and rx.search(sentence.text) for rx in (crowd, lynching)):
        return prediction
    armed = [a for a in ctx.actors if a.group == "militants" and a.actor.inter != IDENTITY_MILITIA_INTER]
    told = [a for a in ctx.actors if a.group == "militants" and in_sentence(a.start, a.end, sentence)]
    forces = [a for a in ctx.actors if a.group == "security" and in_sentence(a.start, a.end, sentence)]
    if forces and armed and not told:  # "les VDP et les Koglweogo ont opposé une résistance" to assailants
        return relabelled(prediction, max(ARMED_MOB_LABELS, key=lambda c: prediction.scores.get(c, 0.0)))
    if not told or not armed:
        return prediction  # communal or ethnic militias (a town's or a people's men) alone may act as a mob
    fought = _dead_counted_among(sentence, told) or _militia_attacked(sentence, told, ctx.lang)
    if not any(a in told for a in armed) and not fought:
        return prediction
    label = max(ARMED_MOB_LABELS, key=lambda c: prediction.scores.get(c, 0.0))
    return relabelled(prediction, label)


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


def protest_over_violence(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
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
    if any(in_sentence(d.start, d.end, sentence) and d.start >= grievance for d in ctx.dates):
        return prediction  # "to protest against Sunday's killings": that incident is told too
    [head] = classifier().predict([sentence.text[: cause.end()]], lang=ctx.lang)
    return head if head.event_type in ("Protests", "Riots") else prediction


def force_on_protesters(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
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
    if not _forces_alone(ctx, sentence):
        return prediction
    return relabelled(prediction, "FORCE_AGAINST_PROTEST")


def protester_killed(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                     killed: list[Casualty]) -> Prediction:
    """A weak guess of armed violence for a sentence that only counts dead protesters, naming no one who
    killed them ("Un manifestant a été tué par balle, selon des sources hospitalières" after the protest):
    the protest's toll, typed as the likeliest unrest, so it joins the protest rather than making an attack
    of its own. A sentence naming any actor keeps its type (``force_on_protesters`` types state force)."""
    rx = lexicon_pattern(ctx.lang, "protesters", r"\b(?:{})\b")
    if (
        rx is None
        or not killed
        or prediction.event_type not in ("Battles", "Violence against civilians")
        or prediction.probability >= CONFIDENT_MEANS
        or not rx.search(sentence.text)
        or any(in_sentence(a.start, a.end, sentence) for a in ctx.actors)
    ):
        return prediction
    label = _likeliest_of(prediction, UNREST)
    return relabelled(prediction, label) if label else prediction


def arrests_at_protest(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
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
    if not _forces_alone(ctx, sentence):
        return prediction
    return relabelled(prediction, "PROTEST_WITH_INTER")


def _forces_alone(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when the sentence names the state's forces and no armed group or militia (ACLED inter 2-4)."""
    here = [a for a in ctx.actors if in_sentence(a.start, a.end, sentence)]
    return any(a.group == "security" for a in here) and not any(a.actor.inter in (2, 3, 4) for a in here)


def protest_only_planned(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                         told: list[Casualty]) -> Prediction:
    """People arrested while a protest was only planned ("la police a arrêté une douzaine de militants qui
    préparaient une marche interdite"; lexicon ``protest_planned``): ACLED's arrests, no protest held."""
    if prediction.event_type != "Protests" or not any(c.kind == "arrested" and c.low > 0 for c in told):
        return prediction
    rx = lexicon_pattern(ctx.lang, "protest_planned", r"\b(?:{})\b")
    if rx is None or not rx.search(sentence.text):
        return prediction
    return relabelled(prediction, "ARREST")


def crowd_control_grenade(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
                          killed: list[Casualty]) -> Prediction:
    """Tear-gas or stun grenades with no one killed and no armed group in the sentence ("ils ont été dispersés
    par la police à coups de grenades lacrymogènes", "police fired tear gas grenades"; lexicon
    ``crowd_control``): a crowd dispersed, ACLED's protest with intervention, not a grenade attack."""
    rx = lexicon_pattern(ctx.lang, "crowd_control", r"\b(?:{})\b")
    if prediction.sub_event_type != "Grenade" or killed or rx is None or not rx.search(sentence.text):
        return prediction
    if any(a.actor.inter in (2, 3, 4) for a in ctx.actors if in_sentence(a.start, a.end, sentence)):
        return prediction
    return relabelled(prediction, "PROTEST_WITH_INTER")


PEACEFUL_PROTESTS = ("PEACE_PROTEST", "PROTEST_WITH_INTER")


def violent_demonstration(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> Prediction:
    """A protest whose crowd burns, loots or stones ("some of them set fire to the party's headquarters"):
    ACLED's violent demonstration, whatever the rest of the sentence says of a peaceful march; so is
    property a named crowd destroys ("des jeunes en colère ont saccagé le commissariat"), which the
    classifier may call looting."""
    rx = lexicon_pattern(ctx.lang, "crowd_violence")
    if rx is None or not rx.search(sentence.text):
        return prediction
    if prediction.label not in PEACEFUL_PROTESTS and not _crowd_destruction(ctx, sentence, prediction):
        return prediction
    return relabelled(prediction, "VIOL_DEMONSTR")


def told_peaceful(ctx: ArticleContext, sentence: Sentence, prediction: Prediction,
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
    if not riot and any(in_sentence(a.start, a.end, sentence) and a.group in armed for a in ctx.actors):
        return prediction  # an attack told beside the protest
    for key in ("crowd_violence", "protest_turned_violent"):
        rx = lexicon_pattern(ctx.lang, key)
        if rx is not None and rx.search(sentence.text):
            return prediction
    return relabelled(prediction, "PEACE_PROTEST")


def _crowd_destruction(ctx: ArticleContext, sentence: Sentence, prediction: Prediction) -> bool:
    """Looting or destruction told of a crowd ("manifestants", "jeunes en colère"), not of armed men; also
    when the classifier calls it an attack and the sentence names no armed side."""
    crowd = lexicon_pattern(ctx.lang, "crowd", r"\b(?:{})\b")
    if prediction.label not in ("PROPERTY_DISTRUCT", "ATTACK") or crowd is None:
        return False
    if prediction.label == "ATTACK" and any(  # "manifestantes incendiaram a câmara": no armed attacker
            in_sentence(a.start, a.end, sentence) and a.group in ("militants", "security", "external")
            for a in ctx.actors):
        return False
    if crowd.search(sentence.text) is not None:
        return True  # "des jeunes en colère ont saccagé", "em protesto contra a insegurança": a crowd
    return "cue:protest" in classifier().model.cues.fired(sentence.text)


def prediction_for_killing(prediction: Prediction) -> Prediction:
    """A sentence that reports deaths but that the classifier did not call an event: an attack."""
    return relabelled(prediction, "ATTACK")


# protest sub-types from the least to the most forceful: a gathering is coded by what was done to it
PROTEST_FORCE = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
