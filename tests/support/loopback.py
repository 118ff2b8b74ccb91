"""A tiny threaded HTTP server on 127.0.0.1 for the loopback tests (tests/unit)."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Loopback", "Respond", "send"]

Respond = Callable[[BaseHTTPRequestHandler], None]


class Loopback:
    """A threaded HTTP server on 127.0.0.1 answering every request with ``respond``; records headers."""

    def __init__(
        self, respond: Respond, *, keep_alive: bool = False, tls: ssl.SSLContext | None = None
    ) -> None:
        """``keep_alive``: speak HTTP/1.1 (connections reused; every answer needs a Content-Length);
        ``tls``: the server's TLS context (the URL is then https)."""
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.connections = 0
        lock = threading.Lock()
        seen = self.requests
        loopback = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                with lock:
                    seen.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
                respond(self)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _any
            protocol_version = "HTTP/1.1" if keep_alive else "HTTP/1.0"

            def setup(self) -> None:
                loopback.connections += 1
                super().setup()

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.port = int(self.server.server_address[1])
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})

    def __enter__(self) -> Loopback:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    """Write a complete answer (with a Content-Length: HTTP/1.0 closes after it, keep-alive does not)."""
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)
