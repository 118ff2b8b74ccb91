"""Contains some shared types for properties"""

import datetime
import email.utils
import re
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

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
    "RequestFiles",
    "Response",
    "Unset",
    "format_http_datetime",
    "parse_http_datetime",
]
