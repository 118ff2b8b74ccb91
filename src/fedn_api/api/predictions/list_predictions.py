from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.prediction_list import PredictionList
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    prediction_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
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

    params["prediction_id"] = prediction_id

    params["model_id"] = model_id

    params["correlation_id"] = correlation_id

    params["sender.name"] = sender_name

    params["sender.role"] = sender_role

    params["receiver.name"] = receiver_name

    params["receiver.role"] = receiver_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/predictions/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | PredictionList | None:
    if response.status_code == 200:
        response_200 = PredictionList.from_dict(response.json())

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
) -> Response[ErrorMessage | PredictionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    prediction_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | PredictionList]:
    """List predictions

     Filters are query parameters named after the fields.

    Args:
        prediction_id (str | Unset):
        model_id (str | Unset):
        correlation_id (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        receiver_name (str | Unset):
        receiver_role (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PredictionList]
    """

    kwargs = _get_kwargs(
        prediction_id=prediction_id,
        model_id=model_id,
        correlation_id=correlation_id,
        sender_name=sender_name,
        sender_role=sender_role,
        receiver_name=receiver_name,
        receiver_role=receiver_role,
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
    prediction_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | PredictionList | None:
    """List predictions

     Filters are query parameters named after the fields.

    Args:
        prediction_id (str | Unset):
        model_id (str | Unset):
        correlation_id (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        receiver_name (str | Unset):
        receiver_role (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PredictionList
    """

    return sync_detailed(
        client=client,
        prediction_id=prediction_id,
        model_id=model_id,
        correlation_id=correlation_id,
        sender_name=sender_name,
        sender_role=sender_role,
        receiver_name=receiver_name,
        receiver_role=receiver_role,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    prediction_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | PredictionList]:
    """List predictions

     Filters are query parameters named after the fields.

    Args:
        prediction_id (str | Unset):
        model_id (str | Unset):
        correlation_id (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        receiver_name (str | Unset):
        receiver_role (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PredictionList]
    """

    kwargs = _get_kwargs(
        prediction_id=prediction_id,
        model_id=model_id,
        correlation_id=correlation_id,
        sender_name=sender_name,
        sender_role=sender_role,
        receiver_name=receiver_name,
        receiver_role=receiver_role,
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
    prediction_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    correlation_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    receiver_name: str | Unset = UNSET,
    receiver_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | PredictionList | None:
    """List predictions

     Filters are query parameters named after the fields.

    Args:
        prediction_id (str | Unset):
        model_id (str | Unset):
        correlation_id (str | Unset):
        sender_name (str | Unset):
        sender_role (str | Unset):
        receiver_name (str | Unset):
        receiver_role (str | Unset):
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PredictionList
    """

    return (
        await asyncio_detailed(
            client=client,
            prediction_id=prediction_id,
            model_id=model_id,
            correlation_id=correlation_id,
            sender_name=sender_name,
            sender_role=sender_role,
            receiver_name=receiver_name,
            receiver_role=receiver_role,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
        )
    ).parsed
