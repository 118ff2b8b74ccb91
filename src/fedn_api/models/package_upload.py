from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from .. import types
from ..types import (
    File,
    JsonObject,
)


class PackageUpload(JsonObject):
    """A compute package file with its metadata.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "file": "file",
        "helper": "helper",
        "name": "name",
        "description": "description",
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
    ) -> None:
        super().__init__()
        self._put("file", file)
        self._put("helper", helper)
        self._put("name", name)
        self._put("description", description)

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

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("helper", (None, str(self.helper).encode(), "text/plain")))

        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        files.append(("description", (None, str(self.description).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
