"""Lazy iteration through a mocked FEDn list route that pages like the 0.33 SQL statestores.

The fake route filters by query parameters (equality, and the comparison suffixes on ``id``, the
primary key column, answering 500 for a value the server would parse as a number as FEDn
does), sorts its rows by ``X-Sort-Key`` (ties by insertion), applies ``X-Skip`` and ``X-Limit``
and answers ``{"count", "result"}``, so the pager's request shapes (keyset and X-Skip), order,
laziness and duplicate/skip guarantees under concurrent inserts and deletes are checked for
both clients from one table.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, errors
from fedn._paging import parsed_by_server
from fedn.paging import STATUSES
from support.requests_table import (
    ATTRIBUTE,
    CLIENT,
    COMBINER,
    PACKAGE_JSON,
    PREDICTION,
    ROUND,
    STATUS,
    TOKEN,
    TS,
    VALIDATION,
    model,
    session,
)

NODE = {"name": "client-1", "role": "client", "client_id": "c1"}
METRIC = {"metric_id": "x", "key": "loss", "value": 0.5, "timestamp": TS, "sender": NODE, "model_id": "m1",
          "step": 1, "round_id": "1", "session_id": "s1", "committed_at": TS, "updated_at": TS}  # fmt: skip
TELEMETRY = {"telemetry_id": "x", "key": "memory", "value": 1.0, "timestamp": TS, "sender": NODE,
             "committed_at": TS, "updated_at": TS}  # fmt: skip
RUN = {"run_id": "x", "session_id": "s1", "model_id": "m1", "completed_at_model_id": None,
       "round_timeout": 180, "rounds": 3, "completed_at": TS,
       "committed_at": TS, "updated_at": TS}  # fmt: skip


@dataclass
class Route:
    """One iter_ method: its path, primary key and a template entity."""

    method: str
    path: str
    key: str
    template: dict[str, Any]


ROUTES = [
    Route("iter_models", "/api/v1/models/", "model_id", model("x")),
    Route("iter_statuses", "/api/v1/statuses/", "status_id", STATUS),
    Route("iter_validations", "/api/v1/validations/", "validation_id", VALIDATION),
    Route("iter_sessions", "/api/v1/sessions/", "session_id", session()),
    Route("iter_rounds", "/api/v1/rounds/", "round_id", ROUND),
    Route("iter_clients", "/api/v1/clients/", "client_id", CLIENT),
    Route("iter_combiners", "/api/v1/combiners/", "combiner_id", COMBINER),
    Route("iter_packages", "/api/v1/packages/", "package_id", PACKAGE_JSON),
    Route("iter_predictions", "/api/v1/predictions/", "prediction_id", PREDICTION),
    Route("iter_metrics", "/api/v1/metrics/", "metric_id", METRIC),
    Route("iter_telemetry", "/api/v1/telemetry/", "telemetry_id", TELEMETRY),
    Route("iter_attributes", "/api/v1/attributes/", "attribute_id", ATTRIBUTE),
    Route("iter_runs", "/api/v1/runs/", "run_id", RUN),
]


@dataclass
class FakeListRoute:
    """A list route paging like FEDn's SQL stores, with a hook run before each page is served."""

    route: Route
    rows: list[dict[str, Any]] = field(default_factory=list)
    seen: list[httpx.Request] = field(default_factory=list)
    before_page: Callable[[int], None] | None = None
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    #: answer every ``id__gt``/``id__lt`` page with nothing and a count of 0 (a MongoDB store: no ``id``)
    no_id_field: bool = False

    def add(self, key: str, **extra: Any) -> None:
        self.rows.append({**self.route.template, self.route.key: key, **extra})

    def remove(self, key: str) -> None:
        self.rows = [row for row in self.rows if row[self.route.key] != key]

    def matches(self, row: dict[str, Any], name: str, value: str) -> bool:
        """FEDn's SQL filter for one query argument (only ``id`` takes the comparison suffixes here)."""
        for suffix, compare in (("__gt", str.__gt__), ("__lt", str.__lt__)):
            if name == f"id{suffix}":
                return bool(compare(str(row[self.route.key]), value))
        return str(row.get(name)) == value

    def answer(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == self.route.path
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        with self.lock:
            self.seen.append(request)
            index = len(self.seen) - 1
            if self.before_page is not None:
                self.before_page(index)
            sort_key = request.headers.get("x-sort-key", "committed_at")
            params = dict(request.url.params)
            if any(name.startswith("id__") and parsed_by_server(value) for name, value in params.items()):
                return httpx.Response(
                    500, json={"message": "An unexpected error occurred"}
                )  # varchar > integer
            if self.no_id_field and any(name.startswith("id__") for name in params):
                return httpx.Response(200, json={"count": 0, "result": []})
            rows = [r for r in self.rows if all(self.matches(r, k, v) for k, v in params.items())]
            rows = sorted(
                rows,
                key=lambda r: str(r.get(sort_key)),
                reverse=request.headers.get("x-sort-order") == "desc",
            )
            skip = int(request.headers.get("x-skip", "0"))
            limit = int(request.headers.get("x-limit", "0"))
            page = rows[skip : skip + limit] if limit else rows[skip:]
            return httpx.Response(200, json={"count": len(rows), "result": page})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.01)  # let other page requests start
            return self.answer(request)
        finally:
            with self.lock:
                self.in_flight -= 1


