"""An opt-in transport for :class:`fedn.AsyncAPIClient`: httpx's blocking transport, in worker threads.

Both clients send through httpx's own transports by default (``httpx.HTTPTransport``,
``httpx.AsyncHTTPTransport``), so respx, pytest-httpx and vcrpy intercept them and ``proxy``,
``cert`` and ``http2`` work as in httpx. One thing the asyncio transport cannot do: read an
answer a server sends *before* it has read a whole upload (``413 Request Entity Too Large``
right after the headers, then closing). The blocking transport reads it (the kernel keeps the
bytes after the failed write); asyncio closes the socket as soon as a write fails, and the
answer goes with it, so ``AsyncAPIClient`` reports a broken connection instead of the 413.

:class:`ThreadedTransport` is the opt-in for code that needs that answer from the async client:
an ``httpx.AsyncBaseTransport`` that sends every request through a blocking httpx transport in
a worker thread (``asyncio``'s default executor), so an early answer reads exactly as in
:class:`fedn.APIClient`. The mocking tools still intercept it: it is httpx's own
``HTTPTransport`` underneath.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import AsyncIterator, Callable
from typing import TypeVar

import httpx

__all__ = ["ThreadedTransport"]

T = TypeVar("T")


async def _in_thread(function: Callable[[], T], on_abandoned: Callable[[T], None] | None = None) -> T:
    """``function()`` in the default executor, with this task's context variables.

    If the awaiting task is cancelled, the thread still finishes; ``on_abandoned`` then gets
    its result (to close a response nobody will read).
    """
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, functools.partial(contextvars.copy_context().run, function))
    try:
        return await asyncio.shield(future)
    except asyncio.CancelledError:
        if on_abandoned is not None:
            callback = on_abandoned

            def abandon(done: asyncio.Future[T]) -> None:
                if not done.cancelled() and done.exception() is None:
                    callback(done.result())

            future.add_done_callback(abandon)
        raise


class _ThreadedStream(httpx.AsyncByteStream):
    """A blocking response body read chunk by chunk in worker threads."""

    def __init__(self, stream: httpx.SyncByteStream) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = iter(self._stream)
        while True:
            chunk = await _in_thread(functools.partial(next, chunks, None))
            if chunk is None:
                return
            yield chunk

    async def aclose(self) -> None:
        await _in_thread(self._stream.close)


class ThreadedTransport(httpx.AsyncBaseTransport):
    """An async httpx transport sending each request through a blocking one in a worker thread.

    ``transport``: the blocking transport, by default ``httpx.HTTPTransport()``. Give it the TLS,
    proxy and pool settings: as in httpx, the client's ``verify``, ``cert`` and ``http2`` do not
    reach a transport passed in, and a ``proxy=`` given to the client would carry every request
    past this transport. Requests wait for a free thread of asyncio's default executor, so at
    most that many run at a time.

    Example::

        import ssl

        import httpx
        from fedn import AsyncAPIClient, ThreadedTransport

        transport = ThreadedTransport(httpx.HTTPTransport(verify=ssl.create_default_context(cafile="ca.pem")))
        async with AsyncAPIClient("https://fedn.example.com", transport=transport) as client:
            await client.set_active_model("seed.npz")  # a 413 is an APIStatusError 413, as in APIClient
    """

    def __init__(self, transport: httpx.BaseTransport | None = None) -> None:
        self._transport = transport if transport is not None else httpx.HTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the blocking transport in a worker thread."""
        if not isinstance(request.stream, httpx.SyncByteStream):
            await request.aread()  # an async-only body (e.g. an async generator): sent as read
        response = await _in_thread(
            functools.partial(self._transport.handle_request, request), on_abandoned=_close
        )
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_ThreadedStream(response.stream),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        """Close the blocking transport's connections."""
        await _in_thread(self._transport.close)


def _close(response: httpx.Response) -> None:
    response.close()
