"""The ``sahelwatch`` command line: a thin layer over the pipeline stages.

Exit codes: 0 success, 1 failure, 2 usage error.
Each stage's commands live in their own section below and call into the stage's
package; no pipeline logic belongs here.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import typer
from rich.console import Console

from sahelwatch import __version__
from sahelwatch.store import Store, open_store
from sahelwatch.store.sqlite import EventFilter, default_db_path

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


def _event_filter(
    country: str | None,
    admin1: str | None,
    event_type: str | None,
    actor: str | None,
    date_from: str | None,
    date_to: str | None,
    min_fatalities: int | None,
    limit: int | None = None,
) -> EventFilter:
    return EventFilter(
        country=country.upper() if country else None,
        admin1=admin1,
        event_type=event_type,
        actor=actor,
        date_from=date_from,
        date_to=date_to,
        min_fatalities=min_fatalities,
        limit=limit,
    )


@app.command()
def extract(
    ctx: typer.Context,
    redo_all: bool = typer.Option(False, "--all", help="Re-extract every article, not only new ones."),
    since: str = typer.Option(None, help="Only articles published or ingested since this date."),
) -> None:
    """Extract event mentions from stored articles (incremental) and merge them into events."""
    from sahelwatch.extract.run import extract_store

    with store_of(ctx) as store:
        summary = extract_store(store, redo_all=redo_all, since=since)
    out.print(
        f"articles: {summary.articles}  mentions: {summary.mentions}  events touched: "
        f"{summary.events_touched}  failed: {len(summary.failed)}  ({summary.seconds:.1f} s)"
    )
    if summary.failed:
        raise fail(f"extraction failed for {len(summary.failed)} article(s): {', '.join(summary.failed[:5])}")


COUNTRY_OPT = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code, e.g. NE.")
ADMIN1_OPT = typer.Option(None, "--admin1", help="First-level region, e.g. Tillabéri.")
TYPE_OPT = typer.Option(None, "--type", help="ACLED event type, e.g. 'Battles'.")
ACTOR_OPT = typer.Option(None, "--actor", help="Part of an actor name.")
FROM_OPT = typer.Option(None, "--from", help="First event date (YYYY-MM-DD).")
TO_OPT = typer.Option(None, "--to", help="Last event date (YYYY-MM-DD).")
MINF_OPT = typer.Option(None, "--min-fatalities", help="At least this many fatalities.")


@app.command()
def events(
    ctx: typer.Context,
    country: str = COUNTRY_OPT,
    admin1: str = ADMIN1_OPT,
    event_type: str = TYPE_OPT,
    actor: str = ACTOR_OPT,
    date_from: str = FROM_OPT,
    date_to: str = TO_OPT,
    min_fatalities: int = MINF_OPT,
    limit: int = typer.Option(50, help="At most this many events."),
    fmt: str = typer.Option("table", "--format", help="table | jsonl"),
) -> None:
    """List events, newest first."""
    from sahelwatch.export.text import events_table

    flt = _event_filter(country, admin1, event_type, actor, date_from, date_to, min_fatalities, limit)
    with store_of(ctx) as store:
        found = store.query_events(flt)
    if fmt == "jsonl":
        from sahelwatch.export.formats import write_jsonl

        write_jsonl(found, sys.stdout)
    elif fmt == "table":
        out.print(events_table(found))
    else:
        raise fail(f"unknown format {fmt!r}: use table or jsonl", 2)


@app.command()
def show(ctx: typer.Context, event_id: str = typer.Argument(..., help="Event id, e.g. NER000012.")) -> None:
    """Print one event with its sources and the evidence sentences, values highlighted."""
    from sahelwatch.export.text import render_event

    with store_of(ctx) as store:
        event = store.get_event(event_id)
        if event is None:
            raise fail(f"no event {event_id!r}")
        articles = {s.article_id: store.get_article(s.article_id) for s in event.sources}
        out.print(render_event(event, articles, store.mentions_of_event(event)))

# --- export commands ----------------------------------------------------------


@app.command()
def export(
    ctx: typer.Context,
    fmt: str = typer.Option("acled-csv", "--format", help="acled-csv | ucdp-csv | jsonl | geojson"),
    output: Path = typer.Option(None, "-o", "--output", help="Output file (default: standard output)."),
    country: str = COUNTRY_OPT,
    admin1: str = ADMIN1_OPT,
    event_type: str = TYPE_OPT,
    actor: str = ACTOR_OPT,
    date_from: str = FROM_OPT,
    date_to: str = TO_OPT,
    min_fatalities: int = MINF_OPT,
) -> None:
    """Export events as ACLED CSV, UCDP GED CSV, JSON Lines or GeoJSON."""
    from sahelwatch.export.formats import FORMATS, write_events

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}", 2)
    flt = _event_filter(country, admin1, event_type, actor, date_from, date_to, min_fatalities)
    flt.ascending = True
    with store_of(ctx) as store:
        found = store.query_events(flt)
    if output is None:
        n = write_events(found, sys.stdout, fmt)
    else:
        tmp = output.with_name(output.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            n = write_events(found, handle, fmt)
        tmp.replace(output)
    console.print(f"{n} events written", highlight=False)

# --- geo commands (gazetteer, geoparse) ---------------------------------------

# --- merge commands (history) -------------------------------------------------


@app.command()
def history(ctx: typer.Context, event_id: str = typer.Argument(..., help="Event id.")) -> None:
    """Show the revisions of an event (and where it went if it was merged into another)."""
    from sahelwatch.export.text import history_table

    with store_of(ctx) as store:
        revisions = store.revisions_of(event_id)
    if not revisions:
        raise fail(f"no event {event_id!r}")
    out.print(history_table(event_id, revisions))

# --- evaluation commands (eval ...) -------------------------------------------

eval_app = typer.Typer(help="Score Sahel Watch against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("ucdp-aec")
def eval_ucdp_aec(
    ctx: typer.Context,
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="UCDP-AEC JSONL with article text."),
    json_out: Path = typer.Option(None, "--json", help="Also write the figures as JSON here."),
) -> None:
    """Ingest, extract and score against UCDP-AEC gold (one article and one gold event per row)."""
    import json

    from sahelwatch.evaluate.ucdp_aec import evaluate_file, format_table

    with store_of(ctx) as store:
        result = evaluate_file(store, gold)
    out.print(format_table(result), highlight=False)
    if json_out:
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")

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
