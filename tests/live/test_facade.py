"""The facade against FEDn 0.33.0: the local network and the fake (the fidelity subset).

The seed-document test runs the code of FEDn's "Using the API Client" page
(shared/seed/apiclient.rst) as written: only the controller address comes from the target, and
the page's relative file names (``package.tgz``, ``seed.npz``) resolve in a working folder
holding the target's compute package and seed model.

Every test but the last runs against the three targets (tests/support/targets.py). The live one
is a network of this module's own (``network_factory``, about 10 s to start): the document's
flow picks "the latest model" implicitly, which only means something when no other test starts
sessions on the same network at the same time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fedn import APIClient, FedOpt, errors
from support.e2e import poll
from support.targets import Target

State = dict[str, Any]


@pytest.fixture(scope="module")
def target_network(network_factory: Callable[..., State]) -> State:
    """The live target's network: one used only by this module."""
    return network_factory("--clients", "2", name="facade")


@pytest.fixture
def client(target: Target) -> Iterator[APIClient]:
    with target.client() as api:
        poll("controller idle", api.get_controller_status, lambda s: s["state"] == "idle", 120)
        yield api


def test_seed_before_any_package_leaves_packages_listable(target: Target, tmp_path: Path) -> None:
    """On a fresh network (no package yet) the seed upload is refused before anything is written.

    Upstream's client sets the active helper first, which makes FEDn 0.33 store a package row
    without a file: GET /api/v1/packages/ then answers 500 for good.
    """
    assert target.fresh is not None
    fresh = target.fresh()
    with fresh.client() as api:
        with pytest.raises(errors.ConflictError, match="set_active_package"):
            api.set_active_model(fresh.seed)
        assert api.get_packages()["count"] == 0
        with pytest.raises(errors.NotFoundError):
            api.get_active_package()

        api.set_active_package(fresh.package, helper="numpyhelper")
        api.set_active_model(fresh.seed)
        packages = api.get_packages()
        assert packages["count"] == 1 and packages["result"][0]["file_name"] == "package.tgz"
        assert api.get_models_count() == 1


def test_seed_document_runs_unchanged(target: Target, workdir: Path) -> None:
    # --- "To initalize the connection to the FEDn REST API" (secure=True needs TLS: the
    # local network speaks plain HTTP, so the scheme comes from the URL as documented)
    client = target.client(verify=True)

    # --- "Set the active compute package and seed model"
    client.set_active_package("package.tgz", helper="numpyhelper")
    client.set_active_model("seed.npz")
    seed_model = client.get_active_model()
    assert seed_model is not None

    # --- "Start a training session"
    poll("controller idle", client.get_controller_status, lambda s: s["state"] == "idle", 120)
    client.start_session(id="test-session", rounds=3)
    session = client.get_session(id="test-session")
    finished = client.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
    assert finished.status == "Finished"
    poll("controller idle", client.get_controller_status, lambda s: s["state"] == "idle", 60)
    models = client.get_model_trail()
    model_id = models[-1]["model"]
    validations = client.get_validations(model_id=model_id)

    # the trail runs seed -> latest; the session added one model per round
    assert models[0]["model"] == seed_model["model"]
    assert len(models) == 4
    assert [m.parent_model for m in models[1:]] == [m.model_id for m in models[:-1]]
    assert models[-1]["session_id"] == session.session_id
    latest = client.get_active_model()
    assert latest is not None and latest.model_id == model_id
    # the model_id filter is honoured (FEDn's own client sends modelId, which the server ignores)
    validations = poll(
        "validations of the latest model",
        lambda: client.get_validations(model_id=model_id),
        lambda v: v["count"] >= len(target.clients),
        timeout=30.0,
    )
    assert {v["model_id"] for v in validations["result"]} == {model_id}
    assert validations["count"] < client.get_validations_count()

    # --- FedAdam with custom hyperparameters, the document's dict passed as **kwargs
    session_id = "experiment_fedadam"
    session_config = {
        "helper": "numpyhelper",
        "id": session_id,
        "aggregator": "fedopt",
        "aggregator_kwargs": {
            "serveropt": "adam",
            "learning_rate": 1e-2,
            "beta1": 0.9,
            "beta2": 0.99,
            "tau": 1e-4,
        },
        "model_id": seed_model["model"],
        "rounds": 10,
    }
    result_fedadam = client.start_session(**session_config)
    assert result_fedadam["session_config"]["aggregator"] == "fedopt"
    adam = client.wait_for_session(result_fedadam.session_id, timeout=600, poll_interval=0.5)
    assert adam.status == "Finished"
    adam_models = client.get_models(session_id=adam.session_id)
    assert adam_models["count"] == 10

    # --- "Download a global model"
    client.download_model(model_id, path="model.npz")
    with np.load("model.npz") as weights:
        assert len(weights.files) > 0

    # --- "List data"
    sessions = client.get_sessions()
    assert {s["session_id"] for s in sessions["result"]} >= {session.session_id, adam.session_id}
    session = client.get_session(id="test-session")
    assert session["name"] == "test-session"
    for entities in (
        client.get_clients(),
        client.get_combiners(),
        client.get_models(),
        client.get_packages(),
        client.get_rounds(),
        client.get_statuses(),
        client.get_validations(),
    ):
        assert entities["count"] >= 1 and len(entities["result"]) >= 1
    client.close()


