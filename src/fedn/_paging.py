"""Lazy iteration over any collection: keyset pages where the server can compare keys, else X-Skip.

One generic mechanism serves every list route. A :class:`Collection` names a generated list
operation, its envelope type and its primary key; a :class:`Pager` (sans-IO, shared by the sync
and the async client) builds the plan of each page and filters what comes back. The clients'
``iter_<entity>(...)`` methods are one line each on top of ``iterate(collection, ...)``.

How the FEDn 0.33 server pages (``stores/store.py``, SQL statestores): ``WHERE <filters> ORDER BY
<X-Sort-Key>, committed_at`` (the primary key's name maps onto the ``id`` column), then ``OFFSET
X-Skip LIMIT X-Limit``; every page answers ``{"count": <matching total>, "result": [...]}``. Every
query argument is a filter, comparison suffixes included: ``id__gt=<key>`` compares the primary
key column (the value is compared as a number when it parses as one, which fails).

**Keyset paging** (the default order: the primary key, ascending or descending): the first page
is ``X-Limit`` rows in key order; every next page asks for the rows after the last key seen
(``id__gt=<last>``, ``id__lt`` descending) with no skip. The key is unique, so there are no ties:

* every entity that exists for the whole iteration and matches the filters is yielded exactly
  once, whatever is inserted or deleted meanwhile (no offset shifts);
* an entity inserted meanwhile is yielded when its key sorts after the cursor, else not;
* each page costs the same, however far the iteration has gone (the server seeks by its primary
  key index instead of counting off ``X-Skip`` rows): reading 50,000 statuses costs per item what
  reading 5,000 does (docs/benchmarks.md).

Timestamps cannot serve as the key: on SQL statestores FEDn 0.33 compares a timestamp column
with the string it is sent and answers 500 (``committed_at__gt`` fails whatever its format); they
also come at one-second resolution, so many rows share one (bulk inserts, busy rounds).

**X-Skip paging** serves every other case: a ``sort_key`` other than the primary key, a filter on
the key itself (``id__gt`` given by the caller), a key the server would parse as a number or as
null (round ids are "1", "2", ...: the switch happens at that page, with the offset reached so
far), and a server that does not honour ``id__gt`` (a page answering nothing with a count of 0
while the previous page promised more, as a MongoDB statestore would: it has no ``id`` field).
Guarantees there, with the primary key order:

* **No duplicates.** An entity inserted *before* the current position shifts later entities one
  place to the right, so the next page would repeat the last entity of the previous one; the
  pager remembers the keys of the previous page (memory bounded by ``page_size``) and drops
  repeats. This holds while fewer than ``page_size`` entities are inserted between two pages.
* **No skips caused by inserts.** Every entity that exists for the whole iteration and matches
  the filters is yielded exactly once; entities inserted meanwhile may or may not be yielded.
* **Deletes can cause skips**: deleting an entity before the current position shifts later ones
  to the left, past the cursor.
* With another ``sort_key`` (e.g. ``"committed_at"``) the server breaks ties only by
  ``committed_at``: entities with equal sort values may swap places between two queries. The
  duplicate filter still applies, but a skip of a tied entity is possible.

The iteration ends at the first short page, or at the page that reaches the total the server
reported (no extra request for an empty page).

Concurrency and memory: keyset pages depend on each other, so one page is requested at a time --
the next one as soon as the current one has arrived, while its items are being yielded; X-Skip
pages are requested up to ``prefetch`` ahead (threads in sync, tasks in async), yielded in order.
Memory holds at most ``prefetch + 1`` pages (two with keyset paging).

Filters: the keys of the collection's generated ``TypedDict`` (:mod:`fedn.filters`:
``committed_at__gte``, ``sender_name``) or the server's names (``sender.name``), checked by
:class:`fedn._filters.FilterRules` before any request and sent by the generated operation (a
``datetime`` as ISO 8601 in UTC; a naive one is taken as UTC, which is how the server labels its
own timestamps).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeVar, cast

from fedn._filters import FilterRules
from fedn._steps import Call, Plan, UnexpectedShape, instance_of, perform
from fedn.errors import InvalidInputError
from fedn.filters import (
    AttributeFilters,
    ClientFilters,
    CombinerFilters,
    MetricFilters,
    ModelFilters,
    PackageFilters,
    PredictionFilters,
    RoundFilters,
    RunFilters,
    SessionFilters,
    StatusFilters,
    TelemetryFilters,
    ValidationFilters,
)
from fedn_api.api.attributes.count_attributes import operation as count_attributes
from fedn_api.api.attributes.list_attributes import operation as list_attributes
from fedn_api.api.clients.count_clients import operation as count_clients
from fedn_api.api.clients.list_clients import operation as list_clients
from fedn_api.api.combiners.count_combiners import operation as count_combiners
from fedn_api.api.combiners.list_combiners import operation as list_combiners
from fedn_api.api.metrics.count_metrics import operation as count_metrics
from fedn_api.api.metrics.list_metrics import operation as list_metrics
from fedn_api.api.models.count_models import operation as count_models
from fedn_api.api.models.list_models import operation as list_models
from fedn_api.api.packages.count_packages import operation as count_packages
from fedn_api.api.packages.list_packages import operation as list_packages
from fedn_api.api.predictions.count_predictions import operation as count_predictions
from fedn_api.api.predictions.list_predictions import operation as list_predictions
from fedn_api.api.rounds.count_rounds import operation as count_rounds
from fedn_api.api.rounds.list_rounds import operation as list_rounds
from fedn_api.api.runs.count_runs import operation as count_runs
from fedn_api.api.runs.list_runs import operation as list_runs
from fedn_api.api.sessions.count_sessions import operation as count_sessions
from fedn_api.api.sessions.list_sessions import operation as list_sessions
from fedn_api.api.statuses.count_statuses import operation as count_statuses
from fedn_api.api.statuses.list_statuses import operation as list_statuses
from fedn_api.api.telemetry.count_telemetry import operation as count_telemetry
from fedn_api.api.telemetry.list_telemetry import operation as list_telemetry
from fedn_api.api.validations.count_validations import operation as count_validations
from fedn_api.api.validations.list_validations import operation as list_validations
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
from fedn_api.types import UNSET, Response, Unset

if TYPE_CHECKING:
    import httpx

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


def parsed_by_server(value: str) -> bool:
    """Whether FEDn's SQL filter parser turns ``value`` into a number or None (``parse_value``)."""
    if value.lower() == "null":
        return True
    for convert in (int, float):
        try:
            convert(value)
        except ValueError:
            continue
        return True
    return False


