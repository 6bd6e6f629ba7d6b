"""Boilerplate removal with an exact offset map back to the raw text.

``clean_text(raw)`` drops whole lines (repeated lines, truncated repeats of an
earlier line, "Read more"/"See also", comment forms, bylines, share buttons,
copyright notices, "Source link") and normalises whitespace inside the kept lines.
It returns the cleaned text and runs ``(clean_start, raw_start, length)`` such that
``clean[c:c+n] == raw[r:r+n]`` for every run; ``clean_span_to_raw`` maps a span back.

A line that carries a number of dead is never dropped (unless it repeats a line
already kept, in which case the sentence survives in its first occurrence), except a link to
another story: a line opening with "Read also:" / "Lire aussi >>" and the titles listed under a
"Related articles" heading.
"""

from __future__ import annotations

import bisect
import re

OffsetMap = list[tuple[int, int, int]]

# A number (digits or a small number word) followed closely by a death word.
DEATH_NUMBER = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores?|hundreds?"
    r"|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|vingtaine|dizaine|centaine)\b"
    r"[^.\n]{0,60}\b(killed|kills?|dead|died|deaths?|bodies|lives|tués?|morts?|décès|victimes|"
    r"perdu la vie|massacred|slain|executed)",
    re.IGNORECASE,
)

_SOCIAL = (
    r"(facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|imprimer|pinterest|reddit|tweet"
    r"|share|partager|messenger|copy link|copier le lien)"
)

# Portuguese related-link headings ("Leia também:", "Veja mais", "Saiba mais").
_PT_RELATED = r"(leia|veja|ler|ver) (também|mais)|saiba mais|(artigos|notícias) relacionad[oa]s"

# The markers of a link to another story, in every language ("See also", "Lire aussi", "Leia também").
_RELATED = (
    r"see also|related( articles?| posts?| stories| news| content)?|read more|read also|also read"
    rf"|lire aussi|à lire aussi|a lire aussi|voir aussi|sur le même sujet|{_PT_RELATED}"
)

# Matched (case-insensitively) against the whole line, whitespace-normalised and case-folded.
BOILERPLATE = re.compile(
    "|".join(
        [
            # related links
            rf"({_RELATED}|more from|further reading|recommended|you may (also )?like|lire la suite"
            r"|dans la même rubrique)\b.{0,200}",
            # comment forms and policies
            r"(leave a (reply|comment)|post a comment|\d+ comments?|comments? (are|is) (closed|moderated)|"
            r"comment policy|your email address will not be published|required fields are marked|"
            r"laisser un commentaire|votre adresse e-?mail ne sera pas publiée|cancel reply)\b.{0,200}",
            r"(about the author|à propos de l'auteur)\b.{0,300}",
            # share buttons
            rf"((click to )?(share|partager)( (this|on|sur|via))?( {_SOCIAL})?\s*:?\s*"
            r"(\(opens in new window\))?)",
            rf"({_SOCIAL}[\s,|/•·]*)+",
            # copyright
            r"(©|\(c\)|copyright)\s.{0,200}",
            # tags
            r"(tags?|mots-clés|étiquettes|palavras-chave)\s*:.{0,200}",
            # photo credits and captions' labels
            r"\(?(photo|photos|image|foto|fotos|crédit photo|credit|crédito)"
            r"( d'illustration| de arquivo| archives?)?\s*(:|©|/).{0,80}\)?"
            r"|photo d'illustration|image d'illustration|foto ilustrativa|file photo",
            # the page's own dates and reading time (the publication date comes from metadata)
            r"((publié|mis à jour|modifié|published|updated|posted|last updated|publicado|atualizado)"
            r"( le| on| em| at)?\s*:?\s*\d.{0,100})",
            r"(temps de lecture|reading time|tempo de leitura|lecture)\s*:?\s*\d+\s*(min\w*|mn)\.?",
            # newsletter and comment headings
            r"((recevez|inscrivez-vous à|abonnez-vous à) (notre|la) newsletter.{0,80}"
            r"|sign up (for|to) our newsletter.{0,80}|(receba|assine) (a )?nossa newsletter.{0,80}"
            r"|commentaires?|comments|comentários|\d+ commentaires?)",
            # an embedded tweet's attribution: "— FAMa (@FAMa_DIRPA) March 5, 2024"
            r"[—–-]\s*[^()]{0,60}\(@\w+\)\s+.{0,40}\d{4}",
            # misc
            r"(source link|lien source|support our journalism|subscribe to our newsletter|"
            r"abonnez-vous.{0,80}|follow us on .{0,60}|suivez-nous sur .{0,60}|advertisement|publicité)",
        ]
    ),
    re.IGNORECASE,
)

