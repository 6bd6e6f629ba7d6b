"""The event type of a consolidated incident: the means told, the sentence that types it, violence
over a development, lynchings."""

from __future__ import annotations

from sahelwatch.extract.context import CONFIDENT_MEANS, SURE_MEANS, classifier
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.relabel import PROTEST_FORCE
from sahelwatch.extract.taxonomy import DEADLY_UNREST, MEANS_CUES, TOLD_CUES, UNREST, is_violent


def violent_type(event_type: str | None, sub_type: str | None, victims: set[str]) -> tuple[str, str]:
    """Correct the classifier's type with who died: deaths make an event violent, an abduction with
    deaths is an attack (ACLED keeps abduction for abductions without further violence), and the
    deaths of soldiers or fighters make an attack a battle (ACLED codes attacks on armed
    actors as armed clashes)."""
    armed_victims = bool(victims & {"security", "militants"})
    if sub_type in DEADLY_UNREST:
        return event_type or "Protests", sub_type
    if sub_type == "Protest with intervention" and victims and not armed_victims:
        return "Protests", "Excessive force against protesters"  # the force used on the crowd killed
    if event_type is None or sub_type is None or (victims and not is_violent(event_type)):
        return ("Battles", "Armed clash") if armed_victims else ("Violence against civilians", "Attack")
    if sub_type == "Abduction/forced disappearance" and victims:
        sub_type = "Attack"
    if sub_type == "Attack" and armed_victims and "civilians" not in victims:
        return "Battles", "Armed clash"
    return event_type, sub_type


def agreement_ended(ctx: ArticleContext, typed: Draft, corrected: tuple[str, str]) -> tuple[str, str]:
    """An agreement the sentence tells as ended, not signed ("les derniers militaires italiens ont quitté
    Niamey après la dénonciation de l'accord de coopération militaire"; lexicon agreement_ended): another
    strategic development, no Agreement."""
    ended = lexicon_pattern(ctx.lang, "agreement_ended")
    if corrected[1] != "Agreement" or ended is None or not ended.search(typed.sentence.text):
        return corrected
    return "Strategic developments", "Other"


def lynching_type(ctx: ArticleContext, typed: Draft, corrected: tuple[str, str]) -> tuple[str, str]:
    """A crowd's killing ("an angry mob lynched a man", "linchado por uma multidão") stays or becomes mob
    violence with its dead: ACLED codes a lynching as a riot, not as an armed group's attack."""
    crowd = lexicon_pattern(ctx.lang, "crowd", r"\b(?:{})\b")
    lynched = lexicon_pattern(ctx.lang, "lynching", r"\b(?:{})")
    text = typed.sentence.text
    if crowd is None or not crowd.search(text):
        return corrected
    if typed.prediction.sub_event_type == "Mob violence" or (lynched and lynched.search(text)):
        return "Riots", "Mob violence"
    return corrected


def told_means(typed_draft: Draft, group: list[Draft]) -> tuple[str | None, str | None]:
    """The predicted type, unless it is a weak guess of a remote means (a drone, a chemical, a bomb) or of
    sexual violence that no sentence of the incident names (``TOLD_CUES``), or a guess short of sure made
    only on a later sentence than the one opening the incident, which guesses no remote means (a toll: "neuf
    civils tués, quatre blessés et deux personnes portées disparues" after "des hommes armés ont attaqué le
    village" is no mine): then no type, for ``violent_type`` to infer from who died ("Suspected jihadists
    killed 20 civilians" is no chemical attack)."""
    typed = typed_draft.prediction
    needed = TOLD_CUES.get(typed.sub_event_type or "")
    first = min(group, key=lambda d: d.sentence.start)
    later = typed_draft is not first and first.prediction.sub_event_type not in MEANS_CUES
    # a bomb guessed short of sure for an incident whose other sentences tell gunmen, none naming an explosive
    # ("Mali : trois passagers tués près de Tominian" over "des hommes armés ont intercepté un car ... et tué
    # trois passagers"), is no bomb either
    gunmen = typed.sub_event_type == "Remote explosive/landmine/IED" and any(
        "cue:gunmen" in classifier().model.cues.fired(d.sentence.text) for d in group if d is not typed_draft)
    if needed is None or typed.probability >= (SURE_MEANS if later or gunmen else CONFIDENT_MEANS):
        return typed.event_type, typed.sub_event_type
    cues = classifier().model.cues
    if any(needed & set(cues.fired(d.sentence.text)) for d in group):
        return typed.event_type, typed.sub_event_type
    return None, None


def typing_draft(group: list[Draft], lead: Draft, lang: str) -> Draft:
    """The sentence whose type the incident takes: the lead, unless its type is a weak guess ("Quatre
    femmes ont été tuées" after "une seconde frappe a touché un campement") and another's is not, or the
    lead tells a protest and another sentence the force used on it ("police fired tear gas to disperse
    the students ... Several protesters were injured"), or the crowd's violence ("des jeunes ont saccagé
    le commissariat ... la police a dispersé les manifestants": a violent demonstration)."""
    typed = lead if lead.prediction.probability >= CONFIDENT_MEANS or _means_named(lead) else max(
        group, key=lambda d: d.prediction.probability)
    typed = _violence_told(group, _fight_over_development(group, typed), lang)
    if typed.prediction.sub_event_type not in PROTEST_FORCE:
        return typed
    violent = [d for d in group if d.prediction.label == "VIOL_DEMONSTR"]
    if violent and typed.prediction.sub_event_type != "Excessive force against protesters":
        return violent[0]
    protests = [d for d in group if d.prediction.sub_event_type in PROTEST_FORCE
                and d.prediction.probability >= CONFIDENT_MEANS]
    return max(protests, key=lambda d: PROTEST_FORCE.index(d.prediction.sub_event_type), default=typed)


