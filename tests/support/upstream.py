"""Files of FEDn 0.33.0's own repository, for the tests that run them unchanged (never committed here).

The repository is a checkout or a bare git directory: ``FEDN_REPO``, else the project's mirror at
:data:`DEFAULT_FEDN_REPO`. Files are read from git at :data:`UPSTREAM_TAG`, so a checkout of
another version still gives 0.33.0's bytes. Without a repository, or without the file at the
tag, the test is skipped, saying why.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

DEFAULT_FEDN_REPO = Path("/work/.mirror/scaleoutsystems+fedn/repo")
UPSTREAM_TAG = "v0.33.0"


def fedn_repo(what: str) -> Path:
    """The upstream checkout or git directory; skip (naming ``what`` would have run) without one."""
    configured = os.environ.get("FEDN_REPO")
    repo = Path(configured) if configured else DEFAULT_FEDN_REPO
    if not repo.exists():
        pytest.skip(
            f"no upstream FEDn checkout at {repo}: set FEDN_REPO to a checkout or git directory of "
            f"scaleoutsystems/fedn to run {what}"
        )
    return repo


def upstream_file(repo: Path, path: str) -> bytes:
    """``path`` as FEDn 0.33.0 has it (skip if the repository lacks it at the tag)."""
    git = ["git", "-C", str(repo)] if (repo / ".git").exists() else ["git", f"--git-dir={repo}"]
    shown = subprocess.run([*git, "show", f"{UPSTREAM_TAG}:{path}"], capture_output=True, check=False)
    if shown.returncode != 0:
        pytest.skip(f"{repo} has no {UPSTREAM_TAG}:{path} ({shown.stderr.decode().strip()[-200:]})")
    return shown.stdout
