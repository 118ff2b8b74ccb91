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

:class:`SyncDriver` and :class:`AsyncDriver` run every plan unchanged; they differ only in how
they wait (blocking vs ``await``). Both retry a failed step according to one shared
:class:`~fedn._retry.RetryPolicy` (a plan never sees a retried failure, only the final error)
and apply their timeout to every request through an httpx request hook, so
``client.with_options(timeout=..., max_retries=...)`` needs no change to any plan or method.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx

from fedn import _files, _progress
from fedn._files import DownloadInfo
from fedn._retry import Attempt, RetryPolicy, never_sent, parse_retry_after
from fedn.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ChecksumMismatchError,
    FednError,
    make_status_error,
    safe_url,
    scrub,
)

if TYPE_CHECKING:
    from fedn_api.client import AuthenticatedClient
    from fedn_api.types import Response

__all__ = [
    "AsyncDriver",
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
    progress: bool = False


@dataclass(frozen=True, slots=True)
class Download:
    """GET a file, stream it to a temporary file beside ``target``, rename it into place."""

    url: str
    target: Path
    params: Mapping[str, str] = field(default_factory=dict)
    expected_sha256: str | None = None
    progress: bool = False


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
    progress: bool = False,
) -> Generator[Step, object, T]:
    """Yield a streamed multipart upload; ``expect`` maps the JSON answer (e.g. ``Message.from_dict``)."""
    if progress:
        _progress.require_tqdm()
    result = yield Upload(
        url, path, file_name or path.name, data, _json_object(expect), progress=bool(progress)
    )
    return cast(T, result)


def download(
    url: str,
    target: Path,
    params: Mapping[str, str] | None = None,
    expected_sha256: str | None = None,
    *,
    progress: bool = False,
) -> Generator[Step, object, DownloadInfo]:
    """Yield an atomic streamed download and return what was written."""
    if progress:
        _progress.require_tqdm()
    result = yield Download(url, target, dict(params or {}), expected_sha256, progress=bool(progress))
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


def _request_of(err: httpx.RequestError) -> httpx.Request | None:
    """The request an httpx error belongs to (httpx raises RuntimeError when it has none)."""
    try:
        return err.request
    except RuntimeError:
        return None


def _body_excerpt(content: bytes, secrets: Sequence[str]) -> str:
    """The start of an answer's body for an error report, secrets masked."""
    return scrub(content[:200].decode("utf-8", errors="replace"), secrets)


def transport_error(err: httpx.RequestError, secrets: Sequence[str]) -> APIConnectionError:
    """The :class:`~fedn.errors.APIConnectionError` for an httpx transport failure."""
    cls = APITimeoutError if isinstance(err, httpx.TimeoutException) else APIConnectionError
    request = _request_of(err)
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
            body=_body_excerpt(response.content, secrets),
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
        body=_body_excerpt(last.content, secrets),
    )


# --------------------------------------------------------------------------------------------
# Per-call settings: timeout (applied by a request hook) and the retry bookkeeping

#: The timeout of the driver running the current step; ``None`` keeps the httpx client's own.
_CALL_TIMEOUT: contextvars.ContextVar[httpx.Timeout | None] = contextvars.ContextVar(
    "fedn_call_timeout", default=None
)


def apply_call_timeout(request: httpx.Request) -> None:
    """httpx ``request`` event hook (sync clients): use the running driver's timeout, if any.

    httpx reads the timeout of a request from ``request.extensions["timeout"]`` when it sends
    it, so a hook can set it for requests the generated code builds (which take no timeout).
    """
    timeout = _CALL_TIMEOUT.get()
    if timeout is not None:
        request.extensions["timeout"] = timeout.as_dict()


async def apply_call_timeout_async(request: httpx.Request) -> None:
    """httpx ``request`` event hook for ``httpx.AsyncClient``."""
    apply_call_timeout(request)


class _Failed(Exception):
    """One failed attempt: the error to raise and what the retry rules need to know."""

    def __init__(self, error: FednError, attempt: Attempt) -> None:
        super().__init__(str(error))
        self.error = error
        self.attempt = attempt


_RETRYABLE_TRANSPORT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


def _transport_failure(err: httpx.RequestError, secrets: Sequence[str], method: str | None) -> _Failed:
    request = _request_of(err)
    retryable = isinstance(err, _RETRYABLE_TRANSPORT)
    attempt = Attempt(
        method=request.method if request is not None else method,
        url=safe_url(request.url) if request is not None else None,
        sent=not never_sent(err),
        transport=retryable,
        reason=type(err).__name__,
    )
    error = transport_error(err, secrets)
    error.__cause__ = err
    return _Failed(error, attempt)


def _status_failure(error: FednError, method: str | None) -> _Failed:
    """An error raised after an HTTP answer; the answer's headers come from the response hook."""
    last = _LAST_RESPONSE.get()
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
    return _Failed(error, attempt)


def _call_exception(step: Call[Any], err: Exception, secrets: Sequence[str]) -> _Failed | None:
    """Map an exception escaping a generated operation; ``None``: a local bug, re-raise it."""
    if isinstance(err, httpx.RequestError):
        return _transport_failure(err, secrets, None)
    if isinstance(err, KeyError | TypeError | ValueError | AttributeError):
        mapped = parse_failure(err, step.name, _LAST_RESPONSE.get(), secrets)
        if mapped is not None:
            mapped.__cause__ = err
            return _status_failure(mapped, None)
    return None


