"""The one generic mechanism: sans-IO plans, executed by a driver.

Every public method of :class:`fedn.APIClient` is written once, as a *plan*: a generator that
yields :class:`Step` objects (what to do) and receives their results (what came back). A plan
never touches the network, the clock or the file system's streams; a *driver* does:

* :class:`Call` -- one generated operation (``fedn_api.api.<tag>.<op>``). The sync driver runs
  ``op.sync_detailed(client=..., **kwargs)``, an async driver ``await op.asyncio_detailed(...)``.
  Either hands the ``Response`` to :func:`unwrap`, the single place that turns a status >= 400,
  an undocumented status or an unparsable body into a :class:`~fedn.errors.FednError`, and that
  checks the parsed value's type (``Call.check``) before the plan sees it.
* :class:`Upload` / :class:`Download` -- the only hand-written HTTP: streamed multipart uploads
  and atomic streamed downloads (see :mod:`fedn._files`), through the same httpx client.
* :class:`Sleep` -- pause between polls (``time.sleep`` here, ``asyncio.sleep`` in async).

Errors raised by a step are thrown *into* the plan (``generator.throw``), so a plan may catch a
:class:`~fedn.errors.NotFoundError` and fall back (``get_session`` by id, then by name).

Plans build their steps with the typed helpers :func:`call`, :func:`call_list`, :func:`upload`,
:func:`download` and :func:`sleep`, used as ``model = yield from call(get_model, Model, id=x)``;
the value comes back typed (``Model``) because the driver returns exactly what ``check`` gave.

An async client (issue 6) reuses every plan unchanged and only adds ``AsyncDriver.run`` (the
same loop with ``await``) plus async variants of the two transfer functions.
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from fedn import _files
from fedn._files import DownloadInfo
from fedn.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    FednError,
    make_status_error,
    safe_url,
    scrub,
)

if TYPE_CHECKING:
    from fedn_api.client import AuthenticatedClient
    from fedn_api.types import Response

__all__ = [
    "Call",
    "Download",
    "DownloadInfo",
    "Plan",
    "Sleep",
    "Step",
    "SyncDriver",
    "Upload",
    "call",
    "call_list",
    "download",
    "sleep",
    "unwrap",
    "upload",
]

logger = logging.getLogger("fedn")

R = TypeVar("R")
T = TypeVar("T")


class UnexpectedShape(Exception):
    """Raised by a ``check`` when the parsed value is not of the expected type."""


# --------------------------------------------------------------------------------------------
# Steps


@dataclass(frozen=True, slots=True)
class Call(Generic[R]):
    """Run one generated operation; the driver returns ``check(parsed)``."""

    operation: ModuleType
    check: Callable[[object], R]
    kwargs: Mapping[str, object] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The operation's name (its module name), e.g. ``"get_model"``."""
        return self.operation.__name__.rsplit(".", 1)[-1]


@dataclass(frozen=True, slots=True)
class Upload(Generic[R]):
    """POST one file as multipart/form-data, streamed; the driver returns ``check(json body)``."""

    url: str
    path: Path
    file_name: str
    data: Mapping[str, str]
    check: Callable[[object], R]
    field_name: str = "file"


@dataclass(frozen=True, slots=True)
class Download:
    """GET a file, stream it to a temporary file beside ``target``, rename it into place."""

    url: str
    target: Path
    params: Mapping[str, str] = field(default_factory=dict)
    expected_sha256: str | None = None


@dataclass(frozen=True, slots=True)
class Sleep:
    """Pause for ``seconds``."""

    seconds: float


Step = Call[Any] | Upload[Any] | Download | Sleep
Plan = Generator[Step, object, T]


# --------------------------------------------------------------------------------------------
# Typed step builders used inside plans


def instance_of(cls: type[T]) -> Callable[[object], T]:
    """A check accepting only instances of ``cls``."""

    def check(value: object) -> T:
        if not isinstance(value, cls):
            raise UnexpectedShape(f"expected {cls.__name__}, got {type(value).__name__}")
        return value

    return check


def list_of(cls: type[T]) -> Callable[[object], list[T]]:
    """A check accepting only a list whose items are all instances of ``cls``."""

    def check(value: object) -> list[T]:
        if not isinstance(value, list) or not all(isinstance(item, cls) for item in value):
            raise UnexpectedShape(f"expected a list of {cls.__name__}")
        return cast(list[T], value)

    return check


def call(operation: ModuleType, expect: type[T], /, **kwargs: object) -> Generator[Step, object, T]:
    """Yield one generated call and return its parsed result, typed as ``expect``.

    Arguments whose value is ``None`` are left out (the generated default, ``UNSET``, applies).

    Example (inside a plan)::

        model = yield from call(get_model, Model, id=model_id)
    """
    result = yield Call(operation, instance_of(expect), _drop_none(kwargs))
    return cast(T, result)


def call_list(operation: ModuleType, item: type[T], /, **kwargs: object) -> Generator[Step, object, list[T]]:
    """Like :func:`call` for operations answering a bare JSON array of ``item``."""
    result = yield Call(operation, list_of(item), _drop_none(kwargs))
    return cast(list[T], result)


def upload(
    url: str,
    path: Path,
    data: Mapping[str, str],
    expect: Callable[[Any], T],
    *,
    file_name: str | None = None,
) -> Generator[Step, object, T]:
    """Yield a streamed multipart upload; ``expect`` maps the JSON answer (e.g. ``Message.from_dict``)."""
    result = yield Upload(url, path, file_name or path.name, data, _json_object(expect))
    return cast(T, result)


