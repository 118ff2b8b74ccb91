"""An httpx transport, sync and async, that answers from a fake controller in the same process.

One object is both an :class:`httpx.BaseTransport` and an :class:`httpx.AsyncBaseTransport`, so
``APIClient(host, transport=fake.transport())`` and ``AsyncAPIClient(host,
transport=fake.transport())`` both work. Each request is read whole, handed to the controller's
sans-IO :meth:`~fedn.testing.FakeController.handle`, and its answer returned as an
:class:`httpx.Response`. During an outage every request fails with :class:`httpx.ConnectError`,
as a refused connection does.
"""

from __future__ import annotations

from typing import Protocol

import httpx

from fedn.testing._messages import FakeRequest, FakeResponse


class Controller(Protocol):
    """What the transports and the server need of a controller."""

    def handle(self, request: FakeRequest) -> FakeResponse:
        """Answer one request."""
        ...

    @property
    def unreachable(self) -> bool:
        """Whether requests should fail as if nothing listened."""
        ...


def to_fake(request: httpx.Request, body: bytes) -> FakeRequest:
    """An httpx request (its body already read) as the controller takes it."""
    headers: dict[str, str] = {}
    for name, value in request.headers.multi_items():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return FakeRequest(
        request.method,
        request.url.path,
        tuple(request.url.params.multi_items()),
        headers,
        body,
    )


def to_httpx(response: FakeResponse, request: httpx.Request) -> httpx.Response:
    """The controller's answer as an httpx response to ``request``."""
    # a stream, not content: the body is read (or streamed) by the client, as from a socket
    stream = httpx.ByteStream(response.body)
    return httpx.Response(response.status, headers=list(response.headers), stream=stream, request=request)


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Hands every request to a fake controller (see :meth:`FakeController.transport`)."""

    def __init__(self, controller: Controller) -> None:
        self._controller = controller

    def __repr__(self) -> str:
        return f"FakeTransport({self._controller!r})"

    def _answer(self, request: httpx.Request, body: bytes) -> httpx.Response:
        if self._controller.unreachable:
            raise httpx.ConnectError("the fake controller is unreachable (outage)", request=request)
        return to_httpx(self._controller.handle(to_fake(request, body)), request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer a request of a sync client."""
        return self._answer(request, request.read())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer a request of an async client."""
        return self._answer(request, await request.aread())
