"""The clients' transports against loopback servers: httpx's own, and the opt-in ``fedn.ThreadedTransport``.

Both clients send through ``httpx.HTTPTransport`` / ``httpx.AsyncHTTPTransport`` unless given a
transport. ``ThreadedTransport`` (the async client's opt-in to read an early answer to an upload,
see tests/unit/test_upload_faults.py) sends through a blocking httpx transport in worker threads,
so it must do everything the asyncio transport does: reuse keep-alive connections across calls
and uploads, stream bodies both ways, speak TLS, raise httpx's exceptions, close what a
cancelled request leaves behind, and leave no descriptor open.
"""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from fedn import APIClient, AsyncAPIClient, ThreadedTransport, errors
from support.loopback import Loopback, send
from support.raw_server import RawServer, read_head
from support.tls import Certificate, make_certificate, server_context

pytestmark = pytest.mark.timeout(60)

MESSAGE = json.dumps({"message": "stored", "success": True}).encode()


def answer(handler: BaseHTTPRequestHandler) -> None:
    """Reads any body whole, then answers: a count for GET, a message for POST (keep-alive safe)."""
    length = int(handler.headers.get("Content-Length") or 0)
    while length:
        length -= len(handler.rfile.read(min(length, 1 << 20)))
    if handler.command == "GET":
        send(handler, 200, b"3", Content_Type="application/json")
    else:
        send(handler, 200, MESSAGE, Content_Type="application/json")


#: The async client's transports under test: httpx's own (the default) and the opt-in.
ASYNC_TRANSPORTS: dict[str, Callable[[], httpx.AsyncBaseTransport | None]] = {
    "default": lambda: None,
    "threaded": ThreadedTransport,
}


def test_both_clients_send_through_httpxs_own_transports() -> None:
    assert type(APIClient("h", environ={}).httpx_client._transport) is httpx.HTTPTransport
    assert type(AsyncAPIClient("h", environ={}).httpx_client._transport) is httpx.AsyncHTTPTransport
    given = httpx.MockTransport(lambda request: httpx.Response(200))
    assert AsyncAPIClient("h", environ={}, transport=given).httpx_client._transport is given
    assert APIClient("h", environ={}, transport=given).httpx_client._transport is given


@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
def test_keep_alive_connections_are_reused_across_calls_and_uploads(tmp_path: Path, transport: str) -> None:
    """Calls, uploads (small and 8 MB) and calls again, on one connection, all answered."""
    small, big = tmp_path / "small.tgz", tmp_path / "big.tgz"
    small.write_bytes(b"p" * 100)
    big.write_bytes(b"\0" * (8 * 2**20))

    async def run(url: str) -> list[object]:
        results: list[object] = []
        async with AsyncAPIClient(url, environ={}, transport=ASYNC_TRANSPORTS[transport]()) as client:
            for path in (small, big, small):
                results.append(await client.get_models_count())
                results.append((await client.set_active_package(path, helper="numpyhelper"))["message"])
            results.append(await client.get_models_count())
        return results

    with Loopback(answer, keep_alive=True) as server:
        results = asyncio.run(run(server.url))
        connections = server.connections
    assert results == [3, "stored"] * 3 + [3]
    assert connections == 1


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Certificate]:
    """A self-signed certificate for 127.0.0.1 (openssl's command line)."""
    yield make_certificate(tmp_path_factory.mktemp("tls"), "server")


