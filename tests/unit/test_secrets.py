"""The token in no repr or str of anything the library hands out.

A repr ends up in logs and in captured traceback locals (``pytest -l``, Sentry, rich
tracebacks), so every object reachable from a client (its attributes, its properties, the
generated client and its copies, the drivers, the retry policy, the settings, ``with_options``
copies, the errors it raises) is walked, and none may show the token in ``repr`` or ``str``.
Exempt is only storage: the token string itself (``client.generated.token``) and builtin
containers held in private attributes (shown only through their holder's repr, which is checked).
"""

from __future__ import annotations

import asyncio
import inspect
import types
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, RetryPolicy, errors
from fedn._config import resolve_config
from fedn_api.client import AuthenticatedClient, Client

TOKEN = "SECRETS-walk-token-4f2a9"

#: Objects of these packages are walked into (attributes and properties).
OURS = ("fedn", "fedn_api")
#: Objects of these packages are checked, with their public properties, but not walked into:
#: their internals hold the raw header bytes on purpose (what is sent on the wire).
THEIRS = ("httpx", "httpcore", "h11", "ssl")
LEAVES = (str, bytes, int, float, complex, bool, type(None), type, types.ModuleType)


def _package(obj: object) -> str:
    return type(obj).__module__.split(".", 1)[0]


def _properties(obj: object) -> Iterator[tuple[str, object]]:
    """``name, value`` of each public property of ``obj``'s class (a property that raises is skipped)."""
    for name, member in inspect.getmembers_static(type(obj)):
        if isinstance(member, property) and not name.startswith("__"):
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", DeprecationWarning)  # httpx's URL.raw
                    warnings.simplefilter("ignore", UserWarning)
                    value = getattr(obj, name)
            except Exception:  # e.g. a closed client's pool
                continue
            yield name, value


def _attributes(obj: object) -> Iterator[tuple[str, object]]:
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            yield field.name, getattr(obj, field.name)
    for name, value in getattr(obj, "__dict__", {}).items():
        yield name, value
    for cls in type(obj).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if hasattr(obj, name):
                yield name, getattr(obj, name)


def reachable(*roots: object) -> Iterator[tuple[str, object]]:
    """Every object reachable from ``roots``, with a path naming how it was reached."""
    seen: set[int] = set()
    queue: list[tuple[str, object]] = [(f"root{i}", root) for i, root in enumerate(roots)]
    while queue:
        path, obj = queue.pop()
        if id(obj) in seen or isinstance(obj, types.FunctionType | types.BuiltinFunctionType):
            continue
        seen.add(id(obj))
        yield path, obj
        if isinstance(obj, LEAVES):
            continue
        children: list[tuple[str, object]] = []
        if isinstance(obj, Mapping):
            children += [(f"{path}[{key!r}]", value) for key, value in obj.items()]
            children += [(f"{path}.keys()", key) for key in obj]
        elif isinstance(obj, list | tuple | set | frozenset):
            children += [(f"{path}[{i}]", item) for i, item in enumerate(obj)]
        package = _package(obj)
        if package in OURS:
            children += [(f"{path}.{name}", value) for name, value in _attributes(obj)]
            children += [(f"{path}.{name}", value) for name, value in _properties(obj)]
        elif package in THEIRS:
            for name, value in _properties(obj):
                if not name.startswith("_") and _package(value) in THEIRS:
                    seen.add(id(value))
                    yield f"{path}.{name}", value
        if isinstance(obj, types.MethodType):
            children.append((f"{path}.__self__", obj.__self__))
        queue += children


def _storage(path: str, obj: object) -> bool:
    """A builtin value held in a private attribute: what an object stores, shown only through the
    holder's own repr (which is checked). The token string itself is storage wherever it is."""
    if isinstance(obj, str | bytes):
        return True
    private = any(part.startswith("_") for part in path.replace("[", ".").split(".")[1:])
    return private and _package(obj) == "builtins"


def assert_nothing_shows(*roots: object) -> set[str]:
    """No object reachable from ``roots`` shows the token (storage aside); returns the checked types."""
    checked: set[str] = set()
    for path, obj in reachable(*roots):
        if _storage(path, obj):
            continue
        checked.add(type(obj).__name__)
        for how, text in (("repr", repr(obj)), ("str", str(obj))):
            assert TOKEN not in text, f"{how}({path}) shows the token: {text[:300]}"
    return checked


