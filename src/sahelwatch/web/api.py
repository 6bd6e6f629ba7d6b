"""The JSON API under /api/v1: events (JSON, ACLED/UCDP CSV, GeoJSON), articles, stats, map, ingest."""

from __future__ import annotations

import io
import json
import logging
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from sahelwatch import __version__
from sahelwatch.export.formats import write_events
from sahelwatch.store.filters import EventFilter
from sahelwatch.web.config import TOKEN_COOKIE, WebConfig, bearer, token_matches
from sahelwatch.web.filters import (
    DEFAULT_PAGE,
    MAX_PAGE,
    EventQuery,
    Order,
    ParameterError,
    SortKey,
    event_query,
)
from sahelwatch.web.schemas import (
    ArticleDetail,
    ArticleIn,
    ErrorBody,
    EventDetail,
    EventPage,
    Facets,
    IngestResult,
    MapPoints,
    Stats,
)
from sahelwatch.web.views import article_detail, event_detail

log = logging.getLogger(__name__)

MAX_MAP_POINTS = 20_000
MAX_EXPORT = 100_000
MAX_BATCH = 1000
STATS_COLUMNS = ["week", "country", "admin1", "event_type", "events", "fatalities"]
MAP_COLUMNS = ["id", "latitude", "longitude", "event_type", "fatalities", "event_date", "location"]
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "Missing or wrong bearer token"},
    422: {"model": ErrorBody, "description": "Invalid parameter (named in `parameters`)"},
}


class ExportFormat(StrEnum):
    json = "json"
    acled_csv = "acled-csv"
    ucdp_csv = "ucdp-csv"
    geojson = "geojson"
    jsonl = "jsonl"


MEDIA_TYPES = {
    "acled-csv": "text/csv; charset=utf-8",
    "ucdp-csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "jsonl": "application/x-ndjson",
}
ACCEPTED = {"text/csv": "acled-csv", "application/geo+json": "geojson", "application/x-ndjson": "jsonl"}
EXTENSIONS = {"acled-csv": "acled.csv", "ucdp-csv": "ucdp.csv", "geojson": "geojson", "jsonl": "jsonl"}


def json_response(data: Any, status_code: int = 200) -> JSONResponse:
    """A JSON response built without response-model validation (the models only document it)."""
    return JSONResponse(data, status_code=status_code)


def api_router(config: WebConfig) -> APIRouter:
    """All /api/v1 routes for the store in ``config``."""

    async def require_read(request: Request, authorization: str | None = Header(None)) -> None:
        if config.read_token is None:
            return
        given = bearer(authorization) or request.cookies.get(TOKEN_COOKIE)
        if not token_matches(given, config.read_token):
            raise HTTPException(401, "this server needs a read token: send Authorization: Bearer <token>")

    router = APIRouter(prefix="/api/v1", dependencies=[Depends(require_read)], responses=ERRORS)
    _add_read_routes(router, config)
    _add_ingest_route(router, config)
    return router


