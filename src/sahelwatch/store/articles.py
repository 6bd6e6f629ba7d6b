"""Articles: ingest runs, stored articles and their aliases, near-duplicate links, rejections."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from sahelwatch.models import Article
from sahelwatch.store.rows import dumps, now_iso


class ArticleTables:
    """The ``articles``, ``ingest_runs``, ``article_aliases``, ``minhashes``, ``near_duplicates`` and
    ``rejections`` tables."""

    conn: Any  # set by ``Store``: a sqlite3 connection or a ``PgConnection``
    transaction: Any  # ``Store.transaction``

    def start_ingest_run(self, args: dict | None = None) -> int:
        """Record the start of an ingest run; return its id."""
        with self.transaction():
            cursor = self.conn.execute(
                "INSERT INTO ingest_runs (started_at, args) VALUES (?, ?)", (now_iso(), dumps(args or {}))
            )
        return int(cursor.lastrowid)

    def update_ingest_run(self, run_id: int, counts: dict[str, int], status: str | None = None) -> None:
        """Set a run's counters (n_read, n_new, n_duplicate, n_rejected) and, if given, its final status."""
        columns = ("n_read", "n_new", "n_duplicate", "n_rejected")
        values = [int(counts.get(c, 0)) for c in columns]
        with self.transaction():
            self.conn.execute(
                "UPDATE ingest_runs SET n_read=?, n_new=?, n_duplicate=?, n_rejected=? WHERE id=?",
                (*values, run_id),
            )
            if status:
                self.conn.execute(
                    "UPDATE ingest_runs SET status=?, finished_at=? WHERE id=?", (status, now_iso(), run_id)
                )

    def running_ingest_runs(self) -> list[dict]:
        """Ingest runs still marked 'running' (in progress, or killed), with their args decoded."""
        rows = self.conn.execute("SELECT id, args FROM ingest_runs WHERE status='running'").fetchall()
        return [{"id": row["id"], "args": json.loads(row["args"] or "{}")} for row in rows]

    def mark_ingest_run(self, run_id: int, status: str) -> None:
        """Set the final status of an ingest run (e.g. 'interrupted')."""
        with self.transaction():
            self.conn.execute(
                "UPDATE ingest_runs SET status=?, finished_at=? WHERE id=?", (status, now_iso(), run_id)
            )

    def ingest_run(self, run_id: int) -> dict | None:
        """One ingest run as a dict."""
        row = self.conn.execute("SELECT * FROM ingest_runs WHERE id=?", (run_id,)).fetchone()
        return dict(row) if row else None

    def stored_url(self, article_id: str) -> tuple[bool, str | None]:
        """(whether an article with this id is stored, its URL)."""
        row = self.conn.execute("SELECT url FROM articles WHERE id=?", (article_id,)).fetchone()
        return (True, row[0]) if row else (False, None)

    def find_article_id(
        self, article_id: str | None, url: str | None, text_hash: str | None
    ) -> tuple[str, str] | None:
        """(existing article id, matched on 'id' | 'url' | 'content') for a duplicate, else None."""
        if article_id:
            row = self.conn.execute("SELECT id FROM articles WHERE id=?", (article_id,)).fetchone()
            row = row or self.conn.execute(
                "SELECT article_id FROM article_aliases WHERE alias_id=? LIMIT 1", (article_id,)
            ).fetchone()
            if row:
                return row[0], "id"
        if url:
            row = self.conn.execute("SELECT id FROM articles WHERE url=?", (url,)).fetchone()
            row = row or self.conn.execute(
                "SELECT article_id FROM article_aliases WHERE url=? LIMIT 1", (url,)
            ).fetchone()
            if row:
                return row[0], "url"
        if text_hash:
            sql = "SELECT id FROM articles WHERE content_hash=? LIMIT 1"
            row = self.conn.execute(sql, (text_hash,)).fetchone()
            if row:
                return row[0], "content"
        return None

    def add_articles(
        self, articles: list[Article], run_id: int | None = None
    ) -> tuple[list[str], list[tuple[str, str, str]]]:
        """Store articles not seen before, in one transaction.

        Returns (ids of new articles, duplicates as (incoming id, existing id, matched on)).
        A duplicate's extra URL or id is recorded in ``article_aliases``.
        """
        new_ids: list[str] = []
        duplicates: list[tuple[str, str, str]] = []
        at = now_iso()
        with self.transaction():
            for article in articles:
                match = self.find_article_id(article.id, article.url, article.content_hash)
                if match:
                    self._add_alias(match[0], article, at)
                    duplicates.append((article.id, match[0], match[1]))
                    continue
                self.conn.execute(_INSERT_ARTICLE, _article_row(article, at))
                new_ids.append(article.id)
        return new_ids, duplicates

    def _add_alias(self, existing_id: str, article: Article, at: str) -> None:
        """Remember an incoming duplicate's URL and id unless the store already knows them."""
        known = self.conn.execute("SELECT url FROM articles WHERE id=?", (existing_id,)).fetchone()
        url = article.url if article.url and article.url != known[0] else None
        alias_id = article.id if article.id != existing_id else None
        if url and self.conn.execute("SELECT 1 FROM article_aliases WHERE url=?", (url,)).fetchone():
            url = None
        if alias_id and self.conn.execute(
            "SELECT 1 FROM article_aliases WHERE alias_id=?", (alias_id,)
        ).fetchone():
            alias_id = None
        if url or alias_id:
            self.conn.execute(
                "INSERT OR IGNORE INTO article_aliases (article_id, url, alias_id, source_file, source_line,"
                " added_at) VALUES (?, ?, ?, ?, ?, ?)",
                (existing_id, url, alias_id, article.source_file, article.source_line, at),
            )

    def article_aliases(self, article_id: str) -> list[dict]:
        """The extra URLs and ids under which an article was seen again."""
        rows = self.conn.execute(
            "SELECT url, alias_id, source_file, source_line FROM article_aliases WHERE article_id=?",
            (article_id,),
        )
        return [dict(row) for row in rows]

    def add_minhashes(self, rows: list[tuple[str, bytes]]) -> None:
        """Persist MinHash signatures (article id, bytes)."""
        with self.transaction():
            sql = "INSERT OR REPLACE INTO minhashes (article_id, signature) VALUES (?, ?)"
            self.conn.executemany(sql, rows)

    def iter_minhashes(self) -> Iterator[tuple[str, bytes]]:
        """Every stored (article id, signature bytes)."""
        for row in self.conn.execute("SELECT article_id, signature FROM minhashes"):
            yield row[0], bytes(row[1])

    def add_near_duplicates(self, pairs: list[tuple[str, str, float]]) -> None:
        """Link near-duplicate articles (article id, other id, estimated Jaccard similarity)."""
        with self.transaction():
            self.conn.executemany(
                "INSERT OR REPLACE INTO near_duplicates (article_id, other_id, similarity) VALUES (?, ?, ?)",
                pairs,
            )

    def near_duplicates(self, article_id: str) -> list[tuple[str, float]]:
        """The articles linked to ``article_id`` as near duplicates, most similar first."""
        rows = self.conn.execute(
            "SELECT other_id, similarity FROM near_duplicates WHERE article_id=?"
            " UNION SELECT article_id, similarity FROM near_duplicates WHERE other_id=? ORDER BY 2 DESC",
            (article_id, article_id),
        )
        return [(row[0], row[1]) for row in rows]

    def add_rejections(self, run_id: int | None, problems: list[tuple[str | None, int | None, str]]) -> None:
        """Record rejected or repaired inputs as (source file, line, reason)."""
        at = now_iso()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO rejections (run_id, source_file, source_line, reason, at)"
                " VALUES (?, ?, ?, ?, ?)",
                [(run_id, file, line, reason, at) for file, line, reason in problems],
            )

    def rejections(self, run_id: int | None = None) -> list[dict]:
        """Stored rejections and repairs, of one run or all."""
        sql = "SELECT run_id, source_file, source_line, reason, at FROM rejections"
        rows = self.conn.execute(sql + " WHERE run_id=?", (run_id,)) if run_id else self.conn.execute(sql)
        return [dict(row) for row in rows]

    def get_article(self, article_id: str) -> Article | None:
        """The article with this id (or alias id), or None."""
        row = self.conn.execute("SELECT * FROM articles WHERE id=?", (article_id,)).fetchone()
        if row is None:
            alias = self.conn.execute(
                "SELECT article_id FROM article_aliases WHERE alias_id=? LIMIT 1", (article_id,)
            ).fetchone()
            row = alias and self.conn.execute("SELECT * FROM articles WHERE id=?", (alias[0],)).fetchone()
        return _row_to_article(row) if row else None

    def iter_articles(
        self,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        language: str | None = None,
        limit: int | None = None,
        ids: list[str] | None = None,
    ) -> Iterator[Article]:
        """Stored articles in ingest order, filtered by outlet, publication day range, language or ids."""
        sql, params = _article_filter(outlet, since, until, language, ids)
        sql = "SELECT * FROM articles" + sql + " ORDER BY rowid"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        for row in self.conn.execute(sql, params).fetchall():
            yield _row_to_article(row)

    def count_articles(self, **filters: object) -> int:
        """How many articles are stored (optionally filtered like ``iter_articles``)."""
        sql, params = _article_filter(**filters)  # type: ignore[arg-type]
        return int(self.conn.execute("SELECT COUNT(*) FROM articles" + sql, params).fetchone()[0])

    def article_stats(self) -> dict[str, list[tuple[str | None, int]]]:
        """Article counts per outlet, per publication month and per language."""
        queries = {
            "outlet": "SELECT outlet, COUNT(*) FROM articles GROUP BY outlet ORDER BY 2 DESC, 1",
            "month": "SELECT substr(published, 1, 7), COUNT(*) FROM articles GROUP BY 1 ORDER BY 1",
            "language": "SELECT language, COUNT(*) FROM articles GROUP BY language ORDER BY 2 DESC, 1",
        }
        return {key: [(row[0], row[1]) for row in self.conn.execute(sql)] for key, sql in queries.items()}

    def table_counts(self) -> dict[str, int]:
        """Row counts of the main tables (for health pages)."""
        tables = ("articles", "mentions", "events", "near_duplicates", "rejections")
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]) for t in tables}


