"""Code written for FEDn's client in other projects, as its authors wrote it (no network).

The connection arguments as loose as upstream's (a port given as a string, also read from
``os.environ``), upstream's ``_get_url`` and FEDn 0.8's filter keys. The aliases' request shapes
are in tests/support/requests_table.py.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, errors

Handler = Callable[[httpx.Request], httpx.Response]


def no_request(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request expected, got {request.method} {request.url}")


def upstream_get_url(host: str, port: object, secure: bool, endpoint: str) -> str:
    """FEDn 0.33's ``APIClient._get_url`` (fedn/network/api/client.py), restated for the comparison."""
    protocol = "https" if secure else "http"
    host = host.split("://")[1] if "://" in host else host
    return f"{protocol}://{host}:{port}/{endpoint}" if port else f"{protocol}://{host}/{endpoint}"


# --- the port ------------------------------------------------------------------------------


def test_a_port_string_from_a_notebook_is_the_port() -> None:
    # fedn-sandbox's API_Example.ipynb
    client = APIClient("api-server", port="8092", environ={})
    assert client.base_url == "http://api-server:8092"
    assert client.base_url == APIClient("api-server", port=8092, environ={}).base_url


@pytest.mark.parametrize("exported", [None, "8093"])
def test_host_and_port_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, exported: str | None
) -> None:
    monkeypatch.delenv("FEDN_SERVER_HOST", raising=False)
    if exported is None:
        monkeypatch.delenv("FEDN_SERVER_PORT", raising=False)
    else:
        monkeypatch.setenv("FEDN_SERVER_PORT", exported)
    # as the project wrote it: the default is an int, the exported value a string
    client = APIClient(
        os.environ.get("FEDN_SERVER_HOST", "localhost"), os.environ.get("FEDN_SERVER_PORT", 8092)
    )
    assert client.base_url == f"http://localhost:{exported or 8092}"


FULLWIDTH_8092 = "\uff18\uff10\uff19\uff12"  # digits to str.isdigit(), not to a URL
NOT_PORTS = ["80a", " 8092", "8092 ", "", "0", "70000", "-1", FULLWIDTH_8092, "0x1f", 8092.0, True, b"8092"]


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
@pytest.mark.parametrize("port", NOT_PORTS)
def test_anything_else_is_invalid_input_before_any_request(cls: type[APIClient], port: object) -> None:
    with pytest.raises(errors.InvalidInputError, match=r"port must be an integer in 1\.\.65535 or a string"):
        cls("localhost", port=port, transport=httpx.MockTransport(no_request), environ={})  # type: ignore[arg-type]


def test_a_port_string_and_a_host_port_must_agree() -> None:
    assert APIClient("h:8092", port="8092", environ={}).base_url == "http://h:8092"
    with pytest.raises(errors.InvalidInputError, match="host gives port 8092 but port=9000"):
        APIClient("h:8092", port="9000", environ={})


# --- _get_url ------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
@pytest.mark.parametrize(
    ("host", "port", "secure"),
    [
        ("localhost", 8092, False),
        ("localhost", "8092", False),
        ("api-server", None, False),
        ("fedn.example.com", None, True),
        ("https://fedn.example.com", None, True),
        ("http://127.0.0.1", "8092", False),
    ],
)
def test_get_url_has_upstreams_format(
    cls: type[APIClient], host: str, port: int | str | None, secure: bool
) -> None:
    client = cls(host, port=port, secure=secure, environ={})
    for endpoint in ("set_package", "get_controller_status", "api/v1/models/"):
        assert client._get_url(endpoint) == upstream_get_url(host, port, secure, endpoint)
    assert client._get_url_api_v1("models/") == upstream_get_url(host, port, secure, "api/v1/models/")


def test_get_url_keeps_a_path_prefix() -> None:
    client = APIClient("https://studio.example.com/project-x", environ={})
    assert (
        client._get_url("get_controller_status")
        == "https://studio.example.com/project-x/get_controller_status"
    )


# --- names from FEDn before 0.9 ----------------------------------------------------------


def test_camel_case_and_snake_case_keys_for_one_filter_must_agree() -> None:
    refused = pytest.raises(errors.InvalidInputError, match="name the same filter")
    client = APIClient("ctl.test:8092", transport=httpx.MockTransport(no_request), environ={})
    with client, pytest.warns(DeprecationWarning), refused:
        client.list_validations(modelId="m1", model_id="m2")
