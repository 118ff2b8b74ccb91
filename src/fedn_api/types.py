"""Contains some shared types for properties"""

import datetime
import email.utils
import importlib.abc
import importlib.util
import re
import sys
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, Self, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()


class InvalidPathParameterError(ValueError):
    """A path parameter that cannot be sent as a URL path segment: empty, "." or "..".

    httpx (like every URL parser) removes such segments when it normalises the URL, so the
    request would reach another route: ``get_model("..")`` would be ``GET /api/v1/``,
    ``delete_client("..")`` would be ``DELETE /api/v1/clients``. Raised before any request.
    """

    def __init__(self, name: str, value: str) -> None:
        super().__init__(
            f"path parameter {name!r} cannot be {value!r}: an empty, '.' or '..' URL path segment "
            "is dropped from the URL and the request would reach another route"
        )
        self.name = name
        self.value = value


#: Path segments a URL parser drops or resolves (RFC 3986, 5.2.4) instead of sending.
_DROPPED_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(name: str, value: Any) -> str:
    """``value`` percent-encoded as exactly one URL path segment (every path parameter goes through here).

    Raises :class:`InvalidPathParameterError` for "", "." and "..", which cannot be sent as a segment.
    """
    text = str(value)
    if text in _DROPPED_SEGMENTS:
        raise InvalidPathParameterError(name, text)
    return quote(text, safe="")


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


_HTTP_MONTHS = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "May": 5,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
_FIXED_HTTP_DATE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"([0-9]{4}) ([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT"
)


def _parse_fixed_http_datetime(value: str) -> datetime.datetime | None:
    """The fast path: exactly the server's form "Fri, 27 Nov 2026 04:35:12 GMT", else None."""
    match = _FIXED_HTTP_DATE.fullmatch(value)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    if year[:2] == "00":  # the general parser reads years below 100 as 19xx/20xx
        return None
    try:
        return datetime.datetime(
            int(year),
            _HTTP_MONTHS[month],
            int(day),
            int(hour),
            int(minute),
            int(second),
            tzinfo=datetime.UTC,
        )
    except ValueError:  # e.g. 31 Feb: the general parser raises for it
        return None


def parse_http_datetime(value: str) -> datetime.datetime:
    """Parse a timestamp as the FEDn server sends it.

    The server writes RFC 1123 HTTP-dates ("Fri, 27 Nov 2026 04:35:12 GMT"); that exact form is read by
    fixed-position slicing, other RFC 1123 forms and ISO 8601 strings by the general parsers.
    Raises ValueError for anything else.
    """
    if isinstance(value, str):
        fast = _parse_fixed_http_datetime(value)
        if fast is not None:
            return fast
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        pass
    return datetime.datetime.fromisoformat(value)


