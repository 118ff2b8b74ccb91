"""Connection settings: host parsing, token and scheme resolution, TLS, proxy, HTTP/2, timeouts.

Order everywhere: explicit argument > environment (``FEDN_AUTH_TOKEN``, ``FEDN_AUTH_SCHEME``;
with ``trust_env``, httpx's proxy and CA bundle variables) > default. The environment is a
parameter so tests never patch ``os.environ``; httpx is handed the result and reads no
environment itself. TLS is resolved in :mod:`fedn._tls`, the proxy in :mod:`fedn._proxy`.
"""

from __future__ import annotations

import importlib.util
import os
import ssl
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from fedn._proxy import ProxyTypes, resolve_proxy
from fedn._tls import CertTypes, VerifyTypes, resolve_tls
from fedn.errors import InvalidInputError

__all__ = [
    "DEFAULT_TIMEOUT",
    "CertTypes",
    "ClientConfig",
    "PortTypes",
    "ProxyTypes",
    "VerifyTypes",
    "resolve_config",
    "resolve_port",
    "resolve_timeout",
]

#: Used when the caller gives no timeout: 10 s to connect, 30 s for each read/write/pool wait.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

TOKEN_ENV = "FEDN_AUTH_TOKEN"
SCHEME_ENV = "FEDN_AUTH_SCHEME"
DEFAULT_SCHEME = "Bearer"

_TOKEN_CHARS = frozenset(string.ascii_letters + string.digits + "-._~+/=:!#$%&'*^`|")

