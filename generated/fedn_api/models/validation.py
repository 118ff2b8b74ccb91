from __future__ import annotations

import datetime
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

from ..types import Unset, format_http_datetime, parse_http_datetime

if TYPE_CHECKING:
    from ..models.node import Node


T = TypeVar("T", bound="Validation")


@_attrs_define
class Validation:
    """A validation result reported by a client."""

    validation_id: str
    model_id: None | str
    data: None | str
    """ JSON-encoded validation metrics. """
    correlation_id: None | str
    timestamp: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    session_id: None | str
    meta: None | str
    sender: Node | None
    receiver: Node | None
    committed_at: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    updated_at: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "validation_id": "validation_id",
        "model_id": "model_id",
        "data": "data",
        "correlation_id": "correlation_id",
        "timestamp": "timestamp",
        "session_id": "session_id",
        "meta": "meta",
        "sender": "sender",
        "receiver": "receiver",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.node import Node

        validation_id = self.validation_id

        model_id: None | str
        model_id = self.model_id

        data: None | str
        data = self.data

        correlation_id: None | str
        correlation_id = self.correlation_id

        timestamp: None | str
        if isinstance(self.timestamp, datetime.datetime):
            timestamp = format_http_datetime(self.timestamp)
        else:
            timestamp = self.timestamp

        session_id: None | str
        session_id = self.session_id

        meta: None | str
        meta = self.meta

        sender: dict[str, Any] | None
        if isinstance(self.sender, Node):
            sender = self.sender.to_dict()
        else:
            sender = self.sender

        receiver: dict[str, Any] | None
        if isinstance(self.receiver, Node):
            receiver = self.receiver.to_dict()
        else:
            receiver = self.receiver

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
                "validation_id": validation_id,
                "model_id": model_id,
                "data": data,
                "correlation_id": correlation_id,
                "timestamp": timestamp,
                "session_id": session_id,
                "meta": meta,
                "sender": sender,
                "receiver": receiver,
                "committed_at": committed_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node import Node

        d = dict(src_dict)
        validation_id = d.pop("validation_id")

        def _parse_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model_id = _parse_model_id(d.pop("model_id"))

        def _parse_data(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data = _parse_data(d.pop("data"))

        def _parse_correlation_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        correlation_id = _parse_correlation_id(d.pop("correlation_id"))

        def _parse_timestamp(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = parse_http_datetime(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        def _parse_session_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        session_id = _parse_session_id(d.pop("session_id"))

        def _parse_meta(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meta = _parse_meta(d.pop("meta"))

        def _parse_sender(data: object) -> Node | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_type_0 = Node.from_dict(data)

                return sender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Node | None, data)

        sender = _parse_sender(d.pop("sender"))

        def _parse_receiver(data: object) -> Node | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receiver_type_0 = Node.from_dict(data)

                return receiver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Node | None, data)

        receiver = _parse_receiver(d.pop("receiver"))

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
            validation_id=validation_id,
            model_id=model_id,
            data=data,
            correlation_id=correlation_id,
            timestamp=timestamp,
            session_id=session_id,
            meta=meta,
            sender=sender,
            receiver=receiver,
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
            raise TypeError(f"{key!r} is a declared field of Validation; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of Validation and cannot be deleted")
        del self.additional_properties[key]
