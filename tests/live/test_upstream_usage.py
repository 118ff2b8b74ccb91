"""FEDn's own habits, run against the local network as its CI tests, examples and notebooks write them.

Every usage here is one that FEDn 0.33.0's repository relies on with FEDn's own client (its
``.ci/tests`` scripts, ``examples/async-clients``, ``examples/server-functions``, the API
tutorials): results read as plain JSON dicts (item access, ``json.dumps``, ``yaml``, ``==``,
``strptime`` on timestamps), ``start_session`` answers ``message`` and ``session_id``, the
combiner is fetched by its name. Each result is also compared with the exact JSON body the
server sent for that very call (recorded by the transport), so "the server's JSON" is checked
literally, not against a second request.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from fedn import APIClient
from support.conformance import RecordingTransport
from support.e2e import copy_artefacts, poll, wait_idle

State = dict[str, Any]
HTTP_DATE = "%a, %d %b %Y %H:%M:%S %Z"  # how FEDn's async-clients example parses committed_at


@pytest.fixture(scope="module")
def recorded(
    fedn_network: State, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[APIClient, RecordingTransport]]:
    """A client whose transport records the server's JSON; the network has a package and a seed."""
    transport = RecordingTransport()
    with APIClient(
        fedn_network["controller_url"], token=fedn_network["token"], transport=transport
    ) as client:
        package, seed = copy_artefacts(fedn_network, tmp_path_factory.mktemp("upstream"))
        wait_idle(client)
        client.set_active_package(package, helper="numpyhelper")
        client.set_active_model(seed)
        yield client, transport


@pytest.fixture(scope="module")
def finished(recorded: tuple[APIClient, RecordingTransport], fedn_network: State) -> dict[str, Any]:
    """A one-round session run the way FEDn's async-clients example runs one; what it returned."""
    client, _ = recorded
    wait_idle(client)
    active_model = client.get_active_model()
    assert active_model is not None
    session_config = {
        "helper": "numpyhelper",
        "name": f"upstream-usage-{uuid.uuid4().hex[:4]}",
        "aggregator": "fedavg",
        "round_timeout": 60,
        "rounds": 1,
        "validate": True,
        "model_id": active_model["model"],
    }
    session = client.start_session(**session_config)
    assert session["message"] == "Session started"
    session_id = session["session_id"]
    deadline = time.monotonic() + 300
    while not client.session_is_finished(session_id):
        assert time.monotonic() < deadline, client.get_session_status(session_id)
        time.sleep(0.5)
    wait_idle(client)
    poll(
        "the session's validations",
        lambda: client.get_validations(session_id=session_id)["count"],
        lambda n: n >= len(fedn_network["clients"]),
    )
    return {"result": session, "session_id": session_id, "name": session_config["name"]}


def as_sent(transport: RecordingTransport, call: Callable[[], Any]) -> tuple[Any, Any]:
    """(result of ``call``, the JSON body the server sent for its last request)."""
    before = len(transport.bodies)
    result = call()
    assert len(transport.bodies) > before, "the call received no JSON answer"
    return result, transport.bodies[-1]


def assert_is_the_json(result: Any, body: Any) -> None:
    """The result behaves exactly like the server's JSON with FEDn's own client."""
    assert isinstance(result, dict | list | int | str)
    assert result == body
    assert json.loads(json.dumps(result)) == body
    assert yaml.safe_load(yaml.safe_dump(result)) == body
    assert yaml.safe_load(yaml.dump(result)) == body  # FEDn's CI writes configs with yaml.dump
    assert print_form(result) == print_form(body)


def print_form(value: Any) -> str:
    return f"{value}"


