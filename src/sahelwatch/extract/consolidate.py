"""Grouping an article's drafts into incidents: which sentences tell the same incident (type, day,
place and the groups killed must agree)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sahelwatch.extract.classify import Prediction
from sahelwatch.extract.context import CONFIDENT_MEANS, REMOTE_MEANS, WEEK_PREC, ExtractionConfig, in_sentence
from sahelwatch.extract.drafts import ArticleContext, Draft
from sahelwatch.extract.numbers import lexicon_pattern, load_lexicon
from sahelwatch.extract.roles import FoundActor, is_pretext, is_unidentified
from sahelwatch.extract.taxonomy import UNREST
from sahelwatch.extract.tolls import ALSO, CLAIM, TOLL_WORD, updates_toll
from sahelwatch.models import EventDate, Place


def consolidate(drafts: list[Draft], config: ExtractionConfig, lang: str) -> list[list[Draft]]:
    """Group the sentences that report the same incident.

    Sentences with their own dates join a group of the same day (± ``consolidate_days``) and a
    compatible place. A sentence without a date of its own belongs to the article's current
    incident: the first group dated near publication, or a group of other undated sentences;
    it never joins an incident recalled from the past, unless that is the only one told so far. Among the
    groups it could join, a sentence joins the latest (the incident the article is telling at that point).
    """
    groups: list[list[Draft]] = []
    for draft in drafts:
        lone = len(groups) == 1
        target = next((g for g in reversed(groups) if _joins(g, draft, config, lang, lone=lone)), None)
        if target is None:
            groups.append([draft])
        else:
            target.append(draft)
    return groups


def told_group_date(group: list[Draft]) -> EventDate | None:
    """The date the group's sentences give in the text (None when none does)."""
    return next((d.date for d in group if d.date_from_text), None)


def _types_compatible(a: Prediction, b: Prediction) -> bool:
    """Sentences of one incident may be typed differently (clash / attack), but not by different
    means of remote violence (an IED and an air strike, both confident), nor as unrest and as armed
    violence."""
    confident = min(a.probability, b.probability) >= CONFIDENT_MEANS
    if a.sub_event_type in REMOTE_MEANS and b.sub_event_type in REMOTE_MEANS and confident:
        return a.sub_event_type == b.sub_event_type
    return (a.event_type in UNREST) == (b.event_type in UNREST) or "Strategic developments" in (
        a.event_type,
        b.event_type,
    )


