from __future__ import annotations

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

from ..types import Unset

T = TypeVar("T", bound="SessionConfig")


@_attrs_define
class SessionConfig:
    """Configuration of a session."""

    aggregator: str
    aggregator_kwargs: None | str
    """ Python-literal string of a dict (the combiner reads it with ast.literal_eval). """
    round_timeout: int
    buffer_size: int
    rounds: int | None
    delete_models_storage: bool
    clients_required: int
    requested_clients: int | None
    validate: bool
    helper_type: str
    model_id: str
    server_functions: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _json_fields: ClassVar[dict[str, str]] = {
        "aggregator": "aggregator",
        "aggregator_kwargs": "aggregator_kwargs",
        "round_timeout": "round_timeout",
        "buffer_size": "buffer_size",
        "rounds": "rounds",
        "delete_models_storage": "delete_models_storage",
        "clients_required": "clients_required",
        "requested_clients": "requested_clients",
        "validate": "validate",
        "helper_type": "helper_type",
        "model_id": "model_id",
        "server_functions": "server_functions",
    }
    """ Declared fields: the server's JSON name to the attribute name. """

    def to_dict(self) -> dict[str, Any]:
        aggregator = self.aggregator

        aggregator_kwargs: None | str
        aggregator_kwargs = self.aggregator_kwargs

        round_timeout = self.round_timeout

        buffer_size = self.buffer_size

        rounds: int | None
        rounds = self.rounds

        delete_models_storage = self.delete_models_storage

        clients_required = self.clients_required

        requested_clients: int | None
        requested_clients = self.requested_clients

        validate = self.validate

        helper_type = self.helper_type

        model_id = self.model_id

        server_functions: None | str
        server_functions = self.server_functions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregator": aggregator,
                "aggregator_kwargs": aggregator_kwargs,
                "round_timeout": round_timeout,
                "buffer_size": buffer_size,
                "rounds": rounds,
                "delete_models_storage": delete_models_storage,
                "clients_required": clients_required,
                "requested_clients": requested_clients,
                "validate": validate,
                "helper_type": helper_type,
                "model_id": model_id,
                "server_functions": server_functions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aggregator = d.pop("aggregator")

        def _parse_aggregator_kwargs(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        aggregator_kwargs = _parse_aggregator_kwargs(d.pop("aggregator_kwargs"))

        round_timeout = d.pop("round_timeout")

        buffer_size = d.pop("buffer_size")

        def _parse_rounds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rounds = _parse_rounds(d.pop("rounds"))

        delete_models_storage = d.pop("delete_models_storage")

        clients_required = d.pop("clients_required")

        def _parse_requested_clients(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        requested_clients = _parse_requested_clients(d.pop("requested_clients"))

        validate = d.pop("validate")

        helper_type = d.pop("helper_type")

        model_id = d.pop("model_id")

        def _parse_server_functions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        server_functions = _parse_server_functions(d.pop("server_functions"))

        instance_ = cls(
            aggregator=aggregator,
            aggregator_kwargs=aggregator_kwargs,
            round_timeout=round_timeout,
            buffer_size=buffer_size,
            rounds=rounds,
            delete_models_storage=delete_models_storage,
            clients_required=clients_required,
            requested_clients=requested_clients,
            validate=validate,
            helper_type=helper_type,
            model_id=model_id,
            server_functions=server_functions,
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
            raise TypeError(f"{key!r} is a declared field of SessionConfig; set the attribute instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        """Remove an extra (undeclared) field; declared fields cannot be deleted."""
        if key in self._json_fields:
            raise TypeError(f"{key!r} is a declared field of SessionConfig and cannot be deleted")
        del self.additional_properties[key]
