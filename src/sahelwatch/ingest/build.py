"""Turn a raw ``Record`` into a validated, cleaned ``Article`` (or a rejection).

Article JSONL fields: ``id`` (optional; else ``a-`` + hash of the normalised URL or
text), ``url``, ``title``, ``text`` or ``html``, ``published`` (ISO 8601 date or
datetime, optional), ``outlet``, ``language`` (optional; detected with py3langid).
Every other key is kept in ``Article.metadata``.
"""

from __future__ import annotations

import email.utils
import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import htmldate
import lxml.html
import trafilatura
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from sahelwatch.ingest.clean import clean_text
from sahelwatch.ingest.identity import content_hash, derive_id, normalise_url
from sahelwatch.ingest.readers import MAX_ARTICLE_BYTES
from sahelwatch.ingest.records import Problem, Record
from sahelwatch.ingest.textdate import printed_publication_date, wire_dateline_date
from sahelwatch.models import Article

_HTML_DOCUMENT = re.compile(r"<(html|body)\b", re.IGNORECASE)
# trafilatura's date: markup only (meta tags, time elements); dates in the text are htmldate's job.
_METADATA_DATE_ONLY = {"extensive_search": False, "original_date": True}
KNOWN_FIELDS = {"id", "url", "title", "text", "html", "published", "outlet", "language"}
EARLIEST_YEAR = 1950
LANGUAGE_SAMPLE_CHARS = 200  # py3langid is pure Python per byte: keep the sample short


@dataclass
class Defaults:
    """Values for formats that lack them (``--outlet``, ``--language``)."""

    outlet: str | None = None
    language: str | None = None


def build_article(record: Record, defaults: Defaults | None = None) -> tuple[Article | None, list[Problem]]:
    """Validate, extract and clean one record; return the article (None if rejected) and any problems."""
    defaults = defaults or Defaults()
    fields = record.fields
    problems: list[Problem] = []

    def problem(reason: str, rejected: bool = True) -> Problem:
        item = Problem(record.source_file, record.source_line, reason, rejected=rejected)
        problems.append(item)
        return item

    bad_type = _first_bad_type(fields)
    if bad_type:
        problem(bad_type)
        return None, problems
    body = fields.get("text") or fields.get("html") or ""
    if len(body) > MAX_ARTICLE_BYTES // 4 and len(body.encode("utf-8")) > MAX_ARTICLE_BYTES:
        problem("article over 5 MB")
        return None, problems
    extracted = _extract(fields)
    if not extracted["text"].strip():
        problem("no article text" if not body.strip() else "no article text could be extracted")
        return None, problems
    raw_text = extracted["text"]
    text, offset_map = clean_text(raw_text)
    if not text.strip():
        problem("nothing left after removing boilerplate")
        return None, problems
    language, language_source = _language(fields.get("language") or defaults.language, text)
    published, published_source, date_problem = _publication_date(fields, extracted, language, text)
    if date_problem:
        problem(date_problem, rejected=False)
    text_hash = content_hash(text)
    url = normalise_url(fields.get("url") or extracted.get("url"))
    article_id = (
        str(fields["id"]).strip() if fields.get("id") not in (None, "") else derive_id(url, text_hash)
    )
    metadata = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    metadata["format"] = record.format
    if fields.get("url") and url != fields["url"]:
        metadata["original_url"] = fields["url"]
    article = Article(
        id=article_id,
        text=text,
        raw_text=raw_text,
        title=_clean_str(fields.get("title") or extracted.get("title")),
        url=url,
        outlet=_clean_str(fields.get("outlet") or extracted.get("outlet") or defaults.outlet),
        published=published,
        published_source=published_source,
        language=language,
        language_source=language_source,
        source_file=record.source_file,
        source_line=record.source_line,
        offset_map=offset_map,
        content_hash=text_hash,
        metadata=metadata,
    )
    return article, problems


