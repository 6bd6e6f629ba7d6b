"""Headline-only articles: a title and no body (a wire headline, a report cited in a dataset).

Headlines defeat the sentence path: the classifier, trained on sentences, is unsure of
"Six die in Kurdish clashes in southeast Turkey"; capitals and Title Case hide place names;
wire prefixes ("UPDATE 2-", "Reuters 8/14/1992 ...") and tolls written as "N dead" or
"claim N lives" are headline idiom. Here a headline that says violence happened (a violence
cue or a death toll) reports one event: typed by the classifier when it names a violent
type, else by its cue words; placed by its places, or the country its names and demonyms
point to; dated by the text, a date in its citation prefix, or the publication day.
Cleaning blanks characters out instead of deleting them, so every span stays an offset
into the stored text; a Title Case headline keeps its capitals only on words that can name a
place, and a headline cited in the wrong language is read in the one it reports violence in.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from sahelwatch.extract.casualty_rules import Casualty
from sahelwatch.extract.classify import EventClassifier, Prediction, is_conflict_event, without_idle_means
from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.numbers import find_numbers, lexicon_pattern
from sahelwatch.extract.taxonomy import CASE_TO_ACLED, DEADLY_UNREST, MEANS_CUES, is_violent
from sahelwatch.geo.countries import country_names, country_of
from sahelwatch.geo.gazetteer import get_gazetteer
from sahelwatch.geo.resolve import document_countries
from sahelwatch.geo.toponyms import F_DICT, F_MAJOR, F_NOUN, Matcher, acronym_as_word, is_title_case
from sahelwatch.models import Article, Mention
from sahelwatch.read.relevance import has_violence_cue, reports_no_event
from sahelwatch.read.sentences import Sentence, split_sentences

if TYPE_CHECKING:
    from sahelwatch.extract.context import ExtractionConfig

MAX_HEADLINE_CHARS = 300

_WIRE_TAG = re.compile(
    r"^\s*(?:UPDATE|WRAPUP|CORRECTED|REFILE|RPT|FACTBOX|ANALYSIS|INSIGHT|\d+(?:st|nd|rd|th)\s+LD)"
    r"(?:[\s,]+Writethru)?\s*\d*\s*[-:]\s*",
    re.I,
)
# bbcode, quotes (not apostrophes), the hash of a hashtag ("209 #terrorists killed")
_MARKUP = re.compile(r"\[/?[a-z]+(?:\s[^\]]*)?\]|[\"“”‘«»]|’(?!\w)|(?<!\w)#(?=[^\W\d_])")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DATE = (
    r"(?P<iso>\d{4}-\d{2}-\d{2})|(?P<slash>\d{1,2}/\d{1,2}/\d{2,4})"
    r"|(?P<dmy>\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})|(?P<mdy>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})"
)
_CITATION_PREFIX = re.compile(rf"^\s*(?:[A-Z][\w.&'()-]*\s*){{1,6}}?,?\s*(?:{_DATE})\s*", re.UNICODE)
_POSSESSIVE = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s(?= [A-Z])")  # "Libya's Misrata"
# after a number, within three words: "Two dead", "four soldiers die", "claim 34 lives", "10+ dead", and
# the martyrs of a death toll in translated Arabic press ("23 martyrs, including 5 children")
_DEATH_WORDS = re.compile(
    r"\+?(?:\s+[\w-]+){0,3}?\s+(?:dead|die|died|deaths|lives|killed|martyrs|martyred)\b", re.I
)
# "destroyed 40 soldiers", "neutralised 12 terrorists": military communiqués' word for killing fighters
_KILLED_FIGHTERS = re.compile(
    r"(?:destroy|eliminat|neutrali[sz])(?:e|es|ed|ing)?\s+(?:more\s+than\s+|over\s+|up\s+to\s+|about\s+)?"
    r"(?P<n>\d+)\s+(?:[\w-]+\s+)?"
    r"(?:soldiers|troops|fighters|militants|terrorists|insurgents|servicemen|militiamen)\b",
    re.I,
)
# before a number: "killings of five", "the murder of two teachers"
_DEATHS_OF = re.compile(r"\b(?:killings?|murders?|massacre|slayings?)\s+of\s+(?:at\s+least\s+)?$",
                        re.I)
# "army kills more militants, total of 25": the toll so far, in a headline that tells of killing
_TOTAL_OF = re.compile(r"\b(?:a\s+)?total\s+of\s+$", re.I)
_KILLING = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|deaths?|die[ds]?)\b", re.I)
# the armed who target, defeat or rout ("unknown gunmen target ...", "the defense forces defeated ...")
_ARMED = (r"(?:gunmen|militants|militiamen|militias?|rebels|insurgents|jihadists|terrorists|fighters|bandits|"
          r"enemy|troops|soldiers|forces|army|jets|warplanes|drones?)")
_PLACE_NOUN = r"(?:town|city|village|district|province|region|area|base|camp|post|site|territory)"
# a front line moved by fighting: "troops push militants back from the town" (not "back from May", a date),
# "rebels push into a province", "heavy firing along the border"
_FRONT_LINE = (
    r"(?:push(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){1,3}?back\s+from\s+(?!\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\b)|"
    rf"push(?:es|ed|ing)?\s+(?:deep(?:er)?\s+)?into\s+(?:[\w'’-]+\s+){{0,3}}?{_PLACE_NOUN}s?\b|"
    r"(?:heavy|indiscriminate|unprovoked|cross-border)\s+firing\b)"
)
# cue stems -> CASE 2021 label, first match wins (a headline without any is an attack)
_CUE_LABELS = (
    (re.compile(r"\bsuicide\b", re.I), "SUIC_BOMB"),
    (re.compile(r"\b(?:air\s*strikes?|air\s*raids?|drone|warplanes?|jets?|planes?|helicopters?|explosive\s+barrels?|"
                r"barrel\s+bombs?)\b", re.I), "AIR_STRIKE"),
    (re.compile(r"\b(?:shell|mortar|rocket|missile|artillery)", re.I), "ART_MISS_ATTACK"),
    (re.compile(r"\b(?:bomb|blast|explo|ied|landmine|mine)", re.I), "REM_EXPLOS"),
    (re.compile(r"\b(?:clash|fight|battle|gunbattle|gun\s*battle|gunfight|encounter|offensive|combat|casualt|decimat|"
                r"defeat|battered|routed|losses)",
                re.I), "ARMED_CLASH"),
    (re.compile(rf"\b{_FRONT_LINE}", re.I), "ARMED_CLASH"),
    (_KILLED_FIGHTERS, "ARMED_CLASH"),
    (re.compile(r"\b(?:kidnap|abduct|hostage)", re.I), "ABDUCT_DISSAP"),
    (re.compile(r"\b(?:retak|retook|recaptur|regain|restor(?:e|es|ed|ing)\s+(?:control|an?\s+area))", re.I),
     "GOV_REGAINS_TERIT"),
    (re.compile(r"\b(?:take[sn]?|took|taking|seize[sd]?|seizing|ha[sdv]e?|gain(?:s|ed)?|wrest(?:s|ed)?)\s+"
                r"(?:full\s+|total\s+)?control\b|\boverr[au]n\b", re.I),
     "NON_STATE_ACTOR_OVERTAKES_TER"),
)
# headline idiom for violence that the sentence cues leave out: casualties suffered or inflicted, ground
# retaken, restored or seized, a death of wounds, communities invaded, deaths by torture or burning, slayings
# (bodies found are the lexicon's ``found_dead``, in every language)
_HEADLINE_CUE = re.compile(
    r"\b(?:sustain|suffer|inflict)\w*\s+(?:\w+\s+)?casualties\b|"
    r"\bcasualties\s+(?:among|in\s+the\s+ranks|for\s+the|(?:were\s+)?inflicted)\b|"
    r"\b(?:retak(?:e|es|en|ing)|retook|recaptur(?:e|es|ed|ing)|regain(?:s|ed|ing)?)\b|"
    rf"\brestor(?:e|es|ed|ing)\s+(?:control\s+(?:of|over)\b|(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{_PLACE_NOUN}s?\b)|"
    r"\bsuccumb(?:s|ed|ing)?\s+to\s+(?:(?:his|her|their)\s+)?(?:injuries|wounds)\b|"
    r"\b(?:take[sn]?|took|taking)\s+control\s+of\b|\b(?:seize[sd]?|seizing|overr[au]n)\s+(?:\w+\s+){0,3}?"
    rf"{_PLACE_NOUN}s?\b|"
    r"\binvad(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:communit(?:y|ies)|settlements?|homes?|farms?|schools?|"
    rf"churche?s?|mosques?|{_PLACE_NOUN}s?)\b|"
    r"\b(?:tortured|beaten|stabbed|hacked|stoned)\s+to\s+dea(?:th|d)\b|"  # "to dead": a common misspelling
    r"\b(?:battered|pounded|routed|trounced)\s+(?:in|near|at|around|across)\b|"
    # "fierce gunfight in ...", "battles rage near ...", "jihadists lay siege to ...", "troops pound rebel
    # positions", "heavy losses for jihadists"
    r"\bgun[\s-]?(?:fights?|battles?)\b|\bbattles?\s+(?:rag\w+|erupt\w*)|"
    r"\b(?:fierce|heavy|deadly|fresh|intense|bloody)\s+(?:battles?|fighting)\b|"
    rf"\b(?:(?<!the\s)(?<!\ba\s)(?<!\ban\s)besieg(?:e|es|ed|ing)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?{_PLACE_NOUN}s?\b|la(?:y|ys|id|ying)\s+siege\s+to)\b|"
    r"\b(?:pound|shell|bombard|strafe)(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,2}?(?:positions|hideouts?|strongholds?|"
    r"bases|camps|enclaves?|trenches)\b|"
    rf"\b(?:heavy|huge|severe|serious)\s+losses\s+(?:for|among|on)\s+(?:the\s+)?(?:[\w-]+\s+)?{_ARMED}|"
    rf"\b{_ARMED}\s+(?:\w+\s+)?(?:suffer|sustain)\w*\s+(?:\w+\s+)?losses\b|"
    rf"\b{_ARMED}\s+(?:\w+\s+)?(?:target(?:s|ed|ing)?|defeat(?:s|ed)?|rout(?:s|ed)?)\b|"
    rf"\b(?:{_ARMED}|says?\s+(?:it|they)|claims?\s+(?:it|they))\s+(?:now\s+)?(?:ha[sdv]e?|gain(?:s|ed)?|wrest(?:s|ed)?)\s+"
    r"(?:full\s+|total\s+)?control\s+(?:of|over)\b|"
    r"\bburn(?:s|ed|t)?\s+(?:\w+\s+){0,4}?alive\b|\bslay(?:s|ing|ings)?\b|\bslain\b|"
    r"\bdecimat\w+|"
    rf"\b{_FRONT_LINE}|"
    rf"\b{_KILLED_FIGHTERS.pattern}",
    re.I,
)


def is_headline(article: Article) -> bool:
    """A short one-line text that is the article's title, or a single sentence: a headline alone."""
    text = " ".join(article.text.split())
    if not 0 < len(text) <= MAX_HEADLINE_CHARS or "\n" in article.text.strip():
        return False
    return text == " ".join((article.title or "").split()) or len(split_sentences(text)) == 1


