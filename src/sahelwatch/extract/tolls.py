"""The toll of one incident from the casualty figures of its sentences."""

from __future__ import annotations

import re
from dataclasses import replace

from sahelwatch.extract.casualty_rules import Casualty
from sahelwatch.extract.drafts import Draft
from sahelwatch.extract.numbers import lexicon_pattern

OTHER_SIDE_CHARS = 300  # "... 23 soldiers were killed. The army said 30 attackers died."
TOLL_UPDATE = re.compile(r"\b(?:toll|bilan)\b", re.I)
# a toll word ("toll", "bilan", "balanço"), and one named just before the figure, in its clause: "le bilan
# s'est alourdi mardi à dix morts"
TOLL_WORD = re.compile(r"\b(?:toll|bilan|balanço)\b", re.I)
# ... or a revised toll told before a comma or a colon: "O balanço foi revisto em alta, 27 dos nossos
# homens", "le bilan a été revu à la hausse : 27 soldats"
TOLL_BEFORE = re.compile(rf"{TOLL_WORD.pattern}(?:[^.;,]{{0,50}}|\s+(?:[\w-]+\s+){{0,3}}?(?:revisto|revista|"
                         rf"revu|revised|updated|actualizado|atualizado)\b[^.;]{{0,30}})$", re.I)
# a party's own claim ("the group's media said the blast killed six"): it never adds to the toll reported
CLAIM = re.compile(
    r"\b(?:claim(?:s|ed|ing)?(?!\s+(?:by|of\s+responsibility|responsibility))|affiliated media|propaganda)\b",
    re.I,
)


def incident_casualties(group: list[Draft], lang: str = "en", article_text: str = "") -> list[Casualty]:
    """The casualty figures that describe this incident.

    The first sentence reporting deaths (the headline or the lead) sets the toll, unless the sentence
    right after restates it in full ("Officer and five members killed" / "A brigadier and five
    members were killed"). A later sentence adds to it only to update it ("the toll rose to 28") or
    to give another side's dead right after the lead or a restatement of it ("the army said 30
    attackers died"); other later figures restate the lead (naming its unknown side), tell another
    incident of a round-up, or are a party's claims and running totals ("845 civilians have been
    killed since the coup"). Wounded, missing and abducted figures of every sentence are kept.
    """
    ordered = _without_elsewhere(sorted(group, key=lambda d: d.sentence.start))
    first = _lead_toll(ordered)
    if first is None:
        return [c for d in ordered for c in d.casualties]
    first, claims = _past_party_claims(first, ordered, lang)
    told_in_full = _fuller_lead(first, ordered)
    lead = _without_party_claims(told_in_full, lang)
    lead_killed = _killed(lead)
    kept = list(lead.casualties)
    told_end = lead.sentence.end  # the end of the last sentence telling the lead's toll
    forces_led = _forces_first(lead)
    told_since: list[Casualty] = []  # the dead told after the lead's sentence, so far
    for draft in ordered:
        if draft is told_in_full:
            continue
        gap = draft.sentence.start - told_end
        if gap > 0 and _only_restates(draft, lead_killed):
            told_end = draft.sentence.end  # "... Kills 5 Troops" then "..., killing at least five troops"
        after_lead = draft.sentence.start > lead.sentence.start
        for c in draft.casualties:
            if c.kind == "killed" and after_lead and _wounded_died(c, draft):
                kept = _died_since(kept, c)
            elif after_lead and _strike_victims_claimed(draft, c, lead, lang):
                kept.append(replace(c, alternative=True))  # "l'armée dit avoir neutralisé 50 jihadistes"
            elif after_lead and c.kind == "killed" and _claimed(draft, c, lang) and any(
                    k.kind == "killed" and k.group == c.group and not k.alternative for k in kept):
                # a party's claim of the side's dead another source has counted ("... quinze gendarmes tués
                # ... le JNIM a affirmé avoir tué « des dizaines » de militaires"): another count of them
                kept.append(replace(c, alternative=True))
            elif (after_lead and _more_dead(c, draft, lead, lang) and plausible_beside(c, lead_killed)
                  and not CLAIM.search(draft.sentence.text) and _same_side_toll(kept, c) is not None
                  and not _part_of_lead(c, told_since, lead_killed)):
                kept = _one_more(kept, c)  # "Another herder was shot dead nearby": one more dead
            elif c.kind != "killed" or (after_lead and _adds_to_toll(c, draft, gap, lead_killed, forces_led)):
                # "Also killed was his aide": one more dead of no side beside the lead's, no total of them
                more = c.kind == "killed" and c.group == "unknown" and ALSO_KILLED.match(draft.sentence.text)
                kept.append(replace(c, listed=True) if more else c)
                if after_lead and c.kind == "killed" and _is_update(c, draft):
                    kept = _superseded(kept, c, lead_killed)
                elif after_lead and c.kind == "killed" and _also_dead(c, draft, kept, lead):
                    kept = _unknown_listed(kept, lead_killed)
            elif after_lead and _pins_down(c, lead_killed):
                kept = _superseded(kept + [c], c, lead_killed)
            elif after_lead and _counts_the_vague_of_no_side(c, draft, lead_killed, lang):
                kept = [k for k in kept if k not in lead_killed] + [c]
            elif after_lead and (counted := _dead_and_wounded_lead(c, draft, lead_killed)) is not None:
                kept = [k for k in kept if k is not counted] + [c]  # the lead counted the wounded too
            elif after_lead and _claims_more(draft, c, lead_killed, lang):
                kept.append(replace(c, alternative=True))  # "ISWAP claimed ..., saying it had killed 20"
            else:
                kept = _name_restated(kept, c)
        if after_lead:
            told_since += _killed(draft)
    return _disputed(kept, ordered, lead, lang, article_text) + claims


