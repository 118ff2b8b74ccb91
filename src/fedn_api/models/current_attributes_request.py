from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class CurrentAttributesRequest(JsonObject):
    """The clients whose current attributes are wanted.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "client_ids": "client_ids",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "client_ids",
        }
    )

    def __init__(
        self,
        client_ids: list[str],
    ) -> None:
        super().__init__()
        self._put("client_ids", client_ids)

    @property
    def client_ids(self) -> list[str]:
        """The ``client_ids`` field."""
        value: list[str] = self["client_ids"]
        return value

    @client_ids.setter
    def client_ids(self, value: list[str]) -> None:
        self._put("client_ids", value)
