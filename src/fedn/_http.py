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
"""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from fedn.errors import ERROR_BODY_LIMIT

__all__ = ["ERROR_BODY_LIMIT", "AsyncHTTPClient", "HTTPClient"]


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


class HTTPClient(httpx.Client):
    """``httpx.Client`` reading error bodies up to an excerpt; skips the URL re-parse for empty ``params``."""

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
    """``httpx.AsyncClient`` reading error bodies up to an excerpt; no re-parse for empty ``params``."""

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
