"""Sessions on the fake: how they progress, what each round writes, and the server's refusals.

The facade drives most cases (so they read like user code); the raw routes cover what the
facade checks before sending. The expected rows and messages are FEDn 0.33's (see the module
docstrings of fedn.testing._simulation and fedn.testing._api_sessions).
"""

from __future__ import annotations

import hashlib
import io
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fedn import APIClient, errors
from fedn.testing import FakeController, FakeRequest
from fedn.testing import _weights as weights
from support.artefacts import make_artefacts

Json = Any


@pytest.fixture
def artefacts(tmp_path: Path) -> tuple[Path, Path]:
    return make_artefacts(tmp_path)


def ready(fake: FakeController, artefacts: tuple[Path, Path]) -> APIClient:
    """A client of ``fake`` with the package and the seed uploaded."""
    client = APIClient("fake", transport=fake.transport(), max_retries=0)
    client.set_active_package(artefacts[0], helper="numpyhelper")
    client.set_active_model(artefacts[1])
    return client


def raw(fake: FakeController, method: str, path: str, body: Any = None, query: str = "") -> tuple[int, Json]:
    headers = {"Content-Type": "application/json"} if body is not None else {}
    answer = fake.handle(
        FakeRequest.of(method, path, query, headers, json.dumps(body).encode() if body else b"")
    )
    ctype = answer.header("content-type") or ""
    return answer.status, answer.json() if ctype == "application/json" else answer.body


def config(model_id: str, **changes: Any) -> dict[str, Any]:
    return {
        "aggregator": "fedavg",
        "round_timeout": 60,
        "buffer_size": -1,
        "delete_models_storage": True,
        "clients_required": 1,
        "requested_clients": 8,
        "validate": True,
        "helper_type": "numpyhelper",
        "model_id": model_id,
        "rounds": 2,
        **changes,
    }


def test_one_round_per_request_through_every_state(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=2)
    with ready(fake, artefacts) as client:
        seed = client.get_active_model()
        assert seed is not None
        started = client.start_session(name="s", rounds=3)
        states = [client.get_controller_status().state for _ in range(4)]
        assert states == ["monitoring", "monitoring", "idle", "idle"]
        session = client.get_session(started.session_id)
        assert session.status == "Finished"
        trail = client.get_model_trail()
        assert [m.parent_model for m in trail] == [None, *[m.model_id for m in trail[:-1]]]
        assert {m.session_id for m in trail[1:]} == {session.session_id}
        # the config's model_id now names the last model, as FEDn rewrites it
        assert session.session_config.model_id == trail[-1].model_id
        run = client.generated.get_httpx_client().get("/api/v1/runs/").json()["result"][0]
        assert run["rounds"] == 3 and run["completed_at_model_id"] == trail[-1].model_id
        rounds = client.get_rounds()
        assert rounds.count == 3 and {r.status for r in rounds.result} == {"Finished"}
        round_json = rounds.result[0].to_dict()
        assert round_json["round_config"]["task"] == "training"
        assert round_json["combiners"][0]["config"]["aggregator_kwargs"] == "None"
        assert round_json["combiners"][0]["data"]["nr_expected_updates"] == 2
        assert set(round_json["round_data"]["reduce"]) == {
            "time_aggregate_model",
            "time_fetch_model",
            "time_load_model",
        }
        # 6 statuses per client and round, after each client's connection status
        assert client.get_statuses_count() == 2 + 3 * 2 * 6
        losses = [
            json.loads(v.data)["training_loss"]
            for m in trail[1:]
            for v in client.get_validations(model_id=m.model_id).result
            if v.sender and v.sender.name == "client1"
        ]
        assert len(losses) == 3 and losses == sorted(losses, reverse=True)


def test_a_start_while_a_session_runs_is_refused_after_creating(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=1)
    with ready(fake, artefacts) as client:
        seed = client.get_active_model()
        assert seed is not None
        client.start_session(name="first", rounds=20)
        status, created = raw(
            fake, "POST", "/api/v1/sessions/", {"name": "second", "session_config": config(seed.model_id)}
        )
        assert status == 201 and created["status"] == "Created"
        answer = raw(fake, "POST", "/api/v1/sessions/start", {"session_id": created["session_id"]})
        assert answer == (400, {"message": "A session is already running!"})
        with pytest.raises(errors.PreconditionConflictError):
            client.start_session(name="third", rounds=1)  # the facade checks first


