from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class ErrorMessage(JsonObject):
    """Error body of every documented error status: `{"message": ...}`. Some routes add extra keys (`success`, `checksum`);
    they are kept as additional properties.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "message": "message",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )

    def __init__(
        self,
        message: str,
    ) -> None:
        super().__init__()
        self._put("message", message)

    @property
    def message(self) -> str:
        """The ``message`` field."""
        value: str = self["message"]
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._put("message", value)
