"""Paths, fixed names and small helpers shared by the launcher's modules."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO = PACKAGE_DIR.parent.parent
SCRIPTS = REPO / "scripts"
SERVER_VENV = REPO / ".server-venv"
REQUIREMENTS = SCRIPTS / "server-requirements.txt"
CONSTRAINTS = SCRIPTS / "server-constraints.txt"
PACKAGE_SRC = REPO / "compute_package" / "client"
BUILD_DIR = REPO / "build"
PACKAGE_TGZ = BUILD_DIR / "package.tgz"
SEED_NPZ = BUILD_DIR / "seed.npz"
DEFAULT_STATE_DIR = REPO / ".fedn-network"

HOST = "127.0.0.1"
NETWORK_ID = "fedn-network"
COMBINER_NAME = "combiner"
INTERNAL_URL_PREFIX = "/internal"  # what upstream's allowed_import appends to the controller address
S3_KEY = "fedn_admin"
S3_SECRET = "password"  # moto accepts any credentials; nothing leaves 127.0.0.1
AWS_ENV = {"AWS_ACCESS_KEY_ID": S3_KEY, "AWS_SECRET_ACCESS_KEY": S3_SECRET, "AWS_DEFAULT_REGION": "eu-west-1"}


class NetworkError(RuntimeError):
    """A step of ``up`` failed; ``log`` names the log of the failing process, if any."""

    def __init__(self, message: str, log: Path | None = None) -> None:
        super().__init__(message)
        self.log = log


def say(message: str) -> None:
    """Progress output (stderr, so stdout stays machine-readable)."""
    print(f"[network] {message}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path`` (created if missing)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def shared_lock_path(kind: str) -> Path:
    """A lock file outside the work tree, one per repository checkout and ``kind``."""
    key = hashlib.sha256(str(REPO).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / f"fedn-network-{key}-{kind}.lock"


def tail(path: Path | None, lines: int = 40) -> str:
    """The last ``lines`` lines of a log file."""
    if path is None or not path.exists():
        return ""
    text = path.read_text(errors="replace").splitlines()
    return "\n".join(text[-lines:])


def report_failure(prefix: str, err: BaseException) -> None:
    """``PREFIX: ERR`` on stderr, then the tail of the failing process's log if there is one."""
    say(f"{prefix}: {err}")
    log = err.log if isinstance(err, NetworkError) else None
    if log is not None:
        say(f"last lines of {log}:\n{tail(log)}")


def files_digest(paths: list[Path], extra: str = "") -> str:
    """sha256 over the names (relative to the repository) and contents of ``paths`` plus ``extra``."""
    h = hashlib.sha256(extra.encode())
    for p in sorted(paths):
        h.update(str(p.relative_to(REPO)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()
