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
from sahelwatch.store.filters import EventFilter
from sahelwatch.store.postgres import is_postgres_url
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
    db: str = typer.Option(
        None, "--db",
        help="SQLite file, or postgresql://user@host/dbname (default $SAHELWATCH_DB or ./sahelwatch.db).",
    ),
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

WORKERS_OPT = typer.Option(
    1, "--workers", "-w", min=1, max=1024, help="Extract on this many workers (processes or Ray actors)."
)
BACKEND_OPT = typer.Option(
    "processes", "--backend", help="Where the workers run: processes (this machine) or ray (a Ray cluster)."
)
RAY_ADDRESS_OPT = typer.Option(
    None, "--ray-address", help="Ray cluster to join (auto, or ray://host:10001); default: a local Ray."
)


@app.command("ingest")
def ingest_command(
    ctx: typer.Context,
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for stdin."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first bad record (batch not stored)."),
    outlet: str = typer.Option(None, "--outlet", help="Outlet for inputs that do not name one."),
    language: str = typer.Option(None, "--language", help="Language for inputs that do not give one."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Store articles only; no event extraction."),
    workers: int = WORKERS_OPT,
    backend: str = BACKEND_OPT,
    ray_address: str = RAY_ADDRESS_OPT,
) -> None:
    """Read articles (JSONL, text, HTML, RSS/Atom, .zip/.gz) into the store, de-duplicated,
    then extract and merge events from every article not yet extracted (unless ``--no-extract``).
    """
    from sahelwatch.ingest.pipeline import ingest_paths
    from sahelwatch.ingest.report import progress_counter, summary_table

    show_progress = console.is_terminal and settings(ctx).verbosity >= 0
    with store_of(ctx) as store, progress_counter(console, show_progress) as progress:
        summary = ingest_paths(
            paths, store, outlet=outlet, language=language, strict=strict, progress=progress
        )
        if settings(ctx).verbosity >= 0:
            _print_problems(summary.messages, limit=None if settings(ctx).verbosity > 0 else 20)
            out.print(summary_table(summary))
            if summary.new_ids:
                out.print(_languages_of_run(store, summary.new_ids))
        if not summary.ok:
            raise fail(summary.error or "ingest failed")
        if not no_extract:
            _extract_and_report(store, workers=workers, backend=backend, ray_address=ray_address)


def _languages_of_run(store, article_ids: list[str]):
    """The language-detection summary of the run's new articles."""
    from sahelwatch.extract.pipeline import supported_languages
    from sahelwatch.ingest.report import language_table

    return language_table((store.get_article(i) for i in article_ids), supported_languages())


def _print_problems(messages: list[str], limit: int | None) -> None:
    """Print rejection and repair messages (``path:line: reason``) to stderr."""
    from rich.markup import escape

    shown = messages if limit is None else messages[:limit]
    for message in shown:
        console.print(f"[yellow]warning:[/yellow] {escape(message)}", highlight=False, soft_wrap=True)
    if len(messages) > len(shown):
        console.print(f"... and {len(messages) - len(shown)} more (-v shows all; see table rejections)")


@app.command("articles")
def articles_command(
    ctx: typer.Context,
    outlet: str = typer.Option(None, "--outlet", help="Only this outlet."),
    since: str = typer.Option(None, "--since", help="Published on or after YYYY-MM-DD."),
    until: str = typer.Option(None, "--until", help="Published on or before YYYY-MM-DD."),
    language: str = typer.Option(None, "--language", help="Only this language (ISO 639-1)."),
    limit: int = typer.Option(None, "--limit", min=1, help="At most this many."),
    fmt: str = typer.Option("table", "--format", help="table | jsonl | csv."),
) -> None:
    """List stored articles."""
    from sahelwatch.ingest.report import articles_table, write_articles

    if fmt not in {"table", "jsonl", "csv"}:
        raise fail(f"unknown format {fmt!r} (table, jsonl or csv)", code=2)
    with store_of(ctx) as store:
        articles = store.iter_articles(
            outlet=outlet, since=since, until=until, language=language, limit=limit
        )
        if fmt == "table":
            out.print(articles_table(articles))
        else:
            write_articles(articles, fmt, sys.stdout)


