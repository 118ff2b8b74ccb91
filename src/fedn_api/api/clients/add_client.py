"""Assign a client to a combiner

Registers a client and assigns it a combiner (what `fedn client start` calls); 203 when no combiner
is available yet.

``POST /api/v1/clients/add``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    body (ClientInput): A client asking the controller for a combiner assignment.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage]
"""

from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_assignment import ClientAssignment
from ...models.client_assignment_retry import ClientAssignmentRetry
from ...models.client_input import ClientInput
from ...models.error_message import ErrorMessage
from ...types import Operation, Response


def _get_kwargs(*, body: ClientInput) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/clients/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, raise_on_unexpected_status: bool
) -> ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage | None:
    if response.status_code == 200:

        def _parse_parsed(data: object) -> ClientAssignment | list[Any]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parsed_type_0 = ClientAssignment.from_dict(data)
                return parsed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            parsed_type_1 = cast(list[Any], data)
            return parsed_type_1

        parsed = _parse_parsed(response.json())
        return parsed
    if response.status_code == 203:
        parsed = ClientAssignmentRetry.from_dict(response.json())
        return parsed
    if response.status_code in (400, 401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("add_client", _get_kwargs, _parse_response)


def sync_detailed(
    *, client: AuthenticatedClient | Client, body: ClientInput
) -> Response[ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage]:
    """Assign a client to a combiner: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(
    *, client: AuthenticatedClient | Client, body: ClientInput
) -> ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage | None:
    """Assign a client to a combiner: the parsed answer (see the module's docstring)."""
    return sync_detailed(body=body, client=client).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, body: ClientInput
) -> Response[ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage]:
    """Assign a client to a combiner: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(body=body))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *, client: AuthenticatedClient | Client, body: ClientInput
) -> ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage | None:
    """Assign a client to a combiner: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(body=body, client=client)).parsed
