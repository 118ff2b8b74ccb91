"""Compute-package and helper routes.

As FEDn 0.33: an upload (multipart ``file``, ``helper``, ``name``, ``description``) fills a
``PackageDTO`` from the form (unknown fields, a missing ``description``/``helper``/``name``
answer 400; FEDn does not actually check the helper or the extension) and becomes the active
package. ``PUT /packages/active`` with the id of the package that is already active deactivates
it (FEDn's SQL store clears the old active row after setting the new one). ``PUT
/helpers/active`` with no package active inserts a package row without a file name, after which
every route that reads that row answers 500, as on the real server. The package download is
labelled with the type guessed from its stored name (``application/x-tar`` for ``.tgz``); the
checksum is the SHA-256 of the stored file.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Mapping

from fedn.testing._api_common import UNEXPECTED, dto_errors
from fedn.testing._api_models import active_package
from fedn.testing._dto import PACKAGE, Dto
from fedn.testing._forms import parse_form
from fedn.testing._messages import (
    FakeRequest,
    FakeResponse,
    ServerFault,
    file_response,
    html_error,
    json_response,
    message,
    parse_json_body,
)
from fedn.testing._schema import to_json
from fedn.testing._simulation import Network
from fedn.testing._weights import HELPERS

_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def _set_active(network: Network, package_id: str) -> bool:
    """``SQLPackageStore.set_active``: the new one active, then the old one not (even if the same)."""
    rows = network.store.all("packages")
    old = next((r for r in rows if r["active"]), None)
    new = network.store.get("packages", package_id)
    if new is None:
        return False
    network.store.update("packages", new["id"], {"active": True})
    if old is not None:
        network.store.update("packages", old["id"], {"active": False})
    return True


def upload_package(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``POST /api/v1/packages/``."""
    form = parse_form(request.headers.get("content-type", ""), request.body)
    upload = form.files.get("file")
    if upload is None:
        return message(UNEXPECTED, 500)

    def run() -> FakeResponse:
        dto = Dto(PACKAGE)
        dto.patch({**form.fields, "file_name": upload.filename})
        dto.check()
        values = dto.dump()
        storage = values["storage_file_name"]
        if storage is None:
            if "." not in values["file_name"]:
                raise ServerFault("the file name has no extension")
            extension = values["file_name"].rsplit(".", 1)[1].lower()
            storage = _UNSAFE.sub("", f"{network.store.new_id()}.{extension}")
        row = network.store.insert(
            "packages",
            {
                "id": values["package_id"],
                "active": values["active"],
                "description": values["description"],
                "file_name": values["file_name"],
                "helper": values["helper"],
                "name": values["name"],
                "storage_file_name": storage,
                "updated_at": values["updated_at"],
            },
        )
        network.package_files[str(storage)] = upload.data
        _set_active(network, row["id"])
        return message("Package uploaded", 200)

    return dto_errors(run)


def get_active(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/packages/active``."""
    try:
        row = active_package(network)
    except ServerFault:
        return message(UNEXPECTED, 500)
    if row is None:
        return message("Entity not found", 404)
    return json_response(to_json("packages", row))


def set_active(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``PUT /api/v1/packages/active`` (``{"id": ...}``)."""
    try:
        data = parse_json_body(request)
        if not isinstance(data, dict) or "id" not in data:
            raise ServerFault("KeyError: 'id'")
        if not isinstance(data["id"], str) or not _set_active(network, data["id"]):
            return message("Active package not set", 500)
        return message("Active package set", 200)
    except ServerFault:
        return message(UNEXPECTED, 500)


def delete_active(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``DELETE /api/v1/packages/active``: no package active afterwards."""
    row = next((r for r in network.store.all("packages") if r["active"]), None)
    if row is None:
        return message("Entity not found", 404)
    network.store.update("packages", row["id"], {"active": False})
    return message("Active package deleted", 200)


def _package_name(network: Network, request: FakeRequest, no_package: FakeResponse) -> str | FakeResponse:
    """The ``name`` argument, else the active package's stored name; ``no_package`` when none is
    active, Flask's 500 page when the active row is broken (both routes read it unguarded)."""
    name = request.args.get("name")
    if name is not None:
        return name
    try:
        row = active_package(network)
    except ServerFault:
        return html_error(500)
    if row is None:
        return no_package
    return str(row["storage_file_name"])


def download_package(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/packages/download``: the stored file (Flask's 500 page when it is missing)."""
    name = _package_name(network, request, json_response({"message": "No active package"}, 404))
    if isinstance(name, FakeResponse):
        return name
    data = network.package_files.get(name)
    if data is None:
        return html_error(500)
    media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return file_response(data, name, media_type)


def checksum(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/packages/checksum``: the SHA-256 of the stored package file."""
    missing = json_response({"message": "No compute package uploaded", "checksum": None}, 404)
    name = _package_name(network, request, missing)
    if isinstance(name, FakeResponse):
        return name
    data = network.package_files.get(name)
    if data is None:
        return json_response({"message": "File not found.", "checksum": None}, 404)
    return json_response({"message": "Checksum created.", "checksum": hashlib.sha256(data).hexdigest()})


def get_active_helper(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``GET /api/v1/helpers/active``: the active package's helper."""
    try:
        row = active_package(network)
    except ServerFault:
        return message(UNEXPECTED, 500)
    if row is None:
        return message("No active helper", 404)
    return json_response(row["helper"])


def set_active_helper(network: Network, request: FakeRequest, params: Mapping[str, str]) -> FakeResponse:
    """``PUT /api/v1/helpers/active``: the active package's helper, or a package row with no file."""
    try:
        data = parse_json_body(request)
        if not isinstance(data, dict) or "helper" not in data:
            raise ServerFault("KeyError: 'helper'")
        helper = data["helper"]
        if helper not in HELPERS:
            return message(
                "Helper is required to be either 'numpyhelper', 'binaryhelper' or 'androidhelper'", 400
            )
        row = next((r for r in network.store.all("packages") if r["active"]), None)
        if row is not None:
            network.store.update("packages", row["id"], {"helper": helper})
        else:
            network.store.insert(
                "packages",
                {
                    "description": "",
                    "file_name": "",
                    "helper": helper,
                    "name": "",
                    "storage_file_name": "",
                    "active": True,
                },
            )
        return message("Active helper set", 200)
    except ServerFault:
        return message(UNEXPECTED, 500)
