"""A tiny threaded HTTP server on 127.0.0.1 for the loopback tests (tests/unit)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

__all__ = ["CertificateDemander", "Loopback", "Respond", "self_signed_certificate", "send", "server_tls"]

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


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """(certificate, key) for 127.0.0.1 in ``folder``, made with openssl's command line (skip without it)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def server_tls(certificate: tuple[Path, Path], *, client_certificate: bool = False) -> ssl.SSLContext:
    """A server's TLS context with ``certificate``; ``client_certificate``: clients must present one
    signed by it (TLS 1.3 sends the "certificate required" alert after the handshake)."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    if client_certificate:
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(cafile=certificate[0])
    return context


class CertificateDemander:
    """A TLS server on 127.0.0.1 that demands a client certificate and reads what the client sends.

    Every connection's handshake fails on the server's side when the client presents no
    certificate; with TLS 1.3 the client has finished its part by then, so the server's
    "certificate required" alert reaches the client on its first *read*. The server then reads
    whatever the client sends until it closes (at most ``drain`` seconds), so its close never
    resets the connection, which would throw the alert away: every client request ends on the
    alert, deterministically.
    """

    def __init__(self, certificate: tuple[Path, Path], *, drain: float = 2.0) -> None:
        self.context = server_tls(certificate, client_certificate=True)
        self.drain = drain
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.url = f"https://127.0.0.1:{self.port}"
        self.listener.settimeout(0.05)  # accept() wakes up to see the stop flag
        self.stopped = threading.Event()
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            conn.settimeout(None)
            self.connections += 1
            threading.Thread(target=self._refuse, args=(conn,), daemon=True).start()

    def _refuse(self, conn: socket.socket) -> None:
        raw = socket.socket(fileno=os.dup(conn.fileno()))  # reads on under the failed TLS layer
        tls = self.context.wrap_socket(conn, server_side=True, do_handshake_on_connect=False)
        with contextlib.suppress(OSError):  # no client certificate: OpenSSL has sent the alert
            tls.do_handshake()
        raw.settimeout(self.drain)
        with contextlib.suppress(OSError):
            while raw.recv(1 << 16):
                pass
        raw.close()
        tls.close()

    def __enter__(self) -> CertificateDemander:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.listener.close()
