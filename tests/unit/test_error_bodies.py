"""Error bodies are read up to a bounded excerpt, never whole: memory stays flat behind a bad proxy.

A misbehaving proxy (or server) may answer a call or a download with a huge error page. The
clients read the body of any answer that is not a success (status < 200 or >= 300) only up to
``fedn._http.ERROR_BODY_LIMIT`` bytes, decoded, and close the rest; ``make_status_error`` never
looks at more than that. The memory tests run each client in a child process (so the 60 MB the
server sends cannot hide in the test process) and compare its peak RSS before and after.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import subprocess
import sys
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, errors
from fedn._http import ERROR_BODY_LIMIT
from fedn.errors import make_status_error
from support.loopback import Loopback

BIG = 60 * 2**20
CHUNK = 2**20


def huge_error(handler: BaseHTTPRequestHandler) -> None:
    """500 with a 60 MB HTML body for paths naming "big", a small one otherwise; streamed out."""
    size = BIG if "big" in handler.path else 200
    handler.send_response(500)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(size))
    handler.end_headers()
    try:
        handler.wfile.write(b"<html><body>" + b"x" * (min(size, CHUNK) - 12))
        for _ in range(size // CHUNK - 1):
            handler.wfile.write(b"x" * CHUNK)
    except OSError:  # the client closed after its excerpt: that is the point
        pass
    handler.close_connection = True


# In a child process: warm up on a small error (imports, pools, first allocations), then take
# the peak RSS, run the call that gets the 60 MB error, and print the growth of the peak.
CHILD = r"""
import asyncio, json, resource, sys

import psutil

from fedn import APIClient, AsyncAPIClient, errors

url, flavour, kind, folder = sys.argv[1:]

def peak() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux

def call(client, name):
    if kind == "call":
        return client.get_round(name)
    return client.download_model(name, f"{folder}/{name}.npz")

def expect(run, name):
    try:
        run(name)
    except errors.ServerError as err:
        return str(err)
    raise SystemExit("no ServerError")

def measure(run):
    expect(run, "small")
    before, rss = peak(), psutil.Process().memory_info().rss
    message = expect(run, "big")
    return {"peak_growth": peak() - before, "rss_growth": psutil.Process().memory_info().rss - rss,
            "message": message}

if flavour == "sync":
    with APIClient(url, environ={}, max_retries=0) as client:
        result = measure(lambda name: call(client, name))
else:
    loop = asyncio.new_event_loop()
    client = AsyncAPIClient(url, environ={}, max_retries=0)
    result = measure(lambda name: loop.run_until_complete(call(client, name)))
    loop.run_until_complete(client.aclose())
    loop.close()
