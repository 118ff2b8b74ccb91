"""Contains some shared types for properties"""

import datetime
import email.utils
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


def parse_http_datetime(value: str) -> datetime.datetime:
    """Parse a timestamp as the FEDn server sends it.

    The server writes RFC 1123 HTTP-dates ("Fri, 27 Nov 2026 04:35:12 GMT"); ISO 8601 strings are accepted too.
    Raises ValueError for anything else.
    """
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
