"""Files: checking uploads before any request, streaming them, and atomic streamed downloads.

These are the only hand-written HTTP paths of the package. The generated client cannot serve
them: its multipart upload uses the fixed boundary ``+++`` (a file containing ``\\r\\n--+++``
corrupts the request) and its download buffers the whole body in memory. The functions below
use the generated client's own ``httpx.Client`` / ``httpx.AsyncClient`` (same base URL, auth, TLS
and timeout); sync and async variants differ only in how they wait for the network.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar, cast

import httpx

from fedn.errors import (
    APIStatusError,
    ChecksumMismatchError,
    InvalidInputError,
    make_status_error,
    safe_url,
    scrub,
)

if TYPE_CHECKING:
    from tqdm import tqdm

    from fedn._plan import Download, Upload

__all__ = [
    "KNOWN_HELPERS",
    "DownloadInfo",
    "check_download_target",
    "check_upload",
    "download_async",
    "download_sync",
    "infer_helper",
    "upload_async",
    "upload_sync",
]

T = TypeVar("T")

#: Helpers FEDn 0.33 accepts as the active helper.
KNOWN_HELPERS: tuple[str, ...] = ("numpyhelper", "binaryhelper", "androidhelper")
_SUFFIX_HELPERS = {".npz": "numpyhelper", ".bin": "binaryhelper"}
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class DownloadInfo:
    """What a finished download wrote: final path, size in bytes, SHA-256 (hex)."""

    path: Path
    size: int
    sha256: str


def infer_helper(path: Path) -> str | None:
    """The helper FEDn's client infers from a model file's suffix (``.npz``, ``.bin``), or None.

    Example::

        >>> infer_helper(Path("seed.npz"))
        'numpyhelper'
    """
    return _SUFFIX_HELPERS.get(path.suffix.lower())


def check_upload(path: str | os.PathLike[str], helper: str | None, *, infer: bool) -> tuple[Path, str | None]:
    """Check a file to upload before any request; return ``(path, helper)``.

    The file must exist and be a regular, readable file. ``helper`` must be a known helper; with
    ``infer=True`` a missing helper is inferred from the suffix (and must then be inferable).

    Example::

        >>> check_upload("seed.npz", None, infer=True)  # doctest: +SKIP
        (PosixPath('seed.npz'), 'numpyhelper')
    """
    if isinstance(path, bytes) or not isinstance(path, str | os.PathLike):
        raise InvalidInputError(f"path must be a file path, got {type(path).__name__}")
    file = Path(path)
    if not file.exists():
        raise InvalidInputError(f"no such file: {str(file)!r}")
    if not file.is_file():
        raise InvalidInputError(f"not a regular file: {str(file)!r}")
    if not os.access(file, os.R_OK):
        raise InvalidInputError(f"file is not readable: {str(file)!r}")
    if helper is None and infer:
        helper = infer_helper(file)
        if helper is None:
            raise InvalidInputError(
                f"cannot infer the helper from {file.name!r}: "
                "use a .npz (numpyhelper) or .bin (binaryhelper) file"
            )
    if helper is not None and helper not in KNOWN_HELPERS:
        raise InvalidInputError(f"helper must be one of {', '.join(KNOWN_HELPERS)}, got {helper!r}")
    return file, helper


def check_download_target(path: str | os.PathLike[str]) -> Path:
    """Check a download target before any request: its folder must exist, it must not be a folder.

    Example::

        >>> check_download_target("/tmp/model.npz")
        PosixPath('/tmp/model.npz')
    """
    if isinstance(path, bytes) or not isinstance(path, str | os.PathLike):
        raise InvalidInputError(f"path must be a file path, got {type(path).__name__}")
    target = Path(path)
    if target.is_dir():
        raise InvalidInputError(f"target is a directory: {str(target)!r}")
    parent = target.parent
    if not parent.is_dir():
        raise InvalidInputError(f"target folder does not exist: {str(parent)!r}")
    if not os.access(parent, os.W_OK):
        raise InvalidInputError(f"target folder is not writable: {str(parent)!r}")
    return target


def _progress_file(handle: IO[bytes], step: Upload[object]) -> tuple[IO[bytes], tqdm[Any] | None]:
    if not step.progress:
        return handle, None
    from fedn._progress import ProgressReader, byte_bar

    bar = byte_bar(os.fstat(handle.fileno()).st_size, f"upload {step.file_name}")

    def rewound(position: int) -> None:
        bar.n = position
        bar.refresh()

    return cast(IO[bytes], ProgressReader(handle, bar.update, rewound)), bar


def upload_sync(http: httpx.Client, step: Upload[object]) -> httpx.Response:
    """POST ``step.path`` as multipart/form-data, streamed from the open file.

    httpx picks a random boundary, reads the file in chunks and sends a Content-Length taken
    from the file's size, so memory stays constant whatever the size. The file is opened anew
    for every attempt, so a retried upload always starts from its first byte.
    """
    with step.path.open("rb") as handle:
        body, bar = _progress_file(handle, step)
        try:
            files = {step.field_name: (step.file_name, body, "application/octet-stream")}
            return http.post(step.url, files=files, data=dict(step.data))
        finally:
            if bar is not None:
                bar.close()


async def upload_async(http: httpx.AsyncClient, step: Upload[object]) -> httpx.Response:
    """The async :func:`upload_sync` (same streaming; file chunks are read as they are sent)."""
    with step.path.open("rb") as handle:
        body, bar = _progress_file(handle, step)
        try:
            files = {step.field_name: (step.file_name, body, "application/octet-stream")}
            return await http.post(step.url, files=files, data=dict(step.data))
        finally:
            if bar is not None:
                bar.close()


def check_json(response: httpx.Response, check: Callable[[object], T], secrets: Sequence[str]) -> T:
    """Decode a successful upload's JSON answer and hand it to ``check``."""
    from fedn._plan import UnexpectedShape

    try:
        body: object = response.json()
    except (ValueError, UnicodeDecodeError):
        body = None
    try:
        return check(body)
    except UnexpectedShape as err:
        raise APIStatusError(
            f"unexpected answer to an upload (HTTP {response.status_code}): {err}",
            status_code=response.status_code,
            method=response.request.method,
            url=safe_url(response.request.url),
            body=scrub(response.text[:200], secrets),
        ) from None