def test_start_session_answers_like_upstream(
    finished: dict[str, Any], recorded: tuple[APIClient, Any]
) -> None:
    """FEDn's CI tests and run_experiment.py check ``result["message"]`` and read ``session_id``."""
    client, _ = recorded
    result = finished["result"]
    assert result["message"] == "Session started", (
        f"Expected status 'Session started', got {result['message']}"
    )
    assert result["session_id"] == finished["session_id"] == result.session_id
    assert json.loads(json.dumps(result))["message"] == "Session started"
    session_obj = client.get_session(finished["session_id"])
    assert session_obj["status"] == "Finished"
    config = session_obj["session_config"]
    assert config["round_timeout"] == 60 and config["buffer_size"] == -1
    assert client.get_session_status(finished["session_id"]) == "Finished"


def test_continue_session_answers_like_upstream(
    finished: dict[str, Any], recorded: tuple[APIClient, Any]
) -> None:
    client, _ = recorded
    wait_idle(client)
    result = client.continue_session(finished["session_id"], rounds=1, round_timeout=60)
    assert result["message"] == "Session started"
    assert result["session_id"] == finished["session_id"]
    done = client.wait_for_session(finished["session_id"], timeout=300, poll_interval=0.5)
    assert done["status"] == "Finished"
    wait_idle(client)


def test_get_methods_as_fedns_ci_test_reads_them(
    finished: dict[str, Any], recorded: tuple[APIClient, RecordingTransport]
) -> None:
    """The CI api test: truthy results, counts equal to ``len(result)``, item access by JSON names."""
    client, _ = recorded
    clients = client.get_clients()
    assert clients and clients["count"] == len(clients["result"]) == client.get_clients_count()
    client_id = clients["result"][0]["client_id"]
    assert client.get_client(client_id)["client_id"] == client_id
    assert client.get_active_clients()
    combiner = client.get_combiner("combiner")  # the combiner's *name*: its id is a UUID
    assert combiner and combiner["name"] == "combiner"
    assert client.get_combiner(combiner["combiner_id"]) == combiner
    combiners = client.get_combiners()
    assert combiners["count"] == len(combiners["result"]) == client.get_combiners_count()
    assert client.get_controller_status()
    models = client.get_models()
    assert models and models["count"] == len(models["result"]) == client.get_models_count()
    assert client.get_active_model()
    assert client.get_packages() and client.get_active_package() and client.get_package_checksum()
    rounds = client.get_rounds()
    assert rounds["count"] == len(rounds["result"]) == client.get_rounds_count()
    sessions = client.get_sessions()
    session = client.get_session(id=sessions["result"][0]["session_id"])
    assert session["session_id"] == sessions["result"][0]["session_id"]
    # statuses and validations of a finished session can still be landing: read until they settle
    for name in ("statuses", "validations"):

        def read(name: str = name) -> tuple[Any, int]:
            return getattr(client, f"get_{name}")(), getattr(client, f"get_{name}_count")()

        listed, total = poll(
            f"{name} to settle", read, lambda found: found[0]["count"] == len(found[0]["result"]) == found[1]
        )
        assert listed and total
    for round_ in client.get_rounds()["result"]:
        if round_["round_config"] and round_["round_config"]["session_id"] == finished["session_id"]:
            combiner_data = round_["combiners"][0]["data"]
            assert combiner_data["aggregation_time"]["nr_aggregated_models"] >= 1


