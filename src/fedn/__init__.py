"""A typed, streaming, drop-in replacement for FEDn 0.33's ``APIClient``.

Example::

    from fedn import APIClient, FedOpt, errors

    client = APIClient("localhost:8092")
    client.start_session(name="adam", aggregator=FedOpt("adam", learning_rate=1e-2), rounds=3)

:class:`AsyncAPIClient` is the asyncio twin (same methods, awaited).

Importing :mod:`fedn` is cheap: the client, the generated ``fedn_api`` package and httpx are
loaded on first use of a name below (module ``__getattr__``).
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

from fedn._coexistence import warn_if_upstream_installed

if TYPE_CHECKING:
    from fedn import errors, filters
    from fedn._not_given import NOT_GIVEN, NotGiven
    from fedn._retry import RetryPolicy
    from fedn.aggregators import FedAvg, FedOpt
    from fedn.async_client import AsyncAPIClient
    from fedn.client import APIClient
    from fedn.errors import (
        AmbiguousNameError,
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ChecksumMismatchError,
        ConflictError,
        FednError,
        HTTPConflictError,
        HTTPNotFoundError,
        InvalidInputError,
        NotFoundError,
        PermissionDeniedError,
        PreconditionConflictError,
        PreconditionError,
        PreconditionNotFoundError,
        RateLimitError,
        ServerError,
        SessionTimeoutError,
        UnexpectedResponseError,
    )
    from fedn.results import StartedSession

__all__ = [
    "NOT_GIVEN",
    "APIClient",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousNameError",
    "AsyncAPIClient",
    "AuthenticationError",
    "BadRequestError",
    "ChecksumMismatchError",
    "ConflictError",
    "FedAvg",
    "FedOpt",
    "FednError",
    "HTTPConflictError",
    "HTTPNotFoundError",
    "InvalidInputError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "PreconditionConflictError",
    "PreconditionError",
    "PreconditionNotFoundError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "SessionTimeoutError",
    "StartedSession",
    "UnexpectedResponseError",
    "errors",
    "filters",
]

#: The version of this library (the single source: pyproject.toml reads it from here).
__version__ = "0.2.0"

warn_if_upstream_installed(sys.path)

_LAZY: dict[str, str] = {
    "APIClient": "fedn.client",
    "AsyncAPIClient": "fedn.async_client",
    "RetryPolicy": "fedn._retry",
    "NOT_GIVEN": "fedn._not_given",
    "NotGiven": "fedn._not_given",
    "FedAvg": "fedn.aggregators",
    "FedOpt": "fedn.aggregators",
    "StartedSession": "fedn.results",
    **{name: "fedn.errors" for name in __all__ if name.endswith("Error")},
}


def __getattr__(name: str) -> Any:
    if name in ("errors", "filters"):
        return importlib.import_module(f"fedn.{name}")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'fedn' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
