"""The plans behind every public method: request building and result mapping, written once.

Each function here has the same name and parameters as the public method it serves and returns
a :data:`fedn._steps.Plan` (a generator of steps). :class:`fedn.APIClient` runs them with the
sync driver; an async client runs the very same plans with an async driver. Nothing in this
module performs I/O.
"""

from __future__ import annotations

import inspect
import math
import time
import uuid
from collections.abc import Mapping, Set
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar, cast
from urllib.parse import quote

from fedn._file_checks import check_download_target, check_upload
from fedn._paging import (
    CLIENTS,
    COMBINERS,
    MODELS,
    PACKAGES,
    PREDICTIONS,
    ROUNDS,
    SESSIONS,
    STATUSES,
    VALIDATIONS,
    Collection,
    Page,
)
from fedn._progress import round_bar
from fedn._retry import DEFAULT_RETRY_STATUSES
from fedn._steps import Plan, call, call_list, download, perform, sleep, upload
from fedn.aggregators import AggregatorConfig, resolve_aggregator
from fedn.errors import (
    AmbiguousNameError,
    APIConnectionError,
    APIStatusError,
    BadRequestError,
    HTTPConflictError,
    InvalidInputError,
    NotFoundError,
    PreconditionConflictError,
    PreconditionNotFoundError,
    SessionTimeoutError,
)
from fedn.results import StartedSession
from fedn_api.api.attributes.create_attribute import operation as op_create_attribute
from fedn_api.api.attributes.get_current_attributes import operation as op_get_current_attributes
from fedn_api.api.clients.get_client import operation as op_get_client
from fedn_api.api.clients.get_client_config import operation as op_get_client_config
from fedn_api.api.combiners.get_combiner import operation as op_get_combiner
from fedn_api.api.control.get_controller_status import operation as op_get_controller_status
from fedn_api.api.helpers.get_active_helper import operation as op_get_active_helper
from fedn_api.api.helpers.set_active_helper import operation as op_set_active_helper
from fedn_api.api.models.count_models import operation as op_count_models
from fedn_api.api.models.get_model import operation as op_get_model
from fedn_api.api.models.get_model_ancestors import operation as op_get_model_ancestors
from fedn_api.api.packages.get_active_package import operation as op_get_active_package
from fedn_api.api.packages.get_package import operation as op_get_package
from fedn_api.api.packages.get_package_checksum import operation as op_get_package_checksum
from fedn_api.api.predictions.start_prediction import operation as op_start_prediction
from fedn_api.api.rounds.get_round import operation as op_get_round
from fedn_api.api.runs.list_runs import operation as op_list_runs
from fedn_api.api.sessions.create_session import operation as op_create_session
from fedn_api.api.sessions.get_session import operation as op_get_session
from fedn_api.api.sessions.start_session import operation as op_start_session
from fedn_api.api.sessions.start_splitlearning_session import operation as op_start_splitlearning_session
from fedn_api.api.statuses.get_status import operation as op_get_status
from fedn_api.api.validations.get_validation import operation as op_get_validation
from fedn_api.models import (
    Attribute,
    AttributeInput,
    Checksum,
    ClientConfig,
    ClientInfo,
    ClientList,
    Combiner,
    CombinerList,
    ControllerStatus,
    CurrentAttributes,
    CurrentAttributesRequest,
    HelperInput,
    Message,
    Model,
    ModelList,
    Package,
    PackageList,
    PredictionList,
    PredictionStart,
    Round,
    RoundList,
    RunList,
    Session,
    SessionConfigInput,
    SessionInput,
    SessionList,
    SessionStart,
    SplitLearningSessionStart,
    Status,
    StatusList,
    Validation,
    ValidationList,
)
from fedn_api.types import UNSET, JsonList, Operation, Unset

if TYPE_CHECKING:
    import os

    from tqdm import tqdm

P = ParamSpec("P")
T = TypeVar("T")

#: No filters (the default of every list and count plan).
NO_FILTERS: Mapping[str, object] = MappingProxyType({})

MODELS_URL = "/api/v1/models/"
PACKAGES_URL = "/api/v1/packages/"
FINISHED = "finished"
CREATED = "created"
TERMINAL_STATUSES = frozenset({"finished", "terminated"})
#: wait_for_session keeps polling through connection failures and the statuses its client's retry
#: policy retries (a controller restarting, a proxy in front of it: RetryPolicy.retry_statuses) for
#: up to OUTAGE_BUDGET seconds in a row (or until its own timeout), on top of the driver's retries
#: of each poll. The default of its ``outage_budget`` parameter.
OUTAGE_BUDGET = 120.0
#: continue_session returns once the controller has begun the added rounds (a new run of the
#: session exists), polling every CONTINUE_ACK_POLL s for at most CONTINUE_ACK_TIMEOUT s.
CONTINUE_ACK_TIMEOUT = 30.0
CONTINUE_ACK_POLL = 0.2
#: start_session(wait_for_idle=...) polls the controller's state every IDLE_POLL s, then returns
#: once the controller has begun the session (its status is no longer "Created"), polling every
#: CONTINUE_ACK_POLL s for at most START_ACK_TIMEOUT s.
IDLE_POLL = 1.0
START_ACK_TIMEOUT = 30.0
#: FEDn 0.30's SQL statestore bug is diagnosed when the controller says "monitoring" with no
#: session "Started" this many times in a row, STUCK_POLL s apart (FEDn 0.33 passes through that
#: state for milliseconds at the start and at the end of a session).
STUCK_CHECKS = 3
STUCK_POLL = 1.0
STUCK_CONTROLLER = (
    'the controller says "monitoring" but no session is "Started": this is FEDn 0.30\'s SQL-statestore '
    "bug (its run store has no update, so the controller's session thread died at the end of the last "
    'session and the state stays "monitoring"; every start is refused). Restart the controller, or '
    "upgrade the server to FEDn 0.31 or later"
)


