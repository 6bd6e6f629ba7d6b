"""Claims of responsibility: who claimed the incident, told before it, after it or days later."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sahelwatch.extract.casualty_marks import tells_cumulative
from sahelwatch.extract.context import in_sentence, sentence_of
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.incidents import starts_new_incident
from sahelwatch.extract.mention_actors import other_incidents_sentences, told_of_another_day
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.roles import FoundActor, is_unidentified
from sahelwatch.extract.taxonomy import IDENTITY_MILITIA_INTER
from sahelwatch.models import Actor, Evidence
from sahelwatch.read.sentences import Sentence


def claimed_by(ctx: ArticleContext, actor: Actor | None, day: date | None = None,
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
        sentence = sentence_of(ctx, found.start)
        if sentence is None or starts_new_incident(sentence.text, ctx.lang) or told_of_another_day(
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
    others = {id(s) for s in other_incidents_sentences(ctx, group[0])} - {id(d.sentence) for d in group}
    if id(before) not in others or id(sentence) in others:
        return False
    own = [d for d in ctx.dates if in_sentence(d.start, d.end, before)]
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
        if not claims or starts_new_incident(sentence.text, ctx.lang) or told_of_another_day(
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


def claim_before(ctx: ArticleContext, first: Draft) -> list[Evidence]:
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


def claimed_next(ctx: ArticleContext, actor: Actor | None, lead: Draft) -> Actor | None:
    """An unidentified attacker is the one group a claim told right after the incident, in its paragraph,
    names ("... killed 23 soldiers on Monday. JNIM claimed the attack."), even when the article names other
    groups elsewhere (so that no single suspect was found)."""
    cue = lexicon_pattern(ctx.lang, "claim_of_responsibility")
    if actor is None or not is_unidentified(actor) or cue is None:
        return actor
    negation = lexicon_pattern(ctx.lang, "claim_negation") or re.compile("(?!)")
    following = [s for s in ctx.sentences if s.start >= lead.sentence.end][:CLAIM_WINDOW]
    others = {id(s) for s in other_incidents_sentences(ctx, lead)}
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
