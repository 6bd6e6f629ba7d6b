"""`ingest`/`extract --workers N`: the example corpus on two worker processes gives the events one process
gives (real temporary SQLite files; the examples are illustrative)."""

from pathlib import Path

from typer.testing import CliRunner

from sahelwatch.cli import app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"
runner = CliRunner()


def run(db: Path, *args: str):
    return runner.invoke(app, ["--db", str(db), *args])


def _events(db: Path) -> list[str]:
    listing = run(db, "export", "--format", "ucdp-csv")
    assert listing.exit_code == 0, listing.output
    return sorted(line.split(",", 1)[1] for line in listing.stdout.splitlines()[1:])  # without the id


def test_two_worker_processes_give_the_events_of_one(tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert run(one, "ingest", str(EXAMPLES)).exit_code == 0
    result = run(two, "ingest", str(EXAMPLES), "--no-extract")
    assert result.exit_code == 0
    result = run(two, "extract", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "extracted 10 articles" in result.output
    assert _events(two) == _events(one)


def test_an_unknown_backend_fails_with_a_message(tmp_path):
    result = run(tmp_path / "x.db", "extract", "--workers", "2", "--backend", "spark")
    assert result.exit_code == 1 and "unknown backend 'spark'" in result.output
