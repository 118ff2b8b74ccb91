"""AsyncAPIClient: the request-shape table of every public method, and parity with APIClient.

The table (``CASES`` of tests/support/requests_table.py) is the one the sync client runs; here the
async client runs it over ``httpx.MockTransport`` (which serves async clients too) and must make
exactly the same requests and return the same typed results.
"""

from __future__ import annotations

import inspect
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, errors
from support.requests_table import (
    CASES,
    LATEST_MODEL_QUERY,
    TOKEN,
    Case,
    Recorder,
    envelope,
    expect_warning,
    get,
    limited,
    resolve_placeholders,
    session,
)


async def run_case_async(case: Case, tmp_path: Path) -> Any:
    recorder = Recorder(case.exchanges)
    args, kwargs = resolve_placeholders(case, tmp_path)
    async with AsyncAPIClient(
        "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(recorder), environ={}
    ) as client:
        with expect_warning(case):
            result = await getattr(client, case.method)(*args, **kwargs)
    recorder.assert_done()
    if case.check is not None:
        case.check(result, tmp_path)
    return result


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
async def test_request_shape_async(case: Case, tmp_path: Path) -> None:
    await run_case_async(case, tmp_path)


def _public(cls: type) -> dict[str, Any]:
    return {
        name: getattr(cls, name)
        for name in dir(cls)
        if not name.startswith("_") and callable(getattr(cls, name))
    }


def _return_type(func: Any, owner: type) -> Any:
    return typing.get_type_hints(func)["return"]


def test_async_client_has_every_method_with_the_same_parameters() -> None:
    sync_methods = _public(APIClient)
    async_methods = _public(AsyncAPIClient)
    missing = set(sync_methods) - set(async_methods)
    assert missing == set(), f"AsyncAPIClient lacks {sorted(missing)}"
    for name, sync_method in sync_methods.items():
        sync_sig = inspect.signature(sync_method)
        async_sig = inspect.signature(async_methods[name])
        assert list(sync_sig.parameters.values()) == list(async_sig.parameters.values()), name


def test_async_methods_are_awaitable_and_return_the_same_types() -> None:
    for name, sync_method in _public(APIClient).items():
        async_method = getattr(AsyncAPIClient, name)
        sync_ret = _return_type(sync_method, APIClient)
        async_ret = _return_type(async_method, AsyncAPIClient)
        if name.startswith("iter"):
            # Iterator[X] in sync, AsyncIterator[X] in async
            assert not inspect.iscoroutinefunction(async_method), name
            assert typing.get_origin(sync_ret).__name__ == "Iterator", name
            assert typing.get_origin(async_ret).__name__ == "AsyncIterator", name
            assert str(typing.get_args(sync_ret)) == str(typing.get_args(async_ret)), name
        elif name == "with_options":
            assert not inspect.iscoroutinefunction(async_method)
        else:
            assert inspect.iscoroutinefunction(async_method), name
            assert sync_ret == async_ret, (name, sync_ret, async_ret)


async def test_async_errors_and_pool() -> None:
    recorder = Recorder(
        (
            get("/api/v1/models/m9", {"message": "Entity with id: m9 not found"}, status=404),
            get("/api/v1/models/", {"count": 0, "result": []}, query={"name": "m9"}, **limited(10)),
            get("/api/v1/models/count", 1),
        )
    )
    client = AsyncAPIClient("ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(recorder), environ={})
    http = client.httpx_client
    with pytest.raises(errors.NotFoundError) as info:
        await client.get_model("m9")
    assert info.value.method == "GET" and info.value.url == "http://ctl.test:8092/api/v1/models/m9"
    assert TOKEN not in str(info.value) + repr(info.value) + repr(client)
    assert await client.get_models_count() == 1
    assert client.generated.get_async_httpx_client() is http
    await client.aclose()
    assert http.is_closed
    recorder.assert_done()


async def test_async_seed_upload_without_active_package_sends_nothing(tmp_path: Path) -> None:
    seed = tmp_path / "seed.npz"
    seed.write_bytes(b"x")
    recorder = Recorder((get("/api/v1/helpers/active", {"message": "No active helper"}, status=404),))
    async with AsyncAPIClient(
        "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(recorder), environ={}
    ) as client:
        with pytest.raises(errors.ConflictError, match=r"call set_active_package"):
            await client.set_active_model(seed)
    recorder.assert_done()


async def test_async_start_session_on_a_busy_controller_creates_nothing() -> None:
    running = envelope(session(status="Started"))
    recorder = Recorder((
        get("/get_controller_status", {"state": "monitoring"}),
        get("/api/v1/sessions/", running, query={"status": "Started"}, headers=LATEST_MODEL_QUERY,
            no_headers=()),
    ))  # fmt: skip
    async with AsyncAPIClient(
        "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(recorder), environ={}
    ) as client:
        with pytest.raises(errors.ConflictError, match="No session was created"):
            await client.start_session(name="s", model_id="m1", helper="numpyhelper")
    recorder.assert_done()


async def test_async_transport_errors_are_mapped() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    async with AsyncAPIClient(
        "ctl.test:8092", transport=httpx.MockTransport(refuse), max_retries=0, environ={}
    ) as client:
        with pytest.raises(errors.APIConnectionError) as info:
            await client.get_models()
    assert isinstance(info.value.__cause__, httpx.ConnectError)
