"""A raw TCP server on 127.0.0.1 for tests that behave below HTTP (resets, early answers, HTTP/2)."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable

__all__ = ["RawServer", "read_head"]


def read_head(conn: socket.socket) -> tuple[bytes, bytes]:
    """Read up to the end of a request's head: ``(head, what came after it)``; short if the peer closed."""
    data = b""
    while b"\r\n\r\n" not in data:
        piece = conn.recv(65536)
        if not piece:
            return data, b""
        data += piece
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


class RawServer:
    """Hands every connection accepted on 127.0.0.1 to ``handle`` (which closes it).

    ``tls``: accept TLS connections with this server context (the URL is then https);
    ``threaded``: each connection in a thread of its own, else one after the other.
    """

    def __init__(
        self,
        handle: Callable[[socket.socket], None],
        *,
        tls: ssl.SSLContext | None = None,
        threaded: bool = False,
    ) -> None:
        self.handle = handle
        self.threaded = threaded
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        if tls is not None:
            self.sock = tls.wrap_socket(self.sock, server_side=True)
        self.sock.settimeout(0.05)  # a closed listening socket does not wake accept() on Linux
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:  # closed, or a TLS handshake the client broke off
                if self.sock.fileno() < 0:
                    return
                continue
            conn.settimeout(10)
            if self.threaded:
                threading.Thread(target=self._handle, args=(conn,), daemon=True).start()
            else:
                self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        with contextlib.suppress(OSError), conn:
            self.handle(conn)

    def __enter__(self) -> RawServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.sock.close()
