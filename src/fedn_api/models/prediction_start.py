from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class PredictionStart(JsonObject):
    """Starts a prediction session.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "prediction_id": "prediction_id",
        "model_id": "model_id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "prediction_id",
        }
    )

    def __init__(
        self,
        prediction_id: str,
        model_id: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("prediction_id", prediction_id)
        self._put("model_id", model_id)

    @property
    def prediction_id(self) -> str:
        """The ``prediction_id`` field."""
        value: str = self["prediction_id"]
        return value

    @prediction_id.setter
    def prediction_id(self, value: str) -> None:
        self._put("prediction_id", value)

    @property
    def model_id(self) -> str | Unset:
        """The ``model_id`` field."""
        value: str | Unset = self.get("model_id", UNSET)
        return value

    @model_id.setter
    def model_id(self, value: str | Unset) -> None:
        self._put("model_id", value)
