"""``proxy=``, the proxy variables, ``cert=`` (mutual TLS) and ``http2=`` as in httpx, both clients.

Through real sockets on 127.0.0.1: a forwarding proxy (``tests/support/proxy.py``), TLS servers
that require a client certificate, and an HTTP/2 server (``tests/support/h2server.py``).
Certificates are made by openssl's command line (``tests/support/tls.py``). The rules by which a
proxy is found in the environment are in tests/unit/test_config.py.
"""

from __future__ import annotations

import asyncio
import base64
import ssl
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import pytest

from fedn import APIClient, AsyncAPIClient, errors
from support.h2server import H2Server
from support.loopback import Loopback, send
from support.proxy import Proxy
from support.tls import Certificate, make_certificate, server_context

pytestmark = pytest.mark.timeout(60)

KINDS = ["sync", "async"]


def count(kind: str, url: str, **options: Any) -> int:
    """``get_models_count()`` on either client; no retries, ``environ={}`` unless given."""
    options = {"environ": {}, "max_retries": 0, **options}
    if kind == "sync":
        with APIClient(url, **options) as client:
            return client.get_models_count()

    async def run() -> int:
        async with AsyncAPIClient(url, **options) as client:
            return await client.get_models_count()

    return asyncio.run(run())


def answer(handler: BaseHTTPRequestHandler) -> None:
    send(handler, 200, b"3", Content_Type="application/json")


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Certificate]]:
    """The server's certificate, a client certificate, and one with a password-protected key."""
    folder = tmp_path_factory.mktemp("tls")
    yield {
        "server": make_certificate(folder, "server"),
        "client": make_certificate(folder, "client"),
        "locked": make_certificate(folder, "locked", password="key-pass-7e1"),
    }


# ---------------------------------------------------------------------------------- proxy


