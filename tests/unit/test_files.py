"""Uploads stream from the open file in constant memory; downloads are streamed and atomic."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from fedn import APIClient, _transfer, errors

TOKEN = "tok"
BIG = 50 * 1024 * 1024
HEAD = b"HEAD-MARKER-0123456789"
TAIL = b"TAIL-MARKER-9876543210"


def sparse_file(path: Path, size: int = BIG) -> Path:
    """A file of ``size`` bytes that takes no disk space, with markers at both ends."""
    with path.open("wb") as fh:
        fh.write(HEAD)
        fh.truncate(size)
        fh.seek(size - len(TAIL))
        fh.write(TAIL)
    return path


class StreamingSink(httpx.BaseTransport):
    """Consumes request bodies chunk by chunk (never whole), like a server reading a socket."""

    def __init__(self) -> None:
        self.uploads: list[dict[str, object]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/helpers/active":
            reply = "numpyhelper" if request.method == "GET" else {"message": "Active helper set"}
            return httpx.Response(200, json=reply)
        total = 0
        biggest = 0
        window = b""
        seen_head = seen_tail = False
        for chunk in request.stream:  # type: ignore[union-attr]
            total += len(chunk)
            biggest = max(biggest, len(chunk))
            window = (window + chunk)[-(len(chunk) + 64) :]
            seen_head = seen_head or HEAD in window
            seen_tail = seen_tail or TAIL in window
        self.uploads.append(
            {
                "content_type": request.headers["content-type"],
                "content_length": int(request.headers["content-length"]),
                "total": total,
                "biggest_chunk": biggest,
                "head": seen_head,
                "tail": seen_tail,
            }
        )
        return httpx.Response(200, json={"success": True, "message": "Model added successfully"})


def test_upload_streams_in_constant_memory(tmp_path: Path) -> None:
    seed = sparse_file(tmp_path / "big.npz")
    sink = StreamingSink()
    with APIClient("ctl.test", token=TOKEN, transport=sink, environ={}) as client:
        tracemalloc.start()
        try:
            result = client.set_active_model(seed)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert result["success"] is True
    (upload,) = sink.uploads
    assert upload["head"] and upload["tail"]
    assert upload["total"] == upload["content_length"]
    assert BIG < int(upload["total"]) < BIG + 2048  # type: ignore[call-overload]
    assert int(upload["biggest_chunk"]) <= 1024 * 1024  # type: ignore[call-overload]
    boundary = re.search(r"boundary=(\S+)", str(upload["content_type"]))
    assert boundary and boundary.group(1) != "+++"
    assert peak < BIG / 10, f"peak {peak / 1e6:.1f} MB for a {BIG / 1e6:.0f} MB upload"


def test_upload_passes_the_open_file_not_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "package.tgz"
    package.write_bytes(b"pkg")
    seen: list[object] = []
    original = httpx.Client.post

    def spy(self: httpx.Client, url: str, **kwargs: object) -> httpx.Response:
        files = kwargs.get("files")
        assert isinstance(files, dict)
        seen.append(files["file"][1])
        return original(self, url, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.Client, "post", spy)
    handler = httpx.MockTransport(lambda r: httpx.Response(200, json={"message": "Package uploaded"}))
    with APIClient("ctl.test", token=TOKEN, transport=handler, environ={}) as client:
        client.set_active_package(package, helper="numpyhelper")
    (payload,) = seen
    assert hasattr(payload, "read") and not isinstance(payload, bytes | bytearray)
    assert getattr(payload, "closed", False), "the upload must close the file it opened"


class ChunkStream(httpx.SyncByteStream):
    def __init__(
        self, chunks: int, chunk: bytes, fail_after: int | None = None, exc: BaseException | None = None
    ):
        self.chunks, self.chunk, self.fail_after, self.exc = chunks, chunk, fail_after, exc

    def __iter__(self) -> Iterator[bytes]:
        for i in range(self.chunks):
            if self.fail_after is not None and i == self.fail_after:
                raise self.exc or httpx.ReadError("connection reset by peer")
            yield self.chunk


def serve(stream: httpx.SyncByteStream, checksum: str | None = None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/packages/checksum":
            return httpx.Response(200, json={"message": "Checksum created.", "checksum": checksum})
        return httpx.Response(200, stream=stream)

    return httpx.MockTransport(handler)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_download_streams_to_target(tmp_path: Path) -> None:
    chunk = os.urandom(1024 * 1024)
    target = tmp_path / "model.npz"
    with APIClient("ctl.test", token=TOKEN, transport=serve(ChunkStream(50, chunk)), environ={}) as client:
        tracemalloc.start()
        try:
            client.download_model("m1", target)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert target.stat().st_size == 50 * len(chunk)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == hashlib.sha256(chunk * 50).hexdigest()
    assert leftovers(tmp_path) == ["model.npz"]
    assert peak < 12 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB for a 50 MB download"
    mode = stat.S_IMODE(target.stat().st_mode)
    assert mode & 0o044, f"downloaded file should be readable like any new file, got {oct(mode)}"


def test_download_failure_mid_stream_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "model.npz"
    stream = ChunkStream(10, b"x" * 65536, fail_after=3)
    with (
        APIClient("ctl.test", token=TOKEN, transport=serve(stream), environ={}) as client,
        pytest.raises(errors.APIConnectionError) as info,
    ):
        client.download_model("m1", target)
    assert isinstance(info.value.__cause__, httpx.ReadError)
    assert leftovers(tmp_path) == []


def test_download_failure_keeps_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "package.tgz"
    target.write_bytes(b"previous version")
    stream = ChunkStream(10, b"y" * 65536, fail_after=5)
    with (
        APIClient("ctl.test", token=TOKEN, transport=serve(stream), environ={}) as client,
        pytest.raises(errors.APIConnectionError),
    ):
        client.download_package(target)
    assert target.read_bytes() == b"previous version"
    assert leftovers(tmp_path) == ["package.tgz"]


def test_download_interrupt_cleans_up(tmp_path: Path) -> None:
    target = tmp_path / "model.npz"
    stream = ChunkStream(10, b"z" * 1024, fail_after=2, exc=KeyboardInterrupt())
    with (
        APIClient("ctl.test", token=TOKEN, transport=serve(stream), environ={}) as client,
        pytest.raises(KeyboardInterrupt),
    ):
        client.download_model("m1", target)
    assert leftovers(tmp_path) == []


def test_download_package_checksum(tmp_path: Path) -> None:
    body = b"package" * 1000
    good = hashlib.sha256(body).hexdigest()
    target = tmp_path / "package.tgz"
    with APIClient(
        "ctl.test", token=TOKEN, transport=serve(ChunkStream(1, body), good), environ={}
    ) as client:
        result = client.download_package(target, verify_checksum=True)
    assert target.read_bytes() == body and "checksum verified" in result.message

    target.unlink()
    with (
        APIClient(
            "ctl.test", token=TOKEN, transport=serve(ChunkStream(1, body), "0" * 64), environ={}
        ) as client,
        pytest.raises(errors.ChecksumMismatchError) as info,
    ):
        client.download_package(target, verify_checksum=True)
    assert info.value.actual == good and info.value.expected == "0" * 64
    assert leftovers(tmp_path) == []


def test_download_error_status_body_is_reported(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"message": "No active package"})

    with (
        APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(handler), environ={}) as client,
        pytest.raises(errors.NotFoundError) as info,
    ):
        client.download_package(tmp_path / "package.tgz")
    assert info.value.message == "No active package"
    assert json.dumps(info.value.body) == '{"message": "No active package"}'
    assert leftovers(tmp_path) == []


@pytest.fixture
def no_fchmod_no_proc(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A platform like Windows on Python 3.11/3.12: no ``os.fchmod``, no /proc (reading it fails).

    Yields the /proc paths the code tried to open (it should try none).
    """
    tried: list[str] = []
    real_open, real_os_open, real_read_text = open, os.open, Path.read_text

    def refuse(path: object) -> None:
        if str(path).startswith("/proc"):
            tried.append(str(path))
            raise FileNotFoundError(2, "No such file or directory", str(path))

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        refuse(file)
        return real_open(file, *args, **kwargs)

    def fake_os_open(path: Any, *args: Any, **kwargs: Any) -> int:
        refuse(path)
        return real_os_open(path, *args, **kwargs)

    def fake_read_text(self: Path, *args: Any, **kwargs: Any) -> str:
        refuse(self)
        return real_read_text(self, *args, **kwargs)

    monkeypatch.delattr(os, "fchmod", raising=False)
    monkeypatch.setattr("builtins.open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    monkeypatch.setattr(Path, "read_text", fake_read_text)
    yield tried


@pytest.mark.skipif(os.name != "posix", reason="checks POSIX permission bits")
@pytest.mark.parametrize("umask", [0o022, 0o077, 0o002, 0o027], ids=["022", "077", "002", "027"])
def test_download_without_fchmod_or_proc_gets_the_umask_permissions(
    tmp_path: Path, no_fchmod_no_proc: list[str], umask: int
) -> None:
    """Downloads work where ``os.fchmod`` and /proc do not exist; the file is ``0o666 & ~umask``."""
    target = tmp_path / "model.npz"
    previous = os.umask(umask)
    try:
        with APIClient("ctl.test", transport=serve(ChunkStream(3, b"w" * 4096)), environ={}) as client:
            client.download_model("m1", target)
            client.download_package(tmp_path / "package.tgz")
    finally:
        os.umask(previous)
    assert target.read_bytes() == b"w" * 3 * 4096
    for path in (target, tmp_path / "package.tgz"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask, oct(path.stat().st_mode)
    assert leftovers(tmp_path) == ["model.npz", "package.tgz"]
    assert no_fchmod_no_proc == []  # nothing even tried /proc


def test_download_without_fchmod_cleans_up_on_failure(tmp_path: Path, no_fchmod_no_proc: list[str]) -> None:
    """The temporary file is still deleted on a broken stream (and the target left untouched)."""
    target = tmp_path / "model.npz"
    target.write_bytes(b"previous")
    stream = ChunkStream(10, b"v" * 65536, fail_after=4)
    client = APIClient("ctl.test", transport=serve(stream), environ={}, max_retries=0)
    with client, pytest.raises(errors.APIConnectionError):
        client.download_model("m1", target)
    assert target.read_bytes() == b"previous"
    assert leftovers(tmp_path) == ["model.npz"]


def test_temporary_names_never_reuse_an_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name already taken (another download, a leftover) is skipped, never opened or truncated."""
    taken = tmp_path / ".model.npz.taken.part"
    taken.write_bytes(b"someone else's")
    names = iter([taken, taken, tmp_path / ".model.npz.free.part"])
    monkeypatch.setattr(_transfer, "_part_name", lambda target: next(names))
    with APIClient("ctl.test", transport=serve(ChunkStream(1, b"u" * 100)), environ={}) as client:
        client.download_model("m1", tmp_path / "model.npz")
    assert taken.read_bytes() == b"someone else's"
    assert (tmp_path / "model.npz").read_bytes() == b"u" * 100
    assert leftovers(tmp_path) == [".model.npz.taken.part", "model.npz"]
