"""Lazy iteration over any collection: X-Limit/X-Skip pages in a stable order, deduplicated.

One generic mechanism serves every list route. A :class:`Collection` names a generated list
operation, its envelope type and its primary key; a :class:`Pager` (sans-IO, shared by the sync
and the async client) builds the plan of each page and filters what comes back. The clients'
``iter_<entity>(...)`` methods are one line each on top of ``iterate(collection, ...)``.

How the FEDn 0.33 server pages (``stores/store.py``, SQL statestores): ``ORDER BY <X-Sort-Key>,
committed_at`` (the primary key's name maps onto the ``id`` column), then ``OFFSET X-Skip
LIMIT X-Limit``; every page answers ``{"count": <matching total>, "result": [...]}``.

Guarantees, with the default order (the collection's primary key, ascending; the key is unique,
so the order is total and identical for every page):

* **No duplicates.** An entity inserted *before* the current position shifts later entities one
  place to the right, so the next page would repeat the last entity of the previous one; the
  pager remembers the keys of the previous page (memory bounded by ``page_size``) and drops
  repeats. This holds while fewer than ``page_size`` entities are inserted between two pages.
* **No skips caused by inserts.** Inserts only shift entities towards later pages: every entity
  that exists for the whole iteration and matches the filters is yielded exactly once. Entities
  inserted during the iteration may or may not be yielded.
* **Deletes can cause skips**: deleting an entity before the current position shifts later ones
  to the left, past the cursor. (FEDn 0.33 rarely deletes list entities.)
* With another ``sort_key`` (e.g. ``"committed_at"``) the server breaks ties only by
  ``committed_at``: entities with equal sort values may swap places between two queries. The
  duplicate filter still applies, but a skip of a tied entity is possible. ``committed_at``
  ascending has no such shifts for inserts (new entities sort last).

The iteration ends at the first short page, or at the page reaching the total ``count`` that
page itself reported (no extra request for an empty page).

Memory: both iterators hold at most ``prefetch + 1`` pages (the first page alone, then up to
``prefetch`` pages requested concurrently -- threads in sync, tasks in async -- and yielded in
order); ``prefetch=0`` fetches one page at a time.
"""

from __future__ import annotations

import inspect
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import Any, Generic, Literal, Protocol, TypeVar, cast

from fedn._steps import Call, Plan, UnexpectedShape
from fedn.errors import InvalidInputError
from fedn_api.api.attributes import list_attributes
from fedn_api.api.clients import list_clients
from fedn_api.api.combiners import list_combiners
from fedn_api.api.metrics import list_metrics
from fedn_api.api.models import list_models
from fedn_api.api.packages import list_packages
from fedn_api.api.predictions import list_predictions
from fedn_api.api.rounds import list_rounds
from fedn_api.api.runs import list_runs
from fedn_api.api.sessions import list_sessions
from fedn_api.api.statuses import list_statuses
from fedn_api.api.telemetry import list_telemetry
from fedn_api.api.validations import list_validations
from fedn_api.models import (
    Attribute,
    AttributeList,
    ClientInfo,
    ClientList,
    Combiner,
    CombinerList,
    Metric,
    MetricList,
    Model,
    ModelList,
    Package,
    PackageList,
    Prediction,
    PredictionList,
    Round,
    RoundList,
    Run,
    RunList,
    Session,
    SessionList,
    Status,
    StatusList,
    Telemetry,
    TelemetryList,
    Validation,
    ValidationList,
)

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 500
DEFAULT_PREFETCH = 4
MAX_PAGE_SIZE = 10_000

