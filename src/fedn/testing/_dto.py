"""Request bodies checked the way FEDn 0.33's DTOs check them.

FEDn fills a DTO from a request body and answers from what it raises: an unknown key (with
``throw_on_extra_keys``) or a nested value that is not an object is a ``ValueError`` (400
"Invalid object"); a required field nobody set is a ``MissingFieldError`` (400 "Class 'X' is
missing field y"); a validator's ``ValidationError`` is 400 with its message. A :class:`DtoSpec`
lists the fields (required or optional, nested or plain) of one DTO class; :class:`Dto` holds
the values and which of them were set, like FEDn's ``DictDTO``.

>>> dto = Dto(ATTRIBUTE)
>>> dto.patch({"key": "charging", "value": "true", "sender": {"role": "client"}})
>>> dto.check()
Traceback (most recent call last):
...
fedn.testing._messages.MissingFieldError: Missing field name in class NodeDTO
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fedn.testing._messages import DtoValidationError, InvalidObjectError, MissingFieldError


@dataclass(frozen=True)
class FieldSpec:
    """One DTO field: required unless ``optional``; ``nested`` for a DTO-valued field."""

    name: str
    optional: bool = False
    nested: DtoSpec | None = None
    primary: bool = False
    default: Any = None


@dataclass(frozen=True)
class DtoSpec:
    """The fields of one DTO class, in FEDn's order (the first missing one is reported)."""

    class_name: str
    fields: tuple[FieldSpec, ...]
    validators: tuple[Callable[[Dto], None], ...] = ()
    #: ``ModelDTO.patch_with`` takes ``model`` as another name of ``model_id``
    aliases: Mapping[str, str] = field(default_factory=dict)

    def field(self, name: str) -> FieldSpec | None:
        """The field called ``name``, if any."""
        return next((f for f in self.fields if f.name == name), None)


class Dto:
    """Values of one DTO and the names that were set."""

    def __init__(self, spec: DtoSpec, values: Mapping[str, Any] | None = None) -> None:
        self.spec = spec
        self.values: dict[str, Any] = {}
        for f in spec.fields:
            self.values[f.name] = (
                Dto(f.nested) if f.nested and f.default == "nested" else copy.deepcopy(f.default)
            )
        self.modified: set[str] = set()
        if values:
            self.patch(values)

    def set(self, name: str, value: Any) -> None:
        """Set one field (nested values from a dict, as ``DictDTO.__setattr__``)."""
        f = self.spec.field(name)
        assert f is not None, name
        if f.nested is not None and value is not None and not isinstance(value, Dto):
            if not isinstance(value, dict):
                raise InvalidObjectError(
                    f"Can not set key: {name} to type {type(value).__name__} in {self.spec.class_name}"
                )
            nested = Dto(f.nested)
            nested.patch(value)
            value = nested
        self.values[name] = value
        self.modified.add(name)

    def patch(self, data: Mapping[str, Any], *, throw_on_extra_keys: bool = True) -> None:
        """``patch_with``: set every known key; an unknown one raises unless told otherwise."""
        if not isinstance(data, Mapping):
            raise InvalidObjectError(f"{self.spec.class_name} takes an object")
        data = dict(data)
        for alias, target in self.spec.aliases.items():
            if alias in data:
                if target in data and data[target] != data[alias]:
                    raise InvalidObjectError(
                        f"Cannot set both {alias} and {target} in {self.spec.class_name}"
                    )
                data[target] = data.pop(alias)
        for key, value in data.items():
            if self.spec.field(key) is not None:
                self.set(key, value)
            elif throw_on_extra_keys:
                raise InvalidObjectError(f"Invalid key: {key} for {self.spec.class_name}")

    def has_modifications(self) -> bool:
        """Whether anything was set, here or in a nested DTO."""
        return bool(self.modified) or any(
            isinstance(v, Dto) and v.has_modifications() for v in self.values.values()
        )

    def check(self, *, exclude_primary_id: bool = False) -> None:
        """``check_validity``: required fields set, nested DTOs valid, then the validators."""
        for f in self.spec.fields:
            value = self.values[f.name]
            if isinstance(value, Dto):
                if not f.optional or value.has_modifications():
                    value.check()
            elif not f.optional and f.name not in self.modified and not (f.primary and exclude_primary_id):
                raise MissingFieldError(f.name, self.spec.class_name)
        for validator in self.spec.validators:
            validator(self)

    def dump(self) -> dict[str, Any]:
        """Every field's value, nested DTOs as dicts (``model_dump``)."""
        return {k: v.dump() if isinstance(v, Dto) else v for k, v in self.values.items()}

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


