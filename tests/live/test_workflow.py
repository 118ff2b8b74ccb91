"""The seed document's walkthrough through ``fedn.APIClient``, on the local network and the fake.

FEDn's "Using the API Client" page: set the compute package and the seed model, start a
3-round FedAvg session named "test-session", wait until the controller is idle, read the model
trail, the validations of the latest model, download it; then ``continue_session`` adds rounds.
The session's models are found through its own id, so other sessions on the same network do
not confuse the checks. Every test runs against the three targets (tests/support/targets.py);
the fake's validations improve by its formula and its rounds move the numpy weights.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from fedn import APIClient
from fedn_api.models import Model, Session, ValidationList
from support.e2e import (
    load_weights,
    metrics_of,
    poll,
    run_session,
    session_chain,
    validations_by_client,
    wait_idle,
)
from support.targets import Target


@dataclass
class Walkthrough:
    """What the walkthrough left behind, for the checks below."""

    api: APIClient
    target: Target
    folder: Path
    seed: Model
    session: Session
    models: list[Model]  # the session's models, oldest first


@pytest.fixture(scope="module")
def walk(target: Target, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Walkthrough]:
    folder = tmp_path_factory.mktemp("walkthrough")
    package, seed_file = folder / "package.tgz", folder / "seed.npz"
    shutil.copy(target.package, package)
    shutil.copy(target.seed, seed_file)
    api = target.client()
    wait_idle(api)
    api.set_active_package(package, helper="numpyhelper")
    api.set_active_model(seed_file)
    seed = api.get_active_model()
    assert seed is not None
    session = run_session(api, id="test-session", rounds=3, model_id=seed.model_id)
    walk = Walkthrough(api, target, folder, seed, session, session_chain(api, session.session_id))
    yield walk
    api.close()


def test_session_ran_three_rounds(walk: Walkthrough) -> None:
    api, session = walk.api, walk.session
    assert session.name == "test-session"
    assert session.session_config.rounds == 3 and session.session_config.aggregator == "fedavg"
    # the server rewrites session_config.model_id to the session's last model when it finishes
    assert session.session_config.model_id == walk.models[-1].model_id
    assert api.session_is_finished(session.session_id) is True
    assert api.get_session_status(session.session_id) == "Finished"
    # the document reads the session back by the name it gave as "id"
    assert api.get_session(id="test-session").name == "test-session"
    assert api.get_controller_status().state == "idle"


def test_model_trail_holds_the_seed_and_three_new_models(walk: Walkthrough) -> None:
    latest = walk.models[-1]
    trail = walk.api.get_model_trail(latest.model_id)
    assert [m.model_id for m in trail] == [walk.seed.model_id] + [m.model_id for m in walk.models]
    assert len(trail) == 4
    assert [m.parent_model for m in trail[1:]] == [m.model_id for m in trail[:-1]]
    assert {m.session_id for m in trail[1:]} == {walk.session.session_id}
    # upstream style: models[-1]["model"] is the latest global model
    assert trail[-1]["model"] == latest.model_id
    newest_first = walk.api.get_model_trail(latest.model_id, reverse=True)
    assert [m.model_id for m in newest_first] == [m.model_id for m in reversed(trail)]


def test_latest_model_validated_by_every_client(walk: Walkthrough) -> None:
    latest = walk.models[-1].model_id
    clients = walk.target.clients
    by_client = validations_by_client(walk.api, latest, clients)
    assert set(by_client) == set(clients)
    for name, validation in by_client.items():
        assert validation.model_id == latest and validation.session_id == walk.session.session_id
        assert validation.sender is not None and validation.sender.role.upper() == "CLIENT"
        assert validation.receiver is not None and validation.receiver.role.upper() == "COMBINER"
        metrics = metrics_of(validation)
        assert metrics["mse"] >= 0 and metrics["r2"] <= 1, (name, metrics)
    # the document's filter is honoured: only this model's validations come back
    listed: ValidationList = walk.api.get_validations(model_id=latest)
    assert {v["model_id"] for v in listed["result"]} == {latest}


def test_training_improved_the_model(walk: Walkthrough) -> None:
    """Every client's test loss is lower on the last model than on the first round's."""
    clients = walk.target.clients
    first = validations_by_client(walk.api, walk.models[0].model_id, clients)
    last = validations_by_client(walk.api, walk.models[-1].model_id, clients)
    for name in clients:
        assert metrics_of(last[name])["test_loss"] < metrics_of(first[name])["test_loss"], name


def test_download_model_writes_the_trained_weights(walk: Walkthrough) -> None:
    latest = walk.models[-1].model_id
    path = walk.folder / "model.npz"
    message = walk.api.download_model(latest, path=path)
    assert message.success is not False and str(path) in message.message
    trained = load_weights(path)
    seed = load_weights(walk.folder / "seed.npz")
    assert [a.shape for a in trained] == [a.shape for a in seed]
    assert all(np.all(np.isfinite(a)) for a in trained)
    assert any(not np.allclose(t, s) for t, s in zip(trained, seed, strict=True)), "weights did not move"
    # the same bytes the server streams
    raw = walk.api.httpx_client.get(f"/api/v1/models/{latest}/download")
    assert raw.status_code == 200 and raw.content == path.read_bytes()
    assert [p.name for p in walk.folder.iterdir() if p.name.startswith("model.npz") and p != path] == []


def test_download_package_verifies_the_checksum(walk: Walkthrough) -> None:
    """``download_package(verify_checksum=True)`` needs the server's checksum route to answer.

    FEDn 0.33 computes the checksum of ``os.getcwd()/<storage file name>``; the controller of
    the local network must run in its package folder for this route to find the file.
    """
    downloaded = walk.folder / "downloaded.tgz"
    walk.api.download_package(downloaded, verify_checksum=True)
    assert downloaded.read_bytes() == (walk.folder / "package.tgz").read_bytes()


def test_continue_session_adds_rounds(walk: Walkthrough) -> None:
    api, session = walk.api, walk.session
    before = session_chain(api, session.session_id)
    wait_idle(api)
    api.continue_session(session.session_id, rounds=2, round_timeout=60)
    poll(
        "two more models in the session",
        lambda: api.get_models(session_id=session.session_id).count,
        lambda n: n >= len(before) + 2,
        timeout=300,
    )
    api.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
    wait_idle(api)
    chain = session_chain(api, session.session_id)
    assert len(chain) == len(before) + 2
    assert [m.model_id for m in chain[: len(before)]] == [m.model_id for m in before]
    assert chain[len(before)].parent_model == before[-1].model_id
    assert api.get_session(session.session_id).status == "Finished"
    trail = api.get_model_trail(chain[-1].model_id)
    assert len(trail) == 1 + len(before) + 2 and trail[0].model_id == walk.seed.model_id


def test_wait_for_session_right_after_continue_waits_for_the_new_round(walk: Walkthrough) -> None:
    """``continue_session`` then ``wait_for_session``: the wait must cover the added round.

    FEDn 0.33 starts the continued rounds in a thread; until it marks the session "Started" the
    session still reads "Finished", so a wait that only looks at the status returns at once.
    """
    api, session_id = walk.api, walk.session.session_id
    wait_idle(api)
    before = api.get_models(session_id=session_id).count
    api.continue_session(session_id, rounds=1, round_timeout=60)
    api.wait_for_session(session_id, timeout=300, poll_interval=0.5)
    after_wait = api.get_models(session_id=session_id).count
    # let the round finish either way, so later tests find the controller idle
    poll("the continued round", lambda: api.get_models(session_id=session_id).count, lambda n: n > before)
    wait_idle(api)
    assert after_wait == before + 1, "wait_for_session returned before the continued round ran"
