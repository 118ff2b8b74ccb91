"""Deprecated: always 410

Gone in 0.33.0: answers 410; upload a seed model with POST /api/v1/models/.

``PUT /api/v1/models/active``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | Gone]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.gone import Gone
from ...types import Operation, Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/models/active",
    }

    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | Gone | None:
    if response.status_code == 401:
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if response.status_code == 410:
        parsed = Gone.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("set_active_model", _get_kwargs, _parse_response)


def sync_detailed(*, client: AuthenticatedClient | Client) -> Response[ErrorMessage | Gone]:
    """Deprecated: always 410: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs())
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(*, client: AuthenticatedClient | Client) -> ErrorMessage | Gone | None:
    """Deprecated: always 410: the parsed answer (see the module's docstring)."""
    return sync_detailed(client=client).parsed


async def asyncio_detailed(*, client: AuthenticatedClient | Client) -> Response[ErrorMessage | Gone]:
    """Deprecated: always 410: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs())
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(*, client: AuthenticatedClient | Client) -> ErrorMessage | Gone | None:
    """Deprecated: always 410: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(client=client)).parsed
