"""What the sync and the async driver share: settings, retry bookkeeping, failure mapping.

A driver runs plans (:mod:`fedn._steps`): it performs each step, retries a failed attempt
according to one :class:`~fedn._retry.RetryPolicy` (a plan never sees a retried failure, only the
final error) and applies its timeout to every request through the httpx request hook
(:mod:`fedn._context`). The loops themselves are in :mod:`fedn._io_sync` (blocking) and
:mod:`fedn._io_async` (generated from it, ``await`` for I/O); this module is what they share,
so ``client.with_options(timeout=..., max_retries=...)`` needs no change to any plan.
"""

from __future__ import annotations

import errno
import logging
import socket
import ssl
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeGuard, TypeVar

import h11
import httpx

from fedn._context import LAST_REQUEST, LAST_RESPONSE
from fedn._responses import (
    answer_error,
    check_json,
    local_error,
    parse_failure,
    request_of,
    status_error,
    transport_error,
    unwrap,
)
from fedn._retry import Attempt, RetryPolicy, never_sent, parse_retry_after
from fedn._secrets import Secrets
from fedn._steps import Call, Upload
from fedn.errors import APIConnectionError, APITimeoutError, FednError, InvalidInputError, safe_url, scrub
from fedn_api.types import InvalidPathParameterError

if TYPE_CHECKING:
    from fedn_api.client import AuthenticatedClient
    from fedn_api.types import Response

__all__ = [
    "Driver",
    "Failed",
    "call_failure",
    "exchange_failure",
    "finish_call",
    "finish_upload",
    "status_failure",
    "transport_failure",
    "upload_failure",
]

logger = logging.getLogger("fedn")

R = TypeVar("R")

_RETRYABLE_TRANSPORT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

#: errno values of a network failure: an ``OSError`` carrying one comes from a socket, not a file.
_NETWORK_ERRNO_NAMES = [
    "ECONNRESET",
    "ECONNREFUSED",
    "ECONNABORTED",
    "EPIPE",
    "ETIMEDOUT",
    "ENETUNREACH",
    "ENETDOWN",
    "ENETRESET",
    "EHOSTUNREACH",
    "EHOSTDOWN",
    "ENOTCONN",
    "ESHUTDOWN",
    "EADDRNOTAVAIL",
]
_NETWORK_ERRNOS = frozenset(
    code for name in _NETWORK_ERRNO_NAMES if (code := getattr(errno, name, None)) is not None
)


def is_network_oserror(err: BaseException) -> TypeGuard[OSError]:
    """Whether ``err`` is an ``OSError`` of the connection (TLS, socket, name lookup), not of a file.

    httpx maps most of them onto its transport errors, but not all: anyio re-raises a TLS alert
    read after the handshake (TLS 1.3's "certificate required") as the plain ``ssl.SSLError``.
    A file's errors (disk full while downloading, a file that cannot be read while uploading)
    are the local machine's, and stay as they are.
    """
    if not isinstance(err, OSError):
        return False
    kinds = (ssl.SSLError, ConnectionError, TimeoutError, socket.gaierror, socket.herror)
    return isinstance(err, kinds) or err.errno in _NETWORK_ERRNOS


#: A connection that broke during the exchange (not a timeout, not a failed connect).
_BROKEN_CONNECTION = (httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)


class Failed(Exception):
    """One failed attempt: the error to raise and what the retry rules need to know."""

    def __init__(self, error: FednError, attempt: Attempt) -> None:
        super().__init__(str(error))
        self.error = error
        self.attempt = attempt


def transport_failure(err: httpx.RequestError, secrets: Sequence[str], method: str | None) -> Failed:
    """The failed attempt for an httpx transport error."""
    request = request_of(err)
    attempt = Attempt(
        method=request.method if request is not None else method,
        url=safe_url(request.url) if request is not None else None,
        sent=not never_sent(err),
        transport=isinstance(err, _RETRYABLE_TRANSPORT),
        reason=type(err).__name__,
    )
    error = transport_error(err, secrets)
    error.__cause__ = err
    return Failed(error, attempt)


