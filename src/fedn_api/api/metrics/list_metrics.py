from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.metric_list import MetricList
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    metric_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    step: int | Unset = UNSET,
    round_id: str | Unset = UNSET,
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

    params["metric_id"] = metric_id

    params["key"] = key

    params["model_id"] = model_id

    params["step"] = step

    params["round_id"] = round_id

    params["session_id"] = session_id

    params["sender.name"] = sender_name

    params["sender.role"] = sender_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/metrics/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorMessage | MetricList | None:
    if response.status_code == 200:
        response_200 = MetricList.from_dict(response.json())

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
) -> Response[ErrorMessage | MetricList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    metric_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    step: int | Unset = UNSET,
    round_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | MetricList]:
    """List metrics

     Filters are query parameters named after the fields.

    Args:
        metric_id (str | Unset):
        key (str | Unset):
        model_id (str | Unset):
        step (int | Unset):
        round_id (str | Unset):
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
        Response[ErrorMessage | MetricList]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        key=key,
        model_id=model_id,
        step=step,
        round_id=round_id,
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
    metric_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    step: int | Unset = UNSET,
    round_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | MetricList | None:
    """List metrics

     Filters are query parameters named after the fields.

    Args:
        metric_id (str | Unset):
        key (str | Unset):
        model_id (str | Unset):
        step (int | Unset):
        round_id (str | Unset):
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
        ErrorMessage | MetricList
    """

    return sync_detailed(
        client=client,
        metric_id=metric_id,
        key=key,
        model_id=model_id,
        step=step,
        round_id=round_id,
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
    metric_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    step: int | Unset = UNSET,
    round_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | MetricList]:
    """List metrics

     Filters are query parameters named after the fields.

    Args:
        metric_id (str | Unset):
        key (str | Unset):
        model_id (str | Unset):
        step (int | Unset):
        round_id (str | Unset):
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
        Response[ErrorMessage | MetricList]
    """

    kwargs = _get_kwargs(
        metric_id=metric_id,
        key=key,
        model_id=model_id,
        step=step,
        round_id=round_id,
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
    metric_id: str | Unset = UNSET,
    key: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    step: int | Unset = UNSET,
    round_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | MetricList | None:
    """List metrics

     Filters are query parameters named after the fields.

    Args:
        metric_id (str | Unset):
        key (str | Unset):
        model_id (str | Unset):
        step (int | Unset):
        round_id (str | Unset):
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
        ErrorMessage | MetricList
    """

    return (
        await asyncio_detailed(
            client=client,
            metric_id=metric_id,
            key=key,
            model_id=model_id,
            step=step,
            round_id=round_id,
            session_id=session_id,
            sender_name=sender_name,
            sender_role=sender_role,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
        )
    ).parsed
