from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.current_attributes import CurrentAttributes
from ...models.current_attributes_request import CurrentAttributesRequest
from ...models.error_message import ErrorMessage
from ...types import Response


def _get_kwargs(
    *,
    body: CurrentAttributesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/attributes/current",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CurrentAttributes | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = CurrentAttributes.from_dict(response.json())

        return response_200

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
) -> Response[CurrentAttributes | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CurrentAttributesRequest,
) -> Response[CurrentAttributes | ErrorMessage]:
    """Current attributes of several clients

     The latest value of every attribute key for each of the given clients.

    Args:
        body (CurrentAttributesRequest): The clients whose current attributes are wanted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrentAttributes | ErrorMessage]
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
    body: CurrentAttributesRequest,
) -> CurrentAttributes | ErrorMessage | None:
    """Current attributes of several clients

     The latest value of every attribute key for each of the given clients.

    Args:
        body (CurrentAttributesRequest): The clients whose current attributes are wanted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrentAttributes | ErrorMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CurrentAttributesRequest,
) -> Response[CurrentAttributes | ErrorMessage]:
    """Current attributes of several clients

     The latest value of every attribute key for each of the given clients.

    Args:
        body (CurrentAttributesRequest): The clients whose current attributes are wanted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrentAttributes | ErrorMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CurrentAttributesRequest,
) -> CurrentAttributes | ErrorMessage | None:
    """Current attributes of several clients

     The latest value of every attribute key for each of the given clients.

    Args:
        body (CurrentAttributesRequest): The clients whose current attributes are wanted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrentAttributes | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
