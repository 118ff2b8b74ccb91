from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, nest_list

if TYPE_CHECKING:
    from ..models.combiner_client_count import CombinerClientCount


class CombinerClientCounts(JsonObject):
    """Clients per combiner.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "result": "result",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "result",
        }
    )

    def __init__(
        self,
        result: list[CombinerClientCount],
    ) -> None:
        super().__init__()
        self._put("result", result)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.combiner_client_count import CombinerClientCount

        instance_ = super().from_dict(src_dict)
        nest_list(instance_, "result", CombinerClientCount, strict=True)

        return instance_

    @property
    def result(self) -> list[CombinerClientCount]:
        """The ``result`` field."""
        value: list[CombinerClientCount] = self["result"]
        return value

    @result.setter
    def result(self, value: list[CombinerClientCount]) -> None:
        self._put("result", value)
