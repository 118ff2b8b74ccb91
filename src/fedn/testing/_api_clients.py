"""Client, combiner, attribute and telemetry routes.

As FEDn 0.33: ``POST /clients/add`` (the client role) registers or updates a client as
``available`` (not ``online``: only clients connected to a combiner train) and answers the
combiner's address; a ``package`` of ``remote`` with no active package answers 203 "retry"; an
unknown ``combiner_preferred`` answers 200 with FEDn's mistaken body ``[{...}, 400]``.
``/combiners/clients/count`` counts every client row per combiner, whatever its status.
Attributes and telemetry are filled into their DTOs (a missing ``sender`` answers 400 "Class
'NodeDTO' is missing field name"); a client's current attributes are the newest value of each
key it sent. Adding telemetry deletes that client's rows of the same key older than five minutes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

from fedn.testing._api_common import UNEXPECTED, Handler, dto_errors, not_found
from fedn.testing._api_models import active_package
from fedn.testing._dto import ATTRIBUTE, TELEMETRY, Dto, DtoSpec
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
from fedn.testing._schema import to_json
from fedn.testing._simulation import Network


def add_client(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/clients/add``."""
    failed = json_response({"success": False, "message": UNEXPECTED}, 500)
    try:
        data = parse_json_body(request)
        if not isinstance(data, dict):
            raise ServerFault("the body is not an object")
        client_id, name = data.get("client_id"), data.get("name")
        preferred = data.get("combiner_preferred")
        package = data.get("package", "local")
        helper_type = ""
        if package == "remote":
            active = active_package(network)
            if active is None:
                return json_response(
                    {
                        "success": False,
                        "status": "retry",
                        "message": "No compute package found. Set package in controller.",
                    },
                    203,
                )
            helper_type = active["helper"]
        combiners = network.combiners()
        if preferred:
            combiner = next((c for c in combiners if c["name"] == preferred), None)
            if combiner is None:
                # FEDn passes the status to jsonify, which writes both as a list (status 200)
                return json_response(
                    [{"success": False, "message": f"Combiner {preferred} not found or unavailable."}, 400]
                )
        else:
            combiner = combiners[0] if combiners else None
            if combiner is None:
                return json_response({"success": False, "message": "No combiner available."}, 400)
        values = {
            "name": name,
            "combiner": combiner["name"],
            "combiner_preferred": preferred,
            "ip": "127.0.0.1",
            "status": "available",
            "package": package,
            "last_seen": network.store.now(),
        }
        existing = network.store.get("clients", client_id)
        if existing is None:
            row = network.store.insert("clients", {**values, "id": client_id})
        else:
            row = network.store.update("clients", existing["id"], values)
        return json_response(
            {
                "status": "assigned",
                "host": combiner["address"],
                "fqdn": combiner["fqdn"],
                "package": package,
                "ip": combiner["ip"],
                "port": combiner["port"],
                "helper_type": helper_type,
                "client_id": row["id"],
            }
        )
    except ServerFault:
        return failed


