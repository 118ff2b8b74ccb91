"""Count attributes

Number of attributes matching the filters. Every query argument is a filter, as for the list route;
unknown names are ignored.

``GET /api/v1/attributes/count``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    filters (Filters | Unset): the server's filters (:class:`Filters`: field names and comparisons
        such as ``committed_at__gte``), each sent as its query parameter (FILTER_NAMES).

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[ErrorMessage | int]
"""

from typing import Any, Final, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_message import ErrorMessage
from ...types import UNSET, Operation, Response, Unset, filter_query
from . import Filters

#: Each filter (a key of :class:`Filters`) -> the query parameter this route reads it from.
FILTER_NAMES: Final[dict[str, str]] = {
    "attribute_id": "attribute_id",
    "committed_at": "committed_at",
    "committed_at__eq": "committed_at__eq",
    "committed_at__gt": "committed_at__gt",
    "committed_at__gte": "committed_at__gte",
    "committed_at__lt": "committed_at__lt",
    "committed_at__lte": "committed_at__lte",
    "committed_at__ne": "committed_at__ne",
    "id__eq": "id__eq",
    "id__gt": "id__gt",
    "id__gte": "id__gte",
    "id__lt": "id__lt",
    "id__lte": "id__lte",
    "id__ne": "id__ne",
    "key": "key",
    "key__eq": "key__eq",
    "key__gt": "key__gt",
    "key__gte": "key__gte",
    "key__lt": "key__lt",
    "key__lte": "key__lte",
    "key__ne": "key__ne",
    "sender_client_id": "sender.client_id",
    "sender_name": "sender.name",
    "sender_role": "sender.role",
    "sender_client_id__eq": "sender_client_id__eq",
    "sender_client_id__gt": "sender_client_id__gt",
    "sender_client_id__gte": "sender_client_id__gte",
    "sender_client_id__lt": "sender_client_id__lt",
    "sender_client_id__lte": "sender_client_id__lte",
    "sender_client_id__ne": "sender_client_id__ne",
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
    "value": "value",
    "value__eq": "value__eq",
    "value__gt": "value__gt",
    "value__gte": "value__gte",
    "value__lt": "value__lt",
    "value__lte": "value__lte",
    "value__ne": "value__ne",
}


def _get_kwargs(*, filters: Filters | Unset = UNSET) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/attributes/count",
        "params": filter_query(filters, FILTER_NAMES),
    }

    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> ErrorMessage | int | None:
    if response.status_code == 200:
        parsed = cast(int, response.json())
        return parsed
    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("count_attributes", _get_kwargs, _parse_response, FILTER_NAMES)


def sync_detailed(
    *, client: AuthenticatedClient | Client, filters: Filters | Unset = UNSET
) -> Response[ErrorMessage | int]:
    """Count attributes: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(**_get_kwargs(filters=filters))
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(*, client: AuthenticatedClient | Client, filters: Filters | Unset = UNSET) -> ErrorMessage | int | None:
    """Count attributes: the parsed answer (see the module's docstring)."""
    return sync_detailed(filters=filters, client=client).parsed


async def asyncio_detailed(
    *, client: AuthenticatedClient | Client, filters: Filters | Unset = UNSET
) -> Response[ErrorMessage | int]:
    """Count attributes: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(**_get_kwargs(filters=filters))
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *, client: AuthenticatedClient | Client, filters: Filters | Unset = UNSET
) -> ErrorMessage | int | None:
    """Count attributes: the parsed answer (see the module's docstring)."""
    return (await asyncio_detailed(filters=filters, client=client)).parsed