ALSO = re.compile(r"\b(?:also|too|as well|in addition|aussi|également|também)\b", re.I)
# more dead told first, before their verb's subject: "Also killed in the clash was a soldier"
ALSO_KILLED = re.compile(r"^\W*also\s+(?:killed|slain|shot dead)\b", re.I)


def _also_dead(casualty: Casualty, draft: Draft, kept: list[Casualty], lead: Draft) -> bool:
    """True for a named side's dead told as more dead ("Two of the attackers were also killed") beside a lead
    that counts the dead of no side, not as a toll ("the death toll has risen to 21"), and no other side's
    dead told since (then "also" adds to those: "... 14 vigilantes. Seven bandits were also killed")."""
    named = [c for c in kept if c.kind == "killed" and c.group != "unknown" and c is not casualty]
    return (casualty.group != "unknown" and not casualty.alternative and not casualty.cumulative
            and not named and not TOLL_WORD.search(lead.sentence.text)
            and not _fighting_between(lead.sentence.text)
            and ALSO.search(draft.sentence.text) is not None)


# a fight told between two sides: its dead of no side are of both sides ("25 personnes ont été tuées dans des
# combats entre jihadistes et combattants du MSA"), so a side's dead told later are among them
FIGHTING_BETWEEN = re.compile(
    r"\b(?:combats?|affrontements?|accrochages?|heurts|clash(?:es)?|fighting|battles?|gunfights?|confrontos?|"
    r"combates?)\s+(?:[\w'’-]+\s+){0,2}?(?:entre|between)\b", re.I)


def _fighting_between(text: str) -> bool:
    """True when the sentence tells a fight between two sides (``FIGHTING_BETWEEN``)."""
    return FIGHTING_BETWEEN.search(text) is not None


def _unknown_listed(kept: list[Casualty], lead_killed: list[Casualty]) -> list[Casualty]:
    """The figures with the lead's dead of no side ("killing five") listed beside the named side's dead told
    after it as more dead ("Two of the attackers were also killed"): the five are no total of the seven."""
    return [replace(c, listed=True) if c in lead_killed and c.group == "unknown" else c for c in kept]
DISPUTE_WINDOW = 300  # characters before a later sentence searched for the words that dispute the lead