def _opt(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def _limit(n_max: int | None) -> int | Unset:
    """FEDn's ``n_max``: ``None``/0 means no limit (sent as no X-Limit header), like upstream."""
    if n_max is None:
        return UNSET
    if isinstance(n_max, bool) or not isinstance(n_max, int) or n_max < 0:
        raise InvalidInputError(f"n_max must be a non-negative integer or None, got {n_max!r}")
    return n_max or UNSET


def _id(value: object, what: str = "id") -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidInputError(f"{what} must be a non-empty string, got {value!r}")
    return value


def _path_id(value: object, what: str = "id") -> str:
    """An id sent as a URL path segment: a non-empty string other than "." and "..".

    httpx drops "." and ".." segments from a URL (percent-encoding cannot protect them), so
    ``get_model("..")`` would reach ``GET /api/v1/`` and a delete another route. The generated
    layer refuses them too (``fedn_api.types.path_segment``); this check names the argument.
    """
    text = _id(value, what)
    if text in (".", ".."):
        raise InvalidInputError(
            f"{what} cannot be {text!r}: a '.' or '..' URL path segment is dropped from the URL "
            "and the request would reach another route"
        )
    return text


def _positive_int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInputError(f"{what} must be a positive integer, got {value!r}")
    return value


def _not_found(message: str) -> PreconditionNotFoundError:
    """A lookup the server answered with an empty list: no HTTP error, so no status."""
    return PreconditionNotFoundError(message)


def _listed(
    collection: Collection[Any],
    n_max: int | None,
    filters: Mapping[str, object],
    named: Mapping[str, object] = NO_FILTERS,
) -> Plan[Any]:
    """One list call as upstream makes it: ``n_max`` sent as X-Limit, ``named`` (upstream's named
    parameters: ``None`` and ``""`` mean no filter) and ``filters`` (any other filter the route
    takes) checked by the collection's rules and sent by the generated operation.
    """
    given = {name: value for name, value in named.items() if value is not None and value != ""}
    checked = collection.rules.check(given, filters)
    return (yield from perform(collection.list_call(checked, x_limit=_limit(n_max))))


def _counted(collection: Collection[Any], filters: Mapping[str, object]) -> Plan[int]:
    """The number of entities of ``collection`` matching ``filters`` (checked as for a list)."""
    return (yield from perform(collection.count_call(collection.rules.check(filters))))


def _newest(collection: Collection[T], filters: Mapping[str, object] = NO_FILTERS) -> Plan[Page[T]]:
    """The newest entity matching ``filters`` (a one-item page, latest ``committed_at`` first)."""
    step = collection.page_call(filters, x_limit=1, x_sort_key="committed_at", x_sort_order="desc")
    return (yield from perform(step))


def _by_id_or_name(
    get: Operation[[str], Any], entity: type[T], collection: Collection[T], id: str
) -> Plan[T]:
    """The entity with this id, else the one entity with this name (FEDn's docs and tests use names).

    The server's 404 for the id is raised when no entity has the name either; a name shared by
    several entities raises :class:`~fedn.errors.AmbiguousNameError` listing their ids.
    """
    key = _path_id(id)
    try:
        return (yield from call(get, entity, key))
    except NotFoundError as by_id:
        try:
            found = yield from perform(collection.page_call({"name": key}, x_limit=_AMBIGUITY_SHOWN))
        except NotFoundError:
            raise by_id from None
        if found.count == 1 and found.items:
            return found.items[0]
        if found.count > 1:
            ids = [str(collection.key_of(item)) for item in found.items]
            more = f" and {found.count - len(ids)} more" if found.count > len(ids) else ""
            raise AmbiguousNameError(
                f"{found.count} {collection.name} are named {key!r} "
                f"(ids {', '.join(ids)}{more}): pass an id instead",
                name=key,
                matches=ids,
            ) from None
        raise by_id from None


#: How many ids an AmbiguousNameError lists at most.
_AMBIGUITY_SHOWN = 10


# --- Clients -------------------------------------------------------------------------------


def get_client(id: str) -> Plan[ClientInfo]:
    return (yield from _by_id_or_name(op_get_client, ClientInfo, CLIENTS, id))


def get_clients(n_max: int | None = None, filters: Mapping[str, object] = NO_FILTERS) -> Plan[ClientList]:
    return cast(ClientList, (yield from _listed(CLIENTS, n_max, filters)))


def get_clients_count(filters: Mapping[str, object] = NO_FILTERS) -> Plan[int]:
    return (yield from _counted(CLIENTS, filters))


def get_client_config(checksum: bool = True) -> Plan[ClientConfig]:
    return (yield from call(op_get_client_config, ClientConfig, checksum=bool(checksum)))


def get_active_clients(
    combiner_id: str | None = None, n_max: int | None = None, filters: Mapping[str, object] = NO_FILTERS
) -> Plan[ClientList]:
    fixed = {CLIENTS.rules.key_of(name) for name in filters} & {"status", "combiner"}
    if fixed:
        raise InvalidInputError(
            f"get_active_clients lists the online clients (of combiner_id): it takes no {sorted(fixed)} "
            "filter; use get_clients(status=..., combiner=...)"
        )
    online = {"status": "online", "combiner": combiner_id}
    return cast(ClientList, (yield from _listed(CLIENTS, n_max, filters, online)))


# --- Combiners -----------------------------------------------------------------------------


def get_combiner(id: str) -> Plan[Combiner]:
    return (yield from _by_id_or_name(op_get_combiner, Combiner, COMBINERS, id))


def get_combiners(n_max: int | None = None, filters: Mapping[str, object] = NO_FILTERS) -> Plan[CombinerList]:
    return cast(CombinerList, (yield from _listed(COMBINERS, n_max, filters)))


def get_combiners_count(filters: Mapping[str, object] = NO_FILTERS) -> Plan[int]:
    return (yield from _counted(COMBINERS, filters))


# --- Controller ----------------------------------------------------------------------------


def get_controller_status() -> Plan[ControllerStatus]:
    return (yield from call(op_get_controller_status, ControllerStatus))


# --- Models --------------------------------------------------------------------------------


def get_model(id: str) -> Plan[Model]:
    return (yield from _by_id_or_name(op_get_model, Model, MODELS, id))


def get_models(
    session_id: str | None = None, n_max: int | None = None, filters: Mapping[str, object] = NO_FILTERS
) -> Plan[ModelList]:
    return cast(ModelList, (yield from _listed(MODELS, n_max, filters, {"session_id": session_id})))


def get_models_count(filters: Mapping[str, object] = NO_FILTERS) -> Plan[int]:
    return (yield from _counted(MODELS, filters))


def get_active_model() -> Plan[Model | None]:
    latest = yield from _newest(MODELS)
    return latest.items[0] if latest.items else None


def get_model_trail(
    id: str | None = None, include_self: bool = True, reverse: bool | None = None, n_max: int | None = None
) -> Plan[list[Model]]:
    limit = _limit(n_max)
    if id is None:
        latest = yield from get_active_model()
        if latest is None:
            return JsonList()
        id = latest.model_id
    model_id = _path_id(id)
    if isinstance(limit, Unset):
        # The server caps the trail at 10 without X-Limit; the whole trail is at most every model.
        limit = yield from call(op_count_models, int)
    # Ask for newest first with the model itself: every statestore backend answers that way
    # (SQL stores ignore include_self and X-Reverse and always do), then shape it here.
    trail = yield from call_list(
        op_get_model_ancestors, Model, id=model_id, include_self=True, x_reverse=False, x_limit=limit + 1
    )
    if not include_self and trail and model_id in (trail[0].model_id, trail[0].model):
        trail = trail[1:]
    if n_max:
        trail = trail[:n_max]
    if not reverse:
        trail.reverse()
    return JsonList(trail)  # a list; Jupyter draws it as a table


def download_model(id: str, path: str | os.PathLike[str], *, progress: bool = False) -> Plan[Message]:
    target = check_download_target(path)
    model_id = _path_id(id)
    yield from download(f"{MODELS_URL}{_segment(model_id)}/download", target, progress=progress)
    return Message(message=f"Model downloaded successfully to {target}.", success=True)


def set_active_model(path: str | os.PathLike[str], *, progress: bool = False) -> Plan[Message]:
    file, helper = check_upload(path, None, infer=True)
    assert helper is not None  # infer=True guarantees a helper
    # FEDn 0.33 loads an uploaded model with the active package's helper and ignores the form's.
    # With no active package, PUT /helpers/active would store a package row without a file
    # (SQL statestores then answer 500 to GET /packages/ for good) and the upload fails anyway.
    try:
        active = yield from call(op_get_active_helper, str)
    except NotFoundError:
        raise PreconditionConflictError(
            "no compute package is active, and FEDn loads the model with the package's helper: "
            "call set_active_package(...) before set_active_model(...)"
        ) from None
    if active != helper:
        yield from call(op_set_active_helper, Message, body=HelperInput(helper=helper))
    return (yield from upload(MODELS_URL, file, {"helper": helper}, Message.from_dict, progress=progress))


# --- Packages ------------------------------------------------------------------------------


def get_package(id: str) -> Plan[Package]:
    return (yield from _by_id_or_name(op_get_package, Package, PACKAGES, id))


def get_packages(n_max: int | None = None, filters: Mapping[str, object] = NO_FILTERS) -> Plan[PackageList]:
    return cast(PackageList, (yield from _listed(PACKAGES, n_max, filters)))


def get_packages_count(filters: Mapping[str, object] = NO_FILTERS) -> Plan[int]:
    return (yield from _counted(PACKAGES, filters))


def get_active_package() -> Plan[Package]:
    return (yield from call(op_get_active_package, Package))


def get_package_checksum() -> Plan[Checksum]:
    return (yield from call(op_get_package_checksum, Checksum))


def download_package(
    path: str | os.PathLike[str], verify_checksum: bool = False, *, progress: bool = False
) -> Plan[Message]:
    target = check_download_target(path)
    expected: str | None = None
    if verify_checksum:
        expected = (yield from call(op_get_package_checksum, Checksum)).checksum
    info = yield from download(
        "/api/v1/packages/download", target, expected_sha256=expected, progress=progress
    )
    checked = " (checksum verified)" if expected else ""
    return Message(message=f"Package downloaded successfully to {info.path}{checked}.", success=True)


def set_active_package(
    path: str | os.PathLike[str],
    helper: str,
    name: str | None = None,
    description: str = "",
    *,
    progress: bool = False,
) -> Plan[Message]:
    file, checked_helper = check_upload(path, helper, infer=False)
    if checked_helper is None:
        raise InvalidInputError("helper is required, e.g. helper='numpyhelper'")
    if name is not None and not isinstance(name, str):
        raise InvalidInputError(f"name must be a string, got {name!r}")
    package_name = name or _default_package_name(file)
    data = {"helper": checked_helper, "name": package_name, "description": description or ""}
    result = yield from upload(PACKAGES_URL, file, data, Message.from_dict, progress=progress)
    yield from call(op_set_active_helper, Message, body=HelperInput(helper=checked_helper))
    return result


def _default_package_name(file: Path) -> str:
    name = file.name
    for suffix in (".tar.gz", ".tgz", ".tar", ".zip"):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return file.stem or name


# --- Rounds --------------------------------------------------------------------------------


def get_round(id: str) -> Plan[Round]:
    return (yield from call(op_get_round, Round, id=_path_id(id)))


def get_rounds(n_max: int | None = None, filters: Mapping[str, object] = NO_FILTERS) -> Plan[RoundList]:
    return cast(RoundList, (yield from _listed(ROUNDS, n_max, filters)))


def get_rounds_count(filters: Mapping[str, object] = NO_FILTERS) -> Plan[int]:
    return (yield from _counted(ROUNDS, filters))


# --- Sessions ------------------------------------------------------------------------------


def get_session(id: str | None = None, name: str | None = None) -> Plan[Session]:
    if name:
        return (yield from _session_by_name(_id(name, "name")))
    if not id:
        raise InvalidInputError("give a session id or name")
    session_id = _path_id(id)
    try:
        return (yield from call(op_get_session, Session, id=session_id))
    except NotFoundError as by_id:
        # FEDn's documentation calls the session name "id": fall back to a lookup by name.
        try:
            return (yield from _session_by_name(session_id))
        except NotFoundError:
            raise by_id from None


def _session_by_name(name: str) -> Plan[Session]:
    found = yield from _newest(SESSIONS, {"name": name})
    if not found.items:
        raise _not_found(f"no session with id or name {name!r}")
    return found.items[0]


def get_sessions(
    n_max: int | None = None, name: str | None = None, filters: Mapping[str, object] = NO_FILTERS
) -> Plan[SessionList]:
    return cast(SessionList, (yield from _listed(SESSIONS, n_max, filters, {"name": name})))


def get_sessions_count(filters: Mapping[str, object] = NO_FILTERS) -> Plan[int]:
    return (yield from _counted(SESSIONS, filters))


def get_session_status(id: str) -> Plan[str]:
    session = yield from get_session(id)
    return session.status or ""


def session_is_finished(id: str) -> Plan[bool]:
    status = yield from get_session_status(id)
    return status.lower() == FINISHED


def _latest_model_id() -> Plan[str]:
    latest = yield from get_active_model()
    if latest is None:
        raise _not_found("no model in the repository: upload a seed model with set_active_model() first")
    return latest.model_id


def _server_functions_source(server_functions: object) -> str | None:
    if server_functions is None:
        return None
    if isinstance(server_functions, str):
        if not server_functions.strip():
            raise InvalidInputError("server_functions source text is empty")
        return server_functions
    if inspect.isclass(server_functions):
        try:
            return inspect.getsource(server_functions)
        except (OSError, TypeError) as err:
            raise InvalidInputError(
                f"cannot read the source of {server_functions.__name__}: {err}; pass the source text instead"
            ) from None
    raise InvalidInputError(
        "server_functions must be a class (its source is sent) or source text, "
        f"got {type(server_functions).__name__}"
    )


def _check_session_numbers(
    rounds: int, round_timeout: int, round_buffer_size: int, min_clients: int, requested_clients: int
) -> None:
    _positive_int(rounds, "rounds")
    _positive_int(round_timeout, "round_timeout")
    _positive_int(min_clients, "min_clients")
    _positive_int(requested_clients, "requested_clients")
    if (
        isinstance(round_buffer_size, bool)
        or not isinstance(round_buffer_size, int)
        or round_buffer_size == 0
    ):
        raise InvalidInputError(
            f"round_buffer_size must be a non-zero integer (-1: no limit), got {round_buffer_size!r}"
        )


def _session_name(name: str | None, id: str | None, session_id: str | None = None) -> str | None:
    """The session's name from ``name`` or its aliases ``id`` (FEDn's docs) and ``session_id`` (FEDn 0.8)."""
    aliases = (("name", name), ("id", id), ("session_id", session_id))
    given = {key: value for key, value in aliases if value is not None}
    if len(set(given.values())) > 1:
        named = " and ".join(f"{key}={value!r}" for key, value in given.items())
        raise InvalidInputError(f"{named} disagree; id and session_id are aliases of name")
    chosen = next(iter(given.values()), None)
    if chosen is not None:
        _id(chosen, "name")
    return chosen


def _wait_seconds(value: object, what: str) -> float | None:
    """``None`` or a number of seconds >= 0 (infinity allowed: wait as long as it takes)."""
    if value is not None and (
        isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value) or value < 0
    ):
        raise InvalidInputError(f"{what} must be None or a number of seconds >= 0, got {value!r}")
    return value