def _finish_call(step: Call[R], response: Response[Any], secrets: Sequence[str]) -> R:
    try:
        return unwrap(response, step.check, operation=step.name, last=_LAST_RESPONSE.get(), secrets=secrets)
    except FednError as err:
        raise _status_failure(err, None) from None


def _finish_upload(step: Upload[R], response: httpx.Response, secrets: Sequence[str]) -> R:
    if response.status_code >= 400:
        raise _status_failure(status_error(response, secrets), "POST")
    return _files.check_json(response, step.check, secrets)


class _Driver:
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
        self._secrets = tuple(s for s in secrets if s)
        self.policy = policy if policy is not None else RetryPolicy()
        self.timeout = timeout

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated client this driver calls through."""
        return self._generated

    @property
    def secrets(self) -> tuple[str, ...]:
        """Strings never to show in an error (the token)."""
        return self._secrets

    def _next_wait(self, failed: _Failed, retries: int) -> float:
        """Seconds before the next attempt; raises the failure's error when there is none."""
        wait = self.policy.delay(failed.attempt, retries)
        if wait is None:
            raise failed.error from failed.error.__cause__
        self.policy.log_retry(failed.attempt, retries, wait)
        return wait


# --------------------------------------------------------------------------------------------
# The synchronous driver


class SyncDriver(_Driver):
    """Runs plans with blocking I/O on one generated client (and its one httpx client).

    Each step is retried according to ``policy`` (see :mod:`fedn._retry`); ``timeout``, when
    given, replaces the httpx client's timeout for the requests of this driver.
    """

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
        sleep = self.policy.sync_sleep()
        if isinstance(step, Sleep):
            sleep(step.seconds)
            return None
        retries = 0
        while True:
            timeout_token = _CALL_TIMEOUT.set(self.timeout)
            response_token = _LAST_RESPONSE.set(None)
            try:
                return self._attempt(step)
            except _Failed as failed:
                wait = self._next_wait(failed, retries)
            finally:
                _LAST_RESPONSE.reset(response_token)
                _CALL_TIMEOUT.reset(timeout_token)
            sleep(wait)
            retries += 1

    def _attempt(self, step: Call[Any] | Upload[Any] | Download) -> object:
        if isinstance(step, Call):
            logger.debug("fedn: calling %s", step.name)
            try:
                response = step.operation.sync_detailed(client=self._generated, **step.kwargs)
            except Exception as err:
                failed = _call_exception(step, err, self._secrets)
                if failed is None:
                    raise
                raise failed from err
            return _finish_call(step, response, self._secrets)
        http = self._generated.get_httpx_client()
        method = "POST" if isinstance(step, Upload) else "GET"
        try:
            if isinstance(step, Upload):
                return _finish_upload(step, _files.upload_sync(http, step), self._secrets)
            return _files.download_sync(http, step, self._secrets)
        except httpx.RequestError as err:
            raise _transport_failure(err, self._secrets, method) from err
        except (APIStatusError, ChecksumMismatchError) as err:
            raise _status_failure(err, method) from err.__cause__


# --------------------------------------------------------------------------------------------
# The asynchronous driver


class AsyncDriver(_Driver):
    """The async twin of :class:`SyncDriver`: the same loop, the same plans, ``await`` for I/O."""

    async def run(self, plan: Plan[T]) -> T:
        """Drive ``plan`` to completion and return its value."""
        try:
            step = next(plan)
            while True:
                try:
                    result = await self._perform(step)
                except FednError as err:
                    step = plan.throw(err)
                else:
                    step = plan.send(result)
        except StopIteration as stop:
            return cast(T, stop.value)
        finally:
            plan.close()

    async def _perform(self, step: Step) -> object:
        sleep = self.policy.async_sleeper()
        if isinstance(step, Sleep):
            await sleep(step.seconds)
            return None
        retries = 0
        while True:
            timeout_token = _CALL_TIMEOUT.set(self.timeout)
            response_token = _LAST_RESPONSE.set(None)
            try:
                return await self._attempt(step)
            except _Failed as failed:
                wait = self._next_wait(failed, retries)
            finally:
                _LAST_RESPONSE.reset(response_token)
                _CALL_TIMEOUT.reset(timeout_token)
            await sleep(wait)
            retries += 1

    async def _attempt(self, step: Call[Any] | Upload[Any] | Download) -> object:
        if isinstance(step, Call):
            logger.debug("fedn: calling %s", step.name)
            try:
                response = await step.operation.asyncio_detailed(client=self._generated, **step.kwargs)
            except Exception as err:
                failed = _call_exception(step, err, self._secrets)
                if failed is None:
                    raise
                raise failed from err
            return _finish_call(step, response, self._secrets)
        http = self._generated.get_async_httpx_client()
        method = "POST" if isinstance(step, Upload) else "GET"
        try:
            if isinstance(step, Upload):
                return _finish_upload(step, await _files.upload_async(http, step), self._secrets)
            return await _files.download_async(http, step, self._secrets)
        except httpx.RequestError as err:
            raise _transport_failure(err, self._secrets, method) from err
        except (APIStatusError, ChecksumMismatchError) as err:
            raise _status_failure(err, method) from err.__cause__
