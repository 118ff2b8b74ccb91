"""The tools users mock httpx with intercept both clients: respx, pytest-httpx and vcrpy.

They patch httpx's own transports (``httpx.HTTPTransport``, ``httpx.AsyncHTTPTransport``), which
both clients send through by default. The host ``ctl.test`` resolves nowhere, so a request a
tool failed to catch would end in an ``APIConnectionError``; vcrpy's replay runs after its
loopback server has stopped. pytest-httpx's ``httpx_mock`` fixture also fails a test whose
registered responses were not all requested, and one that sends an unregistered request.
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest
import respx
import vcr
from pytest_httpx import HTTPXMock

from fedn import APIClient, AsyncAPIClient, errors
from support.loopback import Loopback, send

HOST = "http://ctl.test:8092"
MODEL = {
    "committed_at": "Fri, 27 Nov 2026 05:10:10 GMT",
    "model": "080c3a26-c491-4edf-b459-069207763c20",
    "model_id": "080c3a26-c491-4edf-b459-069207763c20",
    "name": "seed-cb0810f0",
    "parent_model": None,
    "session_id": None,
    "updated_at": "Fri, 27 Nov 2026 05:10:10 GMT",
}
MISSING = {"message": "Entity not found"}
NO_MATCH = {"count": 0, "result": []}

# ---------------------------------------------------------------------------------- respx


def _respx_routes(mock: respx.MockRouter) -> tuple[respx.Route, respx.Route, respx.Route]:
    """A model by id; a 404 for another id, whose name lookup (get_model takes names too) finds none."""
    found = mock.get("/api/v1/models/080c3a26-c491-4edf-b459-069207763c20").respond(json=MODEL)
    missing = mock.get("/api/v1/models/gone").respond(404, json=MISSING)
    by_name = mock.get("/api/v1/models/", params={"name": "gone"}).respond(json=NO_MATCH)
    return found, missing, by_name


def test_respx_intercepts_the_sync_client() -> None:
    with respx.mock(base_url=HOST, assert_all_called=True) as mock:
        routes = _respx_routes(mock)
        with APIClient(HOST, environ={}) as client:
            model = client.get_model(MODEL["model"])
            with pytest.raises(errors.NotFoundError) as info:
                client.get_model("gone")
    assert model == MODEL and model.committed_at.year == 2026
    assert (info.value.status_code, info.value.message) == (404, "Entity not found")
    assert [route.call_count for route in routes] == [1, 1, 1]


async def test_respx_intercepts_the_async_client() -> None:
    with respx.mock(base_url=HOST, assert_all_called=True) as mock:
        routes = _respx_routes(mock)
        async with AsyncAPIClient(HOST, environ={}) as client:
            model = await client.get_model(MODEL["model"])
            with pytest.raises(errors.NotFoundError) as info:
                await client.get_model("gone")
    assert model == MODEL and model.committed_at.year == 2026
    assert (info.value.status_code, info.value.message) == (404, "Entity not found")
    assert [route.call_count for route in routes] == [1, 1, 1]


# ---------------------------------------------------------------------------------- pytest-httpx


def _register(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{HOST}/api/v1/models/count", json=7)
    httpx_mock.add_response(
        method="GET",
        url=f"{HOST}/api/v1/models/",
        match_headers={"X-Limit": "1"},
        json={"count": 7, "result": [MODEL]},
    )


def test_pytest_httpx_intercepts_the_sync_client(httpx_mock: HTTPXMock) -> None:
    _register(httpx_mock)
    with APIClient(HOST, environ={}) as client:
        assert client.get_models_count() == 7
        page = client.get_models(n_max=1)
    assert page["result"] == [MODEL] and page.result[0].name == "seed-cb0810f0"
    assert [str(request.url) for request in httpx_mock.get_requests()] == [
        f"{HOST}/api/v1/models/count",
        f"{HOST}/api/v1/models/",
    ]


async def test_pytest_httpx_intercepts_the_async_client(httpx_mock: HTTPXMock) -> None:
    _register(httpx_mock)
    async with AsyncAPIClient(HOST, environ={}) as client:
        assert await client.get_models_count() == 7
        page = await client.get_models(n_max=1)
    assert page["result"] == [MODEL] and page.result[0].name == "seed-cb0810f0"
    assert len(httpx_mock.get_requests()) == 2


# ---------------------------------------------------------------------------------- vcrpy


def _answer(handler: BaseHTTPRequestHandler) -> None:
    if handler.path.endswith("/count"):
        send(handler, 200, b"5", Content_Type="application/json")
    elif "?" in handler.path:  # the name lookup after the 404
        send(handler, 200, json.dumps(NO_MATCH).encode(), Content_Type="application/json")
    else:
        send(handler, 404, json.dumps(MISSING).encode(), Content_Type="application/json")


def _recorded(cassette: Path) -> list[str]:
    """The paths of the requests a cassette holds, in order."""
    uris = [line.split("uri: ", 1)[1] for line in cassette.read_text().splitlines() if "uri: " in line]
    return [httpx.URL(uri).raw_path.decode() for uri in uris]


#: What the vcrpy sessions send: the 404, the name lookup, the count.
SESSION_PATHS = ["/api/v1/models/gone", "/api/v1/models/?name=gone", "/api/v1/models/count"]


def test_vcrpy_records_and_replays_the_sync_client(tmp_path: Path) -> None:
    cassette = tmp_path / "sync.yaml"

    def session(url: str) -> tuple[int, errors.FednError]:
        with APIClient(url, environ={}, max_retries=0) as client:
            with pytest.raises(errors.NotFoundError) as info:
                client.get_model("gone")
            return client.get_models_count(), info.value

    with Loopback(_answer) as server, vcr.use_cassette(str(cassette), record_mode="once"):
        recorded = session(server.url)
    with vcr.use_cassette(str(cassette), record_mode="none"):  # the server is gone: only the cassette answers
        replayed = session(server.url)
    assert [path for _, path, _ in server.requests] == _recorded(cassette) == SESSION_PATHS
    assert recorded[0] == replayed[0] == 5
    assert str(recorded[1]) == str(replayed[1]) and replayed[1].status_code == 404


async def test_vcrpy_records_and_replays_the_async_client(tmp_path: Path) -> None:
    cassette = tmp_path / "async.yaml"

    async def session(url: str) -> tuple[int, errors.FednError]:
        async with AsyncAPIClient(url, environ={}, max_retries=0) as client:
            with pytest.raises(errors.NotFoundError) as info:
                await client.get_model("gone")
            return await client.get_models_count(), info.value

    with Loopback(_answer) as server, vcr.use_cassette(str(cassette), record_mode="once"):
        recorded = await session(server.url)
    with vcr.use_cassette(str(cassette), record_mode="none"):
        replayed = await session(server.url)
    assert [path for _, path, _ in server.requests] == _recorded(cassette) == SESSION_PATHS
    assert recorded[0] == replayed[0] == 5
    assert str(recorded[1]) == str(replayed[1]) and replayed[1].status_code == 404


def test_a_request_no_tool_catches_goes_to_the_network() -> None:
    """The counter-proof: no tool, no answer from ``ctl.test`` (so the tests above prove interception)."""
    with (
        APIClient(HOST, environ={}, max_retries=0, timeout=5) as client,
        pytest.raises(errors.APIConnectionError) as info,
    ):
        client.get_models_count()
    assert isinstance(info.value.__cause__, httpx.ConnectError)
