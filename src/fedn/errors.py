"""Every error the client raises, in one tree.

Nothing here returns an error dict the way FEDn's own client does: a failed call raises.

::

    FednError                       base of everything below (status_code: int | None)
    ├── APIStatusError              the server answered with an error status (status_code: int, headers)
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401
    │   │   └── PermissionDeniedError  403 (also an AuthenticationError)
    │   ├── HTTPNotFoundError       404 (also a NotFoundError)
    │   ├── HTTPConflictError       409 (also a ConflictError)
    │   ├── RateLimitError          429, after the retries (Retry-After in headers)
    │   ├── ServerError             5xx
    │   └── UnexpectedResponseError a success status whose body the client cannot read
    ├── NotFoundError               nothing to act on: HTTPNotFoundError or PreconditionNotFoundError
    ├── ConflictError               the state rules it out: HTTPConflictError or PreconditionConflictError
    ├── APIConnectionError          no usable answer: refused, reset, DNS, TLS, ...
    │   └── APITimeoutError         connect/read/write/pool timeout
    ├── PreconditionError           the client's own check says no; nothing was changed (status_code: None)
    │   ├── PreconditionConflictError  the state rules the call out (also a ConflictError)
    │   └── PreconditionNotFoundError  nothing to act on (also a NotFoundError)
    ├── InvalidInputError           bad local input, found before any request (also a ValueError)
    ├── AmbiguousNameError          a name given for an id matches several entities (a LookupError)
    ├── ChecksumMismatchError       a downloaded package differs from the server's checksum
    └── SessionTimeoutError         wait_for_session ran out of time (carries the last status)

``except NotFoundError`` and ``except ConflictError`` catch both kinds: the server's 404/409 and the
client's own check (whose ``status_code`` is ``None``; the type says ``int | None``).
``except APIStatusError`` catches only what an HTTP answer said: ``status_code`` is an ``int``
there, and ``headers`` holds the answer's headers (``Retry-After``, a request id).

Status codes map onto classes in exactly one place, :func:`make_status_error`. Every error
carries ``status_code`` (``None`` when no HTTP answer came, and for every
:class:`PreconditionError`: a check made by the client is not an HTTP answer), ``message`` (the server's own
``{"message": ...}`` when it sent one), ``method``, ``url`` (query values that look like
secrets are masked) and ``body`` (the parsed JSON error body, or a short excerpt of a non-JSON
one). The access token never appears in any of them: callers pass it in ``secrets`` and every
text taken from the server, headers included, is scrubbed.

Example::

    from fedn import APIClient, errors

    try:
        APIClient("localhost:8092").get_model("no-such-model")
    except errors.NotFoundError as err:
        print(err.status_code, err.message)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    import httpx

__all__ = [
    "ERROR_BODY_LIMIT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousNameError",
    "AuthenticationError",
    "BadRequestError",
    "ChecksumMismatchError",
    "ConflictError",
    "FednError",
    "HTTPConflictError",
    "HTTPNotFoundError",
    "InvalidInputError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionConflictError",
    "PreconditionError",
    "PreconditionNotFoundError",
    "RateLimitError",
    "ServerError",
    "SessionTimeoutError",
    "UnexpectedResponseError",
    "make_status_error",
    "safe_url",
    "scrub_headers",
]

_EXCERPT_CHARS = 200

#: Bytes of an error body the client reads and looks at (fedn._http cuts the body there; the
#: rest is never read): enough for any JSON error message, bounded whatever a proxy sends.
ERROR_BODY_LIMIT = 64 * 1024
_SECRET_QUERY_KEYS = re.compile(r"token|secret|password|passwd|key|auth|signature|credential", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")
_REDACTED = "***"


class FednError(Exception):
    """Base class of every error raised by :mod:`fedn`.

    ``status_code`` is the HTTP status when an HTTP answer said so, else ``None``.

    Example::

        try:
            client.start_session(name="s1", rounds=3)
        except FednError as err:
            print(f"FEDn said no: {err.message} (HTTP {err.status_code})")
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        method: str | None = None,
        url: str | None = None,
        body: object = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self._status_code = status_code
        self.method = method
        self.url = url
        self.body = body

    @property
    def status_code(self) -> int | None:
        """The HTTP status when an HTTP answer said so, else ``None`` (read-only; subclasses narrow it)."""
        return self._status_code

    def __str__(self) -> str:
        parts: list[str] = []
        if self.status_code is not None:
            parts.append(_status_text(self.status_code))
        if self.method and self.url:
            parts.append(f"{self.method} {self.url}")
        parts.append(self.message)
        return ": ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.status_code!r}, message={self.message!r})"