def is_title_only(article: Article) -> bool:
    """An article whose text is its title: a headline cited or relayed without its body."""
    text = " ".join(article.text.split())
    return 0 < len(text) <= MAX_HEADLINE_CHARS and text == " ".join((article.title or "").split())


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def prefix_date(match: re.Match[str]) -> date | None:
    """The date of a citation prefix ("Reuters 8/14/1992", "AFP 5 Jan 2009")."""
    try:
        if match["iso"]:
            return date.fromisoformat(match["iso"])
        if match["slash"]:
            a, b, year = (int(x) for x in match["slash"].split("/"))
            year += 1900 if year < 100 and year > 30 else 2000 if year < 100 else 0
            month, day = (b, a) if a > 12 else (a, b)  # wires write month first
            return date(year, month, day)
        words = re.findall(r"[A-Za-z]+|\d+", match["dmy"] or match["mdy"])
        month = _MONTHS.index(next(w for w in words if w.isalpha())[:3].lower()) + 1
        day, year = (int(w) for w in words if w.isdigit())
        return date(year, month, day)
    except (ValueError, StopIteration):
        return None


def clean_headline(text: str) -> tuple[str, date | None]:
    """The headline with wire tags, citation prefixes, quotes and markup blanked out (same length,
    same offsets), capitals lowered, and the date its citation prefix gives (None when none)."""
    found = None
    match = _CITATION_PREFIX.match(text)
    if match and match.end() < len(text) - 10:
        found = prefix_date(match)
        text = _blank(text, 0, match.end()) if found else text
    if tag := _WIRE_TAG.match(text):
        text = _blank(text, tag.start(), tag.end())
    for mark in list(_MARKUP.finditer(text)):
        text = _blank(text, mark.start(), mark.end())
    for owner in list(_POSSESSIVE.finditer(text)):
        if country_of(owner[1]):  # "Libya's Misrata" -> "Libya,  Misrata": the town is a place too
            text = text[: owner.end(1)] + ", " + text[owner.end(1) + 2 :]
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        start = len(text) - len(text.lstrip())
        text = text[: start + 1] + text[start + 1 :].lower()  # "SIX DIE IN ..." -> "Six die in ..."
    return lower_title_case(text), found


