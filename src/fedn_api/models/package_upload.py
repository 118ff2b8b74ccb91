from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from .. import types
from ..types import (
    UNSET,
    File,
    JsonObject,
    Unset,
)


class PackageUpload(JsonObject):
    """A compute package file with its metadata (multipart form). The form fills the package DTO, which rejects unknown
    fields (400).

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "file": "file",
        "helper": "helper",
        "name": "name",
        "description": "description",
        "file_name": "file_name",
        "storage_file_name": "storage_file_name",
        "package_id": "package_id",
        "active": "active",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "file",
            "helper",
            "name",
            "description",
        }
    )

    def __init__(
        self,
        file: File,
        helper: str,
        name: str,
        description: str,
        file_name: str | Unset = UNSET,
        storage_file_name: str | Unset = UNSET,
        package_id: str | Unset = UNSET,
        active: str | Unset = UNSET,
        committed_at: str | Unset = UNSET,
        updated_at: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("file", file)
        self._put("helper", helper)
        self._put("name", name)
        self._put("description", description)
        self._put("file_name", file_name)
        self._put("storage_file_name", storage_file_name)
        self._put("package_id", package_id)
        self._put("active", active)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @property
    def file(self) -> File:
        """tar.gz/tgz/tar/zip/bz2 archive."""
        value: File = self["file"]
        return value

    @file.setter
    def file(self, value: File) -> None:
        self._put("file", value)

    @property
    def helper(self) -> str:
        """ "numpyhelper", "binaryhelper" or "androidhelper"."""
        value: str = self["helper"]
        return value

    @helper.setter
    def helper(self, value: str) -> None:
        self._put("helper", value)

    @property
    def name(self) -> str:
        """The ``name`` field."""
        value: str = self["name"]
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._put("name", value)

    @property
    def description(self) -> str:
        """The ``description`` field."""
        value: str = self["description"]
        return value

    @description.setter
    def description(self, value: str) -> None:
        self._put("description", value)

    @property
    def file_name(self) -> str | Unset:
        """Overwritten by the server (the uploaded file's name)."""
        value: str | Unset = self.get("file_name", UNSET)
        return value

    @file_name.setter
    def file_name(self, value: str | Unset) -> None:
        self._put("file_name", value)

    @property
    def storage_file_name(self) -> str | Unset:
        """Overwritten by the server."""
        value: str | Unset = self.get("storage_file_name", UNSET)
        return value

    @storage_file_name.setter
    def storage_file_name(self, value: str | Unset) -> None:
        self._put("storage_file_name", value)

    @property
    def package_id(self) -> str | Unset:
        """Overwritten by the server (a new UUID)."""
        value: str | Unset = self.get("package_id", UNSET)
        return value

    @package_id.setter
    def package_id(self, value: str | Unset) -> None:
        self._put("package_id", value)

    @property
    def active(self) -> str | Unset:
        """Overwritten by the server."""
        value: str | Unset = self.get("active", UNSET)
        return value

    @active.setter
    def active(self, value: str | Unset) -> None:
        self._put("active", value)

    @property
    def committed_at(self) -> str | Unset:
        """Overwritten by the server."""
        value: str | Unset = self.get("committed_at", UNSET)
        return value

    @committed_at.setter
    def committed_at(self, value: str | Unset) -> None:
        self._put("committed_at", value)

    @property
    def updated_at(self) -> str | Unset:
        """Overwritten by the server."""
        value: str | Unset = self.get("updated_at", UNSET)
        return value

    @updated_at.setter
    def updated_at(self, value: str | Unset) -> None:
        self._put("updated_at", value)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("helper", (None, str(self.helper).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.file_name, Unset):
            files.append(("file_name", (None, str(self.file_name).encode(), "text/plain")))

        if not isinstance(self.storage_file_name, Unset):
            files.append(("storage_file_name", (None, str(self.storage_file_name).encode(), "text/plain")))

        if not isinstance(self.package_id, Unset):
            files.append(("package_id", (None, str(self.package_id).encode(), "text/plain")))

        if not isinstance(self.active, Unset):
            files.append(("active", (None, str(self.active).encode(), "text/plain")))

        if not isinstance(self.committed_at, Unset):
            files.append(("committed_at", (None, str(self.committed_at).encode(), "text/plain")))

        if not isinstance(self.updated_at, Unset):
            files.append(("updated_at", (None, str(self.updated_at).encode(), "text/plain")))

        return files
