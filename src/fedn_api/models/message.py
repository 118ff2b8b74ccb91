from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class Message(JsonObject):
    """Success body of routes that only confirm an action. Some routes add `success: true`.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "message": "message",
        "success": "success",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )

    def __init__(
        self,
        message: str,
        success: bool | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("message", message)
        self._put("success", success)

    @property
    def message(self) -> str:
        """The ``message`` field."""
        value: str = self["message"]
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._put("message", value)

    @property
    def success(self) -> bool | Unset:
        """The ``success`` field."""
        value: bool | Unset = self.get("success", UNSET)
        return value

    @success.setter
    def success(self, value: bool | Unset) -> None:
        self._put("success", value)
