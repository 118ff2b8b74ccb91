"""Helpers shared by the live end-to-end tests (tests/live) on the local network.

Other tests may run sessions on the same network at the same time (during development several
pytest runs share ``.fedn-network``), so these helpers never rely on global state: sessions are
started once the controller is idle (and retried if another one slipped in first), and a
session's models are found through its own ``session_id``, never as "the latest model".
"""

from __future__ import annotations

import json
import math
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from fedn import APIClient, errors
from fedn_api.api.sessions import start_session as op_start_session
from fedn_api.models import Model, Session, SessionStart, Validation

State = dict[str, Any]
T = TypeVar("T")

IDLE_TIMEOUT = 300.0
SESSION_TIMEOUT = 300.0
METRICS = ("training_loss", "test_loss", "mse", "r2")


def poll(what: str, fetch: Callable[[], T], done: Callable[[T], bool], timeout: float = 60.0) -> T:
    """Call ``fetch`` until ``done(value)``; fail with the last value after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = fetch()
        if done(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}; last value: {value!r}")
        time.sleep(0.5)


def wait_idle(api: APIClient, timeout: float = IDLE_TIMEOUT) -> None:
    """Wait until the controller reports ``idle`` (no session running)."""
    poll("the controller to be idle", api.get_controller_status, lambda s: s.state == "idle", timeout)


def copy_artefacts(network: State, folder: Path) -> tuple[Path, Path]:
    """Copy the network's compute package and seed model into ``folder``."""
    package, seed = folder / "package.tgz", folder / "seed.npz"
    shutil.copy(network["package"], package)
    shutil.copy(network["seed"], seed)
    return package, seed


def start_when_idle(api: APIClient, attempts: int = 5, **kwargs: Any) -> Session:
    """``api.start_session(**kwargs)`` once the controller is idle.

    If another session started in between, the server refuses ("A session is already
    running!") after the facade created ours: then wait again and start the created session.
    """
    wait_idle(api)
    try:
        return api.start_session(**kwargs)
    except errors.BadRequestError as err:
        if "already running" not in err.message:
            raise
    name = kwargs.get("name") or kwargs.get("id")
    assert name, "give the session a name to start it again"
    created = api.get_session(name=name)
    for _ in range(attempts):
        wait_idle(api)
        response = op_start_session.sync_detailed(
            client=api.generated,
            body=SessionStart(session_id=created.session_id, rounds=kwargs.get("rounds", 5)),
        )
        if response.status_code == 200:
            return created
    raise AssertionError(f"could not start session {name!r}: the controller stayed busy")


def run_session(api: APIClient, **kwargs: Any) -> Session:
    """Start a session (see :func:`start_when_idle`), wait until it is finished and the controller idle."""
    session = start_when_idle(api, **kwargs)
    finished = api.wait_for_session(session.session_id, timeout=SESSION_TIMEOUT, poll_interval=0.5)
    assert finished.status == "Finished", finished.to_dict()
    wait_idle(api)
    return finished


def one_session_run(api: APIClient, package: Path, seed: Path, n_clients: int, prefix: str) -> Session:
    """Upload the package and the seed, run a 1-round session and wait for every client's validation."""
    wait_idle(api)
    api.set_active_package(package, helper="numpyhelper")
    api.set_active_model(seed)
    session = run_session(api, name=f"{prefix}-{uuid.uuid4().hex[:6]}", rounds=1)
    # validations can land a moment after the session is reported finished
    poll(
        "the session's validations",
        lambda: api.get_validations(session_id=session.session_id).count,
        lambda n: n >= n_clients,
    )
    return session


def session_chain(api: APIClient, session_id: str) -> list[Model]:
    """The models a session produced, oldest first (following the parent links)."""
    models = api.get_models(session_id=session_id).result
    by_parent = {m.parent_model: m for m in models}
    ids = {m.model_id for m in models}
    first = [m for m in models if m.parent_model not in ids]
    assert len(first) == 1, (
        f"session {session_id} models do not form one chain: {[m.to_dict() for m in models]}"
    )
    chain = first
    while chain[-1].model_id in by_parent:
        chain.append(by_parent[chain[-1].model_id])
    assert len(chain) == len(models)
    return chain


def load_weights(path: Path) -> list[np.ndarray]:
    """The arrays of a numpyhelper ``.npz`` model, in order (keys ``"0"``, ``"1"``, ...)."""
    with np.load(path) as npz:
        return [np.asarray(npz[key]) for key in sorted(npz.files, key=int)]


def download_weights(api: APIClient, model_id: str, folder: Path) -> list[np.ndarray]:
    """Download a model with the facade and load its arrays."""
    path = folder / f"{model_id}.npz"
    api.download_model(model_id, path=path)
    return load_weights(path)


def metrics_of(validation: Validation) -> dict[str, float]:
    """The metrics a client reported in a validation (``data`` is a JSON object in a string)."""
    data = json.loads(validation.data or "{}")
    values = {key: float(data[key]) for key in METRICS}
    assert all(math.isfinite(v) for v in values.values()), data
    return values


def validations_by_client(api: APIClient, model_id: str, clients: list[str]) -> dict[str, Validation]:
    """The validation of ``model_id`` from every client (polled: they can land after the session ends)."""
    found = poll(
        f"validations of model {model_id} from {clients}",
        lambda: api.get_validations(model_id=model_id),
        lambda v: {x.sender.name for x in v.result if x.sender} >= set(clients),
        timeout=60,
    )
    return {v.sender.name: v for v in found.result if v.sender}
