"""Ingestion of the real dev data in ../shared (never copied into the repository)."""

import re
from pathlib import Path

import pytest

from sahelwatch.ingest.clean import RELATED_HEADING, RELATED_LINK
from sahelwatch.ingest.pipeline import ingest_paths
from sahelwatch.store import open_store

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
DEATH_NUMBER = re.compile(r"\b\d+\b[^.]{0,60}\b(killed|dead|died)", re.IGNORECASE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@pytest.fixture(scope="module")
def aec_store(tmp_path_factory):
    db = tmp_path_factory.mktemp("aec") / "aec.db"
    with open_store(db) as store:
        first = ingest_paths([str(SHARED / "ucdp-aec" / "validation.jsonl")], store)
        second = ingest_paths([str(SHARED / "ucdp-aec" / "validation.jsonl")], store)
        yield store, first, second


def test_ucdp_aec_validation_ingested_once(aec_store):
    store, first, second = aec_store
    assert (first.read, first.new, first.duplicate, first.rejected) == (651, 651, 0, 0)
    assert (second.read, second.new, second.duplicate) == (651, 0, 651)
    assert store.count_articles() == 651
    article = store.get_article(first.new_ids[0])
    assert article.id.startswith("aec-") and article.published_source == "metadata"
    assert article.published.startswith("2021-")


def _in_related_links(raw: str, sentence: str) -> bool:
    """Whether the raw line holding ``sentence`` links to another story: it opens with "Read also:", or
    it is listed under a "Further reading" heading a few lines above."""
    lines = [" ".join(line.split()).casefold() for line in raw.split("\n")]
    at = next(i for i, line in enumerate(lines) if sentence.casefold() in line)
    if RELATED_LINK.fullmatch(lines[at].strip(" -–•·|>»")):
        return True
    return any(RELATED_HEADING.fullmatch(line) for line in lines[max(0, at - 6) : at])


def test_cleaning_never_removes_a_sentence_with_a_number_of_dead_but_links(aec_store):
    store, _, _ = aec_store
    checked = links = 0
    for article in store.iter_articles():
        normalised_clean = " ".join(article.text.split())
        for raw_sentence in SENTENCE_END.split(article.raw_text):
            if DEATH_NUMBER.search(raw_sentence):
                sentence = " ".join(raw_sentence.split())
                if sentence not in normalised_clean:
                    assert _in_related_links(article.raw_text, sentence), (article.id, sentence)
                    links += 1
                checked += 1
    assert checked > 200 and links < checked / 20  # 329 such sentences in the validation split


def test_offset_maps_are_exact_on_real_articles(aec_store):
    store, _, _ = aec_store
    for article in store.iter_articles(limit=200):
        for clean, raw, length in article.offset_map:
            assert article.text[clean : clean + length] == article.raw_text[raw : raw + length]


def test_sahel_news_dev_unknown_dates_stay_unknown(shared, tmp_path):
    with open_store(tmp_path / "fr.db") as store:
        summary = ingest_paths([str(shared / "sahel-news" / "dev-fr.jsonl")], store)
        assert (summary.read, summary.new, summary.rejected) == (24, 24, 0)
        articles = list(store.iter_articles())
        undated = [a for a in articles if a.published is None]
        assert len(undated) == 13 and all(a.published_source == "unknown" for a in undated)
        assert all(a.language == "fr" for a in articles)
        assert store.get_article("sd-01").outlet == "Perspectives Med"
        # sd-11 is a shortened republication of the RFI story in sd-13: linked, not merged
        assert [other for other, _ in store.near_duplicates("sd-11")] == ["sd-13"]