def _disputed(kept: list[Casualty], ordered: list[Draft], lead: Draft, lang: str,
              text: str) -> list[Casualty]:
    """The figures with a lead's fighters killed replaced by a later count of civilians that disputes it
    ("the strike neutralised 45 terrorists" ... "Residents gave a different account ... 'We buried 16 people,
    all civilians'"; lexicon ``disputed_account``): the conservative count, of the civilians the other
    account says died. Only when the lead counts fighters alone and the civilians are no more."""
    fighters = [c for c in kept if c.kind == "killed" and c.group == "militants"]
    lead_killed = _killed(lead)
    rx = lexicon_pattern(lang, "disputed_account", r"(?<![\w-])(?:{})(?![\w-])")
    if rx is None or not fighters or any(c.group != "militants" for c in lead_killed):
        return kept
    for draft in ordered:
        if draft.sentence.start <= lead.sentence.start or draft.recalled:
            continue
        civilians = [c for c in draft.casualties if c.kind == "killed" and c.group == "civilians"
                     and c.low > 0 and not c.cumulative and not c.negated]
        if len(civilians) != 1 or civilians[0].low > sum(c.low for c in fighters):
            continue
        if ALSO.search(draft.sentence.text):  # "two civilians were also killed": more dead, no other count
            continue
        before = text[max(0, draft.sentence.start - DISPUTE_WINDOW) : draft.sentence.start] if text else ""
        if rx.search(before + " " + draft.sentence.text):
            others = [c for c in kept if c.kind != "killed" or c.group not in ("militants", "civilians")]
            return others + civilians
    return kept


def _lead_toll(ordered: list[Draft]) -> Draft | None:
    """The first sentence telling deaths; not the wounded dying since ("Four of them died later in hospital")
    when a later sentence tells the same dead in the incident itself ("at least 15 people were killed"), but
    still when it tells one side's dead and the later one the other side's ("quatre soldats ont succombé ...
    vingt-trois assaillants neutralisés")."""
    first = next((d for d in ordered if _killed(d)), None)
    if first is None or not first.sequel or any(_new_total(c, first) for c in _killed(first)):
        return first  # a sequel telling the new total ("..., portant à sept le nombre de soldats tués") leads
    groups = {c.group for c in _killed(first)}
    return next((d for d in ordered if _killed(d) and not d.sequel and d.sentence.start > first.sentence.start
                 and any(c.group in groups or "unknown" in (groups | {c.group}) for c in _killed(d))), first)


# a figure told as the incident's new total: "portant à sept le nombre de soldats tués", "bringing to 12 the
# number of dead", "elevando para sete o número de mortos"
NEW_TOTAL_BEFORE = re.compile(r"\b(?:portant|porte|portent|porté|bringing|brings|raising|elevando|eleva)\b"
                              r"[^.;,]{0,20}\b(?:à|to|para|a)\s*$", re.I)


def _new_total(casualty: Casualty, draft: Draft) -> bool:
    """True when a figure revises the toll or is told as the new total of the dead."""
    head = draft.sentence.text[max(0, casualty.start - 60) : casualty.start]
    return _is_update(casualty, draft) or NEW_TOTAL_BEFORE.search(head) is not None


def _pins_down(later: Casualty, lead_killed: list[Casualty]) -> bool:
    """True when a later figure of the same dead gives the number a lead's lower bound left open ("more than
    100 soldiers were killed ... a source said at least 107 soldiers and volunteers were killed")."""
    return not later.alternative and not later.cumulative and any(
        (c.qualifier == "more_than" and c.group == later.group and c.low < later.low <= 2 * c.low)
        or _counts_the_vague(c, later)
        for c in lead_killed
    )


def _dead_and_wounded_lead(later: Casualty, draft: Draft, lead_killed: list[Casualty]) -> Casualty | None:
    """The lead's figure of a side's dead that a later sentence tells as its dead plus its wounded ("Explosion
    kills seven militiamen" ... "the killing of three militiamen, while four others were injured"): the lead
    counted both, the later count of the dead is the toll. None when there is no such lead figure."""
    if later.kind != "killed" or later.vague or later.alternative or later.cumulative or later.negated:
        return None
    wounded = sum(c.low for c in draft.casualties if c.kind == "wounded" and not c.negated and not c.vague)
    if not wounded:
        return None
    return next((c for c in lead_killed if not c.vague and c.qualifier in ("exact", "about")
                 and c.group in (later.group, "unknown") and c.low == c.high == later.low + wounded), None)


