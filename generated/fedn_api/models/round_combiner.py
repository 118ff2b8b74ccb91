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
    from ..models.round_combiner_config import RoundCombinerConfig
    from ..models.round_combiner_data import RoundCombinerData


T = TypeVar("T", bound="RoundCombiner")


@_attrs_define
class RoundCombiner:
    """One combiner's part of a round."""

    round_id: None | str
    model_id: None | str
    name: None | str
    status: None | str
    time_exec_training: float | None
    config: None | RoundCombinerConfig
    data: None | RoundCombinerData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "round_id": "round_id",
        "model_id": "model_id",
        "name": "name",
        "status": "status",
        "time_exec_training": "time_exec_training",
        "config": "config",
        "data": "data",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.round_combiner_config import RoundCombinerConfig
        from ..models.round_combiner_data import RoundCombinerData

        round_id: None | str
        round_id = self.round_id

        model_id: None | str
        model_id = self.model_id

        name: None | str
        name = self.name

        status: None | str
        status = self.status

        time_exec_training: float | None
        time_exec_training = self.time_exec_training

        config: dict[str, Any] | None
        if isinstance(self.config, RoundCombinerConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        data: dict[str, Any] | None
        if isinstance(self.data, RoundCombinerData):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "round_id": round_id,
                "model_id": model_id,
                "name": name,
                "status": status,
                "time_exec_training": time_exec_training,
                "config": config,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.round_combiner_config import RoundCombinerConfig
        from ..models.round_combiner_data import RoundCombinerData

        d = dict(src_dict)

        def _parse_round_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        round_id = _parse_round_id(d.pop("round_id"))

        def _parse_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model_id = _parse_model_id(d.pop("model_id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_time_exec_training(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        time_exec_training = _parse_time_exec_training(d.pop("time_exec_training"))

        def _parse_config(data: object) -> None | RoundCombinerConfig:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = RoundCombinerConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoundCombinerConfig, data)

        config = _parse_config(d.pop("config"))

        def _parse_data(data: object) -> None | RoundCombinerData:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = RoundCombinerData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RoundCombinerData, data)

        data = _parse_data(d.pop("data"))

        instance_ = cls(
            round_id=round_id,
            model_id=model_id,
            name=name,
            status=status,
            time_exec_training=time_exec_training,
            config=config,
            data=data,
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
            raise TypeError(f"{key!r} is a declared field of RoundCombiner; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of RoundCombiner and cannot be deleted")
        del self.additional_properties[key]
