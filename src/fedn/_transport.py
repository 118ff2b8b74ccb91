"""The async client's transport: httpx's, except that an early answer to an upload is not lost.

A server may answer before it has read a whole request body, e.g. ``413 Request Entity Too
Large`` right after the headers, and close the connection. The client's next write then fails.
httpcore expects that: it ignores the failed write and reads the answer. The blocking client
does read it (the kernel keeps the bytes it received after a write fails); the asyncio one did
not: asyncio closes a socket as soon as a write to it fails, and the answer waiting in it went
with it, so httpx reported ``ReadError`` where the blocking client reported the 413.

:class:`EarlyAnswerTransport` is ``httpx.AsyncHTTPTransport`` (HTTP/1.1, the same pool limits,
TLS settings from ``httpx.create_ssl_context``), built from httpcore's public parts on a network
backend whose plain-TCP connections keep a duplicate descriptor of their socket. When asyncio
has dropped the socket, reading goes on through the duplicate, which is what the blocking
client does; and before each write of a body, a socket that has something to read (the
server answered, or closed) stops the body. So the same server answer gives the same error in
both clients.

Over TLS there is no duplicate (bytes under a TLS stream cannot be read past it): an HTTPS
upload the server cuts short still reports a connection error in the async client. Requests
through a proxy from the environment use httpx's own transports.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpcore
import httpx

__all__ = ["EarlyAnswerTransport"]

#: httpx's default pool limits (httpx.AsyncClient uses them for its own transport).
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)

#: httpcore's exceptions and the httpx exceptions httpx's own transports raise for them.
_HTTPX_ERRORS: dict[type[Exception], type[httpx.TransportError]] = {
    httpcore.ConnectTimeout: httpx.ConnectTimeout,
    httpcore.ReadTimeout: httpx.ReadTimeout,
    httpcore.WriteTimeout: httpx.WriteTimeout,
    httpcore.PoolTimeout: httpx.PoolTimeout,
    httpcore.TimeoutException: httpx.TimeoutException,
    httpcore.ConnectError: httpx.ConnectError,
    httpcore.ReadError: httpx.ReadError,
    httpcore.WriteError: httpx.WriteError,
    httpcore.NetworkError: httpx.NetworkError,
    httpcore.ProxyError: httpx.ProxyError,
    httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
    httpcore.LocalProtocolError: httpx.LocalProtocolError,
    httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
    httpcore.ProtocolError: httpx.ProtocolError,
}


@contextlib.contextmanager
def _as_httpx_errors() -> Iterator[None]:
    """Re-raise httpcore's exceptions as the httpx exceptions of the same name (the most specific)."""
    try:
        yield
    except Exception as exc:
        for cls in type(exc).__mro__:
            mapped = _HTTPX_ERRORS.get(cls)
            if mapped is not None:
                raise mapped(str(exc)) from exc
        raise


class _AnsweringStream(httpcore.AsyncNetworkStream):
    """A connection that can still read a server's answer after asyncio dropped the socket.

    ``spare`` is a duplicate of the socket's descriptor (plain TCP only): when asyncio closes
    its own descriptor after a failed write, the socket and the bytes the kernel received stay
    alive through the spare, and :meth:`read` goes on from there, as the blocking client reads
    its socket after a failed write. Before each write of a request body, a socket with
    something to read (the server answered, or closed) stops the body: no more is sent.
    """

    def __init__(self, stream: httpcore.AsyncNetworkStream, spare: socket.socket | None = None) -> None:
        self._stream = stream
        self._spare = spare
        self._dropped: httpcore.ReadError | None = None  # asyncio dropped the socket: read the spare
        self._in_body = False  # after a request's head: the writes are its body
        self._write_failed = False  # a write of this request failed (httpcore reads the answer next)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self._in_body = False  # the next write is the head of the next request
        if self._dropped is None:
            try:
                return await self._stream.read(max_bytes, timeout)
            except httpcore.ReadError as exc:
                if self._spare is None:
                    raise
                self._dropped = exc
        return await self._read_spare(self._dropped, max_bytes, timeout)

    async def _read_spare(self, dropped: httpcore.ReadError, max_bytes: int, timeout: float | None) -> bytes:
        """What the kernel still holds; the connection broke, so its end is the read error it was."""
        assert self._spare is not None
        loop = asyncio.get_running_loop()
        try:
            data = await asyncio.wait_for(loop.sock_recv(self._spare, max_bytes), timeout)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc)) from exc
        except OSError as exc:  # e.g. ECONNRESET: nothing was left to read
            raise httpcore.ReadError(str(exc)) from exc
        if not data and not self._write_failed:
            # the read itself broke (asyncio's recv took the reset): so would the blocking client's
            raise httpcore.ReadError(str(dropped)) from dropped
        return data  # after a failed write the blocking client reads on, to the end, too

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if not self._in_body:
            self._write_failed = False  # the head of a new request
        try:
            if self._in_body and self._spare is not None and self._stream.get_extra_info("is_readable"):
                # the server has answered (or closed) before the whole body was sent: send no
                # more, httpcore reads the answer next
                raise httpcore.WriteError("the server answered before the whole request was sent")
            self._in_body = True
            await self._stream.write(buffer, timeout)
        except httpcore.WriteError:
            self._write_failed = True
            raise

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            self._close_spare()

    def _close_spare(self) -> None:
        if self._spare is not None:
            self._spare.close()
            self._spare = None

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        self._close_spare()  # not over TLS: its bytes cannot be read past the TLS stream
        return _AnsweringStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


def _with_spare(stream: httpcore.AsyncNetworkStream) -> _AnsweringStream:
    """``stream`` with a spare descriptor of its socket (none when it has no socket)."""
    sock = stream.get_extra_info("socket")  # asyncio's TransportSocket (or a socket)
    if sock is None or not hasattr(sock, "dup"):
        return _AnsweringStream(stream)
    spare: socket.socket = sock.dup()
    spare.setblocking(False)
    return _AnsweringStream(stream, spare)


class _AnsweringBackend(httpcore.AsyncNetworkBackend):
    """httpcore's anyio backend whose connections are :class:`_AnsweringStream` objects."""

    def __init__(self) -> None:
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_tcp(
            host, port, timeout=timeout, local_address=local_address, socket_options=socket_options
        )
        return _with_spare(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._backend.connect_unix_socket(path, timeout=timeout, socket_options=socket_options)
        return _with_spare(stream)

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _ResponseStream(httpx.AsyncByteStream):
    """An httpcore response body as an httpx stream (httpcore's errors as httpx's)."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _as_httpx_errors():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        if hasattr(self._stream, "aclose"):
            with _as_httpx_errors():
                await self._stream.aclose()


class EarlyAnswerTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncHTTPTransport`` whose connections read an early answer to a request body.

    ``verify`` and ``trust_env`` as for ``httpx.AsyncClient``; HTTP/1.1 only (as the clients use).
    """

    def __init__(
        self,
        *,
        verify: ssl.SSLContext | str | bool = True,
        trust_env: bool = True,
        limits: httpx.Limits = DEFAULT_LIMITS,
    ) -> None:
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=trust_env),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            network_backend=_AnsweringBackend(),
        )

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the pool, as ``httpx.AsyncHTTPTransport`` does."""
        assert isinstance(request.stream, httpx.AsyncByteStream)
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors():
            response = await self._pool.handle_async_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(response.stream),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._pool.aclose()
