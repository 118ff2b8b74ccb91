from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, nest

if TYPE_CHECKING:
    from ..models.round_combiner_config import RoundCombinerConfig
    from ..models.round_combiner_data import RoundCombinerData


class RoundCombiner(JsonObject):
    """One combiner's part of a round.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "round_id": "round_id",
        "model_id": "model_id",
        "name": "name",
        "status": "status",
        "time_exec_training": "time_exec_training",
        "config": "config",
        "data": "data",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "round_id",
            "model_id",
            "name",
            "status",
            "time_exec_training",
            "config",
            "data",
        }
    )

    def __init__(
        self,
        round_id: None | str,
        model_id: None | str,
        name: None | str,
        status: None | str,
        time_exec_training: float | None,
        config: None | RoundCombinerConfig,
        data: None | RoundCombinerData,
    ) -> None:
        super().__init__()
        self._put("round_id", round_id)
        self._put("model_id", model_id)
        self._put("name", name)
        self._put("status", status)
        self._put("time_exec_training", time_exec_training)
        self._put("config", config)
        self._put("data", data)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.round_combiner_config import RoundCombinerConfig
        from ..models.round_combiner_data import RoundCombinerData

        instance_ = super().from_dict(src_dict)
        nest(instance_, "config", RoundCombinerConfig, strict=False)
        nest(instance_, "data", RoundCombinerData, strict=False)

        return instance_

    @property
    def round_id(self) -> None | str:
        """The ``round_id`` field."""
        value: None | str = self["round_id"]
        return value

    @round_id.setter
    def round_id(self, value: None | str) -> None:
        self._put("round_id", value)

    @property
    def model_id(self) -> None | str:
        """The ``model_id`` field."""
        value: None | str = self["model_id"]
        return value

    @model_id.setter
    def model_id(self, value: None | str) -> None:
        self._put("model_id", value)

    @property
    def name(self) -> None | str:
        """The ``name`` field."""
        value: None | str = self["name"]
        return value

    @name.setter
    def name(self, value: None | str) -> None:
        self._put("name", value)

    @property
    def status(self) -> None | str:
        """The ``status`` field."""
        value: None | str = self["status"]
        return value

    @status.setter
    def status(self, value: None | str) -> None:
        self._put("status", value)

    @property
    def time_exec_training(self) -> float | None:
        """The ``time_exec_training`` field."""
        value: float | None = self["time_exec_training"]
        return value

    @time_exec_training.setter
    def time_exec_training(self, value: float | None) -> None:
        self._put("time_exec_training", value)

    @property
    def config(self) -> None | RoundCombinerConfig:
        """The ``config`` field."""
        value: None | RoundCombinerConfig = self["config"]
        return value

    @config.setter
    def config(self, value: None | RoundCombinerConfig) -> None:
        self._put("config", value)

    @property
    def data(self) -> None | RoundCombinerData:
        """The ``data`` field."""
        value: None | RoundCombinerData = self["data"]
        return value

    @data.setter
    def data(self, value: None | RoundCombinerData) -> None:
        self._put("data", value)