def _joins(group: list[Draft], draft: Draft, config: ExtractionConfig, lang: str, lone: bool = False) -> bool:
    """True when the draft tells the group's incident; an undated sentence goes on about the article's
    ``lone`` incident so far even when it was weeks before ("JNIM killed 30 soldiers around Djibo in late
    March ... The attackers also looted shops")."""
    if draft.recalled or draft.fresh or any(d.recalled for d in group):
        return False
    group_day = told_group_date(group)
    if draft.pursuit and group_day is not None and _days_apart(group_day, draft.date) >= 1:
        return False  # the pursuit of the attackers on another day: a fight of its own (ACLED, UCDP)
    typed = [d for d in group if not d.crowdless] or group  # a crowdless sentence joined has no type either
    if not (draft.crowdless or draft.sequel or _only_recounts(draft)) and not all(
            _types_compatible(d.prediction, draft.prediction) for d in typed):
        return False  # mob violence naming no crowd, date nor place goes on about the fight before; the
        # wounded dying or bodies found since, or another source's count of the dead, have no type of their
        # own
    own_places = [d.place for d in group if d.place_from_text]
    placed_by_context = not draft.place_from_text
    group_date = told_group_date(group)
    told_near = not draft.date_from_text or group_date is None or _days_apart(group_date, draft.date) <= 1
    # the wounded dying since may be told at the hospital's town, days after the incident
    revises_toll = (updates_toll(draft) and told_near) or (
        draft.sequel and (told_near or (group_date is not None and _updated_later(group_date, draft))))
    if (
        own_places
        and not revises_toll
        and not _places_compatible(own_places[0], draft.place, same_country_only=placed_by_context)
    ):
        return False
    if not revises_toll and (_other_town_toll(group, draft) or _other_town_group(group, draft)
                             or _civilians_killed_elsewhere(group, draft)):
        return False
    if group_date is not None and draft.date_from_text and _updated_later(group_date, draft):
        return True  # "le bilan s'est alourdi mardi à dix morts": the day of the update, after the incident
    if group_date is not None and draft.date_from_text and _buried_later(group_date, draft):
        return True  # "We buried 16 people on Friday": the day of the burial, after the incident
    if not draft.date_from_text:
        return group_date is None or is_current(group_date, draft.date) or (
            lone and (_days_apart(group_date, draft.date) <= LATE_REPORT_DAYS
                      or _counts_right_after(group, draft))
        )
    if group_date is None:
        if group[0].date.event_date is None:  # no publication day: only a day told joins an undated incident
            return not _opens_with_date(draft) and draft.date.date_prec == 1
        return (not _opens_with_date(draft) or _day_before_statement(group, draft)) and is_current(
            draft.date, group[0].date)
    rough = draft.rough_day or any(d.rough_day for d in group)
    return (_days_apart(group_date, draft.date) <= config.consolidate_days
            or (rough and _days_apart(group_date, draft.date) <= ROUGH_DAY_SLACK)
            or _day_of_told_period(group, draft, lang)
            or (day_of_told_night(group_date, draft) and not _other_day_told(group, draft)))


# days a date counted in weeks back may be off ("abducted two weeks ago" ... "stormed the village on June 21")
ROUGH_DAY_SLACK = 3


def rough_range(event_date: EventDate) -> EventDate:
    """A day counted in weeks back keeps its day, told to the week (ACLED time precision 2, UCDP date_prec 2),
    so that reports compare it as a rough day: "pupils abducted three weeks ago" in a release story is the
    abduction another report dates three days earlier, not a second one (merge.features: no precise day)."""
    if not event_date.event_date:
        return event_date
    return replace(event_date, time_precision=2, date_prec=2)


def weeks_back(ctx: ArticleContext, event_date: EventDate) -> bool:
    """True for a day told as a count of weeks back ("who were abducted two weeks ago", "há duas semanas";
    lexicon ``dates.weeks_ago``): a rough day, which joins the incident the report dates a day or two
    apart ("The bandits had stormed the village on June 21")."""
    rule = (load_lexicon(ctx.lang).get("dates") or {}).get("weeks_ago")
    return bool(rule) and re.fullmatch(rule, event_date.surface.strip(), re.I) is not None


def _only_recounts(draft: Draft) -> bool:
    """True for a sentence whose only dead are another source's count of the same dead ("Le gouvernement parle
    de deux morts"): the incident told before, counted again, no incident of its own; not more dead told
    ("another source also disclosed that one person died")."""
    killed = [c for c in draft.casualties if c.kind == "killed"]
    return bool(killed) and all(c.alternative for c in killed) and ALSO.search(draft.sentence.text) is None


def _other_day_told(group: list[Draft], draft: Draft) -> bool:
    """True when the group already tells, with its dead, another single day of the night or weekend it was
    told in, and the sentence tells its own dead on its own day ("Des violences ont fait dix morts ce
    week-end ... Samedi, des éleveurs ont tué sept villageois ... Le lendemain, des jeunes ont tué trois
    éleveurs"): the span's days told one by one are two incidents."""
    if draft.date.date_prec != 1 or not killed_groups(draft):
        return False
    return any(d.date_from_text and d.date.date_prec == 1 and d.date.date_start == d.date.date_end
               and d.date.event_date != draft.date.event_date and killed_groups(d) for d in group)


STATEMENT_LAG_DAYS = 7  # the day of a deed a statement tells, at most a week before it


