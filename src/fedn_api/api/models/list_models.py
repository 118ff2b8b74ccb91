"""List models

A page of models. Every query argument is a filter (the declared ones are those the SQL statestore
honours: each column by equality and with the suffixes `__gt`, `__gte`, `__lt`, `__lte`, `__ne`,
`__eq`; the value `null` matches null); unknown names are ignored. Paged by X-Limit/X-Skip, ordered
by X-Sort-Key (default `committed_at`) then `committed_at`, newest first unless X-Sort-Order is
`asc`. Answers the total number of matches with the page.

``GET /api/v1/models/``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    active (str | Unset):
    active_eq (str | Unset):
    active_gt (str | Unset):
    active_gte (str | Unset):
    active_lt (str | Unset):
    active_lte (str | Unset):
    active_ne (str | Unset):
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
    model_id (str | Unset):
    name (str | Unset):
    name_eq (str | Unset):
    name_gt (str | Unset):
    name_gte (str | Unset):
    name_lt (str | Unset):
    name_lte (str | Unset):
    name_ne (str | Unset):
    parent_model (str | Unset):
    parent_model_eq (str | Unset):
    parent_model_gt (str | Unset):
    parent_model_gte (str | Unset):
    parent_model_lt (str | Unset):
    parent_model_lte (str | Unset):
    parent_model_ne (str | Unset):
    session_id (str | Unset):
    session_id_eq (str | Unset):
    session_id_gt (str | Unset):
    session_id_gte (str | Unset):
    session_id_lt (str | Unset):
    session_id_lte (str | Unset):
    session_id_ne (str | Unset):
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
    Response[ErrorMessage | ModelList]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.model_list import ModelList
from ...models.sort_order import SortOrder
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
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
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    parent_model_eq: str | Unset = UNSET,
    parent_model_gt: str | Unset = UNSET,
    parent_model_gte: str | Unset = UNSET,
    parent_model_lt: str | Unset = UNSET,
    parent_model_lte: str | Unset = UNSET,
    parent_model_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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

    params["active"] = active

    params["active__eq"] = active_eq

    params["active__gt"] = active_gt

    params["active__gte"] = active_gte

    params["active__lt"] = active_lt

    params["active__lte"] = active_lte

    params["active__ne"] = active_ne

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

    params["model_id"] = model_id

    params["name"] = name

    params["name__eq"] = name_eq

    params["name__gt"] = name_gt

    params["name__gte"] = name_gte

    params["name__lt"] = name_lt

    params["name__lte"] = name_lte

    params["name__ne"] = name_ne

    params["parent_model"] = parent_model

    params["parent_model__eq"] = parent_model_eq

    params["parent_model__gt"] = parent_model_gt

    params["parent_model__gte"] = parent_model_gte

    params["parent_model__lt"] = parent_model_lt

    params["parent_model__lte"] = parent_model_lte

    params["parent_model__ne"] = parent_model_ne

    params["session_id"] = session_id

    params["session_id__eq"] = session_id_eq

    params["session_id__gt"] = session_id_gt

    params["session_id__gte"] = session_id_gte

    params["session_id__lt"] = session_id_lt

    params["session_id__lte"] = session_id_lte

    params["session_id__ne"] = session_id_ne

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
        "url": "/api/v1/models/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | ModelList | None:
    if response.status_code == 200:
        parsed = ModelList.from_dict(response.json())

        return parsed

    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())

        return parsed

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("list_models", _get_kwargs, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
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
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    parent_model_eq: str | Unset = UNSET,
    parent_model_gt: str | Unset = UNSET,
    parent_model_gte: str | Unset = UNSET,
    parent_model_lt: str | Unset = UNSET,
    parent_model_lte: str | Unset = UNSET,
    parent_model_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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
) -> Response[ErrorMessage | ModelList]:
    """List models: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            active=active,
            active_eq=active_eq,
            active_gt=active_gt,
            active_gte=active_gte,
            active_lt=active_lt,
            active_lte=active_lte,
            active_ne=active_ne,
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
            model_id=model_id,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            parent_model=parent_model,
            parent_model_eq=parent_model_eq,
            parent_model_gt=parent_model_gt,
            parent_model_gte=parent_model_gte,
            parent_model_lt=parent_model_lt,
            parent_model_lte=parent_model_lte,
            parent_model_ne=parent_model_ne,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
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
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
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
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    parent_model_eq: str | Unset = UNSET,
    parent_model_gt: str | Unset = UNSET,
    parent_model_gte: str | Unset = UNSET,
    parent_model_lt: str | Unset = UNSET,
    parent_model_lte: str | Unset = UNSET,
    parent_model_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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
) -> ErrorMessage | ModelList | None:
    """List models: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        active=active,
        active_eq=active_eq,
        active_gt=active_gt,
        active_gte=active_gte,
        active_lt=active_lt,
        active_lte=active_lte,
        active_ne=active_ne,
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
        model_id=model_id,
        name=name,
        name_eq=name_eq,
        name_gt=name_gt,
        name_gte=name_gte,
        name_lt=name_lt,
        name_lte=name_lte,
        name_ne=name_ne,
        parent_model=parent_model,
        parent_model_eq=parent_model_eq,
        parent_model_gt=parent_model_gt,
        parent_model_gte=parent_model_gte,
        parent_model_lt=parent_model_lt,
        parent_model_lte=parent_model_lte,
        parent_model_ne=parent_model_ne,
        session_id=session_id,
        session_id_eq=session_id_eq,
        session_id_gt=session_id_gt,
        session_id_gte=session_id_gte,
        session_id_lt=session_id_lt,
        session_id_lte=session_id_lte,
        session_id_ne=session_id_ne,
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
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
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
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    parent_model_eq: str | Unset = UNSET,
    parent_model_gt: str | Unset = UNSET,
    parent_model_gte: str | Unset = UNSET,
    parent_model_lt: str | Unset = UNSET,
    parent_model_lte: str | Unset = UNSET,
    parent_model_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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
) -> Response[ErrorMessage | ModelList]:
    """List models: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            active=active,
            active_eq=active_eq,
            active_gt=active_gt,
            active_gte=active_gte,
            active_lt=active_lt,
            active_lte=active_lte,
            active_ne=active_ne,
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
            model_id=model_id,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            parent_model=parent_model,
            parent_model_eq=parent_model_eq,
            parent_model_gt=parent_model_gt,
            parent_model_gte=parent_model_gte,
            parent_model_lt=parent_model_lt,
            parent_model_lte=parent_model_lte,
            parent_model_ne=parent_model_ne,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
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
    active: str | Unset = UNSET,
    active_eq: str | Unset = UNSET,
    active_gt: str | Unset = UNSET,
    active_gte: str | Unset = UNSET,
    active_lt: str | Unset = UNSET,
    active_lte: str | Unset = UNSET,
    active_ne: str | Unset = UNSET,
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
    model_id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_eq: str | Unset = UNSET,
    name_gt: str | Unset = UNSET,
    name_gte: str | Unset = UNSET,
    name_lt: str | Unset = UNSET,
    name_lte: str | Unset = UNSET,
    name_ne: str | Unset = UNSET,
    parent_model: str | Unset = UNSET,
    parent_model_eq: str | Unset = UNSET,
    parent_model_gt: str | Unset = UNSET,
    parent_model_gte: str | Unset = UNSET,
    parent_model_lt: str | Unset = UNSET,
    parent_model_lte: str | Unset = UNSET,
    parent_model_ne: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    session_id_eq: str | Unset = UNSET,
    session_id_gt: str | Unset = UNSET,
    session_id_gte: str | Unset = UNSET,
    session_id_lt: str | Unset = UNSET,
    session_id_lte: str | Unset = UNSET,
    session_id_ne: str | Unset = UNSET,
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
) -> ErrorMessage | ModelList | None:
    """List models: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            active=active,
            active_eq=active_eq,
            active_gt=active_gt,
            active_gte=active_gte,
            active_lt=active_lt,
            active_lte=active_lte,
            active_ne=active_ne,
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
            model_id=model_id,
            name=name,
            name_eq=name_eq,
            name_gt=name_gt,
            name_gte=name_gte,
            name_lt=name_lt,
            name_lte=name_lte,
            name_ne=name_ne,
            parent_model=parent_model,
            parent_model_eq=parent_model_eq,
            parent_model_gt=parent_model_gt,
            parent_model_gte=parent_model_gte,
            parent_model_lt=parent_model_lt,
            parent_model_lte=parent_model_lte,
            parent_model_ne=parent_model_ne,
            session_id=session_id,
            session_id_eq=session_id_eq,
            session_id_gt=session_id_gt,
            session_id_gte=session_id_gte,
            session_id_lt=session_id_lt,
            session_id_lte=session_id_lte,
            session_id_ne=session_id_ne,
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
