"""Every error class, raised from real HTTP answers and transport failures; the token never leaks."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from fedn import APIClient, FedOpt, RetryPolicy, errors
from fedn._config import resolve_config
from support.requests_table import session as started_session

TOKEN = "SECRET-token-4f9a"


def client_for(handler: Callable[[httpx.Request], httpx.Response], **kw: object) -> APIClient:
    return APIClient("ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(handler), environ={}, **kw)  # type: ignore[arg-type]


def answer(status: int, **kw: object) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, **kw)  # type: ignore[arg-type]


def assert_no_token(err: BaseException) -> None:
    texts = [str(err), repr(err)]
    if isinstance(err, errors.FednError):
        texts += [str(err.body), str(err.url), err.message]
    for text in texts:
        assert TOKEN not in text, text


STATUS_CASES = [
    (
        400,
        errors.BadRequestError,
        {"message": "A session is already running!"},
        "A session is already running!",
    ),
    (401, errors.AuthenticationError, {"message": "Missing token"}, "Missing token"),
    (403, errors.PermissionDeniedError, {"message": "Insufficient permissions"}, "Insufficient permissions"),
    (
        404,
        errors.HTTPNotFoundError,
        {"message": "Entity with id: m9 not found"},
        "Entity with id: m9 not found",
    ),
    (409, errors.HTTPConflictError, {"message": "already exists"}, "already exists"),
    (429, errors.RateLimitError, {"message": "slow down"}, "slow down"),
    (500, errors.ServerError, {"message": "An unexpected error occurred"}, "An unexpected error occurred"),
    (503, errors.ServerError, {"message": "busy"}, "busy"),
    (
        410,
        errors.APIStatusError,
        {"error": "This endpoint has been deprecated"},
        "This endpoint has been deprecated",
    ),
    (418, errors.APIStatusError, {"message": "teapot"}, "teapot"),
]


@pytest.mark.parametrize(
    ("status", "cls", "body", "message"), STATUS_CASES, ids=[str(c[0]) for c in STATUS_CASES]
)
def test_status_maps_to_class(
    status: int, cls: type[errors.APIStatusError], body: object, message: str
) -> None:
    client = client_for(answer(status, json=body, headers={"X-Request-Id": "req-7"}), max_retries=0)
    with pytest.raises(cls) as info:
        client.get_model("m9")
    err = info.value
    assert type(err) is cls
    assert err.headers["x-request-id"] == "req-7" and "authorization" not in err.headers
    assert isinstance(err, errors.APIStatusError) and isinstance(err, errors.FednError)
    assert err.status_code == status
    assert err.message == message
    assert err.method == "GET" and err.url == "http://ctl.test:8092/api/v1/models/m9"
    assert err.body == body
    assert str(err).startswith(f"{status} ")
    assert message in str(err)
    assert_no_token(err)


def test_404_and_409_are_caught_as_not_found_and_conflict_beside_the_client_checks() -> None:
    """The umbrellas catch both kinds; only the HTTP answer is an APIStatusError with an int status."""
    for status, umbrella, http in (
        (404, errors.NotFoundError, errors.HTTPNotFoundError),
        (409, errors.ConflictError, errors.HTTPConflictError),
    ):
        with pytest.raises(umbrella) as info:
            client_for(answer(status, json={"message": "no"})).get_models_count()
        assert isinstance(info.value, errors.APIStatusError) and isinstance(info.value, http)
        assert info.value.status_code == status
    checks = (errors.PreconditionNotFoundError("no model yet"), errors.PreconditionConflictError("busy"))
    for check, umbrella in zip(checks, (errors.NotFoundError, errors.ConflictError), strict=True):
        assert isinstance(check, umbrella) and isinstance(check, errors.PreconditionError)
        assert not isinstance(check, errors.APIStatusError)
        assert check.status_code is None and not hasattr(check, "headers")
        assert str(check) == check.message


def test_a_rate_limit_is_retried_then_raised_with_the_answers_headers() -> None:
    """429 is retried (honouring Retry-After); when the retries are spent, RateLimitError keeps
    the answer's headers (Retry-After, a request id), the token masked where a header echoes it."""
    seen: list[httpx.Request] = []
    waits: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        headers = {"Retry-After": "2", "X-Request-Id": f"req-{len(seen)}", "X-Echo": f"Bearer {TOKEN}"}
        return httpx.Response(429, json={"message": "Too many requests"}, headers=headers)

    client = client_for(handler, retry=RetryPolicy(max_retries=1, sleep=waits.append))
    with client, pytest.raises(errors.RateLimitError) as info:
        client.get_models()
    err = info.value
    assert len(seen) == 2 and waits == [2.0]
    assert err.status_code == 429 and err.message == "Too many requests"
    assert err.headers["retry-after"] == "2" and err.headers["x-request-id"] == "req-2"
    assert err.headers["x-echo"] == "Bearer ***"
    assert_no_token(err)
    assert TOKEN not in str(dict(err.headers))