def _first_bad_type(fields: dict[str, Any]) -> str | None:
    """A message for the first known field with the wrong JSON type, else None."""
    for key in ("url", "title", "text", "html", "published", "outlet", "language"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            return f"field '{key}' must be a string, got {type(value).__name__}"
    if fields.get("id") is not None and not isinstance(fields["id"], str | int):
        return f"field 'id' must be a string, got {type(fields['id']).__name__}"
    return None


def _clean_str(value: Any) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


# Blog-theme blocks that list other stories or readers' comments (their tolls are not the report's):
# an element whose class or id is one of these names is removed before extraction.
_SIDE_BLOCKS = {
    "jp-relatedposts", "related-posts", "relatedposts", "yarpp-related", "crp_related", "related-articles",
    "comments", "comment-list", "comments-area", "commentlist", "sharedaddy", "share-buttons",
}


def _without_side_blocks(html: str) -> str:
    """The page without its related-stories, comments and share blocks (unchanged if it cannot be parsed)."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return html
    removed = False
    for element in tree.xpath("//*[@class or @id]"):
        names = set((element.get("class") or "").split()) | {element.get("id") or ""}
        if names & _SIDE_BLOCKS and element.getparent() is not None:
            element.drop_tree()
            removed = True
    return lxml.html.tostring(tree, encoding="unicode") if removed else html


def _extract(fields: dict[str, Any]) -> dict[str, Any]:
    """Main text and metadata: plain text as is, HTML through trafilatura."""
    if fields.get("text"):
        return {"text": fields["text"]}
    html = fields.get("html") or ""
    if not html.strip():
        return {"text": ""}
    if not _HTML_DOCUMENT.search(html[:2000]):
        html = f"<html><body>{html}</body></html>"  # a fragment, e.g. a feed entry's content
    html = _without_side_blocks(html)
    document = trafilatura.bare_extraction(
        html,
        url=fields.get("url"),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=_METADATA_DATE_ONLY,
    )
    if document is None or not (document.text or "").strip():
        return {"text": trafilatura.html2txt(html) or "", "html": html}
    return {
        "text": document.text or "",
        "title": document.title,
        "date": document.date,
        "outlet": document.sitename,
        "url": document.url,
        "html": html,
    }


def _publication_date(
    fields: dict[str, Any], extracted: dict[str, Any], language: str | None = None, text: str = ""
) -> tuple[str | None, str, str | None]:
    """(published, source, problem): input metadata, else page metadata, else htmldate, else the date the
    text prints as its publication date ("Publié le 12/03/2024") or its wire dateline's ("Bissau, 6 out
    2026 (Lusa) -"), else unknown."""
    raw_value = fields.get("published")
    source = "metadata"
    if not raw_value and extracted.get("date"):
        raw_value = extracted["date"]
    if not raw_value and extracted.get("html"):
        raw_value = htmldate.find_date(extracted["html"], extensive_search=True, original_date=True)
        source = "htmldate"
    if not raw_value:
        printed = printed_publication_date(extracted["text"], language) or wire_dateline_date(text, language)
        raw_value, source = (printed.isoformat(), "text") if printed else (None, "unknown")
    if not raw_value:
        return None, "unknown", None
    value, reason = parse_published(raw_value)
    if reason:
        return None, "unknown", f"published date {raw_value!r} {reason}; date dropped"
    return value, source, None


def parse_published(value: str) -> tuple[str | None, str | None]:
    """Normalise a publication date to ISO 8601; (None, reason) if unparseable or out of range."""
    parsed = _parse_any_date(value.strip())
    if parsed is None:
        return None, "is not a recognisable date"
    as_datetime = parsed if isinstance(parsed, datetime) else datetime(parsed.year, parsed.month, parsed.day)
    aware = as_datetime if as_datetime.tzinfo else as_datetime.replace(tzinfo=UTC)
    if as_datetime.year < EARLIEST_YEAR:
        return None, f"is before {EARLIEST_YEAR}"
    if aware > datetime.now(UTC) + timedelta(days=1):
        return None, "is in the future"
    return parsed.isoformat(), None


def _parse_any_date(value: str) -> date | datetime | None:
    if len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _language(given: str | None, text: str) -> tuple[str | None, str]:
    """(ISO 639-1 code, 'input' | 'detected' | 'unknown')."""
    if given and given.strip():
        return given.strip().lower().replace("_", "-").split("-")[0], "input"
    if not text.strip():
        return None, "unknown"
    code, _score = _language_identifier().classify(text[:LANGUAGE_SAMPLE_CHARS])
    return code, "detected"


# Languages news about the Sahel is written in: limiting the choice keeps short English headlines
# from being read as Nigerian Pidgin or Scots, and French ones as Occitan.
NEWS_LANGUAGES = ("en", "fr", "pt", "ar", "es", "de", "it", "ru", "tr", "sw", "ha")


@functools.cache
def _language_identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages([code for code in NEWS_LANGUAGES if code in identifier.nb_classes])
    return identifier