@app.command("stats")
def stats_command(ctx: typer.Context) -> None:
    """Article counts per outlet, per month and per language."""
    from sahelwatch.ingest.report import stats_tables

    with store_of(ctx) as store:
        out.print(f"{store.count_articles()} articles")
        for table in stats_tables(store.article_stats()):
            out.print(table)


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


def _extract_and_report(
    store: Store,
    redo_all: bool = False,
    since: str | None = None,
    workers: int = 1,
    backend: str = "processes",
    ray_address: str | None = None,
) -> None:
    """Extract and merge (on ``workers`` workers of ``backend``), print a one-line summary, fail when any
    article failed."""
    from sahelwatch.extract.run import extract_store
    from sahelwatch.scale import BACKENDS, RayUnavailable, WorkerLost, open_mapper

    if backend not in BACKENDS:
        raise fail(f"unknown backend {backend!r}: choose one of {', '.join(BACKENDS)}")
    try:
        with open_mapper(workers, backend, ray_address) as mapper:
            summary = extract_store(store, redo_all=redo_all, since=since, mapper=mapper)
    except (RayUnavailable, WorkerLost) as exc:
        raise fail(str(exc)) from exc
    out.print(
        f"extracted {summary.articles} articles: {summary.mentions} event mentions, "
        f"{summary.events_touched} events created or updated, {len(summary.failed)} failed "
        f"({summary.seconds:.1f} s)"
    )
    if summary.failed:
        raise fail(f"extraction failed for {len(summary.failed)} article(s): {', '.join(summary.failed[:5])}")


@app.command()
def extract(
    ctx: typer.Context,
    redo_all: bool = typer.Option(False, "--all", help="Re-extract every article, not only new ones."),
    since: str = typer.Option(None, help="Only articles published or ingested since this date."),
    workers: int = WORKERS_OPT,
    backend: str = BACKEND_OPT,
    ray_address: str = RAY_ADDRESS_OPT,
) -> None:
    """Extract event mentions from stored articles (incremental) and merge them into events."""
    with store_of(ctx) as store:
        _extract_and_report(store, redo_all, since, workers, backend, ray_address)


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


@app.command()
def classify(
    snippets: Path = typer.Argument(..., exists=True, dir_okay=False, help="TSV with id and EventSnippet."),
    output: Path = typer.Option(None, "-o", "--output", help="Write id<TAB>label here (default stdout)."),
    model: Path = typer.Option(None, "--model", help="Classifier model file (default: the shipped one)."),
) -> None:
    """Label news snippets with CASE 2021 / ACLED event types."""
    from sahelwatch.evaluate.case2021 import SnippetFileError, classify_file, write_labels

    try:
        rows = classify_file(snippets, model)
    except (SnippetFileError, FileNotFoundError) as error:
        raise fail(str(error)) from None
    if output:
        write_labels(output, [r[0] for r in rows], [r[1] for r in rows])
    else:
        sys.stdout.write("id\tlabel\n" + "".join(f"{i}\t{label}\n" for i, label in rows))

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
    elif output.exists() and not output.resolve().is_file():  # /dev/stdout, a pipe: written in place
        with open(output, "w", encoding="utf-8", newline="") as handle:
            n = write_events(found, handle, fmt)
    else:
        tmp = output.with_name(output.name + ".part")
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            n = write_events(found, handle, fmt)
        tmp.replace(output)
    console.print(f"{n} events written", highlight=False)

# --- geo commands (gazetteer, geoparse) ---------------------------------------

gazetteer_app = typer.Typer(help="Build, extend and search the place gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")
GAZ_OPTION = typer.Option(
    None, "--gazetteer", help="Gazetteer file (default $SAHELWATCH_GAZETTEER or the cache)."
)


@gazetteer_app.command("build")
def gazetteer_build(gazetteer: str = GAZ_OPTION) -> None:
    """Build the gazetteer now (it is otherwise built on first use)."""
    from sahelwatch.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load(gazetteer)
    console.print(f"gazetteer ready: {gaz.path}", highlight=False)


