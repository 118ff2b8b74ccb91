"""The httpx clients under the facade: an empty ``params`` skips the URL re-parse, nothing else changes."""

from __future__ import annotations

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient
from fedn._http import AsyncHTTPClient, HTTPClient, _params


def test_only_an_empty_params_for_a_url_without_query_is_dropped() -> None:
    assert _params("/api/v1/models/count", {}) is None
    assert _params("/api/v1/models/count", None) is None
    assert _params("/api/v1/models/", {"session_id": "s"}) == {"session_id": "s"}
    assert _params("/x?a=1", {}) == {}  # httpx clears a URL's query for params={}: kept as it was
    url = httpx.URL("http://h/x")
    assert _params(url, {}) == {}


def _record(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json=3 if request.url.path.endswith("count") else {"count": 0, "result": []}
        )

    return httpx.MockTransport(handler)


def test_requests_on_the_wire_are_unchanged() -> None:
    seen: list[httpx.Request] = []
    with APIClient("ctl.test:8092", transport=_record(seen), environ={}) as client:
        assert isinstance(client.httpx_client, HTTPClient)
        assert client.get_models_count() == 3
        client.get_models(session_id="s 1", n_max=2)
        client.httpx_client.get("/api/v1/models/?a=1", params={})
        client.httpx_client.get("/api/v1/models/", params={"b": "2"})
    assert [str(r.url) for r in seen] == [
        "http://ctl.test:8092/api/v1/models/count",
        "http://ctl.test:8092/api/v1/models/?session_id=s+1",
        "http://ctl.test:8092/api/v1/models/",  # httpx's own rule for params={}: the query is replaced
        "http://ctl.test:8092/api/v1/models/?b=2",
    ]
    assert seen[1].headers["x-limit"] == "2"


async def test_async_requests_on_the_wire_are_unchanged() -> None:
    seen: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=3)

    async with AsyncAPIClient("ctl.test:8092", transport=httpx.MockTransport(handler), environ={}) as client:
        assert isinstance(client.httpx_client, AsyncHTTPClient)
        assert await client.get_models_count() == 3
    assert [str(r.url) for r in seen] == ["http://ctl.test:8092/api/v1/models/count"]


def test_an_empty_params_does_not_rebuild_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reason for the subclass: a generated call parses URLs exactly as often as a bare
    ``httpx.Client.get(path)`` (httpx re-parses the whole URL once more for ``params={}``)."""
    import httpx._urlparse
    import httpx._urls

    parsed: list[str] = []
    original = httpx._urlparse.urlparse

    def counting(url: str = "", **kwargs: object) -> object:
        parsed.append(url)
        return original(url, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx._urlparse, "urlparse", counting)
    monkeypatch.setattr(httpx._urls, "urlparse", counting)
    transport = _record([])
    counts: list[int] = []
    with (
        APIClient("ctl.test:8092", transport=transport, environ={}) as client,
        httpx.Client(base_url="http://ctl.test:8092", transport=transport) as bare,
    ):
        client.get_models_count()  # warm up (the first call sets up the connection pool)
        bare.get("/api/v1/models/count")
        for call in (
            client.get_models_count,
            lambda: bare.get("/api/v1/models/count"),
            lambda: bare.get("/api/v1/models/count", params={}),
        ):
            parsed.clear()
            call()
            counts.append(len(parsed))
    ours, bare_none, bare_empty = counts
    assert ours == bare_none
    assert bare_empty > bare_none  # what the subclass avoids
