"""Reliability: faults seen through real sockets on 127.0.0.1, and bad inputs, sync and async.

Every server here is a tiny loopback HTTP server started by the test (no FEDn network needed):
refused and unreachable ports, a download cut off mid-stream, redirects to another origin, and
error answers that are not JSON. Each fault ends in a specific :mod:`fedn.errors` class within
a bounded time, leaves no file behind and never shows the token. The bad-input table checks the
error class *and* its message, and that no request left the process (the transport fails the
test otherwise). The live faults (controller restart, 200 concurrent requests) are in
tests/live/test_reliability_network.py; docs/reliability.md lists every case.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, FedOpt, RetryPolicy, errors
from support.loopback import Loopback, send

pytestmark = pytest.mark.timeout(60)

TOKEN = "RELIABILITY-secret-7c1e"
FAST_RETRY = RetryPolicy(max_retries=1, initial_delay=0.01, max_delay=0.02)


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def full_backlog() -> Iterator[int]:
    """A port whose listen queue is full: a new connection's SYN is dropped (connect times out)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = int(server.getsockname()[1])
    queued = []
    try:
        for _ in range(4):  # fill the accept queue; later connects hang
            client = socket.socket()
            client.settimeout(0.2)
            with contextlib.suppress(OSError):
                client.connect(("127.0.0.1", port))
            queued.append(client)
        yield port
    finally:
        for client in queued:
            client.close()
        server.close()


def assert_no_token(err: BaseException) -> None:
    """Neither the error's text, repr, body nor URL shows the token (causes included)."""
    seen: BaseException | None = err
    while seen is not None:
        texts = [str(seen), repr(seen)]
        if isinstance(seen, errors.FednError):
            texts += [str(seen.body), str(seen.url), seen.message]
        for text in texts:
            assert TOKEN not in text, text
        seen = seen.__cause__


def run_both(make_call: Callable[[Any], Any], url: str, **kw: Any) -> list[BaseException]:
    """Run ``make_call(client)`` with a sync and an async client; return the two errors raised."""
    raised: list[BaseException] = []
    with APIClient(url, token=TOKEN, environ={}, **kw) as client, pytest.raises(errors.FednError) as info:
        make_call(client)
    raised.append(info.value)

    async def run_async() -> None:
        async with AsyncAPIClient(url, token=TOKEN, environ={}, **kw) as client:
            with pytest.raises(errors.FednError) as info:
                await make_call(client)
            raised.append(info.value)

    asyncio.run(run_async())
    assert type(raised[0]) is type(raised[1]), raised
    return raised


# --------------------------------------------------------------------------- connection failures


@pytest.mark.parametrize(("max_retries", "bound"), [(0, 1.0), (2, 4.0)])
def test_connection_refused_fails_fast(max_retries: int, bound: float) -> None:
    """A closed port: APIConnectionError (not a timeout) after the retries, within ``bound`` s."""
    url = f"http://127.0.0.1:{closed_port()}"
    began = time.monotonic()
    for err in run_both(lambda c: c.get_models_count(), url, max_retries=max_retries, timeout=5):
        assert isinstance(err, errors.APIConnectionError)
        assert not isinstance(err, errors.APITimeoutError)
        assert isinstance(err.__cause__, httpx.ConnectError)
        assert err.method == "GET" and err.url is not None and "/api/v1/models/count" in err.url
        assert "ConnectError" in str(err)
        assert_no_token(err)
    # two clients ran, each with its retries; the default backoff waits at most 0.5 + 1.0 s
    assert time.monotonic() - began < 2 * bound


def test_unreachable_port_times_out_within_the_connect_timeout() -> None:
    """SYNs dropped (full listen queue): APITimeoutError after connect timeout x attempts."""
    with full_backlog() as port:
        began = time.monotonic()
        errs = run_both(
            lambda c: c.get_models_count(),
            f"http://127.0.0.1:{port}",
            timeout=httpx.Timeout(5.0, connect=0.3),
            retry=FAST_RETRY,
        )
        elapsed = time.monotonic() - began
    for err in errs:
        assert isinstance(err, errors.APITimeoutError)
        assert isinstance(err.__cause__, httpx.ConnectTimeout)
        assert_no_token(err)
    # 2 clients x 2 attempts x 0.3 s connect timeout, plus slack for a loaded machine
    assert 1.0 <= elapsed < 6.0


