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

T = TypeVar("T", bound="Combiner")


@_attrs_define
class Combiner:
    """A combiner registered in the network."""

    combiner_id: str
    name: None | str
    address: None | str
    fqdn: None | str
    ip: None | str
    parent: Any
    """ Parent (controller) reference; a string or object, possibly null. """
    port: int | None
    committed_at: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    updated_at: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "combiner_id": "combiner_id",
        "name": "name",
        "address": "address",
        "fqdn": "fqdn",
        "ip": "ip",
        "parent": "parent",
        "port": "port",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        combiner_id = self.combiner_id

        name: None | str
        name = self.name

        address: None | str
        address = self.address

        fqdn: None | str
        fqdn = self.fqdn

        ip: None | str
        ip = self.ip

        parent = self.parent

        port: int | None
        port = self.port

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "combiner_id": combiner_id,
                "name": name,
                "address": address,
                "fqdn": fqdn,
                "ip": ip,
                "parent": parent,
                "port": port,
                "committed_at": committed_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        combiner_id = d.pop("combiner_id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        def _parse_fqdn(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fqdn = _parse_fqdn(d.pop("fqdn"))

        def _parse_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip = _parse_ip(d.pop("ip"))

        parent = d.pop("parent")

        def _parse_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        port = _parse_port(d.pop("port"))

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

        instance_ = cls(
            combiner_id=combiner_id,
            name=name,
            address=address,
            fqdn=fqdn,
            ip=ip,
            parent=parent,
            port=port,
            committed_at=committed_at,
            updated_at=updated_at,
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
            raise TypeError(f"{key!r} is a declared field of Combiner; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of Combiner and cannot be deleted")
        del self.additional_properties[key]
