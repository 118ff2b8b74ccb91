"""The parts of a file transfer that do not wait on the network: shared by both I/O modules.

:func:`progress_file` wraps an upload's open file for a byte progress bar; :func:`size_changed`
names a file that changed size while it was uploaded; :class:`Sink` is the
temporary file of one download attempt (written and hashed chunk by chunk, checked, fsync'ed and
renamed into place, or deleted on any failure, so the target is never left half-written). The
streaming itself is in :mod:`fedn._io_sync` and :mod:`fedn._io_async`.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

import httpx

from fedn._progress import ProgressReader, byte_bar
from fedn._responses import status_error
from fedn._steps import Download, DownloadInfo, Upload
from fedn.errors import (
    ChecksumMismatchError,
    InvalidInputError,
    UnexpectedResponseError,
    safe_url,
    scrub_headers,
)

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["CHUNK", "Sink", "progress_file", "size_changed"]

#: Bytes read from a download stream at a time.
CHUNK = 1024 * 1024


def progress_file(handle: IO[bytes], step: Upload[object]) -> tuple[IO[bytes], tqdm[Any] | None]:
    """``handle``, or a reader that advances a byte bar as it is read when the step asks for one."""
    if not step.progress:
        return handle, None
    bar = byte_bar(os.fstat(handle.fileno()).st_size, f"upload {step.file_name}")

    def rewound(position: int) -> None:
        bar.n = position
        bar.refresh()

    return cast(IO[bytes], ProgressReader(handle, bar.update, rewound)), bar


def size_changed(handle: IO[bytes], step: Upload[object], size: int) -> InvalidInputError | None:
    """The error for an upload whose file no longer has the ``size`` it had when the request was built.

    httpx declares the multipart body's Content-Length from the file's size before sending and
    then reads the file to its end, so a file that shrinks or grows while it is sent makes h11
    refuse the body midway ("Too little/much data for declared Content-Length"); the request
    is aborted before the server has a whole body. ``None``: the size did not change.
    """
    try:
        now = os.fstat(handle.fileno()).st_size
    except (OSError, ValueError):
        return None
    if now == size:
        return None
    return InvalidInputError(
        f"{str(step.path)!r} changed size during the upload ({size} bytes when it started, {now} now): "
        "the upload was aborted before the server had the whole file; upload a file nothing is writing to"
    )


class Sink:
    """The temporary file of one download attempt: written, hashed, renamed into place or deleted."""

    def __init__(self, step: Download) -> None:
        self.step = step
        self.tmp, fd = _new_part_file(step.target)
        try:
            self.out = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self.tmp.unlink()
            raise
        self.digest = hashlib.sha256()
        self.size = 0
        self.bar: tqdm[Any] | None = None

    def start(self, response: httpx.Response, secrets: Sequence[str]) -> None:
        """Check the status (error bodies must have been read); open the progress bar."""
        if response.status_code >= 400:
            raise status_error(response, secrets)
        if response.status_code != 200:
            raise UnexpectedResponseError(
                f"unexpected status {response.status_code} for a download",
                status_code=response.status_code,
                method=response.request.method,
                url=safe_url(response.request.url),
                headers=scrub_headers(response.headers, secrets),
            )
        if self.step.progress:
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


#: Flags of a download's temporary file: created here and now (never an existing file), write
#: only, binary (Windows), not inherited by child processes.
_PART_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    | getattr(os, "O_CLOEXEC", 0)
)  # fmt: skip


def _part_name(target: Path) -> Path:
    """A random temporary name beside ``target``: ``.<name>.<16 hex digits>.part``."""
    return target.parent / f".{target.name}.{os.urandom(8).hex()}.part"


def _new_part_file(target: Path) -> tuple[Path, int]:
    """A new temporary file beside ``target`` under a random name, and its descriptor.

    It is created with mode 0o666, from which the operating system takes the umask, so the
    downloaded file gets the permissions of any new file (0o644 under the usual umask 022).
    ``tempfile.mkstemp`` would create it 0o600, and setting the mode afterwards needs
    ``os.fchmod`` (on Windows only from Python 3.13) and the umask (readable only by changing
    it, or from /proc on Linux).
    """
    for _ in range(100):
        path = _part_name(target)
        try:
            return path, os.open(path, _PART_FLAGS, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {str(target)!r}")


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
