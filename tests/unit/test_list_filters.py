"""Every list, count and iterator method of the clients takes the server's filters.

``get_models(committed_at__gte=...)``, ``get_sessions(status__ne=...)``, ``get_validations_count(
session_id=...)``: each filter goes out as the query parameter the server reads (a ``datetime`` as
ISO 8601 in UTC, a ``bool`` as ``true``/``false``, numbers as decimals). A name the route does not
know, or a value of another type than the filter's (``fedn.filters``), raises
``InvalidInputError`` before any request, naming the nearest filter.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, errors

LIST_METHODS = {
    "get_clients": "/api/v1/clients/",
    "get_active_clients": "/api/v1/clients/",
    "get_combiners": "/api/v1/combiners/",
    "get_models": "/api/v1/models/",
    "get_packages": "/api/v1/packages/",
    "get_rounds": "/api/v1/rounds/",
    "get_sessions": "/api/v1/sessions/",
    "get_statuses": "/api/v1/statuses/",
    "get_validations": "/api/v1/validations/",
    "get_predictions": "/api/v1/predictions/",
}
SINCE = dt.datetime(2026, 11, 27, 5, 2, 48, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"count": 0, "result": []})

    return seen, httpx.MockTransport(answer)


@pytest.mark.parametrize("method", sorted(LIST_METHODS))
def test_a_time_range_and_a_comparison_go_out_as_query_parameters(method: str) -> None:
    seen, transport = recording()
    with APIClient("ctl.test:8092", transport=transport, environ={}) as client:
        result: Any = getattr(client, method)(n_max=5, committed_at__gte=SINCE, committed_at__lt="null")
    assert result["count"] == 0
    (request,) = seen
    assert request.url.path == LIST_METHODS[method]
    assert request.url.params["committed_at__gte"] == "2026-11-27T04:02:48+00:00"
    assert request.url.params["committed_at__lt"] == "null"
    assert request.headers["X-Limit"] == "5"


@pytest.mark.parametrize("method", sorted(LIST_METHODS))
def test_an_unknown_filter_is_refused_before_any_request(method: str) -> None:
    seen, transport = recording()
    client = APIClient("ctl.test:8092", transport=transport, environ={})
    with client, pytest.raises(errors.InvalidInputError, match="cannot be filtered by 'no_such_field'"):
        getattr(client, method)(no_such_field=1)
    assert seen == []


async def test_the_async_client_takes_the_same_filters() -> None:
    seen, transport = recording()
    async with AsyncAPIClient("ctl.test:8092", transport=transport, environ={}) as client:
        await client.get_sessions(name="s1", status__ne="Finished")
    (request,) = seen
    assert dict(request.url.params) == {"name": "s1", "status__ne": "Finished"}


COUNT_METHODS = {
    "get_clients_count": "/api/v1/clients/count",
    "get_combiners_count": "/api/v1/combiners/count",
    "get_models_count": "/api/v1/models/count",
    "get_packages_count": "/api/v1/packages/count",
    "get_rounds_count": "/api/v1/rounds/count",
    "get_sessions_count": "/api/v1/sessions/count",
    "get_statuses_count": "/api/v1/statuses/count",
    "get_validations_count": "/api/v1/validations/count",
}


def counting() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=3)

    return seen, httpx.MockTransport(answer)


@pytest.mark.parametrize("method", sorted(COUNT_METHODS))
def test_counts_take_the_same_filters(method: str) -> None:
    seen, transport = counting()
    with APIClient("ctl.test:8092", transport=transport, environ={}) as client:
        assert getattr(client, method)(committed_at__gte=SINCE, committed_at__lt="null") == 3
        assert getattr(client, method)() == 3
    assert [r.url.path for r in seen] == [COUNT_METHODS[method]] * 2
    assert dict(seen[0].url.params) == {
        "committed_at__gte": "2026-11-27T04:02:48+00:00",
        "committed_at__lt": "null",
    }
    assert dict(seen[1].url.params) == {}


def test_a_validations_count_sends_the_names_its_route_honours() -> None:
    """The list honours ``sender.name``; FEDn 0.33's count ignores it and honours ``sender_name``."""
    seen, transport = counting()
    with APIClient("ctl.test:8092", transport=transport, environ={}) as client:
        client.get_validations_count(session_id="s1", sender_name="client1")
        client.get_validations_count(**{"sender.name": "client1"})
    assert [dict(r.url.params) for r in seen] == [
        {"session_id": "s1", "sender_name": "client1"},
        {"sender_name": "client1"},
    ]
    seen, transport = recording()
    with APIClient("ctl.test:8092", transport=transport, environ={}) as client:
        client.get_validations(sender_name="client1")
        client.get_validations(**{"sender_name": "client2"})  # the key, as a typed caller writes it
    assert [dict(r.url.params) for r in seen] == [{"sender.name": "client1"}, {"sender.name": "client2"}]


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("committed_at_gte", "committed_at__gte"),  # the generated client's old keyword
        ("sesion_id", "session_id"),
        ("log_level_ne", "log_level__ne"),
        ("type_", "type"),
    ],
)
def test_a_misspelt_filter_names_the_nearest_one(name: str, suggestion: str) -> None:
    seen, transport = recording()
    with APIClient("ctl.test:8092", transport=transport, environ={}) as client:
        for call in (client.get_statuses, client.get_statuses_count, client.iter_statuses):
            with pytest.raises(errors.InvalidInputError) as info:
                list(call(**{name: "x"}))  # type: ignore[call-overload]
            assert f"cannot be filtered by {name!r} (did you mean {suggestion!r}?)" in str(info.value)
    assert seen == []


