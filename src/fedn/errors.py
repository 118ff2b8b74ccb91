"""Every error the client raises, in one tree.

Nothing here returns an error dict the way FEDn's own client does: a failed call raises.

::

    FednError                       base of everything below
    ├── APIStatusError              the server answered with an error status (or one it cannot read)
    │   ├── BadRequestError         400
    │   ├── AuthenticationError     401
    │   │   └── PermissionDeniedError  403 (also an AuthenticationError)
    │   ├── NotFoundError           404
    │   ├── ConflictError           409
    │   ├── ServerError             5xx
    │   └── UnexpectedResponseError a success status whose body the client cannot read
    ├── APIConnectionError          no usable answer: refused, reset, DNS, TLS, ...
    │   └── APITimeoutError         connect/read/write/pool timeout
    ├── PreconditionError           the client's own check says no; nothing was changed (no status)
    │   ├── PreconditionConflictError  the state rules the call out (also a ConflictError)
    │   └── PreconditionNotFoundError  nothing to act on (also a NotFoundError)
    ├── InvalidInputError           bad local input, found before any request (also a ValueError)
    ├── AmbiguousNameError          a name given for an id matches several entities (a LookupError)
    ├── ChecksumMismatchError       a downloaded package differs from the server's checksum
    └── SessionTimeoutError         wait_for_session ran out of time (carries the last status)

Status codes map onto classes in exactly one place, :func:`make_status_error`. Every error
carries ``status_code`` (``None`` when no HTTP answer came, and for every
:class:`PreconditionError`: a check made by the client is not an HTTP answer), ``message`` (the server's own
``{"message": ...}`` when it sent one), ``method``, ``url`` (query values that look like
secrets are masked) and ``body`` (the parsed JSON error body, or a short excerpt of a non-JSON
one). The access token never appears in any of them: callers pass it in ``secrets`` and every
text taken from the server is scrubbed.

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
from collections.abc import Iterable
from http import HTTPStatus
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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
    "InvalidInputError",
    "NotFoundError",
    "PermissionDeniedError",
    "PreconditionConflictError",
    "PreconditionError",
    "PreconditionNotFoundError",
    "ServerError",
    "SessionTimeoutError",
    "UnexpectedResponseError",
    "make_status_error",
    "safe_url",
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
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body

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

    Example::

        except APIStatusError as err:
            print(err.status_code, err.body)
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        method: str | None = None,
        url: str | None = None,
        body: object = None,
    ) -> None:
        super().__init__(message, status_code=status_code, method=method, url=url, body=body)


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


class NotFoundError(APIStatusError):
    """HTTP 404: no such entity.

    Example::

        except NotFoundError:
            model = None
    """


class ConflictError(APIStatusError):
    """HTTP 409: the entity already exists or is in a conflicting state.

    Example::

        except ConflictError as err:
            print(err.message)
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
    :class:`ConflictError` / :class:`NotFoundError`, the classes these cases raised before, so
    existing ``except`` clauses keep working.

    Example::

        except PreconditionError as err:
            print("not now:", err.message)
    """

    # A check made by the client: never an HTTP status (the subclasses' API bases declare int).
    status_code: None

    def __init__(self, message: str) -> None:
        FednError.__init__(self, message)


class PreconditionConflictError(PreconditionError, ConflictError):  # type: ignore[misc]
    """The server's state rules the call out: the controller is busy, the session is not finished,
    no compute package is active. Also a :class:`ConflictError` (``status_code`` is ``None``).

    Example::

        try:
            client.start_session(name="s2")
        except PreconditionConflictError:
            client.wait_for_session("s1")
    """


class PreconditionNotFoundError(PreconditionError, NotFoundError):  # type: ignore[misc]
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
    404: NotFoundError,
    409: ConflictError,
}


def make_status_error(
    status_code: int,
    content: bytes,
    *,
    reason: str | None = None,
    method: str | None = None,
    url: str | None = None,
    secrets: Iterable[str] = (),
) -> APIStatusError:
    """Build the error for one HTTP answer: the only place mapping a status onto a class.

    The message is the body's ``message`` (or ``error``) field when the body is JSON, else a
    short excerpt of the body (HTML tags dropped), else the reason phrase. Only the first
    :data:`ERROR_BODY_LIMIT` bytes of ``content`` are looked at. Any of ``secrets``
    found in the message, body or URL is replaced by ``***``.

    Example::

        >>> err = make_status_error(404, b'{"message": "Entity with id: x not found"}')
        >>> type(err).__name__, err.message
        ('NotFoundError', 'Entity with id: x not found')
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
