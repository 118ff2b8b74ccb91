"""The local FEDn network launcher (the package scripts/network/), driven from the tests.

This module is the ONE place the tests name the launcher: :data:`NETWORK_SCRIPT` is run as a
subprocess (:func:`run_network`) or loaded as a module (:func:`network_module`, for its
``make_jwt`` and ``psql`` helpers). The live tier's fixtures (tests/live/conftest.py) start and
stop networks through :func:`bring_up` and :func:`bring_down`.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from support.paths import REPO

NETWORK_SCRIPT = REPO / "scripts" / "network" / "__main__.py"
DEFAULT_STATE_DIR = REPO / ".fedn-network"
SERVER_VENV = REPO / ".server-venv"  # created by the launcher (pinned upstream FEDn server)
SERVER_PYTHON = SERVER_VENV / "bin" / "python"
UP_TIMEOUT = 900  # the first `up` on a fresh machine also creates the server venv

State = dict[str, Any]


def network_command(*args: str) -> list[str]:
    """The command line that runs the launcher with ``args`` under this interpreter."""
    return [sys.executable, str(NETWORK_SCRIPT), *args]


def run_network(*args: str, timeout: float = UP_TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run the launcher (``python scripts/network ARGS``) with this interpreter; output captured."""
    return subprocess.run(
        network_command(*args),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )


@functools.cache
def network_module() -> ModuleType:
    """The launcher loaded as a module (``fedn_network_script``), without running its ``main``."""
    spec = importlib.util.spec_from_file_location("fedn_network_script", NETWORK_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def read_state(state_dir: Path) -> State:
    """The network's ``state.json``."""
    return dict(json.loads((state_dir / "state.json").read_text()))


def network_is_running(state_dir: Path) -> bool:
    """True if ``network.py status`` reports a healthy network in ``state_dir``."""
    return run_network("status", "--state-dir", str(state_dir), timeout=60).returncode == 0


def bring_up(state_dir: Path, *args: str) -> State:
    """``network.py up`` in ``state_dir``; fails the test run with the launcher's output on error."""
    result = run_network("up", "--state-dir", str(state_dir), *args)
    if result.returncode != 0:
        pytest.fail(
            f"network.py up {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-6000:]}",
            pytrace=False,
        )
    return read_state(state_dir)


def bring_down(state_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``network.py down`` in ``state_dir``."""
    return run_network("down", "--state-dir", str(state_dir), *args, timeout=120)


def auth_headers(state: State) -> dict[str, str]:
    """``Authorization`` header for a network's admin token (empty without ``--auth``)."""
    token = state.get("token")
    return {"Authorization": f"Bearer {token}"} if token else {}


def server_python() -> Path:
    """The server venv's interpreter, created through the launcher (``network.py build``) if missing."""
    if not SERVER_PYTHON.exists():
        result = run_network("build")
        assert result.returncode == 0, result.stderr[-4000:]
    assert SERVER_PYTHON.exists()
    return SERVER_PYTHON
