from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class Filters(JsonObject):
    """Filters as a JSON object of entity field names (nested ones with dots, e.g. `sender.name`) to values. A string
    containing commas matches any of its parts; keys may end in `__gt`, `__lt`, `__gte`, `__lte`, `__ne`, `__eq`; the
    string "null" matches null. Unknown keys are ignored.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {}
    _required_fields: ClassVar[frozenset[str]] = frozenset({})

    def __init__(
        self,
    ) -> None:
        super().__init__()
