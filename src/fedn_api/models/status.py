from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, json_datetime, nest

if TYPE_CHECKING:
    from ..models.node import Node


class Status(JsonObject):
    """A status/event message.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "status_id": "status_id",
        "status": "status",
        "timestamp": "timestamp",
        "log_level": "log_level",
        "data": "data",
        "correlation_id": "correlation_id",
        "type": "type_",
        "extra": "extra",
        "session_id": "session_id",
        "sender": "sender",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "status_id",
            "status",
            "timestamp",
            "log_level",
            "data",
            "correlation_id",
            "type",
            "extra",
            "session_id",
            "sender",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        status_id: str,
        status: None | str,
        timestamp: datetime.datetime | None,
        log_level: None | str,
        data: None | str,
        correlation_id: None | str,
        type_: None | str,
        extra: None | str,
        session_id: None | str,
        sender: Node,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("status_id", status_id)
        self._put("status", status)
        self._put("timestamp", timestamp)
        self._put("log_level", log_level)
        self._put("data", data)
        self._put("correlation_id", correlation_id)
        self._put("type", type_)
        self._put("extra", extra)
        self._put("session_id", session_id)
        self._put("sender", sender)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node import Node

        instance_ = super().from_dict(src_dict)
        nest(instance_, "sender", Node, strict=True)

        return instance_

    @property
    def status_id(self) -> str:
        """The ``status_id`` field."""
        value: str = self["status_id"]
        return value

    @status_id.setter
    def status_id(self, value: str) -> None:
        self._put("status_id", value)

    @property
    def status(self) -> None | str:
        """The ``status`` field."""
        value: None | str = self["status"]
        return value

    @status.setter
    def status(self, value: None | str) -> None:
        self._put("status", value)

    @property
    def timestamp(self) -> datetime.datetime | None:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | None = json_datetime(self["timestamp"])
        return value

    @timestamp.setter
    def timestamp(self, value: datetime.datetime | None) -> None:
        self._put("timestamp", value)

    @property
    def log_level(self) -> None | str:
        """The ``log_level`` field."""
        value: None | str = self["log_level"]
        return value

    @log_level.setter
    def log_level(self, value: None | str) -> None:
        self._put("log_level", value)

    @property
    def data(self) -> None | str:
        """The ``data`` field."""
        value: None | str = self["data"]
        return value

    @data.setter
    def data(self, value: None | str) -> None:
        self._put("data", value)

    @property
    def correlation_id(self) -> None | str:
        """The ``correlation_id`` field."""
        value: None | str = self["correlation_id"]
        return value

    @correlation_id.setter
    def correlation_id(self, value: None | str) -> None:
        self._put("correlation_id", value)

    @property
    def type_(self) -> None | str:
        """The ``type`` field."""
        value: None | str = self["type"]
        return value

    @type_.setter
    def type_(self, value: None | str) -> None:
        self._put("type", value)

    @property
    def extra(self) -> None | str:
        """The ``extra`` field."""
        value: None | str = self["extra"]
        return value

    @extra.setter
    def extra(self, value: None | str) -> None:
        self._put("extra", value)

    @property
    def session_id(self) -> None | str:
        """The ``session_id`` field."""
        value: None | str = self["session_id"]
        return value

    @session_id.setter
    def session_id(self, value: None | str) -> None:
        self._put("session_id", value)

    @property
    def sender(self) -> Node:
        """A sender or receiver (client, combiner or controller)."""
        value: Node = self["sender"]
        return value

    @sender.setter
    def sender(self, value: Node) -> None:
        self._put("sender", value)

    @property
    def committed_at(self) -> datetime.datetime | None:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | None = json_datetime(self["committed_at"])
        return value

    @committed_at.setter
    def committed_at(self, value: datetime.datetime | None) -> None:
        self._put("committed_at", value)

    @property
    def updated_at(self) -> datetime.datetime | None:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | None = json_datetime(self["updated_at"])
        return value

    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None:
        self._put("updated_at", value)
