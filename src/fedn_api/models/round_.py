from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, json_datetime, nest, nest_list

if TYPE_CHECKING:
    from ..models.round_combiner import RoundCombiner
    from ..models.round_config import RoundConfig
    from ..models.round_data import RoundData


class Round(JsonObject):
    """A training round.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "round_id": "round_id",
        "status": "status",
        "round_config": "round_config",
        "round_data": "round_data",
        "combiners": "combiners",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "round_id",
            "status",
            "round_config",
            "round_data",
            "combiners",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        round_id: str,
        status: None | str,
        round_config: None | RoundConfig,
        round_data: None | RoundData,
        combiners: list[RoundCombiner],
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("round_id", round_id)
        self._put("status", status)
        self._put("round_config", round_config)
        self._put("round_data", round_data)
        self._put("combiners", combiners)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.round_combiner import RoundCombiner
        from ..models.round_config import RoundConfig
        from ..models.round_data import RoundData

        instance_ = super().from_dict(src_dict)
        nest(instance_, "round_config", RoundConfig, strict=False)
        nest(instance_, "round_data", RoundData, strict=False)
        nest_list(instance_, "combiners", RoundCombiner, strict=True)

        return instance_

    @property
    def round_id(self) -> str:
        """The ``round_id`` field."""
        value: str = self["round_id"]
        return value

    @round_id.setter
    def round_id(self, value: str) -> None:
        self._put("round_id", value)

    @property
    def status(self) -> None | str:
        """The ``status`` field."""
        value: None | str = self["status"]
        return value

    @status.setter
    def status(self, value: None | str) -> None:
        self._put("status", value)

    @property
    def round_config(self) -> None | RoundConfig:
        """The ``round_config`` field."""
        value: None | RoundConfig = self["round_config"]
        return value

    @round_config.setter
    def round_config(self, value: None | RoundConfig) -> None:
        self._put("round_config", value)

    @property
    def round_data(self) -> None | RoundData:
        """The ``round_data`` field."""
        value: None | RoundData = self["round_data"]
        return value

    @round_data.setter
    def round_data(self, value: None | RoundData) -> None:
        self._put("round_data", value)

    @property
    def combiners(self) -> list[RoundCombiner]:
        """The ``combiners`` field."""
        value: list[RoundCombiner] = self["combiners"]
        return value

    @combiners.setter
    def combiners(self, value: list[RoundCombiner]) -> None:
        self._put("combiners", value)

    @property
    def committed_at(self) -> datetime.datetime | None:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | None = json_datetime(self["committed_at"])
        return value

    @committed_at.setter
    def committed_at(self, value: datetime.datetime | None) -> None:
        self._put("committed_at", value)

    @property
    def updated_at(self) -> datetime.datetime | None:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | None = json_datetime(self["updated_at"])
        return value

    @updated_at.setter
    def updated_at(self, value: datetime.datetime | None) -> None:
        self._put("updated_at", value)
