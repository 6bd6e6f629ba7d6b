"""Reading one number in its clause: the noun after it (the side), the casualty word after it or
the verb before it (the kind), elided nouns, framed tolls and a side told apart."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sahelwatch.extract.affiliations import (
    KILLING,
    PASSIVE,
    PRONOUNS,
    affiliation,
    antecedent_group,
    named_body,
)
from sahelwatch.extract.casualty_rules import (
    ADJECTIVE,
    BEFORE_CHARS,
    CLAUSE_END,
    CLAUSE_WINDOW,
    KINDS,
    YEAR_RANGE,
    Casualty,
    Rules,
)
from sahelwatch.extract.numbers import NumberMatch


def _skip_complement(rest: str, r: Rules, max_words: int = 12) -> tuple[int, re.Match[str]] | None:
    """(offset, verb match) when a short complement is followed by a casualty verb, else None; the
    complement may hold incises between commas ("one element of the BIR, an elite unit, has died") and
    follow an adjective ("dois soldados chadianos da MINUSMA morreram")."""
    adjective = ADJECTIVE.match(rest)
    skip = adjective.end() if adjective else 0
    start = skip if adjective and r.complement and r.complement.match(rest[skip:]) else 0
    opening = (r.complement.match(rest[start:]) if r.complement else None) or r.coordinated.match(rest)
    if opening is None:
        return None
    position = start + opening.end() if opening.re is r.complement else opening.end()
    for _ in range(max_words + 5 * rest[:120].count(",")):
        word = re.match(r"\s*,?\s*[\w’'()“”\".-]+", rest[position:])
        if word is None:
            return None
        position += word.end()
        verb = r.after.match(rest[position:])
        if verb:
            return position, verb
    return None


def matched_kind(m: re.Match[str]) -> str | None:
    return next((k for k in KINDS if k in m.groupdict() and m.group(k)), None)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around a span: from the previous to the next clause-ending punctuation."""
    window_start = max(0, start - CLAUSE_WINDOW)
    left = max((m.end() for m in CLAUSE_END.finditer(text, window_start, start)), default=window_start)
    nxt = CLAUSE_END.search(text, end)
    return left, nxt.start() if nxt else len(text)


def _is_year(num: NumberMatch) -> bool:
    return num.qualifier == "exact" and num.low in YEAR_RANGE and num.text.isdigit() and len(num.text) == 4


@dataclass
class _Reading:
    kind: str | None
    end: int
    noun: str
    noun_end: int
    mixed: bool = False  # the dead joined to the wounded with no figure of their own: some of them died


def _read_after(text: str, num: NumberMatch, clause_end: int, r: Rules) -> _Reading:
    """Read the noun and casualty word that follow a number."""
    tail = text[num.end:clause_end]
    noun_match = r.noun.match(tail)
    noun, noun_end = "", num.end
    if noun_match is None and _SWALLOWED_OF.search(text, max(0, num.end - 4), num.end):
        # the vague figure took the partitive's "of": "Dozens of the assailants were neutralised"
        noun_match = r.noun.match("of" + tail)
        noun_end -= 2
    if noun_match:
        noun, noun_end = noun_match.group("noun"), noun_end + noun_match.end()
    elif (whom := _whom_antecedent(text, num, r)) is not None and r.after.match(text[whom[1]:clause_end]):
        noun, noun_end = whom  # only with its own casualty word: "12 of whom were children" is no toll
    if noun and r.implied.fullmatch(noun):
        if (mixed := _mixed_end(text, noun_end, clause_end, r)) is not None:  # "six dead and wounded"
            return _Reading("killed", mixed, noun, noun_end, mixed=True)
        return _Reading("killed", noun_end, noun, noun_end)
    if not noun and (from_body := _elided_from(text, num, clause_end, r)) is not None:
        return from_body
    rest = text[noun_end:clause_end]
    verb = (r.after if noun else r.direct).match(rest) or (None if noun or not r.bare else r.bare.match(rest))
    placed = r.place_complement.match(rest) if noun and not verb and r.place_complement else None
    if placed and (placed_verb := r.after.match(rest[placed.end():])):  # "20 rebels at the place were killed"
        noun_end, verb, rest = noun_end + placed.end(), placed_verb, rest[placed.end():]
    if noun and not verb and r.complement is not None:
        skipped = _skip_complement(rest, r)  # "four militants of the IS group were killed"
        if skipped is not None:
            noun_end += skipped[0]
            verb = skipped[1]
            rest = text[noun_end:clause_end]
    if verb and not (noun and r.object_follows.match(rest[verb.end():]) and not _has_aux(verb, r)):
        kind = matched_kind(verb)
        mixed = _mixed_end(text, noun_end + verb.end(), clause_end, r) if kind == "killed" else None
        if mixed is not None:  # "three soldiers dead and wounded"
            return _Reading("killed", mixed, noun, noun_end, mixed=True)
        return _Reading(kind, noun_end + verb.end(), noun, noun_end)
    return _Reading(None, noun_end, noun, noun_end)