class APIStatusError(FednError):
    """The server answered with a status >= 400, or one the API does not document.

    ``status_code`` is that status (an ``int``); ``headers`` are the answer's headers (the
    response's, never the request's: no ``Authorization``), e.g. ``Retry-After`` or a request id.

    Example::

        except APIStatusError as err:
            print(err.status_code, err.body, err.headers.get("retry-after"))
    """

    headers: httpx.Headers

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str | None = None,
        url: str | None = None,
        body: object = None,
        headers: Mapping[str, str] | httpx.Headers | None = None,
    ) -> None:
        import httpx  # here, not at the top: `import fedn` stays cheap (errors come after an answer)

        super().__init__(message, status_code=status_code, method=method, url=url, body=body)
        self._http_status = status_code
        self.headers = httpx.Headers(headers)

    @property
    def status_code(self) -> int:
        """The HTTP status the server answered with."""
        return self._http_status


class BadRequestError(APIStatusError):
    """HTTP 400: the server rejected the request (invalid value, session already running, ...).

    Example::

        except BadRequestError as err:
            print("rejected:", err.message)
    """


class AuthenticationError(APIStatusError):
    """HTTP 401 (and, through :class:`PermissionDeniedError`, 403): missing, wrong or weak token.

    Example::

        except AuthenticationError:
            print("check FEDN_AUTH_TOKEN / FEDN_AUTH_SCHEME")
    """


class PermissionDeniedError(AuthenticationError):
    """HTTP 403: the token is valid but lacks the role the route needs.

    Example::

        except PermissionDeniedError:
            print("an admin token is needed")
    """


class NotFoundError(FednError):
    """There is nothing to act on: the server's 404 (:class:`HTTPNotFoundError`) or the client's
    own check (:class:`PreconditionNotFoundError`, ``status_code`` ``None``).

    Example::

        except NotFoundError:
            model = None
    """


class ConflictError(FednError):
    """The state rules the call out: the server's 409 (:class:`HTTPConflictError`), or the client's
    own check (:class:`PreconditionConflictError`, ``status_code`` ``None``).

    Example::

        except ConflictError as err:
            print(err.message)
    """


class HTTPNotFoundError(APIStatusError, NotFoundError):
    """HTTP 404: no such entity (a :class:`NotFoundError` and an :class:`APIStatusError`).

    Example::

        except HTTPNotFoundError as err:
            print(err.status_code + 0, err.url)  # an int: an HTTP answer said so
    """


class HTTPConflictError(APIStatusError, ConflictError):
    """HTTP 409, or a start the server refuses while a session runs (a :class:`ConflictError` and
    an :class:`APIStatusError`).

    Example::

        except HTTPConflictError as err:
            print(err.status_code, err.message)
    """


class RateLimitError(APIStatusError):
    """HTTP 429: too many requests. Retried first (as 502, 503 and 504 are, honouring
    ``Retry-After``); raised when the retries are spent or the wait would be too long.

    Example::

        except RateLimitError as err:
            print("retry after", err.headers.get("retry-after"))
    """


class ServerError(APIStatusError):
    """HTTP 5xx: the controller failed while handling the request.

    Example::

        except ServerError as err:
            print("controller error:", err.message)
    """


class UnexpectedResponseError(APIStatusError):
    """A success (or other non-error) status whose body the client cannot read as documented.

    E.g. a 200 whose JSON misses a required field, an answer that is not JSON, or a redirect
    (redirects are not followed). ``body`` holds a short excerpt of what came. Also an
    :class:`APIStatusError`, so ``except APIStatusError`` keeps catching it as before.

    Example::

        except UnexpectedResponseError as err:
            print(err.status_code, err.body)  # e.g. a proxy's HTML page with status 200
    """


