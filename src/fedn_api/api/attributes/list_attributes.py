from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attribute_list import AttributeList
from ...models.error_message import ErrorMessage
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    attribute_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_limit, Unset):
        headers["X-Limit"] = str(x_limit)

    if not isinstance(x_skip, Unset):
        headers["X-Skip"] = str(x_skip)

    if not isinstance(x_sort_key, Unset):
        headers["X-Sort-Key"] = x_sort_key

    if not isinstance(x_sort_order, Unset):
        headers["X-Sort-Order"] = str(x_sort_order)

    params: dict[str, Any] = {}

    params["attribute_id"] = attribute_id

    params["key"] = key

    params["value"] = value

    params["sender.name"] = sender_name

    params["sender.role"] = sender_role

    params["sender.client_id"] = sender_client_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/attributes/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttributeList | ErrorMessage | None:
    if response.status_code == 200:
        response_200 = AttributeList.from_dict(response.json())

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
) -> Response[AttributeList | ErrorMessage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    attribute_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[AttributeList | ErrorMessage]:
    """List attributes

     Filters are query parameters named after the fields.

    Args:
        attribute_id (str | Unset):
        key (str | Unset):
        value (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        sender_client_id (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeList | ErrorMessage]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        key=key,
        value=value,
        sender_name=sender_name,
        sender_role=sender_role,
        sender_client_id=sender_client_id,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    attribute_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> AttributeList | ErrorMessage | None:
    """List attributes

     Filters are query parameters named after the fields.

    Args:
        attribute_id (str | Unset):
        key (str | Unset):
        value (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        sender_client_id (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeList | ErrorMessage
    """

    return sync_detailed(
        client=client,
        attribute_id=attribute_id,
        key=key,
        value=value,
        sender_name=sender_name,
        sender_role=sender_role,
        sender_client_id=sender_client_id,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    attribute_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[AttributeList | ErrorMessage]:
    """List attributes

     Filters are query parameters named after the fields.

    Args:
        attribute_id (str | Unset):
        key (str | Unset):
        value (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        sender_client_id (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttributeList | ErrorMessage]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        key=key,
        value=value,
        sender_name=sender_name,
        sender_role=sender_role,
        sender_client_id=sender_client_id,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    attribute_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    value: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> AttributeList | ErrorMessage | None:
    """List attributes

     Filters are query parameters named after the fields.

    Args:
        attribute_id (str | Unset):
        key (str | Unset):
        value (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        sender_client_id (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttributeList | ErrorMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            attribute_id=attribute_id,
            key=key,
            value=value,
            sender_name=sender_name,
            sender_role=sender_role,
            sender_client_id=sender_client_id,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
        )
    ).parsed
