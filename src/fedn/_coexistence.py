"""Detects FEDn's own ``fedn`` distribution installed beside this one, which cannot work.

Both distributions install the import package ``fedn``: pip lets each overwrite the other's files
(whichever was installed last wins, file by file) and uninstalling one deletes files the other
needs. Nothing fails at install time, so :mod:`fedn` checks the import path once, when it is
imported, and warns with what to do. The check lists the folders on ``sys.path`` (no
``importlib.metadata``: importing :mod:`fedn` stays cheap).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable

__all__ = ["UpstreamFednInstalledWarning", "upstream_distributions", "warn_if_upstream_installed"]


class UpstreamFednInstalledWarning(UserWarning):
    """FEDn's own ``fedn`` distribution is installed in the same environment as this library."""


def upstream_distributions(paths: Iterable[str]) -> list[str]:
    """The metadata folders of FEDn's own distribution (``fedn-<version>.dist-info``) in ``paths``.

    Example::

        >>> upstream_distributions([])
        []
    """
    found: list[str] = []
    for entry in paths:
        try:
            names = os.listdir(entry or os.curdir)
        except (OSError, TypeError):
            continue
        for name in names:
            lower = name.lower()
            if lower.startswith("fedn-") and lower.endswith((".dist-info", ".egg-info")):
                found.append(os.path.join(entry, name))
    return sorted(found)


def warn_if_upstream_installed(paths: Iterable[str]) -> None:
    """Warn (:class:`UpstreamFednInstalledWarning`) when FEDn's own distribution is in ``paths``."""
    found = upstream_distributions(paths)
    if found:
        warnings.warn(
            UpstreamFednInstalledWarning(
                f"FEDn's own 'fedn' distribution is installed in this environment too ({found[0]}). "
                "Both install the import package 'fedn', so pip overwrites one's files with the other's "
                "and uninstalling either breaks the other: they cannot share an environment. Keep FEDn "
                "(server, clients) in a virtual environment of its own and this library in another: "
                "here, run `pip uninstall fedn fedn-typed-client`, then reinstall fedn-typed-client."
            ),
            stacklevel=3,
        )
