"""What the merger compares: a compact, storable summary (``MergeKey``) of one mention.

A key carries the blocking fields (country, admin1, a window of days in which the
incident may have happened), the scoring fields (type, place, actors, toll, flags for
claims of responsibility and toll updates) and a MinHash signature of the evidence
sentences over character shingles, with its LSH band hashes for text blocking.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from sahelwatch.geo.countries import DEMONYMS, country_names, country_of
from sahelwatch.geo.normalize import strip_accents
from sahelwatch.geo.resolve import document_countries
from sahelwatch.models import Actor, EventDate, Mention, Place

NUM_PERM = 64
BAND_ROWS = 4  # 16 bands of 4 rows: candidate pairs from Jaccard ~0.45 up
SHINGLE = 5
MAX_WINDOW_DAYS = 420  # no key window is wider than this (year precision plus slack)

# days of slack around a mention's date range, by UCDP date precision (1 day .. 5 year+)
_SLACK_DAYS = {1: 2, 2: 2, 3: 3, 4: 7, 5: 0}
# a claim of responsibility or a follow-up may come this long after the incident
_FOLLOW_UP_DAYS = 21

# "claimed responsibility", "claimed the attack"; in headline idiom "JNIM claims killing ten soldiers",
# "group claims a series of attacks" ("claims 34 lives" is a toll, not a claim)
CLAIM_CUE = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:the\s+)?(?:responsibility|credit)\b|\bclaim(?:ed|s)?\s+"
    r"(?:the\s+|an?\s+|a\s+series\s+of\s+|multiple\s+|several\s+|twin\s+|two\s+)?"
    r"(?:attacks?|bombings?|killings?|ambush(?:es)?|assaults?|raids?)\b|\brevendiqu\w*|\breivindic\w*",
    re.IGNORECASE,
)
# "no group has claimed responsibility", "l'attaque n'a pas été revendiquée", "o ataque não foi reivindicado",
# "nenhum grupo reivindicou": no claim
_NO_CLAIM = re.compile(r"(?:\b(?:no|not|yet to|never|nobody|aucune?|pas|n['’]a|n['’]ont|nenhuma?|nunca)\b|"
                       r"\bnão(?!\w))[^.;]{0,30}$", re.I)


def is_claim(text: str) -> bool:
    """True when the text reports a claim of responsibility (not its absence)."""
    return any(not _NO_CLAIM.search(text[max(0, m.start() - 40) : m.start()])
               for m in CLAIM_CUE.finditer(text))


def mention_is_claim(mention: Mention, text: str) -> bool:
    """True when a mention (its evidence ``text``, or the claim sentence the extractor kept) tells a claim."""
    return is_claim(text) or any(e.field == "claim" and is_claim(e.text) for e in mention.evidence)


UPDATE_CUE = re.compile(
    r"\btoll\b[^.;]{0,160}?\b(?:rose|rises|risen|rising|climbed|climbs|increased|jumped|reached|now\s+stands|"
    r"has\s+grown)\b|\b(?:new|revised|updated)\s+(?:death\s+)?toll\b|"
    r"\b(?:raise[sd]?|raising|revise[sd]?|revising)\s+(?:the\s+)?(?:death\s+)?toll\b|"
    r"\bbilan\b[^.;]{0,160}?(?:alourdi|s'alourdit|s’alourdit|passe\s+à|est\s+passé|grimpe|atteint|"
    r"s'élève\s+désormais|s’élève\s+désormais)|\bnouveau\s+bilan\b|"
    # Portuguese: "o balanço ... subiu para 19 mortos", "sobe para 19 o número de mortos", "novo balanço"
    r"\b(?:balanço|número\s+de\s+(?:mortos|vítimas))\b[^.;]{0,160}?\b(?:subiu|sobe|aumentou|passou|ascende|"
    r"agravou-se|atingiu)\b|\b(?:sobe|subiu|aumenta|aumentou)\s+para\s+\d+\s+o\s+número\b|"
    r"\bnovo\s+balanço\b|"
    # the number of one kind of dead told as risen: "the number of soldiers killed ... rose to 12",
    # "le nombre de soldats tués ... est passé à 12", "o número de soldados mortos ... subiu para 12"
    r"\b(?:number|nombre|número)\s+(?:of|de|des)\s+(?:[\w-]+\s+){0,2}?(?:dead|killed|deaths|victims|morts|tués|"
    r"victimes|mortos|vítimas|óbitos)\b[^.;]{0,160}?(?:\b(?:rose|rises|risen|climbed|increased|jumped|reached|"
    r"grimpé|atteint|subiu|sobe|aumentou|passou|ascende|ascendeu|atingiu)\b|\best\s+passé\s+à|\bs.est\s+alourdi)|"
    # the figure first, a monitor's idiom: "It rose to 28, the number of villagers killed in ...", "More
    # casualties raise to about 30, the number of civilians killed by ..."
    r"\b(?:rose|rises|risen|raise[sd]?|climb(?:s|ed)?|increase[sd]?|jump(?:s|ed)?)\s+to\s+(?:about\s+|nearly\s+|"
    r"at\s+least\s+|some\s+|more\s+than\s+|over\s+)?\d+\b[^.;]{0,30}?\bthe\s+number\s+of\b",
    re.IGNORECASE,
)
# a running total over a campaign or a war ("the number of civilians killed since the start of the operation",
# "depuis le début de l'offensive", "desde o início da ofensiva"): no one incident's toll revised
RUNNING_TOTAL = re.compile(r"\bsince\s+the\s+(?:start|beginning|outbreak|launch)\s+of\b|"
                           r"\bdepuis\s+le\s+(?:début|lancement)\b|\bdesde\s+o\s+(?:início|começo)\b", re.I)


def is_toll_update(text: str) -> bool:
    """True when the text revises one incident's toll ("death toll rises to 28"), not a running total."""
    return bool(UPDATE_CUE.search(text)) and not RUNNING_TOTAL.search(text)