def start_session(
    *,
    name: str | None = None,
    aggregator: str | AggregatorConfig = "fedavg",
    aggregator_kwargs: Mapping[str, object] | str | None = None,
    model_id: str | None = None,
    round_timeout: int = 180,
    rounds: int = 5,
    round_buffer_size: int = -1,
    delete_models: bool = True,
    validate: bool = True,
    helper: str | None = None,
    min_clients: int = 1,
    requested_clients: int = 8,
    server_functions: object = None,
    id: str | None = None,
    session_id: str | None = None,
    wait_for_idle: float | None = None,
) -> Plan[StartedSession]:
    session_name = _session_name(name, id, session_id)
    idle_wait = _wait_seconds(wait_for_idle, "wait_for_idle")
    aggregator_name, kwargs_text = resolve_aggregator(aggregator, aggregator_kwargs)
    if aggregator_name == "splitlearningagg":
        return (
            yield from start_splitlearning_session(
                name=session_name,
                model_id=model_id,
                round_timeout=round_timeout,
                rounds=rounds,
                round_buffer_size=round_buffer_size,
                delete_models=delete_models,
                validate=validate,
                min_clients=min_clients,
                requested_clients=requested_clients,
                wait_for_idle=idle_wait,
            )
        )
    _check_session_numbers(rounds, round_timeout, round_buffer_size, min_clients, requested_clients)
    source = _server_functions_source(server_functions)
    if helper is not None and not isinstance(helper, str):
        raise InvalidInputError(f"helper must be a string, got {helper!r}")
    idle_wait = yield from _idle_first(idle_wait)
    seed = _id(model_id, "model_id") if model_id is not None else (yield from _latest_model_id())
    if helper is None:
        helper = yield from _active_helper()
    config = SessionConfigInput(
        aggregator=aggregator_name,
        aggregator_kwargs=_opt(kwargs_text),
        round_timeout=round_timeout,
        buffer_size=round_buffer_size,
        rounds=rounds,
        delete_models_storage=bool(delete_models),
        clients_required=min_clients,
        requested_clients=requested_clients,
        validate=bool(validate),
        helper_type=helper,
        model_id=seed,
        server_functions=_opt(source),
    )
    body = SessionInput(session_config=config, name=_opt(session_name), seed_model_id=seed)
    yield from _require_idle(idle_wait)
    created = yield from call(op_create_session, Session, body=body)
    start = SessionStart(session_id=created.session_id, rounds=rounds, round_timeout=round_timeout)
    started = yield from _start_created(created, op_start_session, body=start)
    if idle_wait is not None:
        created = yield from _await_begun(created)
    return StartedSession.of(created, started.message)