_ARTICLE_COLUMNS = (
    "id", "url", "title", "outlet", "published", "published_source", "language", "language_source", "text",
    "raw_text", "offset_map", "content_hash", "source_file", "source_line", "metadata", "chars",
    "ingested_at",
)
_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(_ARTICLE_COLUMNS))})"
)


def _article_row(article: Article, at: str) -> tuple:
    """The ``articles`` row of an article, in ``_ARTICLE_COLUMNS`` order."""
    return (
        article.id, article.url, article.title, article.outlet, article.published, article.published_source,
        article.language, article.language_source, article.text, article.raw_text,
        dumps([list(run) for run in article.offset_map]), article.content_hash, article.source_file,
        article.source_line, dumps(article.metadata), len(article.text), at,
    )


def _row_to_article(row: sqlite3.Row) -> Article:
    """An ``Article`` from an ``articles`` row."""
    return Article(
        id=row["id"], text=row["text"], raw_text=row["raw_text"], title=row["title"], url=row["url"],
        outlet=row["outlet"], published=row["published"], published_source=row["published_source"],
        language=row["language"], language_source=row["language_source"], source_file=row["source_file"],
        source_line=row["source_line"], offset_map=[tuple(run) for run in json.loads(row["offset_map"])],
        content_hash=row["content_hash"], metadata=json.loads(row["metadata"]),
    )


def _article_filter(
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    language: str | None = None,
    ids: list[str] | None = None,
) -> tuple[str, list]:
    """A WHERE clause and its parameters for article listings (since/until compare publication days)."""
    clauses, params = [], []
    if outlet:
        clauses.append("outlet = ? COLLATE NOCASE")
        params.append(outlet)
    if since:
        clauses.append("substr(published, 1, 10) >= ?")
        params.append(since[:10])
    if until:
        clauses.append("substr(published, 1, 10) <= ?")
        params.append(until[:10])
    if language:
        clauses.append("language = ?")
        params.append(language)
    if ids is not None:
        clauses.append(f"id IN ({', '.join('?' * len(ids))})" if ids else "1=0")
        params.extend(ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
