from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from ..types import JsonObject


class ModelParameters(JsonObject):
    """The model's arrays (numpy helper) as nested lists.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "array": "array",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "array",
        }
    )

    def __init__(
        self,
        array: list[Any],
    ) -> None:
        super().__init__()
        self._put("array", array)

    @property
    def array(self) -> list[Any]:
        """The ``array`` field."""
        value: list[Any] = self["array"]
        return value

    @array.setter
    def array(self, value: list[Any]) -> None:
        self._put("array", value)
