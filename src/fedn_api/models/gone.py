from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class Gone(JsonObject):
    """Body of the deprecated active-model routes, which always answer 410 Gone.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "error": "error",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )

    def __init__(
        self,
        error: str,
    ) -> None:
        super().__init__()
        self._put("error", error)

    @property
    def error(self) -> str:
        """The ``error`` field."""
        value: str = self["error"]
        return value

    @error.setter
    def error(self, value: str) -> None:
        self._put("error", value)
