"""The httpx clients under :class:`fedn.APIClient` and :class:`fedn.AsyncAPIClient`.

Plain ``httpx.Client``/``httpx.AsyncClient``, on httpx's own transports (``httpx.HTTPTransport``,
``httpx.AsyncHTTPTransport``, so respx, pytest-httpx and vcrpy intercept them), with two changes:

* **Error bodies are read up to an excerpt.** The body of an answer that is not a success
  (status < 200 or >= 300) is read only up to :data:`ERROR_BODY_LIMIT` bytes, decoded, and the
  rest is never read: the connection is closed instead of drained. A proxy answering with a
  60 MB error page costs 64 KiB, not hundreds of MB (``make_status_error`` decoded, parsed and
  searched the whole text). gzip and deflate bodies are decompressed here, bounded (a 64 KiB
  "zip bomb" could otherwise expand a thousandfold), and the ``Content-Encoding`` header is
  removed; a body in another encoding (br, zstd, several stacked) is dropped. Success bodies are
  untouched. This is done in :meth:`send`, so it holds for every transport (a proxy's too) and
  for the streamed download.
* **An empty ``params`` mapping is treated as no ``params``.** The generated operations always
  pass ``params`` (``{}`` when no query parameter is set), and httpx answers an empty mapping by
  rebuilding the request URL from its text (a full re-parse, about a fifth of the client's own
  time for a small call). Dropping it changes nothing on the wire, because an empty mapping
  would only clear a query already in the URL, so it is dropped only when the URL has none.

One difference between the two clients is by design: **the async client sends uploads through a
blocking twin.** A server may answer an upload before it has read the whole body (``413 Request
Entity Too Large`` right after the headers) and close the connection. httpx's blocking transport
reads that answer after its write fails (the kernel keeps the bytes it received); on httpx's
asyncio transport the answer is lost, because asyncio closes a socket as soon as a write to it
fails. So :class:`AsyncHTTPClient`, on its default transport, sends the multipart POST of
:func:`post_file_async` through a blocking :class:`HTTPClient` with the same settings, in a worker
thread: the same server answer is the same error in both clients, and the event loop does not
wait on the file's reads either. Every other request goes through httpx's asyncio transport. With
a ``transport`` of the caller's (a mock, the fake controller's), everything goes through it.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
import zlib
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from fedn._context import (
    LAST_REQUEST,
    LAST_RESPONSE,
    apply_call_timeout,
    apply_call_timeout_async,
    remember_request,
    remember_request_async,
    remember_response,
    remember_response_async,
)
from fedn.errors import ERROR_BODY_LIMIT

if TYPE_CHECKING:
    from fedn._config import ClientConfig

T = TypeVar("T")

__all__ = ["ERROR_BODY_LIMIT", "AsyncHTTPClient", "HTTPClient", "post_file", "post_file_async"]


def _params(url: httpx.URL | str, params: Any) -> Any:
    if params is not None and not params and isinstance(url, str) and "?" not in url:
        return None
    return params


class _Excerpt:
    """The first :data:`ERROR_BODY_LIMIT` decoded bytes of a body, fed its raw chunks one by one."""

    def __init__(self, content_encoding: str | None) -> None:
        encoding = (content_encoding or "").strip().lower()
        self.remaining = ERROR_BODY_LIMIT
        self._raw_deflate_tried = encoding != "deflate"
        self._decompressor: Any = None
        self.dropped = False
        if encoding in ("gzip", "x-gzip"):
            self._decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._decompressor = zlib.decompressobj()
        elif encoding not in ("", "identity"):
            self.dropped = True  # no bounded decoder for it: say nothing rather than read it all

    @property
    def full(self) -> bool:
        """Nothing more is wanted: the limit is reached, or the rest cannot be decoded."""
        return self.remaining <= 0 or self.dropped

    def feed(self, raw: bytes) -> bytes:
        """The decoded part of ``raw`` still within the limit."""
        if self.full:
            return b""
        piece = raw[: self.remaining] if self._decompressor is None else self._decompress(raw)
        self.remaining -= len(piece)
        return piece

    def _decompress(self, raw: bytes) -> bytes:
        try:
            piece: bytes = self._decompressor.decompress(raw, self.remaining)
        except zlib.error:
            if self._raw_deflate_tried:
                self.dropped = True  # a broken error body: keep what was decoded
                return b""
            # "deflate" sent as a raw deflate stream, without the zlib header (as httpx accepts)
            self._raw_deflate_tried = True
            self._decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
            return self._decompress(raw)
        self._raw_deflate_tried = True
        return piece


class _ExcerptStream(httpx.SyncByteStream):
    """The body of a non-success answer, cut at the excerpt; closing it closes the connection's stream."""

    def __init__(self, stream: httpx.SyncByteStream, excerpt: _Excerpt) -> None:
        self._stream = stream
        self._excerpt = excerpt

    def __iter__(self) -> Iterator[bytes]:
        if self._excerpt.full:
            return
        for raw in self._stream:
            piece = self._excerpt.feed(raw)
            if piece:
                yield piece
            if self._excerpt.full:
                return

    def close(self) -> None:
        self._stream.close()


