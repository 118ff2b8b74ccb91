from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class ActivePackageInput(JsonObject):
    """The package to make active.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )

    def __init__(
        self,
        id: str,
    ) -> None:
        super().__init__()
        self._put("id", id)

    @property
    def id(self) -> str:
        """The ``id`` field."""
        value: str = self["id"]
        return value

    @id.setter
    def id(self, value: str) -> None:
        self._put("id", value)
