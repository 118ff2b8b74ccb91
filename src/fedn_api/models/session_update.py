from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import UNSET, JsonObject, Unset, nest

if TYPE_CHECKING:
    from ..models.session_config_update import SessionConfigUpdate


class SessionUpdate(JsonObject):
    """Session fields to change (PATCH merges them; PUT merges them and then requires a complete, valid session).
    `session_config` may be partial.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "status": "status",
        "seed_model_id": "seed_model_id",
        "session_config": "session_config",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
        name: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        seed_model_id: None | str | Unset = UNSET,
        session_config: SessionConfigUpdate | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("name", name)
        self._put("status", status)
        self._put("seed_model_id", seed_model_id)
        self._put("session_config", session_config)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_config_update import SessionConfigUpdate

        instance_ = super().from_dict(src_dict)
        nest(instance_, "session_config", SessionConfigUpdate, strict=True)

        return instance_

    @property
    def name(self) -> None | str | Unset:
        """The ``name`` field."""
        value: None | str | Unset = self.get("name", UNSET)
        return value

    @name.setter
    def name(self, value: None | str | Unset) -> None:
        self._put("name", value)

    @property
    def status(self) -> None | str | Unset:
        """The ``status`` field."""
        value: None | str | Unset = self.get("status", UNSET)
        return value

    @status.setter
    def status(self, value: None | str | Unset) -> None:
        self._put("status", value)

    @property
    def seed_model_id(self) -> None | str | Unset:
        """The ``seed_model_id`` field."""
        value: None | str | Unset = self.get("seed_model_id", UNSET)
        return value

    @seed_model_id.setter
    def seed_model_id(self, value: None | str | Unset) -> None:
        self._put("seed_model_id", value)

    @property
    def session_config(self) -> SessionConfigUpdate | Unset:
        """Session config fields to change."""
        value: SessionConfigUpdate | Unset = self.get("session_config", UNSET)
        return value

    @session_config.setter
    def session_config(self, value: SessionConfigUpdate | Unset) -> None:
        self._put("session_config", value)
