from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class ClientSettings(JsonObject):
    """Free-form settings passed to the clients in a round.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
    ) -> None:
        super().__init__()
