"""Every filter the server honours is declared in the spec, typed, and sent by the generated client.

The filters come from ``openapi/server-snapshot.json``, the static extraction of the installed
server's source (``scripts/server_extract.py``), each with the kind of the column it compares;
``make check-drift`` (and tests/live/test_drift.py) prove that the snapshot equals a fresh
extraction and that the spec declares each filter with that type. Here: the generated operations
send every one of them (``FILTER_NAMES``, one key of the tag's ``Filters`` TypedDict each) and the
TypedDict's value types are the columns' kinds.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import typing
from types import ModuleType
from typing import Any, Literal

import pytest
import yaml

from support.paths import REPO, SPEC_PATH

SNAPSHOT: dict[str, Any] = json.loads((REPO / "openapi" / "server-snapshot.json").read_text(encoding="utf-8"))
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
FILTERED = sorted(
    route
    for route, info in SNAPSHOT["routes"].items()
    if info["filters"] is not None and route.startswith("GET ")
)
#: The value type of a filter key, by the kind of column the server compares it with.
VALUE_TYPES: dict[str, object] = {
    "string": str,
    "date-time": dt.datetime | str,
    "integer": int | Literal["null"],
    "number": float | Literal["null"],
    "boolean": bool | Literal["null"],
}


def operation_of(route: str) -> tuple[dict[str, Any], ModuleType]:
    path = route.split(" ", 1)[1]
    op = SPEC["paths"][path]["get"]
    return op, importlib.import_module(f"fedn_api.api.{op['tags'][0]}.{op['operationId']}")


def test_every_list_and_count_route_is_filtered() -> None:
    assert len(FILTERED) == 26  # 13 collections, GET list and GET count each


def test_every_query_parameter_of_a_list_or_count_route_is_a_filter() -> None:
    """What the templates rely on: a GET list_*/count_* operation's query parameters are all filters."""
    for path, item in SPEC["paths"].items():
        op = item.get("get")
        if op is None or not op["operationId"].startswith(("list_", "count_")):
            continue
        refs = [param.get("$ref", "") for param in op.get("parameters", [])]
        inline = [param["name"] for param in op.get("parameters", []) if "$ref" not in param]
        assert inline == [], f"GET {path}: inline parameters {inline}"
        queries = [ref for ref in refs if ref.startswith("#/components/parameters/Filter.")]
        others = [ref.rsplit("/", 1)[-1] for ref in refs if ref not in queries]
        assert set(others) <= {"XLimit", "XSkip", "XSortKey", "XSortOrder"}, f"GET {path}: {others}"


@pytest.mark.parametrize("route", FILTERED)
def test_every_filter_is_declared_and_sent(route: str) -> None:
    op, module = operation_of(route)
    names: dict[str, str] = module.FILTER_NAMES
    assert module.operation.filter_names is names
    filters = SNAPSHOT["routes"][route]["filters"]
    missing = sorted(set(filters) - set(names.values()))
    assert missing == [], f"{route}: the generated {op['operationId']} cannot send {missing}"
    # nothing beyond them either: every query parameter of the operation is a filter the server honours
    assert sorted(set(names.values()) - set(filters)) == []
    for key, query in names.items():
        assert module.operation.build(filters={key: "probe"})["params"] == {query: "probe"}, key
        assert key == query.replace(".", "_")
    # the comparison suffixes and the time fields are among them
    assert "committed_at__gte" in names and "updated_at__lt" in names
    for suffix in SNAPSHOT["suffixes"]:
        assert f"committed_at{suffix}" in names


@pytest.mark.parametrize("route", FILTERED)
def test_the_filter_types_are_the_columns_kinds(route: str) -> None:
    """The tag's TypedDict has exactly the route's filters as keys, each typed as its column's kind."""
    op, module = operation_of(route)
    typed = importlib.import_module(f"fedn_api.api.{op['tags'][0]}").Filters
    hints = typing.get_type_hints(typed)
    assert typed.__total__ is False
    assert sorted(hints) == sorted(module.FILTER_NAMES)  # list and count routes: the same keys
    kinds = SNAPSHOT["routes"][route]["filters"]
    for key, query in module.FILTER_NAMES.items():
        expected = VALUE_TYPES[kinds[query]]
        if route.startswith("GET /api/v1/predictions/") and key.startswith("timestamp"):
            expected = dt.datetime | str  # ISO 8601 text (x-fedn-timestamp-text): a datetime goes as ISO 8601
        assert hints[key] == expected, f"{route}: {key} is {hints[key]}, the column is {kinds[query]}"
