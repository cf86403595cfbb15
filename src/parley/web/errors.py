"""One error shape for the web layer.

Under ``/api/`` every error, including unknown paths (404), wrong methods
(405), invalid parameters (422), a too large body (413) and crashes (500),
is answered as::

    {"error": {"status": 404, "code": "not_found", "message": "..."}}

Pages get the same status with an HTML page that says the same thing.
Library errors (:class:`~parley.errors.ParleyError`) become 503 for the
store and 422 for inputs; anything else is a 500 whose details are logged,
never shown.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from parley.errors import IngestError, ParleyError, StoreError

log = logging.getLogger(__name__)

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """Raised by endpoints: answered with the error shape and ``status``."""

    def __init__(self, status: int, message: str, details: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.details = details


def error_body(status: int, message: str, details: list[dict[str, Any]] | None = None) -> dict:
    error: dict[str, Any] = {
        "status": status,
        "code": CODES.get(status, "error"),
        "message": message,
    }
    if details:
        error["details"] = details
    return {"error": error}


def _respond(
    request: Request,
    status: int,
    message: str,
    details: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(error_body(status, message, details), status, headers=headers)
    templates = request.app.state.templates
    context = {
        "status": status,
        "code": CODES.get(status, "error"),
        "message": message,
        "details": details or [],
    }
    page: HTMLResponse = templates.TemplateResponse(
        request, "error.html", context, status_code=status, headers=headers
    )
    return page


def _field(loc: Any) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or "request"


async def _on_api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return _respond(request, exc.status, exc.message, exc.details, headers)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    message = {
        404: f"nothing at {request.url.path}; the API is described at /api/openapi.json",
        405: f"{request.method} is not allowed on {request.url.path}",
    }.get(exc.status_code, str(exc.detail))
    return _respond(request, exc.status_code, message, None, getattr(exc, "headers", None))


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"field": _field(e.get("loc", ())), "message": str(e.get("msg", "invalid"))}
        for e in exc.errors()
    ]
    summary = "; ".join(f"{d['field']}: {d['message']}" for d in details[:5])
    return _respond(request, 422, f"invalid request: {summary}", details)


async def _on_parley(request: Request, exc: Exception) -> Response:
    if isinstance(exc, IngestError):
        return _respond(request, 422, f"the input could not be read: {exc.reason}")
    if isinstance(exc, StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        return _respond(request, 503, f"the database is not available: {exc}")
    return _respond(request, 422, str(exc))


class CrashGuard:
    """ASGI middleware: an unexpected exception becomes the 500 error shape.

    It sits inside the security-header middleware, so a 500 carries the same
    headers as any other response. The traceback is logged, never sent.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def watch(message: Any) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception:
            log.exception("error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            request = Request(scope)
            response = _respond(request, 500, "internal error; the server log has the details")
            await response(scope, receive, send)


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the one shape."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(ParleyError, _on_parley)