def _idle_first(wait_for_idle: float | None) -> Plan[float | None]:
    """With ``wait_for_idle``: wait for the controller before the session's defaults are read.

    The seed (the latest model) is then read once the previous session has finished. Returns the
    seconds left for the check made right before the session is created.
    """
    if wait_for_idle is None:
        return None
    begun = time.monotonic()
    yield from _require_idle(wait_for_idle)
    return max(wait_for_idle - (time.monotonic() - begun), 0.0)


def _require_idle(wait_for_idle: float | None = None) -> Plan[None]:
    """Refuse before creating anything while the controller runs a session (after ``wait_for_idle`` s).

    FEDn 0.33 checks this only after the session exists (and only for ``monitoring``; a start
    while ``instructing`` is answered 200 and silently dropped), leaving a stray "Created" one.
    The error names the running session; a controller stuck in FEDn 0.30's "monitoring" raises at
    once, saying so.
    """
    deadline = None if wait_for_idle is None else time.monotonic() + wait_for_idle
    while True:
        state = (yield from call(op_get_controller_status, ControllerStatus)).state
        if state == "idle":
            return
        running = yield from _running_session()
        if state == "monitoring" and running is None and (yield from _controller_stuck()):
            raise PreconditionConflictError(f"{STUCK_CONTROLLER}. No session was created.")
        now = time.monotonic()
        if deadline is None or now >= deadline:
            what = "a session is running" if running is None else f"session {_describe(running)} is running"
            waited = "" if wait_for_idle is None else f" after waiting {wait_for_idle:g} s"
            raise PreconditionConflictError(
                f"the controller is busy (state {state!r}){waited}: {what}; wait for it "
                "(wait_for_session, or start_session(..., wait_for_idle=SECONDS)) before starting "
                "another. No session was created."
            )
        yield from sleep(min(IDLE_POLL, deadline - now))