@gazetteer_app.command("import")
def gazetteer_import(
    files: list[Path] = typer.Argument(..., exists=True, dir_okay=False, help="GeoNames dumps (.txt, .zip)."),
    gazetteer: str = GAZ_OPTION,
) -> None:
    """Import GeoNames dumps (country files, allCountries, cities500, admin1/admin2 codes, alternateNames)."""
    from sahelwatch.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load(gazetteer)
    for file in files:
        console.print(f"{file}: {gaz.import_geonames(str(file))} rows", highlight=False)


@gazetteer_app.command("add")
def gazetteer_add(
    name: str = typer.Argument(..., help="Place name."),
    lat: float = typer.Option(..., "--lat"),
    lon: float = typer.Option(..., "--lon"),
    country: str = typer.Option(..., "--country", help="ISO 3166-1 alpha-2 code."),
    admin1: str = typer.Option(None, "--admin1", help="Admin1 name or GeoNames key (NE.09)."),
    admin2: str = typer.Option(None, "--admin2"),
    alias: list[str] = typer.Option(None, "--alias", help="Other spelling (repeatable)."),
    gazetteer: str = GAZ_OPTION,
) -> None:
    """Add a place missing from GeoNames."""
    from sahelwatch.geo.gazetteer import Gazetteer

    gid = Gazetteer.load(gazetteer).add_place(name, lat, lon, country, admin1, admin2, alias or [])
    console.print(f"added {name} as {gid}", highlight=False)


@gazetteer_app.command("import-places")
def gazetteer_import_places(
    file: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="CSV: name,aliases,lat,lon,country,admin1,admin2"
    ),
    gazetteer: str = GAZ_OPTION,
) -> None:
    """Add places from a CSV file."""
    from sahelwatch.geo.gazetteer import Gazetteer

    console.print(f"{Gazetteer.load(gazetteer).import_places_csv(str(file))} places added", highlight=False)


@gazetteer_app.command("search")
def gazetteer_search(
    name: str = typer.Argument(..., help="Name to look up (fuzzy, accent-insensitive)."),
    limit: int = typer.Option(10, "--limit", "-n"),
    gazetteer: str = GAZ_OPTION,
) -> None:
    """Search the gazetteer."""
    from sahelwatch.geo.commands import search_table
    from sahelwatch.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load(gazetteer)
    out.print(search_table(gaz, gaz.search(name, limit)))


@app.command()
def geoparse(
    text: str = typer.Argument(None, help="Text to geoparse (omit with --resolve-gold)."),
    resolve_gold: Path = typer.Option(None, "--resolve-gold", exists=True, dir_okay=False, help="Gold XML."),
    fmt: str = typer.Option(
        "lgl", "--format", help="Corpus format: lgl (also TR-News), gwn, geovirus, wiktor."
    ),
    output: Path = typer.Option(None, "-o", "--output", help="Write JSON lines here (default stdout)."),
    lang: str = typer.Option("en", "--lang"),
    country: str = typer.Option(None, "--country", help="ISO2 country hint."),
    gazetteer: str = GAZ_OPTION,
) -> None:
    """Geoparse text, or resolve every gold toponym of a corpus (--resolve-gold) to JSON lines."""
    from sahelwatch.geo.commands import places_jsonl, write_gold_predictions
    from sahelwatch.geo.corpora import FORMATS
    from sahelwatch.geo.gazetteer import Gazetteer

    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}", 2)
    gaz = Gazetteer.load(gazetteer)
    handle = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    try:
        if resolve_gold:
            n = write_gold_predictions(str(resolve_gold), fmt, handle, gaz)
            if n == 0:
                raise fail(f"{resolve_gold}: no gold toponym found as --format {fmt}; is it another format?")
            console.print(f"{n} toponyms resolved", highlight=False)
        elif text:
            handle.write("".join(line + "\n" for line in places_jsonl(text, gaz, lang, country)))
        else:
            raise fail("give TEXT or --resolve-gold CORPUS", 2)
    finally:
        if output:
            handle.close()

# --- merge commands (history) -------------------------------------------------


@app.command()
def history(ctx: typer.Context, event_id: str = typer.Argument(..., help="Event id.")) -> None:
    """Show the revisions of an event (and where it went if it was merged into another)."""
    from sahelwatch.export.text import history_table

    with store_of(ctx) as store:
        revisions = store.revisions_of(event_id)
        event = store.get_event(event_id)
        absorbed = store.events_merged_into(event_id)
    if not revisions:
        raise fail(f"no event {event_id!r}")
    out.print(history_table(event_id, revisions))
    if event is not None and event.merged_into:
        out.print(f"{event_id} was merged into {event.merged_into} (see its history)")
    if absorbed:
        out.print(f"{event_id} absorbed: {', '.join(absorbed)}")

