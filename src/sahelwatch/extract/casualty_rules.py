"""The casualty record and the per-language patterns that find it: casualty words, head nouns by
side, toll phrases, connectives and clause bounds, compiled once per language from the lexicons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sahelwatch.extract.numbers import load_lexicon

KINDS = ("killed", "wounded", "missing", "abducted", "arrested")
GROUPS = ("militants", "security", "civilians", "unknown")
CLAUSE_END = re.compile(r"[.;!?\n]|\s[-–—]\s")
YEAR_RANGE = range(1900, 2101)
# a name in apposition after one victim, before "and N others": "killed a commander of the gang, the Forest
# Boys, and two others" (not a clause: "killed a farmer, injured his wife, and two others fled")
_APPOSED_NAME = r",\s+(?:(?:the|a|an)\s+)?(?-i:[A-Z])[^.;,]{0,40}?,"
NAMED_BETWEEN = re.compile(rf"[^.;,]{{0,60}}{_APPOSED_NAME}\s+and\s+$", re.I)
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
class Rules:
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
def rules(lang: str) -> Rules:
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
    incise += adverbials(lex.get("before_adverbial", ""))  # "ont tué jeudi au moins 8 civils"
    # an elided preposition ends a toll phrase too: "la neutralisation d'une quinzaine d'assaillants"
    determiner = rf"(?:(?:{words['before_determiners']})\s+)?"
    before = rf"(?<![\w-])(?:{before_kinds}){incise}(?:\s+|(?<=['’])){determiner}$"
    subset = words["subset"]
    return Rules(
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


def adverbials(rx: str, most: int = 2) -> str:
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
ADJECTIVE = re.compile(r"\s+[^\W\d_A-Z][\w'’-]*s(?=\s)")
