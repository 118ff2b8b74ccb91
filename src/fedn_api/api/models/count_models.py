from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model_id"] = model_id

    params["name"] = name

    params["parent_model"] = parent_model

    params["session_id"] = session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/models/count",
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
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count models

    Args:
        model_id (str | Unset):
        name (str | Unset):
        parent_model (str | Unset):
        session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | int]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        name=name,
        parent_model=parent_model,
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count models

    Args:
        model_id (str | Unset):
        name (str | Unset):
        parent_model (str | Unset):
        session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | int
    """

    return sync_detailed(
        client=client,
        model_id=model_id,
        name=name,
        parent_model=parent_model,
        session_id=session_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count models

    Args:
        model_id (str | Unset):
        name (str | Unset):
        parent_model (str | Unset):
        session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | int]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        name=name,
        parent_model=parent_model,
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count models

    Args:
        model_id (str | Unset):
        name (str | Unset):
        parent_model (str | Unset):
        session_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | int
    """

    return (
        await asyncio_detailed(
            client=client,
            model_id=model_id,
            name=name,
            parent_model=parent_model,
            session_id=session_id,
        )
    ).parsed
