"""Casualty counts (killed, wounded, missing, abducted, arrested) per side, in English and French.

Each number found by :func:`find_numbers` is read with its neighbourhood:

* a head noun right after it ("12 soldiers", "N of the attackers", "29 soldats nigériens") gives the
  group: security | civilians | militants | unknown;
* a casualty word after the number or its noun ("were killed", "dead", "tués", "ont perdu la vie")
  or an active verb before it ("killing at least", "claimed the lives of", "toll rose to",
  "tuant", "bilan de") gives the kind;
* "23 soldiers and 30 attackers were killed": numbers joined by and/et/commas share the kind;
* one victim told twice by apposition ("one civilian, a child, was killed") counts once; the people
  with a named victim count too ("a commander was killed along with his seven men": eight);
* "the attack left N ... dead" and "X lost N members" are tolls whatever the noun phrase between;
* negations ("no casualties", "aucune victime") give a ``negated`` zero record;
* background totals ("since 2015", "this year", "depuis le début de l'année") are ``cumulative``.

Wounded, missing, abducted and arrested counts are never counted as deaths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from sahelwatch.extract.dates import month_of_last_year
from sahelwatch.extract.numbers import NumberMatch, find_numbers, load_lexicon, normalise_lang
from sahelwatch.models import Fatalities
from sahelwatch.read.relevance import denied_toll

KINDS = ("killed", "wounded", "missing", "abducted", "arrested")
GROUPS = ("militants", "security", "civilians", "unknown")
CLAUSE_END = re.compile(r"[.;!?\n]|\s[-–—]\s")
YEAR_RANGE = range(1900, 2101)
# a name in apposition after one victim, before "and N others": "killed a commander of the gang, the Forest
# Boys, and two others" (not a clause: "killed a farmer, injured his wife, and two others fled")
_APPOSED_NAME = r",\s+(?:(?:the|a|an)\s+)?(?-i:[A-Z])[^.;,]{0,40}?,"
_NAMED_BETWEEN = re.compile(rf"[^.;,]{{0,60}}{_APPOSED_NAME}\s+and\s+$", re.I)
BEFORE_CHARS = 140  # a verb or toll phrase before its figure: "the toll from ... in Bamako has risen to 77"
CLAUSE_WINDOW = 400  # characters searched backwards for the start of a clause
NAMED_BODY = r"(?-i:(?:[A-Z][\w’'.-]*\s+){1,5}\([A-Z][\w-]*\))"  # a name and its acronym: "Abu Sayyaf (ASG)"
# Small grammatical words, overridable per language under ``casualties: connectives:`` in the lexicon
# (a new language sets them; English and French use these defaults).
DEFAULT_CONNECTIVES = {
    # a breakdown of the figure before: "12 people, including 10 soldiers"
    "subset": "including|among them|of whom|dont|parmi lesquels|parmi lesquelles|y compris"
              "|(?:most|many|almost all|nearly all|some|several|half) of them",
    # figures joined like this share their kind: "5 soldiers and 3 civilians were killed"
    "join": "and|et|as well as|ainsi que|plus|&",
    "join_articles": "another|an?",
    # a preposition repeated after the join: "la mort de quatre militaires et de onze assaillants"
    "join_prepositions": "of|de|d'",
    # parts of one toll to be added: "4 women and 2 infants killed"
    "addend": "and|et|as well as|ainsi que",
    # two sides' figures set against each other: "ISWAP lost nine fighters while 27 JAS fighters were killed"
    "contrast": "while|whereas|tandis que|alors que",
    # more dead of another kind told in the same breath ("17 of our fighters were killed ..., adding that nine
    # assailants were also killed"): each side's dead, even of one group
    "also": "also|too|as well|aussi|également",
    # a rank after a first noun that still joins the next figure: "a bandit commander and 30 of his fighters"
    "head_ranks": "commanders?|leaders?|chiefs?|kingpins?|officers?|lieutenants?",
    # a casualty verb followed by an object is active ("12 gunmen killed 3 villagers"), not passive
    "object_starts": r"\d|at least|more than|the|an?|some|dozens|au moins|plus de|les|des|"
                     "un|une|deux|trois|two|three|four|five|six|seven|eight|nine|ten",
    "partitive": r"(?:of|d'entre|parmi)\s+(?:the|them|whom|those|these|our|their|its|eux|elles|les)\s+"
                 r"|of\s+|de\s+|d'|des\s+",
    "before_determiners": "a total of|the|some|un total de|les",
    "adverbs": r"\w+ly|all|tous",
    # take the side named before them: "côté ami, 3 éléments", "the army lost four men"
    "side_nouns": "éléments|hommes|men",
    "other_nouns": "others|autres|of them|d'entre eux",  # take the group of the figure before
    # indefinite articles: one opening an apposition to a lone victim is no second figure ("one civilian,
    # a child, was killed")
    "indefinite_articles": "a|an|un|une|um|uma",
    # a part of the figure named with no commas around it, before the shared verb: "four soldiers including
    # their commander were killed", "quatre soldats dont leur chef ont été tués"
    "bare_subset": "including|dont|y compris|incluindo|entre eles|entre os quais",
    "bare_subset_determiners": "their|its|his|her|the|a|an|leur|leurs|son|sa|ses|le|la|les|un|une|"
                               "o|a|os|as|o seu|a sua|os seus|seu|sua|um|uma",
    # a toll told as risen to a new total ("rose to 19", "s'est alourdi à 21", "subiu para 19") ...
    "raised_to": r"(?:rose|risen|rises|climbed|climbs|increased|jumped|reached)\s+to|"
                 r"(?:alourdi|alourdit|passé|passe|grimpé|grimpe|élève désormais)\s+à|atteint|"
                 r"(?:subiu|sobe|aumentou|passou|ascende)\s+(?:para|a)",
    # ... and the figure of the dead found since, told as more ("four more bodies", "quatre autres corps",
    # "mais quatro corpos", "cinq nouveaux corps", "três novos corpos"): part of the new total, not dead
    # to add
    "increment_after": "more|additional|further|autres|supplémentaires|de plus|nouveaux|nouvelles|novos|"
                       "novas",
    "increment_before": "another|mais|outros|outras",
}


@dataclass
class Casualty:
    """One reported casualty figure; spans are relative to the text given to :func:`find_casualties`."""

    start: int
    end: int
    low: int
    high: int
    kind: str  # killed | wounded | missing | abducted | arrested
    group: str = "unknown"  # civilians | security | militants | unknown
    negated: bool = False
    cumulative: bool = False
    number_start: int = -1
    number_end: int = -1
    noun: str = ""
    vague: bool = False
    qualifier: str = "exact"  # from NumberMatch: exact|at_least|more_than|nearly|up_to|about|range|vague
    subset_of_previous: bool = False  # "13 civilians, including 7 children": the 7 is part of the 13
    part_of_next: bool = False  # "five wounded died, bringing to 14 the number killed": 5 of the 14
    addend_of_previous: bool = False  # "4 women and 2 infants killed": the 2 adds to the 4
    listed: bool = False  # unknown, listed beside a named figure ("a brigadier and five members"): no total
    denied: bool = False  # a denied toll's: "denied reports that 25 soldiers were killed in an attack"
    elsewhere: bool = False  # another incident's: "two days after an attack that killed 32", "Also read: ..."
    motive: bool = False  # the death a crowd protests or suspects are arrested over: "protests over the"
    alternative: bool = False  # another source's count of the same dead: "d'autres sources font état de 20"
    elided: bool = False  # no noun, a place after it: the "15" of "19 civilians in X and 15 in Y"
    town_part: bool = False  # the figure of another town, in a toll told town by town (it adds)


@dataclass(frozen=True)
class _Rules:
    """Compiled casualty regexes of one language."""

    noun: re.Pattern[str]
    after: re.Pattern[str]
    direct: re.Pattern[str]
    before: re.Pattern[str]
    implied: re.Pattern[str]
    group_of: dict[str, str]
    negation: re.Pattern[str]
    negation_wounded: re.Pattern[str]
    cumulative: re.Pattern[str]
    tally: re.Pattern[str]
    sum_words: re.Pattern[str]
    one_incident: re.Pattern[str]
    compared: re.Pattern[str] | None  # "the deadliest attack since 2024": a comparison, not a running total
    friendly: re.Pattern[str] | None
    all_of: re.Pattern[str] | None  # "6 morts, tous des civils": the group of every one of them
    enemy: re.Pattern[str] | None
    chain: re.Pattern[str]
    singular: re.Pattern[str]
    object_follows: re.Pattern[str]
    subset: re.Pattern[str]
    raised_to: re.Pattern[str]
    increment_after: re.Pattern[str]
    increment_before: re.Pattern[str]
    addend: re.Pattern[str]
    contrast: re.Pattern[str]
    side_nouns: frozenset[str]
    other_nouns: frozenset[str]
    complement: re.Pattern[str] | None = None
    place_complement: re.Pattern[str] | None = None
    lang: str = "en"
    units: re.Pattern[str] | None = None
    also: re.Pattern[str] | None = None
    animals_before: re.Pattern[str] | None = None  # "killed 30 cows and": the verb reaches the next figure
    with_one: re.Pattern[str] | None = None  # "and his", "along with her" right before the figure
    with_one_after: tuple[re.Pattern[str], re.Pattern[str]] | None = None  # "with" before, "of his" after
    antecedent: re.Pattern[str] | None = None  # "the assailants, " before "17 of whom were killed"
    along: re.Pattern[str] | None = None  # "along with" before it: "X was killed along with two others"
    joined_other: re.Pattern[str] | None = None  # "and N other(s)"
    with_other_before: re.Pattern[str] | None = None  # a casualty verb, one named victim, "and"
    joined_other_after: re.Pattern[str] | None = None  # "other(s)" right after the figure
    bare: re.Pattern[str] | None = None  # one unknown noun, then the casualty: "two companions were killed"
    indefinite: frozenset[str] = frozenset()  # "a", "an" opening an apposition: "one civilian, a child,"
    frame: tuple[re.Pattern[str], re.Pattern[str]] | None = None  # "left N ... dead": (before, after)
    coordinated: re.Pattern[str] = re.compile("$^")  # "and" + a group noun: "20 civilians and members of X"
    active_aux: re.Pattern[str] | None = None  # a perfect, not a passive: "gunmen have killed a man"
    kind_word: re.Pattern[str] | None = None  # any casualty word after a figure ("wounded", "killed")
    pro_state: re.Pattern[str] | None = None  # a modifier siding fighters with the state: "pro-regime"
    lost: re.Pattern[str] | None = None  # a verb making the people named after it a toll: "lost 5 soldiers"
    lost_own: re.Pattern[str] | None = None  # the lost figure's own noun: "lost four of their own"
    lost_kin: re.Pattern[str] | None = None  # kin a person lost: "lost three relatives" (no side's toll)
    group_noun: re.Pattern[str] | None = None  # any group noun: the subject of "lost"
    elided_from: re.Pattern[str] | None = None  # a noun-less figure's body: "22 soldiers and 17 from the IS"
    earlier: re.Pattern[str] | None = None  # "two days after": the figures told after it are an earlier toll
    protest_cause: re.Pattern[str] | None = None  # "protests over the": the death a crowd protests
    arrest_cause: re.Pattern[str] | None = None  # "arrested two men over": the death of an arrest's motive
    deed_cause: re.Pattern[str] | None = None  # "a militant involved in the killing of": his own deed
    deed_open: re.Pattern[str] | None = None  # the same deed phrase anywhere
    teaser: re.Pattern[str] | None = None  # "Also read:" opening a line that links another story
    other_source: re.Pattern[str] | None = None  # "other sources": the figure after it is another count
    located: re.Pattern[str] | None = None  # a town right after a figure: "15 in Diapaga", "8 à Djibasso"
    located_chain: re.Pattern[str] | None = None  # "in Kantchari and" between two figures of one kind
    joined_before: re.Pattern[str] | None = None  # "and" or a comma right before a figure
    earlier_count: re.Pattern[str] | None = None  # "un précédent bilan": a figure revised since
    source_speaks: re.Pattern[str] | None = None  # "a resident said" after a single person: a source
    fighters_verb: re.Pattern[str] | None = None  # "neutralisés": said of enemy fighters only
    left_behind: re.Pattern[str] | None = None  # "ont laissé" before the figure of bodies ...
    left_on_ground: re.Pattern[str] | None = None  # ... "sur le terrain" after it: that side's own dead
    own_men: re.Pattern[str] | None = None  # "dos nossos" before a side noun: the speaker's own men ...
    own_men_speaker: re.Pattern[str] | None = None  # ... of the forces when a security source speaks
    killed_after_taken: re.Pattern[str] | None = None  # "... and executed them": those taken are the dead
    taken: re.Pattern[str] | None = None  # any abducted or arrested word: what killed_after_taken follows
    mixed: re.Pattern[str] | None = None  # "and wounded" right after the dead: "six dead and wounded"
    speaker_pronoun: re.Pattern[str] | None = None  # "it" right before "lost": the body that speaks ...
    speaker_said: re.Pattern[str] | None = None  # ... and tells its own losses after its "said"


def _kind_alternation(table: dict[str, str]) -> str:
    return "|".join(f"(?P<{kind}>{_any_spaces(rx)})" for kind, rx in table.items() if rx)


def _any_spaces(rx: str) -> str:
    """``rx`` with each space outside a character class read as any run of white space, so that a
    phrase still matches where quotation marks were blanked out ('ter "neutralizado" dezenas' reads
    'ter  neutralizado  dezenas')."""
    out, in_class, escaped = [], False, False
    for ch in rx:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        elif ch == " " and not in_class:
            out.append(r"\s+")
            continue
        out.append(ch)
    return "".join(out)


def _place_complement(lex: dict) -> re.Pattern[str] | None:
    """Where the counted people were, between a noun and its verb ("20 rebels at the place were killed")."""
    return re.compile(rf"^\s+(?:{lex['place_complement']})", re.I) if lex.get("place_complement") else None


def _optional(rx: str) -> re.Pattern[str] | None:
    return re.compile(rf"(?:{rx})", re.I) if rx else None


def _words(rx: str) -> frozenset[str]:
    return frozenset(w.lower() for w in rx.split("|"))


@lru_cache(maxsize=16)
def rules(lang: str) -> _Rules:
    """Compile (once per language) the casualty grammar from the lexicon."""
    lex = load_lexicon(lang)["casualties"]
    words = {**DEFAULT_CONNECTIVES, **(lex.get("connectives") or {})}
    group_of: dict[str, str] = {}
    for group in GROUPS:
        for noun in lex["groups"][group].split("|"):
            group_of.setdefault(noun.lower(), group)
    nouns = "|".join(re.escape(n) for n in sorted(group_of, key=len, reverse=True))
    if lex.get("demonym_nouns"):  # "a Nigerien", not the adjective of "Nigerien soldiers": no side
        nouns += rf"|(?:{lex['demonym_nouns']})(?!\s+(?:{nouns})(?![\w-]))"
    stop = lex["stop_fillers"]
    filler = rf"(?!(?:{stop})\b)(?:[^\W\d_]|\d+-)[\w'’-]*"
    things = rf"(?!\s+(?:{lex['thing_heads']})(?![\w-]))" if lex.get("thing_heads") else ""
    named = rf"(?:(?:{filler}\s+)?{NAMED_BODY}\s+)?"  # "two communist New People's Army (NPA) rebels"
    noun = rf"^\s*(?:{words['partitive']})?{named}(?:{filler}\s+){{0,2}}?(?P<noun>{nouns})(?![\w-]){things}"
    aux = lex["aux"]
    after_kinds, before_kinds = _kind_alternation(lex["after"]), _kind_alternation(lex["before"])
    adverb = rf"(?:(?:{words['adverbs']})\s+)?"
    relative = rf"(?:(?:{lex['relative_passive']})\s+)?" if lex.get("relative_passive") else ""
    aux_adverbial = rf"(?:(?:{lex['aux_adverbial']})[\s,]+)?" if lex.get("aux_adverbial") else ""
    verb = rf"{relative}(?:(?:{aux})\s+{aux_adverbial})?{adverb}(?:{after_kinds})(?![\w-])"
    incised = _named_incise(words["subset"], 80)  # "two rebels, including their leader, were killed"
    verbs = "|".join([aux, words["adverbs"], LIST_ENDS] + [rx for rx in lex["after"].values() if rx]
                     + ([lex["relative_clause"]] if lex.get("relative_clause") else []))
    bare = _bare_incise(words["bare_subset"], words["bare_subset_determiners"], verbs)
    incised = rf"(?:{incised}|{_listed_incise(words['subset'], verbs, 80)}|{bare})"
    acronym = r"(?:\([^()]{1,30}\)\s*)?"  # "sept volontaires pour la défense de la patrie (VDP) ont péri"
    clause = _relative_clause(lex, aux)  # "deux villageois qui tentaient de fuir ont été tués"
    if clause:  # the noun's last word before it: "two National Guard officers guarding the prison"
        clause = rf"(?:(?:{filler})\s+(?=(?:{lex['relative_clause']})\s))?{clause}"
    after = rf"^{incised}[\s,]*{acronym}{clause}(?:(?:{filler})\s+){{0,2}}?{verb}"
    direct = rf"^\s*(?:(?:{aux})\s+)?(?:{after_kinds})(?![\w-])"
    incise = rf"(?:\s*{lex['before_incise']})?" if lex.get("before_incise") else ""
    incise += _adverbials(lex.get("before_adverbial", ""))  # "ont tué jeudi au moins 8 civils"
    # an elided preposition ends a toll phrase too: "la neutralisation d'une quinzaine d'assaillants"
    determiner = rf"(?:(?:{words['before_determiners']})\s+)?"
    before = rf"(?<![\w-])(?:{before_kinds}){incise}(?:\s+|(?<=['’])){determiner}$"
    subset = words["subset"]
    return _Rules(
        noun=re.compile(noun, re.I),
        after=re.compile(after, re.I),
        direct=re.compile(direct, re.I),
        before=re.compile(before, re.I),
        implied=re.compile(rf"(?:{lex['implied_killed']})$", re.I),
        group_of=group_of,
        negation=re.compile(rf"(?<!\w)(?:{lex['negation']})(?!\w)", re.I),
        negation_wounded=re.compile(lex["negation_wounded"], re.I),
        cumulative=re.compile(rf"(?<!\w)(?:{lex['cumulative']}|{lex['tally']})(?!\w)", re.I),
        tally=re.compile(rf"(?<!\w)(?:{lex['tally']})(?!\w)", re.I),
        sum_words=re.compile(rf"(?<!\w)(?:{lex['sum_words']})(?!\w)", re.I),
        one_incident=re.compile(lex["one_incident"], re.I),
        compared=_optional(rf"(?<![\w-])(?:{lex['compared']})(?![\w-])(?:\s+[\w'’-]+){{0,6}}?\s*$")
        if lex.get("compared") else None,
        friendly=_optional(lex.get("friendly_side", "")),
        # a short adverbial may come first: "16 people on Friday, all of them traders"
        all_of=_optional(rf"^[^,.;:]{{0,30}}?,\s*(?:{lex['all_of']})\s+(?P<noun>[\w'’-]+(?:\s+[\w'’-]+)?)")
        if lex.get("all_of") else None,
        enemy=_optional(lex.get("enemy_side", "")),
        # an adjective or a rank may follow the first noun: "47 soldados malianos e 84 combatentes", "a
        # bandit commander and 30 fighters"
        chain=re.compile(rf"^(?:\s+(?:(?-i:[a-zà-öø-ÿ])[\w'’-]*s|(?:{words['head_ranks']}))"
                         rf"(?=\s*(?:,|(?:{words['join']})\s)))?"
                         rf"{_named_incise(subset)}\s*(?:,|{words['join']})?\s*(?:(?:{subset})\s*)?"
                         rf"(?:(?:{words['join_articles']})\s+)?(?:(?<=\s)(?:{words['join_prepositions']})\s+)?$",
                         re.I),
        singular=re.compile(rf"(?<![\w-])(?:{load_lexicon(lang)['singular_articles']})"
                            rf"(?=\s+(?:{filler}\s+){{0,3}}?(?:{nouns})(?![\w-]))", re.I),
        object_follows=re.compile(rf"^\s+(?:{words['object_starts']})\b", re.I),
        subset=re.compile(rf"\b(?:{subset})\b", re.I),
        raised_to=re.compile(rf"(?<![\w-])(?:{words['raised_to']})\s+(?:\S+\s+){{0,2}}$", re.I),
        increment_after=re.compile(rf"^\s+(?:{words['increment_after']})(?![\w-])", re.I),
        increment_before=re.compile(rf"(?<![\w-])(?:{words['increment_before']})\s+$", re.I),
        # a rank or a plural adjective may follow the first noun: "cinq soldats maliens et un Nigérien"; the
        # preposition may be repeated: "la perte de quatre soldats et de sept VDP"
        addend=re.compile(rf"^(?:\s+(?:(?-i:[a-zà-öø-ÿ])[\w'’-]*s|(?:{words['head_ranks']}))(?![\w-]))?\s*"
                          rf"(?:,|{words['addend']})\s*(?:(?:{words['join_prepositions']})\s*)?$", re.I),
        contrast=re.compile(rf"^\s*,?\s*(?:{words['contrast']})\s*$", re.I),
        also=re.compile(rf"[^,;:.]{{0,30}}?(?<![\w-])(?:{words['also']})(?![\w-])", re.I),
        side_nouns=_words(words["side_nouns"]),
        antecedent=re.compile(rf"(?<![\w-])(?P<noun>{nouns})\s*,\s*$", re.I),
        other_nouns=_words(words["other_nouns"]),
        complement=_noun_complement(lex.get("noun_complement", "")),
        place_complement=_place_complement(lex),
        lang=lang,
        with_one=_optional(rf"(?:{lex['with_one']})\s*$") if lex.get("with_one") else None,
        with_one_after=(re.compile(rf"(?:{lex['with_one_after']['before']})\s*$", re.I),
                        re.compile(rf"\s+(?:{lex['with_one_after']['after']})\s", re.I))
        if lex.get("with_one_after") else None,
        along=_optional(rf"(?:{lex['along_with']})\s*$") if lex.get("along_with") else None,
        joined_other=_optional(lex["joined_other"]) if lex.get("joined_other") else None,
        with_other_before=re.compile(
            rf"(?<![\w-])(?:{before_kinds})\s+(?:the|a|an)\s+[^.;,]{{1,60}}?(?:{_APPOSED_NAME})?\s+and\s+$",
            re.I,
        ) if lex.get("joined_other") else None,
        joined_other_after=re.compile(r"\s*(?:\w+\s+)?other(?:s)?\b", re.I),
        bare=re.compile(rf"^\s*(?:{filler})\s+(?:(?:{aux})\s+)?{adverb}(?:{after_kinds})(?![\w-])", re.I),
        units=re.compile(rf"\s*(?:{lex['units']}|{lex['animals']})(?![\w-])", re.I),
        animals_before=re.compile(
            rf"(?:\d[\d,.]*|\w+)\s+(?:{lex['animals']})\s+(?:{words['join']})\s+$", re.I),
        indefinite=_words(words["indefinite_articles"]),
        frame=_frame(lex.get("framed_killed")),
        mixed=_optional(rf"^\s*(?:{lex['mixed_count']})(?![\w-])") if lex.get("mixed_count") else None,
        # "20 soldiers and VDP", "une vingtaine de soldats et de VDP" (the preposition repeated)
        coordinated=re.compile(rf"^\s+(?:{words['addend']})\s+(?:the\s+|(?:{words['join_prepositions']})\s*)?"
                               rf"(?=(?:{nouns})(?![\w-]))", re.I),
        active_aux=_optional(rf"(?<![\w-])(?:{lex['active_aux']})$") if lex.get("active_aux") else None,
        kind_word=re.compile(rf"(?<![\w-])(?:{after_kinds})(?![\w-])", re.I),
        pro_state=_optional(rf"(?<![\w-])(?:{lex['pro_state']})(?![\w-])") if lex.get("pro_state") else None,
        lost=_optional(rf"(?<![\w-])(?:{lex['lost']})\s+$") if lex.get("lost") else None,
        lost_own=_optional(rf"\s+(?:{lex['lost_own']})(?![\w-])") if lex.get("lost_own") else None,
        lost_kin=_optional(rf"(?:{lex['lost_kin']})$") if lex.get("lost_kin") else None,
        elided_from=_optional(rf"\s+(?:{lex['elided_from']})\s") if lex.get("elided_from") else None,
        group_noun=re.compile(rf"(?<![\w-])(?P<noun>{nouns})(?![\w-])", re.I),
        earlier=_optional(lex.get("earlier_incident", "")),
        protest_cause=_optional(rf"(?:{lex['protest_cause']})$") if lex.get("protest_cause") else None,
        arrest_cause=_optional(rf"(?:{lex['arrest_cause']})$") if lex.get("arrest_cause") else None,
        deed_cause=_optional(rf"(?:{lex['deed_cause']})$") if lex.get("deed_cause") else None,
        deed_open=_optional(lex["deed_cause"]) if lex.get("deed_cause") else None,
        teaser=_optional(rf"^\s*(?:{lex['teaser']})") if lex.get("teaser") else None,
        other_source=_optional(rf"(?<![\w-])(?:{lex['other_source']})(?![\w-])") if lex.get("other_source")
        else None,
        **_located_rules(lex, words, load_lexicon(lang).get("dates") or {}),
        earlier_count=_optional(rf"(?<![\w-])(?:{lex['earlier_count']})(?![\w-])") if lex.get("earlier_count")
        else None,
        source_speaks=_optional(lex["source_speaks"]) if lex.get("source_speaks") else None,
        fighters_verb=_optional(rf"(?<![\w-])(?:{lex['fighters_verb']})(?![\w-])") if lex.get("fighters_verb")
        else None,
        left_behind=_optional(lex["left_behind"]) if lex.get("left_behind") else None,
        left_on_ground=_optional(lex["left_on_ground"]) if lex.get("left_on_ground") else None,
        own_men=_optional(rf"(?<![\w-])(?:{lex['own_men']})\s+$") if lex.get("own_men") else None,
        own_men_speaker=_optional(rf"(?<![\w-])(?:{lex['own_men_speaker']})(?![\w-])")
        if lex.get("own_men_speaker") else None,
        killed_after_taken=_optional(lex["killed_after_taken"]) if lex.get("killed_after_taken") else None,
        taken=_optional(rf"(?<![\w-])(?:{_taken_words(lex)})(?![\w-])"),
        speaker_pronoun=_optional(rf"(?<![\w-])(?:{lex['speaker_pronoun']})\s*$")
        if lex.get("speaker_pronoun") else None,
        speaker_said=_optional(rf"(?<![\w-])(?:{lex['speaker_said']})(?![\w-])") if lex.get("speaker_said")
        else None,
    )


def _taken_words(lex: dict) -> str:
    """The abducted and arrested words of the casualty lexicon, told before or after the figure."""
    table = {**lex["after"], **{f"{k}_before": v for k, v in lex["before"].items()}}
    return "|".join(v for k, v in table.items() if k.split("_")[0] in ("abducted", "arrested") and v)


def _located_rules(lex: dict, words: dict[str, str], lex_dates: dict) -> dict[str, re.Pattern[str]]:
    """The figures told town by town: "19 civilians in Kantchari and 15 in Diapaga"."""
    if not lex.get("located"):
        return {}
    calendar = "|".join(re.escape(w) for w in sorted({*(lex_dates.get("months") or {}),
                                                        *(lex_dates.get("weekdays") or {})}))
    town = rf"(?:{lex['located']})\s+(?!(?i:{calendar})(?![\w-]))[A-ZÀ-Ý]"
    return {
        "located": re.compile(rf"^\s+{town}"),
        "joined_before": re.compile(rf"(?:,|(?<![\w-])(?i:{words['addend']}))\s+$"),
        "located_chain": re.compile(
            rf"^(?:\s+[a-zà-ÿ]+){{0,3}}?\s+{town}[^,.;:()]{{0,40}}?\s*(?:,|(?i:{words['addend']}))\s*"
            rf"(?:(?i:{words['join_articles']})\s+)?$"
        ),
    }


def _relative_clause(lex: dict, aux: str, most: int = 5) -> str:
    """An optional short relative clause between a noun and its verb ("who tried to flee"): up to ``most``
    words, none an auxiliary or a casualty word (so "who killed three" is never skipped)."""
    if not lex.get("relative_clause"):
        return ""
    kinds = "|".join(rx for rx in lex["after"].values() if rx)
    word = rf"(?!(?:{aux}|{kinds})(?![\w'’-]))[\w'’-]+"
    # the clause may be an incise between commas: "un garde, qui tentait de s'interposer, a été abattu"
    return rf"(?:\s*(?:{lex['relative_clause']})\s+(?:{word},?\s+){{1,{most}}}?)?"


def _adverbials(rx: str, most: int = 2) -> str:
    """Up to ``most`` short adverbials (a weekday, "hier") between a verb and its figure."""
    return rf"(?:\s+(?:{rx})){{0,{most}}}" if rx else ""


def _frame(table: dict[str, str] | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words around a figure that make it a death toll ("left N ... dead")."""
    if not table:
        return None
    return re.compile(rf"(?<![\w-])(?:{table['before']})\s+$", re.I), re.compile(table["after"], re.I)


