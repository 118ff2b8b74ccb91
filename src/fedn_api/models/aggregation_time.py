from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class AggregationTime(JsonObject):
    """Aggregation timings of one combiner in a round.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "nr_aggregated_models": "nr_aggregated_models",
        "time_model_aggregation": "time_model_aggregation",
        "time_model_load": "time_model_load",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "nr_aggregated_models",
            "time_model_aggregation",
            "time_model_load",
        }
    )

    def __init__(
        self,
        nr_aggregated_models: int | None,
        time_model_aggregation: float | None,
        time_model_load: float | None,
    ) -> None:
        super().__init__()
        self._put("nr_aggregated_models", nr_aggregated_models)
        self._put("time_model_aggregation", time_model_aggregation)
        self._put("time_model_load", time_model_load)

    @property
    def nr_aggregated_models(self) -> int | None:
        """The ``nr_aggregated_models`` field."""
        value: int | None = self["nr_aggregated_models"]
        return value

    @nr_aggregated_models.setter
    def nr_aggregated_models(self, value: int | None) -> None:
        self._put("nr_aggregated_models", value)

    @property
    def time_model_aggregation(self) -> float | None:
        """The ``time_model_aggregation`` field."""
        value: float | None = self["time_model_aggregation"]
        return value

    @time_model_aggregation.setter
    def time_model_aggregation(self, value: float | None) -> None:
        self._put("time_model_aggregation", value)

    @property
    def time_model_load(self) -> float | None:
        """The ``time_model_load`` field."""
        value: float | None = self["time_model_load"]
        return value

    @time_model_load.setter
    def time_model_load(self, value: float | None) -> None:
        self._put("time_model_load", value)
