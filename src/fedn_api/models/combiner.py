from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import JsonObject, json_datetime


class Combiner(JsonObject):
    """A combiner registered in the network.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "combiner_id": "combiner_id",
        "name": "name",
        "address": "address",
        "fqdn": "fqdn",
        "ip": "ip",
        "parent": "parent",
        "port": "port",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "combiner_id",
            "name",
            "address",
            "fqdn",
            "ip",
            "parent",
            "port",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        combiner_id: str,
        name: None | str,
        address: None | str,
        fqdn: None | str,
        ip: None | str,
        parent: Any,
        port: int | None,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("combiner_id", combiner_id)
        self._put("name", name)
        self._put("address", address)
        self._put("fqdn", fqdn)
        self._put("ip", ip)
        self._put("parent", parent)
        self._put("port", port)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @property
    def combiner_id(self) -> str:
        """The ``combiner_id`` field."""
        value: str = self["combiner_id"]
        return value

    @combiner_id.setter
    def combiner_id(self, value: str) -> None:
        self._put("combiner_id", value)

    @property
    def name(self) -> None | str:
        """The ``name`` field."""
        value: None | str = self["name"]
        return value

    @name.setter
    def name(self, value: None | str) -> None:
        self._put("name", value)

    @property
    def address(self) -> None | str:
        """The ``address`` field."""
        value: None | str = self["address"]
        return value

    @address.setter
    def address(self, value: None | str) -> None:
        self._put("address", value)

    @property
    def fqdn(self) -> None | str:
        """The ``fqdn`` field."""
        value: None | str = self["fqdn"]
        return value

    @fqdn.setter
    def fqdn(self, value: None | str) -> None:
        self._put("fqdn", value)

    @property
    def ip(self) -> None | str:
        """The ``ip`` field."""
        value: None | str = self["ip"]
        return value

    @ip.setter
    def ip(self, value: None | str) -> None:
        self._put("ip", value)

    @property
    def parent(self) -> Any:
        """Parent (controller) reference; a string or object, possibly null."""
        value: Any = self["parent"]
        return value

    @parent.setter
    def parent(self, value: Any) -> None:
        self._put("parent", value)

    @property
    def port(self) -> int | None:
        """The ``port`` field."""
        value: int | None = self["port"]
        return value

    @port.setter
    def port(self, value: int | None) -> None:
        self._put("port", value)

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