LIST_ENDS = "while|whereas|but|tandis|alors|mais|enquanto|mas"  # a clause after a list, not one of its items


def _listed_incise(subset: str, verbs: str, longest: int = 50, most: int = 4) -> str:
    """An incise listing some of the figure before, commas between them: "four persons including a baby,
    two children and their mother have been killed" (up to ``most`` noun phrases: no figure in digits, none
    of ``verbs``, so "50 troops, including a lieutenant, were killed or wounded, while ..." is no list)."""
    item = rf"(?:(?!(?<![\w'’-])(?:{verbs})(?![\w'’-]))[^\d,;.]){{1,{longest}}}?"
    return rf"\s*,?\s*(?:{subset})\s+(?:{item},\s*){{1,{most - 1}}}{item},?"


def _bare_incise(subset: str, determiners: str, verbs: str, longest: int = 40) -> str:
    """An incise with no commas naming a part of the figure before its verb: "four security officers including
    their commander were killed" (a determiner after the subset word, no figure in digits, none of
    ``verbs``)."""
    item = rf"(?:(?!(?<![\w'’-])(?:{verbs})(?![\w'’-]))[^\d,;.]){{1,{longest}}}?"
    return rf"\s+(?:{subset})\s+(?:{determiners})\s+{item}(?=\s)"