def _counts_the_vague_of_no_side(later: Casualty, draft: Draft, lead_killed: list[Casualty], lang: str
                                 ) -> bool:
    """True when the lead tells only a figure word of dead of no side ("killing several people") and a later
    sentence counts a side's dead ("It said 12 gendarmes in training had been killed and 20 assailants
    neutralised"): the counts are the toll the figure word left open, not a restatement of it. Not a
    party's claim, a running total or another source's count."""
    return (bool(lead_killed)
            and all(c.vague and c.group == "unknown" and not c.alternative for c in lead_killed)
            and later.kind == "killed" and later.group != "unknown" and not later.vague
            and not later.alternative and not later.cumulative and not later.negated and later.low > 0
            and not CLAIM.search(draft.sentence.text))


def _counts_the_vague(lead: Casualty, later: Casualty) -> bool:
    """True when a later count of the same side gives the number a lead's figure word of a dozen or more
    left open ("soldiers killed dozens of men ... Residents gave the names of 31 men killed", "Scores of
    insurgents have been killed ... At least 46 fighters were killed on both sides")."""
    return (lead.vague and lead.qualifier == "vague" and lead.low >= 12 and not later.vague
            and later.qualifier in ("exact", "at_least") and lead.group == later.group
            and lead.group != "unknown"
            and lead.low < later.low <= 10 * lead.low)


def _is_update(casualty: Casualty, draft: Draft) -> bool:
    """True when the figure revises the toll ("the toll later rose to 40"), not when another source gives
    its own count ("other sources put the toll at 20")."""
    if casualty.alternative:
        return False
    text = draft.sentence.text
    head = text[max(0, casualty.start - 60) : casualty.start]
    return bool(TOLL_UPDATE.search(text[casualty.start : casualty.end]) or TOLL_BEFORE.search(head)
                or _final_toll(casualty, draft))


# a final or new toll named earlier in the figure's sentence, asides between: "Le bilan définitif, rendu
# public lundi par le gouvernorat, est de douze civils tués", "the final toll, released on Monday, is 12 dead"
FINAL_TOLL = re.compile(
    r"\b(?:bilan\s+(?:définitif|final|actualisé)|nouveau\s+bilan|(?:final|updated|revised|new)\s+(?:death\s+)?toll"
    r"|balanço\s+(?:final|definitivo|atualizado)|novo\s+balanço"
    # a toll told as revised: "O balanço foi revisto em alta, 27 ...", "le bilan a été revu à la hausse"
    r"|(?:balanço|bilan|toll)\s+(?:[\w-]+\s+){0,2}?(?:revisto|revu|revised))\b[^.;]{0,120}$",
    re.I,
)


def _final_toll(casualty: Casualty, draft: Draft) -> bool:
    """True when the figure's sentence names a final or new toll before it (``FINAL_TOLL``)."""
    text = draft.sentence.text
    return FINAL_TOLL.search(text[max(0, casualty.start - 160) : casualty.start]) is not None


# a toll told as risen, just before its new figure: "the toll later rose to 17 soldiers killed", "le bilan
# s'alourdit : 17 soldats tués" (not another source's "a toll of 22")
RISEN = re.compile(
    r"\b(?:rose|risen|rises|raised|climbed|increased|jumped|alourdi\w*|grimpé|passé|porté|subiu|sobe|aumentou)\b"
    r"[^.;]{0,25}$",
    re.I,
)


def _risen(casualty: Casualty, draft: Draft) -> bool:
    """True when a later figure is a toll told as risen to it (a revision of the lead's, not more dead)."""
    head = draft.sentence.text[max(0, casualty.start - 60) : casualty.start]
    return _is_update(casualty, draft) and RISEN.search(head) is not None


