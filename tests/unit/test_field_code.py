"""Code written for FEDn's client in other projects, as its authors wrote it (no network).

The connection arguments as loose as upstream's (a port given as a string, also read from
``os.environ``), upstream's ``_get_url``, FEDn 0.8's ``start_session(session_id=...)``, and the
error paths of ``start_session(..., wait_for_idle=...)`` and of the FEDn 0.30 diagnosis through a
mock transport. The live tier runs the same habits against the server
(tests/live/test_field_code.py); the aliases' request shapes are in tests/support/requests_table.py.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, RetryPolicy, errors
from support.requests_table import TOKEN, envelope, session

Handler = Callable[[httpx.Request], httpx.Response]


def no_request(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.method} {request.url}")


def upstream_get_url(host: str, port: object, secure: bool, endpoint: str) -> str:
    """FEDn 0.33's ``APIClient._get_url`` (fedn/network/api/client.py), restated for the comparison."""
    protocol = "https" if secure else "http"
    host = host.split("://")[1] if "://" in host else host
    return f"{protocol}://{host}:{port}/{endpoint}" if port else f"{protocol}://{host}/{endpoint}"


# --- the port ------------------------------------------------------------------------------


def test_a_port_string_from_a_notebook_is_the_port() -> None:
    # fedn-sandbox's API_Example.ipynb
    client = APIClient("api-server", port="8092", environ={})
    assert client.base_url == "http://api-server:8092"
    assert client.base_url == APIClient("api-server", port=8092, environ={}).base_url


@pytest.mark.parametrize("exported", [None, "8093"])
def test_host_and_port_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, exported: str | None
) -> None:
    monkeypatch.delenv("FEDN_SERVER_HOST", raising=False)
    if exported is None:
        monkeypatch.delenv("FEDN_SERVER_PORT", raising=False)
    else:
        monkeypatch.setenv("FEDN_SERVER_PORT", exported)
    # as the project wrote it: the default is an int, the exported value a string
    client = APIClient(
        os.environ.get("FEDN_SERVER_HOST", "localhost"), os.environ.get("FEDN_SERVER_PORT", 8092)
    )
    assert client.base_url == f"http://localhost:{exported or 8092}"


FULLWIDTH_8092 = "\uff18\uff10\uff19\uff12"  # digits to str.isdigit(), not to a URL
NOT_PORTS = ["80a", " 8092", "8092 ", "", "0", "70000", "-1", FULLWIDTH_8092, "0x1f", 8092.0, True, b"8092"]


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
@pytest.mark.parametrize("port", NOT_PORTS)
def test_anything_else_is_invalid_input_before_any_request(cls: type[APIClient], port: object) -> None:
    with pytest.raises(errors.InvalidInputError, match=r"port must be an integer in 1\.\.65535 or a string"):
        cls("localhost", port=port, transport=httpx.MockTransport(no_request), environ={})  # type: ignore[arg-type]


def test_a_port_string_and_a_host_port_must_agree() -> None:
    assert APIClient("h:8092", port="8092", environ={}).base_url == "http://h:8092"
    with pytest.raises(errors.InvalidInputError, match="host gives port 8092 but port=9000"):
        APIClient("h:8092", port="9000", environ={})


# --- _get_url ------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
@pytest.mark.parametrize(
    ("host", "port", "secure"),
    [
        ("localhost", 8092, False),
        ("localhost", "8092", False),
        ("api-server", None, False),
        ("fedn.example.com", None, True),
        ("https://fedn.example.com", None, True),
        ("http://127.0.0.1", "8092", False),
    ],
)
def test_get_url_has_upstreams_format(
    cls: type[APIClient], host: str, port: int | str | None, secure: bool
) -> None:
    client = cls(host, port=port, secure=secure, environ={})
    for endpoint in ("set_package", "get_controller_status", "api/v1/models/"):
        assert client._get_url(endpoint) == upstream_get_url(host, port, secure, endpoint)
    assert client._get_url_api_v1("models/") == upstream_get_url(host, port, secure, "api/v1/models/")


def test_get_url_keeps_a_path_prefix() -> None:
    client = APIClient("https://studio.example.com/project-x", environ={})
    assert (
        client._get_url("get_controller_status")
        == "https://studio.example.com/project-x/get_controller_status"
    )


# --- start_session(session_id=...) --------------------------------------------------------


Reply = tuple[int, object]  # (status, JSON body): a fresh httpx.Response is made for every request


