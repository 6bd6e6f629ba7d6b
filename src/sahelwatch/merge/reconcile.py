"""One event from the mentions of one incident: every source's claims kept, fields reconciled.

Rules (documented for users in ``docs``-style docstrings here):

* **Fatalities.** Each source (article) claims one toll: its mention's figures (the highest
  if it has several mentions of the incident). Sources that give no toll make no claim, nor does a
  claim of responsibility when a report of the incident gives a toll (it gives the claimant's figure
  and recalls other sources' counts) -- unless it tells the toll risen ("the group claimed Sunday's attack,
  whose toll rose to 23"): that is the reporter's update.
  When a source *updates* the toll ("death toll rises to 28", "le bilan s'alourdit"),
  every claim published before the latest update is superseded (kept in ``claims`` but
  not used), and so is a lower figure published on a later day without updating it (a round-up
  recalling "dozens" of dead, an early count repeated), or on the update's day when an earlier update
  had already reached it (another story recalling "au moins seize" the day the toll rose from 16 to 21).
  A toll that has risen keeps rising: an exact higher count published after the update ("at least 15"
  -> "rose to 27" -> the government's official 31) is its next step, and supersedes in turn. Vague
  figures (a range such as "several" = 3-10, or "dozens" = 12) count only when no credible source gives
  an exact number.
  A claim published after another that gives only some of its sides' counts, with the same figures (11
  soldiers recalled after 11 soldiers and 20 assailants), recalls part of that toll and is left out.
  Over the remaining claims: ``low`` is the lowest figure any of them gives (its low end when it gives
  a range, else its best) -- ACLED's conservative ``fatalities``; ``best`` is the lower median of their bests
  (12/15/17 -> 15, 12/17 -> 12); ``high`` the highest figure of any credible claim, vague ones
  included. Per-side deaths come from the claim whose best is ``best``.
* **Date.** The most precise date any source gives (UCDP ``date_prec``); among equally
  precise ones the date most sources give, then the earliest. A source that corrects the day ("dimanche,
  et non samedi comme annoncé") overrules the others.
* **Place.** The most precise place (ACLED ``geo_precision``, then UCDP ``where_prec``);
  among equally precise ones the name most mentions give, then the first in sort order.
* **Type.** The (type, sub-type) most sources report; claims of responsibility do not vote.
* **Actors.** (actor1, actor2) is chosen as a pair so roles stay consistent: the pair with
  the most named actors (not "Unidentified Armed Group"), then the pair most sources give.
  A later claim of responsibility thus names an unidentified attacker.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from sahelwatch.extract.taxonomy import CIVILIANS_INTER
from sahelwatch.merge.features import AFTERMATH_CUE, UPDATE_CUE, evidence_text, is_specific, mention_is_claim
from sahelwatch.models import Actor, Claim, Event, EventDate, Evidence, Fatalities, Mention, Place, Source


@dataclass
class TollClaim:
    """One source's figures for the incident."""

    article_id: str
    published: str
    fatalities: Fatalities
    is_update: bool


def _sort_key(m: Mention) -> tuple[str, int, int]:
    return m.article_id, m.sentence_start, m.sentence_end


def is_claim_of_responsibility(mention: Mention) -> bool:
    """True when the mention reports a claim of responsibility, as the merge key reads it: in its evidence
    sentences or in the claim the extractor found ("a revendiqué"), not its absence ("no group claimed")."""
    return mention_is_claim(mention, evidence_text(mention))


def _tolls(mention: Mention) -> bool:
    return max(mention.fatalities.best, mention.fatalities.high) > 0


def _updates_toll(mention: Mention) -> bool:
    """True when the sentence of a claim of responsibility also tells the toll risen ("the group claimed
    Sunday's attack, whose toll rose to 23"): the reporter's update, not the claimant's figure."""
    return bool(UPDATE_CUE.search(evidence_text(mention)))


