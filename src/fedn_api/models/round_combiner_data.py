from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, nest

if TYPE_CHECKING:
    from ..models.aggregation_time import AggregationTime


class RoundCombinerData(JsonObject):
    """Data of one combiner in a round.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "aggregation_time": "aggregation_time",
        "nr_expected_updates": "nr_expected_updates",
        "nr_required_updates": "nr_required_updates",
        "time_combination": "time_combination",
        "timeout": "timeout",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "aggregation_time",
            "nr_expected_updates",
            "nr_required_updates",
            "time_combination",
            "timeout",
        }
    )

    def __init__(
        self,
        aggregation_time: AggregationTime | None,
        nr_expected_updates: int | None,
        nr_required_updates: int | None,
        time_combination: float | None,
        timeout: float | None,
    ) -> None:
        super().__init__()
        self._put("aggregation_time", aggregation_time)
        self._put("nr_expected_updates", nr_expected_updates)
        self._put("nr_required_updates", nr_required_updates)
        self._put("time_combination", time_combination)
        self._put("timeout", timeout)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aggregation_time import AggregationTime

        instance_ = super().from_dict(src_dict)
        nest(instance_, "aggregation_time", AggregationTime, strict=False)

        return instance_

    @property
    def aggregation_time(self) -> AggregationTime | None:
        """The ``aggregation_time`` field."""
        value: AggregationTime | None = self["aggregation_time"]
        return value

    @aggregation_time.setter
    def aggregation_time(self, value: AggregationTime | None) -> None:
        self._put("aggregation_time", value)

    @property
    def nr_expected_updates(self) -> int | None:
        """The ``nr_expected_updates`` field."""
        value: int | None = self["nr_expected_updates"]
        return value

    @nr_expected_updates.setter
    def nr_expected_updates(self, value: int | None) -> None:
        self._put("nr_expected_updates", value)

    @property
    def nr_required_updates(self) -> int | None:
        """The ``nr_required_updates`` field."""
        value: int | None = self["nr_required_updates"]
        return value

    @nr_required_updates.setter
    def nr_required_updates(self, value: int | None) -> None:
        self._put("nr_required_updates", value)

    @property
    def time_combination(self) -> float | None:
        """The ``time_combination`` field."""
        value: float | None = self["time_combination"]
        return value

    @time_combination.setter
    def time_combination(self, value: float | None) -> None:
        self._put("time_combination", value)

    @property
    def timeout(self) -> float | None:
        """The ``timeout`` field."""
        value: float | None = self["timeout"]
        return value

    @timeout.setter
    def timeout(self, value: float | None) -> None:
        self._put("timeout", value)