TimeoutTypes = float | httpx.Timeout | None
#: ``8092`` or ``"8092"``: FEDn's client formats the port into its URLs, so scripts pass either
#: (``os.environ.get("FEDN_SERVER_PORT", 8092)``, notebooks' ``port='8092'``).
PortTypes = int | str | None


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Resolved connection settings of one client (the token never shows in ``repr``)."""

    base_url: str
    token: str | None = field(repr=False)
    auth_scheme: str
    verify: bool | ssl.SSLContext  # the client certificate (``cert=``) loaded into it
    timeout: httpx.Timeout
    proxy: httpx.Proxy | None = None
    http2: bool = False

    @property
    def headers(self) -> httpx.Headers:
        """Headers sent with every request: just ``Authorization`` when there is a token.

        ``httpx.Headers``, whose repr masks ``Authorization`` (a plain dict would show the token).
        """
        if self.token is None:
            return httpx.Headers()
        return httpx.Headers({"Authorization": f"{self.auth_scheme} {self.token}"})


def resolve_config(
    host: str,
    *,
    port: PortTypes,
    secure: bool,
    verify: VerifyTypes,
    token: str | None,
    auth_scheme: str | None,
    timeout: TimeoutTypes,
    environ: Mapping[str, str] | None,
    cert: CertTypes | None = None,
    proxy: ProxyTypes | None = None,
    http2: bool = False,
    trust_env: bool = True,
    own_transport: bool = False,
) -> ClientConfig:
    """Turn the constructor's arguments (the defaults are the constructor's) into a :class:`ClientConfig`.

    ``own_transport``: the caller passed its own httpx transport, so no proxy is taken from the
    environment (httpx's rule).

    Example::

        >>> cfg = resolve_config("localhost:8092", port=None, secure=False, verify=True, token=None,
        ...                      auth_scheme=None, timeout=DEFAULT_TIMEOUT, environ={})
        >>> cfg.base_url, cfg.proxy, cfg.http2
        ('http://localhost:8092', None, False)
    """
    env = os.environ if environ is None else environ
    resolved_token, token_scheme = _resolve_token(token, env)
    scheme = _resolve_scheme(auth_scheme, token_scheme, env)
    base_url = build_base_url(host, port, secure)
    if not isinstance(trust_env, bool):
        raise InvalidInputError(f"trust_env must be True or False, got {trust_env!r}")
    return ClientConfig(
        base_url=base_url,
        token=resolved_token,
        auth_scheme=scheme,
        verify=resolve_tls(verify, cert, trust_env=trust_env, environ=env),
        timeout=resolve_timeout(timeout),
        proxy=resolve_proxy(proxy, base_url, trust_env=trust_env and not own_transport, environ=env),
        http2=_resolve_http2(http2),
    )


def _resolve_http2(http2: bool) -> bool:
    """``http2=True`` needs the ``h2`` package (httpx's ``http2`` extra): say so in the constructor."""
    if not isinstance(http2, bool):
        raise InvalidInputError(f"http2 must be True or False, got {http2!r}")
    if http2 and importlib.util.find_spec("h2") is None:
        raise InvalidInputError(
            "http2=True needs the h2 package: pip install 'fedn-typed-client[http2]' (or 'httpx[http2]')"
        )
    return http2


def build_base_url(host: str, port: PortTypes = None, secure: bool = False) -> str:
    """The controller's base URL from ``host`` (with optional scheme, port and path prefix).

    ``host`` may be ``"host"``, ``"host:port"`` or ``"http(s)://host[:port][/prefix]"``. A scheme
    in ``host`` wins over ``secure`` (FEDn's own client ignores it and uses ``secure``); asking for
    ``http://`` together with ``secure=True`` is a contradiction and raises.

    Example::

        >>> build_base_url("https://fedn.example.com/ctl")
        'https://fedn.example.com/ctl'
        >>> build_base_url("localhost", port=8092)
        'http://localhost:8092'
        >>> build_base_url("localhost", port="8092")  # a string of digits, as FEDn's client takes it
        'http://localhost:8092'
    """
    if not isinstance(host, str) or not host.strip():
        raise InvalidInputError("host must be a non-empty string such as 'localhost:8092'")
    text = host.strip()
    if any(ch.isspace() or not ch.isprintable() for ch in text):
        raise InvalidInputError(f"invalid host {text!r}: whitespace or control characters are not allowed")
    has_scheme = "://" in text
    try:
        parts = urlsplit(text if has_scheme else f"//{text}")
        host_port = parts.port
    except ValueError as err:
        raise InvalidInputError(f"invalid host {text!r}: {err}") from None
    if has_scheme:
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise InvalidInputError(f"host scheme must be http or https, not {parts.scheme!r}")
        if scheme == "http" and secure:
            raise InvalidInputError("host says http:// but secure=True asks for https; drop one of them")
    else:
        scheme = "https" if secure else "http"
    if not parts.hostname:
        raise InvalidInputError(f"invalid host {text!r}: no host name")
    if parts.username is not None or parts.password is not None:
        raise InvalidInputError("credentials in the host URL are not supported; pass token= instead")
    if parts.query or parts.fragment:
        raise InvalidInputError(f"invalid host {text!r}: a query or fragment is not allowed")
    given_port = resolve_port(port)
    if given_port is not None and host_port is not None and host_port != given_port:
        raise InvalidInputError(f"host gives port {host_port} but port={given_port}; drop one of them")
    final_port = given_port if given_port is not None else host_port
    hostname = parts.hostname
    if ":" in hostname:
        hostname = f"[{hostname}]"
    netloc = hostname if final_port is None else f"{hostname}:{final_port}"
    prefix = parts.path.rstrip("/")
    return f"{scheme}://{netloc}{prefix}"


def resolve_port(port: PortTypes) -> int | None:
    """The port as a number: an int, or a string of ASCII digits (``"8092"``) meaning the same.

    Anything else (``"80a"``, ``" 8092"``, ``""``, ``8092.0``, ``True``, out of 1..65535) raises
    :class:`~fedn.errors.InvalidInputError`.

    Example::

        >>> resolve_port("8092"), resolve_port(8092), resolve_port(None)
        (8092, 8092, None)
    """
    if port is None:
        return None
    number: int | None = None
    if isinstance(port, str) and port.isascii() and port.isdigit():
        number = int(port)
    elif isinstance(port, int) and not isinstance(port, bool):
        number = port
    if number is None or not 0 < number < 65536:
        raise InvalidInputError(
            f"port must be an integer in 1..65535 or a string of its digits, got {port!r}"
        )
    return number


def _resolve_token(token: str | None, env: Mapping[str, str]) -> tuple[str | None, str | None]:
    """Return (token, scheme embedded in the token)."""
    if token is None:
        raw = env.get(TOKEN_ENV)
        if raw is None or raw == "":
            return None, None
        source = f"the {TOKEN_ENV} environment variable"
    else:
        if not isinstance(token, str):
            raise InvalidInputError(f"token must be a string, got {type(token).__name__}")
        raw = token
        source = "token"
    words = raw.split()
    if not words:
        raise InvalidInputError(f"{source} is empty or whitespace")
    if len(words) > 2:
        raise InvalidInputError(f"{source} must be '<token>' or '<scheme> <token>'")
    embedded_scheme = words[0] if len(words) == 2 else None
    value = words[-1]
    if not set(value) <= _TOKEN_CHARS:
        # Never echo the value: it is a credential.
        raise InvalidInputError(f"{source} contains characters not allowed in an HTTP token")
    return value, embedded_scheme


def _resolve_scheme(auth_scheme: str | None, token_scheme: str | None, env: Mapping[str, str]) -> str:
    scheme = auth_scheme or token_scheme or env.get(SCHEME_ENV) or DEFAULT_SCHEME
    scheme = scheme.strip()
    if not scheme or not set(scheme) <= _TOKEN_CHARS:
        raise InvalidInputError(f"invalid auth scheme {scheme!r}")
    return scheme


def resolve_timeout(timeout: TimeoutTypes) -> httpx.Timeout:
    """An :class:`httpx.Timeout` from seconds, an ``httpx.Timeout`` or ``None`` (no timeout).

    Example::

        >>> resolve_timeout(5).connect
        5.0
    """
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise InvalidInputError(
            f"timeout must be a positive number of seconds, an httpx.Timeout or None, got {timeout!r}"
        )
    return httpx.Timeout(float(timeout))
