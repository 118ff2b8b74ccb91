# ruff: noqa: E501  (the CASES table keeps one exchange per line)
"""The request-shape table of every public APIClient method, and its sync runner.

One table, ``CASES``: each case calls one method and lists the exact HTTP exchanges it must make
(method, path, query, headers, JSON or multipart body) with the server's canned answers, plus a
check of the typed result. The table holds no client: :func:`run_case_sync` drives it with the
sync ``APIClient`` (tests/unit/test_requests_sync.py); the async client runs the same table with
its own runner (tests/unit/test_requests_async.py). The canned answers (``model``, ``session``,
``CLIENT``, ...) are shaped like FEDn 0.33's JSON and shared by the other mocked-transport tests.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from fedn import APIClient, FedOpt, StartedSession
from fedn_api.models import ClientInfo, Model, ModelList, Session

TOKEN = "tok-123"
BASE = "http://ctl.test:8092"
TS = "Fri, 27 Nov 2026 05:02:48 GMT"

# Placeholders in a case's args/kwargs, replaced with real paths by the runner.
SEED = "<seed.npz>"
PACKAGE = "<package.tgz>"
TARGET = "<target>"
SEED_BYTES = b"seed-bytes\r\n--+++\r\n not a boundary"
PACKAGE_BYTES = b"\x1f\x8b package bytes"
DOWNLOAD_BYTES = b"model-bytes" * 1000


class _AnyUUID:
    """Equal to any UUID string (for ids the client generates itself)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and re.fullmatch(r"[0-9a-f-]{36}", other) is not None

    def __repr__(self) -> str:
        return "<any uuid>"


ANY_UUID = _AnyUUID()


# --- canned server answers (shaped like FEDn 0.33's JSON) -----------------------------------


def model(mid: str, parent: str | None = None, session: str | None = None) -> dict[str, Any]:
    """A model as the server sends it (``model`` and ``model_id`` are the same id)."""
    return {
        "model_id": mid,
        "model": mid,
        "name": f"name-{mid}",
        "parent_model": parent,
        "session_id": session,
        "committed_at": TS,
        "updated_at": TS,
    }


def envelope(*items: dict[str, Any]) -> dict[str, Any]:
    """A list route's answer: ``{"count", "result"}``."""
    return {"count": len(items), "result": list(items)}


NODE = {"name": "client-1", "role": "client", "client_id": "c1"}
CLIENT = {
    "client_id": "c1",
    "name": "client-1",
    "combiner": "combiner",
    "combiner_preferred": None,
    "ip": "127.0.0.1",
    "status": "online",
    "last_seen": TS,
    "package": "local",
    "committed_at": TS,
    "updated_at": TS,
}
COMBINER = {
    "combiner_id": "cb1",
    "name": "combiner",
    "address": "127.0.0.1",
    "fqdn": None,
    "ip": "127.0.0.1",
    "parent": "localhost",
    "port": 12080,
    "committed_at": TS,
    "updated_at": TS,
}
PACKAGE_JSON = {
    "package_id": "p1",
    "description": "",
    "file_name": "package.tgz",
    "helper": "numpyhelper",
    "name": "package",
    "storage_file_name": "package.tgz",
    "active": True,
    "committed_at": TS,
    "updated_at": TS,
}
ROUND = {
    "round_id": "1",
    "status": "Success",
    "round_config": None,
    "round_data": None,
    "combiners": [],
    "committed_at": TS,
    "updated_at": TS,
}
STATUS = {
    "status_id": "st1",
    "status": "Training started",
    "timestamp": TS,
    "log_level": "INFO",
    "data": None,
    "correlation_id": None,
    "type": "MODEL_UPDATE",
    "extra": None,
    "session_id": "s1",
    "sender": NODE,
    "committed_at": TS,
    "updated_at": TS,
}
VALIDATION = {
    "validation_id": "v1",
    "model_id": "m3",
    "data": '{"mse": 0.1}',
    "correlation_id": "corr",
    "timestamp": TS,
    "session_id": "s1",
    "meta": None,
    "sender": NODE,
    "receiver": {"name": "combiner", "role": "combiner", "client_id": None},
    "committed_at": TS,
    "updated_at": TS,
}
PREDICTION = {k: v for k, v in VALIDATION.items() if k not in ("validation_id", "session_id")} | {
    "prediction_id": "pr1"
}
ATTRIBUTE = {
    "attribute_id": "a1",
    "key": "charging",
    "value": "true",
    "timestamp": TS,
    "sender": NODE,
    "committed_at": TS,
    "updated_at": TS,
}


def session(
    sid: str = "s1", name: str = "test-session", status: str = "Created", rounds: int = 3
) -> dict[str, Any]:
    """A session as the server sends it (FedAvg, seed model ``m1``)."""
    return {
        "session_id": sid,
        "name": name,
        "status": status,
        "seed_model_id": "m1",
        "committed_at": TS,
        "updated_at": TS,
        "session_config": {
            "aggregator": "fedavg",
            "aggregator_kwargs": None,
            "round_timeout": 180,
            "buffer_size": -1,
            "rounds": rounds,
            "delete_models_storage": True,
            "clients_required": 1,
            "requested_clients": 8,
            "validate": True,
            "helper_type": "numpyhelper",
            "model_id": "m1",
            "server_functions": None,
        },
    }