class _FilterOperation(Protocol):
    """What a collection needs of a generated list or count ``operation`` besides its ``build``."""

    @property
    def name(self) -> str: ...

    @property
    def filter_names(self) -> Mapping[str, str]: ...

    def parse(self, response: httpx.Response, raise_on_unexpected_status: bool = ...) -> Response[Any]: ...


class ListOperation(_FilterOperation, Protocol):
    """A generated list operation: the parameters every list route takes."""

    def build(
        self,
        *,
        filters: Any = ...,
        x_limit: int | Unset = ...,
        x_skip: int | Unset = ...,
        x_sort_key: str | Unset = ...,
        x_sort_order: SortOrder | Unset = ...,
    ) -> dict[str, Any]: ...


class CountOperation(_FilterOperation, Protocol):
    """A generated count operation: its filters only."""

    def build(self, *, filters: Any = ...) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Collection(Generic[T]):
    """A collection: its generated list and count operations, envelope and item types, primary key
    and filters (the generated ``TypedDict``; FEDn's client's names in ``aliases``).

    The operations are typed by the parameters every list and count route shares, so a generated
    operation that lost or renamed one (``x_limit``, ``filters``) fails ``mypy --strict`` here.

    Example::

        STATUSES = Collection(
            "statuses", list_statuses, count_statuses, StatusList, Status, "status_id", StatusFilters
        )
    """

    name: str
    operation: ListOperation
    counter: CountOperation
    envelope: type[Any]
    item: type[T]
    key: str
    #: the generated ``TypedDict`` of the collection's filters (e.g. ``StatusFilters``)
    filters: type[Any]
    aliases: Mapping[str, str] = field(default_factory=dict)
    #: filters shown in the ``iter_<name>`` docstring example (Python call arguments)
    example: str = ""

    @cached_property
    def rules(self) -> FilterRules:
        """The run-time check of filter names and values (:class:`fedn._filters.FilterRules`)."""
        names = (self.operation.filter_names, self.counter.filter_names)
        return FilterRules(self.name, self.filters, names, self.aliases)

    def cursor_key(self, sort_order: SortOrder) -> str | None:
        """The filter comparing the primary key column: ``id__gt`` (ascending), ``id__lt`` (descending)."""
        wanted = "id__gt" if sort_order == "asc" else "id__lt"
        return wanted if wanted in self.rules.types else None

    def list_call(self, filters: Mapping[str, object], **headers: object) -> Call[Any]:
        """The step listing entities: the envelope (``count``, ``result``), as FEDn's client returns it.

        ``filters`` by key (checked by :attr:`rules`); ``headers``: ``x_limit``, ``x_skip``,
        ``x_sort_key``, ``x_sort_order`` (``UNSET`` leaves one out).
        """
        return Call(self.operation, instance_of(self.envelope), (), {"filters": dict(filters), **headers})

    def page_call(self, filters: Mapping[str, object], **headers: object) -> Call[Page[T]]:
        """Like :meth:`list_call`, the answer as a :class:`Page` of typed items."""
        return Call(self.operation, self.check, (), {"filters": dict(filters), **headers})

    def count_call(self, filters: Mapping[str, object]) -> Call[int]:
        """The step counting the entities that match ``filters`` (keys, checked)."""
        return Call(self.counter, instance_of(int), (), {"filters": dict(filters)})

    def key_of(self, item: T) -> object:
        """The primary key of one item."""
        return getattr(item, self.key)

    def check(self, value: object) -> Page[T]:
        """The ``Call.check`` of a page: an envelope of this collection, turned into a :class:`Page`."""
        envelope: Any = instance_of(self.envelope)(value)  # a generated ...List: count and result
        items = envelope.result
        if not isinstance(items, list) or not all(isinstance(item, self.item) for item in items):
            raise UnexpectedShape(f"expected a list of {self.item.__name__}")
        return Page(count=int(envelope.count), items=cast(list[T], items))