def _superseded(kept: list[Casualty], update: Casualty, lead_killed: list[Casualty]) -> list[Casualty]:
    """The figures without the smaller earlier ones of the same dead that an update revises (the lead's,
    when the update names no group): ACLED's conservative count is the revised toll, not the first told.
    An update naming no group counts the dead of the figures it revises ("21 civilians killed ... the
    toll was later raised to 27": 27 civilians)."""
    def revised(c: Casualty) -> bool:
        same_dead = c.group == update.group or (update.group == "unknown" and c in lead_killed)
        return c is not update and c.kind == "killed" and same_dead and (c.high or c.low) < update.low

    groups = {c.group for c in kept if revised(c)}
    if update.group == "unknown" and len(groups) == 1:
        relabelled = replace(update, group=groups.pop())
        return [relabelled if c is update else c for c in kept if not revised(c)]
    return [c for c in kept if not revised(c)]


# how far before a figure a party's claim may be told ("its fighters attacked the convoy ... south of
# Tinzaouatene, killing 'at least 15'"); the lexicon's own patterns bound most claims to 40 characters
CLAIM_REACH = 240


def _claimed(draft: Draft, casualty: Casualty, lang: str) -> bool:
    """True for the figure a party gives of its own deed ("... saying its fighters had killed 30", "le CSP
    affirme avoir tué 47 militaires"; lexicon ``claimed_figure``)."""
    rx = lexicon_pattern(lang, "claimed_figure", r"(?:{})[^.;]{{0,40}}$")
    head = draft.sentence.text[max(0, casualty.start - CLAIM_REACH) : casualty.start]
    return casualty.kind == "killed" and rx is not None and rx.search(head) is not None


STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def _strike_victims_claimed(draft: Draft, casualty: Casualty, lead: Draft, lang: str) -> bool:
    """True for fighters a party claims to have killed in a strike whose lead counts civilians dead ("a drone
    strike hit the market, killing 23 civilians ... the army said it had neutralised some 50 terrorists"):
    the striker's account of the same victims, another count that only raises the range's top, no more
    dead."""
    lead_killed = _killed(lead)
    return (casualty.kind == "killed" and casualty.group == "militants" and not casualty.negated
            and lead.prediction.sub_event_type in STRIKES and bool(lead_killed)
            and all(k.group == "civilians" for k in lead_killed) and _claimed(draft, casualty, lang))


def _claims_more(draft: Draft, casualty: Casualty, lead_killed: list[Casualty], lang: str) -> bool:
    """True for a party's later claim of more dead of a side the lead counted ("killing at least nine
    soldiers ... ISWAP later claimed the attack, saying it had killed 20 soldiers"): another source's count,
    which only raises the range's top."""
    return (casualty.kind == "killed" and not casualty.negated and not casualty.cumulative
            and _claimed(draft, casualty, lang)
            and any(k.group == casualty.group and k.high < casualty.low for k in lead_killed))


def _without_party_claims(draft: Draft, lang: str) -> Draft:
    """The sentence's figures without a party's claimed count of the same dead that the sentence also
    reports independently ("the attack that killed 20 soldiers, saying its fighters had killed 30")."""
    told = [c for c in draft.casualties if c.kind == "killed" and not _claimed(draft, c, lang)]
    drop = [c for c in draft.casualties
            if _claimed(draft, c, lang) and any(t.group == c.group and t.end <= c.start for t in told)]
    return replace(draft, casualties=[c for c in draft.casualties if c not in drop]) if drop else draft


def _past_party_claims(first: Draft, ordered: list[Draft], lang: str) -> tuple[Draft, list[Casualty]]:
    """A first toll that is only a party's claim ("Le CSP affirme avoir tué 47 militaires") gives way to the
    next sentence that counts the dead independently ("des sources indépendantes évoquent plusieurs dizaines
    de morts"), also when that sentence counts the other side's dead besides ("fait état de trois militaires
    tués et de plusieurs terroristes neutralisés"); the claim stays as another source's count, which can only
    widen the range."""
    killed = _killed(first)
    if not all(_claimed(first, c, lang) for c in killed):
        return first, []
    groups = {c.group for c in killed} | {"unknown"}  # the same dead, not the other side's ("the army said
    # 20 assailants were killed ... three soldiers also died")
    later = next((d for d in ordered if d.sentence.start > first.sentence.start and _killed(d)
                  and not any(_claimed(d, c, lang) for c in _killed(d))
                  and any(c.group in groups for c in _killed(d))), None)
    if later is None:
        denied = next((d for d in ordered if d.sentence.start > first.sentence.start and d.no_loss
                       and not _killed(d)), None)
        if denied is None:
            return first, []
        # the other side says it lost no one ("the assault was repelled without any loss"): none dead, the
        # claim only the range's top
        none = replace(killed[0], low=0, high=0, negated=True, alternative=False)
        return replace(first, casualties=[c for c in first.casualties if c.kind != "killed"] + [none]), [
            replace(c, alternative=True) for c in killed]
    # the independent count stands as the toll, also when told as another source's ("Fontes de segurança ...
    # falam em 17 militares mortos" after the group's "afirma ter matado dezenas de soldados")
    later = replace(later, casualties=[replace(c, alternative=False) if c.kind == "killed" else c
                                       for c in later.casualties])
    return later, [replace(c, alternative=True) for c in killed]