def recorded(*replies: Reply) -> tuple[list[tuple[str, str, dict[str, str]]], Handler]:
    """A handler answering ``replies`` in order, and the (method, path, query) it saw."""
    seen: list[tuple[str, str, dict[str, str]]] = []
    queue = list(replies)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path, dict(request.url.params)))
        assert queue, f"unexpected extra request {request.method} {request.url}"
        status, body = queue.pop(0)
        return httpx.Response(status, json=body)

    return seen, handler


def sync_client(handler: Handler, sleeps: list[float] | None = None) -> APIClient:
    retry = RetryPolicy(max_retries=0, sleep=(sleeps if sleeps is not None else []).append)
    return APIClient(
        "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(handler), environ={}, retry=retry
    )


def async_client(handler: Handler, sleeps: list[float]) -> AsyncAPIClient:
    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    retry = RetryPolicy(max_retries=0, async_sleep=record)
    return AsyncAPIClient(
        "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(handler), environ={}, retry=retry
    )


def json_reply(value: object, status: int = 200) -> Reply:
    return status, value


STATE_IDLE = json_reply({"state": "idle"})
STATE_MONITORING = json_reply({"state": "monitoring"})
NONE_STARTED = json_reply(envelope())
STARTED_ELSEWHERE = json_reply(envelope(session("s0", "first", "Started")))


def test_session_id_through_a_config_dict_names_the_session_and_warns() -> None:
    created = session(name="experiment-1")
    seen, handler = recorded(
        STATE_IDLE,
        json_reply(created, 201),
        json_reply({"message": "Session started"}),
    )
    # FEDn 0.8 notebooks keep the session's settings in one dict
    config = {"session_id": "experiment-1", "rounds": 2, "model_id": "m1", "helper": "numpyhelper"}
    with sync_client(handler) as client, pytest.warns(DeprecationWarning) as caught:
        result = client.start_session(**config)
    assert result["message"] == "Session started" and result["name"] == "experiment-1"
    assert [(method, path) for method, path, _ in seen] == [
        ("GET", "/get_controller_status"),
        ("POST", "/api/v1/sessions/"),
        ("POST", "/api/v1/sessions/start"),
    ]
    assert len(caught) == 1
    assert str(caught[0].message) == (
        "APIClient.start_session(session_id=...) is deprecated (FEDn renamed it); "
        "use APIClient.start_session(name=...) instead"
    )
    assert caught[0].filename == __file__


@pytest.mark.parametrize(
    "names",
    [{"name": "a", "session_id": "b"}, {"id": "a", "session_id": "b"}, {"session_id": ""}, {"session_id": 7}],
)
def test_session_id_that_disagrees_or_is_no_name_is_invalid_input(names: dict[str, Any]) -> None:
    refused = pytest.raises(errors.InvalidInputError)
    with sync_client(no_request) as client, pytest.warns(DeprecationWarning), refused:
        client.start_session(model_id="m1", helper="numpyhelper", **names)


def test_camel_case_and_snake_case_keys_for_one_filter_must_agree() -> None:
    refused = pytest.raises(errors.InvalidInputError, match="name the same filter")
    client = APIClient("ctl.test:8092", transport=httpx.MockTransport(no_request), environ={})
    with client, pytest.warns(DeprecationWarning), refused:
        client.list_validations(modelId="m1", model_id="m2")


# --- wait_for_idle: error paths --------------------------------------------------------------


@pytest.mark.parametrize("wait", [-1, "60", True, math.nan])
def test_wait_for_idle_must_be_seconds(wait: object) -> None:
    refused = pytest.raises(errors.InvalidInputError, match="wait_for_idle must be None or a number of")
    with sync_client(no_request) as client, refused:
        client.start_session(name="s", model_id="m1", helper="numpyhelper", wait_for_idle=wait)  # type: ignore[arg-type]


def test_wait_for_idle_runs_out_naming_the_running_session() -> None:
    seen, handler = recorded(STATE_MONITORING, STARTED_ELSEWHERE)
    with sync_client(handler) as client, pytest.raises(errors.PreconditionConflictError) as info:
        client.start_session(name="s", model_id="m1", helper="numpyhelper", wait_for_idle=0)
    assert "after waiting 0 s: session 'first' (s0) is running" in info.value.message
    assert "No session was created" in info.value.message
    assert info.value.status_code is None
    assert seen[1] == ("GET", "/api/v1/sessions/", {"status": "Started"})
    assert all(method == "GET" for method, _, _ in seen)


