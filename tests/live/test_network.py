"""Live tests of the local FEDn network (scripts/network.py) with plain HTTP calls."""

from __future__ import annotations

import json
import os
import signal
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.network import State, auth_headers, bring_down, bring_up, read_state, run_network

REQUIRED_STATE_KEYS = {
    "controller_url",
    "controller_port",
    "package",
    "seed",
    "token",
    "auth",
    "pids",
    "processes",
    "ports",
    "state_dir",
    "postgres",
    "s3_endpoint",
    "logs",
    "clients",
    "combiner",
}
SESSION_TIMEOUT = 180.0


# ----------------------------------------------------------------------------- helpers


def pid_alive(pid: int) -> bool:
    """True if ``pid`` exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def listening(port: int) -> bool:
    """True if 127.0.0.1:``port`` accepts connections."""
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes of process group ``pgid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append(int(entry.name))
    return found


def poll(what: str, fetch: Callable[[], Any], done: Callable[[Any], bool], timeout: float) -> Any:
    """Call ``fetch`` until ``done(result)``; fail with the last result after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = fetch()
        if done(result):
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}; last: {result!r}")
        time.sleep(0.5)


def ok(response: httpx.Response, status: int = 200) -> Any:
    """Assert the status code and return the JSON body."""
    assert response.status_code == status, (
        f"{response.request.method} {response.request.url}: {response.status_code} {response.text[:500]}"
    )
    return response.json()


def upload_package_and_seed(http: httpx.Client, state: State) -> str:
    """Upload build/package.tgz (made active) and build/seed.npz; return the seed's model id."""
    with open(state["package"], "rb") as fh:
        ok(
            http.post(
                "/api/v1/packages/",
                files={"file": ("package.tgz", fh)},
                data={"helper": "numpyhelper", "name": "numpy-linear", "description": "test package"},
            )
        )
    # after the upload: without an active package upstream inserts a package row without a file
    # name, and GET /api/v1/packages/ answers 500 from then on
    ok(http.put("/api/v1/helpers/active", json={"helper": "numpyhelper"}))
    seed_name = f"seed-{uuid.uuid4().hex[:8]}"
    with open(state["seed"], "rb") as fh:
        ok(http.post("/api/v1/models/", files={"file": ("seed.npz", fh)}, data={"name": seed_name}))
    models = ok(http.get("/api/v1/models/", params={"name": seed_name}))
    assert models["count"] == 1, models
    return str(models["result"][0]["model_id"])


def wait_idle(http: httpx.Client) -> None:
    """Wait until the controller reports no running session."""
    poll(
        "controller idle", lambda: ok(http.get("/get_controller_status"))["state"], lambda s: s == "idle", 60
    )


def run_session(http: httpx.Client, seed_id: str, rounds: int = 3, clients: int = 2) -> dict[str, Any]:
    """Create and start a FedAvg session from ``seed_id``; return it once finished."""
    wait_idle(http)
    created = ok(
        http.post(
            "/api/v1/sessions/",
            json={
                "name": f"session-{uuid.uuid4().hex[:8]}",
                "seed_model_id": seed_id,
                "session_config": {
                    "aggregator": "fedavg",
                    "aggregator_kwargs": None,
                    "round_timeout": 60,
                    "buffer_size": -1,
                    "model_id": seed_id,
                    "delete_models_storage": True,
                    "clients_required": clients,
                    "requested_clients": clients,
                    "validate": True,
                    "helper_type": "numpyhelper",
                    "server_functions": None,
                },
            },
        ),
        201,
    )
    session_id = created["session_id"]
    start = {"session_id": session_id, "rounds": rounds, "round_timeout": 60}
    started = poll(
        "the controller to accept the session",
        lambda: http.post("/api/v1/sessions/start", json=start),
        # 400 "A session is already running!" while someone else's session runs: wait for it
        lambda r: r.status_code != 400 or "already running" not in r.text,
        SESSION_TIMEOUT,
    )
    ok(started)
    session = poll(
        f"session {session_id} to finish",
        lambda: ok(http.get(f"/api/v1/sessions/{session_id}")),
        lambda s: s["status"] not in ("Created", "Started"),
        SESSION_TIMEOUT,
    )
    assert session["status"] == "Finished", session
    return dict(session)


