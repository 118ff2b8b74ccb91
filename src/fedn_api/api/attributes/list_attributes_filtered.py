"""List attributes matching a filter body

A page of attributes matching a filter body, paged and sorted as the GET list. The body is a JSON
object of filters (see `Filters`). On SQL statestores a string value with a comma makes the server
answer 500 (it turns the value into a MongoDB `$in` list).

``POST /api/v1/attributes/list``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    body (Filters | Unset): Filters as a JSON object of field names to values; the server
        hands them to its store like the GET list route's query arguments (keys may end in `__gt`,
        `__lt`, `__gte`, `__lte`, `__ne`, `__eq`; the string "null" matches null; unknown keys are
        ignored). Most routes turn a string containing commas into a MongoDB `$in` list: on SQL
        statestores that makes the server answer 500 (it cannot parse the list as a value), so
        send no commas. The attribute and telemetry count routes pass values on unsplit.
    x_limit (int | Unset):
    x_skip (int | Unset):
    x_sort_key (str | Unset):
    x_sort_order (SortOrder | Unset): Sort direction of a list.

Raises:
    errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
    httpx.TimeoutException: If the request takes longer than Client.timeout.

Returns:
    Response[AttributeList | ErrorMessage]
"""

from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attribute_list import AttributeList
from ...models.error_message import ErrorMessage
from ...models.filters import Filters
from ...models.sort_order import SortOrder
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    body: Filters | Unset = UNSET,
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
        "method": "post",
        "url": "/api/v1/attributes/list",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response, raise_on_unexpected_status: bool) -> AttributeList | ErrorMessage | None:
    if response.status_code == 200:
        parsed = AttributeList.from_dict(response.json())
        return parsed
    if response.status_code in (401, 500):
        parsed = ErrorMessage.from_dict(response.json())
        return parsed
    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


#: The operation, sans-IO: ``operation.build(...)`` takes this module's parameters (the client aside).
operation = Operation("list_attributes_filtered", _get_kwargs, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[AttributeList | ErrorMessage]:
    """List attributes matching a filter body: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(body=body, x_limit=x_limit, x_skip=x_skip, x_sort_key=x_sort_key, x_sort_order=x_sort_order)
    )
    return operation.parse(response, client.raise_on_unexpected_status)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> AttributeList | ErrorMessage | None:
    """List attributes matching a filter body: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        body=body, x_limit=x_limit, x_skip=x_skip, x_sort_key=x_sort_key, x_sort_order=x_sort_order, client=client
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[AttributeList | ErrorMessage]:
    """List attributes matching a filter body: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(body=body, x_limit=x_limit, x_skip=x_skip, x_sort_key=x_sort_key, x_sort_order=x_sort_order)
    )
    return operation.parse(response, client.raise_on_unexpected_status)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Filters | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> AttributeList | ErrorMessage | None:
    """List attributes matching a filter body: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            body=body, x_limit=x_limit, x_skip=x_skip, x_sort_key=x_sort_key, x_sort_order=x_sort_order, client=client
        )
    ).parsed
