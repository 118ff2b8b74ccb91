from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.model import Model
from ...types import UNSET, Response, Unset, path_segment


def _get_kwargs(
    id: str,
    *,
    x_limit: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_limit, Unset):
        headers["X-Limit"] = str(x_limit)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/models/{id}/descendants".format(
            id=path_segment("id", id),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | list[Model] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Model.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ErrorMessage.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorMessage.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorMessage.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorMessage | list[Model]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_limit: int | Unset = UNSET,
) -> Response[ErrorMessage | list[Model]]:
    """Descendants of a model

     The model's descendants up to X-Limit (default 10). On SQL statestores an unknown id answers 200
    with an empty list (404 only on MongoDB statestores).

    Args:
        id (str):
        x_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Model]]
    """

    kwargs = _get_kwargs(
        id=id,
        x_limit=x_limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_limit: int | Unset = UNSET,
) -> ErrorMessage | list[Model] | None:
    """Descendants of a model

     The model's descendants up to X-Limit (default 10). On SQL statestores an unknown id answers 200
    with an empty list (404 only on MongoDB statestores).

    Args:
        id (str):
        x_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Model]
    """

    return sync_detailed(
        id=id,
        client=client,
        x_limit=x_limit,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_limit: int | Unset = UNSET,
) -> Response[ErrorMessage | list[Model]]:
    """Descendants of a model

     The model's descendants up to X-Limit (default 10). On SQL statestores an unknown id answers 200
    with an empty list (404 only on MongoDB statestores).

    Args:
        id (str):
        x_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | list[Model]]
    """

    kwargs = _get_kwargs(
        id=id,
        x_limit=x_limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    x_limit: int | Unset = UNSET,
) -> ErrorMessage | list[Model] | None:
    """Descendants of a model

     The model's descendants up to X-Limit (default 10). On SQL statestores an unknown id answers 200
    with an empty list (404 only on MongoDB statestores).

    Args:
        id (str):
        x_limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | list[Model]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            x_limit=x_limit,
        )
    ).parsed
