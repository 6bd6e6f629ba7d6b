"""Corrections over all the figures of a text: subsets and increments of a total, addends, kinds
shared along a chain, cumulative and elsewhere totals, alternatives, denials and negations."""

from __future__ import annotations

import re
from dataclasses import replace

from sahelwatch.extract.casualty_reading import casualty_noun_end, clause_bounds, matched_kind
from sahelwatch.extract.casualty_rules import Casualty, Rules, rules
from sahelwatch.extract.dates import month_of_last_year
from sahelwatch.extract.numbers import NumberMatch
from sahelwatch.read.relevance import denied_toll


def mark_subsets(text: str, items: list[Casualty], r: Rules) -> None:
    """Flag 'including N' / 'dont N' figures (and the list that follows) as parts of the figure before."""
    for prev, item in zip(items, items[1:], strict=False):
        inside = prev.number_end <= item.number_start < prev.end
        if inside and item.kind == prev.kind and r.subset.search(text[prev.number_end : item.number_start]):
            item.subset_of_previous = True  # in its incise: "two soldiers, including a captain, died"
            continue
        between = text[prev.end:item.number_start]
        if item.kind != prev.kind or len(between) >= 40:
            continue
        listed = prev.subset_of_previous and r.chain.match(between) is not None
        last_part = between.rsplit(",", 1)[-1] if between.strip().rstrip(",") else between  # not an incise
        item.subset_of_previous = bool(r.subset.search(last_part)) or listed


# the clause that tells why a toll rose, right after its new total: "rose to 11, after three wounded died"
INCREMENT_CAUSE = re.compile(
    r"^[\s,]*(?:after|when|as|once|après que|après|lorsque|depois que|depois de|após|quando)\b", re.I)


def mark_increments(text: str, items: list[Casualty], r: Rules) -> None:
    """Flag the dead found since an earlier count, told as more, in the sentence that gives the risen total
    ("the toll rose to 19 after militias found four more bodies"): part of the 19, not four to add."""
    for index, item in enumerate(items):
        after = text[item.number_end : item.number_end + 30]
        before = text[max(0, item.number_start - 20) : item.number_start]
        more = r.increment_after.match(after) or r.increment_before.search(before)
        if item.kind != "killed":
            continue
        for prev in items[:index]:
            between = text[prev.end : item.number_start]
            same_sentence = not re.search(r"[.!?]", between)
            total = prev.kind == "killed" and prev.low > item.high
            risen = r.raised_to.search(text[max(0, prev.number_start - 60) : prev.number_start])
            # or the dead told in a clause right after the risen total, as its cause: "the number of
            # soldiers killed had risen to 11, after three wounded soldiers died in hospital"
            cause = len(between) <= 25 and INCREMENT_CAUSE.search(between)
            if same_sentence and total and risen and (more or cause):
                item.subset_of_previous = True
                break


def mark_parts_of_framed_total(text: str, items: list[Casualty], r: Rules) -> None:
    """Flag the dead told before a larger total framed in the same sentence ("Cinq blessés ont succombé,
    portant à quatorze le nombre de fidèles tués", "two more bodies were found, bringing the toll to 12"):
    the newly counted dead are part of the total, no lower count of their own. Not under a background total
    ("portant à 200 le nombre de morts depuis janvier")."""
    if r.frame is None:
        return
    for index, item in enumerate(items):
        if item.kind != "killed" or item.negated or item.cumulative or item.number_start < 0:
            continue
        for later in items[index + 1:]:
            if re.search(r"[.!?]", text[item.end:later.number_start]):
                break
            framed = r.frame[0].search(text[max(item.end, later.number_start - 30):later.number_start])
            if (later.kind == "killed" and framed and not later.cumulative and not later.negated
                    and later.low > item.high):
                item.part_of_next = True
                break


WOUNDED_PART_GAP = 20  # characters between the wounded figure and its part that died ("blessés, dont un")


