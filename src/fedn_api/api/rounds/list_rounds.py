"""List rounds

A page of rounds. Every query argument is a filter (the declared ones are those the SQL statestore
honours: each column by equality and with the suffixes `__gt`, `__gte`, `__lt`, `__lte`, `__ne`,
`__eq`; the value `null` matches null); unknown names are ignored. Paged by X-Limit/X-Skip, ordered
by X-Sort-Key (default `committed_at`) then `committed_at`, newest first unless X-Sort-Order is
`asc`. Answers the total number of matches with the page.

``GET /api/v1/rounds/``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    committed_at (str | Unset):
    committed_at_eq (str | Unset):
    committed_at_gt (str | Unset):
    committed_at_gte (str | Unset):
    committed_at_lt (str | Unset):
    committed_at_lte (str | Unset):
    committed_at_ne (str | Unset):
    id_eq (str | Unset):
    id_gt (str | Unset):
    id_gte (str | Unset):
    id_lt (str | Unset):
    id_lte (str | Unset):
    id_ne (str | Unset):
    round_config_id (str | Unset):
    round_config_id_eq (str | Unset):
    round_config_id_gt (str | Unset):
    round_config_id_gte (str | Unset):
    round_config_id_lt (str | Unset):
    round_config_id_lte (str | Unset):
    round_config_id_ne (str | Unset):
    round_data_id (str | Unset):
    round_data_id_eq (str | Unset):
    round_data_id_gt (str | Unset):
    round_data_id_gte (str | Unset):
    round_data_id_lt (str | Unset):
    round_data_id_lte (str | Unset):
    round_data_id_ne (str | Unset):
    round_id (str | Unset):
    status (str | Unset):
    status_eq (str | Unset):
    status_gt (str | Unset):
    status_gte (str | Unset):
    status_lt (str | Unset):
    status_lte (str | Unset):
    status_ne (str | Unset):
    updated_at (str | Unset):
    updated_at_eq (str | Unset):
    updated_at_gt (str | Unset):
    updated_at_gte (str | Unset):
    updated_at_lt (str | Unset):
    updated_at_lte (str | Unset):
    updated_at_ne (str | Unset):
    x_limit (int | Unset):
    x_skip (int | Unset):
    x_sort_key (str | Unset):
    x_sort_order (SortOrder | Unset): Sort direction of a list.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | RoundList]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.round_list import RoundList
from ...models.sort_order import SortOrder
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    round_config_id: str | Unset = UNSET,
    round_config_id_eq: str | Unset = UNSET,
    round_config_id_gt: str | Unset = UNSET,
    round_config_id_gte: str | Unset = UNSET,
    round_config_id_lt: str | Unset = UNSET,
    round_config_id_lte: str | Unset = UNSET,
    round_config_id_ne: str | Unset = UNSET,
    round_data_id: str | Unset = UNSET,
    round_data_id_eq: str | Unset = UNSET,
    round_data_id_gt: str | Unset = UNSET,
    round_data_id_gte: str | Unset = UNSET,
    round_data_id_lt: str | Unset = UNSET,
    round_data_id_lte: str | Unset = UNSET,
    round_data_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
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

    params["committed_at"] = committed_at

    params["committed_at__eq"] = committed_at_eq

    params["committed_at__gt"] = committed_at_gt

    params["committed_at__gte"] = committed_at_gte

    params["committed_at__lt"] = committed_at_lt

    params["committed_at__lte"] = committed_at_lte

    params["committed_at__ne"] = committed_at_ne

    params["id__eq"] = id_eq

    params["id__gt"] = id_gt

    params["id__gte"] = id_gte

    params["id__lt"] = id_lt

    params["id__lte"] = id_lte

    params["id__ne"] = id_ne

    params["round_config_id"] = round_config_id

    params["round_config_id__eq"] = round_config_id_eq

    params["round_config_id__gt"] = round_config_id_gt

    params["round_config_id__gte"] = round_config_id_gte

    params["round_config_id__lt"] = round_config_id_lt

    params["round_config_id__lte"] = round_config_id_lte

    params["round_config_id__ne"] = round_config_id_ne

    params["round_data_id"] = round_data_id

    params["round_data_id__eq"] = round_data_id_eq

    params["round_data_id__gt"] = round_data_id_gt

    params["round_data_id__gte"] = round_data_id_gte

    params["round_data_id__lt"] = round_data_id_lt

    params["round_data_id__lte"] = round_data_id_lte

    params["round_data_id__ne"] = round_data_id_ne

    params["round_id"] = round_id

    params["status"] = status

    params["status__eq"] = status_eq

    params["status__gt"] = status_gt

    params["status__gte"] = status_gte

    params["status__lt"] = status_lt

    params["status__lte"] = status_lte

    params["status__ne"] = status_ne

    params["updated_at"] = updated_at

    params["updated_at__eq"] = updated_at_eq

    params["updated_at__gt"] = updated_at_gt

    params["updated_at__gte"] = updated_at_gte

    params["updated_at__lt"] = updated_at_lt

    params["updated_at__lte"] = updated_at_lte

    params["updated_at__ne"] = updated_at_ne

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/rounds/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | RoundList | None:
    if response.status_code == 200:
        parsed = RoundList.from_dict(response.json())

        return parsed

    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())

        return parsed

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("list_rounds", _get_kwargs, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    round_config_id: str | Unset = UNSET,
    round_config_id_eq: str | Unset = UNSET,
    round_config_id_gt: str | Unset = UNSET,
    round_config_id_gte: str | Unset = UNSET,
    round_config_id_lt: str | Unset = UNSET,
    round_config_id_lte: str | Unset = UNSET,
    round_config_id_ne: str | Unset = UNSET,
    round_data_id: str | Unset = UNSET,
    round_data_id_eq: str | Unset = UNSET,
    round_data_id_gt: str | Unset = UNSET,
    round_data_id_gte: str | Unset = UNSET,
    round_data_id_lt: str | Unset = UNSET,
    round_data_id_lte: str | Unset = UNSET,
    round_data_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | RoundList]:
    """List rounds: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            round_config_id=round_config_id,
            round_config_id_eq=round_config_id_eq,
            round_config_id_gt=round_config_id_gt,
            round_config_id_gte=round_config_id_gte,
            round_config_id_lt=round_config_id_lt,
            round_config_id_lte=round_config_id_lte,
            round_config_id_ne=round_config_id_ne,
            round_data_id=round_data_id,
            round_data_id_eq=round_data_id_eq,
            round_data_id_gt=round_data_id_gt,
            round_data_id_gte=round_data_id_gte,
            round_data_id_lt=round_data_id_lt,
            round_data_id_lte=round_data_id_lte,
            round_data_id_ne=round_data_id_ne,
            round_id=round_id,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
        )
    )
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(
    *,
    client: AuthenticatedClient | Client,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    round_config_id: str | Unset = UNSET,
    round_config_id_eq: str | Unset = UNSET,
    round_config_id_gt: str | Unset = UNSET,
    round_config_id_gte: str | Unset = UNSET,
    round_config_id_lt: str | Unset = UNSET,
    round_config_id_lte: str | Unset = UNSET,
    round_config_id_ne: str | Unset = UNSET,
    round_data_id: str | Unset = UNSET,
    round_data_id_eq: str | Unset = UNSET,
    round_data_id_gt: str | Unset = UNSET,
    round_data_id_gte: str | Unset = UNSET,
    round_data_id_lt: str | Unset = UNSET,
    round_data_id_lte: str | Unset = UNSET,
    round_data_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | RoundList | None:
    """List rounds: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        committed_at=committed_at,
        committed_at_eq=committed_at_eq,
        committed_at_gt=committed_at_gt,
        committed_at_gte=committed_at_gte,
        committed_at_lt=committed_at_lt,
        committed_at_lte=committed_at_lte,
        committed_at_ne=committed_at_ne,
        id_eq=id_eq,
        id_gt=id_gt,
        id_gte=id_gte,
        id_lt=id_lt,
        id_lte=id_lte,
        id_ne=id_ne,
        round_config_id=round_config_id,
        round_config_id_eq=round_config_id_eq,
        round_config_id_gt=round_config_id_gt,
        round_config_id_gte=round_config_id_gte,
        round_config_id_lt=round_config_id_lt,
        round_config_id_lte=round_config_id_lte,
        round_config_id_ne=round_config_id_ne,
        round_data_id=round_data_id,
        round_data_id_eq=round_data_id_eq,
        round_data_id_gt=round_data_id_gt,
        round_data_id_gte=round_data_id_gte,
        round_data_id_lt=round_data_id_lt,
        round_data_id_lte=round_data_id_lte,
        round_data_id_ne=round_data_id_ne,
        round_id=round_id,
        status=status,
        status_eq=status_eq,
        status_gt=status_gt,
        status_gte=status_gte,
        status_lt=status_lt,
        status_lte=status_lte,
        status_ne=status_ne,
        updated_at=updated_at,
        updated_at_eq=updated_at_eq,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        updated_at_ne=updated_at_ne,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    round_config_id: str | Unset = UNSET,
    round_config_id_eq: str | Unset = UNSET,
    round_config_id_gt: str | Unset = UNSET,
    round_config_id_gte: str | Unset = UNSET,
    round_config_id_lt: str | Unset = UNSET,
    round_config_id_lte: str | Unset = UNSET,
    round_config_id_ne: str | Unset = UNSET,
    round_data_id: str | Unset = UNSET,
    round_data_id_eq: str | Unset = UNSET,
    round_data_id_gt: str | Unset = UNSET,
    round_data_id_gte: str | Unset = UNSET,
    round_data_id_lt: str | Unset = UNSET,
    round_data_id_lte: str | Unset = UNSET,
    round_data_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | RoundList]:
    """List rounds: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            round_config_id=round_config_id,
            round_config_id_eq=round_config_id_eq,
            round_config_id_gt=round_config_id_gt,
            round_config_id_gte=round_config_id_gte,
            round_config_id_lt=round_config_id_lt,
            round_config_id_lte=round_config_id_lte,
            round_config_id_ne=round_config_id_ne,
            round_data_id=round_data_id,
            round_data_id_eq=round_data_id_eq,
            round_data_id_gt=round_data_id_gt,
            round_data_id_gte=round_data_id_gte,
            round_data_id_lt=round_data_id_lt,
            round_data_id_lte=round_data_id_lte,
            round_data_id_ne=round_data_id_ne,
            round_id=round_id,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
        )
    )
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    committed_at: str | Unset = UNSET,
    committed_at_eq: str | Unset = UNSET,
    committed_at_gt: str | Unset = UNSET,
    committed_at_gte: str | Unset = UNSET,
    committed_at_lt: str | Unset = UNSET,
    committed_at_lte: str | Unset = UNSET,
    committed_at_ne: str | Unset = UNSET,
    id_eq: str | Unset = UNSET,
    id_gt: str | Unset = UNSET,
    id_gte: str | Unset = UNSET,
    id_lt: str | Unset = UNSET,
    id_lte: str | Unset = UNSET,
    id_ne: str | Unset = UNSET,
    round_config_id: str | Unset = UNSET,
    round_config_id_eq: str | Unset = UNSET,
    round_config_id_gt: str | Unset = UNSET,
    round_config_id_gte: str | Unset = UNSET,
    round_config_id_lt: str | Unset = UNSET,
    round_config_id_lte: str | Unset = UNSET,
    round_config_id_ne: str | Unset = UNSET,
    round_data_id: str | Unset = UNSET,
    round_data_id_eq: str | Unset = UNSET,
    round_data_id_gt: str | Unset = UNSET,
    round_data_id_gte: str | Unset = UNSET,
    round_data_id_lt: str | Unset = UNSET,
    round_data_id_lte: str | Unset = UNSET,
    round_data_id_ne: str | Unset = UNSET,
    round_id: str | Unset = UNSET,
    status: str | Unset = UNSET,
    status_eq: str | Unset = UNSET,
    status_gt: str | Unset = UNSET,
    status_gte: str | Unset = UNSET,
    status_lt: str | Unset = UNSET,
    status_lte: str | Unset = UNSET,
    status_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | RoundList | None:
    """List rounds: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            committed_at=committed_at,
            committed_at_eq=committed_at_eq,
            committed_at_gt=committed_at_gt,
            committed_at_gte=committed_at_gte,
            committed_at_lt=committed_at_lt,
            committed_at_lte=committed_at_lte,
            committed_at_ne=committed_at_ne,
            id_eq=id_eq,
            id_gt=id_gt,
            id_gte=id_gte,
            id_lt=id_lt,
            id_lte=id_lte,
            id_ne=id_ne,
            round_config_id=round_config_id,
            round_config_id_eq=round_config_id_eq,
            round_config_id_gt=round_config_id_gt,
            round_config_id_gte=round_config_id_gte,
            round_config_id_lt=round_config_id_lt,
            round_config_id_lte=round_config_id_lte,
            round_config_id_ne=round_config_id_ne,
            round_data_id=round_data_id,
            round_data_id_eq=round_data_id_eq,
            round_data_id_gt=round_data_id_gt,
            round_data_id_gte=round_data_id_gte,
            round_data_id_lt=round_data_id_lt,
            round_data_id_lte=round_data_id_lte,
            round_data_id_ne=round_data_id_ne,
            round_id=round_id,
            status=status,
            status_eq=status_eq,
            status_gt=status_gt,
            status_gte=status_gte,
            status_lt=status_lt,
            status_lte=status_lte,
            status_ne=status_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
            client=client,
        )
    ).parsed