RUN = {
    "run_id": "r1",
    "session_id": "s1",
    "model_id": "m1",
    "completed_at_model_id": "m2",
    "round_timeout": 180,
    "rounds": 3,
    "completed_at": TS,
    "committed_at": TS,
    "updated_at": TS,
}
MESSAGE = {"message": "ok"}
NOT_FOUND = {"message": "Entity not found"}
LATEST_MODEL_QUERY = {"X-Limit": "1", "X-Sort-Key": "committed_at", "X-Sort-Order": "desc"}


# --- the table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Exchange:
    """One expected request and the canned answer to it."""

    method: str
    path: str
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    no_headers: tuple[str, ...] = ("X-Limit",)
    json: object = None
    form: dict[str, str] | None = None
    file: tuple[str, str, bytes] | None = None
    status: int = 200
    reply: object = None
    reply_bytes: bytes | None = None


@dataclass(frozen=True)
class Case:
    """One call of a client method, the exchanges it must make and a check of its result."""

    id: str
    method: str
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    exchanges: tuple[Exchange, ...] = ()
    check: Callable[[Any, Path], None] | None = None
    #: the call uses a deprecated name: it must warn (DeprecationWarning). True: the method is the
    #: deprecated name; a string: a pattern the warning matches (a deprecated argument)
    deprecated: bool | str = False


def expect_warning(case: Case) -> contextlib.AbstractContextManager[object]:
    """``pytest.warns(DeprecationWarning)`` for a deprecated method's case, else nothing."""
    if isinstance(case.deprecated, str):
        return pytest.warns(DeprecationWarning, match=case.deprecated)
    if case.deprecated:
        return pytest.warns(DeprecationWarning, match=rf"\.{case.method}\(\) is deprecated")
    return contextlib.nullcontext()


def get(path: str, reply: object, **kw: Any) -> Exchange:
    """An expected GET of ``path`` answered with ``reply``."""
    return Exchange("GET", path, reply=reply, **kw)


# start_session checks the controller is idle before creating the session
IDLE = Exchange("GET", "/get_controller_status", reply={"state": "idle"})


def limited(n: int) -> dict[str, Any]:
    """Exchange options for a request that must carry ``X-Limit: n``."""
    return {"headers": {"X-Limit": str(n)}, "no_headers": ()}


def is_type(cls: type) -> Callable[[Any, Path], None]:
    """A check that the result is an instance of ``cls``."""

    def check(result: Any, _tmp: Path) -> None:
        assert isinstance(result, cls), type(result)

    return check


def started(session_id: str, message: str, status: str = "Created") -> Callable[[Any, Path], None]:
    """A start's result: upstream's keys (message, session_id) and the typed session."""

    def check(result: Any, _tmp: Path) -> None:
        assert isinstance(result, StartedSession) and isinstance(result, Session)
        assert result["message"] == result.message == message
        assert result["session_id"] == result.session_id == session_id
        assert result == {**session(status=status), "message": message}
        assert result.session_config.aggregator == "fedavg"

    return check


def trail_ids(*ids: str) -> Callable[[Any, Path], None]:
    """A check that the result is a list of typed models with exactly these ids, in order."""

    def check(result: Any, _tmp: Path) -> None:
        assert [m.model_id for m in result] == list(ids)
        assert all(isinstance(m, Model) for m in result)

    return check


def file_has(content: bytes) -> Callable[[Any, Path], None]:
    """A check that the download wrote ``content`` to ``<tmp>/target.bin`` and left no ``.part`` file."""

    def check(result: Any, tmp: Path) -> None:
        assert (tmp / "target.bin").read_bytes() == content
        assert result["success"] is True
        assert [p.name for p in tmp.iterdir() if p.name.endswith(".part")] == []

    return check


def session_body(
    name: str | None, aggregator: str = "fedavg", kwargs: str | None = None, **config: Any
) -> dict[str, Any]:
    """The JSON body of ``POST /api/v1/sessions/`` with the facade's defaults, ``config`` overriding."""
    cfg: dict[str, Any] = {
        "aggregator": aggregator,
        "round_timeout": 180,
        "buffer_size": -1,
        "delete_models_storage": True,
        "clients_required": 1,
        "validate": True,
        "helper_type": "numpyhelper",
        "model_id": "m1",
        "rounds": 5,
        "requested_clients": 8,
    }
    if kwargs is not None:
        cfg["aggregator_kwargs"] = kwargs
    cfg.update(config)
    body: dict[str, Any] = {"session_config": cfg, "seed_model_id": "m1"}
    if name is not None:
        body["name"] = name
    return body


