"""The proxy to the controller: the ``proxy`` argument, else the environment, else none.

The environment's variables and rules are httpx's (``trust_env``, after curl and urllib):

* ``HTTPS_PROXY`` / ``HTTP_PROXY`` for the controller URL's scheme, else ``ALL_PROXY``; names
  in any case, the lowercase one winning (``https_proxy`` over ``HTTPS_PROXY``); a value without
  a scheme means ``http://``. ``HTTP_PROXY`` in capitals is ignored when ``REQUEST_METHOD`` is
  set (a CGI script, whose ``HTTP_PROXY`` is a request header), as urllib does.
* ``NO_PROXY``: comma-separated entries, one matching the controller means no proxy. ``*``
  matches every host; an IP address or ``localhost`` that host exactly; ``example.com``
  that domain and its subdomains, ``.example.com`` only its subdomains; ``host:port`` only that
  port; ``scheme://host[:port]`` only that scheme.

A client talks to one controller, so this finds the one proxy for its base URL. The variables
come from the client's ``environ`` (``os.environ`` by default), and httpx gets the result: it
never reads the environment itself. As in httpx, a client given its own ``transport`` takes no
proxy from the environment (an explicit ``proxy=`` still applies).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping

import httpx

from fedn.errors import InvalidInputError

__all__ = ["ProxyTypes", "resolve_proxy"]

ProxyTypes = str | httpx.URL | httpx.Proxy


def resolve_proxy(
    proxy: ProxyTypes | None, base_url: str, *, trust_env: bool, environ: Mapping[str, str]
) -> httpx.Proxy | None:
    """The proxy for requests to ``base_url``, or ``None`` for a direct connection.

    Example::

        >>> env = {"HTTPS_PROXY": "proxy.internal:3128", "NO_PROXY": "localhost,.example.org"}
        >>> resolve_proxy(None, "https://fedn.example.com", trust_env=True, environ=env)
        Proxy('http://proxy.internal:3128')
        >>> resolve_proxy(None, "https://fedn.example.org", trust_env=True, environ=env) is None
        True
        >>> resolve_proxy(None, "http://localhost:8092", trust_env=True, environ=env) is None
        True
    """
    if proxy is not None:
        return _proxy(proxy, "proxy")
    if not trust_env:
        return None
    variables = _proxy_variables(environ)
    url = httpx.URL(base_url)
    if any(_bypasses(entry, url) for entry in variables.get("no", "").split(",")):
        return None
    for scheme in (url.scheme, "all"):
        value = variables.get(scheme)
        if value:
            return _proxy(value if "://" in value else f"http://{value}", f"the {scheme}_proxy variable")
    return None


def _proxy(value: ProxyTypes, source: str) -> httpx.Proxy:
    """``value`` as an ``httpx.Proxy``; the error names where it came from (never its password)."""
    if isinstance(value, httpx.Proxy):
        return value
    try:
        return httpx.Proxy(url=value)
    except (ValueError, httpx.InvalidURL) as err:  # httpx shows a URL with its password masked
        raise InvalidInputError(f"{source} is not a proxy URL: {err}") from None


def _proxy_variables(environ: Mapping[str, str]) -> dict[str, str]:
    """``{"http": ..., "https": ..., "all": ..., "no": ...}`` from the ``*_proxy`` variables.

    As urllib reads them: any case first, then the names ending in lowercase ``_proxy`` again
    (so they win; an empty one removes), and ``HTTP_PROXY`` dropped between the two under CGI.
    """
    found: dict[str, str] = {}
    for name, value in environ.items():
        lowered = name.lower()
        if value and lowered.endswith("_proxy"):
            found[lowered.removesuffix("_proxy")] = value
    if "REQUEST_METHOD" in environ:
        found.pop("http", None)
    for name, value in environ.items():
        if name.endswith("_proxy"):
            key = name.lower().removesuffix("_proxy")
            if value:
                found[key] = value
            else:
                found.pop(key, None)
    return found


def _bypasses(entry: str, url: httpx.URL) -> bool:
    """Whether one ``NO_PROXY`` entry matches ``url`` (see the module docstring)."""
    entry = entry.strip().lower()
    if not entry:
        return False
    if entry == "*":
        return True
    scheme = None
    if "://" in entry:
        scheme, _, entry = entry.partition("://")
        if scheme not in ("all", url.scheme):
            return False
    host, port = _host_and_port(entry)
    if port is not None and port != (url.port or {"http": 80, "https": 443}.get(url.scheme)):
        return False
    target = url.host.lower()
    if scheme is not None or host == "localhost" or _is_ip(host):
        return _same_host(host, target)
    if host.startswith("."):
        return target.endswith(host)
    return target == host or target.endswith(f".{host}")


def _host_and_port(entry: str) -> tuple[str, int | None]:
    """``host``, ``host:port``, ``[v6]``, ``[v6]:port``, a bare IPv6 address or a CIDR (its address)."""
    entry = entry.split("/", 1)[0]
    if entry.startswith("["):
        host, _, rest = entry[1:].partition("]")
        port = rest.removeprefix(":")
    elif entry.count(":") == 1:
        host, _, port = entry.partition(":")
    else:
        host, port = entry, ""
    return host, int(port) if port.isdigit() else None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _same_host(pattern: str, target: str) -> bool:
    """An exact host, or a ``*.domain`` / ``*domain`` wildcard as in a ``scheme://`` entry."""
    if pattern.startswith("*."):
        return target.endswith(pattern[1:])
    if pattern.startswith("*"):
        return target == pattern[1:] or target.endswith(f".{pattern[1:]}")
    return target == pattern
