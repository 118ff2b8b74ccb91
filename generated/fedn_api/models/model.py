from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, format_http_datetime, parse_http_datetime

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """A model (seed or produced by a round) in the model trail."""

    model_id: str
    name: None | str
    parent_model: None | str
    session_id: None | str
    committed_at: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    updated_at: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    model: str
    """ Legacy copy of `model_id`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "model_id": "model_id",
        "name": "name",
        "parent_model": "parent_model",
        "session_id": "session_id",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
        "model": "model",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        name: None | str
        name = self.name

        parent_model: None | str
        parent_model = self.parent_model

        session_id: None | str
        session_id = self.session_id

        committed_at: None | str
        if isinstance(self.committed_at, datetime.datetime):
            committed_at = format_http_datetime(self.committed_at)
        else:
            committed_at = self.committed_at

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = format_http_datetime(self.updated_at)
        else:
            updated_at = self.updated_at

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_id": model_id,
                "name": name,
                "parent_model": parent_model,
                "session_id": session_id,
                "committed_at": committed_at,
                "updated_at": updated_at,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("model_id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_parent_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_model = _parse_parent_model(d.pop("parent_model"))

        def _parse_session_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_committed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                committed_at_type_0 = parse_http_datetime(data)

                return committed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        committed_at = _parse_committed_at(d.pop("committed_at"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = parse_http_datetime(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        model = d.pop("model")

        instance_ = cls(
            model_id=model_id,
            name=name,
            parent_model=parent_model,
            session_id=session_id,
            committed_at=committed_at,
            updated_at=updated_at,
            model=model,
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
            raise TypeError(f"{key!r} is a declared field of Model; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of Model and cannot be deleted")
        del self.additional_properties[key]