def test_403_is_also_an_authentication_error() -> None:
    with pytest.raises(errors.AuthenticationError):
        client_for(answer(403, json={"message": "no"})).get_clients()


def test_html_error_body_gives_a_short_excerpt() -> None:
    html = (
        "<html><head><title>502</title></head><body><h1>Bad Gateway</h1>"
        + "<p>x</p>" * 500
        + "</body></html>"
    )
    with pytest.raises(errors.ServerError) as info:
        client_for(answer(502, text=html, headers={"content-type": "text/html"})).get_sessions()
    err = info.value
    assert err.status_code == 502
    assert "<" not in err.message and "Bad Gateway" in err.message
    assert len(err.message) <= 200


def test_empty_500_uses_reason_phrase() -> None:
    with pytest.raises(errors.ServerError) as info:
        client_for(answer(500, content=b"")).get_models_count()
    assert info.value.message == "Internal Server Error"
    assert info.value.body is None


def test_non_json_body_on_documented_error_status() -> None:
    # the generated parser would raise JSONDecodeError on this 401: the status must still win
    with pytest.raises(errors.AuthenticationError) as info:
        client_for(answer(401, text="Unauthorized (proxy)")).get_model("m1")
    assert info.value.message == "Unauthorized (proxy)"


def test_non_standard_status_code() -> None:
    # HTTPStatus(520) does not exist: the generated code raises ValueError while building its Response
    with pytest.raises(errors.ServerError) as info:
        client_for(answer(520, json={"message": "origin error"})).get_model("m1")
    assert info.value.status_code == 520 and info.value.message == "origin error"


def test_unparsable_success_body() -> None:
    """A 200 the client cannot read: UnexpectedResponseError, still an APIStatusError as before."""
    with pytest.raises(errors.APIStatusError) as info:
        client_for(answer(200, text="<html>login page</html>")).get_model("m1")
    assert type(info.value) is errors.UnexpectedResponseError
    assert info.value.status_code == 200
    assert info.value.body == "<html>login page</html>"


def test_wrong_shape_success_body() -> None:
    with pytest.raises(errors.UnexpectedResponseError) as info:
        client_for(answer(200, json={"unexpected": True})).get_models_count()
    assert "get_models_count" in info.value.message or "count_models" in info.value.message


def test_redirect_is_not_followed_silently() -> None:
    with pytest.raises(errors.UnexpectedResponseError) as info:
        client_for(answer(308, headers={"location": "/api/v1/models/"})).get_models()
    assert info.value.status_code == 308


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused() -> None:
    client = APIClient("127.0.0.1", port=_closed_port(), token=TOKEN, environ={}, timeout=5)
    with pytest.raises(errors.APIConnectionError) as info:
        client.get_models()
    err = info.value
    assert not isinstance(err, errors.APITimeoutError)
    assert isinstance(err.__cause__, httpx.ConnectError)
    assert err.status_code is None and err.method == "GET"
    assert_no_token(err)


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
                accepted.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