def wounded_who_died(text: str, items: list[Casualty], r: Rules) -> list[Casualty]:
    """'Deux soldats ont été tués et trois blessés, dont un a succombé': the wounded who died add to the
    killed figure told before them, and leave the wounded one."""
    out = list(items)
    for item in items:
        at = out.index(item)
        if item.kind != "killed" or item.negated or at < 2:
            continue
        wounded = out[at - 1]
        between = text[wounded.end:item.number_start]
        if wounded.kind != "wounded" or len(between) > WOUNDED_PART_GAP or not r.subset.search(between):
            continue
        killed = next((c for c in reversed(out[: at - 1]) if c.kind == "killed" and not c.negated), None)
        if killed is None or item.low > wounded.low:
            continue
        out[out.index(killed)] = replace(killed, low=killed.low + item.low, high=killed.high + item.high)
        out[at - 1] = replace(wounded, low=wounded.low - item.low, high=max(0, wounded.high - item.high))
        del out[at]
    return out


def mark_addends(text: str, items: list[Casualty], r: Rules) -> None:
    """Flag 'quatre femmes et deux nourrissons tués': same kind and group, other noun, joined by 'et'; and
    each side's figure set against the other's by 'while' ('X lost nine fighters while 27 Y fighters
    died')."""
    for prev, item in zip(items, items[1:], strict=False):
        if item.subset_of_previous or item.kind != prev.kind:
            continue
        if item.town_part and item.group == prev.group:
            item.addend_of_previous = True
            continue
        if item.group == prev.group and r.contrast.match(text[prev.end:item.number_start]):
            item.addend_of_previous = True  # each side's dead, even named alike ("fighters")
            continue
        if (item.group == prev.group and prev.noun and item.noun and prev.noun.lower() != item.noun.lower()
                and r.also is not None and r.also.match(text, item.number_end)):
            item.addend_of_previous = True  # "17 of our fighters were killed ..., nine assailants were also"
            continue
        others = _others_noun(text, item, r) is not None and prev.noun.lower() not in r.other_nouns
        if item.group == prev.group and others:  # "tuant quatre soldats ..., tuant deux autres militaires"
            item.addend_of_previous = True  # more dead (not a bare "two others", often of another town)
            continue
        from_body = not item.noun and r.elided_from is not None and r.elided_from.match(text, item.number_end)
        if from_body and prev.noun and item.group == prev.group:  # "22 JNIM fighters and 17 from the IS"
            item.addend_of_previous = r.addend.match(text[prev.end:item.number_start]) is not None
            continue
        if not prev.noun or not item.noun or prev.noun.lower() == item.noun.lower():
            continue
        joined = r.addend.match(text[prev.end:item.number_start]) is not None
        if item.group == prev.group:
            item.addend_of_previous = joined
        elif joined and "unknown" in (item.group, prev.group):
            (item if item.group == "unknown" else prev).listed = True


def fold_addends(casualties: list[Casualty]) -> list[Casualty]:
    """Add each addend figure to the figure before it (one toll told in parts)."""
    folded: list[Casualty] = []
    for c in casualties:
        if c.addend_of_previous and folded and not c.negated:
            prev = folded[-1]
            folded[-1] = replace(prev, end=c.end, low=prev.low + c.low, high=prev.high + c.high,
                                 vague=prev.vague or c.vague, number_end=c.number_end)
        else:
            folded.append(c)
    return folded


