from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import UNSET, JsonObject, Unset, nest

if TYPE_CHECKING:
    from ..models.session_config_input import SessionConfigInput


class SessionInput(JsonObject):
    """A new session.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "session_config": "session_config",
        "name": "name",
        "seed_model_id": "seed_model_id",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "session_config",
        }
    )

    def __init__(
        self,
        session_config: SessionConfigInput,
        name: None | str | Unset = UNSET,
        seed_model_id: None | str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("session_config", session_config)
        self._put("name", name)
        self._put("seed_model_id", seed_model_id)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_config_input import SessionConfigInput

        instance_ = super().from_dict(src_dict)
        nest(instance_, "session_config", SessionConfigInput, strict=True)

        return instance_

    @property
    def session_config(self) -> SessionConfigInput:
        """Configuration of a new session."""
        value: SessionConfigInput = self["session_config"]
        return value

    @session_config.setter
    def session_config(self, value: SessionConfigInput) -> None:
        self._put("session_config", value)

    @property
    def name(self) -> None | str | Unset:
        """The ``name`` field."""
        value: None | str | Unset = self.get("name", UNSET)
        return value

    @name.setter
    def name(self, value: None | str | Unset) -> None:
        self._put("name", value)

    @property
    def seed_model_id(self) -> None | str | Unset:
        """The ``seed_model_id`` field."""
        value: None | str | Unset = self.get("seed_model_id", UNSET)
        return value

    @seed_model_id.setter
    def seed_model_id(self, value: None | str | Unset) -> None:
        self._put("seed_model_id", value)