# A line that points to another story: a related-link marker, a separator, then the story's title
# ("Read also: Mali: 12 soldiers killed near Boni", "À LIRE AUSSI >> Burkina : 20 morts à Djibo").
RELATED_LINK = re.compile(rf"({_RELATED})\s*(:|>>|»|›|\||[-–—](?=\s))\s*\S.{{0,200}}")

# A blog platform's footer under a feed entry, naming the story (and so maybe its toll) and the site:
# "The post Niger: 4 killed in Makalondi appeared first on X.", "L'article ... est apparu en premier sur X."
FEED_FOOTER = re.compile(
    r"(the post .{1,250} appeared first on|l[’']article .{1,250} est apparu en premier sur"
    r"|(o )?(post|artigo) .{1,250} apareceu primeiro em)\s+.{1,120}"
)

# A link to the rest of the story: "Continue reading...", "Continuer la lecture →", "Continuar lendo".
CONTINUE_READING = re.compile(
    r"(continue reading|keep reading|read the full (story|article)|continuer la lecture|lire l[’']article"
    r"( complet)?|continuar (lendo|a ler)|ler (a )?(matéria|notícia) completa)"
    r"( on \S.{0,60}| sur \S.{0,60})?\s*(\.\.\.|…|→|»|>>|›)?"
)

# A site's lists of other stories: "Most read", "Les plus lus", "Mais lidas", "Latest news".
_NAVIGATION = (
    r"most (read|popular|viewed|shared)|popular( posts| stories| articles)?|trending( now| stories)?"
    r"|latest( news| stories| posts| articles| headlines)?|top stories|editor'?s picks|more (stories|news)"
    r"|in other news|les plus (lus|populaires|partagés)|à la une|a la une|en continu"
    r"|dernières (infos|nouvelles|actualités|actus|publications)|(les )?articles (récents|populaires)"
    r"|mais (lidas|lidos|vistas|vistos|populares)|últimas( notícias)?|em destaque|destaques"
)

# A heading that introduces a list of links to other stories.
RELATED_HEADING = re.compile(
    rf"({_RELATED}|further reading|more from [^.]{{0,40}}|you may (also )?like( these stories)?"
    rf"|recommended( for you)?|dans la même rubrique|{_NAVIGATION})\s*:?"
)

# Bylines and author bios: names must be capitalised, so matched case-sensitively on the original line.
_NAME = r"[A-ZÀ-Ý][\w.'’-]+"
BYLINE = re.compile(
    r"(?i:(par|de) notre (correspondant|correspondante|envoyé spécial|envoyée spéciale)"
    r"|from our correspondent|(do|pelo|da) nosso (correspondente|enviado especial))(\s.{0,60})?"
    rf"|(?i:by|par|por|writer|author|auteur|reporting by|editing by|written by)\s*:?\s+"
    rf"{_NAME}(\s+{_NAME}){{0,3}}"
    rf"(\s*[/,|–-]\s*[A-ZÀ-Ý].{{0,60}})?"
    rf"|{_NAME}( {_NAME}){{0,3}} is an? (journalist|reporter|correspondent|freelance|writer)\b.{{0,200}}"
)