def _means_named(draft: Draft) -> bool:
    """True when the sentence names the remote means the classifier guesses for it ("Um atentado suicida
    deixou 12 mortos": a suicide bombing however unsure the guess): no weak guess for a later sentence to
    override."""
    needed = MEANS_CUES.get(draft.prediction.sub_event_type or "")
    return bool(needed and needed & set(classifier().model.cues.fired(draft.sentence.text)))


def _fight_over_development(group: list[Draft], typed: Draft) -> Draft:
    """A strategic development that the incident's other sentences tell as violence is that violence ("ISWAP
    fighters arrest Shekau's commanders, meet with surrendered members" over "a heavy gun battle between ISWAP
    and Shekau's fighters"): ACLED codes the violent event; the arrests or talks are its aftermath. Territory
    changing hands keeps its own types (a base handed over, then retaken)."""
    told = typed.prediction
    if told.event_type != "Strategic developments" or told.sub_event_type in TERRITORIAL:
        return typed
    violent = [d for d in group if is_violent(d.prediction.event_type)
               and d.prediction.sub_event_type not in TERRITORIAL
               and d.prediction.probability >= CONFIDENT_MEANS]
    return max(violent, key=lambda d: d.prediction.probability, default=typed)


def _violence_told(group: list[Draft], typed: Draft, lang: str) -> Draft:
    """A later toll the classifier reads as a strategic development ("une centaine de terroristes neutralisés
    et plusieurs embarcations détruites" as destruction), or as a clash without any ground fighting told
    ("L'armée affirme avoir neutralisé une dizaine de terroristes" after "une frappe aérienne a visé le
    marché"; lexicon ``ground_fight``), takes the remote means the incident's opening sentence surely
    tells ("des frappes aériennes contre des positions"); a battle or an attack ``violent_type`` infers
    from who died."""
    first = min(group, key=lambda d: d.sentence.start)
    if (
        typed is first
        or first.prediction.sub_event_type not in MEANS_CUES
        or first.prediction.probability < SURE_MEANS
        or not any(c.kind == "killed" and c.low > 0 for c in typed.casualties)
    ):
        return typed
    if typed.prediction.event_type == "Strategic developments":
        return first
    ground = lexicon_pattern(lang, "ground_fight", r"\b(?:{})\b")
    if typed.prediction.sub_event_type == "Armed clash" and ground is not None and not ground.search(
            typed.sentence.text):
        return first
    return typed


TERRITORIAL = {
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
}
SETTING = {"Headquarters or base established", "Change to group/activity", "Other"}
CROWD_BACKDROP = {"Non-violent transfer of territory", "Arrests"}  # told beside a protest: not its type
SEIZED = "Disrupted weapons use"


def scene_setting_types(group: list[Draft]) -> set[str]:
    """The sub-types that only set the scene of this incident: a base or a recruitment always; a withdrawal
    or arrests beside a crowd's protest; a withdrawal beside armed violence (not a weak guess of it, nor
    territory taken by force); weapons seized beside arrests ("troops arrested 12 suspects ... weapons were
    seized during the operation": ACLED codes the seizure as part of the operation)."""
    seized = {SEIZED} if any(d.prediction.sub_event_type == "Arrests" for d in group) else set()
    if any(d.prediction.event_type in UNREST for d in group):
        return SETTING | CROWD_BACKDROP | seized
    armed = any(
        is_violent(d.prediction.event_type)
        and d.prediction.sub_event_type not in TERRITORIAL
        and d.prediction.probability >= CONFIDENT_MEANS
        for d in group
    )
    return (SETTING | {"Non-violent transfer of territory"} if armed else SETTING) | seized


def told_parts(group: list[Draft], backdrops: set[str]) -> list[Draft]:
    """The sentences whose actors the incident takes: not a withdrawal's told beside armed violence ("the
    handover of the camp to the army has angered the rebels" beside a mine that hit the departing
    peacekeepers), unless only it names any."""
    told = [d for d in group if d.prediction.sub_event_type not in backdrops - SETTING - {"Arrests", SEIZED}]
    return told if any(d.found_actors for d in told) else group


def draft_weight(draft: Draft, backdrops: set[str] = SETTING) -> float:
    """How well a sentence represents its incident: a confident type, deaths, early in the text; a
    strategic development (a base, a recruitment) leads only when nothing else happened, and a
    withdrawal or arrests not beside a crowd's protest, a withdrawal not beside armed violence
    ("protesters vandalised ... France moved its troops to Chad after its withdrawal from Mali", "police
    fired tear gas and arrested several people", "a convoy of departing peacekeepers struck a mine ... the
    handover of the camp")."""
    killed = sum(1 for c in draft.casualties if c.kind == "killed")
    setting = 0.6 if draft.prediction.sub_event_type in backdrops else 0.0
    return draft.prediction.probability + 0.5 * min(killed, 1) - setting - 0.001 * draft.sentence.start / 100