def format_http_datetime(value: datetime.datetime) -> str:
    """Write a timestamp the way the FEDn server does: an RFC 1123 HTTP-date in GMT.

    Naive datetimes are taken to be UTC (as the server does); sub-second precision is dropped.
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return email.utils.format_datetime(value.astimezone(datetime.UTC), usegmt=True)


class JsonObject(dict[str, Any]):
    """Base of every model: the JSON object itself (a ``dict``), with typed attributes on top.

    The items are exactly the JSON the server sent (timestamps as the server's strings, nested
    objects as dicts), so ``json.dumps(obj)``, ``yaml.safe_dump(obj)``, ``obj == server_json``,
    ``print(obj)`` and ``obj["key"]`` behave as with a plain ``dict``. Each declared field is also
    a typed property that reads (and writes) the item: ``obj.committed_at`` parses the item's
    timestamp into a ``datetime``; an optional field that is absent reads as ``UNSET``. Nested
    objects are instances of their own model (also dicts). Items not declared in the spec are
    kept as they came (``additional_properties`` lists them).
    """

    __slots__ = ()

    #: Declared fields: the server's JSON name to the attribute name.
    _json_fields: ClassVar[Mapping[str, str]] = {}
    #: JSON names that must be present in an object read from the server.
    _required_fields: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The model for a JSON object (the object's items, nested objects as their models).

        Raises ``KeyError`` for a missing required field and ``TypeError`` for a value that is
        not a JSON object where one is required.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} expects a JSON object, got {type(src_dict).__name__}")
        instance = cls.__new__(cls)
        dict.update(instance, src_dict)
        if not instance.keys() >= cls._required_fields:
            missing = sorted(cls._required_fields - instance.keys())
            raise KeyError(f"{cls.__name__}: missing required field(s) {', '.join(missing)}")
        return instance

    def to_dict(self) -> dict[str, Any]:
        """A deep copy as plain ``dict``/``list`` values: the JSON object, nothing of this library."""
        return _plain(self)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """The items whose names the spec does not declare (a copy)."""
        return {key: value for key, value in self.items() if key not in self._json_fields}

    @property
    def additional_keys(self) -> list[str]:
        """The names of the items the spec does not declare."""
        return [key for key in self if key not in self._json_fields]

    def _put(self, key: str, value: Any) -> None:
        """Store a typed value as its JSON item (``UNSET`` removes the item)."""
        if isinstance(value, Unset):
            self.pop(key, None)
        elif isinstance(value, datetime.datetime):
            self[key] = format_http_datetime(value)
        else:
            self[key] = value


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def json_datetime(value: Any) -> Any:
    """A timestamp item read as a ``datetime``; other values (``None``, ``UNSET``, text that is
    not a timestamp) are returned as they are."""
    if isinstance(value, str):
        try:
            return parse_http_datetime(value)
        except ValueError:
            return value
    return value


def nest(obj: dict[str, Any], key: str, model: type[JsonObject], *, strict: bool) -> None:
    """Turn the JSON object under ``key`` (if present) into ``model``.

    ``strict``: the field's only type is ``model`` (a value that is not a JSON object raises);
    otherwise the field is a union and a value ``model`` cannot read stays as it is.
    """
    if key not in obj:
        return
    value = obj[key]
    if strict:
        obj[key] = model.from_dict(value)
    elif isinstance(value, Mapping) and not isinstance(value, model):
        try:
            obj[key] = model.from_dict(value)
        except (KeyError, TypeError, ValueError):
            pass


def nest_list(obj: dict[str, Any], key: str, model: type[JsonObject], *, strict: bool) -> None:
    """Turn the JSON objects of the array under ``key`` (if present) into ``model``."""
    if key not in obj:
        return
    value = obj[key]
    if isinstance(value, list):
        obj[key] = [model.from_dict(item) for item in value]
    elif strict:
        raise TypeError(f"{key!r} must be a JSON array, got {type(value).__name__}")


def _register_yaml_representers(yaml: Any) -> None:
    """Let PyYAML write every model as the plain mapping it is (no ``!!python/object`` tags)."""
    represent = yaml.representer.SafeRepresenter.represent_dict
    for name in ("SafeRepresenter", "Representer"):
        getattr(yaml.representer, name).add_multi_representer(JsonObject, represent)
    for name in ("Dumper", "SafeDumper", "CDumper", "CSafeDumper"):
        dumper = getattr(yaml, name, None)
        if dumper is not None:
            dumper.add_multi_representer(JsonObject, represent)


class _YamlImportHook(importlib.abc.MetaPathFinder):
    """Registers the representers right after ``yaml`` is first imported (PyYAML is optional and
    never imported by this package), then takes itself off ``sys.meta_path``."""

    def __init__(self) -> None:
        self._finding = False

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        if fullname != "yaml" or self._finding:
            return None
        self._finding = True
        try:
            spec = importlib.util.find_spec(fullname)
        finally:
            self._finding = False
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        spec.loader = _RegisteringLoader(spec.loader, self)
        return spec


class _RegisteringLoader(importlib.abc.Loader):
    """Loads ``yaml`` with its own loader, then registers the representers."""

    def __init__(self, loader: Any, hook: _YamlImportHook) -> None:
        self._loader = loader
        self._hook = hook

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)

    def create_module(self, spec: Any) -> Any:
        return self._loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self._loader.exec_module(module)
        _register_yaml_representers(module)
        if self._hook in sys.meta_path:
            sys.meta_path.remove(self._hook)


if "yaml" in sys.modules:
    _register_yaml_representers(sys.modules["yaml"])
elif not any(type(finder).__name__ == "_YamlImportHook" for finder in sys.meta_path):
    sys.meta_path.insert(0, _YamlImportHook())


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "InvalidPathParameterError",
    "JsonObject",
    "RequestFiles",
    "Response",
    "Unset",
    "format_http_datetime",
    "json_datetime",
    "nest",
    "nest_list",
    "parse_http_datetime",
    "path_segment",
]
