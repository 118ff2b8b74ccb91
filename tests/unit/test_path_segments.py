"""Ids that cannot be URL path segments ("", "." and "..") are refused before any request.

httpx drops "." and ".." segments when it normalises a URL, and percent-encoding cannot protect
them (they are unreserved characters), so ``get_model("..")`` used to send ``GET /api/v1/`` and
``delete_client.sync_detailed("..")`` ``DELETE /api/v1/clients``. Both layers refuse them: the
facade with :class:`~fedn.errors.InvalidInputError` naming the argument, the generated layer
(every path parameter goes through ``fedn_api.types.path_segment``) with
``InvalidPathParameterError``, a ``ValueError``. Every test runs on a transport that records
what reaches it, and checks that nothing did.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

import fedn_api.api
from fedn import APIClient, AsyncAPIClient, errors
from fedn._steps import call
from fedn_api.api.models import get_model as op_get_model
from fedn_api.client import AuthenticatedClient
from fedn_api.models import Model
from fedn_api.types import InvalidPathParameterError, path_segment

BAD_IDS = ["..", ".", ""]


class Recorder:
    """Sync and async MockTransport handlers that record every request reaching them."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(f"{request.method} {request.url.path}")
        return httpx.Response(200, json={"count": 0, "result": []})

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)


# (method, call with the bad id); every public method that sends an id as a path segment
FACADE_CALLS: list[tuple[str, Callable[[Any, str, Path], Any]]] = [
    ("get_client", lambda c, v, t: c.get_client(v)),
    ("get_combiner", lambda c, v, t: c.get_combiner(v)),
    ("get_model", lambda c, v, t: c.get_model(v)),
    ("get_model_trail", lambda c, v, t: c.get_model_trail(v)),
    ("download_model", lambda c, v, t: c.download_model(v, t / "model.npz")),
    ("get_package", lambda c, v, t: c.get_package(v)),
    ("get_round", lambda c, v, t: c.get_round(v)),
    ("get_session", lambda c, v, t: c.get_session(v)),
    ("continue_session", lambda c, v, t: c.continue_session(v)),
    ("wait_for_session", lambda c, v, t: c.wait_for_session(v)),
    ("get_status", lambda c, v, t: c.get_status(v)),
    ("get_validation", lambda c, v, t: c.get_validation(v)),
]


@pytest.mark.parametrize("bad", BAD_IDS, ids=["dotdot", "dot", "empty"])
@pytest.mark.parametrize(("method", "make_call"), FACADE_CALLS, ids=[c[0] for c in FACADE_CALLS])
def test_facade_refuses_unsendable_ids_before_any_request(
    method: str, make_call: Callable[[Any, str, Path], Any], bad: str, tmp_path: Path
) -> None:
    recorder = Recorder()
    client = APIClient("ctl.test:8092", transport=httpx.MockTransport(recorder), environ={})
    with client, pytest.raises(errors.InvalidInputError) as info:
        make_call(client, bad, tmp_path)

    async def run_async() -> errors.InvalidInputError:
        transport = httpx.MockTransport(recorder.handle_async)
        async with AsyncAPIClient("ctl.test:8092", transport=transport, environ={}) as client:
            with pytest.raises(errors.InvalidInputError) as async_info:
                await make_call(client, bad, tmp_path)
        return async_info.value

    async_error = asyncio.run(run_async())
    assert recorder.seen == []
    assert str(async_error) == str(info.value)
    assert info.value.status_code is None
    if bad:  # an empty id has its own message ("... must be a non-empty string", "give a session id")
        assert f"cannot be {bad!r}" in str(info.value), str(info.value)
    assert list(tmp_path.iterdir()) == []