def _describe(session: Session) -> str:
    return f"{session.name!r} ({session.session_id})" if session.name else session.session_id


def _running_session() -> Plan[Session | None]:
    """The newest session whose status is "Started", if any."""
    found = yield from _newest(SESSIONS, {"status": "Started"})
    return found.items[0] if found.items else None


def _controller_stuck() -> Plan[bool]:
    """Whether the controller stays "monitoring" with no session "Started" (FEDn 0.30's SQL bug).

    Seen :data:`STUCK_CHECKS` times in a row, :data:`STUCK_POLL` s apart: FEDn 0.33 is in that
    state only for a moment, between "monitoring" and "Started" at a session's start and between
    "Finished" and "idle" at its end.
    """
    for check in range(STUCK_CHECKS):
        if check:
            yield from sleep(STUCK_POLL)
        state = (yield from call(op_get_controller_status, ControllerStatus)).state
        if state != "monitoring" or (yield from _running_session()) is not None:
            return False
    return True


def _await_begun(created: Session) -> Plan[Session]:
    """The session once the controller has begun it (its status is no longer "Created").

    FEDn answers a start before its session thread has begun; a start arriving meanwhile is
    answered "Session started" too and then dropped. Raises
    :class:`~fedn.errors.SessionTimeoutError` (``last_status="Created"``) when the controller has
    not begun it after :data:`START_ACK_TIMEOUT` s.
    """
    deadline = time.monotonic() + START_ACK_TIMEOUT
    while True:
        current = yield from call(op_get_session, Session, id=created.session_id)
        if (current.status or "").lower() != CREATED:
            return current
        if time.monotonic() >= deadline:
            raise SessionTimeoutError(
                f'the controller answered "Session started" but had not begun session '
                f'{_describe(created)} after {START_ACK_TIMEOUT:g} s; it stays "Created" (FEDn drops a '
                "start that arrives while another session is being set up, or when the session's "
                "seed model cannot be read)",
                session_id=created.session_id,
                last_status=current.status,
            )
        yield from sleep(CONTINUE_ACK_POLL)


