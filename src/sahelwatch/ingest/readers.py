"""Input readers: files, folders, stdin, archives; JSONL, text, HTML and RSS/Atom feeds.

Every reader yields ``Record`` (one per article) or ``Problem`` (a bad file or line,
named ``path:line``). One bad record never stops the others.
"""

from __future__ import annotations

import codecs
import gzip
import html
import io
import json
import re
import sys
import time
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

import charset_normalizer
import feedparser

from sahelwatch.ingest.records import Problem, Record

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
WESTERN_ENCODING = "cp1252"  # French, English and Portuguese sources
MAX_ARCHIVE_MEMBER_BYTES = 512 * 1024 * 1024
JSONL_SUFFIXES = {".jsonl", ".json", ".ndjson"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
ARCHIVE_SUFFIXES = {".zip", ".gz"}
INPUT_SUFFIXES = JSONL_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | ARCHIVE_SUFFIXES
_DECLARED_CHARSET = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TEXT_HEADER = re.compile(r"^(title|date|published|outlet|source|url|language|note)\s*:\s*(.+?)\s*$", re.I)
_CONTROL_BYTES = [b for b in range(32) if b not in (9, 10, 12, 13, 27)]
Item = Record | Problem
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
MIXED_ENCODING = "utf-8+cp1252"


def iter_paths(paths: Iterable[str]) -> Iterator[tuple[str, bytes | None, Problem | None]]:
    """Yield (name, content, problem) for every input file; folders are walked recursively."""
    for raw_path in paths:
        if raw_path == "-":
            yield "<stdin>", sys.stdin.buffer.read(), None
            continue
        path = Path(raw_path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)
            for file in files:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield raw_path, None, Problem(raw_path, None, "no such file or directory")


def _read_file(path: Path) -> Iterator[tuple[str, bytes | None, Problem | None]]:
    try:
        yield str(path), path.read_bytes(), None
    except OSError as error:
        yield str(path), None, Problem(str(path), None, f"cannot read file: {error.strerror or error}")


def read_source(name: str, data: bytes) -> Iterator[Item]:
    """Records of one input, its format chosen by extension, else by content."""
    if not data.strip():
        yield Problem(name, None, "empty file")
        return
    if data[:2] == b"\x1f\x8b" or name.lower().endswith(".gz"):
        yield from _read_gzip(name, data)
        return
    if data[:4] == b"PK\x03\x04" or name.lower().endswith(".zip"):
        yield from _read_zip(name, data)
        return
    if looks_binary(data):
        yield Problem(name, None, "binary file (not text, JSONL, HTML, feed or archive)")
        return
    readers = {"jsonl": read_jsonl, "txt": read_text, "html": read_html, "feed": read_feed}
    yield from readers[detect_format(name, data)](name, data)


def looks_binary(data: bytes) -> bool:
    """More than 10% control bytes (NUL etc.) in the first 8 KB, and no UTF-16 byte-order mark."""
    head = data[:8192]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return sum(head.count(bytes([b])) for b in _CONTROL_BYTES) > len(head) // 10


def detect_format(name: str, data: bytes) -> str:
    """jsonl | txt | html | feed, from the file extension or the first bytes."""
    suffix = Path(name).suffix.lower()
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    if head.startswith(b"{"):
        return "jsonl"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "txt"


def _read_gzip(name: str, data: bytes) -> Iterator[Item]:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            inner = stream.read(MAX_ARCHIVE_MEMBER_BYTES + 1)
    except (OSError, EOFError) as error:
        yield Problem(name, None, f"corrupt gzip archive: {error}")
        return
    if len(inner) > MAX_ARCHIVE_MEMBER_BYTES:
        yield Problem(name, None, "archive member too large")
        return
    inner_name = name[:-3] if name.lower().endswith(".gz") else name
    yield from read_source(inner_name, inner)


def _read_zip(name: str, data: bytes) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [info for info in archive.infolist() if not info.is_dir()]
    except zipfile.BadZipFile as error:
        yield Problem(name, None, f"corrupt zip archive: {error}")
        return
    for info in sorted(members, key=lambda i: i.filename):
        member_name = f"{name}!{info.filename}"
        if Path(info.filename).suffix.lower() not in INPUT_SUFFIXES:
            continue
        if info.file_size > MAX_ARCHIVE_MEMBER_BYTES:
            yield Problem(member_name, None, "archive member too large")
            continue
        try:
            content = archive.read(info)
        except (zipfile.BadZipFile, OSError) as error:
            yield Problem(member_name, None, f"cannot read archive member: {error}")
            continue
        yield from read_source(member_name, content)


def decode(data: bytes, declared: str | None = None) -> tuple[str | None, str]:
    """Decode bytes: UTF-8, else the declared encoding, else charset-normalizer's guess.

    Returns (text or None, encoding used or the reason it failed).
    """
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed, MIXED_ENCODING
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    encoding = detect_encoding(data)
    if not encoding:
        return None, "invalid UTF-8 and no other encoding fits"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return None, f"invalid UTF-8 and not decodable as detected {encoding}"


def _mixed_utf8(data: bytes) -> str | None:
    """A UTF-8 page with a few stray Windows-1252 bytes (a quote or accent pasted from a word processor):
    UTF-8 where the bytes are valid UTF-8, cp1252 for the strays; None unless UTF-8 sequences dominate."""
    sequences = len(_UTF8_MULTIBYTE.findall(data))
    strays = len(_HIGH_BYTE.findall(_UTF8_MULTIBYTE.sub(b"", data)))
    if sequences == 0 or strays > sequences:
        return None
    return data.decode("utf-8-sig", errors="sahelwatch-cp1252")


def _cp1252_errors(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    text = "".join(bytes([b]).decode("cp1252", errors="replace").replace("\ufffd", chr(b)) for b in bad)
    return text, error.end


codecs.register_error("sahelwatch-cp1252", _cp1252_errors)


def detect_encoding(data: bytes) -> str:
    """charset-normalizer's best non-UTF-8 guess ('' if none); on a tie, Western European cp1252 wins."""
    matches = list(charset_normalizer.from_bytes(data))
    if not matches or matches[0].encoding in {"utf_8", "utf-8"}:
        return ""
    best = matches[0]
    tied = [m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return WESTERN_ENCODING if WESTERN_ENCODING in tied else best.encoding


def read_jsonl(name: str, data: bytes) -> Iterator[Item]:
    """One article object per line; bad lines are reported and skipped."""
    text = _utf8_or_none(data)
    fallback: str | None = None
    lines = text.split("\n") if text is not None else data.split(b"\n")
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            line, fallback, problem = _decode_line(name, number, line, data, fallback)
            if line is None:
                yield problem
                continue
            if problem:
                yield problem
        if not line.strip():
            continue
        if len(line) > MAX_ARTICLE_BYTES and len(line.encode("utf-8")) > MAX_ARTICLE_BYTES:
            yield Problem(name, number, "article over 5 MB")
            continue
        yield _parse_json_line(name, number, line)


def _utf8_or_none(data: bytes) -> str | None:
    """The whole file as UTF-8 text, or None (then lines are decoded one by one)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _decode_line(
    name: str, number: int, line: bytes, data: bytes, fallback: str | None
) -> tuple[str | None, str | None, Problem | None]:
    """Decode one JSONL line; a non-UTF-8 line is repaired with the file's detected encoding or rejected."""
    try:
        return line.decode("utf-8-sig" if number == 1 else "utf-8"), fallback, None
    except UnicodeDecodeError as error:
        detail = f"invalid UTF-8 at byte {error.start}"
    mixed = _mixed_utf8(line)
    if mixed is not None:
        problem = Problem(name, number, f"{detail}; decoded as {MIXED_ENCODING}", rejected=False)
        return mixed, fallback, problem
    if fallback is None:
        fallback = detect_encoding(data)
    if fallback:
        try:
            repaired = line.decode(fallback)
            return (
                repaired,
                fallback,
                Problem(name, number, f"{detail}; decoded as {fallback}", rejected=False),
            )
        except (UnicodeDecodeError, LookupError):
            pass
    return None, fallback, Problem(name, number, f"{detail}; rejected")


def _parse_json_line(name: str, number: int, line: str) -> Item:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        return Problem(name, number, f"malformed JSON: {error.msg} (column {error.colno})")
    if not isinstance(value, dict):
        return Problem(name, number, f"expected a JSON object, got {type(value).__name__}")
    if "text" not in value and "html" not in value and "source_article" in value and "source_date" in value:
        return Record(_from_ucdp_aec(value), name, number, "ucdp-aec")
    return Record(value, name, number, "jsonl")


def _from_ucdp_aec(row: dict) -> dict:
    """Map a UCDP-AEC row to article fields: id ``aec-<id>``, text, published; labels kept as metadata."""
    fields = {k: v for k, v in row.items() if k not in {"id", "source_article", "source_date"}}
    fields.update(text=row["source_article"], published=row["source_date"])
    if row.get("id") is not None:
        fields["id"] = f"aec-{row['id']}"
    return fields


def read_text(name: str, data: bytes) -> Iterator[Item]:
    """A plain-text file is one article; optional ``Key: value`` header lines then a blank line."""
    if len(data) > MAX_ARTICLE_BYTES:
        yield Problem(name, None, "article over 5 MB")
        return
    text, how = decode(data)
    if text is None:
        yield Problem(name, None, how)
        return
    if how != "utf-8":
        yield Problem(name, None, f"not UTF-8; decoded as {how}", rejected=False)
    fields = _text_header(text)
    yield Record(fields, name, 1, "txt")


def _text_header(text: str) -> dict:
    """Split an optional header block (Title:, Date:, Outlet:, URL:, Language:, Note:) from the body."""
    lines = text.split("\n")
    header: dict[str, str] = {}
    index = 0
    while index < len(lines) and (match := _TEXT_HEADER.match(lines[index])):
        header[match.group(1).lower()] = match.group(2)
        index += 1
    if not header or index >= len(lines) or lines[index].strip():
        return {"text": text}
    fields: dict = {"text": "\n".join(lines[index + 1 :])}
    renames = {"date": "published", "source": "outlet", "note": "note"}
    for key, value in header.items():
        fields[renames.get(key, key)] = value
    return fields


def read_html(name: str, data: bytes) -> Iterator[Item]:
    """An HTML page is one article; extraction happens later (trafilatura)."""
    if len(data) > MAX_ARTICLE_BYTES:
        yield Problem(name, None, "article over 5 MB")
        return
    declared = _DECLARED_CHARSET.search(data[:4096])
    text, how = decode(data, declared.group(1).decode("ascii") if declared else None)
    if text is None:
        yield Problem(name, None, how)
        return
    yield Record({"html": text}, name, 1, "html")


def read_feed(name: str, data: bytes) -> Iterator[Item]:
    """RSS/Atom: one record per entry (line = entry number), content or summary as HTML."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"not a readable feed ({parsed.bozo_exception})" if parsed.bozo else "feed has no entries"
        yield Problem(name, None, reason)
        return
    channel = parsed.feed
    for number, entry in enumerate(parsed.entries, start=1):
        yield Record(_feed_entry_fields(entry, channel), name, number, "feed")


FEED_TEASER_CHARS = 400  # a summary this short is a teaser: the entry's title is most of what it says


def _feed_entry_fields(entry: dict, channel: dict) -> dict:
    contents = entry.get("content") or []
    body = contents[0].get("value", "") if contents else entry.get("summary", "")
    body_type = contents[0].get("type", "") if contents else entry.get("summary_detail", {}).get("type", "")
    fields: dict = {"title": entry.get("title"), "url": entry.get("link")}
    is_html = "html" in body_type or "<" in body
    if not contents:
        body = _with_title(entry.get("title") or "", body, is_html)
    fields["html" if is_html else "text"] = body
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp:
        fields["published"] = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", stamp)
    if channel.get("title"):
        fields["outlet"] = channel["title"]
    detail = contents[0] if contents else entry.get("summary_detail", {})
    language = detail.get("language") or channel.get("language")  # xml:lang of the entry, else the feed's
    if language:
        fields["language"] = language
    if entry.get("id") and entry.get("id") != entry.get("link"):
        fields["guid"] = entry["id"]
    return fields


def _with_title(title: str, summary: str, is_html: bool) -> str:
    """A feed entry's text when it has no full content: its title, then its summary when that is a short
    teaser that does not repeat it ("Niger: 15 soldiers killed near Tera" + "Read our report")."""
    title = " ".join(title.split())
    plain = re.sub(r"<[^>]+>", " ", summary)
    if not title or title in " ".join(plain.split()) or len(plain) > FEED_TEASER_CHARS:
        return summary
    if not plain.strip():
        return title
    return f"<p>{html.escape(title)}</p>\n{summary}" if is_html else f"{title}\n\n{summary}"


def iter_records(paths: Iterable[str]) -> Iterator[Item]:
    """Every record and problem of every input path, in order."""
    for name, content, problem in iter_paths(paths):
        if problem is not None:
            yield problem
        elif content is not None:
            yield from read_source(name, content)
