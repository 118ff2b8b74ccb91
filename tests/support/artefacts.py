"""A compute package and a seed model made without the server venv (for tests against the fake).

``make_package`` packs ``compute_package/client`` as ``package.tgz`` (the layout ``fedn package
create`` writes); ``make_seed`` writes a numpyhelper ``.npz`` shaped like the compute package's
linear model (weights ``(8, 1)`` under ``"0"``, bias ``(1,)`` under ``"1"``).
"""

from __future__ import annotations

import tarfile
from pathlib import Path

import numpy as np

from support.paths import REPO

CLIENT_DIR = REPO / "compute_package" / "client"
N_FEATURES = 8


def make_package(path: Path) -> Path:
    """``package.tgz`` of the compute package at ``path``."""
    with tarfile.open(path, "w:gz") as archive:
        archive.add(
            CLIENT_DIR, arcname="client", filter=lambda info: None if "__pycache__" in info.name else info
        )
    return path


def make_seed(path: Path) -> Path:
    """A seed model at ``path``: zero weights and bias, as the compute package's seed starts."""
    np.savez_compressed(path, **{"0": np.zeros((N_FEATURES, 1)), "1": np.zeros((1,))})
    return path


def make_artefacts(folder: Path) -> tuple[Path, Path]:
    """``package.tgz`` and ``seed.npz`` in ``folder``."""
    return make_package(folder / "package.tgz"), make_seed(folder / "seed.npz")
