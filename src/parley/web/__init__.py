"""The web dashboard and JSON API (``parley serve``): see :mod:`parley.web.app`.

Nothing else in parley imports this package; it needs the ``fastapi``,
``uvicorn`` and ``jinja2`` packages.
"""

from __future__ import annotations

from parley.web.app import create_app, serve

__all__ = ["create_app", "serve"]
