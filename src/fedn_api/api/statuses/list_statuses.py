from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.sort_order import SortOrder
from ...models.status_list import StatusList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
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

    params["status_id"] = status_id

    params["status"] = status

    params["log_level"] = log_level

    params["type"] = type_

    params["correlation_id"] = correlation_id

    params["session_id"] = session_id

    params["sender.name"] = sender_name

    params["sender.role"] = sender_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statuses/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | StatusList | None:
    if response.status_code == 200:
        response_200 = StatusList.from_dict(response.json())

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
) -> Response[ErrorMessage | StatusList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | StatusList]:
    """List statuses

     Filters are query parameters named after the fields.

    Args:
        status_id (str | Unset):
        status (str | Unset):
        log_level (str | Unset):
        type_ (str | Unset):
        correlation_id (str | Unset):
        session_id (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | StatusList]
    """

    kwargs = _get_kwargs(
        status_id=status_id,
        status=status,
        log_level=log_level,
        type_=type_,
        correlation_id=correlation_id,
        session_id=session_id,
        sender_name=sender_name,
        sender_role=sender_role,
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
    status_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | StatusList | None:
    """List statuses

     Filters are query parameters named after the fields.

    Args:
        status_id (str | Unset):
        status (str | Unset):
        log_level (str | Unset):
        type_ (str | Unset):
        correlation_id (str | Unset):
        session_id (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | StatusList
    """

    return sync_detailed(
        client=client,
        status_id=status_id,
        status=status,
        log_level=log_level,
        type_=type_,
        correlation_id=correlation_id,
        session_id=session_id,
        sender_name=sender_name,
        sender_role=sender_role,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | StatusList]:
    """List statuses

     Filters are query parameters named after the fields.

    Args:
        status_id (str | Unset):
        status (str | Unset):
        log_level (str | Unset):
        type_ (str | Unset):
        correlation_id (str | Unset):
        session_id (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | StatusList]
    """

    kwargs = _get_kwargs(
        status_id=status_id,
        status=status,
        log_level=log_level,
        type_=type_,
        correlation_id=correlation_id,
        session_id=session_id,
        sender_name=sender_name,
        sender_role=sender_role,
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
    status_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    log_level: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | StatusList | None:
    """List statuses

     Filters are query parameters named after the fields.

    Args:
        status_id (str | Unset):
        status (str | Unset):
        log_level (str | Unset):
        type_ (str | Unset):
        correlation_id (str | Unset):
        session_id (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | StatusList
    """

    return (
        await asyncio_detailed(
            client=client,
            status_id=status_id,
            status=status,
            log_level=log_level,
            type_=type_,
            correlation_id=correlation_id,
            session_id=session_id,
            sender_name=sender_name,
            sender_role=sender_role,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
        )
    ).parsed
