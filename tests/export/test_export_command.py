"""The export command's output file handling (on a real, empty SQLite store)."""

from pathlib import Path

from typer.testing import CliRunner

from sahelwatch.cli import app


def test_export_to_a_regular_file_replaces_it_whole(tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    out.write_text("stale\n")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "s.db"), "export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text().startswith("event_id_cnty")
    assert not (tmp_path / "events.csv.part").exists()


def test_export_to_a_device_writes_through_it_and_leaves_it_in_place(tmp_path: Path) -> None:
    # as with "-o /dev/stdout": a rename over the path would replace the device with a regular file
    out = tmp_path / "stdout"
    out.symlink_to("/dev/null")
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "s.db"), "export", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_symlink() and not (tmp_path / "stdout.part").exists()
