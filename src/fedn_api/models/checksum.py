from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class Checksum(JsonObject):
    """Checksum of a package file.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "message": "message",
        "checksum": "checksum",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
            "checksum",
        }
    )

    def __init__(
        self,
        message: str,
        checksum: str,
    ) -> None:
        super().__init__()
        self._put("message", message)
        self._put("checksum", checksum)

    @property
    def message(self) -> str:
        """The ``message`` field."""
        value: str = self["message"]
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._put("message", value)

    @property
    def checksum(self) -> str:
        """The ``checksum`` field."""
        value: str = self["checksum"]
        return value

    @checksum.setter
    def checksum(self, value: str) -> None:
        self._put("checksum", value)
