"""Recorded server answers parse into the generated models and serialise back unchanged.

The fixtures under tests/fixtures were recorded from a live FEDn 0.33.0 network by
scripts/record_fixtures.py. Each one is fed through the generated endpoint module's own response
parser (the code a real call runs), so a spec that disagrees with the server (a missing required
field, null in a non-nullable one, an RFC 1123 timestamp the parser rejects) fails here.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from fedn_api.models import ClientInfo, Node, Round, Session, Validation
from support.paths import FIXTURES_DIR, GENERATOR_CONFIG, SPEC_PATH

FIXTURES = sorted(FIXTURES_DIR.glob("*.json"))
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
CONFIG = yaml.safe_load(GENERATOR_CONFIG.read_text(encoding="utf-8"))
CLASS_NAMES = {name: o["class_name"] for name, o in (CONFIG.get("class_overrides") or {}).items()}

OPERATIONS: dict[str, tuple[str, str, dict[str, Any]]] = {
    op["operationId"]: (method, path, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if isinstance(op, dict) and "operationId" in op
}


def load(name: str) -> dict[str, Any]:
    """A fixture record by file stem."""
    record: dict[str, Any] = json.loads((FIXTURES_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return record


def endpoint_module(operation_id: str) -> ModuleType:
    """The generated module of an operation: fedn_api.api.<first tag>.<operationId>."""
    tag = OPERATIONS[operation_id][2]["tags"][0]
    return importlib.import_module(f"fedn_api.api.{tag}.{operation_id}")


def to_json(value: Any) -> Any:
    """What the parsed value serialises to (models through their own to_dict)."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    return value


def expected_class(schema: dict[str, Any]) -> tuple[str, bool] | None:
    """(generated class name, is a list) of a response schema that is a model, else None."""
    is_list = schema.get("type") == "array"
    target = schema.get("items", {}) if is_list else schema
    ref = target.get("$ref")
    if ref is None:
        return None
    name = ref.rsplit("/", 1)[1]
    component = SPEC["components"]["schemas"][name]
    if component.get("type") != "object":
        return None
    return CLASS_NAMES.get(name, name), is_list


def path_pattern(template: str) -> str:
    """A regex matching concrete paths of an OpenAPI path template."""
    return "".join(
        "[^/]+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{[^}]+\})", template)
    )


SCALARS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


def check_typed(value: Any, schema: dict[str, Any], where: str, typed: Any = None) -> None:
    """Assert that a parsed value is the JSON its schema promises, recursively.

    Items stay the server's JSON (a timestamp is its string); ``typed`` is what the model's
    attribute gave for the same field, which must have the promised Python type (a timestamp
    is a ``datetime``). Objects of a model must be instances of that model (and so dicts).
    The generated parsers do not type-check scalars and keep the raw JSON when a nested model
    fails to parse, so a round trip alone would not notice a wrong type in the spec.
    """
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        component = SPEC["components"]["schemas"][name]
        if component.get("type") == "object":
            class_name = CLASS_NAMES.get(name, name)
            assert type(value).__name__ == class_name, (
                f"{where}: {type(value).__name__}, expected {class_name}"
            )
            assert isinstance(value, dict), f"{where}: a model that is not a dict"
            for prop, prop_schema in component.get("properties", {}).items():
                if prop in value:
                    attribute = getattr(value, value._json_fields[prop])
                    check_typed(value[prop], prop_schema, f"{where}.{prop}", attribute)
            extra = component.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                for key in value.additional_properties:
                    check_typed(value[key], extra, f"{where}[{key!r}]", value[key])
            return
        check_typed(value, component, where, typed)
        return
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                check_typed(value, option, where, typed)
                return
            except AssertionError as err:
                errors.append(str(err))
        raise AssertionError(f"{where}: matches no anyOf option: {errors}")
    kinds = schema.get("type")
    if kinds is None:
        return  # free-form
    kinds = [kinds] if isinstance(kinds, str) else kinds
    if value is None:
        assert "null" in kinds, f"{where}: null, but the schema is not nullable"
        return
    if schema.get("format") == "date-time":
        assert isinstance(value, str), f"{where}: the item {value!r} is not the server's timestamp text"
        assert isinstance(typed, datetime.datetime), f"{where}: the attribute {typed!r} is not a datetime"
        return
    allowed = tuple(t for kind in kinds for t in SCALARS[kind])
    assert isinstance(value, allowed) and not (isinstance(value, bool) and bool not in allowed), (
        f"{where}: {type(value).__name__} {value!r}, expected {kinds}"
    )
    if typed is not None:
        assert typed is value, f"{where}: the attribute is not the item"
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            check_typed(item, schema["items"], f"{where}[{index}]", item)