def _mixed_end(text: str, end: int, clause_end: int, r: Rules) -> int | None:
    """Where the wounded end when the dead word ending at ``end`` is joined to them with no figure of their
    own ("six dead and wounded", "trois morts et blessés"): one count of both, of which at least one died
    (a vague death toll of one up to the figure); else None."""
    m = r.mixed.match(text[end:clause_end]) if r.mixed is not None else None
    return end + m.end() if m else None


_SWALLOWED_OF = re.compile(r"(?<![\w-])of$", re.I)
_OF_WHOM = re.compile(r"^\s+of\s+(?:whom|them)\b", re.I)


_COUNTED = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                      r"|dozens?|scores?|hundreds?)\b)[^,.;]*$", re.I)


def _whom_antecedent(text: str, num: NumberMatch, r: Rules) -> tuple[str, int] | None:
    """'the assailants, 17 of whom were killed': the noun before the comma is the figure's, unless it had a
    figure of its own ('30 villagers, 12 of whom were shot': a part of it)."""
    m = _OF_WHOM.match(text[num.end : num.end + 20])
    head = text[max(0, num.start - 60) : num.start]
    found = r.antecedent.search(head) if m and r.antecedent else None
    if not (found and m) or _COUNTED.search(head[max(0, found.start() - 25) : found.start()]):
        return None
    return found["noun"], num.end + m.end()


def _elided_from(text: str, num: NumberMatch, clause_end: int, r: Rules) -> _Reading | None:
    """The "17" of "22 JNIM fighters and 17 from the Islamic State were killed": a figure joined to another,
    its noun left out and its body told in a complement before the shared verb (None when it is no such
    figure)."""
    if r.elided_from is None or r.joined_before is None or not r.elided_from.match(text, num.end, clause_end):
        return None
    if not r.joined_before.search(text, max(0, num.start - 8), num.start):
        return None
    skipped = _skip_complement(text[num.end : clause_end], r)
    if skipped is None:
        return None
    return _Reading(matched_kind(skipped[1]), num.end + skipped[0] + skipped[1].end(), "", num.end)


def _has_aux(verb: re.Match[str], r: Rules) -> bool:
    """True when a word before the casualty word makes it passive ("were killed"), not a perfect
    ("have killed a young man")."""
    kind_start = min(verb.start(k) for k in KINDS if k in verb.groupdict() and verb.group(k))
    aux = verb.group(0)[:kind_start].strip(" ,")
    return bool(aux) and not (r.active_aux is not None and r.active_aux.search(aux))


