"""The checked-in OpenAPI document: valid, complete, consistently named.

That it is true to the server's routes is checked against the server venv in
tests/live/test_server_code.py.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from support.paths import SPEC_PATH

SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}


def _crud(resource: str, *extra: str) -> list[str]:
    """The five routes every listed resource has, plus ``extra`` ("METHOD /sub-path")."""
    base = ["GET /", "GET /{id}", "GET /count", "POST /count", "POST /list", *extra]
    return [f"{line.split(' ')[0]} /api/v1/{resource}{line.split(' ')[1]}" for line in base]


# The FEDn 0.33.0 routes the spec must describe: everything under /api/v1 but graphql, plus two legacy ones.
EXPECTED = sorted(
    [
        *_crud("attributes", "POST /", "POST /current"),
        *_crud("clients", "DELETE /{id}", "GET /{id}/attributes", "POST /add", "GET /config"),
        *_crud("combiners", "DELETE /{id}", "POST /clients/count"),
        "GET /api/v1/helpers/active",
        "PUT /api/v1/helpers/active",
        *_crud("metrics"),
        *_crud(
            "models",
            "POST /",
            "PATCH /{id}",
            "PUT /{id}",
            "GET /{id}/ancestors",
            "GET /{id}/descendants",
            "GET /{id}/download",
            "GET /{id}/parameters",
            "GET /active",
            "PUT /active",
            "GET /leaf-nodes",
        ),
        *_crud(
            "packages",
            "POST /",
            "DELETE /active",
            "GET /active",
            "PUT /active",
            "GET /checksum",
            "GET /download",
        ),
        *_crud("predictions", "POST /start"),
        *_crud("rounds"),
        *_crud("runs"),
        *_crud("statuses"),
        *_crud("validations"),
        *_crud(
            "sessions",
            "POST /",
            "PATCH /{id}",
            "PUT /{id}",
            "POST /start",
            "POST /start_splitlearning_session",
        ),
        *_crud("telemetry", "POST /"),
        "GET /health",
        "GET /get_controller_status",
    ]
)


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation object) for every operation in the spec."""
    return [
        (method.upper(), path, op)
        for path, item in SPEC["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local $ref once."""
    ref = node.get("$ref")
    if ref is None:
        return node
    target: Any = SPEC
    for part in ref.removeprefix("#/").split("/"):
        target = target[part]
    return dict(target)


def test_spec_is_valid_openapi() -> None:
    """openapi-spec-validator accepts the document."""
    document, _ = read_from_filename(str(SPEC_PATH))
    validate(document)


def test_exactly_the_expected_operations() -> None:
    """The spec has the 100 operations of the server, no more, no fewer."""
    assert len(EXPECTED) == 100
    assert len(set(EXPECTED)) == 100
    found = sorted(f"{method} {path}" for method, path, _ in operations())
    assert sorted(set(found) - set(EXPECTED)) == []
    assert sorted(set(EXPECTED) - set(found)) == []
    assert len(found) == 100


def test_collection_routes_keep_the_trailing_slash() -> None:
    """Flask answers 308 without the slash, which the generated client does not follow."""
    for method, path, _ in operations():
        if path.startswith("/api/v1/") and path.count("/") == 3:
            assert path.endswith("/"), f"{method} {path}"


VERBS = {"list", "count", "get", "create", "update", "replace", "delete", "set", "start", "add", "download"}


def test_operation_ids_are_snake_case_and_unique() -> None:
    """Stable, readable Python names: snake_case, unique, starting with a verb."""
    assert all(isinstance(op.get("operationId"), str) for _, _, op in operations())
    ids = [str(op["operationId"]) for _, _, op in operations()]
    assert len(ids) == len(set(ids))
    for operation_id in ids:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", operation_id), operation_id
        assert operation_id.split("_")[0] in VERBS, operation_id


def test_every_operation_has_one_declared_tag() -> None:
    """One tag per operation (it names the generated api/<tag>/ folder), declared at the top."""
    declared = {tag["name"] for tag in SPEC["tags"]}
    for method, path, op in operations():
        assert len(op.get("tags", [])) == 1, f"{method} {path}"
        assert op["tags"][0] in declared, f"{method} {path}"
        if path.startswith("/api/v1/"):
            assert op["tags"][0] == path.split("/")[3], f"{method} {path}"


def response_of(response: dict[str, Any]) -> dict[str, Any]:
    """A response object, following a ``$ref`` into ``components/responses``."""
    ref = response.get("$ref")
    if ref is None:
        return response
    assert ref.startswith("#/components/responses/"), ref
    return dict(SPEC["components"]["responses"][ref.rsplit("/", 1)[-1]])


def test_every_operation_documents_its_errors() -> None:
    """A 4xx/5xx response on every operation; JSON errors use ErrorMessage (410 Gone aside)."""
    for method, path, op in operations():
        errors = {code: response_of(resp) for code, resp in op["responses"].items() if code[0] in "45"}
        assert errors, f"{method} {path} documents no error response"
        for code, response in errors.items():
            content = response.get("content", {})
            if "application/json" not in content:
                continue
            ref = content["application/json"]["schema"].get("$ref", "")
            expected = "#/components/schemas/Gone" if code == "410" else "#/components/schemas/ErrorMessage"
            assert ref == expected, f"{method} {path} {code}: {ref}"
        if path.startswith("/api/v1/") and op.get("security") != []:
            assert "401" in errors, f"{method} {path}: auth can be enabled, 401 must be documented"
        if "{id}" in path and method == "GET" and "404" not in errors:
            pytest.fail(f"{method} {path}: a route taking an id must document 404")


def test_error_responses_are_shared() -> None:
    """401, 404 and 500 answers of ErrorMessage come from components/responses, never copied inline.

    An inline one must say something the shared one does not (its own description).
    """
    shared = {"401": "Unauthorized", "404": "NotFound", "500": "ServerError"}
    inline = 0
    for method, path, op in operations():
        for code, name in shared.items():
            response = op["responses"].get(code)
            if response is None or "$ref" in response:
                continue
            if "application/json" in response.get("content", {}):
                common = SPEC["components"]["responses"][name]["description"]
                assert response["description"] != common, f"{method} {path} {code} is a copy of {name}"
                inline += 1
    assert inline <= 5


def test_security_is_required_except_on_open_routes() -> None:
    """A root bearerAuth requirement; exactly the routes the server leaves open say ``security: []``."""
    assert SPEC["security"] == [{"bearerAuth": []}]
    open_routes = sorted(f"{m} {p}" for m, p, op in operations() if op.get("security") == [])
    assert open_routes == ["GET /health", "POST /api/v1/metrics/list"]
    for method, path, op in operations():
        assert op.get("security") in (None, []), f"{method} {path}"


def test_every_operation_has_a_description_and_410_routes_are_deprecated() -> None:
    """Descriptions everywhere; ``deprecated: true`` exactly where the server answers 410."""
    for method, path, op in operations():
        assert op.get("description", "").strip(), f"{method} {path} has no description"
        assert bool(op.get("deprecated")) == ("410" in op["responses"]), f"{method} {path}"


def test_no_yaml_anchors_and_filters_are_named_parameters() -> None:
    """No ``&id``/``*id`` anchors; every query parameter of a list/count route is a named component."""
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert not re.search(r"[&*]id\d+", text)
    for method, path, op in operations():
        if op["operationId"].startswith(("list_", "count_")) and method == "GET":
            for param in op.get("parameters", []):
                assert "$ref" in param, f"{method} {path}: inline parameter {param}"


def test_examples_come_from_the_fixtures() -> None:
    """Most operations that answer JSON show an example, each equal to (a trimmed) recorded fixture."""
    import json

    from support.paths import FIXTURES_DIR

    examples = 0
    for method, path, op in operations():
        for code, response in op["responses"].items():
            example = response.get("content", {}).get("application/json", {}).get("example")
            if example is None or "$ref" in response:
                continue
            examples += 1
            record = json.loads((FIXTURES_DIR / f"{op['operationId']}.json").read_text(encoding="utf-8"))
            assert str(record["status"]) == code, f"{method} {path}"
            body = record["body"]
            if isinstance(body, dict) and isinstance(body.get("result"), list):
                body = {**body, "result": body["result"][:1]}
            assert example == body, f"{method} {path}"
    assert examples >= 80


def test_list_routes_take_paging_headers_and_return_envelopes() -> None:
    """Every list route reads X-Limit, X-Skip, X-Sort-Key, X-Sort-Order and answers {count, result}."""
    paging = {"X-Limit", "X-Skip", "X-Sort-Key", "X-Sort-Order"}
    lists = [(m, p, op) for m, p, op in operations() if op["operationId"].startswith("list_")]
    assert len(lists) == 26
    for method, path, op in lists:
        params = [resolve(param) for param in op.get("parameters", [])]
        headers = {param["name"] for param in params if param["in"] == "header"}
        assert headers == paging, f"{method} {path}: {headers}"
        schema = resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
        assert schema["required"] == ["count", "result"], f"{method} {path}"
        if method == "GET":
            filters = [param for param in params if param["in"] == "query"]
            assert filters, f"{method} {path} documents no filters"


def test_timestamps_are_declared_as_datetimes() -> None:
    """committed_at/updated_at and friends are date-times (parsed by the RFC 1123-aware template)."""
    schemas = SPEC["components"]["schemas"]
    for name in (
        "Attribute",
        "Client",
        "Combiner",
        "Metric",
        "Model",
        "Package",
        "Round",
        "Run",
        "Session",
        "Status",
        "Telemetry",
        "Validation",
        "Prediction",
    ):
        props = schemas[name]["properties"]
        for field in ("committed_at", "updated_at"):
            assert props[field]["format"] == "date-time", f"{name}.{field}"
            assert "RFC 1123" in props[field]["description"]
    assert schemas["SessionConfig"]["properties"]["aggregator_kwargs"]["type"] == ["string", "null"]


def test_examples_validate_against_their_schemas() -> None:
    """Every response example is valid for its schema (RFC 1123 timestamps as date-times, as served).

    Spectral's example rule knows only RFC 3339 date-times (openapi/.spectral.yaml says why it warns).
    """
    from support.conformance import SpecChecker, pointer_part

    checker = SpecChecker(SPEC)
    checked = 0
    for method, path, op in operations():
        for code, response in op["responses"].items():
            media = response.get("content", {}).get("application/json", {})
            if "example" not in media:
                continue
            operation = f"/paths/{pointer_part(path)}/{method.lower()}"
            pointer = f"{operation}/responses/{code}/content/application~1json/schema"
            assert checker.schema_errors(pointer, media["example"]) == [], f"{method} {path} {code}"
            checked += 1
    for name, response in SPEC["components"]["responses"].items():
        media = response["content"]["application/json"]
        pointer = f"/components/responses/{name}/content/application~1json/schema"
        assert checker.schema_errors(pointer, media["example"]) == [], name
    assert checked >= 80


#: Request bodies the server fills into a DTO that rejects unknown keys (400): closed in the spec.
CLOSED_INPUTS = {
    "AttributeInput",
    "TelemetryInput",
    "SessionInput",
    "SessionConfigInput",
    "SessionReplace",
    "ModelReplace",
    "PackageUpload",
}


def test_only_closed_request_bodies_close_additional_properties() -> None:
    """A newer server's extra response fields must be kept: only the closed request bodies say false."""
    schemas = SPEC["components"]["schemas"]
    closed = {name for name, schema in schemas.items() if schema.get("additionalProperties") is False}
    assert closed == CLOSED_INPUTS