_TOKEN = re.compile(r"\S+")
_TRUNCATION = re.compile(r"\s*(…|\.\.\.)\s*$")
MIN_REPEAT_CHARS = 20
REPEAT_WINDOW = 3  # a truncated repeat is compared with the first and the last three kept lines
MAX_BOILERPLATE_CHARS = 300
_RIGHTS_RESERVED = ("all rights reserved", "tous droits réservés")
_IRREGULAR_SPACE = re.compile(r"\s\s|[^\S ]")
# A news database's citation run into the line it cites: "<headline> 162 words 15 October 2008 18:10 <source>
# English (c) 2008 <owner>. All Rights Reserved." The trailer is boilerplate, the headline before it is not.
_CITATION_TRAILER = re.compile(
    r"\s+\d{1,3}(?:,\d{3})*\s+words\s+\d{1,2}\s+[A-Za-zéû]+\.?\s+\d{4}\b"
    r"(?=.*(?:\(c\)|©|copyright|all rights reserved|tous droits réservés))",
    re.IGNORECASE,
)


def clean_text(raw: str) -> tuple[str, OffsetMap]:
    """Return (cleaned text, offset map) for ``raw``."""
    pieces: list[tuple[str, int | None]] = []
    kept_keys: set[str] = set()
    kept_lines: list[str] = []
    last_kept_end: int | None = None  # raw index of the newline that ended the last kept line
    blank_since_kept: int | None = None  # raw index of a newline ending a skipped/blank line
    in_link_list = False  # just after a "Related Articles" / "Read more:" heading
    for start, end in _line_spans(raw):
        trailer = _CITATION_TRAILER.search(raw, start, end)
        text_end = trailer.start() if trailer and len(raw[start : trailer.start()].split()) >= 3 else end
        line = raw[start:text_end]
        key = " ".join(line.split()).casefold()
        in_link_list = bool(key) and (
            RELATED_HEADING.fullmatch(key) is not None or (in_link_list and _is_link_title(key))
        )
        link_to_drop = in_link_list  # another story's title, whatever its toll
        if not key or link_to_drop or _drop_line(key, line, kept_keys, kept_lines):
            if last_kept_end is not None and end < len(raw):
                blank_since_kept = end
            continue
        if last_kept_end is not None:
            pieces.append(("\n", last_kept_end))
            if blank_since_kept is not None:
                pieces.append(("\n", blank_since_kept))
        pieces.extend(_line_pieces(raw, start, text_end))
        kept_keys.add(key)
        kept_lines.append(key)
        last_kept_end = end if end < len(raw) else None
        blank_since_kept = None
        if last_kept_end is None:
            break
    return _assemble(pieces)


def _line_spans(raw: str) -> list[tuple[int, int]]:
    """(start, end) of every line, ``end`` being the index of its newline (or len)."""
    spans = []
    start = 0
    while start <= len(raw):
        end = raw.find("\n", start)
        if end == -1:
            spans.append((start, len(raw)))
            break
        spans.append((start, end))
        start = end + 1
    return spans


_SENTENCE_ENDS = (".", "!", "?", ":", '"', "”", "»", "'", "’")


def _is_link_title(key: str) -> bool:
    """A short headline-like line in a list of related links: no final full stop or closing quote, and no
    sentence break inside (the story going on after a "Read more" heading is kept)."""
    return len(key) <= 150 and not key.endswith(_SENTENCE_ENDS) and ". " not in key