_TITLE_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z][\w'’-]*")


def lower_title_case(text: str) -> str:
    """A Title Case headline with its capitalised words lowered (same length) except the first and those that
    can name a place: a gazetteer name that is no dictionary word, or a major place ("Niamey", "Bamako").
    The toponym finder then no longer reads "Strikes Niamey" as a person's name, nor "Person" as a county.
    In any headline a country's acronym written as a word is lowered."""
    spans = Matcher.for_gazetteer(get_gazetteer()).spans(text)
    chars = list(text)
    for a, b, flags in spans:
        if acronym_as_word(text[a:b], flags):  # "Car bomb kills ...": the word, not the CAR
            chars[a] = chars[a].lower()
    if not is_title_case(text):
        return "".join(chars)
    places = [
        (a, b) for a, b, flags in spans
        if (flags & F_MAJOR or not flags & (F_DICT | F_NOUN)) and not acronym_as_word(text[a:b], flags)
    ]
    for word in list(_TITLE_WORD.finditer(text))[1:]:
        if not any(a <= word.start() < b for a, b in places):
            chars[word.start()] = chars[word.start()].lower()
    return "".join(chars)


def headline_country(text: str) -> str | None:
    """The country a headline names (any case: "southeast turkey") or points to by a demonym."""
    words = re.findall(r"[^\W\d_][\w'.-]*", text)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            name = " ".join(words[i : i + size])
            if len(name) > 3 and (found := country_of(name)):
                return found[0]
    demonyms = document_countries(" ".join(w[:1].upper() + w[1:] for w in words))
    demonyms |= {iso for w in words if (iso := _country_prefixed_by(w))}
    return min(demonyms) if len(demonyms) == 1 else None


def _country_prefixed_by(word: str) -> str | None:
    """The one country whose one-word name starts with ``word`` ("Afghan" -> Afghanistan)."""
    key = word.lower()
    if len(key) < 5:
        return None
    found = {iso for name, iso in country_names() if " " not in name and name.startswith(key)}
    return found.pop() if len(found) == 1 else None


def headline_toll(text: str) -> list[Casualty]:
    """Deaths in headline idiom the sentence rules miss ("Two dead in ...", "claim 34 lives", "killings of
    five", "destroyed 40 soldiers")."""
    found = []
    for number in find_numbers(text, "en"):
        deaths = _DEATH_WORDS.match(text, number.end)
        if deaths and number.low > 0:
            found.append(Casualty(number.start, deaths.end(), number.low, number.high, "killed"))
        elif number.low > 0 and _counted_dead(text, number.start):
            found.append(Casualty(number.start, number.end, number.low, number.high, "killed"))
    for fighters in _KILLED_FIGHTERS.finditer(text):
        n = int(fighters["n"])
        found.append(Casualty(fighters.start("n"), fighters.end(), n, n, "killed"))
    return sorted(found, key=lambda c: c.start)[:1]


def _counted_dead(text: str, start: int) -> bool:
    """A number that counts the dead by what precedes it: "killings of five", "total of 25" (when the
    headline tells of killing)."""
    before = text[max(0, start - 30) : start]
    return bool(_DEATHS_OF.search(before) or _TOTAL_OF.search(before) and _KILLING.search(text))


# unrest a headline may report with deaths, which ACLED keeps as unrest: force used on a crowd, its violence
DEADLY_UNREST_LABELS = frozenset(label for label, types in CASE_TO_ACLED.items() if types[1] in DEADLY_UNREST)


def headline_prediction(text: str, prediction: Prediction, min_probability: float, lang: str = "en"
                        ) -> Prediction:
    """The classifier's prediction when it names a violent type (or force used on a crowd, or a crowd's
    violence, when the headline names the crowd: "Rioters torch police station in Kano, two dead"), else
    the type the cue words give. A bomb the headline does not name is a guess from its other words ("Troops
    kill 3 Abu Sayyaf militants" is no bombing): the headline is all there is to name it."""
    crowd = lexicon_pattern(lang, "crowd", r"\b(?:{})\b")
    unrest = prediction.label in DEADLY_UNREST_LABELS and crowd is not None and crowd.search(text) is not None
    violent = is_violent(prediction.event_type) or unrest
    confident = prediction.probability >= min_probability and _means_told(text, prediction)
    if is_conflict_event(prediction) and violent and confident:
        return _fought_back(text, prediction, lang)
    if prediction.sub_event_type == "Arrests" and confident and _arrests_told(text, lang):
        return prediction  # "Police arrest 20 suspected kidnappers": the arrest, not a kidnapping
    if prediction.sub_event_type == "Looting/property destruction" and confident:
        return prediction  # "Gunmen torch school in Tillaberi": no attack on people unless deaths are told
    told = without_idle_means(text)  # "Troops kill bomb maker" names no bomb
    label = next((label for pattern, label in _CUE_LABELS if pattern.search(told)), "ATTACK")
    event_type, sub_type = CASE_TO_ACLED[label]
    typed = Prediction(label, min_probability, event_type, sub_type, prediction.scores)
    return _fought_back(text, typed, lang)


def _fought_back(text: str, prediction: Prediction, lang: str) -> Prediction:
    """An attack the headline tells was driven back is an armed clash ("ISWAP attack repulsed in Borno")."""
    if prediction.label != "ATTACK" or lang != "en" or not _REPELLED.search(text):
        return prediction
    event_type, sub_type = CASE_TO_ACLED["ARMED_CLASH"]
    return Prediction("ARMED_CLASH", prediction.probability, event_type, sub_type, prediction.scores)


# an attack told driven back, by no one named: the forces fought the attackers ("Taliban attack repulsed in
# Kunduz"), an armed clash, not an attack on civilians (villagers who drove one back are named:
# "villagers repel bandit raid")
_REPELLED = re.compile(
    r"\b(?:attacks?|assaults?|raids?|ambush(?:es)?|incursions?|offensive)\b(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:(?:was|were|is|are|has been|have been)\s+)?(?:repelled|repulsed|beaten back|fought off)\b"
    r"(?!\s+by\b)",
    re.I,
)


# the means a headline must name to be typed by them: a bomb, a grenade, a chemical (a "strike" or a "raid" by
# aircraft is often told without a word the cues know)
_NAMED_MEANS = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon"})


def _arrests_told(text: str, lang: str) -> bool:
    """True when the headline counts people arrested ("arrest 20 suspects")."""
    return any(c.kind == "arrested" and c.low > 0 and not c.negated for c in find_casualties(text, lang))


def _means_told(text: str, prediction: Prediction) -> bool:
    """True unless the prediction is a means (a bomb, a grenade, a chemical) that no cue of the text names."""
    if prediction.sub_event_type not in _NAMED_MEANS:
        return True
    fired = set(EventClassifier.load().model.cues.fired(text))
    return bool(MEANS_CUES[prediction.sub_event_type] & fired)


def reports_violence(text: str, lang: str) -> bool:
    """A violence cue, or deaths or fighting told in headline idiom."""
    if has_violence_cue(text, lang) or (lang == "en" and _HEADLINE_CUE.search(text)):
        return True
    found_dead = lexicon_pattern(lang, "found_dead")
    if found_dead is not None and found_dead.search(text):
        return True
    killed = [c for c in find_casualties(text, lang) if c.kind == "killed" and not c.cumulative]
    return bool(killed) or bool(headline_toll(text))


# nouns that name the dead or an atrocity without telling one ("martyr info", "executions 2007", "cleric
# decries massacre"); the verbs ("martyred", "executed", "massacred") tell one
_VICTIM_NOUN = re.compile(r"\b(?:martyr(?:s|dom)?|massacres?|executions?)\b", re.I)


def names_victims_only(text: str, lang: str) -> bool:
    """True when a headline's only word of violence is a noun naming the dead or an atrocity (an English
    headline: the nouns are English). With no place and no toll such a title labels a list or a record."""
    if lang != "en" or not _VICTIM_NOUN.search(text):
        return False
    rest = _VICTIM_NOUN.sub(" ", text)
    return not reports_violence(rest, lang)


# function words that give a short text's language away
_FUNCTION_WORDS = {
    "fr": frozenset({"dans", "des", "les", "une", "par", "du", "au", "aux", "et", "à", "après", "sur"}),
    "pt": frozenset({"em", "dos", "das", "uma", "após", "por", "na", "no", "com", "ao", "entre", "sobre", "é",
                     "são", "foi", "da", "pelo", "pela"}),
    "en": frozenset({"the", "in", "of", "and", "after", "by", "with", "at", "on", "as", "near", "for"}),
}


def headline_language(text: str, declared: str, supported: frozenset[str]) -> str:
    """The declared language, unless the headline reports no violence in it but does in another language
    whose function words it uses: a report cited with the wrong language ("4 morts dans une attaque")."""
    if declared not in supported or reports_violence(text, declared):
        return declared
    words = set(re.findall(r"[^\W\d_]+", text.lower()))
    for lang in sorted(supported - {declared}):
        if len(words & _FUNCTION_WORDS.get(lang, frozenset())) >= 2 and reports_violence(text, lang):
            return lang
    return declared


# the month of a date ("19 March 2013", "Casualty report: March 2021", "on 7th March"), which the protest cue
# reads as a march
_MONTH_MARCH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?P<a>march)\b|\b(?P<b>march)\s+\d{1,4}\b", re.I)


