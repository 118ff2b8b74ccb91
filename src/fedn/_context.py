"""The per-request context a driver sets and the httpx event hooks read (context variables).

The generated operations build their own requests, so per-call settings reach them through
httpx event hooks installed on the clients' ``httpx.Client``/``httpx.AsyncClient``:

* the *call timeout*: a driver made by ``with_options(timeout=...)`` sets it for its steps and
  :func:`apply_call_timeout` writes it into each request (httpx reads a request's timeout from
  ``request.extensions["timeout"]`` when sending it);
* the *last response*: :func:`remember_response` records every answer, so that an error found
  while the generated code parsed it can still name the method, URL and body;
* the *last request*: :func:`remember_request` records every request as it is sent, so that an
  error the HTTP stack raised without naming its request (an ``ssl.SSLError``) can name it.

Context variables keep concurrent calls (threads of a paged iteration, asyncio tasks) apart.
"""

from __future__ import annotations

import contextvars

import httpx

__all__ = [
    "CALL_TIMEOUT",
    "LAST_REQUEST",
    "LAST_RESPONSE",
    "apply_call_timeout",
    "apply_call_timeout_async",
    "remember_request",
    "remember_request_async",
    "remember_response",
    "remember_response_async",
]

#: The last HTTP exchange of the current thread/task.
LAST_RESPONSE: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "fedn_last_response", default=None
)

#: The last request sent by the current thread/task.
LAST_REQUEST: contextvars.ContextVar[httpx.Request | None] = contextvars.ContextVar(
    "fedn_last_request", default=None
)

#: The timeout of the driver running the current step; ``None`` keeps the httpx client's own.
CALL_TIMEOUT: contextvars.ContextVar[httpx.Timeout | None] = contextvars.ContextVar(
    "fedn_call_timeout", default=None
)


def remember_response(response: httpx.Response) -> None:
    """httpx ``response`` event hook (sync clients): record the exchange for error reports."""
    LAST_RESPONSE.set(response)


async def remember_response_async(response: httpx.Response) -> None:
    """httpx ``response`` event hook for ``httpx.AsyncClient``."""
    LAST_RESPONSE.set(response)


def remember_request(request: httpx.Request) -> None:
    """httpx ``request`` event hook (sync clients): record the request for error reports."""
    LAST_REQUEST.set(request)


async def remember_request_async(request: httpx.Request) -> None:
    """httpx ``request`` event hook for ``httpx.AsyncClient``."""
    LAST_REQUEST.set(request)


def apply_call_timeout(request: httpx.Request) -> None:
    """httpx ``request`` event hook (sync clients): use the running driver's timeout, if any."""
    timeout = CALL_TIMEOUT.get()
    if timeout is not None:
        request.extensions["timeout"] = timeout.as_dict()


async def apply_call_timeout_async(request: httpx.Request) -> None:
    """httpx ``request`` event hook for ``httpx.AsyncClient``."""
    apply_call_timeout(request)
