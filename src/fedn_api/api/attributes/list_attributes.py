"""List attributes

A page of attributes. Every query argument is a filter (the declared ones are those the SQL
statestore honours: each column by equality and with the suffixes `__gt`, `__gte`, `__lt`, `__lte`,
`__ne`, `__eq`; the value `null` matches null); unknown names are ignored. Paged by X-Limit/X-Skip,
ordered by X-Sort-Key (default `committed_at`) then `committed_at`, newest first unless X-Sort-Order
is `asc`. Answers the total number of matches with the page.

``GET /api/v1/attributes/``: :data:`operation` builds the request and parses the
answer (sans-IO); :func:`sync_detailed` / :func:`asyncio_detailed` send it and return the whole
:class:`~fedn_api.types.Response`, :func:`sync` / :func:`asyncio` only its parsed value.

Args:
    attribute_id (str | Unset):
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
    key (str | Unset):
    key_eq (str | Unset):
    key_gt (str | Unset):
    key_gte (str | Unset):
    key_lt (str | Unset):
    key_lte (str | Unset):
    key_ne (str | Unset):
    sender_client_id (str | Unset):
    sender_name (str | Unset):
    sender_role (str | Unset):
    sender_client_id_eq (str | Unset):
    sender_client_id_gt (str | Unset):
    sender_client_id_gte (str | Unset):
    sender_client_id_lt (str | Unset):
    sender_client_id_lte (str | Unset):
    sender_client_id_ne (str | Unset):
    sender_name_eq (str | Unset):
    sender_name_gt (str | Unset):
    sender_name_gte (str | Unset):
    sender_name_lt (str | Unset):
    sender_name_lte (str | Unset):
    sender_name_ne (str | Unset):
    sender_role_eq (str | Unset):
    sender_role_gt (str | Unset):
    sender_role_gte (str | Unset):
    sender_role_lt (str | Unset):
    sender_role_lte (str | Unset):
    sender_role_ne (str | Unset):
    timestamp (str | Unset):
    timestamp_eq (str | Unset):
    timestamp_gt (str | Unset):
    timestamp_gte (str | Unset):
    timestamp_lt (str | Unset):
    timestamp_lte (str | Unset):
    timestamp_ne (str | Unset):
    updated_at (str | Unset):
    updated_at_eq (str | Unset):
    updated_at_gt (str | Unset):
    updated_at_gte (str | Unset):
    updated_at_lt (str | Unset):
    updated_at_lte (str | Unset):
    updated_at_ne (str | Unset):
    value (str | Unset):
    value_eq (str | Unset):
    value_gt (str | Unset):
    value_gte (str | Unset):
    value_lt (str | Unset):
    value_lte (str | Unset):
    value_ne (str | Unset):
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
from ...models.sort_order import SortOrder
from ...types import UNSET, Operation, Response, Unset


def _get_kwargs(
    *,
    attribute_id: str | Unset = UNSET,
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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id_eq: str | Unset = UNSET,
    sender_client_id_gt: str | Unset = UNSET,
    sender_client_id_gte: str | Unset = UNSET,
    sender_client_id_lt: str | Unset = UNSET,
    sender_client_id_lte: str | Unset = UNSET,
    sender_client_id_ne: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
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

    params["attribute_id"] = attribute_id

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

    params["key"] = key

    params["key__eq"] = key_eq

    params["key__gt"] = key_gt

    params["key__gte"] = key_gte

    params["key__lt"] = key_lt

    params["key__lte"] = key_lte

    params["key__ne"] = key_ne

    params["sender.client_id"] = sender_client_id

    params["sender.name"] = sender_name

    params["sender.role"] = sender_role

    params["sender_client_id__eq"] = sender_client_id_eq

    params["sender_client_id__gt"] = sender_client_id_gt

    params["sender_client_id__gte"] = sender_client_id_gte

    params["sender_client_id__lt"] = sender_client_id_lt

    params["sender_client_id__lte"] = sender_client_id_lte

    params["sender_client_id__ne"] = sender_client_id_ne

    params["sender_name__eq"] = sender_name_eq

    params["sender_name__gt"] = sender_name_gt

    params["sender_name__gte"] = sender_name_gte

    params["sender_name__lt"] = sender_name_lt

    params["sender_name__lte"] = sender_name_lte

    params["sender_name__ne"] = sender_name_ne

    params["sender_role__eq"] = sender_role_eq

    params["sender_role__gt"] = sender_role_gt

    params["sender_role__gte"] = sender_role_gte

    params["sender_role__lt"] = sender_role_lt

    params["sender_role__lte"] = sender_role_lte

    params["sender_role__ne"] = sender_role_ne

    params["timestamp"] = timestamp

    params["timestamp__eq"] = timestamp_eq

    params["timestamp__gt"] = timestamp_gt

    params["timestamp__gte"] = timestamp_gte

    params["timestamp__lt"] = timestamp_lt

    params["timestamp__lte"] = timestamp_lte

    params["timestamp__ne"] = timestamp_ne

    params["updated_at"] = updated_at

    params["updated_at__eq"] = updated_at_eq

    params["updated_at__gt"] = updated_at_gt

    params["updated_at__gte"] = updated_at_gte

    params["updated_at__lt"] = updated_at_lt

    params["updated_at__lte"] = updated_at_lte

    params["updated_at__ne"] = updated_at_ne

    params["value"] = value

    params["value__eq"] = value_eq

    params["value__gt"] = value_gt

    params["value__gte"] = value_gte

    params["value__lt"] = value_lt

    params["value__lte"] = value_lte

    params["value__ne"] = value_ne

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/attributes/",
        "params": params,
    }

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
operation = Operation("list_attributes", _get_kwargs, _parse_response)


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    attribute_id: str | Unset = UNSET,
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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id_eq: str | Unset = UNSET,
    sender_client_id_gt: str | Unset = UNSET,
    sender_client_id_gte: str | Unset = UNSET,
    sender_client_id_lt: str | Unset = UNSET,
    sender_client_id_lte: str | Unset = UNSET,
    sender_client_id_ne: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[AttributeList | ErrorMessage]:
    """List attributes: the whole response (see the module's docstring)."""
    response = client.get_httpx_client().request(
        **_get_kwargs(
            attribute_id=attribute_id,
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
            key=key,
            key_eq=key_eq,
            key_gt=key_gt,
            key_gte=key_gte,
            key_lt=key_lt,
            key_lte=key_lte,
            key_ne=key_ne,
            sender_client_id=sender_client_id,
            sender_name=sender_name,
            sender_role=sender_role,
            sender_client_id_eq=sender_client_id_eq,
            sender_client_id_gt=sender_client_id_gt,
            sender_client_id_gte=sender_client_id_gte,
            sender_client_id_lt=sender_client_id_lt,
            sender_client_id_lte=sender_client_id_lte,
            sender_client_id_ne=sender_client_id_ne,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role_eq=sender_role_eq,
            sender_role_gt=sender_role_gt,
            sender_role_gte=sender_role_gte,
            sender_role_lt=sender_role_lt,
            sender_role_lte=sender_role_lte,
            sender_role_ne=sender_role_ne,
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            value=value,
            value_eq=value_eq,
            value_gt=value_gt,
            value_gte=value_gte,
            value_lt=value_lt,
            value_lte=value_lte,
            value_ne=value_ne,
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
    attribute_id: str | Unset = UNSET,
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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id_eq: str | Unset = UNSET,
    sender_client_id_gt: str | Unset = UNSET,
    sender_client_id_gte: str | Unset = UNSET,
    sender_client_id_lt: str | Unset = UNSET,
    sender_client_id_lte: str | Unset = UNSET,
    sender_client_id_ne: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> AttributeList | ErrorMessage | None:
    """List attributes: the parsed answer (see the module's docstring)."""
    return sync_detailed(
        attribute_id=attribute_id,
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
        key=key,
        key_eq=key_eq,
        key_gt=key_gt,
        key_gte=key_gte,
        key_lt=key_lt,
        key_lte=key_lte,
        key_ne=key_ne,
        sender_client_id=sender_client_id,
        sender_name=sender_name,
        sender_role=sender_role,
        sender_client_id_eq=sender_client_id_eq,
        sender_client_id_gt=sender_client_id_gt,
        sender_client_id_gte=sender_client_id_gte,
        sender_client_id_lt=sender_client_id_lt,
        sender_client_id_lte=sender_client_id_lte,
        sender_client_id_ne=sender_client_id_ne,
        sender_name_eq=sender_name_eq,
        sender_name_gt=sender_name_gt,
        sender_name_gte=sender_name_gte,
        sender_name_lt=sender_name_lt,
        sender_name_lte=sender_name_lte,
        sender_name_ne=sender_name_ne,
        sender_role_eq=sender_role_eq,
        sender_role_gt=sender_role_gt,
        sender_role_gte=sender_role_gte,
        sender_role_lt=sender_role_lt,
        sender_role_lte=sender_role_lte,
        sender_role_ne=sender_role_ne,
        timestamp=timestamp,
        timestamp_eq=timestamp_eq,
        timestamp_gt=timestamp_gt,
        timestamp_gte=timestamp_gte,
        timestamp_lt=timestamp_lt,
        timestamp_lte=timestamp_lte,
        timestamp_ne=timestamp_ne,
        updated_at=updated_at,
        updated_at_eq=updated_at_eq,
        updated_at_gt=updated_at_gt,
        updated_at_gte=updated_at_gte,
        updated_at_lt=updated_at_lt,
        updated_at_lte=updated_at_lte,
        updated_at_ne=updated_at_ne,
        value=value,
        value_eq=value_eq,
        value_gt=value_gt,
        value_gte=value_gte,
        value_lt=value_lt,
        value_lte=value_lte,
        value_ne=value_ne,
        x_limit=x_limit,
        x_skip=x_skip,
        x_sort_key=x_sort_key,
        x_sort_order=x_sort_order,
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    attribute_id: str | Unset = UNSET,
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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id_eq: str | Unset = UNSET,
    sender_client_id_gt: str | Unset = UNSET,
    sender_client_id_gte: str | Unset = UNSET,
    sender_client_id_lt: str | Unset = UNSET,
    sender_client_id_lte: str | Unset = UNSET,
    sender_client_id_ne: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> Response[AttributeList | ErrorMessage]:
    """List attributes: the whole response (see the module's docstring)."""
    response = await client.get_async_httpx_client().request(
        **_get_kwargs(
            attribute_id=attribute_id,
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
            key=key,
            key_eq=key_eq,
            key_gt=key_gt,
            key_gte=key_gte,
            key_lt=key_lt,
            key_lte=key_lte,
            key_ne=key_ne,
            sender_client_id=sender_client_id,
            sender_name=sender_name,
            sender_role=sender_role,
            sender_client_id_eq=sender_client_id_eq,
            sender_client_id_gt=sender_client_id_gt,
            sender_client_id_gte=sender_client_id_gte,
            sender_client_id_lt=sender_client_id_lt,
            sender_client_id_lte=sender_client_id_lte,
            sender_client_id_ne=sender_client_id_ne,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role_eq=sender_role_eq,
            sender_role_gt=sender_role_gt,
            sender_role_gte=sender_role_gte,
            sender_role_lt=sender_role_lt,
            sender_role_lte=sender_role_lte,
            sender_role_ne=sender_role_ne,
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            value=value,
            value_eq=value_eq,
            value_gt=value_gt,
            value_gte=value_gte,
            value_lt=value_lt,
            value_lte=value_lte,
            value_ne=value_ne,
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
    attribute_id: str | Unset = UNSET,
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
    key: str | Unset = UNSET,
    key_eq: str | Unset = UNSET,
    key_gt: str | Unset = UNSET,
    key_gte: str | Unset = UNSET,
    key_lt: str | Unset = UNSET,
    key_lte: str | Unset = UNSET,
    key_ne: str | Unset = UNSET,
    sender_client_id: str | Unset = UNSET,
    sender_name: str | Unset = UNSET,
    sender_role: str | Unset = UNSET,
    sender_client_id_eq: str | Unset = UNSET,
    sender_client_id_gt: str | Unset = UNSET,
    sender_client_id_gte: str | Unset = UNSET,
    sender_client_id_lt: str | Unset = UNSET,
    sender_client_id_lte: str | Unset = UNSET,
    sender_client_id_ne: str | Unset = UNSET,
    sender_name_eq: str | Unset = UNSET,
    sender_name_gt: str | Unset = UNSET,
    sender_name_gte: str | Unset = UNSET,
    sender_name_lt: str | Unset = UNSET,
    sender_name_lte: str | Unset = UNSET,
    sender_name_ne: str | Unset = UNSET,
    sender_role_eq: str | Unset = UNSET,
    sender_role_gt: str | Unset = UNSET,
    sender_role_gte: str | Unset = UNSET,
    sender_role_lt: str | Unset = UNSET,
    sender_role_lte: str | Unset = UNSET,
    sender_role_ne: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    timestamp_eq: str | Unset = UNSET,
    timestamp_gt: str | Unset = UNSET,
    timestamp_gte: str | Unset = UNSET,
    timestamp_lt: str | Unset = UNSET,
    timestamp_lte: str | Unset = UNSET,
    timestamp_ne: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    updated_at_eq: str | Unset = UNSET,
    updated_at_gt: str | Unset = UNSET,
    updated_at_gte: str | Unset = UNSET,
    updated_at_lt: str | Unset = UNSET,
    updated_at_lte: str | Unset = UNSET,
    updated_at_ne: str | Unset = UNSET,
    value: str | Unset = UNSET,
    value_eq: str | Unset = UNSET,
    value_gt: str | Unset = UNSET,
    value_gte: str | Unset = UNSET,
    value_lt: str | Unset = UNSET,
    value_lte: str | Unset = UNSET,
    value_ne: str | Unset = UNSET,
    x_limit: int | Unset = UNSET,
    x_skip: int | Unset = UNSET,
    x_sort_key: str | Unset = UNSET,
    x_sort_order: SortOrder | Unset = UNSET,
) -> AttributeList | ErrorMessage | None:
    """List attributes: the parsed answer (see the module's docstring)."""
    return (
        await asyncio_detailed(
            attribute_id=attribute_id,
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
            key=key,
            key_eq=key_eq,
            key_gt=key_gt,
            key_gte=key_gte,
            key_lt=key_lt,
            key_lte=key_lte,
            key_ne=key_ne,
            sender_client_id=sender_client_id,
            sender_name=sender_name,
            sender_role=sender_role,
            sender_client_id_eq=sender_client_id_eq,
            sender_client_id_gt=sender_client_id_gt,
            sender_client_id_gte=sender_client_id_gte,
            sender_client_id_lt=sender_client_id_lt,
            sender_client_id_lte=sender_client_id_lte,
            sender_client_id_ne=sender_client_id_ne,
            sender_name_eq=sender_name_eq,
            sender_name_gt=sender_name_gt,
            sender_name_gte=sender_name_gte,
            sender_name_lt=sender_name_lt,
            sender_name_lte=sender_name_lte,
            sender_name_ne=sender_name_ne,
            sender_role_eq=sender_role_eq,
            sender_role_gt=sender_role_gt,
            sender_role_gte=sender_role_gte,
            sender_role_lt=sender_role_lt,
            sender_role_lte=sender_role_lte,
            sender_role_ne=sender_role_ne,
            timestamp=timestamp,
            timestamp_eq=timestamp_eq,
            timestamp_gt=timestamp_gt,
            timestamp_gte=timestamp_gte,
            timestamp_lt=timestamp_lt,
            timestamp_lte=timestamp_lte,
            timestamp_ne=timestamp_ne,
            updated_at=updated_at,
            updated_at_eq=updated_at_eq,
            updated_at_gt=updated_at_gt,
            updated_at_gte=updated_at_gte,
            updated_at_lt=updated_at_lt,
            updated_at_lte=updated_at_lte,
            updated_at_ne=updated_at_ne,
            value=value,
            value_eq=value_eq,
            value_gt=value_gt,
            value_gte=value_gte,
            value_lt=value_lt,
            value_lte=value_lte,
            value_ne=value_ne,
            x_limit=x_limit,
            x_skip=x_skip,
            x_sort_key=x_sort_key,
            x_sort_order=x_sort_order,
            client=client,
        )
    ).parsed