def _named_incise(subset: str, longest: int = 50) -> str:
    """An optional incise naming one of the figure before: "two fighters, including Ko Aung, and ..."."""
    return rf"(?:\s*,\s*(?:{subset})\s+[^\d,;.]{{1,{longest}}},)?"


def _noun_complement(words: str) -> re.Pattern[str] | None:
    """The word opening a complement between a noun and its verb ("militants of the IS group")."""
    return re.compile(rf"^\s+(?:{words})\s", re.I) if words else None


# one plural lower-case word agreeing with the counted noun: "soldados chadianos" (not "perto", "near")
_ADJECTIVE = re.compile(r"\s+[^\W\d_A-Z][\w'’-]*s(?=\s)")


def _skip_complement(rest: str, r: _Rules, max_words: int = 12) -> tuple[int, re.Match[str]] | None:
    """(offset, verb match) when a short complement is followed by a casualty verb, else None; the
    complement may hold incises between commas ("one element of the BIR, an elite unit, has died") and
    follow an adjective ("dois soldados chadianos da MINUSMA morreram")."""
    adjective = _ADJECTIVE.match(rest)
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


def _matched_kind(m: re.Match[str]) -> str | None:
    return next((k for k in KINDS if k in m.groupdict() and m.group(k)), None)


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
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