def _day_before_statement(group: list[Draft], draft: Draft) -> bool:
    """True when the group's incident is dated only by the day of the statement that tells it ("Mali's army
    said on Monday it had repelled an attack on its camp at Boulkessi") and the sentence, opening with a day
    up to a week before, tells the same town ("On Saturday at dawn, terrorists attacked the camp of
    Boulkessi"): that is the incident's own day, not another episode."""
    lead = group[0]
    said, day = lead.date.event_date, draft.date.event_date
    if lead.date_from_text or lead.date.date_prec != 1 or draft.date.date_prec != 1 or not (said and day):
        return False
    if not 0 <= (date.fromisoformat(said) - date.fromisoformat(day)).days <= STATEMENT_LAG_DAYS:
        return False
    if not draft.place_from_text:
        # no town of its own ("Na madrugada de terça-feira, homens armados atacaram o posto"): the town the
        # statement named, when the statement itself counts no dead (a claim or an announcement)
        return not any(killed_groups(d) for d in group) and any(
            d.place_from_text and d.place and d.place.where_prec <= 2 for d in group)
    if not (draft.place and draft.place.where_prec <= 2):
        return False
    return any(d.place_from_text and d.place and d.place.name == draft.place.name for d in group)


def _counts_right_after(group: list[Draft], draft: Draft) -> bool:
    """True for a sentence with no date nor place of its own that puts a toll ("Local sources put the toll at
    160"), told right after a sentence of the article's only incident: it counts that incident, however long
    ago it was (an anniversary recalling a massacre), rather than one of its own on the publication day."""
    gap = draft.sentence.start - group[-1].sentence.end
    return not draft.place_from_text and TOLL_WORD.search(draft.sentence.text) is not None and 0 <= gap <= 2


def _day_of_told_period(group: list[Draft], draft: Draft, lang: str) -> bool:
    """True when the sentence gives the day of the group's incident, told so far only by its week or month,
    at the same town ("ISWAP attacked Mafa last month ... The insurgents stormed Mafa on August 12"), or a
    party's claim of it naming no town of its own ("... an attack near Tillia last week ... The claim said
    the group's fighters had killed dozens", its day the one told right before)."""
    told = next((d for d in group if d.date_from_text), None)
    if told is None or told.date.date_prec < WEEK_PREC or draft.date.date_prec != 1:
        return False
    initial = lexicon_pattern(lang, "initial_toll")  # "selon un premier bilan"
    if initial and initial.search(draft.sentence.text) and _places_compatible(told.place, draft.place):
        # the incident's day told with its first toll after the update that opened the report ("The death toll
        # from an attack ... last week has risen to 25 ... Gunmen stormed the village on Friday, killing 18
        # people according to an initial toll"): one incident, whatever the place's precision
        start, end, day = told.date.date_start, told.date.date_end, draft.date.event_date
        return bool(start and end and day and start <= day <= end)
    if not (told.place_from_text and told.place and draft.place):
        return False
    # a day and toll of its own told with no place: another deed ("Son corps ... découvert samedi"); with no
    # toll, the town's ("na semana passada em Diafarabé ... chegaram na terça-feira"); a claim naming no town
    # ("The claim said ...") claims the incident told before
    own_day = bool(draft.date.surface) and draft.date.surface.lower() in draft.sentence.text.lower()
    claim = CLAIM.search(draft.sentence.text) is not None
    if not draft.place_from_text and killed_groups(draft) and (own_day or told.date.date_prec != WEEK_PREC) \
            and not claim:
        return False
    if told.place.where_prec > 2 or told.place.name != draft.place.name:
        return False
    start, end, day = told.date.date_start, told.date.date_end, draft.date.event_date
    return bool(start and end and day and start <= day <= end)


