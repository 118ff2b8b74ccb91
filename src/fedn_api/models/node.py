from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class Node(JsonObject):
    """A sender or receiver (client, combiner or controller).

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
            "client_id",
        }
    )

    def __init__(
        self,
        name: None | str,
        role: None | str,
        client_id: None | str,
    ) -> None:
        super().__init__()
        self._put("name", name)
        self._put("role", role)
        self._put("client_id", client_id)

    @property
    def name(self) -> None | str:
        """The ``name`` field."""
        value: None | str = self["name"]
        return value

    @name.setter
    def name(self, value: None | str) -> None:
        self._put("name", value)

    @property
    def role(self) -> None | str:
        """The ``role`` field."""
        value: None | str = self["role"]
        return value

    @role.setter
    def role(self, value: None | str) -> None:
        self._put("role", value)

    @property
    def client_id(self) -> None | str:
        """The ``client_id`` field."""
        value: None | str = self["client_id"]
        return value

    @client_id.setter
    def client_id(self, value: None | str) -> None:
        self._put("client_id", value)
