"""The async client's own transport (``fedn._transport.EarlyAnswerTransport``) against loopback servers.

It replaces httpx's ``AsyncHTTPTransport`` (to read an early answer to an upload, see
tests/unit/test_upload_faults.py), so it must do everything httpx's does: reuse keep-alive
connections (with uploads between plain calls, where it switches its watch on and off), speak
TLS with the client's ``verify``, and raise httpx's exceptions for transport failures.
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import psutil
import pytest

from fedn import APIClient, AsyncAPIClient, errors
from fedn._transport import EarlyAnswerTransport
from support.loopback import Loopback, self_signed_certificate, send, server_tls

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


def test_the_async_client_sends_through_it() -> None:
    client = AsyncAPIClient("h", environ={})
    assert isinstance(client.httpx_client._transport, EarlyAnswerTransport)
    given = httpx.MockTransport(lambda request: httpx.Response(200))
    assert AsyncAPIClient("h", environ={}, transport=given).httpx_client._transport is given


def test_keep_alive_connections_are_reused_across_calls_and_uploads(tmp_path: Path) -> None:
    """Calls, uploads (small and 8 MB) and calls again, on one connection, all answered."""
    small, big = tmp_path / "small.tgz", tmp_path / "big.tgz"
    small.write_bytes(b"p" * 100)
    big.write_bytes(b"\0" * (8 * 2**20))

    async def run(url: str) -> list[object]:
        results: list[object] = []
        async with AsyncAPIClient(url, environ={}) as client:
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
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (openssl's command line)."""
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


def test_tls_with_the_clients_verify(certificate: tuple[Path, Path], tmp_path: Path) -> None:
    """HTTPS on a reused connection (calls and an upload), verified against the test CA."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"\0" * (2 * 2**20))

    async def run(url: str) -> list[object]:
        async with AsyncAPIClient(url, environ={}, verify=str(certificate[0])) as client:
            count = await client.get_models_count()
            stored = await client.set_active_package(package, helper="numpyhelper")
            return [count, stored["message"], await client.get_models_count()]

    with Loopback(answer, keep_alive=True, tls=server_tls(certificate)) as server:
        assert asyncio.run(run(server.url)) == [3, "stored", 3]
        with APIClient(server.url, environ={}, verify=str(certificate[0])) as client:
            assert client.get_models_count() == 3


def test_an_unknown_certificate_is_a_connection_error(certificate: tuple[Path, Path]) -> None:
    async def run(url: str) -> errors.FednError:
        async with AsyncAPIClient(url, environ={}, max_retries=0) as client:
            with pytest.raises(errors.APIConnectionError) as info:
                await client.get_models_count()
            return info.value

    with Loopback(answer, tls=server_tls(certificate)) as server:
        err = asyncio.run(run(server.url))
        with (
            APIClient(server.url, environ={}, max_retries=0) as client,
            pytest.raises(errors.FednError) as sync,
        ):
            client.get_models_count()
    assert type(err) is type(sync.value) is errors.APIConnectionError
    assert isinstance(err.__cause__, httpx.ConnectError) and "CERTIFICATE_VERIFY_FAILED" in str(err)


def test_an_early_answer_on_a_reused_connection(tmp_path: Path) -> None:
    """A 413 after a plain call on the same keep-alive connection; the next call gets a new one."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"\0" * (32 * 2**20))

    def refuse_uploads(handler: BaseHTTPRequestHandler) -> None:
        if handler.command == "POST":
            send(handler, 413, b'{"message": "too large"}', Connection="close")
            handler.close_connection = True  # the body stays unread
        else:
            answer(handler)

    async def run(url: str) -> list[object]:
        async with AsyncAPIClient(url, environ={}, max_retries=0) as client:
            first = await client.get_models_count()
            with pytest.raises(errors.APIStatusError) as info:
                await client.set_active_package(package, helper="numpyhelper")
            return [first, info.value.status_code, info.value.message, await client.get_models_count()]

    with Loopback(refuse_uploads, keep_alive=True) as server:
        assert asyncio.run(run(server.url)) == [3, 413, "too large", 3]


class Resetter:
    """A raw socket server that reads the request head and resets the connection (no answer)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            conn.settimeout(10)
            data = b""
            while b"\r\n\r\n" not in data:
                piece = conn.recv(65536)
                if not piece:
                    break
                data += piece
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()  # linger 0: a reset, not a close

    def __enter__(self) -> Resetter:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopped.set()
        self.thread.join(5)
        self.sock.close()


@pytest.mark.parametrize("upload", [False, True], ids=["call", "upload"])
def test_a_reset_without_an_answer_is_the_same_error(upload: bool, tmp_path: Path) -> None:
    """No answer to read after all: both clients report the reset alike (the spare adds nothing)."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"\0" * (8 * 2**20))

    def make_call(client: Any) -> Any:
        if upload:
            return client.set_active_package(package, helper="numpyhelper")
        return client.get_models_count()

    async def run_async(url: str) -> errors.FednError:
        async with AsyncAPIClient(url, environ={}, max_retries=0) as client:
            with pytest.raises(errors.FednError) as info:
                await make_call(client)
            return info.value

    with Resetter() as server:
        with (
            APIClient(server.url, environ={}, max_retries=0) as client,
            pytest.raises(errors.FednError) as sync,
        ):
            make_call(client)
        async_error = asyncio.run(run_async(server.url))
    assert type(sync.value) is type(async_error) is errors.APIConnectionError
    assert type(sync.value.__cause__) is type(async_error.__cause__), (sync.value, async_error)


@pytest.mark.skipif(not hasattr(psutil.Process(), "num_fds"), reason="counts file descriptors (POSIX)")
def test_no_descriptor_is_left_open(tmp_path: Path) -> None:
    """The spare descriptors are closed with their connections (early answers and resets included)."""
    package = tmp_path / "package.tgz"
    package.write_bytes(b"\0" * (4 * 2**20))

    def refuse(handler: BaseHTTPRequestHandler) -> None:
        if handler.command == "POST":
            send(handler, 413, b'{"message": "too large"}')
        else:
            answer(handler)

    async def run(url: str) -> None:
        async with AsyncAPIClient(url, environ={}, max_retries=0) as client:
            for _ in range(5):
                await client.get_models_count()
                with pytest.raises(errors.APIStatusError):
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
