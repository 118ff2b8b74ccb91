"""Progress bars (tqdm, optional): byte bars for transfers, a round bar for ``wait_for_session``.

Bars are shown only when asked for (``progress=True``). They come from ``tqdm.auto``: in a
Jupyter notebook (with ipywidgets installed) a notebook widget bar, elsewhere a text bar shown only
when the output is a terminal: tqdm's ``disable=None`` turns it off when ``sys.stderr`` is not a
TTY (CI logs and pipes stay clean). Without tqdm installed, asking for a bar raises
:class:`~fedn.errors.InvalidInputError` saying how to install it.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

from fedn.errors import InvalidInputError

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["ProgressReader", "byte_bar", "round_bar"]

INSTALL_HINT = "progress=True needs tqdm: pip install tqdm (the [progress] extra of fedn-typed-client)"


def _tqdm() -> type[tqdm[Any]]:
    """``tqdm.auto.tqdm``: the notebook bar inside a Jupyter kernel, the terminal bar elsewhere."""
    try:
        from tqdm.auto import tqdm
    except ImportError as err:
        raise InvalidInputError(INSTALL_HINT) from err
    return tqdm


def require_tqdm() -> None:
    """Raise :class:`~fedn.errors.InvalidInputError` (with the install hint) if tqdm is missing."""
    _tqdm()


def byte_bar(total: int | None, desc: str) -> tqdm[Any]:
    """A bar counting bytes (scaled to kB/MB/...); a widget in a notebook, else quiet when stderr is
    not a terminal.

    Example::

        bar = byte_bar(os.path.getsize(path), "upload seed.npz")
    """
    return _tqdm()(
        total=total, desc=desc, unit="B", unit_scale=True, unit_divisor=1024, disable=None, leave=True
    )


def round_bar() -> tqdm[Any]:
    """The rounds bar of ``wait_for_session`` (its total is set by the first poll, with ``reset``);
    a widget in a notebook, else quiet when stderr is not a terminal."""
    return _tqdm()(total=0, unit="round", desc="rounds", disable=None)


class ProgressReader(io.RawIOBase):
    """A read-only binary file wrapper calling ``on_read(n)`` for every ``n`` bytes read.

    httpx streams a multipart upload by reading its file object in chunks; wrapping the open
    file counts the bytes as they leave. ``fileno``/``seek``/``tell`` are passed through, so
    httpx still sends a Content-Length taken from the file's size.
    """

    def __init__(
        self,
        raw: IO[bytes],
        on_read: Callable[[int], object],
        on_seek: Callable[[int], object] | None = None,
    ) -> None:
        super().__init__()
        self._raw = raw
        self._on_read = on_read
        self._on_seek = on_seek

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        data = self._raw.read(-1 if size is None else size)
        if data:
            self._on_read(len(data))
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        position = self._raw.seek(offset, whence)
        if self._on_seek is not None:
            self._on_seek(position)
        return position

    def tell(self) -> int:
        return self._raw.tell()

    def fileno(self) -> int:
        return self._raw.fileno()

    @property
    def name(self) -> str:
        return str(getattr(self._raw, "name", "upload"))
