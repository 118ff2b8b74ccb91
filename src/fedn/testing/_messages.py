"""What goes into and comes out of the fake: requests, responses, JSON as Flask writes it.

:class:`FakeRequest` and :class:`FakeResponse` are the sans-IO types of
:meth:`fedn.testing.FakeController.handle`: a method, a path, query pairs, headers and body
bytes in; a status, headers and body bytes out. The transports and the socket server only
translate to and from them.

The helpers write answers as FEDn's Flask controller does: JSON with sorted keys and
datetimes as RFC 1123 dates (``"Fri, 27 Nov 2026 04:35:12 GMT"``, naive values taken as UTC),
Werkzeug's HTML pages for the errors Flask answers itself (404, 405, an unhandled exception's
500).

The exceptions mirror the ones FEDn's handlers catch, so a handler here can keep the server's
``try``/``except`` order: :class:`MissingFieldError` and :class:`DtoValidationError` (400 with
their ``user_message``), :class:`InvalidObjectError` (a ``ValueError`` there: 400 "Invalid
object"), :class:`ServerFault` (anything else a handler catches: its generic 500) and
:class:`Crash` (nothing catches it: Flask's HTML 500 page).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.utils import format_datetime
from typing import Any
from urllib.parse import parse_qsl

JSON_TYPE = "application/json"


@dataclass(frozen=True)
class FakeRequest:
    """One HTTP request, as :meth:`FakeController.handle` takes it.

    ``path`` is percent-decoded (as Flask routes it), ``query`` the decoded ``(name, value)``
    pairs in order, ``headers`` keyed by lower-case name.
    """

    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    @classmethod
    def of(
        cls,
        method: str,
        path: str,
        query: str | Iterable[tuple[str, str]] = (),
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> FakeRequest:
        """A request from loose parts (a query string or pairs; headers in any case)."""
        pairs = tuple(parse_qsl(query, keep_blank_values=True)) if isinstance(query, str) else tuple(query)
        return cls(
            method.upper(),
            path,
            pairs,
            {k.lower(): v for k, v in (headers or {}).items()},
            body,
        )

    @property
    def args(self) -> dict[str, str]:
        """The query as Flask's ``request.args.to_dict()`` gives it (the first of repeated names)."""
        out: dict[str, str] = {}
        for name, value in self.query:
            out.setdefault(name, value)
        return out

    @property
    def media_type(self) -> str:
        """The Content-Type without its parameters, lower-case."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def is_json(self) -> bool:
        """Werkzeug's ``request.is_json``: ``application/json`` or ``application/*+json``."""
        media = self.media_type
        return media == JSON_TYPE or (media.startswith("application/") and media.endswith("+json"))


@dataclass(frozen=True)
class FakeResponse:
    """One HTTP answer of the fake."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), if present."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


# --- errors the handlers raise --------------------------------------------------------------


class MissingFieldError(Exception):
    """A required DTO field was not given (FEDn's ``MissingFieldError``)."""

    def __init__(self, field_name: str, class_name: str) -> None:
        super().__init__(f"Missing field {field_name} in class {class_name}")
        self.user_message = f"Class '{class_name}' is missing field {field_name}"


class DtoValidationError(Exception):
    """A DTO validator refused a value (FEDn's ``ValidationError``)."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"Validation error on field {field_name}: {message}")
        self.user_message = f"Validation failed for field '{field_name}' with message: {message}"


class InvalidObjectError(ValueError):
    """What FEDn raises as ``ValueError`` from a DTO (an unknown key, a value of the wrong shape)."""


class ServerFault(Exception):
    """Anything else going wrong inside a handler (a database error upstream): its generic 500."""


class Crash(Exception):
    """An error no handler catches upstream: Flask answers its HTML 500 page."""


# --- answers ------------------------------------------------------------------------------------


def http_date(value: dt.datetime) -> str:
    """A datetime as Flask's JSON provider writes it (naive values are UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return format_datetime(value.astimezone(dt.UTC), usegmt=True)


def _default(value: object) -> object:
    if isinstance(value, dt.datetime):
        return http_date(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dump_json(value: Any) -> bytes:
    """``value`` as Flask's ``jsonify`` writes it: sorted keys, dates as RFC 1123, a newline."""
    return (json.dumps(value, default=_default, sort_keys=True, separators=(",", ":")) + "\n").encode()


def json_response(value: Any, status: int = 200) -> FakeResponse:
    """A JSON answer."""
    body = dump_json(value)
    return FakeResponse(status, (("Content-Type", JSON_TYPE), ("Content-Length", str(len(body)))), body)


def message(text: str, status: int) -> FakeResponse:
    """``{"message": text}`` with ``status``."""
    return json_response({"message": text}, status)


REASONS = {
    404: (
        "Not Found",
        "The requested URL was not found on the server. If you entered the URL manually please "
        "check your spelling and try again.",
    ),
    405: ("Method Not Allowed", "The method is not allowed for the requested URL."),
    500: (
        "Internal Server Error",
        "The server encountered an internal error and was unable to complete your request. Either "
        "the server is overloaded or there is an error in the application.",
    ),
}


def html_error(status: int, extra_headers: tuple[tuple[str, str], ...] = ()) -> FakeResponse:
    """Werkzeug's HTML error page for ``status`` (404, 405, 500)."""
    title, text = REASONS[status]
    body = (
        f"<!doctype html>\n<html lang=en>\n<title>{status} {title}</title>\n<h1>{title}</h1>\n<p>{text}</p>\n"
    ).encode()
    headers = (("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body))))
    return FakeResponse(status, headers + extra_headers, body)


def file_response(data: bytes, download_name: str, media_type: str) -> FakeResponse:
    """A file sent as an attachment (Flask's ``send_file(..., as_attachment=True)``)."""
    return FakeResponse(
        200,
        (
            ("Content-Type", media_type),
            ("Content-Length", str(len(data))),
            ("Content-Disposition", f"attachment; filename={download_name}"),
        ),
        data,
    )


def parse_json_body(request: FakeRequest) -> Any:
    """Flask's ``request.get_json()``: the parsed body; any failure raises (the handler's 500)."""
    if not request.is_json:
        raise ServerFault("415 Unsupported Media Type: not a JSON request")
    try:
        return json.loads(request.body)
    except ValueError as err:
        raise ServerFault(f"400 Bad Request: the body is not JSON ({err})") from None


def silent_json(request: FakeRequest) -> Any:
    """Flask's ``request.get_json(silent=True)``: the parsed body, or None."""
    if not request.is_json:
        return None
    try:
        return json.loads(request.body)
    except ValueError:
        return None
