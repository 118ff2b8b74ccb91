from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class ClientAssignmentRetry(JsonObject):
    """Answer when a client asks for the remote package but none is active yet (status "retry").

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "success": "success",
        "status": "status",
        "message": "message",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "success",
            "status",
            "message",
        }
    )

    def __init__(
        self,
        success: bool,
        status: str,
        message: str,
    ) -> None:
        super().__init__()
        self._put("success", success)
        self._put("status", status)
        self._put("message", message)

    @property
    def success(self) -> bool:
        """The ``success`` field."""
        value: bool = self["success"]
        return value

    @success.setter
    def success(self, value: bool) -> None:
        self._put("success", value)

    @property
    def status(self) -> str:
        """The ``status`` field."""
        value: str = self["status"]
        return value

    @status.setter
    def status(self, value: str) -> None:
        self._put("status", value)

    @property
    def message(self) -> str:
        """The ``message`` field."""
        value: str = self["message"]
        return value

    @message.setter
    def message(self, value: str) -> None:
        self._put("message", value)
