"""An HTTP/2 server over TLS on 127.0.0.1 (with the ``h2`` library) for the ``http2=True`` tests.

It answers every request with ``200`` and one JSON body, and records ``(method, path)`` per
request and the protocol each connection negotiated (ALPN).
"""

from __future__ import annotations

import socket
import ssl

import h2.config
import h2.connection
import h2.events

from support.raw_server import RawServer

__all__ = ["H2Server"]


class H2Server(RawServer):
    """A threaded HTTP/2 server; ``context`` is the server's TLS context offering ALPN ``h2``."""

    def __init__(self, context: ssl.SSLContext, body: bytes = b"3") -> None:
        super().__init__(self._serve, tls=context, threaded=True)
        self.body = body
        self.requests: list[tuple[str, str]] = []
        self.protocols: list[str | None] = []

    def _serve(self, tls: socket.socket) -> None:
        assert isinstance(tls, ssl.SSLSocket)
        self.protocols.append(tls.selected_alpn_protocol())
        config = h2.config.H2Configuration(client_side=False, header_encoding="utf-8")
        connection = h2.connection.H2Connection(config=config)
        connection.initiate_connection()
        tls.sendall(connection.data_to_send())
        while data := tls.recv(65536):
            for event in connection.receive_data(data):
                if isinstance(event, h2.events.RequestReceived):
                    headers = dict(event.headers)
                    self.requests.append((str(headers[":method"]), str(headers[":path"])))
                elif isinstance(event, h2.events.DataReceived):
                    connection.acknowledge_received_data(event.flow_controlled_length, event.stream_id)
                elif isinstance(event, h2.events.StreamEnded):
                    self._answer(connection, event.stream_id)
                elif isinstance(event, h2.events.ConnectionTerminated):
                    return
            tls.sendall(connection.data_to_send())

    def _answer(self, connection: h2.connection.H2Connection, stream_id: int) -> None:
        headers = [
            (":status", "200"),
            ("content-type", "application/json"),
            ("content-length", str(len(self.body))),
        ]
        connection.send_headers(stream_id, headers)
        connection.send_data(stream_id, self.body, end_stream=True)