# --- evaluation commands (eval ...) -------------------------------------------

eval_app = typer.Typer(help="Score Sahel Watch against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("dedup")
def eval_dedup(
    ged: Path = typer.Argument(..., exists=True, dir_okay=False, help="UCDP GED CSV with source_article."),
    json_out: Path = typer.Option(None, "--json", help="Also write the figures as JSON here."),
    rows: int = typer.Option(None, "--rows", min=1, help="Only the first N events of the file."),
    keep_db: Path = typer.Option(None, "--keep-db", help="Keep the evaluation store in this new file."),
) -> None:
    """Score event de-duplication against GED's report clusters (pairwise, B-cubed, split/merge rates)."""
    import json

    from sahelwatch.evaluate.dedup import evaluate_file, format_report

    if keep_db is not None and keep_db.exists():
        raise fail(f"{keep_db}: already exists; give a new file to keep the evaluation store in")
    result = evaluate_file(ged, rows=rows, keep_db=keep_db)
    out.print(format_report(result), highlight=False)
    if json_out:
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    if result["extraction_failed"]:
        raise fail(f"extraction failed on {result['extraction_failed']} headline(s): figures not meaningful")


@eval_app.command("geoparse")
def eval_geoparse(
    corpus: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="Gold corpus XML (or event-location JSONL/zip)."
    ),
    fmt: str = typer.Option(
        "lgl", "--format", help="lgl (also TR-News), gwn, geovirus, wiktor, or event-location."
    ),
    detect: bool = typer.Option(False, "--detect", help="Score toponym detection (gold spans not given)."),
    limit: int = typer.Option(None, "--limit", help="Only the first N documents."),
    json_out: Path = typer.Option(None, "--json", help="Also write the figures as JSON here."),
    gazetteer: str = typer.Option(None, "--gazetteer", help="Gazetteer file."),
) -> None:
    """Geocoding accuracy@161 km, mean/median error and AUC with gold spans; or detection P/R (--detect)."""
    import json

    from sahelwatch.evaluate import geoparse as geo_eval
    from sahelwatch.geo.gazetteer import Gazetteer

    gaz = Gazetteer.load(gazetteer)
    if fmt == "event-location":
        figures = geo_eval.evaluate_event_location(str(corpus), limit, gaz)
    elif detect:
        figures = geo_eval.evaluate_detection(str(corpus), fmt, limit, gaz)
    else:
        figures = geo_eval.evaluate_resolution(str(corpus), fmt, limit, gaz)
    out.print(geo_eval.figures_table(figures))
    if json_out:
        json_out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


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
    out.print(format_table(result), highlight=False, markup=False)
    if json_out:
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")


@eval_app.command("events")
def eval_events(
    ctx: typer.Context,
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold events CSV (one per incident)."),
    articles: Path = typer.Argument(..., exists=True, dir_okay=False, help="Articles JSONL the gold cites."),
    json_out: Path = typer.Option(None, "--json", help="Also write figures and per-event detail as JSON."),
    days: int = typer.Option(2, "--days", min=0, help="Date tolerance around the gold range (days)."),
    km: float = typer.Option(50.0, "--km", min=0.0, help="Distance tolerance when both have coordinates."),
) -> None:
    """Ingest, extract and merge ARTICLES into --db, then score the events against hand-coded GOLD."""
    import json

    from sahelwatch.evaluate.events import MatchRule, evaluate_files, format_table

    with store_of(ctx) as store:
        result = evaluate_files(store, gold, articles, MatchRule(days=days, km=km))
    out.print(format_table(result), highlight=False, soft_wrap=True)
    if json_out:
        json_out.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    if result["extraction_failed"]:
        raise fail(f"extraction failed on {len(result['extraction_failed'])} article(s)")


