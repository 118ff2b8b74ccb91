"""The fake's tables: the columns of FEDn 0.33's SQL statestore and how a row becomes JSON.

Each :class:`Table` holds what the real SQL store knows about one entity kind: its columns and
their kinds (which decide how a filter value compares, see :mod:`fedn.testing._query`), the
primary key's API name (``status_id`` for the column ``id``), the dotted filter names its store
translates (``sender.name`` -> ``sender_name``), the relationships (attributes that are not
columns) and the foreign keys a write must satisfy.

Rows are stored as the database holds them: one dict per row, keyed by column name, with
nested parts that are separate tables on the server (a session's config, a round's config,
data and combiners) under keys starting with ``_``. :func:`to_json` turns a row into the JSON
the server's DTO sends (``sender``/``receiver`` objects, ``model`` beside ``model_id``,
timestamps as datetimes that :mod:`fedn.testing._messages` writes as RFC 1123 dates).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


class ColumnKind(enum.Enum):
    """The SQL type of a column, as far as comparisons and writes care."""

    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    TIMESTAMP = "timestamp"


T, INT, F, B, TS = ColumnKind.TEXT, ColumnKind.INT, ColumnKind.FLOAT, ColumnKind.BOOL, ColumnKind.TIMESTAMP
BASE_COLUMNS: dict[str, ColumnKind] = {"id": T, "committed_at": TS, "updated_at": TS}


@dataclass(frozen=True)
class Table:
    """One entity kind as FEDn 0.33's SQL store sees it."""

    name: str
    primary_key: str
    columns: Mapping[str, ColumnKind]
    #: dotted API names the store's ``_translate_key_sql`` maps onto columns (list and sort)
    translate: Mapping[str, str] = field(default_factory=dict)
    #: whether ``count`` translates too (the validations store passes its dict unchanged)
    count_translates: bool = True
    relationships: frozenset[str] = frozenset()
    foreign_keys: Mapping[str, str] = field(default_factory=dict)
    #: the rounds' ids compare numerically (the local network's ICU collation on ``rounds.id``)
    numeric_id: bool = False

    def translated(self, key: str, *, counting: bool = False) -> str:
        """A filter or sort key after the store's translation."""
        if counting and not self.count_translates:
            return key
        return self.translate.get(key, key)


SENDER = {"sender.name": "sender_name", "sender.role": "sender_role"}
RECEIVER = {"receiver.name": "receiver_name", "receiver.role": "receiver_role"}
SENDER_ID = {**SENDER, "sender.client_id": "sender_client_id"}


def _columns(**kinds: ColumnKind) -> dict[str, ColumnKind]:
    return {**BASE_COLUMNS, **kinds}


TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        Table(
            "attributes",
            "attribute_id",
            _columns(key=T, value=T, timestamp=TS, sender_name=T, sender_role=T, sender_client_id=T),
            translate=SENDER_ID,
        ),
        Table(
            "clients",
            "client_id",
            _columns(combiner=T, combiner_preferred=T, ip=T, name=T, package=T, status=T, last_seen=TS),
        ),
        Table("combiners", "combiner_id", _columns(address=T, fqdn=T, ip=T, name=T, parent=T, port=INT)),
        Table(
            "metrics",
            "metric_id",
            _columns(
                key=T,
                value=F,
                timestamp=TS,
                sender_name=T,
                sender_role=T,
                model_id=T,
                step=INT,
                session_id=T,
                round_id=T,
            ),
            translate=SENDER,
            foreign_keys={"model_id": "models", "session_id": "sessions", "round_id": "rounds"},
        ),
        Table(
            "models",
            "model_id",
            _columns(active=B, parent_model=T, name=T, session_id=T),
            relationships=frozenset({"session_configs", "session"}),
            foreign_keys={"session_id": "sessions"},
        ),
        Table(
            "packages",
            "package_id",
            _columns(active=B, description=T, file_name=T, helper=T, name=T, storage_file_name=T),
        ),
        Table(
            "predictions",
            "prediction_id",
            _columns(
                correlation_id=T,
                data=T,
                model_id=T,
                receiver_name=T,
                receiver_role=T,
                sender_name=T,
                sender_role=T,
                meta=T,
                timestamp=T,
            ),
            translate={**SENDER, **RECEIVER},
            foreign_keys={"model_id": "models"},
        ),
        Table(
            "rounds",
            "round_id",
            _columns(status=T, round_config_id=T, round_data_id=T),
            relationships=frozenset({"round_config", "round_data", "combiners"}),
            numeric_id=True,
        ),
        Table(
            "runs",
            "run_id",
            _columns(
                session_id=T,
                model_id=T,
                completed_at_model_id=T,
                round_timeout=INT,
                rounds=INT,
                completed_at=TS,
            ),
            foreign_keys={"session_id": "sessions", "model_id": "models", "completed_at_model_id": "models"},
        ),
        Table(
            "sessions",
            "session_id",
            _columns(name=T, status=T, session_config_id=T, seed_model_id=T),
            relationships=frozenset({"session_config", "models", "seed_model"}),
            foreign_keys={"seed_model_id": "models"},
        ),
        Table(
            "statuses",
            "status_id",
            _columns(
                log_level=T,
                sender_name=T,
                sender_role=T,
                status=T,
                timestamp=TS,
                type=T,
                data=T,
                correlation_id=T,
                extra=T,
                session_id=T,
            ),
            translate={"_id": "id", "logLevel": "log_level", **SENDER},
        ),
        Table(
            "telemetry",
            "telemetry_id",
            _columns(key=T, value=F, timestamp=TS, sender_name=T, sender_role=T, sender_client_id=T),
            translate=SENDER_ID,
        ),
        Table(
            "validations",
            "validation_id",
            _columns(
                correlation_id=T,
                data=T,
                model_id=T,
                meta=T,
                receiver_name=T,
                receiver_role=T,
                sender_name=T,
                sender_role=T,
                session_id=T,
                timestamp=TS,
            ),
            translate={"_id": "id", **SENDER, **RECEIVER},
            count_translates=False,
            foreign_keys={"model_id": "models", "session_id": "sessions"},
        ),
    )
}

