"""Connection settings: host forms, token/scheme resolution order, TLS and timeout defaults."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from fedn import NOT_GIVEN, APIClient, AsyncAPIClient, RetryPolicy
from fedn._config import DEFAULT_TIMEOUT, ClientConfig, VerifyTypes, build_base_url, resolve_config
from fedn.errors import InvalidInputError


@pytest.mark.parametrize(
    ("host", "port", "secure", "expected"),
    [
        ("localhost", None, False, "http://localhost"),
        ("localhost", 8092, False, "http://localhost:8092"),
        ("localhost:8092", None, False, "http://localhost:8092"),
        ("localhost:8092", 8092, False, "http://localhost:8092"),
        ("fedn.example.com", None, True, "https://fedn.example.com"),
        ("fedn.example.com:443", None, True, "https://fedn.example.com:443"),
        ("http://127.0.0.1:8092", None, False, "http://127.0.0.1:8092"),
        ("https://fedn.example.com", None, False, "https://fedn.example.com"),
        ("https://fedn.example.com/", None, False, "https://fedn.example.com"),
        ("https://fedn.example.com/project-x/", None, False, "https://fedn.example.com/project-x"),
        ("http://h/prefix", 8080, False, "http://h:8080/prefix"),
        ("h/prefix", None, True, "https://h/prefix"),
        ("[::1]:8092", None, False, "http://[::1]:8092"),
        ("  localhost:8092  ", None, False, "http://localhost:8092"),
    ],
)
def test_host_forms(host: str, port: int | None, secure: bool, expected: str) -> None:
    assert build_base_url(host, port, secure) == expected


def config_of(
    host: str, *, verify: VerifyTypes = True, timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT
) -> ClientConfig:
    """``resolve_config`` with the constructor's defaults and an empty environment."""
    return resolve_config(
        host,
        port=None,
        secure=False,
        verify=verify,
        token=None,
        auth_scheme=None,
        timeout=timeout,
        environ={},
    )


def test_requests_go_under_the_path_prefix() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=4)

    with APIClient("https://h.example/ctl", transport=httpx.MockTransport(handler), environ={}) as client:
        assert client.get_models_count() == 4
    assert seen == ["https://h.example/ctl/api/v1/models/count"]


def auth_of(**kw: object) -> str | None:
    seen: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("authorization"))
        return httpx.Response(200, json=1)

    with APIClient("h", transport=httpx.MockTransport(handler), **kw) as client:  # type: ignore[arg-type]
        client.get_clients_count()
    return seen[0]


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"environ": {}}, None),
        ({"environ": {"FEDN_AUTH_TOKEN": ""}}, None),
        ({"environ": {"FEDN_AUTH_TOKEN": "envtok"}}, "Bearer envtok"),
        ({"environ": {"FEDN_AUTH_TOKEN": "envtok", "FEDN_AUTH_SCHEME": "Token"}}, "Token envtok"),
        ({"token": "argtok", "environ": {"FEDN_AUTH_TOKEN": "envtok"}}, "Bearer argtok"),
        ({"token": "Bearer argtok", "environ": {}}, "Bearer argtok"),
        ({"token": "Token argtok", "environ": {}}, "Token argtok"),
        ({"token": "Token argtok", "auth_scheme": "Bearer", "environ": {}}, "Bearer argtok"),
        (
            {"token": "argtok", "auth_scheme": "Token", "environ": {"FEDN_AUTH_SCHEME": "Bearer"}},
            "Token argtok",
        ),
        ({"environ": {"FEDN_AUTH_TOKEN": "Bearer envtok", "FEDN_AUTH_SCHEME": "Token"}}, "Bearer envtok"),
    ],
)
def test_token_and_scheme_resolution(kwargs: dict[str, object], expected: str | None) -> None:
    assert auth_of(**kwargs) == expected


def test_environment_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEDN_AUTH_TOKEN", "from-os")
    monkeypatch.delenv("FEDN_AUTH_SCHEME", raising=False)
    assert auth_of() == "Bearer from-os"


