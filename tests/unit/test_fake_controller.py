"""``fedn.testing.FakeController``: the ways in, the routing, auth, faults and its own state.

The ways in: the sans-IO ``handle``, the httpx transport (sync and async clients), the threaded
server (``serve()``), the command line (``python -m fedn.testing serve``) and the pytest fixture
``fedn_fake`` (registered through the ``pytest11`` entry point, used here without a conftest).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, errors
from fedn.testing import FakeController, FakeRequest
from fedn.testing._routes import ROUTES, SPEC_OPERATIONS
from support.artefacts import make_artefacts
from support.conformance import load_spec


def test_the_fixture_comes_from_the_entry_point(fedn_fake: FakeController) -> None:
    assert isinstance(fedn_fake, FakeController)
    assert fedn_fake.handle(FakeRequest.of("GET", "/api/v1/clients/count")).json() == 2


def test_every_operation_of_the_spec_has_a_route_of_the_same_method_and_path() -> None:
    spec = load_spec()
    declared = {
        (method.upper(), path, op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    routed = {(r.method, r.template, r.operation_id) for r in ROUTES if r.in_spec}
    assert routed == declared
    assert len(SPEC_OPERATIONS) == len(declared)


def test_transport_serves_the_sync_and_the_async_client(tmp_path: Path) -> None:
    fake = FakeController(clients=["alice", "bob"])
    with APIClient("fake.example:1234", transport=fake.transport()) as client:
        clients = client.get_clients()
        assert sorted(c.name for c in clients.result) == ["alice", "bob"]
        config = client.get_client_config(checksum=False)
        assert (config.discover_host, config.discover_port) == ("fake.example", 1234)

    async def count() -> int:
        async with AsyncAPIClient("fake.example", transport=fake.transport()) as aclient:
            return await aclient.get_clients_count()

    import asyncio

    assert asyncio.run(count()) == 2
    assert [r.operation_id for r in fake.requests] == ["list_clients", "get_client_config", "count_clients"]


def test_serve_answers_over_http_on_loopback() -> None:
    fake = FakeController()
    with fake.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/health").text == "OK"
        with APIClient(url) as client:
            assert client.get_combiners_count() == 1
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/health", timeout=2)


def test_the_command_line_prints_its_url_first_and_stops_on_sigterm() -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "0"}
    process = subprocess.Popen(
        [sys.executable, "-m", "fedn.testing", "serve", "--port", "0", "--clients", "3"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/api/v1/clients/count", timeout=10).json() == 3
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0


def test_routing_like_werkzeug() -> None:
    fake = FakeController()
    redirect = fake.handle(FakeRequest.of("GET", "/api/v1/models", "", {"Host": "h:1"}))
    assert redirect.status == 308 and redirect.header("location") == "http://h:1/api/v1/models/"
    missing = fake.handle(FakeRequest.of("GET", "/api/v2/models/"))
    assert (
        missing.status == 404
        and missing.header(
            "content-type",
        )
        == "text/html; charset=utf-8"
    )
    wrong = fake.handle(FakeRequest.of("DELETE", "/api/v1/sessions/abc"))
    assert wrong.status == 405 and "PATCH" in (wrong.header("allow") or "")
    # a literal segment wins over the id
    assert fake.handle(FakeRequest.of("GET", "/api/v1/models/active")).status == 410
    # HEAD is GET without the body
    head = fake.handle(FakeRequest.of("HEAD", "/api/v1/clients/count"))
    assert head.status == 200 and head.body == b"" and head.header("content-length") == "2"
    assert (
        fake.handle(FakeRequest.of("GET", "/list_models"))
        .json()["message"]
        .startswith("This endpoint is deprecated")
    )


def test_auth_answers_fedns_401s() -> None:
    fake = FakeController(auth_token="admin-secret", client_token="client-secret")

    def status(path: str, authorization: str | None) -> tuple[int, str]:
        headers = {"Authorization": authorization} if authorization is not None else {}
        answer = fake.handle(FakeRequest.of("GET", path, "", headers))
        return answer.status, answer.json()["message"] if answer.status == 401 else ""

    assert status("/api/v1/clients/count", None) == (401, "Missing token")
    assert status("/api/v1/clients/count", "Token admin-secret") == (
        401,
        "Invalid token scheme, expected Bearer",
    )
    assert status("/api/v1/clients/count", "Bearer wrong") == (401, "Invalid token")
    assert status("/api/v1/clients/count", "Bearer client-secret") == (401, "Invalid token")
    assert status("/api/v1/clients/count", "Bearer admin-secret") == (200, "")
    # the client role's routes want the client token
    assert status("/api/v1/packages/checksum", "Bearer admin-secret") == (401, "Invalid token")
    assert status("/api/v1/packages/checksum", "Bearer client-secret")[0] == 404
    assert status("/health", None) == (200, "")
    assert status("/get_controller_status", None) == (401, "Missing token")
    # FEDn indexes the split header: a scheme alone is its HTML 500
    assert (
        fake.handle(FakeRequest.of("GET", "/api/v1/clients/", "", {"Authorization": "Bearer"})).status == 500
    )
    # the request log never keeps the token
    assert all("admin-secret" not in json.dumps(r.headers) for r in fake.requests)
    with APIClient("fake", token="admin-secret", transport=fake.transport()) as client:
        assert client.get_clients_count() == 2
    with (
        APIClient("fake", token="nope", transport=fake.transport()) as client,
        pytest.raises(errors.AuthenticationError),
    ):
        client.get_clients_count()


def test_fail_next_and_outage() -> None:
    fake = FakeController()
    fake.fail_next("count_clients", 503, times=2)
    with APIClient("fake", transport=fake.transport(), max_retries=0) as client:
        for _ in range(2):
            with pytest.raises(errors.ServerError) as info:
                client.get_clients_count()
            assert info.value.status_code == 503
        assert client.get_clients_count() == 2
        fake.fail_next("list_clients", 404, body={"message": "gone"})
        with pytest.raises(errors.NotFoundError, match="gone"):
            client.get_clients()
        with fake.outage(), pytest.raises(errors.APIConnectionError):
            client.get_clients_count()
        assert client.get_clients_count() == 2
    with pytest.raises(ValueError, match="unknown operation"):
        fake.fail_next("no_such_operation")
    with fake.serve() as url, fake.outage(), pytest.raises(httpx.HTTPError):
        httpx.get(f"{url}/health", timeout=5)


def test_same_seed_same_ids_and_reset_starts_over(tmp_path: Path) -> None:
    package, seed = make_artefacts(tmp_path)

    def run(fake: FakeController) -> list[str]:
        with APIClient("fake", transport=fake.transport()) as client:
            client.set_active_package(package, helper="numpyhelper")
            client.set_active_model(seed)
            started = client.start_session(name="s", rounds=2)
            client.wait_for_session(started.session_id, poll_interval=0.001)
            return [m.model_id for m in client.get_model_trail()] + [
                c.client_id for c in client.get_clients().result
            ]

    first, again = FakeController(seed=7), FakeController(seed=7)
    ids = run(first)
    assert ids == run(again)
    assert ids != run(FakeController(seed=8))
    first.reset()
    assert first.requests == [] and first.handle(FakeRequest.of("GET", "/api/v1/models/count")).json() == 0
    assert run(first) == ids


def test_timestamps_are_rfc1123_from_the_given_clock() -> None:
    fake = FakeController(clients=1, clock=lambda: dt.datetime(2026, 11, 27, 4, 35, 12, tzinfo=dt.UTC))
    client = fake.handle(FakeRequest.of("GET", "/api/v1/clients/")).json()["result"][0]
    assert client["committed_at"] == "Fri, 27 Nov 2026 04:35:12 GMT"


def test_client_status_changes_what_trains() -> None:
    fake = FakeController(clients=2)
    fake.set_client_status("client2", "offline")
    assert fake.handle(FakeRequest.of("GET", "/api/v1/clients/count", "status=online")).json() == 1
    fake.connect_client("carol")
    online = fake.handle(FakeRequest.of("GET", "/api/v1/clients/", "status=online")).json()
    assert sorted(c["name"] for c in online["result"]) == ["carol", "client1"]
    with pytest.raises(KeyError):
        fake.set_client_status("nobody", "online")


def test_constructor_checks_its_arguments() -> None:
    for bad in ("slow", -1.0, True):
        with pytest.raises(ValueError):
            FakeController(time=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="differ"):
        FakeController(clients=["a", "a"])
    for clients in ("alice", -1, True):
        with pytest.raises(ValueError, match="clients must be"):
            FakeController(clients=clients)  # type: ignore[arg-type]
    assert "secret" not in repr(FakeController(auth_token="secret"))