def day_of_told_night(group_date: EventDate, draft: Draft, weekend: bool = True) -> bool:
    """True when the sentence's day is one of the two of the night (or weekend) the group's incident was told
    in ("dans la nuit de dimanche à lundi ... Le ministère fait état lundi de quatorze militaires tués",
    "clashed over the weekend ... The fighting began on Saturday"); a night only without ``weekend``."""
    start, end, day = group_date.date_start, group_date.date_end, draft.date.event_date
    if not (start and end and day) or draft.date.date_prec != 1 or start == end:
        return False
    if not (is_night(group_date) or (weekend and _WEEKEND.search(group_date.surface or ""))):
        return False
    return (date.fromisoformat(end) - date.fromisoformat(start)).days == 1 and start <= day <= end


_NIGHT = re.compile(r"\b(?:nuit|night|noite|overnight)\b", re.I)
_WEEKEND = re.compile(r"\b(?:week-?end|fin de semaine|fim de semana|fim-de-semana)\b", re.I)


def is_night(told: EventDate) -> bool:
    """True for a date told as a night, which spans two days ("la nuit de dimanche à lundi")."""
    return _NIGHT.search(told.surface or "") is not None


def _opens_with_date(draft: Draft) -> bool:
    """True when the sentence opens with its date ("On December 16, ..."): a new episode, not the
    date of the undated incident told before."""
    surface = (draft.date.surface or "").lower()
    return bool(surface) and 0 <= draft.sentence.text.lower().find(surface) <= 4


def _other_town_toll(group: list[Draft], draft: Draft) -> bool:
    """True when the sentence names its own town and its own death toll, both unlike the group's
    ("5 tués à Toumour ... l'attaque de Bosso, dans laquelle 32 soldats ont été tués"); a count the report
    has since revised ("the toll, first put at ten, rose after one of the injured died in Sevare") is none."""
    if not draft.place_from_text or draft.place is None or draft.place.where_prec > 2:
        return False
    tolls = {c.low for c in draft.casualties if c.kind == "killed" and not c.elsewhere}
    for d in group:
        towns = d.place_from_text and d.place is not None and d.place.where_prec <= 2
        own = {c.low for c in d.casualties if c.kind == "killed" and not c.elsewhere}
        if towns and own and tolls and d.place.name != draft.place.name and not own & tolls:
            return True
    return False


ARMED_SIDES = {"security", "militants"}


def killed_groups(draft: Draft) -> set[str]:
    """Whose dead the sentence counts (civilians, security, militants, unknown)."""
    return {c.group for c in draft.casualties if c.kind == "killed" and not c.elsewhere}


def _civilians_killed_elsewhere(group: list[Draft], draft: Draft) -> bool:
    """True when the sentence counts civilians killed at a town or district of its own, while the group,
    placed at no town, counts only armed men ("Five police officers were killed on Sunday in another attack in
    the north ... two women and a baby were killed on Sunday when their cart hit a mine in Ouindigui"):
    another incident, with other victims at another place, as ACLED codes it."""
    if not draft.place_from_text or draft.place is None or draft.place.where_prec > 3:
        return False
    if killed_groups(draft) != {"civilians"}:
        return False
    if any(d.place_from_text and d.place is not None and d.place.where_prec <= 3 for d in group):
        return False
    told = set().union(*(killed_groups(d) for d in group))
    return bool(told) and told <= ARMED_SIDES


def _groups_told(draft: Draft) -> set[str]:
    """The named armed groups the sentence tells (not unnamed gunmen, forces or civilians)."""
    return {f.actor.name for f in draft.found_actors
            if f.group == "militants" and not is_unidentified(f.actor)}


def _other_town_group(group: list[Draft], draft: Draft) -> bool:
    """True when the sentence names its own town and its own armed group, both unlike the group's ("Boko
    Haram fighters stormed Kirawa ... Hours later, ISWAP militants fired mortars at a base in Marte"):
    another group's deed elsewhere, not more of the incident told."""
    if not draft.place_from_text or draft.place is None or draft.place.where_prec > 2:
        return False
    groups = _groups_told(draft)
    if not groups:
        return False
    for d in group:
        towns = d.place_from_text and d.place is not None and d.place.where_prec <= 2
        own = _groups_told(d)
        if towns and own and d.place.name != draft.place.name and not own & groups:
            return True
    return False


