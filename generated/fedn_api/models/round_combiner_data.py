from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.aggregation_time import AggregationTime


T = TypeVar("T", bound="RoundCombinerData")


@_attrs_define
class RoundCombinerData:
    """Data of one combiner in a round."""

    aggregation_time: AggregationTime | None
    nr_expected_updates: int | None
    nr_required_updates: int | None
    time_combination: float | None
    timeout: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "aggregation_time": "aggregation_time",
        "nr_expected_updates": "nr_expected_updates",
        "nr_required_updates": "nr_required_updates",
        "time_combination": "time_combination",
        "timeout": "timeout",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.aggregation_time import AggregationTime

        aggregation_time: dict[str, Any] | None
        if isinstance(self.aggregation_time, AggregationTime):
            aggregation_time = self.aggregation_time.to_dict()
        else:
            aggregation_time = self.aggregation_time

        nr_expected_updates: int | None
        nr_expected_updates = self.nr_expected_updates

        nr_required_updates: int | None
        nr_required_updates = self.nr_required_updates

        time_combination: float | None
        time_combination = self.time_combination

        timeout: float | None
        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregation_time": aggregation_time,
                "nr_expected_updates": nr_expected_updates,
                "nr_required_updates": nr_required_updates,
                "time_combination": time_combination,
                "timeout": timeout,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aggregation_time import AggregationTime

        d = dict(src_dict)

        def _parse_aggregation_time(data: object) -> AggregationTime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aggregation_time_type_0 = AggregationTime.from_dict(data)

                return aggregation_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AggregationTime | None, data)

        aggregation_time = _parse_aggregation_time(d.pop("aggregation_time"))

        def _parse_nr_expected_updates(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        nr_expected_updates = _parse_nr_expected_updates(d.pop("nr_expected_updates"))

        def _parse_nr_required_updates(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        nr_required_updates = _parse_nr_required_updates(d.pop("nr_required_updates"))

        def _parse_time_combination(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        time_combination = _parse_time_combination(d.pop("time_combination"))

        def _parse_timeout(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        timeout = _parse_timeout(d.pop("timeout"))

        instance_ = cls(
            aggregation_time=aggregation_time,
            nr_expected_updates=nr_expected_updates,
            nr_required_updates=nr_required_updates,
            time_combination=time_combination,
            timeout=timeout,
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
            raise TypeError(f"{key!r} is a declared field of RoundCombinerData; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of RoundCombinerData and cannot be deleted")
        del self.additional_properties[key]
