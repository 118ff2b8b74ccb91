from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_config import ClientConfig
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    checksum: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["checksum"] = checksum

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/clients/config",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientConfig | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = ClientConfig.from_dict(response.json())

        return response_200

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
) -> Response[ClientConfig | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    checksum: bool | Unset = UNSET,
) -> Response[ClientConfig | ErrorMessage]:
    """Client connection config

     The settings a client needs to connect (package, helper, checksum of the active package).

    Args:
        checksum (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfig | ErrorMessage]
    """

    kwargs = _get_kwargs(
        checksum=checksum,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    checksum: bool | Unset = UNSET,
) -> ClientConfig | ErrorMessage | None:
    """Client connection config

     The settings a client needs to connect (package, helper, checksum of the active package).

    Args:
        checksum (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfig | ErrorMessage
    """

    return sync_detailed(
        client=client,
        checksum=checksum,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    checksum: bool | Unset = UNSET,
) -> Response[ClientConfig | ErrorMessage]:
    """Client connection config

     The settings a client needs to connect (package, helper, checksum of the active package).

    Args:
        checksum (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfig | ErrorMessage]
    """

    kwargs = _get_kwargs(
        checksum=checksum,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    checksum: bool | Unset = UNSET,
) -> ClientConfig | ErrorMessage | None:
    """Client connection config

     The settings a client needs to connect (package, helper, checksum of the active package).

    Args:
        checksum (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfig | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            checksum=checksum,
        )
    ).parsed