def _read_before(text: str, num: NumberMatch, clause_start: int, r: Rules) -> tuple[str | None, int]:
    """An active casualty verb or toll phrase right before the number: 'killing at least 12'."""
    head_start = max(clause_start, num.start - BEFORE_CHARS)
    head = text[head_start:num.start]
    if r.animals_before is not None:  # "killed 30 cows and two herders": the verb is the herders' too
        head = r.animals_before.sub("", head)
    m = r.before.search(head)
    companion = companion_match(head, r) if not m else None
    if companion is not None:  # "was killed along with his seven men"
        m = r.before.search(head[: companion.start()])
    if not m and r.with_other_before is not None:
        m = r.with_other_before.search(head)  # "killed the deputy head ... and two other fighters"
        if m and not r.joined_other_after.match(text[num.end : num.end + 20]):
            m = None
    if not m:
        return None, num.start
    return matched_kind(m), head_start + m.start()


def companion_match(head: str, r: Rules) -> re.Match[str] | None:
    """ "along with (his)" / "and his" ending the text before a figure, else None."""
    return (r.with_one.search(head) if r.with_one else None) or (r.along.search(head) if r.along else None)


def _lost(text: str, num: NumberMatch, clause_start: int, r: Rules) -> int | None:
    """Where "lost" starts when it governs the figure ("the army lost 12 soldiers"), else None."""
    head_start = max(clause_start, num.start - 20)
    m = r.lost.search(text[head_start : num.start]) if r.lost else None
    return head_start + m.start() if m else None


_SHARED_SUBJECT = re.compile(r"(?<![\w-])(?:and|but|yet|et|mais|e|mas)\s*$", re.I)

# how far before "lost" the speaker's pronoun may start ("it ", "elles ", "reconheceram que ": lexicon
# speaker_pronoun)
SPEAKER_PRONOUN_CHARS = 24


def _speaker_group(text: str, lost: int, r: Rules) -> str | None:
    """The side of the body that tells its own losses with a pronoun ("The Azawad Liberation Front (FLA) said
    its fighters had killed 30 soldiers, and that it lost three men": militants), by what is told before the
    first "said"; None when "lost" has no such pronoun or the speaker names no side."""
    if r.speaker_pronoun is None or r.speaker_said is None \
            or not r.speaker_pronoun.search(text, max(0, lost - SPEAKER_PRONOUN_CHARS), lost):
        return None
    said = r.speaker_said.search(text, 0, lost)
    if said is None:
        return None
    subject = text[:said.start()]
    return affiliation(subject, r.lang, anywhere=True) or _last_group(subject, r)


def _last_group(head: str, r: Rules) -> str | None:
    """The group of the last group noun in ``head`` (the subject told right before "lost"), or None."""
    found = list(r.group_noun.finditer(head)) if r.group_noun else []
    group = r.group_of.get(found[-1]["noun"].lower(), "unknown") if found else "unknown"
    return None if group == "unknown" else group


def _subject_group(text: str, clause_start: int, lost: int, r: Rules) -> str | None:
    """The group of the subject that "lost" its own men: the first group noun, or body, told before the
    clause's first casualty verb ("Chadian soldiers killed 23 rebels and lost four of their own":
    security)."""
    verb = r.kind_word.search(text, clause_start, lost) if r.kind_word else None
    subject = text[clause_start : verb.start() if verb else lost]
    for m in r.group_noun.finditer(subject) if r.group_noun else ():
        if (group := r.group_of.get(m["noun"].lower(), "unknown")) != "unknown":
            return group
    return affiliation(subject, r.lang, anywhere=True)


def _framed(text: str, num: NumberMatch, start: int, end: int, r: Rules) -> tuple[str, int] | None:
    """("killed", end) when the figure sits in a frame like "the attack left N soldiers and militiamen
    dead", whatever the noun phrase between."""
    if r.frame is None or not r.frame[0].search(text[max(start, num.start - 30) : num.start]):
        return None
    m = r.frame[1].match(text[num.end : end])
    return ("killed", num.end + m.end()) if m else None


def _side_override(text: str, clause_start: int, start: int, r: Rules) -> str | None:
    """'Côté ami, 29 soldats ...' / 'on the enemy side, 30 ...'."""
    head = text[max(0, clause_start - 40):start]
    if r.friendly and r.friendly.search(head):
        return "security"
    if r.enemy and r.enemy.search(head):
        return "militants"
    return None


