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
        "session_id": "session_id",
        "status": "status",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
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
        session_id: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        committed_at: None | str | Unset = UNSET,
        updated_at: None | str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("session_config", session_config)
        self._put("name", name)
        self._put("seed_model_id", seed_model_id)
        self._put("session_id", session_id)
        self._put("status", status)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

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

    @property
    def session_id(self) -> None | str | Unset:
        """The new session's id (a new UUID when left out or null)."""
        value: None | str | Unset = self.get("session_id", UNSET)
        return value

    @session_id.setter
    def session_id(self, value: None | str | Unset) -> None:
        self._put("session_id", value)

    @property
    def status(self) -> None | str | Unset:
        """Initial status (default `Created`)."""
        value: None | str | Unset = self.get("status", UNSET)
        return value

    @status.setter
    def status(self, value: None | str | Unset) -> None:
        self._put("status", value)

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