def propagate_chain(text: str, items: list[Casualty], r: Rules) -> None:
    """Share kinds along 'N soldiers and M attackers were killed' / 'killing N soldiers and M civilians'.
    A breakdown ('17 morts dont 15 militaires et 2 civils, 9 blessés') takes the kind of its total."""
    _share_breakdown_kinds(text, items, r)
    for i, item in reversed(list(enumerate(items))):  # "one soldier, a policeman and two civilians died"
        if item.kind:
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        if nxt and nxt.kind and r.chain.match(text[item.end:nxt.number_start]):
            item.kind = nxt.kind
    for prev, item in zip(items, items[1:], strict=False):
        between = text[prev.end : item.start]
        located = r.located_chain is not None and r.located_chain.match(between) is not None
        located = located and (item.elided or not between.rstrip().endswith(","))  # commas list bare figures
        joined = not item.kind and prev.kind and (r.chain.match(between) or located)
        if joined and _own_kind(text, item, r) in (None, prev.kind):
            item.kind = prev.kind
            item.group = prev.group if item.elided else item.group
            item.town_part = located


def _own_kind(text: str, item: Casualty, r: Rules) -> str | None:
    """The kind of a casualty word a few words after a figure, in its clause: "and 7 others including
    their commanders were wounded" are wounded, not killed like the figure before them."""
    clause_end = clause_bounds(text, item.start, item.end)[1]
    m = r.kind_word.search(text, item.end, min(clause_end, item.end + 60))
    return matched_kind(m) if m else None


def _share_breakdown_kinds(text: str, items: list[Casualty], r: Rules) -> None:
    """Figures listed after 'dont'/'including' take the kind of the figure they break down."""
    in_breakdown = False
    for prev, item in zip(items, items[1:], strict=False):
        between = text[prev.end:item.number_start]
        joined = r.chain.match(between) is not None
        in_breakdown = joined and (bool(r.subset.search(between)) or in_breakdown)
        if in_breakdown and not item.kind and prev.kind:
            item.kind = prev.kind


def _others_noun(text: str, item: Casualty, r: Rules) -> str | None:
    """The group noun right after a figure's "others" ("deux autres militaires"), else None."""
    if item.noun.lower() not in r.other_nouns or r.group_noun is None or text[item.end : item.end + 1] != " ":
        return None
    own = r.group_noun.match(text, item.end + 1)
    return own["noun"] if own else None


def inherit_others(text: str, items: list[Casualty], r: Rules) -> None:
    """'killing 5 soldiers and wounding 3 others': 'others' takes the group of the previous figure; 'others'
    followed by its own noun takes that noun's ("tuant deux autres militaires", "two other soldiers")."""
    for prev, item in zip([None, *items], items, strict=False):
        if item.noun.lower() not in r.other_nouns or item.group != "unknown":
            continue
        own = _others_noun(text, item, r)
        group = r.group_of.get(own.lower(), "unknown") if own else "unknown"
        if group != "unknown":
            item.group = group
        elif prev is not None and prev.group != "unknown":
            item.group = prev.group


def neutralised_fighters(text: str, items: list[Casualty], r: Rules) -> None:
    """'Cinq d'entre eux ont été neutralisés': a figure of no named group killed by a verb said only of
    enemy fighters ("neutralisés", "neutralized") counts fighters."""
    for item in items:
        if item.kind != "killed" or item.group != "unknown":
            continue
        verb = r.fighters_verb is not None and r.fighters_verb.search(text, item.start, item.end)
        if verb or _left_on_ground(text, item, r):
            item.group = "militants"


def _left_on_ground(text: str, item: Casualty, r: Rules) -> bool:
    """'Les assaillants ont laissé neuf corps sur le terrain', 'a laissé sur le terrain neuf corps': the
    bodies a side left behind after the fight are its own fighters' (said of attackers an army repelled, never
    of the army's own losses; lexicon left_behind, left_on_ground)."""
    if r.left_behind is None or r.left_on_ground is None:
        return False
    verb = r.left_behind.search(text[max(0, item.start - 60) : item.start])
    after = text[item.end : item.end + 40]
    return verb is not None and (bool(verb.group("place")) or r.left_on_ground.match(after) is not None)