def status_failure(error: FednError, method: str | None) -> Failed:
    """The failed attempt for an error raised after an HTTP answer (headers from the response hook)."""
    last = LAST_RESPONSE.get()
    if last is not None and error.status_code == last.status_code:
        attempt = Attempt(
            method=last.request.method,
            url=safe_url(last.request.url),
            status=last.status_code,
            retry_after=parse_retry_after(last.headers.get("retry-after")),
            reason=f"HTTP {last.status_code}",
        )
    else:
        attempt = Attempt(
            method=error.method or method,
            url=error.url,
            status=error.status_code,
            reason=type(error).__name__,
        )
    return Failed(error, attempt)


def exchange_failure(err: Exception, secrets: Sequence[str], method: str | None) -> Failed | None:
    """The one place mapping what the HTTP stack raises during an exchange onto a :class:`Failed`.

    httpx's transport errors become :class:`~fedn.errors.APIConnectionError` (retried by the
    rules); a request httpx, httpcore or h11 refuses to send (``httpx.InvalidURL``, e.g. a 70,000
    character id; httpx's or h11's ``LocalProtocolError``) an
    :class:`~fedn.errors.InvalidInputError`; an answer httpx cannot use (``DecodingError``,
    ``TooManyRedirects``) an :class:`~fedn.errors.UnexpectedResponseError` with its status;
    any other h11 protocol error (one that escaped httpcore), and an ``ssl.SSLError`` or other
    socket ``OSError`` that escaped httpx (:func:`is_network_oserror`), an
    :class:`~fedn.errors.APIConnectionError` (a ``TimeoutError``: an
    :class:`~fedn.errors.APITimeoutError`) carrying its text, e.g. the TLS alert's. The original
    is the ``__cause__``. ``None``: not an HTTP failure (a local bug, a file's error, or already
    a :class:`~fedn.errors.FednError`): re-raise it.
    """
    last = LAST_RESPONSE.get()
    error: FednError
    if isinstance(err, httpx.InvalidURL | httpx.LocalProtocolError | h11.LocalProtocolError):
        error = local_error(err, secrets)
    elif isinstance(err, httpx.DecodingError | httpx.TooManyRedirects) and last is not None:
        error = answer_error(err, last, secrets)
    elif isinstance(err, httpx.RequestError):
        return transport_failure(err, secrets, method)
    elif isinstance(err, h11.ProtocolError):
        kind = type(err).__name__
        error = APIConnectionError(f"h11.{kind}: {scrub(str(err), secrets) or kind}", method=method)
    elif is_network_oserror(err):
        return socket_failure(err, secrets, method)
    else:
        return None
    error.__cause__ = err
    if error.status_code is not None:
        return status_failure(error, method)
    return Failed(error, Attempt(method=method, url=error.url, reason=type(err).__name__))


def socket_failure(err: OSError, secrets: Sequence[str], method: str | None) -> Failed:
    """The failed attempt for a connection's ``OSError`` that escaped httpx (:func:`is_network_oserror`).

    An :class:`~fedn.errors.APIConnectionError` (:class:`~fedn.errors.APITimeoutError` for a
    ``TimeoutError``) with the error's own text (a TLS alert's, e.g. "tlsv13 alert certificate
    required"), naming the request the hook saw go out; retried as httpx's ``ReadError`` is.
    """
    request = LAST_REQUEST.get()
    kind = (
        type(err).__name__
        if type(err).__module__ == "builtins"
        else f"{type(err).__module__}.{type(err).__name__}"
    )
    cls = APITimeoutError if isinstance(err, TimeoutError) else APIConnectionError
    method = request.method if request is not None else method
    url = safe_url(request.url) if request is not None else None
    error = cls(f"{kind}: {scrub(str(err), secrets) or kind}", method=method, url=url)
    error.__cause__ = err
    return Failed(error, Attempt(method=method, url=url, transport=True, reason=kind))