def download(
    url: str,
    target: Path,
    params: Mapping[str, str] | None = None,
    expected_sha256: str | None = None,
) -> Generator[Step, object, DownloadInfo]:
    """Yield an atomic streamed download and return what was written."""
    result = yield Download(url, target, dict(params or {}), expected_sha256)
    return cast(DownloadInfo, result)


def sleep(seconds: float) -> Generator[Step, object, None]:
    """Yield a pause."""
    yield Sleep(seconds)


def _drop_none(kwargs: Mapping[str, object]) -> dict[str, object]:
    return {key: value for key, value in kwargs.items() if value is not None}


def _json_object(parse: Callable[[Any], T]) -> Callable[[object], T]:
    def check(value: object) -> T:
        if not isinstance(value, dict):
            raise UnexpectedShape(f"expected a JSON object, got {type(value).__name__}")
        try:
            return parse(value)
        except (KeyError, TypeError, ValueError) as err:
            raise UnexpectedShape(f"unexpected JSON object: {err!r}") from err

    return check


# --------------------------------------------------------------------------------------------
# The single unwrap, shared by every driver

#: The last HTTP exchange of the current thread/task, recorded by an httpx response hook so
#: that :func:`unwrap` can report method, URL and body even when generated parsing failed.
_LAST_RESPONSE: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "fedn_last_response", default=None
)


def remember_response(response: httpx.Response) -> None:
    """httpx ``response`` event hook (sync clients): record the exchange for error reports."""
    _LAST_RESPONSE.set(response)


async def remember_response_async(response: httpx.Response) -> None:
    """httpx ``response`` event hook for ``httpx.AsyncClient``."""
    _LAST_RESPONSE.set(response)


def status_error(response: httpx.Response, secrets: Sequence[str]) -> APIStatusError:
    """The :class:`~fedn.errors.APIStatusError` for a (read) httpx response."""
    request = response.request
    return make_status_error(
        response.status_code,
        response.content,
        reason=response.reason_phrase or None,
        method=request.method,
        url=safe_url(request.url),
        secrets=secrets,
    )


def transport_error(err: httpx.RequestError, secrets: Sequence[str]) -> APIConnectionError:
    """The :class:`~fedn.errors.APIConnectionError` for an httpx transport failure."""
    cls = APITimeoutError if isinstance(err, httpx.TimeoutException) else APIConnectionError
    try:
        request: httpx.Request | None = err.request
    except RuntimeError:
        request = None
    kind = type(err).__name__
    detail = scrub(str(err), secrets) or kind
    return cls(
        f"{kind}: {detail}",
        method=request.method if request is not None else None,
        url=safe_url(request.url) if request is not None else None,
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

    Status >= 400 raises the status's class (whatever the generated code parsed); a 1xx-3xx
    status, a missing parsed value or a value of the wrong type raises
    :class:`~fedn.errors.APIStatusError`.
    """
    status = int(response.status_code)
    method = last.request.method if last is not None else None
    url = safe_url(last.request.url) if last is not None else None
    if status >= 400:
        reason = last.reason_phrase if last is not None else None
        raise make_status_error(
            status, response.content, reason=reason, method=method, url=url, secrets=secrets
        )
    try:
        return check(response.parsed)
    except UnexpectedShape as err:
        raise APIStatusError(
            f"unexpected answer to {operation} (HTTP {status}): {err}",
            status_code=status,
            method=method,
            url=url,
            body=scrub(response.content[:200].decode("utf-8", errors="replace"), secrets),
        ) from None


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
    return APIStatusError(
        f"could not parse the answer to {operation}: {type(err).__name__}: {scrub(str(err), secrets)}",
        status_code=last.status_code,
        method=last.request.method,
        url=safe_url(last.request.url),
        body=scrub(last.content[:200].decode("utf-8", errors="replace"), secrets),
    )


# --------------------------------------------------------------------------------------------
# The synchronous driver


class SyncDriver:
    """Runs plans with blocking I/O on one generated client (and its one httpx client)."""

    def __init__(self, generated: AuthenticatedClient, secrets: Sequence[str] = ()) -> None:
        self._generated = generated
        self._secrets = tuple(s for s in secrets if s)

    def run(self, plan: Plan[T]) -> T:
        """Drive ``plan`` to completion and return its value."""
        try:
            step = next(plan)
            while True:
                try:
                    result = self._perform(step)
                except FednError as err:
                    step = plan.throw(err)
                else:
                    step = plan.send(result)
        except StopIteration as stop:
            return cast(T, stop.value)
        finally:
            plan.close()

    def _perform(self, step: Step) -> object:
        if isinstance(step, Call):
            return self._call(step)
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            return None
        http = self._generated.get_httpx_client()
        try:
            if isinstance(step, Upload):
                response = _files.upload_sync(http, step)
                if response.status_code >= 400:
                    raise status_error(response, self._secrets)
                return _files.check_json(response, step.check, self._secrets)
            return _files.download_sync(http, step, self._secrets)
        except httpx.RequestError as err:
            raise transport_error(err, self._secrets) from err

    def _call(self, step: Call[R]) -> R:
        operation = step.operation.sync_detailed
        token = _LAST_RESPONSE.set(None)
        try:
            logger.debug("fedn: calling %s", step.name)
            try:
                response = operation(client=self._generated, **step.kwargs)
            except httpx.RequestError as err:
                raise transport_error(err, self._secrets) from err
            except (KeyError, TypeError, ValueError, AttributeError) as err:
                mapped = parse_failure(err, step.name, _LAST_RESPONSE.get(), self._secrets)
                if mapped is None:
                    raise
                raise mapped from err
            return unwrap(
                response, step.check, operation=step.name, last=_LAST_RESPONSE.get(), secrets=self._secrets
            )
        finally:
            _LAST_RESPONSE.reset(token)
