from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.attribute import Attribute


T = TypeVar("T", bound="AttributeList")


@_attrs_define
class AttributeList:
    """A page of attributes: `count` is the total number of matches, `result` this page."""

    count: int
    result: list[Attribute]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "count": "count",
        "result": "result",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attribute import Attribute

        d = dict(src_dict)
        count = d.pop("count")

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = Attribute.from_dict(result_item_data)

            result.append(result_item)

        instance_ = cls(
            count=count,
            result=result,
        )

        instance_.additional_properties = d
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    # Read-only dict-style access by the server's JSON field names (declared fields first, then extras).
    # No __len__/__bool__: instances stay truthy.
    def __getitem__(self, key: str) -> Any:
        """The value of a field by its JSON name; KeyError if it is absent (UNSET)."""
        attribute = self._json_fields.get(key)
        if attribute is not None:
            value = getattr(self, attribute)
            if isinstance(value, Unset):
                raise KeyError(key)
            return value
        return self.additional_properties[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The value of a field by its JSON name, or `default` if it is absent."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        attribute = self._json_fields.get(key)
        if attribute is not None:
            return not isinstance(getattr(self, attribute), Unset)
        return key in self.additional_properties

    def keys(self) -> list[str]:
        """JSON names of the fields present, declared ones first."""
        names = [
            name for name, attribute in self._json_fields.items() if not isinstance(getattr(self, attribute), Unset)
        ]
        names.extend(key for key in self.additional_properties if key not in self._json_fields)
        return names

    def values(self) -> list[Any]:
        """Values of the fields present, in the order of `keys()`."""
        return [self[key] for key in self.keys()]

    def items(self) -> list[tuple[str, Any]]:
        """(JSON name, value) pairs of the fields present, in the order of `keys()`."""
        return [(key, self[key]) for key in self.keys()]

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        """Set an extra (undeclared) field; declared fields are read-only here, set the attribute instead."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of AttributeList; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of AttributeList and cannot be deleted")
        del self.additional_properties[key]