def _without_elsewhere(ordered: list[Draft]) -> list[Draft]:
    """The drafts without the figures of another incident ("the raid came two days after an attack that
    killed 32 people"), unless the incident has no other deaths: then they are all it tells; never with the
    death a crowd protests or suspects are arrested over ("protests over the death of a young man in custody",
    "police arrested two men over the murder of a trader"), which is not the crowd's or the arrest's."""
    ordered = [replace(d, casualties=[c for c in d.casualties if not c.motive]) for d in ordered]
    if not any(c.kind == "killed" and not c.elsewhere for d in ordered for c in d.casualties):
        return ordered
    return [replace(d, casualties=[c for c in d.casualties if not c.elsewhere]) for d in ordered]


def _only_restates(draft: Draft, lead_killed: list[Casualty]) -> bool:
    """True when every death figure of the sentence repeats one of the lead's (and is more than one)."""
    killed = _killed(draft)
    return bool(killed) and all(c.low > 1 and _restates(c, lead_killed) for c in killed)


def _killed(draft: Draft) -> list[Casualty]:
    return [c for c in draft.casualties if c.kind == "killed"]


def _fuller_lead(first: Draft, ordered: list[Draft]) -> Draft:
    """The sentence right after the first toll that restates all its figures and adds others ("Officer
    and five members killed" / "A brigadier and five members were killed") tells the toll in full."""
    told = _killed(first)
    for draft in ordered:
        gap = draft.sentence.start - first.sentence.end
        later = _killed(draft)
        if 0 < gap <= OTHER_SIDE_CHARS and len(later) > len(told) and all(_restates(c, later) for c in told):
            return draft
    return first


def _name_restated(kept: list[Casualty], later: Casualty) -> list[Casualty]:
    """A later figure that restates an unknown lead figure under a named group gives it that group
    ("17 jihadists and five members of a militia were killed ... Five VDP members also died"); one
    listed beside a named figure ("a brigadier and five members") makes it no total."""
    same = [c for c in kept if c.kind == "killed" and (c.low, c.high) == (later.low, later.high)]
    if later.low < 2 or len(same) != 1 or same[0].group != "unknown":
        return kept
    if later.group != "unknown":
        return [replace(c, group=later.group) if c is same[0] else c for c in kept]
    return [replace(c, listed=True) if c is same[0] and later.listed else c for c in kept]


def updates_toll(draft: Draft) -> bool:
    """True when the sentence revises a toll ("the toll rose to 11 ... in hospital in Niamey"): its
    place may be where the wounded died, not where the incident happened."""
    text = draft.sentence.text
    killed = [c for c in draft.casualties if c.kind == "killed"]
    before = (text[max(0, c.start - 60) : c.start] for c in killed)  # TOLL_BEFORE spans at most 55 chars
    return any(TOLL_UPDATE.search(text[c.start : c.end]) or TOLL_BEFORE.search(head)
               for c, head in zip(killed, before, strict=True))


def _restates(casualty: Casualty, lead_figures: list[Casualty]) -> bool:
    """True when a figure repeats one of the lead's under another name ("five members of a
    self-defence militia ... Five VDP members also lost their lives"); a vague figure ("dezenas de
    terroristas", ACLED's 12 for "dozens") only matches an exact one by chance, and repeats none ("Doze
    soldados morreram ... a resposta das tropas permitiu neutralizar dezenas de terroristas")."""
    return any(c.low == casualty.low and c.high == casualty.high and c.vague == casualty.vague
               for c in lead_figures)


