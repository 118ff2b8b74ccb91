"""What FEDn 0.33 does that a client meets, asserted the same way on the server and on the fake.

docs/local-network.md lists the server's quirks; the fake (fedn.testing) reproduces them from a
reading of the server's source. These tests pin both down at once: each runs against the three
targets (tests/support/targets.py), through raw HTTP where the facade would check first. What
disturbs the network (no active package, a helper set before any package, a session that hangs)
happens on a target of its own (``target.fresh()``: a new network for the live target).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from fedn import APIClient
from support.e2e import one_session_run, poll, run_session, wait_idle
from support.targets import Target

Json = Any


@pytest.fixture(scope="module")
def api(target: Target) -> Iterator[APIClient]:
    """A client of the target with the package and the seed uploaded and one session run."""
    with target.client() as client:
        one_session_run(client, target.package, target.seed, len(target.clients), "quirks")
        yield client


@pytest.fixture(scope="module")
def http(target: Target) -> Iterator[httpx.Client]:
    """Raw HTTP to the target, with its admin token."""
    headers = {"Authorization": f"Bearer {target.token}"} if target.token else {}
    with target.http(headers=headers, timeout=60) as client:
        yield client


@pytest.fixture(scope="module")
def disposable(target: Target) -> Target:
    """A target of its own with nothing uploaded (a new network for the live target)."""
    assert target.fresh is not None
    return target.fresh()


def session_config(model_id: str, **changes: Any) -> dict[str, Any]:
    """A complete session config (FedAvg, one round, one client required), with ``changes``."""
    return {
        "aggregator": "fedavg", "round_timeout": 60, "buffer_size": -1, "delete_models_storage": True,
        "clients_required": 1, "requested_clients": 8, "validate": True, "helper_type": "numpyhelper",
        "model_id": model_id, "rounds": 1, **changes,
    }  # fmt: skip


def answer(response: httpx.Response) -> tuple[int, Json]:
    ctype = response.headers.get("content-type", "")
    return response.status_code, response.json() if ctype.startswith("application/json") else response.text


def test_filter_values_compare_as_postgresql_compares_them(api: APIClient, http: httpx.Client) -> None:
    count = "/api/v1/combiners/count"
    assert answer(http.get(count, params={"port__gt": "1"})) == (200, 1)  # an integer column
    assert answer(http.get(count, params={"port__lt": "1.5"})) == (200, 0)
    assert http.get(count, params={"port": "abc"}).status_code == 500  # text against an integer
    assert http.get(count, params={"name": "2024"}).status_code == 500  # a number against text
    assert http.get(count, params={"committed_at__lt": "2030-01-01"}).status_code == 500
    assert answer(http.get(count, params={"fqdn": "null"})) == (200, 1)
    assert http.get(count, params={"name__gt": "null"}).status_code == 500  # SQLAlchemy: no col > NULL
    assert answer(http.get(count, params={"combiner_id": "nope", "unknown": "x"})) == (200, 0)
    # a boolean column takes nothing but null
    assert http.get("/api/v1/models/count", params={"active": "false"}).status_code == 500
    # a relationship is no column
    assert http.get("/api/v1/sessions/count", params={"session_config": "x"}).status_code == 500


def test_post_filter_bodies(api: APIClient, http: httpx.Client) -> None:
    combiner = api.get_combiners().result[0].name
    assert answer(http.post("/api/v1/combiners/count", json={"name": combiner})) == (200, 1)
    assert http.post("/api/v1/combiners/list", json={"name": f"{combiner},other"}).status_code == 500
    assert http.post("/api/v1/combiners/count", json={"port": None}).status_code == 500
    assert answer(http.post("/api/v1/combiners/count", json=["not", "an", "object"]))[0] == 200


def test_the_validations_count_ignores_dotted_sender_names(
    api: APIClient, http: httpx.Client, target: Target
) -> None:
    sender = target.clients[0]
    listed = http.get("/api/v1/validations/", params={"sender.name": sender}).json()
    everyone = answer(http.get("/api/v1/validations/count"))[1]
    assert {v["sender"]["name"] for v in listed["result"]} == {sender}
    assert (
        listed["count"]
        == everyone
        == answer(http.get("/api/v1/validations/count", params={"sender.name": sender}))[1]
    )
    by_column = answer(http.get("/api/v1/validations/count", params={"sender_name": sender}))[1]
    assert by_column == len(listed["result"]) < everyone or len(target.clients) == 1


def test_routing_answers(api: APIClient, http: httpx.Client) -> None:
    redirect = http.get("/api/v1/models")
    assert redirect.status_code == 308 and redirect.headers["location"].endswith("/api/v1/models/")
    missing = http.get("/api/v2/models/")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    wrong = http.delete("/api/v1/sessions/x")
    assert wrong.status_code == 405 and "PATCH" in wrong.headers["allow"]
    assert answer(http.get("/list_models"))[0] == 410
    assert answer(http.post("/delete_model_trail")) == (501, {"message": "Not implemented"})
    assert answer(http.get("/health")) == (200, "OK")
    head = http.head("/api/v1/combiners/count")
    assert head.status_code == 200 and head.content == b""


def test_model_routes(api: APIClient, http: httpx.Client) -> None:
    trail = api.get_model_trail()
    latest, seed = trail[-1].model_id, trail[0].model_id
    chain = http.get(f"/api/v1/models/{latest}/ancestors", params={"include_self": "false"}).json()
    assert [m["model_id"] for m in chain[:2]] == [latest, trail[-2].model_id]  # itself first, always
    assert chain[-1]["model_id"] == seed or len(chain) == 10
    children = http.get(f"/api/v1/models/{trail[-2].model_id}/descendants").json()
    assert [m["model_id"] for m in children] == [latest]
    assert answer(http.get("/api/v1/models/no-such-model/descendants")) == (200, [])
    assert http.get("/api/v1/models/leaf-nodes").status_code == 500
    assert http.get(f"/api/v1/models/{latest}/parameters").status_code == 500
    assert http.get("/api/v1/models/no-such-model/parameters").status_code == 404
    assert answer(http.put(f"/api/v1/models/{latest}", json={"name": "x", "color": 1})) == (
        400,
        {"message": "Invalid object"},
    )
    assert http.put(f"/api/v1/models/{latest}", json={"name": "x", "session_id": "none"}).status_code == 500
    download = http.get(f"/api/v1/models/{latest}/download")
    assert download.status_code == 200 and download.headers["content-type"] == "application/octet-stream"


def test_session_routes_refuse_as_the_dto_does(api: APIClient, http: httpx.Client) -> None:
    seed = api.get_model_trail()[0].model_id
    config = session_config(seed)
    sessions = "/api/v1/sessions/"
    assert answer(http.post(sessions, json={"session_config": {**config, "aggregator": ""}})) == (
        400,
        {"message": "Validation failed for field 'aggregator' with message: Aggregator is required"},
    )
    missing = {k: v for k, v in config.items() if k != "helper_type"}
    assert answer(http.post(sessions, json={"session_config": missing})) == (
        400,
        {"message": "Class 'SessionConfigDTO' is missing field helper_type"},
    )
    assert answer(http.post(sessions, json={"session_config": config, "surprise": 1})) == (
        400,
        {"message": "Invalid object"},
    )
    assert (
        http.post(sessions, json={"session_config": {**config, "model_id": "no-such-model"}}).status_code
        == 500
    )
    assert answer(http.post("/api/v1/sessions/start", json={})) == (
        400,
        {"message": "Session ID is required"},
    )
    assert answer(http.post("/api/v1/sessions/start", json={"session_id": "nope"})) == (
        400,
        {"message": "Session with specified ID does not exist"},
    )
    created = http.post(sessions, json={"session_config": {**config, "clients_required": 99}}).json()
    assert answer(http.post("/api/v1/sessions/start", json={"session_id": created["session_id"]})) == (
        400,
        {"message": "Number of available clients is lower than the required minimum of 99"},
    )


def test_every_online_client_trains_whatever_requested_clients_says(api: APIClient, target: Target) -> None:
    started = run_session(api, name=f"requested-{uuid.uuid4().hex[:6]}", rounds=1, requested_clients=1)
    validations = poll(
        "the session's validations",
        lambda: api.get_validations(session_id=started.session_id),
        lambda v: v.count >= len(target.clients),
    )
    assert {v.sender.name for v in validations.result if v.sender} == set(target.clients)
    (round_json,) = [
        r.to_dict()
        for r in api.get_rounds(n_max=50).result
        if r.round_config and r.round_config.session_id == started.session_id
    ]
    assert round_json["combiners"][0]["data"]["nr_expected_updates"] == len(target.clients)
    assert round_json["combiners"][0]["config"]["server_functions"] == "None"


def test_fedopt_parameters_its_schema_refuses_fail_every_round(api: APIClient, http: httpx.Client) -> None:
    seed = api.get_model_trail()[0].model_id
    config = session_config(seed, aggregator="fedopt", aggregator_kwargs="{'learning_rate': 1}")
    wait_idle(api)
    created = http.post(
        "/api/v1/sessions/", json={"name": f"bad-{uuid.uuid4().hex[:6]}", "session_config": config}
    )
    session_id = created.json()["session_id"]
    assert answer(http.post("/api/v1/sessions/start", json={"session_id": session_id})) == (
        200,
        {"message": "Session started"},
    )
    done = api.wait_for_session(session_id, timeout=300, poll_interval=0.5)
    wait_idle(api)
    assert done.status == "Finished"
    assert api.get_models(session_id=session_id).count == 0
    rounds = [
        r
        for r in api.get_rounds(n_max=50).result
        if r.round_config and r.round_config.session_id == session_id
    ]
    assert [r.status for r in rounds] == ["Failed"]


def test_clients_attributes_and_telemetry(api: APIClient, http: httpx.Client, target: Target) -> None:
    client_http = target.http(
        headers={"Authorization": f"Bearer {target.client_token}"} if target.client_token else {}, timeout=60
    )
    new_id = f"quirk-{uuid.uuid4().hex[:6]}"
    with client_http:
        status, assigned = answer(
            client_http.post("/api/v1/clients/add", json={"client_id": new_id, "name": new_id})
        )
        assert status == 200 and assigned["status"] == "assigned" and assigned["client_id"] == new_id
        status, odd = answer(
            client_http.post("/api/v1/clients/add", json={"name": "x", "combiner_preferred": "nope"})
        )
        assert status == 200 and odd[1] == 400 and odd[0]["success"] is False
    assert http.get(f"/api/v1/clients/{new_id}").json()["status"] == "available"
    counts = http.post("/api/v1/combiners/clients/count", json={"combiners": ""}).json()["result"]
    assert sum(c["count"] for c in counts) == api.get_clients_count()
    assert answer(http.post("/api/v1/attributes/", json={"key": "k", "value": "v"})) == (
        400,
        {"message": "Class 'NodeDTO' is missing field name"},
    )
    sender = {"name": new_id, "role": "client", "client_id": new_id}
    for value in ("old", "new"):
        assert (
            http.post("/api/v1/attributes/", json={"key": "k", "value": value, "sender": sender}).status_code
            == 201
        )
    assert answer(http.get(f"/api/v1/clients/{new_id}/attributes")) == (200, {"k": "new"})
    status, row = answer(http.post("/api/v1/telemetry/", json={"key": "cpu", "value": 1, "sender": sender}))
    assert status == 201 and row["value"] == 1.0
    assert answer(http.delete(f"/api/v1/clients/{new_id}")) == (200, {"message": "Client deleted"})


def test_each_client_reports_a_prediction_request_under_its_id(api: APIClient, target: Target) -> None:
    latest = api.get_model_trail()[-1].model_id
    prediction_id = f"predict-{uuid.uuid4().hex[:6]}"
    api.start_predictions(prediction_id=prediction_id, model_id=latest)
    rows = poll(
        "every client's prediction",
        lambda: api.get_predictions(
            model_id=latest, **{"id__gte": prediction_id, "id__lt": prediction_id + "~"}
        ),
        lambda p: p.count >= len(target.clients),
    )
    assert {p.prediction_id for p in rows.result} == {f"{prediction_id}:{name}" for name in target.clients}
    statuses = api.get_statuses(session_id=prediction_id).result
    assert {(s["type"], s["status"], s["log_level"]) for s in statuses} == {
        ("MODEL_PREDICTION", "Received request from combiner.", "AUDIT")
    }
    assert sorted(s.sender.name for s in statuses if s.sender) == sorted(target.clients)
    # the row carries the request's correlation id
    requests = {json.loads(s.data)["correlationId"] for s in statuses if s.data}
    assert {p.correlation_id for p in rows.result} == requests


def test_predictions_without_a_model_are_answered_and_never_made(api: APIClient, http: httpx.Client) -> None:
    prediction_id = f"nomodel-{uuid.uuid4().hex[:6]}"
    assert answer(http.post("/api/v1/predictions/start", json={"prediction_id": prediction_id})) == (
        200,
        {"message": "Prediction session started"},
    )
    assert answer(http.post("/api/v1/predictions/start", json={})) == (
        400,
        {"message": "prediction_id is required"},
    )
    assert (
        http.post("/api/v1/predictions/start", json={"prediction_id": "p", "model_id": "none"}).status_code
        == 404
    )
    wait_idle(api)
    for _ in range(3):
        assert api.get_predictions(**{"id__gte": prediction_id, "id__lt": prediction_id + "~"}).count == 0


def test_package_quirks_on_a_network_of_their_own(disposable: Target) -> None:
    headers = {"Authorization": f"Bearer {disposable.token}"} if disposable.token else {}
    with disposable.http(headers=headers, timeout=60) as http, disposable.client() as api:
        # FEDn's own client sets the helper before any package: a package row without a file
        assert answer(http.put("/api/v1/helpers/active", json={"helper": "numpyhelper"})) == (
            200,
            {"message": "Active helper set"},
        )
        assert http.get("/api/v1/packages/").status_code == 500
        assert http.get("/api/v1/helpers/active").status_code == 500
        assert answer(http.put("/api/v1/helpers/active", json={"helper": "torch"}))[0] == 400
        # a real package becomes active; making it active again deactivates it
        api.set_active_package(disposable.package, helper="numpyhelper")
        package = http.get("/api/v1/packages/active").json()
        assert package["file_name"] == "package.tgz" and package["storage_file_name"].endswith(".tgz")
        assert answer(http.put("/api/v1/packages/active", json={"id": package["package_id"]}))[0] == 200
        assert answer(http.get("/api/v1/packages/active")) == (404, {"message": "Entity not found"})
        assert answer(http.put("/api/v1/packages/active", json={"id": "nope"})) == (
            500,
            {"message": "Active package not set"},
        )
        assert answer(http.delete("/api/v1/packages/active")) == (404, {"message": "Entity not found"})


def test_an_aggregator_the_combiner_cannot_load_hangs_the_controller(disposable: Target) -> None:
    with disposable.client() as api:
        api.set_active_package(disposable.package, helper="numpyhelper")
        api.set_active_model(disposable.seed)
        seed = api.get_model_trail()[0].model_id
        config = session_config(seed, aggregator="fedprox")
        http = api.httpx_client
        session_id = http.post("/api/v1/sessions/", json={"session_config": config}).json()["session_id"]
        assert http.post("/api/v1/sessions/start", json={"session_id": session_id}).status_code == 200
        # the server's session thread may not have begun when the start is answered
        poll("the controller monitoring", api.get_controller_status, lambda s: s.state == "monitoring", 60)
        states = [api.get_controller_status().state for _ in range(4)]
        assert set(states) == {"monitoring"} and api.get_session(session_id).status == "Created"
        assert json.loads(http.post("/api/v1/sessions/start", json={"session_id": session_id}).text) == {
            "message": "A session is already running!"
        }