@eval_app.command("case2021")
def eval_case2021(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="CASE 2021 TSV with SubType gold."),
    json_out: Path = typer.Option(None, "--json", help="Also write the figures as JSON here."),
    cv: int = typer.Option(0, "--cv", min=0, help="K-fold cross-validation on FILE (retrains per fold)."),
) -> None:
    """Score event-type classification (CASE 2021 Task 2): weighted/macro F1, confusions."""
    import json

    from sahelwatch.evaluate.case2021 import SnippetFileError, evaluate_file, format_report

    if cv == 1:
        raise fail("--cv needs at least 2 folds", 2)
    try:
        scores, overlap = evaluate_file(gold, cv=cv)
    except (SnippetFileError, FileNotFoundError) as error:
        raise fail(str(error)) from None
    out.print(format_report(scores, overlap, cv), highlight=False)
    if json_out:
        json_out.write_text(json.dumps(scores.as_dict(), indent=2), encoding="utf-8")

@eval_app.command("warn")
def eval_warn(
    labels: list[Path] = typer.Option(
        None, "--labels", exists=True, dir_okay=False,
        help="UCDP GED CSV or UCDP-AEC label JSONL (repeatable; default: the ../shared UCDP files).",
    ),
    min_jump: int = typer.Option(5, "--min-jump", min=1, help="Deaths a jump week must reach at least."),
    json_out: Path = typer.Option(None, "--json", help="Also write the figures as JSON here."),
) -> None:
    """Backtest the spike rule: recall of weeks before a >=2x jump in deaths per admin1, false alert rate."""
    import json

    from sahelwatch.evaluate.warn import default_paths, evaluate_files, format_table

    paths = labels or default_paths()
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise fail(f"missing label file(s): {', '.join(missing)}")
    result = evaluate_files(paths, min_jump=min_jump)
    sys.stdout.write(format_table(result) + "\n")
    if json_out:
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")

# --- web commands (serve) -----------------------------------------------------


@app.command("serve")
def serve_command(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
    read_token: str = typer.Option(
        None, "--read-token", envvar="SAHELWATCH_READ_TOKEN", help="Require this bearer token for reads."
    ),
    write_token: str = typer.Option(
        None, "--write-token", envvar="SAHELWATCH_WRITE_TOKEN",
        help="Enable POST /api/v1/articles for this bearer token (disabled without it).",
    ),
    workers: int = typer.Option(1, "--workers", min=1, max=16, help="Worker processes (one per core)."),
    access_log: bool = typer.Option(True, "--access-log/--no-access-log", help="Log every request."),
) -> None:
    """Serve the dashboard (/) and the JSON API (/api/v1, schema at /openapi.json) with uvicorn."""
    import os

    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1") and not read_token:
        console.print(f"[yellow]warning:[/yellow] serving on {host} with open reads (no --read-token)")
    # worker processes build the app from the environment (create_app reads these variables)
    db = settings(ctx).db
    os.environ["SAHELWATCH_DB"] = db if is_postgres_url(db) else str(Path(db).resolve())
    for name, value in (("SAHELWATCH_READ_TOKEN", read_token), ("SAHELWATCH_WRITE_TOKEN", write_token)):
        if value:
            os.environ[name] = value
    uvicorn.run(
        "sahelwatch.web.app:create_app", factory=True, host=host, port=port, workers=workers,
        log_level="warning" if settings(ctx).verbosity < 0 else "info", access_log=access_log,
        server_header=False,
    )


# --- warn commands (watch, alerts, brief) -------------------------------------

watch_app = typer.Typer(help="Watchlists: areas, types and actors to be alerted about.", no_args_is_help=True)
app.add_typer(watch_app, name="watch")


@watch_app.command("add")
def watch_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Watchlist name (replaces one of the same name)."),
    country: str = COUNTRY_OPT,
    admin1: str = ADMIN1_OPT,
    admin2: str = typer.Option(None, "--admin2", help="Second-level area, e.g. Téra."),
    event_type: str = TYPE_OPT,
    actor: str = ACTOR_OPT,
    min_fatalities: int = MINF_OPT,
    civilian_only: bool = typer.Option(False, "--civilian-only", help="Only events targeting civilians."),
    webhook: str = typer.Option(None, "--webhook", help="POST each alert's JSON to this http(s) URL."),
) -> None:
    """Create or replace a watchlist."""
    if webhook and not webhook.lower().startswith(("http://", "https://")):
        raise fail("--webhook must be an http:// or https:// URL", 2)
    watch = {
        "name": name, "country": country.upper() if country else None, "admin1": admin1, "admin2": admin2,
        "event_type": event_type, "actor": actor, "min_fatalities": min_fatalities,
        "civilian_only": civilian_only, "webhook": webhook,
    }
    with store_of(ctx) as store:
        store.add_watchlist(watch)
    out.print(f"watchlist {name!r} saved", highlight=False)


