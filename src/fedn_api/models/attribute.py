from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, json_datetime, nest

if TYPE_CHECKING:
    from ..models.node import Node


class Attribute(JsonObject):
    """A key/value attribute reported by a client.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "attribute_id": "attribute_id",
        "key": "key",
        "value": "value",
        "timestamp": "timestamp",
        "sender": "sender",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "attribute_id",
            "key",
            "value",
            "timestamp",
            "sender",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        attribute_id: str,
        key: None | str,
        value: None | str,
        timestamp: datetime.datetime | None,
        sender: Node,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("attribute_id", attribute_id)
        self._put("key", key)
        self._put("value", value)
        self._put("timestamp", timestamp)
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
    def attribute_id(self) -> str:
        """The ``attribute_id`` field."""
        value: str = self["attribute_id"]
        return value

    @attribute_id.setter
    def attribute_id(self, value: str) -> None:
        self._put("attribute_id", value)

    @property
    def key(self) -> None | str:
        """The ``key`` field."""
        value: None | str = self["key"]
        return value

    @key.setter
    def key(self, value: None | str) -> None:
        self._put("key", value)

    @property
    def value(self) -> None | str:
        """The ``value`` field."""
        value: None | str = self["value"]
        return value

    @value.setter
    def value(self, value: None | str) -> None:
        self._put("value", value)

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
