"""Pipeline tests: identity, near duplicates, strict mode, resumability (illustrative articles)."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sahelwatch.ingest.pipeline import ingest_paths
from sahelwatch.store import open_store

REPO = Path(__file__).resolve().parents[2]
VILLAGES = ["Tera", "Ayorou", "Banibangou", "Ouallam", "Abala", "Mangaize", "Tillia", "Inates", "Dolbel"]
WORDS = ["patrol", "market", "convoy", "checkpoint", "school", "mine", "road", "well", "camp", "bridge"]


def synthetic_text(n: int) -> str:
    """A distinct illustrative (fictional) report for number ``n``."""
    words = [WORDS[(n * 7 + i * 3) % len(WORDS)] for i in range(12)]
    tail = " ".join(f"{w}{n % (i + 2)}" for i, w in enumerate(words))
    return (
        f"Illustrative report {n}: armed men attacked the {words[0]} near {VILLAGES[n % 9]} on day {n}. "
        f"Officials counted {n % 17} casualties. {tail}"
    )


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_reingest_is_idempotent_and_aliases_are_kept(tmp_path):
    rows = [{"id": f"s-{n}", "url": f"https://w.example/{n}", "text": synthetic_text(n)} for n in range(30)]
    source = write_jsonl(tmp_path / "a.jsonl", rows)
    copies = write_jsonl(
        tmp_path / "b.jsonl",
        [
            {
                "id": "copy-1",
                "url": "https://W.example/1/?utm_source=feed",
                "text": "Short copy.",
            },  # same URL
            {"url": "https://mirror.example/2", "text": synthetic_text(2).upper()},  # same text
        ],
    )
    with open_store(tmp_path / "t.db") as store:
        first = ingest_paths([str(source)], store, batch_size=7)
        assert (first.read, first.new, first.duplicate, first.rejected) == (30, 30, 0, 0)
        assert first.new_ids == [f"s-{n}" for n in range(30)]
        again = ingest_paths([str(source), str(copies)], store)
        assert (again.new, again.duplicate) == (0, 32)
        assert store.count_articles() == 30
        assert store.get_article("copy-1").id == "s-1"
        assert {a["url"] for a in store.article_aliases("s-2")} == {"https://mirror.example/2"}
        assert store.ingest_run(again.run_id)["status"] == "ok"


def test_near_duplicate_copies_are_kept_and_linked(tmp_path):
    original = synthetic_text(5) + " The governor visited the wounded in hospital and promised more patrols."
    spun = original.replace("armed men", "gunmen").replace("promised", "pledged")
    rows = [{"id": "orig", "text": original}, {"id": "spun", "text": spun}]
    source = write_jsonl(tmp_path / "n.jsonl", rows)
    with open_store(tmp_path / "t.db") as store:
        summary = ingest_paths([str(source)], store)
        assert summary.new == 2 and summary.near_duplicates == 1
        ((other, similarity),) = store.near_duplicates("orig")
        assert other == "spun" and 0.5 <= similarity < 1.0


def test_strict_stops_at_first_bad_record_and_drops_its_batch(tmp_path):
    lines = [json.dumps({"id": f"s-{n}", "text": synthetic_text(n)}) for n in range(6)]
    lines.insert(3, "{broken")
    source = tmp_path / "bad.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8")
    with open_store(tmp_path / "t.db") as store:
        summary = ingest_paths([str(source)], store, strict=True, batch_size=2)
        assert not summary.ok and summary.error.startswith(f"{source}:4: malformed JSON")
        assert store.count_articles() == 2  # the first full batch; nothing from the bad batch
        assert store.ingest_run(summary.run_id)["status"] == "failed"
        lenient = ingest_paths([str(source)], store)
        assert lenient.ok and lenient.rejected == 1 and store.count_articles() == 6


def test_no_readable_input_fails(tmp_path):
    with open_store(tmp_path / "t.db") as store:
        assert ingest_paths([str(tmp_path / "missing.jsonl")], store).status == "failed"
        (tmp_path / "empty").mkdir()
        assert ingest_paths([str(tmp_path / "empty")], store).error == "no readable input"


def count_rows(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_kill_minus_nine_then_rerun_stores_everything_exactly_once(tmp_path):
    total = 4000
    rows = [
        {"id": f"k-{n}", "url": f"https://w.example/k/{n}", "text": synthetic_text(n)} for n in range(total)
    ]
    source = write_jsonl(tmp_path / "big.jsonl", rows)
    db = tmp_path / "crash.db"
    script = (
        "import sys; from sahelwatch.store import open_store;"
        "from sahelwatch.ingest.pipeline import ingest_paths;"
        "ingest_paths([sys.argv[1]], open_store(sys.argv[2]), batch_size=50)"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(source), str(db)], cwd=REPO)
    deadline = time.monotonic() + 60
    while count_rows(db) < 300 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    stored_at_kill = count_rows(db)
    assert 0 < stored_at_kill < total, "the ingest should have been killed mid-way"
    assert stored_at_kill % 50 == 0  # whole batches only
    with open_store(db) as store:
        summary = ingest_paths([str(source)], store)
        assert summary.ok and summary.new == total - stored_at_kill
        ids = [row[0] for row in store.conn.execute("SELECT id FROM articles")]
        assert len(ids) == len(set(ids)) == total
        assert store.conn.execute("SELECT COUNT(*) FROM minhashes").fetchone()[0] == total
        statuses = [row[0] for row in store.conn.execute("SELECT status FROM ingest_runs ORDER BY id")]
        assert statuses == ["interrupted", "ok"]
