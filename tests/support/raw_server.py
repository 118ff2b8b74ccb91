"""Raw TCP servers on 127.0.0.1 for tests below HTTP (resets, early answers, HTTP/2, TLS alerts)."""

from __future__ import annotations

import contextlib
import os
import socket
import ssl
import threading
from collections.abc import Callable

from support.tls import Certificate, server_context

__all__ = ["CertificateDemander", "RawServer", "read_head"]


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


class CertificateDemander(RawServer):
    """A TLS server that demands a client certificate and reads what the client sends.

    Every connection's handshake fails on the server's side when the client presents no
    certificate; with TLS 1.3 the client has finished its part by then, so the server's
    "certificate required" alert reaches the client on its first *read*. The server then reads
    whatever the client sends until it closes (at most ``drain`` seconds), so its close never
    resets the connection, which would throw the alert away: every client request ends on the
    alert, deterministically.
    """

    def __init__(self, certificate: Certificate, *, drain: float = 2.0) -> None:
        super().__init__(self._refuse, threaded=True)
        self.url = self.url.replace("http://", "https://")
        self.context = server_context(certificate, client_ca=certificate.cert)
        self.drain = drain

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
