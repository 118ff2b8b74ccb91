"""The routes every entity kind has: list, count (GET with query filters, POST with a body), one by id.

They read the filters as FEDn 0.33's handlers do: a GET route hands all its query arguments to
the store (the first value of a repeated name); the POST ``/list`` and ``/count`` routes take the
form or else the JSON body, turning a text value with a comma into a MongoDB ``$in`` list (which
the SQL store cannot parse: 500). ``POST /attributes/count`` and ``/telemetry/count`` pass their
body on as it came. A list answers ``{"count": ..., "result": [...]}`` where ``count`` is the
store's count for the same filters (the validations' count ignores ``sender.*``/``receiver.*``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fedn.testing._api_common import UNEXPECTED, Handler, not_found
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
from fedn.testing._query import Paging, count, select
from fedn.testing._schema import TABLES, Row, to_json
from fedn.testing._simulation import Network


def check_rows(table: str, rows: list[Row]) -> None:
    """Rows that FEDn cannot turn into DTOs make the route fail (a package row without a file name)."""
    if table == "packages" and any(not row["file_name"] for row in rows):
        raise ServerFault("Validation error on field file_name: File name is required")


def post_filters(request: FakeRequest) -> dict[str, Any]:
    """``get_post_data_to_kwargs``: the form, else the JSON body, values with commas as ``$in``."""
    data: Any = parse_form(request.headers.get("content-type", ""), request.body).fields
    if not data:
        data = silent_json(request) if request.is_json else None
    if not isinstance(data, dict):
        data = {}
    return {
        key: {"$in": value.split(",")} if isinstance(value, str) and "," in value else value
        for key, value in data.items()
    }


def _listing(network: Network, table: str, request: FakeRequest, filters: Mapping[str, Any]) -> FakeResponse:
    spec = TABLES[table]
    rows = network.store.all(table)
    page = select(spec, rows, filters, Paging.from_headers(request.headers))
    check_rows(table, page)
    total = count(spec, rows, filters)
    return json_response({"count": total, "result": [to_json(table, row) for row in page]})


def list_handler(table: str, *, from_body: bool = False) -> Handler:
    """``GET /<kind>/`` (query filters) or ``POST /<kind>/list`` (body filters)."""

    def handle(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
        try:
            filters = post_filters(request) if from_body else request.args
            return _listing(network, table, request, filters)
        except ServerFault:
            return message(UNEXPECTED, 500)

    return handle


def _raw_body_filters(table: str, request: FakeRequest) -> Any:
    if table == "attributes":
        if "content-type" not in request.headers:
            raise ServerFault("400 Bad Request: KeyError 'Content-Type'")
        if request.headers["content-type"] == "application/json":
            return parse_json_body(request)
        return parse_form(request.headers["content-type"], request.body).fields
    if request.is_json:
        return silent_json(request)
    return parse_form(request.headers.get("content-type", ""), request.body).fields


def count_handler(table: str, *, from_body: bool = False) -> Handler:
    """``GET /<kind>/count`` or ``POST /<kind>/count``: the number of matching rows, as JSON."""

    def handle(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
        try:
            if not from_body:
                filters: Any = request.args
            elif table in ("attributes", "telemetry"):
                filters = _raw_body_filters(table, request)
            else:
                filters = post_filters(request)
            if not isinstance(filters, dict):
                raise ServerFault(
                    f"count() argument after ** must be a mapping, not {type(filters).__name__}"
                )
            return json_response(count(TABLES[table], network.store.all(table), filters))
        except ServerFault:
            return message(UNEXPECTED, 500)

    return handle


def get_handler(table: str) -> Handler:
    """``GET /<kind>/<id>``: one entity, 404 when no row has that id."""

    def handle(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
        row = network.store.get(table, params["id"])
        if row is None:
            return not_found(params["id"])
        try:
            check_rows(table, [row])
        except ServerFault:
            return message(UNEXPECTED, 500)
        return json_response(to_json(table, row))

    return handle
