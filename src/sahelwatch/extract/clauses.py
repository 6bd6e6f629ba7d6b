"""Clauses of one sentence that report two events: a crowd's reaction and the violence it reacts to.

"Residents protested in Niamey on Friday after gunmen killed five villagers in Téra on Thursday" tells a
protest in Niamey and an attack in Téra: read as one sentence, the killing took the protest's town and
day. Each clause is read as a sentence of its own, with its own place, date and toll.
"""

from __future__ import annotations

from collections.abc import Callable

from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.incidents import starts_new_incident
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.read.sentences import Sentence

PROTEST_CUES = {"cue:protest"}


def reaction_clauses(sentence: Sentence, lang: str, fired: Callable[[str], list[str]],
                     anchored: Callable[[int, int], bool]) -> list[Sentence]:
    """The sentence split before the words that link a gathering to the killing or abduction that caused it
    ("after", "après que", "depois que", "to demand the release of"), when the gathering's clause tells a
    protest and no victim, the other clause tells people killed or abducted, and each has a place or a date
    of its own; else the sentence alone. ``fired``
    names the classifier cues of a text; ``anchored`` tells whether a span of the article holds a place
    or a date (a killing recalled without either, "which seized power after the president was killed",
    is background)."""
    link = lexicon_pattern(lang, "reaction_to", r"\b(?:{})\b")
    found = link.search(sentence.text) if link else None
    if found is None or found.start() == 0:
        return [sentence]
    at = found.start()
    if PROTEST_CUES & set(fired(sentence.text[at:])):
        at = found.end()  # "pour exiger la libération de" reads as a protest: the aim stays with the protest
    head, tail = sentence.text[:at], sentence.text[at:]
    diplomatic = lexicon_pattern(lang, "reaction_head")  # "summoned Mali's ambassador after the killing of"
    reacts = PROTEST_CUES & set(fired(head)) or (diplomatic is not None and diplomatic.search(head))
    if not reacts or _victims(head, lang) or not _victims(tail, lang):
        return [sentence]
    cut = sentence.start + at
    if not anchored(sentence.start, cut) or not anchored(cut, sentence.end):
        return [sentence]
    return [Sentence(sentence.start, cut, head), Sentence(cut, sentence.end, tail)]


def _victims(text: str, lang: str) -> bool:
    """True when the text tells people killed or abducted ("to demand the release of 14 women abducted last
    week near Dikwa": the abduction is an incident of its own)."""
    return any(c.kind in ("killed", "abducted") and not c.negated for c in find_casualties(text, lang))


def dated_clauses(sentence: Sentence, lang: str, date_starts: list[int],
                  violent: Callable[[str], bool]) -> list[Sentence]:
    """The sentence split before each further dated incident it coordinates ("On July 28, insurgents killed
    four soldiers in Damasak, and on August 2 a suicide bomber killed seven people in Konduga"): a date
    after the first one, right after the lexicon's ``dated_coordination`` link (a comma or semicolon and
    "and"), when both clauses tell violence. Read as one sentence, the second incident took the first one's
    day, place and toll. ``date_starts`` are the article offsets of the dates told in the sentence."""
    link = lexicon_pattern(lang, "dated_coordination", r"(?:{})$")
    if link is None:
        return [sentence]
    cuts = []
    starts = sorted(s - sentence.start for s in date_starts if sentence.start <= s < sentence.end)
    for previous, start in zip(starts, starts[1:], strict=False):
        found = link.search(sentence.text[previous:start])
        if found is not None:
            cuts.append(previous + found.start() + 1)
    bounds = [0, *cuts, len(sentence.text)]
    parts = [sentence.text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    if len(parts) < 2 or not all(violent(p) for p in parts):
        return [sentence]
    return [Sentence(sentence.start + a, sentence.start + b, sentence.text[a:b])
            for a, b in zip(bounds, bounds[1:], strict=False)]


NEXT_CLAUSE_CHARS = 80  # how far after a link the clause may name another incident


def incident_clauses(sentence: Sentence, lang: str, violent: Callable[[str], bool]) -> list[Sentence]:
    """The sentence split before a coordinated clause that tells another incident ("Gunmen killed five
    people in Kucheri on Monday, while in neighbouring Gusau LGA another group of gunmen abducted 15";
    lexicon ``new_incident`` after a ``dated_coordination`` link), when both clauses tell violence: read as
    one sentence, the second incident was lost in the first."""
    link = lexicon_pattern(lang, "dated_coordination")
    if link is None:
        return [sentence]
    text = sentence.text
    links = [found for found in link.finditer(text) if found.start() > 0
             and starts_new_incident(text[found.end() : found.end() + NEXT_CLAUSE_CHARS].split(".")[0], lang)]
    if not links:
        return [sentence]
    # a coordinating word opens the clause, not a comma before it ("..., dans le cercle de Bandiagara, tandis
    # qu'à Bankass, un autre groupe ...": the cut is before "tandis qu'à")
    worded = [found for found in links if found.groupdict().get("link")]
    cut = (worded[-1] if worded else links[0]).start() + 1
    if violent(text[:cut]) and violent(text[cut:]):
        return [Sentence(sentence.start, sentence.start + cut, text[:cut]),
                Sentence(sentence.start + cut, sentence.end, text[cut:])]
    return [sentence]
