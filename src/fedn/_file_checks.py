"""Checks of the files a call names, made before any request: uploads and download targets.

A missing file, a folder where a file is expected, an unreadable file, a helper that cannot be
inferred or is unknown, a target folder that does not exist: each raises
:class:`~fedn.errors.InvalidInputError` before anything is sent.
"""

from __future__ import annotations

import os
from pathlib import Path

from fedn.errors import InvalidInputError

__all__ = ["KNOWN_HELPERS", "check_download_target", "check_upload", "infer_helper"]

#: Helpers FEDn 0.33 accepts as the active helper.
KNOWN_HELPERS: tuple[str, ...] = ("numpyhelper", "binaryhelper", "androidhelper")
_SUFFIX_HELPERS = {".npz": "numpyhelper", ".bin": "binaryhelper"}


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