def test_wait_for_idle_raises_when_the_controller_never_begins_the_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # FEDn answers "Session started" and may still drop the start: the session stays "Created"
    monkeypatch.setattr("fedn._operations.START_ACK_TIMEOUT", 0.0)
    seen, handler = recorded(
        STATE_IDLE,  # waited for
        STATE_IDLE,  # checked right before creating the session
        json_reply(session(), 201),
        json_reply({"message": "Session started"}),
        json_reply(session(status="Created")),
    )
    with sync_client(handler) as client, pytest.raises(errors.SessionTimeoutError) as info:
        client.start_session(name="test-session", model_id="m1", helper="numpyhelper", wait_for_idle=5)
    assert info.value.last_status == "Created" and info.value.session_id == "s1"
    assert "had not begun session 'test-session' (s1)" in info.value.message
    assert seen[-1][:2] == ("GET", "/api/v1/sessions/s1")


# --- FEDn 0.30: "monitoring" with no session "Started" ---------------------------------------


def stuck_replies(checks: int = 3) -> list[Reply]:
    """What a FEDn 0.30 controller answers once its session thread has died: monitoring, nothing Started."""
    return [reply for _ in range(checks) for reply in (STATE_MONITORING, NONE_STARTED)]


def assert_names_the_030_bug(err: errors.FednError) -> None:
    assert isinstance(err, errors.PreconditionConflictError) and err.status_code is None
    for words in ("FEDn 0.30's SQL-statestore bug", "Restart the controller", "FEDn 0.31 or later"):
        assert words in err.message, err.message


def test_start_session_on_a_stuck_030_controller_says_what_it_is() -> None:
    sleeps: list[float] = []
    seen, handler = recorded(STATE_MONITORING, NONE_STARTED, *stuck_replies())
    with sync_client(handler, sleeps) as client, pytest.raises(errors.PreconditionConflictError) as info:
        client.start_session(name="s", model_id="m1", helper="numpyhelper")
    assert_names_the_030_bug(info.value)
    assert "No session was created" in info.value.message
    assert sleeps == [1.0, 1.0]  # three looks, a second apart
    assert all(method == "GET" for method, _, _ in seen)


def test_wait_for_idle_does_not_wait_out_a_stuck_030_controller() -> None:
    _, handler = recorded(STATE_MONITORING, NONE_STARTED, *stuck_replies())
    with sync_client(handler) as client, pytest.raises(errors.PreconditionConflictError) as info:
        client.start_session(name="s", model_id="m1", helper="numpyhelper", wait_for_idle=3600)
    assert_names_the_030_bug(info.value)


async def test_async_start_session_on_a_stuck_030_controller_says_what_it_is() -> None:
    sleeps: list[float] = []
    _, handler = recorded(STATE_MONITORING, NONE_STARTED, *stuck_replies())
    async with async_client(handler, sleeps) as client:
        with pytest.raises(errors.PreconditionConflictError) as info:
            await client.start_session(name="s", model_id="m1", helper="numpyhelper", wait_for_idle=60)
    assert_names_the_030_bug(info.value)
    assert sleeps == [1.0, 1.0]


def test_wait_for_session_on_a_stuck_030_controller_says_what_it_is() -> None:
    _, handler = recorded(json_reply(session(status="Created")), *stuck_replies())
    with sync_client(handler) as client, pytest.raises(errors.PreconditionConflictError) as info:
        client.wait_for_session("s1", timeout=600)
    assert_names_the_030_bug(info.value)
    assert "session 'test-session' (s1) has not begun" in info.value.message


async def test_async_wait_for_session_on_a_stuck_030_controller_says_what_it_is() -> None:
    _, handler = recorded(json_reply(session(status="Created")), *stuck_replies())
    async with async_client(handler, []) as client:
        with pytest.raises(errors.PreconditionConflictError) as info:
            await client.wait_for_session("s1", timeout=600)
    assert_names_the_030_bug(info.value)


def test_a_session_beginning_meanwhile_is_not_the_030_bug() -> None:
    # FEDn 0.33 says "monitoring" a moment before it marks the session "Started"
    sleeps: list[float] = []
    _, handler = recorded(
        STATE_MONITORING,
        NONE_STARTED,
        STATE_MONITORING,
        NONE_STARTED,
        STATE_MONITORING,
        STARTED_ELSEWHERE,
    )
    with sync_client(handler, sleeps) as client, pytest.raises(errors.PreconditionConflictError) as info:
        client.start_session(name="s", model_id="m1", helper="numpyhelper")
    assert "busy (state 'monitoring'): a session is running" in info.value.message
    assert "0.30" not in info.value.message
    assert sleeps == [1.0]
