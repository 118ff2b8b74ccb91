from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class NodeInput(JsonObject):
    """The sender of a posted attribute or telemetry value.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "role": "role",
        "client_id": "client_id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "role",
        }
    )

    def __init__(
        self,
        name: str,
        role: str,
        client_id: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("name", name)
        self._put("role", role)
        self._put("client_id", client_id)

    @property
    def name(self) -> str:
        """The ``name`` field."""
        value: str = self["name"]
        return value

    @name.setter
    def name(self, value: str) -> None:
        self._put("name", value)

    @property
    def role(self) -> str:
        """The ``role`` field."""
        value: str = self["role"]
        return value

    @role.setter
    def role(self, value: str) -> None:
        self._put("role", value)

    @property
    def client_id(self) -> str | Unset:
        """The ``client_id`` field."""
        value: str | Unset = self.get("client_id", UNSET)
        return value

    @client_id.setter
    def client_id(self, value: str | Unset) -> None:
        self._put("client_id", value)
