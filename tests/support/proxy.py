"""A forwarding HTTP proxy on 127.0.0.1 for the loopback tests: plain requests and CONNECT tunnels.

It reads one request per client connection: ``CONNECT host:port`` opens a tunnel (for https), an
absolute-form request (``GET http://host:port/path``) is sent on to its origin with the path in
origin form and ``Connection: close``; then bytes are relayed both ways until a side closes. It
records each request line and its ``Proxy-Authorization`` header.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from urllib.parse import urlsplit

from support.raw_server import RawServer, read_head

__all__ = ["Proxy"]


def _relay(one: socket.socket, other: socket.socket) -> None:
    """Copy bytes from ``one`` to ``other`` until ``one`` closes; then end ``other``'s sending side."""
    with contextlib.suppress(OSError):
        while data := one.recv(65536):
            other.sendall(data)
    with contextlib.suppress(OSError):
        other.shutdown(socket.SHUT_WR)


class Proxy(RawServer):
    """A threaded forwarding proxy; ``seen`` holds ``(request line, Proxy-Authorization or None)``."""

    def __init__(self) -> None:
        super().__init__(self._handle, threaded=True)
        self.seen: list[tuple[str, str | None]] = []

    def _handle(self, client: socket.socket) -> None:
        head, rest = read_head(client)
        if not head:
            return
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
