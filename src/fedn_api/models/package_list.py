from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import JsonObject, nest_list

if TYPE_CHECKING:
    from ..models.package import Package


class PackageList(JsonObject):
    """A page of packages: `count` is the total number of matches, `result` this page.

    A ``dict`` of the server's JSON with typed attributes (see ``fedn_api.types.JsonObject``).
    """

    __slots__ = ()

    _json_fields: ClassVar[Mapping[str, str]] = {
        "count": "count",
        "result": "result",
    }
    _required_fields: ClassVar[frozenset[str]] = frozenset(
        {
            "count",
            "result",
        }
    )

    def __init__(
        self,
        count: int,
        result: list[Package],
    ) -> None:
        super().__init__()
        self._put("count", count)
        self._put("result", result)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.package import Package

        instance_ = super().from_dict(src_dict)
        nest_list(instance_, "result", Package, strict=True)

        return instance_

    @property
    def count(self) -> int:
        """The ``count`` field."""
        value: int = self["count"]
        return value

    @count.setter
    def count(self, value: int) -> None:
        self._put("count", value)

    @property
    def result(self) -> list[Package]:
        """The ``result`` field."""
        value: list[Package] = self["result"]
        return value

    @result.setter
    def result(self, value: list[Package]) -> None:
        self._put("result", value)