def model_trail(http: httpx.Client, model_id: str) -> list[str]:
    """Model ids from ``model_id`` back to the seed, following ``parent_model``."""
    trail = [model_id]
    while True:
        model = ok(http.get(f"/api/v1/models/{trail[-1]}"))
        parent = model.get("parent_model")
        if not parent:
            return trail
        trail.append(parent)
        assert len(trail) < 1000, "cycle in the model trail"


def session_models(http: httpx.Client, session_id: str) -> list[dict[str, Any]]:
    """The models a session produced, newest first."""
    body = ok(
        http.get(
            "/api/v1/models/",
            params={"session_id": session_id},
            headers={"X-Sort-Key": "committed_at", "X-Sort-Order": "desc"},
        )
    )
    return list(body["result"])


@pytest.fixture(scope="module")
def http(fedn_network: State) -> Iterator[httpx.Client]:
    """Plain HTTP client for the main network."""
    with httpx.Client(
        base_url=fedn_network["controller_url"], headers=auth_headers(fedn_network), timeout=30
    ) as client:
        yield client


@pytest.fixture(scope="module")
def seed_model(http: httpx.Client, fedn_network: State) -> str:
    """The package and seed uploaded to the main network; the seed's model id."""
    return upload_package_and_seed(http, fedn_network)


# ----------------------------------------------------------------------------- tests


def test_network_is_up(fedn_network: State) -> None:
    """``up`` wrote the state file with every key, and every recorded process runs."""
    assert fedn_network.keys() >= REQUIRED_STATE_KEYS
    assert fedn_network["status"] == "running"
    assert fedn_network["token"] is None and fedn_network["auth"] is False
    assert Path(fedn_network["package"]).is_file() and Path(fedn_network["seed"]).is_file()
    for name, info in fedn_network["processes"].items():
        assert pid_alive(info["pid"]), name
        assert Path(info["log"]).is_file(), name
    for name, port in fedn_network["ports"].items():
        assert listening(port), name
    status = run_network("status", "--state-dir", fedn_network["state_dir"], timeout=60)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["controller_url"] == fedn_network["controller_url"]


def test_health(http: httpx.Client) -> None:
    """The controller answers /health."""
    assert http.get("/health").status_code == 200


def test_combiner_and_clients_listed(http: httpx.Client, fedn_network: State) -> None:
    """The combiner and both clients are known to the controller, the clients online."""
    combiners = ok(http.get("/api/v1/combiners/"))
    assert fedn_network["combiner"]["name"] in [c["name"] for c in combiners["result"]]
    clients = ok(http.get("/api/v1/clients/"))
    online = {c["name"] for c in clients["result"] if c["status"] == "online"}
    assert set(fedn_network["clients"]) == {"client1", "client2"}
    assert set(fedn_network["clients"]) <= online


def test_up_twice_does_not_start_a_second_network(fedn_network: State) -> None:
    """A second ``up`` for a running network starts nothing and leaves the state as it was."""
    result = run_network("up", "--state-dir", fedn_network["state_dir"], timeout=120)
    assert result.returncode == 0, result.stderr
    assert "already running" in result.stderr
    after = read_state(Path(fedn_network["state_dir"]))
    assert after["pids"] == fedn_network["pids"]
    assert after["controller_url"] == fedn_network["controller_url"]


def test_three_round_fedavg_session(http: httpx.Client, seed_model: str, fedn_network: State) -> None:
    """A 3-round FedAvg session ends with a trail seed + 3 models and validations from both clients."""
    session = run_session(http, seed_model, rounds=3)
    models = session_models(http, session["session_id"])
    assert len(models) == 3, models
    trail = model_trail(http, models[0]["model_id"])
    assert len(trail) == 4 and trail[-1] == seed_model, trail
    assert set(trail[:3]) == {m["model_id"] for m in models}

    def validations() -> list[dict[str, Any]]:
        body = ok(http.get("/api/v1/validations/", params={"session_id": session["session_id"]}))
        return list(body["result"])

    # every client validates every round's model; the last ones may land just after "Finished"
    found = poll(
        "validations of all 3 models from both clients",
        validations,
        lambda vs: len({(v["model_id"], v["sender"]["name"]) for v in vs}) >= 6,
        30,
    )
    assert {v["sender"]["name"] for v in found} == set(fedn_network["clients"])
    by_client: dict[str, dict[str, float]] = {}
    for v in found:
        by_client.setdefault(v["sender"]["name"], {})[v["model_id"]] = json.loads(v["data"])["test_loss"]
    first, last = trail[2], trail[0]
    for client, losses in by_client.items():
        assert losses[last] < losses[first], f"{client}: test_loss did not improve {losses}"