def test_typed_results_and_filters(client: APIClient, target: Target, workdir: Path) -> None:
    clients = client.get_clients()
    assert clients["count"] == len(target.clients)
    assert {c.name for c in clients.result} == set(target.clients)
    assert client.get_clients_count() == clients["count"]
    assert client.get_active_clients()["count"] == clients["count"]
    assert client.get_clients(n_max=1)["result"].__len__() == 1
    combiner = client.get_combiners().result[0]
    assert client.get_combiner(combiner.combiner_id).name == combiner.name
    assert client.get_client(clients.result[0].client_id)["client_id"] == clients.result[0].client_id
    config = client.get_client_config()
    assert config.network_id == target.network_id


def test_get_model_trail_orders_and_limits(client: APIClient, workdir: Path) -> None:
    client.set_active_package("package.tgz", helper="numpyhelper")
    client.set_active_model("seed.npz")
    seed = client.get_active_model()
    assert seed is not None
    session = client.start_session(name="trail-order", rounds=2, model_id=seed.model_id)
    client.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
    oldest_first = client.get_model_trail()
    newest_first = client.get_model_trail(reverse=True)
    assert [m.model_id for m in newest_first] == [m.model_id for m in reversed(oldest_first)]
    assert oldest_first[0].model_id == seed.model_id and len(oldest_first) == 3
    latest = oldest_first[-1].model_id
    without_self = client.get_model_trail(latest, include_self=False)
    assert [m.model_id for m in without_self] == [m.model_id for m in oldest_first[:-1]]
    assert [m.model_id for m in client.get_model_trail(latest, n_max=2)] == [
        m.model_id for m in oldest_first[1:]
    ]


def test_typed_fedopt_and_errors(client: APIClient, workdir: Path) -> None:
    client.set_active_package("package.tgz", helper="numpyhelper")
    client.set_active_model("seed.npz")
    session = client.start_session(name="typed-yogi", aggregator=FedOpt("yogi", learning_rate=0.05), rounds=1)
    assert session.session_config.aggregator_kwargs is not None
    assert "'yogi'" in session.session_config.aggregator_kwargs
    done = client.wait_for_session(session.session_id, timeout=300, poll_interval=0.5)
    assert done.status == "Finished"
    assert client.session_is_finished(session.session_id) is True
    assert client.get_models(session_id=session.session_id)["count"] == 1

    # a second start while one runs is refused before anything is created
    running = client.start_session(name="long-run", rounds=6)
    sessions_before = client.get_sessions_count()
    with pytest.raises(errors.ConflictError, match="No session was created"):
        client.start_session(name="while-busy", rounds=1)
    assert client.get_sessions_count() == sessions_before
    assert client.wait_for_session(running.session_id, timeout=300, poll_interval=0.5).status == "Finished"

    with pytest.raises(errors.NotFoundError) as info:
        client.get_model("no-such-model")
    assert info.value.status_code == 404 and "no-such-model" in info.value.message
    with pytest.raises(errors.NotFoundError):
        client.get_session(id="no-such-session-name")


def test_package_round_trip(client: APIClient, workdir: Path) -> None:
    client.set_active_package("package.tgz", helper="numpyhelper", name="roundtrip", description="live test")
    active = client.get_active_package()
    assert active["name"] == "roundtrip" and active.helper == "numpyhelper"
    client.download_package("downloaded.tgz")
    assert (workdir / "downloaded.tgz").read_bytes() == (workdir / "package.tgz").read_bytes()
    assert [p.name for p in workdir.iterdir() if p.name.endswith(".part")] == []
    # FEDn 0.33 hashes the package in the controller's working folder: the checksum route works
    # only when the network keeps packages there (scripts/network.py does now); otherwise it
    # answers 404 and a verified download must leave nothing behind
    try:
        client.download_package("verified.tgz", verify_checksum=True)
    except errors.NotFoundError:
        assert not (workdir / "verified.tgz").exists()
    else:
        assert (workdir / "verified.tgz").read_bytes() == (workdir / "package.tgz").read_bytes()


def test_token_from_environment_on_auth_network(
    fedn_auth_network: State, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = fedn_auth_network["controller_url"]
    with pytest.raises(errors.AuthenticationError) as info:
        APIClient(url, environ={}).get_clients()
    assert info.value.status_code == 401 and info.value.message == "Missing token"
    monkeypatch.setenv("FEDN_AUTH_TOKEN", fedn_auth_network["token"])
    monkeypatch.delenv("FEDN_AUTH_SCHEME", raising=False)
    with APIClient(url) as env_client:
        assert env_client.get_clients()["count"] >= 0
    with APIClient(url, token=f"Bearer {fedn_auth_network['token']}", environ={}) as arg_client:
        assert arg_client.get_models_count() >= 0
    with pytest.raises(errors.AuthenticationError) as wrong:
        APIClient(url, token=fedn_auth_network["token"], auth_scheme="Token", environ={}).get_clients()
    assert fedn_auth_network["token"] not in str(wrong.value) + repr(wrong.value)