#: What the walk from a client must have gone through (else it proves nothing).
CLIENT_PARTS = {
    "AuthenticatedClient",
    "ClientConfig",
    "Headers",
    "RetryPolicy",
    "Secrets",
    "Timeout",
    "AuthenticationError",
}


def _echo(request: httpx.Request) -> httpx.Response:
    """A server echoing the credential in every error it gives."""
    auth = request.headers.get("authorization", "")
    return httpx.Response(401, json={"message": f"bad token {auth}"})


async def _echo_async(request: httpx.Request) -> httpx.Response:
    return _echo(request)


def test_the_generated_clients_mask_the_token() -> None:
    """repr of the generated client: no token, no Authorization header value, even after copies."""
    generated = AuthenticatedClient(base_url="http://h", token=TOKEN)
    generated.get_httpx_client()  # writes "Bearer <token>" into its headers
    copies = [generated.with_headers({"X-Trace": "1"}), generated.with_timeout(httpx.Timeout(3.0))]
    for client in [generated, *copies]:
        assert TOKEN not in repr(client)
        assert "token='***'" in repr(client)
    plain = Client(base_url="http://h", headers={"Authorization": f"Bearer {TOKEN}"}, cookies={"s": TOKEN})
    assert TOKEN not in repr(plain)
    assert_nothing_shows(generated, *copies, plain)


def test_no_repr_reachable_from_a_client_shows_the_token() -> None:
    client = APIClient(
        "ctl.test:8092", token=TOKEN, transport=httpx.MockTransport(_echo), environ={}, max_retries=0
    )
    with client:
        copy = client.with_options(timeout=5.0, retry=RetryPolicy(max_retries=1))
        with pytest.raises(errors.AuthenticationError) as info:
            client.get_models_count()
        roots = [client, copy, client.generated, client.generated.with_headers({}), info.value]
        checked = assert_nothing_shows(*roots)
    assert checked >= CLIENT_PARTS | {"APIClient", "SyncDriver", "HTTPClient"}, checked


def test_no_repr_reachable_from_an_async_client_shows_the_token() -> None:
    async def run() -> list[object]:
        client = AsyncAPIClient(
            "ctl.test:8092",
            token=TOKEN,
            transport=httpx.MockTransport(_echo_async),
            environ={},
            max_retries=0,
        )
        async with client:
            with pytest.raises(errors.AuthenticationError) as info:
                await client.get_models_count()
            return [client, client.with_options(max_retries=3), client.generated, info.value]

    checked = assert_nothing_shows(*asyncio.run(run()))
    assert checked >= CLIENT_PARTS | {"AsyncAPIClient", "AsyncDriver", "AsyncHTTPClient"}, checked


def test_settings_and_their_headers_mask_the_token() -> None:
    config = resolve_config(
        "h", port=None, secure=False, verify=True, token=TOKEN, auth_scheme=None, timeout=5.0, environ={}
    )
    assert_nothing_shows(config, config.headers)


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
def test_secrets_in_driver_frames_are_masked(cls: Any) -> None:
    """What a driver passes around (and a traceback captures as a local) masks the token."""
    client = cls("h", token=TOKEN, environ={})
    secrets = client._driver.secrets
    assert list(secrets) == [TOKEN]  # still usable for scrubbing
    assert TOKEN not in repr(secrets) and TOKEN not in str(secrets)


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
@pytest.mark.parametrize("source", ["argument", "environment"])
def test_a_proxy_password_shows_nowhere(cls: Any, source: str) -> None:
    """The proxy's password (here the walked secret) in no repr from the client or its settings,
    nor in the error of a proxy that refuses the connection."""
    proxy = f"http://fedn:{TOKEN}@127.0.0.1:1"  # nothing listens on port 1
    options: dict[str, Any] = (
        {"proxy": proxy, "environ": {}} if source == "argument" else {"environ": {"HTTP_PROXY": proxy}}
    )
    client = cls("ctl.test:8092", max_retries=0, **options)
    assert client._config.proxy is not None and client._config.proxy.auth == ("fedn", TOKEN)

    async def fail_async() -> errors.FednError:
        with pytest.raises(errors.APIConnectionError) as info:
            await client.get_models_count()
        await client.aclose()
        return info.value

    if cls is APIClient:
        with client, pytest.raises(errors.APIConnectionError) as info:
            client.get_models_count()
        error: errors.FednError = info.value
    else:
        error = asyncio.run(fail_async())
    assert_nothing_shows(client, client._config, client.with_options(timeout=1.0), error)
