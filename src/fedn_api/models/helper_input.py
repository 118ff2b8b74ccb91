from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from ..types import JsonObject


class HelperInput(JsonObject):
    """The helper to make active.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "helper": "helper",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "helper",
        }
    )

    def __init__(
        self,
        helper: str,
    ) -> None:
        super().__init__()
        self._put("helper", helper)

    @property
    def helper(self) -> str:
        """ "numpyhelper", "binaryhelper" or "androidhelper"."""
        value: str = self["helper"]
        return value

    @helper.setter
    def helper(self, value: str) -> None:
        self._put("helper", value)
