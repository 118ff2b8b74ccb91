from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject, json_datetime


class Model(JsonObject):
    """A model (seed or produced by a round) in the model trail.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "model_id": "model_id",
        "name": "name",
        "parent_model": "parent_model",
        "session_id": "session_id",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
        "model": "model",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "model_id",
            "name",
            "parent_model",
            "session_id",
            "committed_at",
            "updated_at",
            "model",
        }
    )

    def __init__(
        self,
        model_id: str,
        name: None | str,
        parent_model: None | str,
        session_id: None | str,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
        model: str,
    ) -> None:
        super().__init__()
        self._put("model_id", model_id)
        self._put("name", name)
        self._put("parent_model", parent_model)
        self._put("session_id", session_id)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)
        self._put("model", model)

    @property
    def model_id(self) -> str:
        """The ``model_id`` field."""
        value: str = self["model_id"]
        return value

    @model_id.setter
    def model_id(self, value: str) -> None:
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
    def parent_model(self) -> None | str:
        """The ``parent_model`` field."""
        value: None | str = self["parent_model"]
        return value

    @parent_model.setter
    def parent_model(self, value: None | str) -> None:
        self._put("parent_model", value)

    @property
    def session_id(self) -> None | str:
        """The ``session_id`` field."""
        value: None | str = self["session_id"]
        return value

    @session_id.setter
    def session_id(self, value: None | str) -> None:
        self._put("session_id", value)

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

    @property
    def model(self) -> str:
        """Legacy copy of `model_id`."""
        value: str = self["model"]
        return value

    @model.setter
    def model(self, value: str) -> None:
        self._put("model", value)
