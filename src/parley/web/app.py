"""The web app: the JSON API under ``/api/`` and the dashboard pages, one FastAPI app.

    app = create_app(load_settings(db="parley.db"))    # an ASGI app
    serve(settings, host="127.0.0.1", port=8000)      # what `parley serve` runs

Everything the pages need is served by the app itself (templates and
``static/`` inside this package; no CDN), so the dashboard works offline.
The store is opened when the app starts and closed when it stops. The API is
read-only unless the ``api_token`` setting is set (see :mod:`parley.web.api`).
Security headers and the request-body cap are in :mod:`parley.web.security`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from parley import __version__
from parley.settings import Settings, load_settings
from parley.store.base import Store
from parley.web import api, errors, pages
from parley.web.security import MAX_BODY_BYTES, BodyLimit, SecurityHeaders

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

DESCRIPTION = """\
Coded PLOVER events from news about conflicts and peace talks, with their
sources. Every error is `{"error": {"status", "code", "message"}}`. Listings
take `limit` (at most 500) and `offset`. The API is read-only unless the
server sets `api_token`; then `POST /api/articles` with
`Authorization: Bearer <token>` codes and stores an article.
"""


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.autoescape = True  # every template, whatever its name
    env.filters["urlpart"] = lambda value: quote(str(value), safe=":@")
    env.filters["qs"] = lambda params: urlencode({k: v for k, v in params.items() if v})
    env.tests["web_url"] = lambda value: str(value).lower().startswith(("https://", "http://"))
    env.globals["version"] = __version__
    return templates


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """The ASGI app over ``settings.db`` (or over an already open ``store``).

    A store passed in is left open when the app stops; one the app opens
    itself is closed then.
    """
    settings = settings or load_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        if own:
            from parley.store import connect

            app.state.store = connect(settings)
        else:
            app.state.store = store
        try:
            yield
        finally:
            if own:
                app.state.store.close()

    app = FastAPI(
        title="parley",
        version=__version__,
        description=DESCRIPTION,
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: /api/docs is ours instead
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.templates = _templates()
    app.state.pipeline = None  # the spaCy pipeline, loaded on the first POST
    app.state.view_cache = {}  # stories merged on demand, until the store changes
    if store is not None:
        app.state.store = store
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")
    app.add_middleware(errors.CrashGuard)  # innermost: exceptions -> the 500 error shape
    app.add_middleware(BodyLimit, max_body=MAX_BODY_BYTES)
    app.add_middleware(SecurityHeaders)
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, **uvicorn: Any) -> None:
    """Run the app with uvicorn until interrupted (blocking)."""
    import uvicorn as server

    server.run(
        create_app(settings),
        host=host,
        port=port,
        proxy_headers=False,
        server_header=False,
        log_level=uvicorn.pop("log_level", "info"),
        **uvicorn,
    )