def test_time_modes(artefacts: tuple[Path, Path]) -> None:
    instant = FakeController(time="instant")
    with ready(instant, artefacts) as client:
        started = client.start_session(name="now", rounds=4)
        assert instant._network.state == "idle"
        assert client.get_session(started.session_id).status == "Finished"
    timed = FakeController(time=0.2)
    with ready(timed, artefacts) as client:
        started = client.start_session(name="timed", rounds=2)
        assert client.get_session(started.session_id).status == "Started"
        assert client.get_rounds_count() == 0
        time.sleep(0.25)
        assert client.get_rounds_count() == 1
        done = client.wait_for_session(started.session_id, timeout=10, poll_interval=0.05)
        assert done.status == "Finished"


def test_min_clients_and_what_must_exist_first(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=2)
    with APIClient("fake", transport=fake.transport()) as client:
        with pytest.raises(errors.PreconditionConflictError):
            client.set_active_model(artefacts[1])  # no package: the facade refuses
        assert raw(fake, "POST", "/api/v1/models/")[0] == 500  # no file part
        upload = fake.handle(
            FakeRequest.of(
                "POST",
                "/api/v1/models/",
                "",
                {"Content-Type": "multipart/form-data; boundary=X"},
                b'--X\r\nContent-Disposition: form-data; name="file"; filename="s.npz"\r\n\r\n'
                b"NPZ\r\n--X--\r\n",
            )
        )
        assert (upload.status, upload.json()) == (400, {"success": False, "message": "Failed to add model."})
        client.set_active_package(artefacts[0], helper="numpyhelper")
        client.set_active_model(artefacts[1])
        with pytest.raises(errors.BadRequestError, match="lower than the required minimum of 3"):
            client.start_session(name="big", rounds=1, min_clients=3)
        fake.set_client_status("client2", "offline")
        with pytest.raises(errors.BadRequestError, match="minimum of 2"):
            client.start_session(name="two", rounds=1, min_clients=2)
    status, _ = raw(fake, "POST", "/api/v1/sessions/", {"session_config": config("no-such-model")})
    assert status == 500  # the config's model_id is a foreign key


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"aggregator": ""}, "Validation failed for field 'aggregator' with message: Aggregator is required"),
        ({"validate": None}, "Validation failed for field 'validate' with message: Validate is required"),
        ({"surprise": 1}, "Invalid object"),
    ],
)
def test_session_configs_are_checked_as_the_dto_checks_them(change: dict[str, Any], expected: str) -> None:
    fake = FakeController()
    body = {"session_config": {**config("m"), **change}}
    assert raw(fake, "POST", "/api/v1/sessions/", body) == (400, {"message": expected})
    missing = {k: v for k, v in config("m").items() if k != "helper_type"}
    assert raw(fake, "POST", "/api/v1/sessions/", {"session_config": missing}) == (
        400,
        {"message": "Class 'SessionConfigDTO' is missing field helper_type"},
    )
    assert raw(fake, "POST", "/api/v1/sessions/", {"name": "x"})[0] == 500  # no session_config at all


def test_aggregators_as_the_combiner_loads_them(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=1)
    with ready(fake, artefacts) as client:
        seed = client.get_active_model()
        assert seed is not None
        models_before = client.get_models_count()
        # parameters FedOpt's schema refuses (an int learning rate; the facade would send 1.0):
        # every round fails, no model
        body = {
            "session_config": config(
                seed.model_id, aggregator="fedopt", aggregator_kwargs="{'learning_rate': 1}"
            )
        }
        _, bad = raw(fake, "POST", "/api/v1/sessions/", body)
        assert raw(fake, "POST", "/api/v1/sessions/start", {"session_id": bad["session_id"]})[0] == 200
        done = client.wait_for_session(bad["session_id"], poll_interval=0.001)
        assert done.status == "Finished" and client.get_models_count() == models_before
        assert {r.status for r in client.get_rounds().result} == {"Failed"}
        # an aggregator the combiner cannot load: the session stays "Created", the controller hangs
        _, created = raw(
            fake, "POST", "/api/v1/sessions/", {"session_config": config(seed.model_id, aggregator="fedprox")}
        )
        assert raw(fake, "POST", "/api/v1/sessions/start", {"session_id": created["session_id"]})[0] == 200
        for _ in range(3):
            assert client.get_controller_status().state == "monitoring"
        assert client.get_session(created["session_id"]).status == "Created"
        fake.restart_controller()
        assert client.get_controller_status().state == "idle"