# --------------------------------------------------------------------------- a download cut off


@pytest.mark.parametrize("cut_after", [0, 256 * 1024])
def test_download_cut_off_mid_stream_leaves_nothing(tmp_path: Path, cut_after: int) -> None:
    """Headers promise 8 MiB, the server closes after ``cut_after`` bytes: error, no file, no temp."""

    def truncated(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/octet-stream")
        handler.send_header("Content-Length", str(8 * 2**20))
        handler.end_headers()
        handler.wfile.write(b"\x93NUMPY" + b"\0" * (cut_after - 6) if cut_after else b"")
        handler.wfile.flush()
        handler.close_connection = True

    target = tmp_path / "model.npz"
    with Loopback(truncated) as server:
        began = time.monotonic()
        errs = run_both(lambda c: c.download_model("m1", target), server.url, retry=FAST_RETRY, timeout=10)
        elapsed = time.monotonic() - began
        hits = len(server.requests)
    for err in errs:
        assert isinstance(err, errors.APIConnectionError)
        assert isinstance(err.__cause__, httpx.RemoteProtocolError)
        assert "/api/v1/models/m1/download" in (err.url or "")
        assert_no_token(err)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no .part file left either
    assert hits == 4  # sync and async, each one try and one retry (a GET is idempotent)
    assert elapsed < 10


def test_download_cut_off_keeps_an_existing_file(tmp_path: Path) -> None:
    def truncated(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", "1000000")
        handler.end_headers()
        handler.wfile.write(b"new" * 1000)
        handler.close_connection = True

    target = tmp_path / "model.npz"
    target.write_bytes(b"previous model")
    with Loopback(truncated) as server:
        run_both(lambda c: c.download_model("m1", target), server.url, max_retries=0)
    assert target.read_bytes() == b"previous model"
    assert [p.name for p in tmp_path.iterdir()] == ["model.npz"]


# --------------------------------------------------------------------------- redirects and the token


def test_authorization_is_not_sent_to_another_origin_on_redirect(tmp_path: Path) -> None:
    """A controller redirecting to another port (another origin) never gets the token there.

    The clients do not follow redirects at all: the 3xx is raised as an APIStatusError and the
    second server sees no request. Even a user who turns following on through the escape hatch
    (``client.httpx_client``) does not leak it: httpx drops Authorization across origins.
    """
    with Loopback(lambda h: send(h, 200, b'{"count": 0, "result": []}')) as other:
        location = f"{other.url}/api/v1/models/"

        def redirect(handler: BaseHTTPRequestHandler) -> None:
            send(handler, 307, b"", Location=location)

        with Loopback(redirect) as controller:
            for call in (
                lambda c: c.get_models(),
                lambda c: c.download_model("m1", tmp_path / "model.npz"),
            ):
                for err in run_both(call, controller.url, max_retries=0):
                    assert isinstance(err, errors.APIStatusError)
                    assert err.status_code == 307
                    assert_no_token(err)
            assert other.requests == []
            assert all(h.get("authorization") == f"Bearer {TOKEN}" for _, _, h in controller.requests)

            with APIClient(controller.url, token=TOKEN, environ={}) as client:
                answer = client.httpx_client.get("/api/v1/models/", follow_redirects=True)
            assert answer.status_code == 200
        assert len(other.requests) == 1
        assert "authorization" not in other.requests[0][2]
    assert not (tmp_path / "model.npz").exists()


def test_token_never_in_reprs_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    """A server echoing the credential back in every kind of error body; debug logging on."""
    caplog.set_level(logging.DEBUG, logger="fedn")  # whatever configured "fedn" before

    def echo(handler: BaseHTTPRequestHandler) -> None:
        auth = handler.headers.get("Authorization", "")
        if handler.path.startswith("/api/v1/models/count"):
            send(handler, 401, f'{{"message": "bad token {auth}"}}'.encode(), Content_Type="application/json")
        elif handler.path.startswith("/api/v1/models/"):
            send(handler, 500, f"<html><body>{auth}</body></html>".encode(), Content_Type="text/html")
        else:  # retried (503), then raised
            send(handler, 503, auth.encode(), Content_Type="text/plain")

    raised: list[BaseException] = []
    with Loopback(echo) as server:
        for call in (
            lambda c: c.get_models_count(),
            lambda c: c.get_models(),
            lambda c: c.get_sessions(),
        ):
            raised += run_both(call, server.url, retry=FAST_RETRY)
        for cls in (APIClient, AsyncAPIClient):
            client: Any = cls(server.url, token=TOKEN, environ={})
            assert TOKEN not in repr(client) and TOKEN not in str(client)
    assert [type(e) for e in raised] == [errors.AuthenticationError] * 2 + [errors.ServerError] * 4
    for err in raised:
        assert_no_token(err)
    assert "***" in str(raised[0])  # the echoed token is masked, the rest of the message kept
    retries = [r for r in caplog.records if "retry" in r.getMessage()]
    assert retries, "the 503 should have been retried and logged at debug"
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


# --------------------------------------------------------------------------- server error bodies


ERROR_BODIES = [
    (
        "HTML 500",
        500,
        b"<!doctype html><html><head><title>500 Internal Server Error</title></head>"
        b"<body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>",
        "text/html; charset=utf-8",
        errors.ServerError,
        "Internal Server Error",
    ),
    ("500 without a body", 500, b"", None, errors.ServerError, "Internal Server Error"),
    (
        "plain-text 400",
        400,
        b"Bad request: missing field",
        "text/plain",
        errors.BadRequestError,
        "missing field",
    ),
    (
        "HTML 404 from a proxy",
        404,
        b"<html><body>Not Found</body></html>",
        "text/html",
        errors.HTTPNotFoundError,
        "404",
    ),
    ("truncated JSON 409", 409, b'{"message": "dupl', "application/json", errors.HTTPConflictError, "dupl"),
]


@pytest.mark.parametrize(
    ("what", "status", "body", "content_type", "cls", "fragment"),
    ERROR_BODIES,
    ids=[c[0] for c in ERROR_BODIES],
)
def test_non_json_error_bodies_from_a_real_server(
    what: str,
    status: int,
    body: bytes,
    content_type: str | None,
    cls: type[errors.APIStatusError],
    fragment: str,
) -> None:
    headers = {"Content_Type": content_type} if content_type else {}
    with Loopback(lambda h: send(h, status, body, **headers)) as server:
        for err in run_both(lambda c: c.get_round("1"), server.url, max_retries=0):
            assert type(err) is cls
            assert isinstance(err, errors.APIStatusError)
            assert err.status_code == status
            assert fragment in str(err), str(err)
            assert "GET" in str(err) and "/api/v1/rounds/1" in str(err)
            assert len(str(err)) < 600  # an excerpt, not a whole page
        assert len(server.requests) == 2  # no retry for these statuses


# --------------------------------------------------------------------------- bad inputs


def _no_request(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.method} {request.url}")


async def _no_request_async(request: httpx.Request) -> httpx.Response:
    _no_request(request)
    raise AssertionError  # unreachable


# (case, call on a client, message fragment); every call must fail before any request
BAD_CALLS: list[tuple[str, Callable[[Any, Path], Any], str]] = [
    ("missing file", lambda c, t: c.set_active_model(t / "nope.npz"), "no such file"),
    ("directory instead of a file", lambda c, t: c.set_active_model(t), "not a regular file"),
    (
        "package path is a directory",
        lambda c, t: c.set_active_package(t, helper="numpyhelper"),
        "not a regular file",
    ),
    (
        "unknown extension, no helper",
        lambda c, t: c.set_active_model(t / "model.pt"),
        "cannot infer the helper",
    ),
    ("unknown helper", lambda c, t: c.set_active_package(t / "p.tgz", helper="torchhelper"), "torchhelper"),
    (
        "zero rounds",
        lambda c, t: c.start_session(name="s", rounds=0, model_id="m", helper="numpyhelper"),
        "rounds",
    ),
    (
        "negative rounds",
        lambda c, t: c.start_session(name="s", rounds=-3, model_id="m", helper="numpyhelper"),
        "-3",
    ),
    (
        "fractional rounds",
        lambda c, t: c.start_session(name="s", rounds=1.5, model_id="m", helper="numpyhelper"),
        "1.5",
    ),
    ("continue, negative rounds", lambda c, t: c.continue_session("s1", rounds=-2), "rounds"),
    ("unknown aggregator", lambda c, t: c.start_session(aggregator="fedprox", model_id="m"), "fedprox"),
    (
        "FedOpt learning_rate <= 0",
        lambda c, t: c.start_session(aggregator="fedopt", aggregator_kwargs={"learning_rate": -1}),
        "learning_rate",
    ),
    (
        "FedOpt beta1 outside [0, 1)",
        lambda c, t: c.start_session(aggregator="fedopt", aggregator_kwargs={"beta1": 1.5}),
        "beta1",
    ),
    ("FedOpt tau 0", lambda c, t: c.start_session(aggregator=FedOpt("adam", tau=0)), "tau"),
    (
        "FedOpt unknown optimiser",
        lambda c, t: c.start_session(aggregator="fedopt", aggregator_kwargs={"serveropt": "sgd"}),
        "sgd",
    ),
    (
        "FedOpt unknown parameter",
        lambda c, t: c.start_session(aggregator="fedopt", aggregator_kwargs={"lr": 0.1}),
        "lr",
    ),
]


@pytest.mark.parametrize(("what", "call", "fragment"), BAD_CALLS, ids=[c[0] for c in BAD_CALLS])
def test_bad_call_inputs_raise_before_any_request(
    what: str, call: Callable[[Any, Path], Any], fragment: str, tmp_path: Path
) -> None:
    (tmp_path / "model.pt").write_bytes(b"x")
    (tmp_path / "p.tgz").write_bytes(b"x")
    sync = APIClient("ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(_no_request), environ={})
    with pytest.raises(errors.InvalidInputError) as info:
        call(sync, tmp_path)
    assert fragment in str(info.value), str(info.value)
    assert info.value.status_code is None and isinstance(info.value, ValueError)

    async def run_async() -> None:
        client = AsyncAPIClient(
            "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(_no_request_async), environ={}
        )
        async with client:
            with pytest.raises(errors.InvalidInputError) as async_info:
                await call(client, tmp_path)
        assert str(async_info.value) == str(info.value)

    asyncio.run(run_async())


BAD_SETTINGS: list[tuple[str, dict[str, Any], str]] = [
    ("empty token", {"host": "h", "token": ""}, "token is empty or whitespace"),
    ("whitespace token", {"host": "h", "token": " \t "}, "token is empty or whitespace"),
    (
        "whitespace token from the environment",
        {"host": "h", "environ": {"FEDN_AUTH_TOKEN": "  "}},
        "FEDN_AUTH_TOKEN",
    ),
    ("empty host", {"host": ""}, "host must be a non-empty string"),
    ("host with a space", {"host": "my controller:8092"}, "whitespace"),
    ("host with a bad port", {"host": "localhost:80x"}, "invalid host"),
    ("host with a port out of range", {"host": "localhost:99999"}, "out of range"),
    ("host without a name", {"host": "http://"}, "no host name"),
    ("host with another scheme", {"host": "ftp://localhost"}, "http or https"),
    ("host with a query", {"host": "localhost:8092?x=1"}, "query"),
]


@pytest.mark.parametrize(("what", "kwargs", "fragment"), BAD_SETTINGS, ids=[c[0] for c in BAD_SETTINGS])
def test_bad_settings_raise_in_the_constructor(what: str, kwargs: dict[str, Any], fragment: str) -> None:
    settings = {"environ": {}} | kwargs
    for cls in (APIClient, AsyncAPIClient):
        with pytest.raises(errors.InvalidInputError) as info:
            cls(**settings)
        assert fragment in str(info.value), str(info.value)
