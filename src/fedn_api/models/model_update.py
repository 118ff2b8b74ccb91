from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class ModelUpdate(JsonObject):
    """Fields to change on a model (PATCH): unknown keys are ignored; `model` and `model_id` too.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "parent_model": "parent_model",
        "session_id": "session_id",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
        "model": "model",
        "model_id": "model_id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        name: None | str | Unset = UNSET,
        parent_model: None | str | Unset = UNSET,
        session_id: None | str | Unset = UNSET,
        committed_at: None | str | Unset = UNSET,
        updated_at: None | str | Unset = UNSET,
        model: None | str | Unset = UNSET,
        model_id: None | str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("name", name)
        self._put("parent_model", parent_model)
        self._put("session_id", session_id)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)
        self._put("model", model)
        self._put("model_id", model_id)

    @property
    def name(self) -> None | str | Unset:
        """The ``name`` field."""
        value: None | str | Unset = self.get("name", UNSET)
        return value

    @name.setter
    def name(self, value: None | str | Unset) -> None:
        self._put("name", value)

    @property
    def parent_model(self) -> None | str | Unset:
        """The ``parent_model`` field."""
        value: None | str | Unset = self.get("parent_model", UNSET)
        return value

    @parent_model.setter
    def parent_model(self, value: None | str | Unset) -> None:
        self._put("parent_model", value)

    @property
    def session_id(self) -> None | str | Unset:
        """The ``session_id`` field."""
        value: None | str | Unset = self.get("session_id", UNSET)
        return value

    @session_id.setter
    def session_id(self, value: None | str | Unset) -> None:
        self._put("session_id", value)

    @property
    def committed_at(self) -> None | str | Unset:
        """Accepted (the body fills a server DTO) and overwritten by the server."""
        value: None | str | Unset = self.get("committed_at", UNSET)
        return value

    @committed_at.setter
    def committed_at(self, value: None | str | Unset) -> None:
        self._put("committed_at", value)

    @property
    def updated_at(self) -> None | str | Unset:
        """Accepted (the body fills a server DTO) and overwritten by the server."""
        value: None | str | Unset = self.get("updated_at", UNSET)
        return value

    @updated_at.setter
    def updated_at(self, value: None | str | Unset) -> None:
        self._put("updated_at", value)

    @property
    def model(self) -> None | str | Unset:
        """Ignored."""
        value: None | str | Unset = self.get("model", UNSET)
        return value

    @model.setter
    def model(self, value: None | str | Unset) -> None:
        self._put("model", value)

    @property
    def model_id(self) -> None | str | Unset:
        """Ignored."""
        value: None | str | Unset = self.get("model_id", UNSET)
        return value

    @model_id.setter
    def model_id(self, value: None | str | Unset) -> None:
        self._put("model_id", value)