@pytest.mark.parametrize("kind", KINDS)
def test_the_proxy_argument_carries_every_request(kind: str) -> None:
    with Loopback(answer) as server, Proxy() as proxy:
        assert count(kind, server.url, proxy=proxy.url) == 3
    assert proxy.seen == [(f"GET {server.url}/api/v1/models/count HTTP/1.1", None)]
    assert [path for _, path, _ in server.requests] == ["/api/v1/models/count"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("variables", "trust_env", "proxied"),
    [
        ({"HTTP_PROXY": "{proxy}"}, True, True),
        ({"http_proxy": "{proxy}"}, True, True),
        ({"ALL_PROXY": "{proxy}"}, True, True),
        ({"HTTPS_PROXY": "{proxy}"}, True, False),  # another scheme's proxy
        ({"HTTP_PROXY": "{proxy}", "NO_PROXY": "127.0.0.1"}, True, False),
        ({"HTTP_PROXY": "{proxy}", "no_proxy": "*"}, True, False),
        ({"HTTP_PROXY": "{proxy}"}, False, False),
    ],
    ids=[
        "HTTP_PROXY",
        "http_proxy",
        "ALL_PROXY",
        "HTTPS_PROXY-only",
        "NO_PROXY-host",
        "no_proxy-star",
        "no-trust",
    ],
)
def test_the_proxy_variables(kind: str, variables: dict[str, str], trust_env: bool, proxied: bool) -> None:
    with Loopback(answer) as server, Proxy() as proxy:
        environ = {name: value.format(proxy=proxy.url) for name, value in variables.items()}
        assert count(kind, server.url, environ=environ, trust_env=trust_env) == 3
    assert len(proxy.seen) == (1 if proxied else 0), proxy.seen
    assert len(server.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_the_argument_wins_over_the_environment(kind: str) -> None:
    with Loopback(answer) as server, Proxy() as chosen, Proxy() as ignored:
        assert count(kind, server.url, proxy=chosen.url, environ={"HTTP_PROXY": ignored.url}) == 3
    assert (len(chosen.seen), len(ignored.seen)) == (1, 0)


@pytest.mark.parametrize("kind", KINDS)
def test_proxy_credentials_are_sent_to_the_proxy(kind: str) -> None:
    with Loopback(answer) as server, Proxy() as proxy:
        with_credentials = proxy.url.replace("http://", "http://fedn:proxy-pass-31@")
        assert count(kind, server.url, proxy=with_credentials) == 3
        assert count(kind, server.url, proxy=httpx.Proxy(proxy.url, auth=("fedn", "proxy-pass-31"))) == 3
    expected = "Basic " + base64.b64encode(b"fedn:proxy-pass-31").decode()
    assert [auth for _, auth in proxy.seen] == [expected, expected]
    assert "Proxy-Authorization" not in str(server.requests) and "proxy-authorization" not in str(
        server.requests
    )


@pytest.mark.parametrize("kind", KINDS)
def test_https_goes_through_a_proxy_tunnel(kind: str, certificates: dict[str, Certificate]) -> None:
    server_cert = certificates["server"]
    with Loopback(answer, tls=server_context(server_cert)) as server, Proxy() as proxy:
        environ = {"HTTPS_PROXY": proxy.url}
        assert count(kind, server.url, verify=str(server_cert.cert), environ=environ) == 3
    assert proxy.seen == [(f"CONNECT 127.0.0.1:{server.port} HTTP/1.1", None)]


def test_an_invalid_proxy_is_invalid_input() -> None:
    for options in ({"proxy": "socks9://127.0.0.1:1"}, {"environ": {"HTTPS_PROXY": "ftp://h:1"}}):
        for cls in (APIClient, AsyncAPIClient):
            with pytest.raises(errors.InvalidInputError, match="not a proxy URL"):
                cls("https://h", **{"environ": {}, **options})


# ---------------------------------------------------------------------------------- mutual TLS


def peer_answer(seen: list[object]) -> Any:
    """Answers like :func:`answer` and records the client certificate's subject the server saw."""

    def respond(handler: BaseHTTPRequestHandler) -> None:
        peer = handler.connection.getpeercert()  # type: ignore[attr-defined]
        seen.append(dict(item[0] for item in peer["subject"]) if peer else None)
        answer(handler)

    return respond


@pytest.mark.parametrize("kind", KINDS)
def test_a_client_certificate_is_presented(
    kind: str, certificates: dict[str, Certificate], tmp_path: Path
) -> None:
    """``cert=`` in httpx's three forms; the server requires it and sees the client's name."""
    server_cert, client, locked = certificates["server"], certificates["client"], certificates["locked"]
    combined = tmp_path / "client-combined.pem"
    combined.write_bytes(client.cert.read_bytes() + client.key.read_bytes())
    seen: list[object] = []
    tls = server_context(server_cert, client_ca=client.cert)
    tls.load_verify_locations(cafile=locked.cert)
    forms: list[Any] = [
        (str(client.cert), str(client.key)),
        str(combined),
        (locked.cert, locked.key, locked.password),
    ]
    with Loopback(peer_answer(seen), tls=tls) as server:
        for form in forms:
            assert count(kind, server.url, verify=str(server_cert.cert), cert=form) == 3
    assert seen == [{"commonName": "client"}, {"commonName": "client"}, {"commonName": "locked"}]


def test_a_client_certificate_with_verify_false_or_a_context(certificates: dict[str, Certificate]) -> None:
    """``cert`` goes into whatever ``verify`` gives: no check at all, or the caller's own context."""
    server_cert, client = certificates["server"], certificates["client"]
    seen: list[object] = []
    own = ssl.create_default_context(cafile=server_cert.cert)
    with Loopback(peer_answer(seen), tls=server_context(server_cert, client_ca=client.cert)) as server:
        assert count("sync", server.url, verify=False, cert=(client.cert, client.key)) == 3
        assert count("async", server.url, verify=own, cert=(client.cert, client.key)) == 3
    assert seen == [{"commonName": "client"}] * 2


def test_bad_client_certificates_are_invalid_input(
    certificates: dict[str, Certificate], tmp_path: Path
) -> None:
    locked = certificates["locked"]
    cases: list[tuple[Any, str]] = [
        ((locked.cert, locked.key, "wrong-pass-d4"), "cannot load the client certificate"),
        ((locked.cert, tmp_path / "missing.key"), "no such file"),
        (str(tmp_path / "missing.pem"), "no such file"),
        (certificates["server"].key, "cannot load the client certificate"),  # a key, no certificate
        (42, "cert must be a PEM file path"),
    ]
    for cert, expected in cases:
        for cls in (APIClient, AsyncAPIClient):
            with pytest.raises(errors.InvalidInputError, match=expected) as info:
                cls("https://h", environ={}, cert=cert)
            assert "wrong-pass-d4" not in str(info.value)


@pytest.mark.parametrize("kind", KINDS)
def test_the_ca_bundle_variables(kind: str, certificates: dict[str, Certificate]) -> None:
    """``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` names the CA bundle of ``verify=True`` (with ``trust_env``)."""
    server_cert = certificates["server"]
    with Loopback(answer, tls=server_context(server_cert)) as server:
        assert count(kind, server.url, environ={"SSL_CERT_FILE": str(server_cert.cert)}) == 3
        with pytest.raises(errors.APIConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
            count(kind, server.url, environ={"SSL_CERT_FILE": str(server_cert.cert)}, trust_env=False)
    with pytest.raises(errors.InvalidInputError, match="SSL_CERT_DIR environment variable: no CA bundle"):
        count(kind, server.url, environ={"SSL_CERT_DIR": "/no/such/folder"})


# ---------------------------------------------------------------------------------- HTTP/2


@pytest.mark.parametrize("kind", KINDS)
def test_http2_speaks_http2(kind: str, certificates: dict[str, Certificate]) -> None:
    server_cert = certificates["server"]
    with H2Server(server_context(server_cert, alpn=["h2", "http/1.1"])) as server:
        assert count(kind, server.url, verify=str(server_cert.cert), http2=True) == 3
        assert count(kind, server.url, verify=str(server_cert.cert), http2=True) == 3
    assert server.protocols == ["h2", "h2"]
    assert server.requests == [("GET", "/api/v1/models/count")] * 2


def test_http2_is_off_by_default(certificates: dict[str, Certificate]) -> None:
    server_cert = certificates["server"]
    seen: list[str] = []

    def respond(handler: BaseHTTPRequestHandler) -> None:
        seen.append(handler.connection.selected_alpn_protocol())  # type: ignore[attr-defined]
        answer(handler)

    with Loopback(respond, tls=server_context(server_cert, alpn=["h2", "http/1.1"])) as server:
        assert count("sync", server.url, verify=str(server_cert.cert)) == 3
        assert count("async", server.url, verify=str(server_cert.cert)) == 3
    assert seen == ["http/1.1", "http/1.1"]


def test_http2_without_h2_is_invalid_input(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "h2", None)  # as if the h2 package were not installed
    for cls in (APIClient, AsyncAPIClient):
        with pytest.raises(errors.InvalidInputError, match=r"http2=True needs the h2 package: pip install"):
            cls("https://h", environ={}, http2=True)
        assert cls("https://h", environ={}).httpx_client is not None  # http2=False needs nothing
