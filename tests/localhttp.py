"""A real HTTP server on 127.0.0.1 for the live-source tests (no mocks, no network).

    with LocalServer() as server:
        server.add("/feed.xml", rss, "application/rss+xml", etag='"v1"')
        url = server.url("/feed.xml")
        ...
        assert server.hits("/feed.xml") == 1

Routes answer with fixed bodies, a list of answers served in turn (the last
one repeats), or a handler function. Every request is recorded (method,
path, headers, body). Only loopback is ever bound or contacted.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    """One response: status, headers, body; ``delay`` seconds before the body,
    ``stream`` sends the body in pieces without a Content-Length."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream: bool = False


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Handler = Callable[[Seen], Answer]


class LocalServer:
    """A threaded HTTP/1.0 server on an ephemeral loopback port."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Answer] | Handler] = {}
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                seen = Seen(
                    self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
                )
                answer = outer._answer(seen)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self._send(answer)

            def _send(self, answer: Answer) -> None:
                self.send_response(answer.status)
                for key, value in answer.headers.items():
                    self.send_header(key, value)
                if not answer.stream:
                    self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                if answer.delay:
                    time.sleep(answer.delay)
                if not answer.stream:
                    self.wfile.write(answer.body)
                    return
                for i in range(0, len(answer.body), 8192):
                    self.wfile.write(answer.body[i : i + 8192])
                    self.wfile.flush()

            do_GET = _serve
            do_POST = _serve

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def add(
        self,
        path: str,
        body: bytes | str = b"",
        content_type: str = "text/html; charset=utf-8",
        status: int = 200,
        **headers: str,
    ) -> None:
        """A fixed answer; ``etag="..."`` etc. become headers (``_`` -> ``-``)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        hdrs = {"Content-Type": content_type}
        hdrs.update({k.replace("_", "-").title(): v for k, v in headers.items()})
        self.routes[path] = [Answer(status, data, hdrs)]

    def add_answers(self, path: str, *answers: Answer) -> None:
        """Answers served in turn; the last one repeats."""
        self.routes[path] = list(answers)

    def add_handler(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def _answer(self, seen: Seen) -> Answer:
        with self._lock:
            self.seen.append(seen)
            route = self.routes.get(seen.path)
            if route is None:
                return Answer(404, b"not found", {"Content-Type": "text/plain"})
            if callable(route):
                handler = route
            else:
                return route.pop(0) if len(route) > 1 else route[0]
        return handler(seen)

    def hits(self, path: str) -> int:
        return sum(1 for s in self.seen if s.path == path)

    def requests(self, path: str) -> list[Seen]:
        return [s for s in self.seen if s.path == path]
