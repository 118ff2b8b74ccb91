from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class RoundReduce(JsonObject):
    """Reduce timings of a round.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "time_aggregate_model": "time_aggregate_model",
        "time_fetch_model": "time_fetch_model",
        "time_load_model": "time_load_model",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "time_aggregate_model",
            "time_fetch_model",
            "time_load_model",
        }
    )

    def __init__(
        self,
        time_aggregate_model: float | None,
        time_fetch_model: float | None,
        time_load_model: float | None,
    ) -> None:
        super().__init__()
        self._put("time_aggregate_model", time_aggregate_model)
        self._put("time_fetch_model", time_fetch_model)
        self._put("time_load_model", time_load_model)

    @property
    def time_aggregate_model(self) -> float | None:
        """The ``time_aggregate_model`` field."""
        value: float | None = self["time_aggregate_model"]
        return value

    @time_aggregate_model.setter
    def time_aggregate_model(self, value: float | None) -> None:
        self._put("time_aggregate_model", value)

    @property
    def time_fetch_model(self) -> float | None:
        """The ``time_fetch_model`` field."""
        value: float | None = self["time_fetch_model"]
        return value

    @time_fetch_model.setter
    def time_fetch_model(self, value: float | None) -> None:
        self._put("time_fetch_model", value)

    @property
    def time_load_model(self) -> float | None:
        """The ``time_load_model`` field."""
        value: float | None = self["time_load_model"]
        return value

    @time_load_model.setter
    def time_load_model(self, value: float | None) -> None:
        self._put("time_load_model", value)