# the aftermath of an incident told days later: people flee, bury or mourn the dead, officials condemn it
AFTERMATH_CUE = re.compile(
    r"\b(?:fle(?:e|es|eing|d)|bur(?:y|ies|ied|ying)|funerals?|mourn\w*|condemn\w*|decr(?:y|ies|ied)|"
    r"slam(?:s|med)?)\b[^.;]{0,80}?\b(?:after|over|following|killing|killings|slaying|attack|massacre|deaths?|killed)\b|"
    # bodies found after an incident told before: "Soldiers find 9 more bodies after Tassia massacre", "les
    # secouristes retrouvent d'autres corps après l'attaque", "encontrados mais corpos após o ataque"
    r"\b(?:find|finds|found|recover(?:s|ed)?|discover(?:s|ed)?|retrouv\w*|découv\w*|encontr\w*|descobr\w*)\b"
    r"[^.;]{0,40}?\b(?:bod(?:y|ies)|corps|cadavres?|corpos|cadáveres)\b[^.;]{0,20}?\b(?:after|following|après|"
    r"suite\s+à|após|depois\s+d[oa])\b",
    re.IGNORECASE,
)
HEADLINE_CHARS = 160  # evidence this short is a headline: its town is the most specific thing it says
SHORT_TEXT_CHARS = 300  # evidence this short (a headline, one sentence) is compared by its words
# words every report of violence uses: sharing them says nothing about sharing an incident
_COMMON_WORDS = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "and", "or", "but",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "their", "his",
    "her", "they", "he", "she", "who", "which", "that", "this", "these", "those", "after", "before",
    "over", "under", "into", "near", "amid", "says", "said", "say", "tell", "told", "official",
    "officials", "source", "sources", "report", "reports", "reported", "new", "more", "least", "other",
    "others", "than", "up", "down", "out", "about", "around", "some", "several", "dozens", "scores", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "per", "including",
    "yesterday", "today", "tonight", "night", "hour", "hours", "day", "days", "week", "weekend", "last",
    "latest", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "armed",
    "regime", "gunmen", "martyr", "martyrs", "update", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "local", "according", "region",
    "province", "district", "area", "town", "village", "villages", "city", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "central", "men", "man", "group", "groups",
    # French and Portuguese function words and attack vocabulary (short reports in those languages)
    "le", "la", "les", "des", "du", "de", "un", "une", "et", "en", "au", "aux", "dans", "par", "pour", "sur",
    "avec", "selon", "ont", "est", "sont", "hommes", "homme", "armes", "arme", "tue", "tues", "tuee", "morts",
    "mort", "attaque", "locales", "locale", "securite", "os", "um", "uma", "em", "no", "na", "nos",
    "segundo", "foram", "mortos", "ataque", "homens", "armados",
    # French and Portuguese months, weekdays, numbers, time words and function words: a French report's
    # "lundi 15 janvier" or "lors de" says no more about its incident than "on Monday" does
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
    "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
    "novembro", "dezembro", "segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo", "feira",
    "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "quinze", "vingt",
    "trente", "cent", "dizaine", "dizaines", "dois", "duas", "tres", "quatro", "cinco", "seis", "sete",
    "oito", "nove", "dez", "vinte", "hier", "aujourd", "hui", "jour", "jours", "nuit", "soir", "matin",
    "semaine",
    "dernier", "derniere", "lendemain", "ontem", "hoje", "dia", "noite", "semana", "passado", "passada",
    "ete", "leur", "leurs", "lors", "lorsque", "lorsqu", "contre", "pres", "apres", "avant", "depuis",
    "qui", "que", "qu", "ce", "cette", "ces", "il", "ils", "elle", "elles", "se", "sa", "son", "ses", "ne",
    "pas", "plus", "ou", "sans", "vers", "entre", "chez", "avait", "avaient", "fait", "personnes", "perdu",
    "vie", "localite", "commune", "cercle", "departement", "ouest", "bilan", "do", "da", "dos",
    "das", "com", "para", "por", "pelo", "pela", "pessoas", "regiao", "provincia", "aldeia",
    # Portuguese sourcing, reporting verbs and place words every report uses ("disseram fontes locais",
    # "pelo menos", "no distrito de"), as "sources", "said" and "district" above
    "fonte", "fontes", "locais", "disse", "disseram", "afirmou", "confirmou", "indicou", "informou",
    "anunciou", "acrescentou", "declarou", "contou", "menos", "mais", "madrugada", "manha", "tarde",
    "autoridades", "lusa", "agencia", "distrito", "localidade", "municipio", "zona", "pais", "norte",
    "sul", "leste", "oeste", "centro", "nordeste", "noroeste", "sudeste", "sudoeste", "quando", "onde",
    "ainda", "contra", "apos", "depois", "sobre", "desde", "cerca", "seu", "sua", "seus", "suas",
    "nord", "sud", "centre",
    # who fought or died, told generically; wire and citation words (agency, timestamp, copyright)
    "insurgent", "insurgents", "terrorist", "terrorists", "loyalist", "loyalists", "member", "members",
    "them", "us", "we", "our", "fresh", "persons", "person", "agency", "news", "press", "wire", "reuters",
    "afp", "bbc", "xinhua", "gmt", "copyright", "words", "english", "roundup", "factbox", "wrapup",
})
_EVENT_WORDS = (
    "kill", "dead", "death", "die", "attack", "clash", "fight", "people", "civilian", "soldi", "troop",
    "militant", "rebel", "forc", "security", "police", "army", "military", "wound", "injur", "victim",
    "includ", "raid", "villag", "gendarm", "resident", "inhabitant",
    # French and Portuguese: soldiers, wounded, attack(ers), civilians, army, fighters
    "militai", "militar", "soldat", "soldad", "bless", "ferid", "attaqu", "ataqu", "assaill", "civil",
    "armee", "combattant", "combatent", "jihad", "djihad", "terror",
)
_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "es", "s")
_GENERIC_ACTOR = re.compile(r"^(?:unidentified|unknown|civilians|protesters|rioters|state forces)\b", re.I)
_NON_WORD = re.compile(r"[^a-z ]+")


