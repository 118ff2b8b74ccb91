"""Filtering, sorting and paging as FEDn 0.33's SQL store does them (``SQLStore`` on PostgreSQL).

Filters come from every query argument of a GET list or count route (or the body of the POST
``/list`` and ``/count`` routes). For each ``name=value``:

* the value is parsed first: ``null`` (any case) is NULL, then ``int(value)``, then
  ``float(value)``, else the text (a JSON body's ``true`` becomes ``1``, ``1.5`` becomes ``1``,
  and ``null``, a list or an object fail);
* a name ending in ``__gt``, ``__lt``, ``__gte``, ``__lte``, ``__ne`` or ``__eq`` compares the
  column before the suffix; otherwise the name itself is the column (equality, ``IS NULL`` for
  NULL), the primary key's API name (``status_id``) meaning the column ``id``; a name that is no
  column is ignored; the store's dotted names (``sender.name``) are translated by exact name first;
* the comparison is PostgreSQL's: text against text in byte order (the rounds' ids numerically),
  numbers against numbers; a number against a text column, text against a number column, any
  value but NULL against a boolean or timestamp column, and anything against a relationship is
  an SQL error (the route's 500);
* NULL compares by ``=``, ``__eq`` (``IS NULL``) and ``__ne`` (``IS NOT NULL``) only; an ordering
  comparison with it (``__gt=null``) fails as SQLAlchemy refuses to build it (500).

Sorting is by ``X-Sort-Key`` (a column, translated like the filters; the primary key's name
means ``id``), then ``committed_at``, both in ``X-Sort-Order`` (``asc``, anything else is
descending), NULLs last ascending and first descending; ``X-Limit`` and ``X-Skip`` count only as
positive integers.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from fedn.testing._messages import ServerFault
from fedn.testing._schema import ColumnKind, Row, Table

SUFFIXES: dict[str, Callable[[Any, Any], bool]] = {
    "__gt": operator.gt,
    "__lt": operator.lt,
    "__gte": operator.ge,
    "__lte": operator.le,
    "__ne": operator.ne,
    "__eq": operator.eq,
}
_DIGITS = re.compile(r"(\d+)")

Predicate = Callable[[Row], bool]


def parse_value(value: Any) -> Any:
    """A filter value as ``SQLStore._build_filters`` parses it (``TypeError`` for null/lists/objects)."""
    if isinstance(value, str) and value.lower() == "null":
        return None
    try:
        return int(value)
    except ValueError:
        pass
    try:
        return float(value)
    except ValueError:
        pass
    return value


def numeric_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key of an ICU collation with numeric ordering (``"9" < "10"``, digits before letters)."""
    return tuple(
        (0, int(part), "") if part.isdecimal() else (1, 0, part) for part in _DIGITS.split(text) if part != ""
    )


def _comparable(table: Table, column: str, kind: ColumnKind, value: Any) -> Any:
    """``value`` ready to compare with the column, or :class:`ServerFault` where SQL refuses."""
    if kind is ColumnKind.TEXT and isinstance(value, str):
        return numeric_key(value) if (table.numeric_id and column == "id") else value
    if kind in (ColumnKind.INT, ColumnKind.FLOAT) and isinstance(value, int | float):
        return value
    pg_type = {"str": "character varying", "int": "integer", "float": "numeric"}.get(
        type(value).__name__, type(value).__name__
    )
    raise ServerFault(f"operator does not exist: {kind.value} {column} compared with {pg_type}")


def _predicate(table: Table, column: str, compare: Callable[[Any, Any], bool], value: Any) -> Predicate:
    kind = table.columns[column]
    if value is None:
        if compare is operator.eq:
            return lambda row: row.get(column) is None
        if compare is operator.ne:
            return lambda row: row.get(column) is not None
        # SQLAlchemy refuses to build col > NULL ("Only '=', '!=', ... can be used with None")
        raise ServerFault(f"{column}: an ordering comparison with NULL")
    wanted = _comparable(table, column, kind, value)
    numeric = table.numeric_id and column == "id"

    def matches(row: Row) -> bool:
        stored = row.get(column)
        if stored is None:
            return False
        return bool(compare(numeric_key(stored) if numeric else stored, wanted))

    return matches


def build_filters(table: Table, filters: Mapping[str, Any], *, counting: bool = False) -> list[Predicate]:
    """The predicates of a filter dict (keys already as the route hands them to the store)."""
    out: list[Predicate] = []
    for raw_key, raw_value in filters.items():
        key = table.translated(raw_key, counting=counting)
        try:
            value = parse_value(raw_value)
        except TypeError:
            raise ServerFault(f"cannot parse filter value {raw_value!r}") from None
        for suffix, compare in SUFFIXES.items():
            if key.endswith(suffix):
                base = key[: -len(suffix)]
                if base in table.relationships:
                    raise ServerFault(f"cannot compare the relationship {base}")
                if base in table.columns:
                    out.append(_predicate(table, base, compare, value))
                    break
        else:
            column = "id" if key == table.primary_key else key
            if column in table.relationships:
                raise ServerFault(f"cannot compare the relationship {column}")
            if column in table.columns:
                out.append(_predicate(table, column, operator.eq, value))
    return out


@dataclass(frozen=True)
class Paging:
    """The list headers as ``get_typed_list_headers`` reads them."""

    limit: int = 0
    skip: int = 0
    sort_key: str | None = None
    ascending: bool = False

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> Paging:
        """``X-Limit``, ``X-Skip``, ``X-Sort-Key``, ``X-Sort-Order`` from lower-case headers."""

        def positive(name: str) -> int:
            text = headers.get(name)
            return int(text) if text is not None and text.isdigit() and int(text) > 0 else 0

        order = headers.get("x-sort-order")
        return cls(
            limit=positive("x-limit"),
            skip=positive("x-skip"),
            sort_key=headers.get("x-sort-key"),
            ascending=order is not None and order.lower() == "asc",
        )


def _sort_value(table: Table, column: str, value: Any) -> Any:
    if table.numeric_id and column == "id" and isinstance(value, str):
        return numeric_key(value)
    return value


def _ordered(rows: list[Row], table: Table, column: str, ascending: bool) -> list[Row]:
    """``rows`` stably sorted on ``column``: NULLs last ascending, first descending (PostgreSQL)."""
    present = [r for r in rows if r.get(column) is not None]
    missing = [r for r in rows if r.get(column) is None]
    present.sort(key=lambda r: _sort_value(table, column, r[column]), reverse=not ascending)
    return present + missing if ascending else missing + present


def select(table: Table, rows: Iterable[Row], filters: Mapping[str, Any], paging: Paging) -> list[Row]:
    """The rows of a list route: filtered, sorted, skipped and limited."""
    predicates = build_filters(table, filters)
    matched = [row for row in rows if all(p(row) for p in predicates)]
    result = _ordered(matched, table, "committed_at", paging.ascending)
    sort_key = table.translated(paging.sort_key) if paging.sort_key else None
    if sort_key == table.primary_key:
        sort_key = "id"
    if sort_key and sort_key in table.columns and sort_key != "committed_at":
        result = _ordered(result, table, sort_key, paging.ascending)
    if paging.limit:
        return result[paging.skip : paging.skip + paging.limit]
    return result[paging.skip :]


def count(table: Table, rows: Iterable[Row], filters: Mapping[str, Any]) -> int:
    """The number of rows a count route reports."""
    predicates = build_filters(table, filters, counting=True)
    return sum(1 for row in rows if all(p(row) for p in predicates))