def _drop_line(key: str, line: str, kept_keys: set[str], kept_lines: list[str]) -> bool:
    """Whether a (non-empty) line is boilerplate or a repeat; lines reporting deaths are kept."""
    if len(key) >= MIN_REPEAT_CHARS and key in kept_keys:
        return True
    if len(key) > MAX_BOILERPLATE_CHARS:
        return False
    if RELATED_LINK.fullmatch(key.strip(" -–•·|>»")) or FEED_FOOTER.fullmatch(key.strip()):
        return True  # another story's title, whatever its toll
    if CONTINUE_READING.fullmatch(key.strip(" -–•·|>»[]()")):
        return True
    candidate = _is_truncated_repeat(key, kept_lines) or _is_boilerplate(key, line)
    return candidate and not DEATH_NUMBER.search(line)


def _is_boilerplate(key: str, line: str) -> bool:
    """A related-link, comment, share, copyright or byline line."""
    trimmed = key.strip(" -–•·|>»")
    if any(marker in trimmed for marker in _RIGHTS_RESERVED):
        return True
    if BOILERPLATE.fullmatch(trimmed):
        return True
    return BYLINE.fullmatch(" ".join(line.split()).strip(" -–•·|>»")) is not None


def _is_truncated_repeat(key: str, kept_lines: list[str]) -> bool:
    """A caption repeating the start of a nearby or opening line (e.g. the headline), maybe cut with '…'."""
    stem = _TRUNCATION.sub("", key) if key.endswith(("…", "...")) else key
    if len(stem) < MIN_REPEAT_CHARS:
        return False
    nearby = kept_lines[:REPEAT_WINDOW] + kept_lines[REPEAT_WINDOW:][-REPEAT_WINDOW:]
    return any(len(earlier) > len(stem) and earlier.startswith(stem) for earlier in nearby)


def _line_pieces(raw: str, start: int, end: int) -> list[tuple[str, int | None]]:
    """The tokens of one line joined by single spaces, each mapped to its raw position."""
    line = raw[start:end]
    stripped = line.strip()
    if stripped and not _IRREGULAR_SPACE.search(stripped):
        return [(stripped, start + line.index(stripped[0]))]
    pieces: list[tuple[str, int | None]] = []
    previous_end: int | None = None
    for match in _TOKEN.finditer(raw, start, end):
        if previous_end is not None:
            gap_start = previous_end
            pieces.append((" ", gap_start if raw[gap_start] == " " else None))
        pieces.append((match.group(), match.start()))
        previous_end = match.end()
    return pieces


def _assemble(pieces: list[tuple[str, int | None]]) -> tuple[str, OffsetMap]:
    """Concatenate pieces and merge contiguous mapped pieces into runs."""
    runs: OffsetMap = []
    clean_pos = 0
    for text, raw_pos in pieces:
        length = len(text)
        if raw_pos is not None:
            if runs:
                c, r, n = runs[-1]
                if c + n == clean_pos and r + n == raw_pos:
                    runs[-1] = (c, r, n + length)
                    clean_pos += length
                    continue
            runs.append((clean_pos, raw_pos, length))
        clean_pos += length
    return "".join(text for text, _ in pieces), runs


def clean_to_raw(offset_map: OffsetMap, clean_pos: int) -> int | None:
    """The raw offset of one clean character position, or None if it was synthesised."""
    index = bisect.bisect_right(offset_map, (clean_pos, float("inf"), 0)) - 1
    if index < 0:
        return None
    c, r, n = offset_map[index]
    return r + (clean_pos - c) if clean_pos < c + n else None


def clean_span_to_raw(offset_map: OffsetMap, start: int, end: int) -> tuple[int, int] | None:
    """Map the clean span [start, end) to a raw span; None if the span has no mapped character."""
    if end <= start:
        return None
    starts = [c for c, _, _ in offset_map]
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    raw_start = raw_end = None
    for c, r, n in offset_map[first:]:
        if c >= end:
            break
        lo, hi = max(c, start), min(c + n, end)
        if lo >= hi:
            continue
        if raw_start is None:
            raw_start = r + (lo - c)
        raw_end = r + (hi - c)
    if raw_start is None or raw_end is None:
        return None
    return raw_start, raw_end