@dataclass
class MergeKey:
    """The merger's view of one stored mention."""

    mention_id: int
    article_id: str
    sort_key: str  # stable across re-ingestion: article id and sentence offsets
    country: str | None
    admin1: str | None
    admin2: str | None
    place: str | None  # normalised place name
    lat: float | None
    lon: float | None
    geo_precision: int
    day: int | None  # event day as an ordinal, None when unknown
    day_precise: bool
    day_lo: int | None  # window of days the incident may lie in
    day_hi: int | None
    published: int | None
    event_type: str
    sub_event_type: str
    actors: list[str] = field(default_factory=list)  # normalised specific actor names
    best: int = 0
    low: int = 0
    high: int = 0
    toll_parts: list[int] = field(default_factory=list)  # per-side deaths when the toll adds up several
    dead: list[str] = field(default_factory=list)  # whose dead: "state", "armed", "civilians", "unknown"
    headline_length: bool = False  # evidence no longer than a headline
    headline_only: bool = False  # the article is only its title (no body): its words were chosen to name it
    hub: bool = False  # a capital or a town named like its province ("Idlib")
    area: bool = False  # a commune told by its seat town: the incident lies somewhere around the town
    district: bool = False  # a second-level unit found as such ("Donga Mantung Division"): somewhere in it
    actor_countries: list[str] = field(default_factory=list)  # countries of the actors ("Civilians (Mexico)")
    is_claim: bool = False
    is_update: bool = False
    is_aftermath: bool = False  # tells the aftermath (flight, burials, condemnation) of an earlier incident
    day_from_text: bool = True  # False when the date is only the publication day
    day_first: int | None = None  # the date range the text gives ("last weekend": Saturday to Sunday)
    day_last: int | None = None
    # a daily monitor's report dated on its own publication day (dates.report_day_monitor): UCDP codes each
    # such report on its day, so two of them published on different days are two incidents
    report_day: bool = False
    short_text: bool = False  # evidence of at most SHORT_TEXT_CHARS: compared by ``terms``, not MinHash
    terms: list[str] = field(default_factory=list)  # distinctive word stems of short evidence
    band_hashes: list[int] = field(default_factory=list)  # LSH bands of the signature
    signature: np.ndarray = field(default_factory=lambda: np.zeros(NUM_PERM, dtype=np.uint64))

    def to_json(self) -> str:
        """The key without its signature, as JSON for the ``merge_keys`` table."""
        data = asdict(self)
        data.pop("signature")
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def from_row(cls, data: str, signature: bytes) -> MergeKey:
        """Rebuild a key stored by ``to_json`` plus its signature bytes."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in json.loads(data).items() if k in known}  # keys of older versions too
        return cls(**values, signature=np.frombuffer(signature, dtype=np.uint64))

    def bands(self) -> list[int]:
        """LSH band hashes of the signature (positive 56-bit integers, band index mixed in)."""
        if not self.band_hashes:
            self.band_hashes = band_hashes(self.signature)
        return self.band_hashes

    def storage_row(self) -> tuple[tuple, list[int]]:
        """The ``merge_keys`` row of this key and its band hashes (for ``Store.replace_merge_keys``)."""
        row = (
            self.mention_id, self.article_id, self.country, self.admin1, self.day_lo, self.day_hi,
            self.to_json(), self.signature.tobytes(),
        )
        return row, self.bands()


def band_hashes(signature: np.ndarray) -> list[int]:
    """The LSH band hashes of a MinHash signature."""
    out = []
    for band in range(NUM_PERM // BAND_ROWS):
        rows = signature[band * BAND_ROWS : (band + 1) * BAND_ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + rows, digest_size=7).digest()
        out.append(int.from_bytes(digest, "big"))
    return out


def normalise(text: str | None) -> str:
    """Lower case, no accents, letters and single spaces only."""
    if not text:
        return ""
    ascii_text = strip_accents(text.lower())
    return " ".join(_NON_WORD.sub(" ", ascii_text).split())


def is_area(place: Place | None) -> bool:
    """A town the text names as the commune or district it gives its name to ("la comuna de Mondoro"):
    the incident lies somewhere in that unit, not at the town (units found as such keep their own rules)."""
    return (place is not None and place.geo_precision == 2 and place.where_prec == 3
            and (place.feature_code or "").startswith("PPL"))


def evidence_text(mention: Mention) -> str:
    """The evidence sentences of a mention, in article order."""
    sentences = sorted({(e.start, e.text) for e in mention.evidence if e.field == "sentence"})
    return " ".join(text for _, text in sentences)


def _stem(word: str) -> str:
    """A crude English stem: one inflectional suffix and a final e off ("mosques", "mosque" -> "mosqu";
    "killing" -> "kill"; "bodies" -> "body")."""
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_terms(text: str, scored_elsewhere: Collection[str] = ()) -> list[str]:
    """The distinctive word stems of a short text (none for longer texts, which MinHash compares):
    weapons, targets, names -- not function words, the vocabulary of every attack report, words of
    ``scored_elsewhere`` (the actor and place names other features compare) nor country demonyms."""
    norm = normalise(text)
    if len(norm) > SHORT_TEXT_CHARS:
        return []
    words = {w for w in norm.split() if w not in _COMMON_WORDS and w not in scored_elsewhere}
    stems = {_stem(w) for w in words if not w.startswith(_EVENT_WORDS) and not names_a_country(w)}
    return sorted(
        s for s in stems if len(s) >= 3 and s not in _COMMON_WORDS and not s.startswith(_EVENT_WORDS)
    )


@lru_cache(maxsize=20_000)
def names_a_country(word: str) -> bool:
    """A country's name, demonym ("turkish", "malian") or the stem of its name ("philippine")."""
    if DEMONYMS.get(word) or document_countries(word.capitalize()) or len(word) > 3 and country_of(word):
        return True
    return len(word) >= 5 and any(" " not in name and name.startswith(word) for name, _ in country_names())