def _add_read_routes(router: APIRouter, config: WebConfig) -> None:
    @router.get("/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Liveness, version and row counts of the main tables."""
        with config.store() as store:
            return {"status": "ok", "version": __version__, **store.table_counts()}

    @router.get(
        "/events",
        tags=["events"],
        response_model=EventPage,
        responses={200: {"content": {m: {} for m in {*MEDIA_TYPES.values()}}}},
    )
    async def list_events(
        query: EventQuery = Depends(event_query),
        limit: int | None = Query(
            None, ge=1, le=MAX_PAGE, description=f"Page size (default {DEFAULT_PAGE}; JSON only)"
        ),
        offset: int = Query(0, ge=0, le=10_000_000),
        sort: SortKey = Query(SortKey.event_date),
        order: Order = Query(Order.desc),
        format: ExportFormat | None = Query(
            None, description="json (default), acled-csv, ucdp-csv, geojson or jsonl; or use Accept"
        ),
        accept: str | None = Header(None),
    ) -> Response:
        """Live events matching the filters, one page at a time; exports give every match unless limited.

        JSON pages are answered on the event loop (two indexed queries); exports run in a worker thread.
        """
        flt = query.to_filter()
        fmt = (format.value if format else None) or _format_from_accept(accept)
        if fmt != "json":
            flt.limit, flt.offset, flt.ascending = limit or MAX_EXPORT, offset, True
            return await run_in_threadpool(_export, config, flt, fmt)
        flt.limit, flt.offset = limit or DEFAULT_PAGE, offset
        with config.store() as store:
            rows = store.event_summaries(flt, sort.value, order is Order.desc)
            total = store.count_live_events(flt)
        page = {"total": total, "limit": flt.limit, "offset": offset, "sort": sort.value}
        return json_response({**page, "order": order.value, "events": rows})

    @router.get("/events/{event_id}", tags=["events"], response_model=EventDetail,
                responses={404: {"model": ErrorBody}})
    def get_event(event_id: str = PathParam(..., max_length=100)) -> Response:
        """One event with sources, per-source evidence and claims, precision codes and revision history.

        A merged-away id answers with ``status: merged`` and ``merged_into`` naming the surviving event.
        """
        with config.store() as store:
            event = store.get_event(event_id)
            if event is None:
                raise HTTPException(404, f"no event {event_id!r}")
            return json_response(event_detail(store, event))

    @router.get("/articles/{article_id}", tags=["articles"], response_model=ArticleDetail,
                responses={404: {"model": ErrorBody}})
    def get_article(article_id: str = PathParam(..., max_length=300)) -> Response:
        """The cleaned article text with the sentence and value spans of every mention (character offsets)."""
        with config.store() as store:
            article = store.get_article(article_id)
            if article is None:
                raise HTTPException(404, f"no article {article_id!r}")
            return json_response(article_detail(store, article))

    @router.get("/stats", tags=["events"], response_model=Stats)
    def stats(query: EventQuery = Depends(event_query)) -> Response:
        """Events and fatalities per week (Monday) x country x admin1 x event type, for the same filters.

        ``rows`` are arrays in ``columns`` order: week, country, admin1, event_type, events, fatalities.
        """
        with config.store() as store:
            rows = store.event_weekly_stats(query.to_filter())
        return json_response(stats_body(rows))

    @router.get("/map", tags=["events"], response_model=MapPoints)
    def map_points(query: EventQuery = Depends(event_query)) -> Response:
        """Compact points of every mappable live event matching the filters (largest drawn last)."""
        flt = query.to_filter()
        flt.limit = MAX_MAP_POINTS + 1
        with config.store() as store:
            points = store.event_points(flt)
        truncated = len(points) > MAX_MAP_POINTS
        points = points[:MAX_MAP_POINTS]
        body = {"count": len(points), "truncated": truncated, "columns": MAP_COLUMNS, "points": points}
        return json_response(body)

    @router.get("/facets", tags=["meta"], response_model=Facets)
    def facets() -> Response:
        """The values the filters can take (countries, admin-1 units, types) and the date range."""
        with config.store() as store:
            return json_response(store.event_facets())


def _add_ingest_route(router: APIRouter, config: WebConfig) -> None:
    @router.post("/articles", tags=["articles"], status_code=201, response_model=IngestResult,
                 responses={403: {"model": ErrorBody, "description": "Ingest disabled on this server"}})
    def post_articles(
        body: ArticleIn | list[ArticleIn] = Body(..., description="One article or a list (JSONL schema)"),
        authorization: str | None = Header(None),
    ) -> Response:
        """Ingest articles (same fields as the JSONL format) and extract events from the new ones.

        Needs ``Authorization: Bearer <write token>``; disabled unless the server has a write token.
        """
        if config.write_token is None:
            raise HTTPException(403, "ingest is disabled: start the server with --write-token")
        if not token_matches(bearer(authorization), config.write_token):
            raise HTTPException(401, "a valid write token is required: Authorization: Bearer <token>")
        articles = body if isinstance(body, list) else [body]
        if not articles or len(articles) > MAX_BATCH:
            raise ParameterError("body", f"send between 1 and {MAX_BATCH} articles")
        with config.store() as store:
            result = ingest_records([a.model_dump(exclude_none=True) for a in articles], store)
        return json_response(result, status_code=201 if result["new"] else 200)


def ingest_records(records: list[dict[str, Any]], store: Any) -> dict[str, Any]:
    """Run the ingest stage on posted records (via a temporary JSONL file), then extraction."""
    from sahelwatch.ingest.pipeline import ingest_paths

    with tempfile.TemporaryDirectory(prefix="sahelwatch-api-") as tmp:
        path = Path(tmp) / "api-post.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        summary = ingest_paths([str(path)], store)
    messages = [m.replace(str(path), "request") for m in summary.messages]
    return {
        "read": summary.read,
        "new": summary.new,
        "duplicate": summary.duplicate,
        "rejected": summary.rejected,
        "new_ids": summary.new_ids,
        "messages": messages,
        "extraction": _extract(store, summary.new_ids) if summary.new_ids else None,
    }


def _extract(store: Any, article_ids: list[str]) -> dict[str, Any]:
    """Extract events from the new articles; a missing or failing extractor is reported, not raised."""
    try:
        from sahelwatch.extract.run import extract_store

        result = extract_store(store, article_ids=article_ids)
    except Exception as exc:  # the articles are stored either way; say why events are missing
        log.exception("extraction after HTTP ingest failed")
        return {"ok": False, "error": f"extraction failed: {type(exc).__name__}"}
    return {
        "ok": not result.failed,
        "articles": result.articles,
        "mentions": result.mentions,
        "events_touched": result.events_touched,
        "failed": result.failed,
    }


def stats_body(rows: list[tuple]) -> dict[str, Any]:
    """The /stats answer: the grouped rows (as arrays, see ``columns``), totals and the charts' axes."""
    return {
        "total_events": sum(r[4] for r in rows),
        "total_fatalities": sum(r[5] for r in rows),
        "weeks": sorted({r[0] for r in rows}),
        "event_types": sorted({r[3] for r in rows}),
        "columns": STATS_COLUMNS,
        "rows": rows,
    }


def _format_from_accept(accept: str | None) -> str:
    """The export format asked for by an Accept header (JSON unless a known other type comes first)."""
    for part in (accept or "").split(","):
        media = part.split(";")[0].strip().lower()
        if media in ACCEPTED:
            return ACCEPTED[media]
        if media in ("application/json", "*/*"):
            return "json"
    return "json"


def _export(config: WebConfig, flt: EventFilter, fmt: str) -> Response:
    """The matching events written by the export stage, offered as a download."""
    buffer = io.StringIO()
    with config.store() as store:
        write_events(store.query_events(flt), buffer, fmt)
    name = f"sahelwatch-events.{EXTENSIONS[fmt]}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(buffer.getvalue(), media_type=MEDIA_TYPES[fmt], headers=headers)
