"""What :class:`fedn.APIClient` and :class:`fedn.AsyncAPIClient` share besides the plans.

Connection settings, the generated client, the retry policy, the per-client timeout and the
``with_options`` copy: everything except the httpx client type and the driver's I/O.
"""

from __future__ import annotations

import copy
import re
import warnings
from collections.abc import Mapping
from typing import Any, Generic, Self, TypeVar

import httpx

from fedn._config import ClientConfig as ConnectionConfig
from fedn._config import TimeoutTypes, resolve_timeout
from fedn._drivers import Driver
from fedn._not_given import NOT_GIVEN, NotGiven, given_or
from fedn._retry import DEFAULT_MAX_RETRIES, RetryPolicy
from fedn._secrets import Secrets
from fedn.errors import InvalidInputError
from fedn_api.client import AuthenticatedClient

__all__ = ["ClientBase"]


def _deprecated(client: object, old: str, new: str, *, usage: str = "()") -> None:
    """Warn (once per call site) that ``old`` is a deprecated name of ``new``.

    ``usage`` follows the new name in the message (``"()[0]"``: the first item of its result).
    """
    cls = type(client).__name__
    warnings.warn(
        f"{cls}.{old}() is deprecated (FEDn renamed it); use {cls}.{new}{usage} instead",
        DeprecationWarning,
        stacklevel=3,
    )


def _deprecated_argument(client: object, method: str, old: str, new: str) -> None:
    """Warn (once per call site) that ``method(old=...)`` is a deprecated name of ``method(new=...)``."""
    cls = type(client).__name__
    warnings.warn(
        f"{cls}.{method}({old}=...) is deprecated (FEDn renamed it); use {cls}.{method}({new}=...) instead",
        DeprecationWarning,
        stacklevel=3,
    )


def _snake_case_filters(filters: Mapping[str, object]) -> dict[str, Any]:
    """Filters with FEDn 0.8's camelCase keys (``modelId``) named as the server's fields (``model_id``).

    Code written for FEDn before 0.9 filters by the MongoDB document keys of the time (``modelId``,
    ``sessionId``, ``correlationId``); the 0.33 server ignores those names and filters on its
    fields' snake_case names. Other keys (``sender.name``, ``model_id``) stay as they are.

    Example::

        >>> _snake_case_filters({"modelId": "m1", "sender.name": "c1"})
        {'model_id': 'm1', 'sender.name': 'c1'}
    """
    named: dict[str, Any] = {}
    for key, value in filters.items():
        name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key).lower()
        if name in named and named[name] != value:
            raise InvalidInputError(f"{key}={value!r} and {name}={named[name]!r} name the same filter")
        named[name] = value
    return named


D = TypeVar("D", bound=Driver)


class ClientBase(Generic[D]):
    """Connection settings, the generated client and the driver (sync or async)."""

    _driver: D
    _generated: AuthenticatedClient

    def _setup(
        self, config: ConnectionConfig, max_retries: int | NotGiven, retry: RetryPolicy | None
    ) -> ConnectionConfig:
        """Keep the resolved settings, make the retry policy and the generated client."""
        self._config = config
        if retry is None:
            self._policy = RetryPolicy(max_retries=given_or(max_retries, DEFAULT_MAX_RETRIES))
        elif isinstance(max_retries, NotGiven):
            self._policy = retry
        else:
            self._policy = retry.with_max_retries(max_retries)
        self._generated = AuthenticatedClient(
            base_url=config.base_url,
            token=config.token or "",
            prefix=config.auth_scheme,
            verify_ssl=config.verify,
            timeout=config.timeout,
        )
        return config

    @property
    def _secrets(self) -> Secrets:
        return Secrets([self._config.token])

    @property
    def base_url(self) -> str:
        """The controller's base URL, e.g. ``"http://localhost:8092"``.

        Example::

            >>> from fedn import APIClient
            >>> APIClient("localhost", port=8092, environ={}).base_url
            'http://localhost:8092'
        """
        return self._config.base_url

    def _get_url(self, endpoint: str) -> str:
        """``endpoint`` under the controller's base URL, as FEDn's client builds its URLs.

        Kept for compatibility: FEDn's client has this (private) helper and scripts print it to
        show where they connect. The result has its format, ``"<scheme>://<host>[:<port>]/<endpoint>"``
        (under the path prefix, if ``host`` has one). Nothing is sent.

        Example::

            >>> from fedn import APIClient
            >>> APIClient("localhost", port="8092", environ={})._get_url("set_package")
            'http://localhost:8092/set_package'
        """
        return f"{self._config.base_url}/{endpoint}"

    def _get_url_api_v1(self, endpoint: str) -> str:
        """``endpoint`` under the REST API's ``/api/v1/``, as FEDn's client builds it (see :meth:`_get_url`).

        Example::

            >>> from fedn import APIClient
            >>> APIClient("localhost:8092", environ={})._get_url_api_v1("models/")
            'http://localhost:8092/api/v1/models/'
        """
        return self._get_url(f"api/v1/{endpoint}")

    @property
    def generated(self) -> AuthenticatedClient:
        """The generated ``fedn_api`` client (shares this client's connection pool).

        Example::

            from fedn_api.api.models import get_model_descendants
            children = get_model_descendants.sync(model_id, client=client.generated)
        """
        return self._generated

    @property
    def timeout(self) -> httpx.Timeout:
        """The timeout of this client's requests (connect/read/write/pool).

        Example::

            >>> from fedn import APIClient
            >>> APIClient("localhost:8092", timeout=5, environ={}).timeout.read
            5.0
        """
        return self._driver.timeout or self._config.timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried (0: never); see :class:`fedn.RetryPolicy`.

        Example::

            >>> from fedn import APIClient
            >>> APIClient("localhost:8092", environ={}).max_retries
            2
        """
        return self._driver.policy.max_retries

    def with_options(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        retry: RetryPolicy | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with another timeout and/or retry policy, sharing this client's connection pool.

        Use it for one call or a block of calls; the copy needs no closing (closing it closes
        the shared pool, so close the original instead).

        Example::

            client.with_options(timeout=600).download_model(model_id, "big.npz")
            client.with_options(max_retries=0).get_models_count()
        """
        policy = given_or(retry, self._driver.policy)
        if not isinstance(max_retries, NotGiven):
            policy = policy.with_max_retries(max_retries)
        call_timeout = self._driver.timeout if isinstance(timeout, NotGiven) else resolve_timeout(timeout)
        clone = copy.copy(self)
        clone._driver = type(self._driver)(
            self._generated, self._secrets, policy=policy, timeout=call_timeout
        )
        return clone

    def __repr__(self) -> str:
        auth = f"{self._config.auth_scheme} ***" if self._config.token else "none"
        return f"{type(self).__name__}(base_url={self._config.base_url!r}, auth={auth!r})"
