"""Results that are not one server object: a started session (the session plus upstream's keys).

Every other result is a generated ``fedn_api`` model: a ``dict`` of exactly the server's JSON with
typed attributes (see ``fedn_api.types.JsonObject``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from fedn_api.models import Session

__all__ = ["StartedSession"]


class StartedSession(Session):
    """A session that was just (re)started: the server's session object plus ``message``.

    FEDn's own client returned ``{"message": "Session started", "session_id": ...}`` from
    ``start_session``; this result has both keys (``result["message"] == "Session started"``,
    ``result["session_id"]``) and every field of the stored session, typed as in
    :class:`~fedn_api.models.Session`.

    Example::

        result = client.start_session(name="s1", rounds=3)
        assert result["message"] == "Session started"
        client.wait_for_session(result["session_id"])
        print(result.session_config.aggregator)
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {**Session._json_fields, "message": "message"}

    @classmethod
    def of(cls, session: Session, message: str) -> StartedSession:
        """The started session for ``session`` and the server's answer ``message`` to the start."""
        started = cls.from_dict(session)
        started["message"] = message
        return started

    @property
    def message(self) -> str:
        """The server's answer to the start, e.g. ``"Session started"``."""
        value: str = self["message"]
        return value
