from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    telemetry_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["telemetry_id"] = telemetry_id

    params["key"] = key

    params["sender.name"] = sender_name

    params["sender.role"] = sender_role

    params["sender.client_id"] = sender_client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/telemetry/count",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorMessage | int | None:
    if response.status_code == 200:
        response_200 = cast(int, response.json())
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorMessage | int]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    telemetry_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count telemetry

    Args:
        telemetry_id (str | Unset):
        key (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        sender_client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | int]
    """

    kwargs = _get_kwargs(
        telemetry_id=telemetry_id,
        key=key,
        sender_name=sender_name,
        sender_role=sender_role,
        sender_client_id=sender_client_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    telemetry_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count telemetry

    Args:
        telemetry_id (str | Unset):
        key (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        sender_client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | int
    """

    return sync_detailed(
        client=client,
        telemetry_id=telemetry_id,
        key=key,
        sender_name=sender_name,
        sender_role=sender_role,
        sender_client_id=sender_client_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    telemetry_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count telemetry

    Args:
        telemetry_id (str | Unset):
        key (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        sender_client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | int]
    """

    kwargs = _get_kwargs(
        telemetry_id=telemetry_id,
        key=key,
        sender_name=sender_name,
        sender_role=sender_role,
        sender_client_id=sender_client_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    telemetry_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count telemetry

    Args:
        telemetry_id (str | Unset):
        key (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        sender_client_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | int
    """

    return (
        await asyncio_detailed(
            client=client,
            telemetry_id=telemetry_id,
            key=key,
            sender_name=sender_name,
            sender_role=sender_role,
            sender_client_id=sender_client_id,
        )
    ).parsed
