"""The clients' transports against loopback servers: httpx's own.

Both clients send through ``httpx.HTTPTransport`` / ``httpx.AsyncHTTPTransport`` unless given a
transport. By default the async client sends uploads through a blocking twin of its httpx client
in a worker thread (so it reads an early answer to an upload as the sync client does, see
tests/unit/test_upload_faults.py); with a transport of the caller's, everything goes through it.
Either way the async client must reuse keep-alive connections, speak TLS, raise httpx's
exceptions, close what a cancelled upload leaves behind, and leave no descriptor open.
"""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from fedn import APIClient, AsyncAPIClient, errors
from fedn._http import AsyncHTTPClient
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


#: The async client's transports under test: its default (httpx's own, uploads through the
#: blocking twin) and httpx's asyncio transport given by the caller (uploads through it too).
ASYNC_TRANSPORTS: dict[str, Callable[[], httpx.AsyncBaseTransport | None]] = {
    "default": lambda: None,
    "asyncio": httpx.AsyncHTTPTransport,
}


def test_both_clients_send_through_httpxs_own_transports() -> None:
    assert type(APIClient("h", environ={}).httpx_client._transport) is httpx.HTTPTransport
    assert type(AsyncAPIClient("h", environ={}).httpx_client._transport) is httpx.AsyncHTTPTransport
    given = httpx.MockTransport(lambda request: httpx.Response(200))
    assert AsyncAPIClient("h", environ={}, transport=given).httpx_client._transport is given
    assert APIClient("h", environ={}, transport=given).httpx_client._transport is given


@pytest.mark.parametrize("transport", ASYNC_TRANSPORTS)
def test_keep_alive_connections_are_reused_across_calls_and_uploads(tmp_path: Path, transport: str) -> None:
    """Calls, uploads (small and 8 MB) and calls again, all answered on reused connections.

    One connection carries everything through the caller's asyncio transport; by default the
    uploads have their own (the blocking twin's pool), reused too.
    """
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
    assert connections == (2 if transport == "default" else 1)


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

    given = httpx.AsyncHTTPTransport(verify=ssl.create_default_context(cafile=certificate.cert))
    with Loopback(answer, keep_alive=True, tls=server_context(certificate)) as server:
        assert asyncio.run(run(server.url, None)) == [3, "stored", 3]
        assert asyncio.run(run(server.url, given)) == [3, "stored", 3]
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

    By default the 413 is read (the upload went through the blocking twin); through the caller's
    asyncio transport it is lost (asyncio drops the socket when the write fails) and the error
    says what the broken connection may mean.
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
    if transport == "default":
        assert type(err) is errors.APIStatusError and (err.status_code, err.message) == (413, "too large")
        assert err.method == "POST" and err.url is not None and err.url.endswith("/api/v1/packages/")
    else:
        assert type(err) is errors.APIConnectionError and err.status_code is None
        assert "before the answer to the upload of 'package.tgz' was read" in str(err)
        assert "413 Request Entity Too Large" in str(err)


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
    if upload and transport == "asyncio":
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


# ---------------------------------------------------------------------- the blocking twin


def test_a_cancelled_upload_gives_its_connection_back(tmp_path: Path) -> None:
    """An upload cancelled while the twin's thread waits for the answer: the answer is closed when
    it comes, the connection goes back to the pool, and the next upload is answered."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"p" * 1000)
    release = threading.Event()
    uploads: list[int] = []

    def slow_first_upload(handler: BaseHTTPRequestHandler) -> None:
        if handler.command == "POST":
            uploads.append(1)
            if len(uploads) == 1:
                release.wait(5)
        answer(handler)

    async def run(url: str) -> object:
        async with AsyncAPIClient(url, environ={}, timeout=5, max_retries=0) as client:
            pending = asyncio.create_task(client.set_active_package(package, helper="numpyhelper"))
            await asyncio.sleep(0.2)
            pending.cancel()
            with pytest.raises(asyncio.CancelledError):
                await pending
            release.set()
            return (await client.set_active_package(package, helper="numpyhelper"))["message"]

    with Loopback(slow_first_upload, keep_alive=True) as server:
        assert asyncio.run(run(server.url)) == "stored"
    assert len(uploads) == 2


def test_the_twin_shares_the_clients_settings_and_closes_with_it(
    certificate: Certificate, tmp_path: Path
) -> None:
    """The twin is made on the first upload with the client's base URL, token, TLS and timeout,
    and closed by ``aclose()``; a client that never uploads never makes one."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"p" * 100)
    seen: list[str | None] = []

    def record(handler: BaseHTTPRequestHandler) -> None:
        seen.append(handler.headers.get("Authorization"))
        answer(handler)

    async def run(url: str) -> tuple[httpx.Client | None, httpx.Client | None]:
        async with AsyncAPIClient(
            url, environ={}, token="twin-token", verify=str(certificate.cert)
        ) as client:
            http = client.httpx_client
            assert isinstance(http, AsyncHTTPClient)
            await client.get_models_count()
            before = http._blocking
            await client.set_active_package(package, helper="numpyhelper")
            twin = http._blocking
        assert twin is not None and twin.is_closed
        return before, twin

    with Loopback(record, keep_alive=True, tls=server_context(certificate)) as server:
        before, twin = asyncio.run(run(server.url))
    assert before is None
    assert twin is not None and str(twin.base_url).startswith("https://127.0.0.1")
    assert seen and set(seen) == {"Bearer twin-token"}