def test_read_timeout(silent_server: int) -> None:
    client = APIClient(f"http://127.0.0.1:{silent_server}", token=TOKEN, environ={}, timeout=0.3)
    with pytest.raises(errors.APITimeoutError) as info:
        client.get_models()
    assert isinstance(info.value, errors.APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert_no_token(info.value)


def test_timeout_from_transport() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("connect timed out", request=request)

    with pytest.raises(errors.APITimeoutError) as info:
        client_for(handler).get_model("m1")
    assert isinstance(info.value.__cause__, httpx.ConnectTimeout)


def test_upload_error_status_and_transport(tmp_path: Path) -> None:
    seed = tmp_path / "seed.npz"
    seed.write_bytes(b"x")

    def fail_upload(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/models/":
            return httpx.Response(400, json={"success": False, "message": "Failed to add model."})
        return httpx.Response(200, json="numpyhelper")

    with pytest.raises(errors.BadRequestError) as info:
        client_for(fail_upload).set_active_model(seed)
    assert info.value.message == "Failed to add model." and info.value.method == "POST"

    def broken(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/models/":
            raise httpx.RemoteProtocolError("peer closed connection", request=request)
        return httpx.Response(200, json="numpyhelper")

    with pytest.raises(errors.APIConnectionError) as conn:
        client_for(broken).set_active_model(seed)
    assert isinstance(conn.value.__cause__, httpx.RemoteProtocolError)


def test_seed_upload_without_active_package_sends_nothing(tmp_path: Path) -> None:
    """No active package: no PUT /helpers/active (it would store a package row without a file), no upload."""
    seed = tmp_path / "seed.npz"
    seed.write_bytes(b"x")
    seen: list[tuple[str, str]] = []

    def no_package(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        if request.method == "GET" and request.url.path == "/api/v1/helpers/active":
            return httpx.Response(404, json={"message": "No active helper"})
        return httpx.Response(200, json={"message": "Active helper set", "success": True})

    with pytest.raises(
        errors.PreconditionConflictError, match=r"set_active_package\(\.\.\.\) before"
    ) as info:
        client_for(no_package).set_active_model(seed)
    assert seen == [("GET", "/api/v1/helpers/active")]
    assert info.value.status_code is None  # the client's own check: no HTTP status
    assert isinstance(info.value, errors.ConflictError)  # existing `except ConflictError` still catch it
    assert isinstance(info.value, errors.PreconditionError)
    assert str(info.value) == info.value.message  # no "409 Conflict" prefix
    assert_no_token(info.value)


def _recorded(replies: dict[tuple[str, str], httpx.Response]) -> tuple[APIClient, list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.path))
        return replies[seen[-1]]

    return client_for(handler), seen


@pytest.mark.parametrize("state", ["monitoring", "instructing"])
def test_start_session_on_a_busy_controller_creates_nothing(state: str) -> None:
    running = {"count": 1, "result": [started_session(sid="s-1", name="first", status="Started")]}
    client, seen = _recorded(
        {
            ("GET", "/get_controller_status"): httpx.Response(200, json={"state": state}),
            ("GET", "/api/v1/sessions/"): httpx.Response(200, json=running),
        }
    )
    busy = f"busy \\(state '{state}'\\): session 'first' \\(s-1\\) is running.*No session was created"
    with pytest.raises(errors.ConflictError, match=busy):
        client.start_session(name="s", model_id="m1", helper="numpyhelper")
    with pytest.raises(errors.ConflictError, match="No session was created"):
        client.start_splitlearning_session("sl", "m1")
    assert seen == [("GET", "/get_controller_status"), ("GET", "/api/v1/sessions/")] * 2


@pytest.mark.parametrize(
    ("refusal", "error"),
    [
        ("A session is already running!", errors.HTTPConflictError),
        ("Number of available clients is lower than the required minimum of 1", errors.BadRequestError),
    ],
)
def test_refused_start_names_the_session_left_created(refusal: str, error: type[errors.FednError]) -> None:
    client, seen = _recorded(
        {
            ("GET", "/get_controller_status"): httpx.Response(200, json={"state": "idle"}),
            ("POST", "/api/v1/sessions/"): httpx.Response(201, json=started_session(sid="s-7")),
            ("POST", "/api/v1/sessions/start"): httpx.Response(400, json={"message": refusal}),
        }
    )
    with pytest.raises(error) as info:
        client.start_session(name="s", model_id="m1", helper="numpyhelper")
    assert type(info.value) is error
    assert info.value.message.startswith(refusal)
    assert 'session s-7 was created but not started; it stays "Created"' in info.value.message
    assert info.value.status_code == 400 and info.value.method == "POST"
    assert seen[-1] == ("POST", "/api/v1/sessions/start")
    assert_no_token(info.value)


def test_download_error_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "model.npz"
    with pytest.raises(errors.NotFoundError):
        client_for(answer(404, json={"message": "Entity with id: m9 not found"})).download_model("m9", target)
    assert list(tmp_path.iterdir()) == []


def test_session_timeout_carries_last_status() -> None:
    session = started_session(status="Started")
    client = client_for(answer(200, json=session))
    with pytest.raises(errors.SessionTimeoutError) as info:
        client.wait_for_session("s1", timeout=0.05, poll_interval=0.01)
    assert info.value.last_status == "Started" and info.value.session_id == "s1"
    assert isinstance(info.value, TimeoutError) and isinstance(info.value, errors.FednError)


def _no_request(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.method} {request.url}")


LOCAL_INPUT_CASES: list[tuple[str, Callable[[APIClient, Path], object]]] = [
    ("missing file", lambda c, t: c.set_active_model(t / "nope.npz")),
    ("directory", lambda c, t: c.set_active_model(t)),
    ("helper not inferable", lambda c, t: c.set_active_model(t / "model.txt")),
    ("unknown helper", lambda c, t: c.set_active_package(t / "package.tgz", helper="torchhelper")),
    ("package missing", lambda c, t: c.set_active_package(t / "missing.tgz", helper="numpyhelper")),
    ("download into missing folder", lambda c, t: c.download_model("m1", t / "no" / "model.npz")),
    ("download onto a folder", lambda c, t: c.download_model("m1", t)),
    ("rounds 0", lambda c, t: c.start_session(name="s", rounds=0, model_id="m1", helper="numpyhelper")),
    ("round_timeout -1", lambda c, t: c.start_session(round_timeout=-1, model_id="m1", helper="numpyhelper")),
    (
        "bad aggregator",
        lambda c, t: c.start_session(aggregator="fedprox", model_id="m1", helper="numpyhelper"),
    ),
    (
        "fedopt bad kw",
        lambda c, t: c.start_session(aggregator="fedopt", aggregator_kwargs={"lr": 1}, model_id="m1"),
    ),
    ("fedopt bad beta", lambda c, t: c.start_session(aggregator="fedopt", aggregator_kwargs={"beta1": 1.5})),
    ("FedOpt bad optimiser", lambda c, t: c.start_session(aggregator=FedOpt("sgd"))),  # type: ignore[arg-type]
    ("name and id disagree", lambda c, t: c.start_session(name="a", id="b")),
    (
        "server_functions int",
        lambda c, t: c.start_session(server_functions=3, model_id="m1", helper="numpyhelper"),
    ),
    ("negative n_max", lambda c, t: c.get_models(n_max=-1)),
    ("empty client list", lambda c, t: c.get_current_attributes([])),
    ("empty id", lambda c, t: c.get_model("")),
    ("no session id or name", lambda c, t: c.get_session()),
    ("continue 0 rounds", lambda c, t: c.continue_session("s1", rounds=0)),
    ("attribute not a dict", lambda c, t: c.add_attributes(["key"])),  # type: ignore[arg-type]
    ("attribute missing sender", lambda c, t: c.add_attributes({"key": "k", "value": "v"})),
    ("wait poll_interval 0", lambda c, t: c.wait_for_session("s1", poll_interval=0)),
]


@pytest.mark.parametrize(("what", "call"), LOCAL_INPUT_CASES, ids=[c[0] for c in LOCAL_INPUT_CASES])
def test_invalid_input_raises_before_any_request(
    what: str, call: Callable[[APIClient, Path], object], tmp_path: Path
) -> None:
    (tmp_path / "model.txt").write_text("x")
    (tmp_path / "package.tgz").write_bytes(b"x")
    with pytest.raises(errors.InvalidInputError) as info:
        call(client_for(_no_request), tmp_path)
    assert isinstance(info.value, ValueError)
    assert info.value.status_code is None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"host": ""},
        {"host": "ftp://h"},
        {"host": "http://h", "secure": True},
        {"host": "h:1", "port": 2},
        {"host": "h", "port": 70000},
        {"host": "h:notaport"},
        {"host": "http://user:pw@h"},
        {"host": "h", "token": "   "},
        {"host": "h", "token": "a b c"},
        {"host": "h", "token": "tök"},
        {"host": "h", "timeout": -1},
    ],
)
def test_invalid_constructor_arguments(kwargs: dict[str, object]) -> None:
    with pytest.raises(errors.InvalidInputError) as info:
        APIClient(environ={}, **kwargs)  # type: ignore[arg-type]
    assert "tök" not in str(info.value)


