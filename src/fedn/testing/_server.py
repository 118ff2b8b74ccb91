"""The fake controller over real HTTP: a threaded server on a loopback port.

For code that builds its own client (FEDn's own ``APIClient``, ``requests``, another language)
or needs a URL. :class:`FakeHTTPServer` wraps :class:`http.server.ThreadingHTTPServer` (HTTP/1.1,
keep-alive, one thread per connection) around the controller's sans-IO
:meth:`~fedn.testing.FakeController.handle`. During an outage a request's connection is closed
without an answer.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from fedn.testing._messages import FakeRequest
from fedn.testing._transport import Controller


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # one buffered write per answer (flushed after each request) and no Nagle delay: a client's
    # delayed ACK would otherwise hold every answer for ~40 ms
    wbufsize = 1 << 16
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: no line on stderr per request."""

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _serve(self) -> None:
        body = self._body()
        controller = self.server.controller
        if controller.unreachable:
            self.close_connection = True
            return
        parts = urlsplit(self.path)
        headers: dict[str, str] = {}
        for name, value in self.headers.items():
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        request = FakeRequest(
            self.command,
            unquote(parts.path),
            tuple(parse_qsl(parts.query, keep_blank_values=True)),
            headers,
            body,
        )
        response = controller.handle(request)
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        if response.header("Content-Length") is None:
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    controller: Controller


class FakeHTTPServer:
    """A fake controller served on ``host:port`` (port 0: a free one) in a background thread."""

    def __init__(self, controller: Controller, host: str = "127.0.0.1", port: int = 0) -> None:
        self._server = _Server((host, port), _Handler)
        self._server.controller = controller
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """``http://HOST:PORT`` of the listening socket."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> None:
        """Accept connections in a daemon thread."""
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop accepting, close the socket and wait for the thread."""
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def serve_forever(self) -> None:
        """Serve in the calling thread until :meth:`shutdown` (the command line's loop)."""
        self._server.serve_forever(poll_interval=0.05)

    def shutdown(self) -> None:
        """Make :meth:`serve_forever` return (from another thread or a signal handler's thread)."""
        self._server.shutdown()

    def close(self) -> None:
        """Close the listening socket."""
        self._server.server_close()
