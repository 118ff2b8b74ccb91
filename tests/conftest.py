"""Shared fixtures: the local FEDn network started by ``scripts/network.py``.

* ``fedn_network`` (session): the state dict of the network in ``.fedn-network/`` (or
  ``$FEDN_NETWORK_STATE_DIR``). A running network is reused and left running; otherwise one is
  brought up for the test run and taken down at its end.
* ``network_factory`` (session): starts extra networks, each in a state folder of its own,
  e.g. ``network_factory("--auth")``; all of them are stopped and wiped at the end of the run.
* ``fedn_auth_network`` (session): an extra network started with ``--auth`` the first time a
  test asks for it; its state holds the admin JWT under ``token``.

Tests that need a network are marked ``@pytest.mark.live``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
NETWORK_SCRIPT = REPO / "scripts" / "network" / "__main__.py"
DEFAULT_STATE_DIR = REPO / ".fedn-network"
UP_TIMEOUT = 900  # the first `up` on a fresh machine also creates the server venv

State = dict[str, Any]


def run_network(*args: str, timeout: float = UP_TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run ``scripts/network.py ARGS`` with this interpreter; output captured."""
    return subprocess.run(
        [sys.executable, str(NETWORK_SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )


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


@pytest.fixture(scope="session")
def fedn_network() -> Iterator[State]:
    """The main local network (reused if already running; stopped at the end only if started here)."""
    state_dir = Path(os.environ.get("FEDN_NETWORK_STATE_DIR", DEFAULT_STATE_DIR)).resolve()
    started = not network_is_running(state_dir)
    state = bring_up(state_dir) if started else read_state(state_dir)
    yield state
    if started:
        bring_down(state_dir)


@pytest.fixture(scope="session")
def network_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[..., State]]:
    """Start extra networks in their own state folders; each is stopped and wiped at the end."""
    started: list[Path] = []

    def start(*args: str, name: str = "extra") -> State:
        state_dir = tmp_path_factory.mktemp(f"fedn-network-{name}")
        started.append(state_dir)
        return bring_up(state_dir, *args)

    yield start
    for state_dir in started:
        bring_down(state_dir, "--wipe")


@pytest.fixture(scope="session")
def fedn_auth_network(network_factory: Callable[..., State]) -> State:
    """An extra network whose controller checks JWTs (admin token in ``state["token"]``)."""
    return network_factory("--auth", "--clients", "1", name="auth")
