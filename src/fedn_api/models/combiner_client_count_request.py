from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class CombinerClientCountRequest(JsonObject):
    """Which combiners to count clients for.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "combiners": "combiners",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        combiners: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("combiners", combiners)

    @property
    def combiners(self) -> str | Unset:
        """Comma-separated combiner names; empty for all."""
        value: str | Unset = self.get("combiners", UNSET)
        return value

    @combiners.setter
    def combiners(self, value: str | Unset) -> None:
        self._put("combiners", value)