def _start_created(
    created: Session, operation: Operation[P, Any], /, *args: P.args, **kwargs: P.kwargs
) -> Plan[Message]:
    """Start a just-created session; a refusal names the session it leaves behind."""
    try:
        return (yield from call(operation, Message, *args, **kwargs))
    except APIStatusError as err:
        # No 0.33 route deletes a session, and its statuses are only Created/Started/Finished.
        cls = HTTPConflictError if "already running" in err.message else type(err)
        raise cls(
            f"{err.message} (session {created.session_id} was created but not started; it stays "
            '"Created": FEDn 0.33 has no route to delete it)',
            status_code=err.status_code,
            method=err.method,
            url=err.url,
            body=err.body,
            headers=err.headers,
        ) from err


def _active_helper() -> Plan[str]:
    try:
        return (yield from call(op_get_active_helper, str))
    except (NotFoundError, BadRequestError):
        return "numpyhelper"


def start_splitlearning_session(
    *,
    name: str | None = None,
    model_id: str | None = None,
    round_timeout: int = 180,
    rounds: int = 5,
    round_buffer_size: int = -1,
    delete_models: bool = True,
    validate: bool = False,
    min_clients: int = 1,
    requested_clients: int = 8,
    wait_for_idle: float | None = None,
) -> Plan[StartedSession]:
    _check_session_numbers(rounds, round_timeout, round_buffer_size, min_clients, requested_clients)
    idle_wait = yield from _idle_first(_wait_seconds(wait_for_idle, "wait_for_idle"))
    seed = _id(model_id, "model_id") if model_id is not None else (yield from _latest_model_id())
    config = SessionConfigInput(
        aggregator="splitlearningagg",
        round_timeout=round_timeout,
        buffer_size=round_buffer_size,
        rounds=rounds,
        delete_models_storage=bool(delete_models),
        clients_required=min_clients,
        requested_clients=requested_clients,
        validate=bool(validate),
        helper_type="splitlearninghelper",
        model_id=seed,
    )
    body = SessionInput(session_config=config, name=_opt(name), seed_model_id=seed)
    yield from _require_idle(idle_wait)
    created = yield from call(op_create_session, Session, body=body)
    start = SplitLearningSessionStart(
        session_id=created.session_id, rounds=rounds, round_timeout=round_timeout
    )
    started = yield from _start_created(created, op_start_splitlearning_session, body=start)
    if idle_wait is not None:
        created = yield from _await_begun(created)
    return StartedSession.of(created, started.message)


