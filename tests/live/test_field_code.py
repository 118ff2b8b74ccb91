"""Code from other projects written for FEDn's client, run as its authors wrote it against the network.

The habits of notebooks and scripts for FEDn 0.8 to 0.33 (fedn-sandbox, workshops, theses):

* the port given as a string, also read from ``os.environ``; ``_get_url`` printed and requested;
* FEDn's names from before 0.9 (``list_models``, ``list_validations(modelId=...)``,
  ``get_initial_model``, ...): each warns, naming the current method, and answers what it answers;
* ``start_session(**config)`` with FEDn 0.8's ``"session_id"`` key;
* sessions started back to back from a loop, with ``wait_for_idle``: every one runs.

A fidelity test (``target``): the live network, and the fake controller in process and over HTTP;
the tests of connection arguments build their clients from an address, so they run on the live
network and the fake served over HTTP.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from fedn import APIClient
from fedn_api.models import Session
from support.e2e import SESSION_TIMEOUT, poll, wait_idle
from support.targets import URL_TARGETS, Target


@pytest.fixture(scope="module")
def client(target: Target) -> Iterator[APIClient]:
    """A client of the target, which has a package and a seed model."""
    with target.client() as api:
        wait_idle(api)
        api.set_active_package(target.package, helper="numpyhelper")
        api.set_active_model(target.seed)
        yield api


@pytest.fixture(scope="module")
def fedn08_session(client: APIClient) -> Session:
    """A 2-round session started as FEDn 0.8's notebooks start one: ``start_session(**config)``."""
    wait_idle(client)
    config = {
        "session_id": f"fedn08-{uuid.uuid4().hex[:6]}",
        "rounds": 2,
        "round_timeout": 60,
        "helper": "numpyhelper",
    }
    with pytest.warns(DeprecationWarning, match=r"start_session\(session_id=\.\.\.\) is deprecated"):
        result = client.start_session(**config)
    assert result["message"] == "Session started"
    assert result["name"] == config["session_id"]
    session = client.wait_for_session(config["session_id"], timeout=SESSION_TIMEOUT, poll_interval=0.5)
    assert session.status == "Finished" and session.name == config["session_id"]
    wait_idle(client)
    for model in client.get_models(session_id=session.session_id)["result"]:
        poll(  # validations of the last model can land after the session is reported finished
            f"the validations of model {model['model']}",
            lambda model_id=model["model"]: client.get_validations(model_id=model_id)["count"],
            lambda n: n >= 1,
        )
    return session


def host_and_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


# --- connection arguments -------------------------------------------------------------------------


@pytest.mark.parametrize("target", URL_TARGETS, indirect=True)
def test_a_port_string_reaches_the_controller(target: Target) -> None:
    host, port = host_and_port(target.url)
    # fedn-sandbox's API_Example.ipynb: APIClient('api-server', port='8092')
    with APIClient(host, port=str(port), token=target.token) as api:
        assert api.get_controller_status()["state"] in {"idle", "instructing", "monitoring"}
        assert api.base_url == target.url


