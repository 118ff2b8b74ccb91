"""Every list method of the clients takes the server's filters beyond upstream's named ones.

``get_models(committed_at__gte=...)``, ``get_sessions(status__ne=...)``: each filter goes out as the
query parameter the server reads (a ``datetime`` as ISO 8601 in UTC), and a name the route does not
know raises ``InvalidInputError`` before any request.
"""

from __future__ import annotations

import datetime as dt
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