def test_fedopt_and_fedavg_move_real_weights(artefacts: tuple[Path, Path], tmp_path: Path) -> None:
    fake = FakeController(clients=2, time="instant")
    with ready(fake, artefacts) as client:
        started = client.start_session(name="avg", rounds=1)
        (model,) = client.get_models(session_id=started.session_id).result
        client.download_model(model.model_id, tmp_path / "avg.npz")
        with np.load(tmp_path / "avg.npz") as npz:
            # each client moves parameter j 10 % towards 0.01 * (index + 1) * (j + 1); FedAvg averages them
            positions = np.arange(1, 9).reshape(8, 1)
            assert np.allclose(npz["0"], 0.1 * (0.01 + 0.02) / 2 * positions) and npz["0"].shape == (8, 1)
        kwargs = {"serveropt": "adam", "learning_rate": 0.1}
        adam = client.start_session(
            name="adam", aggregator="fedopt", aggregator_kwargs=kwargs, rounds=1, model_id=model.model_id
        )
        (moved,) = client.get_models(session_id=adam.session_id).result
        client.download_model(moved.model_id, tmp_path / "adam.npz")
        with np.load(tmp_path / "avg.npz") as before, np.load(tmp_path / "adam.npz") as after:
            assert not np.allclose(before["0"], after["0"])


