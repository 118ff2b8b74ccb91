"""Reliability against the real controller: a restart during ``wait_for_session``, 200 concurrent calls.

The restart tests run on a network of their own (``network_factory``), so the main network is
never disturbed; ``scripts/network.py restart-controller`` stops only the controller process and
starts it again on the same database, combiner and clients (as a redeploy would).
"""

from __future__ import annotations

import asyncio
import logging
import subprocess
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from fedn import APIClient, AsyncAPIClient, RetryPolicy, errors
from fedn_api.api.sessions import create_session as op_create_session
from fedn_api.api.sessions import start_session as op_start_session
from fedn_api.models import Session, SessionConfigInput, SessionInput, SessionStart
from support.network import State, network_command
from support.paths import REPO


@pytest.fixture(scope="module")
def restart_network(network_factory: Callable[..., State]) -> State:
    """A one-client network whose controller these tests restart; active package and seed set."""
    state = network_factory("--clients", "1", name="restart")
    with APIClient(state["controller_url"], environ={}) as api:
        api.set_active_package(state["package"], helper="numpyhelper", name="reliability")
        api.set_active_model(state["seed"])
    return state


def create_session(state: State, name: str) -> str:
    """Create (not start) a one-round session on the network's latest model; its id."""
    with APIClient(state["controller_url"], environ={}) as api:
        model = api.get_active_model()
        assert model is not None
        config = SessionConfigInput(
            aggregator="fedavg",
            round_timeout=120,
            buffer_size=-1,
            delete_models_storage=True,
            clients_required=1,
            validate=False,
            helper_type="numpyhelper",
            model_id=model.model_id,
            rounds=1,
            requested_clients=1,
        )
        answer = op_create_session.sync_detailed(
            client=api.generated, body=SessionInput(session_config=config, name=name)
        )
        assert answer.status_code == 201 and isinstance(answer.parsed, Session), answer.content
        assert answer.parsed.status == "Created"
        return str(answer.parsed.session_id)


def start_created_session(state: State, session_id: str) -> None:
    """Start a created session (POST /sessions/start with its id)."""
    with APIClient(state["controller_url"], environ={}) as api:
        answer = op_start_session.sync_detailed(
            client=api.generated, body=SessionStart(session_id=session_id, rounds=1, round_timeout=120)
        )
        assert answer.status_code == 200, answer.content


def restart_controller(state: State, down_for: float) -> subprocess.Popen[str]:
    """``network.py restart-controller`` in the background."""
    return subprocess.Popen(
        network_command("restart-controller", "--state-dir", state["state_dir"], "--down-for", str(down_for)),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def wait_sync_and_async(
    url: str, session_id: str, retry: RetryPolicy, timeout: float, outage_budget: float | None = 120.0
) -> tuple[Future[Session], Future[Session]]:
    """``wait_for_session`` with the sync and the async client, each in a thread of its own."""
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="wait")

    def sync_wait() -> Session:
        with APIClient(url, environ={}, retry=retry) as api:
            return api.wait_for_session(
                session_id, timeout=timeout, poll_interval=0.3, outage_budget=outage_budget
            )

    def async_wait() -> Session:
        async def run() -> Session:
            async with AsyncAPIClient(url, environ={}, retry=retry) as api:
                return await api.wait_for_session(
                    session_id, timeout=timeout, poll_interval=0.3, outage_budget=outage_budget
                )

        return asyncio.run(run())

    futures = (pool.submit(sync_wait), pool.submit(async_wait))
    pool.shutdown(wait=False)
    return futures


def connection_failures(records: list[logging.LogRecord]) -> list[str]:
    """The retry log lines that name a connection failure."""
    return [r.getMessage() for r in records if "retry" in r.getMessage() and "Connect" in r.getMessage()]


@pytest.mark.timeout(420)
def test_wait_for_session_survives_a_controller_restart(
    restart_network: State, caplog: pytest.LogCaptureFixture
) -> None:
    """The controller goes away for ~3 s (plus its start-up) while both waits poll; both carry on
    and return the session once it has run, after the restart, to its end."""
    caplog.set_level(logging.DEBUG, logger="fedn")
    url = restart_network["controller_url"]
    session_id = create_session(restart_network, "reliability-restart")
    retry = RetryPolicy(max_retries=2, initial_delay=0.2, max_delay=1.0)
    waits = wait_sync_and_async(url, session_id, retry, timeout=360)
    time.sleep(1.5)  # both waits are polling a session that has not started
    assert not any(f.done() for f in waits), [f.exception() for f in waits if f.done()]

    restart = restart_controller(restart_network, down_for=3)
    output, _ = restart.communicate(timeout=180)
    assert restart.returncode == 0, output
    assert "controller running again" in output
    assert not any(f.done() for f in waits), [f.exception() for f in waits if f.done()]
    assert connection_failures(caplog.records), "the waits should have met the outage"

    start_created_session(restart_network, session_id)
    for future in waits:
        session = future.result(timeout=300)
        assert session.session_id == session_id
        assert (session.status or "").lower() == "finished"


@pytest.mark.timeout(300)
def test_wait_for_session_fails_clearly_after_its_outage_budget(restart_network: State) -> None:
    """With no retries and a 2 s outage budget, a 10 s outage ends both waits with an
    APIConnectionError naming the failed call, long before the controller is back."""
    url = restart_network["controller_url"]
    session_id = create_session(restart_network, "reliability-budget")
    waits = wait_sync_and_async(url, session_id, RetryPolicy(max_retries=0), timeout=240, outage_budget=2.0)
    time.sleep(1.0)
    assert not any(f.done() for f in waits)

    restart = restart_controller(restart_network, down_for=10)
    try:
        began = time.monotonic()
        errors_seen: list[BaseException] = []
        for future in waits:
            error = future.exception(timeout=60)
            assert error is not None, "the wait should have given up during the outage"
            errors_seen.append(error)
        gave_up_after = time.monotonic() - began
        assert restart.poll() is None, "the waits should give up while the controller is still down"
    finally:
        output, _ = restart.communicate(timeout=180)
    assert restart.returncode == 0, output
    assert gave_up_after < 10
    for error in errors_seen:
        assert isinstance(error, errors.APIConnectionError)
        assert not isinstance(error, errors.SessionTimeoutError)
        assert error.method == "GET" and session_id in (error.url or "")
        assert "Connect" in str(error)
    # the controller is back and serves the session that was never started
    with APIClient(url, environ={}) as api:
        assert api.get_session(session_id).status == "Created"


@pytest.mark.timeout(180)
async def test_200_concurrent_async_requests(fedn_network: State) -> None:
    """200 calls in flight at once on one AsyncAPIClient (pool of 100 connections), no retries
    allowed: every one completes with a typed result and the same answer as a sequential call."""
    async with AsyncAPIClient(fedn_network["controller_url"], environ={}, max_retries=0) as api:
        expected_clients = await api.get_clients_count()
        calls: list[Any] = []
        for index in range(200):
            kind = index % 4
            if kind == 0:
                calls.append(api.get_clients_count())
            elif kind == 1:
                calls.append(api.get_models(n_max=5))
            elif kind == 2:
                calls.append(api.get_controller_status())
            else:
                calls.append(api.get_statuses(n_max=3))
        began = time.monotonic()
        results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), timeout=150)
        elapsed = time.monotonic() - began
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == [], failures[:5]
    assert len(results) == 200
    assert all(r == expected_clients for r in results[0::4])
    assert all(len(r.result) <= 5 for r in results[1::4])
    assert all(r.state for r in results[2::4])
    assert all(len(r.result) <= 3 for r in results[3::4])
    assert elapsed < 150
