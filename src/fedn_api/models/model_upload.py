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


class ModelUpload(JsonObject):
    """A model file to add as the new seed (loaded with the active helper).

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "file": "file",
        "name": "name",
        "helper": "helper",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "file",
        }
    )

    def __init__(
        self,
        file: File,
        name: str | Unset = UNSET,
        helper: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("file", file)
        self._put("name", name)
        self._put("helper", helper)

    @property
    def file(self) -> File:
        """The ``file`` field."""
        value: File = self["file"]
        return value

    @file.setter
    def file(self, value: File) -> None:
        self._put("file", value)

    @property
    def name(self) -> str | Unset:
        """The ``name`` field."""
        value: str | Unset = self.get("name", UNSET)
        return value

    @name.setter
    def name(self, value: str | Unset) -> None:
        self._put("name", value)

    @property
    def helper(self) -> str | Unset:
        """Sent by upstream's client; ignored by the server (it loads the file with the active helper)."""
        value: str | Unset = self.get("helper", UNSET)
        return value

    @helper.setter
    def helper(self, value: str | Unset) -> None:
        self._put("helper", value)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.name, Unset):
            files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.helper, Unset):
            files.append(("helper", (None, str(self.helper).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
