"""The fake's tables against the server's own source, as ``make check-drift`` extracted it.

``openapi/server-snapshot.json`` lists, for every GET list and count route of FEDn 0.33, the
filter names its SQL store honours and the type of the column each compares (extracted
statically from the installed server by scripts/server_extract.py: ``string``, ``date-time``,
``integer``, ``number``, ``boolean``). The fake must honour every one of them, with the same
column kind, and have no column the server's store lacks; its routes must guard the same roles.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from fedn.testing._messages import ServerFault
from fedn.testing._query import build_filters
from fedn.testing._routes import ROUTES
from fedn.testing._schema import TABLES, ColumnKind
from support.paths import REPO

SNAPSHOT: dict[str, Any] = json.loads((REPO / "openapi" / "server-snapshot.json").read_text())
SUFFIXES = tuple(SNAPSHOT["suffixes"])
#: the snapshot's column types and the fake's column kinds
KINDS = {
    "string": ColumnKind.TEXT,
    "date-time": ColumnKind.TIMESTAMP,
    "integer": ColumnKind.INT,
    "number": ColumnKind.FLOAT,
    "boolean": ColumnKind.BOOL,
}
FILTERED = {
    route: entry["filters"]
    for route, entry in SNAPSHOT["routes"].items()
    if entry["filters"] and route.startswith("GET /api/v1/")
}


def table_of(route: str) -> str:
    return route.split("/")[3]


def column_of(table: str, name: str, counting: bool) -> str | None:
    """The column a filter name reaches in the fake (None: ignored)."""
    spec = TABLES[table]
    key = spec.translated(name, counting=counting)
    base = next((key[: -len(s)] for s in SUFFIXES if key.endswith(s)), None)
    if base is not None:
        return base if base in spec.columns else None
    column = "id" if key == spec.primary_key else key
    return column if column in spec.columns else None


def reaches_a_column(table: str, name: str, counting: bool) -> bool:
    """Whether the fake's filters use ``name`` (a predicate, or an SQL error: not ignored)."""
    try:
        return bool(build_filters(TABLES[table], {name: "null"}, counting=counting))
    except ServerFault:  # e.g. an ordering comparison with null: the column was reached
        return True


@pytest.mark.parametrize("route", sorted(FILTERED))
def test_every_filter_the_server_honours_is_honoured_with_its_column_kind(route: str) -> None:
    table = table_of(route)
    counting = route.endswith("/count")
    for name, column_type in FILTERED[route].items():
        column = column_of(table, name, counting)
        assert column is not None, f"{route}: the fake ignores {name!r}"
        assert reaches_a_column(table, name, counting), (route, name)
        assert TABLES[table].columns[column] is KINDS[column_type], (route, name, column_type)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_fake_has_no_column_the_server_lacks(table: str) -> None:
    (route,) = [r for r in FILTERED if table_of(r) == table and not r.endswith("/count")]
    reachable = {column_of(table, name, False) for name in FILTERED[route]}
    assert set(TABLES[table].columns) == reachable


def test_the_routes_guard_the_roles_the_server_guards() -> None:
    for route in ROUTES:
        entry = SNAPSHOT["routes"][f"{route.method} {route.template}"]
        assert entry["auth"] == route.role, (route.method, route.template)
