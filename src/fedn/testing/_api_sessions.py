"""Session routes: create, start (and split learning), replace and update a session.

As FEDn 0.33: ``POST /sessions/`` fills a ``SessionDTO`` and its ``SessionConfigDTO`` from the
body (unknown keys, missing fields and the config's validator answer 400); the config's
``model_id`` and the ``seed_model_id`` must name existing models. ``POST /sessions/start``
checks, in this order, the session id, that the session exists, that no session is running
(``monitoring``: 400 "A session is already running!"), the number of online clients against the
config's ``clients_required`` and that the config's model exists, then starts the rounds (how
fast depends on the controller's time mode). A split-learning start that gets that far answers
500, because FEDn 0.33 calls its client count without an argument.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fedn.testing._api_common import UNEXPECTED, dto_errors, editor
from fedn.testing._dto import SESSION, SESSION_CONFIG, Dto
from fedn.testing._forms import parse_form
from fedn.testing._messages import (
    FakeRequest,
    FakeResponse,
    ServerFault,
    json_response,
    message,
    parse_json_body,
    silent_json,
)
from fedn.testing._schema import SESSION_CONFIG_KINDS, Row, to_json
from fedn.testing._simulation import Network
from fedn.testing._store import coerce


def _body(request: FakeRequest) -> Any:
    """``request.get_json(silent=True) if request.is_json else request.form.to_dict()``."""
    if request.is_json:
        return silent_json(request)
    return parse_form(request.headers.get("content-type", ""), request.body).fields


def stored_config(network: Network, config: Mapping[str, Any]) -> dict[str, Any]:
    """A session config as its table stores it (types coerced, the model must exist)."""
    out = {name: coerce(kind, config.get(name)) for name, kind in SESSION_CONFIG_KINDS.items()}
    if out["model_id"] is not None and network.store.get("models", out["model_id"]) is None:
        raise ServerFault("session_configs.model_id violates its foreign key to models")
    return out


def _session_columns(dto: Dto) -> dict[str, Any]:
    values = dto.dump()
    return {key: values[key] for key in ("name", "status", "seed_model_id", "committed_at", "updated_at")}


def create_session(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/sessions/``."""

    def run() -> FakeResponse:
        data = _body(request)
        if not isinstance(data, dict) or "session_config" not in data:
            raise ServerFault("the body has no session_config")
        data = dict(data)
        raw_config = data.pop("session_config")
        if not isinstance(raw_config, Mapping):
            raise ServerFault("session_config is not an object")
        config = Dto(SESSION_CONFIG)
        config.patch(raw_config)
        config.check()
        session = Dto(SESSION)
        session.set("session_id", None)
        session.set("session_config", config)
        session.patch(data)
        session.check()
        columns = _session_columns(session)
        del columns["committed_at"]  # the store sets it
        row = network.store.insert(
            "sessions",
            {
                **columns,
                "id": session["session_id"],
                "session_config_id": network.store.new_id(),
                "_config": stored_config(network, config.dump()),
            },
        )
        return json_response(to_json("sessions", row), 201)

    return dto_errors(run)


def _update(network: Network, row: Row, dto: Dto) -> FakeResponse:
    dto.check()
    values = dto.dump()
    config = values["session_config"]
    if not isinstance(config, dict):
        raise ServerFault("the session has no config")
    columns = _session_columns(dto)
    if columns["updated_at"] == row["updated_at"]:
        del columns["updated_at"]  # unchanged: the column's onupdate sets it
    updated = network.store.update(
        "sessions", row["id"], {**columns, "_config": stored_config(network, config)}
    )
    return json_response(to_json("sessions", updated))


def _loaded(row: Row) -> Dto:
    dto = Dto(SESSION)
    json_row = to_json("sessions", row)
    dto.patch(json_row)
    return dto


update_session = editor(
    "sessions", _loaded, _update, replace=False, dropped=("session_id",), id_key="session_id"
)
"""``PATCH /api/v1/sessions/<id>``: the body's keys over the session (unknown ones ignored)."""

replace_session = editor("sessions", _loaded, _update, replace=True, dropped=(), id_key="session_id")
"""``PUT /api/v1/sessions/<id>``: the body over the session; an unknown key answers 400."""


def _client_ids(value: Any) -> list[str] | FakeResponse | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return message("client_ids must be a comma separated string", 400)
    return value.split(",")


def start_session(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/sessions/start``: the session runs as the controller's pace says."""
    try:
        data = _body(request)
        if not isinstance(data, dict):
            raise ServerFault("the body is not an object")
        session_id = data.get("session_id")
        rounds = data.get("rounds", "")
        prefix = data.get("model_name_prefix")
        client_ids = _client_ids(data.get("client_ids"))
        if isinstance(client_ids, FakeResponse):
            return client_ids
        if not isinstance(prefix, str) or not prefix:
            prefix = None
        if not session_id:
            return message("Session ID is required", 400)
        session = network.store.get("sessions", session_id)
        if session is None:
            return message("Session with specified ID does not exist", 400)
        config = session["_config"]
        if network.state == "monitoring":
            return message("A session is already running!", 400)
        if not rounds or not isinstance(rounds, int):
            rounds = config["rounds"]
        required = config["clients_required"]
        if len(network.active_clients(client_ids)) < required:
            return message(
                f"Number of available clients is lower than the required minimum of {required}", 400
            )
        if network.store.get("models", config["model_id"]) is None:
            return message("Session seed model not found", 400)
        network.start(session_id, rounds, data.get("round_timeout"), prefix, client_ids)
        return message("Session started", 200)
    except (ServerFault, TypeError):
        return message(UNEXPECTED, 500)


def start_splitlearning_session(
    network: Network, request: FakeRequest, params: Mapping[str, str]
) -> FakeResponse:
    """``POST /api/v1/sessions/start_splitlearning_session`` (FEDn 0.33 fails past its checks)."""
    failed = "An unexpected error occurred when starting split learning session"
    try:
        if "content-type" not in request.headers:
            raise ServerFault("KeyError: 'Content-Type'")
        if request.headers["content-type"] == "application/json":
            data = parse_json_body(request)
        else:
            data = parse_form(request.headers["content-type"], request.body).fields
        if not isinstance(data, dict):
            raise ServerFault("the body is not an object")
        if not data.get("session_id"):
            return message("Session ID is required", 400)
        session = network.store.get("sessions", data["session_id"])
        if session is None:
            raise ServerFault("'NoneType' object has no attribute 'session_config'")
        if network.state == "monitoring":
            return message("A session is already running!", 400)
        raise ServerFault("_get_number_of_available_clients() missing 1 required positional argument")
    except ServerFault:
        return message(failed, 500)
