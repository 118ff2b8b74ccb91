"""Get one telemetry

One telemetry value by id (404 when none has it).

``GET /api/v1/telemetry/{id}``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    id (str):

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | Telemetry]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.telemetry import Telemetry
from ...types import Operation, Response, path_segment


def _get_kwargs(id: str) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/telemetry/{id}".format(id=path_segment("id", id)),
    }

    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | Telemetry | None:
    if response.status_code == 200:
        parsed = Telemetry.from_dict(response.json())
        return parsed
    if response.status_code in (401, 404, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("get_telemetry", _get_kwargs, _parse_response)


def sync_detailed(id: str, *, client: AuthenticatedClient | Client) -> Response[ErrorMessage | Telemetry]:
    """Get one telemetry: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(id))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(id: str, *, client: AuthenticatedClient | Client) -> ErrorMessage | Telemetry | None:
    """Get one telemetry: the parsed answer (see the module's docstring)."""
    return sync_detailed(id, client=client).parsed


async def asyncio_detailed(id: str, *, client: AuthenticatedClient | Client) -> Response[ErrorMessage | Telemetry]:
    """Get one telemetry: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(id))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(id: str, *, client: AuthenticatedClient | Client) -> ErrorMessage | Telemetry | None:
    """Get one telemetry: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(id, client=client)).parsed