ARMED_SIDES = ("security", "militants")
NEAR_OTHER_SIDE_FACTOR = 5  # the other side's dead told near the lead: a force's count may be far more
OTHER_SIDE_SLACK = 30  # "five soldiers killed ... troops killed 18 attackers": the other side may lose more


def plausible_beside(casualty: Casualty, lead_killed: list[Casualty], near: bool = False) -> bool:
    """True when a later figure is small enough to belong with the lead's toll rather than be a running
    total: at most three times it (or ten more), and for the other armed side's dead up to thirty more, or
    five times it when told ``near`` the lead and not as a running total ("Dix-sept militaires ont été tués
    ... la riposte a permis de neutraliser 60 terroristes")."""
    scale = max(c.high or c.low for c in lead_killed)
    ceiling = max(3 * scale, scale + 10)
    if casualty.group in ARMED_SIDES and casualty.group not in {c.group for c in lead_killed}:
        ceiling = max(ceiling, scale + OTHER_SIDE_SLACK)
        if near and not casualty.cumulative:
            ceiling = max(ceiling, NEAR_OTHER_SIDE_FACTOR * scale)
    return (casualty.high or casualty.low) <= ceiling


def _wounded_died(casualty: Casualty, draft: Draft) -> bool:
    """True for the wounded told dying since, after the lead ("Twelve others were injured ... Three of them
    died later in hospital"): more dead, at most as many as the wounded told before them."""
    return draft.sequel and not casualty.alternative and 0 < casualty.low <= draft.wounded_before


def _died_since(kept: list[Casualty], died: Casualty) -> list[Casualty]:
    """The figures with the wounded who died since added to the last toll of their dead (or beside it)."""
    same = [c for c in kept
            if c.kind == "killed" and not c.alternative and died.group in (c.group, "unknown")]
    if not same:
        return kept + [died]
    last = same[-1]
    added = replace(last, low=last.low + died.low, high=(last.high or last.low) + (died.high or died.low))
    return [added if c is last else c for c in kept]


def _adds_to_toll(casualty: Casualty, draft: Draft, gap: int, lead: list[Casualty], forces_led: bool = False
                  ) -> bool:
    if not plausible_beside(casualty, lead, near=0 < gap <= OTHER_SIDE_CHARS):
        return False
    if casualty.alternative:  # another source's count: it widens the range (summarise_fatalities)
        return True
    within = draft.sentence.text[casualty.start : casualty.end]
    if gap <= 0 or TOLL_UPDATE.search(within) or _risen(casualty, draft) or _final_toll(casualty, draft):
        return True  # "the toll later rose to 17 ...", "le bilan définitif, ..., est de douze morts"
    if ALSO_KILLED.match(draft.sentence.text):
        return True  # "Also killed in the clash was a soldier": one more dead, whatever the side
    if CLAIM.search(draft.sentence.text) or (forces_led and _dead_renamed(casualty, lead)):
        return False
    other_side = casualty.group not in {c.group for c in lead}
    # further off, another side's dead told as more dead ("Fontes locais referem também a morte de dois
    # pescadores atingidos por balas perdidas")
    near = gap <= OTHER_SIDE_CHARS or (
        casualty.group != "unknown" and ALSO.search(draft.sentence.text) is not None)
    return other_side and near and not _restates(casualty, lead)


_JOINED_FIGURES = re.compile(r"[,;]|\s(?:and|et|e|with|avec|com)\s", re.I)