#: the columns of a session's config (``session_configs``)
SESSION_CONFIG_KINDS: dict[str, ColumnKind] = {
    "aggregator": T,
    "aggregator_kwargs": T,
    "round_timeout": INT,
    "buffer_size": INT,
    "rounds": INT,
    "delete_models_storage": B,
    "clients_required": INT,
    "requested_clients": INT,
    "validate": B,
    "helper_type": T,
    "model_id": T,
    "server_functions": T,
}


# --- rows as JSON -----------------------------------------------------------------------------


def _node(row: Row, prefix: str, *, client_id: bool = False) -> dict[str, Any]:
    return {
        "name": row.get(f"{prefix}_name"),
        "role": row.get(f"{prefix}_role"),
        "client_id": row.get(f"{prefix}_client_id") if client_id else None,
    }


def _plain(row: Row, table: Table, *, hidden: tuple[str, ...] = ()) -> dict[str, Any]:
    out = {
        name: row[name]
        for name in table.columns
        if name != "id" and name not in hidden and not name.startswith(("sender_", "receiver_"))
    }
    out[table.primary_key] = row["id"]
    return out


def _with_nodes(table: Table, *, receiver: bool = False, client_id: bool = False) -> Callable[[Row], Any]:
    def dump(row: Row) -> dict[str, Any]:
        out = _plain(row, table)
        out["sender"] = _node(row, "sender", client_id=client_id)
        if receiver:
            out["receiver"] = _node(row, "receiver")
        return out

    return dump


def _model(row: Row) -> dict[str, Any]:
    out = _plain(row, TABLES["models"], hidden=("active",))
    out["model"] = row["id"]
    return out


def _session(row: Row) -> dict[str, Any]:
    out = _plain(row, TABLES["sessions"], hidden=("session_config_id",))
    out["session_config"] = dict(row["_config"])
    return out


def _round(row: Row) -> dict[str, Any]:
    out = _plain(row, TABLES["rounds"], hidden=("round_config_id", "round_data_id"))
    out["round_config"] = row["_round_config"]
    out["round_data"] = row["_round_data"]
    out["combiners"] = row["_combiners"]
    return out


SERIALIZERS: dict[str, Callable[[Row], Any]] = {
    "attributes": _with_nodes(TABLES["attributes"], client_id=True),
    "clients": lambda row: _plain(row, TABLES["clients"]),
    "combiners": lambda row: _plain(row, TABLES["combiners"]),
    "metrics": _with_nodes(TABLES["metrics"]),
    "models": _model,
    "packages": lambda row: _plain(row, TABLES["packages"]),
    "predictions": _with_nodes(TABLES["predictions"], receiver=True),
    "rounds": _round,
    "runs": lambda row: _plain(row, TABLES["runs"]),
    "sessions": _session,
    "statuses": _with_nodes(TABLES["statuses"]),
    "telemetry": _with_nodes(TABLES["telemetry"], client_id=True),
    "validations": _with_nodes(TABLES["validations"], receiver=True),
}


def to_json(table: str, row: Row) -> Any:
    """The JSON object (with datetimes still as ``datetime``) the server sends for ``row``."""
    return SERIALIZERS[table](row)
