from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import JsonObject, nest


class CurrentAttributes(JsonObject):
    """Client id to its current attributes; for an unknown client id the value is the message string "Entity with
    client_id: <id> not found".

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
    ) -> None:
        super().__init__()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_attributes import ClientAttributes

        instance_ = super().from_dict(src_dict)
        for key in [key for key in instance_ if key not in cls._json_fields]:
            nest(instance_, key, ClientAttributes, strict=False)

        return instance_
