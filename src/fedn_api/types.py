"""Contains some shared types for properties"""

import datetime
import email.utils
import html
import importlib.abc
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, MutableMapping, Sequence
from http import HTTPStatus
from typing import (
    IO,
    Any,
    BinaryIO,
    ClassVar,
    Final,
    Generic,
    Literal,
    ParamSpec,
    Self,
    TypeVar,
)
from urllib.parse import quote

import httpx
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # JSON gives dicts: no ABC check
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

    def _repr_html_(self) -> str:
        """A compact HTML table for Jupyter, drawn from the items alone (no request is made).

        ``repr()`` and ``print()`` stay exactly a ``dict``'s. See :func:`html_table`.
        """
        return html_table(self)


_Item = TypeVar("_Item")


class JsonList(list[_Item]):
    """A list of models (the model trail): a plain ``list`` (same ``repr``, ``==``, ``json.dumps``)
    that Jupyter shows as an HTML table, one row per item."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        """A compact HTML table for Jupyter, drawn from the items alone (no request is made)."""
        return html_table(self)


# --- Notebook display (Jupyter calls ``_repr_html_``) ---------------------------------------------------------
#: At most this many rows (list items, or an object's items) are drawn; a note says how many are left out.
HTML_MAX_ROWS = 20
#: At most this many columns are drawn in a table of list items.
HTML_MAX_COLUMNS = 14
#: A value's text is cut to this many characters.
HTML_MAX_TEXT = 60

_CLASS = "fedn-result"
_STYLE = "<style scoped>.fedn-result th, .fedn-result td { text-align: left; vertical-align: top }</style>"


def html_table(value: Mapping[str, Any] | Sequence[Any]) -> str:
    """The HTML that Jupyter shows for a result: a table of its items, bounded in size.

    * a page (an object whose ``result`` is a list beside ``count``, as every FEDn list answers) and
      a ``list`` of objects: one row per item, one column per key;
    * any other object: one row per key, a nested object as a table of its own items.

    At most :data:`HTML_MAX_ROWS` rows and :data:`HTML_MAX_COLUMNS` columns are drawn (a note says
    how many are left out) and each value is cut to :data:`HTML_MAX_TEXT` characters; every text is
    HTML-escaped. Only the items are read: drawing never makes a request.
    """
    name = html.escape(type(value).__name__)
    if isinstance(value, Mapping):
        result = value.get("result")
        if isinstance(result, list) and "count" in value:
            others = ", ".join(f"{html.escape(str(k))} {_text(v)}" for k, v in value.items() if k != "result")
            table = _rows(result, f"{name}: {others}; {_plural(len(result), 'item')} in <code>result</code>")
        else:
            table = _mapping(value, f"{name}: {_plural(len(value), 'item')}")
    else:
        kinds = {type(item).__name__ for item in value}
        kind = f" ({html.escape(kinds.pop())})" if len(kinds) == 1 else ""
        table = _rows(value, f"list of {_plural(len(value), 'item')}{kind}")
    return f'<div class="{_CLASS}">{_STYLE}{table}</div>'


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _text(value: Any) -> str:
    """A value as escaped text, cut at :data:`HTML_MAX_TEXT`: a string as it is, anything else as
    JSON (serialised only as far as shown)."""
    if isinstance(value, str):
        text = value
    else:
        parts: list[str] = []
        size = 0
        try:
            for chunk in json.JSONEncoder(default=str, ensure_ascii=False).iterencode(value):
                parts.append(chunk)
                size += len(chunk)
                if size > HTML_MAX_TEXT:
                    break
        except ValueError:  # a circular reference
            parts = [repr(value)]
        text = "".join(parts)
    if len(text) > HTML_MAX_TEXT:
        text = text[: HTML_MAX_TEXT - 1] + "\u2026"
    return html.escape(text)


def _left_out(count: int, noun: str) -> str:
    return f"<small>&hellip; {_plural(count, noun)} more not shown</small><br>" if count > 0 else ""


def _caption(heading: str) -> str:
    return f"<caption>{heading}</caption>" if heading else ""


def _mapping(obj: Mapping[str, Any], heading: str, *, nested: bool = True) -> str:
    rows = []
    for key, value in list(obj.items())[:HTML_MAX_ROWS]:
        if nested and isinstance(value, Mapping) and value:
            cell = _mapping(value, "", nested=False)
        else:
            cell = _text(value)
        rows.append(f"<tr><th>{html.escape(str(key))}</th><td>{cell}</td></tr>")
    return f"<table>{_caption(heading)}{''.join(rows)}</table>{_left_out(len(obj) - HTML_MAX_ROWS, 'item')}"


def _rows(items: Iterable[Any], heading: str) -> str:
    items = list(items)
    shown = items[:HTML_MAX_ROWS]
    columns: dict[str, None] = {}
    for item in shown:
        if isinstance(item, Mapping):
            columns.update(dict.fromkeys(str(key) for key in item))
    names = list(columns)[:HTML_MAX_COLUMNS]
    if not columns:  # items that are not objects: one column of values
        head = ""
        body = "".join(f"<tr><td>{_text(item)}</td></tr>" for item in shown)
    else:
        head = "<thead><tr>" + "".join(f"<th>{html.escape(n)}</th>" for n in names) + "</tr></thead>"
        body = "".join(
            "<tr>"
            + "".join(f"<td>{_text(item[n]) if isinstance(item, Mapping) and n in item else ''}</td>" for n in names)
            + "</tr>"
            for item in shown
        )
    notes = _left_out(len(items) - len(shown), "row") + _left_out(len(columns) - len(names), "column")
    return f"<table>{_caption(heading)}{head}<tbody>{body}</tbody></table>{notes}"


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
    """Let PyYAML write every model as the plain mapping it is, and a ``JsonList`` as the plain
    sequence it is (no ``!!python/object`` tags)."""
    safe = yaml.representer.SafeRepresenter
    for cls, represent in ((JsonObject, safe.represent_dict), (JsonList, safe.represent_list)):
        for name in ("SafeRepresenter", "Representer"):
            getattr(yaml.representer, name).add_multi_representer(cls, represent)
        for name in ("Dumper", "SafeDumper", "CDumper", "CSafeDumper"):
            dumper = getattr(yaml, name, None)
            if dumper is not None:
                dumper.add_multi_representer(cls, represent)


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


class UnknownFilterError(ValueError):
    """A filter object has a key the operation does not know (raised before any request)."""

    def __init__(self, key: str, known: Iterable[str]) -> None:
        super().__init__(f"unknown filter {key!r}; the filters of this operation: {', '.join(sorted(known))}")
        self.key = key


def filter_text(value: Any) -> str:
    """A filter value as the query parameter's text: a ``datetime`` as ISO 8601 in UTC (a naive one is
    taken as UTC, as the server labels its own timestamps), a ``bool`` as ``true``/``false``, anything
    else as ``str()`` (numbers as decimals, text as it is)."""
    if isinstance(value, datetime.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=datetime.UTC)
        return aware.astimezone(datetime.UTC).isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def filter_query(filters: Mapping[str, Any] | Unset, names: Mapping[str, str]) -> dict[str, str]:
    """The query parameters of a filter object: each key sent as the server's name (``names``: key ->
    query name), each value as :func:`filter_text` writes it; ``None`` and ``UNSET`` values are left out.

    Raises :class:`UnknownFilterError` for a key that is not in ``names``.
    """
    if isinstance(filters, Unset):
        return {}
    query: dict[str, str] = {}
    for key, value in filters.items():
        if value is None or isinstance(value, Unset):
            continue
        if key not in names:
            raise UnknownFilterError(key, names)
        query[names[key]] = filter_text(value)
    return query


P = ParamSpec("P")
R = TypeVar("R")


#: Every ``HTTPStatus`` by its code: a dict lookup, where ``HTTPStatus(code)`` goes through the enum
#: machinery on every answer (an unknown code still raises ``ValueError`` there).
_HTTP_STATUSES: Final[dict[int, HTTPStatus]] = {status.value: status for status in HTTPStatus}


class Operation(Generic[P, R]):
    """One API operation, sans-IO: :meth:`build` makes its request, :meth:`parse` reads the answer.

    :meth:`build` takes the operation's parameters (path, query, header and body, typed as the spec
    says; not the client) and returns the keyword arguments of ``httpx.Client.request``.
    :meth:`parse` turns the ``httpx.Response`` into the :class:`Response` whose ``parsed`` value is
    what the spec describes for its status. Every operation module has one, ``operation``, and its
    ``sync_detailed``/``asyncio_detailed`` send with it; code that sends requests itself keeps the
    parameter types (``Operation[P, R]`` is generic in the parameters, a ``ParamSpec``)::

        request = get_model.operation.build("model-id")
        answer = get_model.operation.parse(httpx_client.request(**request))
    """

    __slots__ = ("_build", "_parse", "filter_names", "name")

    def __init__(
        self,
        name: str,
        build: Callable[P, dict[str, Any]],
        parse: Callable[[httpx.Response, bool], R | None],
        filter_names: Mapping[str, str] | None = None,
    ) -> None:
        self.name = name
        self._build = build
        self._parse = parse
        #: A filter operation's ``FILTER_NAMES`` (each key of its ``filters`` -> the query name), else empty.
        self.filter_names: Mapping[str, str] = filter_names or {}

    def build(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]:
        """The request for these arguments: the keyword arguments of ``httpx.Client.request``."""
        return self._build(*args, **kwargs)

    def parse(self, response: httpx.Response, raise_on_unexpected_status: bool = False) -> Response[R]:
        """The answer as a :class:`Response` (``raise_on_unexpected_status``: raise
        :class:`~fedn_api.errors.UnexpectedStatus` for a status the spec does not list, else ``parsed`` is None)."""
        return Response(
            status_code=_HTTP_STATUSES.get(response.status_code) or HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=self._parse(response, raise_on_unexpected_status),
        )

    def __repr__(self) -> str:
        return f"Operation({self.name!r})"


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "InvalidPathParameterError",
    "JsonList",
    "JsonObject",
    "Operation",
    "RequestFiles",
    "Response",
    "UnknownFilterError",
    "Unset",
    "filter_query",
    "filter_text",
    "format_http_datetime",
    "html_table",
    "json_datetime",
    "nest",
    "nest_list",
    "parse_http_datetime",
    "path_segment",
]
