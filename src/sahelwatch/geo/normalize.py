"""Name normalisation shared by the gazetteer, the matcher and the resolver."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,'’`ʼ]+")
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ð": "d"})


def strip_accents(text: str) -> str:
    """Remove diacritics: 'Tillabéri' -> 'Tillaberi'."""
    if text.isascii():  # nothing to decompose (and the common case)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=300_000)
def norm(name: str) -> str:
    """Case-, accent- and punctuation-free key: 'Ménaka' -> 'menaka', 'Deir ez-Zor' -> 'deir ez zor'."""
    text = strip_accents(name.lower().translate(_SPECIAL))
    return _SEPARATORS.sub(" ", text).strip()


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (drops Arabic, Cyrillic, CJK alternate names);
    Latin Extended Additional counts ('Kunaṟ', 'Ḩamāh')."""
    return all(ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00 or not ch.isalpha() for ch in name)


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> tuple[str, bool]:
    """(the character folded like :func:`norm`, whether it separates words); '' when it vanishes."""
    low = strip_accents(ch.lower().translate(_SPECIAL))
    if not low:
        return "", False
    return low, bool(_SEPARATORS.fullmatch(low[0])) or not low[0].isalnum()


def norm_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise running text keeping, for each output char, its index in ``text``.

    Unlike :func:`norm` this keeps one output character per separator run so that
    matches map back to exact spans of the original text.
    """
    out: list[str] = []
    index: list[int] = []
    last_sep = True
    for i, ch in enumerate(text):
        low, separator = _fold_char(ch)
        if not low:
            continue
        if separator:
            if not last_sep:
                out.append(" ")
                index.append(i)
            last_sep = True
            continue
        for c in low:
            out.append(c)
            index.append(i)
        last_sep = False
    return "".join(out), index
