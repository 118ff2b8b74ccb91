from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.filters import Filters
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Filters | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/clients/count",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: Filters | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count clients matching a filter body

     Number of clients matching a filter body. The body is a JSON object of filters (see `Filters`). On
    SQL statestores a string value with a comma makes the server answer 500 (it turns the value into a
    MongoDB `$in` list).

    Args:
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
        Response[ErrorMessage | int]
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
    body: Filters | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count clients matching a filter body

     Number of clients matching a filter body. The body is a JSON object of filters (see `Filters`). On
    SQL statestores a string value with a comma makes the server answer 500 (it turns the value into a
    MongoDB `$in` list).

    Args:
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
        ErrorMessage | int
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Filters | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count clients matching a filter body

     Number of clients matching a filter body. The body is a JSON object of filters (see `Filters`). On
    SQL statestores a string value with a comma makes the server answer 500 (it turns the value into a
    MongoDB `$in` list).

    Args:
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
        Response[ErrorMessage | int]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Filters | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count clients matching a filter body

     Number of clients matching a filter body. The body is a JSON object of filters (see `Filters`). On
    SQL statestores a string value with a comma makes the server answer 500 (it turns the value into a
    MongoDB `$in` list).

    Args:
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
        ErrorMessage | int
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