def continue_session(session_id: str, rounds: int = 5, round_timeout: int = 180) -> Plan[StartedSession]:
    _path_id(session_id, "session_id")
    _positive_int(rounds, "rounds")
    _positive_int(round_timeout, "round_timeout")
    session = yield from get_session(session_id)
    if (session.status or "").lower() != FINISHED:
        raise PreconditionConflictError(
            f"session {session.session_id} is not finished (status {session.status!r}); "
            "wait for it before continuing"
        )
    runs_before = yield from _run_count(session.session_id)
    body = SessionStart(session_id=session.session_id, rounds=rounds, round_timeout=round_timeout)
    started = yield from call(op_start_session, Message, body=body)
    # FEDn 0.33 answers before its worker thread has begun the rounds; until then the session
    # still reads "Finished" and a wait_for_session() right after this call would return at
    # once. The thread records a new run of the session when it starts: wait for that run.
    deadline = time.monotonic() + CONTINUE_ACK_TIMEOUT
    while (yield from _run_count(session.session_id)) <= runs_before and time.monotonic() < deadline:
        yield from sleep(CONTINUE_ACK_POLL)
    current = yield from call(op_get_session, Session, id=session.session_id)
    return StartedSession.of(current, started.message)


def _run_count(session_id: str) -> Plan[int]:
    runs = yield from call(op_list_runs, RunList, filters={"session_id": session_id}, x_limit=1)
    return runs.count


def wait_for_session(
    session_id: str,
    timeout: float | None = None,
    poll_interval: float = 1.0,
    progress: bool = False,
    *,
    outage_budget: float | None = OUTAGE_BUDGET,
    outage_statuses: Set[int] = DEFAULT_RETRY_STATUSES,
) -> Plan[Session]:
    _path_id(session_id, "session_id")
    if outage_budget is not None and (
        isinstance(outage_budget, bool)
        or not isinstance(outage_budget, int | float)
        or math.isnan(outage_budget)
        or outage_budget < 0
    ):
        raise InvalidInputError(
            f"outage_budget must be None or a number of seconds >= 0, got {outage_budget!r}"
        )
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0
    ):
        raise InvalidInputError(f"timeout must be None or a number of seconds >= 0, got {timeout!r}")
    if isinstance(poll_interval, bool) or not isinstance(poll_interval, int | float) or not poll_interval > 0:
        raise InvalidInputError(f"poll_interval must be a number of seconds > 0, got {poll_interval!r}")
    if not math.isfinite(poll_interval):
        raise InvalidInputError("poll_interval must be finite")
    bar = round_bar() if progress else None
    deadline = None if timeout is None else time.monotonic() + timeout
    status: str | None = None
    lookup = session_id
    outage_since: float | None = None
    try:
        while True:
            try:
                session = yield from get_session(lookup)
                if bar is not None:
                    yield from _update_bar(bar, session)
                if (session.status or "").lower() == CREATED and (yield from _controller_stuck()):
                    raise PreconditionConflictError(
                        f"session {_describe(session)} has not begun, and {STUCK_CONTROLLER}"
                    )
            except (APIConnectionError, APIStatusError) as err:
                # The driver already retried this poll; a controller restart can take longer.
                if isinstance(err, APIStatusError) and err.status_code not in outage_statuses:
                    raise
                now = time.monotonic()
                outage_since = now if outage_since is None else outage_since
                if deadline is not None and now >= deadline:
                    raise SessionTimeoutError(
                        f"session {lookup} not finished after {timeout} s (controller unreachable: "
                        f"{err.message}; last status {status!r})",
                        session_id=lookup,
                        last_status=status,
                    ) from err
                if outage_budget is not None and now - outage_since > outage_budget:
                    raise
                yield from sleep(_pause(poll_interval, deadline, now))
                continue
            outage_since = None
            lookup = session.session_id  # a name resolves once; then poll by id
            status = session.status
            if (status or "").lower() in TERMINAL_STATUSES:
                return session
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                raise SessionTimeoutError(
                    f"session {session.session_id} not finished after {timeout} s (last status {status!r})",
                    session_id=session.session_id,
                    last_status=status,
                )
            yield from sleep(_pause(poll_interval, deadline, now))
    finally:
        if bar is not None:
            bar.close()