_WOUNDED_BETWEEN = re.compile(
    r"^\s+(?:et|and|e)\s+(?:[\w’'-]+\s+){1,4}?(?:blessés|wounded|injured|feridos)(?=\s)", re.I)


def _side_after(text: str, end: int, r: Rules) -> str | None:
    """'12 morts côté ennemi et 3 blessés côté ami': the side right after the figure (no comma between), or
    after its wounded ('cinq morts et une dizaine de blessés dans les rangs des FAMa')."""
    tail = _WOUNDED_BETWEEN.sub("", text[end : end + 70], count=1)[:30]
    if r.friendly and re.match(rf"\s+(?:{r.friendly.pattern})", tail, re.I):
        return "security"
    if r.enemy and re.match(rf"\s+(?:{r.enemy.pattern})", tail, re.I):
        return "militants"
    return None


def _all_of(text: str, end: int, r: Rules) -> str | None:
    """'Le bilan est de 6 morts, tous des civils': the group the apposition gives every one of the dead."""
    m = r.all_of.match(text[end : end + 70]) if r.all_of else None
    if m is None:
        return None
    noun = m["noun"].lower()  # two words first: "alunos gendarmes" are trainees of the forces, not pupils
    return r.group_of.get(noun) or r.group_of.get(noun.split()[0])


def read_number(text: str, num: NumberMatch, r: Rules) -> Casualty | None:
    """A casualty reading of one number, or None (kind may be filled in by the chain pass)."""
    clause_start, clause_end = clause_bounds(text, num.start, num.end)
    after = _read_after(text, num, clause_end, r)
    kind, start, end = after.kind, num.start, after.end
    before_kind, before_start = _read_before(text, num, clause_start, r)
    if after.mixed and before_kind is not None:  # "a fait six morts et blessés"
        start = before_start
    if kind is None and before_kind is not None:
        kind, start = before_kind, before_start
    framed = None
    if kind is None and before_kind is None:
        framed = _framed(text, num, clause_start, clause_end, r)
        kind, end = framed or (None, end)
    kin = bool(after.noun) and r.lost_kin is not None and r.lost_kin.match(after.noun) is not None
    lost = _lost(text, num, clause_start, r) if kind is None and after.noun and not kin else None
    own = (r.lost_own.match(text, num.end, clause_end) if kind is None and not after.noun and r.lost_own
           else None)
    if own is not None:  # "the soldiers killed 23 rebels and lost four of their own"
        lost = _lost(text, num, clause_start, r)
        end = own.end() if lost is not None else end
    if lost is not None:
        kind, start = "killed", lost
    if (_is_year(num) and not after.noun) or (r.units and r.units.match(text[num.end : num.end + 20])):
        return None
    if kind is None and not after.noun:
        return _elided(text, num, clause_start, r)
    group = _noun_group(text, num, after.noun, r) if after.noun else "unknown"
    if before_kind is not None and kind == before_kind and group == "unknown" and not after.noun:
        group = _counted_group(text[start : num.start], r)  # "the number of soldiers killed ... rose to 12"
    # the body told after a figure with no noun of its own ("17 from the Islamic State were killed"), or
    # inside a frame ("portant à onze le nombre de militaires tués")
    if group == "unknown" and framed is not None:  # "Subiu para 21 o número de soldados mortos"
        group = _counted_group(text[num.end : end], r)
    if group == "unknown" and ((not after.noun and kind) or framed is not None):
        group = affiliation(text[num.end : end], r.lang, anywhere=True) or group
    if lost is not None and (group == "unknown" or after.noun.lower() in r.side_nouns):  # "ISIS lost 5 men"
        shared = _SHARED_SUBJECT.search(text, max(clause_start, lost - 12), lost)  # "killed 23 and lost"
        near = text[max(clause_start, lost - 40) : lost]  # "..., and the troops lost two of their members"
        group = ((_subject_group(text, clause_start, lost, r) if shared else _speaker_group(text, lost, r))
                 or affiliation(near, r.lang, anywhere=True) or (_last_group(near, r) if not shared else None)
                 or group)
    if group == "unknown" or after.noun.lower() in r.side_nouns:
        group = (_side_after(text, end, r) or _all_of(text, end, r)
                 or _side_override(text, clause_start, num.start, r) or group)
    if after.mixed:  # "six dead and wounded": one dead at least, six at most
        return Casualty(start, end, min(num.low, 1), num.high, kind or "", group, False, False, num.start,
                        num.end, after.noun, True, "vague")
    return Casualty(start, end, num.low, num.high, kind or "", group, False, False, num.start, num.end,
                    after.noun, num.vague, num.qualifier)