@pytest.mark.parametrize("target", URL_TARGETS, indirect=True)
def test_host_and_port_from_the_environment(target: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    host, port = host_and_port(target.url)
    monkeypatch.setenv("FEDN_SERVER_HOST", host)
    monkeypatch.setenv("FEDN_SERVER_PORT", str(port))
    if target.token:
        monkeypatch.setenv("FEDN_AUTH_TOKEN", target.token)
    # a project that reads the controller's address from the environment, an int as the default
    api = APIClient(os.environ.get("FEDN_SERVER_HOST", "localhost"), os.environ.get("FEDN_SERVER_PORT", 8092))
    with api:
        assert api.base_url == target.url
        assert api.get_models_count() == len(api.get_models()["result"])


@pytest.mark.parametrize("target", URL_TARGETS, indirect=True)
def test_get_url_is_where_the_client_connects(target: Target, capsys: pytest.CaptureFixture[str]) -> None:
    host, port = host_and_port(target.url)
    with APIClient(host, port=str(port), token=target.token) as api:
        print(api._get_url("set_package"))
        url = api._get_url("get_controller_status")
        headers = dict(api.httpx_client.headers)
        answer = httpx.get(url, headers=headers, timeout=10)  # as scripts request it by hand
        assert answer.status_code == 200 and answer.json()["state"] == api.get_controller_status()["state"]
        listed = httpx.get(api._get_url_api_v1("models/"), headers=headers, timeout=10)
        assert listed.status_code == 200 and listed.json()["count"] == api.get_models_count()
    assert capsys.readouterr().out.strip() == f"http://{host}:{port}/set_package"


# --- names from before FEDn 0.9 ------------------------------------------------------------------


def assert_alias(
    alias: Callable[[], Any], current: Callable[[], Any], new_name: str, attempts: int = 5
) -> Any:
    """The alias warns naming ``new_name`` and answers what the current method does.

    Lists whose items change between two calls (a client's ``last_seen``) are read again, a few
    times, until two reads agree.
    """
    for _ in range(attempts):
        with pytest.warns(DeprecationWarning, match=rf"use APIClient\.{re.escape(new_name)} instead"):
            old = alias()
        new = current()
        if old == new:
            assert type(old) is type(new)
            assert "success" not in (old or {})
            return old
    raise AssertionError(f"the alias answered {old!r}, the current method {new!r}")


def test_every_older_name_answers_as_the_current_method(client: APIClient, fedn08_session: Session) -> None:
    session_id = fedn08_session.session_id
    models = assert_alias(
        lambda: client.list_models(session_id), lambda: client.get_models(session_id), "get_models()"
    )
    assert models["count"] == 2 and {m["session_id"] for m in models["result"]} == {session_id}
    assert assert_alias(client.list_clients, client.get_clients, "get_clients()")["count"] >= 1
    assert assert_alias(client.list_combiners, client.get_combiners, "get_combiners()")["count"] == 1
    assert assert_alias(client.list_rounds, client.get_rounds, "get_rounds()")["count"] >= 2
    sessions = assert_alias(client.list_sessions, client.get_sessions, "get_sessions()")
    assert session_id in {s["session_id"] for s in sessions["result"]}
    assert assert_alias(client.list_compute_packages, client.get_packages, "get_packages()")["count"] >= 1
    latest = assert_alias(client.get_latest_model, client.get_active_model, "get_active_model()")
    assert latest is not None and latest["session_id"] == session_id


def test_list_validations_filters_by_fedn08s_model_id(client: APIClient, fedn08_session: Session) -> None:
    models = client.get_models(session_id=fedn08_session.session_id)["result"]
    model_id = models[0]["model"]
    validations = assert_alias(
        lambda: client.list_validations(modelId=model_id),
        lambda: client.get_validations(model_id=model_id),
        "get_validations()",
    )
    assert validations["count"] >= 1
    assert {v["model_id"] for v in validations["result"]} == {model_id}
    assert validations["count"] < client.get_validations_count()  # filtered, not every validation
    by_session = assert_alias(
        lambda: client.list_validations(sessionId=fedn08_session.session_id),
        lambda: client.get_validations(session_id=fedn08_session.session_id),
        "get_validations()",
    )
    assert {v["session_id"] for v in by_session["result"]} == {fedn08_session.session_id}


def test_get_initial_model_is_where_the_active_trail_starts(
    client: APIClient, fedn08_session: Session
) -> None:
    initial = assert_alias(
        client.get_initial_model, lambda: client.get_model_trail()[0], "get_model_trail()[0]"
    )
    trail = client.get_model_trail()
    assert initial == trail[0] and trail[-1] == client.get_active_model()
    assert initial["model"] not in {
        m["model"] for m in client.get_models(session_id=fedn08_session.session_id)["result"]
    }
    assert initial["model"] in {m["parent_model"] for m in trail}


# --- back to back -----------------------------------------------------------------------------------


def test_sessions_started_back_to_back_from_a_loop_all_run(
    client: APIClient, fedn08_session: Session
) -> None:
    """Upstream left about 8 of 20 such sessions "Created"; a PreconditionConflictError is the default."""
    tag = uuid.uuid4().hex[:6]
    names = [f"back-to-back-{tag}-{n}" for n in range(3)]
    started = []
    for name in names:  # no wait between the calls: each waits for the one before
        result = client.start_session(name=name, rounds=1, round_timeout=60, wait_for_idle=SESSION_TIMEOUT)
        assert result["message"] == "Session started"  # what a loop on result["success"] should test
        assert result["status"] != "Created"  # the controller has begun it
        started.append(result)
    sessions = [
        client.wait_for_session(s["session_id"], timeout=SESSION_TIMEOUT, poll_interval=0.5) for s in started
    ]
    assert [s.status for s in sessions] == ["Finished"] * 3
    assert [s.name for s in sessions] == names
    chain = [client.get_models(session_id=s.session_id)["result"] for s in sessions]
    assert [len(models) for models in chain] == [1, 1, 1]
    # each session trained from the one before: its seed is the previous session's model
    for before, after, session in zip(chain, chain[1:], sessions[1:], strict=False):
        assert session["seed_model_id"] == before[0]["model"]
        assert after[0]["parent_model"] == before[0]["model"]
    wait_idle(client)