def sync_client(fake: FakeListRoute) -> APIClient:
    return APIClient("ctl.test", token=TOKEN, transport=httpx.MockTransport(fake), environ={})


def async_client(fake: FakeListRoute) -> AsyncAPIClient:
    return AsyncAPIClient(
        "ctl.test", token=TOKEN, transport=httpx.MockTransport(fake.handle_async), environ={}
    )


async def collect(fake: FakeListRoute, flavour: str, method: str, **kwargs: Any) -> list[Any]:
    """Run ``method`` on the sync or the async client and list what it yields."""
    if flavour == "sync":
        with sync_client(fake) as client:
            return list(getattr(client, method)(**kwargs))
    async with async_client(fake) as client:
        return [item async for item in getattr(client, method)(**kwargs)]


FLAVOURS = ["sync", "async"]


@pytest.mark.parametrize("flavour", FLAVOURS)
@pytest.mark.parametrize("route", ROUTES, ids=[r.method for r in ROUTES])
async def test_every_iter_method_pages_with_a_stable_key(route: Route, flavour: str) -> None:
    fake = FakeListRoute(route)
    for n in range(7):
        fake.add(f"id-{n}")
    items = await collect(fake, flavour, route.method, page_size=3, prefetch=0)
    assert [getattr(i, route.key) for i in items] == [f"id-{n}" for n in range(7)]
    # keyset pages: the rows after the last key seen, never an X-Skip
    assert [(dict(r.url.params), r.headers["x-limit"]) for r in fake.seen] == [
        ({}, "3"),
        ({"id__gt": "id-2"}, "3"),
        ({"id__gt": "id-5"}, "3"),
    ]
    assert all("x-skip" not in r.headers for r in fake.seen)
    assert {(r.headers["x-sort-key"], r.headers["x-sort-order"]) for r in fake.seen} == {(route.key, "asc")}


