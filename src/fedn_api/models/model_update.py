from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class ModelUpdate(JsonObject):
    """Fields to change on a model (`model` and `model_id` are ignored).

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "parent_model": "parent_model",
        "session_id": "session_id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        name: None | str | Unset = UNSET,
        parent_model: None | str | Unset = UNSET,
        session_id: None | str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("name", name)
        self._put("parent_model", parent_model)
        self._put("session_id", session_id)

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
