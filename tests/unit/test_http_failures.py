"""What the HTTP stack raises besides transport errors ends in the FednError tree, sync and async.

httpx raises ``InvalidURL`` (not a ``RequestError``) for a URL it cannot build, e.g. one with a
70,000 character id or filter; httpx/h11 raise ``LocalProtocolError`` for a request HTTP/1.1
cannot carry (a header value with a line break); ``DecodingError`` and ``TooManyRedirects`` for
answers httpx cannot use; h11 errors can escape httpcore raw. Each is mapped in one place
(``fedn._drivers.exchange_failure``), the original kept as ``__cause__``, and the sync and the
async client raise the same error for the same answer.
"""

from __future__ import annotations

import asyncio
import gzip
from collections.abc import Callable
from pathlib import Path
from typing import Any

import h11
import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, errors
from support.loopback import Loopback, send

TOKEN = "HTTPFAIL-token-9d3e"
LONG = "m" * 70_000

Handler = Callable[[httpx.Request], httpx.Response]


def both(handler: Handler, make_call: Callable[[Any], Any], **kw: Any) -> list[errors.FednError]:
    """Run ``make_call`` on a sync and an async client over ``handler``; both errors (same class, text)."""
    raised: list[errors.FednError] = []
    client = APIClient("ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(handler), environ={}, **kw)
    with client, pytest.raises(errors.FednError) as info:
        make_call(client)
    raised.append(info.value)

    async def handle_async(request: httpx.Request) -> httpx.Response:
        return handler(request)

    async def run_async() -> None:
        transport = httpx.MockTransport(handle_async)
        async with AsyncAPIClient(
            "ctl.test:8092", token=TOKEN, transport=transport, environ={}, **kw
        ) as client:
            with pytest.raises(errors.FednError) as info:
                await make_call(client)
            raised.append(info.value)

    asyncio.run(run_async())
    assert type(raised[0]) is type(raised[1]), raised
    assert str(raised[0]) == str(raised[1])
    for err in raised:
        assert TOKEN not in str(err) and TOKEN not in repr(err)
    return raised


def nothing(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.method} {str(request.url)[:80]}")


LONG_INPUTS: list[tuple[str, Callable[[Any, Path], Any]]] = [
    ("id", lambda c, t: c.get_model(LONG)),
    ("filter", lambda c, t: c.get_models(session_id=LONG)),
    ("download id", lambda c, t: c.download_model(LONG, t / "model.npz")),
    ("session id to wait for", lambda c, t: c.wait_for_session(LONG, timeout=1)),
]


@pytest.mark.parametrize(("what", "make_call"), LONG_INPUTS, ids=[c[0] for c in LONG_INPUTS])
def test_a_70k_character_input_is_invalid_input(
    what: str, make_call: Callable[[Any, Path], Any], tmp_path: Path
) -> None:
    for err in both(nothing, lambda c: make_call(c, tmp_path), max_retries=2):
        assert isinstance(err, errors.InvalidInputError) and isinstance(err, ValueError)
        assert isinstance(err.__cause__, httpx.InvalidURL)
        assert "too long" in str(err) and "65536" in str(err)
        assert err.status_code is None
        assert len(str(err)) < 300  # the 70,000 characters are not repeated
    assert list(tmp_path.iterdir()) == []


def test_a_header_value_with_a_line_break_is_invalid_input() -> None:
    """A real socket: h11 refuses the header (httpx.LocalProtocolError), nothing reaches the server."""
    ok = b'{"count": 0, "result": []}'
    with Loopback(lambda h: send(h, 200, ok, Content_Type="application/json")) as server:
        sync = APIClient(server.url, token=TOKEN, environ={})
        with sync, pytest.raises(errors.InvalidInputError) as info:
            list(sync.iter_models(sort_key="committed_at\r\nX-Injected: 1"))

        async def run_async() -> errors.FednError:
            async with AsyncAPIClient(server.url, token=TOKEN, environ={}) as client:
                with pytest.raises(errors.InvalidInputError) as async_info:
                    [model async for model in client.iter_models(sort_key="committed_at\r\nX-Injected: 1")]
            return async_info.value

        async_error = asyncio.run(run_async())
        assert server.requests == []
    for err in (info.value, async_error):
        assert isinstance(err.__cause__, httpx.LocalProtocolError)
        assert "Illegal header value" in str(err)
    assert str(info.value) == str(async_error)


@pytest.mark.parametrize(
    "make_call",
    [lambda c, t: c.get_models_count(), lambda c, t: c.download_model("m1", t / "model.npz")],
    ids=["call", "download"],
)
def test_a_body_that_does_not_decode_is_an_unexpected_response(
    make_call: Callable[[Any, Path], Any], tmp_path: Path
) -> None:
    def bad_gzip(request: httpx.Request) -> httpx.Response:
        # a stream, read when the client reads the body (content= would be decoded right here)
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip"))

    for err in both(bad_gzip, lambda c: make_call(c, tmp_path)):
        assert type(err) is errors.UnexpectedResponseError
        assert err.status_code == 200 and err.method == "GET"
        assert isinstance(err.__cause__, httpx.DecodingError)
        assert "could not decode the answer" in str(err)
    assert list(tmp_path.iterdir()) == []


def test_a_gzip_body_that_decodes_is_fine() -> None:
    """The decoding check is not over-eager: a valid gzip answer is read as usual."""

    def good_gzip(request: httpx.Request) -> httpx.Response:
        body = httpx.ByteStream(gzip.compress(b"7"))
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, stream=body)

    with APIClient("ctl.test:8092", transport=httpx.MockTransport(good_gzip), environ={}) as client:
        assert client.get_models_count() == 7


def test_too_many_redirects_is_an_unexpected_response() -> None:
    """Only with following turned on (through the httpx client): the last redirect's status."""

    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(307, headers={"Location": "/api/v1/models/count"})

    def follow(client: Any) -> Any:
        client.httpx_client.follow_redirects = True
        client.httpx_client.max_redirects = 3
        return client.get_models_count()

    for err in both(loop, follow):
        assert type(err) is errors.UnexpectedResponseError
        assert err.status_code == 307
        assert isinstance(err.__cause__, httpx.TooManyRedirects)
        assert "too many redirects" in str(err)


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (h11.LocalProtocolError("Too little data for declared Content-Length"), errors.InvalidInputError),
        (h11.RemoteProtocolError("illegal status line"), errors.APIConnectionError),
    ],
    ids=["local", "remote"],
)
def test_h11_errors_escaping_httpcore_are_mapped(raised: Exception, expected: type[errors.FednError]) -> None:
    """httpcore lets h11's own errors out of the request body's send (see test_upload_faults.py)."""

    def escape(request: httpx.Request) -> httpx.Response:
        raise raised

    for err in both(escape, lambda c: c.get_models_count(), max_retries=2):
        assert type(err) is expected
        assert err.__cause__ is raised
        assert str(raised) in str(err)
        assert err.status_code is None
