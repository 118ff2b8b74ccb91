"""Retries and timeouts, through a mocked transport: counts, backoff bounds, Retry-After, the
no-retry rules for non-idempotent requests, max_retries=0, logging, transfers and per-call
timeouts; the sleep and the random source are injected (no real sleeping).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, RetryPolicy, errors
from fedn._retry import parse_retry_after
from support.requests_table import TOKEN, session

UPLOADED = httpx.Response(200, json={"success": True, "message": "Model added successfully"})
Handler = Callable[[httpx.Request], httpx.Response]


class Script:
    """A MockTransport handler answering from a list: responses or exceptions to raise."""

    def __init__(self, *steps: object) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        request.read()
        assert self.steps, f"unexpected extra request {request.method} {request.url}"
        step = self.steps.pop(0)
        if isinstance(step, type) and issubclass(step, httpx.RequestError):
            raise step("scripted failure", request=request)
        if isinstance(step, Exception):
            raise step
        assert isinstance(step, httpx.Response)
        return step


def policy(sleeps: list[float], *, random: float = 1.0, **kw: object) -> RetryPolicy:
    return RetryPolicy(random=lambda: random, sleep=sleeps.append, **kw)  # type: ignore[arg-type]


def client_for(script: Script, sleeps: list[float], **kw: object) -> APIClient:
    retry = kw.pop("retry", None) or policy(sleeps)
    return APIClient(
        "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(script), environ={}, retry=retry, **kw
    )  # type: ignore[arg-type]


def ok(value: object = 3) -> httpx.Response:
    return httpx.Response(200, json=value)


def status(code: int, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(code, json={"message": f"status {code}"}, headers=headers)


@pytest.mark.parametrize("code", [429, 502, 503, 504])
def test_get_is_retried_on_retryable_statuses(code: int) -> None:
    sleeps: list[float] = []
    script = Script(status(code), status(code), ok(7))
    assert client_for(script, sleeps).get_models_count() == 7
    assert len(script.requests) == 3
    assert sleeps == [0.5, 1.0]  # initial_delay * 2**n, times random() == 1.0


@pytest.mark.parametrize("code", [400, 401, 404, 409, 500])
def test_other_statuses_are_not_retried(code: int) -> None:
    sleeps: list[float] = []
    script = Script(status(code))
    with pytest.raises(errors.APIStatusError):
        client_for(script, sleeps).get_models_count()
    assert len(script.requests) == 1 and sleeps == []


def test_retries_run_out_and_raise_the_last_error() -> None:
    sleeps: list[float] = []
    script = Script(status(503), status(503), status(503))
    with pytest.raises(errors.ServerError) as info:
        client_for(script, sleeps).get_models_count()
    assert info.value.status_code == 503
    assert len(script.requests) == 3 and len(sleeps) == 2


def test_the_retried_statuses_are_the_policys() -> None:
    """``RetryPolicy.retry_statuses`` is the one list: a 500 retried behind a flaky proxy, 503 not."""
    sleeps: list[float] = []
    retry = policy(sleeps, retry_statuses={500, 429})
    script = Script(status(500), status(429), ok(7))
    assert client_for(script, sleeps, retry=retry).get_models_count() == 7
    assert len(script.requests) == 3
    script = Script(status(503))
    with pytest.raises(errors.ServerError):
        client_for(script, sleeps, retry=retry).get_models_count()
    assert len(script.requests) == 1
    assert RetryPolicy().retry_statuses == frozenset({429, 502, 503, 504})
    assert isinstance(retry.retry_statuses, frozenset)


@pytest.mark.parametrize("statuses", [[503], {"503"}, {True}, {99}, {600}, None])
def test_retry_statuses_must_be_a_set_of_status_codes(statuses: object) -> None:
    with pytest.raises(errors.InvalidInputError, match="retry_statuses"):
        RetryPolicy(retry_statuses=statuses)  # type: ignore[arg-type]


def test_wait_for_session_rides_out_the_statuses_its_policy_retries() -> None:
    """Between polls too: a 429 (rate limited) is waited out with the default policy, a 500 only
    when the policy retries it; otherwise it is raised at once."""
    sleeps: list[float] = []
    answers = [ok(session(status="Started")), status(429), status(429), ok(session(status="Finished"))]
    script = Script(*answers)
    client = client_for(script, sleeps, retry=policy(sleeps, max_retries=0))
    assert client.wait_for_session("s1", poll_interval=0.01).status == "Finished"
    assert len(script.requests) == 4
    script = Script(ok(session(status="Started")), status(500))
    with pytest.raises(errors.ServerError):
        client_for(script, sleeps, retry=policy(sleeps, max_retries=0)).wait_for_session(
            "s1", poll_interval=0.01
        )
    assert len(script.requests) == 2
    script = Script(ok(session(status="Started")), status(500), ok(session(status="Finished")))
    retry = policy(sleeps, max_retries=0, retry_statuses={500})
    assert (
        client_for(script, sleeps, retry=retry).wait_for_session("s1", poll_interval=0.01).status
        == "Finished"
    )


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    for rnd, expected in (
        (1.0, [0.5, 1.0, 2.0, 2.0, 2.0]),
        (0.0, [0.0] * 5),
        (0.5, [0.25, 0.5, 1.0, 1.0, 1.0]),
    ):
        sleeps: list[float] = []
        retry = policy(sleeps, random=rnd, max_retries=5, initial_delay=0.5, max_delay=2.0)
        script = Script(*[status(502)] * 5, ok(1))
        assert client_for(script, sleeps, retry=retry).get_models_count() == 1
        assert sleeps == expected


def test_backoff_bounds_with_a_real_random_source() -> None:
    import random

    source = random.Random(1234)
    retry = RetryPolicy(max_retries=8, initial_delay=0.1, max_delay=1.0, random=source.random)
    for n in range(8):
        ceiling = min(1.0, 0.1 * 2**n)
        for _ in range(50):
            wait = retry.delay(_attempt(), n)
            assert wait is not None and 0.0 <= wait <= ceiling
    assert retry.delay(_attempt(), 8) is None


def _attempt() -> object:
    from fedn._retry import Attempt

    return Attempt(method="GET", url="http://x/", transport=True)


def test_retry_after_is_honoured() -> None:
    sleeps: list[float] = []
    script = Script(status(429, {"Retry-After": "3"}), status(503, {"Retry-After": "0"}), ok(2))
    assert client_for(script, sleeps).get_models_count() == 2
    assert sleeps == [3.0, 0.0]


def test_retry_after_beyond_the_cap_is_not_waited_for() -> None:
    sleeps: list[float] = []
    retry = policy(sleeps, max_retry_after=10.0)
    script = Script(status(503, {"Retry-After": "3600"}))
    with pytest.raises(errors.ServerError):
        client_for(script, sleeps, retry=retry).get_models_count()
    assert sleeps == [] and len(script.requests) == 1


def test_parse_retry_after() -> None:
    assert parse_retry_after("2.5") == 2.5
    assert parse_retry_after("Fri, 27 Nov 2026 05:02:58 GMT", now=1795755768.0) == 10.0
    assert (
        parse_retry_after("soon") is None
        and parse_retry_after("-1") is None
        and parse_retry_after(None) is None
    )


def test_connection_errors_are_retried_for_get() -> None:
    sleeps: list[float] = []
    script = Script(httpx.ConnectError, httpx.ReadTimeout, ok(4))
    assert client_for(script, sleeps).get_models_count() == 4
    assert len(script.requests) == 3


def test_post_is_not_retried_after_a_read_timeout() -> None:
    sleeps: list[float] = []
    script = Script(httpx.ReadTimeout)
    with pytest.raises(errors.APITimeoutError):
        client_for(script, sleeps).start_predictions("p1", "m1")
    assert len(script.requests) == 1 and sleeps == []


@pytest.mark.parametrize("failure", [httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteTimeout])
def test_post_is_not_retried_when_the_server_may_have_seen_it(failure: type[httpx.RequestError]) -> None:
    sleeps: list[float] = []
    script = Script(failure)
    with pytest.raises(errors.APIConnectionError):
        client_for(script, sleeps).start_predictions("p1", "m1")
    assert len(script.requests) == 1


@pytest.mark.parametrize("code", [429, 502, 503, 504])
def test_post_is_not_retried_on_retryable_statuses(code: int) -> None:
    sleeps: list[float] = []
    script = Script(status(code))
    with pytest.raises(errors.APIStatusError):
        client_for(script, sleeps).start_predictions("p1", "m1")
    assert len(script.requests) == 1


@pytest.mark.parametrize("failure", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_post_is_retried_when_it_never_reached_the_server(failure: type[httpx.RequestError]) -> None:
    sleeps: list[float] = []
    script = Script(failure, ok({"message": "started"}))
    assert client_for(script, sleeps).start_predictions("p1", "m1")["message"] == "started"
    assert len(script.requests) == 2 and sleeps == [0.5]


def test_max_retries_zero_disables_retrying() -> None:
    sleeps: list[float] = []
    script = Script(httpx.ConnectError)
    client = APIClient(
        "ctl.test:8092", transport=httpx.MockTransport(script), environ={}, max_retries=0,
        retry=policy(sleeps),
    )  # fmt: skip
    assert client.max_retries == 0
    with pytest.raises(errors.APIConnectionError):
        client.get_models_count()
    assert len(script.requests) == 1 and sleeps == []
    script2 = Script(status(503))
    with pytest.raises(errors.ServerError):
        client_for(script2, sleeps).with_options(max_retries=0).get_models_count()
    assert len(script2.requests) == 1


def test_each_retry_is_logged_at_debug_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    sleeps: list[float] = []
    script = Script(httpx.ConnectError, status(503), ok({"count": 0, "result": []}))
    with caplog.at_level(logging.DEBUG, logger="fedn"):
        client_for(script, sleeps).get_models(session_id="s1")
    retries = [r for r in caplog.records if "retry" in r.getMessage()]
    assert [r.levelno for r in retries] == [logging.DEBUG, logging.DEBUG]
    assert (
        "retry 1/2 of GET http://ctl.test:8092/api/v1/models/?session_id=s1 after ConnectError"
        in retries[0].getMessage()
    )
    assert "HTTP 503" in retries[1].getMessage()
    assert TOKEN not in caplog.text


def test_upload_is_retried_from_the_first_byte_after_a_connect_error(tmp_path: Path) -> None:
    seed = tmp_path / "seed.npz"
    seed.write_bytes(b"weights" * 1000)
    sleeps: list[float] = []
    script = Script(
        ok("numpyhelper"),
        httpx.ConnectError,
        ok({"success": True, "message": "Model added successfully"}),
    )
    client_for(script, sleeps).set_active_model(seed)
    assert [r.method for r in script.requests] == ["GET", "POST", "POST"]
    assert (b"weights" * 1000) in script.requests[2].content


def test_upload_is_not_retried_after_the_server_may_have_seen_it(tmp_path: Path) -> None:
    seed = tmp_path / "seed.npz"
    seed.write_bytes(b"weights")
    sleeps: list[float] = []
    script = Script(ok("numpyhelper"), status(503))
    with pytest.raises(errors.ServerError):
        client_for(script, sleeps).set_active_model(seed)
    assert len(script.requests) == 2


class _Broken(httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b"partial-"
        raise httpx.ReadError("connection reset mid-body")


def test_download_retry_restarts_into_a_fresh_temporary_file(tmp_path: Path) -> None:
    sleeps: list[float] = []
    script = Script(httpx.Response(200, stream=_Broken()), httpx.Response(200, content=b"complete model"))
    target = tmp_path / "model.npz"
    client_for(script, sleeps).download_model("m1", target)
    assert target.read_bytes() == b"complete model"
    assert [p.name for p in tmp_path.iterdir()] == ["model.npz"]
    assert len(script.requests) == 2


def test_download_failure_after_retries_leaves_nothing(tmp_path: Path) -> None:
    sleeps: list[float] = []
    script = Script(*[httpx.Response(200, stream=_Broken()) for _ in range(3)])
    with pytest.raises(errors.APIConnectionError):
        client_for(script, sleeps).download_model("m1", tmp_path / "model.npz")
    assert list(tmp_path.iterdir()) == []


def test_per_client_and_per_call_timeouts() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return ok(1)

    client = APIClient("ctl.test", transport=httpx.MockTransport(handler), environ={},
                       timeout=httpx.Timeout(20.0, connect=3.0))  # fmt: skip
    client.get_models_count()
    client.with_options(timeout=1.5).get_models_count()
    client.with_options(timeout=None).get_models_count()
    client.get_models_count()
    assert seen == [
        {"connect": 3.0, "read": 20.0, "write": 20.0, "pool": 20.0},
        {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5},
        {"connect": None, "read": None, "write": None, "pool": None},
        {"connect": 3.0, "read": 20.0, "write": 20.0, "pool": 20.0},
    ]
    with pytest.raises(errors.InvalidInputError):
        client.with_options(timeout=-1)
    with pytest.raises(errors.InvalidInputError):
        client.with_options(max_retries=-1)


def test_wait_for_session_rides_out_a_controller_outage() -> None:
    sleeps: list[float] = []
    outage = [httpx.ConnectError] * 5  # more than one poll's retries (max_retries=1)
    script = Script(ok(session(status="Started")), *outage, status(503), ok(session(status="Finished")))
    client = client_for(script, sleeps, retry=policy(sleeps, max_retries=1))
    final = client.wait_for_session("s1", poll_interval=0.01)
    assert final.status == "Finished"
    assert len(script.requests) == 8


def test_wait_for_session_gives_up_at_its_timeout_during_an_outage() -> None:
    sleeps: list[float] = []
    script = Script(ok(session(status="Started")), *[httpx.ConnectError] * 50)
    import time

    real_sleep: list[float] = []

    def sleeper(seconds: float) -> None:
        real_sleep.append(seconds)
        time.sleep(min(seconds, 0.01))

    client = client_for(script, sleeps, retry=RetryPolicy(max_retries=0, sleep=sleeper))
    with pytest.raises(errors.SessionTimeoutError) as info:
        client.wait_for_session("s1", timeout=0.05, poll_interval=0.01)
    assert info.value.last_status == "Started"
    assert isinstance(info.value.__cause__, errors.APIConnectionError)


def test_wait_for_session_outage_budget_is_a_parameter() -> None:
    """``outage_budget=0``: the wait gives up at the second failed poll (no retries) with the
    connection error itself, not a timeout, although ``timeout`` is far off."""
    sleeps: list[float] = []
    script = Script(ok(session(status="Started")), *[httpx.ConnectError] * 50)
    client = client_for(script, sleeps, retry=policy(sleeps, max_retries=0))
    with pytest.raises(errors.APIConnectionError) as info:
        client.wait_for_session("s1", timeout=600, poll_interval=0.01, outage_budget=0)
    assert not isinstance(info.value, errors.SessionTimeoutError)
    assert len(script.requests) == 3


async def test_async_wait_for_session_outage_budget_is_a_parameter() -> None:
    async def async_sleep(seconds: float) -> None:
        pass

    script = Script(ok(session(status="Started")), *[httpx.ConnectError] * 50)
    retry = RetryPolicy(max_retries=0, async_sleep=async_sleep)
    async with AsyncAPIClient(
        "ctl.test", transport=httpx.MockTransport(script), environ={}, retry=retry
    ) as client:
        with pytest.raises(errors.APIConnectionError) as info:
            await client.wait_for_session("s1", timeout=600, poll_interval=0.01, outage_budget=0)
    assert not isinstance(info.value, errors.SessionTimeoutError)
    assert len(script.requests) == 3


@pytest.mark.parametrize("budget", [-1, float("nan"), True, "5"])
def test_wait_for_session_rejects_a_bad_outage_budget(budget: object) -> None:
    client = client_for(Script(), [])
    with pytest.raises(errors.InvalidInputError, match="outage_budget"):
        client.wait_for_session("s1", outage_budget=budget)  # type: ignore[arg-type]


async def test_async_driver_uses_the_same_policy() -> None:
    sleeps: list[float] = []

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    script = Script(httpx.ConnectError, status(502, {"Retry-After": "4"}), ok(9))
    retry = RetryPolicy(random=lambda: 1.0, async_sleep=async_sleep)
    async with AsyncAPIClient(
        "ctl.test", transport=httpx.MockTransport(script), environ={}, retry=retry
    ) as client:
        assert await client.get_models_count() == 9
        post = Script(httpx.ReadTimeout)
        async with AsyncAPIClient(
            "ctl.test", transport=httpx.MockTransport(post), environ={}, retry=retry
        ) as c2:
            with pytest.raises(errors.APITimeoutError):
                await c2.start_predictions("p", "m")
        assert len(post.requests) == 1
    assert sleeps == [0.5, 4.0]