def delete_entity(table: str, noun: str) -> Handler:
    """``DELETE /api/v1/<clients|combiners>/<id>``."""

    def handle(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
        if not network.store.delete(table, params["id"]):
            return not_found(params["id"])
        return message(f"{noun} deleted", 200)

    return handle


def client_config(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/clients/config``: where clients find the controller (the request's host)."""
    host = request.headers.get("host", "localhost")
    name, _, port = host.rpartition(":") if host.rpartition(":")[2].isdigit() else (host, "", "")
    payload: dict[str, Any] = {
        "network_id": network.network_id,
        "discover_host": name.strip("[]") or host,
        "discover_port": int(port) if port else 80,
    }
    if request.args.get("checksum", "true").lower() == "true":
        try:
            active = active_package(network)
        except ServerFault:
            return message(UNEXPECTED, 500)
        stored = network.package_files.get(active["storage_file_name"]) if active else None
        if stored is not None:
            payload["checksum"] = hashlib.sha256(stored).hexdigest()
    return json_response(payload)


def _current(network: Network, client_id: str) -> dict[str, Any]:
    rows = sorted(
        (r for r in network.store.all("attributes") if r["sender_client_id"] == client_id),
        key=lambda r: r["committed_at"],
        reverse=True,
    )
    out: dict[str, Any] = {}
    for row in rows:
        out.setdefault(row["key"], row["value"])
    return out


def client_attributes(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/clients/<id>/attributes``: the newest value of each of its attribute keys."""
    if network.store.get("clients", params["id"]) is None:
        return not_found(params["id"])
    return json_response(_current(network, params["id"]))


def current_attributes(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/attributes/current`` (``{"client_ids": [...]}``)."""
    try:
        data = parse_json_body(request)
        if not isinstance(data, dict):
            raise ServerFault("the body is not an object")
        client_ids = data.get("client_ids")
        if not client_ids:
            return message("Missing required field: client_ids", 400)
        if not isinstance(client_ids, list | str | dict):
            raise ServerFault("client_ids is not iterable")
        out: dict[str, Any] = {}
        for client_id in client_ids:
            if not isinstance(client_id, str):
                raise ServerFault("a client id that is not text")
            if network.store.get("clients", client_id) is None:
                out[client_id] = f"Entity with client_id: {client_id} not found"
            else:
                out[client_id] = _current(network, client_id)
        return json_response(out)
    except ServerFault:
        return message(UNEXPECTED, 500)


def connected_clients(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/combiners/clients/count``: client rows per combiner (``{"combiners": "a,b"}``)."""
    try:
        data = parse_json_body(request)
        if not isinstance(data, dict):
            raise ServerFault("the body is not an object")
        wanted = data.get("combiners", "")
        if wanted and not isinstance(wanted, str):
            raise ServerFault("combiners is not text")
        names = wanted.split(",") if wanted else []
        counts: dict[Any, int] = {}
        for row in network.store.all("clients"):
            if not names or row["combiner"] in names:
                counts[row["combiner"]] = counts.get(row["combiner"], 0) + 1
        return json_response({"result": [{"combiner": k, "count": v} for k, v in counts.items()]})
    except ServerFault:
        return message(UNEXPECTED, 500)


def _node_columns(dto: Dto) -> dict[str, Any]:
    sender = dto["sender"]
    values = sender.dump() if isinstance(sender, Dto) else {}
    return {
        "sender_name": values.get("name"),
        "sender_role": values.get("role"),
        "sender_client_id": values.get("client_id"),
    }


def _create(network: Network, table: str, spec: DtoSpec, data: Any) -> FakeResponse:
    def run() -> FakeResponse:
        if not isinstance(data, Mapping):
            raise ServerFault("the body is not an object")
        dto = Dto(spec)
        dto.patch(data)
        dto.check(exclude_primary_id=True)
        values = dto.dump()
        row = network.store.insert(
            table,
            {
                "id": values[spec.fields[0].name],
                "key": values["key"],
                "value": values["value"],
                "timestamp": values["timestamp"],
                "updated_at": values["updated_at"],
                **_node_columns(dto),
            },
        )
        if table == "telemetry":
            threshold = network.store.now() - dt.timedelta(minutes=5)
            for old in list(network.store.all("telemetry")):
                if (
                    old["sender_client_id"] == row["sender_client_id"]
                    and old["key"] == row["key"]
                    and old["committed_at"] < threshold
                ):
                    network.store.delete("telemetry", old["id"])
        return json_response(to_json(table, row), 201)

    return dto_errors(run)


def create_attribute(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/attributes/``."""
    if "content-type" not in request.headers:
        return message(UNEXPECTED, 500)
    if request.headers["content-type"] == "application/json":
        try:
            data: Any = parse_json_body(request)
        except ServerFault:
            return message(UNEXPECTED, 500)
    else:
        data = parse_form(request.headers["content-type"], request.body).fields
    return _create(network, "attributes", ATTRIBUTE, data)


def create_telemetry(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/telemetry/``."""
    if request.is_json:
        data: Any = silent_json(request)
    else:
        data = parse_form(request.headers.get("content-type", ""), request.body).fields
    return _create(network, "telemetry", TELEMETRY, data)