def _operations_with_path_parameters() -> list[tuple[str, ModuleType, list[str]]]:
    """Every generated operation module with path parameters, and their names."""
    found = []
    for info in pkgutil.walk_packages(fedn_api.api.__path__, "fedn_api.api."):
        module = importlib.import_module(info.name)
        if not hasattr(module, "sync_detailed"):
            continue
        parameters = inspect.signature(module.sync_detailed).parameters.values()
        path = [p.name for p in parameters if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD]
        if path:
            found.append((info.name.removeprefix("fedn_api.api."), module, path))
    return found


PATH_OPERATIONS = _operations_with_path_parameters()


def _arguments(module: ModuleType, path: list[str], bad: str) -> dict[str, Any]:
    """Keyword arguments for ``module.sync_detailed``: ``bad`` for the path, None for a required body."""
    kwargs: dict[str, Any] = dict.fromkeys(path, bad)
    for parameter in inspect.signature(module.sync_detailed).parameters.values():
        required = parameter.default is inspect.Parameter.empty
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and required and parameter.name != "client":
            kwargs[parameter.name] = None  # never reached: the path is checked first
    return kwargs


def test_every_operation_with_a_path_parameter_is_covered() -> None:
    names = {name for name, _, _ in PATH_OPERATIONS}
    assert {"models.get_model", "clients.delete_client", "models.download_model"} <= names
    assert len(PATH_OPERATIONS) >= 20


@pytest.mark.parametrize("bad", BAD_IDS, ids=["dotdot", "dot", "empty"])
@pytest.mark.parametrize(
    ("name", "module", "path"), PATH_OPERATIONS, ids=[name for name, _, _ in PATH_OPERATIONS]
)
def test_generated_operations_refuse_unsendable_path_segments(
    name: str, module: ModuleType, path: list[str], bad: str
) -> None:
    """A direct ``client.generated`` call, sync and async: ValueError, nothing sent."""
    recorder = Recorder()
    client = APIClient("ctl.test:8092", transport=httpx.MockTransport(recorder), environ={})
    with pytest.raises(InvalidPathParameterError) as info:
        module.sync_detailed(client=client.generated, **_arguments(module, path, bad))
    assert isinstance(info.value, ValueError) and repr(bad) in str(info.value)

    async def run_async() -> None:
        transport = httpx.MockTransport(recorder.handle_async)
        async with AsyncAPIClient("ctl.test:8092", transport=transport, environ={}) as async_client:
            with pytest.raises(InvalidPathParameterError):
                await module.asyncio_detailed(client=async_client.generated, **_arguments(module, path, bad))

    asyncio.run(run_async())
    assert recorder.seen == []


def test_path_segment_encodes_everything_else_as_one_segment() -> None:
    assert path_segment("id", "a/../b") == "a%2F..%2Fb"
    assert path_segment("id", "...") == "..."
    assert path_segment("id", " .. ") == "%20..%20"
    assert path_segment("id", 7) == "7"


def test_the_driver_maps_the_generated_refusal_to_invalid_input() -> None:
    """A plan that skipped the facade's check still gets an InvalidInputError, not a raw ValueError."""
    recorder = Recorder()
    client = APIClient("ctl.test:8092", transport=httpx.MockTransport(recorder), environ={})
    with client, pytest.raises(errors.InvalidInputError) as info:
        client._run(call(op_get_model.operation, Model, id=".."))
    assert isinstance(info.value.__cause__, InvalidPathParameterError)
    assert "get_model" in str(info.value) and "'..'" in str(info.value)
    assert recorder.seen == []


def test_generated_client_used_alone_refuses_too() -> None:
    """Without the facade: the generated AuthenticatedClient with its own httpx client."""
    recorder = Recorder()
    generated = AuthenticatedClient(base_url="http://ctl.test", token="t")
    http = httpx.Client(base_url="http://ctl.test", transport=httpx.MockTransport(recorder))
    generated.set_httpx_client(http)
    with pytest.raises(ValueError, match=r"cannot be '\.\.'"):
        op_get_model.sync_detailed("..", client=generated)
    assert recorder.seen == []
