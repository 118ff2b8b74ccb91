from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_assignment import ClientAssignment
from ...models.client_assignment_retry import ClientAssignmentRetry
from ...models.client_input import ClientInput
from ...models.error_message import ErrorMessage
from ...types import Response


def _get_kwargs(
    *,
    body: ClientInput,
) -> dict[str, Any]:
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
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ClientAssignment | list[Any]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ClientAssignment.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = cast(list[Any], data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 203:
        response_203 = ClientAssignmentRetry.from_dict(response.json())

        return response_203

    if response.status_code == 400:
        response_400 = ErrorMessage.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientInput,
) -> Response[ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage]:
    """Assign a client to a combiner

     Registers a client and assigns it a combiner (what `fedn client start` calls); 203 when no combiner
    is available yet.

    Args:
        body (ClientInput): A client asking the controller for a combiner assignment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ClientInput,
) -> ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage | None:
    """Assign a client to a combiner

     Registers a client and assigns it a combiner (what `fedn client start` calls); 203 when no combiner
    is available yet.

    Args:
        body (ClientInput): A client asking the controller for a combiner assignment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ClientInput,
) -> Response[ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage]:
    """Assign a client to a combiner

     Registers a client and assigns it a combiner (what `fedn client start` calls); 203 when no combiner
    is available yet.

    Args:
        body (ClientInput): A client asking the controller for a combiner assignment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ClientInput,
) -> ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage | None:
    """Assign a client to a combiner

     Registers a client and assigns it a combiner (what `fedn client start` calls); 203 when no combiner
    is available yet.

    Args:
        body (ClientInput): A client asking the controller for a combiner assignment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientAssignment | list[Any] | ClientAssignmentRetry | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