FEDADAM_CONFIG = {
    "helper": "numpyhelper",
    "id": "experiment_fedadam",
    "aggregator": "fedopt",
    "aggregator_kwargs": {
        "serveropt": "adam",
        "learning_rate": 1e-2,
        "beta1": 0.9,
        "beta2": 0.99,
        "tau": 1e-4,
    },
    "model_id": "m1",
    "rounds": 10,
}
FEDADAM_KWARGS = "{'serveropt': 'adam', 'learning_rate': 0.01, 'beta1': 0.9, 'beta2': 0.99, 'tau': 0.0001}"
SERVER_FUNCTIONS_SOURCE = "class ServerFunctions:\n    pass\n"

CASES: list[Case] = [
    # clients
    Case("get_client", "get_client", ("c1",), exchanges=(get("/api/v1/clients/c1", CLIENT),), check=is_type(ClientInfo)),
    Case("get_client_by_name", "get_client", ("client-1",), exchanges=(
        get("/api/v1/clients/client-1", NOT_FOUND, status=404),
        get("/api/v1/clients/", envelope(CLIENT), query={"name": "client-1"}, **limited(10)),
    ), check=lambda r, _: isinstance(r, ClientInfo) and r.client_id == "c1"),
    Case("get_clients", "get_clients", exchanges=(get("/api/v1/clients/", envelope(CLIENT)),)),
    Case("get_clients_n_max", "get_clients", kwargs={"n_max": 5}, exchanges=(get("/api/v1/clients/", envelope(), **limited(5)),)),
    Case("get_clients_count", "get_clients_count", exchanges=(get("/api/v1/clients/count", 3),), check=lambda r, _: r == 3),
    Case("get_client_config", "get_client_config", exchanges=(
        get("/api/v1/clients/config", {"network_id": "n", "discover_host": "h", "discover_port": 1, "checksum": "ab"},
            query={"checksum": "true"}),
    )),
    Case("get_client_config_no_checksum", "get_client_config", (False,), exchanges=(
        get("/api/v1/clients/config", {"network_id": "n", "discover_host": "h", "discover_port": 1},
            query={"checksum": "false"}),
    )),
    Case("get_active_clients", "get_active_clients", exchanges=(
        get("/api/v1/clients/", envelope(CLIENT), query={"status": "online"}),
    )),
    Case("get_active_clients_filtered", "get_active_clients", ("cb1", 2), exchanges=(
        get("/api/v1/clients/", envelope(CLIENT), query={"status": "online", "combiner": "cb1"}, **limited(2)),
    )),
    # combiners
    Case("get_combiner", "get_combiner", ("cb1",), exchanges=(get("/api/v1/combiners/cb1", COMBINER),)),
    # upstream's CI test: get_combiner("combiner") is the combiner's name, its id a UUID
    Case("get_combiner_by_name", "get_combiner", ("combiner",), exchanges=(
        get("/api/v1/combiners/combiner", NOT_FOUND, status=404),
        get("/api/v1/combiners/", envelope(COMBINER), query={"name": "combiner"}, **limited(10)),
    ), check=lambda r, _: r["combiner_id"] == COMBINER["combiner_id"]),
    Case("get_combiners", "get_combiners", kwargs={"n_max": 1}, exchanges=(
        get("/api/v1/combiners/", envelope(COMBINER), **limited(1)),
    )),
    Case("get_combiners_count", "get_combiners_count", exchanges=(get("/api/v1/combiners/count", 1),)),
    # controller
    Case("get_controller_status", "get_controller_status", exchanges=(get("/get_controller_status", {"state": "idle"}),),
         check=lambda r, _: r["state"] == "idle" and r.state == "idle"),
    # models
    Case("get_model", "get_model", ("m1",), exchanges=(get("/api/v1/models/m1", model("m1")),),
         check=lambda r, _: r["model"] == "m1" and r.committed_at.year == 2026),
    Case("get_models", "get_models", kwargs={"session_id": "s1", "n_max": 2}, exchanges=(
        get("/api/v1/models/", envelope(model("m2", "m1", "s1")), query={"session_id": "s1"}, **limited(2)),
    ), check=is_type(ModelList)),
    Case("get_models_count", "get_models_count", exchanges=(get("/api/v1/models/count", 3),)),
    Case("get_active_model", "get_active_model", exchanges=(
        get("/api/v1/models/", envelope(model("m3", "m2")), headers=LATEST_MODEL_QUERY, no_headers=()),
    ), check=lambda r, _: r.model_id == "m3"),
    Case("get_active_model_none", "get_active_model", exchanges=(
        get("/api/v1/models/", envelope(), headers=LATEST_MODEL_QUERY, no_headers=()),
    ), check=lambda r, _: r is None),
    Case("get_model_trail_default_seed_first", "get_model_trail", exchanges=(
        get("/api/v1/models/", envelope(model("m3", "m2")), headers=LATEST_MODEL_QUERY, no_headers=()),
        get("/api/v1/models/count", 3),
        get("/api/v1/models/m3/ancestors", [model("m3", "m2"), model("m2", "m1"), model("m1")],
            query={"include_self": "true"}, headers={"X-Limit": "4", "X-Reverse": "false"}, no_headers=()),
    ), check=trail_ids("m1", "m2", "m3")),
    Case("get_model_trail_reverse_newest_first", "get_model_trail", ("m3",), {"reverse": True}, exchanges=(
        get("/api/v1/models/count", 3),
        get("/api/v1/models/m3/ancestors", [model("m3", "m2"), model("m2", "m1"), model("m1")],
            query={"include_self": "true"}, headers={"X-Limit": "4", "X-Reverse": "false"}, no_headers=()),
    ), check=trail_ids("m3", "m2", "m1")),
    Case("get_model_trail_exclude_self_n_max", "get_model_trail", ("m3",), {"include_self": False, "n_max": 1},
         exchanges=(
        get("/api/v1/models/m3/ancestors", [model("m3", "m2"), model("m2", "m1"), model("m1")],
            query={"include_self": "true"}, headers={"X-Limit": "2", "X-Reverse": "false"}, no_headers=()),
    ), check=trail_ids("m2")),
    Case("get_model_by_name", "get_model", ("name-m1",), exchanges=(
        get("/api/v1/models/name-m1", NOT_FOUND, status=404),
        get("/api/v1/models/", envelope(model("m1")), query={"name": "name-m1"}, **limited(10)),
    ), check=lambda r, _: isinstance(r, Model) and r.model_id == "m1"),
    Case("download_model", "download_model", ("m1", TARGET), exchanges=(
        get("/api/v1/models/m1/download", None, reply_bytes=DOWNLOAD_BYTES),
    ), check=file_has(DOWNLOAD_BYTES)),
    Case("set_active_model", "set_active_model", (SEED,), exchanges=(
        get("/api/v1/helpers/active", "numpyhelper"),
        Exchange("POST", "/api/v1/models/", form={"helper": "numpyhelper"}, file=("file", "seed.npz", SEED_BYTES),
                 reply={"success": True, "message": "Model added successfully"}),
    ), check=lambda r, _: r["success"] is True),
    Case("set_active_model_other_helper", "set_active_model", (SEED,), exchanges=(
        get("/api/v1/helpers/active", "binaryhelper"),
        Exchange("PUT", "/api/v1/helpers/active", json={"helper": "numpyhelper"}, reply={"message": "Active helper set"}),
        Exchange("POST", "/api/v1/models/", form={"helper": "numpyhelper"}, file=("file", "seed.npz", SEED_BYTES),
                 reply={"success": True, "message": "Model added successfully"}),
    ), check=lambda r, _: r["success"] is True),
    # FEDn 0.33's FAQ and flower-client example still use the old names (DeprecationWarning)
    Case("set_initial_model", "set_initial_model", (SEED,), exchanges=(
        get("/api/v1/helpers/active", "numpyhelper"),
        Exchange("POST", "/api/v1/models/", form={"helper": "numpyhelper"}, file=("file", "seed.npz", SEED_BYTES),
                 reply={"success": True, "message": "Model added successfully"}),
    ), check=lambda r, _: r["success"] is True, deprecated=True),
    # packages
    Case("set_package", "set_package", (PACKAGE, "numpyhelper"), exchanges=(
        Exchange("POST", "/api/v1/packages/", form={"helper": "numpyhelper", "name": "package", "description": ""},
                 file=("file", "package.tgz", PACKAGE_BYTES), reply={"message": "Package uploaded"}),
        Exchange("PUT", "/api/v1/helpers/active", json={"helper": "numpyhelper"}, reply={"message": "Active helper set"}),
    ), check=lambda r, _: r["message"] == "Package uploaded", deprecated=True),
    # names from FEDn before 0.9 (DeprecationWarning): the current routes, the current JSON
    Case("list_models", "list_models", ("s1",), exchanges=(
        get("/api/v1/models/", envelope(model("m2", "m1", "s1")), query={"session_id": "s1"}),
    ), check=lambda r, _: r == envelope(model("m2", "m1", "s1")), deprecated=True),
    Case("list_clients", "list_clients", exchanges=(get("/api/v1/clients/", envelope(CLIENT)),),
         check=lambda r, _: r == envelope(CLIENT), deprecated=True),
    Case("list_combiners", "list_combiners", exchanges=(get("/api/v1/combiners/", envelope(COMBINER)),),
         check=lambda r, _: r == envelope(COMBINER), deprecated=True),
    Case("list_rounds", "list_rounds", exchanges=(get("/api/v1/rounds/", envelope(ROUND)),),
         check=lambda r, _: r == envelope(ROUND), deprecated=True),
    Case("list_sessions", "list_sessions", exchanges=(get("/api/v1/sessions/", envelope(session())),),
         check=lambda r, _: r == envelope(session()), deprecated=True),
    Case("list_compute_packages", "list_compute_packages", exchanges=(
        get("/api/v1/packages/", envelope(PACKAGE_JSON)),
    ), check=lambda r, _: r == envelope(PACKAGE_JSON), deprecated=True),
    Case("list_validations_camel_case", "list_validations", kwargs={
        "modelId": "m3", "sessionId": "s1", "correlationId": "corr", "sender.name": "client-1"}, exchanges=(
        get("/api/v1/validations/", envelope(VALIDATION), query={
            "model_id": "m3", "session_id": "s1", "correlation_id": "corr", "sender.name": "client-1"}),
    ), check=lambda r, _: r == envelope(VALIDATION), deprecated=True),
    Case("get_latest_model", "get_latest_model", exchanges=(
        get("/api/v1/models/", envelope(model("m3", "m2")), headers=LATEST_MODEL_QUERY, no_headers=()),
    ), check=lambda r, _: r == model("m3", "m2"), deprecated=True),
    Case("get_initial_model", "get_initial_model", exchanges=(
        get("/api/v1/models/", envelope(model("m3", "m2")), headers=LATEST_MODEL_QUERY, no_headers=()),
        get("/api/v1/models/count", 3),
        get("/api/v1/models/m3/ancestors", [model("m3", "m2"), model("m2", "m1"), model("m1")],
            query={"include_self": "true"}, headers={"X-Limit": "4", "X-Reverse": "false"}, no_headers=()),
    ), check=lambda r, _: isinstance(r, Model) and r == model("m1"), deprecated=True),
    Case("get_initial_model_none", "get_initial_model", exchanges=(
        get("/api/v1/models/", envelope(), headers=LATEST_MODEL_QUERY, no_headers=()),
    ), check=lambda r, _: r is None, deprecated=True),
    Case("get_package", "get_package", ("p1",), exchanges=(get("/api/v1/packages/p1", PACKAGE_JSON),)),
    Case("get_package_by_name", "get_package", ("pkg",), exchanges=(
        get("/api/v1/packages/pkg", NOT_FOUND, status=404),
        get("/api/v1/packages/", envelope(PACKAGE_JSON), query={"name": "pkg"}, **limited(10)),
    ), check=lambda r, _: r["package_id"] == PACKAGE_JSON["package_id"]),
    Case("get_packages", "get_packages", kwargs={"n_max": 7}, exchanges=(
        get("/api/v1/packages/", envelope(PACKAGE_JSON), **limited(7)),
    )),
    Case("get_packages_count", "get_packages_count", exchanges=(get("/api/v1/packages/count", 1),)),
    Case("get_active_package", "get_active_package", exchanges=(get("/api/v1/packages/active", PACKAGE_JSON),),
         check=lambda r, _: r["helper"] == "numpyhelper"),
    Case("get_package_checksum", "get_package_checksum", exchanges=(
        get("/api/v1/packages/checksum", {"message": "Checksum created.", "checksum": "ab12"}),
    ), check=lambda r, _: r.checksum == "ab12"),
    Case("download_package", "download_package", (TARGET,), exchanges=(
        get("/api/v1/packages/download", None, reply_bytes=DOWNLOAD_BYTES),
    ), check=file_has(DOWNLOAD_BYTES)),
    Case("download_package_verified", "download_package", (TARGET,), {"verify_checksum": True}, exchanges=(
        get("/api/v1/packages/checksum", {"message": "Checksum created.", "checksum": __import__("hashlib").sha256(
            DOWNLOAD_BYTES).hexdigest()}),
        get("/api/v1/packages/download", None, reply_bytes=DOWNLOAD_BYTES),
    ), check=file_has(DOWNLOAD_BYTES)),
    Case("set_active_package", "set_active_package", (PACKAGE, "numpyhelper", "pkg", "my package"), exchanges=(
        Exchange("POST", "/api/v1/packages/", form={"helper": "numpyhelper", "name": "pkg", "description": "my package"},
                 file=("file", "package.tgz", PACKAGE_BYTES), reply={"message": "Package uploaded"}),
        Exchange("PUT", "/api/v1/helpers/active", json={"helper": "numpyhelper"}, reply={"message": "Active helper set"}),
    ), check=lambda r, _: r["message"] == "Package uploaded"),
    Case("set_active_package_seed_doc_form", "set_active_package", (PACKAGE,), {"helper": "numpyhelper"}, exchanges=(
        Exchange("POST", "/api/v1/packages/", form={"helper": "numpyhelper", "name": "package", "description": ""},
                 file=("file", "package.tgz", PACKAGE_BYTES), reply={"message": "Package uploaded"}),
        Exchange("PUT", "/api/v1/helpers/active", json={"helper": "numpyhelper"}, reply={"message": "Active helper set"}),
    )),
    # rounds
    Case("get_round", "get_round", ("1",), exchanges=(get("/api/v1/rounds/1", ROUND),)),
    Case("get_rounds", "get_rounds", kwargs={"n_max": 3}, exchanges=(get("/api/v1/rounds/", envelope(ROUND), **limited(3)),)),
    Case("get_rounds_count", "get_rounds_count", exchanges=(get("/api/v1/rounds/count", 1),)),
    # sessions
    Case("get_session_by_id", "get_session", ("s1",), exchanges=(get("/api/v1/sessions/s1", session()),),
         check=is_type(Session)),
    Case("get_session_id_is_name", "get_session", kwargs={"id": "test-session"}, exchanges=(
        get("/api/v1/sessions/test-session", {"message": "Entity with id: test-session not found"}, status=404),
        get("/api/v1/sessions/", envelope(session()), query={"name": "test-session"}, headers=LATEST_MODEL_QUERY,
            no_headers=()),
    ), check=lambda r, _: r.session_id == "s1"),
    Case("get_session_by_name", "get_session", kwargs={"name": "test-session"}, exchanges=(
        get("/api/v1/sessions/", envelope(session()), query={"name": "test-session"}, headers=LATEST_MODEL_QUERY,
            no_headers=()),
    )),
    Case("get_sessions", "get_sessions", (2, "n"), exchanges=(
        get("/api/v1/sessions/", envelope(session()), query={"name": "n"}, **limited(2)),
    )),
    Case("get_sessions_count", "get_sessions_count", exchanges=(get("/api/v1/sessions/count", 1),)),
    Case("get_session_status", "get_session_status", ("s1",), exchanges=(
        get("/api/v1/sessions/s1", session(status="Started")),
    ), check=lambda r, _: r == "Started"),
    Case("session_is_finished", "session_is_finished", ("s1",), exchanges=(
        get("/api/v1/sessions/s1", session(status="Finished")),
    ), check=lambda r, _: r is True),
    Case("start_session_seed_doc", "start_session", kwargs={"id": "test-session", "rounds": 3}, exchanges=(
        get("/api/v1/models/", envelope(model("m1")), headers=LATEST_MODEL_QUERY, no_headers=()),
        get("/api/v1/helpers/active", "numpyhelper"),
        IDLE,
        Exchange("POST", "/api/v1/sessions/", json=session_body("test-session", rounds=3), status=201, reply=session()),
        Exchange("POST", "/api/v1/sessions/start", json={"session_id": "s1", "rounds": 3, "round_timeout": 180},
                 reply={"message": "Session started"}),
    ), check=started("s1", "Session started")),
    # FEDn 0.8's keyword for the name, as in its notebooks' session_config dicts
    Case("start_session_fedn08_session_id", "start_session", kwargs={
        "session_id": "test-session", "rounds": 3, "model_id": "m1", "helper": "numpyhelper"}, exchanges=(
        IDLE,
        Exchange("POST", "/api/v1/sessions/", json=session_body("test-session", rounds=3), status=201, reply=session()),
        Exchange("POST", "/api/v1/sessions/start", json={"session_id": "s1", "rounds": 3, "round_timeout": 180},
                 reply={"message": "Session started"}),
    ), check=started("s1", "Session started"), deprecated=r"\.start_session\(session_id=\.\.\.\) is deprecated"),
    # wait_for_idle: polls the controller until idle, then reads the seed (the latest model once the
    # previous session is done), checks again, starts, returns once the controller has begun it
    Case("start_session_wait_for_idle", "start_session", kwargs={
        "name": "test-session", "rounds": 3, "helper": "numpyhelper", "wait_for_idle": 60}, exchanges=(
        get("/get_controller_status", {"state": "monitoring"}),
        get("/api/v1/sessions/", envelope(session("s0", "first", "Started")), query={"status": "Started"},
            headers=LATEST_MODEL_QUERY, no_headers=()),
        IDLE,
        get("/api/v1/models/", envelope(model("m1")), headers=LATEST_MODEL_QUERY, no_headers=()),
        IDLE,
        Exchange("POST", "/api/v1/sessions/", json=session_body("test-session", rounds=3), status=201, reply=session()),
        Exchange("POST", "/api/v1/sessions/start", json={"session_id": "s1", "rounds": 3, "round_timeout": 180},
                 reply={"message": "Session started"}),
        get("/api/v1/sessions/s1", session(status="Created")),
        get("/api/v1/sessions/s1", session(status="Started")),
    ), check=started("s1", "Session started", status="Started")),
    Case("start_session_no_active_helper", "start_session", kwargs={"model_id": "m1"}, exchanges=(
        get("/api/v1/helpers/active", {"message": "No active helper"}, status=404),
        IDLE,
        Exchange("POST", "/api/v1/sessions/", json=session_body(None), status=201, reply=session()),
        Exchange("POST", "/api/v1/sessions/start", json={"session_id": "s1", "rounds": 5, "round_timeout": 180},
                 reply={"message": "Session started"}),
    )),
    Case("start_session_fedadam_doc", "start_session", kwargs=FEDADAM_CONFIG, exchanges=(
        IDLE,
        Exchange("POST", "/api/v1/sessions/", json=session_body("experiment_fedadam", "fedopt", FEDADAM_KWARGS, rounds=10),
                 status=201, reply=session()),
        Exchange("POST", "/api/v1/sessions/start", json={"session_id": "s1", "rounds": 10, "round_timeout": 180},
                 reply={"message": "Session started"}),
    )),
    Case("start_session_typed_fedopt", "start_session", ("yogi-run",), {
        "aggregator": FedOpt("yogi", learning_rate=1), "model_id": "m1", "helper": "numpyhelper",
        "server_functions": SERVER_FUNCTIONS_SOURCE, "validate": False, "min_clients": 2, "requested_clients": 4,
        "round_buffer_size": 10, "delete_models": False, "round_timeout": 60,
    }, exchanges=(
        IDLE,
        Exchange("POST", "/api/v1/sessions/", json=session_body(
            "yogi-run", "fedopt",
            "{'serveropt': 'yogi', 'learning_rate': 1.0, 'beta1': 0.9, 'beta2': 0.99, 'tau': 0.0001}",
            validate=False, clients_required=2, requested_clients=4, buffer_size=10, delete_models_storage=False,
            round_timeout=60, server_functions=SERVER_FUNCTIONS_SOURCE,
        ), status=201, reply=session()),
        Exchange("POST", "/api/v1/sessions/start", json={"session_id": "s1", "rounds": 5, "round_timeout": 60},
                 reply={"message": "Session started"}),
    )),
    Case("start_session_splitlearning", "start_session", kwargs={"aggregator": "splitlearningagg", "model_id": "m1"},
         exchanges=(
        IDLE,
        Exchange("POST", "/api/v1/sessions/", json=session_body(
            None, "splitlearningagg", helper_type="splitlearninghelper"), status=201, reply=session()),
        Exchange("POST", "/api/v1/sessions/start_splitlearning_session",
                 json={"session_id": "s1", "rounds": 5, "round_timeout": 180}, reply={"message": "started"}),
    )),
    Case("start_splitlearning_session", "start_splitlearning_session", ("sl", "m1"), exchanges=(
        IDLE,
        Exchange("POST", "/api/v1/sessions/", json=session_body(
            "sl", "splitlearningagg", helper_type="splitlearninghelper", validate=False), status=201, reply=session()),
        Exchange("POST", "/api/v1/sessions/start_splitlearning_session",
                 json={"session_id": "s1", "rounds": 5, "round_timeout": 180}, reply={"message": "started"}),
    ), check=started("s1", "started")),
    Case("continue_session", "continue_session", ("s1", 2, 60), exchanges=(
        get("/api/v1/sessions/s1", session(status="Finished")),
        get("/api/v1/runs/", {"count": 1, "result": [RUN]}, query={"session_id": "s1"}, **limited(1)),
        Exchange("POST", "/api/v1/sessions/start", json={"session_id": "s1", "rounds": 2, "round_timeout": 60},
                 reply={"message": "Session started"}),
        # returns once the controller's thread has recorded the new run, with the session as it is then
        get("/api/v1/runs/", {"count": 2, "result": [RUN]}, query={"session_id": "s1"}, **limited(1)),
        get("/api/v1/sessions/s1", session(status="Started")),
    ), check=started("s1", "Session started", status="Started")),
    Case("wait_for_session", "wait_for_session", ("s1",), {"poll_interval": 0.01}, exchanges=(
        get("/api/v1/sessions/s1", session(status="Started")),
        get("/api/v1/sessions/s1", session(status="Finished")),
    ), check=lambda r, _: r.status == "Finished"),
    # a session not begun yet: the controller is asked whether it is stuck (FEDn 0.30), it is not
    Case("wait_for_session_not_begun", "wait_for_session", ("s1",), {"poll_interval": 0.01}, exchanges=(
        get("/api/v1/sessions/s1", session(status="Created")),
        IDLE,
        get("/api/v1/sessions/s1", session(status="Finished")),
    ), check=lambda r, _: r.status == "Finished"),
    # statuses
    Case("get_status", "get_status", ("st1",), exchanges=(get("/api/v1/statuses/st1", STATUS),),
         check=lambda r, _: r["type"] == "MODEL_UPDATE" and r.type_ == "MODEL_UPDATE"),
    Case("get_statuses", "get_statuses", ("s1", "MODEL_UPDATE", "client-1", "client", 4), exchanges=(
        get("/api/v1/statuses/", envelope(STATUS), query={
            "session_id": "s1", "type": "MODEL_UPDATE", "sender.name": "client-1", "sender.role": "client"},
            **limited(4)),
    )),
    Case("get_statuses_count", "get_statuses_count", exchanges=(get("/api/v1/statuses/count", 9),)),
    # validations
    Case("get_validation", "get_validation", ("v1",), exchanges=(get("/api/v1/validations/v1", VALIDATION),)),
    Case("get_validations_seed_doc", "get_validations", kwargs={"model_id": "m3"}, exchanges=(
        get("/api/v1/validations/", envelope(VALIDATION), query={"model_id": "m3"}),
    ), check=lambda r, _: r["result"][0]["model_id"] == "m3"),
    Case("get_validations_all_filters", "get_validations", ("s1", "m3", "corr", "client-1", "client", "combiner",
                                                            "combiner", 6), exchanges=(
        get("/api/v1/validations/", envelope(VALIDATION), query={
            "session_id": "s1", "model_id": "m3", "correlation_id": "corr", "sender.name": "client-1",
            "sender.role": "client", "receiver.name": "combiner", "receiver.role": "combiner"}, **limited(6)),
    )),
    Case("get_validations_count", "get_validations_count", exchanges=(get("/api/v1/validations/count", 2),)),
    # predictions
    Case("get_predictions", "get_predictions", ("m3", "corr", "client-1", "client", "combiner", "combiner", 6),
         exchanges=(
        get("/api/v1/predictions/", envelope(PREDICTION), query={
            "model_id": "m3", "correlation_id": "corr", "sender.name": "client-1", "sender.role": "client",
            "receiver.name": "combiner", "receiver.role": "combiner"}, **limited(6)),
    )),
    Case("start_predictions", "start_predictions", ("pr1", "m3"), exchanges=(
        Exchange("POST", "/api/v1/predictions/start", json={"prediction_id": "pr1", "model_id": "m3"}, reply=MESSAGE),
    )),
    Case("start_predictions_defaults", "start_predictions", exchanges=(
        Exchange("POST", "/api/v1/predictions/start", json={"prediction_id": ANY_UUID}, reply=MESSAGE),
    )),
    # attributes
    Case("get_current_attributes_one", "get_current_attributes", ("c1",), exchanges=(
        Exchange("POST", "/api/v1/attributes/current", json={"client_ids": ["c1"]}, reply={"c1": {"charging": "true"}}),
    )),
    Case("get_current_attributes_list", "get_current_attributes", (["c1", "c2"],), exchanges=(
        Exchange("POST", "/api/v1/attributes/current", json={"client_ids": ["c1", "c2"]},
                 reply={"c1": {"charging": "true"}, "c2": "Entity not found"}),
    )),
    Case("add_attributes", "add_attributes", ({"key": "charging", "value": "true", "sender": NODE},), exchanges=(
        Exchange("POST", "/api/v1/attributes/", json={"key": "charging", "value": "true", "sender": NODE},
                 status=201, reply=ATTRIBUTE),
    ), check=lambda r, _: r["attribute_id"] == "a1"),
]  # fmt: skip