def test_tls_with_the_clients_verify(certificate: Certificate, tmp_path: Path) -> None:
    """HTTPS on a reused connection (calls and an upload), verified against the test CA."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"\0" * (2 * 2**20))

    async def run(url: str, transport: httpx.AsyncBaseTransport | None) -> list[object]:
        async with AsyncAPIClient(
            url, environ={}, verify=str(certificate.cert), transport=transport
        ) as client:
            count = await client.get_models_count()
            stored = await client.set_active_package(package, helper="numpyhelper")
            return [count, stored["message"], await client.get_models_count()]

    threaded = ThreadedTransport(
        httpx.HTTPTransport(verify=ssl.create_default_context(cafile=certificate.cert))
    )
    with Loopback(answer, keep_alive=True, tls=server_context(certificate)) as server:
        assert asyncio.run(run(server.url, None)) == [3, "stored", 3]
        assert asyncio.run(run(server.url, threaded)) == [3, "stored", 3]
        with APIClient(server.url, environ={}, verify=str(certificate.cert)) as client:
            assert client.get_models_count() == 3


@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
def test_an_unknown_certificate_is_a_connection_error(certificate: Certificate, transport: str) -> None:
    async def run(url: str) -> errors.FednError:
        async with AsyncAPIClient(
            url, environ={}, max_retries=0, transport=ASYNC_TRANSPORTS[transport]()
        ) as client:
            with pytest.raises(errors.APIConnectionError) as info:
                await client.get_models_count()
            return info.value

    with Loopback(answer, tls=server_context(certificate)) as server:
        err = asyncio.run(run(server.url))
        with (
            APIClient(server.url, environ={}, max_retries=0) as client,
            pytest.raises(errors.FednError) as sync,
        ):
            client.get_models_count()
    assert type(err) is type(sync.value) is errors.APIConnectionError
    assert isinstance(err.__cause__, httpx.ConnectError) and "CERTIFICATE_VERIFY_FAILED" in str(err)


@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
def test_an_early_answer_on_a_reused_connection(tmp_path: Path, transport: str) -> None:
    """An early 413 after a plain call on the same keep-alive connection; the next call gets a new one.

    The threaded transport reads the 413; httpx's asyncio transport loses it (asyncio drops the
    socket when the write fails) and says what the broken connection may mean.
    """
    package = tmp_path / "package.tgz"
    package.write_bytes(b"\0" * (32 * 2**20))

    def refuse_uploads(handler: BaseHTTPRequestHandler) -> None:
        if handler.command == "POST":
            send(handler, 413, b'{"message": "too large"}', Connection="close")
            handler.close_connection = True  # the body stays unread
        else:
            answer(handler)

    async def run(url: str) -> list[object]:
        async with AsyncAPIClient(
            url, environ={}, max_retries=0, transport=ASYNC_TRANSPORTS[transport]()
        ) as client:
            first = await client.get_models_count()
            with pytest.raises(errors.FednError) as info:
                await client.set_active_package(package, helper="numpyhelper")
            return [first, info.value, await client.get_models_count()]

    with Loopback(refuse_uploads, keep_alive=True) as server:
        first, err, last = asyncio.run(run(server.url))
    assert first == last == 3
    assert isinstance(err, errors.FednError)
    if transport == "threaded":
        assert type(err) is errors.APIStatusError and (err.status_code, err.message) == (413, "too large")
    else:
        assert type(err) is errors.APIConnectionError and err.status_code is None
        assert "before the answer to the upload of 'package.tgz' was read" in str(err)
        assert "413 Request Entity Too Large" in str(err) and "fedn.ThreadedTransport()" in str(err)


def reset(conn: socket.socket) -> None:
    """Read the request head and reset the connection (no answer)."""
    read_head(conn)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()  # linger 0: a reset, not a close


@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
@pytest.mark.parametrize("upload", [False, True], ids=["call", "upload"])
def test_a_reset_without_an_answer_is_the_same_error(upload: bool, tmp_path: Path, transport: str) -> None:
    """No answer to read after all: both clients report the reset alike, on either async transport."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"\0" * (8 * 2**20))

    def make_call(client: Any) -> Any:
        if upload:
            return client.set_active_package(package, helper="numpyhelper")
        return client.get_models_count()

    async def run_async(url: str) -> errors.FednError:
        async with AsyncAPIClient(
            url, environ={}, max_retries=0, transport=ASYNC_TRANSPORTS[transport]()
        ) as client:
            with pytest.raises(errors.FednError) as info:
                await make_call(client)
            return info.value

    with RawServer(reset) as server:
        with (
            APIClient(server.url, environ={}, max_retries=0) as client,
            pytest.raises(errors.FednError) as sync,
        ):
            make_call(client)
        async_error = asyncio.run(run_async(server.url))
    assert type(sync.value) is type(async_error) is errors.APIConnectionError
    if upload and transport == "default":
        # asyncio dropped the socket at the failed write: a ReadError where the blocking
        # transport reads the end of the stream (RemoteProtocolError); both say what it may mean
        assert isinstance(async_error.__cause__, httpx.ReadError)
        assert "the connection broke before the answer to the upload" in str(async_error)
        assert "the connection broke before the answer to the upload" in str(sync.value)
    else:
        assert type(sync.value.__cause__) is type(async_error.__cause__), (sync.value, async_error)