def test_tls_and_timeout_defaults() -> None:
    cfg = config_of("h")
    assert cfg.verify is True
    assert cfg.timeout == DEFAULT_TIMEOUT == httpx.Timeout(30.0, connect=10.0)
    assert config_of("h", timeout=5).timeout == httpx.Timeout(5.0)
    assert config_of("h", timeout=None).timeout == httpx.Timeout(None)
    client = APIClient("h", environ={})
    assert client.httpx_client.timeout == DEFAULT_TIMEOUT
    client.close()


def test_repr_and_escape_hatches() -> None:
    client = APIClient("h:1", token="abc", environ={})
    assert repr(client) == "APIClient(base_url='http://h:1', auth='Bearer ***')"
    assert client.base_url == "http://h:1"
    assert client.generated.get_httpx_client() is client.httpx_client
    assert str(client.httpx_client.base_url) == "http://h:1"
    client.close()
    assert client.httpx_client.is_closed


def test_verify_accepts_a_ca_bundle_path(tmp_path: Path) -> None:
    import ssl

    import certifi

    ctx = config_of("https://h", verify=certifi.where()).verify
    assert isinstance(ctx, ssl.SSLContext) and ctx.verify_mode == ssl.CERT_REQUIRED
    assert config_of("h", verify=False).verify is False
    with pytest.raises(InvalidInputError):
        config_of("h", verify=str(tmp_path / "missing.pem"))
    (tmp_path / "bad.pem").write_text("not a certificate")
    with pytest.raises(InvalidInputError):
        config_of("h", verify=str(tmp_path / "bad.pem"))


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
def test_an_explicit_max_retries_wins_even_when_it_equals_the_default(cls: type[APIClient]) -> None:
    """``max_retries=2`` (the default's value) beside a policy of 5 retries gives 2, not 5."""
    policy = RetryPolicy(max_retries=5)
    assert cls("h", retry=policy, max_retries=2, environ={}).max_retries == 2
    assert cls("h", retry=policy, max_retries=0, environ={}).max_retries == 0
    assert cls("h", retry=policy, environ={}).max_retries == 5
    assert cls("h", max_retries=4, environ={}).max_retries == 4
    assert cls("h", environ={}).max_retries == 2
    client = cls("h", retry=policy, environ={})
    assert client.with_options(max_retries=2).max_retries == 2
    assert client.with_options().max_retries == 5


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
def test_with_options_tells_not_given_from_none(cls: type[APIClient]) -> None:
    client = cls("h", timeout=5, environ={})
    assert client.with_options().timeout.read == 5.0  # NOT_GIVEN: keep
    assert client.with_options(timeout=None).timeout == httpx.Timeout(None)  # None: wait forever
    assert client.with_options(timeout=NOT_GIVEN, max_retries=NOT_GIVEN).max_retries == 2


# ---------------------------------------------------------------------------------- proxy rules

PROXY = "http://proxy.internal:3128"