def _read_after(text: str, num: NumberMatch, clause_end: int, r: _Rules) -> _Reading:
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
        kind = _matched_kind(verb)
        mixed = _mixed_end(text, noun_end + verb.end(), clause_end, r) if kind == "killed" else None
        if mixed is not None:  # "three soldiers dead and wounded"
            return _Reading("killed", mixed, noun, noun_end, mixed=True)
        return _Reading(kind, noun_end + verb.end(), noun, noun_end)
    return _Reading(None, noun_end, noun, noun_end)


def _mixed_end(text: str, end: int, clause_end: int, r: _Rules) -> int | None:
    """Where the wounded end when the dead word ending at ``end`` is joined to them with no figure of their
    own ("six dead and wounded", "trois morts et blessés"): one count of both, of which at least one died
    (a vague death toll of one up to the figure); else None."""
    m = r.mixed.match(text[end:clause_end]) if r.mixed is not None else None
    return end + m.end() if m else None


_SWALLOWED_OF = re.compile(r"(?<![\w-])of$", re.I)
_OF_WHOM = re.compile(r"^\s+of\s+(?:whom|them)\b", re.I)


_COUNTED = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                      r"|dozens?|scores?|hundreds?)\b)[^,.;]*$", re.I)


def _whom_antecedent(text: str, num: NumberMatch, r: _Rules) -> tuple[str, int] | None:
    """'the assailants, 17 of whom were killed': the noun before the comma is the figure's, unless it had a
    figure of its own ('30 villagers, 12 of whom were shot': a part of it)."""
    m = _OF_WHOM.match(text[num.end : num.end + 20])
    head = text[max(0, num.start - 60) : num.start]
    found = r.antecedent.search(head) if m and r.antecedent else None
    if not (found and m) or _COUNTED.search(head[max(0, found.start() - 25) : found.start()]):
        return None
    return found["noun"], num.end + m.end()


def _elided_from(text: str, num: NumberMatch, clause_end: int, r: _Rules) -> _Reading | None:
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
    return _Reading(_matched_kind(skipped[1]), num.end + skipped[0] + skipped[1].end(), "", num.end)


def _has_aux(verb: re.Match[str], r: _Rules) -> bool:
    """True when a word before the casualty word makes it passive ("were killed"), not a perfect
    ("have killed a young man")."""
    kind_start = min(verb.start(k) for k in KINDS if k in verb.groupdict() and verb.group(k))
    aux = verb.group(0)[:kind_start].strip(" ,")
    return bool(aux) and not (r.active_aux is not None and r.active_aux.search(aux))


def _read_before(text: str, num: NumberMatch, clause_start: int, r: _Rules) -> tuple[str | None, int]:
    """An active casualty verb or toll phrase right before the number: 'killing at least 12'."""
    head_start = max(clause_start, num.start - BEFORE_CHARS)
    head = text[head_start:num.start]
    if r.animals_before is not None:  # "killed 30 cows and two herders": the verb is the herders' too
        head = r.animals_before.sub("", head)
    m = r.before.search(head)
    companion = _companion(head, r) if not m else None
    if companion is not None:  # "was killed along with his seven men"
        m = r.before.search(head[: companion.start()])
    if not m and r.with_other_before is not None:
        m = r.with_other_before.search(head)  # "killed the deputy head ... and two other fighters"
        if m and not r.joined_other_after.match(text[num.end : num.end + 20]):
            m = None
    if not m:
        return None, num.start
    return _matched_kind(m), head_start + m.start()


def _companion(head: str, r: _Rules) -> re.Match[str] | None:
    """ "along with (his)" / "and his" ending the text before a figure, else None."""
    return (r.with_one.search(head) if r.with_one else None) or (r.along.search(head) if r.along else None)


def _lost(text: str, num: NumberMatch, clause_start: int, r: _Rules) -> int | None:
    """Where "lost" starts when it governs the figure ("the army lost 12 soldiers"), else None."""
    head_start = max(clause_start, num.start - 20)
    m = r.lost.search(text[head_start : num.start]) if r.lost else None
    return head_start + m.start() if m else None


_SHARED_SUBJECT = re.compile(r"(?<![\w-])(?:and|but|yet|et|mais|e|mas)\s*$", re.I)

# how far before "lost" the speaker's pronoun may start ("it ", "elles ", "reconheceram que ": lexicon
# speaker_pronoun)
SPEAKER_PRONOUN_CHARS = 24


def _speaker_group(text: str, lost: int, r: _Rules) -> str | None:
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


def _last_group(head: str, r: _Rules) -> str | None:
    """The group of the last group noun in ``head`` (the subject told right before "lost"), or None."""
    found = list(r.group_noun.finditer(head)) if r.group_noun else []
    group = r.group_of.get(found[-1]["noun"].lower(), "unknown") if found else "unknown"
    return None if group == "unknown" else group


def _subject_group(text: str, clause_start: int, lost: int, r: _Rules) -> str | None:
    """The group of the subject that "lost" its own men: the first group noun, or body, told before the
    clause's first casualty verb ("Chadian soldiers killed 23 rebels and lost four of their own":
    security)."""
    verb = r.kind_word.search(text, clause_start, lost) if r.kind_word else None
    subject = text[clause_start : verb.start() if verb else lost]
    for m in r.group_noun.finditer(subject) if r.group_noun else ():
        if (group := r.group_of.get(m["noun"].lower(), "unknown")) != "unknown":
            return group
    return affiliation(subject, r.lang, anywhere=True)


def _framed(text: str, num: NumberMatch, start: int, end: int, r: _Rules) -> tuple[str, int] | None:
    """("killed", end) when the figure sits in a frame like "the attack left N soldiers and militiamen
    dead", whatever the noun phrase between."""
    if r.frame is None or not r.frame[0].search(text[max(start, num.start - 30) : num.start]):
        return None
    m = r.frame[1].match(text[num.end : end])
    return ("killed", num.end + m.end()) if m else None


def _side_override(text: str, clause_start: int, start: int, r: _Rules) -> str | None:
    """'Côté ami, 29 soldats ...' / 'on the enemy side, 30 ...'."""
    head = text[max(0, clause_start - 40):start]
    if r.friendly and r.friendly.search(head):
        return "security"
    if r.enemy and r.enemy.search(head):
        return "militants"
    return None


_WOUNDED_BETWEEN = re.compile(
    r"^\s+(?:et|and|e)\s+(?:[\w’'-]+\s+){1,4}?(?:blessés|wounded|injured|feridos)(?=\s)", re.I)


def _side_after(text: str, end: int, r: _Rules) -> str | None:
    """'12 morts côté ennemi et 3 blessés côté ami': the side right after the figure (no comma between), or
    after its wounded ('cinq morts et une dizaine de blessés dans les rangs des FAMa')."""
    tail = _WOUNDED_BETWEEN.sub("", text[end : end + 70], count=1)[:30]
    if r.friendly and re.match(rf"\s+(?:{r.friendly.pattern})", tail, re.I):
        return "security"
    if r.enemy and re.match(rf"\s+(?:{r.enemy.pattern})", tail, re.I):
        return "militants"
    return None


def _all_of(text: str, end: int, r: _Rules) -> str | None:
    """'Le bilan est de 6 morts, tous des civils': the group the apposition gives every one of the dead."""
    m = r.all_of.match(text[end : end + 70]) if r.all_of else None
    if m is None:
        return None
    noun = m["noun"].lower()  # two words first: "alunos gendarmes" are trainees of the forces, not pupils
    return r.group_of.get(noun) or r.group_of.get(noun.split()[0])


def _read_number(text: str, num: NumberMatch, r: _Rules) -> Casualty | None:
    """A casualty reading of one number, or None (kind may be filled in by the chain pass)."""
    clause_start, clause_end = _clause_bounds(text, num.start, num.end)
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


def _counted_group(phrase: str, r: _Rules) -> str:
    """The group of the noun a toll phrase counts ("o número de soldados mortos ... subiu para", "le nombre de
    militaires tués ... est passé à"), else "unknown"."""
    m = _COUNTED_NOUN.search(phrase)  # also "the toll among the soldiers", "the soldiers' toll"
    return r.group_of.get(m.group(m.lastindex or 1).lower(), "unknown") if m else "unknown"


def _elided(text: str, num: NumberMatch, clause_start: int, r: _Rules) -> Casualty | None:
    """The "15" of "19 civilians were killed in Kantchari and 15 in Diapaga": a figure joined to another
    and followed by a town, its noun and kind left to the figure before (None when it is no such figure)."""
    if r.located is None or r.joined_before is None or not r.located.match(text[num.end :]):
        return None
    if not r.joined_before.search(text[max(clause_start, num.start - 20) : num.start]):
        return None
    return Casualty(num.start, num.end, num.low, num.high, "", "unknown", False, False, num.start, num.end,
                    "", num.vague, num.qualifier, elided=True)


def _noun_group(text: str, num: NumberMatch, noun: str, r: _Rules) -> str:
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
    if noun.lower() in _PRONOUNS and (_PASSIVE.match(text, noun_end) or _KILLING.search(text[: num.start])):
        return _antecedent_group(text[: num.start], r)
    return (affiliation(text[noun_end : noun_end + 90], r.lang)
            or affiliation(text[num.end : noun_start], r.lang, anywhere=True)
            or named_body(text[noun_end : noun_end + 90], r.lang)
            or named_body(text[num.end : noun_start], r.lang, anywhere=True) or group)


_COMPLEMENT_END = re.compile(r"[.;:!?\n]")


def named_body(text: str, lang: str, anywhere: bool = False) -> str | None:
    """The side of a generic noun by the armed group of the actor dictionary its complement (or, with
    ``anywhere``, its modifier) names: "four members of Liwaa al-Quds", "seven members of the Houthi
    militia" are militants (or security: "members of the Popular Mobilization Forces"), whatever the
    affiliations lexicon lists. An identity militia's name there is its community's ("two members of the
    Irigwe ethnic group"): no side."""
    from sahelwatch.extract.actors import find_actors

    if not anywhere:
        opening = _affiliation_opening(normalise_lang(lang))
        m = opening.match(text) if opening else None
        if m is None:
            return None
        text = text[m.end():]
    end = _COMPLEMENT_END.search(text)
    text = text[: end.start()] if end else text
    for match in find_actors(text, lang):  # not a community's members ("members of the Irigwe ethnic group")
        if match.actor.ucdp_name and match.group in ("security", "militants") and match.actor.inter != 4:
            return match.group
    return None


