"""CLI tests for ingest / articles / stats on a real temporary SQLite file (illustrative inputs)."""

import json
from pathlib import Path

from typer.testing import CliRunner

from sahelwatch.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
STORY = "Gunmen attacked a checkpoint near Ayorou on Friday. At least 4 gendarmes were killed, police said."
runner = CliRunner()


def run(db: Path, *args: str, stdin: str | None = None):
    return runner.invoke(app, ["--db", str(db), *args], input=stdin)


def test_ingest_examples_twice_then_list_and_stats(tmp_path):
    db = tmp_path / "cli.db"
    first = run(db, "ingest", str(EXAMPLES))
    assert first.exit_code == 0, first.output
    assert "│   10 │  10 │         0 │        0 │" in first.output
    second = run(db, "ingest", str(EXAMPLES), "--no-extract")
    assert second.exit_code == 0 and "│   10 │   0 │        10 │        0 │" in second.output
    listing = run(db, "articles", "--format", "jsonl", "--language", "fr")
    rows = [json.loads(line) for line in listing.stdout.splitlines()]
    assert {row["id"] for row in rows} == {"ex-tillaberi-ambush-fr", "ex-kidal-drone-fr"}
    csv_out = run(db, "articles", "--format", "csv", "--since", "2024-08-01", "--until", "2024-08-31")
    lines = csv_out.stdout.splitlines()
    assert lines[0].startswith("id,outlet,published") and len(lines) == 4
    table = run(db, "articles", "--outlet", "Sahel Wire (fictional)", "--limit", "2")
    assert table.exit_code == 0 and "ex-tillaberi-ambush-en" in table.stdout
    assert run(db, "articles", "--format", "xml").exit_code == 2
    stats = run(db, "stats")
    assert stats.exit_code == 0 and "10 articles" in stats.stdout and "2024-03" in stats.stdout


def test_three_kinds_of_bad_input_are_named_and_do_not_stop_the_run(tmp_path):
    db = tmp_path / "bad.db"
    good = json.dumps({"id": "ok-1", "text": STORY})
    jsonl = tmp_path / "mixed.jsonl"
    jsonl.write_bytes(
        (good + "\n{\"id\": \"broken\"\n").encode()
        + b'{"id": "bad-utf8", "text": "\xff\xfe\x00 garbage \xc3"}\n'
        + json.dumps({"id": "old", "text": STORY + " Later.", "published": "1890-01-01"}).encode()
    )
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blob.bin.gz").write_bytes(b"\x1f\x8bnot really gzip")
    result = run(db, "ingest", str(jsonl), str(tmp_path / "empty.txt"), str(tmp_path / "blob.bin.gz"))
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert f"{jsonl}:2: malformed JSON" in output
    assert f"{jsonl}:3: invalid UTF-8" in output
    assert f"{jsonl}:4: published date '1890-01-01' is before 1950; date dropped (repaired)" in output
    assert f"{tmp_path / 'empty.txt'}: empty file" in output
    assert "corrupt gzip archive" in output


def test_exit_codes_for_strict_and_unreadable_input(tmp_path):
    db = tmp_path / "codes.db"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": STORY}) + "\nnot json\n")
    strict = run(db, "ingest", "--strict", str(bad))
    assert strict.exit_code == 1 and f"{bad}:2: malformed JSON" in " ".join(strict.output.split())
    assert run(db, "ingest", str(tmp_path / "nothing-here")).exit_code == 1
    lenient = run(db, "ingest", str(bad))
    assert lenient.exit_code == 0


def test_stdin_with_defaults(tmp_path):
    db = tmp_path / "stdin.db"
    result = run(db, "ingest", "-", "--outlet", "Fictional Radio", "--language", "en", stdin=STORY)
    assert result.exit_code == 0, result.output
    row = json.loads(run(db, "articles", "--format", "jsonl").stdout)
    assert row["outlet"] == "Fictional Radio" and row["language"] == "en" and row["published"] is None


def test_ingest_prints_the_language_detection_summary(tmp_path):
    source = tmp_path / "mixed.jsonl"
    hausa = "Illustrative. Bindigogi sun kai hari a ƙauyen kusa da Maradi ranar Lahadi, sun kashe mutane uku."
    rows = [
        {"id": "en-1", "text": STORY},
        {"id": "fr-1", "language": "fr", "text": "Des hommes armés ont attaqué un poste près de Téra."},
        {"id": "ha-1", "text": hausa},
    ]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    result = run(tmp_path / "lang.db", "ingest", str(source))
    assert result.exit_code == 0, result.output
    assert "languages of the new articles" in result.output
    assert "│ fr       │     1 │        0 │" in result.output
    assert "skipped (unsupported)" in result.output