_COUNTED_NOUN = re.compile(
    r"\b(?:number|número|nombre|total)\s+(?:of\s+(?:the\s+)?|de\s+|des\s+|d')([\w-]+)"
    r"|\btoll\s+(?:among|for)\s+(?:the\s+)?([\w-]+)|\b([\w-]+s)['’]\s+(?:death\s+)?toll\b", re.I)


def _counted_group(phrase: str, r: Rules) -> str:
    """The group of the noun a toll phrase counts ("o número de soldados mortos ... subiu para", "le nombre de
    militaires tués ... est passé à"), else "unknown"."""
    m = _COUNTED_NOUN.search(phrase)  # also "the toll among the soldiers", "the soldiers' toll"
    return r.group_of.get(m.group(m.lastindex or 1).lower(), "unknown") if m else "unknown"


def _elided(text: str, num: NumberMatch, clause_start: int, r: Rules) -> Casualty | None:
    """The "15" of "19 civilians were killed in Kantchari and 15 in Diapaga": a figure joined to another
    and followed by a town, its noun and kind left to the figure before (None when it is no such figure)."""
    if r.located is None or r.joined_before is None or not r.located.match(text[num.end :]):
        return None
    if not r.joined_before.search(text[max(clause_start, num.start - 20) : num.start]):
        return None
    return Casualty(num.start, num.end, num.low, num.high, "", "unknown", False, False, num.start, num.end,
                    "", num.vague, num.qualifier, elided=True)


def _noun_group(text: str, num: NumberMatch, noun: str, r: Rules) -> str:
    """The group of a figure's noun; a generic noun ("members") takes the body named in its complement
    ("members of the Islamic State") or before it ("13 ISIS members")."""
    group = r.group_of.get(noun.lower(), "unknown") if noun else "unknown"
    if not noun:
        return group
    noun_start = text.lower().find(noun.lower(), num.end)
    if r.pro_state and r.pro_state.search(text[num.end : noun_start]):
        return "security"  # "five pro-regime militiamen": UCDP counts them with the government side
    if (noun.lower() in r.side_nouns and r.own_men and r.own_men_speaker
            and r.own_men.search(text[num.end : noun_start]) and r.own_men_speaker.search(text)):
        return "security"  # '"27 dos nossos homens perderam a vida", disse uma fonte de segurança'
    if group != "unknown":
        return group
    noun_end = noun_start + len(noun)
    if noun.lower() in PRONOUNS and (PASSIVE.match(text, noun_end) or KILLING.search(text[: num.start])):
        return antecedent_group(text[: num.start], r)
    return (affiliation(text[noun_end : noun_end + 90], r.lang)
            or affiliation(text[num.end : noun_start], r.lang, anywhere=True)
            or named_body(text[noun_end : noun_end + 90], r.lang)
            or named_body(text[num.end : noun_start], r.lang, anywhere=True) or group)


def casualty_noun_end(text: str, c: Casualty) -> int:
    """Where the noun of a figure ends (its number's end when it has none)."""
    if not c.noun:
        return c.number_end
    return text.lower().find(c.noun.lower(), c.number_end) + len(c.noun)
