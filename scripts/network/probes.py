"""Looking at the network from outside: free ports, listening ports, HTTP GETs (127.0.0.1 only)."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from typing import Any

from .common import HOST


def free_ports(count: int) -> list[int]:
    """``count`` distinct free TCP ports (free on the wildcard address, hence on 127.0.0.1 too)."""
    held: list[socket.socket] = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            held.append(s)
            s.bind(("0.0.0.0", 0))
        return [s.getsockname()[1] for s in held]
    finally:
        for s in held:
            s.close()


def port_listening(port: int) -> bool:
    """True if something accepts TCP connections on 127.0.0.1:``port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((HOST, port)) == 0


def http_get(url: str, token: str | None = None, timeout: float = 5.0) -> tuple[int, Any]:
    """GET ``url``; returns ``(status, parsed JSON or text)``; status 0 if unreachable."""
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read().decode()
            status = response.status
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode(errors="replace")
    except (OSError, ValueError):
        return 0, None
    try:
        return status, json.loads(body)
    except ValueError:
        return status, body


def answers_ok(url: str, token: str | None = None) -> bool:
    """True if a GET of ``url`` answers 200."""
    return http_get(url, token)[0] == 200
