"""The server venv (``.server-venv``, upstream FEDn pinned), its start-up shim, the compute package.

The shim is ``shim.py`` of this package, copied into the server venv's site-packages as
``_fedn_network_shim.py`` next to a ``_fedn_network_shim.pth`` that imports it whenever an
interpreter there starts. It is rewritten whenever its text differs from ``shim.py`` (so an edited
shim takes effect at the next ``up`` or ``build``); modules of earlier names are removed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from .common import (
    BUILD_DIR,
    CONSTRAINTS,
    PACKAGE_DIR,
    PACKAGE_SRC,
    PACKAGE_TGZ,
    REPO,
    REQUIREMENTS,
    SCRIPTS,
    SEED_NPZ,
    SERVER_VENV,
    NetworkError,
    file_lock,
    files_digest,
    say,
    shared_lock_path,
)

SHIM_SOURCE = PACKAGE_DIR / "shim.py"
SHIM_NAME = "_fedn_network_shim"
OLD_SHIM_NAMES = ("_fedn_network_shims",)  # earlier names of the shim: removed from the server venv
REQUIREMENTS_MARKER = SERVER_VENV / ".fedn-network-requirements"


def venv_bin(name: str) -> Path:
    """Path of an executable in the server venv."""
    return SERVER_VENV / "bin" / name


def ensure_server_venv() -> None:
    """Create the server venv once (recreate it when the requirements change); install the shim."""
    digest = files_digest([REQUIREMENTS, CONSTRAINTS])
    with file_lock(shared_lock_path("server-venv")):
        if not (
            REQUIREMENTS_MARKER.exists()
            and REQUIREMENTS_MARKER.read_text().strip() == digest
            and venv_bin("fedn").exists()
        ):
            create_server_venv()
            REQUIREMENTS_MARKER.write_text(digest + "\n")
        install_shim(server_site_packages())


def create_server_venv() -> None:
    """(Re)create ``.server-venv`` and install the pinned upstream server into it."""
    say(f"creating the server venv {SERVER_VENV} (fedn==0.33.0, moto, psycopg; about a minute)")
    if SERVER_VENV.exists():
        shutil.rmtree(SERVER_VENV)
    base = getattr(sys, "_base_executable", sys.executable)
    subprocess.run([base, "-m", "venv", str(SERVER_VENV)], check=True)
    log = Path(tempfile.gettempdir()) / f"fedn-server-venv-{os.getpid()}.log"
    with open(log, "w") as out:
        rc = subprocess.call(
            [str(venv_bin("pip")), "install", "--disable-pip-version-check", "-q", "-r", str(REQUIREMENTS)],
            cwd=SCRIPTS,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    if rc != 0:
        raise NetworkError("pip install into the server venv failed", log)
    log.unlink()


def server_site_packages() -> Path:
    """The server venv's ``site-packages`` (purelib) folder."""
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    out = subprocess.run([str(venv_bin("python")), "-c", purelib], check=True, capture_output=True, text=True)
    return Path(out.stdout.strip())


def install_shim(site: Path) -> None:
    """Copy ``shim.py`` into ``site`` as ``_fedn_network_shim.py`` (if its text differs) with its .pth."""
    for old in OLD_SHIM_NAMES:
        for suffix in (".pth", ".py"):
            (site / f"{old}{suffix}").unlink(missing_ok=True)
    source = SHIM_SOURCE.read_text()
    shim = site / f"{SHIM_NAME}.py"
    if not shim.exists() or shim.read_text() != source:
        shim.write_text(source)
    pth = site / f"{SHIM_NAME}.pth"
    if not pth.exists():
        pth.write_text(f"import {SHIM_NAME}\n")


# --------------------------------------------------------------------------- compute package


def package_sources() -> list[Path]:
    """Files of the compute package (what ``fedn package create`` would pack)."""
    return [
        p
        for p in PACKAGE_SRC.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    ]


def build() -> tuple[Path, Path]:
    """Build ``build/package.tgz`` and ``build/seed.npz`` unless they are up to date."""
    ensure_server_venv()
    digest = files_digest(package_sources(), REQUIREMENTS_MARKER.read_text())
    marker = BUILD_DIR / ".package-digest"
    with file_lock(shared_lock_path("build")):
        if (
            PACKAGE_TGZ.exists()
            and SEED_NPZ.exists()
            and marker.exists()
            and marker.read_text().strip() == digest
        ):
            return PACKAGE_TGZ, SEED_NPZ
        BUILD_DIR.mkdir(exist_ok=True)
        with tempfile.TemporaryDirectory(dir=BUILD_DIR) as tmp:
            tgz = create_package(Path(tmp))
            seed = create_seed(Path(tmp))
            os.replace(tgz, PACKAGE_TGZ)
            os.replace(seed, SEED_NPZ)
        marker.write_text(digest + "\n")
        say(f"built {PACKAGE_TGZ.relative_to(REPO)} and {SEED_NPZ.relative_to(REPO)}")
    return PACKAGE_TGZ, SEED_NPZ


def create_package(folder: Path) -> Path:
    """``fedn package create`` of the compute package into ``folder``; checks the archive."""
    cmd = [str(venv_bin("fedn")), "package", "create", "--path", str(PACKAGE_SRC)]
    out = subprocess.run(
        [*cmd, "--output", str(folder), "--name", "package.tgz"], capture_output=True, text=True
    )
    tgz = folder / "package.tgz"
    try:
        with tarfile.open(tgz) as tar:
            names = tar.getnames()
    except (OSError, tarfile.TarError) as err:
        raise NetworkError(f"fedn package create failed: {err}\n{out.stdout}{out.stderr}") from err
    if "fedn.yaml" not in names:
        raise NetworkError(f"package.tgz has no fedn.yaml: {names}")
    return tgz


def create_seed(folder: Path) -> Path:
    """The seed model (``model.py`` of the compute package, run in the server venv) in ``folder``."""
    seed_path = folder / "seed.npz"
    seed = subprocess.run(
        [str(venv_bin("python")), str(PACKAGE_SRC / "model.py"), str(seed_path)],
        capture_output=True,
        text=True,
    )
    if seed.returncode != 0:
        raise NetworkError(f"building the seed model failed:\n{seed.stdout}{seed.stderr}")
    return seed_path
