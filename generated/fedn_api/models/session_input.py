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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.session_config_input import SessionConfigInput


T = TypeVar("T", bound="SessionInput")


@_attrs_define
class SessionInput:
    """A new session."""

    session_config: SessionConfigInput
    """ Configuration of a new session. """
    name: None | str | Unset = UNSET
    seed_model_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "session_config": "session_config",
        "name": "name",
        "seed_model_id": "seed_model_id",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        session_config = self.session_config.to_dict()

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        seed_model_id: None | str | Unset
        if isinstance(self.seed_model_id, Unset):
            seed_model_id = UNSET
        else:
            seed_model_id = self.seed_model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_config": session_config,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if seed_model_id is not UNSET:
            field_dict["seed_model_id"] = seed_model_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.session_config_input import SessionConfigInput

        d = dict(src_dict)
        session_config = SessionConfigInput.from_dict(d.pop("session_config"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_seed_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seed_model_id = _parse_seed_model_id(d.pop("seed_model_id", UNSET))

        instance_ = cls(
            session_config=session_config,
            name=name,
            seed_model_id=seed_model_id,
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
            raise TypeError(f"{key!r} is a declared field of SessionInput; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of SessionInput and cannot be deleted")
        del self.additional_properties[key]