def _pause(poll_interval: float, deadline: float | None, now: float) -> float:
    """The next poll's pause: ``poll_interval``, cut short so as not to sleep past ``deadline``."""
    return poll_interval if deadline is None else min(poll_interval, max(deadline - now, 0.0))


def _update_bar(bar: tqdm[Any], session: Session) -> Plan[None]:
    total = session.session_config.rounds
    done = yield from call(op_count_models, int, filters={"session_id": session.session_id})
    if total and bar.total != total:
        bar.reset(total=total)  # a notebook bar also takes its new maximum from reset
    bar.n = min(done, total) if total else done
    bar.set_postfix_str(session.status or "", refresh=False)
    bar.refresh()


# --- Statuses ------------------------------------------------------------------------------


def get_status(id: str) -> Plan[Status]:
    return (yield from call(op_get_status, Status, id=_path_id(id)))


def get_statuses(
    session_id: str | None = None,
    event_type: str | None = None,
    sender_name: str | None = None,
    sender_role: str | None = None,
    n_max: int | None = None,
    filters: Mapping[str, object] = NO_FILTERS,
) -> Plan[StatusList]:
    """FEDn's named filters (``event_type`` is the server's ``type``), then any other the server takes."""
    named = {"session_id": session_id, "event_type": event_type}
    senders = {"sender_name": sender_name, "sender_role": sender_role}
    return cast(StatusList, (yield from _listed(STATUSES, n_max, filters, {**named, **senders})))


def get_statuses_count(filters: Mapping[str, object] = NO_FILTERS) -> Plan[int]:
    return (yield from _counted(STATUSES, filters))


# --- Validations ---------------------------------------------------------------------------


def get_validation(id: str) -> Plan[Validation]:
    return (yield from call(op_get_validation, Validation, id=_path_id(id)))


def get_validations(
    session_id: str | None = None,
    model_id: str | None = None,
    correlation_id: str | None = None,
    sender_name: str | None = None,
    sender_role: str | None = None,
    receiver_name: str | None = None,
    receiver_role: str | None = None,
    n_max: int | None = None,
    filters: Mapping[str, object] = NO_FILTERS,
) -> Plan[ValidationList]:
    ids = {"session_id": session_id, "model_id": model_id, "correlation_id": correlation_id}
    senders = {"sender_name": sender_name, "sender_role": sender_role}
    receivers = {"receiver_name": receiver_name, "receiver_role": receiver_role}
    return cast(
        ValidationList, (yield from _listed(VALIDATIONS, n_max, filters, {**ids, **senders, **receivers}))
    )


def get_validations_count(filters: Mapping[str, object] = NO_FILTERS) -> Plan[int]:
    return (yield from _counted(VALIDATIONS, filters))


# --- Predictions ---------------------------------------------------------------------------


def get_predictions(
    model_id: str | None = None,
    correlation_id: str | None = None,
    sender_name: str | None = None,
    sender_role: str | None = None,
    receiver_name: str | None = None,
    receiver_role: str | None = None,
    n_max: int | None = None,
    filters: Mapping[str, object] = NO_FILTERS,
) -> Plan[PredictionList]:
    ids = {"model_id": model_id, "correlation_id": correlation_id}
    senders = {"sender_name": sender_name, "sender_role": sender_role}
    receivers = {"receiver_name": receiver_name, "receiver_role": receiver_role}
    return cast(
        PredictionList, (yield from _listed(PREDICTIONS, n_max, filters, {**ids, **senders, **receivers}))
    )


def start_predictions(prediction_id: str | None = None, model_id: str | None = None) -> Plan[Message]:
    body = PredictionStart(prediction_id=prediction_id or str(uuid.uuid4()), model_id=_opt(model_id or None))
    return (yield from call(op_start_prediction, Message, body=body))


# --- Attributes ----------------------------------------------------------------------------


def get_current_attributes(client_list: list[str] | str) -> Plan[CurrentAttributes]:
    clients = [client_list] if isinstance(client_list, str) else client_list
    if not isinstance(clients, list):
        raise InvalidInputError("client_list must be a list of client ids or one client id")
    if not clients:
        raise InvalidInputError("client_list must not be empty")
    for client_id in clients:
        _id(client_id, "client id")
    body = CurrentAttributesRequest(client_ids=list(clients))
    return (yield from call(op_get_current_attributes, CurrentAttributes, body=body))


def add_attributes(attribute: Mapping[str, object]) -> Plan[Attribute]:
    if not isinstance(attribute, Mapping):
        raise InvalidInputError(f"attribute must be a dict, got {type(attribute).__name__}")
    try:
        body = AttributeInput.from_dict(attribute)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise InvalidInputError(
            f"attribute must look like {{'key': ..., 'value': ..., 'sender': {{...}}}}: {err!r}"
        ) from None
    return (yield from call(op_create_attribute, Attribute, body=body))


def _segment(value: str) -> str:
    """``value`` percent-encoded as one URL path segment (checked by :func:`_path_id` first)."""
    return quote(_path_id(value), safe="")
