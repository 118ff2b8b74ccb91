"""Record real response bodies of the FEDn controller as test fixtures.

Runs a realistic scenario against the local network described by a state file written by
``python scripts/network up`` (controller URL, package, seed, optional admin token): uploads the compute
package and the seed model, creates and runs a session with validations, waits for it to finish,
then calls every route that returns JSON and saves what the server sent to
``tests/fixtures/<operationId>.json`` (and a few error answers to ``<operationId>.<status>.json``)::

    {"operation_id": ..., "method": ..., "path": ..., "status": 200, "body": <the JSON body>}

Re-runnable: every run starts from whatever the network holds, adds one package, one seed model
and two sessions, and overwrites the fixture files it records (stale ones are removed).
Needs only httpx (run it with the project venv)::

    .venv/bin/python scripts/record_fixtures.py [--state-dir .fedn-network] [--out tests/fixtures]

Packaged clients log no metrics (see compute_package/metric_client.py). To record metric rows,
connect that client to the network first (it then trains in the sessions too); without it the
metric lists are empty and ``get_metric.json`` is removed as stale::

    .server-venv/bin/python compute_package/metric_client.py --api-url CONTROLLER_URL --name metrics-client
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_STATE_DIR = ROOT / ".fedn-network"
DEFAULT_OUT = ROOT / "tests" / "fixtures"
API = "/api/v1"


class RecordingError(RuntimeError):
    """The scenario could not be run as planned."""


class Recorder:
    """Calls the controller and writes each answer as a fixture file."""

    def __init__(self, client: httpx.Client, out: Path) -> None:
        """Use ``client`` (base URL and auth already set) and write fixtures under ``out``."""
        self.client = client
        self.out = out
        self.written: list[Path] = []

    def call(
        self,
        operation_id: str,
        method: str,
        path: str,
        *,
        expect: int | tuple[int, ...] = 200,
        save: bool = True,
        **kwargs: Any,
    ) -> Any:
        """Send one request, check its status (one of ``expect``), save its JSON body and return it."""
        response = self.client.request(method, path, **kwargs)
        allowed = (expect,) if isinstance(expect, int) else expect
        if response.status_code not in allowed:
            raise RecordingError(
                f"{operation_id}: {method} {path} answered {response.status_code}, expected {expect}: "
                f"{response.text[:500]}"
            )
        body = response.json()
        if save:
            status = response.status_code
            name = operation_id if status < 300 else f"{operation_id}.{status}"
            record = {
                "operation_id": operation_id,
                "method": method.upper(),
                "path": path,
                "status": response.status_code,
                "body": body,
            }
            target = self.out / f"{name}.json"
            target.write_text(json.dumps(record, indent=2, sort_keys=False) + "\n", encoding="utf-8")
            self.written.append(target)
        return body


def wait_until(what: str, check: Callable[[], bool], timeout: float, interval: float = 1.0) -> None:
    """Poll ``check`` until it is true; raise after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(interval)
    raise RecordingError(f"timed out after {timeout:.0f} s waiting for {what}")


def load_state(state_dir: Path) -> dict[str, Any]:
    """The network's state file, checked to describe a running network."""
    path = state_dir / "state.json"
    if not path.exists():
        raise RecordingError(f"{path} not found: start the network first (make network-up)")
    state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if state.get("status") != "running":
        raise RecordingError(f"the network in {state_dir} is not running (status {state.get('status')!r})")
    return state


def record(state: dict[str, Any], out: Path, timeout: float) -> list[Path]:
    """Run the scenario and write the fixtures; return the files written."""
    headers = {"Authorization": f"Bearer {state['token']}"} if state.get("token") else {}
    out.mkdir(parents=True, exist_ok=True)
    with httpx.Client(base_url=state["controller_url"], headers=headers, timeout=60.0) as client:
        rec = Recorder(client, out)
        scenario(rec, state, timeout)
    return rec.written


