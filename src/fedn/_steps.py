"""What a plan asks for: the step types, and the typed builders plans use to yield them.

Every public method of the clients is written once, as a *plan* (:mod:`fedn._operations`): a
generator that yields steps (what to do) and receives their results (what came back). A plan
never touches the network, the clock or a file's bytes; a driver (:mod:`fedn._io_sync`,
:mod:`fedn._io_async`) performs each step and sends the result back, or throws the step's
:class:`~fedn.errors.FednError` into the plan (so a plan may catch a ``NotFoundError`` and fall
back, as ``get_session`` does from an id to a name).

* :class:`Call` -- one generated operation (``fedn_api.api.<tag>.<op>.operation``, sans-IO: it
  builds the request and parses the answer); the driver sends the request and returns
  ``check(parsed)``, the parsed answer after :func:`fedn._responses.unwrap`.
* :class:`Upload` / :class:`Download` -- the streamed multipart upload and the atomic streamed
  download (:mod:`fedn._transfer`), the only hand-written HTTP.
* :class:`Sleep` -- a pause between polls.

Plans build steps with :func:`call`, :func:`call_list`, :func:`upload`, :func:`download` and
:func:`sleep` (and :func:`perform` for a collection's ready-made list and count steps), e.g.
``model = yield from call(get_model.operation, Model, id=x)``; the value comes back typed as
``Model`` because the driver returns exactly what the step's check gave. The arguments are
checked against the generated operation's own parameters (a ``ParamSpec``): a parameter renamed
or retyped in the spec fails ``mypy --strict`` where a plan calls it.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, cast

from fedn._progress import require_tqdm
from fedn_api.types import Operation, Response

if TYPE_CHECKING:
    import httpx

__all__ = [
    "Call",
    "Download",
    "DownloadInfo",
    "Plan",
    "Requestable",
    "Sleep",
    "Step",
    "UnexpectedShape",
    "Upload",
    "call",
    "call_list",
    "download",
    "instance_of",
    "list_of",
    "perform",
    "sleep",
    "upload",
]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class UnexpectedShape(Exception):
    """Raised by a step's ``check`` when the parsed answer is not of the expected type."""


class Requestable(Protocol):
    """What a :class:`Call` needs of an operation: a generated ``operation``
    (:class:`fedn_api.types.Operation`) or a collection's list and count operations."""

    @property
    def name(self) -> str: ...

    def build(self, *args: Any, **kwargs: Any) -> dict[str, Any]: ...

    def parse(self, response: httpx.Response, raise_on_unexpected_status: bool = ...) -> Response[Any]: ...


@dataclass(frozen=True, slots=True)
class Call(Generic[R]):
    """Run one generated operation with ``args``/``kwargs``; the driver returns ``check(parsed)``.

    Made by :func:`call` and :func:`call_list`, which check the arguments against the operation's
    parameters, or by :class:`fedn._paging.Collection`, whose list and count operations all take
    the same ones.
    """

    operation: Requestable
    check: Callable[[object], R]
    args: tuple[object, ...] = ()
    kwargs: Mapping[str, object] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The operation's name (its module name), e.g. ``"get_model"``."""
        return self.operation.name

    def request(self) -> dict[str, Any]:
        """The request: keyword arguments for ``httpx.Client.request``, built by the operation."""
        return self.operation.build(*self.args, **self.kwargs)


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
class DownloadInfo:
    """What a finished download wrote: final path, size in bytes, SHA-256 (hex)."""

    path: Path
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Sleep:
    """Pause for ``seconds``."""

    seconds: float


Step = Call[Any] | Upload[Any] | Download | Sleep
Plan = Generator[Step, object, T]


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


def json_object(parse: Callable[[Any], T]) -> Callable[[object], T]:
    """A check for a decoded JSON answer: it must be an object that ``parse`` accepts."""

    def check(value: object) -> T:
        if not isinstance(value, dict):
            raise UnexpectedShape(f"expected a JSON object, got {type(value).__name__}")
        try:
            return parse(value)
        except (KeyError, TypeError, ValueError) as err:
            raise UnexpectedShape(f"unexpected JSON object: {err!r}") from err

    return check


def call(operation: Operation[P, Any], expect: type[T], /, *args: P.args, **kwargs: P.kwargs) -> Plan[T]:
    """Yield one generated call and return its parsed result, typed as ``expect``.

    ``args`` and ``kwargs`` are the operation's own parameters (``UNSET`` leaves one out), checked
    by mypy and pyright against the generated signature.

    Example (inside a plan)::

        model = yield from call(get_model.operation, Model, id=model_id)
    """
    result = yield Call(operation, instance_of(expect), args, kwargs)
    return cast(T, result)


def call_list(
    operation: Operation[P, Any], item: type[T], /, *args: P.args, **kwargs: P.kwargs
) -> Plan[list[T]]:
    """Like :func:`call` for operations answering a bare JSON array of ``item``."""
    result = yield Call(operation, list_of(item), args, kwargs)
    return cast(list[T], result)


def perform(step: Call[T]) -> Plan[T]:
    """Yield a ready-made :class:`Call` (a collection's list or count step) and return its result."""
    result = yield step
    return cast(T, result)


def upload(
    url: str,
    path: Path,
    data: Mapping[str, str],
    expect: Callable[[Any], T],
    *,
    file_name: str | None = None,
    progress: bool = False,
) -> Plan[T]:
    """Yield a streamed multipart upload; ``expect`` maps the JSON answer (e.g. ``Message.from_dict``).

    ``progress=True`` needs tqdm: without it this raises before any request.
    """
    if progress:
        require_tqdm()
    result = yield Upload(
        url, path, file_name or path.name, data, json_object(expect), progress=bool(progress)
    )
    return cast(T, result)


def download(
    url: str,
    target: Path,
    params: Mapping[str, str] | None = None,
    expected_sha256: str | None = None,
    *,
    progress: bool = False,
) -> Plan[DownloadInfo]:
    """Yield an atomic streamed download and return what was written (tqdm checked as for uploads)."""
    if progress:
        require_tqdm()
    result = yield Download(url, target, dict(params or {}), expected_sha256, progress=bool(progress))
    return cast(DownloadInfo, result)


def sleep(seconds: float) -> Plan[None]:
    """Yield a pause."""
    yield Sleep(seconds)
