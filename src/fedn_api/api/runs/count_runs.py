from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    round_timeout: int | Unset = UNSET,
    rounds: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["run_id"] = run_id

    params["session_id"] = session_id

    params["model_id"] = model_id

    params["completed_at_model_id"] = completed_at_model_id

    params["round_timeout"] = round_timeout

    params["rounds"] = rounds

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/runs/count",
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
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    round_timeout: int | Unset = UNSET,
    rounds: int | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count runs

    Args:
        run_id (str | Unset):
        session_id (str | Unset):
        model_id (str | Unset):
        completed_at_model_id (str | Unset):
        round_timeout (int | Unset):
        rounds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | int]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        session_id=session_id,
        model_id=model_id,
        completed_at_model_id=completed_at_model_id,
        round_timeout=round_timeout,
        rounds=rounds,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    round_timeout: int | Unset = UNSET,
    rounds: int | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count runs

    Args:
        run_id (str | Unset):
        session_id (str | Unset):
        model_id (str | Unset):
        completed_at_model_id (str | Unset):
        round_timeout (int | Unset):
        rounds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | int
    """

    return sync_detailed(
        client=client,
        run_id=run_id,
        session_id=session_id,
        model_id=model_id,
        completed_at_model_id=completed_at_model_id,
        round_timeout=round_timeout,
        rounds=rounds,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    round_timeout: int | Unset = UNSET,
    rounds: int | Unset = UNSET,
) -> Response[ErrorMessage | int]:
    """Count runs

    Args:
        run_id (str | Unset):
        session_id (str | Unset):
        model_id (str | Unset):
        completed_at_model_id (str | Unset):
        round_timeout (int | Unset):
        rounds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorMessage | int]
    """

    kwargs = _get_kwargs(
        run_id=run_id,
        session_id=session_id,
        model_id=model_id,
        completed_at_model_id=completed_at_model_id,
        round_timeout=round_timeout,
        rounds=rounds,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    run_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    completed_at_model_id: str | Unset = UNSET,
    round_timeout: int | Unset = UNSET,
    rounds: int | Unset = UNSET,
) -> ErrorMessage | int | None:
    """Count runs

    Args:
        run_id (str | Unset):
        session_id (str | Unset):
        model_id (str | Unset):
        completed_at_model_id (str | Unset):
        round_timeout (int | Unset):
        rounds (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorMessage | int
    """

    return (
        await asyncio_detailed(
            client=client,
            run_id=run_id,
            session_id=session_id,
            model_id=model_id,
            completed_at_model_id=completed_at_model_id,
            round_timeout=round_timeout,
            rounds=rounds,
        )
    ).parsed