def scenario(rec: Recorder, state: dict[str, Any], timeout: float) -> None:
    """The calls, in an order that makes every recorded entity exist first."""
    get, post, put, patch, delete = "GET", "POST", "PUT", "PATCH", "DELETE"
    paging = {"X-Limit": "50", "X-Skip": "0", "X-Sort-Key": "committed_at", "X-Sort-Order": "desc"}
    tag = uuid.uuid4().hex[:8]

    # --- control
    response = rec.client.get("/health")
    if response.status_code != 200:
        raise RecordingError(f"/health answered {response.status_code}")
    rec.call("get_controller_status", get, "/get_controller_status")

    # --- package and helper
    package_path = Path(state["package"])
    with package_path.open("rb") as fh:
        rec.call(
            "create_package",
            post,
            f"{API}/packages/",
            files={"file": (package_path.name, fh, "application/octet-stream")},
            data={
                "helper": state.get("helper", "numpyhelper"),
                "name": f"package-{tag}",
                "description": "fixtures",
            },
        )
    package = rec.call("get_active_package", get, f"{API}/packages/active")
    rec.call("get_package", get, f"{API}/packages/{package['package_id']}")
    rec.call("list_packages", get, f"{API}/packages/", headers=paging)
    rec.call(
        "list_packages_filtered", post, f"{API}/packages/list", json={"name": package["name"]}, headers=paging
    )
    rec.call("count_packages", get, f"{API}/packages/count")
    rec.call("count_packages_filtered", post, f"{API}/packages/count", json={"helper": package["helper"]})
    # 404 "File not found." when the controller's working folder is not FEDN_COMPUTE_PACKAGE_DIR (upstream
    # looks for the file in the former and stores it in the latter).
    rec.call("get_package_checksum", get, f"{API}/packages/checksum", expect=(200, 404))
    # Upstream bug: making the active package active again deactivates it, so it is set twice (the second
    # call finds no active package and activates it). A helper set while no package is active creates an
    # invalid package row that makes every package listing answer 500, hence the order here.
    rec.call("set_active_package", put, f"{API}/packages/active", json={"id": package["package_id"]})
    if rec.client.get(f"{API}/packages/active").status_code != 200:
        rec.call(
            "set_active_package",
            put,
            f"{API}/packages/active",
            json={"id": package["package_id"]},
            save=False,
        )
    rec.call("get_active_package", get, f"{API}/packages/active")
    rec.call("set_active_helper", put, f"{API}/helpers/active", json={"helper": package["helper"]})
    rec.call("get_active_helper", get, f"{API}/helpers/active")

    # --- seed model
    seed_path = Path(state["seed"])
    with seed_path.open("rb") as fh:
        rec.call(
            "create_model",
            post,
            f"{API}/models/",
            files={"file": (seed_path.name, fh, "application/octet-stream")},
            data={"name": f"seed-{tag}"},
        )
    seed = rec.call("list_models", get, f"{API}/models/", headers=paging, params={"name": f"seed-{tag}"})[
        "result"
    ][0]
    seed_id = seed["model_id"]

    # --- clients and combiners (before the session: the session needs them online)
    client_list = rec.call("list_clients", get, f"{API}/clients/", headers=paging)
    online = [c for c in client_list["result"] if c.get("status") == "online"]
    if not online:
        raise RecordingError("no client is online")
    client = online[0]
    rec.call("get_client", get, f"{API}/clients/{client['client_id']}")
    rec.call("list_clients_filtered", post, f"{API}/clients/list", json={"status": "online"}, headers=paging)
    rec.call("count_clients", get, f"{API}/clients/count", params={"status": "online"})
    rec.call("count_clients_filtered", post, f"{API}/clients/count", json={"status": "online"})
    rec.call("get_client_config", get, f"{API}/clients/config", params={"checksum": "true"})
    combiners = rec.call("list_combiners", get, f"{API}/combiners/", headers=paging)
    combiner = combiners["result"][0]
    rec.call("get_combiner", get, f"{API}/combiners/{combiner['combiner_id']}")
    rec.call("list_combiners_filtered", post, f"{API}/combiners/list", json={"name": combiner["name"]})
    rec.call("count_combiners", get, f"{API}/combiners/count")
    rec.call("count_combiners_filtered", post, f"{API}/combiners/count", json={"name": combiner["name"]})
    rec.call(
        "count_combiner_clients", post, f"{API}/combiners/clients/count", json={"combiners": combiner["name"]}
    )

    # --- a session that is only created (its config keeps a Python-literal aggregator_kwargs string)
    base_config = {
        "aggregator": "fedavg",
        "round_timeout": 120,
        "buffer_size": -1,
        "delete_models_storage": False,
        "clients_required": max(1, len(online)),
        # Left null, the combiner writes the string "None" into an integer column and the round fails.
        "requested_clients": 8,
        "validate": True,
        "helper_type": package["helper"],
        "model_id": seed_id,
    }
    created = rec.call(
        "create_session",
        post,
        f"{API}/sessions/",
        json={
            "name": f"created-{tag}",
            "seed_model_id": seed_id,
            "session_config": {**base_config, "rounds": 1, "aggregator_kwargs": "{'serveropt': 'adam'}"},
        },
        expect=201,
    )
    rec.call(
        "update_session", patch, f"{API}/sessions/{created['session_id']}", json={"name": f"patched-{tag}"}
    )
    replaced = {key: created[key] for key in ("name", "status", "seed_model_id", "session_config")}
    replaced["name"] = f"replaced-{tag}"
    rec.call("replace_session", put, f"{API}/sessions/{created['session_id']}", json=replaced)

    # --- the session that runs
    rounds = 2
    session = rec.client.post(
        f"{API}/sessions/",
        json={
            "name": f"session-{tag}",
            "seed_model_id": seed_id,
            "session_config": {**base_config, "rounds": rounds},
        },
    )
    if session.status_code != 201:
        raise RecordingError(f"creating the session failed: {session.status_code} {session.text[:300]}")
    session_id = session.json()["session_id"]
    rec.call(
        "start_session", post, f"{API}/sessions/start", json={"session_id": session_id, "rounds": rounds}
    )

    def finished() -> bool:
        status = rec.client.get(f"{API}/sessions/{session_id}").json().get("status")
        state_now = rec.client.get("/get_controller_status").json().get("state")
        return bool(status == "Finished" and state_now == "idle")

    wait_until(f"session {session_id} to finish", finished, timeout)
    expected_validations = rounds * len(online)

    def validations_in() -> bool:
        count = rec.client.get(f"{API}/validations/count", params={"session_id": session_id}).json()
        return isinstance(count, int) and count >= expected_validations

    # Validations of the last model can land a moment after the session is reported finished.
    wait_until("validations of the session", validations_in, 60)

    # --- sessions
    rec.call("get_session", get, f"{API}/sessions/{session_id}")
    rec.call("list_sessions", get, f"{API}/sessions/", headers=paging)
    rec.call(
        "list_sessions_filtered", post, f"{API}/sessions/list", json={"status": "Finished"}, headers=paging
    )
    rec.call("count_sessions", get, f"{API}/sessions/count")
    rec.call("count_sessions_filtered", post, f"{API}/sessions/count", json={"session_id": session_id})

    # --- models (the trail of the finished session)
    session_models = rec.call(
        "list_models_filtered", post, f"{API}/models/list", json={"session_id": session_id}, headers=paging
    )["result"]
    if not session_models:
        raise RecordingError("the finished session produced no model")
    latest = session_models[0]
    rec.call("get_model", get, f"{API}/models/{latest['model_id']}")
    rec.call("count_models", get, f"{API}/models/count")
    rec.call("count_models_filtered", post, f"{API}/models/count", json={"session_id": session_id})
    rec.call(
        "get_model_ancestors",
        get,
        f"{API}/models/{latest['model_id']}/ancestors",
        headers={"X-Limit": "10"},
        params={"include_self": "true"},
    )
    rec.call("get_model_descendants", get, f"{API}/models/{seed_id}/descendants", headers={"X-Limit": "10"})
    # Always 500 on SQL backends (upstream queries a `parent_id` column that does not exist).
    rec.call("get_leaf_models", get, f"{API}/models/leaf-nodes", expect=(200, 500))
    # 500 with the BOTO3 storage backend (upstream calls `.stream()` on the BytesIO it gets back).
    rec.call("get_model_parameters", get, f"{API}/models/{latest['model_id']}/parameters", expect=(200, 500))
    rec.call("update_model", patch, f"{API}/models/{latest['model_id']}", json={"name": f"renamed-{tag}"})
    rec.call(
        "replace_model",
        put,
        f"{API}/models/{latest['model_id']}",
        json={"name": f"replaced-{tag}", "parent_model": latest["parent_model"], "session_id": session_id},
    )
    rec.call("get_active_model", get, f"{API}/models/active", expect=410)
    rec.call("set_active_model", put, f"{API}/models/active", json={}, expect=410)

    # --- rounds, runs, statuses, validations, metrics
    for many, one, key, flt in (
        ("rounds", "round", "round_id", {"status": "Success"}),
        ("runs", "run", "run_id", {"session_id": session_id}),
        ("statuses", "status", "status_id", {"session_id": session_id}),
        ("validations", "validation", "validation_id", {"session_id": session_id}),
        ("metrics", "metric", "metric_id", {"session_id": session_id}),
    ):
        listing = rec.call(f"list_{many}", get, f"{API}/{many}/", headers=paging)
        rec.call(f"list_{many}_filtered", post, f"{API}/{many}/list", json=flt, headers=paging)
        rec.call(f"count_{many}", get, f"{API}/{many}/count")
        rec.call(f"count_{many}_filtered", post, f"{API}/{many}/count", json=flt)
        if listing["result"]:
            rec.call(f"get_{one}", get, f"{API}/{many}/{listing['result'][0][key]}")
        elif many != "metrics":  # metrics exist only while compute_package/metric_client.py is connected
            raise RecordingError(f"no {many} after a finished session")

    # --- attributes and telemetry (posted here, as a client would)
    sender = {"name": client["name"], "role": "client", "client_id": client["client_id"]}
    attribute = rec.call(
        "create_attribute",
        post,
        f"{API}/attributes/",
        json={"key": "charging", "value": "true", "sender": sender},
        expect=201,
    )
    rec.call("get_attribute", get, f"{API}/attributes/{attribute['attribute_id']}")
    rec.call("list_attributes", get, f"{API}/attributes/", headers=paging)
    rec.call(
        "list_attributes_filtered", post, f"{API}/attributes/list", json={"key": "charging"}, headers=paging
    )
    rec.call("count_attributes", get, f"{API}/attributes/count", params={"sender.name": client["name"]})
    rec.call("count_attributes_filtered", post, f"{API}/attributes/count", json={"key": "charging"})
    rec.call(
        "get_current_attributes",
        post,
        f"{API}/attributes/current",
        json={"client_ids": [client["client_id"], f"unknown-{tag}"]},
    )
    rec.call("get_client_attributes", get, f"{API}/clients/{client['client_id']}/attributes")
    telemetry = rec.call(
        "create_telemetry",
        post,
        f"{API}/telemetry/",
        json={"key": "memory_usage", "value": 42.5, "sender": sender},
        expect=201,
    )
    rec.call("get_telemetry", get, f"{API}/telemetry/{telemetry['telemetry_id']}")
    rec.call("list_telemetry", get, f"{API}/telemetry/", headers=paging)
    rec.call(
        "list_telemetry_filtered", post, f"{API}/telemetry/list", json={"key": "memory_usage"}, headers=paging
    )
    rec.call("count_telemetry", get, f"{API}/telemetry/count")
    rec.call("count_telemetry_filtered", post, f"{API}/telemetry/count", json={"key": "memory_usage"})

    # --- predictions of the session's latest model: every online client runs the package's
    # `predict` entry point and the combiner stores one row per client
    prediction_id = f"prediction-{tag}"
    rec.call(
        "start_prediction",
        post,
        f"{API}/predictions/start",
        json={"prediction_id": prediction_id, "model_id": latest["model_id"]},
    )

    def predictions_in() -> bool:
        count = rec.client.get(f"{API}/predictions/count", params={"model_id": latest["model_id"]}).json()
        return isinstance(count, int) and count >= len(online)

    wait_until(f"predictions of {latest['model_id']} from {len(online)} clients", predictions_in, 60)
    wait_until(
        "the controller to be idle",
        lambda: rec.client.get("/get_controller_status").json()["state"] == "idle",
        60,
    )
    predictions = rec.call("list_predictions", get, f"{API}/predictions/", headers=paging)
    rec.call("list_predictions_filtered", post, f"{API}/predictions/list", json={}, headers=paging)
    rec.call("count_predictions", get, f"{API}/predictions/count")
    rec.call("count_predictions_filtered", post, f"{API}/predictions/count", json={})
    rec.call("get_prediction", get, f"{API}/predictions/{predictions['result'][0]['prediction_id']}")

    # --- a client registering itself, then removed again
    fake_id = f"fixture-client-{tag}"
    rec.call(
        "add_client",
        post,
        f"{API}/clients/add",
        json={"client_id": fake_id, "name": f"fixture-{tag}", "package": "remote"},
    )
    rec.call("delete_client", delete, f"{API}/clients/{fake_id}")

    # --- no active package for a moment
    rec.call("delete_active_package", delete, f"{API}/packages/active")
    rec.call("get_active_package", get, f"{API}/packages/active", expect=404)
    rec.call("get_active_helper", get, f"{API}/helpers/active", expect=404)
    rec.call(
        "set_active_package", put, f"{API}/packages/active", json={"id": package["package_id"]}, save=False
    )
    rec.call("get_active_package", get, f"{API}/packages/active", save=False)

    # --- error answers
    rec.call(
        "start_splitlearning_session",
        post,
        f"{API}/sessions/start_splitlearning_session",
        json={},
        expect=400,
    )
    rec.call("get_model", get, f"{API}/models/missing-{tag}", expect=404)
    rec.call("get_session", get, f"{API}/sessions/missing-{tag}", expect=404)
    rec.call("start_session", post, f"{API}/sessions/start", json={}, expect=400)
    rec.call("create_attribute", post, f"{API}/attributes/", json={"key": "k", "value": "v"}, expect=400)
    rec.call("delete_combiner", delete, f"{API}/combiners/missing-{tag}", expect=404)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--state-dir", type=Path, default=DEFAULT_STATE_DIR, help="folder holding state.json")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the fixture files go")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for the session")
    args = parser.parse_args(argv)
    try:
        state = load_state(args.state_dir)
        written = record(state, args.out, args.timeout)
    except (RecordingError, httpx.HTTPError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    stale = sorted(set(args.out.glob("*.json")) - set(written))
    for path in stale:
        path.unlink()
    print(
        f"recorded {len(written)} fixtures in {args.out}"
        + (f" (removed {len(stale)} stale)" if stale else "")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