class _AsyncExcerptStream(httpx.AsyncByteStream):
    """:class:`_ExcerptStream` for ``httpx.AsyncClient``."""

    def __init__(self, stream: httpx.AsyncByteStream, excerpt: _Excerpt) -> None:
        self._stream = stream
        self._excerpt = excerpt

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._excerpt.full:
            return
        async for raw in self._stream:
            piece = self._excerpt.feed(raw)
            if piece:
                yield piece
            if self._excerpt.full:
                return

    async def aclose(self) -> None:
        await self._stream.aclose()


def _cut(response: httpx.Response) -> bool:
    """Whether ``response``'s body is to be cut at the excerpt: any answer that is not a success."""
    return not 200 <= response.status_code < 300


def _excerpt_of(response: httpx.Response) -> _Excerpt:
    """The excerpt reader for ``response``; its ``Content-Encoding`` header goes (decoded here)."""
    excerpt = _Excerpt(response.headers.get("content-encoding"))
    if "content-encoding" in response.headers:
        del response.headers["content-encoding"]
    return excerpt


def _settings(config: ClientConfig) -> dict[str, Any]:
    """The httpx client settings of one client's :class:`~fedn._config.ClientConfig`."""
    return {
        "base_url": config.base_url,
        "headers": config.headers,
        "verify": config.verify,
        "proxy": config.proxy,
        "http2": config.http2,
        "trust_env": False,  # the environment was read into config, from the client's ``environ``
        "timeout": config.timeout,
        "follow_redirects": False,
    }


class HTTPClient(httpx.Client):
    """``httpx.Client`` reading error bodies up to an excerpt; skips the URL re-parse for empty ``params``."""

    @classmethod
    def for_config(cls, config: ClientConfig, transport: httpx.BaseTransport | None = None) -> Self:
        """The client of :class:`fedn.APIClient`: ``config``'s settings and the per-call hooks.

        ``transport``: the caller's; ``None`` is httpx's own ``httpx.HTTPTransport``.
        """
        return cls(
            **_settings(config),
            transport=transport,
            event_hooks={"request": [apply_call_timeout, remember_request], "response": [remember_response]},
        )

    def build_request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, **kwargs: Any
    ) -> httpx.Request:
        """``httpx.Client.build_request`` with an empty ``params`` dropped (see module docstring)."""
        return super().build_request(method, url, params=_params(url, params), **kwargs)

    def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        """``httpx.Client.send``; the body of a non-success answer is cut at :data:`ERROR_BODY_LIMIT`."""
        response = super().send(request, stream=True, **kwargs)
        if _cut(response) and isinstance(response.stream, httpx.SyncByteStream):
            response.stream = _ExcerptStream(response.stream, _excerpt_of(response))
        if not stream:
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        return response


