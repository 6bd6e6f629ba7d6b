"""The ``sahelwatch`` command line: a thin layer over the pipeline stages.

Exit codes: 0 success, 1 failure, 2 usage error.
Each stage's commands live in their own section below and call into the stage's
package; no pipeline logic belongs here.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

import typer
from rich.console import Console

from sahelwatch import __version__
from sahelwatch.store import Store, open_store
from sahelwatch.store.sqlite import default_db_path

app = typer.Typer(
    help="Sahel Watch: conflict events from news reports, geocoded and de-duplicated.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
console = Console(stderr=True)
out = Console()


@dataclass
class Settings:
    db: str
    verbosity: int


def settings(ctx: typer.Context) -> Settings:
    """The global options of this invocation."""
    return ctx.find_root().obj


def store_of(ctx: typer.Context) -> Store:
    """Open the store named by ``--db``."""
    return open_store(settings(ctx).db)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print an error and return the exit to raise."""
    console.print(f"[red]error:[/red] {message}", highlight=False)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        out.print(f"sahelwatch {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    db: str = typer.Option(None, "--db", help="SQLite database (default $SAHELWATCH_DB or ./sahelwatch.db)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Only errors."),
    verbose: int = typer.Option(0, "-v", "--verbose", count=True, help="More detail (-vv for debug)."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Global options shared by every command."""
    verbosity = -1 if quiet else verbose
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = Settings(db=db or default_db_path(), verbosity=verbosity)


# --- ingest commands (ingest, articles, stats) -------------------------------

# --- extract commands (extract, events, show, classify) ----------------------

# --- export commands ----------------------------------------------------------

# --- geo commands (gazetteer, geoparse) ---------------------------------------

# --- merge commands (history) -------------------------------------------------

# --- evaluation commands (eval ...) -------------------------------------------

# --- web commands (serve) -----------------------------------------------------

# --- warn commands (watch, alerts, brief) -------------------------------------


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