def _names_words(mention: Mention) -> set[str]:
    """The words of the mention's actor and place names (scored by the actor and place features)."""
    actors = [mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2]
    place = mention.place
    names = [a.name for a in actors if a] + ([place.name, place.admin1, place.admin2, place.country_name]
                                               if place else [])
    return {w for name in names for w in normalise(name).split()}


def signature_of(text: str) -> np.ndarray:
    """MinHash signature over character shingles of the normalised text (digits dropped)."""
    norm = normalise(text)
    shingles = {norm[i : i + SHINGLE].encode() for i in range(max(len(norm) - SHINGLE + 1, 1))}
    minhash = MinHash(num_perm=NUM_PERM, seed=7)
    minhash.update_batch(sorted(shingles))
    return minhash.hashvalues.astype(np.uint64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def is_specific(actor: Actor | None) -> bool:
    """True for a named actor (not 'Unidentified Armed Group', 'Civilians' and the like)."""
    return bool(actor and actor.name and not _GENERIC_ACTOR.match(actor.name))


def _ordinal(day: str | None) -> int | None:
    try:
        return date.fromisoformat(day[:10]).toordinal() if day else None
    except ValueError:
        return None


def day_window(mention: Mention, published: int | None, is_follow_up: bool) -> tuple[int | None, int | None]:
    """The days the incident may lie in: the date range with precision-dependent slack; a claim or
    toll update also reaches back ``_FOLLOW_UP_DAYS`` before publication."""
    d = mention.date
    lo = _ordinal(d.date_start) or _ordinal(d.event_date)
    hi = _ordinal(d.date_end) or _ordinal(d.event_date)
    if lo is None or hi is None:
        lo = hi = published
        if published is None:
            return None, None
        lo -= 7
    slack = _SLACK_DAYS.get(d.date_prec, 3)
    lo, hi = min(lo, hi) - slack, max(lo, hi) + slack
    if is_follow_up and published is not None:
        lo = min(lo, published - _FOLLOW_UP_DAYS)
        hi = max(hi, published)
    hi = min(hi, lo + MAX_WINDOW_DAYS)
    if published is not None:  # nothing a report tells happened after it came out (a day for time zones)
        hi = max(lo, min(hi, published + 1))
    return lo, hi


def _merge_day(date: EventDate) -> str | None:
    """The day reports are compared on: the text's date, else the publication day (the end of an
    undated report's range; its start is only the country's usual report lag)."""
    return date.event_date if date.surface else date.date_end or date.event_date


def toll_parts(mention: Mention) -> list[int]:
    """The per-side figures a toll adds up ("18 soldiers, 5 militants dead" -> [5, 18]); none for one side."""
    f = mention.fatalities
    parts = sorted(n for n in (f.deaths_a, f.deaths_b, f.deaths_civilians, f.deaths_unknown) if n > 0)
    return parts if len(parts) > 1 else []


def dead_kinds(mention: Mention) -> list[str]:
    """Who the dead of a mention were: a state's forces (side a), armed men (side b), civilians, or unknown
    ("12 dead")."""
    f = mention.fatalities
    counts = (("state", f.deaths_a), ("armed", f.deaths_b), ("civilians", f.deaths_civilians),
              ("unknown", f.deaths_unknown))
    return [kind for kind, deaths in counts if deaths > 0]


def is_hub(place: Place | None) -> bool:
    """A country's capital, or a town that shares its province's name ("Idlib", "Ma'rib", "Gao"):
    reports name it for the whole province as often as for the town."""
    if place is None or place.geo_precision != 1:
        return False
    named_like_province = bool(place.admin1) and normalise(place.name) == normalise(place.admin1)
    return place.feature_code == "PPLC" or named_like_province


def key_of(mention: Mention, published: str | None, headline_only: bool = False,
           monitor: bool = False) -> MergeKey:
    """The merge key of a stored mention (``mention.id`` must be set); ``headline_only`` when its
    article is a headline without a body, ``monitor`` when it is a daily monitor's report that UCDP codes on
    its own day."""
    text = evidence_text(mention)
    claim = mention_is_claim(mention, text)
    update, aftermath = is_toll_update(text), bool(AFTERMATH_CUE.search(text))
    pub = _ordinal(published)
    lo, hi = day_window(mention, pub, claim or update or aftermath)
    place = mention.place
    sort_key = f"{mention.article_id}\x00{mention.sentence_start:09d}\x00{mention.sentence_end:09d}"
    actors = [mention.actor1, mention.actor2, *mention.assoc_actor_1, *mention.assoc_actor_2]
    return MergeKey(
        mention_id=mention.id or 0,
        article_id=mention.article_id,
        sort_key=sort_key,
        country=place.country if place else None,
        admin1=normalise(place.admin1) or None if place else None,
        admin2=normalise(place.admin2) or None if place else None,
        place=normalise(place.name) or None if place else None,
        hub=is_hub(place),
        area=is_area(place),
        district=place is not None and (place.feature_code or "").startswith("ADM2"),
        actor_countries=sorted({a.country for a in actors if a is not None and a.country}),
        lat=place.latitude if place else None,
        lon=place.longitude if place else None,
        geo_precision=place.geo_precision if place else 3,
        day=_ordinal(_merge_day(mention.date)),
        day_precise=mention.date.date_prec == 1,
        day_lo=lo,
        day_hi=hi,
        published=pub,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        actors=sorted({normalise(a.name) for a in actors if is_specific(a)}),
        best=mention.fatalities.best,
        low=min(mention.fatalities.low or mention.fatalities.best, mention.fatalities.best),
        high=max(mention.fatalities.high, mention.fatalities.best),
        toll_parts=toll_parts(mention),
        dead=dead_kinds(mention),
        is_claim=claim,
        is_update=update,
        is_aftermath=aftermath,
        day_from_text=bool(mention.date.surface),
        day_first=_ordinal(mention.date.date_start) if mention.date.surface else None,
        day_last=_ordinal(mention.date.date_end) if mention.date.surface else None,
        report_day=monitor and pub is not None and _ordinal(_merge_day(mention.date)) == pub,
        short_text=len(normalise(text)) <= SHORT_TEXT_CHARS,
        headline_length=len(normalise(text)) <= HEADLINE_CHARS,
        headline_only=headline_only,
        terms=content_terms(text, _names_words(mention)),
        signature=(signature := signature_of(text or sort_key)),  # no evidence: a signature like no other
        band_hashes=band_hashes(signature),
    )
