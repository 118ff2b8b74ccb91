from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class ControllerStatus(JsonObject):
    """State of the controller.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "state": "state",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "state",
        }
    )

    def __init__(
        self,
        state: str,
    ) -> None:
        super().__init__()
        self._put("state", state)

    @property
    def state(self) -> str:
        """e.g. "idle", "instructing", "monitoring"."""
        value: str = self["state"]
        return value

    @state.setter
    def state(self, value: str) -> None:
        self._put("state", value)