@watch_app.command("list")
def watch_list(ctx: typer.Context) -> None:
    """List the watchlists."""
    from sahelwatch.warn.report import watchlists_table

    with store_of(ctx) as store:
        out.print(watchlists_table(store.list_watchlists()))


@watch_app.command("remove")
def watch_remove(ctx: typer.Context, name: str = typer.Argument(..., help="Watchlist name.")) -> None:
    """Delete a watchlist (its past alerts stay; its pending webhook deliveries are cancelled)."""
    with store_of(ctx) as store:
        if not store.remove_watchlist(name):
            raise fail(f"no watchlist {name!r}")
    out.print(f"watchlist {name!r} removed", highlight=False)


@app.command("alerts")
def alerts_command(
    ctx: typer.Context,
    since: str = typer.Option(
        None, "--since", help="Alerts about events from this day (default: 14 days before --today)."
    ),
    fmt: str = typer.Option("table", "--format", help="table | json"),
    today: str = typer.Option(None, "--today", help="Compute as of this day (default: today)."),
    deliver: bool = typer.Option(False, "--deliver", help="Then send due webhook deliveries (with retries)."),
    no_compute: bool = typer.Option(False, "--no-compute", help="List stored alerts only."),
) -> None:
    """Compute this week's and last week's alerts, list recent ones, optionally deliver webhooks."""
    from sahelwatch.warn.alerts import default_since, run_alerts
    from sahelwatch.warn.deliver import deliver_pending
    from sahelwatch.warn.report import alerts_json, alerts_table

    if fmt not in {"table", "json"}:
        raise fail(f"unknown format {fmt!r}: use table or json", 2)
    with store_of(ctx) as store:
        if not no_compute:
            run = run_alerts(store, today=today)
            queued = run.queued_deliveries
            console.print(f"{len(run.new_ids)} new alert(s), {queued} webhook deliveries queued")
        found = store.list_alerts(since=since or default_since(today), limit=None)
        if deliver:
            report = deliver_pending(store)
            console.print(
                f"webhooks: {report.delivered} delivered, {report.retrying} to retry, {report.failed} failed"
            )
    if fmt == "json":
        sys.stdout.write(alerts_json(found) + "\n")
    else:
        out.print(alerts_table(found))


@app.command("brief")
def brief_command(
    ctx: typer.Context,
    week: str = typer.Option(..., "--week", help="ISO week, e.g. 2024-W12."),
    country: str = typer.Option(..., "--country", help="ISO 3166-1 alpha-2 code, e.g. NE."),
    output: Path = typer.Option(None, "-o", "--output", help="HTML file to write."),
    pdf: Path = typer.Option(None, "--pdf", help="PDF file to write (weasyprint)."),
    link_base: str = typer.Option("", "--link-base", help="Dashboard URL for event links (default: none)."),
) -> None:
    """Write the weekly situation brief of one country (HTML and/or PDF)."""
    from sahelwatch.warn.brief import build_brief, render_html, write_pdf
    from sahelwatch.warn.periods import parse_week

    try:
        parse_week(week)
    except ValueError as exc:
        raise fail(str(exc), 2) from exc
    if output is None and pdf is None:
        raise fail("give -o brief.html and/or --pdf brief.pdf", 2)
    with store_of(ctx) as store:
        brief = build_brief(store, week, country, link_base=link_base.rstrip("/"))
    if output is not None:
        output.write_text(render_html(brief), encoding="utf-8")
        console.print(f"wrote {output}", highlight=False)
    if pdf is not None:
        pages = write_pdf(render_html(brief, for_pdf=True), pdf)
        console.print(f"wrote {pdf} ({pages} pages)", highlight=False)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        console.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
