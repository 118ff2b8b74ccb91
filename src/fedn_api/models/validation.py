from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, json_datetime, nest

if TYPE_CHECKING:
    from ..models.node import Node


class Validation(JsonObject):
    """A validation result reported by a client.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "validation_id": "validation_id",
        "model_id": "model_id",
        "data": "data",
        "correlation_id": "correlation_id",
        "timestamp": "timestamp",
        "session_id": "session_id",
        "meta": "meta",
        "sender": "sender",
        "receiver": "receiver",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "validation_id",
            "model_id",
            "data",
            "correlation_id",
            "timestamp",
            "session_id",
            "meta",
            "sender",
            "receiver",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        validation_id: str,
        model_id: None | str,
        data: None | str,
        correlation_id: None | str,
        timestamp: datetime.datetime | None,
        session_id: None | str,
        meta: None | str,
        sender: Node,
        receiver: Node,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("validation_id", validation_id)
        self._put("model_id", model_id)
        self._put("data", data)
        self._put("correlation_id", correlation_id)
        self._put("timestamp", timestamp)
        self._put("session_id", session_id)
        self._put("meta", meta)
        self._put("sender", sender)
        self._put("receiver", receiver)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node import Node

        instance_ = super().from_dict(src_dict)
        nest(instance_, "sender", Node, strict=True)
        nest(instance_, "receiver", Node, strict=True)

        return instance_

    @property
    def validation_id(self) -> str:
        """The ``validation_id`` field."""
        value: str = self["validation_id"]
        return value

    @validation_id.setter
    def validation_id(self, value: str) -> None:
        self._put("validation_id", value)

    @property
    def model_id(self) -> None | str:
        """The ``model_id`` field."""
        value: None | str = self["model_id"]
        return value

    @model_id.setter
    def model_id(self, value: None | str) -> None:
        self._put("model_id", value)

    @property
    def data(self) -> None | str:
        """JSON-encoded validation metrics."""
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
    def timestamp(self) -> datetime.datetime | None:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | None = json_datetime(self["timestamp"])
        return value

    @timestamp.setter
    def timestamp(self, value: datetime.datetime | None) -> None:
        self._put("timestamp", value)

    @property
    def session_id(self) -> None | str:
        """The ``session_id`` field."""
        value: None | str = self["session_id"]
        return value

    @session_id.setter
    def session_id(self, value: None | str) -> None:
        self._put("session_id", value)

    @property
    def meta(self) -> None | str:
        """The ``meta`` field."""
        value: None | str = self["meta"]
        return value

    @meta.setter
    def meta(self, value: None | str) -> None:
        self._put("meta", value)

    @property
    def sender(self) -> Node:
        """A sender or receiver (client, combiner or controller)."""
        value: Node = self["sender"]
        return value

    @sender.setter
    def sender(self, value: Node) -> None:
        self._put("sender", value)

    @property
    def receiver(self) -> Node:
        """A sender or receiver (client, combiner or controller)."""
        value: Node = self["receiver"]
        return value

    @receiver.setter
    def receiver(self, value: Node) -> None:
        self._put("receiver", value)

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