class _Sink:
    """The temporary file of one download attempt: written, hashed, renamed into place or deleted."""

    def __init__(self, step: Download) -> None:
        self.step = step
        target = step.target
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        self.tmp = Path(tmp_name)
        self.out = os.fdopen(fd, "wb")
        self.digest = hashlib.sha256()
        self.size = 0
        self.bar: tqdm[Any] | None = None
        try:
            os.fchmod(self.out.fileno(), 0o666 & ~_umask())
        except BaseException:
            self.abort()
            raise

    def start(self, response: httpx.Response, secrets: Sequence[str]) -> None:
        """Check the status (error bodies must have been read); open the progress bar."""
        if response.status_code >= 400:
            request = response.request
            raise make_status_error(
                response.status_code,
                response.content,
                reason=response.reason_phrase or None,
                method=request.method,
                url=safe_url(request.url),
                secrets=secrets,
            )
        if response.status_code != 200:
            raise APIStatusError(
                f"unexpected status {response.status_code} for a download",
                status_code=response.status_code,
                method=response.request.method,
                url=safe_url(response.request.url),
            )
        if self.step.progress:
            from fedn._progress import byte_bar

            length = response.headers.get("content-length")
            total = int(length) if length and length.isdigit() else None
            self.bar = byte_bar(total, f"download {self.step.target.name}")

    def write(self, chunk: bytes) -> None:
        self.out.write(chunk)
        self.digest.update(chunk)
        self.size += len(chunk)
        if self.bar is not None:
            self.bar.update(len(chunk))

    def finish(self, url: str) -> DownloadInfo:
        """fsync, compare the checksum, rename into place."""
        self.out.flush()
        os.fsync(self.out.fileno())
        self.out.close()
        self._close_bar()
        actual = self.digest.hexdigest()
        expected = self.step.expected_sha256
        if expected is not None and actual != expected.lower():
            raise ChecksumMismatchError(
                f"checksum mismatch: server says {expected}, downloaded file has {actual}",
                expected=expected,
                actual=actual,
                url=url,
            )
        os.replace(self.tmp, self.step.target)
        _fsync_dir(self.step.target.parent)
        return DownloadInfo(path=self.step.target, size=self.size, sha256=actual)

    def abort(self) -> None:
        """Close and delete the temporary file (the target is untouched)."""
        self._close_bar()
        self.out.close()
        with contextlib.suppress(FileNotFoundError):
            self.tmp.unlink()

    def _close_bar(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def download_sync(http: httpx.Client, step: Download, secrets: Sequence[str] = ()) -> DownloadInfo:
    """Stream a GET into a temporary file beside ``step.target``; rename it into place when complete.

    The temporary file is flushed and fsync'ed before :func:`os.replace`; on any failure (HTTP
    error, broken stream, checksum mismatch, interrupt) it is deleted and the target is untouched.
    Every attempt (a retry included) starts a fresh temporary file.
    """
    sink = _Sink(step)
    try:
        with http.stream("GET", step.url, params=dict(step.params)) as response:
            if response.status_code >= 400:
                response.read()
            sink.start(response, secrets)
            for chunk in response.iter_bytes(_CHUNK):
                sink.write(chunk)
        return sink.finish(safe_url(response.request.url))
    except BaseException:
        sink.abort()
        raise


async def download_async(
    http: httpx.AsyncClient, step: Download, secrets: Sequence[str] = ()
) -> DownloadInfo:
    """The async :func:`download_sync` (same atomic temporary file, same checks)."""
    sink = _Sink(step)
    try:
        async with http.stream("GET", step.url, params=dict(step.params)) as response:
            if response.status_code >= 400:
                await response.aread()
            sink.start(response, secrets)
            async for chunk in response.aiter_bytes(_CHUNK):
                sink.write(chunk)
        return sink.finish(safe_url(response.request.url))
    except BaseException:
        sink.abort()
        raise


def _fsync_dir(folder: Path) -> None:
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def _umask() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