def tells_cumulative(text: str, lang: str) -> bool:
    """True when ``text`` carries a background-total phrase ('since 2015', 'this year', 'last year'),
    unless a superlative measures the incident against that period ("the deadliest attack since 2024",
    lexicon casualties.compared), not counting a date that names a month of last year ('in March last
    year'); or a sum ('in total') that the text does not tie to one incident ('au total, 12 morts lors
    de l'attaque')."""
    dated = month_of_last_year(lang).sub(lambda m: " " * len(m.group()), text)
    r = rules(lang)
    if any(r.compared is None or r.compared.search(dated, 0, m.start()) is None
           for m in r.cumulative.finditer(dated)):
        return True
    return bool(r.sum_words.search(dated)) and not r.one_incident.search(dated)  # "... in the attack"


def mark_cumulative(text: str, items: list[Casualty], lang: str) -> None:
    """Flag figures whose clause carries a background-total phrase (``tells_cumulative``); the period told
    after the last of figures joined by 'and' covers them all ("30 people had been killed and more than 100
    abducted in the area in the last two months")."""
    for item in items:
        left, right = clause_bounds(text, item.start, item.end)
        item.cumulative = tells_cumulative(text[max(left, item.start - 60):min(right, item.end + 60)], lang)
    r = rules(lang)
    for prev, item in reversed(list(zip(items, items[1:], strict=False))):
        if item.cumulative and not prev.cumulative and r.addend.match(text[prev.end:item.number_start]):
            right = clause_bounds(text, item.start, item.end)[1]
            prev.cumulative = tells_cumulative(text[item.end:min(right, item.end + 60)], lang)
    for prev, item in zip(items, items[1:], strict=False):
        item.cumulative = item.cumulative or (item.subset_of_previous and prev.cumulative)  # its breakdown


def mark_elsewhere(text: str, items: list[Casualty], r: Rules) -> None:
    """Flag the figures of another incident: told after an earlier one ("came two days after an attack
    that killed 32"), the death a crowd protests ("protests over the death of a young man in custody") or
    suspects are arrested over ("arrested two men over the murder of a trader"), or on the line of a link to
    another story ("Also read: ..."); and the earlier counts the report has since revised ("un précédent
    bilan faisait état de 25 morts"), which count no one."""
    teaser_end = _teaser_end(text, r)
    for item in items:
        left = clause_bounds(text, item.start, item.end)[0]
        head = text[left : min(item.start, item.number_start)]
        earlier = _told_after_earlier(head, r)
        # the count's own words too: "earlier reports had put the toll at 26" (its span opens at "put")
        told = text[left : max(item.start, item.number_start)]
        revised = r.earlier_count is not None and r.earlier_count.search(told) is not None
        causes = (r.protest_cause, r.arrest_cause, r.deed_cause)
        told = (head, text[left : item.number_start])  # with the casualty word: "carrying the bodies of"
        item.motive = any(rx is not None and rx.search(h) is not None for rx in causes for h in told)
        item.elsewhere = earlier or revised or item.motive or item.start < teaser_end


def a_deed(text: str, item: Casualty, r: Rules) -> bool:
    """True for the dead of someone's past deed told in a complement ("a militant involved in the killing of
    two policemen was shot dead", "a bandit wanted for the murder of a farmer"): his record, not this toll."""
    if r.deed_cause is None:
        return False
    left = clause_bounds(text, item.start, item.end)[0]
    heads = (text[left : min(item.start, item.number_start)], text[left : item.number_start])
    return any(r.deed_cause.search(h) is not None for h in heads)


def mark_alternatives(text: str, items: list[Casualty], r: Rules) -> None:
    """Flag the figures another source gives in their clause ("d'autres sources font état de 20 morts",
    "other sources put the toll at 20"): other counts of the same dead, not more dead."""
    if r.other_source is None:
        return
    for item in items:
        left = clause_bounds(text, item.start, item.end)[0]
        item.alternative = r.other_source.search(text[left : max(item.start, item.number_start)]) is not None


