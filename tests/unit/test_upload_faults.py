"""Uploads that go wrong midway, through real sockets on 127.0.0.1, sync and async.

* A file that shrinks or grows while it is sent: httpx declared the Content-Length from its size
  before sending, so h11 refuses the body midway and its own ``LocalProtocolError`` escaped
  httpcore raw. Now an :class:`~fedn.errors.InvalidInputError` saying the file changed size.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from fedn import APIClient, AsyncAPIClient, errors
from support.loopback import Loopback, send

pytestmark = pytest.mark.timeout(60)

TOKEN = "UPLOAD-token-51c0"
SIZE = 32 * 2**20  # more than loopback socket buffers hold, so the file is still being read


def slow_reader(change: Callable[[], None]) -> Callable[[BaseHTTPRequestHandler], None]:
    """A server reading 64 KiB of the upload, calling ``change``, then the rest; 200 only if complete."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        declared = int(handler.headers["Content-Length"])
        received = len(handler.rfile.read(65536))
        change()
        try:
            while received < declared:
                piece = handler.rfile.read(min(1 << 20, declared - received))
                if not piece:
                    break
                received += len(piece)
        except OSError:
            pass
        if received == declared:  # never expected: the client must abort the body
            send(handler, 200, json.dumps({"message": "stored", "success": True}).encode())
        handler.close_connection = True

    return respond


def upload_both(url: str, path: Path, prepare: Callable[[], None]) -> list[errors.FednError]:
    """``set_active_package(path)`` on a sync and an async client (``prepare`` before each)."""
    raised: list[errors.FednError] = []
    prepare()
    with APIClient(url, token=TOKEN, environ={}) as client, pytest.raises(errors.FednError) as info:
        client.set_active_package(path, helper="numpyhelper")
    raised.append(info.value)

    async def run_async() -> None:
        async with AsyncAPIClient(url, token=TOKEN, environ={}) as client:
            with pytest.raises(errors.FednError) as async_info:
                await client.set_active_package(path, helper="numpyhelper")
            raised.append(async_info.value)

    prepare()
    asyncio.run(run_async())
    return raised


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "package.tgz"


@pytest.mark.parametrize(("what", "new_size"), [("shrinks", 1 << 20), ("grows", SIZE + (1 << 20))])
def test_a_file_that_changes_size_while_uploaded_is_reported(package: Path, what: str, new_size: int) -> None:
    def write_full() -> None:
        package.write_bytes(b"\0" * SIZE)

    def change() -> None:
        with package.open("r+b") as handle:
            if new_size < SIZE:
                handle.truncate(new_size)
            else:
                handle.seek(0, os.SEEK_END)
                handle.write(b"\1" * (new_size - SIZE))

    with Loopback(slow_reader(change)) as server:
        raised = upload_both(server.url, package, write_full)
        posts = [path for method, path, _ in server.requests if method == "POST"]
    assert posts == ["/api/v1/packages/", "/api/v1/packages/"]  # one each: not retried
    for err in raised:
        assert type(err) is errors.InvalidInputError, repr(err)
        assert "changed size during the upload" in str(err)
        assert f"{SIZE} bytes when it started, {new_size} now" in str(err)
        assert err.status_code is None
        assert type(err.__cause__).__name__ == "LocalProtocolError"  # h11's, kept as the cause
    assert str(raised[0]) == str(raised[1])


def test_an_unchanged_file_uploads(package: Path) -> None:
    """The size check is no false alarm: the same server stores a file nobody writes to."""
    package.write_bytes(b"\0" * SIZE)

    def respond(handler: BaseHTTPRequestHandler) -> None:
        if handler.command == "POST":
            slow_reader(lambda: None)(handler)
        else:
            send(handler, 200, json.dumps({"message": "ok", "success": True}).encode())

    with Loopback(respond) as server, APIClient(server.url, environ={}) as client:
        assert client.set_active_package(package, helper="numpyhelper")["message"] == "stored"
