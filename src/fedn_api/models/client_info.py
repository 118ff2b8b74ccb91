from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject, json_datetime


class ClientInfo(JsonObject):
    """A client known to the controller.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "client_id": "client_id",
        "name": "name",
        "combiner": "combiner",
        "combiner_preferred": "combiner_preferred",
        "ip": "ip",
        "status": "status",
        "last_seen": "last_seen",
        "package": "package",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "client_id",
            "name",
            "combiner",
            "combiner_preferred",
            "ip",
            "status",
            "last_seen",
            "package",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        client_id: str,
        name: None | str,
        combiner: None | str,
        combiner_preferred: None | str,
        ip: None | str,
        status: None | str,
        last_seen: datetime.datetime | None,
        package: None | str,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("client_id", client_id)
        self._put("name", name)
        self._put("combiner", combiner)
        self._put("combiner_preferred", combiner_preferred)
        self._put("ip", ip)
        self._put("status", status)
        self._put("last_seen", last_seen)
        self._put("package", package)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @property
    def client_id(self) -> str:
        """The ``client_id`` field."""
        value: str = self["client_id"]
        return value

    @client_id.setter
    def client_id(self, value: str) -> None:
        self._put("client_id", value)

    @property
    def name(self) -> None | str:
        """The ``name`` field."""
        value: None | str = self["name"]
        return value

    @name.setter
    def name(self, value: None | str) -> None:
        self._put("name", value)

    @property
    def combiner(self) -> None | str:
        """The ``combiner`` field."""
        value: None | str = self["combiner"]
        return value

    @combiner.setter
    def combiner(self, value: None | str) -> None:
        self._put("combiner", value)

    @property
    def combiner_preferred(self) -> None | str:
        """The ``combiner_preferred`` field."""
        value: None | str = self["combiner_preferred"]
        return value

    @combiner_preferred.setter
    def combiner_preferred(self, value: None | str) -> None:
        self._put("combiner_preferred", value)

    @property
    def ip(self) -> None | str:
        """The ``ip`` field."""
        value: None | str = self["ip"]
        return value

    @ip.setter
    def ip(self, value: None | str) -> None:
        self._put("ip", value)

    @property
    def status(self) -> None | str:
        """e.g. "available", "online", "offline" (kept a plain string)."""
        value: None | str = self["status"]
        return value

    @status.setter
    def status(self, value: None | str) -> None:
        self._put("status", value)

    @property
    def last_seen(self) -> datetime.datetime | None:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | None = json_datetime(self["last_seen"])
        return value

    @last_seen.setter
    def last_seen(self, value: datetime.datetime | None) -> None:
        self._put("last_seen", value)

    @property
    def package(self) -> None | str:
        """The ``package`` field."""
        value: None | str = self["package"]
        return value

    @package.setter
    def package(self, value: None | str) -> None:
        self._put("package", value)

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