@lru_cache(maxsize=16)
def _affiliation_opening(lang: str) -> re.Pattern[str] | None:
    opening = (load_lexicon(lang)["casualties"].get("affiliations") or {}).get("opening")
    return re.compile(rf"\s*,?\s*(?:{opening})\s+", re.I) if opening else None


_PRONOUNS = {"them", "of them", "d'entre eux", "deles", "delas"}
_PASSIVE = re.compile(r"\s+(?:were|have been|had been|ont été|furent|foram)\b", re.I)
_WORD = re.compile(r"[\w’'-]+")
# a kill verb right before "two of them" ("opened fire on the guards, killing two of them", "matando dois
# deles"): the figure counts the group named before it
_KILLING = re.compile(r"\b(?:killing|killed|matando|mataram|matou|abatendo|tuant|tué|tuèrent)\s+"
                      r"(?:at least\s+|pelo menos\s+|au moins\s+)?$", re.I)


def _antecedent_group(head: str, r: _Rules) -> str:
    """The side of the nearest group noun before "N of them were killed" ("the attackers were repelled
    and 20 of them were killed": militants; "abducted 30 people; five of them were killed": unknown)."""
    words = [w.lower() for w in _WORD.findall(head[-150:])]
    for i in range(len(words) - 1, -1, -1):
        pair = f"{words[i - 1]} {words[i]}" if i else ""  # "guardas prisionais" before "guardas"
        for key in (pair, words[i]):
            if key in r.group_of:
                return r.group_of[key]
    return "unknown"


def opening_pronoun_groups(items: list[Casualty], text: str, previous: str, lang: str = "en") -> None:
    """Give a sentence-opening "N of them were killed" the side of the group the sentence before ends on
    ("The assailants, identified as JNIM fighters, came from Burkina Faso. Seven of them were killed":
    militants); the figure's own sentence holds no antecedent for it."""
    r = rules(lang)
    for item in items:
        if item.group != "unknown" or item.noun.lower() not in _PRONOUNS or text[: item.number_start].strip():
            continue
        noun_end = text.lower().find(item.noun.lower(), item.number_end) + len(item.noun)
        if _PASSIVE.match(text, noun_end):
            item.group = _antecedent_group(previous, r)


@lru_cache(maxsize=16)
def _affiliation_patterns(lang: str) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """Per side: (a complement naming the body right after a noun, the body anywhere)."""
    table = load_lexicon(lang)["casualties"].get("affiliations") or {}
    opening = table.get("opening", "")
    patterns = {}
    for side, bodies in table.items():
        if side != "opening":
            article = r"(?:the\s+|l[ae']\s*|les\s+)?"
            after = rf"^\s*,?\s*(?:{opening})\s+{article}(?:[\w’'-]+\s+){{0,3}}?(?:{bodies})(?![\w-])"
            patterns[side] = (re.compile(after, re.I), re.compile(rf"(?<![\w-])(?:{bodies})(?![\w-])", re.I))
    return patterns


def affiliation(text: str, lang: str, anywhere: bool = False) -> str | None:
    """The side a generic noun belongs to by the body its complement names: "two members of the
    Air Force Intelligence" are security, "a commander of the Islamic State" a militant."""
    found = []
    spans = []
    for side, (after, body) in _affiliation_patterns(normalise_lang(lang)).items():
        m = body.search(text) if anywhere else after.match(text)
        if m:
            named = max(len(b.group(0)) for b in body.finditer(m.group(0)))
            found.append((named, side))
            spans.append((m.start(), m.end(), side))
    joined = _joined_sides(text, spans) if not anywhere else set()
    if joined:  # "quinze morts parmi les VDP et les civils": the armed side among the dead is the one hit
        return next((side for side in ("security", "militants") if side in joined), None)
    # the most specific body wins: "the New People's Army" is no army
    return max(found)[1] if found else None


_JOINED = re.compile(r"^\s*(?:et|and|e|ainsi que|as well as)\s+(?:(?:the|les|des|de|d'|os|as)\s+)?\S+\s*$",
                     re.I)