LATE_REPORT_DAYS = 45  # an incident reported this late is still the one an article goes on about
UPDATE_DAYS = 14  # a toll revised this long after the incident it counts


def _updated_later(group_date: EventDate, draft: Draft) -> bool:
    """True when the sentence updates a toll or tells the wounded dying since, dated after its incident,
    within ``UPDATE_DAYS``."""
    if not (updates_toll(draft) or draft.sequel) or not group_date.event_date or not draft.date.event_date:
        return False
    days = (date.fromisoformat(draft.date.event_date) - date.fromisoformat(group_date.event_date)).days
    return 0 < days <= UPDATE_DAYS


BURIAL_DAYS = 3  # the dead of an incident buried this long after it


def _buried_later(group_date: EventDate, draft: Draft) -> bool:
    """True when the sentence counts the dead buried (lexicon ``burial``) a day or a few after the group's
    incident: its day is the burial's, its dead the incident's."""
    if not draft.burial or not group_date.event_date or not draft.date.event_date:
        return False
    days = (date.fromisoformat(draft.date.event_date) - date.fromisoformat(group_date.event_date)).days
    return 0 < days <= BURIAL_DAYS


def _days_apart(a: EventDate, b: EventDate) -> int:
    if not a.event_date or not b.event_date:
        return 0
    return abs((date.fromisoformat(a.event_date) - date.fromisoformat(b.event_date)).days)


def is_current(dated: EventDate, undated: EventDate) -> bool:
    """True when a text date lies within a week of the fallback (publication) date."""
    return _days_apart(dated, undated) <= 7


def _places_compatible(a: Place | None, b: Place | None, same_country_only: bool = False) -> bool:
    """Places of one incident: same country and admin1; a sentence placed only by the article's
    context (``same_country_only``) just may not be in another country than the incident."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    return same_country_only or not (a.admin1 and b.admin1 and a.admin1 != b.admin1)


def arrested_helpers(ctx: ArticleContext, lead: Draft, found: list[FoundActor]) -> bool:
    """True when the arrest's sentence names an armed group only as whom those arrested helped ("troops
    arrested 14 suspected JNIM collaborators", "suspeitos de colaborarem com o Boko Haram"), none as the
    group of those arrested ("six Boko Haram fighters"): ACLED's actor2 is the civilians."""
    told = [f for f in found if f.group == "militants" and in_sentence(f.start, f.end, lead.sentence)]
    helped = [f for f in told if is_pretext(ctx.article.text, f, ctx.lang)]
    return bool(helped) and len(helped) == len(told)


def as_nationals_told(text: str, found: list[FoundActor]) -> list[FoundActor]:
    """Civilians named again by their noun alone after a demonym told them foreign ("four Mauritanian herders
    were killed in Malian territory ... the herders were arrested on Wednesday") are those foreigners, not the
    country's own civilians."""
    foreign = [f for f in found if f.group == "civilians" and not f.homed]
    if len({f.actor.name for f in foreign}) != 1:
        return found
    nouns = {_head_noun(text, f) for f in foreign}
    return [replace(f, actor=foreign[0].actor, homed=False)
            if f.group == "civilians" and f.homed and _head_noun(text, f) in nouns else f for f in found]


def _head_noun(text: str, found: FoundActor) -> str:
    """The noun an actor's mention ends on, past a demonym told alone ("Mauritanian herders": herders)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text[found.start : found.end])
    if len(words) == 1 and found.surface[:1].isupper():
        following = re.match(r"\s+([^\W\d_][\w'’-]*)", text[found.end : found.end + 30])
        words += [following.group(1)] if following else []
    return words[-1].lower() if words else ""
