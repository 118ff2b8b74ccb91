"""From what came back to a result or a :class:`~fedn.errors.FednError`: the one unwrap.

Every generated call's ``Response`` goes through :func:`unwrap`: a status >= 400 raises the
status's class (:func:`fedn.errors.make_status_error`, whatever the generated code parsed); any
other status whose parsed value the step's check refuses raises
:class:`~fedn.errors.UnexpectedResponseError`. Transport failures become
:class:`~fedn.errors.APIConnectionError` (:func:`transport_error`), a request the HTTP stack
refuses to send :class:`~fedn.errors.InvalidInputError` (:func:`local_error`), an answer it
cannot use :class:`~fedn.errors.UnexpectedResponseError` (:func:`answer_error`). Nothing here
performs I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from fedn._steps import UnexpectedShape
from fedn.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    FednError,
    InvalidInputError,
    UnexpectedResponseError,
    make_status_error,
    safe_url,
    scrub,
    scrub_headers,
)

if TYPE_CHECKING:
    from fedn_api.types import Response

__all__ = [
    "MAX_URL_LENGTH",
    "answer_error",
    "body_excerpt",
    "check_json",
    "local_error",
    "parse_failure",
    "request_of",
    "status_error",
    "transport_error",
    "unreadable",
    "unwrap",
]

R = TypeVar("R")
T = TypeVar("T")

_EXCERPT_BYTES = 200


def status_error(response: httpx.Response, secrets: Sequence[str]) -> APIStatusError:
    """The :class:`~fedn.errors.APIStatusError` for a (read) httpx response."""
    request = response.request
    return make_status_error(
        response.status_code,
        response.content,
        reason=response.reason_phrase or None,
        method=request.method,
        url=safe_url(request.url),
        headers=response.headers,
        secrets=secrets,
    )


def request_of(err: httpx.RequestError) -> httpx.Request | None:
    """The request an httpx error belongs to (httpx raises RuntimeError when it has none)."""
    try:
        return err.request
    except RuntimeError:
        return None


def body_excerpt(content: bytes, secrets: Sequence[str]) -> str:
    """The start of an answer's body for an error report, secrets masked."""
    return scrub(content[:_EXCERPT_BYTES].decode("utf-8", errors="replace"), secrets)


def transport_error(err: httpx.RequestError, secrets: Sequence[str]) -> APIConnectionError:
    """The :class:`~fedn.errors.APIConnectionError` for an httpx transport failure."""
    cls = APITimeoutError if isinstance(err, httpx.TimeoutException) else APIConnectionError
    request = request_of(err)
    kind = type(err).__name__
    detail = scrub(str(err) or _cause_text(err), secrets) or kind
    return cls(
        f"{kind}: {detail}",
        method=request.method if request is not None else None,
        url=safe_url(request.url) if request is not None else None,
    )


def _cause_text(err: BaseException) -> str:
    """The first cause or context below ``err`` that says something, as ``"Type: text"`` ("" if none).

    httpx re-raises httpcore's errors, which re-raise anyio's, often without a text of their own
    (``ReadError('')``): the text is where the failure began, e.g. ``ConnectionResetError:
    [Errno 104] Connection reset by peer``.
    """
    seen: set[int] = set()
    inner = err.__cause__ or err.__context__
    while inner is not None and id(inner) not in seen:
        seen.add(id(inner))
        if str(inner):
            return f"{type(inner).__name__}: {inner}"
        inner = inner.__cause__ or inner.__context__
    return ""


#: httpx refuses longer URLs (httpx._urlparse.MAX_URL_LENGTH).
MAX_URL_LENGTH = 65536


def local_error(err: Exception, secrets: Sequence[str]) -> InvalidInputError:
    """The :class:`~fedn.errors.InvalidInputError` for a request the client's HTTP stack refuses to send.

    ``httpx.InvalidURL``: the URL cannot be built (an id or filter value too long, or with
    characters a URL cannot carry); ``LocalProtocolError`` (httpx's or h11's): the request
    breaks HTTP/1.1 as built (e.g. a header value with a line break). Nothing usable was sent.
    """
    detail = scrub(str(err), secrets) or type(err).__name__
    if isinstance(err, httpx.InvalidURL):
        hint = (
            f"an id or filter value is too long (httpx accepts URLs of up to {MAX_URL_LENGTH} characters)"
            if "too long" in detail
            else "an id or filter value cannot be carried by a URL"
        )
        return InvalidInputError(f"cannot build the request URL ({detail}): {hint}")
    return InvalidInputError(f"cannot send the request as built ({type(err).__name__}: {detail})")


