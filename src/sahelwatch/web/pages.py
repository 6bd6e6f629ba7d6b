"""Server-rendered pages: the dashboard (/), an event (/events/{id}) and an article (/articles/{id})."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sahelwatch import __version__
from sahelwatch.export.formats import acled_row
from sahelwatch.store import Store
from sahelwatch.web.config import TOKEN_COOKIE, WebConfig, bearer, token_matches
from sahelwatch.web.filters import DEFAULT_PAGE, MAX_PAGE, EventQuery, event_query
from sahelwatch.web.views import article_detail, article_segments, event_detail, field_kind

log = logging.getLogger(__name__)

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.filters["kind"] = field_kind
templates.env.filters["slug"] = lambda text: "".join(c if c.isalnum() else "-" for c in (text or "").lower())
templates.env.filters["http_url"] = lambda url: url if isinstance(url, str) and _is_http(url) else None
templates.env.globals["version"] = __version__
DOWNLOADS = [("acled-csv", "ACLED CSV"), ("ucdp-csv", "UCDP CSV"), ("geojson", "GeoJSON")]
ALERTS_SHOWN = 5


def pages_router(config: WebConfig) -> APIRouter:
    """The HTML routes for the store in ``config``."""

    def require_read(request: Request) -> None:
        if config.read_token is None:
            return
        given = request.cookies.get(TOKEN_COOKIE) or bearer(request.headers.get("authorization"))
        if not token_matches(given, config.read_token):
            raise HTTPException(401, "This dashboard needs a read token: open /login?token=YOUR-TOKEN once.")

    router = APIRouter(include_in_schema=False)
    guarded = APIRouter(include_in_schema=False, dependencies=[Depends(require_read)])

    @router.get("/login")
    def login(token: str = Query(..., max_length=500)) -> Response:
        """Remember a read token in a cookie, then go to the dashboard."""
        if config.read_token is None or not token_matches(token, config.read_token):
            raise HTTPException(401, "wrong read token")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response

    @guarded.get("/", response_class=HTMLResponse)
    def dashboard(
        request: Request,
        query: EventQuery = Depends(event_query),
        offset: int = Query(0, ge=0, le=10_000_000),
        limit: int = Query(DEFAULT_PAGE, ge=1, le=MAX_PAGE),
    ) -> Response:
        """Map, timeline, filters, downloads and the event list for the filters in the URL."""
        flt = query.to_filter()
        flt.limit, flt.offset = limit, offset
        with config.store() as store:
            context = dashboard_context(store, query, flt)
        context["pages"] = _pages(query, offset, limit, context["total"])
        return templates.TemplateResponse(request, "dashboard.html", context)

    @guarded.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(request: Request, event_id: str) -> Response:
        """One event: facts with precision spelled out, sources, highlighted evidence, claims, history."""
        with config.store() as store:
            event = store.get_event(event_id[:100])
            if event is None:
                raise HTTPException(404, f"No event {event_id!r}.")
            detail = event_detail(store, event)
            articles = {s["article_id"]: store.get_article(s["article_id"]) for s in detail["sources"]}
        context = {"d": detail, "e": detail["event"], "row": acled_row(event), "articles": articles}
        return templates.TemplateResponse(request, "event.html", context)

    @guarded.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str) -> Response:
        """An article's cleaned text with every mention's sentence and values highlighted."""
        with config.store() as store:
            article = store.get_article(article_id[:300])
            if article is None:
                raise HTTPException(404, f"No article {article_id!r}.")
            detail = article_detail(store, article)
        context = {"a": detail, "runs": article_segments(detail)}
        return templates.TemplateResponse(request, "article.html", context)

    router.include_router(guarded)
    return router


def dashboard_context(store: Store, query: EventQuery, flt: Any) -> dict[str, Any]:
    """What the dashboard template needs for one filter state."""
    qs = query.query_string()
    return {
        "q": query,
        "qs": qs,
        "events": store.event_summaries(flt),
        "total": store.count_live_events(flt),
        "facets": store.event_facets(),
        "downloads": [(name, "/api/v1/events?" + query.query_string(format=fmt)) for fmt, name in DOWNLOADS],
        "alerts": recent_alerts(store, flt.country),
    }


def _is_http(url: str) -> bool:
    """Whether a URL from an article is a plain web link (never ``javascript:`` or ``data:``)."""
    return url.lower().startswith(("http://", "https://"))


def recent_alerts(store: Store, country: str | None) -> list[dict[str, Any]] | None:
    """ALERTS (warn stage): recent alerts if the store offers ``list_alerts``, else None (section hidden)."""
    list_alerts = getattr(store, "list_alerts", None)
    if list_alerts is None:
        return None
    try:
        return list_alerts(limit=ALERTS_SHOWN, country=country)
    except Exception:  # the warn stage is optional for the dashboard: never break the page for it
        log.exception("could not read alerts")
        return None


def _pages(query: EventQuery, offset: int, limit: int, total: int) -> dict[str, Any]:
    """Previous/next links of the event list."""
    prev_offset = max(offset - limit, 0)
    size = limit if limit != DEFAULT_PAGE else None
    more = offset + limit < total
    return {
        "first": offset + 1 if total else 0,
        "last": min(offset + limit, total),
        "prev": f"/?{query.query_string(offset=prev_offset or None, limit=size)}#events" if offset else None,
        "next": f"/?{query.query_string(offset=offset + limit, limit=size)}#events" if more else None,
    }
