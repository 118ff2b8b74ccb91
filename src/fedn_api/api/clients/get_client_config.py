"""Client connection config

The settings a client needs to connect (package, helper, checksum of the active package).

``GET /api/v1/clients/config``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    checksum (bool | Unset):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ClientConfig | ErrorMessage]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_config import ClientConfig
from ...models.error_message import ErrorMessage
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(*, checksum: bool | Unset = UNSET) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["checksum"] = checksum

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/clients/config",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ClientConfig | ErrorMessage | None:
    if response.status_code == 200:
        parsed = ClientConfig.from_dict(response.json())
        return parsed
    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("get_client_config", _get_kwargs, _parse_response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, checksum: bool | Unset = UNSET
) -> Response[ClientConfig | ErrorMessage]:
    """Client connection config: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(checksum=checksum))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(*, client: AuthenticatedClient | Client, checksum: bool | Unset = UNSET) -> ClientConfig | ErrorMessage | None:
    """Client connection config: the parsed answer (see the module's docstring)."""
    return sync_detailed(checksum=checksum, client=client).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, checksum: bool | Unset = UNSET
) -> Response[ClientConfig | ErrorMessage]:
    """Client connection config: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(checksum=checksum))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *, client: AuthenticatedClient | Client, checksum: bool | Unset = UNSET
) -> ClientConfig | ErrorMessage | None:
    """Client connection config: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(checksum=checksum, client=client)).parsed
