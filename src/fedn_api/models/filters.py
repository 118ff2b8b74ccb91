from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class Filters(JsonObject):
    """Filters as a JSON object of field names to values; the server hands them to its store like the GET list route's
    query arguments (keys may end in `__gt`, `__lt`, `__gte`, `__lte`, `__ne`, `__eq`; the string "null" matches null;
    unknown keys are ignored). Most routes turn a string containing commas into a MongoDB `$in` list: on SQL statestores
    that makes the server answer 500 (it cannot parse the list as a value), so send no commas. The attribute and
    telemetry count routes pass values on unsplit.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
    ) -> None:
        super().__init__()
