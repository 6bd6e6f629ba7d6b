"""The toll of one incident from the casualty figures of its sentences."""

from __future__ import annotations

import re

from sahelwatch.extract.drafts import Draft
from sahelwatch.extract.fatalities import Casualty

OTHER_SIDE_CHARS = 300  # "... 23 soldiers were killed. The army said 30 attackers died."
TOLL_UPDATE = re.compile(r"\b(?:toll|bilan)\b", re.I)


def incident_casualties(group: list[Draft]) -> list[Casualty]:
    """The casualty figures that describe this incident.

    The first sentence reporting deaths (the headline or the lead) sets the toll. A later sentence
    adds to it only to update it ("the toll rose to 28") or to give another side's dead right after
    ("the army said 30 attackers died"); other later figures restate the lead, tell another incident
    of a round-up, or are claims and running totals ("845 civilians have been killed since the coup").
    Wounded, missing and abducted figures of every sentence are kept.
    """
    ordered = sorted(group, key=lambda d: d.sentence.start)
    lead = next((d for d in ordered if any(c.kind == "killed" for c in d.casualties)), None)
    if lead is None:
        return [c for d in ordered for c in d.casualties]
    scale = max(c.high or c.low for c in lead.casualties if c.kind == "killed")
    ceiling = max(3 * scale, scale + 10)
    lead_killed = [c for c in lead.casualties if c.kind == "killed"]
    kept = list(lead.casualties)
    for draft in ordered:
        if draft is not lead:
            gap = draft.sentence.start - lead.sentence.end
            kept.extend(
                c
                for c in draft.casualties
                if c.kind != "killed" or _adds_to_toll(c, draft, gap, lead_killed, ceiling)
            )
    return kept


def updates_toll(draft: Draft) -> bool:
    """True when the sentence revises a toll ("the toll rose to 11 ... in hospital in Niamey"): its
    place may be where the wounded died, not where the incident happened."""
    text = draft.sentence.text
    return any(c.kind == "killed" and TOLL_UPDATE.search(text[c.start : c.end]) for c in draft.casualties)


def _restates(casualty: Casualty, lead_figures: list[Casualty]) -> bool:
    """True when a figure repeats one of the lead's under another name ("five members of a
    self-defence militia ... Five VDP members also lost their lives")."""
    return any(c.low == casualty.low and c.high == casualty.high for c in lead_figures)


def _adds_to_toll(casualty: Casualty, draft: Draft, gap: int, lead: list[Casualty], ceiling: int) -> bool:
    if (casualty.high or casualty.low) > ceiling:
        return False
    if gap <= 0 or TOLL_UPDATE.search(draft.sentence.text[casualty.start : casualty.end]):
        return True
    other_side = casualty.group not in {c.group for c in lead}
    return other_side and gap <= OTHER_SIDE_CHARS and not _restates(casualty, lead)