def test_every_result_is_the_servers_json(
    finished: dict[str, Any], recorded: tuple[APIClient, RecordingTransport]
) -> None:
    """``==``, ``json.dumps``, ``yaml`` and ``print`` give what the server's own JSON gives."""
    client, transport = recorded
    session_id = finished["session_id"]
    model = client.get_models(session_id=session_id)["result"][0]
    validation = client.get_validations(session_id=session_id)["result"][0]
    status = client.get_statuses(session_id=session_id)["result"][0]
    round_id = client.get_rounds()["result"][0]["round_id"]
    clients = client.get_clients()["result"]
    calls: dict[str, Callable[[], Any]] = {
        "get_clients": client.get_clients,
        "get_client": lambda: client.get_client(clients[0]["client_id"]),
        "get_active_clients": client.get_active_clients,
        "get_client_config": lambda: client.get_client_config(checksum=True),
        "get_combiners": client.get_combiners,
        "get_combiner": lambda: client.get_combiner(client.get_combiners()["result"][0]["combiner_id"]),
        "get_controller_status": client.get_controller_status,
        "get_models": client.get_models,
        "get_model": lambda: client.get_model(model["model_id"]),
        "get_active_model": client.get_active_model,
        "get_packages": client.get_packages,
        "get_active_package": client.get_active_package,
        "get_package_checksum": client.get_package_checksum,
        "get_rounds": client.get_rounds,
        "get_round": lambda: client.get_round(round_id),
        "get_sessions": client.get_sessions,
        "get_session": lambda: client.get_session(session_id),
        "get_statuses": lambda: client.get_statuses(session_id=session_id),
        "get_status": lambda: client.get_status(status["status_id"]),
        "get_validations": lambda: client.get_validations(session_id=session_id),
        "get_validation": lambda: client.get_validation(validation["validation_id"]),
        "get_predictions": client.get_predictions,
        "get_current_attributes": lambda: client.get_current_attributes([c["client_id"] for c in clients]),
    }
    for name, call in calls.items():
        result, body = as_sent(transport, call)
        if name == "get_active_model":  # upstream returns the first item of the list answer
            body = body["result"][0]
        try:
            assert_is_the_json(result, body)
        except AssertionError as err:
            raise AssertionError(f"{name}: {err}") from err
    trail, ancestors = as_sent(transport, lambda: client.get_model_trail(model["model_id"]))
    assert trail == list(reversed(ancestors))  # seed -> latest, the server's JSON items
    assert_is_the_json(trail, list(reversed(ancestors)))


def test_timestamps_read_as_the_servers_strings(
    recorded: tuple[APIClient, Any], finished: dict[str, Any]
) -> None:
    """FEDn's client_participation.py sorts sessions by ``strptime`` on ``committed_at``."""
    client, _ = recorded
    sessions = client.get_sessions()

    def parse_date(date_str: str) -> datetime:
        try:
            return datetime.strptime(date_str, HTTP_DATE)
        except (ValueError, TypeError):
            return datetime(1900, 1, 1, tzinfo=timezone.utc)  # noqa: UP017 - as the example writes it

    latest = sorted(sessions["result"], key=lambda x: parse_date(x.get("committed_at", "")), reverse=True)
    assert all(parse_date(s["committed_at"]).year > 2000 for s in latest)
    ours = next(s for s in latest if s["session_id"] == finished["session_id"])
    assert parse_date(ours["committed_at"]) == ours.committed_at.replace(tzinfo=None)  # typed view agrees


def test_client_config_round_trips_through_fedns_yaml_reader(
    recorded: tuple[APIClient, Any], tmp_path: Path
) -> None:
    """FEDn's CI writes the client config with ``yaml.dump``; FEDn's clients read it with ``safe_load``."""
    client, transport = recorded
    config, body = as_sent(transport, lambda: client.get_client_config(checksum=True))
    path = tmp_path / "client.yaml"
    with open(path, "w") as f:
        f.write(yaml.dump(config))
    assert yaml.safe_load(path.read_text()) == body
    assert "!!python" not in path.read_text()


def test_attributes_print_as_json(recorded: tuple[APIClient, RecordingTransport]) -> None:
    """FEDn's send_attributes.py prints ``json.dumps(result, indent=2)`` of ``add_attributes``."""
    client, transport = recorded
    client_id = client.get_clients()["result"][0]["client_id"]
    attribute_payload = {
        "key": "charging",
        "value": "True",
        "sender": {"name": "", "role": "", "client_id": client_id},
    }
    result, body = as_sent(transport, lambda: client.add_attributes(attribute_payload))
    assert json.dumps(result, indent=2) == json.dumps(body, indent=2)
    assert result["key"] == "charging" and result.sender.client_id == client_id
    current = client.get_current_attributes([client_id])
    assert current[client_id]["charging"] == "True"
    assert json.loads(json.dumps(current)) == current