SortOrder = Literal["asc", "desc"]


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page: the server's matching total and the page's items."""

    count: int
    items: list[T]


@dataclass(frozen=True)
class Collection(Generic[T]):
    """A list route: its generated operation, envelope type, item type and primary key.

    Example::

        STATUSES = Collection("statuses", list_statuses, StatusList, Status, "status_id")
    """

    name: str
    operation: ModuleType
    envelope: type[Any]
    item: type[T]
    key: str
    aliases: Mapping[str, str] = field(default_factory=dict)
    #: filters shown in the ``iter_<name>`` docstring example (Python call arguments)
    example: str = ""

    @cached_property
    def filters(self) -> frozenset[str]:
        """The filter parameters the generated operation accepts (query parameters)."""
        params = inspect.signature(self.operation.sync_detailed).parameters
        return frozenset(name for name in params if name != "client" and not name.startswith("x_"))

    def filter_kwargs(self, filters: Mapping[str, object]) -> dict[str, object]:
        """Validate filter names (server field names; ``type`` for ``type_`` is fine)."""
        out: dict[str, object] = {}
        for name, value in filters.items():
            param = self.aliases.get(name, name)
            if param not in self.filters and f"{param}_" in self.filters:
                param = f"{param}_"
            if param not in self.filters:
                allowed = ", ".join(sorted(self.filters))
                raise InvalidInputError(f"{self.name} cannot be filtered by {name!r}; filters: {allowed}")
            if value is not None:
                out[param] = value
        return out

    def key_of(self, item: T) -> object:
        """The primary key of one item."""
        return getattr(item, self.key)

    def check(self, value: object) -> Page[T]:
        """The ``Call.check`` of a page: an envelope of this collection, turned into a :class:`Page`."""
        if not isinstance(value, self.envelope):
            raise UnexpectedShape(f"expected {self.envelope.__name__}, got {type(value).__name__}")
        items = value.result
        if not isinstance(items, list) or not all(isinstance(item, self.item) for item in items):
            raise UnexpectedShape(f"expected a list of {self.item.__name__}")
        return Page(count=int(value.count), items=cast(list[T], items))


class Pager(Generic[T]):
    """The sans-IO state of one iteration: page plans in, deduplicated items out.

    Example (a driver's loop)::

        pager = Pager(STATUSES, {"session_id": sid}, page_size=500)
        index = 0
        while not pager.done:
            page = driver.run(pager.page(index))
            yield from pager.accept(page)
            index += 1
    """

    def __init__(
        self,
        collection: Collection[T],
        filters: Mapping[str, object],
        *,
        page_size: int = DEFAULT_PAGE_SIZE,
        sort_key: str | None = None,
        sort_order: SortOrder = "asc",
    ) -> None:
        if (
            isinstance(page_size, bool)
            or not isinstance(page_size, int)
            or not 0 < page_size <= MAX_PAGE_SIZE
        ):
            raise InvalidInputError(f"page_size must be an integer in 1..{MAX_PAGE_SIZE}, got {page_size!r}")
        if sort_order not in ("asc", "desc"):
            raise InvalidInputError(f"sort_order must be 'asc' or 'desc', got {sort_order!r}")
        if sort_key is not None and (not isinstance(sort_key, str) or not sort_key.strip()):
            raise InvalidInputError(f"sort_key must be a non-empty field name, got {sort_key!r}")
        self.collection = collection
        self.page_size = page_size
        self.sort_key = sort_key or collection.key
        self.sort_order: SortOrder = sort_order
        self._filters = collection.filter_kwargs(filters)
        self._previous: set[object] = set()
        self.count: int | None = None
        self.done = False
        self._accepted = 0

    def page(self, index: int) -> Plan[Page[T]]:
        """The plan of page ``index`` (0-based)."""
        kwargs = {
            **self._filters,
            "x_limit": self.page_size,
            "x_skip": index * self.page_size,
            "x_sort_key": self.sort_key,
            "x_sort_order": self.sort_order,
        }
        check: Callable[[object], Page[T]] = self.collection.check
        result = yield Call(self.collection.operation, check, kwargs)
        return cast(Page[T], result)

    def accept(self, page: Page[T]) -> list[T]:
        """Take the next page in order; return its items not already yielded."""
        self.count = page.count
        self._accepted += 1
        key_of = self.collection.key_of
        fresh = [item for item in page.items if key_of(item) not in self._previous]
        self._previous = {key_of(item) for item in page.items}
        # A short page ends the collection; so does reaching the total the page itself reported.
        if len(page.items) < self.page_size or self._accepted * self.page_size >= page.count:
            self.done = True
        return fresh

    def expected_pages(self) -> int:
        """Pages needed for the last known ``count`` (at least 1)."""
        if self.count is None:
            return 1
        return max(1, -(-self.count // self.page_size))


# --- every list route ----------------------------------------------------------------------

#: Filter names as FEDn's client spells them, mapped onto the generated parameters.
_UPSTREAM_NAMES = {"event_type": "type_", "type": "type_"}

ATTRIBUTES = Collection(
    "attributes", list_attributes, AttributeList, Attribute, "attribute_id", example='key="charging"'
)
CLIENTS = Collection("clients", list_clients, ClientList, ClientInfo, "client_id", example='status="online"')
COMBINERS = Collection("combiners", list_combiners, CombinerList, Combiner, "combiner_id")
METRICS = Collection("metrics", list_metrics, MetricList, Metric, "metric_id", example="session_id=sid")
MODELS = Collection("models", list_models, ModelList, Model, "model_id", example="session_id=sid")
PACKAGES = Collection("packages", list_packages, PackageList, Package, "package_id")
PREDICTIONS = Collection(
    "predictions", list_predictions, PredictionList, Prediction, "prediction_id", example="model_id=model_id"
)
ROUNDS = Collection("rounds", list_rounds, RoundList, Round, "round_id")
RUNS = Collection("runs", list_runs, RunList, Run, "run_id", example="session_id=sid")
SESSIONS = Collection(
    "sessions", list_sessions, SessionList, Session, "session_id", example='status="Finished"'
)
STATUSES = Collection(
    "statuses",
    list_statuses,
    StatusList,
    Status,
    "status_id",
    _UPSTREAM_NAMES,
    example='session_id=sid, type="MODEL_UPDATE"',
)
TELEMETRY = Collection("telemetry", list_telemetry, TelemetryList, Telemetry, "telemetry_id")
VALIDATIONS = Collection(
    "validations", list_validations, ValidationList, Validation, "validation_id", example="session_id=sid"
)

#: Every collection: the table the clients' ``iter_<name>`` methods are generated from.
COLLECTIONS: tuple[Collection[Any], ...] = (
    MODELS,
    STATUSES,
    VALIDATIONS,
    SESSIONS,
    ROUNDS,
    CLIENTS,
    COMBINERS,
    PACKAGES,
    PREDICTIONS,
    METRICS,
    TELEMETRY,
    ATTRIBUTES,
    RUNS,
)


# --- the two drivers' loops (I/O only; all decisions are the Pager's) ----------------------


class SyncRunner(Protocol):
    """What :func:`iterate_sync` needs of a driver."""

    def run(self, plan: Plan[T]) -> T:
        """Drive ``plan`` to completion."""
        ...


class AsyncRunner(Protocol):
    """What :func:`iterate_async` needs of a driver."""

    def run(self, plan: Plan[T]) -> Awaitable[T]:
        """Drive ``plan`` to completion."""
        ...


def iterate_sync(driver: SyncRunner, pager: Pager[T], prefetch: int = DEFAULT_PREFETCH) -> Iterator[T]:
    """Yield every item, page by page; with ``prefetch > 0`` the next pages load in threads.

    The first page comes alone (it carries the total ``count``); then up to ``prefetch`` pages
    are requested ahead of the one being consumed, but never beyond the known total unless the
    last page came back full (the collection grew).
    """
    _check_prefetch(prefetch)
    first = driver.run(pager.page(0))
    yield from pager.accept(first)
    if pager.done:
        return
    if prefetch == 0:
        index = 1
        while not pager.done:
            yield from pager.accept(driver.run(pager.page(index)))
            index += 1
        return
    from concurrent.futures import Future, ThreadPoolExecutor

    pending: deque[Future[Page[T]]] = deque()
    next_index = 1
    with ThreadPoolExecutor(max_workers=prefetch, thread_name_prefix="fedn-page") as pool:
        try:
            while not pager.done:
                while len(pending) < prefetch and (next_index < pager.expected_pages() or not pending):
                    pending.append(pool.submit(driver.run, pager.page(next_index)))
                    next_index += 1
                yield from pager.accept(pending.popleft().result())
        finally:
            for future in pending:
                future.cancel()


async def iterate_async(
    driver: AsyncRunner, pager: Pager[T], prefetch: int = DEFAULT_PREFETCH
) -> AsyncIterator[T]:
    """The async :func:`iterate_sync`: pages ahead are concurrent tasks, yielded in order."""
    import asyncio

    _check_prefetch(prefetch)
    first = await driver.run(pager.page(0))
    for item in pager.accept(first):
        yield item
    if pager.done:
        return
    window = max(prefetch, 1)
    pending: deque[asyncio.Task[Page[T]]] = deque()
    next_index = 1
    try:
        while not pager.done:
            while len(pending) < window and (next_index < pager.expected_pages() or not pending):
                pending.append(asyncio.ensure_future(driver.run(pager.page(next_index))))
                next_index += 1
            page = await pending.popleft()
            for item in pager.accept(page):
                yield item
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)


def _check_prefetch(prefetch: int) -> None:
    if isinstance(prefetch, bool) or not isinstance(prefetch, int) or not 0 <= prefetch <= 64:
        raise InvalidInputError(f"prefetch must be an integer in 0..64, got {prefetch!r}")
