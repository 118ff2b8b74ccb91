from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class CombinerClientCount(JsonObject):
    """Number of clients assigned to one combiner.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "combiner": "combiner",
        "count": "count",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "combiner",
            "count",
        }
    )

    def __init__(
        self,
        combiner: None | str,
        count: int,
    ) -> None:
        super().__init__()
        self._put("combiner", combiner)
        self._put("count", count)

    @property
    def combiner(self) -> None | str:
        """The ``combiner`` field."""
        value: None | str = self["combiner"]
        return value

    @combiner.setter
    def combiner(self, value: None | str) -> None:
        self._put("combiner", value)

    @property
    def count(self) -> int:
        """The ``count`` field."""
        value: int = self["count"]
        return value

    @count.setter
    def count(self, value: int) -> None:
        self._put("count", value)