def mark_denied(text: str, items: list[Casualty], lang: str) -> None:
    """Flag the figures of a denied toll ("the army denied reports that 25 soldiers had been killed in an
    attack"): they count no one (the denier's own figures follow)."""
    span = denied_toll(text, lang) if items else None
    if span is not None:
        for item in items:
            item.denied = item.denied or span[0] <= item.number_start < span[1]


def _teaser_end(text: str, r: Rules) -> int:
    """Where the line of a link to another story ("Also read: 2 militants killed in ...") ends; -1 when the
    text opens with none. Its figures are that story's."""
    m = r.teaser.match(text) if r.teaser else None
    if m is None:
        return -1
    end = text.find("\n", m.end())
    return len(text) if end < 0 else end


def _told_after_earlier(head: str, r: Rules) -> bool:
    """True when the clause before a figure places it after an earlier incident ("the raid came two days
    after an attack that killed 32 people"); not when that phrase opens the clause ("Two days after the
    vote, gunmen killed 12 villagers": the figure is the news)."""
    m = r.earlier.search(head) if r.earlier else None
    return m is not None and bool(head[: m.start()].strip(" ,'\"“”‘’"))


def negation_records(text: str, r: Rules) -> list[Casualty]:
    found = []
    for m in r.negation.finditer(text):
        kind = "wounded" if r.negation_wounded.search(m.group(0)) and "death" not in m.group(0) else "killed"
        found.append(Casualty(m.start(), m.end(), 0, 0, kind, "unknown", True, False, m.start(), m.start()))
    return found


def inside_any(item: Casualty, spans: list[Casualty]) -> bool:
    """'No one was killed': the 'one' inside a negation is not a figure."""
    return any(s.start <= item.number_start < s.end for s in spans)


def with_singulars(text: str, numbers: list[NumberMatch], r: Rules) -> list[NumberMatch]:
    """Add 'a soldier', 'an attacker', 'un civil' as figures of 1 (when no number sits there)."""
    spans = [(n.start, n.end) for n in numbers]  # "at least one" holds "one"
    extra = [NumberMatch(m.start(), m.end(), 1, 1, "exact", False, m.group(0))
             for m in r.singular.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    return sorted(numbers + extra, key=lambda n: n.start)


def a_source(text: str, item: Casualty, r: Rules) -> bool:
    """True for a single person who speaks right after being named ("five soldiers were killed, a resident
    said"): a source of the report, not one of its dead."""
    if r.source_speaks is None or item.low != 1 or not r.singular.match(text, item.number_start):
        return False
    return r.source_speaks.match(text, casualty_noun_end(text, item)) is not None


_SCARE_QUOTES = re.compile(r"[\"“«]\s?([\w’'-]+(?: [\w’'-]+){0,3})\s?[\"”»]"
                           # 'várias dezenas de terroristas'
                           r"|(?<!\w)['‘]([\w’-]+(?: [\w’-]+){0,3})['’](?!\w)")


def unquoted(text: str) -> str:
    """``text`` with the quotation marks around one to four words blanked out, offsets kept: 'were
    "neutralised"' reads as 'were neutralised', 'ter abatido "cerca de meia centena" de combatentes' as a
    figure of fighters killed."""
    return _SCARE_QUOTES.sub(lambda m: " " + m.group(0)[1:-1] + " ", text)


# an aside in brackets describing the noun before it, no figure in it: "21 civils (des chauffeurs et des
# commerçants) et 13 militaires", "12 civilians (the traders of the market) and ..."
_DESCRIPTIVE_ASIDE = re.compile(
    r"(?<=[^\W\d_])\s*\((?:des|les|the|os|as|dos|das)\s[^()\d]{8,80}\)(?=[\s,])", re.I)


def without_asides(text: str) -> str:
    """``text`` with descriptive asides in brackets (``_DESCRIPTIVE_ASIDE``) blanked out, offsets kept: a
    breakdown of a toll reads on across them."""
    return _DESCRIPTIVE_ASIDE.sub(lambda m: " " * len(m.group(0)), text)