@pytest.mark.parametrize(
    ("base_url", "environ", "expected"),
    [
        ("https://fedn.example.com", {}, None),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY}, PROXY),
        ("https://fedn.example.com", {"HTTP_PROXY": PROXY}, None),  # the scheme's own variable only
        ("http://fedn.example.com", {"HTTP_PROXY": PROXY}, PROXY),
        ("https://fedn.example.com", {"ALL_PROXY": PROXY}, PROXY),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "ALL_PROXY": "http://other:1"}, PROXY),
        ("https://fedn.example.com", {"https_proxy": PROXY, "HTTPS_PROXY": "http://upper:1"}, PROXY),
        ("https://fedn.example.com", {"https_proxy": "", "HTTPS_PROXY": "http://upper:1"}, None),
        ("https://fedn.example.com", {"HTTPS_PROXY": "proxy.internal:3128"}, PROXY),  # no scheme: http
        ("https://fedn.example.com", {"HTTPS_PROXY": "https://tls.proxy:8443"}, "https://tls.proxy:8443"),
        ("http://fedn.example.com", {"HTTP_PROXY": PROXY, "REQUEST_METHOD": "GET"}, None),  # CGI
        ("http://fedn.example.com", {"http_proxy": PROXY, "REQUEST_METHOD": "GET"}, PROXY),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": "*"}, None),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": "example.com"}, None),
        ("https://example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": "example.com"}, None),
        ("https://notexample.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": "example.com"}, PROXY),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "no_proxy": ".example.com"}, None),
        ("https://example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": ".example.com"}, PROXY),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": " other.org , example.com"}, None),
        ("https://fedn.example.com:8443", {"HTTPS_PROXY": PROXY, "NO_PROXY": "example.com:8443"}, None),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": "example.com:8443"}, PROXY),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": "example.com:443"}, None),
        ("http://fedn.example.com", {"HTTP_PROXY": PROXY, "NO_PROXY": "https://fedn.example.com"}, PROXY),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": "https://fedn.example.com"}, None),
        ("https://fedn.example.com", {"HTTPS_PROXY": PROXY, "NO_PROXY": "all://*.example.com"}, None),
        ("http://127.0.0.1:8092", {"HTTP_PROXY": PROXY, "NO_PROXY": "127.0.0.1"}, None),
        ("http://127.0.0.10:8092", {"HTTP_PROXY": PROXY, "NO_PROXY": "127.0.0.1"}, PROXY),  # exact address
        ("http://[::1]:8092", {"HTTP_PROXY": PROXY, "NO_PROXY": "::1"}, None),
        ("http://[::1]:8092", {"HTTP_PROXY": PROXY, "NO_PROXY": "[::1]:8092"}, None),
        ("http://localhost:8092", {"HTTP_PROXY": PROXY, "NO_PROXY": "localhost"}, None),
        ("http://mylocalhost:8092", {"HTTP_PROXY": PROXY, "NO_PROXY": "localhost"}, PROXY),
    ],
)
def test_proxy_from_the_environment(base_url: str, environ: dict[str, str], expected: str | None) -> None:
    """httpx's variables and NO_PROXY rules, read from ``environ`` (fedn._proxy)."""
    config = resolve_config(
        base_url, port=None, secure=False, verify=True, token=None, auth_scheme=None, timeout=5,
        environ=environ,
    )  # fmt: skip
    assert (None if config.proxy is None else str(config.proxy.url)) == expected
    ignored = resolve_config(
        base_url, port=None, secure=False, verify=True, token=None, auth_scheme=None, timeout=5,
        environ=environ, trust_env=False,
    )  # fmt: skip
    assert ignored.proxy is None


def test_an_own_transport_takes_no_proxy_from_the_environment() -> None:
    """As in httpx: the environment's proxy is for httpx's own transport; ``proxy=`` still applies."""
    environ = {"HTTP_PROXY": PROXY}
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=4)

    with APIClient("h", transport=httpx.MockTransport(handler), environ=environ) as client:
        assert client.get_models_count() == 4
    assert seen == ["http://h/api/v1/models/count"]
    config = resolve_config(
        "h", port=None, secure=False, verify=True, token=None, auth_scheme=None, timeout=5,
        environ=environ, proxy="http://given:1", own_transport=True,
    )  # fmt: skip
    assert config.proxy is not None and str(config.proxy.url) == "http://given:1"


@pytest.mark.parametrize("cls", [APIClient, AsyncAPIClient])
def test_httpx_reads_no_environment_itself(cls: type[APIClient], monkeypatch: pytest.MonkeyPatch) -> None:
    """``environ`` is the one source: ``os.environ``'s proxy does not reach a client given ``environ={}``."""
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    monkeypatch.setenv("ALL_PROXY", PROXY)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    direct = cls("h", environ={})
    assert direct.httpx_client.trust_env is False
    assert direct._config.proxy is None
    from_os = cls("h")._config.proxy  # environ=None: os.environ
    assert from_os is not None and str(from_os.url) == PROXY
