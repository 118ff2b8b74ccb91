"""Number of clients per combiner

Number of clients per combiner.

``POST /api/v1/combiners/clients/count``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    body (CombinerClientCountRequest): Which combiners to count clients for.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[CombinerClientCounts | ErrorMessage]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.combiner_client_count_request import CombinerClientCountRequest
from ...models.combiner_client_counts import CombinerClientCounts
from ...models.error_message import ErrorMessage
from ...types import Operation, Response


def _get_kwargs(*, body: CombinerClientCountRequest) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/combiners/clients/count",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, raise_on_unexpected_status: bool
) -> CombinerClientCounts | ErrorMessage | None:
    if response.status_code == 200:
        parsed = CombinerClientCounts.from_dict(response.json())
        return parsed
    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("count_combiner_clients", _get_kwargs, _parse_response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, body: CombinerClientCountRequest
) -> Response[CombinerClientCounts | ErrorMessage]:
    """Number of clients per combiner: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(
    *, client: AuthenticatedClient | Client, body: CombinerClientCountRequest
) -> CombinerClientCounts | ErrorMessage | None:
    """Number of clients per combiner: the parsed answer (see the module's docstring)."""
    return sync_detailed(body=body, client=client).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, body: CombinerClientCountRequest
) -> Response[CombinerClientCounts | ErrorMessage]:
    """Number of clients per combiner: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *, client: AuthenticatedClient | Client, body: CombinerClientCountRequest
) -> CombinerClientCounts | ErrorMessage | None:
    """Number of clients per combiner: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(body=body, client=client)).parsed
