"""The live tier: every test in tests/live talks to a local FEDn network (scripts/network.py).

Every test collected from this folder is marked ``live`` (:func:`pytest_collection_modifyitems`),
so ``-m live`` / ``-m "not live"`` select the tier, except the fake targets of the fidelity
subset (below). The fixtures start networks through tests/support/network.py:

* ``fedn_network`` (session): the state dict of the network in ``.fedn-network/`` (or
  ``$FEDN_NETWORK_STATE_DIR``). A running network is reused and left running; otherwise one is
  brought up for the test run and taken down at its end.
* ``network_factory`` (session): starts extra networks, each in a state folder of its own,
  e.g. ``network_factory("--auth")``; all of them are stopped and wiped at the end of the run.
* ``fedn_auth_network`` (session): an extra network started with ``--auth`` the first time a
  test asks for it; its state holds the admin JWT under ``token``.

The fidelity subset: a test that takes ``target`` (module scope) runs against three targets
(tests/support/targets.py): the live network (``target_network``: ``fedn_network``, or the auth
network when ``target_options`` asks for auth; a module may override either fixture), the fake
controller in process and the fake over HTTP. Only the live one is marked ``live``: ``make
test-unit`` runs the fake ones (``-m "not live"``), without a network or the server venv.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from support.artefacts import make_artefacts
from support.network import DEFAULT_STATE_DIR, State, bring_down, bring_up, network_is_running, read_state
from support.targets import TARGET_NAMES, Target, TargetOptions, fake_target, live_target, new_fake

LIVE_DIR = Path(__file__).resolve().parent
FAKE_TARGETS = ("fake", "fake-socket")


def is_fake_target(item: pytest.Item) -> bool:
    """Whether ``item`` is a fake target's run of a fidelity test."""
    callspec = getattr(item, "callspec", None)
    return callspec is not None and callspec.params.get("target") in FAKE_TARGETS


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of this folder ``live`` but the fake targets' (the hook sees the whole run)."""
    for item in items:
        if item.path.resolve().is_relative_to(LIVE_DIR) and not is_fake_target(item):
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


@pytest.fixture(scope="module")
def target_options() -> TargetOptions:
    """The default targets: no auth, two clients. A module overrides this fixture to change them."""
    return TargetOptions()


@pytest.fixture(scope="module")
def target_network(request: pytest.FixtureRequest, target_options: TargetOptions) -> State:
    """The live target's network: the shared one, or the auth network (a module may override this)."""
    return request.getfixturevalue("fedn_auth_network" if target_options.auth else "fedn_network")


@pytest.fixture(scope="module", params=TARGET_NAMES)
def target(
    request: pytest.FixtureRequest, target_options: TargetOptions, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Target]:
    """The target of this run of a fidelity test (see the module docstring)."""
    options = target_options
    if request.param == "live":
        factory: Callable[..., State] = request.getfixturevalue("network_factory")
        extra = ("--auth",) if options.auth else ()

        def fresh_live() -> Target:
            return live_target(factory("--clients", str(options.clients), *extra, name="fresh"))

        def authed_live() -> Target:
            return live_target(request.getfixturevalue("fedn_auth_network"))

        found = live_target(request.getfixturevalue("target_network"), fresh_live)
        found.authed = authed_live
        yield found
        return
    artefacts = make_artefacts(tmp_path_factory.mktemp("target-artefacts"))

    def fresh_fake(clients: int = options.clients, auth: bool = options.auth) -> Target:
        """A new fake in process (also for the socket target: what it adds is tested by the first)."""
        return fake_target("fake", new_fake(clients, auth), "http://127.0.0.1:8092", artefacts, auth)

    fake = new_fake(options.clients, options.auth)
    if request.param == "fake":
        found = fake_target("fake", fake, "http://127.0.0.1:8092", artefacts, options.auth)
        found.fresh, found.authed = fresh_fake, lambda: fresh_fake(1, True)
        yield found
        return
    with fake.serve() as url:
        found = fake_target("fake-socket", fake, url, artefacts, options.auth)
        found.fresh, found.authed = fresh_fake, lambda: fresh_fake(1, True)
        yield found


@pytest.fixture
def workdir(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A working folder holding ``package.tgz`` and ``seed.npz``, as FEDn's docs assume.

    From the test's ``target`` when it has one, else from whichever ``fedn_network`` the requesting
    module sees (a module may shadow it with a network of its own).
    """
    if "target" in request.fixturenames:
        source: Target | State = request.getfixturevalue("target")
        package, seed = (source.package, source.seed) if isinstance(source, Target) else (None, None)
    else:
        network: State = request.getfixturevalue("fedn_network")
        package, seed = Path(network["package"]), Path(network["seed"])
    assert package is not None and seed is not None
    shutil.copy(package, tmp_path / "package.tgz")
    shutil.copy(seed, tmp_path / "seed.npz")
    monkeypatch.chdir(tmp_path)
    yield tmp_path