def protest_only_by_month(text: str) -> bool:
    """True when the only word of protest in a text is the month of March in a date: a dated title
    ("Tuesday 19 March 2013", "War casualty report: March 2021") reports no march."""
    if not _MONTH_MARCH.search(text):
        return False
    blanked = _MONTH_MARCH.sub(lambda m: m[0].replace(m["a"] or m["b"], "month"), text)
    cues = EventClassifier.load().model.cues
    return "cue:protest" in cues.fired(text) and "cue:protest" not in cues.fired(blanked)


# the title of a compiled document: a periodic brief or bulletin, an overview, an annex, a dataset or its file
_COMPILATION = re.compile(
    r"\b(?:bi-?weekly|weekly|monthly|quarterly|intelligence|security|situation)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:brief(?:ing)?|bulletin|digest|sitrep)\b|\b(?:chronological\s+)?overview\s+of\b|"
    r"\bannex(?:es)?\b|\bdatasets?\b|\bdatabase\b|\.(?:xlsx?|csv|pdf)\b",
    re.I,
)


def titles_a_compilation(text: str) -> bool:
    """True when a title names a compiled document ("Weekly intelligence brief for East Africa", "Annex A -
    chronological overview of ...", "... events dataset.xlsx"): without a toll it tells no one incident."""
    return _COMPILATION.search(text) is not None


