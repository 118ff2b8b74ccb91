from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, json_datetime, nest

if TYPE_CHECKING:
    from ..models.session_config import SessionConfig


class Session(JsonObject):
    """A training session.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "session_id": "session_id",
        "name": "name",
        "status": "status",
        "session_config": "session_config",
        "seed_model_id": "seed_model_id",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "session_id",
            "name",
            "status",
            "session_config",
            "seed_model_id",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        session_id: str,
        name: None | str,
        status: None | str,
        session_config: SessionConfig,
        seed_model_id: None | str,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("session_id", session_id)
        self._put("name", name)
        self._put("status", status)
        self._put("session_config", session_config)
        self._put("seed_model_id", seed_model_id)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_config import SessionConfig

        instance_ = super().from_dict(src_dict)
        nest(instance_, "session_config", SessionConfig, strict=True)

        return instance_

    @property
    def session_id(self) -> str:
        """The ``session_id`` field."""
        value: str = self["session_id"]
        return value

    @session_id.setter
    def session_id(self, value: str) -> None:
        self._put("session_id", value)

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
        """e.g. "Created", "Started", "Finished" (kept a plain string)."""
        value: None | str = self["status"]
        return value

    @status.setter
    def status(self, value: None | str) -> None:
        self._put("status", value)

    @property
    def session_config(self) -> SessionConfig:
        """Configuration of a session."""
        value: SessionConfig = self["session_config"]
        return value

    @session_config.setter
    def session_config(self, value: SessionConfig) -> None:
        self._put("session_config", value)

    @property
    def seed_model_id(self) -> None | str:
        """The ``seed_model_id`` field."""
        value: None | str = self["seed_model_id"]
        return value

    @seed_model_id.setter
    def seed_model_id(self, value: None | str) -> None:
        self._put("seed_model_id", value)

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
