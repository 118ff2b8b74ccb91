from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import UNSET, JsonObject, Unset, json_datetime, nest

if TYPE_CHECKING:
    from ..models.node_input import NodeInput


class TelemetryInput(JsonObject):
    """A new telemetry value.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "key": "key",
        "value": "value",
        "sender": "sender",
        "timestamp": "timestamp",
        "telemetry_id": "telemetry_id",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "value",
            "sender",
        }
    )

    def __init__(
        self,
        key: str,
        value: float,
        sender: NodeInput,
        timestamp: datetime.datetime | Unset = UNSET,
        telemetry_id: None | str | Unset = UNSET,
        committed_at: None | str | Unset = UNSET,
        updated_at: None | str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("key", key)
        self._put("value", value)
        self._put("sender", sender)
        self._put("timestamp", timestamp)
        self._put("telemetry_id", telemetry_id)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node_input import NodeInput

        instance_ = super().from_dict(src_dict)
        nest(instance_, "sender", NodeInput, strict=True)

        return instance_

    @property
    def key(self) -> str:
        """The ``key`` field."""
        value: str = self["key"]
        return value

    @key.setter
    def key(self, value: str) -> None:
        self._put("key", value)

    @property
    def value(self) -> float:
        """The ``value`` field."""
        value: float = self["value"]
        return value

    @value.setter
    def value(self, value: float) -> None:
        self._put("value", value)

    @property
    def sender(self) -> NodeInput:
        """The sender of a posted attribute or telemetry value."""
        value: NodeInput = self["sender"]
        return value

    @sender.setter
    def sender(self, value: NodeInput) -> None:
        self._put("sender", value)

    @property
    def timestamp(self) -> datetime.datetime | Unset:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | Unset = json_datetime(self.get("timestamp", UNSET))
        return value

    @timestamp.setter
    def timestamp(self, value: datetime.datetime | Unset) -> None:
        self._put("timestamp", value)

    @property
    def telemetry_id(self) -> None | str | Unset:
        """The new value's id (a new UUID when left out)."""
        value: None | str | Unset = self.get("telemetry_id", UNSET)
        return value

    @telemetry_id.setter
    def telemetry_id(self, value: None | str | Unset) -> None:
        self._put("telemetry_id", value)

    @property
    def committed_at(self) -> None | str | Unset:
        """Accepted (the body fills a server DTO) and overwritten by the server."""
        value: None | str | Unset = self.get("committed_at", UNSET)
        return value

    @committed_at.setter
    def committed_at(self, value: None | str | Unset) -> None:
        self._put("committed_at", value)

    @property
    def updated_at(self) -> None | str | Unset:
        """Accepted (the body fills a server DTO) and overwritten by the server."""
        value: None | str | Unset = self.get("updated_at", UNSET)
        return value

    @updated_at.setter
    def updated_at(self, value: None | str | Unset) -> None:
        self._put("updated_at", value)