@pytest.mark.skipif(not hasattr(psutil.Process(), "num_fds"), reason="counts file descriptors (POSIX)")
@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
def test_no_descriptor_is_left_open(tmp_path: Path, transport: str) -> None:
    """Every connection is closed with its client, early answers to uploads included."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"\0" * (4 * 2**20))

    def refuse(handler: BaseHTTPRequestHandler) -> None:
        if handler.command == "POST":
            send(handler, 413, b'{"message": "too large"}')
        else:
            answer(handler)

    async def run(url: str) -> None:
        async with AsyncAPIClient(
            url, environ={}, max_retries=0, transport=ASYNC_TRANSPORTS[transport]()
        ) as client:
            for _ in range(5):
                await client.get_models_count()
                with pytest.raises(errors.FednError):  # the 413, or the broken connection
                    await client.set_active_package(package, helper="numpyhelper")

    process = psutil.Process()
    with Loopback(refuse) as server:
        asyncio.run(run(server.url))  # warm up (imports, first allocations)
        before = process.num_fds()
        asyncio.run(run(server.url))
        deadline = time.monotonic() + 2
        while process.num_fds() > before and time.monotonic() < deadline:
            time.sleep(0.05)  # the server's threads close their side
        assert process.num_fds() <= before


# ---------------------------------------------------------------------- ThreadedTransport alone


def test_the_threaded_transport_streams_a_download_and_an_async_body(tmp_path: Path) -> None:
    """A 12 MB download arrives whole, chunk by chunk; a body from an async generator is sent."""
    blob = bytes(range(256)) * (12 * 2**12)
    received: list[bytes] = []

    def respond(handler: BaseHTTPRequestHandler) -> None:
        if handler.command == "GET":
            send(handler, 200, blob, Content_Type="application/octet-stream")
        else:
            received.append(handler.rfile.read(int(handler.headers["Content-Length"])))
            send(handler, 200, MESSAGE, Content_Type="application/json")

    async def parts() -> AsyncIterator[bytes]:
        for part in (b"first ", b"second"):
            yield part

    async def run(url: str) -> tuple[int, int]:
        async with AsyncAPIClient(url, environ={}, transport=ThreadedTransport()) as client:
            await client.download_model("m1", tmp_path / "model.npz")
            posted = await client.httpx_client.post(
                "/echo", content=parts(), headers={"Content-Length": "12"}
            )
            return (tmp_path / "model.npz").stat().st_size, posted.status_code

    with Loopback(respond) as server:
        size, status = asyncio.run(run(server.url))
    assert size == len(blob) and (tmp_path / "model.npz").read_bytes() == blob
    assert (status, received) == (200, [b"first second"])


def test_a_cancelled_request_gives_its_connection_back() -> None:
    """A request cancelled while its thread waits for the answer: the answer is closed when it comes.

    With one connection in the pool, a leaked response would hold it and the next call would
    time out waiting for it.
    """
    release = threading.Event()

    def slow(handler: BaseHTTPRequestHandler) -> None:
        if handler.path.endswith("/slow"):
            release.wait(5)
        send(handler, 200, b"3", Content_Type="application/json")

    async def run(url: str) -> object:
        transport = ThreadedTransport(httpx.HTTPTransport(limits=httpx.Limits(max_connections=1)))
        async with AsyncAPIClient(url, environ={}, transport=transport, timeout=5, max_retries=0) as client:
            pending = asyncio.create_task(client.httpx_client.get("/slow"))
            await asyncio.sleep(0.2)
            pending.cancel()
            with pytest.raises(asyncio.CancelledError):
                await pending
            release.set()
            return await client.with_options(timeout=httpx.Timeout(5, pool=2)).get_models_count()

    with Loopback(slow, keep_alive=True) as server:
        assert asyncio.run(run(server.url)) == 3