def test_every_iter_method_is_in_the_table() -> None:
    methods = {name for name in dir(APIClient) if name.startswith("iter_")}
    assert methods == {r.method for r in ROUTES}


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_filters_sort_and_order(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    for n in range(5):
        fake.add(f"s{n}", session_id="a" if n % 2 else "b", type="MODEL_UPDATE")
    items = await collect(
        fake,
        flavour,
        "iter_statuses",
        session_id="a",
        event_type="MODEL_UPDATE",
        sort_order="desc",
        page_size=10,
    )
    assert [s.status_id for s in items] == ["s3", "s1"]
    assert dict(fake.seen[0].url.params) == {"session_id": "a", "type": "MODEL_UPDATE"}
    assert fake.seen[0].headers["x-sort-order"] == "desc"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_unknown_filters_and_bad_page_sizes_fail_before_any_request(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    for kwargs in ({"no_such_field": 1}, {"page_size": 0}, {"sort_order": "up"}, {"prefetch": -1}):
        with pytest.raises(errors.InvalidInputError):
            await collect(fake, flavour, "iter_statuses", **kwargs)
    assert fake.seen == []


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_inserts_before_the_cursor_cause_no_duplicates_and_no_skips(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    original = [f"{n:03d}" for n in range(0, 100, 2)]  # 000, 002, ..., 098
    for key in original:
        fake.add(key)

    def insert_early(page_index: int) -> None:
        if page_index > 0:  # between pages: 3 new rows sort before the cursor
            for n in range(3):
                fake.add(f"{2 * page_index - 1:03d}.{n}")

    fake.before_page = insert_early
    items = await collect(fake, flavour, "iter_statuses", page_size=10, prefetch=0)
    keys = [s.status_id for s in items]
    assert len(keys) == len(set(keys)), "duplicates"
    assert set(original) <= set(keys), "skipped an entity that existed throughout"


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_appends_during_iteration_are_yielded_once(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    for n in range(25):
        fake.add(f"{n:04d}")

    def append(page_index: int) -> None:
        if page_index in (1, 2):
            fake.add(f"9{page_index:03d}")

    fake.before_page = append
    items = await collect(fake, flavour, "iter_statuses", page_size=10, prefetch=0)
    keys = [s.status_id for s in items]
    assert keys == sorted(set(keys)) and len(keys) == 27


def test_sync_iteration_is_lazy() -> None:
    fake = FakeListRoute(ROUTES[1])
    for n in range(1000):
        fake.add(f"{n:05d}")
    with sync_client(fake) as client:
        iterator = client.iter_statuses(page_size=100, prefetch=0)
        assert fake.seen == []  # nothing requested before the first next()
        first = [next(iterator) for _ in range(150)]
        assert len(fake.seen) == 2 and first[-1].status_id == "00149"
        iterator.close()  # type: ignore[attr-defined]
    assert len(fake.seen) == 2


async def test_async_iteration_prefetches_concurrently_and_keeps_order() -> None:
    fake = FakeListRoute(ROUTES[1])
    for n in range(1000):
        fake.add(uuid.UUID(int=n).hex)
    async with async_client(fake) as client:
        keys = [s.status_id async for s in client.iter_statuses(page_size=100, prefetch=4)]
    assert keys == sorted(uuid.UUID(int=n).hex for n in range(1000))
    assert len(fake.seen) == 10  # the count from page 1 bounds the requests: no speculative extra page
    assert 1 < fake.max_in_flight <= 4


async def test_async_iteration_stops_early_and_cancels_prefetched_pages() -> None:
    fake = FakeListRoute(ROUTES[1])
    for n in range(1000):
        fake.add(f"{n:05d}")
    async with async_client(fake) as client:
        iterator = client.iter_statuses(page_size=50, prefetch=3)
        got = []
        async for status in iterator:
            got.append(status)
            if len(got) == 60:
                break
        await iterator.aclose()  # type: ignore[attr-defined]
    assert len(fake.seen) <= 1 + 3 + 1  # first page, the prefetch window, at most one refill


def test_sync_prefetch_uses_threads_and_keeps_order() -> None:
    fake = FakeListRoute(ROUTES[1])
    for n in range(523):
        fake.add(f"{n:05d}")
    with sync_client(fake) as client:
        keys = [s.status_id for s in client.iterate(STATUSES, page_size=50, prefetch=3)]
    assert keys == [f"{n:05d}" for n in range(523)]
    # numeric keys: the first page is a keyset page, then X-Skip pages from its end, in threads
    assert "x-skip" not in fake.seen[0].headers
    assert sorted(int(r.headers["x-skip"]) for r in fake.seen[1:]) == list(range(50, 550, 50))


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_empty_collection(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    assert await collect(fake, flavour, "iter_statuses") == []
    assert len(fake.seen) == 1


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keyset_yields_survivors_exactly_once_under_inserts_and_deletes(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    original = [f"k{n:03d}" for n in range(0, 100, 2)]  # k000, k002, ..., k098
    for key in original:
        fake.add(key)
    deleted: set[str] = set()

    def churn(page_index: int) -> None:
        if page_index > 0:  # between pages: rows appear before and after the cursor, others vanish
            for n in range(3):
                fake.add(f"k{2 * page_index - 1:03d}.{n}")
                fake.add(f"k{60 + 2 * page_index - 1:03d}.{n}")
            for key in (f"k{2 * page_index:03d}", f"k{98 - 2 * page_index:03d}"):
                fake.remove(key)
                deleted.add(key)

    fake.before_page = churn
    items = await collect(fake, flavour, "iter_statuses", page_size=10, prefetch=2)
    keys = [s.status_id for s in items]
    assert len(keys) == len(set(keys)), "duplicates"
    assert keys == sorted(keys), "out of order"
    assert set(original) - deleted <= set(keys), "skipped an entity that existed throughout"
    assert all("x-skip" not in r.headers for r in fake.seen)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_keyset_descending_uses_id_lt(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    for key in "abcdefg":
        fake.add(key)
    items = await collect(fake, flavour, "iter_statuses", page_size=3, sort_order="desc")
    assert [s.status_id for s in items] == list("gfedcba")
    assert [dict(r.url.params) for r in fake.seen] == [{}, {"id__lt": "e"}, {"id__lt": "b"}]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_key_the_server_parses_as_a_number_switches_to_x_skip(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    keys = ["a", "b", "c", "d", "e", "inf", "j", "k"]  # "inf" parses as a float: no id__gt=inf
    for key in keys:
        fake.add(key)
    items = await collect(fake, flavour, "iter_statuses", page_size=3, prefetch=0)
    assert [s.status_id for s in items] == keys
    sent = [(dict(r.url.params), r.headers.get("x-skip")) for r in fake.seen]
    assert sent == [({}, None), ({"id__gt": "c"}, None), ({}, "6")]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_numeric_keys_page_by_x_skip_from_the_first_page(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[4])  # rounds: ids "1", "2", ...
    for n in range(1, 8):
        fake.add(str(n))
    items = await collect(fake, flavour, "iter_rounds", page_size=3, prefetch=0)
    assert [r.round_id for r in items] == [str(n) for n in range(1, 8)]
    assert [r.headers.get("x-skip") for r in fake.seen] == [None, "3", "6"]
    assert all(dict(r.url.params) == {} for r in fake.seen)


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_a_server_without_an_id_field_gets_x_skip_pages(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1], no_id_field=True)
    for n in range(8):
        fake.add(f"s{n}")
    items = await collect(fake, flavour, "iter_statuses", page_size=3, prefetch=0)
    assert [s.status_id for s in items] == [f"s{n}" for n in range(8)]
    sent = [(dict(r.url.params), r.headers.get("x-skip")) for r in fake.seen]
    assert sent == [({}, None), ({"id__gt": "s2"}, None), ({}, "3"), ({}, "6")]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_another_sort_key_or_a_filter_on_the_key_pages_by_x_skip(flavour: str) -> None:
    fake = FakeListRoute(ROUTES[1])
    for n in range(5):
        fake.add(f"s{n}", status=f"{4 - n}")
    by_status = await collect(fake, flavour, "iter_statuses", page_size=2, sort_key="status", prefetch=0)
    assert [s.status_id for s in by_status] == ["s4", "s3", "s2", "s1", "s0"]
    assert [r.headers.get("x-skip") for r in fake.seen] == ["0", "2", "4"]
    fake.seen.clear()
    after = await collect(fake, flavour, "iter_statuses", page_size=2, prefetch=0, id__gt="s1")
    assert [s.status_id for s in after] == ["s2", "s3", "s4"]
    assert [r.headers.get("x-skip") for r in fake.seen] == ["0", "2"]


@pytest.mark.parametrize("flavour", FLAVOURS)
async def test_filters_take_keys_server_names_and_datetimes(flavour: str) -> None:
    import datetime as dt

    fake = FakeListRoute(ROUTES[1])
    fake.add("s1")
    aware = dt.datetime(2026, 11, 27, 6, 35, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    naive = dt.datetime(2026, 11, 27, 5, 40)
    await collect(
        fake,
        flavour,
        "iter_statuses",
        committed_at__gte=aware,
        committed_at__lt=naive,
        **{"sender.name": "client1"},
        sender_role="client",
        log_level__ne="DEBUG",
    )
    assert dict(fake.seen[0].url.params) == {
        "committed_at__gte": "2026-11-27T05:35:12+00:00",
        "committed_at__lt": "2026-11-27T05:40:00+00:00",
        "sender.name": "client1",
        "sender.role": "client",
        "log_level__ne": "DEBUG",
    }


def test_get_statuses_validations_predictions_take_any_declared_filter() -> None:
    import datetime as dt

    fake = FakeListRoute(ROUTES[1])
    fake.add("s1")
    since = dt.datetime(2026, 11, 27, 5, 0, tzinfo=dt.UTC)
    with sync_client(fake) as client:
        client.get_statuses(
            session_id="a", committed_at__gte=since, **{"sender.role": "client"}, status__ne="x"
        )
        with pytest.raises(errors.InvalidInputError):
            client.get_statuses(no_such_filter=1)
    assert dict(fake.seen[0].url.params) == {
        "session_id": "a",
        "committed_at__gte": "2026-11-27T05:00:00+00:00",
        "sender.role": "client",
        "status__ne": "x",
    }
    assert len(fake.seen) == 1  # the unknown filter failed before any request
    for route, method, kwargs, expected in (
        (ROUTES[2], "get_validations", {"model_id": "m1", "timestamp__lt": since}, "timestamp__lt"),
        (ROUTES[8], "get_predictions", {"model_id": "m1", "timestamp__gte": since}, "timestamp__gte"),
    ):
        other = FakeListRoute(route)
        with sync_client(other) as client:
            getattr(client, method)(**kwargs)
        assert dict(other.seen[0].url.params) == {"model_id": "m1", expected: "2026-11-27T05:00:00+00:00"}