class Pager(Generic[T]):
    """The sans-IO state of one iteration: page plans in, deduplicated items out.

    Pages are requested with :meth:`next_page` (only while :meth:`may_request` allows) and handed
    back to :meth:`accept` in the order they were requested.

    Example (a driver's loop, one page at a time)::

        pager = Pager(STATUSES, {"session_id": sid}, page_size=500)
        while not pager.done:
            page = driver.run(pager.next_page())
            yield from pager.accept(page)
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
        self._filters = collection.rules.check(filters)
        on_key = any(key in ("id", collection.key) or key.startswith("id__") for key in self._filters)
        self._cursor_key = collection.cursor_key(sort_order)
        #: keyset paging (``id__gt``/``id__lt`` after the last key); False: X-Skip
        self.keyset = self.sort_key == collection.key and self._cursor_key is not None and not on_key
        self._cursor: str | None = None
        self._previous: set[object] = set()
        self._next_skip = 0  # X-Skip of the next page to request
        self._accepted_to = 0  # X-Skip paging: the offset up to which pages have been accepted
        self._pending = 0  # pages requested, not yet accepted
        self._remaining: int | None = None  # keyset: matches after the last accepted page
        self._total: int | None = None  # X-Skip: the total the last accepted page reported
        #: the total number of matches, as the first page reported it
        self.count: int | None = None
        #: items accepted so far (after the duplicate filter)
        self.yielded = 0
        self.done = False

    def may_request(self, pending: int, window: int) -> bool:
        """Whether another page may be requested now, with ``pending`` pages in flight.

        Keyset pages depend on the previous one: one at a time. X-Skip pages: up to ``window``
        ahead, but past the known total only when nothing is in flight (the collection may grow).
        """
        if self.done:
            return False
        if self.keyset:
            return pending == 0
        if pending >= window:
            return False
        return pending == 0 or (self._total is not None and self._next_skip < self._total)

    def next_page(self) -> Plan[Page[T]]:
        """The plan of the next page in order (the pager's state advances now, not when it runs)."""
        filters = dict(self._filters)
        skip: int | Unset = UNSET
        if self.keyset:
            if self._cursor is not None:
                assert self._cursor_key is not None
                filters[self._cursor_key] = self._cursor
        else:
            skip = self._next_skip
            self._next_skip += self.page_size
        self._pending += 1
        step = self.collection.page_call(
            filters,
            x_limit=self.page_size,
            x_skip=skip,
            x_sort_key=self.sort_key,
            x_sort_order=self.sort_order,
        )
        return perform(step)

    def accept(self, page: Page[T]) -> list[T]:
        """Take the next page in order; return its items not already yielded."""
        self._pending -= 1
        if self.count is None:
            self.count = page.count
        key_of = self.collection.key_of
        promised = self._remaining
        if self.keyset and self._cursor is not None and not page.items and page.count == 0 and promised:
            # The previous page promised more, this one (after the cursor) has nothing at all: the
            # server does not compare the key (no such field). Go on by offset from here.
            self._to_skip()
            return []
        fresh = [item for item in page.items if key_of(item) not in self._previous]
        self._previous = {key_of(item) for item in page.items}
        self.yielded += len(fresh)
        short = len(page.items) < self.page_size
        if self.keyset:
            # ``count`` counts the matches after the cursor, this page's items included
            self._remaining = page.count - len(page.items)
            if short or self._remaining <= 0:
                self.done = True
                return fresh
            last = key_of(page.items[-1])
            if isinstance(last, str) and not parsed_by_server(last):
                self._cursor = last
            else:
                self._to_skip()  # the server would compare a number (or null): keys like "1", "2"
            return fresh
        self._accepted_to += self.page_size
        self._total = page.count
        # A short page ends the collection; so does reaching the total the page itself reported.
        if short or self._accepted_to >= page.count:
            self.done = True
        return fresh

    def _to_skip(self) -> None:
        """Continue with X-Skip pages at the position reached (same order: the primary key)."""
        self.keyset = False
        self._next_skip = self._accepted_to = self.yielded
        self._total = None


# --- every list route ----------------------------------------------------------------------

#: Filter names as FEDn's client spells them, mapped onto the server's.
_UPSTREAM_NAMES = {"event_type": "type"}

ATTRIBUTES = Collection(
    "attributes",
    list_attributes,
    count_attributes,
    AttributeList,
    Attribute,
    "attribute_id",
    AttributeFilters,
    example='key="charging"',
)
CLIENTS = Collection(
    "clients",
    list_clients,
    count_clients,
    ClientList,
    ClientInfo,
    "client_id",
    ClientFilters,
    example='status="online"',
)
COMBINERS = Collection(
    "combiners", list_combiners, count_combiners, CombinerList, Combiner, "combiner_id", CombinerFilters
)
METRICS = Collection(
    "metrics",
    list_metrics,
    count_metrics,
    MetricList,
    Metric,
    "metric_id",
    MetricFilters,
    example="session_id=sid",
)
MODELS = Collection(
    "models", list_models, count_models, ModelList, Model, "model_id", ModelFilters, example="session_id=sid"
)
PACKAGES = Collection(
    "packages", list_packages, count_packages, PackageList, Package, "package_id", PackageFilters
)
PREDICTIONS = Collection(
    "predictions",
    list_predictions,
    count_predictions,
    PredictionList,
    Prediction,
    "prediction_id",
    PredictionFilters,
    example="model_id=model_id",
)
ROUNDS = Collection("rounds", list_rounds, count_rounds, RoundList, Round, "round_id", RoundFilters)
RUNS = Collection("runs", list_runs, count_runs, RunList, Run, "run_id", RunFilters, example="session_id=sid")
SESSIONS = Collection(
    "sessions",
    list_sessions,
    count_sessions,
    SessionList,
    Session,
    "session_id",
    SessionFilters,
    example='status="Finished"',
)
STATUSES = Collection(
    "statuses",
    list_statuses,
    count_statuses,
    StatusList,
    Status,
    "status_id",
    StatusFilters,
    _UPSTREAM_NAMES,
    example='session_id=sid, type="MODEL_UPDATE"',
)
TELEMETRY = Collection(
    "telemetry", list_telemetry, count_telemetry, TelemetryList, Telemetry, "telemetry_id", TelemetryFilters
)
VALIDATIONS = Collection(
    "validations",
    list_validations,
    count_validations,
    ValidationList,
    Validation,
    "validation_id",
    ValidationFilters,
    example="session_id=sid",
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
    """Yield every item, page by page; with ``prefetch > 0`` pages load in threads ahead.

    The first page comes alone (it carries the total ``count``). Keyset pages: the next one is
    requested as soon as the current one has arrived, before its items are yielded. X-Skip pages:
    up to ``prefetch`` ahead, never beyond the known total unless the last page came back full.
    """
    _check_prefetch(prefetch)
    yield from pager.accept(driver.run(pager.next_page()))
    if pager.done:
        return
    if prefetch == 0:
        while not pager.done:
            yield from pager.accept(driver.run(pager.next_page()))
        return
    from concurrent.futures import Future, ThreadPoolExecutor

    pending: deque[Future[Page[T]]] = deque()
    with ThreadPoolExecutor(max_workers=prefetch, thread_name_prefix="fedn-page") as pool:
        try:
            while not pager.done:
                while pager.may_request(len(pending), prefetch):
                    pending.append(pool.submit(driver.run, pager.next_page()))
                items = pager.accept(pending.popleft().result())
                while pager.may_request(len(pending), prefetch):  # the next page loads meanwhile
                    pending.append(pool.submit(driver.run, pager.next_page()))
                yield from items
        finally:
            for future in pending:
                future.cancel()


async def iterate_async(
    driver: AsyncRunner, pager: Pager[T], prefetch: int = DEFAULT_PREFETCH
) -> AsyncIterator[T]:
    """The async :func:`iterate_sync`: pages ahead are concurrent tasks, yielded in order."""
    import asyncio

    _check_prefetch(prefetch)
    for item in pager.accept(await driver.run(pager.next_page())):
        yield item
    window = max(prefetch, 1)
    pending: deque[asyncio.Task[Page[T]]] = deque()
    try:
        while not pager.done:
            while pager.may_request(len(pending), window):
                pending.append(asyncio.ensure_future(driver.run(pager.next_page())))
            items = pager.accept(await pending.popleft())
            if prefetch and pager.may_request(len(pending), window):  # the next page loads meanwhile
                while pager.may_request(len(pending), window):
                    pending.append(asyncio.ensure_future(driver.run(pager.next_page())))
                await asyncio.sleep(0)  # let the new task send its request before the items are consumed
            for item in items:
                yield item
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)


def _check_prefetch(prefetch: int) -> None:
    if isinstance(prefetch, bool) or not isinstance(prefetch, int) or not 0 <= prefetch <= 64:
        raise InvalidInputError(f"prefetch must be an integer in 0..64, got {prefetch!r}")
