"""The web application: the JSON API (/api/v1, schema at /openapi.json) and the dashboard pages."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sahelwatch import __version__
from sahelwatch.store.sqlite import default_db_path
from sahelwatch.web.api import api_router
from sahelwatch.web.config import WebConfig
from sahelwatch.web.filters import ParameterError
from sahelwatch.web.pages import pages_router, templates

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
HTTP_ERROR_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    413: "too_large", 415: "unsupported_media_type", 422: "invalid_parameter",
}


class SecurityHeaders:
    """ASGI middleware adding the Content-Security-Policy and related headers to every response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(
    db_path: str | Path | None = None, read_token: str | None = None, write_token: str | None = None
) -> FastAPI:
    """The app serving the store at ``db_path`` (default ``$SAHELWATCH_DB`` or ./sahelwatch.db).

    Tokens default to ``$SAHELWATCH_READ_TOKEN`` / ``$SAHELWATCH_WRITE_TOKEN``: without a write
    token ``POST /api/v1/articles`` is disabled; without a read token reads are open.
    """
    config = WebConfig.from_env(str(db_path or default_db_path()), read_token, write_token)
    app = FastAPI(
        title="Sahel Watch API",
        version=__version__,
        description="Verified, geocoded, de-duplicated conflict events for the Sahel "
        "(ACLED/UCDP-compatible).\nErrors are JSON: `error`, `message` and the offending `parameters`.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.config = config
    app.add_middleware(SecurityHeaders)
    _add_error_handlers(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api_router(config))
    app.include_router(pages_router(config))
    return app


def _error(status: int, message: str, parameters: list[str] | None = None) -> dict[str, Any]:
    code = HTTP_ERROR_CODES.get(status, "error")
    return {"error": code, "message": message, "parameters": parameters or []}


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/openapi.json", "/static/"))


def _error_response(request: Request, status: int, message: str, params: list[str] | None = None) -> Response:
    """JSON for the API, a small page for the dashboard."""
    if _wants_html(request):
        context = {"status": status, "message": message}
        return templates.TemplateResponse(request, "error.html", context, status_code=status)
    return JSONResponse(_error(status, message, params), status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        problems = [_problem(e) for e in exc.errors()]
        names = list(dict.fromkeys(name for name, _ in problems))
        message = "; ".join(f"{name}: {text}" for name, text in problems) or "invalid request"
        return _error_response(request, 422, message, names)

    @app.exception_handler(ParameterError)
    async def bad_parameter(request: Request, exc: ParameterError) -> Response:
        return _error_response(request, 422, f"{exc.parameter}: {exc}", [exc.parameter])

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error_response(request, exc.status_code, str(exc.detail))
        if exc.status_code == 401 and not _wants_html(request):
            response.headers["WWW-Authenticate"] = "Bearer"
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        if _wants_html(request):
            return HTMLResponse("<h1>Internal error</h1>", status_code=500)
        return JSONResponse(_error(500, "internal server error"), status_code=500)


def _problem(error: dict[str, Any]) -> tuple[str, str]:
    """(parameter name, message) of one pydantic validation error."""
    location = [str(part) for part in error.get("loc", ())]
    name = location[1] if len(location) > 1 and location[0] in ("query", "path", "header") else ".".join(
        location
    )
    return name or "request", str(error.get("msg", "invalid value"))
