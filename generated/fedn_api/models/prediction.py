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


T = TypeVar("T", bound="Prediction")


@_attrs_define
class Prediction:
    """A prediction result reported by a client."""

    prediction_id: str
    model_id: None | str
    data: None | str
    correlation_id: None | str
    timestamp: None | str
    """ Free-form timestamp string as sent by the client. """
    meta: None | str
    sender: Node
    """ A sender or receiver (client, combiner or controller). """
    receiver: Node
    """ A sender or receiver (client, combiner or controller). """
    committed_at: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    updated_at: datetime.datetime | None
    """ Timestamp sent as an RFC 1123 HTTP-date (e.g. "Fri, 27 Nov 2026 04:35:12 GMT"), not ISO 8601; the generated
    client parses both and writes RFC 1123 back. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "prediction_id": "prediction_id",
        "model_id": "model_id",
        "data": "data",
        "correlation_id": "correlation_id",
        "timestamp": "timestamp",
        "meta": "meta",
        "sender": "sender",
        "receiver": "receiver",
        "committed_at": "committed_at",
        "updated_at": "updated_at",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        prediction_id = self.prediction_id

        model_id: None | str
        model_id = self.model_id

        data: None | str
        data = self.data

        correlation_id: None | str
        correlation_id = self.correlation_id

        timestamp: None | str
        timestamp = self.timestamp

        meta: None | str
        meta = self.meta

        sender = self.sender.to_dict()

        receiver = self.receiver.to_dict()

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
                "prediction_id": prediction_id,
                "model_id": model_id,
                "data": data,
                "correlation_id": correlation_id,
                "timestamp": timestamp,
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
        prediction_id = d.pop("prediction_id")

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

        def _parse_timestamp(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timestamp = _parse_timestamp(d.pop("timestamp"))

        def _parse_meta(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meta = _parse_meta(d.pop("meta"))

        sender = Node.from_dict(d.pop("sender"))

        receiver = Node.from_dict(d.pop("receiver"))

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
            prediction_id=prediction_id,
            model_id=model_id,
            data=data,
            correlation_id=correlation_id,
            timestamp=timestamp,
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
            raise TypeError(f"{key!r} is a declared field of Prediction; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of Prediction and cannot be deleted")
        del self.additional_properties[key]
