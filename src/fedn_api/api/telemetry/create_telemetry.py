"""Add a telemetry value

Stores a client telemetry value. The body is closed: an unknown key answers 400.

``POST /api/v1/telemetry/``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    body (TelemetryInput): A new telemetry value.

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
from ...models.telemetry_input import TelemetryInput
from ...types import Operation, Response


def _get_kwargs(*, body: TelemetryInput) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/telemetry/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | Telemetry | None:
    if response.status_code == 201:
        parsed = Telemetry.from_dict(response.json())
        return parsed
    if response.status_code in (400, 401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("create_telemetry", _get_kwargs, _parse_response)


def sync_detailed(*, client: AuthenticatedClient | Client, body: TelemetryInput) -> Response[ErrorMessage | Telemetry]:
    """Add a telemetry value: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(*, client: AuthenticatedClient | Client, body: TelemetryInput) -> ErrorMessage | Telemetry | None:
    """Add a telemetry value: the parsed answer (see the module's docstring)."""
    return sync_detailed(body=body, client=client).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, body: TelemetryInput
) -> Response[ErrorMessage | Telemetry]:
    """Add a telemetry value: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(*, client: AuthenticatedClient | Client, body: TelemetryInput) -> ErrorMessage | Telemetry | None:
    """Add a telemetry value: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(body=body, client=client)).parsed
