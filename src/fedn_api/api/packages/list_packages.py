"""List packages

A page of compute packages. Every query argument is a filter (the declared ones are those the SQL
statestore honours: each column by equality and with the suffixes `__gt`, `__gte`, `__lt`, `__lte`,
`__ne`, `__eq`; the value `null` matches null); unknown names are ignored. Paged by X-Limit/X-Skip,
ordered by X-Sort-Key (default `committed_at`) then `committed_at`, newest first unless X-Sort-Order
is `asc`. Answers the total number of matches with the page.

``GET /api/v1/packages/``: :data:`operation` builds the request and parses the
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
    Response[ErrorMessage | PackageList]
"""

from typing import Any, Final

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...models.package_list import PackageList
from ...models.sort_order import SortOrder
from ...types import UNSET, Operation, Response, Unset, filter_query
from . import Filters

#: Each filter (a key of :class:`Filters`) -> the query parameter this route reads it from.
FILTER_NAMES: Final[dict[str, str]] = {
    "active": "active",
    "active__eq": "active__eq",
    "active__gt": "active__gt",
    "active__gte": "active__gte",
    "active__lt": "active__lt",
    "active__lte": "active__lte",
    "active__ne": "active__ne",
    "committed_at": "committed_at",
    "committed_at__eq": "committed_at__eq",
    "committed_at__gt": "committed_at__gt",
    "committed_at__gte": "committed_at__gte",
    "committed_at__lt": "committed_at__lt",
    "committed_at__lte": "committed_at__lte",
    "committed_at__ne": "committed_at__ne",
    "description": "description",
    "description__eq": "description__eq",
    "description__gt": "description__gt",
    "description__gte": "description__gte",
    "description__lt": "description__lt",
    "description__lte": "description__lte",
    "description__ne": "description__ne",
    "file_name": "file_name",
    "file_name__eq": "file_name__eq",
    "file_name__gt": "file_name__gt",
    "file_name__gte": "file_name__gte",
    "file_name__lt": "file_name__lt",
    "file_name__lte": "file_name__lte",
    "file_name__ne": "file_name__ne",
    "helper": "helper",
    "helper__eq": "helper__eq",
    "helper__gt": "helper__gt",
    "helper__gte": "helper__gte",
    "helper__lt": "helper__lt",
    "helper__lte": "helper__lte",
    "helper__ne": "helper__ne",
    "id__eq": "id__eq",
    "id__gt": "id__gt",
    "id__gte": "id__gte",
    "id__lt": "id__lt",
    "id__lte": "id__lte",
    "id__ne": "id__ne",
    "name": "name",
    "name__eq": "name__eq",
    "name__gt": "name__gt",
    "name__gte": "name__gte",
    "name__lt": "name__lt",
    "name__lte": "name__lte",
    "name__ne": "name__ne",
    "package_id": "package_id",
    "storage_file_name": "storage_file_name",
    "storage_file_name__eq": "storage_file_name__eq",
    "storage_file_name__gt": "storage_file_name__gt",
    "storage_file_name__gte": "storage_file_name__gte",
    "storage_file_name__lt": "storage_file_name__lt",
    "storage_file_name__lte": "storage_file_name__lte",
    "storage_file_name__ne": "storage_file_name__ne",
    "updated_at": "updated_at",
    "updated_at__eq": "updated_at__eq",
    "updated_at__gt": "updated_at__gt",
    "updated_at__gte": "updated_at__gte",
    "updated_at__lt": "updated_at__lt",
    "updated_at__lte": "updated_at__lte",
    "updated_at__ne": "updated_at__ne",
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
        "url": "/api/v1/packages/",
        "params": filter_query(filters, FILTER_NAMES),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | PackageList | None:
    if response.status_code == 200:
        parsed = PackageList.from_dict(response.json())
        return parsed
    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("list_packages", _get_kwargs, _parse_response, FILTER_NAMES)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filters: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[ErrorMessage | PackageList]:
    """List packages: the whole response (see the module's docstring)."""
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
) -> ErrorMessage | PackageList | None:
    """List packages: the parsed answer (see the module's docstring)."""
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
) -> Response[ErrorMessage | PackageList]:
    """List packages: the whole response (see the module's docstring)."""
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
) -> ErrorMessage | PackageList | None:
    """List packages: the parsed answer (see the module's docstring)."""
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