def test_sessions_keep_working_past_ten_rounds(http: httpx.Client, seed_model: str) -> None:
    """Four 3-round sessions in one database: rounds 10+ get fresh ids and every session finishes."""
    sessions = [run_session(http, seed_model, rounds=3) for _ in range(4)]
    for session in sessions:
        assert len(session_models(http, session["session_id"])) == 3
    rounds = ok(http.get("/api/v1/rounds/", headers={"X-Limit": "10000"}))["result"]
    ids = [r["round_id"] for r in rounds]
    assert len(ids) == len(set(ids)) >= 12
    assert {"10", "11", "12"} <= set(ids)
    mine = {s["session_id"] for s in sessions}
    my_rounds = [r for r in rounds if (r.get("round_config") or {}).get("session_id") in mine]
    assert len(my_rounds) == 12
    assert all(r["status"] == "Finished" for r in my_rounds), [r["status"] for r in my_rounds]


def test_status_fails_without_a_network(tmp_path: Path) -> None:
    """``status`` exits non-zero when no network runs in the state folder."""
    result = run_network("status", "--state-dir", str(tmp_path / "none"), timeout=60)
    assert result.returncode != 0


def test_down_leaves_no_process_or_listener(tmp_path_factory: pytest.TempPathFactory) -> None:
    """``down`` stops every process it started and frees every port; ``--wipe`` removes the state."""
    state_dir = tmp_path_factory.mktemp("fedn-network-down")
    state = bring_up(state_dir, "--clients", "1")
    pids = [info["pid"] for info in state["processes"].values()]
    postmaster = state["processes"]["postgres"]["postmaster_pid"]
    assert all(pid_alive(p) for p in [*pids, postmaster])
    assert all(listening(p) for p in state["ports"].values())
    try:
        result = bring_down(state_dir)
        assert result.returncode == 0, result.stderr
        assert [p for p in [*pids, postmaster] if pid_alive(p)] == []
        assert [pg for pg in pids if group_members(pg)] == []
        assert [n for n, p in state["ports"].items() if listening(p)] == []
        assert read_state(state_dir)["status"] == "stopped"
        assert run_network("status", "--state-dir", str(state_dir), timeout=60).returncode != 0
        wiped = bring_down(state_dir, "--wipe")
        assert wiped.returncode == 0, wiped.stderr
        assert not state_dir.exists()
        assert not Path(state["postgres"]["datadir"]).exists()
    finally:
        for pid in pids:  # never leave anything behind, even when an assertion failed
            if group_members(pid):
                os.killpg(pid, signal.SIGKILL)


def test_auth_rejects_missing_token_and_accepts_the_written_jwt(fedn_auth_network: State) -> None:
    """With ``--auth`` the controller answers 401 without a token and 200 with the state's JWT."""
    assert fedn_auth_network["auth"] is True and fedn_auth_network["token"]
    url = fedn_auth_network["controller_url"]
    missing = httpx.get(f"{url}/api/v1/clients/")
    assert missing.status_code == 401 and missing.json() == {"message": "Missing token"}
    wrong_scheme = httpx.get(
        f"{url}/api/v1/clients/", headers={"Authorization": f"Token {fedn_auth_network['token']}"}
    )
    assert wrong_scheme.status_code == 401
    forged = httpx.get(
        f"{url}/api/v1/clients/", headers={"Authorization": f"Bearer {fedn_auth_network['token']}x"}
    )
    assert forged.status_code == 401
    accepted = httpx.get(f"{url}/api/v1/clients/", headers=auth_headers(fedn_auth_network))
    assert accepted.status_code == 200
    # the clients registered with their own (role "client") token against the same check
    assert {c["name"] for c in accepted.json()["result"]} == set(fedn_auth_network["clients"])
    assert httpx.get(f"{url}/health").status_code == 200
