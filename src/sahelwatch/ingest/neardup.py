"""Near-duplicate detection with MinHash signatures and an LSH index (datasketch).

Signatures are word-trigram MinHashes with their shingle counts; they are persisted in the ``minhashes`` table
so the index can be rebuilt at the start of every run without re-reading texts.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

NUM_PERM = 64
SEED = 1
THRESHOLD = 0.5
CANDIDATE_THRESHOLD = 0.3  # LSH threshold; below THRESHOLD only (near-)containment links
CONTAINMENT = 0.8
MAX_LINKS = 20
_MULTIPLIER = np.uint64(1_000_003)
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"\w+", re.UNICODE)
_PROTOTYPE = MinHash(num_perm=NUM_PERM, seed=SEED)
_PERMUTATIONS = _PROTOTYPE.permutations
SCHEME = _PROTOTYPE.scheme


def shingle_hashes(text: str, size: int = 3) -> list[int]:
    """32-bit hashes of the word n-grams of the case-folded text (of the words for very short texts).

    Each n-gram hash combines the CRC-32 of its words, so no n-gram strings are built.
    """
    words = _WORD.findall(text.casefold())
    vocabulary = {word: zlib.crc32(word.encode()) for word in set(words)}
    word_hashes = np.array([vocabulary[word] for word in words], dtype=np.uint64)
    if len(words) < size:
        return sorted({int(h) for h in word_hashes}) or [0]
    combined = np.zeros(len(words) - size + 1, dtype=np.uint64)
    for offset in range(size):
        combined = combined * _MULTIPLIER + word_hashes[offset : offset + len(combined)]
    return np.unique(combined & _MASK32).tolist()


@dataclass(frozen=True)
class Signature:
    """A text's MinHash and its number of distinct shingles (to estimate containment)."""

    minhash: LeanMinHash
    size: int

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        return float(self.minhash.jaccard(other.minhash))

    def containment(self, other: Signature, jaccard: float) -> float:
        """Estimated share of the smaller text's shingles found in the other (1.0 = an excerpt)."""
        if not self.size or not other.size:
            return 0.0
        overlap = jaccard * (self.size + other.size) / (1.0 + jaccard)
        return min(1.0, overlap / min(self.size, other.size))


def signature(text: str) -> Signature:
    """The MinHash signature of a text (word trigrams)."""
    hashes = shingle_hashes(text)
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=int, permutations=_PERMUTATIONS, scheme=SCHEME)
    minhash.update_batch(hashes)
    return Signature(LeanMinHash(minhash), len(hashes))


def to_bytes(sig: Signature) -> bytes:
    """Serialise a signature for the store: the hash values, then the shingle count (uint64)."""
    return np.append(np.asarray(sig.minhash.hashvalues, dtype=np.uint64), np.uint64(sig.size)).tobytes()


def from_bytes(blob: bytes) -> Signature:
    """Rebuild a signature from stored bytes."""
    values = np.frombuffer(blob, dtype=np.uint64)
    size = int(values[NUM_PERM]) if len(values) > NUM_PERM else 0
    return Signature(LeanMinHash(seed=SEED, hashvalues=values[:NUM_PERM], scheme=SCHEME), size)


class NearDuplicateIndex:
    """An in-memory LSH index over the signatures of stored articles.

    Two articles are linked when their estimated Jaccard similarity reaches ``threshold``, or
    when one is (almost) contained in the other (a shortened copy) with Jaccard >= ``CANDIDATE_THRESHOLD``.
    """

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=min(threshold, CANDIDATE_THRESHOLD), num_perm=NUM_PERM)
        self.signatures: dict[str, Signature] = {}

    @classmethod
    def from_stored(
        cls, rows: Iterable[tuple[str, bytes]], threshold: float = THRESHOLD
    ) -> NearDuplicateIndex:
        """Build the index from (article_id, signature bytes) rows."""
        index = cls(threshold)
        with index.lsh.insertion_session() as session:
            for article_id, blob in rows:
                sig = from_bytes(blob)
                index.signatures[article_id] = sig
                session.insert(article_id, sig.minhash, check_duplication=False)
        return index

    def add(self, article_id: str, sig: Signature) -> list[tuple[str, float]]:
        """Insert an article; return its near duplicates already indexed as (id, estimated Jaccard)."""
        matches = []
        for other in self.lsh.query(sig.minhash):
            other_sig = self.signatures[other]
            similarity = sig.jaccard(other_sig)
            if similarity >= self.threshold or (
                similarity >= CANDIDATE_THRESHOLD and sig.containment(other_sig, similarity) >= CONTAINMENT
            ):
                matches.append((other, round(similarity, 4)))
        if article_id not in self.signatures:
            self.lsh.insert(article_id, sig.minhash, check_duplication=False)
            self.signatures[article_id] = sig
        matches.sort(key=lambda match: -match[1])
        return matches[:MAX_LINKS]
