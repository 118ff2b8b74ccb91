"""A forwarding HTTP proxy on 127.0.0.1 for the loopback tests: plain requests and CONNECT tunnels.

It reads one request per client connection: ``CONNECT host:port`` opens a tunnel (for https), an
absolute-form request (``GET http://host:port/path``) is sent on to its origin with the path in
origin form and ``Connection: close``; then bytes are relayed both ways until a side closes. It
records each request line and its ``Proxy-Authorization`` header.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from urllib.parse import urlsplit

__all__ = ["Proxy"]


def _relay(one: socket.socket, other: socket.socket) -> None:
    """Copy bytes from ``one`` to ``other`` until ``one`` closes; then end ``other``'s sending side."""
    with contextlib.suppress(OSError):
        while data := one.recv(65536):
            other.sendall(data)
    with contextlib.suppress(OSError):
        other.shutdown(socket.SHUT_WR)


class Proxy:
    """A threaded forwarding proxy; ``seen`` holds ``(request line, Proxy-Authorization or None)``."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str | None]] = []
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data:
            piece = client.recv(65536)
            if not piece:
                return
            data += piece
        head, rest = data.split(b"\r\n\r\n", 1)
        line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {
            name.strip().lower(): value.strip() for name, _, value in (h.partition(":") for h in header_lines)
        }
        self.seen.append((line, headers.get("proxy-authorization")))
        method, target, version = line.split(" ")
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
            upstream = socket.create_connection((host, int(port)), timeout=10)
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            upstream.sendall(rest)
        else:
            parts = urlsplit(target)
            upstream = socket.create_connection((parts.hostname, parts.port or 80), timeout=10)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            kept = [
                h
                for h in header_lines
                if h.split(":", 1)[0].strip().lower() not in ("proxy-authorization", "connection")
            ]
            head_out = "\r\n".join([f"{method} {path} {version}", *kept, "Connection: close"])
            upstream.sendall(head_out.encode("latin-1") + b"\r\n\r\n" + rest)
        with upstream:
            back = threading.Thread(target=_relay, args=(upstream, client), daemon=True)
            back.start()
            _relay(client, upstream)
            back.join(10)

    def __enter__(self) -> Proxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
