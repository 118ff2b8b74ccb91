from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject, json_datetime


class Run(JsonObject):
    """A training run (one start of a session).

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "run_id": "run_id",
        "session_id": "session_id",
        "model_id": "model_id",
        "completed_at_model_id": "completed_at_model_id",
        "round_timeout": "round_timeout",
        "rounds": "rounds",
        "completed_at": "completed_at",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "run_id",
            "session_id",
            "model_id",
            "completed_at_model_id",
            "round_timeout",
            "rounds",
            "completed_at",
            "committed_at",
            "updated_at",
        }
    )

    def __init__(
        self,
        run_id: str,
        session_id: None | str,
        model_id: None | str,
        completed_at_model_id: None | str,
        round_timeout: int | None,
        rounds: int | None,
        completed_at: datetime.datetime | None,
        committed_at: datetime.datetime | None,
        updated_at: datetime.datetime | None,
    ) -> None:
        super().__init__()
        self._put("run_id", run_id)
        self._put("session_id", session_id)
        self._put("model_id", model_id)
        self._put("completed_at_model_id", completed_at_model_id)
        self._put("round_timeout", round_timeout)
        self._put("rounds", rounds)
        self._put("completed_at", completed_at)
        self._put("committed_at", committed_at)
        self._put("updated_at", updated_at)

    @property
    def run_id(self) -> str:
        """The ``run_id`` field."""
        value: str = self["run_id"]
        return value

    @run_id.setter
    def run_id(self, value: str) -> None:
        self._put("run_id", value)

    @property
    def session_id(self) -> None | str:
        """The ``session_id`` field."""
        value: None | str = self["session_id"]
        return value

    @session_id.setter
    def session_id(self, value: None | str) -> None:
        self._put("session_id", value)

    @property
    def model_id(self) -> None | str:
        """The ``model_id`` field."""
        value: None | str = self["model_id"]
        return value

    @model_id.setter
    def model_id(self, value: None | str) -> None:
        self._put("model_id", value)

    @property
    def completed_at_model_id(self) -> None | str:
        """The ``completed_at_model_id`` field."""
        value: None | str = self["completed_at_model_id"]
        return value

    @completed_at_model_id.setter
    def completed_at_model_id(self, value: None | str) -> None:
        self._put("completed_at_model_id", value)

    @property
    def round_timeout(self) -> int | None:
        """The ``round_timeout`` field."""
        value: int | None = self["round_timeout"]
        return value

    @round_timeout.setter
    def round_timeout(self, value: int | None) -> None:
        self._put("round_timeout", value)

    @property
    def rounds(self) -> int | None:
        """The ``rounds`` field."""
        value: int | None = self["rounds"]
        return value

    @rounds.setter
    def rounds(self, value: int | None) -> None:
        self._put("rounds", value)

    @property
    def completed_at(self) -> datetime.datetime | None:
        """Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the
        generated client parses both and writes RFC 1123 back."""
        value: datetime.datetime | None = json_datetime(self["completed_at"])
        return value

    @completed_at.setter
    def completed_at(self, value: datetime.datetime | None) -> None:
        self._put("completed_at", value)

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