def toll_claims(mentions: list[Mention], published: dict[str, str]) -> list[TollClaim]:
    """One toll claim per article that reports any deaths. A claim of responsibility makes none when a
    report of the incident gives a toll: it gives the claimant's figure ("says it killed 20 soldiers") and
    recalls other sources' counts, one side's share of them ("the army had reported four soldiers killed")."""
    reports = [m for m in mentions if _tolls(m) and (not is_claim_of_responsibility(m) or _updates_toll(m))]
    by_article: dict[str, Mention] = {}
    for m in sorted(reports or mentions, key=_sort_key):
        if max(m.fatalities.best, m.fatalities.high) <= 0:
            continue
        kept = by_article.get(m.article_id)
        if kept is None or m.fatalities.best > kept.fatalities.best:
            by_article[m.article_id] = m
    return [
        TollClaim(a, published.get(a) or "", m.fatalities, bool(UPDATE_CUE.search(evidence_text(m))))
        for a, m in sorted(by_article.items())
    ]


def credible(claims: list[TollClaim]) -> list[TollClaim]:
    """The claims not superseded by a later toll update."""
    updates = [c for c in claims if c.is_update]
    if not updates:
        return claims
    latest = max(updates, key=lambda c: (c.published, c.article_id))
    for c in sorted(claims, key=lambda c: (c.published, c.article_id)):
        if c.published > latest.published and _exact(c) and c.fatalities.best > latest.fatalities.best:
            latest = c  # a toll that has risen keeps rising: a higher count published later is the next step
    # a count told on the latest update's day that an earlier update had already passed (another article
    # recalling "au moins seize" the day the toll rose from 16 to 21) repeats a superseded toll
    passed = max((u.fatalities.best for u in updates if u.published < latest.published), default=-1)
    return [c for c in claims if c.published >= latest.published and (
        c.is_update or (c.published == latest.published and c.fatalities.best > passed)
        or c.fatalities.best >= latest.fatalities.best)]


def _exact(claim: TollClaim) -> bool:
    """A number given for the dead ("31"), not a range's low end nor a vague "dozens"."""
    return claim.fatalities.low == claim.fatalities.best and not claim.fatalities.vague


def _side_counts(f: Fatalities) -> Counter:
    return Counter(n for n in (f.deaths_a, f.deaths_b, f.deaths_civilians, f.deaths_unknown) if n > 0)


def _share_of(claim: TollClaim, other: TollClaim) -> bool:
    """True when ``claim``, published after ``other``, gives only some of the sides' counts ``other`` gives,
    with the same figures ("11 soldiers killed" recalled beside an earlier "11 soldiers and some 20
    assailants killed"): it recalls part of that toll and is no lower count of the incident. An earlier
    report with fewer sides stays a count (a first report, or another incident's told in one breath), and so
    does a report beside a toll with a vague side ("5 soldiers and several assailants", 8 up to 15)."""
    mine, theirs = _side_counts(claim.fatalities), _side_counts(other.fatalities)
    return (bool(mine) and bool(other.published) and claim.published > other.published and _exact(other)
            and other.fatalities.high == other.fatalities.best  # no side told vaguely ("plusieurs")
            and len(theirs) > len(mine) and not (mine - theirs))