print(json.dumps(result))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="ru_maxrss is in KiB on Linux only")
@pytest.mark.timeout(180)
@pytest.mark.parametrize("kind", ["call", "download"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_60_mb_error_body_costs_no_memory(flavour: str, kind: str, tmp_path: Path) -> None:
    with Loopback(huge_error) as server:
        done = subprocess.run(
            [sys.executable, "-c", CHILD, server.url, flavour, kind, str(tmp_path)],
            capture_output=True,
            text=True,
            timeout=150,
            check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{flavour} {kind}: peak RSS +{result['peak_growth'] / 2**20:.1f} MiB")
    assert result["peak_growth"] < 30 * 2**20, result
    assert "500 Internal Server Error" in result["message"] and len(result["message"]) < 600
    assert list(tmp_path.iterdir()) == []


def _answer(status: int, body: bytes, **headers: str) -> httpx.MockTransport:
    """Always ``status`` with ``body`` (read when the client reads it); ``Content_Type=`` is Content-Type."""
    named = {name.replace("_", "-"): value for name, value in headers.items()}

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=named, stream=httpx.ByteStream(body))

    return httpx.MockTransport(handle)


class CountingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body of ``size`` bytes produced on demand; counts what was taken and whether it was closed."""

    def __init__(self, size: int, chunk: bytes = b"x" * 65536) -> None:
        self.size = size
        self.chunk = chunk
        self.taken = 0
        self.closed = False

    def _chunks(self) -> Iterator[bytes]:
        while self.taken < self.size:
            piece = self.chunk[: self.size - self.taken]
            self.taken += len(piece)
            yield piece

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> Any:
        for piece in self._chunks():
            yield piece

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@pytest.mark.parametrize("status", [500, 404, 302, 199])
def test_only_an_excerpt_of_a_non_success_body_is_read(status: int) -> None:
    stream = CountingStream(BIG)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, stream=stream)

    with APIClient("h", environ={}, transport=httpx.MockTransport(handle), max_retries=0) as client:
        response = client.httpx_client.get("/api/v1/rounds/1")
        assert len(response.content) == ERROR_BODY_LIMIT
        with pytest.raises(errors.FednError):
            client.get_round("1")
    assert stream.taken < 2 * ERROR_BODY_LIMIT + 65536  # two requests, one chunk of slack each
    assert stream.closed


def test_only_an_excerpt_is_read_async() -> None:
    stream = CountingStream(BIG)

    async def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, stream=stream)

    async def run() -> int:
        transport = httpx.MockTransport(handle)
        async with AsyncAPIClient("h", environ={}, transport=transport, max_retries=0) as client:
            response = await client.httpx_client.get("/api/v1/rounds/1")
            with pytest.raises(errors.ServerError):
                await client.get_round("1")
            return len(response.content)

    assert asyncio.run(run()) == ERROR_BODY_LIMIT
    assert stream.taken < 2 * ERROR_BODY_LIMIT + 65536 and stream.closed


def test_success_bodies_are_untouched() -> None:
    stream = CountingStream(3 * ERROR_BODY_LIMIT)

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=stream)

    with APIClient("h", environ={}, transport=httpx.MockTransport(handle)) as client:
        assert len(client.httpx_client.get("/x").content) == 3 * ERROR_BODY_LIMIT


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [("gzip", gzip.compress), ("deflate", zlib.compress), ("deflate", lambda b: zlib.compress(b)[2:-4])],
    ids=["gzip", "deflate", "raw deflate"],
)
def test_a_compressed_error_body_is_decoded_up_to_the_limit(encoding: str, compress: Any) -> None:
    """A 40 MB error page compressed to ~40 KB (a 'zip bomb') is decoded only up to the limit."""
    bomb = compress(b'{"message": "too much"' + b" " * (40 * 2**20) + b"}")
    assert len(bomb) < 100_000
    transport = _answer(500, bomb, Content_Encoding=encoding)
    with APIClient("h", environ={}, transport=transport, max_retries=0) as client:
        response = client.httpx_client.get("/api/v1/rounds/1")
        assert len(response.content) == ERROR_BODY_LIMIT
        assert response.content.startswith(b'{"message": "too much"')
        with pytest.raises(errors.ServerError) as info:
            client.get_round("1")
    assert "500" in str(info.value)


def test_a_short_compressed_error_body_is_read_whole() -> None:
    body = json.dumps({"message": "Entity with id: m1 not found"}).encode()
    transport = _answer(404, gzip.compress(body), Content_Encoding="gzip")
    client = APIClient("h", environ={}, transport=transport)
    with client, pytest.raises(errors.NotFoundError) as info:
        client.get_model("m1")
    assert info.value.message == "Entity with id: m1 not found"


def test_an_error_body_in_an_unknown_encoding_is_dropped() -> None:
    """br, zstd, or stacked encodings cannot be decoded to a bound here: the reason phrase is used."""
    transport = _answer(502, b"\x8b\x05\x80opaque", Content_Encoding="br")
    with APIClient("h", environ={}, transport=transport, max_retries=0) as client:
        with pytest.raises(errors.ServerError) as info:
            client.get_round("1")
        assert client.httpx_client.get("/x").content == b""
    assert info.value.message == "Bad Gateway"


def test_make_status_error_reads_only_the_excerpt() -> None:
    """Given a huge body anyway (e.g. by a caller of the public function), it looks at its start only."""
    content = b'{"message": "' + b"y" * (BIG // 4) + b'"}'
    err = make_status_error(500, content)
    assert isinstance(err, errors.ServerError)
    assert len(err.message) <= 200 and isinstance(err.body, str) and len(err.body) <= 200
