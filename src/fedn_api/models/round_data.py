from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, nest

if TYPE_CHECKING:
    from ..models.round_reduce import RoundReduce


class RoundData(JsonObject):
    """Timings of a round.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "time_commit": "time_commit",
        "reduce": "reduce",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "time_commit",
            "reduce",
        }
    )

    def __init__(
        self,
        time_commit: float | None,
        reduce: None | RoundReduce,
    ) -> None:
        super().__init__()
        self._put("time_commit", time_commit)
        self._put("reduce", reduce)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.round_reduce import RoundReduce

        instance_ = super().from_dict(src_dict)
        nest(instance_, "reduce", RoundReduce, strict=False)

        return instance_

    @property
    def time_commit(self) -> float | None:
        """The ``time_commit`` field."""
        value: float | None = self["time_commit"]
        return value

    @time_commit.setter
    def time_commit(self, value: float | None) -> None:
        self._put("time_commit", value)

    @property
    def reduce(self) -> None | RoundReduce:
        """The ``reduce`` field."""
        value: None | RoundReduce = self["reduce"]
        return value

    @reduce.setter
    def reduce(self, value: None | RoundReduce) -> None:
        self._put("reduce", value)