class AsyncHTTPClient(httpx.AsyncClient):
    """``httpx.AsyncClient`` reading error bodies up to an excerpt; no re-parse for empty ``params``.

    ``blocking``: makes the blocking twin that :func:`post_file_async` sends uploads through (in a
    worker thread; made on first use, closed with this client); ``None``: uploads go through this
    client's own transport like every other request.
    """

    def __init__(self, *, blocking: Callable[[], httpx.Client] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._make_blocking = blocking
        self._blocking: httpx.Client | None = None
        self._blocking_lock = threading.Lock()

    @classmethod
    def for_config(cls, config: ClientConfig, transport: httpx.AsyncBaseTransport | None = None) -> Self:
        """The client of :class:`fedn.AsyncAPIClient`: ``config``'s settings and the per-call hooks.

        ``transport``: the caller's, which then carries uploads too; ``None`` is httpx's own
        ``httpx.AsyncHTTPTransport``, with uploads sent by a blocking twin (module docstring).
        """
        return cls(
            **_settings(config),
            transport=transport,
            event_hooks={
                "request": [apply_call_timeout_async, remember_request_async],
                "response": [remember_response_async],
            },
            blocking=functools.partial(HTTPClient.for_config, config) if transport is None else None,
        )

    def blocking_twin(self) -> httpx.Client | None:
        """The blocking client uploads go through (made now if need be), or ``None``: none is used."""
        if self._make_blocking is None:
            return None
        with self._blocking_lock:
            if self._blocking is None:
                self._blocking = self._make_blocking()
            return self._blocking

    async def aclose(self) -> None:
        """Close the connection pools (this client's and the blocking twin's)."""
        await super().aclose()
        with self._blocking_lock:
            blocking, self._blocking = self._blocking, None
        if blocking is not None:
            blocking.close()

    def build_request(
        self, method: str, url: httpx.URL | str, *, params: Any = None, **kwargs: Any
    ) -> httpx.Request:
        """``httpx.AsyncClient.build_request`` with an empty ``params`` dropped."""
        return super().build_request(method, url, params=_params(url, params), **kwargs)

    async def send(self, request: httpx.Request, *, stream: bool = False, **kwargs: Any) -> httpx.Response:
        """``httpx.AsyncClient.send``; the body of a non-success answer is cut at :data:`ERROR_BODY_LIMIT`."""
        response = await super().send(request, stream=True, **kwargs)
        if _cut(response) and isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _AsyncExcerptStream(response.stream, _excerpt_of(response))
        if not stream:
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response


def post_file(
    http: httpx.Client, url: str, *, files: Mapping[str, Any], data: Mapping[str, str]
) -> httpx.Response:
    """POST a multipart upload (``files`` streamed from open files) through ``http``."""
    return http.post(url, files=files, data=data)


async def post_file_async(
    http: httpx.AsyncClient, url: str, *, files: Mapping[str, Any], data: Mapping[str, str]
) -> httpx.Response:
    """:func:`post_file` for the async client: through its blocking twin in a worker thread, if it has one.

    The request and response the twin's hooks record (``LAST_REQUEST``, ``LAST_RESPONSE``) are
    carried back into the caller's context, so errors name them as for any other request. If the
    caller is cancelled, the thread still ends the upload (its answer is then closed unread).
    """
    blocking = http.blocking_twin() if isinstance(http, AsyncHTTPClient) else None
    if blocking is None:
        return await http.post(url, files=files, data=data)
    context = contextvars.copy_context()
    try:
        return await _in_thread(
            functools.partial(blocking.post, url, files=files, data=data), context, on_abandoned=_close
        )
    finally:
        LAST_REQUEST.set(context.get(LAST_REQUEST))
        LAST_RESPONSE.set(context.get(LAST_RESPONSE))


async def _in_thread(
    function: Callable[[], T], context: contextvars.Context, on_abandoned: Callable[[T], None]
) -> T:
    """``function()`` run in ``context`` in the default executor.

    If the awaiting task is cancelled, the thread still finishes; ``on_abandoned`` then gets its
    result (to close a response nobody will read).
    """
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, functools.partial(context.run, function))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:

        def abandon(done: asyncio.Future[T]) -> None:
            if not done.cancelled() and done.exception() is None:
                on_abandoned(done.result())

        future.add_done_callback(abandon)
        raise


def _close(response: httpx.Response) -> None:
    response.close()
