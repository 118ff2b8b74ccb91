from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject, json_datetime


class Package(JsonObject):
    """A compute package.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "package_id": "package_id",
        "description": "description",
        "file_name": "file_name",
        "helper": "helper",
        "name": "name",
        "storage_file_name": "storage_file_name",
        "active": "active",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "package_id",
            "description",
            "file_name",
            "helper",
            "name",
            "storage_file_name",
            "active",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        package_id: str,
        description: None | str,
        file_name: None | str,
        helper: None | str,
        name: None | str,
        storage_file_name: None | str,
        active: bool | None,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("package_id", package_id)
        self._put("description", description)
        self._put("file_name", file_name)
        self._put("helper", helper)
        self._put("name", name)
        self._put("storage_file_name", storage_file_name)
        self._put("active", active)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @property
    def package_id(self) -> str:
        """The ``package_id`` field."""
        value: str = self["package_id"]
        return value

    @package_id.setter
    def package_id(self, value: str) -> None:
        self._put("package_id", value)

    @property
    def description(self) -> None | str:
        """The ``description`` field."""
        value: None | str = self["description"]
        return value

    @description.setter
    def description(self, value: None | str) -> None:
        self._put("description", value)

    @property
    def file_name(self) -> None | str:
        """The ``file_name`` field."""
        value: None | str = self["file_name"]
        return value

    @file_name.setter
    def file_name(self, value: None | str) -> None:
        self._put("file_name", value)

    @property
    def helper(self) -> None | str:
        """The ``helper`` field."""
        value: None | str = self["helper"]
        return value

    @helper.setter
    def helper(self, value: None | str) -> None:
        self._put("helper", value)

    @property
    def name(self) -> None | str:
        """The ``name`` field."""
        value: None | str = self["name"]
        return value

    @name.setter
    def name(self, value: None | str) -> None:
        self._put("name", value)

    @property
    def storage_file_name(self) -> None | str:
        """The ``storage_file_name`` field."""
        value: None | str = self["storage_file_name"]
        return value

    @storage_file_name.setter
    def storage_file_name(self, value: None | str) -> None:
        self._put("storage_file_name", value)

    @property
    def active(self) -> bool | None:
        """The ``active`` field."""
        value: bool | None = self["active"]
        return value

    @active.setter
    def active(self, value: bool | None) -> None:
        self._put("active", value)

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
