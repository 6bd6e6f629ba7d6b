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
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from datetime import date

import numpy as np
from datasketch import MinHash

from sahelwatch.models import Actor, Mention

NUM_PERM = 64
BAND_ROWS = 4  # 16 bands of 4 rows: candidate pairs from Jaccard ~0.45 up
SHINGLE = 5
MAX_WINDOW_DAYS = 420  # no key window is wider than this (year precision plus slack)

# days of slack around a mention's date range, by UCDP date precision (1 day .. 5 year+)
_SLACK_DAYS = {1: 2, 2: 2, 3: 3, 4: 7, 5: 0}
# a claim of responsibility or a follow-up may come this long after the incident
_FOLLOW_UP_DAYS = 21

CLAIM_CUE = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:the\s+)?(?:responsibility|credit)\b|\bclaimed\s+(?:the\s+)?"
    r"(?:attack|bombing|killing|ambush)|\brevendiqu\w*",
    re.IGNORECASE,
)
UPDATE_CUE = re.compile(
    r"\btoll\b[^.;]{0,80}?\b(?:rose|rises|risen|rising|climbed|climbs|increased|jumped|reached|now\s+stands|"
    r"has\s+grown)\b|\b(?:new|revised|updated)\s+(?:death\s+)?toll\b|"
    r"\bbilan\b[^.;]{0,80}?(?:alourdi|s'alourdit|s’alourdit|passe\s+à|est\s+passé|grimpe|atteint|"
    r"s'élève\s+désormais|s’élève\s+désormais)|\bnouveau\s+bilan\b",
    re.IGNORECASE,
)
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
    is_claim: bool = False
    is_update: bool = False
    day_from_text: bool = True  # False when the date is only the publication day
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
    folded = unicodedata.normalize("NFKD", text.lower())
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", ascii_text).split())


def evidence_text(mention: Mention) -> str:
    """The evidence sentences of a mention, in article order."""
    sentences = sorted({(e.start, e.text) for e in mention.evidence if e.field == "sentence"})
    return " ".join(text for _, text in sentences)


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
    return lo, hi


def key_of(mention: Mention, published: str | None) -> MergeKey:
    """The merge key of a stored mention (``mention.id`` must be set)."""
    text = evidence_text(mention)
    claim, update = bool(CLAIM_CUE.search(text)), bool(UPDATE_CUE.search(text))
    pub = _ordinal(published)
    lo, hi = day_window(mention, pub, claim or update)
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
        lat=place.latitude if place else None,
        lon=place.longitude if place else None,
        geo_precision=place.geo_precision if place else 3,
        day=_ordinal(mention.date.event_date),
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
        is_claim=claim,
        is_update=update,
        day_from_text=bool(mention.date.surface),
        signature=(signature := signature_of(text or sort_key)),  # no evidence: a signature like no other
        band_hashes=band_hashes(signature),
    )
