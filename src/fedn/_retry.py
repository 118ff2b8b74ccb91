"""Retries and per-call settings, shared by the sync and the async driver.

One :class:`RetryPolicy` decides *whether* a failed attempt is retried and *how long* to wait;
the drivers (:mod:`fedn._drivers`, :mod:`fedn._io_sync`, :mod:`fedn._io_async`) only sleep and
try again. Plans never see a retry.

The rules:

* Retried at all: connection failures (refused, reset, DNS, TLS, timeouts, broken streams) and
  the policy's ``retry_statuses`` (429, 502, 503 and 504 unless you choose others). Every other
  status raises at once. ``wait_for_session`` also rides out these statuses between its polls.
* Idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried on any of the above.
* Non-idempotent methods (POST, PATCH) are retried only when the request certainly never
  reached the server: a connect error, a connect timeout or a pool timeout. A read timeout, a
  broken answer or a 5xx after a POST is never retried, because the server may have acted on it.
* Waits grow exponentially with *full jitter*: ``random() * min(max_delay,
  initial_delay * 2**attempt)``. A ``Retry-After`` header (seconds or an HTTP date) is honoured
  instead, capped at ``max_retry_after``; a longer wait is not attempted (the error is raised).
* ``max_retries`` retries at most (default 2; 0 disables retrying).

Each retry is logged at DEBUG on the ``"fedn"`` logger with the method, the URL (secret-looking
query values masked), the reason and the wait; never the token.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from fedn.errors import InvalidInputError

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_RETRY_STATUSES", "Attempt", "RetryPolicy"]

logger = logging.getLogger("fedn")

DEFAULT_MAX_RETRIES = 2
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
#: The statuses retried by default: too many requests, and a gateway's or an unavailable server's.
DEFAULT_RETRY_STATUSES = frozenset({429, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class Attempt:
    """What one failed attempt looked like, as far as the retry rules care.

    ``transport`` is True for a retryable transport failure (timeout, network error, broken
    answer); ``sent`` is False only when the request certainly never reached the server.
    """

    method: str | None
    url: str | None
    status: int | None = None
    transport: bool = False
    sent: bool = True
    retry_after: float | None = None
    reason: str = ""


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to retry; shared by :class:`~fedn.APIClient` and the async client.

    ``retry_statuses`` are the HTTP statuses worth another attempt (default
    :data:`DEFAULT_RETRY_STATUSES`: 429, 502, 503, 504); ``wait_for_session`` keeps polling
    through them too. ``random`` (a source of floats in [0, 1)), ``sleep`` and ``async_sleep`` are
    injectable for tests; ``None`` means :func:`time.sleep` / :func:`asyncio.sleep`.

    Example::

        policy = RetryPolicy(max_retries=5, initial_delay=0.2, max_delay=4.0)
        client = APIClient("localhost:8092", retry=policy)
        behind_a_proxy = RetryPolicy(retry_statuses=DEFAULT_RETRY_STATUSES | {500})

        >>> sorted(RetryPolicy(retry_statuses={503}).retry_statuses)
        [503]
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES
    random: Callable[[], float] = field(default=random.random, repr=False, compare=False)
    sleep: Callable[[float], None] | None = field(default=None, repr=False, compare=False)
    async_sleep: Callable[[float], Awaitable[None]] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if (
            isinstance(self.max_retries, bool)
            or not isinstance(self.max_retries, int)
            or self.max_retries < 0
        ):
            raise InvalidInputError(f"max_retries must be an integer >= 0, got {self.max_retries!r}")
        for name in ("initial_delay", "max_delay", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise InvalidInputError(f"{name} must be a number of seconds >= 0, got {value!r}")
        statuses: object = self.retry_statuses
        if not isinstance(statuses, set | frozenset) or not all(
            isinstance(code, int) and not isinstance(code, bool) and 100 <= code <= 599 for code in statuses
        ):
            raise InvalidInputError(f"retry_statuses must be a set of HTTP status codes, got {statuses!r}")
        object.__setattr__(self, "retry_statuses", frozenset(statuses))  # a set given is kept as frozen

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        """A copy with another ``max_retries``.

        Example::

            >>> RetryPolicy(max_delay=2.0).with_max_retries(0).max_retries
            0
        """
        return replace(self, max_retries=max_retries)

    def retryable(self, attempt: Attempt) -> bool:
        """Whether the rules allow retrying this kind of failure at all (ignoring the count).

        Example::

            >>> policy = RetryPolicy()
            >>> policy.retryable(Attempt("GET", "/api/v1/models/", status=503))
            True
            >>> policy.retryable(Attempt("POST", "/api/v1/sessions/", status=503))
            False
        """
        if not (attempt.transport or attempt.status in self.retry_statuses):
            return False
        if attempt.transport and not attempt.sent:
            return True
        return (attempt.method or "").upper() in IDEMPOTENT_METHODS

    def delay(self, failure: Attempt, retries_done: int) -> float | None:
        """Seconds to wait before retry number ``retries_done + 1``, or ``None``: do not retry.

        Example::

            >>> policy = RetryPolicy(max_retries=1, random=lambda: 0.5)
            >>> failure = Attempt("GET", "/api/v1/models/", status=503)
            >>> policy.delay(failure, 0), policy.delay(failure, 1)
            (0.25, None)
        """
        if retries_done >= self.max_retries or not self.retryable(failure):
            return None
        if failure.retry_after is not None:
            if failure.retry_after > self.max_retry_after:
                return None
            return max(failure.retry_after, 0.0)
        ceiling = min(self.max_delay, self.initial_delay * (2.0**retries_done))
        return float(self.random()) * ceiling

    def log_retry(self, failure: Attempt, retries_done: int, wait: float) -> None:
        """Log one retry at DEBUG (method, URL without secrets, reason, wait).

        Example::

            policy.log_retry(Attempt("GET", url, status=503, reason="HTTP 503"), 0, 0.4)
        """
        logger.debug(
            "fedn: retry %d/%d of %s %s after %s; waiting %.3f s",
            retries_done + 1,
            self.max_retries,
            failure.method or "?",
            failure.url or "?",
            failure.reason or "failure",
            wait,
        )

    def sync_sleep(self) -> Callable[[float], None]:
        """The blocking sleep to use (``sleep`` if given, else :func:`time.sleep`).

        Example::

            RetryPolicy(sleep=waits.append).sync_sleep()(0.5)  # records instead of sleeping
        """
        return self.sleep or time.sleep

    def async_sleeper(self) -> Callable[[float], Awaitable[None]]:
        """The async sleep to use (``async_sleep`` if given, else :func:`asyncio.sleep`).

        Example::

            await RetryPolicy().async_sleeper()(0.5)
        """
        if self.async_sleep is not None:
            return self.async_sleep
        import asyncio

        return asyncio.sleep


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), or ``None``.

    Example::

        >>> parse_retry_after("3")
        3.0
        >>> parse_retry_after("Fri, 27 Nov 2026 05:02:58 GMT", now=1795755773.0)
        5.0
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        current = time.time() if now is None else now
        return max(when.timestamp() - current, 0.0)
    if seconds != seconds or seconds < 0:  # NaN or negative
        return None
    return seconds


def never_sent(err: httpx.RequestError) -> bool:
    """True for transport errors raised before any byte of the request left this process."""
    import httpx

    return isinstance(err, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