def test_token_never_in_errors_reprs_or_logs(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG, logger="fedn")

    def echo(request: httpx.Request) -> httpx.Response:
        # a hostile or buggy server echoing the credential back
        return httpx.Response(
            401, json={"message": f"bad token {TOKEN}", "got": request.headers["authorization"]}
        )

    client = client_for(echo)
    assert TOKEN not in repr(client) and TOKEN not in str(client)
    config = resolve_config(
        "h", port=None, secure=False, verify=True, token=TOKEN, auth_scheme=None, timeout=None, environ={}
    )
    assert TOKEN not in repr(config)
    raised: list[BaseException] = []
    for call in (
        lambda: client.get_model("m1"),
        lambda: client.get_models(n_max=2),
        lambda: client.download_model("m1", tmp_path / "m.npz"),
        lambda: APIClient("127.0.0.1", port=_closed_port(), token=TOKEN, environ={}).get_models(),
    ):
        with pytest.raises(errors.FednError) as info:
            call()
        raised.append(info.value)
    for err in raised:
        assert_no_token(err)
    assert "***" in raised[0].message
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
        assert TOKEN not in repr(record.args)


def test_error_tree() -> None:
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.PermissionDeniedError, errors.AuthenticationError)
    assert issubclass(errors.InvalidInputError, ValueError)
    for cls in (
        errors.BadRequestError,
        errors.AuthenticationError,
        errors.HTTPNotFoundError,
        errors.HTTPConflictError,
        errors.RateLimitError,
        errors.ServerError,
        errors.UnexpectedResponseError,
    ):
        assert issubclass(cls, errors.APIStatusError)
    # the umbrellas: both kinds, but only the HTTP one is an APIStatusError
    assert issubclass(errors.HTTPNotFoundError, errors.NotFoundError)
    assert issubclass(errors.PreconditionNotFoundError, errors.NotFoundError)
    assert issubclass(errors.HTTPConflictError, errors.ConflictError)
    assert issubclass(errors.PreconditionConflictError, errors.ConflictError)
    for umbrella in (errors.NotFoundError, errors.ConflictError, errors.PreconditionError):
        assert not issubclass(umbrella, errors.APIStatusError)
    for name in errors.__all__:
        if isinstance(getattr(errors, name), type):
            assert name in (errors.__doc__ or ""), f"{name} is missing from the tree in the docstring"


def test_get_session_fallback_keeps_the_original_404() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/sessions/nope":
            return httpx.Response(404, json={"message": "Entity with id: nope not found"})
        assert request.url.params["name"] == "nope"
        return httpx.Response(200, json={"count": 0, "result": []})

    with pytest.raises(errors.NotFoundError) as info:
        client_for(handler).get_session("nope")
    assert info.value.message == "Entity with id: nope not found"
    assert info.value.url == "http://ctl.test:8092/api/v1/sessions/nope"
