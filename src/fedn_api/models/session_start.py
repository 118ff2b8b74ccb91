from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import UNSET, JsonObject, Unset


class SessionStart(JsonObject):
    """Starts a created session.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "session_id": "session_id",
        "rounds": "rounds",
        "round_timeout": "round_timeout",
        "model_name_prefix": "model_name_prefix",
        "client_ids": "client_ids",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "session_id",
        }
    )

    def __init__(
        self,
        session_id: str,
        rounds: int | Unset = UNSET,
        round_timeout: int | Unset = UNSET,
        model_name_prefix: str | Unset = UNSET,
        client_ids: str | Unset = UNSET,
    ) -> None:
        super().__init__()
        self._put("session_id", session_id)
        self._put("rounds", rounds)
        self._put("round_timeout", round_timeout)
        self._put("model_name_prefix", model_name_prefix)
        self._put("client_ids", client_ids)

    @property
    def session_id(self) -> str:
        """The ``session_id`` field."""
        value: str = self["session_id"]
        return value

    @session_id.setter
    def session_id(self, value: str) -> None:
        self._put("session_id", value)

    @property
    def rounds(self) -> int | Unset:
        """The ``rounds`` field."""
        value: int | Unset = self.get("rounds", UNSET)
        return value

    @rounds.setter
    def rounds(self, value: int | Unset) -> None:
        self._put("rounds", value)

    @property
    def round_timeout(self) -> int | Unset:
        """The ``round_timeout`` field."""
        value: int | Unset = self.get("round_timeout", UNSET)
        return value

    @round_timeout.setter
    def round_timeout(self, value: int | Unset) -> None:
        self._put("round_timeout", value)

    @property
    def model_name_prefix(self) -> str | Unset:
        """The ``model_name_prefix`` field."""
        value: str | Unset = self.get("model_name_prefix", UNSET)
        return value

    @model_name_prefix.setter
    def model_name_prefix(self, value: str | Unset) -> None:
        self._put("model_name_prefix", value)

    @property
    def client_ids(self) -> str | Unset:
        """Comma-separated client ids to train on."""
        value: str | Unset = self.get("client_ids", UNSET)
        return value

    @client_ids.setter
    def client_ids(self, value: str | Unset) -> None:
        self._put("client_ids", value)