def parse(operation_id: str, status: int, body: Any) -> Any:
    """Run the generated parser of an operation on a response with this status and JSON body."""
    response = httpx.Response(status, json=body)
    return endpoint_module(operation_id).operation.parse(response, raise_on_unexpected_status=True).parsed


def test_fixtures_were_recorded() -> None:
    """The recorder ran: the fixture folder covers most operations that answer JSON."""
    operations = {load(path.stem)["operation_id"] for path in FIXTURES}
    assert len(operations) >= 80, sorted(set(OPERATIONS) - operations)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_round_trips(path: Path) -> None:
    """The body parses into the documented schema and to_dict() gives back exactly the same JSON."""
    record = json.loads(path.read_text(encoding="utf-8"))
    operation_id = record["operation_id"]
    assert operation_id in OPERATIONS, f"{operation_id} is not in the spec"
    method, template, op = OPERATIONS[operation_id]
    assert record["method"] == method.upper()
    assert re.fullmatch(path_pattern(template), record["path"]), (record["path"], template)
    status = str(record["status"])
    assert status in op["responses"], f"{operation_id} answered {status}, which the spec does not document"
    assert path.stem == (operation_id if record["status"] < 300 else f"{operation_id}.{status}")

    parsed = parse(operation_id, record["status"], record["body"])

    assert parsed is not None
    response = op["responses"][status]
    if "$ref" in response:  # a shared response of components/responses
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    schema = response["content"]["application/json"]["schema"]
    expected = expected_class(schema)
    if expected is not None:
        class_name, is_list = expected
        items = parsed if is_list else [parsed]
        assert isinstance(parsed, list) == is_list
        assert all(type(item).__name__ == class_name for item in items), (type(parsed), class_name)
    check_typed(parsed, schema, operation_id)
    assert to_json(parsed) == record["body"]
    assert_plain_json(parsed, record["body"])


def assert_plain_json(parsed: Any, body: Any) -> None:
    """A parsed result behaves as the server's JSON does with FEDn's own client (plain dicts).

    ``==``, ``json.dumps``, ``yaml.safe_dump`` (and ``yaml.dump``, which FEDn's CI uses to write a
    client config that FEDn's reader loads with ``yaml.safe_load``) and ``repr`` all give what they
    give for the JSON itself.
    """
    assert parsed == body
    assert json.dumps(parsed, sort_keys=True) == json.dumps(body, sort_keys=True)
    assert yaml.safe_dump(parsed) == yaml.safe_dump(body)
    assert yaml.dump(parsed) == yaml.dump(body)
    assert "!!python" not in yaml.dump(parsed)
    assert repr(parsed) == repr(body) and str(parsed) == str(body)


def test_timestamps_are_datetimes_and_serialise_as_rfc_1123() -> None:
    """RFC 1123 strings become aware datetimes and are written back in the same form."""
    body = load("get_client")["body"]
    client = ClientInfo.from_dict(body)
    assert isinstance(client.last_seen, datetime.datetime)
    assert client.last_seen.tzinfo is not None
    assert client.last_seen.utcoffset() == datetime.timedelta(0)
    assert client.to_dict()["last_seen"] == body["last_seen"]
    assert body["last_seen"].endswith(" GMT")


