"""The fake's database: rows per table, seeded ids, a clock that never repeats a timestamp.

Writes behave as FEDn 0.33's SQL store on PostgreSQL does for a client: a value goes into a
column the way the database takes it (:func:`coerce`: a number into a text column becomes its
text, an object into a text column or text into a number column fails), a foreign key must
name an existing row, a primary key must be new. Any refusal raises
:class:`~fedn.testing._messages.ServerFault`, which the handlers answer as the server does
(mostly its generic 500).

Ids come from the instance's own seeded :class:`random.Random`, so the same seed and the same
requests give the same ids. Timestamps come from the clock (``datetime.now(UTC)`` unless given)
and strictly increase, so ``committed_at`` orders rows as they were written.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Callable, Iterator
from email.utils import parsedate_to_datetime
from typing import Any

from fedn.testing._messages import ServerFault
from fedn.testing._schema import TABLES, ColumnKind, Row

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The default clock: the current time in UTC."""
    return dt.datetime.now(dt.UTC)


def parse_timestamp(value: str) -> dt.datetime:
    """A timestamp PostgreSQL would take: ISO 8601 or an RFC 1123 date (offset dropped, as
    ``timestamp without time zone`` does); anything else raises :class:`ServerFault`."""
    text = value.strip()
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            raise ServerFault(f"invalid input syntax for type timestamp: {value!r}") from None
    return parsed.replace(tzinfo=None)


def coerce(kind: ColumnKind, value: Any) -> Any:
    """``value`` as the column of ``kind`` stores it; :class:`ServerFault` when it cannot."""
    if value is None:
        return None
    if kind is ColumnKind.TEXT:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        if isinstance(value, str):
            return value
    elif kind is ColumnKind.INT:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):  # sent untyped, PostgreSQL reads the text as an integer
            try:
                return int(value.strip())
            except ValueError:
                pass
    elif kind is ColumnKind.FLOAT:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return float(value.strip())
            except ValueError:
                pass
    elif kind is ColumnKind.BOOL:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
    elif kind is ColumnKind.TIMESTAMP:
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value
        if isinstance(value, str):
            return parse_timestamp(value)
    raise ServerFault(f"cannot store {type(value).__name__} {value!r} in a {kind.value} column")


class Store:
    """Every table's rows, in insertion order."""

    def __init__(self, seed: int, clock: Clock | None = None) -> None:
        self._clock = clock or utc_now
        self.rows: dict[str, dict[str, Row]] = {name: {} for name in TABLES}
        self.rng = random.Random(seed)
        self._last = dt.datetime.min

    # --- ids and time ------------------------------------------------------------------------

    def new_id(self) -> str:
        """A random (version 4) UUID drawn from the seeded generator."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def now(self) -> dt.datetime:
        """The clock's time (naive UTC), always later than the previous call's."""
        now = self._clock()
        if now.tzinfo is not None:
            now = now.astimezone(dt.UTC).replace(tzinfo=None)
        if now <= self._last:
            now = self._last + dt.timedelta(microseconds=1)
        self._last = now
        return now

    # --- reads ---------------------------------------------------------------------------------

    def get(self, table: str, row_id: Any) -> Row | None:
        """The row with primary key ``row_id`` (the ``id`` column), if any."""
        return self.rows[table].get(row_id) if isinstance(row_id, str) else None

    def all(self, table: str) -> list[Row]:
        """Every row of ``table``, oldest first."""
        return list(self.rows[table].values())

    def where(self, table: str, **equal: Any) -> Iterator[Row]:
        """The rows whose columns equal the given values, oldest first."""
        for row in self.rows[table].values():
            if all(row.get(k) == v for k, v in equal.items()):
                yield row

    # --- writes --------------------------------------------------------------------------------

    def _checked(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        spec = TABLES[table]
        out: dict[str, Any] = {}
        for name, value in values.items():
            kind = spec.columns.get(name)
            out[name] = coerce(kind, value) if kind is not None else value
        for column, target in spec.foreign_keys.items():
            ref = out.get(column)
            if ref is not None and ref not in self.rows[target]:
                raise ServerFault(
                    f'insert or update on table "{table}" violates foreign key constraint: '
                    f"{column}={ref!r} is not present in {target}"
                )
        return out

    def insert(self, table: str, values: dict[str, Any], *, at: dt.datetime | None = None) -> Row:
        """Add a row (a new id unless ``values["id"]`` is set); ``committed_at`` = ``at`` or now."""
        spec = TABLES[table]
        row: Row = {name: None for name in spec.columns}
        row.update(self._checked(table, values))
        if not row.get("id"):
            row["id"] = self.new_id()
        if row["id"] in self.rows[table]:
            raise ServerFault(f'duplicate key value violates unique constraint "pk_{table}"')
        stamp = at or self.now()
        row["committed_at"] = row["committed_at"] or stamp
        row["updated_at"] = row["updated_at"] or stamp
        self.rows[table][row["id"]] = row
        return row

    def update(self, table: str, row_id: str, values: dict[str, Any], *, touch: bool = True) -> Row:
        """Change columns of an existing row; ``updated_at`` becomes now unless given."""
        row = self.rows[table][row_id]
        checked = self._checked(table, values)
        if touch and "updated_at" not in values:
            checked["updated_at"] = self.now()
        row.update(checked)
        return row

    def delete(self, table: str, row_id: str) -> bool:
        """Remove a row; whether it existed."""
        return self.rows[table].pop(row_id, None) is not None
