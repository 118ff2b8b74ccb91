from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.filters import Filters
from ...models.prediction_list import PredictionList
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Filters | Unset = UNSET,
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

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/predictions/list",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | PredictionList]:
    """List predictions matching a filter body

     A page of predictions matching a filter body, paged and sorted as the GET list. The body is a JSON
    object of filters (see `Filters`). On SQL statestores a string value with a comma makes the server
    answer 500 (it turns the value into a MongoDB `$in` list).

    Args:
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.
        body (Filters | Unset): Filters as a JSON object of field names to values; the server
            hands them to its store like the GET list route's query arguments (keys may end in `__gt`,
            `__lt`, `__gte`, `__lte`, `__ne`, `__eq`; the string "null" matches null; unknown keys are
            ignored). Most routes turn a string containing commas into a MongoDB `$in` list: on SQL
            statestores that makes the server answer 500 (it cannot parse the list as a value), so
            send no commas. The attribute and telemetry count routes pass values on unsplit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PredictionList]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | PredictionList | None:
    """List predictions matching a filter body

     A page of predictions matching a filter body, paged and sorted as the GET list. The body is a JSON
    object of filters (see `Filters`). On SQL statestores a string value with a comma makes the server
    answer 500 (it turns the value into a MongoDB `$in` list).

    Args:
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.
        body (Filters | Unset): Filters as a JSON object of field names to values; the server
            hands them to its store like the GET list route's query arguments (keys may end in `__gt`,
            `__lt`, `__gte`, `__lte`, `__ne`, `__eq`; the string "null" matches null; unknown keys are
            ignored). Most routes turn a string containing commas into a MongoDB `$in` list: on SQL
            statestores that makes the server answer 500 (it cannot parse the list as a value), so
            send no commas. The attribute and telemetry count routes pass values on unsplit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PredictionList
    """

    return sync_detailed(
        client=client,
        body=body,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | PredictionList]:
    """List predictions matching a filter body

     A page of predictions matching a filter body, paged and sorted as the GET list. The body is a JSON
    object of filters (see `Filters`). On SQL statestores a string value with a comma makes the server
    answer 500 (it turns the value into a MongoDB `$in` list).

    Args:
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.
        body (Filters | Unset): Filters as a JSON object of field names to values; the server
            hands them to its store like the GET list route's query arguments (keys may end in `__gt`,
            `__lt`, `__gte`, `__lte`, `__ne`, `__eq`; the string "null" matches null; unknown keys are
            ignored). Most routes turn a string containing commas into a MongoDB `$in` list: on SQL
            statestores that makes the server answer 500 (it cannot parse the list as a value), so
            send no commas. The attribute and telemetry count routes pass values on unsplit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | PredictionList]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | PredictionList | None:
    """List predictions matching a filter body

     A page of predictions matching a filter body, paged and sorted as the GET list. The body is a JSON
    object of filters (see `Filters`). On SQL statestores a string value with a comma makes the server
    answer 500 (it turns the value into a MongoDB `$in` list).

    Args:
        x_limit (int | Unset):
        x_skip (int | Unset):
        x_sort_key (str | Unset):
        x_sort_order (SortOrder | Unset): Sort direction of a list.
        body (Filters | Unset): Filters as a JSON object of field names to values; the server
            hands them to its store like the GET list route's query arguments (keys may end in `__gt`,
            `__lt`, `__gte`, `__lte`, `__ne`, `__eq`; the string "null" matches null; unknown keys are
            ignored). Most routes turn a string containing commas into a MongoDB `$in` list: on SQL
            statestores that makes the server answer 500 (it cannot parse the list as a value), so
            send no commas. The attribute and telemetry count routes pass values on unsplit.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | PredictionList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
        )
    ).parsed