# --- the sync runner ------------------------------------------------------------------------


def parse_multipart(request: httpx.Request) -> tuple[str, dict[str, tuple[str | None, bytes]]]:
    """Return (boundary, {field: (filename, content)}) of a multipart/form-data request."""
    ctype = request.headers["content-type"]
    match = re.search(r"boundary=([^;]+)", ctype)
    assert ctype.startswith("multipart/form-data") and match, ctype
    boundary = match.group(1).strip('"')
    body = request.read()
    fields: dict[str, tuple[str | None, bytes]] = {}
    for part in body.split(b"--" + boundary.encode())[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.partition(b"\r\n\r\n")
        disposition = head.decode()
        name = re.search(r'name="([^"]*)"', disposition)
        filename = re.search(r'filename="([^"]*)"', disposition)
        assert name, disposition
        fields[name.group(1)] = (filename.group(1) if filename else None, content[: -len(b"\r\n")])
    return boundary, fields


class Recorder:
    """A MockTransport handler that checks each request against the next expected exchange."""

    def __init__(self, exchanges: tuple[Exchange, ...]) -> None:
        self.expected = list(exchanges)
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        index = len(self.seen)
        self.seen.append(request)
        assert index < len(self.expected), f"unexpected extra request {request.method} {request.url}"
        ex = self.expected[index]
        assert (request.method, request.url.path) == (ex.method, ex.path)
        assert dict(request.url.params) == ex.query
        assert request.headers.get("authorization") == f"Bearer {TOKEN}"
        for name, value in ex.headers.items():
            assert request.headers.get(name) == value, (name, request.headers.get(name))
        for name in ex.no_headers:
            assert name not in request.headers, name
        if ex.json is not None:
            assert request.headers["content-type"] == "application/json"
            assert json.loads(request.read()) == ex.json
        if ex.form is not None or ex.file is not None:
            boundary, fields = parse_multipart(request)
            assert boundary != "+++"
            form = {k: v.decode() for k, (fname, v) in fields.items() if fname is None}
            assert form == (ex.form or {})
            assert ex.file is not None
            field_name, file_name, content = ex.file
            assert fields[field_name] == (file_name, content)
        if ex.reply_bytes is not None:
            return httpx.Response(ex.status, content=ex.reply_bytes)
        return httpx.Response(ex.status, json=ex.reply)

    def assert_done(self) -> None:
        assert len(self.seen) == len(self.expected), f"{len(self.seen)} of {len(self.expected)} requests made"


def resolve_placeholders(case: Case, tmp_path: Path) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """The case's arguments with the file placeholders replaced by real files under ``tmp_path``."""
    (tmp_path / "seed.npz").write_bytes(SEED_BYTES)
    (tmp_path / "package.tgz").write_bytes(PACKAGE_BYTES)
    paths = {
        SEED: str(tmp_path / "seed.npz"),
        PACKAGE: str(tmp_path / "package.tgz"),
        TARGET: str(tmp_path / "target.bin"),
    }

    def fix(value: Any) -> Any:
        return paths.get(value, value) if isinstance(value, str) else value

    return tuple(fix(a) for a in case.args), {k: fix(v) for k, v in case.kwargs.items()}


def run_case_sync(case: Case, tmp_path: Path) -> Any:
    """Run a case with the sync ``APIClient`` over a checking MockTransport; the method's result."""
    recorder = Recorder(case.exchanges)
    args, kwargs = resolve_placeholders(case, tmp_path)
    with (
        APIClient(
            "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(recorder), environ={}
        ) as client,
        expect_warning(case),
    ):
        result = getattr(client, case.method)(*args, **kwargs)
    recorder.assert_done()
    if case.check is not None:
        case.check(result, tmp_path)
    return result