def answer_error(
    err: httpx.DecodingError | httpx.TooManyRedirects, last: httpx.Response, secrets: Sequence[str]
) -> UnexpectedResponseError:
    """The :class:`~fedn.errors.UnexpectedResponseError` for an answer httpx could not use.

    ``DecodingError``: a body whose ``Content-Encoding`` does not decode; ``TooManyRedirects``:
    more redirects than the httpx client follows (only when following was turned on). There was
    an HTTP answer, so the error carries its status.
    """
    what = "could not decode the answer" if isinstance(err, httpx.DecodingError) else "too many redirects"
    detail = scrub(str(err), secrets) or type(err).__name__
    return UnexpectedResponseError(
        f"{what} ({type(err).__name__}: {detail})",
        status_code=last.status_code,
        method=last.request.method,
        url=safe_url(last.request.url),
        headers=scrub_headers(last.headers, secrets),
    )


def unwrap(
    response: Response[Any],
    check: Callable[[object], R],
    *,
    operation: str,
    last: httpx.Response | None,
    secrets: Sequence[str] = (),
) -> R:
    """Return ``check(response.parsed)`` or raise the right :class:`~fedn.errors.FednError`.

    Status >= 400 raises the status's class (whatever the generated code parsed); any other
    status with a missing parsed value or a value of the wrong type raises
    :class:`~fedn.errors.UnexpectedResponseError`.
    """
    status = int(response.status_code)
    if status < 400:
        try:
            return check(response.parsed)
        except UnexpectedShape as err:
            raise UnexpectedResponseError(
                f"unexpected answer to {operation} (HTTP {status}): {err}",
                status_code=status,
                method=last.request.method if last is not None else None,
                url=safe_url(last.request.url) if last is not None else None,
                body=body_excerpt(response.content, secrets),
                headers=scrub_headers(response.headers, secrets),
            ) from None
    # the request's method and URL are worked out for an error only (safe_url parses the URL)
    raise make_status_error(
        status,
        response.content,
        reason=last.reason_phrase if last is not None else None,
        method=last.request.method if last is not None else None,
        url=safe_url(last.request.url) if last is not None else None,
        headers=response.headers,
        secrets=secrets,
    )


def parse_failure(
    err: Exception, operation: str, last: httpx.Response | None, secrets: Sequence[str]
) -> FednError | None:
    """Map an exception raised while the generated code parsed an answer onto a FednError.

    Returns ``None`` when no HTTP exchange happened (the exception is a local bug: re-raise it).
    """
    if last is None:
        return None
    if last.status_code >= 400:
        return status_error(last, secrets)
    detail = f"{type(err).__name__}: {scrub(str(err), secrets)}"
    return unreadable(f"could not parse the answer to {operation}: {detail}", last, secrets)


def check_json(response: httpx.Response, check: Callable[[object], T], secrets: Sequence[str]) -> T:
    """Decode a successful upload's JSON answer and hand it to ``check``."""
    try:
        body: object = response.json()
    except (ValueError, RecursionError):  # not JSON; JSON nested deeper than Python's recursion limit
        body = None
    try:
        return check(body)
    except UnexpectedShape as err:
        message = f"unexpected answer to an upload (HTTP {response.status_code}): {err}"
        raise unreadable(message, response, secrets) from None


def unreadable(message: str, response: httpx.Response, secrets: Sequence[str]) -> UnexpectedResponseError:
    """The :class:`~fedn.errors.UnexpectedResponseError` for an answer the client cannot read."""
    return UnexpectedResponseError(
        message,
        status_code=response.status_code,
        method=response.request.method,
        url=safe_url(response.request.url),
        body=body_excerpt(response.content, secrets),
        headers=scrub_headers(response.headers, secrets),
    )
