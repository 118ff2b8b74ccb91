"""The live tier: every test in tests/live talks to a local FEDn network (scripts/network.py).

Every test collected from this folder is marked ``live`` (:func:`pytest_collection_modifyitems`),
so ``-m live`` / ``-m "not live"`` select the tier. The fixtures start networks through
tests/support/network.py:

* ``fedn_network`` (session): the state dict of the network in ``.fedn-network/`` (or
  ``$FEDN_NETWORK_STATE_DIR``). A running network is reused and left running; otherwise one is
  brought up for the test run and taken down at its end.
* ``network_factory`` (session): starts extra networks, each in a state folder of its own,
  e.g. ``network_factory("--auth")``; all of them are stopped and wiped at the end of the run.
* ``fedn_auth_network`` (session): an extra network started with ``--auth`` the first time a
  test asks for it; its state holds the admin JWT under ``token``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from support.network import DEFAULT_STATE_DIR, State, bring_down, bring_up, network_is_running, read_state

LIVE_DIR = Path(__file__).resolve().parent


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of this folder ``live`` (the hook sees the items of the whole run)."""
    for item in items:
        if item.path.resolve().is_relative_to(LIVE_DIR):
            item.add_marker(pytest.mark.live)


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


@pytest.fixture
def workdir(fedn_network: State, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A working folder holding the network's ``package.tgz`` and ``seed.npz``, as FEDn's docs assume.

    It copies from whichever ``fedn_network`` the requesting module sees (a module may shadow it
    with a network of its own).
    """
    shutil.copy(fedn_network["package"], tmp_path / "package.tgz")
    shutil.copy(fedn_network["seed"], tmp_path / "seed.npz")
    monkeypatch.chdir(tmp_path)
    yield tmp_path
