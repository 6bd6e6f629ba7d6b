"""Several connections on one store at once (an ingest, the web server, a second ingest): writers
take turns and readers see only committed data (both backends); a new PostgreSQL database opened
by several processes at once is migrated once."""

import threading

from sahelwatch.ingest.identity import content_hash
from sahelwatch.models import Article
from sahelwatch.store import open_store


def make(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, raw_text=text, content_hash=content_hash(text),
                   offset_map=[(0, 0, len(text))])


def test_writers_take_turns_and_readers_see_only_commits(db_location):
    first, reader = open_store(db_location), open_store(db_location)
    results: dict[str, object] = {}

    def write_the_same_article() -> None:  # on a connection of its own (sqlite3's stay in their thread)
        with open_store(db_location) as second:
            results["second"] = second.add_articles([make("a-2", "Gunmen attacked the market of Tera.")])

    with first.transaction():
        first.add_articles([make("a-1", "Gunmen attacked the market of Tera.")])
        thread = threading.Thread(target=write_the_same_article)
        thread.start()
        thread.join(1.0)
        assert thread.is_alive()  # the second writer waits for the first one's transaction
        assert reader.count_articles() == 0  # nothing committed yet
    thread.join(30)
    assert not thread.is_alive()
    assert results["second"] == ([], [("a-2", "a-1", "content")])  # it saw the first writer's article
    assert reader.count_articles() == 1
    assert [a["alias_id"] for a in reader.article_aliases("a-1")] == ["a-2"]
    first.close()
    reader.close()


def test_event_ids_stay_unique_under_concurrent_writers(db_location):
    open_store(db_location).close()
    ids: list[str] = []

    def take_ids() -> None:
        with open_store(db_location) as store:
            ids.extend(store.next_event_id("NER") for _ in range(20))

    threads = [threading.Thread(target=take_ids) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(ids) == [f"NER{i:06d}" for i in range(1, 61)]


def test_stores_opened_at_once_on_an_empty_postgresql_database_migrate_it_once(pg_server):
    """PostgreSQL only: on a new SQLite file, sqlite3 itself may answer 'database is locked' to the
    second of two first opens at once (switching the file to WAL), as it did before this backend."""
    db_location = pg_server.new_database()
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            with open_store(db_location) as store:
                assert store.schema_version >= 6
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    pg_server.drop_database(db_location)