class PreconditionError(FednError):
    """The client's own check says the call cannot succeed; nothing was sent that changes anything.

    ``status_code`` is ``None``: no HTTP answer said so. The check may read the server's state
    first (e.g. the controller's status before starting a session). The two subclasses are also
    :class:`ConflictError` / :class:`NotFoundError`, so ``except ConflictError`` and ``except
    NotFoundError`` catch them beside the server's own 409 and 404; ``except APIStatusError``
    does not (no HTTP answer).

    Example::

        except PreconditionError as err:
            print("not now:", err.message)
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)

    @property
    def status_code(self) -> None:
        """Always ``None``: a check made by the client is not an HTTP answer."""
        return None


class PreconditionConflictError(PreconditionError, ConflictError):
    """The server's state rules the call out: the controller is busy, the session is not finished,
    no compute package is active. Also a :class:`ConflictError` (``status_code`` is ``None``).

    Example::

        try:
            client.start_session(name="s2")
        except PreconditionConflictError:
            client.wait_for_session("s1")
    """


class PreconditionNotFoundError(PreconditionError, NotFoundError):
    """There is nothing to act on: no model to start from, no session with that name. Also a
    :class:`NotFoundError` (``status_code`` is ``None``).

    Example::

        except PreconditionNotFoundError:
            client.set_active_model("seed.npz")
    """


class APIConnectionError(FednError):
    """No usable HTTP answer: connection refused or reset, DNS or TLS failure, broken stream.

    The underlying :mod:`httpx` exception is the ``__cause__``.

    Example::

        except APIConnectionError:
            print("is the controller running?")
    """


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired.

    Example::

        except APITimeoutError:
            client = APIClient("localhost:8092", timeout=120.0)
    """


class InvalidInputError(FednError, ValueError):
    """A local argument is invalid; raised before any request is sent.

    Also raised when the client's HTTP stack refuses to send a request as built (an id or filter
    too long for a URL) and when a file changes size while it is being uploaded (the upload is
    aborted then, before the server has the whole file). Never retried.

    Also a :class:`ValueError`, so ``except ValueError`` keeps working.

    Example::

        except InvalidInputError as err:
            print("fix the call:", err.message)
    """


class ChecksumMismatchError(FednError):
    """A downloaded file's SHA-256 differs from the server's checksum; nothing was written.

    Example::

        try:
            client.download_package("package.tgz", verify_checksum=True)
        except ChecksumMismatchError as err:
            print(err.expected, err.actual)
    """

    def __init__(self, message: str, *, expected: str, actual: str, url: str | None = None) -> None:
        super().__init__(message, method="GET" if url else None, url=url)
        self.expected = expected
        self.actual = actual


class AmbiguousNameError(FednError, LookupError):
    """A name given where an id is expected matches more than one entity; ``matches`` holds their ids.

    ``get_client``, ``get_combiner``, ``get_model`` and ``get_package`` look an argument up as an id
    first, then as a name; FEDn does not keep names unique, so pass one of the ids instead.

    Example::

        try:
            package = client.get_package("mnist")
        except AmbiguousNameError as err:
            package = client.get_package(err.matches[0])
    """

    def __init__(self, message: str, *, name: str, matches: list[str]) -> None:
        super().__init__(message)
        self.name = name
        self.matches = matches


class SessionTimeoutError(FednError, TimeoutError):
    """:meth:`fedn.APIClient.wait_for_session` gave up; ``last_status`` is the session's status then.

    Example::

        try:
            client.wait_for_session(session_id, timeout=60)
        except SessionTimeoutError as err:
            print("still", err.last_status)
    """

    def __init__(self, message: str, *, session_id: str, last_status: str | None) -> None:
        super().__init__(message)
        self.session_id = session_id
        self.last_status = last_status


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: HTTPNotFoundError,
    409: HTTPConflictError,
    429: RateLimitError,
}


