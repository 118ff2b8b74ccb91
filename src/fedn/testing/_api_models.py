"""Model routes: upload a seed, read the trail, rename, download.

As FEDn 0.33 on the local network (PostgreSQL statestore, S3 object store): the upload loads the
file with the *active package's* helper (no active package or a file that helper cannot read:
400 "Failed to add model."); ``/ancestors`` lists the model itself and its parents newest first
whatever ``include_self`` and ``X-Reverse`` say, ``/descendants`` the children level by level,
both up to ``X-Limit`` (10 by default) and ``[]`` for an unknown id; ``/leaf-nodes`` and a
known model's ``/parameters`` answer 500 (a column and a stream method the SQL and S3 backends
lack); ``/active`` answers 410.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fedn.testing._api_common import UNEXPECTED, editor, not_found
from fedn.testing._dto import MODEL, Dto
from fedn.testing._forms import parse_form
from fedn.testing._messages import (
    FakeRequest,
    FakeResponse,
    ServerFault,
    file_response,
    json_response,
    message,
)
from fedn.testing._query import Paging
from fedn.testing._schema import Row, to_json
from fedn.testing._simulation import Network
from fedn.testing._weights import load_upload


def active_package(network: Network) -> Row | None:
    """The active package row (FEDn's ``get_active``); a row without a file name fails as there."""
    row = next((r for r in network.store.all("packages") if r["active"]), None)
    if row is not None and not row["file_name"]:
        raise ServerFault("Validation error on field file_name: File name is required")
    return row


def upload_model(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/models/`` (multipart: ``file``, ``name``)."""
    form = parse_form(request.headers.get("content-type", ""), request.body)
    upload = form.files.get("file")
    if upload is None:
        return message(UNEXPECTED, 500)
    failed = json_response({"success": False, "message": "Failed to add model."}, 400)
    try:
        package = active_package(network)
        helper = package["helper"] if package else None
        stored = load_upload(helper, upload.data)
        network.commit(stored, name=form.fields.get("name"))
    except (ServerFault, ValueError):
        return failed
    return json_response({"success": True, "message": "Model added successfully"})


def _save(network: Network, row: Row, dto: Dto) -> FakeResponse:
    dto.check()
    values = dto.dump()
    columns = {k: values[k] for k in ("name", "parent_model", "session_id", "committed_at", "updated_at")}
    if columns["updated_at"] == row["updated_at"]:
        del columns["updated_at"]
    return json_response(to_json("models", network.store.update("models", row["id"], columns)))


def _loaded(row: Row) -> Dto:
    values = to_json("models", row)
    values.pop("model")
    return Dto(MODEL, values)


update_model = editor(
    "models", _loaded, _save, replace=False, dropped=("model", "model_id"), id_key="model_id"
)
"""``PATCH /api/v1/models/<id>``: the body's keys over the model (unknown ones ignored)."""

replace_model = editor("models", _loaded, _save, replace=True, dropped=("model",), id_key="model_id")
"""``PUT /api/v1/models/<id>``: the body over the model; an unknown key answers 400."""


def _limit(request: FakeRequest) -> int:
    return Paging.from_headers(request.headers).limit or 10


def ancestors(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/models/<id>/ancestors``: the model, its parent, ... (newest first)."""
    chain: list[Any] = []
    row = network.store.get("models", params["id"])
    while row is not None and len(chain) < _limit(request):
        chain.append(to_json("models", row))
        row = network.store.get("models", row["parent_model"]) if row["parent_model"] else None
    return json_response(chain)


def descendants(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/models/<id>/descendants``: children, then grandchildren, ... (breadth first)."""
    limit, out = _limit(request), list[Row]()
    level = [params["id"]]
    models = network.store.all("models")
    while level and len(out) < limit:
        children = [m for m in models if m["parent_model"] in level]
        out.extend(children)
        level = [m["id"] for m in children]
    return json_response([to_json("models", m) for m in out[:limit]])


def leaf_models(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/models/leaf-nodes``: 500 on SQL statestores (no ``parent_id`` column)."""
    return message(UNEXPECTED, 500)


def download_model(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/models/<id>/download``: the stored file, named by the model id."""
    row = network.store.get("models", params["id"])
    if row is None:
        return not_found(params["id"])
    data = network.model_files.get(row["id"])
    if data is None:
        return message(UNEXPECTED, 500)
    return file_response(data, row["id"], "application/octet-stream")


def model_parameters(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/models/<id>/parameters``: 404, else 500 (the S3 stream has no ``.stream()``)."""
    if network.store.get("models", params["id"]) is None:
        return not_found(params["id"])
    return message(UNEXPECTED, 500)


def active_model_gone(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/models/active``: 410."""
    return json_response(
        {
            "error": "This endpoint has been deprecated and is no longer available."
            "The active model concept is no longer used in Fedn. Please use the /models endpoint to "
            "retrieve models."
        },
        410,
    )


def set_active_model_gone(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``PUT /api/v1/models/active``: 410."""
    return json_response(
        {
            "error": "This endpoint has been deprecated and is no longer available. "
            "The active model concept is no longer used in Fedn."
        },
        410,
    )