def test_without_numpy_models_are_opaque_copies(
    artefacts: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(weights, "numpy", lambda: None)
    fake = FakeController(clients=1, time="instant")
    with ready(fake, artefacts) as client:
        started = client.start_session(name="opaque", rounds=1)
        (model,) = client.get_models(session_id=started.session_id).result
        client.download_model(model.model_id, tmp_path / "m.npz")
    assert (tmp_path / "m.npz").read_bytes() == artefacts[1].read_bytes()


def test_the_combiner_trains_every_online_client_or_the_chosen_ones(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=3, time="instant")
    with ready(fake, artefacts) as client:
        # FEDn 0.33's combiner takes up to its max_clients (30), whatever requested_clients says
        started = client.start_session(name="all", rounds=1, requested_clients=1)
        (round_,) = client.get_rounds().result
        assert round_.to_dict()["combiners"][0]["data"]["nr_expected_updates"] == 3
        assert client.get_validations(session_id=started.session_id).count == 3
        ids = [c.client_id for c in client.get_clients().result if c.name == "client2"]
        _, created = raw(
            fake, "POST", "/api/v1/sessions/", {"session_config": config(round_.round_config.model_id)}
        )
        body = {"session_id": created["session_id"], "rounds": 1, "client_ids": ",".join(ids)}
        assert raw(fake, "POST", "/api/v1/sessions/start", body) == (200, {"message": "Session started"})
        trained = client.get_statuses(session_id=created["session_id"], type="MODEL_UPDATE", n_max=100).result
        assert {s.sender.name for s in trained if s.sender} == {"client2"}
        assert raw(fake, "POST", "/api/v1/sessions/start", {**body, "client_ids": 5})[0] == 400


def test_a_terminated_session_stops_at_its_next_round(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=1)
    with ready(fake, artefacts) as client:
        started = client.start_session(name="stop", rounds=5)
        http = client.httpx_client
        assert (
            http.patch(f"/api/v1/sessions/{started.session_id}", json={"status": "Terminated"}).status_code
            == 200
        )
        assert client.get_controller_status().state == "idle"
        assert client.get_session(started.session_id).status == "Terminated"
        assert client.get_rounds_count() <= 1


def test_predictions_and_metrics_as_the_server_stores_them(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=2)
    with ready(fake, artefacts) as client:
        with pytest.raises(ValueError, match="no round"):
            fake.log_metric("loss", 1.0)
        started = client.start_session(name="p", rounds=1)
        client.wait_for_session(started.session_id, poll_interval=0.001)
        latest = client.get_model_trail()[-1]
        client.start_predictions(prediction_id="pred", model_id=latest.model_id)
        rows = client.get_predictions(model_id=latest.model_id)
        assert sorted(p.prediction_id for p in rows.result) == ["pred:client1", "pred:client2"]
        assert json.loads(rows.result[0].data)["predictions"]
        with pytest.raises(errors.NotFoundError):
            client.start_predictions(prediction_id="x", model_id="missing")
        metric = fake.log_metric("training_mse", 0.5, client="client2", step=3)
        stored = client.generated.get_httpx_client().get(f"/api/v1/metrics/{metric['metric_id']}").json()
        seed = client.get_model_trail()[0]
        assert stored["model_id"] == seed.model_id and stored["session_id"] == started.session_id
        assert stored["step"] == 3 and stored["sender"] == {
            "name": "client2",
            "role": "CLIENT",
            "client_id": None,
        }


def test_package_quirks(artefacts: tuple[Path, Path], tmp_path: Path) -> None:
    fake = FakeController()
    http = APIClient("fake", transport=fake.transport()).httpx_client
    # a helper set before any package leaves a row without a file: listing packages fails for good
    assert http.put("/api/v1/helpers/active", json={"helper": "numpyhelper"}).status_code == 200
    assert http.get("/api/v1/packages/").status_code == 500
    assert http.get("/api/v1/packages/active").status_code == 500
    assert (
        http.put("/api/v1/helpers/active", json={"helper": "torch"}).json()["message"].startswith("Helper is")
    )
    fake.reset()
    with ready(fake, artefacts) as client:
        package = client.get_active_package()
        assert package.storage_file_name.endswith(".tgz") and package.file_name == "package.tgz"
        with client.httpx_client.stream("GET", "/api/v1/packages/download") as response:
            assert response.headers["content-type"] == "application/x-tar"
        checksum = client.get_package_checksum().checksum
        assert checksum == hashlib.sha256(artefacts[0].read_bytes()).hexdigest()
        client.download_package(tmp_path / "again.tgz", verify_checksum=True)
        # making the active package active again deactivates it (FEDn's SQL store)
        body = {"id": package.package_id}
        assert client.httpx_client.put("/api/v1/packages/active", json=body).status_code == 200
        with pytest.raises(errors.NotFoundError):
            client.get_active_package()
        assert client.httpx_client.put("/api/v1/packages/active", json={"id": "nope"}).status_code == 500


def test_package_forms_are_checked_as_the_dto_checks_them() -> None:
    fake = FakeController()

    def upload(fields: dict[str, str]) -> tuple[int, Json]:
        parts = b"".join(
            f'--X\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
            for k, v in fields.items()
        )
        body = (
            parts
            + b'--X\r\nContent-Disposition: form-data; name="file"; filename="p.tgz"\r\n\r\nTGZ\r\n--X--\r\n'
        )
        answer = fake.handle(
            FakeRequest.of(
                "POST", "/api/v1/packages/", "", {"Content-Type": "multipart/form-data; boundary=X"}, body
            )
        )
        return answer.status, answer.json()

    assert upload({"helper": "numpyhelper", "name": "p"}) == (
        400,
        {"message": "Class 'PackageDTO' is missing field description"},
    )
    assert upload({"helper": "h", "name": "p", "description": "", "color": "red"}) == (
        400,
        {"message": "Invalid object"},
    )
    # FEDn's validator returns (instead of raising) its helper error: any helper is stored
    assert upload({"helper": "anything", "name": "p", "description": ""}) == (
        200,
        {"message": "Package uploaded"},
    )


def test_clients_attributes_and_telemetry() -> None:
    fake = FakeController(clients=1)
    status, assigned = raw(
        fake, "POST", "/api/v1/clients/add", {"client_id": "new", "name": "n", "package": "remote"}
    )
    assert (status, assigned["status"]) == (203, "retry")
    status, assigned = raw(fake, "POST", "/api/v1/clients/add", {"client_id": "new", "name": "n"})
    assert status == 200 and assigned["client_id"] == "new" and assigned["port"] == 12080
    assert raw(fake, "GET", "/api/v1/clients/new")[1]["status"] == "available"
    status, odd = raw(fake, "POST", "/api/v1/clients/add", {"name": "m", "combiner_preferred": "nope"})
    assert status == 200 and odd[1] == 400  # FEDn passes the status into jsonify
    assert raw(fake, "POST", "/api/v1/combiners/clients/count", {"combiners": ""})[1] == {
        "result": [{"combiner": "combiner", "count": 2}]
    }
    assert raw(fake, "POST", "/api/v1/attributes/", {"key": "k", "value": "v"}) == (
        400,
        {"message": "Class 'NodeDTO' is missing field name"},
    )
    sender = {"name": "client1", "role": "client", "client_id": "new"}
    for value in ("old", "new"):
        assert (
            raw(fake, "POST", "/api/v1/attributes/", {"key": "k", "value": value, "sender": sender})[0] == 201
        )
    assert raw(fake, "GET", "/api/v1/clients/new/attributes") == (200, {"k": "new"})
    assert raw(fake, "POST", "/api/v1/attributes/current", {"client_ids": ["new", "gone"]})[1] == {
        "new": {"k": "new"},
        "gone": "Entity with client_id: gone not found",
    }
    status, row = raw(fake, "POST", "/api/v1/telemetry/", {"key": "cpu", "value": 1, "sender": sender})
    assert status == 201 and row["value"] == 1.0 and row["sender"]["client_id"] == "new"
    assert raw(fake, "DELETE", "/api/v1/clients/new") == (200, {"message": "Client deleted"})
    assert raw(fake, "DELETE", "/api/v1/clients/new")[0] == 404


def test_model_routes(artefacts: tuple[Path, Path]) -> None:
    fake = FakeController(clients=1, time="instant")
    with ready(fake, artefacts) as client:
        client.start_session(name="m", rounds=2)
        trail = client.get_model_trail()
        latest = trail[-1].model_id
        status, chain = raw(fake, "GET", f"/api/v1/models/{latest}/ancestors", query="include_self=false")
        assert status == 200 and [m["model_id"] for m in chain] == [m.model_id for m in reversed(trail)]
        status, children = raw(fake, "GET", f"/api/v1/models/{trail[0].model_id}/descendants")
        assert [m["model_id"] for m in children] == [m.model_id for m in trail[1:]]
        assert raw(fake, "GET", "/api/v1/models/unknown/ancestors") == (200, [])
        assert raw(fake, "GET", "/api/v1/models/leaf-nodes")[0] == 500
        assert raw(fake, "GET", f"/api/v1/models/{latest}/parameters")[0] == 500
        assert raw(fake, "GET", "/api/v1/models/unknown/parameters")[0] == 404
        assert (
            raw(fake, "PATCH", f"/api/v1/models/{latest}", {"name": "renamed", "color": 1})[1]["name"]
            == "renamed"
        )
        assert raw(fake, "PUT", f"/api/v1/models/{latest}", {"name": "x", "color": 1}) == (
            400,
            {"message": "Invalid object"},
        )
        assert raw(fake, "PUT", f"/api/v1/models/{latest}", {"name": "x", "session_id": "none"})[0] == 500
        download = fake.handle(FakeRequest.of("GET", f"/api/v1/models/{latest}/download"))
        assert download.header("content-type") == "application/octet-stream"
        with np.load(io.BytesIO(download.body)) as npz:
            assert sorted(npz.files) == ["0", "1"]


def test_what_kills_the_combiners_round_loop(artefacts: tuple[Path, Path]) -> None:
    """Measured on the local network: unreadable aggregator kwargs (or requested_clients null)
    kill the combiner's round loop; rounds then hang until the combiner restarts."""
    fake = FakeController(clients=1)
    with ready(fake, artefacts) as client:
        seed = client.get_active_model()
        assert seed is not None
        body = {"session_config": config(seed.model_id, aggregator_kwargs="{'a': true}")}
        _, created = raw(fake, "POST", "/api/v1/sessions/", body)
        assert raw(fake, "POST", "/api/v1/sessions/start", {"session_id": created["session_id"]})[0] == 200
        for _ in range(3):
            assert client.get_controller_status().state == "monitoring"
        (pending,) = client.get_rounds().result
        assert pending.status == "Pending" and pending.to_dict()["combiners"] == []
        assert client.get_session(created["session_id"]).status == "Started"
        fake.restart_controller()
        later = client.start_session(name="later", rounds=1)
        client.get_controller_status()
        assert client.get_session(later.session_id).status == "Started"  # the combiner is still down
        fake.restart_combiner()
        fake.restart_controller()
        again = client.start_session(name="again", rounds=1)
        assert client.wait_for_session(again.session_id, poll_interval=0.001).status == "Finished"
