"""Actors of an incident told outside its own sentences: a group named again, the abductors of
the found, generic attackers named earlier, sentences of other incidents and other days."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from sahelwatch.extract.context import in_sentence
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.releases import ABDUCTION
from sahelwatch.extract.roles import FoundActor, is_unidentified
from sahelwatch.models import EventDate, Place
from sahelwatch.read.sentences import Sentence


def dedupe_actors(found: list[FoundActor], prefer: Callable[[FoundActor], bool] | None = None,
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


def group_named_again(ctx: ArticleContext, group: list[Draft], found: list[FoundActor]) -> list[FoundActor]:
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


def generic_named_before(ctx: ArticleContext, group: list[Draft], found: list[FoundActor]
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


def context_actors(ctx: ArticleContext, lead: Draft, abroad: Sequence[Sentence] = ()) -> list[FoundActor]:
    """Actors named before the event sentence (its paragraph or the headline), nearest first; not those of
    an incident told in another country (``abroad``: "Two soldiers were killed near Banibangou. In Burkina
    Faso, an attack in Djibo killed 10 people": no soldiers fought at Djibo). (Leaving out also the state
    forces of an incident told on another day took the Malian army's earlier drone strike on the Kidal camp
    from it, and made the camp's MINUSMA the striker.)"""
    others = other_incidents_sentences(ctx, lead)
    earlier = [a for a in ctx.actors if a.end <= lead.sentence.start and not told_in(a, abroad)
               and not told_in(a, others)]
    return dedupe_actors(earlier[-3:])


def abductors_of_the_found(ctx: ArticleContext, lead: Draft) -> list[FoundActor]:
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
    return dedupe_actors(takers) if len({f.actor.name for f in takers}) == 1 else []


def other_incidents_sentences(ctx: ArticleContext, draft: Draft) -> list[Sentence]:
    """The sentences of the article's incidents other than the one ``draft`` belongs to."""
    return [d.sentence for group in ctx.incidents if draft not in group for d in group]


def told_in(actor: FoundActor, sentences: Sequence[Sentence]) -> bool:
    return any(in_sentence(actor.start, actor.end, s) for s in sentences)


def told_abroad(ctx: ArticleContext, group: list[Draft], place: Place | None) -> list[Sentence]:
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


def event_day(ctx: ArticleContext, event_date: EventDate) -> date | None:
    """The incident's day, else the publication day (for regime-dated state forces)."""
    return date.fromisoformat(event_date.event_date) if event_date.event_date else ctx.published


def told_of_another_day(ctx: ArticleContext, sentence: Sentence | None, day: date | None) -> bool:
    """True when the sentence gives dates of its own, none of them the incident's ``day`` and one before it
    ("Em abril de 2025, 54 soldados beninenses foram mortos num ataque no parque W"): it tells an earlier
    incident. A later day alone is the day of a claim or a statement about this one ("JNIM claimed the attack
    on Sunday")."""
    if sentence is None or day is None:
        return False
    own = [d for d in ctx.dates if in_sentence(d.start, d.end, sentence)]
    return any(d.date_end < day for d in own) and not any(d.date_start <= day <= d.date_end for d in own)
