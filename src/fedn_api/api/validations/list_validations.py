"""List validations

A page of validations. Every query argument is a filter (the declared ones are those the SQL
statestore honours: each column by equality and with the suffixes `__gt`, `__gte`, `__lt`, `__lte`,
`__ne`, `__eq`; the value `null` matches null); unknown names are ignored. Paged by X-Limit/X-Skip,
ordered by X-Sort-Key (default `committed_at`) then `committed_at`, newest first unless X-Sort-Order
is `asc`. Answers the total number of matches with the page.

``GET /api/v1/validations/``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    x_limit (int | Unset):
    x_skip (int | Unset):
    x_sort_key (str | Unset):
    x_sort_order (SortOrder | Unset): Sort direction of a list.
    filters (Filters | Unset): the server's filters (:class:`Filters`: field names and comparisons
        such as ``committed_at__gte``), each sent as its query parameter (FILTER_NAMES).

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | ValidationList]
"""

from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.sort_order import SortOrder
from ...models.validation_list import ValidationList
from ...types import UNSET, Operation, Response, Unset, filter_query
from . import Filters

#: Each filter (a key of :class:`Filters`) -> the query parameter this route reads it from.
FILTER_NAMES: Final[dict[str, str]] = {
    "committed_at": "committed_at",
    "committed_at__eq": "committed_at__eq",
    "committed_at__gt": "committed_at__gt",
    "committed_at__gte": "committed_at__gte",
    "committed_at__lt": "committed_at__lt",
    "committed_at__lte": "committed_at__lte",
    "committed_at__ne": "committed_at__ne",
    "correlation_id": "correlation_id",
    "correlation_id__eq": "correlation_id__eq",
    "correlation_id__gt": "correlation_id__gt",
    "correlation_id__gte": "correlation_id__gte",
    "correlation_id__lt": "correlation_id__lt",
    "correlation_id__lte": "correlation_id__lte",
    "correlation_id__ne": "correlation_id__ne",
    "data": "data",
    "data__eq": "data__eq",
    "data__gt": "data__gt",
    "data__gte": "data__gte",
    "data__lt": "data__lt",
    "data__lte": "data__lte",
    "data__ne": "data__ne",
    "id__eq": "id__eq",
    "id__gt": "id__gt",
    "id__gte": "id__gte",
    "id__lt": "id__lt",
    "id__lte": "id__lte",
    "id__ne": "id__ne",
    "meta": "meta",
    "meta__eq": "meta__eq",
    "meta__gt": "meta__gt",
    "meta__gte": "meta__gte",
    "meta__lt": "meta__lt",
    "meta__lte": "meta__lte",
    "meta__ne": "meta__ne",
    "model_id": "model_id",
    "model_id__eq": "model_id__eq",
    "model_id__gt": "model_id__gt",
    "model_id__gte": "model_id__gte",
    "model_id__lt": "model_id__lt",
    "model_id__lte": "model_id__lte",
    "model_id__ne": "model_id__ne",
    "receiver_name": "receiver.name",
    "receiver_role": "receiver.role",
    "receiver_name__eq": "receiver_name__eq",
    "receiver_name__gt": "receiver_name__gt",
    "receiver_name__gte": "receiver_name__gte",
    "receiver_name__lt": "receiver_name__lt",
    "receiver_name__lte": "receiver_name__lte",
    "receiver_name__ne": "receiver_name__ne",
    "receiver_role__eq": "receiver_role__eq",
    "receiver_role__gt": "receiver_role__gt",
    "receiver_role__gte": "receiver_role__gte",
    "receiver_role__lt": "receiver_role__lt",
    "receiver_role__lte": "receiver_role__lte",
    "receiver_role__ne": "receiver_role__ne",
    "sender_name": "sender.name",
    "sender_role": "sender.role",
    "sender_name__eq": "sender_name__eq",
    "sender_name__gt": "sender_name__gt",
    "sender_name__gte": "sender_name__gte",
    "sender_name__lt": "sender_name__lt",
    "sender_name__lte": "sender_name__lte",
    "sender_name__ne": "sender_name__ne",
    "sender_role__eq": "sender_role__eq",
    "sender_role__gt": "sender_role__gt",
    "sender_role__gte": "sender_role__gte",
    "sender_role__lt": "sender_role__lt",
    "sender_role__lte": "sender_role__lte",
    "sender_role__ne": "sender_role__ne",
    "session_id": "session_id",
    "session_id__eq": "session_id__eq",
    "session_id__gt": "session_id__gt",
    "session_id__gte": "session_id__gte",
    "session_id__lt": "session_id__lt",
    "session_id__lte": "session_id__lte",
    "session_id__ne": "session_id__ne",
    "timestamp": "timestamp",
    "timestamp__eq": "timestamp__eq",
    "timestamp__gt": "timestamp__gt",
    "timestamp__gte": "timestamp__gte",
    "timestamp__lt": "timestamp__lt",
    "timestamp__lte": "timestamp__lte",
    "timestamp__ne": "timestamp__ne",
    "updated_at": "updated_at",
    "updated_at__eq": "updated_at__eq",
    "updated_at__gt": "updated_at__gt",
    "updated_at__gte": "updated_at__gte",
    "updated_at__lt": "updated_at__lt",
    "updated_at__lte": "updated_at__lte",
    "updated_at__ne": "updated_at__ne",
    "validation_id": "validation_id",
}


def _get_kwargs(
    *,
    filters: Filters | Unset = UNSET,
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
        "method": "get",
        "url": "/api/v1/validations/",
        "params": filter_query(filters, FILTER_NAMES),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | ValidationList | None:
    if response.status_code == 200:
        parsed = ValidationList.from_dict(response.json())
        return parsed
    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("list_validations", _get_kwargs, _parse_response, FILTER_NAMES)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filters: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | ValidationList]:
    """List validations: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(filters=filters, x_limit=x_limit, x_skip=x_skip, x_sort_key=x_sort_key, x_sort_order=x_sort_order)
    )
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filters: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | ValidationList | None:
    """List validations: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        filters=filters, x_limit=x_limit, x_skip=x_skip, x_sort_key=x_sort_key, x_sort_order=x_sort_order, client=client
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filters: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | ValidationList]:
    """List validations: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(filters=filters, x_limit=x_limit, x_skip=x_skip, x_sort_key=x_sort_key, x_sort_order=x_sort_order)
    )
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filters: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> ErrorMessage | ValidationList | None:
    """List validations: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            filters=filters,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
            client=client,
        )
    ).parsed