def _told_as_more(casualty: Casualty, draft: Draft, lang: str) -> bool:
    """True for dead told as more than those counted before, by the words around the figure (lexicon
    ``more_dead_before``, ``more_dead_after``): "another herder", "two more soldiers", "un autre soldat",
    "mais dois soldados"."""
    text = draft.sentence.text
    if casualty.number_start < 0 or casualty.number_end > len(text):
        return False
    if _JOINED_FIGURES.search(text[casualty.number_start : casualty.number_end]):
        return False  # figures told in parts ("a commander ... and two other soldiers"): no count of more
    head = text[max(0, casualty.number_start - 20) : casualty.number_end]  # the figure, the words before it
    before = lexicon_pattern(lang, "more_dead_before", r"(?<![\w-])(?:{})(?:\s+\S+)?$")
    after = lexicon_pattern(lang, "more_dead_after", r"^\s+(?:{})(?![\w-])")
    return bool((before and before.search(head))
                or (after and after.match(text[casualty.number_end : casualty.number_end + 30])))


def _more_dead(casualty: Casualty, draft: Draft, lead: Draft, lang: str) -> bool:
    """True for a later sentence's dead told as more ("Another herder was shot dead nearby") beside a lead
    that tells none as more (else the later one may restate it: "Two more soldiers killed" ... "Two more
    soldiers died"), both telling no toll ("The toll rose to 19. Four more bodies were found": maybe among the
    19)."""
    return (casualty.kind == "killed" and not casualty.cumulative and not casualty.alternative
            and not TOLL_WORD.search(draft.sentence.text) and not TOLL_WORD.search(lead.sentence.text)
            and _told_as_more(casualty, draft, lang)
            and not any(_told_as_more(c, lead, lang) for c in _killed(lead)))


def _same_side(c: Casualty, more: Casualty) -> bool:
    """True for a figure of the side of dead told as more, or where either side is unknown."""
    return c.group == more.group or "unknown" in (c.group, more.group)


def _plain(c: Casualty) -> bool:
    """True for a figure that counts dead: no alternative count, no negation, no running total."""
    return not (c.alternative or c.negated or c.cumulative)


def _same_side_toll(kept: list[Casualty], more: Casualty) -> Casualty | None:
    """The last toll kept of the side of dead told as more (or of no side), else None."""
    same = [c for c in kept if c.kind == "killed" and _plain(c) and _same_side(c, more)]
    return same[-1] if same else None


def _part_of_lead(more: Casualty, told_since: list[Casualty], lead_killed: list[Casualty]) -> bool:
    """True for dead told as more after a part of the lead's toll told since, both within it: a breakdown of
    the lead ("Six soldiers were killed ... the first blast killed four ... the second killed two more")."""
    parts = [c for c in told_since if _same_side(c, more) and _plain(c)]
    lead_same = sum(c.low for c in lead_killed if _same_side(c, more) and not c.negated and not c.alternative)
    return bool(parts) and sum(c.low for c in parts) + more.low <= lead_same


def _one_more(kept: list[Casualty], more: Casualty) -> list[Casualty]:
    """The figures with dead told as more added to the last toll of their side (or of no side), else beside
    them: "Gunmen killed a herder ... Another herder was shot dead nearby" (two herders)."""
    last = _same_side_toll(kept, more)
    if last is None:
        return kept + [more]
    group = more.group if last.group == "unknown" else last.group
    added = replace(last, low=last.low + more.low, high=(last.high or last.low) + (more.high or more.low),
                    group=group)
    return [added if c is last else c for c in kept]


def _forces_first(lead: Draft) -> bool:
    """True when the first armed actor the lead names is a state's forces (the killers of its dead)."""
    armed = sorted((f for f in lead.found_actors if f.group != "civilians"), key=lambda f: f.start)
    return bool(armed) and armed[0].group == "security"


def _dead_renamed(casualty: Casualty, lead: list[Casualty]) -> bool:
    """True for the civilians a lead tells the forces killed, told again by them as fighters, about as many
    ("soldiers executed at least 24 men ... the army said it had 'neutralised some twenty terrorists'"): the
    same dead, not more (a count of ten or more, within a quarter of the lead's); not the attackers the army
    killed after jihadists' killings ("jihadists killed 20 villagers ... troops killed 18 of them")."""
    civilians = [c for c in lead if c.group == "civilians" and not c.alternative and c.low >= 10]
    return (casualty.group == "militants" and bool(civilians) and {c.group for c in lead} == {"civilians"}
            and any(abs(casualty.low - c.low) <= c.low // 4 for c in civilians))