@pytest.mark.parametrize(
    ("method", "filters", "message"),
    [
        (
            "get_statuses",
            {"committed_at__gte": 3.5},
            "'committed_at__gte' takes a datetime or a str, got float",
        ),
        ("get_packages", {"active": "yes"}, "'active' takes a bool or 'null', got str 'yes'"),
        ("get_combiners", {"port__gt": True}, "'port__gt' takes an integer or 'null', got bool True"),
        ("get_combiners", {"port": 8.5}, "'port' takes an integer or 'null', got float 8.5"),
        ("get_models", {"name": 7}, "'name' takes a str, got int 7"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_before_any_request(
    method: str, filters: dict[str, object], message: str
) -> None:
    seen, transport = recording()
    client = APIClient("ctl.test:8092", transport=transport, environ={})
    with client, pytest.raises(errors.InvalidInputError, match=re.escape(message)):
        getattr(client, method)(**filters)
    assert seen == []


def test_values_go_out_as_the_server_reads_them() -> None:
    seen, transport = recording()
    naive = dt.datetime(2026, 11, 27, 5, 2, 48)
    with APIClient("ctl.test:8092", transport=transport, environ={}) as client:
        client.get_packages(active=True, committed_at__lt=naive)
        client.get_combiners(port__gt=8000, port__ne="NULL")
        client.get_clients(last_seen__gte="2026-11-27T05:00:00Z")
        list(client.iter_metrics(value__gt=0.5, step__gte=2, prefetch=0))
    assert [dict(r.url.params) for r in seen] == [
        {"active": "true", "committed_at__lt": "2026-11-27T05:02:48+00:00"},
        {"port__gt": "8000", "port__ne": "NULL"},
        {"last_seen__gte": "2026-11-27T05:00:00Z"},
        {"value__gt": "0.5", "step__gte": "2"},
    ]


def test_a_filter_given_twice_is_refused() -> None:
    seen, transport = recording()
    with APIClient("ctl.test:8092", transport=transport, environ={}) as client:
        with pytest.raises(errors.InvalidInputError, match="'type' is given twice"):
            client.get_statuses(event_type="A", type="B")
        with pytest.raises(errors.InvalidInputError, match="'sender_name' is given twice"):
            client.get_validations(sender_name="a", **{"sender.name": "b"})
        with pytest.raises(errors.InvalidInputError, match=r"get_active_clients .* takes no \['status'\]"):
            client.get_active_clients(status="offline")
        client.get_statuses(event_type="MODEL_UPDATE", session_id=None)  # None: no filter, as upstream
    assert [dict(r.url.params) for r in seen] == [{"type": "MODEL_UPDATE"}]


async def test_the_async_counts_and_iterators_check_the_same_way() -> None:
    seen, transport = counting()
    async with AsyncAPIClient("ctl.test:8092", transport=transport, environ={}) as client:
        assert await client.get_models_count(session_id="s1") == 3
        with pytest.raises(errors.InvalidInputError, match="did you mean 'session_id'"):
            await client.get_models_count(sesion_id="s1")  # type: ignore[call-arg]
        with pytest.raises(errors.InvalidInputError, match="did you mean 'session_id'"):
            async for _ in client.iter_models(sesion_id="s1"):  # type: ignore[call-arg]
                pass
    assert [dict(r.url.params) for r in seen] == [{"session_id": "s1"}]
