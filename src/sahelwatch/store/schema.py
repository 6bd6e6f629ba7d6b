"""The schema: ``MIGRATIONS`` is an append-only list of SQL scripts, each taking the database from
version i to i+1 (``PRAGMA user_version`` on SQLite, a ``schema_version`` table on PostgreSQL)."""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, identity, ingest runs, mentions, events, sources, claims, revisions
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        published_source TEXT NOT NULL DEFAULT 'unknown',
        language TEXT,
        language_source TEXT NOT NULL DEFAULT 'unknown',
        text TEXT NOT NULL,
        raw_text TEXT NOT NULL,
        offset_map TEXT NOT NULL DEFAULT '[]',
        content_hash TEXT NOT NULL,
        source_file TEXT,
        source_line INTEGER,
        metadata TEXT NOT NULL DEFAULT '{}',
        chars INTEGER NOT NULL,
        ingested_at TEXT NOT NULL,
        extracted_at TEXT,
        extract_version TEXT
    );
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);

    CREATE TABLE article_aliases (
        article_id TEXT NOT NULL REFERENCES articles(id),
        url TEXT,
        alias_id TEXT,
        source_file TEXT,
        source_line INTEGER,
        added_at TEXT NOT NULL,
        UNIQUE(article_id, url, alias_id)
    );
    CREATE INDEX article_aliases_url ON article_aliases(url);
    CREATE INDEX article_aliases_alias ON article_aliases(alias_id);

    CREATE TABLE near_duplicates (
        article_id TEXT NOT NULL REFERENCES articles(id),
        other_id TEXT NOT NULL REFERENCES articles(id),
        similarity REAL NOT NULL,
        PRIMARY KEY (article_id, other_id)
    );

    CREATE TABLE minhashes (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        signature BLOB NOT NULL
    );

    CREATE TABLE ingest_runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        args TEXT,
        n_read INTEGER NOT NULL DEFAULT 0,
        n_new INTEGER NOT NULL DEFAULT 0,
        n_duplicate INTEGER NOT NULL DEFAULT 0,
        n_rejected INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE rejections (
        run_id INTEGER REFERENCES ingest_runs(id),
        source_file TEXT,
        source_line INTEGER,
        reason TEXT NOT NULL,
        at TEXT NOT NULL
    );

    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT NOT NULL REFERENCES articles(id),
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        event_date TEXT,
        country TEXT,
        admin1 TEXT,
        fatalities INTEGER,
        confidence REAL,
        language TEXT,
        data TEXT NOT NULL,
        event_id TEXT
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_block ON mentions(country, event_date);

    CREATE TABLE evidence (
        mention_id INTEGER NOT NULL REFERENCES mentions(id),
        field TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX evidence_mention ON evidence(mention_id);

    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        event_date TEXT,
        date_start TEXT,
        date_end TEXT,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        location TEXT,
        latitude REAL,
        longitude REAL,
        actor1 TEXT,
        actor2 TEXT,
        fatalities INTEGER,
        fatalities_low INTEGER,
        fatalities_best INTEGER,
        fatalities_high INTEGER,
        civilian_targeting INTEGER NOT NULL DEFAULT 0,
        n_sources INTEGER NOT NULL DEFAULT 0,
        confidence REAL,
        revision INTEGER NOT NULL DEFAULT 1,
        merged_into TEXT,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(event_date);
    CREATE INDEX events_place ON events(country, admin1);
    CREATE INDEX events_type ON events(event_type);

    CREATE TABLE event_sources (
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        mention_id INTEGER REFERENCES mentions(id),
        PRIMARY KEY (event_id, article_id, mention_id)
    );
    CREATE INDEX event_sources_article ON event_sources(article_id);

    CREATE TABLE event_claims (
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL,
        mention_id INTEGER,
        field TEXT NOT NULL,
        value TEXT NOT NULL,
        evidence_start INTEGER,
        evidence_end INTEGER
    );
    CREATE INDEX event_claims_event ON event_claims(event_id);

    CREATE TABLE event_revisions (
        event_id TEXT NOT NULL,
        revision INTEGER NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (event_id, revision)
    );

    CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        stage TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',
        details TEXT
    );
    """,
    # 2: counters for stable, human-readable event ids (e.g. NER000123)
    """
    CREATE TABLE counters (
        name TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    );
    """,
    # 3 (warn): per-event aggregate contributions, aggregates, watchlists, alerts, webhook deliveries
    """
    CREATE TABLE warn_contributions (
        event_id TEXT NOT NULL,
        level TEXT NOT NULL,
        country TEXT NOT NULL,
        admin1 TEXT NOT NULL,
        admin2 TEXT NOT NULL,
        period TEXT NOT NULL,
        period_key TEXT NOT NULL,
        dimension TEXT NOT NULL,
        dim_value TEXT NOT NULL,
        events INTEGER NOT NULL,
        fatalities INTEGER NOT NULL,
        civilian_events INTEGER NOT NULL
    );
    CREATE INDEX warn_contributions_event ON warn_contributions(event_id);

    CREATE TABLE warn_aggregates (
        level TEXT NOT NULL,
        country TEXT NOT NULL,
        admin1 TEXT NOT NULL,
        admin2 TEXT NOT NULL,
        period TEXT NOT NULL,
        period_key TEXT NOT NULL,
        dimension TEXT NOT NULL,
        dim_value TEXT NOT NULL,
        events INTEGER NOT NULL,
        fatalities INTEGER NOT NULL,
        civilian_events INTEGER NOT NULL,
        PRIMARY KEY (level, country, admin1, admin2, period, dimension, dim_value, period_key)
    );
    CREATE INDEX warn_aggregates_period ON warn_aggregates(period, period_key);

    CREATE TABLE warn_watchlists (
        name TEXT PRIMARY KEY,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        event_type TEXT,
        actor TEXT,
        min_fatalities INTEGER,
        civilian_only INTEGER NOT NULL DEFAULT 0,
        webhook TEXT,
        created_at TEXT NOT NULL
    );

    CREATE TABLE warn_alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        level TEXT NOT NULL,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        period TEXT NOT NULL,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        score REAL,
        title TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX warn_alerts_period ON warn_alerts(period_end);
    CREATE INDEX warn_alerts_created ON warn_alerts(created_at);

    CREATE TABLE warn_alert_watchlists (
        alert_id INTEGER NOT NULL REFERENCES warn_alerts(id),
        watchlist TEXT NOT NULL,
        PRIMARY KEY (alert_id, watchlist)
    );

    CREATE TABLE warn_deliveries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        alert_id INTEGER NOT NULL REFERENCES warn_alerts(id),
        watchlist TEXT NOT NULL,
        url TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        delivered_at TEXT,
        UNIQUE (alert_id, watchlist)
    );
    CREATE INDEX warn_deliveries_due ON warn_deliveries(status, next_attempt_at);

    CREATE TABLE warn_synced (
        event_id TEXT PRIMARY KEY,
        updated_at TEXT NOT NULL
    );
    """,
    # 4 (merge): blocking keys and MinHash LSH bands of mentions, for incremental event clustering;
    # event_sources.mention_id loses its foreign key: re-extraction replaces an article's mentions
    # while events still cite them, and the merge stage then re-links the events
    """
    CREATE TABLE merge_keys (
        mention_id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        country TEXT,
        admin1 TEXT,
        day_lo INTEGER,
        day_hi INTEGER,
        data TEXT NOT NULL,
        signature BLOB NOT NULL
    );
    CREATE INDEX merge_keys_article ON merge_keys(article_id);
    CREATE INDEX merge_keys_block ON merge_keys(country, day_lo);

    CREATE TABLE merge_bands (
        band INTEGER NOT NULL,
        day_lo INTEGER,
        mention_id INTEGER NOT NULL
    );
    CREATE INDEX merge_bands_band ON merge_bands(band, day_lo);
    CREATE INDEX merge_bands_mention ON merge_bands(mention_id);

    CREATE TABLE event_sources_v4 (
        event_id TEXT NOT NULL REFERENCES events(id),
        article_id TEXT NOT NULL REFERENCES articles(id),
        mention_id INTEGER,
        PRIMARY KEY (event_id, article_id, mention_id)
    );
    INSERT INTO event_sources_v4 SELECT event_id, article_id, mention_id FROM event_sources;
    DROP TABLE event_sources;
    ALTER TABLE event_sources_v4 RENAME TO event_sources;
    CREATE INDEX event_sources_article ON event_sources(article_id);
    """,
    # 5 (web): a covering index of live events, newest first, so the API lists, counts and maps
    # them without reading the wide event rows
    """
    CREATE INDEX events_live_summary ON events(event_date, id, country, admin1, event_type, sub_event_type,
        fatalities, latitude, longitude, actor1, actor2, location, admin2, fatalities_low, fatalities_best,
        fatalities_high, civilian_targeting, n_sources, confidence, revision) WHERE merged_into IS NULL;
    CREATE INDEX events_live_fatalities ON events(fatalities, id) WHERE merged_into IS NULL;
    """,
    # 6 (merge): mentions of unknown country are blocked on their date window alone
    """
    CREATE INDEX merge_keys_day ON merge_keys(day_lo);
    """,
]


def split_sql(script: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside literals here)."""
    return [s.strip() for s in script.split(";") if s.strip()]