def extract_headline(article: Article, config: ExtractionConfig) -> list[Mention]:
    """At most one mention from a headline-only article that reports violence."""
    from sahelwatch.extract import pipeline  # builds on the sentence pipeline's steps
    from sahelwatch.extract.event_places import draft_evidence
    from sahelwatch.extract.finish import finish_mention
    from sahelwatch.extract.reading import read_article

    text, cited = clean_headline(article.text)
    lang = headline_language(text, (article.language or "en")[:2], pipeline.supported_languages())
    start, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if start >= end or lang not in pipeline.supported_languages() or not reports_violence(text, lang):
        return []
    if reports_no_event(text, lang):  # a warning, forecast or denial: "L'armée dément toute attaque"
        return []
    published = article.published or (cited.isoformat() if cited else None)
    read = replace(article, text=text, title=text, published=published, language=lang)
    ctx = read_article(read, config)
    ctx.country = ctx.country or headline_country(text)
    sentence = Sentence(start, end, text[start:end])
    prediction = EventClassifier.load().predict([sentence.text], lang=lang)[0]
    prediction = headline_prediction(sentence.text, prediction, config.min_event_probability, lang)
    draft = pipeline.draft_mention(ctx, sentence, prediction, config, headline=True)
    if draft is None:
        return []
    if not any(c.kind == "killed" for c in draft.casualties):
        draft.casualties += headline_toll(sentence.text)
        draft.evidence = draft_evidence(ctx, draft)
    mention = finish_mention(ctx, [draft])
    if mention.fatalities.best <= 0 and (mention.place is None or not mention.place.country) \
            and names_victims_only(sentence.text, lang):
        return []  # "Martyr info", "Executions 2007": a label for a list of victims, no incident told
    mention.evidence = [replace(e, text=article.text[e.start : e.end]) for e in mention.evidence]
    return [mention]