def reconcile_fatalities(claims: list[TollClaim]) -> Fatalities:
    """Low/best/high across the credible claims (see the module docstring)."""
    usable = credible(claims)
    if not usable:
        return Fatalities()
    # a number given for the dead: its best is no range's low end ("several" = 3-10 is vague); a higher
    # ``high`` of another side's vague dead ("8 soldiers killed ... the attackers left many dead") keeps it
    exact = [c for c in usable if _exact(c)]
    high = max(max(c.fatalities.high, c.fatalities.best) for c in usable)
    usable = exact or usable  # "several" or "dozens" count only when nobody gives a number
    usable = [c for c in usable if not any(_share_of(c, other) for other in usable)] or usable
    ranked = sorted(usable, key=lambda c: (c.fatalities.best, c.article_id))
    chosen = ranked[(len(ranked) - 1) // 2].fatalities
    low = min(c.fatalities.low if 0 < c.fatalities.low <= c.fatalities.best else c.fatalities.best
              for c in usable)
    wounded = [c.fatalities.wounded for c in usable if c.fatalities.wounded is not None]
    missing = [c.fatalities.missing for c in usable if c.fatalities.missing is not None]
    return replace(
        chosen,
        low=low,
        high=max(high, chosen.best),
        wounded=max(wounded) if wounded else None,
        missing=max(missing) if missing else None,
    )


def reconcile_date(mentions: list[Mention]) -> EventDate:
    """The most precise date the sources support."""
    dated = [m for m in mentions if m.date.event_date]
    if not dated:
        return mentions[0].date
    corrected = [m for m in dated if any(e.field == "date:corrected" for e in m.evidence)]
    dated = corrected or dated  # a report correcting the day ("dimanche, et non samedi") overrules the others
    dated = [m for m in dated if not _follow_up_dated_by_publication(m)] or dated
    finest = min(m.date.date_prec for m in dated)
    candidates = [m for m in dated if m.date.date_prec == finest]
    votes = Counter(m.date.event_date for m in candidates)
    day = min(votes, key=lambda d: (-votes[d], d))
    return next(m.date for m in sorted(candidates, key=_sort_key) if m.date.event_date == day)


def _follow_up_dated_by_publication(mention: Mention) -> bool:
    """A toll update, a claim or an aftermath ("death toll rises to 28", "bury their dead") dated only by its
    publication: that is the day of the follow-up, days after the incident the first reports date."""
    if mention.date.surface:
        return False
    text = evidence_text(mention)
    return bool(UPDATE_CUE.search(text) or AFTERMATH_CUE.search(text)) or mention_is_claim(mention, text)


def reconcile_place(mentions: list[Mention]) -> Place | None:
    """The most precise place the sources give."""
    placed = [m.place for m in sorted(mentions, key=_sort_key) if m.place is not None]
    if not placed:
        return None
    votes = Counter(p.name for p in placed)
    return min(placed, key=lambda p: (p.geo_precision, p.where_prec, -votes[p.name]))


def reconcile_actors(mentions: list[Mention]) -> tuple[Actor | None, Actor | None]:
    """The (actor1, actor2) pair as one unit, so that roles stay consistent: the pair naming
    the most specific actors, then the pair most sources give, then by name."""
    pairs = [(m.actor1, m.actor2) for m in mentions if m.actor1 is not None or m.actor2 is not None]
    if not pairs:
        return None, None
    votes = Counter(_pair_names(p) for p in pairs)
    return min(pairs, key=lambda p: (-sum(is_specific(a) for a in p), -votes[_pair_names(p)], _pair_names(p)))


def associated(mentions: list[Mention], lead: Mention, side: int, sides: tuple[Actor | None, Actor | None]
               ) -> list[Actor]:
    """The associated actors of one side that any source gives (the lead's first); on the target side also
    the civilians a source named as the target when the event's target is another actor."""
    named = {a.name for a in sides if a is not None}
    found: list[Actor] = []
    for m in [lead] + [m for m in mentions if m is not lead]:
        others = m.assoc_actor_1 if side == 1 else m.assoc_actor_2
        target = m.actor2 if side == 2 else None
        alternate = [target] if target is not None and target.inter == CIVILIANS_INTER else []
        for actor in [*others, *alternate]:
            if actor.name not in named:
                named.add(actor.name)
                found.append(actor)
    return found


def _pair_names(pair: tuple[Actor | None, Actor | None]) -> tuple[str, str]:
    return tuple(a.name if a else "" for a in pair)  # type: ignore[return-value]


def interaction_code(actor1: Actor | None, actor2: Actor | None) -> int | None:
    """ACLED's interaction: the two inter codes, lower first (one actor: its code times ten)."""
    codes = sorted(a.inter for a in (actor1, actor2) if a is not None and a.inter)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def lead_mention(mentions: list[Mention]) -> Mention:
    """The mention whose type most sources report, the most confident of those. Between types as many
    sources report, one a source tells deaths by comes first: "a village chief abducted" and "seven killed
    in the raid" on one village that day are an attack (ACLED codes the deadliest part of an incident)."""
    voters = [m for m in mentions if not is_claim_of_responsibility(m)] or mentions
    votes = Counter()
    for (etype, sub), articles in _type_sources(voters).items():
        votes[(etype, sub)] = len(articles)
    deadly = {(m.event_type, m.sub_event_type) for m in voters if m.fatalities.best > 0}
    top = min(votes, key=lambda t: (-votes[t], t not in deadly, t))
    of_type = [m for m in voters if (m.event_type, m.sub_event_type) == top]
    return min(of_type, key=lambda m: (-m.confidence, _sort_key(m)))


def _type_sources(mentions: list[Mention]) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        found.setdefault((m.event_type, m.sub_event_type), set()).add(m.article_id)
    return found


def _evidence_of(m: Mention, prefix: str) -> Evidence | None:
    return next((e for e in m.evidence if e.field.startswith(prefix)), None)


def claims_of(m: Mention) -> list[Claim]:
    """What one mention says about each field, with the evidence span behind it."""
    fat, a = m.fatalities, m.article_id
    fat_ev, date_ev = _evidence_of(m, "fatalities"), _evidence_of(m, "date")
    place_ev, actor_ev = _evidence_of(m, "place"), _evidence_of(m, "actor")
    sentence = _evidence_of(m, "sentence")
    tolls = [
        Claim(a, "fatalities_low", fat.low, fat_ev),
        Claim(a, "fatalities_best", fat.best, fat_ev),
        Claim(a, "fatalities_high", fat.high, fat_ev),
    ]
    reports_deaths = fat.best > 0 or _evidence_of(m, "fatalities:killed") is not None
    return [
        Claim(a, "event_type", f"{m.event_type} / {m.sub_event_type}", sentence),
        *(tolls if reports_deaths else []),  # a sentence that gives no toll claims none
        Claim(a, "event_date", m.date.event_date, date_ev),
        Claim(a, "location", m.place.name if m.place else None, place_ev),
        Claim(a, "admin1", m.place.admin1 if m.place else None, place_ev),
        Claim(a, "actor1", m.actor1.name if m.actor1 else None, actor_ev),
        Claim(a, "actor2", m.actor2.name if m.actor2 else None, actor_ev),
    ]


def event_from_mentions(event_id: str, mentions: list[Mention], sources: list[Source]) -> Event:
    """The reconciled event of one incident's mentions; ``sources`` lists its articles (and
    their exact-duplicate aliases) with publication dates."""
    mentions = sorted(mentions, key=_sort_key)
    lead = lead_mention(mentions)
    published = {s.article_id: s.published or "" for s in sources}
    actor1, actor2 = reconcile_actors(mentions)
    articles = {m.article_id for m in mentions}
    return Event(
        id=event_id,
        event_type=lead.event_type,
        sub_event_type=lead.sub_event_type,
        disorder_type=lead.disorder_type,
        civilian_targeting=lead.civilian_targeting,
        type_of_violence=lead.type_of_violence,
        actor1=actor1,
        actor2=actor2,
        assoc_actor_1=associated(mentions, lead, 1, (actor1, actor2)),
        assoc_actor_2=associated(mentions, lead, 2, (actor1, actor2)),
        interaction=interaction_code(actor1, actor2) or lead.interaction,
        fatalities=reconcile_fatalities(toll_claims(mentions, published)),
        date=reconcile_date(mentions),
        place=reconcile_place(mentions),
        sources=sources,
        mention_ids=sorted(m.id for m in mentions if m.id is not None),
        claims=[c for m in mentions for c in claims_of(m)],
        evidence=lead.evidence + [e for m in mentions if m is not lead for e in m.evidence],
        confidence=round(min(1.0, max(m.confidence for m in mentions) + 0.05 * (len(articles) - 1)), 3),
    )