def _joined_sides(text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """The sides a complement names joined by "and" ("among the VDP and the civilians"): the shorter match
    ends on one side's body, the longer one goes on to the other's after "and"; else none."""
    for _, end, side in spans:
        for _, other_end, other in spans:
            if other != side and other_end > end and _JOINED.match(text[end:other_end]):
                return {side, other}
    return set()


def _mark_subsets(text: str, items: list[Casualty], r: _Rules) -> None:
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


def _mark_increments(text: str, items: list[Casualty], r: _Rules) -> None:
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


def _mark_parts_of_framed_total(text: str, items: list[Casualty], r: _Rules) -> None:
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


def _wounded_who_died(text: str, items: list[Casualty], r: _Rules) -> list[Casualty]:
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


def _mark_addends(text: str, items: list[Casualty], r: _Rules) -> None:
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


def _fold_addends(casualties: list[Casualty]) -> list[Casualty]:
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


def _propagate_chain(text: str, items: list[Casualty], r: _Rules) -> None:
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


def _own_kind(text: str, item: Casualty, r: _Rules) -> str | None:
    """The kind of a casualty word a few words after a figure, in its clause: "and 7 others including
    their commanders were wounded" are wounded, not killed like the figure before them."""
    clause_end = _clause_bounds(text, item.start, item.end)[1]
    m = r.kind_word.search(text, item.end, min(clause_end, item.end + 60))
    return _matched_kind(m) if m else None


def _share_breakdown_kinds(text: str, items: list[Casualty], r: _Rules) -> None:
    """Figures listed after 'dont'/'including' take the kind of the figure they break down."""
    in_breakdown = False
    for prev, item in zip(items, items[1:], strict=False):
        between = text[prev.end:item.number_start]
        joined = r.chain.match(between) is not None
        in_breakdown = joined and (bool(r.subset.search(between)) or in_breakdown)
        if in_breakdown and not item.kind and prev.kind:
            item.kind = prev.kind


def _others_noun(text: str, item: Casualty, r: _Rules) -> str | None:
    """The group noun right after a figure's "others" ("deux autres militaires"), else None."""
    if item.noun.lower() not in r.other_nouns or r.group_noun is None or text[item.end : item.end + 1] != " ":
        return None
    own = r.group_noun.match(text, item.end + 1)
    return own["noun"] if own else None


def _inherit_others(text: str, items: list[Casualty], r: _Rules) -> None:
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


def _neutralised_fighters(text: str, items: list[Casualty], r: _Rules) -> None:
    """'Cinq d'entre eux ont été neutralisés': a figure of no named group killed by a verb said only of
    enemy fighters ("neutralisés", "neutralized") counts fighters."""
    for item in items:
        if item.kind != "killed" or item.group != "unknown":
            continue
        verb = r.fighters_verb is not None and r.fighters_verb.search(text, item.start, item.end)
        if verb or _left_on_ground(text, item, r):
            item.group = "militants"


def _left_on_ground(text: str, item: Casualty, r: _Rules) -> bool:
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


def _mark_cumulative(text: str, items: list[Casualty], lang: str) -> None:
    """Flag figures whose clause carries a background-total phrase (``tells_cumulative``); the period told
    after the last of figures joined by 'and' covers them all ("30 people had been killed and more than 100
    abducted in the area in the last two months")."""
    for item in items:
        left, right = _clause_bounds(text, item.start, item.end)
        item.cumulative = tells_cumulative(text[max(left, item.start - 60):min(right, item.end + 60)], lang)
    r = rules(lang)
    for prev, item in reversed(list(zip(items, items[1:], strict=False))):
        if item.cumulative and not prev.cumulative and r.addend.match(text[prev.end:item.number_start]):
            right = _clause_bounds(text, item.start, item.end)[1]
            prev.cumulative = tells_cumulative(text[item.end:min(right, item.end + 60)], lang)
    for prev, item in zip(items, items[1:], strict=False):
        item.cumulative = item.cumulative or (item.subset_of_previous and prev.cumulative)  # its breakdown


def _mark_elsewhere(text: str, items: list[Casualty], r: _Rules) -> None:
    """Flag the figures of another incident: told after an earlier one ("came two days after an attack
    that killed 32"), the death a crowd protests ("protests over the death of a young man in custody") or
    suspects are arrested over ("arrested two men over the murder of a trader"), or on the line of a link to
    another story ("Also read: ..."); and the earlier counts the report has since revised ("un précédent
    bilan faisait état de 25 morts"), which count no one."""
    teaser_end = _teaser_end(text, r)
    for item in items:
        left = _clause_bounds(text, item.start, item.end)[0]
        head = text[left : min(item.start, item.number_start)]
        earlier = _told_after_earlier(head, r)
        # the count's own words too: "earlier reports had put the toll at 26" (its span opens at "put")
        told = text[left : max(item.start, item.number_start)]
        revised = r.earlier_count is not None and r.earlier_count.search(told) is not None
        causes = (r.protest_cause, r.arrest_cause, r.deed_cause)
        told = (head, text[left : item.number_start])  # with the casualty word: "carrying the bodies of"
        item.motive = any(rx is not None and rx.search(h) is not None for rx in causes for h in told)
        item.elsewhere = earlier or revised or item.motive or item.start < teaser_end


def _a_deed(text: str, item: Casualty, r: _Rules) -> bool:
    """True for the dead of someone's past deed told in a complement ("a militant involved in the killing of
    two policemen was shot dead", "a bandit wanted for the murder of a farmer"): his record, not this toll."""
    if r.deed_cause is None:
        return False
    left = _clause_bounds(text, item.start, item.end)[0]
    heads = (text[left : min(item.start, item.number_start)], text[left : item.number_start])
    return any(r.deed_cause.search(h) is not None for h in heads)


def _mark_alternatives(text: str, items: list[Casualty], r: _Rules) -> None:
    """Flag the figures another source gives in their clause ("d'autres sources font état de 20 morts",
    "other sources put the toll at 20"): other counts of the same dead, not more dead."""
    if r.other_source is None:
        return
    for item in items:
        left = _clause_bounds(text, item.start, item.end)[0]
        item.alternative = r.other_source.search(text[left : max(item.start, item.number_start)]) is not None


def _mark_denied(text: str, items: list[Casualty], lang: str) -> None:
    """Flag the figures of a denied toll ("the army denied reports that 25 soldiers had been killed in an
    attack"): they count no one (the denier's own figures follow)."""
    span = denied_toll(text, lang) if items else None
    if span is not None:
        for item in items:
            item.denied = item.denied or span[0] <= item.number_start < span[1]


def _teaser_end(text: str, r: _Rules) -> int:
    """Where the line of a link to another story ("Also read: 2 militants killed in ...") ends; -1 when the
    text opens with none. Its figures are that story's."""
    m = r.teaser.match(text) if r.teaser else None
    if m is None:
        return -1
    end = text.find("\n", m.end())
    return len(text) if end < 0 else end


def _told_after_earlier(head: str, r: _Rules) -> bool:
    """True when the clause before a figure places it after an earlier incident ("the raid came two days
    after an attack that killed 32 people"); not when that phrase opens the clause ("Two days after the
    vote, gunmen killed 12 villagers": the figure is the news)."""
    m = r.earlier.search(head) if r.earlier else None
    return m is not None and bool(head[: m.start()].strip(" ,'\"“”‘’"))


def _negations(text: str, r: _Rules) -> list[Casualty]:
    found = []
    for m in r.negation.finditer(text):
        kind = "wounded" if r.negation_wounded.search(m.group(0)) and "death" not in m.group(0) else "killed"
        found.append(Casualty(m.start(), m.end(), 0, 0, kind, "unknown", True, False, m.start(), m.start()))
    return found


def _inside_any(item: Casualty, spans: list[Casualty]) -> bool:
    """'No one was killed': the 'one' inside a negation is not a figure."""
    return any(s.start <= item.number_start < s.end for s in spans)


def _with_singulars(text: str, numbers: list[NumberMatch], r: _Rules) -> list[NumberMatch]:
    """Add 'a soldier', 'an attacker', 'un civil' as figures of 1 (when no number sits there)."""
    spans = [(n.start, n.end) for n in numbers]  # "at least one" holds "one"
    extra = [NumberMatch(m.start(), m.end(), 1, 1, "exact", False, m.group(0))
             for m in r.singular.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    return sorted(numbers + extra, key=lambda n: n.start)


def _a_source(text: str, item: Casualty, r: _Rules) -> bool:
    """True for a single person who speaks right after being named ("five soldiers were killed, a resident
    said"): a source of the report, not one of its dead."""
    if r.source_speaks is None or item.low != 1 or not r.singular.match(text, item.number_start):
        return False
    return r.source_speaks.match(text, _noun_end(text, item)) is not None


_SCARE_QUOTES = re.compile(r"[\"“«]\s?([\w’'-]+(?: [\w’'-]+){0,3})\s?[\"”»]"
                           # 'várias dezenas de terroristas'
                           r"|(?<!\w)['‘]([\w’-]+(?: [\w’-]+){0,3})['’](?!\w)")


def _unquoted(text: str) -> str:
    """``text`` with the quotation marks around one to four words blanked out, offsets kept: 'were
    "neutralised"' reads as 'were neutralised', 'ter abatido "cerca de meia centena" de combatentes' as a
    figure of fighters killed."""
    return _SCARE_QUOTES.sub(lambda m: " " + m.group(0)[1:-1] + " ", text)


# an aside in brackets describing the noun before it, no figure in it: "21 civils (des chauffeurs et des
# commerçants) et 13 militaires", "12 civilians (the traders of the market) and ..."
_DESCRIPTIVE_ASIDE = re.compile(
    r"(?<=[^\W\d_])\s*\((?:des|les|the|os|as|dos|das)\s[^()\d]{8,80}\)(?=[\s,])", re.I)


def _without_asides(text: str) -> str:
    """``text`` with descriptive asides in brackets (``_DESCRIPTIVE_ASIDE``) blanked out, offsets kept: a
    breakdown of a toll reads on across them."""
    return _DESCRIPTIVE_ASIDE.sub(lambda m: " " * len(m.group(0)), text)


def find_casualties(text: str, lang: str = "en") -> list[Casualty]:
    """All casualty figures (and negations) in ``text``, in text order."""
    text = _without_asides(_unquoted(text))
    code = normalise_lang(lang)
    r = rules(code)
    numbers = _outside_dates(text, _with_singulars(text, find_numbers(text, code), r), code)
    numbers = [n for n in numbers if not _unit_number(text, n) and not _one_collective(text, n)]
    readings = [c for c in (_read_number(text, n, r) for n in numbers) if c is not None]
    readings = [c for c in _outside_nouns(text, readings, r) if not _a_source(text, c, r)]
    _propagate_chain(text, readings, r)
    readings = _without_appositions(text, readings, r)
    negations = _negations(text, r)
    casualties = [c for c in readings if c.kind and not _inside_any(c, negations)]
    _inherit_others(text, casualties, r)
    _neutralised_fighters(text, casualties, r)
    _mark_subsets(text, casualties, r)
    _mark_increments(text, casualties, r)
    casualties = _wounded_who_died(text, casualties, r)
    _mark_addends(text, casualties, r)
    _mark_cumulative(text, casualties, lang)
    _mark_parts_of_framed_total(text, casualties, r)
    _count_companions(text, casualties, r)
    _count_pairs(text, casualties, code, r)
    _count_bomber_besides(text, casualties, code)
    if not negations and not any(c.kind == "killed" and not _a_deed(text, c, r) for c in casualties):
        casualties.extend(_lone_deaths(text, code, r))
    _mark_elsewhere(text, casualties, r)
    _mark_alternatives(text, casualties, r)
    _mark_denied(text, casualties, code)
    casualties.extend(_taken_then_killed(text, casualties, r))
    casualties.extend(negations)
    return sorted(casualties, key=lambda c: (c.start, c.number_start))


def _taken_then_killed(text: str, items: list[Casualty], r: _Rules) -> list[Casualty]:
    """The dead of "arrested six herders ... and executed them hours later", "cinq paysans enlevés avant de
    les exécuter": those abducted or detained, when the same telling kills them, are a killed figure too
    (ACLED codes an abduction or arrest that ends in killing as an attack). The killed figure spans the
    taken one and its killing verb; a figure told in between is a toll of its own."""
    if r.killed_after_taken is None:
        return []
    found = []
    for at, item in enumerate(items):
        if item.kind not in ("abducted", "arrested") or item.negated or item.low <= 0:
            continue
        bound = next((c.number_start for c in items[at + 1:] if c.number_start > item.end), len(text))
        m = r.killed_after_taken.match(text, item.end)
        if m is not None and m.end() <= bound:
            found.append(replace(item, kind="killed", end=m.end()))
    return found


def taken_then_killed(text: str, lang: str) -> bool:
    """True when ``text`` tells people abducted or detained, then killed ("os pastores foram detidos ... e
    executados horas depois"), counted or not: the killing, not the taking, is its event."""
    r = rules(normalise_lang(lang))
    if r.killed_after_taken is None or r.taken is None:
        return False
    return any(r.killed_after_taken.match(text, m.end()) for m in r.taken.finditer(text))


@lru_cache(maxsize=8)
def _date_parts(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Month names of ``lang`` around a number: (after a day, before a day, before a year)."""
    dates = load_lexicon(lang).get("dates") or {}
    short = ("mai", "mars", "juin", "may", "june", "july", "maio")  # not "sept" (seven) nor "set"
    months = sorted((m for m in dates.get("months") or {} if len(m) > 4 or m.lower() in short),
                    key=len, reverse=True)
    names = "|".join(re.escape(m) for m in months) or "$^"
    flags = 0 if dates.get("names_case_sensitive") else re.I  # "May" the month, "may" the verb
    link = rf"(?:(?:{dates['day_month_link']})\s+)?" if dates.get("day_month_link") else ""  # "5 de maio"
    year_link = rf"(?:(?:{dates['month_year_link']})\s+)?" if dates.get("month_year_link") else ""
    day_noun = rf"|(?<![\w-])(?:{dates['day_noun']})\s+$" if dates.get("day_noun") else ""  # "no dia 3"
    after = re.compile(rf"^(?:er|st|nd|rd|th|º)?\s+{link}(?:{names}|courant)(?![\w-])", flags)
    before_day = re.compile(rf"(?<![\w-])(?:{names})\.?\s+$" + day_noun, flags)
    day = r"(?:\s+\d{1,2}(?:er|st|nd|rd|th)?,?)?"
    before_year = re.compile(rf"(?<![\w-])(?:{names})\.?{day}\s+{year_link}$", flags)
    return after, before_day, before_year


# a military unit's number ("Light Infantry Battalion (LIB) 408 shot and killed ...", "le 12e bataillon"): no
# figure (the unit words of English, French and Portuguese)
_UNIT_BEFORE = re.compile(
    r"\b(?:battalion|brigade|division|regiment|squadron|operations command|bataillon|régiment|secteur"
    r"|batalhão|brigada|regimento|divisão)\s*(?:\([A-Z]{2,6}\)\s*)?(?:No\.?\s*|n[°º]\s*)?$",
    re.I,
)


# a collective noun after "un"/"a": "neutralisé un regroupement de terroristes", "struck a gathering of
# fighters" tells no count of one
_COLLECTIVE_ONE = re.compile(
    r"\s+(?:(?:important|gros|petit|large|small|big|grande?)\s+)?(?:groupes?|regroupements?|rassemblements?|"
    r"colonnes?|bandes?|cellules?|foules?|réunions?|convois?|unités?|groups?|gatherings?|columns?|bands?|cells?|"
    r"crowds?|convoys?|units?|grupos?|colunas?|bandos?|reuni[aã]o|concentra[cç][aã]o)\s+(?:de\s|d['’]|of\s|"
    r"do\s|da\s|dos\s|das\s)", re.I)


# a crowd after "a"/"une"/"uma": "A mob lynched two men" tells the killers, no count of one
_CROWD_ONE = re.compile(r"\s+(?:(?:angry|irate|furious|large|huge|enraged|foule|en\s+col[eè]re)\s+)?"
                        r"(?:mob|crowd|foule|multid[aã]o|turba)(?![\w-])", re.I)


def _one_collective(text: str, num: NumberMatch) -> bool:
    """True for the "un" of "un regroupement de terroristes" (``_COLLECTIVE_ONE``) and the "A" of "A mob
    lynched two men" (``_CROWD_ONE``): no figure."""
    return (num.low == num.high == 1 and not num.text[:1].isdigit()
            and (_COLLECTIVE_ONE.match(text, num.end) is not None
                 or _CROWD_ONE.match(text, num.end) is not None))


def _unit_number(text: str, num: NumberMatch) -> bool:
    """True for the number of a military unit, right after the unit's word (``_UNIT_BEFORE``)."""
    head = text[max(0, num.start - 40) : num.start]
    return num.text[:1].isdigit() and _UNIT_BEFORE.search(head) is not None


def _outside_dates(text: str, numbers: list[NumberMatch], lang: str) -> list[NumberMatch]:
    """Drop the day and year of a date ('ont tué le 5 mai 2021 trois commerçants', 'March 5'): no figure."""
    after, before_day, before_year = _date_parts(lang)

    def in_date(n: NumberMatch) -> bool:
        if not n.text[:1].isdigit():
            return False
        head = text[max(0, n.start - 20) : n.start]
        year = len(n.text) == 4 and n.text[:2] in ("19", "20")
        return bool(after.match(text[n.end : n.end + 20]) or before_day.search(head)
                    or (year and before_year.search(head)))

    return [n for n in numbers if not in_date(n)]


def _outside_nouns(text: str, readings: list[Casualty], r: _Rules) -> list[Casualty]:
    """Drop a figure read inside the noun of the figure before it: the "one" of "four members of one
    family were killed", the "two" of "four people of the two tribes were killed"."""
    kept: list[Casualty] = []
    for item in readings:
        if not (kept and _nested(text, kept[-1], item, r)):
            kept.append(item)
    return kept


def _nested(text: str, prev: Casualty, item: Casualty, r: _Rules) -> bool:
    noun_end = _noun_end(text, prev)
    if noun_end - len(prev.noun) <= item.number_start < noun_end:
        return True
    between = text[noun_end : item.number_start] + " "
    elided = text[noun_end : item.number_end] + " "  # an elided preposition: "cinq passagers d'un car"
    complement = r.complement is not None and bool(r.complement.match(between) or r.complement.match(elided))
    return complement and item.end == prev.end and len(between.split()) <= 2  # "of (the) two tribes"


def _noun_end(text: str, c: Casualty) -> int:
    """Where the noun of a figure ends (its number's end when it has none)."""
    if not c.noun:
        return c.number_end
    return text.lower().find(c.noun.lower(), c.number_end) + len(c.noun)


def _without_appositions(text: str, readings: list[Casualty], r: _Rules) -> list[Casualty]:
    """Drop a lone victim restated between commas: in "one civilian, a child, was killed" the child is
    the civilian, not a second death."""
    kept: list[Casualty] = []
    for item in readings:
        prev = kept[-1] if kept else None
        if prev is not None and prev.low == prev.high == 1 and _is_apposition(text, prev, item, r):
            prev.kind = prev.kind or item.kind
            continue
        kept.append(item)
    return kept


def _is_apposition(text: str, prev: Casualty, item: Casualty, r: _Rules) -> bool:
    article = text[item.number_start : item.number_end].lower()
    if article not in r.indefinite or not item.noun or text[prev.end : item.number_start].strip() != ",":
        return False
    return text[_noun_end(text, item) :].lstrip().startswith(",")


def _count_companions(text: str, casualties: list[Casualty], r: _Rules) -> None:
    """'A commander and his seven men were killed', 'X and two other fighters died': the figure
    counts the people with the one named before it, so the toll is one more."""
    if r.with_one is None:
        return
    for i, c in enumerate(casualties):
        if c.kind != "killed" or c.subset_of_previous or c.number_start < 0:
            continue
        head = text[max(0, c.number_start - 40) : c.number_start]
        told = head + text[c.number_start : c.end]
        own_after = _with_one_after(text, head, c, r)  # "along with seven of his men"
        if not (_companion(head, r) or own_after or (r.joined_other and r.joined_other.search(told))):
            continue
        prev = casualties[i - 1] if i else None
        # "killed a commander of the group, the Forest Boys, and two others": a name told between them
        named = (prev is not None and prev.kind == c.kind
                 and _NAMED_BETWEEN.match(text, prev.end, c.number_start) is not None)
        reach = 110 if named else 40 if prev is not None and prev.kind == c.kind else 15
        inside = prev is not None and prev.start <= c.number_start < prev.end  # "un chef et ses hommes tués"
        if prev is not None and (0 <= c.number_start - prev.end < reach or inside):
            if prev.kind == c.kind and (r.with_one.search(head) or own_after):  # "... along with his six men"
                # one side: the lead's, or the armed side its men are told of ("un chef de l'EIGS et ses six
                # hommes", where a bare "chef" is a village's)
                armed = [g for g in (prev.group, c.group) if g in _ARMED]
                c.group = prev.group = armed[0] if armed else prev.group
                c.addend_of_previous = True
            elif prev.kind == c.kind and _companion(head, r) and c.group in (prev.group, "unknown"):
                c.group, c.addend_of_previous = prev.group, True  # "5 soldiers died along with 2 others"
            elif (prev.kind == c.kind and not c.addend_of_previous and r.joined_other.search(told)
                  and (prev.group == c.group == "unknown" or (named and c.group in (prev.group, "unknown")))):
                c.group, c.addend_of_previous = prev.group, True  # "killed a gang leader and two others"
            continue  # the one before is already a figure: "a soldier and two others"
        c.low, c.high = c.low + 1, c.high + 1
        # "a Taliban commander and his six colleagues", "... along with a number of his men" (men alone are
        # civilians): the lead's side is theirs
        possessive = own_after or r.with_one.search(head) is not None
        if c.group == "unknown":
            c.group = _lead_group(head, r) or c.group
        elif possessive and c.noun.lower() in r.side_nouns and c.group not in _ARMED:
            c.group = _lead_group(head, r) or "unknown"  # someone's men are no civilians for that


_ARMED = ("security", "militants")


def _with_one_after(text: str, head: str, c: Casualty, r: _Rules) -> bool:
    """A companion figure whose possessive follows it: "along with seven of his men", "with a number of
    her bodyguards" (with_one_after: the joiner before the figure, the possessive after it)."""
    if r.with_one_after is None or c.number_end < 0:
        return False
    before, after = r.with_one_after
    return before.search(head) is not None and after.match(text, c.number_end) is not None


def _lead_group(head: str, r: _Rules) -> str | None:
    """The side of the one named before "and his", "along with": its group noun nearest the companions
    ("a female suicide bomber and her two companions": militants), else the body it names, else None."""
    lead = CLAUSE_END.split(head)[-1]
    marker = _companion(lead, r)
    lead = lead[: marker.start()] if marker else lead
    return _last_named_group(lead, r) or affiliation(lead, r.lang, anywhere=True)


def _last_named_group(text: str, r: _Rules) -> str | None:
    nouns = r.group_noun.finditer(text) if r.group_noun else ()
    found = [r.group_of.get(m["noun"].lower(), "unknown") for m in nouns]
    return next((group for group in reversed(found) if group != "unknown"), None)


def _count_pairs(text: str, casualties: list[Casualty], lang: str, r: _Rules) -> None:
    """'Gunmen shot dead a nurse and a patient's relative': one victim told with a second, unnumbered one
    joined by "and" counts two (unless the second is a figure of its own: "a farmer and a herder")."""
    for i, c in enumerate(casualties):
        if c.kind != "killed" or c.low != 1 or c.high != 1 or c.subset_of_previous or c.addend_of_previous:
            continue
        pair = _lone_pair(text, c.number_start, c.end, lang, r)
        following = casualties[i + 1] if i + 1 < len(casualties) else None
        if pair is None or (following is not None and following.number_start < pair.end()):
            continue
        c.low, c.high, c.end = 2, 2, pair.end()


BOMBER_REACH = 60  # characters after a toll where "besides the bomber" still qualifies it


@lru_cache(maxsize=8)
def _besides_bomber(lang: str) -> re.Pattern[str] | None:
    rx = load_lexicon(lang)["casualties"].get("besides_bomber")
    return re.compile(rx, re.I) if rx else None


def _count_bomber_besides(text: str, casualties: list[Casualty], lang: str) -> None:
    """'matando 12 pessoas, além da própria bombista', '12 killed, not counting the bomber': the report
    counts the suicide bomber among the dead apart from the toll; ACLED's fatalities include the bomber who
    died, so the toll is one more (lexicon casualties.besides_bomber). A toll with no word of the bomber
    stays as told."""
    rx = _besides_bomber(lang)
    if rx is None:
        return
    for c in casualties:
        if c.kind == "killed" and not c.negated and not c.subset_of_previous and c.number_start >= 0 and (
                rx.match(text, c.end, min(len(text), c.end + BOMBER_REACH))):
            c.low, c.high = c.low + 1, c.high + 1
            return


@lru_cache(maxsize=16)
def _lone_death_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """Compiled lone-death patterns; a pattern that spells out capitals ([A-Z]) is case-sensitive."""
    lex = load_lexicon(lang)["casualties"]
    adverbial = _adverbials(lex.get("before_adverbial", ""))  # "ont assassiné dimanche le chef"
    patterns = [p.replace("{adverbial}", adverbial) for p in lex.get("lone_death") or []]
    return tuple(re.compile(p, 0 if "[A-Z]" in p else re.I) for p in patterns)


_AGENT = re.compile(r"\s(?:by|par|pel[oa]s?)\s", re.I)  # the agent of a passive ("shot by police", "tué par")


def _lone_deaths(text: str, lang: str, r: _Rules) -> list[Casualty]:
    """One unnumbered death ("a farmer was shot dead", "he died"): the first such phrase counts 1."""
    for pattern in _lone_death_patterns(lang):
        m = next((m for m in pattern.finditer(text) if not _lone_deed(text, m.start(), r)), None)
        if m:
            # the victim's words, not the agent's: "a protester shot by police died" is no policeman
            words = re.findall(r"[\w'’-]+", _AGENT.split(m.group(0), maxsplit=1)[0].lower())
            group = next((r.group_of[w] for w in words if w in r.group_of), "unknown")
            if group == "unknown":
                group = _lone_modifier(text, m.start(), r) or _lone_affiliation(text, m, lang) or group
            pair = _lone_pair(text, m.start(), m.end(), lang, r)  # "killed the district head and his son"
            end = pair.end() if pair else m.end()
            return [Casualty(m.start(), end, 1 + bool(pair), 1 + bool(pair), "killed", group,
                             number_start=m.start(), number_end=m.start(), noun=m.group(0))]
    return []


@lru_cache(maxsize=8)
def _lone_pair_pattern(lang: str) -> re.Pattern[str] | None:
    """A second unnumbered victim coordinated with the first: "and his son", "and a patient's relative"."""
    lex = load_lexicon(lang)["casualties"]
    if not lex.get("lone_pair"):
        return None
    singular = "|".join(re.escape(n) for n in sorted(rules(lang).group_of, key=len, reverse=True))
    kin = lex.get("lone_pair_kin") or "$^"
    return re.compile(lex["lone_pair"].replace("{nouns}", singular).replace("{kin}", kin), re.I)


def _lone_pair(text: str, start: int, end: int, lang: str, r: _Rules) -> re.Match[str] | None:
    """The second victim joined to one death whose phrase (start, end) ends on its victim's noun ("shot dead a
    nurse and a patient's relative"), else None; never after a verb ("a farmer was shot dead and his son
    wounded")."""
    pattern = _lone_pair_pattern(lang)
    if pattern is None or r.group_noun is None:
        return None
    if not any(n.end() == end for n in r.group_noun.finditer(text, start, end)):
        return None
    pair = pattern.match(text, end)
    if pair is None or r.direct.match(text[pair.end() : pair.end() + 60]):  # "and his wife was abducted"
        return None
    return pair


def _lone_deed(text: str, start: int, r: _Rules) -> bool:
    """True when a lone death phrase starting at ``start`` is someone's past deed ("a militant, involved in
    the killing of an inspector, was killed"): the phrase of the toll comes later."""
    if r.deed_cause is None:
        return False
    left = _clause_bounds(text, start, start)[0]
    if r.deed_cause.search(text[left:start]) is not None:
        return True
    # the deed phrase running into the death phrase: "involved in the " + "killing of an inspector"
    return r.deed_open is not None and any(m.start() < start - left < m.end()
                                           for m in r.deed_open.finditer(text[left : start + 60]))


_LONE_HEAD = re.compile(r"(?<![\w'’-])(?P<article>[\w'’-]+)\s+(?P<words>(?:[\w'’()-]+\s+){1,3})$")


def _lone_modifier(text: str, start: int, r: _Rules) -> str | None:
    """The side a lone victim's noun phrase names before the noun the phrase starts on ("a senior Taliban
    commander in the south was killed", "an SDF commander"): a group noun among the words between an
    indefinite article and the noun, else None."""
    m = _LONE_HEAD.search(text, max(0, start - 50), start)
    if m is None or m["article"].lower() not in r.indefinite:
        return None
    groups = {r.group_of.get(w.lower().strip("()")) for w in m["words"].split()} - {None, "unknown"}
    return groups.pop() if len(groups) == 1 else None


def _lone_affiliation(text: str, m: re.Match[str], lang: str) -> str | None:
    """The side of a lone victim by the body named in the phrase itself ("a member of the 4th
    Division was killed") or in a complement of its noun ("the death of a collaborator with regime
    forces"); never by the perpetrator named after it ("a man was killed by the police")."""
    inside = affiliation(_AGENT.split(m.group(0), maxsplit=1)[0], lang, anywhere=True)
    if inside:
        return inside
    rest = re.sub(r"^\s*[\w'’-]+", "", text[m.end() : m.end() + 90], count=1)
    return affiliation(rest, lang)


LISTED = "listed"  # the _per_group key of unknown figures listed beside named ones: never a total
GROUP_FIELD = {"security": "deaths_a", "militants": "deaths_b", "civilians": "deaths_civilians",
               "unknown": "deaths_unknown"}


def _best_value(c: Casualty) -> int:
    """A figure's point estimate: the midpoint of a range (rounded down: "between one and two" is one, no
    half of a dead person is counted up), the bound of 'nearly N', else its low."""
    if c.qualifier == "range":
        return (c.low + c.high) // 2
    return c.high if c.qualifier in ("nearly", "up_to") else c.low


def _best_of(figures: list[Casualty]) -> int:
    """The latest precise figure (vague ones only when nothing precise was given)."""
    precise = [c for c in figures if not c.vague] or figures
    return _best_value(precise[-1])


def _redundant_subset(c: Casualty, casualties: list[Casualty]) -> bool:
    """A part of a figure of the same group adds nothing ('13 civilians, including 7 children'), nor a part
    told by a noun of no group ('18 bandits, including a commander': one of the bandits, no smaller count),
    nor a part of armed men's dead told by a noun of civilians ('une trentaine de terroristes dont deux
    chefs': two of their leaders)."""
    if not c.subset_of_previous:
        return False
    index = casualties.index(c)
    while index > 0 and casualties[index].subset_of_previous:
        index -= 1
    head, own = casualties[index].group, index == casualties.index(c)
    return head == c.group or (c.group == "unknown" and not own) or (
        not own and head in ("militants", "security") and c.group == "civilians")


def _per_group(casualties: list[Casualty], kind: str) -> dict[str, tuple[int, int, int]]:
    """group -> (low, best, high) over the usable figures of one kind."""
    by_group: dict[str, list[Casualty]] = {}
    for c in casualties:
        if (c.kind == kind and not c.negated and not c.cumulative and not c.part_of_next
                and not _redundant_subset(c, casualties)):
            by_group.setdefault(LISTED if c.listed else c.group, []).append(c)
    return {g: (min(c.low for c in fs), _best_of(fs), max(c.high for c in fs)) for g, fs in by_group.items()}


def _absorb_unknown_total(groups: dict[str, tuple[int, int, int]]) -> int | None:
    """'12 people were killed, including 10 soldiers': the unknown figure is a total, not extra deaths.
    A smaller unknown figure ('9 soldiers killed ... an earlier toll of 6 dead') is an earlier or partial
    count of the same dead: it adds nothing; its low is returned to widen the range."""
    if "unknown" not in groups:
        return None
    named = [v for g, v in groups.items() if g != "unknown"]
    if not named:
        return None
    low, best, high = groups["unknown"]
    named_best = sum(v[1] for v in named)
    if best >= named_best:
        groups["unknown"] = (max(0, low - sum(v[0] for v in named)), best - named_best,
                             max(0, high - sum(v[2] for v in named)))
        return None
    groups["unknown"] = (0, 0, 0)
    return low


def _set_alternatives_aside(casualties: list[Casualty]) -> tuple[list[Casualty], list[Casualty]]:
    """(figures, other sources' counts of the same deaths), when the text gives a toll of its own, also when
    that toll is none ("repelled without any loss", a negated death figure)."""
    alternatives = [c for c in casualties if c.alternative and c.kind == "killed" and not c.negated]
    own = [c for c in casualties if c.kind == "killed" and not c.alternative]
    if not alternatives or not own:
        return casualties, []
    return [c for c in casualties if c not in alternatives], alternatives


def _all_vague(casualties: list[Casualty], group: str | None) -> bool:
    """True when the usable death figures of ``group`` (None: of every other group) are all vague."""
    figures = [c for c in casualties if c.kind == "killed" and not c.negated and not c.cumulative
               and (c.group == group if group else c.group != "unknown")]
    return bool(figures) and all(c.vague for c in figures)


def _all_unnumbered(casualties: list[Casualty], group: str) -> bool:
    """True when the death figures of ``group`` are all plurals with no number ("plusieurs", "many":
    a range)."""
    figures = [c for c in casualties if c.kind == "killed" and not c.negated and not c.cumulative
               and c.group == group]
    return bool(figures) and all(c.vague and c.low < c.high for c in figures)


def _widened(low: int, high: int, alternatives: list[Casualty],
             groups: dict[str, tuple[int, int, int]]) -> tuple[int, int]:
    """The range with other sources' counts: a lower precise count lowers it (ACLED's conservative
    figure), any higher one raises its top. A count of one side's dead when the toll also counts another
    side's ("nine soldiers and 24 fighters ... an official put the toll among the soldiers at 14") stands
    for that side's figure only: the other side's dead stay in the range."""
    lows, highs = [low], [high]
    for c in alternatives:
        own = groups.get(c.group)
        others = any(g != c.group and v[2] > 0 for g, v in groups.items())
        shift_low, shift_high = (low - own[0], high - own[2]) if own is not None and others else (0, 0)
        if not c.vague:
            lows.append(shift_low + c.low)
        highs.append(shift_high + c.high)
    return min(lows), max(highs)


def summarise_fatalities(casualties: list[Casualty]) -> Fatalities:
    """UCDP/ACLED-style totals from casualty figures that refer to one event.

    Side a = state forces (group "security"), side b = the non-state armed side ("militants"); the
    caller swaps/relabels when neither side is a state.  Per group: low = smallest figure, high =
    largest, best = the last precise figure in text order (tolls are revised upwards, "at least 12"
    ... "the toll rose to 15" gives best 15).  An "unknown" (people/victims) figure at least as large
    as the named groups is read as their total.  Overall best = sum of per-group bests, low = sum of
    lows (ACLED-conservative), high = max(sum of highs, the largest single figure).  Negated and
    cumulative figures are ignored; wounded/missing are reported separately, never as deaths. An
    unknown figure listed beside a named one ("a brigadier and five members") is no total: it adds.
    """
    casualties = _fold_addends(casualties)
    casualties, alternatives = _set_alternatives_aside(casualties)
    groups = _per_group(casualties, "killed")
    largest_single = max((v[2] for v in groups.values()), default=0)
    partial_low = _absorb_unknown_total(groups)
    if partial_low is not None and _all_vague(casualties, "unknown") and (
            not _all_vague(casualties, None) or _all_unnumbered(casualties, "unknown")):
        # "des dizaines de morts" does not undercut "au moins 20 civils" of the same dead, nor "de nombreux
        # corps" (no number at all) "des dizaines de combattants tués"
        partial_low = None
    fields = {field: groups.get(group, (0, 0, 0))[1] for group, field in GROUP_FIELD.items()}
    fields["deaths_unknown"] += groups.get(LISTED, (0, 0, 0))[1]
    best = sum(fields.values())
    low = sum(v[0] for v in groups.values())
    if partial_low is not None:
        low = min(low, partial_low)
    high = max(sum(v[2] for v in groups.values()), largest_single, best)
    low, high = _widened(low, high, alternatives, groups)
    wounded = _per_group(casualties, "wounded")
    missing = _per_group(casualties, "missing")
    deaths = [c for c in casualties if c.kind == "killed" and not c.negated and not c.cumulative]
    return Fatalities(
        deaths_a=fields["deaths_a"], deaths_b=fields["deaths_b"], deaths_civilians=fields["deaths_civilians"],
        deaths_unknown=fields["deaths_unknown"], low=min(low, best), best=best, high=high,
        wounded=sum(v[1] for v in wounded.values()) if wounded else None,
        missing=sum(v[1] for v in missing.values()) if missing else None,
        vague=bool(deaths) and all(c.vague for c in deaths),
    )