def make_status_error(
    status_code: int,
    content: bytes,
    *,
    reason: str | None = None,
    method: str | None = None,
    url: str | None = None,
    headers: Mapping[str, str] | httpx.Headers | None = None,
    secrets: Iterable[str] = (),
) -> APIStatusError:
    """Build the error for one HTTP answer: the only place mapping a status onto a class.

    The message is the body's ``message`` (or ``error``) field when the body is JSON, else a
    short excerpt of the body (HTML tags dropped), else the reason phrase. Only the first
    :data:`ERROR_BODY_LIMIT` bytes of ``content`` are looked at. Any of ``secrets``
    found in the message, body, URL or a header value is replaced by ``***``.

    Example::

        >>> err = make_status_error(404, b'{"message": "Entity with id: x not found"}')
        >>> type(err).__name__, err.message
        ('HTTPNotFoundError', 'Entity with id: x not found')
        >>> make_status_error(429, b"", headers={"Retry-After": "7"}).headers["retry-after"]
        '7'
    """
    secret_list = [s for s in secrets if s]
    body: object
    message: str | None = None
    # only the excerpt the clients read: never decode, parse or search more (a longer body is
    # no JSON to parse whole anyway: its excerpt is shown)
    text = content[:ERROR_BODY_LIMIT].decode("utf-8", errors="replace")
    try:
        body = json.loads(text) if text.strip() else None
    except (ValueError, RecursionError):  # not JSON; JSON nested deeper than Python's recursion limit
        body = None
    if isinstance(body, dict):
        for key in ("message", "error", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                message = value.strip()
                break
    if body is None and text.strip():
        body = _excerpt(text)
        message = body
    if message is None:
        message = (
            _excerpt(json.dumps(body))
            if body is not None
            else (reason or _reason_phrase(status_code) or f"HTTP {status_code}")
        )
    cls: type[APIStatusError] = _STATUS_CLASSES.get(status_code, APIStatusError)
    if status_code >= 500:
        cls = ServerError
    return cls(
        scrub(message, secret_list),
        status_code=status_code,
        method=method,
        url=scrub(url, secret_list) if url is not None else None,
        body=_scrub_body(body, secret_list),
        headers=scrub_headers(headers, secret_list),
    )


def safe_url(url: object) -> str:
    """The URL as text with the values of secret-looking query parameters masked.

    Example::

        >>> safe_url("http://h/api/v1/x?session_id=1&token=abc")
        'http://h/api/v1/x?session_id=1&token=%2A%2A%2A'
    """
    text = str(url)
    parts = urlsplit(text)
    if not parts.query:
        return text
    query = [
        (key, _REDACTED if _SECRET_QUERY_KEYS.search(key) else value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


def scrub_headers(headers: Mapping[str, str] | httpx.Headers | None, secrets: Iterable[str]) -> httpx.Headers:
    """A copy of an answer's ``headers`` with every occurrence of each secret in a value replaced by ``***``.

    Example::

        >>> scrub_headers({"X-Echo": "Bearer abc", "Retry-After": "3"}, ["abc"])
        Headers({'x-echo': 'Bearer ***', 'retry-after': '3'})
    """
    import httpx  # as in APIStatusError: only once there is an answer

    items = headers.multi_items() if isinstance(headers, httpx.Headers) else list((headers or {}).items())
    secret_list = [secret for secret in secrets if secret]
    return httpx.Headers([(name, scrub(value, secret_list)) for name, value in items])


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret replaced by ``***``.

    Example::

        >>> scrub("bad token abc", ["abc"])
        'bad token ***'
    """
    for secret in secrets:
        if secret:
            text = text.replace(secret, _REDACTED)
    return text


def _scrub_body(body: object, secrets: list[str]) -> object:
    if not secrets:
        return body
    if isinstance(body, str):
        return scrub(body, secrets)
    if isinstance(body, dict | list):
        return json.loads(scrub(json.dumps(body), [json.dumps(s)[1:-1] for s in secrets]))
    return body


def _excerpt(text: str) -> str:
    flat = _SPACES.sub(" ", _TAGS.sub(" ", text)).strip()
    if len(flat) > _EXCERPT_CHARS:
        return flat[: _EXCERPT_CHARS - 3] + "..."
    return flat


def _reason_phrase(status_code: int) -> str | None:
    try:
        return HTTPStatus(status_code).phrase
    except ValueError:
        return None


def _status_text(status_code: int) -> str:
    phrase = _reason_phrase(status_code)
    return f"{status_code} {phrase}" if phrase else str(status_code)
