"""Upstream FEDn's ``allowed_import``: the first line of every ``server_functions.py``.

Provides the same public names as FEDn 0.33: ``Dict``, ``List``, ``Tuple``, ``np``, ``random``,
``os``, ``logger``, ``print``, ``ServerFunctionsBase``, ``APIClient``, ``api_client``, ``host`` and
``port``. ``np`` (numpy) and ``api_client`` are loaded on first use: numpy is not a dependency of
this library (install it to use ``np``), and ``api_client`` is an :class:`fedn.APIClient` for the
controller at ``host``/``port``: ``REDUCER_SERVICE_HOST``/``REDUCER_SERVICE_PORT`` (upstream's
hooks service settings), else ``api-server:8092`` as upstream.

Example::

    from fedn.network.combiner.hooks.allowed_import import (
        Dict, List, ServerFunctionsBase, Tuple, api_client, np
    )
"""

from __future__ import annotations

import importlib
import os
import random
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Dict, List, Tuple  # noqa: UP035 - upstream exports these names

from fedn.common.log_config import logger
from fedn.network.combiner.hooks.serverfunctionsbase import ServerFunctionsBase

if TYPE_CHECKING:
    import numpy as np

    from fedn.client import APIClient

    api_client: APIClient
    host: str
    port: int | None

__all__ = [
    "APIClient",
    "Dict",
    "List",
    "ServerFunctionsBase",
    "Tuple",
    "api_client",
    "host",
    "logger",
    "np",
    "os",
    "port",
    "print",
    "random",
]

#: As upstream: ``print`` in a server-functions file logs through FEDn's logger.
print: Callable[..., None] = logger.info


def controller_address(environ: Mapping[str, str] = os.environ) -> tuple[str, int | None]:
    """(host, port) of the controller that ``api_client`` talks to, as upstream derives it."""
    host, port = environ.get("REDUCER_SERVICE_HOST"), environ.get("REDUCER_SERVICE_PORT")
    if host and port:
        return f"{host}:{port}/internal", None
    return "api-server", 8092


def __getattr__(name: str) -> Any:
    if name == "np":
        value = importlib.import_module("numpy")
    elif name == "APIClient":
        value = importlib.import_module("fedn.client").APIClient
    elif name == "api_client":
        host, port = controller_address()
        value = importlib.import_module("fedn.client").APIClient(host=host, port=port)
    elif name in ("host", "port"):
        return controller_address()[0 if name == "host" else 1]
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