def _base(*fields: FieldSpec) -> tuple[FieldSpec, ...]:
    """``fields`` then ``committed_at`` and ``updated_at`` (optional on every entity DTO)."""
    return (*fields, FieldSpec("committed_at", optional=True), FieldSpec("updated_at", optional=True))


NODE = DtoSpec("NodeDTO", (FieldSpec("name"), FieldSpec("role"), FieldSpec("client_id", optional=True)))


def _session_config_valid(dto: Dto) -> None:
    required = (
        ("aggregator", "Aggregator is required"),
        ("round_timeout", "Round timeout is required"),
        ("buffer_size", "Buffer size is required"),
        ("model_id", "Model ID is required"),
        ("delete_models_storage", "Delete models storage is required"),
        ("clients_required", "Clients required is required"),
        ("validate", "Validate is required"),
        ("helper_type", "Helper type is required"),
    )
    for name, text in required:
        value = dto[name]
        # the two booleans only need to be there; every other field must be truthy
        missing = value is None if name in ("delete_models_storage", "validate") else not value
        if missing:
            raise DtoValidationError(name, text)


SESSION_CONFIG = DtoSpec(
    "SessionConfigDTO",
    (
        FieldSpec("aggregator"),
        FieldSpec("aggregator_kwargs", optional=True),
        FieldSpec("round_timeout"),
        FieldSpec("buffer_size"),
        FieldSpec("rounds", optional=True),
        FieldSpec("delete_models_storage"),
        FieldSpec("clients_required"),
        FieldSpec("requested_clients", optional=True),
        FieldSpec("validate"),
        FieldSpec("helper_type"),
        FieldSpec("model_id"),
        FieldSpec("server_functions", optional=True),
    ),
    validators=(_session_config_valid,),
)

SESSION = DtoSpec(
    "SessionDTO",
    _base(
        FieldSpec("session_id", primary=True),
        FieldSpec("name", optional=True),
        FieldSpec("status", optional=True, default="Created"),
        FieldSpec("session_config", nested=SESSION_CONFIG, default="nested"),
        FieldSpec("seed_model_id", optional=True),
    ),
)

MODEL = DtoSpec(
    "ModelDTO",
    _base(
        FieldSpec("model_id", optional=True, primary=True),
        FieldSpec("name"),
        FieldSpec("parent_model", optional=True),
        FieldSpec("session_id", optional=True),
    ),
    aliases={"model": "model_id"},
)


def _package_valid(dto: Dto) -> None:
    # FEDn 0.33 *returns* (instead of raising) the errors for the extension and the helper, so
    # only a missing file name is refused
    if not dto["file_name"]:
        raise DtoValidationError("file_name", "File name is required")


PACKAGE = DtoSpec(
    "PackageDTO",
    _base(
        FieldSpec("package_id", optional=True, primary=True),
        FieldSpec("description"),
        FieldSpec("file_name"),
        FieldSpec("helper"),
        FieldSpec("name"),
        FieldSpec("storage_file_name", optional=True),
        FieldSpec("active", optional=True, default=False),
    ),
    validators=(_package_valid,),
)


def _keyed_value(class_name: str, primary: str) -> DtoSpec:
    """An attribute or a telemetry value: a key, a value, a timestamp and the client that sent it."""
    return DtoSpec(
        class_name,
        _base(
            FieldSpec(primary, primary=True),
            FieldSpec("key"),
            FieldSpec("value"),
            FieldSpec("timestamp", optional=True),
            FieldSpec("sender", nested=NODE, default="nested"),
        ),
    )


ATTRIBUTE = _keyed_value("AttributeDTO", "attribute_id")
TELEMETRY = _keyed_value("TelemetryDTO", "telemetry_id")