def call_failure(step: Call[Any], err: Exception, secrets: Sequence[str]) -> Failed | None:
    """Map an exception escaping a generated operation; ``None``: a local bug, re-raise it."""
    failed = exchange_failure(err, secrets, None)
    if failed is not None:
        return failed
    if isinstance(err, InvalidPathParameterError):
        # the plans check their ids first (fedn._operations._path_id); this is the generated
        # layer's own refusal of a "." or ".." path segment, raised before any request
        error = InvalidInputError(f"{step.name}: {err}")
        error.__cause__ = err
        return Failed(error, Attempt(method=None, url=None, reason=type(err).__name__))
    # Once the answer has arrived the generated code only parses it: whatever it raises then (a
    # KeyError, a RecursionError from JSON nested 1,500 levels deep, ...) is an answer this
    # client cannot read. Before any answer it is a local bug: re-raised.
    mapped = parse_failure(err, step.name, LAST_RESPONSE.get(), secrets)
    if mapped is None:
        return None
    mapped.__cause__ = err
    return status_failure(mapped, None)


def upload_failure(failed: Failed, step: Upload[Any]) -> Failed:
    """``failed``, its message saying what a connection broken during an upload can be.

    A server that refuses an upload before reading all of it (413 Request Entity Too Large, a
    proxy's size limit) answers and closes the connection. Both clients send uploads through
    httpx's blocking transport by default, which reads that answer (an
    :class:`~fedn.errors.APIStatusError` with the status); this error is what remains when no
    answer could be read: none was sent, TLS lost the race to read it (docs/reliability.md), or
    a transport of the caller's (an asyncio one drops the answer with the socket) lost it. The
    error stays an :class:`~fedn.errors.APIConnectionError` (same cause, same retry rules).
    """
    error = failed.error
    if type(error) is not APIConnectionError or not isinstance(error.__cause__, _BROKEN_CONNECTION):
        return failed
    kind = type(error.__cause__).__name__
    said = "" if error.message == f"{kind}: {kind}" else error.message.removeprefix(f"{kind}: ")
    explained = APIConnectionError(
        f"{kind}: the connection broke before the answer to the upload of {step.file_name!r} was read"
        f"{f' ({said})' if said else ''}. A server that refuses an upload before reading all of it "
        "(e.g. 413 Request Entity Too Large) closes the connection like this, and its answer could "
        "not be read (over TLS, or through an asyncio transport, it can be lost with the connection)",
        method=error.method,
        url=error.url,
    )
    explained.__cause__ = error.__cause__
    return Failed(explained, failed.attempt)


def finish_call(step: Call[R], response: Response[Any], secrets: Sequence[str]) -> R:
    """The checked result of a generated call, or its :class:`Failed` attempt."""
    try:
        return unwrap(response, step.check, operation=step.name, last=LAST_RESPONSE.get(), secrets=secrets)
    except FednError as err:
        raise status_failure(err, None) from None


def finish_upload(step: Upload[R], response: httpx.Response, secrets: Sequence[str]) -> R:
    """The checked JSON answer of an upload, or its :class:`Failed` attempt."""
    if response.status_code >= 400:
        raise status_failure(status_error(response, secrets), "POST")
    return check_json(response, step.check, secrets)


class Driver:
    """What both drivers share: the generated client, secrets, retry policy and timeout."""

    def __init__(
        self,
        generated: AuthenticatedClient,
        secrets: Sequence[str] = (),
        *,
        policy: RetryPolicy | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        self._generated = generated
        self._secrets = secrets if isinstance(secrets, Secrets) else Secrets(secrets)
        self.policy = policy if policy is not None else RetryPolicy()
        self.timeout = timeout

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated client this driver calls through."""
        return self._generated

    @property
    def secrets(self) -> Secrets:
        """Strings never to show in an error (the token); masked in its own repr."""
        return self._secrets

    def next_wait(self, failed: Failed, retries: int) -> float:
        """Seconds before the next attempt; raises the failure's error when there is none."""
        wait = self.policy.delay(failed.attempt, retries)
        if wait is None:
            raise failed.error from failed.error.__cause__
        self.policy.log_retry(failed.attempt, retries, wait)
        return wait