def test_iso_timestamps_are_accepted_and_written_as_rfc_1123() -> None:
    """An ISO 8601 timestamp (e.g. from another backend) parses too and stays as sent in the items;
    setting the attribute writes the server's form."""
    body = dict(load("get_client")["body"], last_seen="2026-11-27T04:35:12+00:00")
    client = ClientInfo.from_dict(body)
    assert client.last_seen == datetime.datetime(2026, 11, 27, 4, 35, 12, tzinfo=datetime.UTC)
    assert client.to_dict()["last_seen"] == "2026-11-27T04:35:12+00:00"
    client.last_seen = datetime.datetime(2026, 11, 27, 4, 35, 12, tzinfo=datetime.UTC)
    assert client["last_seen"] == "Fri, 27 Nov 2026 04:35:12 GMT"


def test_fields_of_a_newer_server_are_kept() -> None:
    """Unknown fields at any depth survive parsing and serialisation and are reachable by key."""
    body = copy.deepcopy(load("get_round")["body"])
    body["new_top_level"] = {"nested": [1, 2, 3]}
    assert body["round_config"] is not None and body["combiners"]
    body["round_config"]["new_config_field"] = "x"
    body["combiners"][0]["new_combiner_field"] = None
    body["combiners"][0]["config"]["new_combiner_config_field"] = 1.5

    parsed = Round.from_dict(body)

    assert parsed.to_dict() == body
    assert parsed["new_top_level"] == {"nested": [1, 2, 3]}
    assert parsed.round_config is not None
    assert parsed.round_config["new_config_field"] == "x"
    assert "new_combiner_field" in parsed.combiners[0]


def test_models_are_dicts_of_the_servers_json() -> None:
    """Models are dicts holding exactly the JSON: item access by JSON name, attributes typed."""
    body = dict(load("get_status")["body"], brand_new="value")
    validation = Validation.from_dict(load("get_validation")["body"])
    session = Session.from_dict(load("get_session")["body"])
    from fedn_api.models import Status

    status = Status.from_dict(body)

    assert isinstance(status, dict) and status == body and dict(status) == body
    assert status["type"] == status.type_  # JSON name, not the Python attribute name
    assert status["status_id"] == body["status_id"]
    assert status["brand_new"] == "value"
    assert isinstance(status["sender"], Node) and isinstance(status["sender"], dict)
    assert status["sender"]["name"] == body["sender"]["name"] == status.sender.name
    assert status.get("missing") is None
    assert status.get("missing", 7) == 7
    with pytest.raises(KeyError):
        status["missing"]
    assert "type" in status and "brand_new" in status and "type_" not in status
    assert list(status) == list(body)  # the server's key order
    assert status.additional_keys == ["brand_new"]
    assert session["session_config"]["aggregator"] == body_aggregator(session)
    assert json.loads(json.dumps(session)) == load("get_session")["body"]
    assert yaml.safe_load(yaml.safe_dump(session)) == load("get_session")["body"]
    assert repr(validation) == repr(load("get_validation")["body"])
    status["type"] = "other"
    assert status.type_ == "other"
    status["another"] = 1
    assert status.to_dict()["another"] == 1
    assert type(status.to_dict()["sender"]) is dict


def body_aggregator(session: Session) -> str | None:
    """The aggregator of a parsed session, through attributes."""
    return session.session_config.aggregator


def test_unset_optional_fields_are_absent_from_dict_access() -> None:
    """An optional field the server did not send (UNSET) is not a key."""
    from fedn_api.models import ClientConfig

    config = ClientConfig.from_dict(load("get_client_config")["body"])
    if "checksum" in load("get_client_config")["body"]:
        pytest.skip("the recorded config carries a checksum")
    assert "checksum" not in config
    assert "checksum" not in list(config.keys())
    with pytest.raises(KeyError):
        config["checksum"]
    assert config.get("checksum", "none") == "none"
