"""Article identity: URL normalisation, content hashes and derived ids."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid)$", re.IGNORECASE)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def normalise_url(url: str | None) -> str | None:
    """Canonical form of a URL: lower-case scheme/host, no fragment, no tracking params, no trailing slash."""
    if not url or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    host = parts.netloc.lower()
    scheme = parts.scheme.lower()
    if (scheme, host.rsplit(":", 1)[-1]) in {("http", "80"), ("https", "443")}:
        host = host.rsplit(":", 1)[0]
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING_PARAMS.match(k)]
    )
    path = parts.path.rstrip("/") or ""
    return urlunsplit((scheme, host, path, query, ""))


def normalised_text(text: str) -> str:
    """Case-folded words separated by single spaces (punctuation and layout ignored)."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def content_hash(text: str) -> str:
    """SHA-1 of the normalised text: equal for copies differing only in case, spacing or punctuation."""
    return hashlib.sha1(normalised_text(text).encode("utf-8")).hexdigest()


def derive_id(url: str | None, text_hash: str) -> str:
    """A stable article id: ``a-`` + 16 hex digits of the normalised URL's hash, else of the content hash."""
    basis = normalise_url(url) or text_hash
    return "a-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
